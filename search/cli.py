"""The `referat` command. Each command validates, makes one library call, renders."""
from __future__ import annotations

import copy
import logging
import os
import sys
import time
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperCommand, TyperGroup

from ingest.errors import (ExitCode, IngestError, NoResults, ParseTimeout, ReferatError,
                           UsageError)
from ingest.kinds import OcrMode, Sort
from search import render, run, settings, typer_params
from search.run import RECORD, ROWS, Fmt, err
from search.run import RUN as _RUN
from search.run import archive as _archive
from search.run import date_opt as _date_opt
from search.run import echo as _echo
from search.run import choose_format as _format
from search.run import emit as _emit
from search.run import existing_archive as _existing_archive
from search.run import kind_opt as _kind_opt
from search.run import show as _show

log = logging.getLogger("referat")
typer_params.install()  # option values read without pydantic (start-up time)


class _Commands(TyperGroup):
    """The one place an error becomes a line on stderr and an exit status."""

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        return super().parse_args(ctx, _quiet_first(args))

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ReferatError as exc:
            raise _ended(exc, exc.exit_code) from None
        except (typer.Exit, typer.Abort):
            raise  # the command's own end: an exit status
        except typer.TyperException as exc:  # an option or argument the command does not take
            if not hasattr(exc, "format_message") or type(exc).__name__ == "NoArgsIsHelpError":
                raise
            where = exc.ctx.command_path if getattr(exc, "ctx", None) else "referat"
            raise _ended(UsageError(f"{exc.format_message()} (see '{where} --help')"),
                         ExitCode.USAGE) from None
        except KeyboardInterrupt:
            resume = ("; the batches already committed are kept: run the same 'referat "
                      "ingest' again to go on (unchanged files are skipped)"
                      if ctx.invoked_subcommand == "ingest" else "")
            err.print(f"referat: interrupted{resume}", markup=False, highlight=False,
                      soft_wrap=True)
            raise typer.Exit(130) from None  # 128 + SIGINT, as shells report it
        except OSError as exc:  # the disk, a permission, a path: the user can fix it
            raise _ended(exc, ExitCode.USAGE) from None
        except Exception as exc:  # noqa: BLE001 - a bug still ends in one line, not a traceback
            log.debug("unexpected error", exc_info=True)
            raise _ended(RuntimeError(f"unexpected {type(exc).__name__}: {exc} (a bug in "
                                      "referat; REFERAT_LOG=DEBUG shows where)"),
                         ExitCode.BUG) from None


def _ended(exc: BaseException, code: int) -> typer.Exit:
    """Print one line for an error (no 'error:' when nothing was found) and exit."""
    line = run.error_line(exc)
    if line is not None:  # None: quiet, the exit status says there was nothing
        err.print(line, markup=False, highlight=False, soft_wrap=True)
    return typer.Exit(int(code))


# Marks a word that starts with '-' as a word of the query while options are parsed.
_WORD = "\ue000"


class _WordsMayStartWithDash(TyperCommand):
    """A command whose query may start with -word (exclusion), as in `referat search
    "-budget skole"`: a token that starts with one '-' and a letter and is not one of
    the command's own options is a query word, not a cluster of short options."""

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        params = self.get_params(ctx)
        own = {name for p in params for name in tuple(getattr(p, "opts", ()))
               + tuple(getattr(p, "secondary_opts", ()))}
        # '--sort -date': the token after an option that takes a value is that value.
        valued = {name for p in params if not getattr(p, "is_flag", True)
                  for name in getattr(p, "opts", ())}
        marked = [_WORD + a if _query_word(a) and a not in own and (i == 0 or
                                                                     args[i - 1] not in valued)
                  else a for i, a in enumerate(args)]
        rest = super().parse_args(ctx, marked)
        for name, value in ctx.params.items():
            if isinstance(value, str) and _WORD in value:
                ctx.params[name] = value.replace(_WORD, "")
        return rest


_QUIET = ("-q", "--quiet")


