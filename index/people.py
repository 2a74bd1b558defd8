"""People's names: the spellings of one person meet, two people who share a name do not.

A name is folded into parts (first, middle names, last) the way a Danish reader
compares them: case, 'aa'/'å', hyphens and full stops do not matter; an initial
('J.', 'M.') stands for any name with that letter; a genitive ('Winnerskjolds',
'Lars'') is the same person as the bare name. Names are grouped by the stem of the
last name and clustered inside the group: the most specific spellings found a
person; a less specific one joins only when exactly one person fits it, so
'Jens Hansen' is not attached to 'Jens Ole Hansen' when 'Jens Per Hansen' is also
known. Different middle names or different parties are evidence of two people.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# A last name is at least this long before a trailing 's' may be a genitive: 'Bros'
# or 'Ris' are names of their own, 'Hansens' is Hansen's.
MIN_GENITIVE_STEM = 3


@dataclass(frozen=True, slots=True, order=True)
class Variant:
    """One folded spelling of a name, with the party it was printed with."""

    last: str
    first: str
    middles: tuple[str, ...] = ()
    party: str = ""

    @property
    def stem(self) -> str:
        return genitive_stem(self.last)

    @property
    def key(self) -> str:
        """The variant as one string (the key of a person it founds)."""
        name = " ".join(t for t in (self.first, *self.middles, self.last) if t)
        return f"{name}|{self.party}" if self.party else name


def fold(token: str) -> str:
    """A name token as compared: lower case, NFC, 'aa' as 'å', no stops or apostrophes."""
    t = unicodedata.normalize("NFC", token).lower().replace("aa", "å")
    return re.sub(r"[.'’´`]", "", t)


def tokens(name: str) -> list[str]:
    """The folded tokens of a name; hyphens and slashes separate like spaces."""
    return [t for t in (fold(p) for p in re.split(r"[\s\-‐–/]+", name)) if t]


def genitive_stem(last: str) -> str:
    """The last name without a possible genitive 's' (the key names are grouped by)."""
    if last.endswith("s") and len(last) > MIN_GENITIVE_STEM:
        return last[:-1]
    return last


def variant(name: str, party: str | None = None) -> Variant | None:
    """The folded parts of a printed name; None when nothing is left of it."""
    parts = tokens(name)
    if not parts:
        return None
    party = (party or "").strip().upper()
    if len(parts) == 1:  # a first name alone ('Mads' as referent): only meets itself
        return Variant(last=parts[0], first="", party=party)
    return Variant(last=parts[-1], first=parts[0], middles=tuple(parts[1:-1]), party=party)


def _same_token(a: str, b: str) -> bool:
    if a == b:
        return True
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _same_last(a: str, b: str) -> bool:
    return a == b or a == b + "s" or b == a + "s"


def compatible(a: Variant, b: Variant) -> bool:
    """Could both spellings name the same person?"""
    if not _same_last(a.last, b.last) or (a.party and b.party and a.party != b.party):
        return False
    if not (a.first and b.first):
        return a.first == b.first
    if not _same_token(a.first, b.first):
        return False
    if a.middles and b.middles:
        return len(a.middles) == len(b.middles) and all(
            _same_token(x, y) for x, y in zip(a.middles, b.middles))
    return True


def _specificity(v: Variant, bare: set[str]) -> tuple:
    full = sum(len(t) > 1 for t in (v.first, *v.middles))
    genitive = v.last.endswith("s") and v.last[:-1] in bare
    return (full, len(v.middles), bool(v.party), not genitive, v.key)


def cluster(variants: list[Variant]) -> dict[Variant, Variant]:
    """Map every variant (of one stem) to the variant that founds its person."""
    bare = {v.last for v in variants}
    people: list[list[Variant]] = []
    for v in sorted(set(variants), key=lambda v: _specificity(v, bare), reverse=True):
        fits = [p for p in people if all(compatible(v, w) for w in p)]
        if len(fits) == 1:
            fits[0].append(v)
        else:
            people.append([v])
    return {v: p[0] for p in people for v in p}


def search_tokens(members: list[Variant]) -> str:
    """Every token a person can be found by, space-separated and space-framed."""
    found: set[str] = set()
    for v in members:
        found.update(t for t in (v.first, *v.middles, v.last) if t)
        found.add(v.stem)
    return " " + " ".join(sorted(found)) + " "


def query_patterns(text: str) -> list[list[str]]:
    """LIKE patterns for each word of a name query; a person must match one per word."""
    out = []
    for t in tokens(text):
        esc = t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        if len(t) == 1:  # an initial finds any name with that letter
            out.append([f"% {esc}%"])
        else:
            out.append([f"% {esc} %"] + ([f"% {esc[:-1]} %"] if genitive_stem(t) != t else []))
    return out


def name_key(name: str) -> str:
    """One string per printed name, equal for spellings that fold alike."""
    v = variant(name)
    if v is None:
        return ""
    middles = [m for m in v.middles if len(m) > 1]
    return " ".join(t for t in (v.first, *middles, v.stem) if t)
