"""Dates and times: our own patterns find the spans, dateparser normalises them.

This is the only module that imports dateparser. Day always comes before month.
"""
from __future__ import annotations

import functools
import re
from datetime import date, timedelta

from ingest import vocab
from ingest.vocab import terms

_DP_SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first",
                "RETURN_AS_TIMEZONE_AWARE": False}
MONTHS = dict(vocab.MONTHS)


class _Pattern:
    """A pattern compiled when first used. A search imports this module for the dates a
    user may type, and most searches read none: compiling every pattern here took about
    2.5 ms of each `referat search`. Each attribute asked (finditer, search, ...) is the
    compiled pattern's, kept on this object from then on."""

    def __init__(self, source, flags: int = 0):
        self._source, self._flags = source, flags  # the text, or a function making it

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            source = self._source if isinstance(self._source, str) else self._source()
            compiled = self._compiled = re.compile(source, self._flags)
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value


@functools.cache
def _alternatives(entries: tuple[str, ...]) -> str:
    """The text of one pattern matching any of the entries (vocab.terms, not anchored)."""
    return terms(entries, whole=False).pattern


def _month_re() -> str:
    return _alternatives(tuple(MONTHS))


NUMERIC = _Pattern(r"(?<![\d.\-/])(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4}|\d{2})(?![\d\-/]|\.\d)")
# '4.december 2012' (no space after the dot) is printed as often as '4. december 2012'.
_ORDINAL = "|".join(sorted(vocab.DAY_ORDINALS, key=len, reverse=True))
# A shortened month's dot may touch the year ('8. Dcbr.1941'); a day may be an ordinal
# ('12te Nvbr. 1941').
TEXTUAL = _Pattern(lambda: rf"(?<!\d)(\d{{1,2}})(?:{_ORDINAL})?(?:[.']\s*|\s+)({_month_re()})"
                           rf"(?:\.\s*|\s+)(\d{{4}})\b", re.I)
# 'Aar 1942 d. 6 Januar', 'Aar 1943 Tirsdag d. 12' Januar' and, opening a line without
# the year word, '1940 d. 24. Oktober afholdtes ...' in old minute books.
OLD = _Pattern(lambda: rf"(?:\b(?:{_alternatives(vocab.YEAR_WORDS)})\s+|^\s*)(\d{{4}})\b"
                       rf"[^\n]{{0,25}}?\bd(?:\.|en)?\s*(\d{{1,2}})(?:{_ORDINAL})?[.']?\s+"
                       rf"({_month_re()})\b", re.I | re.M)
# 'd. 9/4 1940' and '21/9 1941': day/month, then the year after a space (minute books);
# 'd 26/3 -40' and 'd 8/6 - 1945': after a dash set apart by spaces, in two digits too.
SLASHED = _Pattern(r"(?<![\d/.\-])(\d{1,2})/(\d{1,2})(?:\s+((?:1[89]|20)\d\d)|"
                   r"\s*-\s*(\d{2}|(?:1[89]|20)\d\d))\b(?![.,]\d|/)")
# ISO dates ('Mødedato: 2024-03-12'), as systems and their exports print them; a case
# number ('2011-29298', '2016-003798-62') never has a month and a day in these places.
ISO = _Pattern(r"(?<![\d\-/.])((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d\-/])")
TIME = _Pattern(r"\b(?:kl\.?\s*)?([01]?\d|2[0-3])[.:]([0-5]\d)\b", re.I)
TIME_RANGE = _Pattern(r"\b([01]?\d|2[0-3])[.:]([0-5]\d)\s*[-–—]\s*([01]?\d|2[0-3])[.:]([0-5]\d)\b")
# 'fra kl. 16 til kl. 18.30', 'kl. 16.00 til 18.00', 'Kl. 19.30 - ca. 22.00', 'kl 9-12': a
# span whose start says 'kl.' may write its hours without minutes.
KL_SPAN = _Pattern(lambda: (
    rf"\bkl\.?\s*([01]?\d|2[0-3])(?:[.:]([0-5]\d))?\s*(?:[-–—]|"
    rf"\b(?:{_alternatives(vocab.TIME_SPAN_WORDS)})\b)\s*"
    rf"(?:(?:{_alternatives(vocab.TIME_HEDGES)})\s*)?(?:kl\.?\s*)?([01]?\d|2[0-3])"
    rf"(?:[.:]([0-5]\d))?\b(?![.:,]?\d)"), re.I)