def _quiet_first(args: list[str]) -> list[str]:
    """`referat ingest -q DIR` as `referat -q ingest DIR`: quiet is the app's option, and
    users type it after the command, as they do with grep and ripgrep (not after '--')."""
    end = args.index("--") if "--" in args else len(args)
    quiet = [a for a in args[:end] if a in _QUIET]
    return quiet[:1] + [a for a in args[:end] if a not in _QUIET] + args[end:]


def _query_word(token: str) -> bool:
    """'-budget', '-"en frase"': an excluded word or phrase, not an option."""
    return len(token) > 1 and token[0] == "-" and (token[1].isalpha() or token[1] == '"')


def _print_version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        sys.stdout.write(f"referat {version('referat')}\n")
        raise typer.Exit()


app = typer.Typer(cls=_Commands, no_args_is_help=True, add_completion=True,
                  rich_markup_mode=None, pretty_exceptions_enable=False,
                  help="referat: a searchable archive of Danish municipal meeting documents.")


IndexOpt = Annotated[Optional[Path], typer.Option(
    "--index", envvar=settings.INDEX_ENV, show_default=False,
    help=f"Archive folder (default ./{settings.INDEX_DIR}).")]
FmtOpt = Annotated[Optional[Fmt], typer.Option(
    "--format", "-f", case_sensitive=False, show_default=False,
    help="table, json, ndjson, csv or tsv (default: table on a terminal, else one "
         "tab-separated line per row).")]
RecordFmtOpt = Annotated[Optional[Fmt], typer.Option(
    "--format", "-f", case_sensitive=False, show_default=False,
    help="table (readable text, the default) or json.")]
ExcelOpt = Annotated[bool, typer.Option(
    "--excel", help="CSV for Excel: UTF-8 with BOM and ';' between fields.")]


@app.callback()
def _options(
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print no results, only "
                                        "errors: the exit status tells the rest.")] = False,
    log_level: Annotated[str, typer.Option("--log-level", envvar=settings.LOG_ENV,
                                           help="Log level of referat's own messages.")]
    = settings.LOG,
    version: Annotated[bool, typer.Option("--version", callback=_print_version, is_eager=True,
                                          help="Print referat's version and exit.")] = False,
) -> None:
    """referat: a searchable archive of Danish municipal meeting documents."""
    _RUN.quiet, _RUN.started = quiet, time.monotonic()
    level = logging.getLevelName(log_level.upper())
    if not isinstance(level, int):
        raise UsageError(f"unknown log level {log_level!r}; use DEBUG, INFO, WARNING or ERROR")
    logging.getLogger().setLevel(level)


def _failed_lines(failed: list[dict]) -> None:
    """One line on stderr per file that failed."""
    from ingest.privacy import safe_line  # a CPR number never reaches the screen

    for f in failed:
        err.print(safe_line(f"referat: failed {f['path']}: {f['error']}"), markup=False,
                  highlight=False, soft_wrap=True)


@app.command()
def parse(
    file: Annotated[str, typer.Argument(help="A PDF, text or HTML meeting document.",
                                        show_default=False)],
    fmt: RecordFmtOpt = None,
    ocr: Annotated[OcrMode, typer.Option(help="OCR pages without usable text: auto, always "
                                              "or never.")] = OcrMode.AUTO,
    timeout: Annotated[float, typer.Option(envvar=settings.TIMEOUT_ENV,
                                           help="Seconds before giving up on the file.")]
    = settings.TIMEOUT,
    memory_mb: Annotated[int, typer.Option("--memory-mb", envvar=settings.WORKER_MEMORY_MB_ENV,
                                           help="Memory the parser may use (MB).")]
    = settings.WORKER_MEMORY_MB,
) -> None:
    """Parse one file and show its documents, items and decisions.

    Example: referat parse samples/seed-packet.pdf --format json
    """
    from ingest.batch import Task, parse_many
    from ingest.readers import display_name

    fmt = _format(fmt, False, RECORD, "parse")
    # In a worker process, as in a batch: the deadline and the memory limit hold even
    # inside a library call that never returns, and no error becomes a traceback.
    shown = display_name(file)
    budget = max(0.0, timeout - _seconds_since_start())  # --timeout counts from the start
    [done] = list(parse_many([Task(str(file), "", 0, shown=shown)], workers=1,
                             ocr=ocr, timeout=budget, memory_mb=memory_mb))
    if done.timed_out:
        raise ParseTimeout(f"{shown}: timed out after {timeout:g} s; split the file or raise "
                           "--timeout")
    if done.error:
        raise IngestError(f"{shown}: {done.error}")
    result = done.result
    _echo(render.as_json(result.to_dict()) if fmt == Fmt.json else render.parse_summary(result))


