"""Agenda item headings from combined evidence, not from one pattern.

A line is an item heading when enough signals agree: its numbering scheme ('Punkt 3:',
'§ 12 b', '3.', '3', '3.1', '715.'), typography (bold or larger than the body text),
position (it starts a block), sequence (its number continues the previous item's), and
what follows (a case number, an item's meta lines, a proposal or decision block).
Tables of contents, table rows, dates, amounts and cross-references count against it.
The weights are named below; a new layout should usually need vocabulary, not code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest import vocab
from ingest.cases import find_case_numbers, without_trailing_case
from ingest.dates import find_dates
from ingest.decisions import is_verdict_line
from ingest.furniture import Line
from ingest.vocab import lead_terms, line_terms, terms

# Evidence weights. A candidate needs THRESHOLD to be an item heading.
THRESHOLD = 2.5
# '1)' numbers items as '1.' does; a list inside an item restarts at 1 and is not taken.
SCHEME_WEIGHT = {"label": 2.0, "paragraph": 1.5, "dotted": 1.0, "paren": 1.0, "bare": 0.0}
SUB_ITEM = 0.5  # '1.1' under '1' is the numbering of a structured agenda
# A sub-item set right under its accepted parent ('1. Meddelelser' / '1.1 Nyt fra ...'),
# or the next sub-item after an accepted one ('1.2' after '1.1'): the agenda's structure.
SUB_STRUCTURE = 1.0
STRONG = 1.5  # bold or larger type: the system printed it as a heading
PLAIN_TYPE = -1.0  # typography known and the line is body text
BLOCK_START = 0.5  # a heading starts a block
NUMBER_ALONE = 0.5  # a number set on a line of its own, its title below
FIRST_NUMBER = 0.5  # an agenda starts at 1 (or at 1.1)
CONTINUES = 1.0  # the number continues the previous item
ITEM_CONTENT = 1.5  # a case number, meta line, proposal or decision follows
SECTION_FOLLOWS = 0.5  # a section heading follows (reports have those too)
LIST_FOLLOWS = -1.0  # another numbered line follows at once: a list or a contents page
LOWER_START = -1.5  # '1. byrådet pålægger ...' is a numbered clause, not a heading
SENTENCE_TITLE = -1.0  # a long title ending in a full stop is a sentence
AMOUNT = -2.0  # a budget row ends in an amount
BIG_JUMP = -2.0  # numbers rise by small steps; '22.' after item 5 is something else

CLAUSE_WORDS = 4  # a lower-case 'title' this long is a clause
MAX_TITLE = 220  # longer 'titles' are paragraphs
SENTENCE_LEN = 90
MAX_STEP = 10
LOOKAHEAD = 8  # nonblank lines searched for item content under a heading

_SCHEMES = tuple((name, re.compile(p, re.I)) for name, p in vocab.ITEM_SCHEMES_RE)
CLOSED_LINE = line_terms(vocab.CLOSED_PREFIXES)  # 'Lukket punkt.' under a closed item's title
# 'Lukket punkt: Personalesag', 'Lukket punkt – Erstatningssag'
_CLOSED_PREFIX = re.compile(
    rf"^(?:{terms(vocab.CLOSED_PREFIXES, whole=False).pattern})\s*[:\-–]\s*", re.I)
_META = lead_terms(vocab.ITEM_META_LABELS)
# An item's own one-word status line ('Åben', 'Lukket') under its heading.
_CLOSED_WORDS = terms(vocab.CLOSED_PREFIXES, whole=False).pattern
_CLOSED_BRACKET = re.compile(rf"^\((?:{_CLOSED_WORDS})\)\s*", re.I)
_CLOSED_AFTER = re.compile(rf"\s*(?:\((?:{_CLOSED_WORDS})\)|[-–]\s*(?:{_CLOSED_WORDS}))\s*$",
                           re.I)
_STATUS = line_terms(vocab.CLOSED_PREFIXES[:1] + vocab.OPEN_MARKS[-2:])
_SECTION = line_terms(vocab.SECTION_HEADINGS)
_PROPOSAL = lead_terms(vocab.PROPOSAL_OPENERS + vocab.PROPOSAL_HEADINGS)
_DECISION_HEAD = line_terms(vocab.DECISION_HEADINGS + vocab.DECISION_BLOCK_HEADINGS)
_DECISION_LABELS = tuple(re.compile(p, re.I) for p in vocab.DECISION_LABEL_RE)
# A decision given on its heading's line ('Beslutning: Godkendt.', 'Udvalgets beslutning:
# Anbefales'): whose decision, the heading word, a colon, then the decision itself.
_INLINE_LABEL = terms(vocab.INLINE_DECISION_LABELS, whole=False).pattern
_DECISION_INLINE = re.compile(rf"^\s*(?:[\wæøå-]+s\s+)?(?:{_INLINE_LABEL})\s*:\s*\S", re.I)
_CROSS_REF = re.compile(rf"(?:{terms(vocab.CROSS_REFERENCES, whole=False).pattern})\s*$", re.I)
_TOC_LEADER = re.compile(r"\.{4,}|…{2,}")
_PAGE_AT_END = re.compile(r"\s\d{1,3}\s*$")
_AMOUNT = re.compile(r"\d[\d.,]*\s*(?:(?:mio|mia|t)\.?\s*)?(?:kr\.?|mio\.?|mia\.?|%)\s*$",
                     re.I)  # '450.000 kr.', '2,1 mio. kr.', '3 %'
CONNECTIVE_END = re.compile(rf"(?:{terms(vocab.CONNECTIVES).pattern}|[,\-–])$", re.I)
_DURATION = re.compile(r"\s*\(\d+\s*min\.?\)\s*$")
# '9. januar' (a date without its year), '1. kl. 10', '3. år': not item headings.
_DATE_LIKE = re.compile(rf"^\d{{1,2}}\.\s*(?:(?:{terms(tuple(m for m, _ in vocab.MONTHS), whole=False).pattern})"
                        rf"(?![\wæøå])|kl\.?\s*\d|år(?![\wæøå]))", re.I)


@dataclass(frozen=True, slots=True)
class Heading:
    """An accepted item heading: where it is, its number and title, and its score."""

    index: int
    end: int  # line index after the (possibly wrapped) heading
    number: str
    title: str
    closed: bool = False
    score: float = 0.0


@dataclass(frozen=True, slots=True)
class _Candidate:
    index: int
    end: int
    scheme: str
    number: str
    title: str
    closed: bool


def key(number: str) -> tuple[int, ...]:
    """A sortable key: '1.2' -> (1, 2); a letter counts as a sub-number, '12 b' -> (12, 2)
    and '3a' -> (3, 1), so '3a' and '3b' follow item 3 as '3.1' and '3.2' would."""
    parts = re.findall(r"\d+|[a-zæøå]", number.lower())
    return tuple(int(p) if p.isdigit() else ord(p) - ord("a") + 1 for p in parts)


# 'Beslutning i mødet:', 'Beslutning/referat', 'Konklusion fra mødet': a decision heading
# word, then a few words that say whose or where, never a sentence.
_DECISION_HEAD_PHRASE = re.compile(
    rf"^(?:{terms(vocab.DECISION_HEADINGS, whole=False).pattern})"
    rf"(?:\s*/\s*[\wæøå]+|\s+(?:{terms(vocab.DECISION_HEADING_LINKS, whole=False).pattern})"
    r"\b[^.:\d]{0,40})\s*:?$", re.I)


# Whose decision, then the heading word ('Bestyrelsens beslutning:', 'Nævnets afgørelse').
_DECISION_WORD = terms(vocab.DECISION_HEADINGS, whole=False).pattern
_OWNED_DECISION = re.compile(rf"^[A-ZÆØÅ][\wæøå-]*s\s+(?i:{_DECISION_WORD})\s*:?$")


def is_decision_label(text: str) -> bool:
    """A decision block's own heading line ('Beslutning', '... beslutning den 04.12.2012')."""
    s = text.strip()
    return bool(_DECISION_HEAD.match(s) or _DECISION_HEAD_PHRASE.match(s) or
                _OWNED_DECISION.match(s)) or any(p.match(s) for p in _DECISION_LABELS[:2])


