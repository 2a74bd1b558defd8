"""What a natural-language query says besides its words: the committee, the time, the
municipality and the outcome a user names in passing.

"kulturudvalget maj 2023 idrætshal" -> the words [idrætshal], the committee 'Kultur- og
Fritidsudvalget' (the archive's body whose parts include 'kultur'), May 2023. Each
finding becomes a soft filter (search/query.py): units with the metadata missing stay,
ranked lower. A name the archive does not hold stays an ordinary word.

Pure functions over the text and the archive's body and place names; no Whoosh here.
"""
from __future__ import annotations

import functools
import re
from datetime import date, timedelta

from index.analysis import DANISH_STOP, fold_aa, lexicon, split_compound, stem
from ingest.dates import MONTHS, BadDate, user_range
from ingest.vocab import (BODY_NOUNS, CONCEPTS, CONDITION_REACH, CONDITION_WORDS,
                          DECADE_ENDINGS, DECISION_CUES, MEETING_NOUNS,
                          OWNED_PERIOD_ENDINGS, OWNED_PERIOD_WORDS, THANKS, USER_PERIODS,
                          OPEN_PERIODS, OUTCOMES_ASKED, PERIOD_BETWEEN, PERIODS, PROPOSING,
                          QUERY_OUTCOME_PHRASES, QUERY_OUTCOMES, QUESTION_WORDS, terms)
from search.struct import FrozenStruct

_NOUNS = "|".join(sorted(BODY_NOUNS, key=len, reverse=True))
_L = r"[^\W\d_]"
# 'kultur- og fritidsudvalget', 'klima-, teknik- og miljøudvalget', 'ØU', 'byrådet',
# and compounds whose head is another noun: 'byrådsmøderne', 'udvalgsformanden'.
COMMITTEE = re.compile(rf"(?:(?:{_L}+-,?\s+)+og\s+)?{_L}*(?:{_NOUNS})(?P<tail>{_L}*)", re.I)
# The endings that inflect a body noun ('udvalget', 'byrådets', 'kommunalbestyrelsen').
# Other letters after it are a further noun: 'byrådsmøderne' are the council's
# meetings, what the question is about, and the council a preference, not a filter
# (unless a time says which meeting).
NOUN_ENDINGS = frozenset("e er erne ernes ene enes et ets en ens n ns r rne rnes s t ts"
                         .split()) | {""}
ABBREVIATION = re.compile(r"\b[A-ZÆØÅ]{2,5}\b")
_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))
_SEASONS = "forår|foråret|sommer|sommeren|efterår|efteråret|vinter|vinteren"
_SPANS_SAID = r"i år|sidste år|i fjor|sidste måned|denne måned"
# Every strict date holds four digits or one of the spans said in words: a text without
# either is not searched with the whole pattern, which is built on first use (its
# month and season names took a few ms of every CLI search to compile).
_DATE_HINT = re.compile(rf"\d{{4}}|{_SPANS_SAID}", re.I)


@functools.cache
def strict_date() -> re.Pattern:
    """A month or season with its year, a span said in words, 'i/fra/år' and a year."""
    return re.compile(rf"\b(?:(?:{_MONTHS})\.?|{_SEASONS})\s+\d{{4}}\b|\b(?:{_SPANS_SAID})\b"
                      r"|\b(?:i|fra|år) \d{4}\b", re.I)


def _strict_dates(text: str) -> list[re.Match]:
    return list(strict_date().finditer(text)) if _DATE_HINT.search(text) else []


