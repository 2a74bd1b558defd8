"""The only writer of the Whoosh index."""
from __future__ import annotations

import os
import re
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from whoosh import index as windex
from whoosh.filedb.filestore import FileStorage

from index.analysis import ANALYZER_VERSION, analyzer_version
from index.schema import make_schema, to_index_docs
from ingest.errors import ArchiveBusy, ArchiveError

if TYPE_CHECKING:  # only read here: building the record classes costs a search's start
    from ingest.records import ParseResult

INDEX_NAME = "referat"


class IndexMissing(ArchiveError):
    """No index exists at the given location."""


class IndexBusy(ArchiveBusy):
    """Another process holds the index's write lock."""


# The folder can hold two generations of the index while a rebuild runs beside the
# one in use; this file names the one searches open (absent: INDEX_NAME).
CURRENT = "CURRENT"


def current_name(path: Path) -> str:
    """The index generation in use in a folder."""
    try:
        return (path / CURRENT).read_text(encoding="utf-8").strip() or INDEX_NAME
    except FileNotFoundError:
        return INDEX_NAME


class IndexStale(IndexMissing):
    """The index was built by an older analyzer: it must be rebuilt from the catalog."""


def _stale(path: Path, why: str) -> IndexStale:
    return IndexStale(f"the index at {path} was built by an older version of referat's "
                      f"Danish analysis ({why}); run 'referat reindex' (no file is read again)")


# A commit writes a new table of contents and deletes the old one: a search that listed
# the old one a moment before finds it gone, and reads the new one (Whoosh's reader()
# retries so; opening the index and reading its schema do not).
TOC_RETRIES = 10


def open_index(path: Path, create: bool = False, copied: bool = True):
    """Open the index generation in use in a directory (creating it when asked).
    Reading an index built by another analyzer version raises IndexStale; a writer
    replaces it with an empty current one, which the importer refills from the
    catalog (`reconcile`). `copied=False` reads a segment's files where they lie
    (for searches, see _storage)."""
    for _ in range(TOC_RETRIES - 1):
        try:
            return _open_index(path, create, copied)
        except FileNotFoundError:  # a commit replaced the table of contents just now
            pass
    return _open_index(path, create, copied)


def _storage(path: Path, copied: bool) -> FileStorage:
    """The folder as Whoosh storage. Whoosh memory-maps a segment's compound file and
    then copies each file in it that a reader opens (the postings: the size of the
    index, 300 MB at 100k units) into memory; without the memory map a reader reads
    the parts it asks for from the file (a search opened at 100k: 0.15 s -> 0.01 s CPU)."""
    return FileStorage(str(path), supports_mmap=copied)


def _open_index(path: Path, create: bool, copied: bool = True):
    name = current_name(path)
    if windex.exists_in(str(path), indexname=name):
        try:
            ix = _storage(path, copied).open_index(name)
            version = analyzer_version(ix.schema)
        except (AttributeError, ImportError, TypeError) as exc:  # an unpicklable old schema
            if create:
                return windex.create_in(str(path), make_schema(), indexname=name)
            raise _stale(path, "its schema no longer loads") from exc
        if version == ANALYZER_VERSION:
            return ix
        if create:
            return windex.create_in(str(path), make_schema(), indexname=name)
        raise _stale(path, f"version {version}, now {ANALYZER_VERSION}")
    if not create:
        raise IndexMissing(f"no index at {path}; run 'referat ingest PATH' first "
                           "(or pass --index / set REFERAT_INDEX)")
    path.mkdir(parents=True, exist_ok=True)
    return windex.create_in(str(path), make_schema(), indexname=name)


# Documents a rebuild writes before it commits a segment: an index writer keeps a
# segment's postings in memory (about 160 an item, 20-30 bytes each).
SEGMENT_DOCS = 250_000


def writer(ix, procs: int = 1):
    """An index writer (write lock taken); `procs` > 1 analyses in that many processes,
    each writing its own segment (index/writer.py keeps postings in memory per term)."""
    # Imported here: the writers bring Whoosh's multiprocessing writer, which a search
    # (every `referat search` opens the index through this module) never uses.
    from index.writer import MemoryMpWriter, MemoryWriter

    if procs > 1:
        return MemoryMpWriter(ix, procs=procs)
    return MemoryWriter(ix)


class Store:
    """Writes parsed files into the index; one writer, committed in batches.

    `procs` > 1 spreads analysis over processes (bulk rebuilds): Whoosh's
    multiprocessing writer, always with multisegment=True (procs without it has a known
    IndexError upstream), each process writing its own segment.
    """

    def __init__(self, path: Path, procs: int = 1):
        remove_stale(path)  # a previous generation no search reads any more
        self.ix = open_index(path, create=True)
        self.procs = procs
        self._writer = None

    def _w(self):
        from whoosh.writing import LockError  # with the writers: a search needs neither

        if self._writer is None:
            try:
                self._writer = writer(self.ix, self.procs)
            except LockError as exc:
                raise IndexBusy("the index is locked by another writer") from exc
        return self._writer

    def replace_file(self, sha: str, result: ParseResult) -> int:
        """Replace every index document of a file by those of its new parse."""
        w = self._w()
        w.delete_by_term("file_sha", sha)
        docs = to_index_docs(result)
        for d in docs:
            w.add_document(**d)  # the file's old documents are deleted above: no lookup
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



def rebuild(path: Path, results: Iterable[ParseResult], procs: int = 1) -> int:
    """A new index of the results, built beside the one in use and switched to in one
    atomic step; returns how many index documents it holds.

    Searches keep answering from the old index until the switch; a rebuild that is
    killed leaves the old one in use (its partial files are removed by the next
    writer). The new index takes the current schema.
    """
    remove_stale(path)
    name = f"{INDEX_NAME}-{time.time_ns()}"
    ix = windex.create_in(str(path), make_schema(), indexname=name)
    w = writer(ix, procs)
    docs = pending = 0
    try:
        for result in results:
            for d in to_index_docs(result):
                w.add_document(**d)
                pending += 1
            if pending >= SEGMENT_DOCS:  # the writers' memory is bounded: a segment
                w.commit(merge=False)
                w, docs, pending = None, docs + pending, 0
                w = writer(ix, procs)
        w.commit(merge=False)  # one segment per writing process and per SEGMENT_DOCS
        docs += pending
    except BaseException:
        if w is not None:
            w.cancel()
        _remove_generation(path, name)
        raise
    _switch(path, name)
    return docs


def _switch(path: Path, name: str) -> None:
    """Name the generation in use: written aside, synced, then renamed over the old."""
    tmp = path / f"{CURRENT}.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(name + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path / CURRENT)
    dir_fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(dir_fd)  # the rename itself survives a power cut
    finally:
        os.close(dir_fd)


def remove_stale(path: Path) -> None:
    """Remove index generations not in use (a replaced index once no search needs it,
    or the partial files of a killed rebuild). Only the archive's writer calls this."""
    if not path.is_dir():
        return
    keep = current_name(path)
    for f in path.iterdir():
        name = _generation_of(f.name)
        if name is not None and name != keep:
            f.unlink(missing_ok=True)


def _remove_generation(path: Path, name: str) -> None:
    for f in path.iterdir():
        if _generation_of(f.name) == name:
            f.unlink(missing_ok=True)


_GENERATION = re.compile(rf"^_?({re.escape(INDEX_NAME)}(?:-\d+)?)_")


def _generation_of(filename: str) -> str | None:
    """The index generation a file of the folder belongs to, None if none."""
    m = _GENERATION.match(filename)
    return m.group(1) if m else None
