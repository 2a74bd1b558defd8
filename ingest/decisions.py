"""A decision block's text -> the Decision record.

The block may hold several dated decisions (this meeting's and earlier forums'), open
with its own heading line, carry attendance notes, votes and minority statements, and be
split into parts ('1. Godkendt 2.-4. Anbefales'). The outcome is the act of the body that
decided, read from the main clause of the first sentence that records one: subordinate
clauses, later sentences and minority statements never flip it. Every cue word lives in
`ingest.vocab`; this module only says how they combine.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest import vocab
from ingest.dates import MONTHS, find_dates
from ingest.records import Decision, DecisionPart, Outcome, Votes
from ingest.votes import follow_ups, parse_votes

_ORIENTATION = "orientation"  # a report to the body: noted, unless a verdict follows
_CUE_TABLES: tuple[tuple[Outcome | str, tuple[str, ...]], ...] = (
    (Outcome.APPROVED, vocab.APPROVED), (Outcome.RECOMMENDED, vocab.RECOMMENDED),
    (Outcome.NOTED, vocab.NOTED), (_ORIENTATION, vocab.ORIENTATION_GIVEN),
    (Outcome.DISCUSSED, vocab.DISCUSSED), (Outcome.REFERRED, vocab.REFERRED),
    (Outcome.POSTPONED, vocab.POSTPONED), (Outcome.REJECTED, vocab.REJECTED),
    (Outcome.WITHDRAWN, vocab.WITHDRAWN), (Outcome.OTHER, vocab.OTHER_ACTS),
)
# Acts that outweigh an orientation reported earlier in the same text.
_VERDICTS = {Outcome.APPROVED, Outcome.RECOMMENDED, Outcome.REJECTED, Outcome.POSTPONED,
             Outcome.REFERRED, Outcome.WITHDRAWN}
_NEGATED = {Outcome.APPROVED: Outcome.REJECTED, Outcome.RECOMMENDED: Outcome.REJECTED}
_RESUMED = vocab.terms(vocab.RESUMED)
_NEGATION = vocab.terms(vocab.NEGATION)
_OBJECT_NEGATION = vocab.terms(vocab.OBJECT_NEGATION)
_DECIDING = vocab.terms(vocab.DECIDING)
_JOINING = vocab.terms(vocab.JOINING_VERBS)
# The object joined: a body ('Valgbestyrelsen', 'udvalget') or a post ('stillingen').
_BODY_END = vocab.terms(vocab.BODY_WORDS, whole=False).pattern
_POST = vocab.terms(vocab.JOINED_POSTS, whole=False).pattern
_JOINED = re.compile(rf"^\s+(?:[\wæøåÆØÅ-]*(?:{_BODY_END})|{_POST})(?![\wæøå])", re.I)
_DECIDING_ONLY = vocab.terms(vocab.DECIDING_ONLY)
_AGREEMENT = vocab.terms(vocab.AGREEMENT)
_WISHING = vocab.terms(vocab.WISHING)
_REQUEST = vocab.terms(vocab.REQUEST)
_AMENDMENT = vocab.terms(vocab.AMENDMENT)
_AMENDMENT_SUBJECT = vocab.lead_terms(vocab.AMENDMENT_SUBJECTS)
_NOTHING = frozenset(vocab.NOTHING_RECORDED)
_DOWNWARD = vocab.terms(vocab.DOWNWARD_NOTE)
_HEADING_WORD = vocab.terms(vocab.DECISION_HEADINGS)
_SUBORDINATE = vocab.terms(vocab.SUBORDINATE)
_COMPLEMENT = re.compile(r",?\s+(?:om,?\s+)?at\b", re.I)  # ', at ...' opens a that-clause
# The words a deciding verb may have before its that-clause ('godkendte i enighed, at').
_COMPLEMENT_LEAD = re.compile(r"^(?:\s+[\wæøåÆØÅ]+){0,3}?,?\s+(?:om,?\s+)?at\s+(.*)$",
                              re.I | re.S)
_HEADING_MAX = 160  # a heading line is short; longer lines are decision prose
_WORDS_BEFORE = 2  # 'kan ikke godkendes', 'blev ikke godkendt': negation this close binds


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    kind: Outcome | str


def _cues(text: str) -> list[_Cue]:
    """Every outcome cue in a text, by position; at one position the longest wins."""
    found = [_Cue(m.start(), m.end(), kind)
             for kind, table in _CUE_TABLES for m in vocab.terms(table).finditer(text)]
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[_Cue] = []
    for c in found:
        if not out or c.start >= out[-1].end:
            out.append(c)
    return out


# --- sentences and clauses -------------------------------------------------------------

_ABBREVIATION = vocab.terms(vocab.ABBREVIATIONS)
_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9\"”(«-])|\n")


def sentences(text: str) -> list[str]:
    """A decision text cut into sentences; a line starting in lower case or a bracket
    ('(Inge Kofoed).') continues one, and an abbreviation's full stop ('jf.', 'pkt.') ends
    none, unless a blank line follows it ('... til 41 kr.' / '' / 'Udvalget anbefaler')."""
    flat = re.sub(r"\n(?=[a-zæøå(])", " ", text.strip())
    out, start = [], 0
    for m in _BOUNDARY.finditer(flat):
        before = flat[start:m.start()].rstrip(".").split()
        if m.group() != "\n" and m.group().count("\n") < 2 and before and \
                _ABBREVIATION.fullmatch(before[-1]):
            continue
        out.append(flat[start:m.start()])
        start = m.end()
    out.append(flat[start:])
    return [s.strip() for s in out if s.strip()]


def _main_clause(sentence: str) -> tuple[int, int]:
    """Span of the main clause: after a leading subordinate clause, before the next one."""
    start = 0
    lead = _SUBORDINATE.match(sentence)
    if lead:
        comma = sentence.find(",", lead.end())
        if comma < 0:
            return 0, 0
        start = comma + 1
    ends = [m.start() for m in (_SUBORDINATE.search(sentence, start),
                                _COMPLEMENT.search(sentence, start)) if m]
    return start, min(ends, default=len(sentence))


def _negated(sentence: str, cue: _Cue) -> bool:
    before = sentence[:cue.start].split()[-_WORDS_BEFORE:]
    after = sentence[cue.end:].split()[:1]
    return any(_NEGATION.fullmatch(w.strip(",.")) for w in before + after) or \
        any(_OBJECT_NEGATION.fullmatch(w) for w in after)


def _complement_kind(sentence: str, verb_end: int) -> Outcome | str | None:
    """What a deciding verb's that-clause decided, when it says more than 'approved'."""
    m = _COMPLEMENT_LEAD.match(sentence[verb_end:])
    if not m:
        return None
    clause = m.group(1)
    if _NEGATION.match(clause):
        return Outcome.REJECTED  # 'vedtaget ikke at ...'
    if _REQUEST.search(clause):
        return "request"
    inner = [c for c in _cues(clause) if c.kind not in (Outcome.APPROVED, _ORIENTATION)]
    return _forwarding(clause, inner[0]) if inner else None


