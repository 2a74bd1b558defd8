"""Batch import: files -> worker processes -> catalog and index.

Crash safety: a batch is written to the index and committed first, then the catalog
rows of that batch are committed. A crash between the two leaves index documents
that the catalog does not know; `reconcile` at the start of every run removes them
and the files are parsed again. The catalog never claims what the index lacks.

No single file stops a batch: every step on one path (walk, stat, hash, parse, store)
turns an error into that path's one failure line. The catalog names each file by
`path_key` (absolute, one escaped line, CPR numbers masked); a record cites its file by
that name and is moved to another path of the same bytes when its own goes.
"""
from __future__ import annotations

import fcntl
import glob
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from index.catalog import Catalog
from index.layout import Layout
from index.store import IndexBusy, Store, rebuild
from ingest import settings
from ingest.batch import Done, Task, failed, parse_many
from ingest.cluster import Cluster, parse_on_cluster
from ingest.errors import ArchiveBusy, ArchiveError
from ingest.pipeline import sha256_file
from ingest.privacy import mask_path, mask_result, mask_text, safe_line, unescape
from ingest.readers import READERS, not_a_file
from ingest.records import FileStatus, OcrMode, ParseResult

log = logging.getLogger(__name__)
BATCH_SECONDS = 10.0  # a slow stream of files is still committed every few seconds


class ImportLocked(ArchiveBusy):
    """Another import holds the archive's lock."""


# What an import reports as it goes (to a progress bar, a log line, a test).

@dataclass(frozen=True, slots=True)
class Planned:
    """The files met, and how many of them need parsing."""

    files: int
    total: int


@dataclass(frozen=True, slots=True)
class Began:
    """A parser started on a file (reported by local workers)."""

    path: str


@dataclass(frozen=True, slots=True)
class Parsed:
    """A file is parsed (or failed): its path, error line and pages."""

    path: str
    error: str | None
    pages: int
    parts: int = 1  # how many jobs its pages were read in (more than one: page ranges)


@dataclass(frozen=True, slots=True)
class Committed:
    """A batch is in the archive: its files, failures and pages."""

    files: int
    failed: int
    pages: int


Event = Planned | Began | Parsed | Committed
Progress = Callable[[Event], None]


@dataclass(slots=True)
class Summary:
    files: int = 0
    ingested: int = 0
    unchanged: int = 0
    failed_before: int = 0  # of the unchanged: files whose last parse failed
    skipped: list[dict] = field(default_factory=list)
    failed: list[dict] = field(default_factory=list)
    pruned: int = 0
    documents: int = 0
    items: int = 0
    pages: int = 0
    cpr_masked: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return {"files": self.files, "ingested": self.ingested, "unchanged": self.unchanged,
                "failed_before": self.failed_before, "failed": self.failed,
                "skipped": self.skipped, "pruned": self.pruned,
                "documents": self.documents, "items": self.items, "pages": self.pages,
                "cpr_masked": self.cpr_masked, "seconds": round(self.seconds, 2)}


def archive_paths(index_dir: Path) -> tuple[Path, Path]:
    """The catalog and lock file that belong to an index directory."""
    layout = Layout(index_dir)
    return layout.catalog, layout.lock


