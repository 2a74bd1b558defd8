"""Parse many files in worker processes, each file within a time and memory budget.

A file that hangs a parser is stopped when its time is up (its worker is killed and
replaced); a file that exhausts the memory limit fails alone. Either way the batch
goes on and the file is reported as failed with the reason.
"""
from __future__ import annotations

import ctypes
import fcntl
import multiprocessing as mp
import os
import resource
import shutil
import signal
import queue
import tempfile
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from multiprocessing.connection import wait
from pathlib import Path

from ingest import ranges, settings
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
    parts: int = 1  # how many jobs its pages were read in (more than one: page ranges)

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


def _worker(conn, inherited: list, parent: int, scratch: str | None, ocr: OcrMode,
            memory_mb: int, ocr_cache: str | None) -> None:
    die_with_parent()
    if os.getppid() != parent:  # the importer died before the line above
        os._exit(0)
    for other in inherited:  # the parent's pipe ends: held here, the pipe never ends
        other.close()
    os.setpgrp()  # a timeout kills the worker's group: tesseract children too
    # Temporary files (pytesseract's page images and tesseract's output) go to the folder
    # the importer made for this worker and removes when it ends, even killed.
    if scratch:
        tempfile.tempdir = os.environ["TMPDIR"] = scratch
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _load(memory_mb)
    conn.send(READY)  # a file's time budget starts when it reaches a loaded worker
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):  # the importer is gone
            return
        if job is None:
            return
        conn.send(serve(job, ocr, memory_mb, ocr_cache))


def serve(job: ranges.Job, ocr: OcrMode, memory_mb: int, ocr_cache: str | None):
    """A job's answer: a Done; for a long PDF that may be split, a Split; for a range,
    its Pages (or a Done that fails the file)."""
    if not isinstance(job, ranges.Range):
        ranges.release()  # other work: no next range of the file read last
    if isinstance(job, ranges.Whole):
        split = ranges.plan(job.task, ocr) if job.split else None
        return split or parse_task(job.task, ocr, memory_mb, ocr_cache)
    if isinstance(job, ranges.Range):
        def read(start: float) -> ranges.Pages:
            pages, masked = ranges.read_range(job, ocr, ocr_cache)
            return ranges.Pages(job.task, job.first, pages, masked, time.monotonic() - start)
        return _guarded(job.task, memory_mb, None, read)
    return _guarded(job.task, memory_mb, None, lambda start: Done(
        job.task, ranges.join(job, ocr), None, time.monotonic() - start))


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

    def parse(start: float) -> Done:
        result = parse_file(Path(task.path), ocr=ocr, timeout=timeout,
                            sha256=task.sha256 or None,
                            ocr_cache=Path(ocr_cache) if ocr_cache else None, shown=task.shown)
        return Done(task, result, None, time.monotonic() - start)

    return _guarded(task, memory_mb, timeout, parse)


def _guarded(task: Task, memory_mb: int, timeout: float | None, work: Callable[[float], object]):
    """work(start time)'s answer, or the task's failure with its one line for any error
    it raises."""
    from ingest.privacy import safe_line

    start = time.monotonic()
    try:
        return work(start)
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


SCRATCH_PREFIX = "referat-import-"
_LOCK = "lock"


