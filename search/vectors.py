"""Natural-language queries scored with numpy over posting lists read once as arrays.

Whoosh scores a query by walking its matchers posting by posting in Python: a common
word at 100k items is tens of thousands of calls, twice (once to count, once to rank).
Here each (field, term) posting list is read once per open archive as two arrays
(document numbers, term frequencies), and BM25F is computed for all of its documents at
once with Whoosh's own formula, parameters and statistics. Or sums its parts, the
coordination factor counts the groups a unit matches, and the result is a score and a
match for every unit: the exact total and the ranking come from the same arrays.
Subqueries that need positions (a compound's parts near each other, phrases) are scored
by Whoosh's matcher and added in.
"""
from __future__ import annotations

from collections import OrderedDict

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.matching.wrappers import WrappingMatcher
from whoosh.query import Or, Query, Term
from whoosh.util.numeric import byte_to_length

# Postings kept as arrays per open archive (8 bytes each: about 32 MB): the archive's
# common terms, which are the expensive ones, stay; rare ones are cheap to read again.
CACHED_POSTINGS = 4_000_000
# Position subqueries' results kept per open archive (5 bytes a unit each: 16 MB at 100k).
CACHED_MATCHES = 32
_BYTE_LENGTH = np.array([byte_to_length(i) for i in range(256)], dtype=np.float32)


class Vectors:
    """Score arrays for the queries of one open searcher."""

    def __init__(self, searcher, weighting, n: int):
        self.searcher = searcher
        self.weighting = weighting
        self.n = n
        self._postings: OrderedDict[tuple, tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._held = 0
        self._lengths: dict[str, np.ndarray] = {}
        self._matched: OrderedDict[str, tuple[np.ndarray, np.ndarray]] = OrderedDict()

    # --- reading ------------------------------------------------------------------

    def postings(self, field: str, term: str) -> tuple[np.ndarray, np.ndarray]:
        """A term's documents (top-level numbers) and frequencies in a field."""
        key = (field, term)
        if key in self._postings:
            self._postings.move_to_end(key)
            return self._postings[key]
        ids, tfs = [], []
        btext = self.searcher.schema[field].to_bytes(term)
        for leaf, offset in self.searcher.leaf_searchers():
            reader = leaf.reader()
            if (field, btext) not in reader:
                continue
            # Deleted documents are masked by the caller (Archive.live): read the
            # segment's own posting blocks under the deletion filter.
            m = _unwrapped(reader.postings(field, btext))
            if not hasattr(m, "_read_ids"):  # not a block matcher: walk it
                pairs = _walk(m)
                ids.append(np.asarray([d for d, _ in pairs], dtype=np.int64) + offset)
                tfs.append(np.asarray([w for _, w in pairs], dtype=np.float32))
                continue
            while m.is_active():
                m._read_ids()
                m._read_weights()
                ids.append(np.asarray(m._ids, dtype=np.int64) + offset)
                tfs.append(np.asarray(m._weights, dtype=np.float32))
                m._next_block()
        out = ((np.concatenate(ids), np.concatenate(tfs)) if ids
               else (np.zeros(0, np.int64), np.zeros(0, np.float32)))
        self._keep(key, out)
        return out

    def _keep(self, key, value) -> None:
        self._postings[key] = value
        self._held += len(value[0])
        while self._held > CACHED_POSTINGS and len(self._postings) > 1:
            _, (ids, _) = self._postings.popitem(last=False)
            self._held -= len(ids)

    def lengths(self, field: str) -> np.ndarray:
        """Every unit's length of a field, as Whoosh stores it (one byte, decoded)."""
        if field not in self._lengths:
            out = np.zeros(self.n, dtype=np.float32)
            for leaf, offset in self.searcher.leaf_searchers():
                reader = leaf.reader()
                count = reader.doc_count_all()
                out[offset:offset + count] = _segment_lengths(reader, field, count)
            self._lengths[field] = out
        return self._lengths[field]

    # --- scoring ------------------------------------------------------------------

    def term(self, q: Term) -> tuple[np.ndarray, np.ndarray]:
        """BM25F of a term for the units that hold it: (document numbers, scores)."""
        ids, tf = self.postings(q.fieldname, q.text)
        if not len(ids):
            return ids, tf
        s = self.searcher
        idf = s.idf(q.fieldname, q.text)
        b = self.weighting._field_B.get(q.fieldname, self.weighting.B)
        k1 = self.weighting.K1
        avg = s.avg_field_length(q.fieldname) or 1
        fl = self.lengths(q.fieldname)[ids]
        score = idf * (tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * fl / avg))
        return ids, (score * q.boost).astype(np.float32)

    def scores(self, q: Query) -> tuple[np.ndarray, np.ndarray]:
        """Every unit's score for a query and whether it matches (dense arrays)."""
        from search.query import Coord

        if isinstance(q, Term):
            score, match = self._empty()
            ids, sc = self.term(q)  # a document is once in a posting list
            score[ids] = sc
            match[ids] = True
            return score, match
        if isinstance(q, Coord):
            return self._coord(q)
        if type(q) is Or:
            score, match = self._empty()
            for sub in q.subqueries:
                s, m = self.scores(sub)
                score += s * q.boost
                match |= m
            return score, match
        return self._whoosh(q)

    def _coord(self, q) -> tuple[np.ndarray, np.ndarray]:
        subs = [self.scores(sub) for sub in q.subqueries]
        optional = q.optional if q.optional < len(subs) else 0
        required, extra = subs[: len(subs) - optional], subs[len(subs) - optional:]
        count = np.sum([m for _, m in required], axis=0, dtype=np.int32)
        match = count > 0
        total = np.sum([s for s, _ in required], axis=0, dtype=np.float32)
        for s, _ in extra:
            total += np.where(match, s, 0)
        factor = (count / len(required)) ** _coord_power()
        return (total * factor).astype(np.float32), match

    def _whoosh(self, q: Query) -> tuple[np.ndarray, np.ndarray]:
        """A subquery Whoosh must match itself (positions): its matches and scores, kept
        per open archive (a compound's parts near each other walk two position lists in
        Python; the same query asked again, or paged, reads them once)."""
        key = repr(q)
        if key in self._matched:
            self._matched.move_to_end(key)
            return self._matched[key]
        score, match = self.matches(q)
        out = (score.astype(np.float32), match)
        for kept in out:
            kept.setflags(write=False)  # shared by later queries: never changed in place
        self._matched[key] = out
        if len(self._matched) > CACHED_MATCHES:
            self._matched.popitem(last=False)
        return out

    def matches(self, q: Query) -> tuple[np.ndarray, np.ndarray]:
        """Every unit's Whoosh score for a query (as Whoosh's collector sees it, in double
        precision) and whether it matches: one pass over the query's matcher."""
        score = np.zeros(self.n, dtype=np.float64)
        match = np.zeros(self.n, dtype=bool)
        context = self.searcher.context()
        for leaf, offset in self.searcher.leaf_searchers():
            m = q.matcher(leaf, context)
            while m.is_active():
                d = m.id() + offset
                score[d] += m.score()
                match[d] = True
                m.next()
        return score, match

    def _empty(self) -> tuple[np.ndarray, np.ndarray]:
        return np.zeros(self.n, dtype=np.float32), np.zeros(self.n, dtype=bool)


