"""A file's body lines -> the documents it holds (a meeting packet is split)."""
from __future__ import annotations

from dataclasses import dataclass

from ingest import vocab
from ingest.dates import find_dates
from ingest.furniture import Line, Stamp
from ingest.items import candidate_free, looks_numbered
from ingest.records import AttachmentRef, Kind
from ingest.vocab import lead_terms

KIND_WORDS = {word: Kind(kind) for word, kind in vocab.KIND_TITLES}
# An agenda template that opens with its subject label ('Emne:' over the meeting's name).
SUBJECT_OPENS = {f"{label}:": Kind.DAGSORDEN for label in vocab.SUBJECT_LABELS[:1]}
MEETING_TITLES = tuple(w for w, k in vocab.KIND_TITLES
                       if k in (Kind.REFERAT.value, Kind.DAGSORDEN.value))
MEMO_TITLES = vocab.MEMO_KINDS
# Kind words that also head an item's decision ('Referat' / 'Godkendt.').
_DECISION_TITLES = frozenset(MEETING_TITLES) & frozenset(vocab.DECISION_BLOCK_HEADINGS)
_ADDRESSEE = lead_terms(vocab.ADDRESSEE_LABELS + vocab.DATE_LABELS)
_OPENERS = dict(vocab.KIND_OPENERS)
_MINUTES_WORDS = frozenset(vocab.MINUTES_TITLE_WORDS)
_EXTRACT = frozenset(vocab.EXTRACT_OPENERS)
MIN_LINES_BEFORE_SPLIT = 12
TITLE_SCAN = 15  # a document's kind word stands in its first lines (above any item)


def is_kind_title(text: str) -> bool:
    """A document's own title word alone on its line, in title case: 'Referat', 'Notat'
    (the all-caps 'INDSTILLING' inside an indstilling is a section heading)."""
    return kind_of_title(text) is not None


def kind_of_title(text: str) -> Kind | None:
    """The kind a title line names ('Referat', 'Emne:'), or None."""
    s = text.strip()
    if s.lower() in SUBJECT_OPENS and s[:1].isupper():
        return SUBJECT_OPENS[s.lower()]
    if not s[:1].isupper() or s[1:] != s[1:].lower():
        return None
    return KIND_WORDS.get(s.lower())


def opening_kind(text: str) -> Kind | None:
    """The kind a document's first line names when it opens with a kind word
    ('Kvalitetsstandarder for ...', 'Referat Aarhus Byråd d. 27-08-2025')."""
    words = text.strip().split()
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    kind = _OPENERS.get(words[0].lower())
    named = {w.lower().strip(".,:()") for w in words[1:]}
    if words[0].lower() in _EXTRACT and _MINUTES_WORDS & named:
        return Kind.REFERAT
    if kind == Kind.DAGSORDEN.value and _MINUTES_WORDS & named:
        return Kind.REFERAT
    return Kind(kind) if kind else None


@dataclass(frozen=True, slots=True)
class Segment:
    """One document's lines within a file, with its attachment stamp if any."""

    lines: tuple[Line, ...]
    attachment: AttachmentRef | None
    stamp_title: str | None
    title_kind: Kind | None


def split(lines: list[Line], stamps: list[Stamp]) -> list[Segment]:
    """Cut the line stream where a new document starts."""
    cuts = [0]
    for i in range(1, len(lines)):
        if _starts_document(lines, i, cuts[-1], stamps):
            cuts.append(i)
    cuts.append(len(lines))
    segments = []
    for start, end in zip(cuts, cuts[1:]):
        own = [s for s in stamps if start <= _owner(lines, s) < end]
        body = tuple(lines[start:end])
        if not any(x.text.strip() for x in body) and not own:
            continue
        segments.append(Segment(body, own[0].ref if own else None,
                                own[0].title if own else None, _title_kind(body)))
    return segments or [Segment(tuple(lines), None, None, None)]


def _owner(lines: list[Line], stamp: Stamp) -> int:
    """The line a stamp belongs with: a footer stamp closes the lines above it on its
    page; a header stamp opens the lines below it."""
    p = stamp.position
    if p > 0 and (p >= len(lines) or lines[p - 1].page == stamp.page):
        return p - 1
    return min(p, len(lines) - 1)


