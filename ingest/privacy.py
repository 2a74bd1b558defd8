"""What may be stored and shown: personal identity numbers (CPR) masked, names escaped.

A CPR number is ddmmyy-xxxx. People write it glued to a label (`CPR-010203-1234`,
`cpr.nr.010203-1234`), with any kind of dash, with spaces (`010203 1234`,
`14 02 53-1481`), glued (`0102031234`), broken over a line, or after a label or a birth
with dots (`født 01.02.03-1234`). What makes it a CPR
number is a real birth date (the 7th digit picks the century; a birth date lies in
the past). Modulus 11 is not checked: numbers without it are issued since 2007.

The forms without a dash are also the forms of other numbers, so they are left alone
where a careful reader would: after a label that names another kind of number
(account, journal, invoice, phone, CVR, EAN, `kl.`), and a date followed by a time of
day (`150321 1430`), unless a CPR label stands just before.

Masking runs over whole texts, not line by line, and the mask keeps the line breaks
it covers, so page lines stay where they were.
"""
from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import replace
from datetime import date

from ingest import vocab
from ingest.pages import RawDocument
from ingest.records import ParseResult

MASK = "[CPR]"
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_DASH = "[\\" + _DASHES + "]"  # the hyphen escaped: in a class it would make a range
_SPACE = "[ \t\u00a0\u202f]"
CPR = re.compile(
    rf"""(?<!\d)(?<!\d[.,/])(?<!\d{_DASH})          # not the tail of a longer number
    (?P<d>\d\d)(?P<g>{_SPACE}?|\.)(?P<m>\d\d)(?P=g)(?P<y>\d\d)  # 010203, 01 02 03, 01.02.03
    (?P<sep>\s{{0,3}}{_DASH}\s{{0,3}}       # a dash, spaces or a line break around it
        |{_SPACE}{{1,3}}|{_SPACE}{{0,3}}\n{_SPACE}{{0,3}}|)
    (?P<s>\d{{4}})
    (?!\d)(?![.,]\d)                            # not the head of a longer number or amount
    """, re.X)
# How far before a number a label still names it: "CPR-nr. på ansøgeren: 010203 1234".
_CPR_LABEL_REACH = 30
# A label of another number sits right before it: "Kontonr.: 0102031234".
_OTHER_LABEL_REACH = 16
_TAG_HEX = 6  # enough to tell two masked file names apart, far too little to find the number


def _birth_date(dd: str, mm: str, yy: str, serial: str) -> date | None:
    """The birth date a CPR number encodes (the 7th digit picks the century), or None."""
    d, m, y, s7 = int(dd), int(mm), int(yy), int(serial[0])
    century = 1900
    if s7 in (4, 9):
        century = 2000 if y <= 36 else 1900
    elif s7 in (5, 6, 7, 8):
        century = 2000 if y <= 57 else 1800
    try:
        return date(century + y, m, d)
    except ValueError:
        return None


def _is_meeting_time(serial: str) -> bool:
    """1430 reads as a time of day; meetings start on the five minutes (a CPR serial
    does so in 3 % of cases)."""
    return int(serial[:2]) < 24 and int(serial[2:]) < 60 and int(serial[2:]) % 5 == 0


def _says_date_and_time(m: re.Match, text: str) -> bool:
    """'Mødet 150321 1430', '150321 1600-1800': a time-like serial is a time of day only
    where a date or meeting word stands before it or a time range follows; alone, the
    number is masked, as 3 % of all CPR numbers look like that."""
    if not (m["sep"] and _is_meeting_time(m["s"])):
        return False
    near = text[max(0, m.start() - _OTHER_LABEL_REACH):m.start()]
    return bool(_DATE_WORD.search(near) or _TIME_RANGE_TAIL.match(text, m.end()))


def is_cpr(m: re.Match, text: str) -> bool:
    """Whether a match of CPR is a personal identity number, judged as a reader would."""
    born = _birth_date(m["d"], m["m"], m["y"], m["s"])
    if born is None or born > date.today():
        return False
    before = text[max(0, m.start() - _CPR_LABEL_REACH):m.start()]
    if vocab.terms(vocab.CPR_LABELS, whole=False).search(before):
        return True
    if m["g"] == ".":
        # '01.02.03-1234' is a date and a number to a reader unless a CPR label or a
        # birth ('født') stands right before it.
        return bool(any(c in _DASHES for c in m["sep"]) and _BORN.search(before))
    if any(c in _DASHES for c in m["sep"]):
        return True
    near = text[max(0, m.start() - _OTHER_LABEL_REACH):m.start()]
    if _OTHER_LABEL.search(near) or _IDENTIFIER_VALUE.search(near):
        return False
    return not _says_date_and_time(m, text)


_BORN = re.compile(vocab.terms(vocab.BIRTH_WORDS).pattern + r"[\s.:]*\Z", re.I)
_DATE_WORD = vocab.terms(vocab.DATE_LABELS + vocab.TIME_LABELS + vocab.MEETING_NOUNS)
_TIME_RANGE_TAIL = re.compile(rf"\s*{_DASH}\s*\d\d[.:]?\d\d(?!\d)")
_OTHER_LABEL = re.compile(vocab.terms(vocab.OTHER_NUMBER_LABELS).pattern + r"[\s.:#\-]*\Z",
                          re.I)
