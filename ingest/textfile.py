"""Plain text files: decoding and form-feed pages."""
from __future__ import annotations

from pathlib import Path

from ingest.clean import clean_lines
from ingest.errors import CorruptDocument, EmptyFile, TooLarge
from ingest.pages import RawDocument, RawPage

MAX_TEXT_BYTES = 50 * 1024 * 1024
# Byte-order marks, longest first (UTF-32 LE starts with UTF-16 LE's mark).
_BOMS = ((b"\xef\xbb\xbf", "utf-8", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32"),
         (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32"), (b"\xff\xfe", "utf-16-le", "utf-16"),
         (b"\xfe\xff", "utf-16-be", "utf-16"))
# 8-bit encodings Danish text files come in: Windows, ISO, DOS (Nordic) and old Mac.
DANISH_8BIT = ("cp1252", "iso8859_15", "cp850", "cp865", "mac_roman")
_DETECT_BYTES = 64 * 1024  # enough text to judge; judging 50 MiB would be slow
_DANISH = frozenset("æøåÆØÅ")
_PLAIN = frozenset(chr(c) for c in range(0xA0, 0x100)) | \
    frozenset("§€–—‘’“”„…«»°½¼¾²³·•é")
_UTF16_NULS = 0.3  # Latin text in UTF-16 is half NULs; binary data rarely a third
# Text has tabs, line and page breaks (and a stray control code in a damaged file);
# binary data has 11-25 % other control codes.
_BINARY_SHARE = 0.05
_CONTROLS = frozenset(chr(c) for c in (*range(0, 9), 0x0B, *range(0x0E, 0x20), 0x7F)) | \
    frozenset(chr(c) for c in range(0x80, 0xA0))
_TEXT_PAGE_BAND = 4  # lines at each end of a text page that may be furniture


def read_text(path: Path, **_: object) -> RawDocument:
    """Plain text in any common encoding (see decode); form feeds separate pages."""
    data = read_bytes(path)
    text, encoding = decode(data)
    return RawDocument("text", _text_pages(text), encoding)


def decode(data: bytes) -> tuple[str, str]:
    """Bytes to text and the encoding's name: a byte-order mark decides (UTF-8/16/32),
    then strict UTF-8, UTF-16 without a mark, charset detection among the 8-bit
    encodings Danish text is written in, and cp1252/latin-1 last. Bytes that are no
    text (control characters, NULs) are refused."""
    for mark, codec, name in _BOMS:
        if data.startswith(mark):
            return _checked(data[len(mark):].decode(codec, errors="replace")), name
    for attempt in (_utf8, _utf16_without_bom, _detected, _fallback):
        found = attempt(data)
        if found is not None:
            return _checked(found[0]), found[1]
    raise CorruptDocument("text could not be decoded")  # unreachable: latin-1 decodes all


def _utf8(data: bytes) -> tuple[str, str] | None:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a mark: Latin text has a NUL in every other byte."""
    if len(data) < 4 or data.count(0) < _UTF16_NULS * len(data):
        return None
    odd, even = data[1::2].count(0), data[0::2].count(0)
    enc = "utf-16-le" if odd > 4 * even else "utf-16-be" if even > 4 * odd else None
    return (data.decode(enc, errors="replace"), enc) if enc else None


def _detected(data: bytes) -> tuple[str, str] | None:
    """The 8-bit encoding whose reading is the most Danish: most æ, ø and å, fewest
    characters Danish text does not use. (charset_normalizer was tried and read DOS
    cp850 Danish as Mac Roman, "mõdet"; this is what a Danish reader checks.)"""
    if b"\x00" in data or max(data, default=0) < 0x80:
        return None
    sample, best = data[:_DETECT_BYTES], None
    for enc in DANISH_8BIT:
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        score = sum(c in _DANISH for c in text) - sum(c not in _PLAIN and c > "\x7f"
                                                       for c in text)
        if best is None or score > best[0]:
            best = (score, enc)
    if best is None:
        return None
    try:
        return data.decode(best[1]), best[1]
    except UnicodeDecodeError:  # the tail holds a byte the sample did not
        return None


def _fallback(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # cp1252 leaves five bytes undefined; latin-1 takes all
        return data.decode("latin-1"), "latin-1"


def _checked(text: str) -> str:
    """The text, unless it is binary data under a text name."""
    sample = text[:_DETECT_BYTES]
    controls = sum(1 for c in sample if c in _CONTROLS)
    if sample and controls > _BINARY_SHARE * len(sample):
        raise CorruptDocument(f"not text: {100 * controls // len(sample)} % of the first "
                              f"characters are control codes; the file is binary data "
                              "under a text name (damaged, or of another type)")
    return text


def _text_pages(text: str) -> tuple[RawPage, ...]:
    pages = []
    for n, chunk in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\f"), 1):
        lines = clean_lines(chunk.split("\n"))
        band = min(_TEXT_PAGE_BAND, len(lines) // 3)
        pages.append(RawPage(number=n, lines=tuple(lines), top=band, bottom=band))
    return tuple(p for p in pages if p.lines) or (RawPage(number=1, lines=()),)


def read_bytes(path: Path, limit: int = MAX_TEXT_BYTES, what: str = "text file",
               advice: str = "split it") -> bytes:
    """A file's bytes, refusing empty files and files over `limit` with one line."""
    size = path.stat().st_size
    if size == 0:
        raise EmptyFile(f"empty file (0 bytes): {path.name}; re-export or remove it")
    if size > limit:
        raise TooLarge(f"{what} of {size // 2**20} MiB is over the {limit // 2**20} MiB "
                       f"limit; {advice}")
    return path.read_bytes()