class Scratch:
    """An import's temporary folder, in the system's (TMPDIR). Each worker keeps its
    temporary files (an OCR'd page's image and tesseract's output) in a folder of its own
    here. A worker killed mid-page (time or memory limit, a crash) cannot remove them
    itself, so the importer removes the worker's folder when the worker ends, killed or
    not, and the whole folder when the import ends.

    An importer killed outright cannot remove its folder; the next import does. The
    folder's lock file is held locked while its importer (or a worker of it) lives, so
    a folder whose lock can be taken is left over, and one in use is never removed.
    A Dask worker makes one for each file it parses (ingest.cluster.parse_remote)."""

    def __init__(self) -> None:
        sweep()
        self.path: str | None = None
        self.lock = -1
        try:
            path = tempfile.mkdtemp(prefix=SCRATCH_PREFIX)
        except OSError:  # no writable temporary folder: workers use the system's as before
            return
        new = os.path.join(path, _LOCK + ".new")
        self.lock = os.open(new, os.O_CREAT | os.O_RDWR, 0o600)
        fcntl.flock(self.lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.rename(new, os.path.join(path, _LOCK))  # seen by a sweep only when locked
        self.path = path

    def folder(self) -> str | None:
        """A new worker's own folder (None: the system's temporary folder)."""
        return tempfile.mkdtemp(prefix="worker-", dir=self.path) if self.path else None

    def close(self) -> None:
        if self.path:
            shutil.rmtree(self.path, ignore_errors=True)
        if self.lock >= 0:
            os.close(self.lock)


def sweep(base: str | None = None) -> None:
    """Remove the temporary folders that killed imports left in `base` (default: the
    system's temporary folder)."""
    base = base or tempfile.gettempdir()
    try:
        names = [n for n in os.listdir(base) if n.startswith(SCRATCH_PREFIX)]
    except OSError:
        return
    for name in names:
        path = os.path.join(base, name)
        try:
            fd = os.open(os.path.join(path, _LOCK), os.O_RDWR)
        except OSError:  # not one of ours, someone else's, or being made
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # its import is running
            continue
        else:
            shutil.rmtree(path, ignore_errors=True)
        finally:
            os.close(fd)


class _Slot:
    """One worker process, the parent's end of its pipe, and the job it has."""

    ends: list = []  # every parent end still open, for workers forked later to close

    def __init__(self, ctx, scratch: str | None, ocr: OcrMode, memory_mb: int,
                 ocr_cache: str | None):
        self.conn, child = ctx.Pipe()
        inherited = [*_Slot.ends, self.conn]
        self.scratch = scratch
        self.proc = ctx.Process(target=_worker, daemon=True,
                                args=(child, inherited, os.getpid(), scratch, ocr, memory_mb,
                                      ocr_cache))
        self.proc.start()
        child.close()
        _Slot.ends.append(self.conn)
        self.job: ranges.Job | None = None
        self.started = 0.0
        self.deadline = 0.0
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
        if self.scratch:
            shutil.rmtree(self.scratch, ignore_errors=True)


def largest_first(tasks: Iterable[Task]) -> list[Task]:
    """Tasks in the order to hand them out: a long file started last would run alone at
    the end of a batch while the other workers idle; started first, small files fill in
    beside it."""
    return sorted(tasks, key=lambda t: -t.size)


def parse_many(tasks: Iterable[Task], workers: int = 0, ocr: OcrMode = OcrMode.AUTO,
               timeout: float = settings.FILE_TIMEOUT, memory_mb: int = settings.WORKER_MEMORY_MB,
               ocr_cache: Path | None = None,
               started: Callable[[Task], None] | None = None) -> Iterator[Done]:
    """Parse tasks in parallel, the largest files first; yields each as it finishes, in
    any order, and calls `started` with each task as a worker takes it (a progress line
    names it). With more than one worker, a long PDF is read in page ranges by all of
    them and parsed once from its pages (see ingest.ranges).

    Workers die with the importer (the kernel kills them when it dies, and they also
    see their pipe end), and each file's time budget is kept to a few hundredths of a
    second: the wait wakes at the nearest deadline.

    The workers are looked after by a thread of their own (see _beside): what the caller
    does with a file it is given (the importer indexes it) does not keep a worker that
    finishes meanwhile waiting for its next job.
    """
    todo = largest_first(tasks)
    if not todo:
        return
    limit = max(1, workers or (os.cpu_count() or 1))
    scratch = Scratch()
    try:
        pool = _Pool(limit, min(limit, len(todo)), scratch,
                     (ocr, memory_mb, str(ocr_cache) if ocr_cache else None), timeout)
        pool.jobs.extend(ranges.Whole(t, split=limit > 1) for t in todo)
        try:
            yield from _beside(pool, started)
        finally:
            _stop(pool.slots)
            pool.close()
    finally:
        scratch.close()


def _beside(pool: _Pool, started: Callable[[Task], None] | None) -> Iterator[Done]:
    """The pool's Dones, its loop run in a thread beside the caller's.

    The loop hands out jobs and reads answers; the caller's thread gets each file done,
    and each task a worker takes (`started` is called here, in order with the Dones).
    When the caller stops early (an error, an interrupt, a generator closed), the loop is
    stopped and its thread ended before the workers are (by parse_many)."""
    out: queue.SimpleQueue = queue.SimpleQueue()
    stop = threading.Event()

    def loop() -> None:
        try:
            for done in pool.run(lambda task: out.put((_BEGAN, task)), stop.is_set):
                out.put((_DONE, done))
        except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread
            out.put((_RAISED, exc))
        else:
            out.put((_END, None))

    thread = threading.Thread(target=loop, name="referat-workers", daemon=True)
    thread.start()
    try:
        while True:
            kind, value = out.get()
            if kind is _DONE:
                yield value
            elif kind is _BEGAN:
                if started:
                    started(value)
            elif kind is _RAISED:
                raise value
            else:
                return
    finally:
        stop.set()
        pool.wake()
        thread.join()


_BEGAN, _DONE, _RAISED, _END = "began", "done", "raised", "end"


class _Pool:
    """The worker processes, the jobs waiting for them, and the files being read in
    page ranges. `limit` workers at most: fewer start when there are fewer files, and
    more join when a long file is split."""

    def __init__(self, limit: int, start: int, scratch: Scratch, args: tuple, timeout: float):
        self.limit, self.scratch, self.args, self.timeout = limit, scratch, args, timeout
        self.ctx = mp.get_context("fork")
        self.slots = [self._new() for _ in range(start)]
        self.starts = start
        self.jobs: deque[ranges.Job] = deque()
        self.parts: dict[Task, ranges.Parts] = {}
        self.waker, self.alarm = os.pipe()  # a byte written wakes the loop's wait (stop)
        for fd in (self.waker, self.alarm):
            os.set_inheritable(fd, False)
            os.set_blocking(fd, False)

    def wake(self) -> None:
        """Wake the loop from its wait, to see that it is asked to stop."""
        try:
            os.write(self.alarm, b"!")
        except OSError:  # the pipe is full: it wakes anyway
            pass

    def close(self) -> None:
        os.close(self.waker)
        os.close(self.alarm)

    def _new(self) -> _Slot:
        return _Slot(self.ctx, self.scratch.folder(), *self.args)

    def run(self, started: Callable[[Task], None] | None,
            stop: Callable[[], bool] = lambda: False) -> Iterator[Done]:
        """Hand out jobs until every file is done (or `stop()` is true); yields each
        file's Done.

        The workers that answered get their next job before the files done are yielded."""
        while (self.jobs or any(s.job for s in self.slots)) and not stop():
            self._hand_out(started)
            busy = [s for s in self.slots if s.job]
            loading = [s for s in self.slots if not s.ready]
            ready = wait([s.conn for s in busy + loading] + [self.waker], timeout=_nap(busy))
            if self.waker in ready:
                continue  # asked to stop
            self._greet(loading, ready)
            done: list[Done] = []
            for s in busy:
                answer = _collect(s, ready, self.timeout, self.args[1])
                if answer is not None:
                    job = self._free(s, answer, ready)
                    done.extend(self._take(job, answer))
            self._hand_out(started)
            yield from done

    def _hand_out(self, started: Callable[[Task], None] | None) -> None:
        if self.jobs and not self.slots:  # every worker was lost while jobs remain
            self._grow()
        for s in self.slots:
            if s.job is None and s.ready and self.jobs:
                s.job, s.started = self.jobs.popleft(), time.monotonic()
                s.deadline = s.started + self._budget(s.job)
                s.conn.send(s.job)
                if started and isinstance(s.job, ranges.Whole):
                    started(s.job.task)

    def _budget(self, job: ranges.Job) -> float:
        """Seconds a job may take: a file's budget, less what its ranges already took."""
        parts = self.parts.get(job.task)
        return self.timeout - (parts.spent if parts else 0.0)

    def _greet(self, loading: list[_Slot], ready: list) -> None:
        for s in loading:
            if s.conn in ready and not s.greet():
                self._drop(s)
                self.starts += 1
                if self.starts > self.limit * START_ATTEMPTS:
                    raise WorkersCannotStart(
                        "parser processes die while loading; check free memory and "
                        "REFERAT_WORKER_MEMORY_MB, or reinstall referat")
                self.slots.append(self._new())

    def _free(self, s: _Slot, answer, ready: list) -> ranges.Job:
        """The slot's job, now answered; a worker that died or is still at work on a
        job out of time is killed (and replaced when there is work for another)."""
        job, s.job = s.job, None
        if isinstance(answer, Done) and answer.error and \
                (not s.proc.is_alive() or s.conn not in ready):
            self._drop(s)
            if self.jobs:
                self.slots.append(self._new())
        return job

    def _drop(self, s: _Slot) -> None:
        s.kill()
        self.slots.remove(s)

    def _take(self, job: ranges.Job, answer) -> Iterator[Done]:
        """What an answer means: a file done, a file to read in ranges, a range back."""
        if isinstance(answer, ranges.Split):
            todo = ranges.ranges(job.task, answer.pages, answer.size)
            self.parts[job.task] = ranges.Parts(job.task, len(todo))
            self.jobs.extendleft(reversed(todo))  # before the other files: they fill in
            self._grow()
            return
        if isinstance(job, ranges.Whole):
            yield answer
            return
        parts = self.parts.get(job.task)
        if parts is None:  # a range of a file that failed already
            return
        if isinstance(answer, ranges.Pages):
            if (joined := parts.add(answer)) is not None:
                self.jobs.appendleft(joined)
            return
        del self.parts[job.task]  # the file is parsed, or failed in one of its jobs
        self.jobs = deque(j for j in self.jobs if j.task != job.task)
        yield replace(answer, seconds=parts.spent + answer.seconds, parts=parts.count)

    def _grow(self) -> None:
        """More workers, up to the limit, when a split leaves jobs for them."""
        while len(self.slots) < self.limit:
            self.slots.append(self._new())
            self.starts += 1


_TICK = 0.25  # seconds between looks at the workers when no deadline is nearer


def _nap(busy: list[_Slot]) -> float:
    """How long to wait for an answer: until the nearest deadline, at most _TICK."""
    now = time.monotonic()
    nearest = min((s.deadline - now for s in busy), default=_TICK)
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


def _collect(s: _Slot, ready: list, timeout: float, memory_mb: int):
    """The worker's answer to its job, its failure when it died or ran out of time, or
    None while it is still at work."""
    task = s.job.task
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
    if time.monotonic() >= s.deadline:
        return timed_out(task, timeout, elapsed)
    return None


def timed_out(task: Task, timeout: float, elapsed: float) -> Done:
    """A task stopped at its time budget."""
    return failed(task, f"timed out after {timeout:.0f} s; split the file or raise --timeout",
                  elapsed, FailureKind.TIMED_OUT)
