"""User text + filters -> a plan: the Whoosh query that scores, the hard filters, and the
soft filters the text was understood to ask for.

Two modes:
- natural language (words only, the default): each word is one group over the unit's
  title, text and decision; a unit matching some of the words is found, its score scaled
  by the square of the share of the question it matches (half by the words' number, half
  by their information), so units that match more of the words rank first. Committee
  names, months, years, seasons, municipalities and outcome words are understood as
  soft filters (search/understand.py): units with unknown metadata stay, ranked lower.
- structured (AND / OR / NOT, "phrases", field:value, +word, -word, word*, word~):
  exact semantics, every plain word required. `-` means NOT only at the start of a word.

Filters from options are built as query objects, never pasted into the text.
"""
from __future__ import annotations

import math
import re
from datetime import date
from typing import TYPE_CHECKING

from whoosh.matching import Matcher
from whoosh.matching.wrappers import WrappingMatcher
from whoosh.query import (And, CompoundQuery, Every, Not, NumericRange, Or, Phrase, Query, Term)
from whoosh.query.spans import SpanNear2, SpanOr

from index.analysis import (DANISH_STOP, WORD_PATTERN, fold_aa, lexicon, split_compound,
                            stem, surface, word_parts)
from index.schema import FIELD_ALIASES
from ingest.dates import BadDate, user_range
from ingest.errors import ReferatError
from ingest.kinds import Kind, Outcome, case_key
from ingest.vocab import (IRREGULAR_VERBS, PARTICLE_NOUN_ENDINGS, PARTICLE_REACH, PARTICLES,
                          PROPOSAL_REACH, VERB_ENDINGS)
from search.struct import FrozenStruct, Struct

if TYPE_CHECKING:
    from whoosh.qparser import MultifieldParser

# The unit's own text is scored; meeting-level fields (title, body) are not. Each boost
# is applied here once (the schema carries none).
DEFAULT_FIELDS = ("item_title", "content", "decision")
FIELD_BOOSTS = {"item_title": 3.0, "content": 1.0, "decision": 1.0}
KNOWN_FIELDS = set(FIELD_ALIASES) | {"dato"}
COORD_POWER = 2  # score x (matched/n)^2: measured as good as any (issue 11)
# The share of the question a unit matches is half the share of its words and half the
# share of their information: a word's information is ln(1 + units / units it matches),
# so a rare word ('gadebelysning', 'fødselsdag') matched counts for more than a word most
# items say ('betale', 'borgere'), and a unit holding only the common words no longer ties
# with one holding only the rare one. All by information lets one rare word that is not
# the subject outweigh the rest ('alderdom', 'sikker'); half and half measured best.
COORD_INFORMATION = 0.5
# A compound's parts in other words of the text. Next to each other, but for stop words and
# one word ('fravær i skolen', 'forslag til budget', 'Natur- og Miljørådet'), they say the
# compound: the word matched. Farther apart, within a short passage, they are a weaker
# match ('Sundheds- og Omsorgsudvalget ... Handicaprådet' is no sundhedsråd): scored x
# PARTS_BOOST and counted as PARTS_MATCH of a word matched (class Parts).
PARTS_SLOP = 1
PARTS_NEAR_SLOP = 6
PARTS_BOOST = 0.5
PARTS_MATCH = 0.75
# The administration's words for an everyday word ('mad' -> frokostordning): a weaker
# match than the user's own word, strong enough that an item named in those words ranks.
RELATED_BOOST = 0.5
RELATED_FIELDS = ("item_title", "content")
# A compound the archive never writes ('hackerangreb') is looked for by each of its parts
# the archive does write, alone ('angreb' finds cyberangreb, whose parts the index holds):
# the weakest alternative, for a word that would otherwise match nothing.
ABSENT_PART_BOOST = 0.3
# A part in more of the units than this is too general to stand for the compound alone
# ('net' of 'mobilnettet', 'dag' of 'dagplejemødrene'); BM25's idf alone does not stop it,
# since any alternative counts the user's word as matched.
ABSENT_PART_SHARE = 0.01
# A particle verb's compound ('rive ned' -> nedrivning) counts as the verb matched, at
# half weight: it is also written in passing ('oprydning, udsmidning og nedpakning af
# møbler'), and at full weight such a mention outranked the items about the question
# (z02 0.50 -> 0.30 at 1.0, 0.60 at 0.5).
PARTICLE_BOOST = 0.5

