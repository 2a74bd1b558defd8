"""The command line's settings: every variable and default lives in `ingest.settings`
(every layer may import it); this module is where `search` finds them."""
from __future__ import annotations

from ingest.settings import (  # noqa: F401  (re-exported)
    BATCH_FILES, BATCH_FILES_ENV, CACHE_ENV, CLUSTER_ENV, FILE_TIMEOUT, FILE_TIMEOUT_ENV,
    INDEX_DIR, INDEX_ENV, LOG, LOG_ENV, MAX_PAGES, MAX_PAGES_ENV, TIMEOUT, TIMEOUT_ENV,
    WORKER_MEMORY_MB, WORKER_MEMORY_MB_ENV)
