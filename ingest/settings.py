"""Every setting referat takes from the environment: its variable and its default.

Nothing is read at import time and nothing is set. The command line reads each
variable once, through a Typer option with `envvar=` whose default is the constant
below (so `--help` shows both, and an option given on the command line wins), and
passes the value down. The settings no option carries (the OCR cache, the page
limit) are read when they are used, by the functions below.

This module sits in `ingest` because every layer may import it; `search.settings`
re-exports it for the command line."""
from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from ingest.errors import UsageError

# Where the archive lives when neither --index nor REFERAT_INDEX says: beside the user.
INDEX_ENV = "REFERAT_INDEX"
INDEX_DIR = Path(".referat") / "index"

# `referat parse`: seconds for one file, counted from the start of the command.
TIMEOUT_ENV = "REFERAT_TIMEOUT"
TIMEOUT = 300.0

# `referat ingest`: seconds one file may take in a worker before it is given up.
FILE_TIMEOUT_ENV = "REFERAT_FILE_TIMEOUT"
FILE_TIMEOUT = 600.0

# A parser worker's memory ceiling: a file that needs more fails alone.
WORKER_MEMORY_MB_ENV = "REFERAT_WORKER_MEMORY_MB"
WORKER_MEMORY_MB = 4096

# Where OCR results are cached (None: $XDG_CACHE_HOME/referat, else ~/.cache/referat).
CACHE_ENV = "REFERAT_CACHE"

# The log level of referat's own messages on stderr (DEBUG shows a bug's traceback).
LOG_ENV = "REFERAT_LOG"
LOG = "WARNING"

# The most pages one PDF may have: a longer one is a stack of files, to be split.
MAX_PAGES_ENV = "REFERAT_MAX_PAGES"
MAX_PAGES = 2000

# Files per committed import batch: what a crash can cost, against commit overhead.
BATCH_FILES_ENV = "REFERAT_BATCH_FILES"
BATCH_FILES = 50

# A Dask scheduler to parse on (`ingest --cluster`); none: local worker processes.
CLUSTER_ENV = "REFERAT_CLUSTER"

# Threads one tesseract may start: OpenMP's threads thrash on few cores, and the
# importer already runs one parser per core. Given to tesseract's own environment.
OMP_THREAD_LIMIT_ENV = "OMP_THREAD_LIMIT"
OMP_THREAD_LIMIT = "1"


def cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    """The OCR cache folder: $REFERAT_CACHE, else the user's cache folder."""
    env = os.environ if environ is None else environ
    if env.get(CACHE_ENV):
        return Path(env[CACHE_ENV])
    home = env.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return Path(home) / "referat"


def env_int(name: str, default: int, environ: Mapping[str, str] | None = None) -> int:
    """A whole number from the environment (default: this process's), else `default`;
    a value that is no number is a usage error that names the variable."""
    raw = (os.environ if environ is None else environ).get(name)
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise UsageError(f"${name} must be a whole number, not {raw!r}") from None


def tesseract_env(environ: Mapping[str, str]) -> dict[str, str]:
    """The environment tesseract runs in: the caller's, with its thread limit."""
    return {**environ, OMP_THREAD_LIMIT_ENV: environ.get(OMP_THREAD_LIMIT_ENV)
            or OMP_THREAD_LIMIT}
