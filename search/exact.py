"""Whoosh's matches and scores for a query, computed over whole posting arrays.

Whoosh matches a query by walking its matcher tree document by document in Python; a
phrase, or a compound's parts near each other, also decodes and compares positions
document by document (3 s for "offentlig høring" at 100k units, profiled: the span
logic, position decoding and skipping between the words' postings). Here the same tree
is evaluated one segment at a time on arrays: a term's documents and BM25F scores from
its posting arrays (kept per open archive by search/vectors.py), Or and And as unions
and intersections summed in the order Whoosh's own tree sums them (so every score is the
same double and ties break the same), and a phrase's or a span's positions decoded only
for the documents that hold all its words, with one unpickling per word, then matched
with numpy. A query part of any other kind is walked by Whoosh itself.
"""
from __future__ import annotations

from itertools import chain
from pickle import loads

import numpy as np
from whoosh.formats import Positions
from whoosh.query import And, Or, Phrase, Query, Term
from whoosh.query.spans import SpanNear2
from whoosh.scoring import BM25FScorer
from whoosh.system import _INT_SIZE
from whoosh.util import make_binary_tree, make_weighted_tree

# Positions.encode writes a 4-byte count, then a protocol-2 pickle of the gaps between
# positions: its list-building middle (after the protocol header, before STOP) of many
# values joined in one outer list unpickles them all in one call.
PICKLE_HEADER = b"\x80\x02"
POSITION_SPACE = 1 << 32  # (document, position) as one key: positions stay below this


class Part:
    """One subquery's matches in a segment: local document numbers (ascending) and
    their scores (doubles, as Whoosh's matchers compute them)."""

    __slots__ = ("ids", "scores")

    def __init__(self, ids: np.ndarray, scores: np.ndarray):
        self.ids = ids
        self.scores = scores

    def __lt__(self, other) -> bool:
        # Whoosh's weighted tree sorts (weight, matcher) pairs; for tied weights its
        # matchers never compare lower, so the sort keeps their order: so do these.
        return False


def _empty() -> Part:
    return Part(np.zeros(0, np.int64), np.zeros(0, np.float64))


def union(a: Part, b: Part) -> Part:
    """Whoosh's UnionMatcher: a document in either; a + b where both match."""
    ids = _union_ids([a.ids, b.ids])
    scores = np.zeros(len(ids), np.float64)
    ia, ib = np.searchsorted(ids, a.ids), np.searchsorted(ids, b.ids)
    scores[ia] = a.scores
    scores[ib] += b.scores  # 0.0 + b is b: a document only in b keeps its score
    return Part(ids, scores)


def intersect(a: Part, b: Part) -> Part:
    """Whoosh's IntersectionMatcher: a document in both, scored a + b."""
    ids, ia, ib = np.intersect1d(a.ids, b.ids, assume_unique=True, return_indices=True)
    return Part(ids, a.scores[ia] + b.scores[ib])


