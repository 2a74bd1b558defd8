"""Run a plan -> exact totals, deduplicated hits with the passage that matched and its
page, facets.

One `Archive` per index folder and process keeps the searcher open and caches what does
not change between queries: the units each filter allows (as arrays over document
numbers), the facet columns, the groups of units that are the same item from several
files. A query then costs one pass over its matches for the exact count and one scored
top-k pass, and filters and facets are array operations.
"""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np
from whoosh import scoring
from whoosh.query import And, NumericRange, Or, Phrase, Query, Term
from whoosh.query.spans import SpanNear2

from index.analysis import DANISH_STOP, WORD_PATTERN, analyse, fold_aa, stem
from index.store import open_index
from search.query import NOT_COUNTED, Coord, Filters, Parts, Plan, parser, plan as make_plan
from search.struct import FrozenStruct, Struct
from search.vectors import Vectors, rescore, vectorizable

FACETS = {"body": "body_facet", "year": "year", "kind": "kind", "outcome": "outcome"}
UNKNOWN_FACTOR = 0.5  # a unit whose committee, date, place or outcome is unknown
CONTENT_B = 0.3  # length normalisation of the text: a long item's one passage still counts
DUP_OVERLAP = 0.5  # shared fingerprint hashes that make two renderings one text
PASSAGE_CHARS = 240  # the snippet: the window of the text with the most query words
FETCH_SLACK = 10  # extra hits fetched so that collapsing duplicates still fills a page
KIND_RANK = {"referat": 3, "dagsorden": 2}  # the later stage of an item wins a group


class Hit(FrozenStruct):
    __slots__ = ("id", "source", "kind", "body", "date", "item_number", "item_title", "title",
                 "score", "snippet", "page", "outcome", "matched", "of", "also")

    def __init__(self, id: str, source: str, kind: str, body: str, date: str,
                 item_number: str, item_title: str, title: str, score: float, snippet: str,
                 page: int, outcome: str, matched: float = 0, of: int = 0,
                 also: tuple[tuple[str, str], ...] = ()):
        # matched: words matched as the ranking counts them (spread parts 0.75), of `of`;
        # also: (source, id) of the same item elsewhere
        for name, value in zip(self.__slots__, (id, source, kind, body, date, item_number,
                                                item_title, title, score, snippet, page,
                                                outcome, matched, of, also)):
            object.__setattr__(self, name, value)

    def to_dict(self) -> dict:
        out = {"id": self.id, "source": self.source, "kind": self.kind, "body": self.body,
               "date": self.date or None, "item_number": self.item_number or None,
               "item_title": self.item_title or None, "title": self.title,
               "score": round(self.score, 3), "snippet": self.snippet, "page": self.page,
               "outcome": self.outcome or None}
        if self.of:
            out["matched"] = f"{self.matched:g} of {self.of}"
        if self.also:
            out["also"] = [{"source": s, "id": i} for s, i in self.also]
        return out


class Results(Struct):
    __slots__ = ("query", "total", "hits", "facets", "suggestion", "explain", "outside")

    def __init__(self, query: str, total: int, hits: list[Hit],
                 facets: dict[str, dict[str, int]] | None = None,
                 suggestion: str | None = None, explain: list[str] | None = None,
                 outside: int = 0):
        self.query, self.total, self.hits = query, total, hits
        self.facets = {} if facets is None else facets
        self.suggestion = suggestion
        self.explain = [] if explain is None else explain
        self.outside = outside  # units matching the words outside the understood filters

    def to_dict(self) -> dict:
        out = {"query": self.query, "total": self.total, "hits": [h.to_dict() for h in self.hits]}
        if self.outside:
            out["outside_filters"] = self.outside
        if self.facets:
            out["facets"] = self.facets
        if self.suggestion:
            out["suggestion"] = self.suggestion
        if self.explain:
            out["explain"] = self.explain
        return out


# --- the open archive ----------------------------------------------------------------------

