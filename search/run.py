"""A command's work that needs no Typer: where its output goes (rows on stdout, one line
on stderr), the format chosen, the archive found, and the search command itself. The
Typer app (search/cli.py) and the quick start of a plain search line (search/front.py)
both run these, so a search says and prints the same whichever of them read its line."""
from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from ingest.errors import ArchiveError, NoResults, UsageError
from ingest.kinds import Sort
from search import render, settings
from search.struct import Struct

if TYPE_CHECKING:
    from rich.console import Console


class _Stderr:
    """rich's Console on stderr, made when a line is first printed there: most runs print
    none, and importing rich costs a search more than its query."""

    _made = None

    def __getattr__(self, name: str):
        if _Stderr._made is None:
            from rich.console import Console

            _Stderr._made = Console(stderr=True)
        return getattr(_Stderr._made, name)


err = _Stderr()


class Run(Struct):
    """What the current run's global options say (set each time by the app's callback, or
    by the quick start of a search line)."""

    __slots__ = ("quiet", "started", "whole_process")

    def __init__(self, quiet: bool = False, started: float = 0.0, whole_process: bool = False):
        self.quiet = quiet
        self.started = started  # time.monotonic() when the command began
        self.whole_process = whole_process  # referat is the program (main()), not in-process


RUN = Run()


class Fmt(str, Enum):
    table = "table"
    json = "json"
    ndjson = "ndjson"
    csv = "csv"
    tsv = "tsv"


# What each kind of command writes: rows (search hits, decisions, people, a case, the
# status) in every format; one record (parse, show, the ingest summary) as text or JSON.
ROWS = tuple(Fmt)
RECORD = (Fmt.table, Fmt.json)


def archive(index: Optional[Path]) -> Path:
    """The archive folder: --index or $REFERAT_INDEX, else ./.referat/index."""
    return index or Path.cwd() / settings.INDEX_DIR


def console() -> Console:
    """A console for stdout made now, so it sees this run's terminal and COLUMNS."""
    from rich.console import Console

    return Console(soft_wrap=False)


def stdout_is_terminal() -> bool:
    """Whether stdout is a terminal, as rich's console judges it. Without the variables
    that change rich's answer, and outside IDLE and IPython, that is stdout's isatty():
    asked directly, so that a run printing to a pipe never imports rich."""
    import builtins

    if ("TTY_COMPATIBLE" in os.environ or "FORCE_COLOR" in os.environ
            or hasattr(builtins, "get_ipython")
            or getattr(sys.stdin, "__module__", "").startswith("idlelib")):
        return console().is_terminal
    isatty = getattr(sys.stdout, "isatty", None)
    try:
        return False if isatty is None else bool(isatty())
    except ValueError:
        return False


def echo(text: str) -> None:
    """Text on stdout ending in one line break; nothing at all for no text (no rows on a
    pipe print no empty line, as grep and ripgrep do)."""
    if text and not RUN.quiet:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def show(renderable) -> None:
    if not RUN.quiet:
        console().print(renderable)


def choose_format(fmt: Optional[Fmt], excel: bool, offered: tuple[Fmt, ...],
                  command: str) -> Fmt:
    """The format asked for, or the default for where stdout goes; a usage error for a
    format the command does not write."""
    if excel:
        if fmt not in (None, Fmt.csv):
            raise UsageError(f"--excel writes CSV; it cannot be combined with --format "
                             f"{fmt.value}")
        fmt = Fmt.csv
    if fmt is None:
        fmt = Fmt.tsv if Fmt.tsv in offered and not stdout_is_terminal() else Fmt.table
    if fmt not in offered:
        raise UsageError(f"'referat {command}' writes " + " or ".join(f.value for f in offered)
                         + f", not {fmt.value}")
    return fmt


