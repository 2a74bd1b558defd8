"""The only writer of the Whoosh index."""
from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from whoosh import index as windex
from whoosh.writing import LockError

from index.analysis import ANALYZER_VERSION, analyzer_version
from index.schema import make_schema, to_index_docs
from ingest.records import ParseResult

INDEX_NAME = "referat"


class IndexMissing(RuntimeError):
    """No index exists at the given location."""


class IndexBusy(RuntimeError):
    """Another process holds the index's write lock."""


class IndexStale(IndexMissing):
    """The index was built by an older analyzer: it must be rebuilt from the catalog."""


def _stale(path: Path, why: str) -> IndexStale:
    return IndexStale(f"the index at {path} was built by an older version of referat's "
                      f"Danish analysis ({why}); run 'referat reindex' (no file is read again)")


def open_index(path: Path, create: bool = False):
    """Open the index in a directory (creating it when asked). Reading an index built
    by another analyzer version raises IndexStale; a writer replaces it with an empty
    current one, which the importer refills from the catalog (`reconcile`)."""
    if windex.exists_in(str(path), indexname=INDEX_NAME):
        try:
            ix = windex.open_dir(str(path), indexname=INDEX_NAME)
            version = analyzer_version(ix.schema)
        except (AttributeError, ImportError, TypeError) as exc:  # an unpicklable old schema
            if create:
                return windex.create_in(str(path), make_schema(), indexname=INDEX_NAME)
            raise _stale(path, "its schema no longer loads") from exc
        if version == ANALYZER_VERSION:
            return ix
        if create:
            return windex.create_in(str(path), make_schema(), indexname=INDEX_NAME)
        raise _stale(path, f"version {version}, now {ANALYZER_VERSION}")
    if not create:
        raise IndexMissing(f"no index at {path}; run 'referat ingest PATH' first "
                           "(or pass --index / set REFERAT_INDEX)")
    path.mkdir(parents=True, exist_ok=True)
    return windex.create_in(str(path), make_schema(), indexname=INDEX_NAME)


class Store:
    """Writes parsed files into the index; one writer, committed in batches.

    `procs` > 1 spreads analysis over processes (bulk rebuilds): Whoosh's
    multiprocessing writer, always with multisegment=True (procs without it has a known
    IndexError upstream). Measured 680 -> 1,400 items/s with procs=2 on 2 cores.
    """

    def __init__(self, path: Path, procs: int = 1):
        self.ix = open_index(path, create=True)
        self.procs = procs
        self._writer = None

    def _w(self):
        if self._writer is None:
            try:
                self._writer = self.ix.writer(limitmb=128, procs=self.procs,
                                              multisegment=self.procs > 1)
            except LockError as exc:
                raise IndexBusy("the index is locked by another writer") from exc
        return self._writer

    def replace_file(self, sha: str, result: ParseResult) -> int:
        """Replace every index document of a file by those of its new parse."""
        w = self._w()
        w.delete_by_term("file_sha", sha)
        docs = to_index_docs(result)
        for d in docs:
            w.update_document(**d)
        return len(docs)

    def delete_files(self, shas: Iterable[str]) -> None:
        w = self._w()
        for sha in shas:
            w.delete_by_term("file_sha", sha)

    def commit(self, optimize: bool = False) -> None:
        if self._writer is not None:
            self._writer.commit(optimize=optimize)
            self._writer = None

    def cancel(self) -> None:
        if self._writer is not None:
            self._writer.cancel()
            self._writer = None

    def file_shas(self) -> set[str]:
        """The files the index holds documents of."""
        with self.ix.searcher() as s:
            return {t.decode() if isinstance(t, bytes) else t
                    for t in s.lexicon("file_sha")}

    def clear(self) -> None:
        """Empty the index (before a rebuild)."""
        self.cancel()
        self.ix = windex.create_in(self.ix.storage.folder, make_schema(), indexname=INDEX_NAME)


def default_index_dir() -> Path:
    """$REFERAT_INDEX, else ./.referat/index."""
    return Path(os.environ.get("REFERAT_INDEX") or Path.cwd() / ".referat" / "index")