class Archive:
    """An open index with the caches that make a query cheap."""

    def __init__(self, index_dir: Path):
        self.folder = index_dir
        self._open()

    def _open(self) -> None:
        self.ix = open_index(self.folder, copied=False)  # a search reads a few postings
        self.weighting = scoring.BM25F(content_B=CONTENT_B)
        self.searcher = self.ix.searcher(weighting=self.weighting)
        self._reset()

    def _reset(self) -> None:
        s = self.searcher
        self.n = s.doc_count_all()
        self.live = _live(s)
        self._docsets: dict[str, np.ndarray] = {}
        self.vectors = Vectors(s, self.weighting, self.n)
        self._columns: dict[str, tuple[np.ndarray, list[str]]] = {}
        self._clusters: np.ndarray | None = None

    def fresh(self) -> Archive:
        """The same archive, reopened if another process changed the index."""
        if not self.searcher.up_to_date():
            # A new searcher, not refresh(): refresh reuses segment readers and would
            # keep their old deletions.
            self.searcher.close()
            self._open()
        return self

    def docs(self, q: Query, cache: bool = True) -> np.ndarray:
        """The units a query matches, as a boolean array over document numbers."""
        key = repr(q)
        if cache and key in self._docsets:
            return self._docsets[key]
        if _from_arrays(q):
            mask = self.vectors.matches(q)[1]  # search/exact.py: Whoosh's matches
        elif type(q) is NumericRange and q.fieldname == "day":
            mask = _in_range(self.days(), q)
        else:
            mask = self.walked(q)
        mask &= self.live
        if cache:
            self._docsets[key] = mask
        return mask

    def walked(self, q: Query) -> np.ndarray:
        """The units a query matches, from Whoosh's matcher walked one by one (deleted
        units included)."""
        mask = np.zeros(self.n, dtype=bool)
        for leaf, offset in self.searcher.leaf_searchers():
            ids = np.fromiter(q.matcher(leaf).all_ids(), dtype=np.int64)
            mask[ids + offset] = True
        return mask

    def column(self, name: str) -> tuple[np.ndarray, list[str]]:
        """A sortable column as codes per unit and the values the codes stand for."""
        if name not in self._columns:
            # The stored bytes, decoded once per distinct value rather than per unit
            # (Whoosh's translating reader decodes every unit's: 0.3 s a column at 100k).
            raw = _column_values(self.searcher, name)
            values = sorted(set(raw))  # the distinct values in order, as np.unique's
            code = {v: i for i, v in enumerate(values)}
            codes = np.fromiter(map(code.__getitem__, raw), dtype=np.int64, count=len(raw))
            self._columns[name] = (codes, [v.decode() if isinstance(v, bytes) else str(v)
                                           for v in values])
        return self._columns[name]

    def values(self, name: str) -> list[str]:
        """The distinct values of a column, unknown left out."""
        return [v for v in self.column(name)[1] if v and v != "(ukendt)"]

    def share(self, term: str) -> float:
        """The share of units whose text holds a term."""
        return self.searcher.doc_frequency("content", term) / max(1, self.n)

    def places(self) -> list[str]:
        """The municipalities the archive's units belong to."""
        return sorted({t.decode() if isinstance(t, bytes) else t
                       for t in self.searcher.lexicon("place")})

    def days(self) -> np.ndarray:
        if "_day" not in self._columns:
            days = np.concatenate([_numbers(leaf.reader(), "day")
                                   for leaf, _ in self.searcher.leaf_searchers()])
            self._columns["_day"] = (days, [])
        return self._columns["_day"][0]

    def clusters(self) -> np.ndarray:
        """For each unit, the number of its group: units that are the same item."""
        if self._clusters is None:
            self._clusters = _clusters(self)
        return self._clusters


def _column_values(searcher, name: str) -> list:
    """Every unit's raw value of a sortable column (b"" for none), segment by segment."""
    out: list = []
    for leaf, _ in searcher.leaf_searchers():
        col = leaf.reader().column_reader(name, translate=False)
        out += _var_bytes(col) or [b"" if v is None else v for v in col]
    return out


def _var_bytes(col) -> list[bytes] | None:
    """A variable-length bytes column's values cut from its data read in one piece
    (Whoosh's reader reads each unit's through several file layers: 0.1-0.2 s a column
    at 100k units, and a first search reads up to six); None for another kind."""
    try:
        lengths, offsets, pos, dbfile = col._lengths, col._offsets, col._basepos, col._dbfile
    except AttributeError:
        return None
    if not len(lengths):
        return []
    data = bytes(dbfile.get(pos, offsets[-1] + lengths[-1]))
    return [data[o:o + n] for o, n in zip(offsets, lengths)]


