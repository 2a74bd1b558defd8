"""`referat serve`: a local web page over an archive (Starlette + Jinja2, Danish text).

Every page asks what the CLI asks (`search()`, the catalog's case and people questions,
the stored record of an item) and `?format=json` on any page returns the CLI's JSON for
the same question. Source files are served by their sha256 as the catalog knows them:
nothing from the URL reaches a file system path.
"""
from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import quote, urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ingest.dates import BadDate, user_range
from ingest.records import FileStatus, Sort, case_key
from search import decisions as dec
from search.importer import key_path
from search.query import Filters, QueryError
from search.searcher import Results, archive, search

HERE = Path(__file__).resolve().parent
PAGE_SIZE = 10  # hits per page, as the CLI's default: each hit's snippet costs ~10 ms
MAX_PAGE = 50  # a page costs a search of page * PAGE_SIZE hits; past this, narrow the query
SORTS = {Sort.RELEVANCE.value: "Relevans", Sort.NEWEST.value: "Nyeste først",
         Sort.DATE.value: "Ældste først"}
FACET_NAMES = {"body": "Udvalg", "kind": "Dokumenttype", "outcome": "Beslutning", "year": "År"}
OUTCOME_LABELS = {"approved": "Godkendt", "recommended": "Anbefalet",
                  "noted": "Taget til efterretning", "discussed": "Drøftet",
                  "referred": "Oversendt", "postponed": "Udsat", "rejected": "Afvist",
                  "withdrawn": "Trukket", "other": "Andet"}
FACET_SHOWN = 12  # values a facet lists before the rest fold away under "flere"
UNKNOWN = "(ukendt)"  # the index's value for a missing body or year
SHA = re.compile(r"[0-9a-f]{64}")
ITEM_ID = re.compile(r"[0-9a-f]{16}-\d{1,4}-(?:d|\d{1,4})")
# Types a browser may show inline; anything else (HTML, XML, Word) is a download, so a
# document from the archive never runs as a page of this site.
INLINE_TYPES = {".pdf": "application/pdf", ".txt": "text/plain"}
HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
           "Content-Security-Policy": "default-src 'self'; object-src 'self'; "
                                      "frame-ancestors 'none'"}
HASH_CHUNK = 1 << 20
EVERYTHING = "*"  # the query language's every unit: the page without words lists them all

# One Whoosh searcher per archive is shared by the server's threads; it is not made
# for concurrent use, so its questions are asked one at a time (each takes milliseconds).
_SEARCHER = threading.Lock()


# --- the question a search page asks ------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Ask:
    """A search as its URL states it: words, filters, sort and page."""

    q: str = ""
    body: str = ""
    kind: str = ""
    outcome: str = ""
    date_from: str = ""
    date_to: str = ""
    sort: str = "relevance"
    page: int = 1

    @classmethod
    def of(cls, params) -> Ask:
        """The search a request's query string asks for (unknown values fall back)."""
        sort = params.get("sort", "relevance")
        try:
            page = min(MAX_PAGE, max(1, int(params.get("side", "1"))))
        except ValueError:
            page = 1
        return cls(q=params.get("q", "").strip(), body=params.get("udvalg", "").strip(),
                   kind=params.get("type", "").strip(), outcome=params.get("beslutning", ""),
                   date_from=params.get("fra", "").strip(), date_to=params.get("til", "").strip(),
                   sort=sort if sort in SORTS else "relevance", page=page)

    def url(self, **change) -> str:
        """This search's stable URL, with some values changed (defaults left out)."""
        a = replace(self, **change)
        pairs = [("q", a.q), ("udvalg", a.body), ("type", a.kind), ("beslutning", a.outcome),
                 ("fra", a.date_from), ("til", a.date_to),
                 ("sort", "" if a.sort == "relevance" else a.sort),
                 ("side", "" if a.page == 1 else str(a.page))]
        query = urlencode([(k, v) for k, v in pairs if v])
        return "/" + ("?" + query if query else "")

    def filters(self) -> Filters:
        """The CLI's filters for this search (dates in the CLI's words too)."""
        return Filters(body=self.body or None, kind=self.kind or None,
                       outcome=self.outcome or None, date_from=_day(self.date_from, 0),
                       date_to=_day(self.date_to, 1))


