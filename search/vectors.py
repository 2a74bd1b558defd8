"""Natural-language queries scored with numpy over posting lists read once as arrays.

Whoosh scores a query by walking its matchers posting by posting in Python: a common
word at 100k items is tens of thousands of calls, twice (once to count, once to rank).
Here each (field, term) posting list is read once per open archive as two arrays
(document numbers, term frequencies), and BM25F is computed for all of its documents at
once with Whoosh's own formula, parameters and statistics. Or sums its parts, the
coordination factor counts the groups a unit matches, and the result is a score and a
match for every unit: the exact total and the ranking come from the same arrays.
Subqueries that need positions (a compound's parts near each other, phrases) are scored
by Whoosh's matcher and added in. The best units are then re-scored by how many of the
question's words meet in one passage, from the positions in their postings.
"""
from __future__ import annotations

from collections import OrderedDict

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.matching.wrappers import WrappingMatcher
from whoosh.query import Or, Phrase, Query, Term
from whoosh.query.spans import SpanNear2
from whoosh.util.numeric import byte_to_length

# Postings kept as arrays per open archive (8 bytes each: about 32 MB): the archive's
# common terms, which are the expensive ones, stay; rare ones are cheap to read again.
CACHED_POSTINGS = 4_000_000
# Position subqueries' results kept per open archive (5 bytes a unit each: 16 MB at 100k).
CACHED_MATCHES = 32
# Where a question's words meet (the end of this file): a window of about a paragraph,
# counted in words that are not stop words (15 and 50 measured the same).
NEAR_WINDOW = 30
# Units re-scored (positions are read for these only): the top 10s of every query set
# were the same with 30, 50, 80, 100 and 200; a page of 10 reads about 30 ranks.
NEAR_CANDIDATES = 40
NEAR_POWER = 1  # 2 lifted three held-out sets a little more and lost on the tuned one
TEXT_FIELD = "content"
TITLE_FIELD = "item_title"
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
        self._ends: list[int] | None = None
        self._exact = None  # search/exact.py's evaluator, made on first use
        self.counted: tuple[Query | None, np.ndarray | None] = (None, None)

    # --- reading ------------------------------------------------------------------

    def postings(self, field: str, term: str) -> tuple[np.ndarray, np.ndarray]:
        """A term's documents (top-level numbers) and frequencies in a field."""
        key = (field, term)
        if key in self._postings:
            self._postings.move_to_end(key)
            return self._postings[key]
        blocks = list(posting_blocks(self.searcher, field, term))
        out = ((np.concatenate([i for i, _, _ in blocks]),
                np.concatenate([t for _, t, _ in blocks])) if blocks
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
        subs = [self._group(sub) for sub in q.subqueries]
        optional = q.optional if q.optional < len(subs) else 0
        required, extra = subs[: len(subs) - optional], subs[len(subs) - optional:]
        count = np.sum([w for _, _, w in required], axis=0, dtype=np.float32)
        self.counted = (q, count)  # the words each unit matched, for re-scoring it
        match = count > 0
        total = np.sum([s for s, _, _ in required], axis=0, dtype=np.float32)
        if extra:
            passing = np.sum([s for s, _, _ in extra], axis=0, dtype=np.float32)
            total += np.where(match, in_passing(passing, total), 0)
        factor = _share(required, count, self.n) ** _coord_power()
        return (total * factor).astype(np.float32), match

    def _group(self, g: Query) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """A word group's scores and matches (as `scores`), and how much of the word each
        unit holds: 1, or PARTS_MATCH where only a compound's parts in other words match
        (search/query.py match_weight)."""
        from search.query import match_weight

        if type(g) is not Or:
            score, match = self.scores(g)
            return score, match, match * np.float32(match_weight(g))
        score, match = self._empty()
        weight = np.zeros(self.n, dtype=np.float32)
        for sub in g.subqueries:  # summed as `scores` sums an Or
            s, m, w = self._group(sub)
            score += s * g.boost
            match |= m
            np.maximum(weight, w, out=weight)
        return score, match, weight

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
        precision) and whether it matches, from the posting arrays (search/exact.py)."""
        from search.exact import Exact

        if self._exact is None:
            self._exact = Exact(self)
        return self._exact.matches(q, self.searcher.context())

    def whoosh_matches(self, q: Query) -> tuple[np.ndarray, np.ndarray]:
        """The same from one pass over Whoosh's own matcher (what `matches` must equal)."""
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

    def positions(self, field: str, term: str, docs: np.ndarray) -> dict[int, list[int]]:
        """A term's word positions in each of the given units (document numbers
        ascending) that hold it: the units are found in the term's posting array, and
        only their positions read, skipping to each in the segment's postings."""
        ids = self.postings(field, term)[0]
        docs = docs[np.isin(docs, ids)]
        out: dict[int, list[int]] = {}
        if not len(docs):
            return out
        btext = self.searcher.schema[field].to_bytes(term)
        for (leaf, offset), end in zip(self.searcher.leaf_searchers(), self._segment_ends()):
            local = docs[(docs >= offset) & (docs < end)] - offset
            if not len(local):
                continue
            m = leaf.reader().postings(field, btext)
            for d in local.tolist():
                if m.id() < d:
                    m.skip_to(d)
                if not m.is_active():
                    break
                if m.id() == d:
                    out[d + offset] = list(m.value_as("positions"))
        return out

    def _segment_ends(self) -> list[int]:
        """Where each segment's document numbers end."""
        if self._ends is None:
            self._ends = [offset + leaf.reader().doc_count_all()
                          for leaf, offset in self.searcher.leaf_searchers()]
        return self._ends

    def _empty(self) -> tuple[np.ndarray, np.ndarray]:
        return np.zeros(self.n, dtype=np.float32), np.zeros(self.n, dtype=bool)


