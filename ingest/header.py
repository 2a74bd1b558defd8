"""A meeting's header block: label/value pairs wherever they sit, and the body's name.

'Dato: 04.12.2012', 'Mødested:' with its value on the next line, 'Tilstede' over a list
of members one per line ('Lolan Ottesen (A) - formand'), 'Afbud', 'Sekretær'. The labels
are vocabulary (ingest/vocab.py); what a label fills is decided by the table it is in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest import vocab
from ingest.dates import find_dates, find_times
from ingest.items import is_decision_label
from ingest.records import Person
from ingest.roles import NAME_WORD, ROLE_CUES, TITLES, role_of
from ingest.segment import opening_kind
from ingest.vocab import terms

MAX_LIST = 40  # lines a participant list may run to
MAX_VALUE = 3  # lines any other value may run to
SCAN = 60  # header lines read at most
TITLE_BLOCK = 15  # lines in which a title-block date or body is looked for
SHORT_LINE = 70  # a dated line longer than this is prose, not a header line

_FIELDS = (("date", vocab.DATE_LABELS), ("time", vocab.TIME_LABELS),
           ("end", vocab.END_TIME_LABELS),
           ("place", vocab.PLACE_LABELS), ("body", vocab.BODY_LABELS),
           ("subject", vocab.SUBJECT_LABELS), ("when_where", vocab.WHEN_WHERE_LABELS))
_ROLE_OF_LIST = dict(vocab.PARTICIPANT_LABELS)
_LABELS = {label: field for field, labels in _FIELDS for label in labels}
_LABELS.update({label: "people" for label in _ROLE_OF_LIST})
_LABEL = re.compile(rf"^({terms(tuple(_LABELS), whole=False).pattern})\s*(:|\s*$)\s*(.*)$", re.I)
# Labels that are nothing else when a line holds them alone, colon or not: the meeting's
# own 'møde-' words ('Mødested' over 'Byrådssalen') and the labels of several words
# ('Tid og sted'). A bare common word ('Tid', 'Sted', 'Dato') needs its colon.
_BARE = frozenset(label for label in _LABELS
                  if (label.startswith(vocab.MEETING_LABEL_PREFIX) and
                      label != vocab.MEETING_LABEL_PREFIX) or " " in label or "/" in label)
_BARE_VALUED = tuple(label for label in _BARE if _LABELS[label] != "people")
_BARE_INLINE = re.compile(rf"^({terms(_BARE_VALUED, whole=False).pattern})"
                          r"\s+(?=[A-ZÆØÅ0-9])(.+)$", re.I)
_MEMBER = re.compile(
    r"^(?P<name>[A-ZÆØÅ][\w.'’\- ]{2,60}?)\s*"
    r"(?:\((?P<party>[A-ZÆØÅ])\))?\s*(?:\((?P<inner>[\wæøå .,]{3,60})\))?"
    r"\s*(?:[-–,]\s*(?P<role>[\wæøå .]{3,40}))?$")
_NAME_TOKEN = re.compile(rf"^(?:{NAME_WORD}|[A-ZÆØÅ]\.?"
                         r"|[A-ZÆØÅ][a-zæøå]{1,4}\.)$")
_NOT_NAMES = frozenset(vocab.NOT_NAMES)
_BODY_WORD = terms(vocab.BODY_WORDS, whole=False).pattern
_JOIN = terms(vocab.ELISION_WORDS[:2], whole=False).pattern  # 'Social- og Sundhed...'
# A place word is no part of a body's name ('... Forsamlingshus Sogneraadsmøde').
_PLACE_WORD = terms(vocab.LOCATION_WORDS, whole=False).pattern
# Capitalised words after a place that are not part of it: the meeting and the hour ('i
# Tiset Forsamlingshus Sogneraadsmøde Kl. 7 Aften').
_MEETING_NOUN = terms(vocab.MEETING_NOUNS, whole=False).pattern
NOT_PLACE = rf"(?!Kl\b|[\wæøå]*(?i:{_MEETING_NOUN})\b)"
# What a body's genitive owns in a title: its meeting, or its minutes and agenda.
_OWNED = terms(vocab.MEETING_NOUNS + tuple(w for w, _ in vocab.KIND_TITLES), whole=False).pattern
# Word runs bounded (no body name has a 60-letter word): unbounded, the lazy run made
# a search quadratic in the line's length (a 40 KB line took 160 s).
ORGAN = re.compile(
    rf"((?:[A-ZÆØÅ][\w’'.]{{0,60}}-,\s){{0,3}}"  # 'Klima-, Teknik- og Miljøudvalget'
    rf"(?:[A-ZÆØÅ][\w’'.]{{0,60}}-\s(?:{_JOIN})\s)?"
    rf"(?:(?![\w’']*(?i:{_PLACE_WORD})\s)[A-ZÆØÅ][\w’']{{0,60}}\s(?:og\s)?)?"  # no place word
    rf"[A-ZÆØÅ]?[\w’'-]{{0,60}}?(?i:{_BODY_WORD})(?:\sfor\s[A-ZÆØÅ]\w+(?:\sog\s\w+)?)?)"
    rf"(?:s(?=\s(?i:{_OWNED})\b))?"  # 'Byrådets møde', 'Kommunalbestyrelsens beslutningsprotokol'
    rf"(?![\wæøå])")
# A line that names a body is a title, a stamp or a list entry; past this a line is a
# paragraph run together (a text without line breaks), whose first part is its heading.
# Searching it whole cost about 1 s per 30,000 characters.
BODY_LINE_CHARS = 1_000
_NOT_BODY_BEFORE = re.compile(rf"(?:{terms(vocab.NOT_BODY_BEFORE, whole=False).pattern})\s*$",
                              re.I)
# A place word, alone or as a compound's last part ('Udvalgsværelse 1', 'Sundhedscentret').
_LOCATION = re.compile(rf"[\wæøåÆØÅ'-]*(?:{terms(vocab.LOCATION_WORDS, whole=False).pattern})"
                       r"(?![\wæøåÆØÅ])", re.I)
_ADDRESSEE = re.compile(rf"^(?:{terms(vocab.ADDRESSEE_LABELS, whole=False).pattern})\s+", re.I)


@dataclass(frozen=True, slots=True)
class Header:
    """What a meeting header says; None where it says nothing."""

    date: str | None = None
    start: str | None = None
    end: str | None = None
    location: str | None = None
    body: str | None = None
    subject: str | None = None
    people: tuple[Person, ...] = ()


_ROOM_CODE = re.compile(r"^[\wæøåÆØÅ.\-]{1,5}$")


# Where a line holds several labelled values ('Dato: 5. februar 2016   Tid: 9.00   Sted:
# Mødelokale 2'): each label with its colon, longest first ('Tid og sted:' is one).
_LABEL_COLON = re.compile(
    rf"(?<![\wæøåÆØÅ/])(?:{terms(tuple(_LABELS), whole=False).pattern})\s*:", re.I)


def _one_label_each(text: str) -> list[str]:
    starts = [m.start() for m in _LABEL_COLON.finditer(text)]
    if len(starts) < 2 or starts[0] != len(text) - len(text.lstrip()):
        return [text]
    return [text[a:b].strip() for a, b in zip(starts, starts[1:] + [len(text)])]


def pairs(texts: list[str]) -> list[tuple[str, str, list[str]]]:
    """(field, label, value lines) for every labelled line; a value may sit below it."""
    out = []
    texts = [part for text in texts[:SCAN] for part in _one_label_each(text)]
    for i, raw in enumerate(texts):
        m = _LABEL.match(raw.strip())
        if not m:
            bare = _BARE_INLINE.match(raw.strip())
            if bare:  # 'Mødested Byrådssalen': a label column beside its value
                field, value = _LABELS[" ".join(bare.group(1).lower().split())], bare.group(2)
                if field == "place" and _ROOM_CODE.match(value.strip()):
                    value = raw  # 'Mødelokale 2' names the room: the line is the place
                out.append((field, bare.group(1).lower(), [value.strip()]))
            continue
        label = " ".join(m.group(1).lower().split())
        field, inline = _LABELS[label], m.group(3).strip()
        if not m.group(2).strip() and field != "people" and not inline and label not in _BARE:
            continue  # a bare word like 'Tid' is a label only with a colon or a list
        limit = MAX_LIST if field == "people" else MAX_VALUE
        value = [inline] if inline else _below(texts, i + 1, limit)
        k = i + 1
        while inline and field == "people" and k < len(texts) and _name_wraps(value[-1]) \
                and texts[k].strip() and not _LABEL.match(texts[k].strip()):
            value.append(texts[k].strip())  # 'Medlemmer: ..., Dragan' / 'Petrović, ...'
            k += 1
        out.append((field, label, value))
    return out


def _below(texts: list[str], start: int, limit: int) -> list[str]:
    """Value lines under a bare label: after at most one blank, up to a blank or a label."""
    j = start
    if j < len(texts) and not texts[j].strip():
        j += 1
    out = []
    while j < len(texts) and len(out) < limit:
        s = texts[j].strip()
        if not s or _LABEL.match(s):
            break
        out.append(s)
        j += 1
    return out


def read_header(texts: list[str], sidebar: list[str] = ()) -> Header:
    """The header fields of a document's first lines and its sender column."""
    found = pairs(texts) + pairs(list(sidebar))
    values = {}
    for field, _, lines in found:
        if lines and field not in values:
            values[field] = lines
    for field in ("date", "time"):
        values.setdefault(field, values.get("when_where", []))
    if "when_where" in values and (place := _place_of(values["when_where"][0])):
        values.setdefault("place", [place])
    date, start, end, date_line = _when(texts[:TITLE_BLOCK] + list(sidebar)[:TITLE_BLOCK],
                                        values)
    return Header(date=date, start=start, end=end,
                  location=_where(texts, values, date_line),
                  body=body_of(values.get("body", []) + texts[:TITLE_BLOCK]),
                  subject=values["subject"][0] if "subject" in values else None,
                  people=tuple(_participants(found)))