# Danish words for outcomes, so 'beslutning:godkendt' works as well as 'approved'.
OUTCOME_WORDS = {
    "godkendt": "approved", "vedtaget": "approved", "tiltrådt": "approved",
    "anbefalet": "recommended", "anbefales": "recommended",
    "efterretning": "noted", "noteret": "noted", "orientering": "noted",
    "drøftet": "discussed", "oversendt": "referred", "henvist": "referred",
    "udsat": "postponed", "afvist": "rejected", "forkastet": "rejected",
    "trukket": "withdrawn", "udgået": "withdrawn", "udgik": "withdrawn", "andet": "other",
}


class QueryError(ReferatError, ValueError):
    """A query the user must fix; the message says how."""


class Filters(FrozenStruct):
    __slots__ = ("body", "kind", "outcome", "date_from", "date_to", "case")

    def __init__(self, body: str | None = None, kind: str | None = None,
                 outcome: str | None = None, date_from: date | None = None,
                 date_to: date | None = None, case: str | None = None):
        for name, value in zip(self.__slots__, (body, kind, outcome, date_from, date_to, case)):
            object.__setattr__(self, name, value)


class Soft(FrozenStruct):
    """A filter understood from the words: units matching `match` rank as usual, units
    matching `unknown` (the metadata is missing) are kept with a lower score, and the
    rest are dropped, or kept with their score times `others` when it is above 0."""

    __slots__ = ("name", "said", "meaning", "match", "unknown", "others")

    def __init__(self, name: str, said: str, meaning: str, match: Query, unknown: Query,
                 others: float = 0.0):
        for slot, value in zip(self.__slots__, (name, said, meaning, match, unknown, others)):
            object.__setattr__(self, slot, value)


class Plan(Struct):
    """What a search runs: the scoring query, hard filters, soft filters."""

    __slots__ = ("text", "filters", "soft", "natural", "groups", "words", "notes", "counted")

    def __init__(self, text: Query | None, filters: list[Query] | None = None,
                 soft: list[Soft] | None = None, natural: bool = False,
                 groups: list[Query] | None = None, words: list[str] | None = None,
                 notes: list[str] | None = None, counted: object = None):
        self.text = text
        self.filters = [] if filters is None else filters
        self.soft = [] if soft is None else soft
        self.natural = natural
        self.groups = [] if groups is None else groups  # one per word, natural mode
        self.words = [] if words is None else words
        self.notes = [] if notes is None else notes
        # Per unit, the words matched as the ranking counts them (a compound's parts
        # spread over a passage 0.75 of a word), once the natural query is scored: the
        # 'k of n' shown.
        self.counted = counted

    def explain(self) -> list[str]:
        """How the query was understood, one line each."""
        lines = [f"mode: {'natural language (any word; more words matched rank higher)' if self.natural else 'structured (exact)'}"]
        if self.natural:
            lines.append("words: " + (", ".join(self.words) or "(none: filters only)"))
        lines += [f"{s.name}: '{s.said}' -> {s.meaning}" for s in self.soft]
        lines += [f"filter: {q}" for q in self.filters]
        lines += self.notes
        return lines


# --- matching -------------------------------------------------------------------------

class Coord(CompoundQuery):
    """Matches units with any of its groups; the summed score is scaled by
    (groups matched / groups) ** COORD_POWER. Whoosh's own coordination counts field
    and term leaves and adds a small bonus; this counts the user's words."""

    JOINT = " ANY "

    def __init__(self, subqueries, boost=1.0, optional=0):
        super().__init__(subqueries, boost=boost)
        self.optional = optional  # the last `optional` groups add score, not coordination

    def _matcher(self, subs, searcher, context):
        optional = self.optional if self.optional < len(subs) else 0
        required = subs[: len(subs) - optional]
        wholes = [None if w is q else (w and w.matcher(searcher, context), weaker_weight(q))
                  for q, w in ((q, without_parts(q)) for q in required)]
        return CoordMatcher([q.matcher(searcher, context) for q in subs], len(subs) - optional,
                            optional, wholes, self._shares(required, searcher.get_parent()))

    def _shares(self, required: list, top) -> list[float]:
        """The groups' shares of the question's information over the whole archive (a
        segment's searcher asks its parent), counted once per archive searcher, not once
        per segment."""
        memo = self.__dict__.get("_shares_memo")
        if memo is None or memo[0] != id(top):
            counts = [sum(1 for _ in q.docs(top)) for q in required]
            memo = self._shares_memo = (id(top), word_information(counts, top.doc_count_all()))
        return memo[1]

    def matcher(self, searcher, context=None):
        return self._matcher(self.subqueries, searcher, context)


