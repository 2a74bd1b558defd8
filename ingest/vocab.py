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


# --- what people type into a search (owned by search) ------------------------------

# Nouns that make a word name a body: 'kulturudvalget', 'byrådet', 'sogneraadet'.
BODY_NOUNS = ("udvalg", "byråd", "kommunalbestyrelse", "regionsråd", "sogneråd", "magistrat",
              "borgerrepræsentation", "rådmandsmøde", "kommunestyre")
# Words a user says for an outcome, as the outcome they mean.
QUERY_OUTCOMES = (
    ("approved", ("godkendt", "godkendte", "vedtaget", "vedtagne", "vedtog", "tiltrådt",
                  "tiltrådte", "bevilget", "bevilgede", "approved")),
    ("recommended", ("anbefalet", "anbefalede", "anbefales", "recommended")),
    ("noted", ("efterretning", "noteret", "noted")),
    ("discussed", ("drøftet", "drøftede", "discussed")),
    ("referred", ("oversendt", "oversendte", "henvist", "henviste", "referred")),
    ("postponed", ("udsat", "udsatte", "udskudt", "udskudte", "postponed")),
    ("rejected", ("afvist", "afviste", "afvise", "afslag", "forkastet", "forkastede",
                  "nedstemt", "nedstemte", "rejected")),
    ("withdrawn", ("trukket", "udgået", "udgik", "withdrawn")),
)