# A period said is what the question is about ('arbejdsløse under krigen'): units of
# other years are left out, as for a month said with its year (a preference only
# measured the same or lower). Its first and last years are kept whole, the days outside
# the period ranked lower (OTHER_YEAR): the minutes of the autumn of 1945 still deal out
# ration cards and wartime grants, and a user asking about 'under krigen' wants them.
PERIOD_STRICT = True
BARE_YEAR = re.compile(r"(?<![\d-])(?:19|20)\d{2}(?![\d-])")
# A year after a preposition ('buskort i 2013', 'elværk i 1940') may be the year of what
# is asked about rather than of the meeting: the fares of 2013 are decided in 2012, a
# year's accounts in the next. Meetings of the years either side stay, ranked lower;
# others are left out. A month, a season or a span with a year is strict.
_PREPOSITION_YEAR = re.compile(r"(?:i|fra|år)\s+\d{4}", re.I)
YEARS_BESIDE = 1
# A decade said ('i 1940'erne'): its ten years, as strict as a period said in words.
DECADE = re.compile(rf"(?<![\w-])(?:i\s+)?((?:1[89]|20)\d)0['’]?(?:{'|'.join(DECADE_ENDINGS)})"
                    r"(?!\w)", re.I)
# A year, or a month or season with its year: one end of a period said in words.
_WHEN = rf"(?:(?:(?:{_MONTHS})\.?|{_SEASONS})\s+)?(?:1[89]|20)\d\d(?!\s*kr\b)"
OPEN_END = dict(OPEN_PERIODS)


@functools.cache
def open_range() -> re.Pattern:
    """A period with one end said ('siden 2023', 'før marts 2010'); built on first use,
    for a text with a year."""
    return re.compile(rf"(?<![\w-])({terms(tuple(OPEN_END), whole=False).pattern})\s+"
                      rf"({_WHEN})(?!\w)", re.I)


# A period said by its ends holds a year at each end: a text without one is not searched
# for such periods (the pattern of every pair of ends took 20-25 ms of every CLI search to build).
_A_YEAR = re.compile(r"(?:1[89]|20)\d\d")


@functools.cache
def between() -> re.Pattern:
    """A period said by both its ends ('mellem 2019 og 2021'), one group pair per wording."""
    return re.compile("|".join(rf"(?<![\w-]){a}\s+(?P<a{n}>{_WHEN})\s+{b}\s+(?P<b{n}>{_WHEN})"
                               rf"(?!\w)" for n, (a, b) in enumerate(PERIOD_BETWEEN)), re.I)


OUTCOME_OF = {w: value for value, words in QUERY_OUTCOMES for w in words}
OUTCOME_PHRASE = {p: value for value, phrases in QUERY_OUTCOME_PHRASES for p in phrases}
_OUTCOME_PHRASE = terms(tuple(OUTCOME_PHRASE))
ASKED = dict(OUTCOMES_ASKED)
QUESTION = frozenset(fold_aa(w) for w in QUESTION_WORDS)


def _related_table(key_of) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for keys, words in CONCEPTS:
        for k in keys:
            key = key_of(fold_aa(k.lower()))
            if key:
                table[key] = tuple(dict.fromkeys(table.get(key, ()) + words))
    return table


# A shorter stem is shared by unrelated words ('tog' the train and the past of 'tage',
# 'lag' of 'lager'): a key that short is matched only in the forms the table lists.
MIN_KEY_STEM = 4


def _word_stem(word: str) -> str:
    """A one-word key's stem, so that any inflection of it is a key ('skraldespandene'
    for 'skraldespand'); '' for a phrase (matched as said) and for a short stem."""
    if " " in word:
        return ""
    st = stem(word)
    return st if len(st) >= MIN_KEY_STEM and st not in DANISH_STOP else ""


RELATED = _related_table(lambda k: k)
PHRASES = tuple(k for k in RELATED if " " in k)
# Each key with its line's words, in table order. Keys are stemmed only when a query word
# shares their first letters: stemming all of them took 40-90 ms of every CLI start.
_OCCURRENCES = tuple((fold_aa(k.lower()), words) for keys, words in CONCEPTS for k in keys)