def _seconds_since_start() -> float:
    """How long this command has run: since the process started when `referat` is the
    program (Linux /proc; 0 elsewhere), since the call when it runs inside another."""
    if not _RUN.whole_process:
        return time.monotonic() - _RUN.started
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
    ocr: Annotated[OcrMode, typer.Option(help="auto, always or never.")] = OcrMode.AUTO,
    fmt: RecordFmtOpt = None,
    retry_failed: Annotated[bool, typer.Option("--retry-failed",
                                               help="Parse again only the files that failed.")]
    = False,
    prune: Annotated[bool, typer.Option("--prune", help="Forget files that no longer exist.")]
    = False,
    wait: Annotated[float, typer.Option(help="Seconds to wait for another import's lock.")]
    = 0.0,
    timeout: Annotated[float, typer.Option(envvar=settings.FILE_TIMEOUT_ENV,
                                           help="Seconds one file may take.")]
    = settings.FILE_TIMEOUT,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every skipped file "
                                          "under its reason.")] = False,
    cluster: Annotated[Optional[str], typer.Option(
        envvar=settings.CLUSTER_ENV, help="Parse on the Dask scheduler at this address, "
        "e.g. tcp://host:8786.")] = None,
    shared_fs: Annotated[bool, typer.Option(
        "--shared-fs", help="Cluster workers open files by path (a shared file system) "
        "instead of receiving their bytes.")] = False,
    batch_files: Annotated[int, typer.Option(
        "--batch-files", envvar=settings.BATCH_FILES_ENV, min=1,
        help="Files per committed batch (what an interrupted import parses again).")]
    = settings.BATCH_FILES,
    memory_mb: Annotated[int, typer.Option(
        "--memory-mb", envvar=settings.WORKER_MEMORY_MB_ENV,
        help="Memory one parser process may use (MB).")] = settings.WORKER_MEMORY_MB,
) -> None:
    """Import files into the archive (catalog + index); unchanged files are skipped.

    Example: referat ingest samples/ archive/2012/ --workers 2
    """
    from ingest.cluster import Cluster
    from search.importer import run_import

    fmt = _format(fmt, False, RECORD, "ingest")
    if not paths and not retry_failed:
        raise UsageError("name files or folders to import, e.g. 'referat ingest samples/'")
    if shared_fs and not cluster:
        raise UsageError(f"--shared-fs needs --cluster ADDRESS (or ${settings.CLUSTER_ENV})")
    progress = None
    if fmt == Fmt.table and not _RUN.quiet:
        progress = _Progress() if err.is_terminal else _LogLines()
    try:
        summary = run_import(paths or [], _archive(index), workers=workers, ocr=ocr,
                             retry_failed=retry_failed, prune=prune, wait=wait,
                             timeout=timeout, progress=progress,
                             cluster=Cluster(cluster, shared_fs) if cluster else None,
                             batch_files=batch_files, memory_mb=memory_mb)
    finally:
        if progress:
            progress.stop()
    data = summary.to_dict()
    _echo(render.as_json(data) if fmt == Fmt.json else render.ingest_summary(data, verbose))
    if summary.failed:
        if _RUN.quiet:  # no summary, but a file that failed is an error, as grep -q says
            _failed_lines(data["failed"])
        raise typer.Exit(ExitCode.PARTIAL)  # every failed path is named above
    if not summary.files and not summary.pruned:
        raise NoResults("nothing was imported: no failed file to parse again" if retry_failed
                        else "nothing was imported: no file found in " + ", ".join(paths or []))


# A file parsed for longer than this (a scan being OCR'd, a hostile PDF near its
# timeout) shows how long it has taken, so a still bar does not look like a hang.
SLOW_FILE_SECONDS = 5.0
# The most characters of a file's name on the progress line (its end: the name tells).
PROGRESS_NAME = 40


