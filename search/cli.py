"""The `referat` command. Each command validates, makes one library call, renders."""
from __future__ import annotations

import logging
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from index.store import IndexMissing, default_index_dir
from ingest.dates import BadDate, user_range
from search import render

app = typer.Typer(no_args_is_help=True, add_completion=False, rich_markup_mode=None,
                  pretty_exceptions_enable=False,
                  help="referat: a searchable archive of Danish municipal meeting documents.")
out = Console(soft_wrap=False)
err = Console(stderr=True)


class Fmt(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class OcrMode(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


class Sort(str, Enum):
    relevance = "relevance"
    date = "date"
    newest = "-date"


IndexOpt = Annotated[Optional[Path], typer.Option("--index", envvar="REFERAT_INDEX",
                                                  help="Index folder (env REFERAT_INDEX; "
                                                       "default ./.referat/index).")]


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one actionable line on stderr and exit non-zero."""
    err.print(f"referat: error: {message}", markup=False, highlight=False, soft_wrap=True)
    return typer.Exit(code)


def _echo(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


@app.command()
def parse(
    file: Annotated[str, typer.Argument(help="A PDF, text or HTML meeting document.",
                                        show_default=False)],
    fmt: Annotated[Fmt, typer.Option("--format", "-f", help="table (a summary) or json.")]
    = Fmt.table,
    ocr: Annotated[OcrMode, typer.Option(help="OCR pages without usable text: auto, always "
                                              "or never.")] = OcrMode.auto,
    timeout: Annotated[float, typer.Option(help="Seconds before giving up on the file.")]
    = 300.0,
) -> None:
    """Parse one file and show its documents, items and decisions.

    Example: referat parse samples/seed-packet.pdf --format json
    """
    from ingest.batch import Task, parse_many
    from ingest.readers import display_name
    from ingest.records import ParseResult

    # In a worker process, as in a batch: the deadline and the memory limit hold even
    # inside a library call that never returns, and no error becomes a traceback.
    shown = display_name(file)
    budget = max(0.0, timeout - _seconds_since_start())  # --timeout counts from the start
    [done] = list(parse_many([Task(str(file), "", 0, shown=shown)], workers=1,
                             ocr=ocr.value, timeout=budget))
    if done.timed_out:
        raise fail(f"{shown}: timed out after {timeout:g} s; split the file or raise --timeout")
    if done.error:
        raise fail(f"{shown}: {done.error}")
    result = ParseResult.from_dict(done.result)
    if fmt == Fmt.json:
        _echo(render.as_json(result.to_dict()))
    else:
        _echo(render.parse_summary(result))


def _seconds_since_start() -> float:
    """How long this process has run (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/stat") as fh:
            started = int(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as fh:
            uptime = float(fh.read().split()[0])
    except (OSError, ValueError, IndexError):
        return 0.0
    return max(0.0, uptime - started / os.sysconf("SC_CLK_TCK"))


@app.command()
def ingest(
    paths: Annotated[Optional[list[str]], typer.Argument(
        help="Files, folders (searched recursively) or globs.")] = None,
    index: IndexOpt = None,
    workers: Annotated[int, typer.Option(help="Parser processes (0: one per core).")] = 0,
    ocr: Annotated[OcrMode, typer.Option(help="auto, always or never.")] = OcrMode.auto,
    fmt: Annotated[Fmt, typer.Option("--format", "-f", help="table or json summary.")]
    = Fmt.table,
    retry_failed: Annotated[bool, typer.Option("--retry-failed",
                                               help="Parse again only the files that failed.")]
    = False,
    prune: Annotated[bool, typer.Option("--prune", help="Forget files that no longer exist.")]
    = False,
    wait: Annotated[float, typer.Option(help="Seconds to wait for another import's lock.")]
    = 0.0,
    timeout: Annotated[float, typer.Option(help="Seconds one file may take.")] = 600.0,
    cluster: Annotated[Optional[str], typer.Option(
        envvar="REFERAT_CLUSTER", help="Parse on the Dask scheduler at this address, e.g. "
        "tcp://host:8786 (env REFERAT_CLUSTER).")] = None,
    shared_fs: Annotated[bool, typer.Option(
        "--shared-fs", help="Cluster workers open files by path (a shared file system) "
        "instead of receiving their bytes.")] = False,
) -> None:
    """Import files into the archive (catalog + index); unchanged files are skipped.

    Example: referat ingest samples/ archive/2012/ --workers 2
    """
    from ingest.cluster import Cluster, ClusterError
    from search.importer import ImportLocked, run_import

    if not paths and not retry_failed:
        raise fail("name files or folders to import, e.g. 'referat ingest samples/'", 2)
    if shared_fs and not cluster:
        raise fail("--shared-fs needs --cluster ADDRESS (or REFERAT_CLUSTER)", 2)
    progress = (_Progress() if err.is_terminal else _LogLines()) if fmt == Fmt.table else None
    try:
        summary = run_import(paths or [], (index or default_index_dir()), workers=workers, ocr=ocr.value,
                             retry_failed=retry_failed, prune=prune, wait=wait, timeout=timeout,
                             progress=progress,
                             cluster=Cluster(cluster, shared_fs) if cluster else None)
    except (ImportLocked, ClusterError) as exc:
        raise fail(str(exc), 3) from None
    finally:
        if progress:
            progress.stop()
    data = summary.to_dict()
    if fmt == Fmt.json:
        _echo(render.as_json(data))
    else:
        _print_summary(data)
    if summary.failed:
        raise typer.Exit(4)  # partial failure: every failed path is named above


class _Progress:
    """A progress bar with files/s, pages/s and an ETA, on a terminal only."""

    def __init__(self) -> None:
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeRemainingColumn)
        self.pages = 0
        self.bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rate]}"), TimeRemainingColumn(),
                            console=err, transient=True)
        self.task = None

    def __call__(self, event: str, data: dict) -> None:
        if event == "start":
            self.bar.start()
            self.task = self.bar.add_task("importing", total=data["files"], rate="")
        elif event == "file" and self.task is not None:
            self.pages += data.get("pages") or 0
            elapsed = max(self.bar.tasks[0].elapsed or 0.001, 0.001)
            done = self.bar.tasks[0].completed + 1
            self.bar.update(self.task, advance=1,
                            rate=f"{done / elapsed:.1f} files/s {self.pages / elapsed:.1f} pages/s")

    def stop(self) -> None:
        self.bar.stop()