def candidate(lines: list[Line], i: int) -> _Candidate | None:
    """The numbered-heading reading of line i, if it has one."""
    text = lines[i].text.strip()
    closed = bool(_CLOSED_PREFIX.match(text))
    body = _CLOSED_PREFIX.sub("", text)
    for scheme, pattern in _SCHEMES:
        m = pattern.match(body)
        if not m:
            continue
        title, end = m.group("title").strip(), i + 1
        if not title:
            title, end = _title_below(lines, i)
        marked = _CLOSED_BRACKET.match(title)  # '4. (Lukket) Køb af ejendom'
        if marked:
            title = title[marked.end():]
            if not title.strip():  # 'Pkt. 103 (Lukket)' over its title
                title, end = _title_below(lines, i)
        elif CLOSED_LINE.match(title):  # 'Punkt nr. 7 – Lukket punkt' over 'Personalesag'
            marked = True
            below, after = _title_below(lines, i)
            if below and not _starts_content(below):
                title, end = below, after
        if not title or not re.match(r"[\wÆØÅæøå\"'«„]", title):
            return None
        title, end = _wrapped(lines, end, title)
        closed = closed or bool(marked or _CLOSED_PREFIX.match(title)
                                or _CLOSED_AFTER.search(title))
        # 'Punkt 4: Lukket: Salg af grund', '2. Personalesag (lukket punkt)', '3. Salg - Lukket'
        title = _CLOSED_AFTER.sub("", _CLOSED_PREFIX.sub("", title))
        title = without_trailing_case(_DURATION.sub("", title).strip() or title)
        return _Candidate(i, end, scheme, " ".join(m.group("num").split()), title, closed)
    return None