KL_TIME = _Pattern(r"\bkl\.?\s*([01]?\d|2[0-3])(?:[.:]([0-5]\d))?\b", re.I)
# '15:00 til 17:00': two full times joined by a word, without 'kl.'.
WORDED_RANGE = _Pattern(lambda: (
    rf"\b([01]?\d|2[0-3])[.:]([0-5]\d)\s+(?:{_alternatives(vocab.TIME_SPAN_WORDS)})\s+"
    rf"(?:(?:{_alternatives(vocab.TIME_HEDGES)})\s*)?(?:kl\.?\s*)?([01]?\d|2[0-3])[.:]"
    rf"([0-5]\d)\b(?![.:,]?\d)"), re.I)


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


# Meeting documents are dated at most this many years ahead (next year's calendar).
YEARS_AHEAD = 1


def _year(y: str) -> int:
    """A two-digit year is the latest such year not beyond next year: a meeting record
    is not dated decades ahead ('d 12/6-45' in a minute book is 1945, '11.12.23' 2023)."""
    n = int(y)
    if len(y) == 2:
        return 2000 + n if 2000 + n <= date.today().year + YEARS_AHEAD else 1900 + n
    return n


def find_dates(text: str) -> list[tuple[str, int, int]]:
    """Every date in a text as (ISO date, start, end), in order of position."""
    found: list[tuple[str, int, int]] = []
    for m in OLD.finditer(text):
        iso = _iso(int(m.group(1)), _month(m.group(3)), int(m.group(2)))
        if iso:
            found.append((iso, m.start(), m.end()))
    for m in TEXTUAL.finditer(text):
        iso = _iso(int(m.group(3)), _month(m.group(2)), int(m.group(1)))
        if iso:
            found.append((iso, m.start(), m.end()))
    for m in ISO.finditer(text):
        iso = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if iso:
            found.append((iso, m.start(), m.end()))
    for pattern in (NUMERIC, SLASHED):
        for m in pattern.finditer(text):
            year = next(g for g in m.groups()[2:] if g)
            iso = _iso(_year(year), int(m.group(2)), int(m.group(1)))
            if iso:
                found.append((iso, m.start(), m.end()))
    found.sort(key=lambda x: x[1])
    out: list[tuple[str, int, int]] = []
    for item in found:
        if not out or item[1] >= out[-1][2]:
            out.append(item)
    return out


# 'Sogneraadsmøde ... d 27/2', 'den 5. Marts': a meeting dated without its year, which
# a minute book leaves to the entries around it.
DAY_MONTH = _Pattern(lambda: rf"\bd(?:\.|en)?\s*(\d{{1,2}})(?:{_ORDINAL})?(?:/(\d{{1,2}})|"
                             rf"[.']?\s+({_month_re()})\b\.?)(?![\d/.\-]|\s*[-/.]?\s*\d)",
                     re.I)


def find_day_month(text: str) -> tuple[int, int] | None:
    """(month, day) of the first date written without a year ('d 27/2'), if any."""
    for m in DAY_MONTH.finditer(text):
        month = int(m.group(2)) if m.group(2) else _month(m.group(3))
        if 1 <= month <= 12 and 1 <= int(m.group(1)) <= 31:
            return month, int(m.group(1))
    return None


def in_year_after(previous: str, month: int, day: int) -> str | None:
    """The ISO date of `day`/`month` on or after an earlier ISO date (the next such day)."""
    year = int(previous[:4]) + (1 if (month, day) < (int(previous[5:7]), int(previous[8:10]))
                                 else 0)
    return _iso(year, month, day)


def _month(name: str) -> int:
    return MONTHS[" ".join(name.lower().split())]


def without_dates(text: str, dates: list | None = None) -> str:
    """The text with its dates blanked out, positions kept ('09.04.2024 kl. 16:00' ->
    '           kl. 16:00'): what is left says the time, or more than when."""
    for _, start, end in reversed(find_dates(text) if dates is None else dates):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# Minutes written after a comma ('kl. 19,30 - 21,15') or as a half ('Kl. 19½'), as older
# minutes and typewriters write them: read as 'kl. 19.30'.
_KL_COMMA = _Pattern(r"(\bkl\.?\s*\d{1,2}),(\d\d)(?!\d)(?:(\s*[-–—]\s*\d{1,2}),(\d\d)(?!\d))?",
                     re.I)
_HALF = _Pattern(r"(\bkl\.?\s*\d{1,2})\s?½", re.I)
# 'Kl. 7 Aften': an hour before noon written with a word that puts it after.
_AFTERNOON = _Pattern(lambda: rf"\s*(?:{_alternatives(vocab.AFTERNOON_WORDS)})(?![\wæøå])",
                      re.I)


def _written_minutes(text: str) -> str:
    text = _KL_COMMA.sub(lambda m: f"{m[1]}.{m[2]}" + (f"{m[3]}.{m[4]}" if m[3] else ""), text)
    return _HALF.sub(r"\1.30", text)