@functools.lru_cache(maxsize=4096)
def _by_stem(word_stem: str) -> tuple[str, ...]:
    """The words of every key whose stem is `word_stem`, in table order. A stem only
    strips endings, so such a key begins with the stem's first MIN_KEY_STEM letters."""
    found: dict[str, None] = {}
    if word_stem:
        head = word_stem[:MIN_KEY_STEM]
        for key, words in _OCCURRENCES:
            if key.startswith(head) and _word_stem(key) == word_stem:
                found.update(dict.fromkeys(words))
    return tuple(found)


def related(word: str) -> tuple[str, ...]:
    """The administration's words for an everyday word or phrase ('mad' ->
    frokostordning, kantineordning, ...), in any inflection of a one-word key; ()
    for any other word."""
    folded = fold_aa(word.lower())
    return RELATED.get(folded) or _by_stem(_word_stem(folded))


class Finding(FrozenStruct):
    """One thing the query was understood to say.

    kind: committee | date | place | outcome. values: archive bodies, ISO (from, to),
    places or outcome values. parts: a committee's word stems (to find it in titles
    where the body is unknown), or an outcome's cues as a decision text states them.
    strict: False for a preference (a bare year, an outcome, a committee named inside a
    compound: 'byrådsmøderne'), whose other units rank
    lower instead of being dropped.
    """

    __slots__ = ("kind", "said", "values", "parts", "strict")

    def __init__(self, kind: str, said: str, values: tuple[str, ...],
                 parts: tuple[str, ...] = (), strict: bool = True):
        for name, value in zip(self.__slots__, (kind, said, values, parts, strict)):
            object.__setattr__(self, name, value)


def _noun_split(word: str) -> tuple[str, str] | None:
    """'kulturudvalgets' -> ('kultur', 'udvalg'); None when no body noun is in it."""
    m = re.search(_NOUNS, word)
    if not m:
        return None
    head = word[: m.start()].rstrip("-")
    lex = lexicon()
    if head.endswith("s") and head[:-1] in lex:
        head = head[:-1]  # the linking -s: 'sundhedsudvalget'
    return head, m.group(0)


def _stems(head: str) -> tuple[str, ...]:
    parts = split_compound(head) or ((head,) if head else ())
    return tuple(stem(p) for p in parts if p not in DANISH_STOP)


def name_parts(name: str) -> tuple[tuple[str, ...], str | None]:
    """A body's or a mention's content stems and its noun: 'Klima-, Teknik- og
    Miljøudvalget' -> (('klima', 'teknik', 'miljø'), 'udvalg')."""
    stems: list[str] = []
    noun = None
    for word in re.findall(rf"{_L}+", fold_aa(name.lower())):
        if word == "og":
            continue
        split = _noun_split(word)
        if split:
            head, noun = split
            stems.extend(_stems(head))
        else:
            stems.extend(_stems(word))
    return tuple(dict.fromkeys(stems)), noun


def initials(name: str) -> str:
    """'Kultur- og Fritidsudvalget' -> 'kfu'; 'Økonomiudvalget' -> 'øu'."""
    out = ""
    for word in re.findall(rf"{_L}+", fold_aa(name.lower())):
        if word == "og":
            continue
        split = _noun_split(word)
        out += (split[0][:1] + split[1][:1]) if split else word[:1]
    return out


def match_bodies(mention: str, bodies) -> tuple[str, ...]:
    """The archive's bodies a loosely said committee name can mean."""
    parts, noun = name_parts(mention)
    if noun is None or (not parts and noun == "udvalg"):
        return ()  # 'udvalget' alone names no committee
    out = []
    for body in bodies:
        b_parts, b_noun = name_parts(body)
        if b_noun == noun and set(parts) <= set(b_parts):
            out.append(body)
    return tuple(out)


def decision_cues(outcome: str) -> tuple[str, ...]:
    """How a decision text states an outcome, as phrases of stems; cues that need a
    negation ('ikke færdigbehandlet') are left out, since the index drops 'ikke'."""
    out = []
    for value, cues in DECISION_CUES:
        if value != outcome:
            continue
        for cue in cues:
            words = [fold_aa(w) for w in cue.split()]
            if not any(w in DANISH_STOP or w == "ej" for w in words):
                out.append(" ".join(stem(w) for w in words))
    return tuple(dict.fromkeys(out))


