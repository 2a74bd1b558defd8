"""Every Danish cue word and phrase the parser relies on, in one place.

Plain tuples of phrases, grouped by what they signal. Code never writes a cue word
itself: it imports a table from here and compiles it with `terms()`. A new meeting
system's wording is usually a new entry here, not new code.

Conventions: entries are lower case unless case matters; a space in an entry matches
any run of whitespace (a phrase may wrap over lines); entries are literal text, not
regular expressions, unless the table's name ends in `_RE`.
"""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=None)
def terms(entries: tuple[str, ...], *, whole: bool = True, flags: int = re.I) -> re.Pattern:
    """One pattern matching any entry (longest first); `whole` anchors at word edges."""
    parts = sorted({e for e in entries if e}, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in parts)
    if whole:
        body = rf"(?<![\wæøåÆØÅ])(?:{body})(?![\wæøåÆØÅ])"
    return re.compile(body, flags)


# --- document structure (owned by the structure finder) ---------------------------


# --- decisions, outcomes and votes (owned by the outcome reader) -------------------


# --- meeting-system exports (owned by the export readers, ingest/systems/) ---------

# Field headings that hold this meeting's decision: 'Beslutning', 'Udvalgets
# beslutning', 'FORRETNINGSUDVALGETS BESLUTNING'. Matched as whole words.
EXPORT_DECISION_FIELDS = ("beslutning", "beslutninger", "afgørelse")
# Field headings of earlier handling: history, never this meeting's decision.
EXPORT_HISTORY_FIELDS = ("sagens forløb", "sagsforløb", "tidligere behandling",
                         "tidligere beslutninger", "punktet behandlet tidligere")
# Field headings of the administration's proposal.
EXPORT_PROPOSAL_FIELDS = ("indstilling", "administrationens indstilling",
                          "forvaltningens indstilling", "forvaltningen foreslår",
                          "det indstilles")
# A decision field that only says the decision is not published (yet).
EXPORT_NOT_RELEASED = ("beslutning ikke frigivet", "ikke frigivet")
# What some systems print in a field left empty.
EXPORT_EMPTY_FIELD = ("tomt indhold",)
# Attendance notes glued onto decisions ('Godkendt. Afbud: X'): label -> role.
EXPORT_ATTENDANCE = (("afbud", "afbud"), ("fraværende", "fraværende"),
                     ("fravær", "fraværende"))
# 'Afbud fra X' as well as 'Afbud: X'.
EXPORT_ATTENDANCE_JOINERS = ("fra",)
# '(Stedfortræder: Y)' after an absent member: Y took the seat.
EXPORT_SUBSTITUTE = ("stedfortræder",)
# The heading under which an item's text lists its attachments, as agendas print it.
EXPORT_ATTACHMENTS_HEADING = "Bilag"
# Title prefix of an item on the closed part of an agenda ('Lukket: Salg af grund').
EXPORT_CLOSED_PREFIX = ("lukket",)
# A body named in indefinite form ('Byråd 2022-2025') is quoted in definite form
# ('Byrådet'): organ noun ending -> definite suffix.
ORGAN_DEFINITE = (("udvalg", "et"), ("råd", "et"), ("raad", "et"),
                  ("bestyrelse", "n"), ("magistrat", "en"))