def _when(texts: list[str], values: dict) -> tuple:
    """(date, start, end, date line). An e-mail's own 'Sendt:' line says when the minutes
    were sent, not when the meeting was held: read only when nothing else gives a date (an
    e-mail filed as an attachment is dated by it)."""
    unsent = [t for t in texts if not _SENT.match(t)]
    found = _when_in(unsent, values)
    return found if found[0] or len(unsent) == len(texts) else _when_in(texts, values)


def _when_in(texts: list[str], values: dict) -> tuple:
    date = start = end = None
    date_line = None
    labelled = values.get("date", [])
    for text in labelled + [t.strip() for t in texts if not is_decision_label(t)]:
        # A title line ('Referat af møde i kommunalbestyrelsen mandag den 5. marts 1984
        # kl. 19.30 på rådhuset') says when however long it is, and so does a sentence about
        # the meeting ('Aar 1946 den 11. Marts Kl. 19 afholdt Sogneraadet Møde paa ...');
        # other long lines are prose.
        if (len(text) <= SHORT_LINE or text in labelled or
                len(text) <= BODY_LINE_CHARS and opening_kind(text) or
                len(text) <= 2 * SHORT_LINE and _MEETING.search(text)) and \
                (dates := find_dates(text)):
            date, date_line = dates[0][0], text
            break
    # The time: labelled, on the date's line, else in a header line about the meeting
    # ('Mødet afholdtes på kommunekontoret kl. 19.00.').
    meeting = [t for t in texts if _MEETING.search(t) and len(t) <= 2 * SHORT_LINE]
    # The same day printed again with its hour ('Regionsrådet - Referat - 22. juni 2015' in
    # a running header over 'Mandag den 22. juni 2015 kl. 14.00'): that line says when.
    same_day = [t.strip() for t in texts if date and t.strip() != date_line and
                len(t) <= SHORT_LINE and (d := find_dates(t)) and d[0][0] == date]
    for text in values.get("time", []) + ([date_line] if date_line else []) + \
            _time_below(texts, date_line) + same_day + meeting:
        start, end = find_times(text)
        if start:
            if (text in same_day or _TIME_FIRST.match(text)) and \
                    not find_times(date_line or "")[0]:
                date_line = text  # the place is printed beside or under it
            break
    if start and not end and values.get("end"):
        end = find_times(values["end"][0])[0]  # 'Slut: 18:00' under 'Start: 16:00'
    return date, start, end, date_line