class _LogLines:
    """One line per committed batch on stderr, for logs (no terminal)."""

    def __init__(self) -> None:
        import time
        self.clock = time.monotonic
        self.start = self.clock()
        self.n = 0
        self.files = self.pages = 0

    def __call__(self, event: str, data: dict) -> None:
        if event != "batch":
            return
        self.n += 1
        self.files += data["files"]
        self.pages += data["pages"]
        secs = max(self.clock() - self.start, 1e-3)
        err.print(f"referat: batch {self.n}: {data['files']} files ({data['failed']} failed), "
                  f"{data['pages']} pages; {self.files} files, {self.files / secs:.1f} files/s, "
                  f"{self.pages / secs:.1f} pages/s so far", markup=False, highlight=False,
                  soft_wrap=True)

    def stop(self) -> None:
        pass


def _print_summary(d: dict) -> None:
    _echo(f"{d['files']} files: {d['ingested']} ingested, {d['unchanged']} unchanged, "
          f"{len(d['failed'])} failed, {len(d['skipped'])} skipped"
          + (f", {d['pruned']} pruned" if d["pruned"] else "")
          + f"; {d['documents']} documents, {d['items']} items, {d['pages']} pages"
          + (f"; {d['cpr_masked']} CPR numbers masked" if d["cpr_masked"] else "")
          + f" in {d['seconds']:.1f} s")
    for f in d["failed"]:
        _echo(f"  failed  {f['path']}: {f['error']}")
    for s in d["skipped"]:
        _echo(f"  skipped {s['path']}: {s['reason']}")


@app.command()
def reindex(index: IndexOpt = None) -> None:
    """Rebuild the search index from the catalog, without reading any file again.

    Example: referat reindex --index archive/.referat/index
    """
    from search.importer import ImportLocked
    from search.importer import reindex as rebuild

    try:
        files, docs = rebuild((index or default_index_dir()))
    except (FileNotFoundError, ImportLocked) as exc:
        raise fail(str(exc)) from None
    _echo(f"reindexed {files} files into {docs} index documents")