class CoordMatcher(Matcher):
    """The union of the required groups' matchers with the coordination factor. Optional
    groups (common words, a year said in passing) add to the score of a unit the
    required ones found but find no unit on their own."""

    def __init__(self, children: list, n: int, optional: int = 0, wholes=None, shares=None):
        self._all = children
        self._n = n
        # Per required group, its part of the question's information (word_information).
        self._shares = shares if shares is not None else [1.0 / n] * n
        self._share = dict(zip(map(id, children), self._shares))
        self._held = sum(1 for x in self._shares if x) or n  # the words the archive holds
        # Per required group with weaker alternatives, a matcher of its other alternatives
        # (False: it has none) and what the group counts for where that matcher is not on
        # the unit (search/vectors.py counts the same from the arrays).
        self._wholes = dict(zip(map(id, children), wholes or ()))
        self._optional = children[len(children) - optional:] if optional else []
        self._req = children[: len(children) - optional]
        self._refresh()

    def _refresh(self) -> None:
        self._req = [c for c in self._req if c.is_active()]
        self._id = min((c.id() for c in self._req), default=None)

    def is_active(self):
        return bool(self._req)

    def id(self):
        return self._id

    def children(self):
        return list(self._req) + [c for c in self._optional if c.is_active()]

    def copy(self):
        children = [c.copy() for c in self._all]
        wholes = [self._wholes.get(id(c)) for c in self._all[: self._n]]
        return CoordMatcher(children, self._n, len(self._optional),
                            [w and (w[0] and w[0].copy(), w[1]) for w in wholes], self._shares)

    def replace(self, minquality=0):
        return self

    def next(self):
        for c in self._req:
            if c.id() == self._id:
                c.next()
        self._refresh()

    def skip_to(self, id):
        for c in self._req:
            if c.id() < id:
                c.skip_to(id)
        self._refresh()

    def _at(self) -> list:
        return [c for c in self._req if c.id() == self._id]

    def matched(self) -> float:
        """How many of the required groups' words the current unit holds (a word met only
        by a weaker alternative counts less, search/query.py match_weight)."""
        return sum(self._weight(c) for c in self._at())

    def share(self) -> float:
        """The share of the question the current unit matches (coord_share)."""
        at = self._at()
        return coord_share(sum(self._weight(c) for c in at) / self._held,
                           sum(self._weight(c) * self._share[id(c)] for c in at))

    def _weight(self, c) -> float:
        kept = self._wholes.get(id(c))
        if kept is None:
            return 1.0
        whole, weaker = kept
        if whole and whole.is_active() and whole.id() < self._id:
            whole.skip_to(self._id)
        return 1.0 if whole and whole.is_active() and whole.id() == self._id else weaker

    def score(self):
        at = self._at()
        extra = 0.0
        for c in self._optional:
            if c.is_active() and c.id() < self._id:
                c.skip_to(self._id)
            if c.is_active() and c.id() == self._id:
                extra += c.score()
        counted = sum(c.score() for c in at)
        # Words said in passing add at most what the counted words give (search/vectors.py).
        return (counted + min(extra, counted)) * self.share() ** COORD_POWER

    def supports_block_quality(self):
        return False  # the optional groups' blocks do not line up with the required ones

    def all_ids(self):
        # Consumes the children: a matcher used for counting is not used for scoring.
        ids: set[int] = set()
        for c in self._req:
            ids.update(c.all_ids())
        return iter(sorted(ids))


def word_information(units_matched: list[int], units: int) -> list[float]:
    """Each word group's part of the question's information: ln(1 + units / units it
    matches), summing to 1 over the groups; a group that matches nothing has none."""
    info = [math.log(1 + units / k) if k else 0.0 for k in units_matched]
    total = sum(info)
    return [x / total for x in info] if total else info


def coord_share(words: float, information: float) -> float:
    """The share of the question a unit matches, from the share of the words (of those
    the archive holds) and the share of their information it matches."""
    return (1 - COORD_INFORMATION) * words + COORD_INFORMATION * information


# --- natural language -------------------------------------------------------------------