def _forwarding(sentence: str, cue: _Cue) -> Outcome | str | None:
    """Referred, recommended when endorsed, or a note sending a decision down (None)."""
    if cue.kind != Outcome.REFERRED:
        return cue.kind
    if _DOWNWARD.search(sentence) or _HEADING_WORD.search(sentence[:cue.start]):
        return None
    if vocab.terms(vocab.RECOMMENDED).search(sentence):
        return Outcome.RECOMMENDED
    return Outcome.REFERRED


def _sentence_kind(sentence: str, resumed: bool = False) -> Outcome | str | None:
    """The act the main clause of one sentence records, or None. A that-clause inside
    the subject ('Ændringsforslaget om, at afsnit 3 udgår, blev vedtaget') is skipped
    once: the main clause resumes after the comma that closes it."""
    start, end = _main_clause(sentence)
    kind = _main_clause_kind(sentence, start, end)
    if kind is not None or resumed or _WISHING.search(sentence, start, end):
        return None if kind == "request" else kind
    opened = _COMPLEMENT.match(sentence, end) or _SUBORDINATE.match(sentence, end)
    comma = sentence.find(",", opened.end() if opened else end + 1)
    return _sentence_kind(sentence[comma + 1:], resumed=True) if comma > 0 else None


# What a verb after a discussion in the same clause may decide ('drøftede sagen og
# besluttede at udsætte den'). Sending it on (to a second reading) and a bare 'besluttede'
# are part of the discussion.
_AFTER_DISCUSSION = {Outcome.APPROVED, Outcome.RECOMMENDED, Outcome.REJECTED,
                     Outcome.POSTPONED, Outcome.WITHDRAWN}


