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

from collections import OrderedDict
from itertools import chain
from pickle import loads

import numpy as np
from whoosh.formats import Positions
from whoosh.query import And, Or, Phrase, Query, Term
from whoosh.query.spans import SpanNear2
from whoosh.scoring import BM25FScorer
from whoosh.system import _INT_SIZE
from whoosh.util import make_binary_tree, make_weighted_tree

from search.query import Parts

# Positions.encode writes a 4-byte count, then a protocol-2 pickle of the gaps between
# positions: its list-building middle (after the protocol header, before STOP) of many
# values joined in one outer list unpickles them all in one call.
PICKLE_HEADER = b"\x80\x02"
STOP = ord(".")
POSITION_SPACE = 1 << 32  # (document, position) as one key: positions stay below this
# Phrases' and spans' matches kept per open archive and segment (16 bytes a matched
# unit: 32 MB at most), so a query asked again, or paged, reads no positions.
CACHED_SPAN_UNITS = 2_000_000
# Terms' raw position values kept per open archive for phrases and spans (about 20 bytes
# each: 40 MB at most): a term's posting blocks are then read once, for its documents
# and its positions together, and only the documents a phrase asks about decoded.
CACHED_VALUES = 2_000_000


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
        self._spans: OrderedDict[tuple, Part] = OrderedDict()
        self._held = 0
        self._values: OrderedDict[tuple, Values | None] = OrderedDict()
        self._values_held = 0

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
        if kind is Phrase or (isinstance(q, SpanNear2) and kind.matcher is SpanNear2.matcher):
            return self._kept(q, s, offset, end, context)
        if kind is Parts:  # its matcher is the span's, times its boost
            return _boosted(self._kept(q, s, offset, end, context), q.boost)
        return walk(q, s, context)

    def _kept(self, q: Query, s, offset: int, end: int, context) -> Part:
        """A phrase's or span's matches in a segment, read once per open archive."""
        key = (offset, repr(q))
        if key in self._spans:
            self._spans.move_to_end(key)
            return self._spans[key]
        if type(q) is Phrase:
            out = self._phrase(q, s, offset, end, context)
        else:
            out = self._near(q.qs, q.slop, q.ordered, q.mindist, s, offset, end, context)
        for kept in (out.ids, out.scores):
            kept.setflags(write=False)  # shared by later queries: never changed in place
        self._spans[key] = out
        self._held += len(out.ids)
        while self._held > CACHED_SPAN_UNITS and len(self._spans) > 1:
            _, old = self._spans.popitem(last=False)
            self._held -= len(old.ids)
        return out

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

    def values(self, field: str, text) -> Values | None:
        """A term's raw position values (None when its field's postings are not plain
        positions), read once per open archive; its posting arrays kept on the way."""
        text = text.decode("utf-8") if isinstance(text, bytes) else text
        key = (field, text)
        if key in self._values:
            self._values.move_to_end(key)
            return self._values[key]
        out = None
        if type(self.vectors.searcher.schema[field].format) is Positions:
            ids, tfs, raw = read_values(self.vectors.searcher, field, text)
            try:
                out = Values(ids, raw)
            except ValueError:
                out = None
            if key not in self.vectors._postings:
                self.vectors._keep(key, (ids, tfs))
        self._values[key] = out
        self._values_held += len(out) if out else 0
        while self._values_held > CACHED_VALUES and len(self._values) > 1:
            _, old = self._values.popitem(last=False)
            self._values_held -= len(old) if old else 0
        return out

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
        reader = s.reader()
        if any((t.fieldname, s.schema[t.fieldname].to_bytes(t.text)) not in reader
               for t in qs):
            return _empty()  # Whoosh's intersection with a term the segment lacks
        values = [self.values(t.fieldname, t.text) for t in qs]  # before the postings:
        # reading a term's positions also fills its posting arrays
        isect = make_binary_tree(intersect, [self.part(t, s, offset, end, context)
                                             for t in qs])
        if not len(isect.ids):
            return isect
        found = [v.positions(isect.ids + offset) if v else None for v in values]
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

class Values:
    """A term's raw position values over the archive: document numbers (ascending) and
    their values (Positions.encode's bytes) joined in one byte string."""

    __slots__ = ("ids", "blob", "bounds")

    def __init__(self, ids: np.ndarray, values: list[bytes]):
        self.ids = ids
        self.blob = np.frombuffer(b"".join(values), np.uint8)
        lengths = np.fromiter(map(len, values), np.int64, len(values))
        self.bounds = np.concatenate(([0], np.cumsum(lengths)))
        head = self.bounds[:-1] + _INT_SIZE
        if len(values) and not ((lengths > _INT_SIZE + 3).all()
                                and (self.blob[head] == PICKLE_HEADER[0]).all()
                                and (self.blob[head + 1] == PICKLE_HEADER[1]).all()
                                and (self.blob[self.bounds[1:] - 1] == STOP).all()):
            raise ValueError("not protocol-2 Positions values")

    def positions(self, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
        """The term's positions in the given documents (top-level numbers ascending,
        each holding the term): (index into docs, position) of every occurrence."""
        rows = np.searchsorted(self.ids, docs)
        if len(docs) and (rows.max() >= len(self.ids) or (self.ids[rows] != docs).any()):
            return None
        # Each value's list-building middle (after count and protocol, before STOP),
        # gathered in one piece, unpickles as one outer list of the documents' lists.
        lo, hi = self.bounds[rows] + _INT_SIZE + 2, self.bounds[rows + 1] - 1
        size = hi - lo
        at = np.repeat(lo - (np.cumsum(size) - size), size) + np.arange(int(size.sum()))
        lists = loads(PICKLE_HEADER + b"](" + self.blob[at].tobytes() + b"e.")
        counts = np.fromiter(map(len, lists), np.int64, len(lists))
        gaps = np.fromiter(chain.from_iterable(lists), np.int64, int(counts.sum()))
        flat = np.cumsum(gaps)  # positions, but counted on from the previous document's
        starts = np.cumsum(counts) - counts
        before = flat[np.maximum(starts - 1, 0)] if len(flat) else np.zeros(len(counts),
                                                                              np.int64)
        before[starts == 0] = 0
        return np.repeat(np.arange(len(docs)), counts), flat - np.repeat(before, counts)

    def __len__(self) -> int:
        return len(self.ids)


def read_values(searcher, field: str, text: str) -> tuple[np.ndarray, np.ndarray,
                                                          list[bytes]]:
    """A term's postings over every segment, read once: document numbers, weights and
    raw values (deleted documents included: their units never reach a phrase)."""
    from search.vectors import posting_blocks

    ids, tfs, values = [], [], []
    for block_ids, weights, raw in posting_blocks(searcher, field, text, values=True):
        ids.append(block_ids)
        tfs.append(weights)
        values += raw
    if not ids:
        return np.zeros(0, np.int64), np.zeros(0, np.float32), []
    return np.concatenate(ids), np.concatenate(tfs), values


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
