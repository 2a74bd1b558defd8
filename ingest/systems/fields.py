"""What every export reader needs: item HTML to sections, a decision field to a
decision, attendance notes to people, body names and timestamps to our forms.

Pure functions; the cue words come from ingest.vocab.
"""
from __future__ import annotations

import html
import re
from dataclasses import replace
from datetime import datetime, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ingest import vocab
from ingest.dates import find_dates
from ingest.decisions import make_decision
from ingest.htmlpage import html_lines
from ingest.records import Attachment, Decision, Person, Section

# A heading longer than this is a paragraph set in a heading tag (it happens in
# FirstAgenda's older template), not a heading.
MAX_HEADING_CHARS = 80
_HEADING = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_BREAK_TAG = re.compile(r"</?(?:br|div|p|li|td|th|tr|table|ul|ol)\b[^>]*>", re.I)
# A private-use character marks heading lines on their way through the HTML reader.
_MARK = "\ue000"
# The meeting systems write local time; where one writes UTC, this is its zone.
LOCAL_ZONE = "Europe/Copenhagen"
# Systems fill unknown dates with year 1 ('01-01-0001 00:00'); no meeting is that old.
EARLIEST_YEAR = 1900


# --- text and sections -----------------------------------------------------------

def text_of(markup: str | None) -> str:
    """An HTML (or plain) field as text lines joined by newlines."""
    if not markup or not markup.strip():
        return ""
    return "\n".join(html_lines(markup)).strip()


def one_line(value: str | None) -> str:
    """A title or name with its whitespace collapsed."""
    return " ".join((value or "").split())


def html_sections(markup: str | None) -> tuple[str, list[Section]]:
    """The text before the first heading, and (heading, text) for each heading in
    order; headings without text of their own (wrappers, placeholders) are left out.

    The markup goes through the HTML reader once, its headings marked."""
    lead, sections, heading, body = "", [], None, []
    for line in html_lines(_HEADING.sub(_mark_heading, markup or "")) + [_MARK]:
        if not line.startswith(_MARK):
            body.append(line)
            continue
        text = "\n".join(body).strip()
        if heading is None:
            lead = text
        elif has_content(text):
            sections.append(Section(heading, text))
        heading, body = line[len(_MARK):].strip(), []
    return lead, sections


def _mark_heading(m: re.Match) -> str:
    """A heading as a marked paragraph; an empty or paragraph-sized one stays text."""
    title = one_line(html.unescape(_TAG.sub("", _BREAK_TAG.sub(" ", m.group(2)))))
    if len(title) > MAX_HEADING_CHARS or not re.search(r"[A-Za-zÆØÅæøå]{3}", title):
        return m.group(0)
    return f"<p>{_MARK}{html.escape(title)}</p>"


def has_content(text: str) -> bool:
    """Whether a field holds text, not nothing or a placeholder ('Tomt indhold')."""
    flat = one_line(text).rstrip(".").strip()
    return bool(flat) and not vocab.terms(vocab.EXPORT_EMPTY_FIELD).fullmatch(flat)


def is_decision_field(heading: str) -> bool:
    """'Beslutning', 'Byrådets beslutning': a field for the meeting's decision."""
    return bool(vocab.terms(vocab.DECISION_HEADINGS).search(heading)) \
        and not is_history_field(heading)


def is_history_field(heading: str) -> bool:
    """'Sagens forløb', 'Tidligere behandling': earlier meetings, not this one."""
    return bool(vocab.terms(vocab.EXPORT_HISTORY_FIELDS).search(heading))


def is_proposal_field(heading: str) -> bool:
    """'Indstilling', 'Forvaltningen foreslår': the proposal put to the meeting."""
    pattern = vocab.terms(vocab.EXPORT_PROPOSAL_FIELDS)
    return bool(pattern.match(heading.strip())) and not is_decision_field(heading)


def closed_title(title: str) -> tuple[str, bool]:
    """'Lukket: Salg af grund' -> ('Salg af grund', True)."""
    prefix = vocab.terms(vocab.EXPORT_CLOSED_PREFIX)
    m = re.match(rf"^\s*(?:{prefix.pattern})\s*:\s*", title, re.I)
    return (one_line(title[m.end():]), True) if m else (one_line(title), False)


def is_closed_label(text: str) -> bool:
    """'Lukket dagsorden', 'Lukket referat': the closed part of an agenda."""
    return bool(vocab.terms(vocab.EXPORT_CLOSED_PREFIX).match(text.strip()))


def item_text(lead: str, sections: list[Section],
              attachments: tuple[Attachment, ...] = ()) -> str:
    """An item's full text: the lead, every section under its heading, and the
    attachments by name (so a search for a bilag's title finds its item)."""
    parts = [lead] if lead else []
    parts += [f"{s.heading}\n{s.text}" for s in sections]
    if attachments:
        parts.append("\n".join([vocab.EXPORT_ATTACHMENTS_HEADING] +
                               [f"{a.number}. {a.title}" for a in attachments]))
    return "\n\n".join(parts)