@app.command()
def status(index: IndexOpt = None,
           fmt: Annotated[Fmt, typer.Option("--format", "-f", help="table or json.")]
           = Fmt.table) -> None:
    """Counts, failures, the newest meeting per body, and decisions lacking a date or body.

    Example: referat status
    """
    from search.decisions import ArchiveMissing, open_catalog

    try:
        cat = open_catalog(index or default_index_dir())
    except ArchiveMissing as exc:
        raise fail(str(exc)) from None
    try:
        report = cat.status()
    finally:
        cat.close()
    if fmt == Fmt.json:
        _echo(render.as_json(report.to_dict()))
        return
    _echo(render.status_text(report))


def _date_opt(value: Optional[str], end: bool):
    if not value:
        return None
    try:
        lo, hi = user_range(value)
    except BadDate as exc:
        raise fail(f"--{'to' if end else 'from'}: {exc}", 2) from None
    return hi if end else lo


@app.command(context_settings={"ignore_unknown_options": True})
def search(
    query: Annotated[str, typer.Argument(help='Words (any of them; hits with more of them '
                                              'first), or a structured query: "phrases", '
                                              'AND/OR/NOT, -word, word*, word~, udvalg: type: '
                                              'sag: person: beslutning: dato:')],
    index: IndexOpt = None,
    body: Annotated[Optional[str], typer.Option(help="Only this body (udvalg).")] = None,
    kind: Annotated[Optional[str], typer.Option(help="Only this document kind.")] = None,
    outcome: Annotated[Optional[str], typer.Option(help="Only this decision outcome.")] = None,
    date_from: Annotated[Optional[str], typer.Option(
        "--from", help="From this date: 2024-01-31, 'januar 2024', 'sidste år'.")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="Up to this date.")] = None,
    limit: Annotated[int, typer.Option(help="How many hits to show (0: all).")] = 10,
    sort: Annotated[Sort, typer.Option(help="relevance, date or -date.")] = Sort.relevance,
    fmt: Annotated[Fmt, typer.Option("--format", "-f", help="table, json or csv.")]
    = Fmt.table,
    facets: Annotated[bool, typer.Option("--facets", help="Count hits by body, year, kind "
                                                          "and outcome.")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="Show how the query was "
                                                            "understood (words, committee, "
                                                            "dates, filters).")] = False,
) -> None:
    """Search the archive. Committees, months, years and outcomes named in the words
    narrow the search (see --explain); --limit 0 lists every hit.

    Example: referat search "kulturudvalget maj 2023 idrætshal" --explain
    """
    from search.query import Filters, QueryError
    from search.searcher import search as run

    filters = Filters(body=body, kind=kind, outcome=outcome,
                      date_from=_date_opt(date_from, False), date_to=_date_opt(date_to, True))
    try:
        results = run((index or default_index_dir()), query, filters, limit=max(0, limit),
                      sort=sort.value, facets=facets, explain=explain)
    except (QueryError, IndexMissing) as exc:
        raise fail(str(exc), 2 if isinstance(exc, QueryError) else 1) from None
    if explain and fmt == Fmt.table:
        _echo(render.explain_lines(results.explain))
    if fmt == Fmt.json:
        _echo(render.as_json(results.to_dict()))
    elif fmt == Fmt.csv:
        _echo(render.as_csv([render.hit_row(h) for h in results.hits], render.HIT_COLUMNS))
    else:
        if results.hits:
            out.print(render.hits_table(results))
        else:
            _echo(f"no hits for {query!r}"
                  + (f"; did you mean: {results.suggestion}" if results.suggestion else "")
                  + (f"; the words match {results.outside} units outside the committee, "
                     "time or outcome understood (see --explain)" if results.outside else ""))
        if facets:
            out.print(render.facets_table(results.facets))