def _segment_lengths(reader, field: str, count: int) -> np.ndarray:
    """One segment's field lengths: its length column read in one piece (one byte per
    document, trailing zeros not written), else document by document."""
    try:
        # The column reader is the per-document reader's (a segment reader has none:
        # asking it fell back to reading 100k lengths one by one, 1-3 s at open).
        perdoc = getattr(reader, "_perdoc", reader)
        col = perdoc._cached_reader(f"_{field}_len", LENGTHS_COLUMN)
        raw = np.frombuffer(col._dbfile.get(col._basepos, col._count), dtype=np.uint8)
        codes = np.zeros(count, dtype=np.uint8)
        codes[: len(raw)] = raw
        return _BYTE_LENGTH[codes]
    except (AttributeError, TypeError, ValueError):  # another codec: slower, same values
        return np.fromiter((reader.doc_field_length(d, field, 0) or 0 for d in range(count)),
                           dtype=np.float32, count=count)


def in_passing(passing, counted):
    """What the words said in passing (common ones, a year) add to a unit's score: at
    most what the question's counted words give it. They only tell apart units about
    the same thing; uncapped, an item where 'nye' or 'kommunen' recurs outranked the
    items about the question's subject that say it less often (cycle paths)."""
    return np.minimum(passing, counted)


def _share(required: list, count: np.ndarray, units: int) -> np.ndarray:
    """Every unit's share of the question (search/query.py coord_share): of the words the
    archive holds, and of their information."""
    from search.query import coord_share, word_information

    shares = word_information([int(np.count_nonzero(m)) for _, m, _ in required], units)
    held = sum(1 for x in shares if x) or len(required)
    information = np.zeros_like(count)
    for (_, _, w), x in zip(required, shares):
        if x:
            information += w * np.float32(x)
    return coord_share(count / np.float32(held), information)


def _coord_power() -> int:
    from search.query import COORD_POWER

    return COORD_POWER


def vectorizable(q: Query) -> bool:
    """Whether a query is a natural-language plan's text (terms, Or, Coord and
    position subqueries Whoosh scores), which `Vectors.scores` evaluates exactly."""
    from search.query import Coord

    return isinstance(q, (Coord, Or, Term))


def block_ids(m) -> np.ndarray:
    """The document numbers of a block matcher's current block, decoded with numpy
    (Whoosh's own decoding adds the gaps up one by one in Python)."""
    if m._data is None:
        m._read_data()
    raw = m._data[0]
    if m._byteids:
        return np.asarray(raw, dtype=np.int64)
    return np.cumsum(np.asarray(raw, dtype=np.int64))


def _unwrapped(m):
    """The posting matcher under Whoosh's wrappers (a segment with deletions wraps its
    postings in a filter)."""
    while isinstance(m, WrappingMatcher):
        m = m.child
    return m


def posting_blocks(searcher, field: str, term: str, values: bool = False):
    """A term's postings over every segment, block by block, as (document numbers
    (top-level), weights, raw values or None); deleted documents included (the caller
    masks them). Postings kept inline with the term are walked one by one."""
    btext = searcher.schema[field].to_bytes(term)
    for leaf, offset in searcher.leaf_searchers():
        reader = leaf.reader()
        if (field, btext) not in reader:
            continue
        m = _unwrapped(reader.postings(field, btext))
        if not hasattr(m, "_read_values"):  # not a block matcher: walk it
            yield _walked(m, offset, values)
            continue
        while m.is_active():
            ids = block_ids(m) + offset
            m._read_weights()
            tfs = np.asarray(m._weights, dtype=np.float32)
            if values:
                m._read_values()
            yield ids, tfs, (m._values if values else None)
            m._next_block()


