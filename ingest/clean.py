"""Pure text clean-up: odd glyphs, whitespace and line-end hyphenation."""
from __future__ import annotations

import re
import unicodedata

from ingest import vocab

# Ligatures and presentation forms fold to plain letters; private-use bullets from
# Word's Symbol font become a plain bullet; hyphen markers never reach the index.
_CHAR_MAP = {
    "\u00ad": "",  # soft hyphen
    "\ufffe": "",  # pdfium's hyphen marker
    "\u200b": "",
    "\ufeff": "",
    "\u00a0": " ",
    "\t": " ",
    "\uf0b7": "•",
    "\uf0a7": "•",
    "\uf0d8": "•",
    "\uf0fc": "•",
    "\uf02d": "-",
    "\u2010": "-",
    "\u2011": "-",
}
_LIGATURES = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}
_TRANSLATE = str.maketrans({**_CHAR_MAP, **_LIGATURES})
# pdfminer writes '(cid:127)' for a glyph it cannot map to a character.
_UNMAPPED = re.compile(r"\(cid:\d+\)")
_SPACES = re.compile(r"[ \u2000-\u200a\u202f\u205f\u3000]+")
# Control characters other than newline and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0d-\x1f\x7f]")

# A hyphen before these words marks an elided compound ("Social- og
# Beskæftigelsesudvalget"), not a line-end break.
_ELISION_WORDS = frozenset(vocab.ELISION_WORDS)
# Old minute books break a word with '=' ('Kloakfor=' / 'holdene') as print does with '-'.
_BROKEN_END = re.compile(r"([A-Za-zÆØÅæøåÄÖÜäöüé])[-=]$")
_CONTINUATION = re.compile(r"^([a-zæøåäöüé][\wæøå]*[.,;:!?)]*)(.*)$")


def normalize_chars(text: str) -> str:
    """Fold ligatures, odd spaces, markers and control characters."""
    text = _CONTROL.sub("", _UNMAPPED.sub("", text.translate(_TRANSLATE)))
    return _SPACES.sub(" ", text)


def clean_line(line: str) -> str:
    """One line with its characters normalised and its ends trimmed."""
    return normalize_chars(line).strip()


def dehyphenate(lines: list[str]) -> list[str]:
    """Rejoin words broken at line ends ('Aar-' + 'hus'), keeping elided compounds.

    The continuation may sit after one run of blank lines (text extracted with blank
    lines between rows; clean_lines squeezes a run to one line, so a run counts as one
    and cleaning twice changes nothing). Only the first word moves up, so line structure
    is kept.
    """
    out = list(lines)
    for i, line in enumerate(out):
        if not _BROKEN_END.search(line):
            continue
        j = _next_nonblank(out, i + 1)
        if j is None:
            continue
        m = _CONTINUATION.match(out[j])
        if not m or m.group(1).lower() in _ELISION_WORDS:
            continue
        out[i] = line[:-1] + m.group(1)
        out[j] = m.group(2).strip()
    return out


def _next_nonblank(lines: list[str], start: int) -> int | None:
    return next((j for j in range(start, len(lines)) if lines[j].strip()), None)


def squeeze_blank_lines(lines: list[str]) -> list[str]:
    """Collapse runs of blank lines to one and drop leading/trailing blanks."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


def clean_lines(lines: list[str]) -> list[str]:
    """The full clean-up of a block of lines."""
    return squeeze_blank_lines(dehyphenate([clean_line(x) for x in lines]))


def clean_pairs(lines: list[str], flags: list[bool]) -> tuple[list[str], list[bool]]:
    """clean_lines for lines with a parallel flag each (the flags follow their lines)."""
    texts = dehyphenate([clean_line(x) for x in lines])
    out: list[str] = []
    kept: list[bool] = []
    for text, flag in zip(texts, flags):
        if text or (out and out[-1]):
            out.append(text)
            kept.append(flag)
    while out and not out[-1]:
        out.pop()
        kept.pop()
    return out, kept


def is_language(text: str) -> bool:
    """Whether a page's text layer looks like words rather than glyph garbage."""
    tokens = re.findall(r"\S+", text)
    if len(text.strip()) < 20 or not tokens:
        return False
    wordlike = sum(1 for t in tokens if re.fullmatch(
        r"[(\"'«]?[A-Za-zÆØÅæøåÄÖÜäöüé][a-zæøåäöüé\-]*[aeiouyæøåé][a-zæøåäöüé\-]*[.,:;)\"'»]?", t, re.I))
    digits = sum(1 for t in tokens if re.fullmatch(r"[\d.,:/\-%()]+", t))
    return (wordlike + 0.5 * digits) / len(tokens) >= 0.4
