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


# --- privacy (owned by the robustness work) ------------------------------------------
# Labels that say the number after them is a personal identity number (CPR). Matched
# anywhere, also glued to the number ("CPR1503851234", "cpr.nr.010203-1234").
CPR_LABELS = (
    "cpr", "personnummer", "personnr", "person nr", "cpr-nummer", "fødselsnummer",
)
# Labels of other numbers that can look like a CPR number written without a dash:
# a 10-digit account, journal, invoice or production-unit number, a phone number, a
# time of day after "kl.".
OTHER_NUMBER_LABELS = (
    "kontonr", "kontonummer", "konto", "reg.nr", "regnr", "journalnr", "journalnummer",
    "j.nr", "j. nr", "jnr", "sagsnr", "sagsnummer", "fakturanr", "fakturanummer",
    "faktura", "ordrenr", "ordrenummer", "bilagsnr", "løbenr", "løbenummer", "ean",
    "ean-nr", "cvr", "cvr-nr", "se-nr", "p-nr", "p-nummer", "tlf", "telefon",
    "telefonnr", "mobil", "mobilnr", "fax", "kl", "klokken", "ref", "reference",
    "kundenr", "kundenummer", "varenr", "id",
)