_OPERATOR = re.compile(r'["()*~^]|(?<![\w-])[+-](?=\w)|\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE)\b|'
                       r'(?<![\w"\\])[A-Za-zæøåÆØÅ_]+:(?=\S)')


def is_natural(text: str) -> bool:
    """Words only: no operators, quotes, fields, wildcards or leading +/-."""
    return not _OPERATOR.search(text)


def _stems(text: str) -> list[str]:
    words = [surface(fold_aa(w)) for w in re.findall(WORD_PATTERN, text.lower())]
    return [stem(w) for w in words if w and w not in DANISH_STOP]


def _said_as(stems: list[str], field: str, boost: float) -> Query | None:
    """A word or a phrase in one field, as stems."""
    if not stems:
        return None
    if len(stems) == 1:
        return Term(field, stems[0], boost=boost)
    return Phrase(field, stems, boost=boost)


def related(word: str) -> tuple[str, ...]:
    """The concept table's words for an everyday word (search/understand.py)."""
    from search.understand import related as table

    return table(word)


def related_alternatives(terms: tuple[str, ...], own: str | None) -> list[Query]:
    """The administration's words for an everyday word (`related(word)`), as weaker
    alternatives."""
    out = []
    for term in terms:
        stems = _stems(term)
        if stems and stems != [own]:
            out += [_said_as(stems, f, FIELD_BOOSTS[f] * RELATED_BOOST) for f in RELATED_FIELDS]
    return out


def word_group(word: str, schema, share=None) -> Query | None:
    """One user word over the scored fields, with its parts and the administration's
    words for it as weaker alternatives. `share` (a stem's share of the archive's units)
    tells which words the archive never writes."""
    if " " in word:  # an everyday phrase ('lang tid')
        stems = _stems(word)
        alts = [q for q in (_said_as(stems, f, FIELD_BOOSTS[f]) for f in DEFAULT_FIELDS) if q]
        alts += related_alternatives(related(word), None)
        return Or(alts) if alts else None
    whole = surface(fold_aa(word.lower()))
    if not whole or whole in DANISH_STOP:
        return None
    term = stem(whole)
    alts: list[Query] = [Term(f, term, boost=FIELD_BOOSTS[f]) for f in DEFAULT_FIELDS]
    table = related(word)
    alts += related_alternatives(table, term)
    parts = [stem(p) for p in (word_parts(fold_aa(word.lower())) if "-" in word
                               else split_compound(whole))]
    parts = [p for p in dict.fromkeys(parts) if p not in DANISH_STOP and p != term]
    if len(parts) > 1:
        said = [Term("content", p) for p in parts]
        alts.append(Parts(said, slop=PARTS_SLOP, boost=PARTS_BOOST))
        alts.append(Parts(said, slop=PARTS_NEAR_SLOP, boost=PARTS_BOOST, counts=PARTS_MATCH))
        if not table:  # the concept table already names the archive's words
            alts += absent_word_parts(term, parts, share)
    return Or(alts)


class Parts(SpanNear2):
    """A compound's parts within `slop` words of each other in other words than the
    compound itself (a part stands at its word's position, and the parts of one word are
    no span): scored x `boost` by Whoosh's matcher and search/exact.py alike, and counted
    as `counts` of a word matched (Coord)."""

    def __init__(self, qs, slop=PARTS_SLOP, ordered=False, mindist=1, boost=1.0,
                 counts=1.0):
        super().__init__(qs, slop=slop, ordered=ordered, mindist=mindist)
        self.boost = boost
        self.counts = counts

    def __repr__(self):
        return f"{super().__repr__()[:-1]}, boost={self.boost!r}, counts={self.counts!r})"

    def __eq__(self, other):
        return (super().__eq__(other) and self.boost == other.boost
                and self.counts == other.counts)

    def __hash__(self):
        return super().__hash__() ^ hash((self.boost, self.counts))

    def apply(self, fn):
        return type(self)([fn(q) for q in self.qs], slop=self.slop, ordered=self.ordered,
                          mindist=self.mindist, boost=self.boost, counts=self.counts)

    def matcher(self, searcher, context=None):
        m = super().matcher(searcher, context)
        return m if self.boost == 1.0 else WrappingMatcher(m, boost=self.boost)


def match_weight(q: Query) -> float:
    """How much of a word an alternative of its group counts for when it alone matches a
    unit: a compound's parts spread over a passage less than the word."""
    return q.counts if isinstance(q, Parts) else 1.0