def _starts_document(lines: list[Line], i: int, start: int, stamps: list[Stamp]) -> bool:
    text = lines[i].text.strip()
    if _stamp_changes(lines, i, stamps):
        return True
    if not is_kind_title(text) or lines[i].sidebar:
        return False
    current = [x.text for x in lines[start:i] if x.text.strip() and not x.sidebar]
    has_items = any(looks_numbered(x) for x in current)
    if not has_items and len(current) < MIN_LINES_BEFORE_SPLIT:
        return False
    word = text.lower().rstrip(":")
    if word in MEMO_TITLES:  # also a section heading inside an item
        return _memo_header_follows(lines, i)
    if word in MEETING_TITLES:
        if has_items and _decision_under(lines, i, word):
            return False
        return _page_start(lines, i) or _item_follows(lines, i)
    return True


def _decision_under(lines: list[Line], i: int, word: str) -> bool:
    """'Referat' over 'Godkendt.' under an item: the heading of the item's decision (an
    agenda printed with what was decided under each item); a new document's title is
    followed by its body, date or items, not by a sentence."""
    after = next((x.text.strip() for x in lines[i + 1: i + 4] if x.text.strip()), "")
    return word in _DECISION_TITLES and after.endswith(".") and not looks_numbered(after)


def _memo_header_follows(lines: list[Line], i: int) -> bool:
    """An indstilling or notat opens with a date or an addressee ('Til Rådmand ...')."""
    after = [x.text.strip() for x in lines[i + 1: i + 6] if x.text.strip()][:2]
    return any(_ADDRESSEE.match(x) or _starts_with_date(x) for x in after)


def _starts_with_date(text: str) -> bool:
    dates = find_dates(text)
    return bool(dates) and dates[0][1] <= 3


def _page_start(lines: list[Line], i: int) -> bool:
    prev = [x for x in lines[:i] if x.text.strip() and not x.sidebar]
    return not prev or prev[-1].page != lines[i].page


def _item_follows(lines: list[Line], i: int) -> bool:
    after = [x.text.strip() for x in lines[i + 1: i + 6] if x.text.strip()][:3]
    return any(looks_numbered(x) and x[:1] != "§" for x in after)


def _stamp_changes(lines: list[Line], i: int, stamps: list[Stamp]) -> bool:
    """On paged input, a page whose attachment stamp differs from the last stamp seen
    (a page that lost its stamp in extraction does not end the attachment)."""
    if lines[i].page == lines[i - 1].page or not stamps:
        return False
    page = lines[i].page
    here = next((s.ref for s in stamps if s.page == page), None)
    before = [s.ref for s in stamps if s.page < page]
    return here is not None and (not before or here != before[-1])


def _title_kind(body: tuple[Line, ...]) -> Kind | None:
    first = [x.text.strip() for x in body if x.text.strip() and not x.sidebar][:TITLE_SCAN]
    first = first[:next((i for i, t in enumerate(first) if not candidate_free(t)), len(first))]
    if first and first[0].isupper() and (kind := KIND_WORDS.get(first[0].lower())):
        return kind  # 'NOTAT', 'INDSTILLING' over the whole document: its title
    # The first line that names a kind decides: 'Referat af møde i Ældrerådet ...' over the
    # minutes' own 'Dagsorden' list of the items; in the title block above the items a
    # kind word in capitals is the title too ('SKIVE KOMMUNE' / 'BESLUTNINGSPROTOKOL').
    return next((k for k in (kind_of_title(t) or opening_kind(t) or _capitals_kind(t)
                             or _owned_kind(t) for t in first) if k), None)


def _capitals_kind(text: str) -> Kind | None:
    return KIND_WORDS.get(text.lower()) if text.isupper() else None


OWNER_WORDS = 3  # words of a body's name before its kind word ('Kultur- og Fritidsudvalgets')


def _owned_kind(text: str) -> Kind | None:
    """A body's genitive and a kind word as the title ('Kommunalbestyrelsens
    beslutningsprotokol', 'Økonomiudvalgets dagsorden')."""
    words = text.strip().rstrip(".:").split()
    if not 2 <= len(words) <= OWNER_WORDS + 1 or not words[0][:1].isupper() or \
            not words[-2].endswith("s"):
        return None
    return KIND_WORDS.get(words[-1].lower())