def item_number(value: str | None) -> str:
    """The number as agendas print it: '1', '715', '1.2' ('3.' loses its dot)."""
    return one_line(value).rstrip(".")


# --- decisions and attendance ---------------------------------------------------------

def decision_from(text: str, meeting_date: str | None) -> tuple[Decision | None, list[Person]]:
    """A decision field's text -> this meeting's decision and the attendance noted in it.

    Entries dated at other meetings are history and are dropped; 'Beslutning ikke
    frigivet' and placeholders are no decision. The decision itself is built by the
    shared outcome rules; the people noted absent are kept on it too (`absent`).
    """
    entry = this_meeting_entry(text, meeting_date)
    bare, people = split_attendance(entry)
    if not bare.strip() or _is_placeholder(bare):
        return None, people
    decision = make_decision(bare, meeting_date=meeting_date)
    if decision is None:
        return None, people
    noted = [p.name for p in people if p.role in _ABSENT_ROLES]
    people += [Person(name, "fraværende") for name in decision.absent if name not in noted]
    return replace(decision, absent=tuple(dict.fromkeys(noted + list(decision.absent)))), people


_ABSENT_ROLES = ("afbud", "fraværende")


def _is_placeholder(text: str) -> bool:
    """'Beslutning ikke frigivet', 'Tomt indhold': a field with no decision in it."""
    flat = one_line(text).rstrip(".").strip()
    heading = vocab.terms(vocab.DECISION_HEADINGS).pattern
    released = vocab.terms(vocab.EXPORT_NOT_RELEASED).pattern
    return bool(re.fullmatch(rf"(?:{heading}\s+)?{released}", flat, re.I)) or not has_content(flat)


def split_attendance(text: str) -> tuple[str, list[Person]]:
    """'Godkendt.\nAfbud: A, B' -> ('Godkendt.', [A afbud, B afbud]); also
    'Afbud fra A (V)'."""
    people: list[Person] = []
    joiner = "|".join(re.escape(w) for w in vocab.EXPORT_ATTENDANCE_JOINERS)
    # a note opens a line or follows a full stop: 'drøftede afbud fra ...' is prose
    note = re.compile(rf"(?:^|(?<=[.!?]))[ \t]*({_labels()})(?:\s*:|\s+(?:{joiner})\b)"
                      rf"\s*(.*)$", re.I | re.M)
    for m in note.finditer(text):
        people += _noted_people(m.group(2), _role(m.group(1)))
    kept = note.sub("", text)
    return "\n".join(line.rstrip() for line in kept.split("\n")).strip(), people


def _labels() -> str:
    return vocab.terms(vocab.ABSENCE_LABELS).pattern


def _role(label: str) -> str:
    """'afbud' for a note of apologies sent, else 'fraværende'."""
    return "afbud" if vocab.terms(vocab.APOLOGY_LABELS).fullmatch(label) else "fraværende"


def _noted_people(names: str, role: str) -> list[Person]:
    """'A (Stedfortræder: B), C (V) og D' -> A, C (party V), D with the role; B as
    substitute."""
    out: list[Person] = []
    substitutes: list[Person] = []
    sub = vocab.terms(vocab.EXPORT_SUBSTITUTE)
    for part in _split_outside_brackets(names.strip().rstrip(".")):
        name, party = name_and_party(part)
        for note in re.findall(r"\(([^)]*)\)", name):
            label = sub.match(note.strip())
            if label:
                substitutes += [Person(n, label.group(0).lower())
                                for n in _split_outside_brackets(note.strip()[label.end():]
                                                                 .lstrip(" :"))]
        name = one_line(re.sub(r"\([^)]*\)", "", name))
        if re.search(r"[A-ZÆØÅ][\wæøå]", name):
            out.append(Person(name, role, party))
    return out + substitutes


def _split_outside_brackets(text: str) -> list[str]:
    """'A (x, y), B og C' -> ['A (x, y)', 'B', 'C']."""
    parts, depth, start = [], 0, 0
    for m in re.finditer(r"[()]|,|\bog\b|&", text):
        token = m.group(0)
        depth += {"(": 1, ")": -1}.get(token, 0)
        if depth == 0 and token not in "()":
            parts.append(text[start:m.start()])
            start = m.end()
    parts.append(text[start:])
    return [one_line(p) for p in parts if one_line(p)]


def this_meeting_entry(text: str, meeting_date: str | None) -> str:
    """A field of dated entries ('18. september 2012: Udsat.') keeps only the entry of
    this meeting's date; a field without dated entries is kept whole."""
    entries = _dated_entries(text)
    if not entries or meeting_date is None:
        return text
    return "\n".join(body for date, body in entries if date == meeting_date)