def emit(rows: list[dict], columns: list[str], fmt: Fmt, excel: bool, table) -> None:
    """Rows in the chosen format; `table` makes the terminal's view of them."""
    if fmt == Fmt.json:
        echo(render.as_json(rows))
    elif fmt == Fmt.ndjson:
        echo(render.as_ndjson(rows))
    elif fmt == Fmt.csv:
        echo(render.as_csv([render.flat(r) for r in rows], columns, bom=excel,
                           delimiter=";" if excel else ","))
    elif fmt == Fmt.tsv:
        echo(render.as_tsv([render.flat(r) for r in rows], columns))
    elif rows:
        view = table()
        echo(view) if isinstance(view, str) else show(view)


def existing_archive(index: Optional[Path]) -> Path:
    """The archive folder, or an error that says where referat looked, why there, and how
    to make an archive. (A folder without a catalog or an index is reported by the layer
    that needs it.)"""
    where = archive(index)
    if where.is_dir():
        return where
    why = (f"from ${settings.INDEX_ENV}" if os.environ.get(settings.INDEX_ENV) == str(index)
           else "from --index" if index else f"the default, ./{settings.INDEX_DIR}")
    raise ArchiveError(f"no archive at {where} ({why}); run 'referat ingest PATH' first to "
                       f"make one, or point to one with --index DIR or ${settings.INDEX_ENV}")


def date_opt(value: Optional[str], end: bool):
    if not value:
        return None
    from ingest.dates import BadDate, user_range  # dateparser: only when a date is given

    try:
        lo, hi = user_range(value)
    except BadDate as exc:
        raise UsageError(f"--{'to' if end else 'from'}: {exc}") from None
    return hi if end else lo


def kind_opt(value: Optional[str]) -> Optional[str]:
    """--kind checked like 'type:' in a query: an unknown kind is an error, not nothing."""
    from search.query import kind_value

    return kind_value(value) if value else None


def error_line(exc: BaseException) -> str | None:
    """The one line an error prints on stderr (no 'error:' when nothing was found); None
    when a quiet run says nothing was found by its exit status alone."""
    if isinstance(exc, NoResults) and RUN.quiet:
        return None
    from ingest.privacy import safe_line  # a CPR number never reaches the screen

    label = "" if isinstance(exc, NoResults) else "error: "
    return f"referat: {label}" + safe_line(" ".join(str(exc).split()) or type(exc).__name__)


def say(line: str) -> None:
    """One line on stderr, as it is (no markup, no wrapping)."""
    err.print(line, markup=False, highlight=False, soft_wrap=True)


def search(query: str, index: Optional[Path] = None, body: Optional[str] = None,
           kind: Optional[str] = None, outcome: Optional[str] = None,
           date_from: Optional[str] = None, date_to: Optional[str] = None, limit: int = 10,
           sort: Sort = Sort.RELEVANCE, fmt: Optional[Fmt] = None, excel: bool = False,
           facets: bool = False, explain: bool = False) -> None:
    """`referat search`: validate the options, search once, print the hits."""
    from search.query import Filters
    from search.searcher import search as run

    fmt = choose_format(fmt, excel, ROWS, "search")
    existing_archive(index)
    filters = Filters(body=body, kind=kind_opt(kind), outcome=outcome,
                      date_from=date_opt(date_from, False), date_to=date_opt(date_to, True))
    results = run(archive(index), query, filters, limit=max(0, limit), sort=sort,
                  facets=facets, explain=explain)
    if explain and fmt == Fmt.table:
        echo(render.explain_lines(results.explain))
    elif explain and not RUN.quiet:  # beside rows that a program reads: on stderr
        say(render.explain_lines(results.explain))
    if fmt == Fmt.json:
        echo(render.as_json(results.to_dict()))
    else:
        emit([render.hit_row(h) for h in results.hits], render.HIT_COLUMNS, fmt, excel,
             lambda: render.hits_table(results))
    if facets and fmt == Fmt.table:
        show(render.facets_table(results.facets))
    if not results.hits:
        raise NoResults(f"no hits for {query!r}"
                        + (f"; the words match {results.outside} units outside the committee, "
                           "time or outcome understood (see --explain)" if results.outside
                           else ""))