def _day(text: str, end: int):
    if not text:
        return None
    try:
        return user_range(text)[end]
    except BadDate as exc:
        raise QueryError(f"{'til' if end else 'fra'}: {exc}") from None


def run_search(index_dir: Path, ask: Ask) -> Results:
    """The results of a search, the hits of its page only, with facets."""
    # Without words the page lists what the filters let through (without filters: the
    # whole archive), newest first unless asked otherwise: no words, no relevance.
    sort = "-date" if not ask.q and ask.sort == "relevance" else ask.sort
    with _SEARCHER:
        results = search(index_dir, ask.q or EVERYTHING, ask.filters(),
                         limit=ask.page * PAGE_SIZE, sort=sort, facets=True)
    results.hits = results.hits[(ask.page - 1) * PAGE_SIZE:]
    return results


# --- what the templates show ------------------------------------------------------------

def marked(snippet: str) -> list[tuple[str, bool]]:
    """A snippet as (text, is a match) parts: the searcher marks matches as [word]."""
    return [(p[1:-1], True) if p.startswith("[") and p.endswith("]") else (p, False)
            for p in re.split(r"(\[[^\]]+\])", snippet) if p]


def facet_links(ask: Ask, facets: dict[str, dict[str, int]]) -> list[dict]:
    """Each facet with its values, counts and the URL that narrows the search to one."""
    out = []
    for name, counts in facets.items():
        pairs = sorted(counts.items(), reverse=True) if name == "year" else counts.items()
        values = [{"value": v, "label": _facet_label(name, v), "count": n,
                   "url": _narrow(ask, name, v), "chosen": _chosen(ask, name, v)}
                  for v, n in pairs]
        out.append({"name": FACET_NAMES.get(name, name), "values": values[:FACET_SHOWN],
                    "more": values[FACET_SHOWN:]})
    return out


def _facet_label(name: str, value: str) -> str:
    return OUTCOME_LABELS.get(value, value) if name == "outcome" else value


def _narrow(ask: Ask, name: str, value: str) -> str | None:
    """The URL of the search narrowed to a facet value (None: it cannot be a filter)."""
    if not value or value == UNKNOWN:
        return None
    if name == "year":
        return ask.url(date_from=f"{value}-01-01", date_to=f"{value}-12-31", page=1)
    field = {"body": "body", "kind": "kind", "outcome": "outcome"}[name]
    return ask.url(**{field: value, "page": 1})


def _chosen(ask: Ask, name: str, value: str) -> bool:
    if name == "year":
        return ask.date_from == f"{value}-01-01" and ask.date_to == f"{value}-12-31"
    return getattr(ask, {"body": "body", "kind": "kind", "outcome": "outcome"}[name]) == value


def hit_views(index_dir: Path, results: Results) -> list[dict]:
    """The hits with their links: the item page and the source file at the page."""
    shas = file_shas(index_dir, results.hits)
    return [{"hit": h, "parts": marked(h.snippet), "item_url": f"/item/{h.id}",
             "file_url": f"/file/{shas[h.id]}#page={h.page}" if shas.get(h.id) else None,
             "outcome_label": OUTCOME_LABELS.get(h.outcome, h.outcome)}
            for h in results.hits]


def file_shas(index_dir: Path, hits) -> dict[str, str]:
    """The sha256 of each hit's file, from the catalog's paths (an id starts with its
    file's sha; a path whose bytes changed since is left without a link)."""
    cat = dec.open_catalog(index_dir)
    try:
        rows = {h.id: cat.path_row(h.source) for h in hits}
    finally:
        cat.close()
    return {i: r.sha256 for i, r in rows.items()
            if r and r.sha256 and r.sha256.startswith(i.split("-", 1)[0])}