def without_parts(q: Query) -> Query | bool:
    """A word group without its weaker alternatives (compound parts counted as less than
    the word): the group itself when it has none; False when it is nothing else."""
    if match_weight(q) < 1.0:
        return False
    if type(q) is not Or:
        return q
    subs = [without_parts(sub) for sub in q.subqueries]
    if all(a is b for a, b in zip(subs, q.subqueries)):
        return q
    kept = [sub for sub in subs if sub is not False]
    return Or(kept, boost=q.boost) if kept else False


def weaker_weight(q: Query) -> float:
    """What a word group counts for where only its weaker alternatives match."""
    if type(q) is Or:
        return max((weaker_weight(sub) for sub in q.subqueries), default=0.0)
    w = match_weight(q)
    return w if w < 1.0 else 0.0


def absent_word_parts(term: str, parts: list[str], share) -> list[Query]:
    """A compound's parts alone, each as a weak alternative, when the archive never
    writes the word itself but writes the part: the user's word for a thing the
    administration names with another compound of the same parts."""
    if share is None or share(term) > 0:
        return []
    return [Term(f, p, boost=FIELD_BOOSTS[f] * ABSENT_PART_BOOST)
            for p in parts if 0 < share(p) <= ABSENT_PART_SHARE for f in RELATED_FIELDS]


# --- particle verbs ------------------------------------------------------------------------

_IRREGULAR = dict(IRREGULAR_VERBS)


def verb_roots(word: str) -> tuple[str, ...]:
    """The roots a verb said in any form may have: 'rive' -> riv, 'smider' -> smid, smide,
    'lukke' -> lukk, luk; 'sat' -> sætt, sæt (an irregular past)."""
    base = _IRREGULAR.get(word, word)
    stripped = [base[: -len(e)] for e in VERB_ENDINGS
                if base.endswith(e) and len(base) - len(e) >= MIN_VERB_ROOT]
    roots = stripped or [base]  # a form with an ending is no root itself ('rive')
    roots += [r[:-1] for r in roots if len(r) > MIN_VERB_ROOT and r[-1] == r[-2]]
    return tuple(dict.fromkeys(roots))


MIN_VERB_ROOT = 2  # 'gå', 'slå': the shortest roots a particle verb is built on


def particle_forms(verb: str, particle: str) -> tuple[str, ...]:
    """The words the administration may write for a particle verb: its nouns
    (ned+riv+ning) and, for a participle said ('sat ned'), the participle (nedsat)."""
    forms = [particle + r + e for r in verb_roots(verb) for e in PARTICLE_NOUN_ENDINGS]
    if verb.endswith("t"):  # a participle: 'sat', 'lukket', 'smidt'
        forms.insert(0, particle + verb)
    return tuple(dict.fromkeys(forms))


def particle_verbs(words: list[str], share) -> dict[str, tuple[tuple[str, str], ...]]:
    """The question's verbs that a particle after them makes a compound the archive
    writes: {'rive': (('ned', 'nedrivning'),)} for 'rive et gammelt hus ned'."""
    if share is None:
        return {}
    low = [fold_aa(w.lower()) for w in words]
    out: dict[str, tuple[tuple[str, str], ...]] = {}
    for i, particle in enumerate(low):
        if particle not in PARTICLES:
            continue
        for j in range(max(0, i - PARTICLE_REACH), i):
            if low[j] in DANISH_STOP or low[j] in PARTICLES:
                continue
            bare = {particle + r for r in verb_roots(low[j])}
            found = [(particle, c) for c in particle_forms(low[j], particle)
                     if share(stem(c)) > 0 and _not_the_bare_verb(c, bare)]
            if found:
                out[words[j]] = out.get(words[j], ()) + tuple(found)
    return out


def _not_the_bare_verb(form: str, bare: set[str]) -> bool:
    """Whether a form stays a noun once stemmed: 'opholdelse' stems to 'ophold' (a stay,
    not a stop), so a form that stems to the prefixed verb's root (`bare`: particle +
    root) is taken only when the lexicon knows the word itself (nedsættelse)."""
    return stem(form) not in bare or form in lexicon()


def particle_alternatives(compounds: tuple[tuple[str, str], ...]) -> list[Query]:
    """A particle verb's compounds, as alternatives to the verb said alone."""
    return [Term(f, stem(c), boost=FIELD_BOOSTS[f] * PARTICLE_BOOST)
            for _, c in compounds for f in DEFAULT_FIELDS]