def _segment_lengths(reader, field: str, count: int) -> np.ndarray:
    """One segment's field lengths: its length column read in one piece (one byte per
    document, trailing zeros not written), else document by document."""
    try:
        col = reader._cached_reader(f"_{field}_len", LENGTHS_COLUMN)
        raw = np.frombuffer(col._dbfile.get(col._basepos, col._count), dtype=np.uint8)
        codes = np.zeros(count, dtype=np.uint8)
        codes[: len(raw)] = raw
        return _BYTE_LENGTH[codes]
    except (AttributeError, TypeError, ValueError):  # another codec: slower, same values
        return np.fromiter((reader.doc_field_length(d, field, 0) or 0 for d in range(count)),
                           dtype=np.float32, count=count)


def _coord_power() -> int:
    from search.query import COORD_POWER

    return COORD_POWER


def vectorizable(q: Query) -> bool:
    """Whether a query is a natural-language plan's text (terms, Or, Coord and
    position subqueries Whoosh scores), which `Vectors.scores` evaluates exactly."""
    from search.query import Coord

    return isinstance(q, (Coord, Or, Term))


def _unwrapped(m):
    """The posting matcher under Whoosh's wrappers (a segment with deletions wraps its
    postings in a filter)."""
    while isinstance(m, WrappingMatcher):
        m = m.child
    return m


def _walk(m) -> list[tuple[int, float]]:
    """(document, weight) of every posting, one at a time."""
    out = []
    while m.is_active():
        out.append((m.id(), m.weight()))
        m.next()
    return out