def case_url(number: str) -> str | None:
    """The case page of a case number (None when it is not one)."""
    key = case_key(number).lower()
    return f"/case/{quote(key, safe='')}" if key else None


def person_url(name: str) -> str:
    """The page of the people called this."""
    return f"/person/{quote(name, safe='')}"


# --- the item as the CLI's `show` gives it ----------------------------------------------

def find_item(index_dir: Path, doc_id: str) -> dec.Found | None:
    """The stored record of an id from the search results, or None."""
    if not ITEM_ID.fullmatch(doc_id):
        return None
    return dec.find_item(index_dir, doc_id, _SEARCHER)


def lead(record) -> str:
    """The text of an item or document before its first section (the sections hold the
    rest), or its whole text when it has no sections."""
    if not record.sections:
        return ""
    at = record.text.find(record.sections[0].heading)
    return record.text[:at].strip() if at > 0 else ""


def own_sections(record) -> list:
    """The sections not shown on their own (the proposal and the decision are)."""
    decision = getattr(record, "decision", None)
    shown = {" ".join(t.split()) for t in (record.proposal, decision and decision.text) if t}
    return [s for s in record.sections if " ".join(s.text.split()) not in shown]


# --- the archive's files ----------------------------------------------------------------

class Withheld(Exception):
    """A source file the page does not serve (it holds CPR numbers)."""


def archive_file(index_dir: Path, sha: str) -> Path | None:
    """A path that holds the bytes the catalog knows by this sha256, or None. The URL
    gives only the sha; the path comes from the catalog, and its bytes are checked.
    Withheld when the file held CPR numbers: its bytes are not masked, only its text."""
    if not SHA.fullmatch(sha):
        return None
    cat = dec.open_catalog(index_dir)
    try:
        result = cat.result(sha) if cat.file_status(sha) is FileStatus.INGESTED else None
        keys = cat.paths_of(sha) if result else []
    finally:
        cat.close()
    if result and result.source.cpr_masked:
        raise Withheld(sha)
    for key in keys:
        path = key_path(key)
        if path is not None and path.is_file() and _sha256(path) == sha:
            return path
    return None


def _sha256(path: Path) -> str | None:
    h = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(HASH_CHUNK):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


def file_response(path: Path) -> Response:
    """The file as a browser should get it: PDF and text inline, the rest as a download."""
    media = INLINE_TYPES.get(path.suffix.lower())
    name = quote(path.name)
    if media:
        return FileResponse(path, media_type=media, headers={
            "Content-Disposition": f"inline; filename*=UTF-8''{name}"})
    return FileResponse(path, media_type="application/octet-stream", headers={
        "Content-Disposition": f"attachment; filename*=UTF-8''{name}"})


# --- the application --------------------------------------------------------------------

def templates() -> Environment:
    """The page templates (HTML-escaped: every archive text is shown as text)."""
    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(["html"]), trim_blocks=True,
                      lstrip_blocks=True)
    env.globals.update(outcome_label=lambda v: OUTCOME_LABELS.get(v or "", v),
                       case_url=case_url, person_url=person_url, sorts=SORTS,
                       page_size=PAGE_SIZE)
    return env