_INTEGER_CODES = frozenset("bBhHiIlL")  # struct's integer codes that fit in an int64


def _numbers(reader, name: str) -> np.ndarray:
    """One segment's numeric column as an array: its fixed-width values read in one
    piece, the units past the last one written holding the default; else unit by unit."""
    count = reader.doc_count_all()
    col = reader.column_reader(name, translate=False)
    try:
        width, code, default = col._fixedlen, col._typecode, col._default
        raw = col._dbfile.get(col._basepos, col._count * width)
    except AttributeError:
        code = ""
    if code not in _INTEGER_CODES:
        return np.fromiter(col, dtype=np.int64, count=count)
    # struct's standard sizes, big-endian ('!'), as the column's writer packed them
    kind = "i" if code.islower() else "u"
    out = np.full(count, default, dtype=np.int64)
    written = np.frombuffer(raw, dtype=np.dtype(f">{kind}{width}")).astype(np.int64)[:count]
    out[: len(written)] = written
    return out


def _live(searcher) -> np.ndarray:
    """Which document numbers are not deleted: a segment's deletions marked (walking
    every live number, as Whoosh's all_doc_ids does, took 0.3 s of each CLI search's
    open at 100k units)."""
    live = np.ones(searcher.doc_count_all(), dtype=bool)
    for leaf, offset in searcher.leaf_searchers():
        reader = leaf.reader()
        if not reader.has_deletions():
            continue
        dead = getattr(reader, "deleted_docs_set", None)  # a segment reader's property
        if not isinstance(dead, (set, frozenset)):
            dead = [d for d in range(reader.doc_count_all()) if reader.is_deleted(d)]
        live[np.fromiter(dead, dtype=np.int64, count=len(dead)) + offset] = False
    return live


# Query kinds search/exact.py evaluates from the posting arrays: a filter of these (a body
# as a phrase, a kind, a committee's terms) is not walked unit by unit (a body's phrase
# walked its positions for every one of its units: 1.4-3 s at 100k).
_ARRAY_KINDS = (Term, Or, And, Phrase)


def _from_arrays(q: Query) -> bool:
    """Whether a query and all its parts are kinds search/exact.py evaluates itself."""
    if type(q) is Or and (q.minmatch or q.scale):
        return False
    if type(q) not in _ARRAY_KINDS and type(q) is not Parts and not (
            isinstance(q, SpanNear2) and type(q).matcher is SpanNear2.matcher):
        return False
    return all(_from_arrays(sub) for sub in q.children())


def _in_range(days: np.ndarray, q: NumericRange) -> np.ndarray:
    """The units whose day (the sortable column holds the indexed number) is in the
    range, its ends included unless it says otherwise."""
    mask = np.ones(len(days), dtype=bool)
    if q.start is not None:
        mask &= days > q.start if q.startexcl else days >= q.start
    if q.end is not None:
        mask &= days < q.end if q.endexcl else days <= q.end
    return mask


_ARCHIVES: dict[str, Archive] = {}


def archive(index_dir: Path) -> Archive:
    """The process's open archive for a folder (opened on first use)."""
    key = str(Path(index_dir).resolve())
    if key not in _ARCHIVES:
        _ARCHIVES[key] = Archive(Path(index_dir))
    return _ARCHIVES[key].fresh()


def close_all() -> None:
    """Close every open archive (tests, a long-running process shutting down)."""
    for a in _ARCHIVES.values():
        a.searcher.close()
    _ARCHIVES.clear()


# --- duplicates --------------------------------------------------------------------------

def _clusters(a: Archive) -> np.ndarray:
    """Group numbers: units with the same item number and title whose meeting is the same
    (body and date) or, where one of them lacks the meeting, whose text is the same."""
    codes, keys = a.column("dupkey")
    bodies, _ = a.column("body_facet")
    dates, _ = a.column("date")
    cluster = np.arange(a.n)
    order = np.argsort(codes, kind="stable")
    bounds = np.flatnonzero(np.diff(codes[order])) + 1
    for group in np.split(order, bounds):
        if len(group) > 1 and keys[codes[group[0]]].strip("|"):
            _join(a, [int(d) for d in group if a.live[d]], bodies, dates, cluster)
    return cluster