class ArchiveLock:
    """An exclusive lock on the archive, held for the whole import.

    A POSIX record lock (lockf): it belongs to this process alone, so forked parser
    workers do not inherit it, and it is released when the process dies, even by
    SIGKILL.
    """

    def __init__(self, path: Path, wait: float = 0.0):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.fh = path.open("a+")
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.lockf(self.fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except (BlockingIOError, PermissionError):
                if time.monotonic() >= deadline:
                    self.fh.close()
                    raise ImportLocked(
                        f"another import is running on {path.parent} (lock {path.name}); "
                        "wait for it to finish or pass --wait SECONDS") from None
                time.sleep(0.5)
        self.fh.seek(0)
        self.fh.truncate()
        self.fh.write(str(os.getpid()))
        self.fh.flush()

    def release(self) -> None:
        fcntl.lockf(self.fh, fcntl.LOCK_UN)
        self.fh.close()


@dataclass(frozen=True, slots=True)
class Found:
    """A path met while expanding the inputs: where to open it and its catalog key
    (the absolute path, escaped and CPR-masked: see path_key)."""

    path: Path
    key: str


@dataclass(frozen=True, slots=True)
class Refused:
    """A path that cannot be imported (a folder that cannot be listed, a link to a
    folder), with the reason."""

    path: Path | None
    key: str
    reason: str


def expand(inputs: Iterable[str], secret: bytes | None = None
           ) -> tuple[list[Found], list[Refused]]:
    """Files named, found in folders (recursively) or matched by globs, each once; and
    the inputs and paths that cannot be imported, each with its reason. Hidden names
    are left out; links to folders inside a folder are not followed."""
    found: dict[str, Found] = {}
    refused: list[Refused] = []
    for raw in inputs:
        matches = [Path(p) for p in glob.glob(raw, recursive=True)] if glob.has_magic(raw) \
            else [Path(raw)]
        matches = [m for m in matches if os.path.lexists(m)]
        if not matches:
            refused.append(Refused(None, mask_path(raw), "no such file or folder"))
        for m in matches:
            for path, reason in _walk(m) if m.is_dir() else [(m, None)]:
                key = path_key(path, secret)
                if reason:
                    refused.append(Refused(path, key, reason))
                else:
                    found.setdefault(key, Found(path, key))
    return list(found.values()), refused


def _walk(root: Path) -> Iterator[tuple[Path, str | None]]:
    """Files below a folder in name order; a folder that cannot be listed and a link
    to a folder come with the reason they are not read. An archive's own folder (an
    index kept beside the documents) holds no documents and is passed over."""
    errors: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=errors.append):
        while errors:
            exc = errors.pop()
            yield Path(exc.filename or folder), f"cannot read the folder: {exc.strerror or exc}"
        here = Path(folder)
        if Layout(here).is_archive():
            dirs[:] = []
            continue
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for d in [d for d in dirs if (here / d).is_symlink()]:
            yield here / d, "a link to a folder, not followed; name the folder itself"
        for name in sorted(f for f in files if not f.startswith(".")):
            yield here / name, None
    for exc in errors:
        yield Path(exc.filename or root), f"cannot read the folder: {exc.strerror or exc}"


def path_key(path: Path, secret: bytes | None = None) -> str:
    """How the catalog names a file: its absolute path with links resolved, escaped to
    one line (lossless) and CPR numbers masked with a keyed tag (distinct names stay
    distinct). Records of the archive cite their file by this name."""
    where = os.path.realpath(path) if os.path.isfile(path) else os.path.abspath(path)
    return mask_path(where, secret)


def key_path(key: str) -> Path | None:
    """The file a catalog key names, or None when its name held a CPR number (that
    name is not stored, so the file is only met again by walking its folder)."""
    return None if "[CPR" in key else Path(unescape(key))


def archive_secret(index_dir: Path) -> bytes:
    """The archive's own random key for the tags of masked file names (created once)."""
    path = Layout(index_dir).names_key
    if not path.exists():
        index_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(os.urandom(32))
    return path.read_bytes()


def _supported(path: Path) -> str | None:
    """None if a reader takes the file, else the reason it is skipped."""
    if path.suffix.lower() not in READERS:
        return f"unsupported file type '{safe_line(path.suffix) or 'no suffix'}'"
    return None


def reconcile(catalog: Catalog, store: Store) -> int:
    """Make the index agree with the catalog after an interrupted run: documents of
    files the catalog does not hold are removed, files it holds but the index lacks are
    written again from their stored records (no PDF is read)."""
    indexed, ingested = store.file_shas(), catalog.ingested_shas()
    extra = indexed - ingested
    if extra:
        store.delete_files(extra)
    restored = 0
    for sha in ingested - indexed:
        result = catalog.result(sha)
        if result is not None:
            restored += store.replace_file(sha, result) > 0
    if extra or restored:
        store.commit()
    return len(extra) + restored


