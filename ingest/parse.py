"""A document's lines -> kind, header fields, items, sections, proposal and decision."""
from __future__ import annotations

import re
from dataclasses import replace

from ingest import vocab
from ingest.cases import find_case_numbers
from ingest.dates import find_dates, find_times, without_dates
from ingest.decisions import CLOSER, is_verdict_line, make_decision, unlabelled_decision
from ingest.entities import find_people, merge_people
from ingest.furniture import Line
from ingest.header import Header, body_of, read_header
from ingest.items import CELL, CONNECTIVE_END, Heading, find_items, looks_numbered, score_follow
from ingest.lines import join, page_range, text_and_pages
from ingest.records import AttachmentRef, Decision, Document, Item, Kind
from ingest.sections import (decision_text, is_closed_status, is_mark,
                             label_meeting, marks_closed, proposal, sections)
from ingest.segment import Segment, is_kind_title
from ingest.vocab import lead_terms, terms
from ingest.votes import followed

HEAD_LINES = 40  # header lines read before the first item
TITLE_LINES = 12  # lines in which a title is looked for
SUBJECT_LINES = 2  # a memo's subject may wrap once
STATUS_LINES = 4  # an item's own status ('Lukket') stands in its first lines

MEETING_KINDS = (Kind.REFERAT, Kind.DAGSORDEN)
ITEMLESS_KINDS = (Kind.NOTAT, Kind.INDSTILLING, Kind.BILAG, Kind.RAPPORT)
_SENDER = lead_terms(vocab.SENDER_LABELS)
_ADDRESSEE = re.compile(rf"^(?:{terms(vocab.ADDRESSEE_LABELS, whole=False).pattern})\s*:?\s+(.+)$",
                        re.I)
_FROM = re.compile(rf"^\s*(?:{terms(vocab.FROM_LABELS, whole=False).pattern})\s*:", re.I)
_TOC = terms(vocab.TOC_HEADINGS)
_CASE_LABEL = lead_terms(vocab.CASE_LABELS + vocab.DOCUMENT_NUMBER_LABELS)
_HEADER_LABEL = lead_terms(vocab.DATE_LABELS + vocab.TIME_LABELS + vocab.PLACE_LABELS +
                           vocab.SUBJECT_LABELS + vocab.ADDRESSEE_LABELS + vocab.COPY_LABELS +
                           tuple(label for label, _ in vocab.PARTICIPANT_LABELS))
_DURATION = re.compile(r"\s*\(\d+\s*min\.?\)\s*$")


def parse_segment(seg: Segment, furniture: list[Line]) -> Document:
    """One document from its lines."""
    lines = list(seg.lines)
    title_kind = seg.title_kind
    headings = [] if title_kind in ITEMLESS_KINDS else find_items(lines)
    first = headings[0].index if headings else len(lines)
    head = [x for x in lines[:first] if not x.sidebar]
    sidebar = [x for x in lines if x.sidebar]
    header = read_header([x.text for x in head][:HEAD_LINES], [x.text for x in sidebar])
    if headings and not title_kind and not _is_meeting(lines, headings, header):
        headings, first = [], len(lines)
        head = [x for x in lines if not x.sidebar]
    kind = _kind(seg, lines, headings, furniture, header)
    label_body, label_date = _label_meeting(lines)
    date = header.date or _furniture_date(furniture, seg.stamp_title) or label_date
    # The meeting's closing line and its signatures, after the last item: the meeting's.
    closing = _closing_line(lines, headings[-1].end) if headings else len(lines)
    items = tuple(_items(lines, headings, kind, date, closing))
    tail = [x for x in lines[closing:] if not x.sidebar] if items else []
    head_texts = [x.text.strip() for x in head if x.text.strip()][:HEAD_LINES]
    text, starts = text_and_pages(head + tail if items else [x for x in lines if not x.sidebar])
    secs = () if items else sections([x for x in head if not is_kind_title(x.text)])
    non_item = [x.text for x in head + tail] + [x.text for x in sidebar] + _sender_lines(
        [x.text for x in lines[first:] if not x.sidebar])
    cases = _unique(find_case_numbers("\n".join(non_item)) +
                    [c for it in items for c in it.case_numbers])
    people = merge_people(list(header.people) + find_people("\n".join(non_item)) +
                          [p for it in items for p in it.people])
    return Document(
        kind=kind, title=_title(head_texts, kind, header, items, seg.stamp_title),
        body=header.body or _stamp_body(seg, furniture) or label_body or
        _addressee_body(head_texts),
        date=date, start=header.start, end=header.end or _closing_time(lines, header.start),
        location=header.location,
        case_numbers=tuple(cases), people=tuple(people), attachment_of=seg.attachment,
        pages=page_range(lines), items=items, sections=secs,
        proposal=None if items else proposal(secs, [x.text for x in head]),
        text=text, page_starts=starts)