def _main_clause_kind(sentence: str, start: int, end: int) -> Outcome | str | None:
    cues = [c for c in _cues(sentence) if start <= c.start < end]
    for n, cue in enumerate(cues):
        if cue.kind == Outcome.WITHDRAWN and _AMENDMENT.search(sentence[:cue.start]):
            continue  # 'udgår' inside an amendment removes text, not the item
        kind = _cue_kind(sentence, cue)
        if kind == Outcome.DISCUSSED:
            later = next((k for c in cues[n + 1:]
                          if c.kind in _VERDICTS and (k := _cue_kind(sentence, c)) is not None),
                         None)
            plain = later == Outcome.APPROVED and any(
                c.kind == Outcome.APPROVED and _DECIDING_ONLY.fullmatch(sentence[c.start:c.end])
                for c in cues[n + 1:])
            return later if later in _AFTER_DISCUSSION and not plain else kind
        return kind
    wish = _WISHING.search(sentence, start, end)
    return _complement_kind(sentence, wish.end()) if wish else None


def _cue_kind(sentence: str, cue: _Cue) -> Outcome | str | None:
    """The act one cue records in its sentence: negated, a deciding verb's that-clause,
    or a forwarding."""
    if _negated(sentence, cue):
        return _NEGATED.get(cue.kind, Outcome.OTHER)
    if _JOINING.fullmatch(sentence[cue.start:cue.end]) and _JOINED.match(sentence[cue.end:]):
        return None  # joining a body or taking up a post
    if cue.kind == Outcome.APPROVED and _DECIDING.fullmatch(sentence[cue.start:cue.end]):
        inner = _complement_kind(sentence, cue.end)
        if inner is not None:
            return inner  # 'request': ordering new material is no verdict
    return _forwarding(sentence, cue)


def classify(text: str) -> Outcome:
    """The outcome a decision text records; OTHER when it records no act. An amendment's
    fate counts only when no verdict on the item follows it."""
    if text.strip().rstrip(".!").strip().lower() in _NOTHING:
        return Outcome.NOTED  # 'Intet.': nothing came up, as 'Intet til referat'
    reported = discussed = False
    amendment: Outcome | None = None
    for sentence in sentences(text):
        kind = _sentence_kind(sentence)
        if kind is None:
            continue
        if kind in _VERDICTS and _AMENDMENT_SUBJECT.match(sentence):
            amendment = amendment or kind
            continue
        if kind == _ORIENTATION:
            if sentence.endswith((":", ";")):
                return Outcome.NOTED  # what follows is the list of what was reported
            reported = True
        elif kind == Outcome.DISCUSSED and not reported:
            discussed = True  # a discussion, then perhaps the verdict it led to
        elif discussed and kind == Outcome.APPROVED and _AGREEMENT.search(sentence):
            continue  # the discussion's conclusion, not a verdict on the matter
        elif reported and kind == Outcome.REFERRED:
            continue  # told about it, then sent on to the next meeting: a report
        elif (reported or discussed) and kind == Outcome.POSTPONED and \
                _RESUMED.search(sentence):
            continue  # discussed, to be taken up again: the discussion's next step
        elif not (reported or discussed) or kind in _VERDICTS or \
                (discussed and kind == Outcome.NOTED):
            return kind
    return amendment or (Outcome.DISCUSSED if discussed else Outcome.NOTED if reported
                         else Outcome.OTHER)