# The value of an identifier in markup or a link: an attribute or parameter name ending
# in id/nr/..., '=' and an optional quote right before the digits.
_IDENTIFIER_VALUE = re.compile(
    rf"(?:{vocab.terms(vocab.IDENTIFIER_NAME_ENDINGS, whole=False).pattern})\s*=\s*[\"']?\Z",
    re.I)


def mask_text(text: str, tag: bytes | None = None) -> tuple[str, int]:
    """The text with every CPR number replaced by [CPR], and how many.

    The mask keeps the line breaks it replaces. With `tag` (a secret), each mask
    carries a short keyed digest of the text, so two masked file names stay apart.
    """
    count = 0

    def sub(m: re.Match) -> str:
        nonlocal count
        if not is_cpr(m, text):
            return m.group(0)
        count += 1
        label = MASK if tag is None else f"[CPR-{_digest(tag, text, m.start())}]"
        return label + "\n" * m.group(0).count("\n")

    return CPR.sub(sub, text), count


def _digest(secret: bytes, text: str, where: int) -> str:
    msg = f"{where}:{text}".encode("utf-8", "surrogatepass")
    return hmac.new(secret, msg, hashlib.sha256).hexdigest()[:_TAG_HEX]


def mask(text: str) -> str:
    """The text with CPR numbers masked."""
    return mask_text(text)[0]


def mask_pages(raw: RawDocument) -> tuple[RawDocument, int]:
    """Pages with CPR numbers masked over each page's whole text, and how many."""
    total = 0
    pages = []
    for p in raw.pages:
        lines, n = _mask_lines(p.lines)
        sidebar, k = _mask_lines(p.sidebar)
        total += n + k
        pages.append(replace(p, lines=lines, sidebar=sidebar) if n + k else p)
    return (replace(raw, pages=tuple(pages)) if total else raw), total


def _mask_lines(lines: tuple[str, ...]) -> tuple[tuple[str, ...], int]:
    masked, n = mask_text("\n".join(lines))
    return (tuple(masked.split("\n")) if n else lines), n


def mask_result(result: ParseResult) -> ParseResult:
    """A parse result with CPR numbers masked in every string field."""
    return mask_records(result)[0]


def mask_records(result: ParseResult) -> tuple[ParseResult, int]:
    """A parse result with CPR numbers masked in every string field, and how many.

    The sha256 is left alone: ten of its digits can look like a CPR number, and masking
    them would file the records under another hash."""
    count = 0

    def walk(obj):
        nonlocal count
        if isinstance(obj, str):
            text, n = mask_text(obj)
            count += n
            return text
        if isinstance(obj, dict):
            return {k: (v if k == "sha256" else walk(v)) for k, v in obj.items()}
        if isinstance(obj, list):
            return [walk(v) for v in obj]
        return obj

    data = walk(result.to_dict())
    return (ParseResult.from_dict(data), count) if count else (result, 0)


# -- names fit to store and show -----------------------------------------------------
_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def escape(text: str) -> str:
    """Text on one line: control characters and undecodable bytes of a file name
    (surrogate escapes) written as \\n, \\xNN or \\uNNNN; a backslash as \\\\.

    Lossless: `unescape(escape(s)) == s`. File names keep their letters (æøå).
    """
    out = []
    for c in text:
        o = ord(c)
        if c in _ESCAPES:
            out.append(_ESCAPES[c])
        elif 0xDC80 <= o <= 0xDCFF:  # an undecodable byte, as os.fsdecode leaves it
            out.append(f"\\x{o - 0xDC00:02x}")
        elif o < 0x20 or 0x7F <= o < 0xA0 or o in (0x2028, 0x2029) or 0xD800 <= o <= 0xDFFF:
            out.append(f"\\u{o:04x}")
        else:
            out.append(c)
    return "".join(out)


_UNESCAPE = re.compile(r"\\(\\|n|t|r|x[0-9a-f]{2}|u[0-9a-f]{4})")


def unescape(text: str) -> str:
    """The text `escape` was given."""
    def back(m: re.Match) -> str:
        code = m.group(1)
        if code[0] == "x":
            return chr(0xDC00 + int(code[1:], 16))
        if code[0] == "u":
            return chr(int(code[1:], 16))
        return {"\\": "\\", "n": "\n", "t": "\t", "r": "\r"}[code]

    return _UNESCAPE.sub(back, text)


_LINE_BREAKERS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def safe_line(text: str) -> str:
    """A message fit to store and show on one line: CPR numbers masked, control
    characters and undecodable bytes escaped (backslashes kept: paths in it are
    escaped already)."""
    return _LINE_BREAKERS.sub(lambda m: escape(m.group(0)), mask(text))


def mask_path(path: str, secret: bytes | None = None) -> str:
    """A file name fit to store and show: escaped, CPR numbers masked (tagged with a
    keyed digest of the whole name when `secret` is given, so names stay unique)."""
    return mask_text(escape(path), tag=secret)[0]
