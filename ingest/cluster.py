"""Parse many files on a Dask distributed cluster; yields the same Done records as the
local worker pool (ingest.batch), each as it completes.

Only the pure per-file work runs on the cluster: read, OCR, parse and CPR masking, so
a result is masked before it leaves its worker. The caller (the importer) stays the
single writer of catalog and index. Files travel to the workers as bytes, or as paths
when every worker sees the same file system (`shared_fs`).

At most as many files are in flight as the cluster has worker threads: a file's time
budget then counts from about when a worker takes it, and the bytes of a large batch
are never all held by the scheduler at once. A file whose worker dies is run again on
another by the scheduler (up to its `allowed-failures`), then reported as failed; one
over its budget is cancelled and reported as timed out, and the worker running it is
restarted by its nanny, since a thread cannot be killed (a worker without a nanny goes
on until its readers reach the same deadline).
"""
from __future__ import annotations

import logging
import tempfile
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from ingest import settings
from ingest.batch import Done, Task, failed, largest_first, parse_task, timed_out
from ingest.errors import ExitCode, ReferatError
from ingest.records import FailureKind, OcrMode
from ingest.privacy import safe_line

log = logging.getLogger(__name__)

CONNECT_SECONDS = 10.0  # how long to try to reach the scheduler before saying so
NO_WORKERS_SECONDS = 120.0  # how long a cluster may have no workers before the run stops
RESTART_SECONDS = 60.0  # how long a nanny may take to bring a worker back (imports spaCy)
_TICK = 0.25  # seconds between looks at the cluster when no deadline is nearer


class ClusterError(ReferatError):
    """The cluster cannot be used (not installed, not reached, no workers)."""

    exit_code = ExitCode.BUSY  # like a held archive: try again when it is up


@dataclass(frozen=True, slots=True)
class Cluster:
    """Where the Dask scheduler listens, and whether workers open files by path."""

    address: str
    shared_fs: bool = False


def parse_remote(task: Task, data: bytes | None, ocr: OcrMode, timeout: float
                 ) -> tuple[Done, str]:
    """On a worker: parse one file from its bytes (or, with data None, from its path);
    returns the Done and the worker's address.

    The file's copy and its OCR's temporary files (page images, tesseract's output) go
    to a folder of its own (ingest.batch.Scratch), removed when it is done. A worker
    killed mid-file (over its time budget, or lost) leaves its folder; the next file
    parsed on that machine removes it."""
    from distributed import get_worker

    from ingest.batch import Scratch
    from ingest.ocr import temporary_folder

    where = get_worker().address
    scratch = Scratch()
    try:
        with temporary_folder(scratch.path):
            if data is None:
                return parse_task(task, ocr, 0, None, timeout), where
            with tempfile.TemporaryDirectory(prefix="referat-", dir=scratch.path) as tmp:
                local = Path(tmp) / Path(task.path).name  # same name: same suffix, messages
                local.write_bytes(data)
                done = parse_task(replace(task, path=str(local)), ocr, 0, None, timeout)
            return replace(done, task=task), where
    finally:
        scratch.close()


def parse_on_cluster(tasks: Iterable[Task], cluster: Cluster, ocr: OcrMode = OcrMode.AUTO,
                     timeout: float = settings.FILE_TIMEOUT) -> Iterator[Done]:
    """Parse tasks on the cluster, the largest files first; yields each as it completes,
    in any order."""
    queue = deque(largest_first(tasks))  # as the local pool does
    if not queue:
        return
    client = _connect(cluster.address)
    try:
        yield from _drive(client, queue, cluster.shared_fs, ocr, timeout)
    except OSError as exc:  # distributed's CommClosedError is one
        raise ClusterError(f"lost the Dask scheduler at {safe_line(cluster.address)} "
                           f"({safe_line(str(exc))}); {len(queue)} file(s) not sent; run the "
                           "import again when it is back (it resumes)") from None
    finally:
        client.close()


def _connect(address: str):
    """A client of the scheduler at address, or one actionable line why not."""
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("importing on a cluster needs Dask's 'distributed' package: "
                           "pip install 'referat[cluster]'") from None
    try:
        return Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {safe_line(address)} "
                           f"({safe_line(str(exc))}); start it with 'dask scheduler' and "
                           "pass its address, e.g. tcp://host:8786") from None


@dataclass(frozen=True, slots=True)
class _Flight:
    """A submitted file and when its budget ends."""

    task: Task
    deadline: float