def run_import(inputs: list[str], index_dir: Path, workers: int = 0, ocr: OcrMode = OcrMode.AUTO,
               retry_failed: bool = False, prune: bool = False, wait: float = 0.0,
               timeout: float = settings.FILE_TIMEOUT,
               progress: Progress | None = None,
               cluster: Cluster | None = None, batch_files: int = settings.BATCH_FILES,
               memory_mb: int = settings.WORKER_MEMORY_MB) -> Summary:
    """Import files into the archive at index_dir (parsed on a Dask cluster when one is
    given, else in local worker processes); see the module docstring."""
    started = time.monotonic()
    catalog_path, lock_path = archive_paths(index_dir)
    lock = ArchiveLock(lock_path, wait)
    try:
        catalog, store = Catalog(catalog_path), Store(index_dir)
        try:
            summary = _import(inputs, catalog, store, archive_secret(index_dir), workers, ocr,
                              retry_failed, prune, timeout, progress, cluster, batch_files,
                              memory_mb)
        finally:
            store.cancel()
            catalog.close()
    finally:
        lock.release()
    summary.seconds = time.monotonic() - started
    return summary


def _import(inputs: list[str], catalog: Catalog, store: Store, secret: bytes, workers: int,
            ocr: OcrMode, retry_failed: bool, prune: bool, timeout: float, progress,
            cluster: Cluster | None = None, batch_files: int = settings.BATCH_FILES,
            memory_mb: int = settings.WORKER_MEMORY_MB) -> Summary:
    reconcile(catalog, store)
    summary = Summary()
    if retry_failed:
        files, refused = _failed_files(catalog, inputs, secret, summary)
    else:
        files, refused = expand(inputs, secret)
    _refuse(refused, catalog, summary)
    touched: set[str] = set()
    tasks = _plan(files, catalog, summary, retry_failed, touched)
    if progress:
        progress(Planned(len(tasks), summary.files))
    _run(tasks, catalog, store, summary, workers, ocr, timeout, progress, cluster,
         batch_files, memory_mb)
    if prune:
        seen = {f.key for f in files} | {r.key for r in refused}
        summary.pruned = _prune(catalog, store, inputs, seen, secret, touched)
    _drop_orphans(catalog, store)
    _repoint(catalog, store, touched)
    _refill(catalog, store)  # meetings that pruned or moved files changed
    return summary


def _refuse(refused: list[Refused], catalog: Catalog, summary: Summary) -> None:
    """Inputs and paths that cannot be imported: each named once, with its reason."""
    with catalog.transaction():
        for r in refused:
            summary.files += r.path is not None
            summary.failed.append({"path": r.key, "error": r.reason})
            if r.path is not None:
                catalog.put_path(r.key, None, FileStatus.FAILED, r.reason, None, None)


def _failed_files(catalog: Catalog, inputs: list[str], secret: bytes, summary: Summary
                  ) -> tuple[list[Found], list[Refused]]:
    """The failed paths again (within the inputs, when some are named)."""
    failed = catalog.failed_paths()
    if inputs:
        files, refused = expand(inputs, secret)
        wanted = set(failed)
        return [f for f in files if f.key in wanted], [r for r in refused if r.key in wanted]
    paths = [key_path(k) for k in failed]
    for key in (k for k, p in zip(failed, paths) if p is None):
        summary.skipped.append({"path": key, "reason": "its name holds a CPR number; name "
                                                       "its folder to retry it"})
    return expand([str(p) for p in paths if p is not None], secret)


def _plan(files: list[Found], catalog: Catalog, summary: Summary, force: bool,
          touched: set[str]) -> list[Task]:
    """Which files need parsing; the rest are counted unchanged, skipped or failed now.
    Any error while looking at one file (stat, hash) is that file's failure."""
    tasks: list[Task] = []
    seen_sha: set[str] = set()
    with catalog.transaction():
        for f in files:
            summary.files += 1
            try:
                task = _plan_one(f, catalog, summary, force, seen_sha, touched)
            except OSError as exc:
                _fail_path(f.key, f"cannot read the file: {exc.strerror or exc}", catalog,
                           summary)
                continue
            if task:
                tasks.append(task)
    return tasks


