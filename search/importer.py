"""Batch import: files -> worker processes -> catalog and index.

Crash safety: a batch is written to the index and committed first, then the catalog
rows of that batch are committed. A crash between the two leaves index documents
that the catalog does not know; `reconcile` at the start of every run removes them
and the files are parsed again. The catalog never claims what the index lacks.
"""
from __future__ import annotations

import fcntl
import glob
import logging
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from index.catalog import Catalog
from index.store import Store
from ingest.batch import DEFAULT_FILE_TIMEOUT, Done, Task, parse_many
from ingest.pipeline import sha256_file
from ingest.readers import READERS
from ingest.records import ParseResult

log = logging.getLogger(__name__)
BATCH_FILES = int(os.environ.get("REFERAT_BATCH_FILES", "50"))
BATCH_SECONDS = 10.0


class ImportLocked(RuntimeError):
    """Another import holds the archive's lock."""


@dataclass(slots=True)
class Summary:
    files: int = 0
    ingested: int = 0
    unchanged: int = 0
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
                "failed": self.failed, "skipped": self.skipped, "pruned": self.pruned,
                "documents": self.documents, "items": self.items, "pages": self.pages,
                "cpr_masked": self.cpr_masked, "seconds": round(self.seconds, 2)}


def archive_paths(index_dir: Path) -> tuple[Path, Path]:
    """The catalog and lock file that belong to an index directory."""
    return index_dir / "catalog.sqlite", index_dir / "ingest.lock"


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