def natural_query(words: list[str], schema, optional=(), share=None, particles=None
                  ) -> tuple[Query | None, list[Query], list[str]]:
    """The Coord query over the words' groups (None when no word is left). Optional
    words (a year said in passing) add to the score but not to the words matched.
    `particles` (from particle_verbs) widens a verb to the compounds its particle makes;
    a particle so read is no word of its own."""
    particles = particles or {}
    used = {p for pairs in particles.values() for p, _ in pairs}
    words = [w for w in words if fold_aa(w.lower()) not in used]
    groups, kept = [], []
    for w in sorted(words, key=lambda w: w in optional):
        g = word_group(w, schema, share)
        if g is not None and w in particles:
            g = Or([g] + particle_alternatives(particles[w]))
        if g is not None:
            groups.append(g)
            kept.append(w)
    n_optional = sum(1 for w in kept if w in optional)
    if not groups:
        return None, [], []
    if len(groups) == 1 and not n_optional:
        return groups[0], groups, kept
    return Coord(groups, optional=n_optional), groups, kept


# The --explain note naming the words that add to a score but are not counted.
NOT_COUNTED = "not counted in words matched (said in passing or in most units): "
COMMON_SHARE = 0.2  # a word in this share of the units says little ('kommunen')


def common_words(words: list[str], share) -> set[str]:
    """Words so common in the archive that matching them says little about a unit:
    they add to the score but are not counted as words matched."""
    if share is None or len(words) < 2:
        return set()
    return {w for w in words if share(stem(surface(fold_aa(w.lower())))) > COMMON_SHARE}


def tokens(text: str) -> list[str]:
    """The words of a natural-language query, hyphenated words whole."""
    return re.findall(WORD_PATTERN, text)


# --- structured ---------------------------------------------------------------------------

_FIELD_RE = re.compile(r'(?<![\w"\\])([A-Za-zæøåÆØÅ_]+):(?=\S)')
_DATO_RE = re.compile(r'(?<![\w"])dato:("([^"]+)"|\S+)', re.I)


def _outside_quotes(text: str) -> str:
    return re.sub(r'"[^"]*"', lambda m: " " * len(m.group(0)), text)


def check_syntax(text: str) -> None:
    """Reject what the parser would silently guess at: unclosed quotes and brackets."""
    if text.count('"') % 2:
        raise QueryError(f"unclosed quote in {text!r}; close it or remove it")
    bare = _outside_quotes(text)
    depth = 0
    for ch in bare:
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            break
    if depth:
        raise QueryError(f"unbalanced brackets in {text!r}")


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


def outcome_value(word: str) -> str:
    """An outcome in English or Danish -> its value; QueryError when unknown."""
    v = OUTCOME_WORDS.get(word.lower(), word.lower())
    if v not in {o.value for o in Outcome}:
        raise QueryError(f"unknown outcome '{word}'; use one of "
                         + ", ".join(o.value for o in Outcome))
    return v


def kind_value(word: str) -> str:
    """A document type (`type:`, --kind) -> its value; QueryError when unknown."""
    v = word.strip('"').lower()
    if v not in {k.value for k in Kind}:
        raise QueryError(f"unknown document type '{word}'; use one of "
                         + ", ".join(k.value for k in Kind))
    return v


def _rewrite_values(text: str) -> str:
    """Field values users write in their own words, in the form the index holds."""
    def kind(m: re.Match) -> str:
        return f"kind:{kind_value(m.group(1))}"

    text = re.sub(r'(?i)\bbeslutning:("[^"]+"|\S+)',
                  lambda m: f"outcome:{outcome_value(m.group(1).strip(chr(34)))}", text)
    text = re.sub(r'(?i)\btype:("[^"]+"|\S+)', kind, text)
    text = re.sub(r'(?i)\bsag:("[^"]+"|\S+)',
                  lambda m: f"sag:'{case_key(m.group(1).strip(chr(34))).lower()}'", text)
    for alias, name in FIELD_ALIASES.items():
        if alias not in ("beslutning", "type", "sag"):
            text = re.sub(rf"(?i)\b{alias}:", f"{name}:", text)
    return text