def _join(a: Archive, members: list[int], bodies, dates, cluster: np.ndarray) -> None:
    """Group one dupkey's members, whatever order they reached the index in: by meeting
    where it is known; a member without one joins the meeting group (of the lowest id)
    whose text it shares, or else the members without a meeting that share its text."""
    _, body_values = a.column("body_facet")
    _, date_values = a.column("date")
    known = [d for d in members if body_values[bodies[d]] != "(ukendt)"
             and date_values[dates[d]]]  # code 0 is the earliest date unless one is empty
    by_meeting: dict[tuple, int] = {}
    for d in known:
        cluster[d] = by_meeting.setdefault((bodies[d], dates[d]), d)
    known_set = set(known)  # once: a set per member made large groups quadratic
    loose = [d for d in members if d not in known_set]
    if not loose:
        return
    unit = {d: a.searcher.stored_fields(d) for d in members}
    prints = {d: set(unit[d].get("fingerprint") or ()) for d in members}
    rest = []
    for d in loose:
        same = [o for o in known if _same_text(prints[d], prints[o])]
        if same:
            cluster[d] = cluster[min(same, key=lambda o: unit[o]["id"])]
        else:
            rest.append(d)
    parent = {d: d for d in rest}

    def root(d: int) -> int:
        while parent[d] != d:
            d = parent[d]
        return d

    for i, d in enumerate(rest):
        for other in rest[i + 1:]:
            if _same_text(prints[d], prints[other]):
                parent[root(other)] = root(d)
    for d in rest:
        cluster[d] = root(d)


def _same_text(x: set, y: set) -> bool:
    return bool(x and y) and len(x & y) >= DUP_OVERLAP * min(len(x), len(y))


# --- search --------------------------------------------------------------------------------

def search(index_dir: Path, text: str, filters: Filters = Filters(), limit: int = 10,
           sort: str = "relevance", facets: bool = False, explain: bool = False) -> Results:
    """Search the archive. limit 0 returns every hit."""
    a = archive(index_dir)
    s = a.searcher
    p = make_plan(text, filters, s.schema, bodies=a.values("body_facet"), places=a.places(),
                  share=a.share)
    allowed, factors, unknowns = _allowed(a, p)
    scores, words = _words(a, p, ranked=sort == "relevance")
    matched = allowed if words is None else allowed & words
    clusters = a.clusters()
    firsts = _representatives(matched, clusters)
    out = Results(query=text, total=int(firsts.sum()), hits=[],
                  explain=p.explain() if explain else [])
    if scores is not None and sort == "relevance":
        order = _by_score(a, scores, factors, matched, limit, _near_groups(p),
                          unknowns, p.counted)
    else:
        order = _rank(a, p, factors, matched, sort, limit)
    out.hits = _hits(a, p, order, clusters, matched, limit)
    if facets:
        out.facets = {k: _facet(a, col, firsts) for k, col in FACETS.items()}
    if out.total == 0 and p.text is not None:
        words_only = words if words is not None else a.live & a.docs(p.text, cache=False)
        if words_only.any():
            out.outside = int(words_only.sum())  # the understood filters left nothing
        else:
            out.suggestion = _suggest(s, text)
    return out


def _words(a: Archive, p: Plan, ranked: bool) -> tuple[np.ndarray | None, np.ndarray | None]:
    """Every unit's score for the plan's words and whether it matches them: from the
    posting arrays, natural-language plans by search/vectors.py's scoring, others as
    Whoosh's matcher scores them (those scores only when the hits are ranked by them);
    (None, None) without words."""
    if p.text is None:
        return None, None
    if p.natural and vectorizable(p.text):
        scores, match = a.vectors.scores(p.text)
        if getattr(p.text, "optional", 0) and not (match & a.live).any():
            # the counted words match nothing: the common ones ('kommunen') find the units
            p.text = Coord(p.groups, optional=0)
            p.notes = [n for n in p.notes if not n.startswith(NOT_COUNTED)] + [
                "no other word matched: the common words are counted"]
            scores, match = a.vectors.scores(p.text)
        q, count = a.vectors.counted
        p.counted = count if q is p.text else None  # what the coordination factor counted
        return scores, match & a.live
    scores, match = a.vectors.matches(p.text)  # from the posting arrays (search/exact.py)
    # Ranked: the count and the ranking (Whoosh's own scores); else the matches only.
    return (scores if ranked else None), match & a.live