# --- what kind of document -----------------------------------------------------------

def _is_meeting(lines: list[Line], headings: list[Heading], header: Header) -> bool:
    """Items belong to a meeting: its header says when, where or who, or an item shows
    a case number, a proposal or a decision block under its heading."""
    if header.start or header.location or header.people:
        return True
    return any(score_follow(lines, h.end) for h in headings)


def _kind(seg: Segment, lines: list[Line], headings: list[Heading], furniture: list[Line],
          header: Header) -> Kind:
    if seg.title_kind:
        return seg.title_kind
    stamp = _title_kind_in([seg.stamp_title or ""] + [x.text for x in furniture[:8]])
    if stamp:
        return stamp
    if headings:
        decided = _decisions_written(lines, headings) or _verdicts_under(lines, headings)
        return Kind.REFERAT if decided else Kind.DAGSORDEN
    if header.people or header.start and header.location:
        return Kind.DAGSORDEN  # a meeting header without items (an e-mail has a time only)
    texts = [x.text for x in lines if x.text.strip()]
    pages = {x.page for x in lines}
    if len(pages) >= vocab.REPORT_MIN_PAGES and any(_TOC.fullmatch(t.strip().rstrip(":"))
                                                    for t in texts[:80]):
        return Kind.RAPPORT
    return Kind.BILAG


def _decisions_written(lines: list[Line], headings: list[Heading]) -> bool:
    """Some item has a decision heading with a decision under it. An agenda template
    prints the heading empty ('Beslutning' over the next item) for the minutes to fill."""
    starts = {h.index for h in headings}
    texts = [x.text.strip() for x in lines]
    for i, text in enumerate(texts):
        if not _is_decision_label(text):
            continue
        if _INLINE_DECISION.match(text):
            return True  # 'Beslutning: Godkendt.'
        nxt = next((j for j in range(i + 1, len(texts)) if texts[j]), None)
        if nxt is not None and nxt not in starts and not _is_decision_label(texts[nxt]):
            return True
    return False


_INLINE_DECISION = re.compile(r"^[^:]{3,80}:\s*\S")


def _closing_time(lines: list[Line], start: str | None) -> str | None:
    """The end a meeting's closing line gives ('Mødet hævet kl. 21.45') when the header
    gives none: the last such line with a time after the start."""
    for line in reversed(lines):
        s = line.text.strip()
        if CLOSER.match(s):
            end = find_times(s)[0]
            if end and (start is None or end > start):
                return end
    return None


def _verdicts_under(lines: list[Line], headings: list[Heading]) -> bool:
    """Minutes without decision headings: at least half the items open or end with a
    verdict line ('Bevilget.', 'Til efterretning.', 'Kunne ikke imødekommes.')."""
    ends = [h.index for h in headings[1:]] + [len(lines)]
    found = 0
    for h, end in zip(headings, ends):
        own = [x.text for x in lines[h.end:end] if x.text.strip()]
        found += bool(own) and (is_verdict_line(own[0]) or is_verdict_line(own[-1]))
    return found > 0 and 2 * found >= len(headings)


def _title_kind_in(texts: list[str]) -> Kind | None:
    for text in texts:
        for word, kind in vocab.KIND_TITLES:
            if re.search(rf"(?<![\wæøå]){re.escape(word)}(?![\wæøå])", text, re.I):
                return Kind(kind)
    return None


def _is_decision_label(text: str) -> bool:
    from ingest.items import is_decision_label

    return is_decision_label(text)


# --- items ---------------------------------------------------------------------------

def _items(lines: list[Line], headings: list[Heading], kind: Kind,
           meeting_date: str | None, closing: int) -> list[Item]:
    """The items; the last ends at the meeting's closing line (index `closing`)."""
    out = []
    closed = False
    for n, h in enumerate(headings):
        stop = headings[n + 1].index if n + 1 < len(headings) else closing
        if n:  # marks before the first item belong to a table of contents
            between = [x.text for x in lines[headings[n - 1].end:h.index]]
            closed = marks_closed(_after_own_status(between), closed)
        out.append(_item(lines[h.index:stop], h, kind, closed, meeting_date))
    return out