def parser(schema) -> MultifieldParser:
    """The query parser: AND by default, with fuzzy terms and +/- at word starts only."""
    from whoosh import qparser  # a structured query's only: its plugins cost a search's start

    p = qparser.MultifieldParser(list(DEFAULT_FIELDS), schema, fieldboosts=FIELD_BOOSTS,
                                 group=qparser.AndGroup)
    p.add_plugin(qparser.FuzzyTermPlugin())
    p.remove_plugin_class(qparser.PlusMinusPlugin)
    # 'e-mail' and 'P-plads' are words; '-budget' at a word's start excludes.
    p.add_plugin(qparser.PlusMinusPlugin(plusexpr=r"(?<![^\s(])\+(?=\S)",
                                         minusexpr=r"(?<![^\s(])-(?=\w)"))
    return p


def _fuzzy_fix(text: str) -> str:
    # 'word~' without a distance means one edit; Whoosh needs the explicit form.
    return re.sub(r"(\w)~(?!\d)", r"\1~1", text)


def _has_error(q: Query) -> bool:
    from whoosh.query import NullQuery
    if q is NullQuery or q is None:
        return True
    names = {type(x).__name__ for x in q.leaves()} if hasattr(q, "leaves") else set()
    return "ErrorQuery" in names


def structured_query(text: str, schema) -> Query:
    """The parsed query of a structured text."""
    q = parser(schema).parse(_fuzzy_fix(_rewrite_values(text)))
    if _has_error(q):
        raise QueryError(f"malformed query: {text!r}; check quotes and operators")
    return q


# --- the plan -------------------------------------------------------------------------------

def _has_filters(f: Filters, lo, hi) -> bool:
    return any([f.body, f.kind, f.outcome, f.case, lo, hi, f.date_from, f.date_to])


def build(text: str, filters: Filters, schema) -> Query:
    """The exact query (every word required) and the option filters, as one query: for
    listings such as `referat decisions` that filter rather than rank."""
    check_syntax(text)
    check_fields(text)
    text, lo, hi = extract_dates(text)
    if not text.strip() and not _has_filters(filters, lo, hi):
        raise QueryError("empty query; give words to search for, or a filter such as --body")
    clauses = ([structured_query(text, schema)] if text.strip() else []) \
        + option_filters(filters, lo, hi, schema)
    if not clauses:
        return Every()
    return clauses[0] if len(clauses) == 1 else And(clauses)


def plan(text: str, filters: Filters, schema, bodies=(), places=(),
         today: date | None = None, share=None) -> Plan:
    """The whole plan for a user's text and options. `bodies` and `places` are the
    archive's committee and municipality names, for understanding natural queries."""
    from search.understand import understand

    check_syntax(text)
    check_fields(text)
    text, lo, hi = extract_dates(text)
    if not text.strip() and not _has_filters(filters, lo, hi):
        raise QueryError("empty query; give words to search for, or a filter such as --body")
    out = Plan(text=None, natural=bool(text.strip()) and is_natural(text))
    if out.natural:
        words, findings, out.notes = understand(text, bodies, places, today)
        optional = {f.said for f in findings if not f.strict and f.kind == "date"} \
            | common_words(words, share)
        particles = particle_verbs(words, share)
        out.text, out.groups, out.words = natural_query(words, schema, optional, share,
                                                        particles)
        out.notes += [f"particle verb: '{v} ... {p}' also as {c}"
                      for v, pairs in particles.items() for p, c in pairs]
        if optional & set(out.words):
            out.notes.append(NOT_COUNTED + ", ".join(w for w in out.words if w in optional))
        out.soft = [soft_filter(f, places) for f in findings]
    elif text.strip():
        out.text = structured_query(text, schema)
    out.filters = option_filters(filters, lo, hi, schema)
    if out.text is None and not out.filters and not out.soft:
        raise QueryError(f"nothing to search for in {text!r}: only stop words")
    return out


UNKNOWN = "(ukendt)"
OTHER_YEAR = 0.35  # a unit of another year than one said in passing ('budget 2025')
# A unit of another committee than one named inside a compound ('byrådsmøderne'): such
# matters are often treated in other committees too, so it stays, lower.
OTHER_COMMITTEE = 0.35
# A unit with another outcome than the one asked about: the outcome is the point of such
# a question, so those units come after the ones that match, yet stay (the outcome reader
# reads the main clause; a part of the decision may say what was asked).
OTHER_OUTCOME = 0.1