def expand(inputs: Iterable[str]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files named, found in folders (recursively) or matched by globs; plus inputs
    that matched nothing, with the reason."""
    files: dict[str, Path] = {}
    missing: list[tuple[str, str]] = []
    for raw in inputs:
        matches = [Path(p) for p in glob.glob(raw, recursive=True)] if glob.has_magic(raw) \
            else [Path(raw)]
        if not matches or not any(m.exists() for m in matches):
            missing.append((raw, "no such file or folder"))
            continue
        for m in matches:
            found = sorted(p for p in m.rglob("*") if p.is_file()) if m.is_dir() else [m]
            for p in found:
                if not any(part.startswith(".") for part in p.parts[len(m.parts) - 1:]
                           if part not in (".", "..")):
                    files.setdefault(str(p.resolve()), p.resolve())
    return list(files.values()), missing


def _supported(path: Path) -> str | None:
    """None if a reader takes the file, else the reason it is skipped."""
    if path.suffix.lower() not in READERS:
        return f"unsupported file type '{path.suffix or 'no suffix'}'"
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


def run_import(inputs: list[str], index_dir: Path, workers: int = 0, ocr: str = "auto",
               retry_failed: bool = False, prune: bool = False, wait: float = 0.0,
               timeout: float = DEFAULT_FILE_TIMEOUT,
               progress: Callable[[str, dict], None] | None = None) -> Summary:
    """Import files into the archive at index_dir; see the module docstring."""
    started = time.monotonic()
    catalog_path, lock_path = archive_paths(index_dir)
    lock = ArchiveLock(lock_path, wait)
    try:
        catalog, store = Catalog(catalog_path), Store(index_dir)
        try:
            reconcile(catalog, store)
            summary = Summary()
            files, missing = expand(inputs) if not retry_failed or inputs else ([], [])
            if retry_failed:
                files = _failed_files(catalog, files)
            for raw, reason in missing:
                summary.failed.append({"path": raw, "error": reason})
            tasks = _plan(files, catalog, summary, retry_failed)
            if progress:
                progress("start", {"files": len(tasks), "total": summary.files})
            _run(tasks, catalog, store, summary, workers, ocr, timeout, progress)
            if prune:
                summary.pruned = _prune(catalog, store, inputs)
            _drop_orphans(catalog, store)
        finally:
            store.cancel()
            catalog.close()
    finally:
        lock.release()
    summary.seconds = time.monotonic() - started
    return summary


def _failed_files(catalog: Catalog, within: list[Path]) -> list[Path]:
    failed = [Path(p) for p in catalog.failed_paths() if Path(p).exists()]
    if not within:
        return failed
    allowed = {str(p) for p in within}
    return [p for p in failed if str(p) in allowed]


def _plan(files: list[Path], catalog: Catalog, summary: Summary, force: bool) -> list[Task]:
    """Which files need parsing; the rest are counted unchanged or skipped now."""
    tasks: list[Task] = []
    seen_sha: set[str] = set()
    with catalog.transaction():
        for path in files:
            summary.files += 1
            key = str(path)
            reason = _supported(path)
            if reason:
                summary.skipped.append({"path": key, "reason": reason})
                catalog.put_path(key, None, "skipped", reason, None, None)
                continue
            st = path.stat()
            row = catalog.path_row(key)
            if row and row.sha256 and row.size == st.st_size and row.mtime_ns == st.st_mtime_ns \
                    and not force and catalog.file_status(row.sha256):
                summary.unchanged += 1
                continue
            sha = sha256_file(path)
            status = catalog.file_status(sha)
            if status and not force:
                summary.unchanged += 1  # same bytes seen before (maybe at another path)
                catalog.put_path(key, sha, "ingested" if status == "ingested" else "failed",
                                 catalog.file_error(sha), st.st_size, st.st_mtime_ns)
                continue
            if sha in seen_sha:
                summary.unchanged += 1
                catalog.put_path(key, sha, "pending", None, st.st_size, st.st_mtime_ns)
                continue
            seen_sha.add(sha)
            tasks.append(Task(key, sha, st.st_size))
    return tasks


def _run(tasks: list[Task], catalog: Catalog, store: Store, summary: Summary, workers: int,
         ocr: str, timeout: float, progress) -> None:
    batch: list[Done] = []
    last = time.monotonic()
    for done in parse_many(tasks, workers=workers, ocr=ocr, timeout=timeout):
        batch.append(done)
        _count(done, summary)
        if progress:
            progress("file", {"path": done.task.path, "error": done.error,
                              "pages": (done.result or {}).get("source", {}).get("pages", 0)})
        if len(batch) >= BATCH_FILES or time.monotonic() - last > BATCH_SECONDS:
            _write(batch, catalog, store)
            _report(progress, batch)
            batch, last = [], time.monotonic()
    _write(batch, catalog, store)
    _report(progress, batch)


def _report(progress, batch: list[Done]) -> None:
    if progress and batch:
        progress("batch", {"files": len(batch),
                           "failed": sum(1 for d in batch if d.error and not d.unsupported),
                           "pages": sum((d.result or {}).get("source", {}).get("pages", 0)
                                        for d in batch)})


def _count(done: Done, summary: Summary) -> None:
    if done.unsupported:
        summary.skipped.append({"path": done.task.path, "reason": done.error})
        return
    if done.error:
        summary.failed.append({"path": done.task.path, "error": done.error})
        return
    result = done.result or {}
    summary.ingested += 1
    summary.documents += len(result["documents"])
    summary.items += sum(len(d["items"]) for d in result["documents"])
    summary.pages += result["source"]["pages"]
    summary.cpr_masked += result["source"].get("cpr_masked", 0)


def _write(batch: list[Done], catalog: Catalog, store: Store) -> None:
    """Index first, then catalog: see the module docstring."""
    if not batch:
        return
    results = {d.task.sha256: ParseResult.from_dict(d.result) for d in batch if d.result}
    for sha, result in results.items():
        store.replace_file(sha, result)
    store.commit()
    with catalog.transaction():
        for d in batch:
            st = Path(d.task.path).stat() if Path(d.task.path).exists() else None
            mtime = st.st_mtime_ns if st else None
            if d.unsupported:  # e.g. a JSON file that is not a meeting export
                catalog.put_path(d.task.path, None, "skipped", d.error, None, None)
                continue
            if d.result:
                result = results[d.task.sha256]
                catalog.put_result(result, d.task.size, d.seconds, result.source.cpr_masked)
                catalog.put_path(d.task.path, d.task.sha256, "ingested", None, d.task.size, mtime)
            else:
                catalog.put_failure(d.task.sha256, d.task.size, d.error or "failed")
                catalog.put_path(d.task.path, d.task.sha256, "failed", d.error, d.task.size, mtime)
            for p in catalog.paths_of(d.task.sha256):
                row = catalog.path_row(p)
                if row and row.status == "pending":
                    catalog.put_path(p, d.task.sha256, "ingested" if d.result else "failed",
                                     d.error, row.size, row.mtime_ns)
    # A changed file's old bytes now have no path: their records go in the same step.
    _drop_orphans(catalog, store)


def _prune(catalog: Catalog, store: Store, inputs: list[str]) -> int:
    """Forget files under the given inputs that no longer exist."""
    roots = [str(Path(p).resolve()) for p in inputs if not glob.has_magic(p)]
    gone = [r.path for r in catalog.all_paths() if not Path(r.path).exists()
            and (not roots or any(r.path == root or r.path.startswith(root.rstrip("/") + "/")
                                  for root in roots))]
    with catalog.transaction():
        for p in gone:
            catalog.remove_path(p)
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


def reindex(index_dir: Path) -> tuple[int, int]:
    """Rebuild the index from the catalog alone; returns (files, index documents)."""
    catalog_path, lock_path = archive_paths(index_dir)
    if not catalog_path.exists():
        raise FileNotFoundError(f"no catalog at {catalog_path}; run 'referat ingest' first")
    lock = ArchiveLock(lock_path)
    try:
        catalog = Catalog(catalog_path)
        store = Store(index_dir, procs=os.cpu_count() or 1)
        store.clear()
        files = docs = 0
        for result in catalog.results():
            docs += store.replace_file(result.source.sha256, result)
            files += 1
        store.commit(optimize=True)
        catalog.close()
    finally:
        lock.release()
    return files, docs