def _title_below(lines: list[Line], i: int) -> tuple[str, int]:
    """A number alone on its line: the title is the next line (one blank line allowed)."""
    for j in range(i + 1, min(i + 3, len(lines))):
        s = lines[j].text.strip()
        if s:
            return (s, j + 1) if candidate_free(s) else ("", i + 1)
    return "", i + 1


def looks_numbered(text: str) -> bool:
    """A line that reads as a numbered heading on its own ('3. Status', 'Punkt 2: X'),
    not a date ('2. maj 2017') or a numbered clause ('1. byrådet ...')."""
    s = _CLOSED_PREFIX.sub("", text.strip())
    for _, pattern in _SCHEMES:
        m = pattern.match(s)
        if m:
            title = m.group("title").strip()
            return title[:1].isupper() and not _DATE_LIKE.match(s) and not (
                (d := find_dates(s)) and d[0][1] <= 2)
    return False


def candidate_free(text: str) -> bool:
    """Whether a line is plain text (no number scheme of its own)."""
    return not any(p.match(text) for _, p in _SCHEMES)


# A lettered point under a heading ('a. Borgmesteren oplyste, ...', 'b) Skrivelse ...')
# is the matter's first point, not the rest of its title.
_SUB_POINT = re.compile(r"^[a-zæøå][.)]\s")


def _wrapped(lines: list[Line], end: int, title: str) -> tuple[str, int]:
    """A heading wrapped over two lines is one title."""
    j = end + 1 if end < len(lines) and not lines[end].text.strip() else end
    if j >= len(lines) or j > end + 1 and not lines[end - 1].strong:
        return title, end
    nxt = lines[j].text.strip()
    both_strong = lines[j].strong and lines[end - 1].strong
    joins = nxt and len(nxt) < 100 and not _SUB_POINT.match(nxt) and (
        nxt[0].islower() or CONNECTIVE_END.search(title) or (both_strong and j == end))
    if joins and not (_starts_content(nxt) or not candidate_free(nxt)):
        return f"{title.rstrip()} {nxt}", j + 1
    return title, end


def _to_stop(lines: list[Line], c: _Candidate) -> tuple[str, int]:
    """Where every title ends in a full stop, a title without one runs on to the next line
    when that line ends the sentence ('Sag nr. 2. Årsregnskab 1976/77 for Vestsjællands' /
    'Amtskommune.')."""
    if c.title.endswith((".", ":")) or c.end >= len(lines):
        return c.title, c.end
    nxt = lines[c.end].text.strip()
    if nxt.endswith(".") and len(nxt) < MAX_TITLE and \
            (candidate_free(nxt) or _YEAR.fullmatch(nxt[:-1])) and \
            not _starts_content(nxt) and not _SUB_POINT.match(nxt) and not is_verdict_line(nxt):
        return f"{c.title} {nxt}", c.end + 1
    return c.title, c.end


def _starts_content(text: str) -> bool:
    return bool(_META.match(text) or _SECTION.match(text) or is_decision_label(text)
                or _PROPOSAL.match(text) or find_case_numbers(text) or CLOSED_LINE.match(text))