# A meeting's closing line ('Mødet hævet kl. 21.45'): what follows it is no decision.
CLOSER = vocab.lead_terms(vocab.MEETING_CLOSERS)
_TAIL_VERDICTS = _VERDICTS | {Outcome.NOTED, Outcome.DISCUSSED}
VERDICT_TAIL = 2  # the verdict is the last sentence, or the one before a vote or a note
_MODE = vocab.terms(vocab.ITEM_MODES)
VERDICT_LINE = 60  # 'Godkendt.', 'Taget til efterretning.', 'Udsat til næste møde.'


def is_verdict_line(text: str) -> bool:
    """A short line that is a verdict on its own: what minutes print right under an
    item's title when they print no decision heading."""
    s = text.strip()
    return 0 < len(s) <= VERDICT_LINE and len(sentences(s)) == 1 and \
        not _MODE.fullmatch(s.rstrip(".:")) and _sentence_kind(s) in _TAIL_VERDICTS


def before_closing(lines: list[str], first: int = 0) -> list[str]:
    """The lines before a meeting's closing line at index `first` or later (the closing
    line and the signatures after it belong to no decision)."""
    end = next((i for i in range(first, len(lines)) if CLOSER.match(lines[i].strip())),
               len(lines))
    return lines[:end]


def unlabelled_decision(lines: list[str]) -> str:
    """The decision of an item a referat prints without a decision heading. Written under
    the title ('Godkendt.'), it is the whole text; written after the matter's account
    ('Økonomiudvalget anbefaler, at ... / Vedtaget med 13 stemmer mod 4.'), it is the
    closing verdict, as a reader takes it: the account's recommendations are earlier
    steps. A meeting's closing line ('Mødet hævet kl. 21.45') and what follows it (the
    signatures) are never part of it."""
    text = "\n".join(before_closing(lines)).strip()
    found = sentences(text)
    if len(found) < 2 or _sentence_kind(found[0]) in _VERDICTS - {Outcome.RECOMMENDED}:
        return text  # a recommendation first is the account's ('Økonomiudvalget indstiller')
    for k in range(len(found) - 1, max(len(found) - 1 - VERDICT_TAIL, 0), -1):
        if _sentence_kind(found[k]) in _TAIL_VERDICTS:
            return " ".join(found[k:])
    return text


# --- the block of this meeting, its heading line and its attendance notes --------------

def _block_date(line: str) -> str | None:
    """The date of a line that heads a dated decision block, else None."""
    s = line.strip()
    if not s or len(s) > _HEADING_MAX or not any(ch.isdigit() for ch in s) or _cues(s):
        return None
    dates = find_dates(s)
    if not dates:
        return None
    iso, start, _ = dates[0]
    head = _HEADING_WORD.search(s)
    return iso if start == 0 or (head and head.start() < start) else None


PROSE_WORDS = 4  # a line this long that ends in a word is a sentence running on
# A line that leaves its sentence open: it ends in a lower-case word, no closing mark.
RUNS_ON = re.compile(r"(?<![.!?:;])\b[a-zæøå]+,?$")


def _runs_on(prev: str) -> bool:
    """A line of prose that ends mid-sentence ('Økonomiudvalget indstiller, at huslejen
    fra'): the date opening the next line ('1. april 1974 forhøjes ...') is the sentence's,
    not a dated block's heading."""
    s = prev.strip()
    return len(s.split()) >= PROSE_WORDS and bool(RUNS_ON.search(s))


