"""The `referat` program. A plain search line starts without Typer; every other line goes
to the Typer app (search/cli.py).

Importing Typer and building the search command's options was about a seventh of a
`referat search` (its libraries' imports are most of the rest). A line such as
`referat search efterværn --index DIR -f json --limit 5` is read here instead, by the
grammar below, and run by the same code the Typer command runs (search/run.py), with
the same output, error lines and exit statuses. Anything this reader is not sure of
goes to Typer untouched, which then says and does exactly what it always did: help and
--version, another command, an option it does not know or a value it would have to
convert (a --limit that is not plain digits, a format in capitals), a query word that
starts with '-', an option given twice, '--', the settings variables of the log level
and of shell completion.
"""
from __future__ import annotations

import os
import sys
import time

# The search command's options that take a value (the parameter each fills) and its flags.
_VALUED = {"--index": "index", "--body": "body", "--kind": "kind", "--outcome": "outcome",
           "--from": "date_from", "--to": "date_to", "--limit": "limit", "--sort": "sort",
           "--format": "fmt", "-f": "fmt"}
_FLAGS = {"--excel": "excel", "--facets": "facets", "--explain": "explain"}
_QUIET = ("-q", "--quiet")
_SORTS = ("relevance", "date", "-date")
_FORMATS = ("table", "json", "ndjson", "csv", "tsv")


def search_line(args: list[str]) -> tuple[bool, dict] | None:
    """(quiet, the search's options as Typer would pass them) for a plain `search` line;
    None for any line Typer should read."""
    quiet = False
    while args and args[0] in _QUIET:  # the app's own option before the command
        quiet, args = True, args[1:]
    if not args or args[0] != "search":
        return None
    options, query, rest = {}, None, args[1:]
    while rest:
        token, rest = rest[0], rest[1:]
        name, eq, value = token.partition("=") if token.startswith("--") else (token, "", "")
        if token in _QUIET:
            quiet = True
        elif token in _FLAGS and _FLAGS[token] not in options:
            options[_FLAGS[token]] = True
        elif name in _VALUED and _VALUED[name] not in options and (eq or rest):
            if not eq:
                value, rest = rest[0], rest[1:]
            if value.startswith("-") and not (name == "--sort" and value == "-date"):
                return None
            options[_VALUED[name]] = value
        elif query is None and not token.startswith("-"):
            query = token
        else:
            return None
    if query is None or not _plain_values(options):
        return None
    options["query"] = query
    return quiet, options


def _plain_values(options: dict) -> bool:
    """Convert the values Typer would take as they are; False for any other."""
    from pathlib import Path

    from search import settings

    limit, sort, fmt = options.get("limit"), options.get("sort"), options.get("fmt")
    if limit is not None and not (limit.isascii() and limit.isdigit()):
        return False
    if (sort is not None and sort not in _SORTS) or (fmt is not None and fmt not in _FORMATS):
        return False
    index = options.get("index") or os.environ.get(settings.INDEX_ENV) or None
    if index is not None and os.path.exists(index) and not os.access(index, os.R_OK):
        return False  # Typer's path check says why
    if limit is not None:
        options["limit"] = int(limit)
    if index is not None:
        options["index"] = Path(index)
    return True


def _typer_reads(environ) -> bool:
    """Settings only Typer reads: the log level, and shell completion's request."""
    from search import settings

    return settings.LOG_ENV in environ or any(k.startswith("_") and k.endswith("_COMPLETE")
                                              for k in environ)


def main(*, whole_process: bool = False) -> None:
    """Run the command line in sys.argv (a plain search line here, any other in the Typer
    app). `whole_process`: this run is the process (the console script), so a plain
    search may end it as soon as its output is written (see `program`)."""
    # referat does no matrix algebra (its parallel work is processes): numpy's BLAS need
    # not start a thread per core at import, which cost a search about a fifth of its CPU
    # time on a busy machine. Set before numpy loads; a user's own setting is kept.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    line = None if _typer_reads(os.environ) else search_line(sys.argv[1:])
    if line is None:
        from search.cli import main as whole

        return whole()
    if whole_process:
        # A search's objects live until it ends: Python's cyclic garbage collector,
        # triggered again and again by the objects that imports make, frees none of
        # them (about 6 % of a search's instructions).
        import gc

        gc.disable()
    code = _search(*line)
    if whole_process:
        _end(code)
    raise SystemExit(code)


def program() -> None:
    """Entry point of the `referat` console script (and of `python -m search`)."""
    main(whole_process=True)


def _end(code: int) -> None:
    """End the process now that the search's output is written, without Python's
    shutdown: it tears down every module and object one by one (about 8 % of a search's
    instructions) for memory the system frees at once. A plain search leaves nothing
    else to do at exit (no exit handlers, threads, open writes or temporary files).
    Returns if stdout or stderr cannot be flushed (a closed pipe): Python's own shutdown
    then reports it as it always did."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:  # noqa: BLE001 - reported by the shutdown that follows
        return
    os._exit(code)


def _search(quiet: bool, options: dict) -> int:
    """Run the search as the Typer app does (its callback, command and error handling);
    the exit status."""
    from index import deferred
    from ingest.errors import ExitCode, ReferatError
    from ingest.kinds import Sort
    from search import run

    # A plain search logs nothing: logging is set up as the app sets it up, when a module
    # that logs is first imported (importing logging was about 1 % of a search).
    deferred.when_imported("logging", _log_format)
    run.RUN.quiet, run.RUN.started, run.RUN.whole_process = quiet, time.monotonic(), True
    if "sort" in options:
        options["sort"] = Sort(options["sort"])
    if "fmt" in options:
        options["fmt"] = run.Fmt(options["fmt"])
    try:
        run.search(**options)
        return 0
    except ReferatError as exc:
        return _ended(exc, exc.exit_code)
    except KeyboardInterrupt:
        run.say("referat: interrupted")
        return 130  # 128 + SIGINT, as shells report it
    except OSError as exc:  # the disk, a permission, a path: the user can fix it
        return _ended(exc, ExitCode.USAGE)
    except Exception as exc:  # noqa: BLE001 - a bug still ends in one line, not a traceback
        import logging

        logging.getLogger("referat").debug("unexpected error", exc_info=True)
        return _ended(RuntimeError(f"unexpected {type(exc).__name__}: {exc} (a bug in "
                                   "referat; REFERAT_LOG=DEBUG shows where)"), ExitCode.BUG)


def _log_format(logging) -> None:
    """The app's log lines: 'referat: LEVEL: message', at the settings' level."""
    from search import settings

    logging.basicConfig(format="referat: %(levelname)s: %(message)s")
    logging.getLogger().setLevel(logging.getLevelName(settings.LOG))


def _ended(exc: BaseException, code: int) -> int:
    from search import run

    line = run.error_line(exc)
    if line is not None:  # None: quiet, the exit status says there was nothing
        run.say(line)
    return int(code)