def _after_own_status(texts: list[str]) -> list[str]:
    """An item's lines without the status lines right under its heading ('Lukket punkt'
    there is the item's own status, not a mark for the items after it)."""
    i = 0
    while i < min(len(texts), STATUS_LINES) and (not texts[i].strip() or
                                                  is_closed_status(texts[i])):
        i += 1
    return texts[i:]


def _closing_line(lines: list[Line], start: int) -> int:
    """Where the last item ends: at the meeting's closing line ('Mødet hævet kl. 21.15'),
    whose time and signatures belong to the meeting, or at the end."""
    return next((i for i in range(start, len(lines)) if CLOSER.match(lines[i].text.strip())),
                len(lines))


def _item(lines: list[Line], h: Heading, kind: Kind, closed: bool,
          meeting_date: str | None) -> Item:
    body = [x for x in lines[h.end - h.index:] if not x.sidebar]
    while body and (is_mark(body[-1].text) or not body[-1].text.strip()):
        body.pop()  # marks of the next part ('Lukket referat') belong to no item
    sender = set(_sender_indexes([x.text for x in body]))
    own = [x for i, x in enumerate(body) if i not in sender]
    # The sender block is printed beside the text, not part of it; its 'Sag:' is the item's.
    beside = "\n".join(x.text for i, x in enumerate(body) if i in sender)
    texts = [x.text for x in own]
    # the heading as printed: its title, and a case number set beside it ('Sag: 20/113')
    heading = "\n".join(x.text for x in lines[:max(1, h.end - h.index)])
    secs = sections(own)
    status = any(is_closed_status(t) for t in texts[:STATUS_LINES])
    text, starts = text_and_pages(own)
    return Item(
        number=h.number, title=h.title,
        case_numbers=tuple(find_case_numbers(f"{heading}\n{text}\n{beside}")),  # '(Sagsnr. X)'
        closed=closed or h.closed or status, sections=secs, proposal=proposal(secs, texts),
        decision=_decision(secs, _row_verdict(texts) if h.end == h.index else texts, kind,
                           meeting_date), text=text,
        pages=page_range(lines), people=tuple(find_people(f"{h.title}\n{text}")),
        page_starts=starts)


def _row_verdict(texts: list[str]) -> list[str]:
    """An item that is a row of a minutes table ('2 Årsrapport 2021 J.nr. 2022-0087 |
    Bestyrelsen godkendte ...'): its number, title and case fill the first cell, its
    verdict the last; the lines under the table are not the last row's."""
    return [texts[0].split(CELL)[-1]] if texts and CELL in texts[0] else texts


def _decision(secs, texts: list[str], kind: Kind, meeting_date: str | None) -> Decision | None:
    """Only minutes record decisions; an agenda's 'Beslutning:' paragraph is a motion."""
    if kind != Kind.REFERAT:
        return None
    text = decision_text(secs, meeting_date)
    if text is None and not secs:
        text = unlabelled_decision(join(texts).split("\n"))
    return make_decision(text, meeting_date=meeting_date) if text else None


# --- header fields -------------------------------------------------------------------

SENTENCE_WORDS = 6  # a first line this long that ends in a full stop is prose, no title


def _title(head: list[str], kind: Kind, header: Header, items: tuple[Item, ...],
           stamp_title: str | None = None) -> str | None:
    if header.subject:
        return header.subject
    subject = _subject(head)
    if subject:
        return subject
    for text in head[:TITLE_LINES]:
        if _is_title_candidate(text):
            prose = text.rstrip().endswith(".") and len(text.split()) >= SENTENCE_WORDS
            # An attachment that opens with prose is named by its stamp ('Punkt 5, Bilag
            # 2: Trafiktælling 2022').
            return stamp_title if prose and stamp_title else text
    if len(items) == 1:
        return items[0].title
    return kind.value.capitalize()


def _subject(head: list[str]) -> str | None:
    """A memo's subject: the line(s) under its kind word ('Notat' / 'Prioritering af ...')."""
    for i, text in enumerate(head[:TITLE_LINES]):
        if is_kind_title(text) and i + 1 < len(head):
            out = [head[i + 1]]
            while len(out) < SUBJECT_LINES and i + len(out) + 1 < len(head) and \
                    CONNECTIVE_END.search(out[-1]):
                out.append(head[i + len(out) + 1])
            subject = " ".join(out).rstrip(".").strip()
            return subject if _is_title_candidate(subject) else None
    return None