_LONG_WORD = re.compile(r"[A-Za-zÆØÅæøå]{4,}")
TIME_LINE = 30  # characters: 'Kl. 16.00 - 18.30' alone on its line


def _time_below(texts: list[str], date_line: str | None) -> list[str]:
    """The line under the date when it holds only a time ('9. april 2024' / 'Kl. 16.00'),
    or opens with one ('Kl. 19.30 - 21.45 i Rødding Forsamlingshus')."""
    lines = [t.strip() for t in texts if t.strip()]
    at = lines.index(date_line) if date_line in lines else len(lines)
    below = lines[at + 1] if at + 1 < len(lines) else ""
    return [below] if below and (len(below) <= TIME_LINE and not _LONG_WORD.search(below)
                                 or _TIME_FIRST.match(below)) else []


_SENT = re.compile(rf"^\s*(?:{terms(vocab.SENT_LABELS, whole=False).pattern})\s*:", re.I)
_TIME_FIRST = re.compile(r"^(?:kl\.?\s*)\d{1,2}(?:[.:]\d{2})?\b", re.I)


_WEEKDAY = terms(vocab.WEEKDAYS)
_MEETING = terms(vocab.MEETING_NOUNS)


def _place_of(value: str) -> str | None:
    """The place in a when-and-where value: its comma parts that hold no date or time."""
    parts = [p.strip() for p in value.split(",")]
    kept = [p for p in parts if p and not find_dates(p) and not find_times(p)[0]
            and not _WEEKDAY.fullmatch(p)]
    return ", ".join(kept) or None