class Exact:
    """Evaluates queries for one open searcher, reading postings through `vectors`."""

    def __init__(self, vectors):
        self.vectors = vectors
        self._lengths: dict[str, np.ndarray] = {}

    def matches(self, q: Query, context) -> tuple[np.ndarray, np.ndarray]:
        """Every unit's Whoosh score for a query (double precision) and whether it
        matches, as one pass over Whoosh's matcher would give them."""
        n = self.vectors.n
        score, match = np.zeros(n, np.float64), np.zeros(n, bool)
        for (leaf, offset), end in zip(self.vectors.searcher.leaf_searchers(),
                                       self.vectors._segment_ends()):
            part = self.part(q, leaf, offset, end, context)
            score[part.ids + offset] = part.scores
            match[part.ids + offset] = True
        return score, match

    def part(self, q: Query, s, offset: int, end: int, context) -> Part:
        """A subquery's matches in one segment (leaf searcher `s`)."""
        kind = type(q)
        if kind is Term:
            return self._term(q, s, offset, end, context)
        if kind is Or:
            return self._or(q, s, offset, end, context)
        if kind is And:
            return self._and(q, s, offset, end, context)
        if kind is Phrase:
            return self._phrase(q, s, offset, end, context)
        if isinstance(q, SpanNear2) and kind.matcher is SpanNear2.matcher:
            return self._near(q.qs, q.slop, q.ordered, q.mindist, s, offset, end, context)
        return walk(q, s, context)

    # --- terms -------------------------------------------------------------------------

    def _term(self, q: Term, s, offset: int, end: int, context) -> Part:
        """Term.matcher's postings scored by its BM25F scorer, as arrays."""
        if q.fieldname not in s.schema:
            return _empty()
        try:
            btext = s.schema[q.fieldname].to_bytes(q.text)
        except ValueError:
            return _empty()
        if (q.fieldname, btext) not in s.reader():
            return _empty()
        weighting = (context.weighting if context is not None else None) or s.weighting
        scorer = weighting.scorer(s, q.fieldname, btext)
        if q.minquality or type(scorer) is not BM25FScorer:
            return walk(q, s, context)
        text = btext.decode("utf-8") if isinstance(q.text, bytes) else q.text
        ids, tf = self.vectors.postings(q.fieldname, text)
        lo, hi = np.searchsorted(ids, [offset, end])
        local, weight = ids[lo:hi] - offset, tf[lo:hi].astype(np.float64)
        deleted = s.reader().deleted_docs_set
        if deleted:
            keep = ~member(np.sort(np.fromiter(deleted, np.int64, len(deleted))), local)
            local, weight = local[keep], weight[keep]
        fl = self._field_lengths(q.fieldname)[local + offset]
        sc = scorer
        # bm25() of whoosh.scoring, operation for operation, so the doubles are equal.
        score = sc.idf * ((weight * (sc.K1 + 1))
                          / (weight + sc.K1 * ((1 - sc.B) + sc.B * fl / sc.avgfl)))
        if q.boost != 1.0:
            score = score * q.boost
        return Part(local, score)

    def _field_lengths(self, field: str) -> np.ndarray:
        """Each unit's field length as the scorer reads it (an unknown length is 1)."""
        if field not in self._lengths:
            fl = self.vectors.lengths(field).astype(np.float64)
            fl[fl == 0] = 1.0
            self._lengths[field] = fl
        return self._lengths[field]

    # --- Or, And -------------------------------------------------------------------------

    def _or(self, q: Or, s, offset: int, end: int, context) -> Part:
        """Or.matcher's choice of matcher, evaluated: a weighted tree of unions, or (small
        segments) one array summing the parts in order."""
        subs = q.subqueries
        if len(subs) <= 1:
            return self.part(subs[0], s, offset, end, context) if subs else _empty()
        needs_current = context.needs_current if context is not None else True
        if q.matcher_type != Or.AUTO_MATCHER or len(subs) >= Or.TOO_MANY_CLAUSES or q.scale:
            return walk(q, s, context)
        parts = [self.part(sub, s, offset, end, context) for sub in subs]
        if needs_current or len(subs) == 2 or s.doc_count_all() > 5000:
            reader = s.reader()
            out = make_weighted_tree(union, [(sub.estimate_size(reader), p)
                                             for sub, p in zip(subs, parts)])
            return _boosted(out, q.boost)
        return _preloaded(parts, q.boost)

    def _and(self, q: And, s, offset: int, end: int, context) -> Part:
        subs = q.subqueries
        if len(subs) <= 1:
            return self.part(subs[0], s, offset, end, context) if subs else _empty()
        reader = s.reader()
        parts = [(0 - sub.estimate_size(reader), self.part(sub, s, offset, end, context))
                 for sub in subs]
        return _boosted(make_weighted_tree(intersect, parts), q.boost)

    # --- positions ----------------------------------------------------------------------

    def _phrase(self, q: Phrase, s, offset: int, end: int, context) -> Part:
        """Phrase.matcher: its words next to each other in order, as a span."""
        if q.fieldname not in s.schema:
            return _empty()
        field = s.schema[q.fieldname]
        if not field.format or not field.format.supports("positions"):
            return walk(q, s, context)  # Whoosh's own error
        terms = []
        for word in q.words:
            try:
                btext = field.to_bytes(word)
            except ValueError:
                return _empty()
            if (q.fieldname, btext) not in s.reader():
                return _empty()
            terms.append(Term(q.fieldname, btext))
        out = self._near(terms, q.slop, True, 1, s, offset, end, context)
        return _boosted(out, q.boost)

    def _near(self, qs, slop: int, ordered: bool, mindist: int, s, offset: int, end: int,
              context) -> Part:
        """SpanNear2's matcher: the words' intersection (scored as its tree sums it),
        kept where their positions meet as the span logic asks."""
        if not qs or any(type(t) is not Term for t in qs):
            return walk(SpanNear2(qs, slop=slop, ordered=ordered, mindist=mindist), s,
                        context)
        isect = make_binary_tree(intersect, [self.part(t, s, offset, end, context)
                                             for t in qs])
        if not len(isect.ids):
            return isect
        found = [term_positions(s, t, isect.ids) for t in qs]
        if any(f is None for f in found):
            return walk(SpanNear2(qs, slop=slop, ordered=ordered, mindist=mindist), s,
                        context)
        ok = spans_meet(found, slop, ordered, mindist, len(isect.ids))
        return Part(isect.ids[ok], isect.scores[ok])