@app.command()
def show(doc_id: Annotated[str, typer.Argument(help="An id from search results.")],
         index: IndexOpt = None,
         fmt: Annotated[Fmt, typer.Option("--format", "-f", help="table or json.")]
         = Fmt.table) -> None:
    """Print one item or document in full.

    Example: referat show 96931ff152dc1354-0-3
    """
    from index.catalog import Catalog
    from search.importer import archive_paths
    from search.searcher import stored

    try:
        doc = stored((index or default_index_dir()), doc_id)
    except IndexMissing as exc:
        raise fail(str(exc)) from None
    if doc is None:
        raise fail(f"no item or document with id {doc_id!r}; ids come from 'referat search'")
    cat = Catalog(archive_paths((index or default_index_dir()))[0])
    result = cat.result(doc["file_sha"])
    cat.close()
    _, d_i, i_part = doc_id.rsplit("-", 2)
    item_index = None if i_part == "d" else int(i_part)
    if result is None:
        raise fail(f"the catalog has no record for {doc_id}; run 'referat ingest' again")
    if fmt == Fmt.json:
        d = result.documents[int(d_i)].to_dict()
        data = {"source": result.source.to_dict(), "document": d,
                "item": d["items"][item_index] if item_index is not None else None}
        _echo(render.as_json(data))
    else:
        _echo(render.record_text(result, int(d_i), item_index))


@app.command()
def decisions(
    query: Annotated[str, typer.Argument(help="Words to look for (optional).")] = "",
    index: IndexOpt = None,
    body: Annotated[Optional[str], typer.Option(help="Only this body (udvalg).")] = None,
    date_from: Annotated[Optional[str], typer.Option("--from", help="From this date.")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="Up to this date.")] = None,
    outcome: Annotated[Optional[str], typer.Option(help="approved, noted, rejected, ... "
                                                        "(or Danish: godkendt, udsat)")] = None,
    case: Annotated[Optional[str], typer.Option(help="Only items of this case number.")] = None,
    followed: Annotated[Optional[str], typer.Option(
        help="followed, changed, departed, unknown or 'no proposal': the decision against "
             "the proposal.")] = None,
    fmt: Annotated[Fmt, typer.Option("--format", "-f", help="table, csv or json.")]
    = Fmt.table,
    excel: Annotated[bool, typer.Option("--excel", help="CSV for Excel: UTF-8 with BOM and "
                                                        "';' between fields.")] = False,
    facets: Annotated[bool, typer.Option("--facets", help="Count by outcome, body and year.")]
    = False,
    follow_ups: Annotated[bool, typer.Option("--follow-ups", help="List follow-ups with "
                                                                  "owners and deadlines.")]
    = False,
    limit: Annotated[int, typer.Option(help="At most this many rows (0: all).")] = 0,
) -> None:
    """Every decided item as a table: date, body, item, outcome, decision, proposal, case.

    Example: referat decisions efterværn --from 2023-01-01 --format csv --excel > beslutninger.csv
    """
    from search import decisions as dec
    from search.query import QueryError

    try:
        where = dec.decision_filter(index or default_index_dir(), query, body=body,
                                    outcome=outcome, case=case,
                                    date_from=_date_opt(date_from, False),
                                    date_to=_date_opt(date_to, True), followed=followed,
                                    limit=limit or None)
        if facets:
            counts = dec.facets(index or default_index_dir(), where)
        else:
            rows = dec.decisions(index or default_index_dir(), where)
    except (QueryError, dec.BadRequest) as exc:
        raise fail(str(exc), 2) from None
    except (IndexMissing, dec.ArchiveMissing) as exc:
        raise fail(str(exc)) from None
    if facets:
        if fmt == Fmt.json:
            _echo(render.as_json(counts.to_dict()))
        else:
            out.print(render.facets_table(counts.to_dict()))
        return
    if follow_ups:
        _emit_rows([f.to_dict() for f in dec.follow_up_rows(rows)], dec.FOLLOW_UP_COLUMNS, fmt,
                   excel, title="follow-ups")
        return
    _emit_rows([r.to_dict() for r in rows], dec.DECISION_COLUMNS, fmt, excel,
               title=f"{len(rows)} decisions")


def _emit_rows(rows: list[dict], columns: list[str], fmt: Fmt, excel: bool, title: str) -> None:
    if fmt == Fmt.json:
        _echo(render.as_json(rows))
    elif fmt == Fmt.csv or excel:
        sys.stdout.write(render.as_csv([render.flat(r) for r in rows], columns, bom=excel,
                                       delimiter=";" if excel else ","))
    elif not rows:
        _echo("nothing found")
    else:
        out.print(render.rows_table(rows, columns, title))