def _where(texts: list[str], values: dict, date_line: str | None) -> str | None:
    if values.get("place"):
        return values["place"][0].strip() or None
    lines = [t.strip() for t in texts[:TITLE_BLOCK] if t.strip()]
    for line in ([date_line] if date_line else []) + [t for t in lines if _MEETING.search(t)]:
        if place := place_after(line):
            return place
    if date_line and (place := _place_of(_LABEL.sub(r"\3", date_line))) and \
            _LOCATION.search(place) and place != date_line:
        return place  # 'Dato: 5. februar 2016, kl. 9.00-11.00, Mødelokale 2'
    if date_line in lines:
        i = lines.index(date_line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if nxt and _LOCATION.search(nxt) and len(nxt) < 90 and not _LABEL.match(nxt):
            return re.sub(r"^i\s+", "", nxt).strip()
    return None


_CAPITALISED = rf"(?-i:{NOT_PLACE}[A-ZÆØÅ][\wæøå'-]*)"
_PLACE_AFTER = re.compile(
    rf"\b(?:{terms(vocab.PLACE_PREPOSITIONS, whole=False).pattern})\s+"
    rf"((?:[\wæøåÆØÅ.'-]+\s+){{0,3}}?[\wæøåÆØÅ'-]*"
    rf"(?:{terms(vocab.LOCATION_WORDS, whole=False).pattern})[\wæøå]*"
    r"(?:\s+\d{1,4}[a-z]?\b)?"  # 'udvalgsværelse 2'
    rf"(?:\s+{_CAPITALISED}){{0,3}}"  # 'på Hotel Nyborg Strand'
    rf"(?:\s+i\s+{_CAPITALISED}(?:\s+{_CAPITALISED})?)?"  # 'på rådhuset i Ubby'
    rf"(?:,\s*[^,.\n]{{1,40}})?)"
    rf"(?=\s*(?:kl\.|\.|,|$|[\wæøå]*(?:{_MEETING_NOUN})\b))", re.I)
# A meeting held online names its medium as its place ('afholdt som Teams-møde').
_ONLINE = re.compile(
    rf"\b(?:som|via|på|over|i)\s+({terms(vocab.ONLINE_PLACES, whole=False).pattern})(?![\wæøå])",
    re.I)


def place_after(line: str) -> str | None:
    """The place a header line about the meeting names ('... kl. 19.30 på rådhuset.',
    'Mødet afholdtes på kommunekontoret kl. 19.00.', '... afholdt som Teams-møde')."""
    m = _PLACE_AFTER.search(line) or _ONLINE.search(line)
    return m.group(1).strip() if m else None


_GENITIVE_MEETING = re.compile(
    rf"(\w{{3,}}(?:et|en))s\s+(?:{terms(vocab.GENITIVE_MEETING, whole=False).pattern})$", re.I)


def body_of(texts: list[str]) -> str | None:
    """The first deciding body named in these lines ('Teknisk Udvalg', 'Aarhus Byråd')."""
    for text in texts:
        text = text[:BODY_LINE_CHARS]
        paren = re.search(rf"\(([^)]*(?:{_BODY_WORD})[^)]*)\)", text, re.I)
        if paren:
            return organ_name(paren.group(1))
        # In running text a body is named with a capital; a title line names it either
        # way, and after its kind word 'fra' and 'til' lead up to the body itself
        # ('Referat fra Udvalget for ...', 'Dagsorden til Økonomiudvalgets møde').
        titled = opening_kind(text) is not None
        found = [m for m in ORGAN.finditer(text)
                 if (m.group(1)[:1].isupper() or titled) and
                 (not _NOT_BODY_BEFORE.search(text[: m.start()]) or
                  titled and len(text[: m.start()].split()) <= 2)]
        if titled and len(found) > 1 and _MEETING_END.search(found[0].group(1)):
            found = found[1:]  # 'Referat af bestyrelsesmøde i Ældrerådet': the body follows
        if found:
            name = _ADDRESSEE.sub("", found[0].group(1))  # 'Til kommunalbestyrelsen'
            first, _, rest = name.partition(" ")
            if rest and first.isupper() and len(first) > 1 and not rest.isupper():
                name = rest  # 'REGION SJÆLLAND Regionsrådet': a letterhead in capitals
            return organ_name(name[:1].upper() + name[1:])
    return None


_MEETING_END = re.compile(rf"(?:{terms(vocab.MEETING_NOUNS, whole=False).pattern})$", re.I)
# 'Gladsaxe Kommunes Økonomiudvalg': the municipality's genitive is not the body's name.
_OWNER = re.compile(rf"^(?:[A-ZÆØÅ][\wæøå-]+\s+)?"
                    rf"(?:{terms(vocab.OWNER_GENITIVES, whole=False).pattern})\s+", re.I)


def organ_name(name: str) -> str:
    """A body's name as a reader writes it: one spacing; 'Økonomiudvalgsmøde' ->
    'Økonomiudvalget', 'Teknisk Udvalgsmøde' -> 'Teknisk Udvalg', 'Teknik- og
    Miljøudvalgets møde' -> 'Teknik- og Miljøudvalget'."""
    name = _GENITIVE_MEETING.sub(r"\1", " ".join(name.split()))
    name = _OWNER.sub("", name) or name
    for spelling, definite, bare in vocab.BODY_SPELLINGS:
        if name.lower().endswith(spelling):
            head, tail = name[: len(name) - len(spelling)], name[len(name) - len(spelling):]
            usual = bare if head.endswith(" ") else definite
            return head + (usual[:1].upper() + usual[1:] if tail[:1].isupper() else usual)
    return name


def _participants(found: list[tuple[str, str, list[str]]]) -> list[Person]:
    out: list[Person] = []
    for field, label, lines in found:
        if field != "people":
            continue
        for line in _rejoined(lines):
            out.extend(member(part, _ROLE_OF_LIST[label]) for part in _parts(line))
    return [p for p in out if p is not None]


def _rejoined(lines: list[str]) -> list[str]:
    """A list's lines with a name wrapped over a line end joined again: a line of a list
    written with commas that ends in a first name alone ('..., Dragan' / 'Petrović, Fatuma
    Ali'), not in a role ('Anna Holm (A), formand') or a bracket."""
    out: list[str] = []
    for line in lines:
        if out and _name_wraps(out[-1]) and line.strip()[:1].isupper():
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


def _name_wraps(line: str) -> bool:
    """A list line that ends in a first name alone after a comma ('..., Dragan')."""
    last = line.rstrip().rsplit(", ", 1)[-1] if ", " in line else ""
    return last.istitle() and len(last.split()) == 1


# A comma before a name, or before a job title and a name ('..., konsulent Mikkel Brandt'),
# starts the next member; one before lower-case words alone is the member's role.
# Members in two columns read into one line are apart by a run of spaces, or by the
# space after one's party mark ('Hans Jensen (V) Lise Holm (A)').
_BETWEEN_MEMBERS = re.compile(
    r"\s*[;,]\s*(?=[A-ZÆØÅ]|[a-zæøå]+ [A-ZÆØÅ][a-zæøå])"
    r"|\s{3,}(?=[A-ZÆØÅ])|(?<=\([A-ZÆØÅ]\))\s+(?=[A-ZÆØÅ][a-zæøå])")
_OCCUPATION = re.compile(r"^(?P<word>[a-zæøå]{3,})\s+(?=[A-ZÆØÅ])")


def _parts(line: str) -> list[str]:
    """A list line may hold several members separated by commas or semicolons."""
    parts = [p.strip() for p in _BETWEEN_MEMBERS.split(line) if p.strip()]
    return parts if all(len(p.split()) <= 6 for p in parts) else [line]


def member(text: str, list_role: str | None) -> Person | None:
    """'Lolan Ottesen (A) - formand' -> Person('Lolan Ottesen', 'formand', 'A')."""
    text = text.strip()
    if text.endswith(".") and len(text.split()) >= 2 and len(text.split()[-1]) > 2:
        text = text[:-1]  # a list written as a sentence ('Fraværende: Jens Kr. Jensen.')
    job = _OCCUPATION.match(text)  # 'konsulent Mikkel Brandt': a job title before the name
    m = _MEMBER.match(text[job.end():] if job else text)
    if not m:
        return None
    name = " ".join(m.group("name").split())
    tokens = name.split()
    lead = role_of(tokens[0].lower()) if len(tokens) > 2 and not job else None
    if lead or len(tokens) > 2 and tokens[0].lower().rstrip(".") in TITLES:
        # 'Kommunaldirektør Erik Juhl'; 'Gdr. Svend Nielsen': an occupation is no name
        tokens, name = tokens[1:], " ".join(tokens[1:])
    elif job:
        lead = role_of(job.group("word"))
    if not 2 <= len(tokens) <= 5 or not all(_NAME_TOKEN.match(t) for t in tokens) or \
            any(t.lower().rstrip(".") in _NOT_NAMES for t in tokens):
        return None
    role = (m.group("role") or "").strip().lower() or lead or ""
    # '(formand)', '(formand, idrætsforeningerne)': a role; '(Integrationsrådet)': whom the
    # member represents, still a member of the list
    inner = [w.strip() for w in (m.group("inner") or "").lower().split(",")]
    role = role or next((w for w in inner if w in ROLE_CUES), "")
    # A printed role wins; then the list's own ('Afbud'); a party marks a member.
    listed = list_role if list_role != _ROLE_OF_LIST[vocab.PARTICIPANT_LABELS[0][0]] else None
    role = ROLE_CUES.get(role, role) or listed or \
        (vocab.MEMBER_ROLE if m.group("party") else list_role)
    return Person(name, role, m.group("party"))