def _near_groups(p: Plan) -> tuple:
    """The query and its word groups whose meeting in one passage ranks a unit
    (natural mode: the words counted as matched); () otherwise."""
    if not p.natural:
        return ()
    return p.text, p.groups[: len(p.groups) - getattr(p.text, "optional", 0)]


def _by_score(a: Archive, scores, factors, matched, limit: int, near=(), unknowns=(),
              counted=None) -> list[int]:
    """Matched units by score (soft filters' factors applied; the best ones by how many
    of their words meet, search/vectors.py), best first, ties by document number;
    enough of them to fill the page after duplicates collapse. A unit whose metadata a
    soft filter cannot tell comes after the units known to match it that hold as many
    of the question's words (`after_known`)."""
    ids = np.flatnonzero(matched)
    s = scores[ids] if factors is None else scores[ids] * factors[ids]
    if near:
        s = rescore(a.vectors, near[0], list(near[1]), ids, s)
    if len(unknowns):
        s = after_known(s, [(u[ids], k[ids]) for u, k in unknowns],
                        None if counted is None else counted[ids])
    order = ids[np.lexsort((ids, -s))]
    if limit <= 0:
        return order.tolist()
    cut = limit * 2 + FETCH_SLACK
    while cut < len(order) and _groups(a, order[:cut].tolist()) < limit:
        cut *= 4
    return order[:cut].tolist()


def _allowed(a: Archive, p: Plan) -> tuple[np.ndarray, np.ndarray | None, list]:
    """The units the hard and soft filters let through, each one's score factor, and per
    soft filter the units it cannot tell (unknown metadata) beside those it matches."""
    allowed = a.live.copy()
    for q in p.filters:
        allowed &= a.docs(q)
    factors = None
    unknowns = []
    for soft in p.soft:
        match, unknown = a.docs(soft.match), a.docs(soft.unknown) & ~a.docs(soft.match)
        factors = np.ones(a.n, dtype=np.float32) if factors is None else factors
        factors[unknown] *= UNKNOWN_FACTOR
        if soft.others:
            factors[~match & ~unknown] *= soft.others
        else:
            allowed &= match | unknown
        unknowns.append((unknown, match))
    return allowed, factors, unknowns


def after_known(s: np.ndarray, unknowns: list, counted: np.ndarray | None) -> np.ndarray:
    """Scores in which a unit a soft filter cannot tell ranks below every unit known to
    match that filter which holds as many of the question's words or more (`counted`;
    all of them when the words are not counted), its order among such units kept. An
    undated attachment whose text says the words more often no longer outranks the
    items of the month asked about; one that holds more of the words than any of them
    still ranks by its score."""
    s = s.astype(np.float64)
    words = np.zeros(len(s)) if counted is None else counted.astype(np.float64)
    for unknown, known in unknowns:
        if not unknown.any() or not known.any():
            continue
        for level in np.unique(words[unknown]):
            floor = s[known & (words >= level)]
            if not floor.size:
                continue
            cap = floor.min()
            over = np.flatnonzero(unknown & (words == level) & (s >= cap))
            if over.size:  # kept in their order, just under the cap
                rank = np.argsort(np.argsort(-s[over], kind="stable"), kind="stable")
                s[over] = cap - (abs(cap) + 1e-9) * 1e-6 * (1 + rank)
    return s


def _representatives(matched: np.ndarray, clusters: np.ndarray) -> np.ndarray:
    """One unit per group among the matched units (the exact count of hits)."""
    ids = np.flatnonzero(matched)
    _, first = np.unique(clusters[ids], return_index=True)
    out = np.zeros_like(matched)
    out[ids[first]] = True
    return out


def _rank(a: Archive, p: Plan, factors, matched, sort: str, limit: int) -> list[int]:
    """Document numbers in the order shown when no word score ranks them: filter-only
    queries and date sorts (enough of them to fill the page)."""
    fetch = None if limit <= 0 else limit * 2 + FETCH_SLACK
    return _by_value(a, matched, factors if p.text is None and sort == "relevance" else None,
                     sort, fetch)


def _groups(a: Archive, order: list[int]) -> int:
    return len(set(a.clusters()[order].tolist()))