# What is left of a date line when its date, time and weekday are gone: a title has a word.
_WHEN_WORDS = re.compile(
    rf"\b(?:kl\.?\s*)?\d{{1,2}}[.:]\d{{2}}\b|"
    rf"(?<![\wæøå])(?:{terms(vocab.WEEKDAYS + ('den', 'kl'), whole=False).pattern})"
    r"(?![\wæøå])", re.I)
_WORD = re.compile(r"[A-Za-zÆØÅæøå]{3}")


def _only_when(text: str, dates: list) -> bool:
    return not _WORD.search(_WHEN_WORDS.sub(" ", without_dates(text, dates)))


def _is_title_candidate(text: str) -> bool:
    if is_kind_title(text) or _HEADER_LABEL.match(text) or _SENDER.match(text) or \
            _FROM.match(text) or len(text) < 4 \
            or _CASE_LABEL.match(text) or looks_numbered(text):
        return False
    if is_mark(text) or is_closed_status(text) or _TOC.fullmatch(text.strip().rstrip(":")):
        return False
    dates = find_dates(text)
    covered = sum(e - s for _, s, e in dates)
    if covered > 0.4 * len(text) or re.match(r"^\d", text) and dates or \
            dates and _only_when(text, dates):
        return False  # 'Mandag den 8. april 2024 kl. 16.30' says when, not what
    letters = re.sub(r"[^A-Za-zÆØÅæøå]", "", text)
    if letters and letters == letters.upper() and len(text.split()) <= 4 and not body_of([text]):
        return False  # a department's name in capitals ('SOCIAL, SUNDHED OG'), not 'BYRÅDET'
    return bool(re.search(r"[A-Za-zÆØÅæøå]{3}", text))


def _stamp_body(seg: Segment, furniture: list[Line]) -> str | None:
    return body_of(([seg.stamp_title] if seg.stamp_title else []) +
                   [x.text for x in furniture[:6]])


def _furniture_date(furniture: list[Line], stamp_title: str | None) -> str | None:
    for text in [x.text for x in furniture[:8]] + [stamp_title or ""]:
        if dates := find_dates(text):
            return dates[0][0]
    return None


def _label_meeting(lines: list[Line]) -> tuple[str | None, str | None]:
    """Body and date from a dated decision label, for items printed without a header:
    the last label, since a decision history ('Kommunalbestyrelsens beslutning den
    15.01.2013') is printed before this meeting's block."""
    found = [label_meeting(line.text) for line in lines]
    found = [(body, date) for body, date in found if body or date]
    return found[-1] if found else (None, None)


def _addressee_body(head: list[str]) -> str | None:
    """'Til: SFU' or 'Til kommunalbestyrelsen': the body a memo or letter is written to."""
    for text in head[:TITLE_LINES]:
        m = _ADDRESSEE.match(text.strip())
        if not m:
            continue
        value = m.group(1).strip()
        acronym = re.match(r"^([A-ZÆØÅ]{2,6})(?:\s|$)", value)
        if acronym:
            return acronym.group(1)
        organ = body_of([value[:1].upper() + value[1:]])
        if organ:
            return organ
    return None


# --- helpers -------------------------------------------------------------------------

def _sender_indexes(texts: list[str]) -> list[int]:
    """Lines of a sender block ('Sag: ...', 'Sagsbehandler:' and the names under it)."""
    out: list[int] = []
    for i, text in enumerate(texts):
        m = _SENDER.match(text.strip())
        if not m or ":" not in text.strip()[m.end():m.end() + 3]:
            continue
        out.append(i)
        if text.strip()[m.end():].strip(" .:"):
            continue
        j = i + 1
        while j < len(texts) and j <= i + 4:
            s = texts[j].strip()
            if s and (_SENDER.match(s) or not re.match(r"^[A-ZÆØÅ][\w.\- /]+$", s)):
                break
            out.append(j)
            j += 1
    return out


def _sender_lines(texts: list[str]) -> list[str]:
    return [texts[i] for i in _sender_indexes(texts)]


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


# --- a file's documents together ----------------------------------------------------

def link_proposals(docs: list[Document]) -> list[Document]:
    """Give referat items the proposal of the packet's indstilling on the same matter, and
    an undated referat the date of that indstilling (the meeting it was written for)."""
    proposals = [(_norm(d.title or ""), d.proposal, d.date) for d in docs
                 if d.kind == Kind.INDSTILLING and d.proposal and d.title]
    if not proposals:
        return docs
    out = []
    for d in docs:
        items = tuple(_with_proposal(it, proposals) for it in d.items)
        date = d.date or next((when for it in d.items for title, _, when in proposals
                               if when and _same_matter(_norm(it.title), title)), None)
        out.append(replace(d, items=items, date=date) if (items, date) != (d.items, d.date)
                   else d)
    return out