def outcome_finding(said: str, value: str) -> Finding:
    """An outcome a user asks about: the outcomes that answer it, and its decision cues."""
    return Finding("outcome", said, ASKED.get(value, (value,)), decision_cues(value),
                   strict=False)


def proposal_cues(outcome: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A recommendation's verbs and the words that make it recommend `outcome` (a
    refusal), as stems: an approved decision that follows it has that outcome. Empty for
    any outcome but a refusal (approving a recommendation to grant grants)."""
    if outcome != "rejected":
        return (), ()
    said = [stem(fold_aa(w)) for w, value in OUTCOME_OF.items() if value == outcome]
    cues = [c for c in decision_cues(outcome) if " " not in c]
    return (tuple(dict.fromkeys(stem(w) for w in PROPOSING)), tuple(dict.fromkeys(cues + said)))


def _names_body(tail: str, dated: bool) -> bool:
    """Whether a mention names the body itself: the noun inflected ('udvalget'), or its
    meeting with a time said ('kulturudvalgsmødet i maj'), which is one of its meetings.
    'byrådsmøderne' without a time, or 'udvalgsformanden', is a subject of its own."""
    tail = tail.lower()
    return tail in NOUN_ENDINGS or (dated and tail.removeprefix("s").startswith(MEETING_NOUNS))


def _committees(text: str, bodies) -> tuple[str, list[Finding], list[str]]:
    findings, notes = [], []
    dated = bool(_strict_dates(text))
    for m in list(COMMITTEE.finditer(text)):
        found = match_bodies(m.group(0), bodies)
        if found:
            parts, noun = name_parts(m.group(0))
            named = _names_body(m.group("tail"), dated)
            findings.append(Finding("committee", m.group(0), found, parts + (stem(noun),),
                                    strict=named))
            if named:  # a compound with a further noun stays a word of the question
                text = text.replace(m.group(0), " ", 1)
        elif _noun_split(fold_aa(m.group(0).lower())) and name_parts(m.group(0))[0]:
            notes.append(f"note: no body in the archive matches '{m.group(0)}'; "
                         "searched as words")
    for m in list(ABBREVIATION.finditer(text)):
        found = tuple(b for b in bodies if initials(b) == fold_aa(m.group(0).lower()))
        if found:
            findings.append(Finding("committee", m.group(0), found,
                                    name_parts(found[0])[0]))
            text = text.replace(m.group(0), " ", 1)
    return text, findings, notes


PERIOD_OF = {p: (lo, hi) for phrases, lo, hi in PERIODS for p in phrases}


# Every period said begins with one of these words: a text without any of them is not
# searched for periods, with a pattern built on first use (about 1 ms of every search).
_PERIOD_HINT = terms(tuple(sorted({p.split()[0] for p in PERIOD_OF})))


@functools.cache
def period_said() -> re.Pattern:
    """A period said in words. A place after it names another one: 'under krigen i
    Ukraine'."""
    return re.compile(rf"(?:{terms(tuple(PERIOD_OF)).pattern})(?!\s+i\s)", re.I)


def _periods(text: str) -> tuple[str, list[Finding]]:
    """Periods said in words ('under krigen') as their dates; a period that is all the
    question says is its subject, and stays words ('under besættelsen')."""
    findings = []
    for m in list(period_said().finditer(text)) if _PERIOD_HINT.search(text) else ():
        rest = text.replace(m.group(0), " ", 1)
        if not re.search(r"[^\W\d_]{3,}", rest):
            break
        said = " ".join(m.group(0).lower().split())
        lo, hi = PERIOD_OF[said]
        findings.append(Finding("date", m.group(0), (lo[:4] + "-01-01", hi[:4] + "-12-31"),
                                strict=PERIOD_STRICT))
        findings.append(Finding("date", m.group(0), (lo, hi), strict=False))
        text = rest
    return text, findings