def _drive(client, queue: deque[Task], shared_fs: bool, ocr: OcrMode, timeout: float
           ) -> Iterator[Done]:
    flying: dict = {}
    idle_since = time.monotonic()
    while queue or flying:
        room = _threads(client) - len(flying)
        idle_since = time.monotonic() if room > 0 or flying else idle_since
        if not flying and time.monotonic() - idle_since > NO_WORKERS_SECONDS:
            raise ClusterError(f"the cluster has had no workers for {NO_WORKERS_SECONDS:.0f} "
                               f"s; {len(queue)} file(s) not parsed: start 'dask worker' "
                               "processes and run the import again (it resumes)")
        yield from _send(client, queue, flying, room, shared_fs, ocr, timeout)
        _await(client, flying)
        yield from _landed(client, flying, timeout)


def _send(client, queue: deque[Task], flying: dict, room: int, shared_fs: bool, ocr: OcrMode,
          timeout: float) -> Iterator[Done]:
    """Submit up to `room` files; yields those that cannot even be read here."""
    while room > 0 and queue:
        task = queue.popleft()
        try:
            sent, data = _payload(task, shared_fs)
        except OSError as exc:  # gone or unreadable since it was hashed
            yield failed(task, safe_line(f"cannot read the file: {exc.strerror or exc}"), 0.0)
            continue
        future = client.submit(parse_remote, sent, data, ocr, timeout, pure=False)
        flying[future] = _Flight(task, time.monotonic() + timeout)
        room -= 1


def _await(client, flying: dict) -> None:
    """Wait until a file completes or the nearest deadline, at most _TICK."""
    from distributed import wait

    if not flying:
        time.sleep(_TICK)  # no worker yet: look again
        return
    try:
        with client.as_current():  # wait() uses the current client
            wait(list(flying), timeout=_nap(flying.values()), return_when="FIRST_COMPLETED")
    except TimeoutError:
        pass


def _threads(client) -> int:
    """How many files the cluster can work on at once now."""
    return sum(client.nthreads().values())


def _payload(task: Task, shared_fs: bool) -> tuple[Task, bytes | None]:
    """What a worker gets: the file's absolute path when workers share the file system,
    else its bytes (carried in the task, so a worker's death does not lose them)."""
    if shared_fs:
        return replace(task, path=str(Path(task.path).absolute())), None
    return task, Path(task.path).read_bytes()


def _nap(flights: Iterable[_Flight]) -> float:
    """How long to wait for a result: until the nearest deadline, at most _TICK."""
    nearest = min(f.deadline for f in flights) - time.monotonic()
    return max(0.01, min(_TICK, nearest))


def _landed(client, flying: dict, timeout: float) -> Iterator[Done]:
    """The files that finished, failed or ran out of time; each leaves `flying`."""
    now = time.monotonic()
    for future in list(flying):
        flight = flying[future]
        if future.done():
            del flying[future]
            yield _outcome(future, flight.task)
        elif now >= flight.deadline:
            del flying[future]
            worker = _stop(client, future)
            log.warning("%s: timed out on the cluster (worker %s); cancelled",
                        flight.task.shown, worker)
            yield replace(timed_out(flight.task, timeout, timeout), worker=worker)


def _stop(client, future) -> str | None:
    """Cancel an overdue file and have the nanny of the worker running it restart that
    worker: a thread cannot be stopped, and a parser that hangs would hold the worker.
    (A worker without a nanny keeps going until its readers reach the deadline.)
    Returns that worker's address (None: it had not started)."""
    running = [w for w, keys in client.processing().items() if future.key in keys]
    future.cancel()
    if not running:
        return None
    try:
        client.restart_workers(running, timeout=RESTART_SECONDS, raise_for_error=False)
    except Exception as exc:  # noqa: BLE001 - e.g. no nanny: the deadline still holds
        log.warning("could not restart worker %s: %s", running[0], safe_line(str(exc)))
    return running[0]


def _outcome(future, task: Task) -> Done:
    """A finished future as the Done of its original task (not the worker's copy),
    naming the worker that parsed it or that died with it."""
    if future.status == "finished":
        done, worker = future.result()
        if done.error:
            log.warning("%s failed on worker %s: %s", task.shown, worker, done.error)
        return replace(done, task=task, worker=worker)
    try:
        error = future.exception(timeout=CONNECT_SECONDS)
    except Exception as exc:  # noqa: BLE001 - e.g. cancelled by the scheduler
        error = exc
    worker, line = _lost(error)
    log.warning("%s: %s (worker %s)", task.shown, line, worker)
    return failed(task, line, 0.0, FailureKind.DIED, worker)


def _lost(error: BaseException) -> tuple[str | None, str]:
    """The last worker and the error line of a file whose workers died under it."""
    from distributed.scheduler import KilledWorker

    again = "'referat ingest --retry-failed' tries it again"
    if isinstance(error, KilledWorker):
        return error.last_worker.address, (
            f"its worker died {error.allowed_failures + 1} times while parsing it (a crash "
            f"of a reader, or over the worker's --memory-limit); {again}")
    return None, safe_line(f"the cluster could not parse it ({type(error).__name__}: "
                           f"{error}); its worker died or was lost; {again}")