def soft_filter(f, places=()) -> Soft:
    """A finding of search/understand.py as the queries that sort units into matching,
    unknown and other."""
    if f.kind == "committee":
        titled = And([Term("body_facet", UNKNOWN)] + [Term("title", p) for p in f.parts])
        match = Or([Term("body_facet", b) for b in f.values] + [titled])
        meaning = " | ".join(f.values) + " (or a title naming it where the body is unknown)"
        if not f.strict:
            meaning += " preferred; also searched as a word"
        return Soft("committee", f.said, meaning, match, Term("body_facet", UNKNOWN),
                    others=0.0 if f.strict else OTHER_COMMITTEE)
    if f.kind == "date":
        lo, hi = (date.fromisoformat(v) if v else None for v in f.values)  # '': open end
        meaning = f"{lo or ''} .. {hi or ''}".strip() + (
            "" if f.strict else " preferred" + ("; also searched as a word"
                                                 if f.said.isdigit() else ""))
        return Soft("date", f.said, meaning, day_range(lo, hi), Term("year", UNKNOWN),
                    others=0.0 if f.strict else OTHER_YEAR)
    if f.kind == "place":
        everywhere = Or([Term("place", fold_aa(p.lower())) for p in places])
        return Soft("municipality", f.said, f.values[0], Term("place", f.values[0]),
                    And([Every(), Not(everywhere)]))
    outcomes = Or([Term("outcome", o.value) for o in Outcome])
    said = [Term("decision", c) if " " not in c else Phrase("decision", c.split())
            for c in f.parts] + [q for v in f.values for q in followed_proposal(v)]
    return Soft("outcome", f.said, " | ".join(f.values) + " (of the decision or a part of "
                "it, or a decision text that says so; other outcomes rank lower)",
                Or([Term(field, v) for v in f.values for field in ("outcome", "outcomes")]
                   + said),
                And([Every(), Not(outcomes)]), others=0.0 if f.strict else OTHER_OUTCOME)


class Near(SpanNear2):
    """Words within a few of each other, usable inside And (which asks each part for
    an estimate of its size: at most the rarest word's)."""

    def estimate_size(self, ixreader):
        return min(sum(ixreader.doc_frequency(f, t) for f, t in q.terms()) for q in self.qs)


def followed_proposal(outcome: str) -> list[Query]:
    """Units approving a recommendation whose words give `outcome` ('indstiller, at der
    meddeles afslag' + 'Godkendt' is a refusal)."""
    from search.understand import proposal_cues

    verbs, cues = proposal_cues(outcome)
    if not verbs or not cues:
        return []
    near = Near([SpanOr([Term("content", v) for v in verbs]),
                 SpanOr([Term("content", c) for c in cues])], slop=PROPOSAL_REACH, ordered=True)
    return [And([Term("outcome", "approved"), near])]


def _day(d: date) -> int:
    return d.year * 10000 + d.month * 100 + d.day


def day_range(lo: date | None, hi: date | None) -> Query:
    """Units dated within [lo, hi]."""
    return NumericRange("day", _day(lo) if lo else 1, _day(hi) if hi else None)


def option_filters(f: Filters, lo: date | None, hi: date | None, schema) -> list[Query]:
    """Hard filters from options and dato: fields."""
    out: list[Query] = []
    if f.body:
        words = [t.text for t in schema["body"].analyzer(f.body, mode="query")]
        if words:
            out.append(Phrase("body", words) if len(words) > 1 else Term("body", words[0]))
    if f.kind:
        out.append(Term("kind", f.kind.lower()))
    if f.outcome:
        out.append(Term("outcome", outcome_value(f.outcome)))
    if f.case:
        out.append(Or([Term("sag", case_key(f.case).lower()), Term("sag", f.case.lower())]))
    lo = max(filter(None, [lo, f.date_from]), default=None)
    hi = min(filter(None, [hi, f.date_to]), default=None)
    if lo and hi and lo > hi:
        raise QueryError(f"the date range is empty: {lo} is after {hi}")
    if lo or hi:
        out.append(day_range(lo, hi))
    return out


def whole(plan: Plan) -> Query:
    """Every unit the plan can return, as one query (for tools that need one)."""
    clauses = ([plan.text] if plan.text is not None else []) + plan.filters
    if not clauses:
        return Every()
    return clauses[0] if len(clauses) == 1 else And(clauses)


__all__ = ["build", "plan", "Filters", "Plan", "QueryError", "Soft", "Not", "whole"]
