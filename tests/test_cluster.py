"""Import through a real Dask cluster on this machine: a `dask scheduler` and two
`dask worker` processes (one thread each) on free loopback ports, ended in teardown.
The archive must come out exactly as a local import of the same files makes it."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from distributed import Client
from typer.testing import CliRunner

from ingest import cluster as cluster_mod
from ingest.batch import SCRATCH_PREFIX, Task
from ingest.cluster import Cluster, parse_on_cluster, parse_remote
from ingest.records import OcrMode
from search import render
from search.cli import app
from search.importer import Parsed, archive_paths, run_import
from tests.conftest import needs_tesseract
from tests.test_ingest import catalog_rows, ids, write_meetings
from tests.test_robustness import _scan, _tesseracts, _wait_for

DASK = Path(sys.executable).with_name("dask")
START_SECONDS = 120  # a worker imports spaCy and Dask; a loaded 2-core CI machine is slow
QUERIES = ("beslutning", "folketinget", "udvalget", "borger", "indstilling")
CPR = "150385-1234"
# One xdist worker runs this module: the cluster is started once, and its kill tests never
# race another worker's import for the two cores.
pytestmark = pytest.mark.xdist_group("dask")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class DaskCluster:
    """A scheduler and its workers, each a process group of its own (the nanny and the
    worker it runs), so that one kill ends the whole of a worker."""

    home: Path
    address: str = ""
    procs: dict[str, subprocess.Popen] = field(default_factory=dict)
    client: Client | None = None

    def start(self, *args: str, name: str) -> subprocess.Popen:
        log = (self.home / f"{name}.log").open("w")
        # No OCR cached; temporary files in a folder the tests can look into.
        (self.home / "tmp").mkdir(exist_ok=True)
        env = {**os.environ, "REFERAT_CACHE": str(self.home / "cache"),
               "TMPDIR": str(self.home / "tmp")}
        return subprocess.Popen([str(DASK), *args, "--no-dashboard"], stdout=log, stderr=log,
                                stdin=subprocess.DEVNULL, start_new_session=True,
                                cwd=self.home, env=env)

    def start_scheduler(self) -> None:
        port = free_port()
        self.address = f"tcp://127.0.0.1:{port}"
        self.procs["scheduler"] = self.start("scheduler", "--host", "127.0.0.1", "--port",
                                             str(port), name="scheduler")
        self.client = Client(self.address, timeout=START_SECONDS, set_as_default=False)

    def start_worker(self) -> str:
        port = free_port()
        address = f"tcp://127.0.0.1:{port}"
        self.procs[address] = self.start(
            "worker", self.address, "--nthreads", "1", "--host", "127.0.0.1",
            "--worker-port", str(port), "--local-directory", str(self.home / str(port)),
            name=f"worker-{port}")
        self.client.wait_for_workers(len(self.procs) - 1, timeout=START_SECONDS)
        return address

    def kill(self, name: str) -> None:
        proc = self.procs.pop(name)
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(10)

    def busy_worker(self) -> str | None:
        """A worker that is parsing a file now."""
        return next((w for w, keys in self.client.processing().items() if keys), None)

    def stop(self) -> None:
        """Every process ended, whatever closing the client does (no orphans)."""
        try:
            if self.client is not None:
                self.client.close(timeout=START_SECONDS)
        finally:
            for name in [n for n in self.procs if n != "scheduler"] + ["scheduler"]:
                if name in self.procs:
                    try:
                        self.kill(name)
                    except subprocess.TimeoutExpired:
                        pass  # SIGKILL sent to its group; the kernel finishes it


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory):
    cluster = DaskCluster(tmp_path_factory.mktemp("dask"))
    try:
        cluster.start_scheduler()
        cluster.start_worker()
        cluster.start_worker()
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="module")
def files(tmp_path_factory, dev) -> Path:
    """A few PDFs and texts of the dev corpus, an export, a broken PDF and a text with a
    CPR number."""
    folder = tmp_path_factory.mktemp("files") / "in"
    folder.mkdir()
    punkter = sorted((dev / "ballerup-edoc-2012" / "punkter").glob("*.pdf"))[:4]
    texts = sorted((dev / "folketinget-forhandlinger-text").glob("*.txt"))[:1]
    transcriptions = sorted((dev / "aarhus-stadsarkiv-sogneraad-1940-1945" /
                             "transcriptions").glob("*.txt"))[:1]
    export = [dev / "sbsys-publications" / "ballerup-2013" / "Publication32.xml"]
    for src in punkter + texts + transcriptions + export:
        shutil.copy(src, folder / src.name)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog")
    (folder / "klage.txt").write_text(
        "Referat\n\nSocialudvalget\nMødedato: 3. marts 2021\n\n1. Klage over afgørelse\n\n"
        f"Sagsfremstilling\nBorgeren (cpr.nr. {CPR}) klager over afgørelsen.\n\n"
        "Beslutning\nGodkendt.\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def local(files, tmp_path_factory) -> tuple[Path, dict]:
    index = tmp_path_factory.mktemp("local") / "index"
    return index, run_import([str(files)], index, workers=2).to_dict()


def same_archive(index: Path, summary: dict, local: tuple[Path, dict]) -> None:
    local_index, local_summary = local
    assert catalog_rows(index) == catalog_rows(local_index)
    for query in QUERIES:
        assert ids(index, query) == ids(local_index, query), query
    assert failures(summary) == failures(local_summary)
    assert all(f["worker"].startswith("tcp://") for f in summary["failed"])


def failures(summary: dict) -> list[tuple[str, str]]:
    """The failed files and why, without where (a local import names no worker)."""
    return sorted((str(f["path"]), f["error"]) for f in summary["failed"])
    assert summary["ingested"] == local_summary["ingested"]


def test_a_local_import_of_the_files_finds_them(local):
    index, summary = local
    assert summary["ingested"] == 8 and len(summary["failed"]) == 1
    assert summary["cpr_masked"] >= 1
    assert all(ids(index, q) for q in QUERIES)


def test_cluster_import_with_files_sent_as_bytes_equals_a_local_import(
        dask_cluster, files, local, tmp_path):
    index = tmp_path / "index"
    summary = run_import([str(files)], index, cluster=Cluster(dask_cluster.address))
    same_archive(index, summary.to_dict(), local)
    assert CPR.encode() not in archive_paths(index)[0].read_bytes()


def test_a_worker_parses_a_file_it_cannot_see_from_its_bytes(dask_cluster, files):
    pdf = sorted(files.glob("punkt-*.pdf"))[0]
    data = pdf.read_bytes()
    task = Task(f"/nowhere/on/the/worker/{pdf.name}", hashlib.sha256(data).hexdigest(),
                len(data), shown="/archive/punkt.pdf")
    future = dask_cluster.client.submit(parse_remote, task, data, "auto", 300.0, pure=False)
    done, worker = future.result(timeout=300)
    assert done.error is None and done.task == task
    assert done.result.source.path == "/archive/punkt.pdf"
    assert worker in dask_cluster.procs


def test_cluster_import_on_a_shared_file_system_equals_a_local_import(
        dask_cluster, files, local, tmp_path):
    index = tmp_path / "index"
    summary = run_import([str(files)], index, cluster=Cluster(dask_cluster.address, True))
    same_archive(index, summary.to_dict(), local)


def test_cluster_import_is_idempotent(dask_cluster, files, tmp_path):
    index = tmp_path / "index"
    run_import([str(files)], index, cluster=Cluster(dask_cluster.address))
    before = catalog_rows(index)
    again = run_import([str(files)], index, cluster=Cluster(dask_cluster.address))
    assert again.ingested == 0 and again.unchanged == again.files == 9
    assert catalog_rows(index) == before


@needs_tesseract
def test_a_file_over_its_time_budget_is_cancelled_and_recorded_as_timed_out(
        dask_cluster, dev, tmp_path):
    scan = dev / "aarhus-stadsarkiv-sogneraad-1940-1945" / \
        "elev-sogneraad_forhandlingsprotokol_1941_SCANNET-haandskrift.pdf"
    folder = tmp_path / "scan"
    folder.mkdir()
    shutil.copy(scan, folder / scan.name)
    index = tmp_path / "index"
    before = dask_cluster.client.run(os.getpid)
    summary = run_import([str(folder)], index, cluster=Cluster(dask_cluster.address),
                         ocr="always", timeout=1.0)
    assert [f["error"] for f in summary.failed] == [
        "timed out after 1 s; split the file or raise --timeout"]
    db = sqlite3.connect(archive_paths(index)[0])
    assert db.execute("SELECT status FROM paths").fetchall() == [("failed",)]
    db.close()
    # The worker that was still reading it was restarted: it does not hold a thread.
    dask_cluster.client.wait_for_workers(2, timeout=START_SECONDS)
    after = dask_cluster.client.run(os.getpid)
    assert sorted(after) == sorted(before)
    assert [w for w in before if after[w] != before[w]] == [summary.failed[0]["worker"]]


def _temporary_files(tmp: Path, seen: set[str], stop: threading.Event) -> None:
    """Collect the OCR temporary files that appear under tmp until stop is set."""
    while not stop.is_set():
        try:
            seen.update(str(p.relative_to(tmp)) for p in tmp.rglob("tess_*"))
        except OSError:  # a folder removed while it was listed
            pass
        time.sleep(0.02)


def _ours(tmp: Path) -> list[str]:
    """What OCR and the per-file folders left under tmp."""
    try:
        return sorted(str(p.relative_to(tmp)) for p in tmp.rglob("*")
                      if p.name.startswith(("tess_", SCRATCH_PREFIX)))
    except OSError:  # a folder removed while it was listed: look again
        return _ours(tmp)


@needs_tesseract
def test_ocr_on_a_worker_keeps_its_temporary_files_in_a_folder_of_the_file(
        dask_cluster, tmp_path):
    scan = _scan(tmp_path / "skannet.pdf", 2)
    tmp = dask_cluster.home / "tmp"
    seen: set[str] = set()
    stop = threading.Event()
    watcher = threading.Thread(target=_temporary_files, args=(tmp, seen, stop), daemon=True)
    watcher.start()
    try:
        [done] = parse_on_cluster([Task(str(scan), "", scan.stat().st_size)],
                                  Cluster(dask_cluster.address), ocr=OcrMode.ALWAYS)
    finally:
        stop.set()
        watcher.join(5)
    assert done.result is not None and "vejbelysning" in json.dumps(done.result.to_dict())
    assert seen, "tesseract wrote no temporary file"
    # Each in the file's own folder, none loose in the worker's temporary folder.
    assert all(Path(name).parts[0].startswith(SCRATCH_PREFIX) for name in seen), seen
    assert _ours(tmp) == []


@needs_tesseract
def test_a_worker_killed_mid_ocr_leaves_files_the_next_file_parsed_removes(
        dask_cluster, tmp_path):
    shutil.rmtree(dask_cluster.home / "cache", ignore_errors=True)  # OCR the pages again
    scan = _scan(tmp_path / "skannet.pdf", 2)
    tmp = dask_cluster.home / "tmp"
    left: list[str] = []

    def kill_mid_ocr():  # as a lost machine or the nanny restarting a worker would
        [tesseract] = _wait_for(lambda: _tesseracts(tmp))
        group = os.getpgid(tesseract)  # the worker's: its nanny's session
        dask_cluster.kill(next(n for n, p in dask_cluster.procs.items() if p.pid == group))
        left.extend(_ours(tmp))

    killer = threading.Thread(target=kill_mid_ocr, daemon=True)
    killer.start()
    try:
        [done] = parse_on_cluster([Task(str(scan), "", scan.stat().st_size)],
                                  Cluster(dask_cluster.address), ocr=OcrMode.ALWAYS)
    finally:
        killer.join(60)
        dask_cluster.start_worker()  # two again, for any test after this one
    assert any("tess_" in name for name in left), left  # OCR was under way when killed
    assert done.result is not None  # parsed again by the other worker
    text = tmp_path / "klage.txt"
    text.write_text("Referat\n\nSocialudvalget\nMødedato: 3. marts 2021\n\n1. Klage\n\n"
                    "Beslutning\nGodkendt.\n", encoding="utf-8")
    [again] = parse_on_cluster([Task(str(text), "", text.stat().st_size)],
                               Cluster(dask_cluster.address))
    assert again.result is not None
    assert _ours(tmp) == []


def test_the_cli_takes_the_cluster_from_the_environment(dask_cluster, files, local, tmp_path):
    index = tmp_path / "index"
    env = {**os.environ, "REFERAT_CLUSTER": dask_cluster.address}
    r = subprocess.run([sys.executable, "-m", "search", "ingest", str(files), "--index",
                        str(index), "--format", "json"], env=env, capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == 4, r.stderr  # broken.pdf failed, and is named
    assert "broken.pdf failed on worker tcp://127.0.0.1:" in r.stderr
    [failed] = json.loads(r.stdout)["failed"]
    assert failed["worker"] in dask_cluster.procs  # the end summary names it too
    assert catalog_rows(index) == catalog_rows(local[0])


def test_the_end_summary_names_the_worker_a_file_failed_on():
    summary = {"files": 2, "ingested": 1, "unchanged": 0, "skipped": [], "pruned": 0,
               "documents": 1, "items": 1, "pages": 1, "cpr_masked": 0, "seconds": 1.0,
               "failed": [{"path": "a.pdf", "error": "empty file", "worker": "tcp://b:4001"},
                          {"path": "c.pdf", "error": "empty file"}]}
    lines = render.ingest_summary(summary).splitlines()
    assert lines[1:] == ["  failed  a.pdf (worker tcp://b:4001): empty file",
                         "  failed  c.pdf: empty file"]


def referat(*args, env: dict | None = None):
    """`referat` in this process (a usage error or an unreachable scheduler needs no
    process of its own); env values of None unset a variable."""
    return CliRunner().invoke(app, [str(a) for a in args], env=env)


def test_an_unreachable_scheduler_is_one_line_and_exit_3(files, tmp_path, monkeypatch):
    # Nothing listens on the port: a second of trying says what ten seconds would.
    monkeypatch.setattr(cluster_mod, "CONNECT_SECONDS", 1.0)
    r = referat("ingest", files, "--index", tmp_path / "index", "--cluster",
                f"tcp://127.0.0.1:{free_port()}")
    assert r.exit_code == 3, (r.stderr, r.exception)
    assert r.stderr.startswith("referat: error: cannot reach the Dask scheduler at tcp://")
    assert "Traceback" not in r.stderr and len(r.stderr.splitlines()) == 1


def test_shared_fs_without_a_cluster_is_refused(files, tmp_path):
    r = referat("ingest", files, "--index", tmp_path / "index", "--shared-fs",
                env={"REFERAT_CLUSTER": None})
    assert r.exit_code == 2 and "--shared-fs needs --cluster" in r.stderr


def test_kill_9_of_the_importer_then_a_rerun_equals_a_local_import(dask_cluster, tmp_path):
    folder = tmp_path / "arkiv"
    write_meetings(folder, 40)
    killed, clean = tmp_path / "killed", tmp_path / "clean"
    env = {**os.environ, "REFERAT_BATCH_FILES": "3", "REFERAT_CLUSTER": dask_cluster.address}
    proc = subprocess.Popen([sys.executable, "-m", "search", "ingest", str(folder), "--index",
                             str(killed)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    catalog = archive_paths(killed)[0]
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and files_cataloged(catalog) < 3:
        time.sleep(0.05)
    assert proc.poll() is None, "the import ended before it could be killed"
    proc.kill()
    proc.wait()
    assert 0 < files_cataloged(catalog) < 40
    rerun = run_import([str(folder)], killed, cluster=Cluster(dask_cluster.address))
    assert rerun.ingested + rerun.unchanged == 40 and not rerun.failed
    run_import([str(folder)], clean, workers=2)
    assert catalog_rows(killed) == catalog_rows(clean)
    for query in ("vejprojekt", "cykelsti", "beslutning:postponed"):
        assert ids(killed, query) == ids(clean, query)


def files_cataloged(catalog: Path) -> int:
    if not catalog.exists():
        return 0
    db = sqlite3.connect(catalog)
    try:
        return db.execute("SELECT COUNT(*) FROM files").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet, or being written
        return 0
    finally:
        db.close()


def test_killing_a_worker_mid_run_still_completes_the_import(
        dask_cluster, files, local, tmp_path):
    killed: list[str] = []

    def progress(event) -> None:
        if isinstance(event, Parsed) and not killed:
            worker = dask_cluster.busy_worker()
            if worker:
                dask_cluster.kill(worker)
                killed.append(worker)

    index = tmp_path / "index"
    try:
        summary = run_import([str(files)], index, cluster=Cluster(dask_cluster.address),
                             progress=progress)
    finally:
        dask_cluster.start_worker()  # two again, for any test after this one
    assert killed, "no worker was parsing a file after the first result"
    same_archive(index, summary.to_dict(), local)