def _plan_one(f: Found, catalog: Catalog, summary: Summary, force: bool, seen_sha: set[str],
              touched: set[str]) -> Task | None:
    reason = _supported(f.path)
    if reason:
        summary.skipped.append({"path": f.key, "reason": reason})
        catalog.put_path(f.key, None, FileStatus.SKIPPED, reason, None, None)
        return None
    reason = not_a_file(f.path)
    if reason:
        _fail_path(f.key, reason, catalog, summary)
        return None
    st = f.path.stat()
    row = catalog.path_row(f.key)
    if not force and _as_before(row, st, catalog):
        _unchanged(summary, row.status is FileStatus.FAILED)
        return None
    if st.st_size == 0:  # not hashed: every empty file would be "the same bytes"
        _fail_path(f.key, "empty file (0 bytes); re-export or remove it", catalog, summary,
                   st)
        return None
    sha = sha256_file(f.path)
    if row and row.sha256 and row.sha256 != sha:
        touched.add(row.sha256)  # its records may cite this path, which now holds other bytes
    status = catalog.file_status(sha)
    if status and not force:  # same bytes seen before (maybe at another path)
        _unchanged(summary, status is FileStatus.FAILED)
        catalog.put_path(f.key, sha, status, catalog.file_error(sha), st.st_size,
                         st.st_mtime_ns)
        touched.add(sha)
        return None
    if sha in seen_sha:
        summary.unchanged += 1
        catalog.put_path(f.key, sha, FileStatus.PENDING, None, st.st_size, st.st_mtime_ns)
        return None
    seen_sha.add(sha)
    return Task(str(f.path), sha, st.st_size, shown=f.key)


def _unchanged(summary: Summary, failed: bool) -> None:
    summary.unchanged += 1
    summary.failed_before += failed


def _as_before(row, st: os.stat_result, catalog: Catalog) -> bool:
    """Whether a path's size and time are as recorded, with its bytes stored or failed,
    or its own failure (an empty file) standing."""
    if row is None or row.size != st.st_size or row.mtime_ns != st.st_mtime_ns:
        return False
    if row.sha256:
        return bool(catalog.file_status(row.sha256))
    return row.status is FileStatus.FAILED


def _fail_path(key: str, reason: str, catalog: Catalog, summary: Summary,
               st: os.stat_result | None = None) -> None:
    summary.failed.append({"path": key, "error": reason})
    catalog.put_path(key, None, FileStatus.FAILED, reason, st.st_size if st else None,
                     st.st_mtime_ns if st else None)


def _run(tasks: list[Task], catalog: Catalog, store: Store, summary: Summary, workers: int,
         ocr: OcrMode, timeout: float, progress, cluster: Cluster | None = None,
         batch_files: int = settings.BATCH_FILES,
         memory_mb: int = settings.WORKER_MEMORY_MB) -> None:
    batch = _Batch()
    began = (lambda task: progress(Began(task.shown or task.path))) if progress else None
    results = parse_on_cluster(tasks, cluster, ocr, timeout) if cluster else \
        parse_many(tasks, workers=workers, ocr=ocr, timeout=timeout, memory_mb=memory_mb,
                   started=began)
    for done in results:
        if progress:
            progress(Parsed(done.task.shown or done.task.path, done.error, _pages(done),
                            done.parts))
        batch.add(done, store)
        if len(batch.done) >= batch_files or batch.age() > BATCH_SECONDS:
            _flush(batch, catalog, store, summary, progress)
            batch = _Batch()
    _flush(batch, catalog, store, summary, progress)


@dataclass(slots=True)
class _Batch:
    """Files parsed since the last commit. Each goes into the index writer as it
    arrives, so the analysis of its text runs beside the workers still parsing instead
    of after them; none of it is visible before the batch's commit (see _write)."""

    done: list[Done] = field(default_factory=list)
    sent: set[str] = field(default_factory=set)  # files whose documents reached the writer
    since: float = field(default_factory=time.monotonic)

    def add(self, done: Done, store: Store) -> None:
        """Take a parsed file (or its failure) and write its documents to the index."""
        if done.result:
            self.sent.add(done.task.sha256)
        self.done.append(_indexed(done, store))

    def age(self) -> float:
        return time.monotonic() - self.since


def _flush(batch: _Batch, catalog: Catalog, store: Store, summary: Summary,
           progress) -> None:
    stored = _write(batch, catalog, store)
    for done in stored:
        _count(done, summary)
    _report(progress, stored)


def _report(progress, batch: list[Done]) -> None:
    if progress and batch:
        progress(Committed(len(batch), sum(1 for d in batch if d.error and not d.unsupported),
                           sum(_pages(d) for d in batch)))


def _pages(done: Done) -> int:
    """Pages of a parsed file (0 for a failure)."""
    return done.result.source.pages if done.result else 0