def this_meeting(text: str, meeting_date: str | None) -> str:
    """The decision block of the meeting held on `meeting_date`; the others are history."""
    blocks: list[tuple[str | None, list[str]]] = [(None, [])]
    prev = ""
    for line in text.split("\n"):
        date = None if _runs_on(prev) else _block_date(line)
        prev = line
        if date:
            blocks.append((date, []))
        blocks[-1][1].append(line)
    if len(blocks) == 1:
        return text
    dated = [b for b in blocks[1:]]
    chosen = [b for b in dated if meeting_date and b[0] == meeting_date]
    if not chosen:
        chosen = [blocks[0]] if "".join(blocks[0][1]).strip() else dated
    return "\n".join(chosen[-1][1])


def strip_heading(text: str) -> str:
    """Drop a heading line at the top ('Byrådets beslutning den 4. maj 2024', 'Beslutning:')."""
    lines = text.strip().split("\n")
    first = lines[0].strip()
    label = re.match(rf"^(?:[\wæøåÆØÅ-]+\s+){{0,3}}?{_HEADING_WORD.pattern}\s*:\s*(?=\S)", first,
                     re.I)
    if label and not _cues(first[:label.end()]):
        lines[0] = first[label.end():]
    elif _block_date(first) or _is_heading(first):
        lines = lines[1:]
    return "\n".join(lines).strip()


def _is_heading(line: str) -> bool:
    return (bool(_HEADING_WORD.search(line)) and len(line) <= _HEADING_MAX
            and not line.rstrip().endswith(".") and not _cues(line))


_ABSENCE_LABEL = re.compile(rf"(?:^|(?<=[.!?])[ \t]+)(?:{vocab.terms(vocab.ABSENCE_LABELS).pattern})"
                            r"\s*:[ \t]*([^\n]*)", re.I | re.M)
_ABSENCE = vocab.terms(vocab.ABSENCE_SENTENCES)
_SUBSTITUTE = vocab.terms(vocab.SUBSTITUTE_SENTENCES)


def _names(value: str) -> list[str]:
    """'Hans Hansen (V), Tina Rottbøll (Stedfortræder: X)' -> ['Hans Hansen', 'Tina Rottbøll']."""
    flat = re.sub(r"\([^()]*(?:\([^()]*\)[^()]*)*\)", " ", value)
    parts = re.split(r",|;|\bog\b", flat)
    return [" ".join(p.split()).strip(" .") for p in parts if p.strip(" .")]


def split_attendance(text: str) -> tuple[str, tuple[str, ...]]:
    """The decision text without its attendance notes, and the people noted absent."""
    absent: list[str] = []

    def label(m: re.Match) -> str:
        absent.extend(_names(m.group(1)))
        return ""

    text = _ABSENCE_LABEL.sub(label, text)
    kept: list[str] = []
    for line in text.split("\n"):
        out = []
        for s in re.split(r"(?<=[.!?])\s+", line):
            gone = _ABSENCE.search(s)
            if gone:
                absent.extend(_names(s[:gone.start()]))
            elif not _SUBSTITUTE.search(s):
                out.append(s)
        kept.append(" ".join(out))
    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    return cleaned, tuple(dict.fromkeys(a for a in absent if a))


# --- split decisions -------------------------------------------------------------------

_PREFIX = vocab.terms(vocab.PART_PREFIXES).pattern
_NUM = r"\d{1,2}(?:\s?[a-zæø](?![\wæøå]))?"
_LABEL = (rf"(?:(?P<prefix>{_PREFIX})\s*)?(?P<first>\d{{1,2}})(?:\s?[a-zæø](?![\wæøå]))?"
          rf"(?P<mark>\s*[.):])?(?:\s*(?P<range>-|–|og|til)\s*(?P<last>\d{{1,2}})"
          rf"(?:\s?[a-zæø](?![\wæøå]))?\s*[.):]?)?")
