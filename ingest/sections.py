"""An item's or a memo's sections, its proposal, and which block is its decision."""
from __future__ import annotations

import re

from ingest import vocab
from ingest.dates import find_dates
from ingest.decisions import before_closing
from ingest.furniture import Line
from ingest.items import CLOSED_LINE, candidate_free, is_decision_label
from ingest.lines import join
from ingest.records import Section
from ingest.vocab import lead_terms, line_terms, terms

HEADING_MAX = 60  # characters: a section heading is short
CAPS_MIN_LETTERS = 4  # 'ØKONOMI' is a heading; 'A)' is not

_SECTION = line_terms(vocab.SECTION_HEADINGS)
# 'Label: text' opens a section: the labels, and every decision heading ('Konklusion:
# Formanden skriver høringssvaret', 'Udvalgets beslutning: Anbefales').
_LABEL = re.compile(
    rf"^({terms(vocab.LABEL_SECTIONS + vocab.INLINE_DECISION_LABELS, whole=False).pattern})"
    r"\s*:\s*(.*)$", re.I)
_TABLE = re.compile(rf"^((?i:{terms(vocab.TABLE_SECTIONS, whole=False).pattern}))\s+([A-ZÆØÅ].*)$")
_PROPOSAL_HEAD = lead_terms(vocab.PROPOSAL_HEADINGS)
_PROPOSAL_LINE = line_terms(vocab.PROPOSAL_HEADINGS)
_PROPOSAL_START = lead_terms(vocab.PROPOSAL_OPENERS)
_PROPOSAL_VERB = re.compile("|".join(vocab.PROPOSAL_VERB_RE), re.I)
_DECISION_LABELS = tuple(re.compile(p, re.I) for p in vocab.DECISION_LABEL_RE)
_CLOSED = line_terms(vocab.CLOSED_MARKS)
_LABEL_PREFIX = re.compile(rf"^(?:{terms(vocab.BODY_LABELS, whole=False).pattern})\s*:\s*", re.I)
_OPEN = line_terms(vocab.OPEN_MARKS)
_CAPS_WORD = re.compile(rf"[A-ZÆØÅ]{{{CAPS_MIN_LETTERS},}}")


def is_heading(text: str, strong: bool | None = None) -> bool:
    """A section heading: a known heading word, a decision label, or a short line in
    capitals or in bold that is not a sentence."""
    s = text.strip().rstrip(":").strip()
    if not s:
        return False
    if _SECTION.match(s) or is_decision_label(text):
        return True
    short = len(s) <= HEADING_MAX and not re.search(r"\d{3}", s)
    # A word in capitals, not a list of party letters ('(V, A, C, F).')
    if short and _CAPS_WORD.search(s) and s == s.upper():
        return True
    return bool(strong) and short and not s.endswith((".", ",")) and candidate_free(s) \
        and s[:1].isupper() and len(s.split()) <= 8


def sections(lines: list[Line]) -> tuple[Section, ...]:
    """Heading/text pairs; 'Label: text' and 'Label Text' table rows open a section too."""
    out: list[tuple[str, list[str]]] = []
    for line in lines:
        s = line.text.strip()
        label = _LABEL.match(s) or _TABLE.match(s)
        if label:
            out.append((label.group(1).strip(), [label.group(2)] if label.group(2) else []))
        elif is_heading(s, line.strong):
            out.append((s.rstrip(":").strip(), []))
        elif out:
            out[-1][1].append(line.text)
    return tuple(Section(h, join(body)) for h, body in out)


def proposal(found: tuple[Section, ...], texts: list[str]) -> str | None:
    """The recommendation: a paragraph opening with 'Det indstilles ...' or 'X indstiller,
    at', else the text of a proposal section: one headed by a proposal word alone
    ('Forslag') before one whose heading only starts with it ('Beslutningsforslag fra SF',
    which heads the whole motion)."""
    for i, text in enumerate(texts):
        s = text.strip()
        opens = _PROPOSAL_START.match(s) or _PROPOSAL_VERB.search(s[:120])
        if opens and not is_heading(s) and not re.fullmatch(r"[^:]{3,40}:", s):
            return _paragraph(texts, i)
    for head in (_PROPOSAL_LINE, _PROPOSAL_HEAD):
        for sec in found:
            if head.match(sec.heading) and sec.text.strip():
                return sec.text
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
        elif s.startswith("•") or is_heading(s) or is_decision_label(s):
            break
        out.append(texts[j])
        j += 1
    return join(out)


def label_meeting(text: str) -> tuple[str | None, str | None]:
    """(body, date) named by a dated decision label: 'Sundheds- og Forebyggelsesudvalgets
    beslutning den 04.12.2012 Punkt 2' -> ('Sundheds- og Forebyggelsesudvalget', '2012-12-04')."""
    s = text.strip()
    for pattern in _DECISION_LABELS[:2]:
        m = pattern.match(s)
        if m:
            dates = find_dates(m.group("date"))
            return _LABEL_PREFIX.sub("", m.group("body").strip()), dates[0][0] if dates else None
    return None, None


def decision_text(found: tuple[Section, ...], meeting_date: str | None) -> str | None:
    """The text of this meeting's decision block: the block dated the meeting's date when
    several are dated (the others are history), else an undated one, else the last."""
    blocks = [s for s in found if is_decision_label(s.heading)]
    if not blocks:
        return None
    dated = [(label_meeting(s.heading)[1], s) for s in blocks]
    this = [s for d, s in dated if d and d == meeting_date]
    undated = [s for d, s in dated if not d]
    chosen = (this or undated or blocks)[-1]
    return strip_trailer(chosen.text)


def strip_trailer(text: str) -> str:
    """Drop empty template lines at a decision's end ('Følgende deltog ikke ...:'), and
    the meeting's closing line with what follows it ('Mødet hævet kl. 18.45', the
    signatures) when the last item's decision runs into them."""
    lines = before_closing(text.split("\n"), first=1)
    while lines and (not lines[-1].strip() or lines[-1].strip().endswith(":")):
        lines.pop()
    return "\n".join(lines).strip()


def marks_closed(between: list[str], closed: bool) -> bool:
    """Whether items after these lines are closed ('Lukket referat' ... 'Åbent referat')."""
    for text in between:
        s = text.strip()
        if len(s.split()) < 2:
            continue  # a lone 'Lukket' or 'Åben' is an item's own status line
        if _CLOSED.match(s):
            closed = True
        elif _OPEN.match(s):
            closed = False
    return closed


def is_mark(text: str) -> bool:
    """A part mark between items ('Lukket referat', 'Åbne sager')."""
    s = text.strip()
    return len(s.split()) >= 2 and bool(_CLOSED.match(s) or _OPEN.match(s))


STATUS_WORDS = 8  # a status sentence is short; a longer one is about closed meetings
_CLOSED_SENTENCE = terms(vocab.CLOSED_SENTENCES)


def is_closed_status(text: str) -> bool:
    """An item's own status line: 'Lukket', 'Lukket punkt', or a sentence saying it is
    dealt with behind closed doors ('Sagen behandles for lukkede døre.')."""
    s = text.strip()
    return (len(s.split()) == 1 and bool(_CLOSED.match(s))) or bool(CLOSED_LINE.match(s)) \
        or (len(s.split()) <= STATUS_WORDS and bool(_CLOSED_SENTENCE.search(s)))
