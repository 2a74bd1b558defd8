"""Parse many files in worker processes, each file within a time and memory budget.

A file that hangs a parser is stopped when its time is up (its worker is killed and
replaced); a file that exhausts the memory limit fails alone. Either way the batch
goes on and the file is reported as failed with the reason.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import resource
import signal
import time
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import Path

from ingest.errors import IngestError, UnsupportedFormat

DEFAULT_FILE_TIMEOUT = float(os.environ.get("REFERAT_FILE_TIMEOUT", "600"))
DEFAULT_MEMORY_MB = int(os.environ.get("REFERAT_WORKER_MEMORY_MB", "4096"))


@dataclass(frozen=True, slots=True)
class Task:
    path: str
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class Done:
    """A finished task: the parse result as a dict, or an error line."""

    task: Task
    result: dict | None
    error: str | None
    seconds: float
    unsupported: bool = False  # no reader takes it (known only from its content): skip it


def _worker(conn, ocr: str, memory_mb: int, ocr_cache: str | None) -> None:
    os.setpgrp()  # so a kill reaches tesseract children too
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from ingest.entities import pipeline
    from ingest.pipeline import parse_file

    import numpy  # noqa: F401  (OCR's deskew)
    import pypdfium2  # noqa: F401  (OCR's rendering)

    pipeline()  # load spaCy and its extension modules before the memory limit applies
    if memory_mb:
        soft = _vm_bytes() + memory_mb * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (soft, resource.RLIM_INFINITY))

    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):  # the importer is gone
            return
        if task is None:
            return
        start = time.monotonic()
        try:
            result = parse_file(Path(task.path), ocr=ocr, timeout=None, sha256=task.sha256,
                                ocr_cache=Path(ocr_cache) if ocr_cache else None)
            conn.send(Done(task, result.to_dict(), None, time.monotonic() - start))
        except UnsupportedFormat as exc:
            conn.send(Done(task, None, str(exc), time.monotonic() - start, unsupported=True))
        except IngestError as exc:
            conn.send(Done(task, None, str(exc), time.monotonic() - start))
        except MemoryError:
            conn.send(Done(task, None, f"ran out of memory (limit {memory_mb} MiB per worker); "
                                       "split the file or raise REFERAT_WORKER_MEMORY_MB",
                           time.monotonic() - start))
        except Exception as exc:  # noqa: BLE001 - a parser bug must not stop the batch
            where = traceback.extract_tb(exc.__traceback__)[-1]
            conn.send(Done(task, None, f"parser error {type(exc).__name__}: {exc} "
                                       f"({Path(where.filename).name}:{where.lineno})",
                           time.monotonic() - start))


def _vm_bytes() -> int:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


class _Slot:
    def __init__(self, ctx, ocr: str, memory_mb: int, ocr_cache: str | None):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child, ocr, memory_mb, ocr_cache),
                                daemon=True)
        self.proc.start()
        child.close()
        self.task: Task | None = None
        self.started = 0.0

    def kill(self) -> None:
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            self.proc.kill()
        self.proc.join(5)


def parse_many(tasks: Iterable[Task], workers: int = 0, ocr: str = "auto",
               timeout: float = DEFAULT_FILE_TIMEOUT, memory_mb: int = DEFAULT_MEMORY_MB,
               ocr_cache: Path | None = None) -> Iterator[Done]:
    """Parse tasks in parallel; yields each as it finishes, in any order."""
    queue = deque(tasks)
    if not queue:
        return
    workers = max(1, min(workers or (os.cpu_count() or 1), len(queue)))
    ctx = mp.get_context("fork")
    cache = str(ocr_cache) if ocr_cache else None
    slots = [_Slot(ctx, ocr, memory_mb, cache) for _ in range(workers)]
    try:
        while queue or any(s.task for s in slots):
            for s in slots:
                if s.task is None and queue:
                    s.task, s.started = queue.popleft(), time.monotonic()
                    s.conn.send(s.task)
            busy = [s for s in slots if s.task]
            ready = wait([s.conn for s in busy], timeout=0.25)
            for i, s in enumerate(slots):
                if s.task is None:
                    continue
                done = _collect(s, ready, timeout, memory_mb)
                if done is None:
                    continue
                if done.error and not s.proc.is_alive() or done.error and "timed out" in done.error:
                    s.kill()
                    slots[i] = _Slot(ctx, ocr, memory_mb, cache)
                else:
                    s.task = None
                yield done
    finally:
        for s in slots:
            if s.proc.is_alive():
                try:
                    s.conn.send(None)
                except (BrokenPipeError, OSError):
                    pass
        for s in slots:
            s.proc.join(2)
            if s.proc.is_alive():
                s.kill()


def _collect(s: _Slot, ready: list, timeout: float, memory_mb: int) -> Done | None:
    task = s.task
    elapsed = time.monotonic() - s.started
    if s.conn in ready:
        try:
            return s.conn.recv()
        except (EOFError, OSError):
            s.proc.join(1)
            code = s.proc.exitcode
            limit = f" or went over the memory limit of {memory_mb} MiB per worker " \
                    "(REFERAT_WORKER_MEMORY_MB)" if memory_mb else ""
            return Done(task, None, f"parser process died (exit code {code}); the file may "
                                    f"crash the PDF library{limit}", elapsed)
    if elapsed > timeout:
        return Done(task, None, f"timed out after {timeout:.0f} s; split the file or raise "
                                "--timeout", elapsed)
    return None