def _open_ranges(text: str, today: date | None) -> tuple[str, list[Finding]]:
    """Periods said by their ends: 'mellem 2019 og 2021' is 2019-01-01 .. 2021-12-31,
    'siden 2023' 2023-01-01 onwards, 'efter 2020' 2021 onwards, 'før marts 2010' up to
    2010-02-28; an open end is ''."""
    findings = []
    if not _A_YEAR.search(text):
        return text, findings
    for m in list(between().finditer(text)):
        a, b = (v for k, v in m.groupdict().items() if v)
        try:
            (a_lo, a_hi), (b_lo, b_hi) = user_range(a, today), user_range(b, today)
        except BadDate:
            continue
        lo, hi = min(a_lo, b_lo), max(a_hi, b_hi)  # said later year first: the same span
        findings.append(Finding("date", m.group(0), (lo.isoformat(), hi.isoformat())))
        text = text.replace(m.group(0), " ", 1)
    for m in list(open_range().finditer(text)):
        try:
            first, last = user_range(m.group(2), today)
        except BadDate:
            continue
        day = timedelta(days=1)
        lo, hi = {"from": (first, None), "after": (last + day, None),
                  "before": (None, first - day), "to": (None, last)}[OPEN_END[
                      " ".join(m.group(1).lower().split())]]
        findings.append(Finding("date", m.group(0), (lo.isoformat() if lo else "",
                                                      hi.isoformat() if hi else "")))
        text = text.replace(m.group(0), " ", 1)
    return text, findings


def _decades(text: str) -> tuple[str, list[Finding]]:
    """Decades said ('i 1940'erne') as their ten years, taken out of the text."""
    findings = []
    for m in list(DECADE.finditer(text)) if _A_YEAR.search(text) else ():
        first = int(m.group(1)) * 10
        findings.append(Finding("date", m.group(0), (f"{first}-01-01", f"{first + 9}-12-31"),
                                strict=PERIOD_STRICT))
        text = text.replace(m.group(0), " ", 1)
    return text, findings


_USER_PERIODS = frozenset(phrase for phrase, _, _ in USER_PERIODS)
_LAST_WORD = re.compile(r"(\w+)\W*$")


def _owned_period(text: str, m: re.Match) -> bool:
    """Whether a span said in words ('sidste år') belongs to the word before it
    ('krigens sidste år' is the war's last year, not the year before this one)."""
    if m.group(0).lower() not in _USER_PERIODS:
        return False
    before = _LAST_WORD.search(text[:m.start()])
    word = before.group(1).lower() if before else ""
    return word in OWNED_PERIOD_WORDS or (len(word) > 4 and word.endswith(OWNED_PERIOD_ENDINGS))


def _dates(text: str, today: date | None) -> tuple[str, list[Finding]]:
    text, findings = _periods(text)
    text, ranges = _open_ranges(text, today)
    findings += ranges
    text, decades = _decades(text)
    findings += decades
    for m in _strict_dates(text):
        if _owned_period(text, m):  # no date, and no subject either
            text = text.replace(m.group(0), " ", 1)
            continue
        said = re.sub(r"^(?:i|fra|år)\s+(?=\d)", "", m.group(0), flags=re.I)
        try:
            lo, hi = user_range(said, today)
        except BadDate:
            continue
        if _PREPOSITION_YEAR.fullmatch(m.group(0)):
            findings.append(Finding("date", m.group(0), (
                lo.replace(year=lo.year - YEARS_BESIDE).isoformat(),
                hi.replace(year=hi.year + YEARS_BESIDE).isoformat())))
            findings.append(Finding("date", said, (lo.isoformat(), hi.isoformat()),
                                    strict=False))
        else:
            findings.append(Finding("date", m.group(0), (lo.isoformat(), hi.isoformat())))
        text = text.replace(m.group(0), " ", 1)
    if not findings:
        for m in BARE_YEAR.finditer(text):
            y = m.group(0)
            findings.append(Finding("date", y, (f"{y}-01-01", f"{y}-12-31"), strict=False))
    return text, findings