def _dated_entries(text: str) -> list[tuple[str | None, str]]:
    out: list[tuple[str | None, str]] = []
    for line in text.split("\n"):
        head = re.match(r"^([^:]{6,40}):\s*(.*)$", line.strip())
        dates = find_dates(head.group(1)) if head else []
        if dates and dates[0][1] == 0:
            out.append((dates[0][0], head.group(2)))
        elif out:
            date, body = out[-1]
            out[-1] = (date, f"{body}\n{line}".strip())
        elif line.strip():
            return []  # text before any dated entry: the field is not a dated log
    return out


def merge_people(members: list[Person], noted: list[list[Person] | None]) -> tuple[
        list[Person], list[list[Person]]]:
    """Attendance noted on every decided item is the meeting's: it goes onto the
    members list (a member's role becomes the noted one). `noted` has one entry per
    item, None for items without a decision; what is left per item is returned."""
    decided = [{p.name for p in n} for n in noted if n is not None]
    common = set.intersection(*decided) if decided else set()
    meeting = {p.name: p for n in noted if n for p in n if p.name in common}
    out = [Person(m.name, meeting[m.name].role, m.party) if m.name in meeting else m
           for m in members]
    known = {m.name for m in members}
    out += [p for name, p in meeting.items() if name not in known]
    rest = [[p for p in (n or []) if p.name not in common] for n in noted]
    return out, rest


# --- names and times ---------------------------------------------------------------

def body_name(raw: str | None) -> str | None:
    """The committee name a reader would quote: sort prefixes and the election term
    dropped, capitals lowered, a bare organ noun in definite form.

    '.Spørgsmål / Svar til Byrådet 2022-2025' -> 'Spørgsmål / Svar til Byrådet';
    'Byråd 2022-2025' -> 'Byrådet'; 'FORRETNINGSUDVALGET' -> 'Forretningsudvalget'.
    """
    name = one_line(raw)
    name = re.sub(r"^[^\wÆØÅæøå]+", "", name)
    name = re.sub(r"\s*\(?\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)?\d{2}\)?$", "", name)
    if not name:
        return None
    if name.isupper() and len(name) > 3:
        name = name[0] + name[1:].lower()
    return _definite(name)


def _definite(name: str) -> str:
    if " " in name or "-" in name:
        return name
    for ending, suffix in vocab.ORGAN_DEFINITE:
        if name.lower().endswith(ending):
            return name + suffix
    return name


def local_time(value: str | None, formats: tuple[str, ...] = ()) -> datetime | None:
    """A timestamp from an export (ISO 8601, .NET's '/Date(ms)/', or one of `formats`)
    in local time; None when absent or a placeholder ('01-01-0001 00:00')."""
    value = (value or "").strip()
    ms = re.fullmatch(r"/Date\((-?\d+)(?:[+-]\d{4})?\)/", value)
    if ms:  # milliseconds since the epoch, UTC
        value = datetime.fromtimestamp(int(ms.group(1)) / 1000, timezone.utc).isoformat()
    moment = _parse_time(value, formats) if value else None
    if moment is not None and moment.tzinfo is not None and not moment.utcoffset():
        moment = moment.astimezone(_zone())
    return moment if moment is not None and moment.year > EARLIEST_YEAR else None


def _parse_time(value: str, formats: tuple[str, ...]) -> datetime | None:
    for fmt in formats:
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _zone():
    try:
        return ZoneInfo(LOCAL_ZONE)
    except ZoneInfoNotFoundError:  # no tz database: keep UTC rather than fail
        return timezone.utc


def iso_date(moment: datetime | None) -> str | None:
    """'2024-01-29' or None."""
    return moment.date().isoformat() if moment else None


def hhmm(moment: datetime | None) -> str | None:
    """'16:30' or None; midnight is 'no time given' in these exports."""
    if moment is None or (moment.hour, moment.minute) == (0, 0):
        return None
    return f"{moment.hour:02d}:{moment.minute:02d}"


def party_letter(value: str | None) -> str | None:
    """A one-letter party list ('A') or None ('Spejderforeninger' is not a party)."""
    value = one_line(value)
    return value if re.fullmatch(r"[A-ZÆØÅ]", value) else None


def member(value: str, role: str) -> Person:
    """A member as an export lists them: 'Doris Børger (A)' has party A; 'Conni
    Bergendorff (Stedfortræder for Torben Hoffmann)' is a substitute."""
    name, party = name_and_party(value)
    note = re.search(r"\s*\(([^)]*)\)\s*$", name)
    if note:
        name = name[:note.start()].strip()
        if role == "deltager" and vocab.terms(vocab.EXPORT_SUBSTITUTE).match(note.group(1)):
            role = "stedfortræder"
    return Person(name, role, party)


def name_and_party(value: str) -> tuple[str, str | None]:
    """'Doris Børger (A)' -> ('Doris Børger', 'A')."""
    m = re.match(r"^(.*?)\s*\(([A-ZÆØÅ])\)\s*$", one_line(value))
    return (m.group(1), m.group(2)) if m else (one_line(value), None)
