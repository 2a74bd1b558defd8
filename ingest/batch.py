"""Parse many files in worker processes, each file within a time and memory budget.

A file that hangs a parser is stopped when its time is up (its worker is killed and
replaced); a file that exhausts the memory limit fails alone. Either way the batch
goes on and the file is reported as failed with the reason.
"""
from __future__ import annotations

import ctypes
import multiprocessing as mp
import os
import resource
import signal
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import Path

from ingest import settings
from ingest.errors import IngestError, ParseTimeout, UnsupportedFormat
from ingest.records import FailureKind, OcrMode, ParseResult


@dataclass(frozen=True, slots=True)
class Task:
    """One file to parse: where to open it, its bytes' hash and size, and the path to
    record in its Source (default: the path as given)."""

    path: str
    sha256: str
    size: int
    shown: str | None = None


@dataclass(frozen=True, slots=True)
class Failure:
    """Why a task has no result: its kind, and the one line that tells the user."""

    kind: FailureKind
    message: str


@dataclass(frozen=True, slots=True)
class Done:
    """A finished task: its parse result, or its failure."""

    task: Task
    result: ParseResult | None
    failure: Failure | None
    seconds: float
    worker: str | None = None  # the cluster worker that parsed it or failed it (None: local)

    @property
    def error(self) -> str | None:
        """The failure's line, None when the file was parsed."""
        return self.failure.message if self.failure else None

    @property
    def unsupported(self) -> bool:
        """No reader takes the file: it is skipped, not failed."""
        return self.failure is not None and self.failure.kind is FailureKind.UNSUPPORTED

    @property
    def timed_out(self) -> bool:
        return self.failure is not None and self.failure.kind is FailureKind.TIMED_OUT


def failed(task: Task, message: str, seconds: float,
           kind: FailureKind = FailureKind.ERROR, worker: str | None = None) -> Done:
    """A task that yielded no records, with its kind and line (and the cluster worker)."""
    return Done(task, None, Failure(kind, message), seconds, worker)


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _prctl():
    """libc's prctl, looked up once (not in a freshly forked child, where dlopen could
    block on a lock another thread held); None off Linux."""
    try:
        fn = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong,
                   ctypes.c_ulong]
    return fn


_PRCTL = _prctl()


def die_with_parent() -> None:
    """Have the kernel kill this process when the process that started it dies, even
    by SIGKILL (PR_SET_PDEATHSIG). Safe in a forked child before exec."""
    if _PRCTL is not None:
        _PRCTL(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def _worker(conn, inherited: list, parent: int, ocr: OcrMode, memory_mb: int,
            ocr_cache: str | None) -> None:
    die_with_parent()
    if os.getppid() != parent:  # the importer died before the line above
        os._exit(0)
    for other in inherited:  # the parent's pipe ends: held here, the pipe never ends
        other.close()
    os.setpgrp()  # a timeout kills the worker's group: tesseract children too
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _load(memory_mb)
    conn.send(READY)  # a file's time budget starts when it reaches a loaded worker
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):  # the importer is gone
            return
        if task is None:
            return
        conn.send(parse_task(task, ocr, memory_mb, ocr_cache))


def _load(memory_mb: int) -> None:
    """Load spaCy and the OCR libraries, then cap the address space."""
    from ingest.entities import pipeline

    import numpy  # noqa: F401  (OCR's deskew)
    import pypdfium2  # noqa: F401  (OCR's rendering)

    pipeline()  # load spaCy and its extension modules before the memory limit applies
    if memory_mb:
        soft = _vm_bytes() + memory_mb * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (soft, resource.RLIM_INFINITY))


def parse_task(task: Task, ocr: OcrMode, memory_mb: int, ocr_cache: str | None,
               timeout: float | None = None) -> Done:
    """Parse one task in this process; every error becomes the task's one error line.
    With a timeout the readers stop themselves at it (where no process can be killed)."""
    from ingest.pipeline import parse_file
    from ingest.privacy import safe_line

    start = time.monotonic()
    try:
        result = parse_file(Path(task.path), ocr=ocr, timeout=timeout,
                            sha256=task.sha256 or None,
                            ocr_cache=Path(ocr_cache) if ocr_cache else None, shown=task.shown)
        return Done(task, result, None, time.monotonic() - start)
    except ParseTimeout:
        return timed_out(task, timeout or 0.0, time.monotonic() - start)
    except UnsupportedFormat as exc:
        return failed(task, safe_line(str(exc)), time.monotonic() - start,
                      FailureKind.UNSUPPORTED)
    except IngestError as exc:
        error = str(exc)
    except MemoryError:
        error = (f"ran out of memory (limit {memory_mb} MiB per worker); split the file or "
                 "raise REFERAT_WORKER_MEMORY_MB")
    except RecursionError:
        error = "the file nests too deeply to read (recursion limit); it is damaged or hostile"
    except Exception as exc:  # noqa: BLE001 - a parser bug must not stop the batch
        where = traceback.extract_tb(exc.__traceback__)[-1]
        error = (f"parser error {type(exc).__name__}: {exc} "
                 f"({Path(where.filename).name}:{where.lineno})")
    return failed(task, safe_line(error), time.monotonic() - start)