def _words_findings(words: list[str], places) -> tuple[list[str], list[Finding]]:
    """Municipality and outcome words; the others stay words."""
    kept, findings = [], []
    known_places = {fold_aa(p.lower()) for p in places}
    thanked = set()  # 'nej tak': a person's answer, neither an outcome nor the subject
    for i, w in enumerate(words):
        low = fold_aa(w.lower())
        if i in thanked:
            continue
        if low in known_places:
            findings.append(Finding("place", w, (low,)))
        elif low in OUTCOME_OF and i + 1 < len(words) and words[i + 1].lower() in THANKS:
            thanked.add(i + 1)
        elif low in OUTCOME_OF and not _in_condition(" ".join(words[:i])):
            findings.append(outcome_finding(w, OUTCOME_OF[low]))
        else:
            kept.append(w)
    return kept, findings


_CONDITION = frozenset(CONDITION_WORDS)


def _in_condition(before: str) -> bool:
    """Whether the words before an outcome put it in a clause of time or condition
    ('... før kommunen giver lov'): then it tells no outcome asked about."""
    return any(w.lower() in _CONDITION for w in re.findall(r"\w+", before)[-CONDITION_REACH:])


def _outcome_phrases(text: str) -> tuple[str, list[Finding]]:
    """Outcomes said as a phrase ('fik lov til', 'sagde nej til'), taken out of the text."""
    findings = []
    for m in list(_OUTCOME_PHRASE.finditer(text)):
        if _in_condition(text[:m.start()]):
            continue
        said = " ".join(m.group(0).split())  # a body taken out between its words
        findings.append(outcome_finding(said, OUTCOME_PHRASE[said.lower()]))
        text = text.replace(m.group(0), " ", 1)
    return text, findings


def _phrases(text: str) -> tuple[str, list[str]]:
    """Everyday phrases the concept table knows ('lang tid', 'har det svært'), taken out
    of the text whole."""
    found = []
    said = _phrases_said(text)
    for m in list(terms(said).finditer(text)) if said else ():
        found.append(m.group(0).lower())
        text = text.replace(m.group(0), " ", 1)
    return text, found


def _phrases_said(text: str) -> tuple[str, ...]:
    """The table's phrases all of whose words occur in the text (case aside), in table
    order: a phrase lacking one cannot match, and compiling the pattern of all 200-odd of
    them cost every CLI search 30-60 ms, more than the query."""
    folded = text.casefold()
    return tuple(p for p in PHRASES if all(w.casefold() in folded for w in p.split()))


def _frame(words: list[str], rest_said: bool) -> tuple[list[str], list[str]]:
    """The subject's words and the question's frame ('hvordan', 'går', 'få'). When the
    frame is all there is, its words are searched for."""
    frame = [w for w in words if fold_aa(w.lower()) in QUESTION and not related(w)]
    kept = [w for w in words if w not in frame]
    return (kept, frame) if kept or rest_said else (words, [])


def understand(text: str, bodies=(), places=(), today: date | None = None
               ) -> tuple[list[str], list[Finding], list[str]]:
    """The words to search for, what else the query says, and notes for --explain."""
    rest, committees, notes = _committees(text, bodies)
    rest, dates = _dates(rest, today)
    rest, said = _outcome_phrases(rest)
    rest, phrases = _phrases(rest)
    words = re.findall(r"\w+(?:[-.'’]\w+)*", rest)
    words, others = _words_findings(words, places)
    findings = committees + dates + said + others
    words, frame = _frame(words, bool(phrases or findings))
    if frame:
        notes.append("question words left out: " + ", ".join(frame))
    return phrases + words, findings, notes