def working_line(working: dict[str, float], now: float) -> str:
    """What the progress line says is being parsed: the file at work longest (its
    name), its time once it is slow, and how many others are at work beside it."""
    if not working:
        return ""
    path, since = min(working.items(), key=lambda kv: kv[1])
    name = Path(path).name or path
    if len(name) > PROGRESS_NAME:
        name = "…" + name[-(PROGRESS_NAME - 1):]
    took = now - since
    line = f"{name} ({_duration(took)})" if took >= SLOW_FILE_SECONDS else name
    return line + (f" +{len(working) - 1}" if len(working) > 1 else "")


def _duration(seconds: float) -> str:
    """'42 s', '3 min 05 s': how long a file has taken."""
    whole = int(seconds)
    return f"{whole} s" if whole < 60 else f"{whole // 60} min {whole % 60:02d} s"


class _Progress:
    """A progress bar on a terminal: files, files/s and pages/s, an ETA, and the file
    being parsed (with its time once it is slow)."""

    def __init__(self) -> None:
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn,
                                   TextColumn, TimeRemainingColumn)
        from rich.text import Text

        working: dict[str, float] = {}

        class Working(ProgressColumn):
            def render(self, task) -> Text:
                return Text(working_line(working, time.monotonic()), no_wrap=True,
                            overflow="ellipsis")

        self.pages, self.working, self.task = 0, working, None
        self.bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rate]}"), TimeRemainingColumn(), Working(),
                            console=err, transient=True)

    def __call__(self, event) -> None:
        from search.importer import Began, Parsed, Planned

        if isinstance(event, Planned):
            self.bar.start()
            self.task = self.bar.add_task("importing", total=event.files, rate="")
        elif isinstance(event, Began):
            self.working[event.path] = time.monotonic()
        elif isinstance(event, Parsed) and self.task is not None:
            self.working.pop(event.path, None)
            self.pages += event.pages
            elapsed = max(self.bar.tasks[0].elapsed or 0.001, 0.001)
            done = self.bar.tasks[0].completed + 1
            self.bar.update(self.task, advance=1,
                            rate=f"{done / elapsed:.1f} files/s {self.pages / elapsed:.1f} pages/s")

    def stop(self) -> None:
        self.bar.stop()


class _LogLines:
    """One line per committed batch on stderr, for logs (no terminal): nothing per file."""

    def __init__(self) -> None:
        self.start = time.monotonic()
        self.n = 0
        self.files = self.pages = 0

    def __call__(self, event) -> None:
        from search.importer import Committed

        if not isinstance(event, Committed):
            return
        self.n += 1
        self.files += event.files
        self.pages += event.pages
        secs = max(time.monotonic() - self.start, 1e-3)
        err.print(f"referat: batch {self.n}: {event.files} files ({event.failed} failed), "
                  f"{event.pages} pages; {self.files} files, {self.files / secs:.1f} files/s, "
                  f"{self.pages / secs:.1f} pages/s so far", markup=False, highlight=False,
                  soft_wrap=True)

    def stop(self) -> None:
        pass


@app.command()
def reindex(index: IndexOpt = None) -> None:
    """Rebuild the search index from the catalog, without reading any file again.

    Example: referat reindex --index archive/.referat/index
    """
    from search.importer import reindex as rebuild

    files, docs = rebuild(_existing_archive(index))
    _echo(f"reindexed {files} files into {docs} index documents")


@app.command()
def status(index: IndexOpt = None, fmt: FmtOpt = None, excel: ExcelOpt = False) -> None:
    """Counts, failures, the newest meeting per body, and decisions lacking a date or body.

    Example: referat status
    """
    from search.decisions import open_catalog

    fmt = _format(fmt, excel, ROWS, "status")
    cat = open_catalog(_existing_archive(index))
    try:
        report = cat.status()
    finally:
        cat.close()
    if fmt == Fmt.json:
        _echo(render.as_json(report.to_dict()))
        return
    _emit(render.pairs(report.to_dict()), render.PAIR_COLUMNS, fmt, excel,
          lambda: render.status_text(report))