def _by_value(a: Archive, matched, factors, sort: str, fetch: int | None) -> list[int]:
    """Filter-only queries and date sorts: by factor (then newest), or by date."""
    ids = np.flatnonzero(matched)
    days = a.days()[ids]
    if factors is not None:
        keys = np.lexsort((-days, -factors[ids]))
    else:
        keys = np.argsort(-days if sort in ("-date", "relevance") else days, kind="stable")
    ordered = ids[keys]
    return ordered.tolist() if fetch is None else ordered[: fetch * 4].tolist()


def _hits(a: Archive, p: Plan, order: list[int], clusters, matched, limit: int) -> list[Hit]:
    """The page of hits: one per group, in rank order, listing the group's other units."""
    members: dict[int, list[int]] = {}
    for d in np.flatnonzero(np.isin(clusters, clusters[order])).tolist():
        members.setdefault(int(clusters[d]), []).append(d)
    terms = _terms(p)
    out, seen = [], set()
    for rank, d in enumerate(order):
        c = int(clusters[d])
        if c in seen:
            continue
        seen.add(c)
        group = [m for m in members.get(c, [d]) if matched[m]] or [d]
        out.append(_hit(a, p, _winner(a, group, d), group, terms, score=_score(order, rank)))
        if limit > 0 and len(out) >= limit:
            break
    return out


def _score(order: list[int], rank: int) -> float:
    return float(len(order) - rank)


def _winner(a: Archive, group: list[int], best: int) -> int:
    """The unit shown for a group: the later stage (referat) with the fullest metadata,
    then the best-scoring one."""
    if len(group) == 1:
        return group[0]
    kinds, kind_values = a.column("kind")
    bodies, body_values = a.column("body_facet")

    def rank(d: int):
        return (KIND_RANK.get(kind_values[kinds[d]], 1), body_values[bodies[d]] != "(ukendt)",
                a.days()[d] > 0, d == best)
    return max(group, key=rank)


def _terms(p: Plan) -> set[str]:
    """The analysed words of the query's text part (for snippets and words matched)."""
    if p.text is None:
        return set()
    return {t.decode() if isinstance(t, bytes) else t for f, t in p.text.iter_all_terms()
            if f in ("content", "decision", "item_title")} - DANISH_STOP


def _hit(a: Archive, p: Plan, d: int, group: list[int], terms: set[str], score: float) -> Hit:
    r = a.searcher.stored_fields(d)
    text = r.get("content") or r.get("decision") or ""
    start, snippet = passage(text, terms) if terms else (0, " ".join(text.split())[:200])
    if not snippet and terms:
        snippet = passage(r.get("decision") or "", terms)[1]
    required = p.groups[: len(p.groups) - getattr(p.text, "optional", 0)]
    matched = 0
    if p.natural and len(p.groups) > 1:
        matched = (_as_shown(p.counted[d]) if p.counted is not None
                   else _words_matched(a, required, r))
    also = tuple((o["source"], o["id"]) for o in (a.searcher.stored_fields(m) for m in group
                                                   if m != d))
    return Hit(id=r["id"], source=r.get("source", ""), kind=r.get("kind", ""),
               body=r.get("body", ""), date=r.get("date", ""),
               item_number=r.get("item_number", ""), item_title=r.get("item_title", ""),
               title=r.get("title", ""), score=score, snippet=snippet or " ".join(
                   text.split())[:200],
               page=page_of(start, r.get("page_starts"), r.get("page") or 1),
               outcome=r.get("outcome", ""), matched=matched,
               of=len(required) if p.natural and len(p.groups) > 1 else 0, also=also)


def _as_shown(count) -> float:
    """A unit's words matched as the ranking counts them, as shown: 2 or 2.75."""
    return round(float(count), 2)


def _words_matched(a: Archive, groups: list, r: dict) -> int:
    """How many of the query's words the unit contains, read from its stored text (a
    plan scored without the coordination factor's count)."""
    text = " ".join(str(r.get(f) or "") for f in ("item_title", "content", "decision"))
    wanted = [{t.decode() if isinstance(t, bytes) else t for _, t in g.iter_all_terms()}
              for g in groups]
    have: set[str] = set()
    for _, _, whole, parts in stems_holding(text, set().union(*wanted)):
        have.add(whole)
        have.update(parts)
    return sum(bool(w & have) for w in wanted)