def _rejected(lines: list[Line], c: _Candidate) -> bool:
    """Shapes that are never item headings: contents lines, table rows, dates, refs."""
    text = lines[c.index].text.strip()
    if " | " in text or len(c.title) > MAX_TITLE or c.scheme == "bare" and len(c.number) == 4:
        return True
    if _TOC_LEADER.search(c.title) or _contents_line(lines, c.index):
        return True
    dates = find_dates(text)
    if dates and dates[0][1] <= 2 or _DATE_LIKE.match(text):
        return True
    before = lines[c.index - 1].text.strip() if c.index else ""
    if before and _YEAR.fullmatch(c.number) and not before.endswith((".", ":", "!", "?")):
        return True  # 'Protokol fra mødet den 26. oktober' / '1972.': the date's year
    return bool(before and _CROSS_REF.search(before) and not before.endswith("."))


_YEAR = re.compile(r"(?:18|19|20)\d\d")


def _contents_line(lines: list[Line], i: int) -> bool:
    """A numbered line ending in a page number next to another one: a table of contents
    ('3. Kvalitetsstandarder ... 6' over '4. Takstreduktion ... 7')."""
    if not _PAGE_AT_END.search(lines[i].text):
        return False
    near = [j for j in range(max(0, i - 3), min(len(lines), i + 4))
            if j != i and lines[j].text.strip()]
    before = [j for j in near if j < i][-1:]
    after = [j for j in near if j > i][:1]
    return any(_PAGE_AT_END.search(lines[j].text) and not candidate_free(lines[j].text.strip())
               for j in before + after)


def score(lines: list[Line], c: _Candidate, last: tuple | None, typed: bool = True,
          stops: bool = False) -> float:
    """The evidence that candidate c is an item heading, given the last accepted number;
    `typed` says whether the document prints any heading in bold or larger type at all
    (if not, plain type says nothing)."""
    s = SCHEME_WEIGHT[c.scheme] + (SUB_ITEM if "." in c.number else 0.0)
    strong = lines[c.index].strong
    s += STRONG if strong else PLAIN_TYPE if strong is False and typed else 0.0
    if c.index == 0 or not lines[c.index - 1].text.strip() or \
            lines[c.index - 1].page != lines[c.index].page:
        s += BLOCK_START
    s += _sequence(key(c.number), last)
    if c.end > c.index + 1 and candidate_free(c.title) and not \
            _CLOSED_PREFIX.sub("", lines[c.index].text.strip())[len(c.number):].strip(" .:"):
        s += NUMBER_ALONE
    s += _follows(lines, c.end, c.number)
    if c.title[:1].islower() and len(c.title.split()) >= CLAUSE_WORDS:
        s += LOWER_START
    if c.title.endswith(".") and (len(c.title) > SENTENCE_LEN or
                                  len(c.title.split()) >= CLAUSE_WORDS and not stops):
        s += SENTENCE_TITLE
    if _AMOUNT.search(c.title):
        s += AMOUNT
    return s


def _structure(lines: list[Line], found: list[Heading], k: tuple, i: int) -> float:
    if not found or len(k) < 2:
        return 0.0
    last = key(found[-1].number)
    under_parent = k[:-1] == last and k[-1] == 1 and \
        not any(x.text.strip() for x in lines[found[-1].end:i])
    next_sibling = len(last) == len(k) and k[:-1] == last[:-1] and k[-1] == last[-1] + 1
    return SUB_STRUCTURE if under_parent or next_sibling else 0.0


def _sequence(k: tuple, last: tuple | None) -> float:
    if not k or not isinstance(k[0], int):
        return 0.0
    if last is None:
        return FIRST_NUMBER if k in ((1,), (1, 1)) else 0.0
    if k <= last:
        return BIG_JUMP
    nxt_top = (last[0] + 1,)
    if k[:1] == nxt_top or k == last[:1] + (1,) or \
            len(k) == len(last) and k[:-1] == last[:-1] and k[-1] == last[-1] + 1:
        return CONTINUES
    return BIG_JUMP if k[0] > last[0] + MAX_STEP else 0.0


def _follows(lines: list[Line], start: int, number: str = "") -> float:
    """Evidence from the lines under a heading, up to the next numbered line; a sub-item
    right under it ('1' over '1.1') is the structure of an agenda, not a list."""
    seen = 0
    section = False
    for line in lines[start:]:
        s = line.text.strip()
        if not s or line.sidebar:
            continue
        if not candidate_free(s) and not find_case_numbers(s) and not _META.match(s):
            if seen == 0 and number and s.startswith(f"{number}.1"):
                return CONTINUES
            return (LIST_FOLLOWS if seen == 0 else 0.0) + (SECTION_FOLLOWS if section else 0.0)
        if _META.match(s) or _STATUS.match(s) or is_decision_label(s) or \
                _DECISION_INLINE.match(s) or _PROPOSAL.match(s) or find_case_numbers(s) or \
                (seen == 0 and is_verdict_line(s)):
            return ITEM_CONTENT
        section = section or bool(_SECTION.match(s))
        seen += 1
        if seen >= LOOKAHEAD:
            break
    return SECTION_FOLLOWS if section else 0.0