def _same_matter(title: str, other: str) -> bool:
    return len(title) >= 12 and (other.startswith(title) or title.startswith(other))


def _with_proposal(item: Item, proposals: list[tuple[str, str, str | None]]) -> Item:
    if item.proposal or not item.decision:
        return item
    title = _norm(item.title)
    for other, text, _ in proposals:
        if _same_matter(title, other):
            return replace(item, proposal=text)
    return item


def annotate_decisions(docs: list[Document]) -> list[Document]:
    """Say of each decision whether it followed the item's proposal."""
    out = []
    for d in docs:
        items = tuple(
            replace(it, decision=replace(it.decision, followed=followed(
                it.proposal, it.decision.text, it.decision.outcome))) if it.decision else it
            for it in d.items)
        out.append(replace(d, items=items))
    return out


def link_packet(docs: list[Document]) -> list[Document]:
    """Tie the documents of a meeting packet together.

    An unstamped indstilling followed by its bilag stamped 'Punkt N, Bilag M' is the
    item's attachment M-1; documents attached to the same item that print no case
    number of their own get the matter's as matter_case_numbers (a search by case finds
    the whole matter; their own case_numbers stay what they print); a document that
    names no body belongs to the meeting the packet opens with.
    """
    docs = list(docs)
    for i, d in enumerate(docs[:-1]):
        nxt = docs[i + 1].attachment_of
        if d.kind == Kind.INDSTILLING and d.attachment_of is None and nxt and nxt.number > 1:
            docs[i] = replace(d, attachment_of=AttachmentRef(nxt.item, nxt.number - 1))
    by_item: dict[str, list[str]] = {}
    for d in docs:
        if d.attachment_of:
            by_item.setdefault(d.attachment_of.item, []).extend(d.case_numbers)
    docs = [replace(d, matter_case_numbers=tuple(_unique(by_item[d.attachment_of.item])))
            if d.attachment_of and not d.case_numbers and by_item.get(d.attachment_of.item)
            else d for d in docs]
    return _packet_body(docs)


def _packet_body(docs: list[Document]) -> list[Document]:
    if len(docs) < 2:
        return docs
    body = next((d.body for d in docs if d.body), None)
    return [d if d.body or not body else replace(d, body=body) for d in docs]


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\wæøå ]", " ", _DURATION.sub("", text).lower()).split())


# --- not a meeting document -----------------------------------------------------------

LANGUAGE_SAMPLE = 3000  # words read to tell the language
MIN_FOREIGN = 20  # function words of another language before the text counts as such
NAVIGATION_SHARE = 0.85  # of lines that are short labels, on a menu or list page
NAVIGATION_MIN_LINES = 30
LABEL_LENGTH = 40
_DANISH = frozenset(vocab.DANISH_FUNCTION_WORDS)
_ENGLISH = frozenset(vocab.ENGLISH_FUNCTION_WORDS)


def not_meeting_reason(lines: list[Line], docs: list[Document], fmt: str) -> str | None:
    """Why a file that reads fine is no meeting document, or None when it is one."""
    words = re.findall(r"[a-zæøå]+", " ".join(x.text for x in lines).lower())[:LANGUAGE_SAMPLE]
    danish = sum(1 for w in words if w in _DANISH)
    english = sum(1 for w in words if w in _ENGLISH)
    if english >= MIN_FOREIGN and english > danish:
        return "the text is in English, not Danish (a README, a licence or the like)"
    if any(d.items or d.kind in MEETING_KINDS + (Kind.INDSTILLING, Kind.NOTAT) or
           d.attachment_of for d in docs):
        return None
    texts = [x.text.strip() for x in lines if x.text.strip()]
    labels = sum(1 for t in texts if len(t) < LABEL_LENGTH and not t.endswith((".", ":")))
    if len(texts) >= NAVIGATION_MIN_LINES and labels >= NAVIGATION_SHARE * len(texts):
        return "a page of links and labels (a navigation or list page)"
    if fmt != "pdf" and not any(d.date or d.case_numbers or d.body or d.people for d in docs):
        return "no meeting, body, date, case number or agenda item in it"
    return None