_AT_LINE = re.compile(rf"^[ \t]*(?P<label>{_LABEL})(?=\s|$)", re.I | re.M)
_INLINE = re.compile(rf"(?<=\s)(?P<label>{_LABEL})(?=\s+[A-ZÆØÅ])")
_MONTH_AFTER = re.compile(rf"^\s*(?:{'|'.join(MONTHS)})\b", re.I)


def _is_label(m: re.Match, text: str) -> bool:
    if not (m.group("prefix") or m.group("mark") or m.group("range")):
        return False  # a bare number is a count, not a part
    return not _MONTH_AFTER.match(text[m.end():])  # '10. marts' is a date


def _labels(text: str) -> list[re.Match]:
    """Part labels in order: at line starts, or inline where the numbering continues."""
    at_line = [m for m in _AT_LINE.finditer(text) if _is_label(m, text)]
    if not at_line:
        return []
    out, last = [], -1
    candidates = sorted(at_line + [m for m in _INLINE.finditer(text)
                                   if _is_label(m, text) and m.start() > at_line[0].start()],
                        key=lambda m: m.start())
    for m in candidates:
        n = int(m.group("first"))
        inline = m.re is _INLINE
        if (out and m.start() < out[-1].end()) or n < last or (inline and n != last + 1):
            continue
        out.append(m)
        last = int(m.group("last") or n)
    return out


def split_parts(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The text before the first part label, and each part's (label, text)."""
    labels = _labels(text)
    if not labels:
        return text, []
    parts = []
    for m, nxt in zip(labels, labels[1:] + [None]):
        body = text[m.end():nxt.start() if nxt else len(text)].strip()
        parts.append((" ".join(m.group("label").split()), body))
    return text[:labels[0].start()].strip(), parts


def _by_vote(text: str, outcome: Outcome, votes: Votes | None) -> Outcome:
    """A motion put to the vote is carried or falls by its printed counts, as a reader
    takes it: 'For stemte 8, imod stemte 15. Forslaget er herefter bortfaldet' records a
    rejection, not a withdrawal, and a vote with no verdict written after it is decided
    by its counts. A text that records another act (an election) keeps it."""
    if votes is None or votes.for_count is None or votes.against_count is None or \
            votes.for_count == votes.against_count:
        return outcome
    carried = votes.for_count > votes.against_count
    if outcome == Outcome.WITHDRAWN and not carried:
        return Outcome.REJECTED
    if outcome == Outcome.OTHER and not _cues(text):
        return Outcome.APPROVED if carried else Outcome.REJECTED
    return outcome


def _parts(text: str) -> tuple[Outcome, tuple[DecisionPart, ...]]:
    """The item's outcome and the parts: a preamble's act, else the first part's."""
    preamble, found = split_parts(text)
    if not found:
        return _by_vote(text, classify(text), parse_votes(text)), ()
    parts = []
    for label, body in found:
        votes = parse_votes(body)
        parts.append(DecisionPart(label, body, _by_vote(body, classify(body), votes), votes))
    parts = tuple(parts)
    lead = classify(preamble) if preamble else Outcome.OTHER
    return (lead if lead != Outcome.OTHER else parts[0].outcome), parts


def make_decision(text: str, meeting_date: str | None = None) -> Decision | None:
    """The full decision record of a decision block (outcome, parts, votes, absentees,
    follow-ups), or None when the block is empty. Every reader (PDF, HTML, text, system
    exports) builds its decisions here, so the outcome rules are the same whatever the
    source. `meeting_date` (ISO) picks this meeting's block among dated ones."""
    text = strip_heading(this_meeting(text.strip(), meeting_date)) if text.strip() else ""
    text, absent = split_attendance(text)
    if not text and not absent:
        return None
    outcome, parts = _parts(text)
    voted = [p.votes for p in parts if p.votes]
    votes = voted[0] if voted else parse_votes(text)
    return Decision(text, outcome, votes=votes, follow_ups=follow_ups(text), parts=parts,
                    absent=absent)