class Site:
    """The pages of one archive."""

    def __init__(self, index_dir: Path):
        self.index_dir = index_dir
        self.env = templates()

    def render(self, template: str, status: int = 200, **values) -> HTMLResponse:
        """A page from its template."""
        html = self.env.get_template(template).render(**values)
        return HTMLResponse(html, status_code=status, headers=HEADERS)

    def problem(self, request: Request, status: int, message: str, ask: Ask = Ask()):
        """An error page (or JSON) with the one line that says what to do."""
        if wants_json(request):
            return JSONResponse({"error": message}, status_code=status, headers=HEADERS)
        return self.render("problem.html", status=status, message=message, ask=ask)

    def home(self, request: Request):
        """The search page: box, facets, hits."""
        ask = Ask.of(request.query_params)
        try:
            results = run_search(self.index_dir, ask)
        except QueryError as exc:
            return self.problem(request, 400, f"Søgningen kan ikke udføres: {exc}", ask)
        if wants_json(request):
            return JSONResponse(results.to_dict(), headers=HEADERS)
        shown_to = (ask.page - 1) * PAGE_SIZE + len(results.hits)
        return self.render("search.html", ask=ask, results=results,
                           hits=hit_views(self.index_dir, results),
                           facets=facet_links(ask, results.facets),
                           first=(ask.page - 1) * PAGE_SIZE + 1, last=shown_to,
                           more=ask.url(page=ask.page + 1)
                           if shown_to < results.total and ask.page < MAX_PAGE else None,
                           less=ask.url(page=ask.page - 1) if ask.page > 1 else None)

    def item(self, request: Request):
        """An item (or a document) in full."""
        found = find_item(self.index_dir, request.path_params["id"])
        if found is None:
            return self.problem(request, 404, "Punktet findes ikke i arkivet.")
        if wants_json(request):
            return JSONResponse(found.to_dict(), headers=HEADERS)
        d = found.result.documents[found.doc]
        it = d.items[found.item] if found.item is not None else None
        page = (it.pages if it and it.pages else d.pages or (1, 1))[0]
        bilag = {k.number: k.document for k in found.attachments if k.document}
        return self.render("item.html", found=found, doc=d, it=it, lead=lead(it or d),
                           bilag=bilag, sections=own_sections(it or d),
                           file_url=f"/file/{found.sha}#page={page}", ask=Ask())

    def case(self, request: Request):
        """A case's timeline."""
        number = request.path_params["key"]
        try:
            rows = dec.case_timeline(self.index_dir, number)
        except dec.BadRequest:
            rows = []
        if not rows:
            return self.problem(request, 404, f"Ingen dokumenter nævner sag {number}.")
        if wants_json(request):
            return JSONResponse([r.to_dict() for r in rows], headers=HEADERS)
        return self.render("case.html", number=number, rows=rows, ask=Ask())

    def person(self, request: Request):
        """The people of a name: parties, roles over time, where they appear."""
        name = request.path_params["name"]
        found = dec.people(self.index_dir, name) if name.strip() else []
        if not found:
            return self.problem(request, 404, f"Ingen ved navn {name} i arkivet.")
        if wants_json(request):
            return JSONResponse([p.to_dict() for p in found], headers=HEADERS)
        return self.render("person.html", name=name, people=found, ask=Ask())

    def file(self, request: Request):
        """A source file of the archive, by its sha256."""
        try:
            path = archive_file(self.index_dir, request.path_params["sha"])
        except Withheld:
            return self.problem(request, 403, "Kildefilen indeholder CPR-numre og vises "
                                "derfor ikke; teksten med numrene skjult står på punktets "
                                "side.")
        if path is None:
            return self.problem(request, 404, "Filen findes ikke i arkivet.")
        return file_response(path)

    async def missing(self, request: Request, exc: HTTPException):
        """Unknown URLs get the site's own 404."""
        return self.problem(request, exc.status_code, "Siden findes ikke.")


def wants_json(request: Request) -> bool:
    """Whether the page is asked for as JSON (`?format=json`)."""
    return request.query_params.get("format") == "json"


def make_app(index_dir: Path) -> Starlette:
    """The web application over an archive; IndexMissing or ArchiveMissing if none."""
    dec.open_catalog(index_dir).close()
    with _SEARCHER:
        archive(index_dir)
    site = Site(index_dir)
    routes = [Route("/", site.home), Route("/item/{id}", site.item),
              Route("/case/{key:path}", site.case), Route("/person/{name:path}", site.person),
              Route("/file/{sha}", site.file),
              Mount("/static", StaticFiles(directory=HERE / "static"), name="static")]
    return Starlette(routes=routes, exception_handlers={404: site.missing, 405: site.missing})


__all__ = ["make_app", "Ask", "marked", "archive_file", "run_search", "find_item"]
