"""Roles people hold in a meeting, read from the words printed next to their names."""
from __future__ import annotations

import re

from ingest import vocab

ROLE_CUES = dict(vocab.ROLES)
# A name's word: a capital, then small letters of any Latin alphabet ('Çelik', 'Petrović'),
# or two such words joined by a hyphen ('Ellemann-Jensen').
NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+)?"
TITLES = frozenset(t.rstrip(".") for t in vocab.NAME_TITLES)
# A job title built on a role word names a role too ('udvalgsformand', 'stadsarkitekt',
# 'skoleleder'): the word itself is the role.
_ROLE_SUFFIX = re.compile(rf"^[a-zæøå][a-zæøå-]{{2,}}(?:{'|'.join(vocab.ROLE_SUFFIXES)})$")
ROLE_SUFFIX_PATTERN = _ROLE_SUFFIX.pattern


def role_of(word: str) -> str | None:
    """The role a lower-case word names, if it names one; an occupation printed before a
    name ('Landinspektør Rosholm') is no role in the meeting."""
    if word in ROLE_CUES:
        return ROLE_CUES[word]
    return word if _ROLE_SUFFIX.match(word) and word.rstrip(".") not in TITLES else None