def _count(done: Done, summary: Summary) -> None:
    if done.unsupported:
        summary.skipped.append({"path": done.task.shown or done.task.path, "reason": done.error})
        return
    if done.error:
        where = {"worker": done.worker} if done.worker else {}  # which machine to look at
        summary.failed.append({"path": done.task.shown, "error": done.error} | where)
        return
    result = done.result
    summary.ingested += 1
    summary.documents += len(result.documents)
    summary.items += sum(len(d.items) for d in result.documents)
    summary.pages += result.source.pages
    summary.cpr_masked += result.source.cpr_masked


def _write(batch: _Batch, catalog: Catalog, store: Store) -> list[Done]:
    """Index first, then catalog: see the module docstring. The batch's documents are
    in the writer already; a file that cannot be stored fails alone. Returns the batch
    as stored."""
    if not batch.done:
        return batch.done
    store.commit()
    with catalog.transaction():
        stored = [_cataloged(d, catalog) for d in batch.done]
    lost = [d.task.sha256 for d in stored if d.error and d.task.sha256 in batch.sent]
    if lost:  # their documents may have reached the index before they failed
        store.delete_files(lost)
        store.commit()
    # A changed file's old bytes now have no path: their records go in the same step.
    _drop_orphans(catalog, store)
    _refill(catalog, store)
    return stored


def _refill(catalog: Catalog, store: Store) -> None:
    """Files whose documents joined, left or changed meeting in this batch (a bilag named
    by an export imported now, a single-item PDF matched to its packet) are written to
    the index again with the meeting's body and date where they print none. The
    catalog records it after the index commit: a crash between the two only repeats it."""
    shas = catalog.stale_fills()
    for sha in shas:
        result = catalog.indexed_result(sha)
        if result:
            store.replace_file(sha, result)
    if shas:
        store.commit()
        catalog.mark_indexed(shas)


def _indexed(d: Done, store: Store) -> Done:
    if not d.result:
        return d
    try:
        store.replace_file(d.task.sha256, d.result)
        return d
    except (IndexBusy, MemoryError):
        raise
    except Exception as exc:  # noqa: BLE001 - one file's records must not stop the batch
        return failed(d.task, safe_line(f"could not be indexed ({exc})"), d.seconds)


def _cataloged(d: Done, catalog: Catalog) -> Done:
    try:
        _catalog_one(d, catalog)
        return d
    except sqlite3.Error as exc:  # e.g. a record too big for SQLite: this file fails
        lost = failed(d.task, safe_line(f"could not be stored ({exc})"), d.seconds)
        _catalog_one(lost, catalog)
        return lost


def _catalog_one(d: Done, catalog: Catalog) -> None:
    try:
        mtime = Path(d.task.path).stat().st_mtime_ns
    except OSError:  # gone or unreadable since it was parsed
        mtime = None
    key = d.task.shown or d.task.path
    if d.unsupported:  # e.g. a JSON file that is not a meeting export
        catalog.put_path(key, None, FileStatus.SKIPPED, d.error, None, None)
        return
    if d.result:
        catalog.put_result(d.result, d.task.size, d.seconds, d.result.source.cpr_masked)
        catalog.put_path(key, d.task.sha256, FileStatus.INGESTED, None, d.task.size, mtime)
    else:
        catalog.put_failure(d.task.sha256, d.task.size, d.error or "failed")
        catalog.put_path(key, d.task.sha256, FileStatus.FAILED, d.error, d.task.size, mtime)
    for p in catalog.paths_of(d.task.sha256):
        row = catalog.path_row(p)
        if row and row.status is FileStatus.PENDING:
            status = FileStatus.INGESTED if d.result else FileStatus.FAILED
            catalog.put_path(p, d.task.sha256, status, d.error, row.size, row.mtime_ns)


def _prune(catalog: Catalog, store: Store, inputs: list[str], seen: set[str], secret: bytes,
           touched: set[str]) -> int:
    """Forget files under the named folders that are gone. A path below a named folder
    that this run's walk did not meet is gone unless it still exists (a hidden file
    named on its own); with globs only, every path that no longer exists is gone."""
    roots = [path_key(Path(p), secret) for p in inputs if not glob.has_magic(p)]
    gone = []
    for row in catalog.all_paths():
        if roots and not any(_below(row.path, root) for root in roots):
            continue
        where = key_path(row.path)
        missing = row.path not in seen if roots else where is not None
        if missing and not (where is not None and os.path.lexists(where)):
            gone.append(row)
    with catalog.transaction():
        for row in gone:
            catalog.remove_path(row.path)
            if row.sha256:
                touched.add(row.sha256)
    _drop_orphans(catalog, store)
    return len(gone)