def score_follow(lines: list[Line], start: int) -> bool:
    """Whether item content (a case number, meta line, proposal or decision) follows."""
    return _follows(lines, start) == ITEM_CONTENT


def find_items(lines: list[Line]) -> list[Heading]:
    """Item headings in order: numbers rise, and each heading has enough evidence."""
    found: list[Heading] = []
    last: tuple | None = None
    # Plain type counts against a numbered line only where the document prints some
    # numbered line in bold: then its item headings are bold.
    typed = any(line.strong and not candidate_free(line.text.strip()) for line in lines)
    candidates = [(i, c) for i, line in enumerate(lines)
                  if not line.sidebar and (line.text.strip()[:1].isalnum() or
                                           line.text.strip().startswith("§"))
                  and (c := candidate(lines, i)) is not None]
    stops = _titles_end_in_stops(lines, candidates)
    for i, c in candidates:
        if _rejected(lines, c):
            continue
        if found and i < found[-1].end:
            continue
        k = key(c.number)
        if last is not None and k <= last:
            continue  # a list inside an item, or a contents page before the items
        value = score(lines, c, last, typed, stops) + _structure(lines, found, k, i)
        if value >= THRESHOLD:
            title, end = _to_stop(lines, c) if stops else (c.title, c.end)
            found.append(Heading(i, end, c.number, title, c.closed, value))
            last = k
    return found or _table_agenda(lines) or _unnumbered(lines) or _bold_titles(lines)


STOPPED_SHARE = 0.8  # of a document's numbered headings that end in a full stop
STOPPED_MIN = 3


def _titles_end_in_stops(lines: list[Line], candidates: list[tuple[int, _Candidate]]) -> bool:
    """Whether the document ends its numbered headings with a full stop ('1. Forslaget om
    ny Sprøjte.', as typewritten minutes do): then a stop says nothing against a short
    title (a long one is still a sentence)."""
    titles = [_to_stop(lines, c)[0] for i, c in candidates  # a stop on the wrapped line too
              if (lines[i].text.strip()[:1].isdigit() or c.scheme == "label") and
              c.title[:1].isupper()]
    stopped = sum(1 for t in titles if t.endswith("."))
    return stopped >= STOPPED_MIN and stopped >= STOPPED_SHARE * len(titles)


# A label line ('Mødested:', 'Referat'): the label alone or before its colon.
_LABELS = terms(vocab.table_labels() + tuple(w for w, _ in vocab.KIND_TITLES), whole=False)
_LABEL_LINE = re.compile(rf"^\s*(?:{_LABELS.pattern})\s*(?::|$)", re.I)
_KIND_WORD = re.compile(terms(tuple(w for w, _ in vocab.KIND_TITLES), whole=False).pattern, re.I)
UNNUMBERED_MIN = 2  # items printed without numbers: a structure seen at least twice
META_BETWEEN = 3  # lines like 'Sagsnr.:' between an unnumbered title and its heading


def _unnumbered(lines: list[Line]) -> list[Heading]:
    """Items printed without numbers ('Godkendelse af dagsorden' / 'Beslutning:'): a
    title line right above the heading that opens an item's body (a decision or a
    section heading; meta lines such as 'Sagsnr.:' may come between), where the same
    heading follows two or more such titles. Numbered 1, 2, 3 in order. Read only where
    no numbered heading is found."""
    found: list[tuple[int, str, str]] = []
    for i, line in enumerate(lines):
        s = line.text.strip()
        if line.sidebar or not _plain_title(s):
            continue
        below = _heading_below(lines, i)
        if below:
            found.append((i, s, below))
    counts: dict[str, int] = {}
    for _, _, below in found:
        counts[below] = counts.get(below, 0) + 1
    kept = [(i, s) for i, s, below in found if counts[below] >= UNNUMBERED_MIN]
    if len(kept) < UNNUMBERED_MIN:
        return []
    return [Heading(i, i + 1, str(n), s) for n, (i, s) in enumerate(kept, 1)]