@app.command()
def case(number: Annotated[str, typer.Argument(help="A case number in any spelling.")],
         index: IndexOpt = None,
         fmt: Annotated[Fmt, typer.Option("--format", "-f", help="table, csv or json.")]
         = Fmt.table) -> None:
    """A case's path through the archive: every document and item that names it.

    Example: referat case EMN-2023-011201   (also: 2023-011201, "emn 2023 11201")
    """
    from search import decisions as dec

    try:
        rows = dec.case_timeline(index or default_index_dir(), number)
    except dec.BadRequest as exc:
        raise fail(str(exc), 2) from None
    except dec.ArchiveMissing as exc:
        raise fail(str(exc)) from None
    if not rows:
        raise fail(f"no document or item names case {number!r}")
    _emit_rows([r.to_dict() for r in rows], dec.CASE_COLUMNS, fmt, False, title=f"case {number}")


@app.command()
def people(name: Annotated[str, typer.Argument(help="A name or part of one, middle names "
                                                    "too (optional).")] = "",
           index: IndexOpt = None,
           fmt: Annotated[Fmt, typer.Option("--format", "-f", help="table or json.")]
           = Fmt.table,
           limit: Annotated[int, typer.Option(help="At most this many people.")] = 50) -> None:
    """People in the archive: spellings, parties, roles over time; with a name, where each
    appears.

    Example: referat people "Janus Hedemann"   (also: referat people Bæk)
    """
    from search import decisions as dec

    try:
        found = dec.people(index or default_index_dir(), name or None, limit=limit or None)
    except dec.ArchiveMissing as exc:
        raise fail(str(exc)) from None
    if not found:
        raise fail(f"nobody called {name!r} in the archive")
    if fmt == Fmt.json:
        _echo(render.as_json([p.to_dict() for p in found]))
        return
    for p in found:
        _echo(render.person_text(p))


@app.command()
def export(
    index: IndexOpt = None,
    sqlite: Annotated[Optional[Path], typer.Option(
        "--sqlite", help="Write a SQLite database for Datasette: tables with foreign keys "
                         "and full-text search over items.")] = None,
    csv_dir: Annotated[Optional[Path], typer.Option(
        "--csv", help="Write the same tables as Excel-friendly CSV files into this folder.")]
    = None,
) -> None:
    """Export the archive's tables (meetings, documents, items, decisions, votes, people,
    cases) for Datasette or a spreadsheet.

    Example: referat export --sqlite referat.db && datasette referat.db
    """
    from search import export as exp
    from search.decisions import ArchiveMissing

    if not sqlite and not csv_dir:
        raise fail("say where to export: --sqlite FILE and/or --csv DIR", 2)
    try:
        if sqlite:
            counts = exp.to_sqlite(index or default_index_dir(), sqlite)
            _echo(f"wrote {sqlite}: " + exp.describe(counts))
        if csv_dir:
            counts = exp.to_csv(index or default_index_dir(), csv_dir)
            _echo(f"wrote {csv_dir}/: " + exp.describe(counts))
    except (ArchiveMissing, exp.ExportError) as exc:
        raise fail(str(exc)) from None


@app.command()
def serve(
    index: IndexOpt = None,
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine "
                                           "only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve a web search page over the archive (Danish; every page also as JSON with
    ?format=json). Ctrl-C stops it.

    Example: referat serve --index archive/.referat/index --port 8000
    """
    import uvicorn

    from search.decisions import ArchiveMissing
    from search.web import make_app

    folder = index or default_index_dir()
    try:
        web = make_app(folder)
    except (ArchiveMissing, IndexMissing) as exc:
        raise fail(str(exc)) from None
    err.print(f"referat: serving {folder} on http://{host}:{port}/ (Ctrl-C stops)",
              markup=False, highlight=False, soft_wrap=True)
    uvicorn.run(web, host=host, port=port, log_level="warning")


def main() -> None:
    """Entry point of the `referat` console script."""
    logging.basicConfig(level=os.environ.get("REFERAT_LOG", "WARNING"),
                        format="referat: %(levelname)s: %(message)s")
    try:
        app()
    except KeyboardInterrupt:
        err.print("referat: interrupted")
        sys.exit(130)


__all__ = ["app", "main"]