def _walked(m, offset: int, values: bool) -> tuple[np.ndarray, np.ndarray, list | None]:
    """Every posting of a matcher, one at a time, as one block."""
    ids, tfs, vals = [], [], []
    while m.is_active():
        ids.append(m.id() + offset)
        tfs.append(m.weight())
        if values:
            vals.append(m.value())
        m.next()
    return (np.asarray(ids, dtype=np.int64), np.asarray(tfs, dtype=np.float32),
            vals if values else None)


# --- words that meet -----------------------------------------------------------------
# Where a question's words meet: a unit whose matched words stand together in one
# passage (or in its title) is about them; one whose words are scattered over a long
# text mentions them in passing.
#
# Among the best-scored units of a natural-language query, each unit's score is scaled
# by ((1 + near) / (1 + matched)) ** NEAR_POWER, where `matched` counts the question's
# words the unit holds and `near` the most of them that stand within NEAR_WINDOW words of
# each other in its text, the words of its title counting as near all of them (a title
# says what the whole unit is about). Positions are read from the index's postings for
# these units only.


def group_terms(group: Query, field: str) -> set[str]:
    """The words that stand for one question word in a field: its own stem and the
    administration's single words for it; in the text also the words of its phrases
    and of its compound's parts near each other. A title holds the word only as a
    whole ('trafik' of 'kollektiv trafik' in 'Trafikplan' is no sign of it)."""
    if isinstance(group, Or):
        return set().union(*(group_terms(q, field) for q in group.subqueries))
    if isinstance(group, Term):
        found = [group.text] if group.fieldname == field else []
    elif isinstance(group, (SpanNear2, Phrase)) and field == TEXT_FIELD:
        found = [t for f, t in group.iter_all_terms() if f == field]
    else:
        found = []
    return {t.decode() if isinstance(t, bytes) else t for t in found}


def windows(hits: list[tuple[int, int]], window: int) -> int:
    """The most distinct groups among (position, group) pairs within `window` words."""
    hits.sort()
    best, j = 0, 0
    counts: dict[int, int] = {}
    for pos, g in hits:
        counts[g] = counts.get(g, 0) + 1
        while hits[j][0] <= pos - window:
            old = hits[j][1]
            counts[old] -= 1
            if not counts[old]:
                del counts[old]
            j += 1
        best = max(best, len(counts))
    return best


def near_counts(vectors, groups: list[Query], docs: np.ndarray) -> np.ndarray:
    """For each unit (ascending document numbers), the most of the groups that meet in
    one passage of its text, its title's groups counting as present in every passage."""
    titled = np.zeros((len(docs), len(groups)), dtype=bool)
    for g, group in enumerate(groups):
        for term in group_terms(group, TITLE_FIELD):
            titled[:, g] |= np.isin(docs, vectors.postings(TITLE_FIELD, term)[0])
    hits: dict[int, list[tuple[int, int]]] = {d: [] for d in docs.tolist()}
    for g, group in enumerate(groups):
        untitled = docs[~titled[:, g]]  # a title's word needs no position
        for term in group_terms(group, TEXT_FIELD):
            for d, plist in vectors.positions(TEXT_FIELD, term, untitled).items():
                hits[d] += [(p, g) for p in plist]
    return titled.sum(axis=1) + np.array(
        [windows(h, NEAR_WINDOW) if h else 0 for h in hits.values()], dtype=np.int64)


def rescore(vectors, text: Query, groups: list[Query], ids: np.ndarray,
            scores: np.ndarray) -> np.ndarray:
    """The scores (of the units `ids`, ascending) with the best NEAR_CANDIDATES scaled
    by how many of their matched words meet; the rest unchanged (they rank below)."""
    if len(groups) < 2 or not len(ids):
        return scores
    top = np.sort(np.argsort(-scores, kind="stable")[:NEAR_CANDIDATES])
    docs = ids[top]
    q, count = vectors.counted
    if q is text:
        matched = count[docs]
    else:
        matched = np.sum([vectors.scores(g)[1][docs] for g in groups], axis=0)
    several = matched > 1  # one word has nothing to meet
    near = np.minimum(near_counts(vectors, groups, docs[several]), matched[several])
    out = scores.copy()
    out[top[several]] *= ((1 + near) / (1 + matched[several])) ** NEAR_POWER
    return out
