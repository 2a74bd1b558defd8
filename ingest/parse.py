"""A document's lines -> header fields, items, sections, proposal and decision."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ingest.cases import find_case_numbers
from ingest.dates import find_dates, find_times
from ingest.decisions import make_decision
from ingest.entities import find_people
from ingest.furniture import Line
from ingest.records import AttachmentRef, Decision, Document, Item, Kind, Section
from ingest.segment import KIND_TITLE, Segment
from ingest.votes import followed

PUNKT = re.compile(r"^(?:Lukket:\s*)?Punkt\s+(\d{1,4}(?:\.\d{1,2})?)\s*[:.]\s*(\S.*)$", re.I)
NUMBERED = re.compile(r"^(\d{1,4}(?:\.\d{1,2})?)\.?\s+([A-ZÆØÅa-zæøå0-9\"'«].{1,200})$")
ITEM_CUE = re.compile(
    r"^(?:Sagsnr|Sagsnummer|Sag\s*:|Dok\.?\s*nr|Sammendrag|Resum[eé]|Baggrund|Sagsfremstilling|"
    r"Sagsbeskrivelse|Præsentation|Indstilling|Beslutning|Ansvarlig|Metode|Tid\s*:|"
    r"Sagsbehandler|Åben$|Lukket$|Det indstilles|Forvaltningen foreslår|[A-H]\)\s|"
    r"[A-ZÆØÅ]{2,5}-\d{4}-\d{3,7}$|Formål|Godkendt|Taget til efterretning)", re.I)
SECTION_WORDS = """
sammendrag resume resumé baggrund sagsfremstilling sagsbeskrivelse sagsforløb økonomi
økonomiske konsekvenser|økonomiske konsekvenser og finansiering|beslutningen træffes af
indstilling beslutning beslutninger beslutningspunkter|udvalgets beslutning|bilag høring
høringer præsentation|forvaltningen foreslår|handlemuligheder/løsninger|kommunikation
videre proces|koordineret med|lovgrundlag retsgrundlag vurdering tidsplan formål proces
opfølgning|faglige input|sagens indhold|supplerende sagsfremstilling|administrationens
indstilling|afgørelse tilstede|afbud/fraværende|afbud fraværende sekretær information
deltagere|proces & inddragelse|økonomiske og personalemæssige konsekvenser|
""".replace("\n", " ")
SECTION_HEADINGS = frozenset(
    w.strip() for chunk in SECTION_WORDS.split("|") for w in
    ([chunk.strip()] if " " in chunk.strip() and chunk.strip().count(" ") < 5 else chunk.split())
    if w.strip())
LABEL_LINE = re.compile(
    r"^(Baggrund/formål|Baggrund|Formål|Ansvarlig|Tid|Metode|Bilag|Præsentation|"
    r"Forvaltningen foreslår|Sagsbeskrivelse|Økonomi|Høring|Information|Beslutning|"
    r"Indstilling)\s*:\s*(.*)$", re.I)
TABLE_LABEL = re.compile(r"^(Baggrund|Faglige input|Kommunikation|Opfølgning|Proces &|Proces|"
                         r"Formål|Status|Økonomi|Tidsplan)\s+([A-ZÆØÅ].*)$")
DECISION_HEAD = re.compile(
    r"^(?:.{0,120}\bbeslutning(?:er)? den \d.*|Beslutning i .{3,120}|"
    r"(?:Udvalgets |Byrådets |Magistratens |Kommunalbestyrelsens )?[Bb]eslutning(?:er)?:?|"
    r"Afgørelse:?|BESLUTNING:?)$", re.I)
PROPOSAL_HEAD = re.compile(r"^(?:indstilling|forvaltningen foreslår|beslutningspunkter|"
                           r"administrationens indstilling|det indstilles)\b", re.I)
PROPOSAL_START = re.compile(r"^(?:Det indstilles|.{0,80}\bindstiller,? at\b|Forvaltningen "
                            r"foreslår|Det foreslås,? at)", re.I)
NOT_PARTICIPATING = re.compile(r"^Følgende deltog ikke i behandlingen af punktet:?$", re.I)
CLOSED_MARK = re.compile(r"^(?:Lukket (?:referat|dagsorden|møde|punkt)|Lukkede (?:sager|punkter))$",
                         re.I)
OPEN_MARK = re.compile(r"^(?:Åbent? (?:referat|dagsorden|møde)|Åbne (?:sager|punkter))$", re.I)
SENDER_LINE = re.compile(r"^(?:Sag|Sagsbehandler|Tlf|Telefon|Direkte telefon|E-post|E-mail|"
                         r"Direkte e-mail|Mobil)\.?\s*:", re.I)
HEADER_LABEL = re.compile(r"^(?:Mødedato|Dato|Mødetid|Tid|Mødested|Sted|Information|Deltagere|"
                          r"Afbud|Fraværende|Sag|Sagsnr|Udvalg|Emne|Kopi til|Til|Fra)\b\.?\s*:?",
                          re.I)
# Word runs bounded (no body name has a 60-letter word): unbounded, the lazy run made
# a search quadratic in the line's length (a 40 KB line took 160 s).
ORGAN = re.compile(
    r"((?:[A-ZÆØÅ][\w’'.]{0,60}-\s(?:og|eller)\s)?(?:[A-ZÆØÅ][\w’']{0,60}\s(?:og\s)?)?"
    r"[A-ZÆØÅ]?[\w’'-]{0,60}?(?:udvalget|udvalgsmøde|[Uu]dvalg|Byrådet|Byråd|Kommunalbestyrelsen|"
    r"Kommunalbestyrelse|Regionsrådet|Regionsråd|Magistraten|Rådmandsmøde|Sogneraadet|"
    r"Sogneraad|Sognerådet|Sogneråd)(?:\sfor\s[A-ZÆØÅ]\w+(?:\sog\s\w+)?)?)\b")
LOCATION_WORDS = re.compile(r"\b(?:kontor|lokale|rådhus|mødelokale|mødecenter|sal|vær\.|"
                            r"byrådssal|rådhuset|forsamlingshus)", re.I)
CONNECTIVE_END = re.compile(r"(?:\b(?:og|i|for|af|til|med|på|om|ved|samt|eller|the|de|den|det)"
                            r"|[,\-–])$", re.I)
MAX_JUMP = 10  # agenda numbers rise by small steps; '22.' after item 5 is a sub-list
DURATION = re.compile(r"\s*\(\d+\s*min\.?\)\s*$")


@dataclass(slots=True)
class _Heading:
    index: int
    end: int  # index after the (possibly wrapped) heading
    number: str
    title: str


def parse_segment(seg: Segment, furniture: list[Line]) -> Document:
    """One document from its lines."""
    lines = list(seg.lines)
    texts = [x.text for x in lines]
    headings = find_items(texts)
    first_item = headings[0].index if headings else len(lines)
    header = [x for x in lines[:first_item] if not x.sidebar]
    sidebar = [x for x in lines if x.sidebar]
    header_texts = _header_texts([x.text for x in header])
    kind = _kind(seg, texts, furniture, headings)
    items = tuple(_items(lines, headings, kind))
    doc_text = _join([x.text for x in lines[:first_item] if not x.sidebar])
    sections = _sections([x.text for x in header if not KIND_TITLE.match(x.text.strip())]) \
        if not items else ()
    date, start, end, location = _when_where(header_texts, furniture, seg.stamp_title)
    non_item = "\n".join([x.text for x in header] + [x.text for x in sidebar] +
                         _sender_lines([x.text for x in lines[first_item:] if not x.sidebar]))
    people = find_people(non_item)
    cases = _unique(find_case_numbers(non_item) + [c for it in items for c in it.case_numbers])
    proposal = None if items else _proposal(sections, [x.text for x in header])
    return Document(
        kind=kind,
        title=_title(header_texts, kind),
        body=_body(header_texts, seg.stamp_title, furniture),
        date=date, start=start, end=end, location=location,
        case_numbers=tuple(cases), people=tuple(people),
        attachment_of=seg.attachment,
        pages=_pages(lines),
        items=items, sections=sections, proposal=proposal,
        text=doc_text if not items else _join([x.text for x in header]),
    )


# --- items -------------------------------------------------------------------------

def find_items(texts: list[str]) -> list[_Heading]:
    """Agenda item headings, in order; tables of contents are not items."""
    found: list[_Heading] = []
    last: tuple[int, ...] = ()
    for i in range(len(texts)):
        h = _heading_at(texts, i)
        if h is None:
            continue
        key = tuple(int(p) for p in h.number.split("."))
        if key <= last or (last and key[0] > last[0] + MAX_JUMP):
            continue  # a list inside an item, or a table of contents
        found.append(h)
        last = key
    return found


def _heading_at(texts: list[str], i: int) -> _Heading | None:
    text = texts[i].strip()
    m = PUNKT.match(text)
    if m and not re.search(r"\.{4,}|\s\d{1,3}$", m.group(2)):
        return _wrapped(texts, i, m.group(1), m.group(2))
    m = NUMBERED.match(text)
    if not m or re.search(r"\.{4,}", text) or re.fullmatch(r"\d{4}", m.group(1)) \
            or _is_date_line(text):
        return None
    h = _wrapped(texts, i, m.group(1), m.group(2))
    return h if _cue_follows(texts, h.end) else None


def _wrapped(texts: list[str], i: int, number: str, title: str) -> _Heading:
    """A heading wrapped over two lines is one title."""
    end = i + 1
    j = end + 1 if end < len(texts) and not texts[end].strip() else end
    if j < len(texts):
        nxt = texts[j].strip()
        joins = nxt and len(nxt) < 100 and (nxt[0].islower() or CONNECTIVE_END.search(title))
        if joins and not (ITEM_CUE.match(nxt) or _is_heading(nxt) or PUNKT.match(nxt)
                          or NUMBERED.match(nxt)):
            title, end = f"{title.rstrip()} {nxt}", j + 1
    title = DURATION.sub("", re.sub(r"^Lukket:\s*", "", title)).strip()
    return _Heading(i, end, number, title)


def _is_date_line(text: str) -> bool:
    """'9. januar 2024 – 30 minutter' is a date, not item 9."""
    dates = find_dates(text)
    return bool(dates) and dates[0][1] == 0 or bool(
        re.match(r"^\d{1,2}\.\s*(?:januar|februar|marts|april|maj|juni|juli|august|september|"
                 r"oktober|november|december|[Kk]l\.?\s*\d|år\b)", text))


def _cue_follows(texts: list[str], start: int) -> bool:
    """Whether item content (a case number, a section, a cue) follows a heading."""
    seen = 0
    for text in texts[start:]:
        s = text.strip()
        if not s:
            continue
        if PUNKT.match(s) or NUMBERED.match(s) and not ITEM_CUE.match(s):
            return False
        if ITEM_CUE.match(s) or _is_heading(s) or DECISION_HEAD.match(s):
            return True
        seen += 1
        if seen >= 5:
            return False
    return False


def _items(lines: list[Line], headings: list[_Heading], kind: Kind) -> list[Item]:
    items = []
    closed = False
    texts = [x.text for x in lines]
    for n, h in enumerate(headings):
        stop = headings[n + 1].index if n + 1 < len(headings) else len(lines)
        if n:  # marks before the first item belong to a table of contents
            closed = _closed_state(texts[headings[n - 1].end:h.index], closed)
        items.append(_item(lines[h.index:stop], h, kind, closed))
    return items


def _closed_state(between: list[str], closed: bool) -> bool:
    for text in between:
        if CLOSED_MARK.match(text.strip()):
            closed = True
        elif OPEN_MARK.match(text.strip()):
            closed = False
    return closed


def _item(lines: list[Line], h: _Heading, kind: Kind, closed: bool) -> Item:
    body = [x.text for x in lines[h.end - h.index:] if not x.sidebar]
    # Marks of the next part ('Lukket referat') belong to no item.
    while body and (CLOSED_MARK.match(body[-1].strip()) or OPEN_MARK.match(body[-1].strip())
                    or not body[-1].strip()):
        body.pop()
    sender = set(_sender_indexes(body))
    own = [t for i, t in enumerate(body) if i not in sender]
    sections = _sections(own)
    decision = _decision(sections, own, kind)
    head_lines = [t.strip() for t in own[:4]]
    closed = closed or "Lukket" in head_lines or lines[0].text.strip().lower().startswith("lukket:")
    text = _join(own)
    return Item(
        number=h.number, title=h.title,
        case_numbers=tuple(find_case_numbers(text)),
        closed=closed, sections=sections,
        proposal=_proposal(sections, own),
        decision=decision, text=text,
        pages=_pages(lines), people=tuple(find_people(text)),
    )


# --- sections, proposal, decision ---------------------------------------------------

def _is_heading(text: str) -> bool:
    s = text.strip().rstrip(":").strip()
    if not s:
        return False
    if s.lower() in SECTION_HEADINGS or DECISION_HEAD.match(text.strip()):
        return True
    letters = re.sub(r"[^A-Za-zÆØÅæøå]", "", s)
    return len(letters) >= 4 and len(s) <= 40 and s == s.upper() and not re.search(r"\d{3}", s)


def _sections(texts: list[str]) -> tuple[Section, ...]:
    """Heading/text pairs; 'Label: text' and 'Label Text' table rows open a section too."""
    out: list[tuple[str, list[str]]] = []
    for text in texts:
        s = text.strip()
        label = LABEL_LINE.match(s) or TABLE_LABEL.match(s)
        if label:
            out.append((label.group(1).strip(), [label.group(2)] if label.group(2) else []))
        elif _is_heading(s):
            out.append((s.rstrip(":").strip(), []))
        elif out:
            out[-1][1].append(text)
    return tuple(Section(h, _join(body)) for h, body in out)


def _proposal(sections: tuple[Section, ...], texts: list[str]) -> str | None:
    for i, text in enumerate(texts):
        s = text.strip()
        if PROPOSAL_START.match(s) and not _is_heading(s) and not re.fullmatch(r"[^:]{3,40}:", s):
            return _paragraph(texts, i)
    for s in sections:
        if PROPOSAL_HEAD.match(s.heading) and s.text.strip():
            return s.text
    return None


def _paragraph(texts: list[str], i: int) -> str:
    """The proposal paragraph: its lines and continuations across single blank lines."""
    out = [texts[i]]
    j = i + 1
    while j < len(texts):
        s = texts[j].strip()
        if not s:
            nxt = texts[j + 1].strip() if j + 1 < len(texts) else ""
            if not nxt or not (nxt[0].islower() or re.match(r"^(\d+\)|[A-H]\)|at\b)", nxt)):
                break
        elif s.startswith("•") or _is_heading(s) or DECISION_HEAD.match(s):
            break
        out.append(texts[j])
        j += 1
    return _join(out)


def _decision(sections: tuple[Section, ...], texts: list[str], kind: Kind) -> Decision | None:
    chosen = [s for s in sections if DECISION_HEAD.match(s.heading)]
    if chosen:
        text = _strip_trailer(chosen[-1].text)
    elif kind == Kind.REFERAT and not sections:
        text = _join(texts)
    else:
        return None
    return make_decision(text)


def _strip_trailer(text: str) -> str:
    lines = text.split("\n")
    while lines and (not lines[-1].strip() or NOT_PARTICIPATING.match(lines[-1].strip())):
        lines.pop()
    return "\n".join(lines).strip()


# --- header fields -------------------------------------------------------------------

def _header_texts(texts: list[str]) -> list[str]:
    return [t.strip() for t in texts if t.strip()][:40]


def _kind(seg: Segment, texts: list[str], furniture: list[Line],
          headings: list[_Heading]) -> Kind:
    if seg.title_kind:
        return seg.title_kind
    stamp = (seg.stamp_title or "").lower()
    for word, kind in (("referat", Kind.REFERAT), ("dagsorden", Kind.DAGSORDEN),
                       ("indstilling", Kind.INDSTILLING), ("notat", Kind.NOTAT)):
        if word in stamp:
            return kind
    head = " ".join([x.text for x in furniture[:8]] + texts[:30]).lower()
    if re.search(r"\breferat\b|\bbeslutningsprotokol\b", head):
        return Kind.REFERAT
    if re.search(r"\bdagsorden\b|\bmødedato\b", head):
        return Kind.DAGSORDEN
    if re.search(r"\bindstilling\b|\bdet indstilles\b", head):
        return Kind.INDSTILLING
    if re.search(r"\bnotat\b", head):
        return Kind.NOTAT
    if seg.attachment:
        return Kind.BILAG
    if headings:
        decided = any(DECISION_HEAD.match(t.strip()) for t in texts)
        return Kind.REFERAT if decided else Kind.DAGSORDEN
    return Kind.ANDET


def _title(header: list[str], kind: Kind) -> str | None:
    for text in header[:12]:
        if _is_title_candidate(text):
            return text
    return kind.value.capitalize()


def _is_title_candidate(text: str) -> bool:
    if KIND_TITLE.match(text) or HEADER_LABEL.match(text) or len(text) < 4:
        return False
    if re.match(r"^(Til|Kopi til|Åben|Lukket|Åbent referat|Indhold|Tilstede)\b", text):
        return False
    dates = find_dates(text)
    covered = sum(e - s for _, s, e in dates)
    if covered > 0.4 * len(text) or re.match(r"^\d", text) and dates:
        return False
    return bool(re.search(r"[A-Za-zÆØÅæøå]{3}", text))


def _body(header: list[str], stamp_title: str | None, furniture: list[Line]) -> str | None:
    candidates = header[:15] + ([stamp_title] if stamp_title else []) + \
        [x.text for x in furniture[:6]]
    for text in candidates:
        paren = re.search(r"\(([^)]*(?:udvalg|råd|raad|bestyrelse|møde|Magistrat)[^)]*)\)", text)
        if paren:
            return _organ_name(paren.group(1))
        m = ORGAN.search(re.sub(r"^(?:Udvalg|Emne)\s*:\s*", "", text))
        if m and not re.search(r"\b(?:mødet i|til|fra|af)\s*$", text[: m.start()]):
            return _organ_name(m.group(1))
    return None


def _organ_name(name: str) -> str:
    name = " ".join(name.split())
    return re.sub(r"udvalgsmøde$", "udvalget", name)


def _when_where(header: list[str], furniture: list[Line],
                stamp_title: str | None) -> tuple[str | None, str | None, str | None, str | None]:
    date = start = end = location = None
    date_line = None
    for i, text in enumerate(header[:15]):
        cue = re.match(r"^(?:Mødedato|Dato)\s*:", text, re.I)
        if (len(text) <= 70 or cue) and (dates := find_dates(text)):
            if date is None or cue:
                date, date_line = dates[0][0], i
            if cue:
                break
    for text in header[:15]:
        if re.match(r"^(?:Mødetid|Tid)\s*:", text, re.I) or date_line is not None and \
                text == header[date_line]:
            start, end = find_times(text)
            if start:
                break
    for text in header[:15]:
        m = re.match(r"^(?:Mødested|Sted)\s*:\s*(.+)$", text, re.I)
        if m:
            location = m.group(1).strip()
            break
    if location is None and date_line is not None and date_line + 1 < len(header):
        nxt = header[date_line + 1]
        if LOCATION_WORDS.search(nxt) and len(nxt) < 90 and not HEADER_LABEL.match(nxt):
            location = re.sub(r"^i\s+", "", nxt).strip()
    if date is None:
        for text in [x.text for x in furniture[:8]] + [stamp_title or ""]:
            if dates := find_dates(text):
                date = dates[0][0]
                break
    return date, start, end, location


# --- helpers ------------------------------------------------------------------------

def _sender_indexes(texts: list[str]) -> list[int]:
    """Lines of a sender block ('Sag: ...', 'Sagsbehandler:' and the names under it)."""
    out: list[int] = []
    for i, text in enumerate(texts):
        m = SENDER_LINE.match(text.strip())
        if not m:
            continue
        out.append(i)
        if text.strip()[m.end():].strip():
            continue
        j = i + 1
        while j < len(texts) and j <= i + 4:
            s = texts[j].strip()
            if s and (SENDER_LINE.match(s) or not re.match(r"^[A-ZÆØÅ][\w.\- /]+$", s)):
                break
            out.append(j)
            j += 1
    return out


def _sender_lines(texts: list[str]) -> list[str]:
    return [texts[i] for i in _sender_indexes(texts)]


def _pages(lines: list[Line]) -> tuple[int, int] | None:
    pages = [x.page for x in lines if x.text.strip()]
    return (min(pages), max(pages)) if pages else None


def _join(texts: list[str]) -> str:
    out: list[str] = []
    for t in texts:
        s = t.strip()
        if s or (out and out[-1]):
            out.append(s)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def link_proposals(docs: list[Document]) -> list[Document]:
    """Give referat items the proposal of the packet's indstilling on the same matter."""
    proposals = [(_norm(d.title or ""), d.proposal) for d in docs
                 if d.kind == Kind.INDSTILLING and d.proposal and d.title]
    if not proposals:
        return docs
    out = []
    for d in docs:
        items = tuple(_with_proposal(it, proposals) for it in d.items)
        out.append(replace(d, items=items) if items != d.items else d)
    return out


def _with_proposal(item: Item, proposals: list[tuple[str, str]]) -> Item:
    if item.proposal or not item.decision:
        return item
    title = _norm(item.title)
    for other, proposal in proposals:
        if len(title) >= 12 and (other.startswith(title) or title.startswith(other)):
            return replace(item, proposal=proposal)
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
    item's attachment M-1; documents attached to the same item share their case
    numbers when they print none of their own (the case of the matter they belong to).
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
    return [replace(d, case_numbers=tuple(_unique(by_item[d.attachment_of.item])))
            if d.attachment_of and not d.case_numbers and by_item.get(d.attachment_of.item)
            else d for d in docs]


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\wæøå ]", " ", DURATION.sub("", text).lower()).split())
