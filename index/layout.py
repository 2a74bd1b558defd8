"""Where each part of an archive lives in its folder: the one module that knows.

    catalog.sqlite   every parsed record and the tables the questions read (the truth)
    ingest.lock      held by the one import that writes the archive while it runs
    names.key        the archive's key for the tags of masked file names
    watches.json     saved searches (`referat watch`)
    CURRENT, referat_*  the Whoosh index, derived from the catalog (index.store)
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

CATALOG_FILE = "catalog.sqlite"
LOCK_FILE = "ingest.lock"
NAMES_KEY_FILE = "names.key"
WATCHES_FILE = "watches.json"


@dataclass(frozen=True, slots=True)
class Layout:
    """The files of the archive in `folder`."""

    folder: Path

    @property
    def catalog(self) -> Path:
        return self.folder / CATALOG_FILE

    @property
    def lock(self) -> Path:
        return self.folder / LOCK_FILE

    @property
    def names_key(self) -> Path:
        return self.folder / NAMES_KEY_FILE

    @property
    def watches(self) -> Path:
        return self.folder / WATCHES_FILE

    def is_archive(self) -> bool:
        """Whether the folder holds an archive (its catalog and its names key): files an
        import writes, never documents to import."""
        return self.catalog.is_file() and self.names_key.is_file()