BOLD_TITLES_MIN = 3
_ATTENDANCE = lead_terms(tuple(label for label, _ in vocab.PARTICIPANT_LABELS))


def _bold_titles(lines: list[Line]) -> list[Heading]:
    """Items printed without numbers as headings in bold or larger type (a small board's
    Word minutes: 'Økonomi' / 'Søren gennemgik regnskabet ...'): after the list of who
    attended, each short line in strong type over plain text is an item's title, where
    three or more are. Numbered 1, 2, 3 in order. Read only where nothing else is found."""
    start = next((i + 1 for i, x in enumerate(lines) if _ATTENDANCE.match(x.text)), None)
    if start is None:
        return []
    found: list[tuple[int, str]] = []
    for i in range(start, len(lines)):
        s = lines[i].text.strip()
        if not lines[i].strong or lines[i].sidebar or not _bold_title_shape(s):
            continue
        nxt = next((x for x in lines[i + 1:] if x.text.strip()), None)
        if nxt is not None and nxt.strong is False:
            found.append((i, s))
    if len(found) < BOLD_TITLES_MIN:
        return []
    return [Heading(i, i + 1, str(n), s) for n, (i, s) in enumerate(found, 1)]


def _bold_title_shape(s: str) -> bool:
    """A short line that may be a title: no label (a section's word may be a title:
    'Økonomi'), no decision heading, no date, no list opening."""
    return 3 <= len(s) <= MAX_TITLE and s[:1].isupper() and candidate_free(s) and \
        not s.endswith((":", ",", ";")) and not (_LABEL_LINE.match(s) and not _SECTION.match(s)) \
        and not is_decision_label(s) and not _META.match(s) and not find_dates(s) and \
        not _ATTENDANCE.match(s)


def _plain_title(s: str) -> bool:
    return 3 <= len(s) <= MAX_TITLE and s[:1].isupper() and candidate_free(s) and \
        not s.endswith((":", ".", ",", ";")) and not _LABEL_LINE.match(s) and \
        not is_decision_label(s) and not _SECTION.match(s) and not _META.match(s)


def _heading_below(lines: list[Line], i: int) -> str | None:
    """The decision or section heading under line i (past meta lines), lower-cased."""
    seen = 0
    for line in lines[i + 1:]:
        s = line.text.strip()
        if not s:
            continue
        if _KIND_WORD.fullmatch(s.rstrip(":")):
            return None  # 'Aarhus Byråd' / 'Referat': a list of meetings, not an item
        if is_decision_label(s) or _SECTION.match(s):
            return s.rstrip(":").lower()
        seen += 1
        if seen > META_BETWEEN or not _META.match(s):
            return None
    return None


CELL = " | "  # between a table row's cells, as the readers join them
_TABLE_HEAD = terms(vocab.AGENDA_TABLE_HEADINGS)
_ROW = re.compile(r"^(?P<num>\d{1,2})\.?\s+(?P<title>[^|]*\S)\s*(?:\||$)")


def _table_agenda(lines: list[Line]) -> list[Heading]:
    """An agenda printed as a table ('Nr. | Punkt | Ansvarlig | Tid' over '1 Godkendelse af
    dagsorden | Formand | 5 min'): its rows numbered in order are the items, the first
    cell after the number the title, the row itself the item's text (who is responsible,
    the time it takes). Read only where no item heading is found, so a
    table that sums up the items printed in full below never replaces them."""
    for i, line in enumerate(lines):
        cells = line.text.strip().split(CELL)
        if len(cells) < 2 or not any(_TABLE_HEAD.fullmatch(w) for c in cells[:2]
                                     for w in c.lower().split()):
            continue
        rows = []
        for j in range(i + 1, len(lines)):
            text = lines[j].text.strip()
            m = _ROW.match(text)
            # numbered from 1, or on from an earlier meeting's last item ('9', '10', ...)
            first = int(rows[0].number) if rows else int(m.group("num")) if m else 0
            if not text or not m or CELL not in text or int(m.group("num")) != first + len(rows):
                break
            if any(_AMOUNT.search(cell) for cell in text.split(CELL)):
                return []  # a budget's rows ('1 Skoler | 2,1 mio. kr.'), not an agenda
            title = without_trailing_case(m.group("title"))
            rows.append(Heading(j, j, m.group("num"), title, False, THRESHOLD))
        if len(rows) >= 2:
            return rows
    return []