_WORD = re.compile(WORD_PATTERN)


def stems_holding(text: str, terms: set[str]):
    """`index.analysis.word_stems` of a text, for the words that can hold one of the
    terms: a word's stem and its parts' stems are pieces of its letters (a stem only drops
    endings), so a word none of the terms is a piece of is not analysed. Snippets read
    whole hit texts; splitting every compound in them was most of a first query's time."""
    for m in _WORD.finditer(text):
        word = fold_aa(m.group().lower())
        letters = word.replace("-", "")
        if word in DANISH_STOP or not any(t in letters for t in terms):
            continue
        whole, parts = analyse(word)
        yield m.start(), m.end(), whole, parts


def passage(text: str, terms: set[str], analyzer=None) -> tuple[int, str]:
    """Where in a text the query's words are densest, and that window with the words
    [marked]: the snippet, and the offset that tells the page. (`analyzer` is accepted
    for old callers; the words are read as the index's analyzer reads them.)"""
    spans = []
    for start, end, whole, parts in stems_holding(text, terms):
        if whole in terms:
            spans.append((start, end, whole, 2))  # the word itself counts more than a part
        spans += [(start, end, p, 1) for p in parts if p in terms]
    if not spans:
        return 0, ""
    start = spans[_densest(spans)][0]
    lo = max(0, text.rfind(" ", 0, max(0, start - 60)) + 1)
    hi = min(len(text), lo + PASSAGE_CHARS)
    marked, pos = [], lo
    for s, e in sorted({(s, e) for s, e, *_ in spans if lo <= s and e <= hi}):
        if s >= pos:
            marked += [text[pos:s], "[", text[s:e], "]"]
            pos = e
    marked.append(text[pos:hi])
    snippet = " ".join("".join(marked).split())
    return start, ("… " if lo else "") + snippet + (" …" if hi < len(text) else "")


def _densest(spans: list[tuple]) -> int:
    """The span that opens the window with the most distinct query words (a sliding
    window: one pass, however often a word recurs in a long text)."""
    counts: dict[tuple, int] = {}
    best, best_n, n, j = 0, -1, 0, 0
    for i, (start, _, word, weight) in enumerate(spans):
        while j < len(spans) and spans[j][0] < start + PASSAGE_CHARS:
            key = (spans[j][2], spans[j][3])
            n += key[1] if not counts.get(key) else 0
            counts[key] = counts.get(key, 0) + 1
            j += 1
        if n > best_n:
            best, best_n = i, n
        counts[(word, weight)] -= 1
        n -= weight if not counts[(word, weight)] else 0
    return best


def page_of(offset: int, page_starts, first_page: int) -> int:
    """The page a character offset of a unit's text is on."""
    page = int(first_page)
    for start, number in page_starts or ():
        if start <= offset:
            page = int(number)
        else:
            break
    return page


def _facet(a: Archive, column: str, firsts: np.ndarray) -> dict[str, int]:
    codes, values = a.column(column)
    counts = np.bincount(codes[firsts], minlength=len(values))
    pairs = [(values[i] or "(ukendt)", int(n)) for i, n in enumerate(counts) if n]
    return dict(sorted(pairs, key=lambda kv: (-kv[1], kv[0])))


def _suggest(searcher, text: str) -> str | None:
    """A spelling correction for a query without hits (from the index's own words)."""
    words = re.findall(r"\w+", text)
    if not words or not re.fullmatch(r"[\w\s]+", text.strip()):
        return None
    corrected = []
    for w in words:
        known = searcher.doc_frequency("content", stem(w.lower())) > 0
        found = [] if known else searcher.suggest("content", w.lower(), limit=1, maxdist=2,
                                                   prefix=1)
        corrected.append(found[0] if found else w)
    out = " ".join(corrected)
    return out if out != text else None


def stored(index_dir: Path, doc_id: str) -> dict | None:
    """The stored fields of one index document."""
    s = archive(index_dir).searcher
    found = s.document(id=doc_id)
    if found is None:
        hits = s.search(Term("id", doc_id), limit=1)
        found = dict(hits[0]) if hits else None
    return dict(found) if found else None


__all__ = ["search", "stored", "Hit", "Results", "archive", "close_all", "passage", "page_of",
           "parser"]