@app.command(cls=_WordsMayStartWithDash)
def search(
    query: Annotated[str, typer.Argument(help='Words (any of them; hits with more of them '
                                              'first), or a structured query: "phrases", '
                                              'AND/OR/NOT, -word, word*, word~, udvalg: type: '
                                              'sag: person: beslutning: dato:')],
    index: IndexOpt = None,
    body: Annotated[Optional[str], typer.Option(help="Only this body (udvalg).")] = None,
    kind: Annotated[Optional[str], typer.Option(help="Only this document kind: referat, "
                                                     "dagsorden, indstilling, notat, bilag, "
                                                     "rapport, andet.")] = None,
    outcome: Annotated[Optional[str], typer.Option(help="Only this decision outcome.")] = None,
    date_from: Annotated[Optional[str], typer.Option(
        "--from", help="From this date: 2024-01-31, 'januar 2024', 'sidste år'.")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="Up to this date.")] = None,
    limit: Annotated[int, typer.Option(help="How many hits to show (0: all).")] = 10,
    sort: Annotated[Sort, typer.Option(help="relevance, date or -date.")] = Sort.RELEVANCE,
    fmt: FmtOpt = None,
    excel: ExcelOpt = False,
    facets: Annotated[bool, typer.Option("--facets", help="Count hits by body, year, kind "
                                                          "and outcome.")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="Show how the query was "
                                                            "understood (words, committee, "
                                                            "dates, filters).")] = False,
) -> None:
    """Search the archive. Committees, months, years and outcomes named in the words
    narrow the search (see --explain); --limit 0 lists every hit; a leading -word
    leaves out hits with that word.

    Example: referat search "kulturudvalget maj 2023 idrætshal" --explain
    """
    run.search(query, index, body, kind, outcome, date_from, date_to, limit, sort, fmt, excel,
               facets, explain)


@app.command()
def show(doc_id: Annotated[str, typer.Argument(help="An id from search results.")],
         index: IndexOpt = None, fmt: RecordFmtOpt = None) -> None:
    """Print one item or document in full.

    Example: referat show 96931ff152dc1354-0-3
    """
    from search.decisions import find_item

    fmt = _format(fmt, False, RECORD, "show")
    _existing_archive(index)
    found = find_item(_archive(index), doc_id)
    if found is None:
        raise NoResults(f"no item or document with id {doc_id!r}; ids come from "
                        "'referat search'")
    if fmt == Fmt.json:
        _echo(render.as_json(found.to_dict()))
    else:
        _echo(render.record_text(found.result, found.doc, found.item,
                                 (found.attachment_of, found.attachments)))


@app.command(cls=_WordsMayStartWithDash)
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
    fmt: FmtOpt = None,
    excel: ExcelOpt = False,
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

    fmt = _format(fmt, excel, ROWS, "decisions")
    _existing_archive(index)
    where = dec.decision_filter(_archive(index), query, body=body, outcome=outcome, case=case,
                                date_from=_date_opt(date_from, False),
                                date_to=_date_opt(date_to, True), followed=followed,
                                limit=limit or None)
    if facets:
        counts = dec.facets(_archive(index), where).to_dict()
        if fmt == Fmt.json:
            _echo(render.as_json(counts))
        else:
            _emit(render.facet_rows(counts), render.FACET_COLUMNS, fmt, excel,
                  lambda: render.facets_table(counts))
        return
    rows = dec.decisions(_archive(index), where)
    if follow_ups:
        ups = [f.to_dict() for f in dec.follow_up_rows(rows)]
        _emit(ups, dec.FOLLOW_UP_COLUMNS, fmt, excel,
              lambda: render.rows_table(ups, dec.FOLLOW_UP_COLUMNS, "follow-ups"))
        if not ups:
            raise NoResults("no follow-ups among the decisions found")
        return
    found = [r.to_dict() for r in rows]
    _emit(found, dec.DECISION_COLUMNS, fmt, excel,
          lambda: render.rows_table(found, dec.DECISION_COLUMNS, f"{len(found)} decisions"))
    if not found:
        raise NoResults("no decisions found" + (f" for {query!r}" if query else ""))


