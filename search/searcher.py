"""Run a query -> hits with highlighted snippets, facets and spelling suggestions."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from whoosh import highlight, sorting
from whoosh.query import Term

from index.store import open_index
from search.query import Filters, build, parser

SORTS = ("relevance", "date", "-date")
FACETS = {"body": "body_facet", "year": "year", "kind": "kind", "outcome": "outcome"}


@dataclass(frozen=True, slots=True)
class Hit:
    id: str
    source: str
    kind: str
    body: str
    date: str
    item_number: str
    item_title: str
    title: str
    score: float
    snippet: str
    page: int
    outcome: str

    def to_dict(self) -> dict:
        return {"id": self.id, "source": self.source, "kind": self.kind, "body": self.body,
                "date": self.date or None, "item_number": self.item_number or None,
                "item_title": self.item_title or None, "title": self.title, "score":
                round(self.score, 3), "snippet": self.snippet, "page": self.page,
                "outcome": self.outcome or None}


@dataclass(slots=True)
class Results:
    query: str
    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    suggestion: str | None = None

    def to_dict(self) -> dict:
        out = {"query": self.query, "total": self.total, "hits": [h.to_dict() for h in self.hits]}
        if self.facets:
            out["facets"] = self.facets
        if self.suggestion:
            out["suggestion"] = self.suggestion
        return out


class _Plain(highlight.Formatter):
    """Marks matches with [brackets] (a terminal renders them in colour)."""

    between = " … "

    def format_token(self, text, token, replace=False):
        return f"[{highlight.get_text(text, token, replace)}]"


def search(index_dir: Path, text: str, filters: Filters = Filters(), limit: int = 10,
           sort: str = "relevance", facets: bool = False) -> Results:
    """Search the archive."""
    ix = open_index(index_dir)
    q = build(text, filters, ix.schema)
    with ix.searcher() as s:
        sortedby, reverse = _sort(sort)
        kwargs = {"groupedby": {k: sorting.FieldFacet(v) for k, v in FACETS.items()}} \
            if facets else {}
        results = s.search(q, limit=limit, sortedby=sortedby, reverse=reverse,
                           **kwargs)
        results.fragmenter = highlight.ContextFragmenter(maxchars=220, surround=60)
        results.formatter = _Plain()
        hits = [_hit(r) for r in results[:limit]]  # grouping collects every match
        total = results.estimated_length() if not results.has_exact_length() else len(results)
        out = Results(query=text, total=total, hits=hits)
        if facets:
            out.facets = {k: _counts(results.groups(k)) for k in FACETS}
        if total == 0 and text.strip():
            out.suggestion = _suggest(s, ix.schema, text)
    return out


def _sort(sort: str):
    if sort == "relevance":
        return None, False
    return sorting.FieldFacet("day", reverse=sort.startswith("-")), False


def _counts(groups: dict) -> dict[str, int]:
    pairs = [(k if isinstance(k, str) else (k.decode() if isinstance(k, bytes) else str(k)),
              len(v) if not isinstance(v, int) else v) for k, v in groups.items()]
    return dict(sorted(((k or "(ukendt)", n) for k, n in pairs), key=lambda kv: (-kv[1], kv[0])))


def _hit(r) -> Hit:
    snippet = ""
    for fieldname in ("content", "decision", "item_title", "title"):
        if r.get(fieldname):
            snippet = r.highlights(fieldname, top=2)
            if snippet:
                break
    if not snippet:
        snippet = (r.get("content") or r.get("decision") or "")[:200]
    return Hit(id=r["id"], source=r.get("source", ""), kind=r.get("kind", ""),
               body=r.get("body", ""), date=r.get("date", ""),
               item_number=r.get("item_number", ""), item_title=r.get("item_title", ""),
               title=r.get("title", ""), score=float(r.score or 0.0),
               snippet=" ".join(snippet.split()), page=int(r.get("page") or 1),
               outcome=r.get("outcome", ""))


def _suggest(searcher, schema, text: str) -> str | None:
    try:
        q = parser(schema).parse(text)
        corrected = searcher.correct_query(q, text, maxdist=2, prefix=1)
    except Exception:  # noqa: BLE001 - a suggestion is a nicety, never an error
        return None
    if corrected.query != q and corrected.string and corrected.string != text:
        return corrected.string
    return None


def stored(index_dir: Path, doc_id: str) -> dict | None:
    """The stored fields of one index document."""
    ix = open_index(index_dir)
    with ix.searcher() as s:
        found = s.document(id=doc_id)
        if found is None:
            hits = s.search(Term("id", doc_id), limit=1)
            found = dict(hits[0]) if hits else None
        return dict(found) if found else None
