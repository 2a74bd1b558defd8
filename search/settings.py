"""Every setting referat takes from the environment: its variable and its default.

Nothing is read here at import time. The command line reads each variable once, through
a Typer option with `envvar=` whose default is the constant below, so `--help` shows
both and an option given on the command line wins over the environment."""
from __future__ import annotations

from pathlib import Path

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

# Where OCR results are cached (None: ~/.cache/referat, or $XDG_CACHE_HOME/referat).
CACHE_ENV = "REFERAT_CACHE"
CACHE: Path | None = None

# The log level of referat's own messages on stderr (DEBUG shows a bug's traceback).
LOG_ENV = "REFERAT_LOG"
LOG = "WARNING"

# Read by the parsing and import layers themselves (they sit below this module):
# REFERAT_MAX_PAGES (ingest/pdf.py, default 2000 pages) and REFERAT_BATCH_FILES
# (search/importer.py, default 50 files per committed batch).
MAX_PAGES_ENV = "REFERAT_MAX_PAGES"
BATCH_FILES_ENV = "REFERAT_BATCH_FILES"
