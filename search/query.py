"""User text + filters -> a Whoosh query.

The query language: words, "exact phrases", AND / OR / NOT, -word, word*, word~,
and the fields udvalg: type: sag: person: beslutning: dato: (titel: tekst: too).
Filters from options are built as query objects, never pasted into the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from whoosh import qparser
from whoosh.query import And, Every, Not, NumericRange, Or, Phrase, Query, Term

from index.schema import FIELD_ALIASES
from ingest.dates import BadDate, user_range
from ingest.records import Kind, Outcome, case_key

DEFAULT_FIELDS = ("item_title", "title", "content", "decision", "body")
FIELD_BOOSTS = {"item_title": 3.0, "title": 1.5, "content": 1.0, "decision": 1.2, "body": 0.5}
KNOWN_FIELDS = set(FIELD_ALIASES) | {"dato"}

# Danish words for outcomes, so 'beslutning:godkendt' works as well as 'approved'.
OUTCOME_WORDS = {
    "godkendt": "approved", "vedtaget": "approved", "tiltrådt": "approved",
    "anbefalet": "recommended", "anbefales": "recommended",
    "efterretning": "noted", "noteret": "noted", "orientering": "noted",
    "drøftet": "discussed", "oversendt": "referred", "henvist": "referred",
    "udsat": "postponed", "afvist": "rejected", "forkastet": "rejected",
    "trukket": "withdrawn", "udgået": "withdrawn", "udgik": "withdrawn", "andet": "other",
}


class QueryError(ValueError):
    """A query the user must fix; the message says how."""


@dataclass(frozen=True, slots=True)
class Filters:
    body: str | None = None
    kind: str | None = None
    outcome: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    case: str | None = None


_FIELD_RE = re.compile(r'(?<![\w"\\])([A-Za-zæøåÆØÅ_]+):(?=\S)')
_DATO_RE = re.compile(r'(?<![\w"])dato:("([^"]+)"|\S+)', re.I)


def _outside_quotes(text: str) -> str:
    return re.sub(r'"[^"]*"', lambda m: " " * len(m.group(0)), text)


def check_fields(text: str) -> None:
    """Reject unknown field names with the list of known ones."""
    for m in _FIELD_RE.finditer(_outside_quotes(text)):
        name = m.group(1).lower()
        if name not in KNOWN_FIELDS:
            raise QueryError(f"unknown field '{m.group(1)}:'; use one of "
                             + ", ".join(f"{f}:" for f in sorted(KNOWN_FIELDS)))


def extract_dates(text: str) -> tuple[str, date | None, date | None]:
    """Pull 'dato:2024', 'dato:2012-01-01..2012-12-31', 'dato:"januar 2024"' out of text."""
    lo = hi = None
    for m in _DATO_RE.finditer(text):
        value = m.group(2) or m.group(1)
        try:
            if ".." in value:
                a, b = value.split("..", 1)
                lo = user_range(a)[0] if a else None
                hi = user_range(b)[1] if b else None
            else:
                lo, hi = user_range(value)
        except BadDate as exc:
            raise QueryError(str(exc)) from exc
    return _DATO_RE.sub(" ", text).strip(), lo, hi


def _rewrite_values(text: str) -> str:
    """Field values users write in their own words, in the form the index holds."""
    def outcome(m: re.Match) -> str:
        v = m.group(1).strip('"').lower()
        v = OUTCOME_WORDS.get(v, v)
        if v not in {o.value for o in Outcome}:
            raise QueryError(f"unknown outcome '{m.group(1)}'; use one of "
                             + ", ".join(o.value for o in Outcome))
        return f"outcome:{v}"

    def kind(m: re.Match) -> str:
        v = m.group(1).strip('"').lower()
        if v not in {k.value for k in Kind}:
            raise QueryError(f"unknown document type '{m.group(1)}'; use one of "
                             + ", ".join(k.value for k in Kind))
        return f"kind:{v}"

    def case(m: re.Match) -> str:
        v = m.group(1).strip('"')
        return f"sag:'{case_key(v).lower()}'"

    text = re.sub(r'(?i)\bbeslutning:("[^"]+"|\S+)', outcome, text)
    text = re.sub(r'(?i)\btype:("[^"]+"|\S+)', kind, text)
    text = re.sub(r'(?i)\bsag:("[^"]+"|\S+)', case, text)
    for alias, field in FIELD_ALIASES.items():
        if alias not in ("beslutning", "type", "sag"):
            text = re.sub(rf"(?i)\b{alias}:", f"{field}:", text)
    return text


def parser(schema) -> qparser.MultifieldParser:
    """The query parser: AND by default, with fuzzy and +/- operators."""
    p = qparser.MultifieldParser(list(DEFAULT_FIELDS), schema, fieldboosts=FIELD_BOOSTS,
                                 group=qparser.AndGroup)
    p.add_plugin(qparser.FuzzyTermPlugin())
    p.add_plugin(qparser.PlusMinusPlugin())
    return p


def build(text: str, filters: Filters, schema) -> Query:
    """The whole query: parsed user text AND every filter."""
    check_fields(text)
    text, lo, hi = extract_dates(text)
    if not text.strip() and not any([filters.body, filters.kind, filters.outcome, filters.case,
                                     lo, hi, filters.date_from, filters.date_to]):
        raise QueryError("empty query; give words to search for, or a filter such as --body")
    clauses: list[Query] = []
    if text.strip():
        rewritten = _rewrite_values(text)
        text_q = parser(schema).parse(_fuzzy_fix(rewritten))
        if _has_error(text_q):
            raise QueryError(f"malformed query: {text!r}; check quotes and operators")
        clauses.append(text_q)
    clauses.extend(_filters(filters, lo, hi, schema))
    if not clauses:
        return Every()
    return clauses[0] if len(clauses) == 1 else And(clauses)


def _day(d: date) -> int:
    return d.year * 10000 + d.month * 100 + d.day


def _fuzzy_fix(text: str) -> str:
    # 'word~' without a distance means one edit; Whoosh needs the explicit form.
    return re.sub(r"(\w)~(?!\d)", r"\1~1", text)


def _has_error(q: Query) -> bool:
    from whoosh.qparser.common import QueryParserError  # noqa: F401
    from whoosh.query import NullQuery
    if q is NullQuery or q is None:
        return True
    names = {type(x).__name__ for x in q.leaves()} if hasattr(q, "leaves") else set()
    return "ErrorQuery" in names


def _filters(f: Filters, lo: date | None, hi: date | None, schema) -> list[Query]:
    out: list[Query] = []
    if f.body:
        words = [t.text for t in schema["body"].analyzer(f.body, mode="query")]
        if words:
            out.append(Phrase("body", words) if len(words) > 1 else Term("body", words[0]))
    if f.kind:
        out.append(Term("kind", f.kind.lower()))
    if f.outcome:
        v = OUTCOME_WORDS.get(f.outcome.lower(), f.outcome.lower())
        if v not in {o.value for o in Outcome}:
            raise QueryError(f"unknown outcome '{f.outcome}'; use one of "
                             + ", ".join(o.value for o in Outcome))
        out.append(Term("outcome", v))
    if f.case:
        out.append(Or([Term("sag", case_key(f.case).lower()), Term("sag", f.case.lower())]))
    lo = max(filter(None, [lo, f.date_from]), default=None)
    hi = min(filter(None, [hi, f.date_to]), default=None)
    if lo and hi and lo > hi:
        raise QueryError(f"the date range is empty: {lo} is after {hi}")
    if lo or hi:
        out.append(NumericRange("day", _day(lo) if lo else 1, _day(hi) if hi else None))
    return out


__all__ = ["build", "Filters", "QueryError", "Not"]