def _drop_orphans(catalog: Catalog, store: Store) -> None:
    """Records of bytes that no path holds any more (a file changed to other bytes,
    or was pruned) leave the index, then the catalog."""
    orphans = catalog.orphan_shas()
    if not orphans:
        return
    store.delete_files(orphans)
    store.commit()
    with catalog.transaction():
        for sha in orphans:
            catalog.remove_file(sha)


def _below(key: str, root: str) -> bool:
    return key == root or key.startswith(root.rstrip("/") + "/")


def _repoint(catalog: Catalog, store: Store, shas: set[str]) -> None:
    """Records cite a path that holds their bytes now: after a rename, a prune or a
    change of the file they were parsed from, a record whose path is gone names
    another path with the same bytes (in the catalog and the index)."""
    changed = []
    for sha in sorted(shas):
        result = catalog.result(sha)
        paths = [p for p in catalog.paths_of(sha) if _exists(p)]
        if result is None or not paths or (result.source.path in paths):
            continue
        new = replace(result, source=replace(result.source, path=paths[0]))
        store.replace_file(sha, new)
        changed.append(new)
    if not changed:
        return
    store.commit()
    with catalog.transaction():
        for new in changed:
            size, seconds = catalog.file_cost(new.source.sha256)
            catalog.put_result(new, size, seconds, new.source.cpr_masked)


def _exists(key: str) -> bool:
    """Whether a catalog key names a file that is there (a masked name: assumed so; the
    walk that met it just now is the only way to know)."""
    where = key_path(key)
    return where is None or where.exists()


def reindex(index_dir: Path) -> tuple[int, int]:
    """Rebuild the index from the catalog alone, after masking again what the catalog
    holds (archives written before a masking rule existed); returns (files, index
    documents). The new index is built beside the old one and switched to atomically."""
    catalog_path, lock_path = archive_paths(index_dir)
    if not catalog_path.exists():
        raise ArchiveError(f"no catalog at {catalog_path}; run 'referat ingest PATH' first")
    lock = ArchiveLock(lock_path)
    try:
        catalog = Catalog(catalog_path)
        try:
            remask(catalog, archive_secret(index_dir))
            counted = _Counted(catalog.indexed_results())
            docs = rebuild(index_dir, counted, procs=os.cpu_count() or 1)
            catalog.mark_indexed(catalog.ingested_shas())
        finally:
            catalog.close()
    finally:
        lock.release()
    return counted.n, docs


class _Counted:
    """An iterable that counts what passed through it."""

    def __init__(self, items: Iterable):
        self.items, self.n = items, 0

    def __iter__(self):
        for item in self.items:
            self.n += 1
            yield item


def remask(catalog: Catalog, secret: bytes) -> int:
    """Mask CPR numbers again in everything the catalog holds (paths, errors, records);
    returns how many entries changed."""
    changed = 0
    with catalog.transaction():
        for row in catalog.all_paths():
            key = mask_text(row.path, tag=secret)[0]  # keys are escaped already
            error = safe_line(row.error) if row.error else row.error
            if (key, error) != (row.path, row.error):
                catalog.remove_path(row.path)
                catalog.put_path(key, row.sha256, row.status, error, row.size, row.mtime_ns)
                changed += 1
            if row.status is FileStatus.FAILED and row.sha256:
                changed += _remask_failure(catalog, row.sha256)
        stale = [r for r in catalog.results() if _remasked(r, secret) != r]
        for result in stale:
            new = _remasked(result, secret)
            size, seconds = catalog.file_cost(new.source.sha256)
            catalog.put_result(new, size, seconds, new.source.cpr_masked)
    return changed + len(stale)


def _remask_failure(catalog: Catalog, sha: str) -> int:
    error = catalog.file_error(sha)
    if not error or safe_line(error) == error:
        return 0
    catalog.put_failure(sha, catalog.file_cost(sha)[0], safe_line(error))
    return 1


def _remasked(result: ParseResult, secret: bytes) -> ParseResult:
    masked = mask_result(result)
    path = mask_text(masked.source.path, tag=secret)[0]
    return replace(masked, source=replace(masked.source, path=path)) \
        if path != masked.source.path else masked