def _vm_bytes() -> int:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


READY = "ready"  # a worker's first message: its libraries are loaded
START_ATTEMPTS = 3  # workers that die while loading, per worker asked for, before giving up


class WorkersCannotStart(IngestError):
    """Worker processes die before they are ready (memory limit, broken install)."""


class _Slot:
    """One worker process and the parent's end of its pipe."""

    ends: list = []  # every parent end still open, for workers forked later to close

    def __init__(self, ctx, ocr: OcrMode, memory_mb: int, ocr_cache: str | None):
        self.conn, child = ctx.Pipe()
        inherited = [*_Slot.ends, self.conn]
        self.proc = ctx.Process(target=_worker, daemon=True,
                                args=(child, inherited, os.getpid(), ocr, memory_mb, ocr_cache))
        self.proc.start()
        child.close()
        _Slot.ends.append(self.conn)
        self.task: Task | None = None
        self.started = 0.0
        self.ready = False

    def greet(self) -> bool:
        """Read the worker's ready message; False when it died while loading."""
        try:
            self.ready = self.conn.recv() == READY
        except (EOFError, OSError):
            self.ready = False
        return self.ready

    def kill(self) -> None:
        """Kill the worker and its children (tesseract), then close the pipe."""
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            self.proc.kill()
        self.proc.join(5)
        self.close()

    def close(self) -> None:
        if self.conn in _Slot.ends:
            _Slot.ends.remove(self.conn)
        self.conn.close()


def parse_many(tasks: Iterable[Task], workers: int = 0, ocr: OcrMode = OcrMode.AUTO,
               timeout: float = settings.FILE_TIMEOUT, memory_mb: int = settings.WORKER_MEMORY_MB,
               ocr_cache: Path | None = None,
               started: Callable[[Task], None] | None = None) -> Iterator[Done]:
    """Parse tasks in parallel, the largest files first; yields each as it finishes, in
    any order, and calls `started` with each task as a worker takes it (a progress line
    names it).

    Workers die with the importer (the kernel kills them when it dies, and they also
    see their pipe end), and each file's time budget is kept to a few hundredths of a
    second: the wait wakes at the nearest deadline.
    """
    # Largest first: a long report started last would keep one worker busy while the
    # others sit idle; started first, the small files fill in beside it.
    queue = deque(sorted(tasks, key=lambda t: -t.size))
    if not queue:
        return
    workers = max(1, min(workers or (os.cpu_count() or 1), len(queue)))
    ctx = mp.get_context("fork")
    cache = str(ocr_cache) if ocr_cache else None
    slots = [_Slot(ctx, ocr, memory_mb, cache) for _ in range(workers)]
    starts = workers
    try:
        while queue or any(s.task for s in slots):
            for s in slots:
                if s.task is None and s.ready and queue:
                    s.task, s.started = queue.popleft(), time.monotonic()
                    s.conn.send(s.task)
                    if started:
                        started(s.task)
            busy = [s for s in slots if s.task]
            loading = [s for s in slots if not s.ready]
            ready = wait([s.conn for s in busy + loading], timeout=_nap(busy, timeout))
            for i, s in enumerate(slots):
                if s in loading and s.conn in ready and not s.greet():
                    s.kill()
                    starts += 1
                    if starts > workers * START_ATTEMPTS:
                        raise WorkersCannotStart(
                            "parser processes die while loading; check free memory and "
                            "REFERAT_WORKER_MEMORY_MB, or reinstall referat")
                    slots[i] = _Slot(ctx, ocr, memory_mb, cache)
            for i, s in enumerate(slots):
                if s.task is None:
                    continue
                done = _collect(s, ready, timeout, memory_mb)
                if done is None:
                    continue
                if done.error and (not s.proc.is_alive() or s.conn not in ready):
                    s.kill()  # it died, or it is still at work on a file out of time
                    s.task = None
                    if queue:  # a new worker only when there is work for it
                        slots[i] = _Slot(ctx, ocr, memory_mb, cache)
                else:
                    s.task = None
                yield done
    finally:
        _stop(slots)


_TICK = 0.25  # seconds between looks at the workers when no deadline is nearer


def _nap(busy: list[_Slot], timeout: float) -> float:
    """How long to wait for a result: until the nearest deadline, at most _TICK."""
    now = time.monotonic()
    nearest = min((s.started + timeout - now for s in busy), default=_TICK)
    return max(0.0, min(_TICK, nearest))


def _stop(slots: list[_Slot]) -> None:
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
        else:
            s.close()


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
            return failed(task, f"parser process died (exit code {code}); the file may crash "
                                f"the PDF library{limit}", elapsed, FailureKind.DIED)
    if elapsed >= timeout:
        return timed_out(task, timeout, elapsed)
    return None


def timed_out(task: Task, timeout: float, elapsed: float) -> Done:
    """A task stopped at its time budget."""
    return failed(task, f"timed out after {timeout:.0f} s; split the file or raise --timeout",
                  elapsed, FailureKind.TIMED_OUT)