def find_times(text: str) -> tuple[str | None, str | None]:
    """Start and end time ('HH:MM') of a line such as 'Kl. 18.15 – 19.45'; a date is no
    time ('09.04.2024 kl. 16:00 - 09.04.2024 kl. 18:30' ends at 18:30, not '09:04')."""
    text = _written_minutes(without_dates(text))
    m = TIME_RANGE.search(text)
    if m:
        return _hhmm(m.group(1), m.group(2)), _hhmm(m.group(3), m.group(4))
    for span in (KL_SPAN, WORDED_RANGE):
        m = span.search(text)
        if m and (int(m.group(3)), int(m.group(4) or 0)) > (int(m.group(1)), int(m.group(2) or 0)):
            return _hhmm(m.group(1), m.group(2) or "00"), _hhmm(m.group(3), m.group(4) or "00")
    m = KL_TIME.search(text)
    if m:
        hour = int(m.group(1))
        pm = hour < 12 and _AFTERNOON.match(text, m.end())  # 'Kl. 7 Aften'
        return _hhmm(str(hour + 12 if pm else hour), m.group(2) or "00"), None
    m = TIME.search(text)
    return (_hhmm(m.group(1), m.group(2)), None) if m else (None, None)


def _hhmm(h: str, m: str) -> str:
    return f"{int(h):02d}:{int(m):02d}"


# --- dates typed by a user ------------------------------------------------------

_RELATIVE = {phrase: (unit, delta) for phrase, unit, delta in vocab.USER_PERIODS}


# Seasons as people say them ('foråret 2024'): first and last month; winter runs from
# December of the year named into February.
_SEASONS = {"forår": (3, 5), "foråret": (3, 5), "sommer": (6, 8), "sommeren": (6, 8),
            "efterår": (9, 11), "efteråret": (9, 11), "vinter": (12, 14), "vinteren": (12, 14),
            "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 14)}


def _season(s: str) -> tuple[date, date] | None:
    m = re.fullmatch(r"([a-zæøå]+)\s+(\d{4})", s)
    if not m or m.group(1) not in _SEASONS:
        return None
    first, last = _SEASONS[m.group(1)]
    year = int(m.group(2))
    end = _month_end(date(year + (last - 1) // 12, (last - 1) % 12 + 1, 1))
    return date(year, first, 1), end


class BadDate(ValueError):
    """A date the user typed that cannot be understood."""


def user_range(text: str, today: date | None = None) -> tuple[date, date]:
    """The first and last day a user's date expression covers.

    '2024', 'januar 2024', '1. marts 2023', '2023-03-01', 'sidste år', 'last month'.
    """
    today = today or date.today()
    s = " ".join(text.strip().lower().split())
    if not s:
        raise BadDate("empty date")
    if s in _RELATIVE:
        unit, delta = _RELATIVE[s]
        return _period(unit, today, delta)
    if re.fullmatch(r"\d{4}", s):
        return date(int(s), 1, 1), date(int(s), 12, 31)
    season = _season(s)
    if season:
        return season
    m = re.fullmatch(rf"({_month_re()}|[a-z]+)\.?\s+(\d{{4}})", s)
    if m and (m.group(1) in MONTHS or _english_month(m.group(1))):
        month = MONTHS.get(m.group(1)) or _english_month(m.group(1))
        first = date(int(m.group(2)), month, 1)
        return first, _month_end(first)
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if m:
        d = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if not d:
            raise BadDate(f"impossible date: {text}")
        return date.fromisoformat(d), date.fromisoformat(d)
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", s)
    if m and 1 <= int(m.group(2)) <= 12:
        first = date(int(m.group(1)), int(m.group(2)), 1)
        return first, _month_end(first)
    found = find_dates(s)
    if found and found[0][1] == 0 and found[0][2] >= len(s) - 1:
        d = date.fromisoformat(found[0][0])
        return d, d
    if NUMERIC.fullmatch(s) or TEXTUAL.fullmatch(s):
        raise BadDate(f"impossible date: {text}")
    import dateparser  # 0.3-0.4 s to import: only a date no pattern of ours reads pays it

    parsed = dateparser.parse(s, languages=["da", "en"], settings=_DP_SETTINGS)
    if not parsed:
        raise BadDate(f"cannot read '{text}' as a date; use a day (2024-01-31), a month "
                      "and a year, or a period such as last month")
    return parsed.date(), parsed.date()


_EN_MONTHS = list(vocab.ENGLISH_MONTHS)


def _english_month(word: str) -> int | None:
    return _EN_MONTHS.index(word) + 1 if word in _EN_MONTHS else None


def _month_end(first: date) -> date:
    nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def _period(unit: str, today: date, delta: int) -> tuple[date, date]:
    if unit == "year":
        y = today.year + delta
        return date(y, 1, 1), date(y, 12, 31)
    m = today.month - 1 + delta
    first = date(today.year + m // 12, m % 12 + 1, 1)
    return first, _month_end(first)