def _boosted(part: Part, boost: float) -> Part:
    """A WrappingMatcher's boost."""
    return part if boost == 1.0 else Part(part.ids, part.scores * boost)


def _preloaded(parts: list[Part], boost: float) -> Part:
    """Whoosh's ArrayUnionMatcher: the parts' scores times the boost, added in order;
    a document counts where the sum is above zero."""
    ids = _union_ids([p.ids for p in parts])
    scores = np.zeros(len(ids), np.float64)
    for p in parts:
        scores[np.searchsorted(ids, p.ids)] += p.scores * boost
    keep = scores > 0
    return Part(ids[keep], scores[keep])


def walk(q: Query, s, context) -> Part:
    """A subquery's matches in one segment from Whoosh's own matcher, one at a time."""
    ids, scores = [], []
    m = q.matcher(s, context)
    while m.is_active():
        ids.append(m.id())
        scores.append(m.score())
        m.next()
    return Part(np.asarray(ids, np.int64), np.asarray(scores, np.float64))


# --- positions ---------------------------------------------------------------------------

def term_positions(s, t: Term, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """A term's positions in the given documents of a segment (local numbers ascending,
    each holding the term): (index into docs, position) of every occurrence; None when
    the field's postings are not plain positions."""
    field = s.schema[t.fieldname]
    if type(field.format) is not Positions:
        return None
    values = _values(s.reader(), t.fieldname, field.to_bytes(t.text), docs)
    if len(values) != len(docs):
        return None
    counts, gaps = decode_positions(values)
    flat = np.cumsum(gaps)  # positions, but counted on from the previous document's
    starts = np.cumsum(counts) - counts
    before = flat[np.maximum(starts - 1, 0)] if len(flat) else np.zeros(len(counts), np.int64)
    before[starts == 0] = 0
    return np.repeat(np.arange(len(docs)), counts), flat - np.repeat(before, counts)


def _values(reader, field: str, btext: bytes, docs: np.ndarray) -> list[bytes]:
    """The raw posting values of the given documents: only the posting blocks that
    hold one of them are read."""
    from search.vectors import _unwrapped, block_ids

    m = _unwrapped(reader.postings(field, btext))
    out: list[bytes] = []
    if not hasattr(m, "_read_values") or not hasattr(m, "_maxid"):
        for d in docs.tolist():  # postings kept inline with the term: few of them
            m.skip_to(d)
            if m.is_active() and m.id() == d:
                out.append(m.value())
        return out
    low = -1
    while m.is_active():
        at = np.searchsorted(docs, [low + 1, m._maxid + 1])
        if at[1] > at[0]:
            ids = block_ids(m)
            rows = np.flatnonzero(member(docs[at[0]:at[1]], ids))
            if len(rows):
                m._read_values()
                out += [m._values[i] for i in rows.tolist()]
        low = m._maxid
        m._next_block()
    return out


def decode_positions(values: list[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """Positions.decode_positions of many values at once: each one's count, and all
    their gaps between positions in order."""
    body = []
    for v in values:
        if v[_INT_SIZE:_INT_SIZE + 2] != PICKLE_HEADER:
            lists = [Positions().decode_positions(v) for v in values]
            gaps = [np.diff(np.asarray(p, np.int64), prepend=0) for p in lists]
            return (np.array([len(p) for p in lists], np.int64),
                    np.concatenate(gaps) if gaps else np.zeros(0, np.int64))
        body.append(v[_INT_SIZE + 2:-1] if v.endswith(b".") else v[_INT_SIZE + 2:])
    lists = loads(PICKLE_HEADER + b"](" + b"".join(body) + b"e.")
    counts = np.fromiter(map(len, lists), np.int64, len(lists))
    gaps = np.fromiter(chain.from_iterable(lists), np.int64, int(counts.sum()))
    return counts, gaps


def spans_meet(found: list[tuple[np.ndarray, np.ndarray]], slop: int, ordered: bool,
               mindist: int, n: int) -> np.ndarray:
    """For each of n documents, whether SpanNear2Matcher._get_spans finds a span: the
    first word's positions joined word by word with the next word's positions within
    `slop` (and at least `mindist` away; after it when ordered), each join the span
    from the first to the last position joined."""
    doc, start = found[0]
    end = start
    for bdoc, bpos in found[1:]:
        if not len(doc):
            break
        keys = np.sort(bdoc * POSITION_SPACE + bpos)
        joined = []
        for o in range(-slop, int((end - start).max()) + slop + 1):
            q = start + o
            dist = np.where(q > end, q - end, np.where(q < start, start - q, 0))
            ok = (q >= 0) & (dist >= mindist) & (dist <= slop)
            if ordered:
                ok &= q >= start
            ok[ok] = member(keys, doc[ok] * POSITION_SPACE + q[ok])
            joined.append(np.stack([doc[ok], np.minimum(start, q)[ok],
                                    np.maximum(end, q)[ok]]))
        doc, start, end = _distinct(np.concatenate(joined, axis=1))
    out = np.zeros(n, bool)
    out[doc] = True
    return out


def _distinct(spans: np.ndarray) -> np.ndarray:
    """(document, start, end) columns without repeats (Whoosh keeps a set of spans)."""
    if spans.shape[1] < 2:
        return spans
    order = np.lexsort(spans[::-1])
    spans = spans[:, order]
    keep = np.ones(spans.shape[1], bool)
    keep[1:] = (spans[:, 1:] != spans[:, :-1]).any(axis=0)
    return spans[:, keep]


def _union_ids(arrays: list[np.ndarray]) -> np.ndarray:
    """The sorted distinct document numbers of several sorted arrays."""
    ids = np.sort(np.concatenate(arrays))
    if len(ids) < 2:
        return ids
    keep = np.ones(len(ids), bool)
    keep[1:] = ids[1:] != ids[:-1]
    return ids[keep]


def member(haystack: np.ndarray, needles: np.ndarray) -> np.ndarray:
    """Whether each needle is in a sorted array."""
    if not len(haystack):
        return np.zeros(len(needles), bool)
    at = np.minimum(np.searchsorted(haystack, needles), len(haystack) - 1)
    return haystack[at] == needles