@app.command()
def case(number: Annotated[str, typer.Argument(help="A case number in any spelling.")],
         index: IndexOpt = None, fmt: FmtOpt = None, excel: ExcelOpt = False) -> None:
    """A case's path through the archive: every document and item that names it.

    Example: referat case EMN-2023-011201   (also: 2023-011201, "emn 2023 11201")
    """
    from search import decisions as dec

    fmt = _format(fmt, excel, ROWS, "case")
    _existing_archive(index)
    rows = [r.to_dict() for r in dec.case_timeline(_archive(index), number)]
    _emit(rows, dec.CASE_COLUMNS, fmt, excel,
          lambda: render.rows_table(rows, dec.CASE_COLUMNS, f"case {number}"))
    if not rows:
        raise NoResults(f"no document or item names case {number!r}")


@app.command()
def people(name: Annotated[str, typer.Argument(help="A name or part of one, middle names "
                                                    "too (optional).")] = "",
           index: IndexOpt = None, fmt: FmtOpt = None, excel: ExcelOpt = False,
           limit: Annotated[int, typer.Option(help="At most this many people.")] = 50) -> None:
    """People in the archive: spellings, parties, roles over time; with a name, where each
    appears.

    Example: referat people "Janus Hedemann"   (also: referat people Bæk)
    """
    from search import decisions as dec

    fmt = _format(fmt, excel, ROWS, "people")
    _existing_archive(index)
    found = dec.people(_archive(index), name or None, limit=limit or None)
    if fmt == Fmt.json:
        _echo(render.as_json([p.to_dict() for p in found]))
    else:
        _emit([render.person_row(p) for p in found], render.PERSON_COLUMNS, fmt, excel,
              lambda: "\n".join(render.person_text(p) for p in found))
    if not found:
        raise NoResults(f"nobody called {name!r} in the archive")


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

    if not sqlite and not csv_dir:
        raise UsageError("say where to export: --sqlite FILE and/or --csv DIR")
    _existing_archive(index)
    if sqlite:
        counts = exp.to_sqlite(_archive(index), sqlite)
        _echo(f"wrote {sqlite}: " + exp.describe(counts))
    if csv_dir:
        counts = exp.to_csv(_archive(index), csv_dir)
        _echo(f"wrote {csv_dir}/: " + exp.describe(counts))


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

    from search.web import make_app

    folder = _existing_archive(index)
    web = make_app(folder)
    err.print(f"referat: serving {folder} on http://{host}:{port}/ (Ctrl-C stops)",
              markup=False, highlight=False, soft_wrap=True)
    uvicorn.run(web, host=host, port=port, log_level="warning")


watch_app = typer.Typer(no_args_is_help=True, help="Saved searches: what is new about a "
                        "topic since you last asked (for cron: exit 0 with news, 1 without)."
                        "\n\nExample: referat watch add efterværn efterværn; "
                        "referat watch run")
app.add_typer(watch_app, name="watch")
WATCH_COLUMNS = ["watch", "query", "filters", "created", "last_run", "seen"]


@watch_app.command("add")
def watch_add(
    name: Annotated[str, typer.Argument(help="A short name: letters, digits, '.', '-', '_'.")],
    query: Annotated[str, typer.Argument(help="The query, as for 'referat search'.")],
    index: IndexOpt = None,
    body: Annotated[Optional[str], typer.Option(help="Only this body (udvalg).")] = None,
    kind: Annotated[Optional[str], typer.Option(help="Only this document kind.")] = None,
    outcome: Annotated[Optional[str], typer.Option(help="Only this decision outcome.")] = None,
    date_from: Annotated[Optional[str], typer.Option("--from", help="From this date.")] = None,
) -> None:
    """Save a search; what matches it now counts as seen.

    Example: referat watch add efterværn "efterværn" --body "Socialudvalget"
    """
    from search import watch
    from search.query import Filters

    _existing_archive(index)
    filters = Filters(body=body, kind=_kind_opt(kind), outcome=outcome,
                      date_from=_date_opt(date_from, False))
    w = watch.add(_archive(index), name, query, filters)
    _echo(f"watch {w.name!r} saved; {len(w.seen)} items match it now and count as seen")


@watch_app.command("list")
def watch_list(index: IndexOpt = None, fmt: FmtOpt = None, excel: ExcelOpt = False) -> None:
    """The saved searches, with when each last ran.

    Example: referat watch list -f csv
    """
    from search import watch

    fmt = _format(fmt, excel, ROWS, "watch list")
    _existing_archive(index)
    rows = [{"watch": w.name, "query": w.query, "filters": w.filters or None,
             "created": w.created, "last_run": w.last_run, "seen": len(w.seen)}
            for w in watch.load(_archive(index)).values()]
    _emit(rows, WATCH_COLUMNS, fmt, excel,
          lambda: render.rows_table(rows, WATCH_COLUMNS, "saved searches"))
    if not rows:
        raise NoResults("no saved searches; add one with 'referat watch add NAME QUERY'")


@watch_app.command("run")
def watch_run(
    name: Annotated[Optional[str], typer.Argument(help="One watch (default: all).")] = None,
    index: IndexOpt = None, fmt: FmtOpt = None, excel: ExcelOpt = False,
) -> None:
    """The items new since each watch last ran, newest first; they then count as seen.

    Example: referat watch run efterværn -f csv > nyt.csv || echo "intet nyt"   (cron)
    """
    from search import watch

    fmt = _format(fmt, excel, ROWS, "watch run")
    _existing_archive(index)
    news = watch.run(_archive(index), name)
    rows = [{"watch": w, **render.hit_row(h)} for w, hits in news.items() for h in hits]
    columns = ["watch"] + render.HIT_COLUMNS
    _emit(rows, columns, fmt, excel, lambda: render.rows_table(rows, columns, "new since "
                                                                "the last run"))
    if not rows:
        raise NoResults("nothing new since the last run")


@watch_app.command("remove")
def watch_remove(name: Annotated[str, typer.Argument(help="The watch to forget.")],
                 index: IndexOpt = None) -> None:
    """Forget a saved search.

    Example: referat watch remove efterværn
    """
    from search import watch

    _existing_archive(index)
    watch.remove(_archive(index), name)
    _echo(f"watch {name!r} removed")


# The app's own options that take a value: the word after one is that value, not a command.
_VALUED = ("--log-level",)


def _command_name(command) -> str:
    """The name a registered command is typed by (Typer's rule: the function's name)."""
    return command.name or command.callback.__name__.lower().replace("_", "-")


def named_command(args: list[str]) -> str | None:
    """The command the words name ('search' in `referat -q search x`), if it is one of
    the app's commands or groups; None for none, a misspelling or help."""
    i = 0
    while i < len(args) and args[i].startswith("-"):
        i += 2 if args[i] in _VALUED else 1
    if i >= len(args):
        return None
    names = {_command_name(c) for c in app.registered_commands} \
        | {g.name for g in app.registered_groups}
    return args[i] if args[i] in names else None


def only(name: str) -> typer.Typer:
    """The app with one command (or group): Typer builds every command's options before it
    runs one, about a tenth of a search's start. What the command does and prints is the
    same; the list of commands (help, a misspelt name) needs the whole app."""
    lean = copy.copy(app)
    lean.registered_commands = [c for c in app.registered_commands if _command_name(c) == name]
    lean.registered_groups = [g for g in app.registered_groups if g.name == name]
    return lean


def main() -> None:
    """Entry point of the `referat` console script."""
    logging.basicConfig(format="referat: %(levelname)s: %(message)s")  # level: --log-level
    _RUN.whole_process = True  # --timeout of `parse` counts from the process's start
    # referat does no matrix algebra (its parallel work is processes): numpy's BLAS need
    # not start a thread per core at import, which cost a search about a fifth of its CPU
    # time on a busy machine. Set before numpy loads; a user's own setting is kept.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    name = named_command(sys.argv[1:])
    # Errors end in _Commands.invoke: one line on stderr and an ExitCode.
    (only(name) if name else app)()


__all__ = ["app", "main"]
