"""Hostile input: text sniffing, pathological sizes, broken PDFs, odd files."""
from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from ingest.errors import CorruptDocument, IngestError
from ingest.pipeline import parse_file
from ingest.privacy import mask_path
from ingest.textfile import decode
from tests import hostile
from tests.conftest import REPO, needs_tesseract

DANISH = "Referat fra mødet i Teknisk Udvalg. Økonomi på Ålborgvej, § 17 »godkendt«.\n" * 4


@contextmanager
def bounded(seconds: int):
    """Stop a runaway (e.g. quadratic) computation: an error, not a hung suite. The
    bound is many times what the linear work takes; it is not a speed assertion."""
    def stop(signum, frame):
        raise TimeoutError(f"still running after {seconds} s")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.mark.parametrize("encoding, named", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"),
    ("utf-32", "utf-32"), ("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be"),
    ("cp1252", "cp1252"), ("cp850", "cp850"), ("mac_roman", "mac_roman"),
])
def test_text_is_decoded_in_the_encoding_it_was_written_in(encoding, named):
    text = DANISH + ("1½ mio. € – x\n" if encoding == "cp1252" else "")
    got, used = decode(text.encode(encoding))
    assert (got, used) == (text, named)


@pytest.mark.parametrize("data", [
    random.Random(7).randbytes(300_000),
    bytes(range(256)) * 50,
    b"\x00" * 5000 + b"Referat",
    b"Referat\n" + b"\x01\x02\x03\x04\x05\x06" * 200,
])
def test_binary_data_under_a_text_name_is_refused(data):
    with pytest.raises(CorruptDocument, match="not text: .* binary data under a text name"):
        decode(data)


def test_a_long_s_reads_as_s(tmp_path):
    f = tmp_path / "sogneraad.txt"
    f.write_text("Referat\n\nSogneraadet\nMødedato: 3. ſeptember 1941 kl. 16.00\n\n"
                 "1. Vejbelyſning\n\nBeslutning\nGodkendt.\n", encoding="utf-8")
    doc = parse_file(f).documents[0]
    assert doc.date == "1941-09-03" and doc.items[0].title == "Vejbelysning"


@pytest.mark.parametrize("name, text", [
    ("titles.html", "<html>" + "<title>" * 20_000),
    ("open-title.html", "<html><title" + " x" * 60_000),
    ("nested.html", "<div>" * 20_000 + "Referat" + "</div>" * 20_000),
    ("one-line.txt", "Referat " + "a" * 120_000),
    ("digits.txt", "1" * 120_000),
    ("cpr-like.txt", "0101011234 " * 12_000),
    ("dashes.txt", "010101-" * 17_000),
    ("items.txt", "1. \n" * 30_000),
    ("spaces.txt", "Referat\n" + " " * 120_000 + "x\n"),
])
def test_page_sized_pathological_input_is_read_in_bounded_time(tmp_path, name, text):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    with bounded(60):
        try:
            parse_file(f, ocr="never")
        except IngestError:
            pass  # a clear refusal is fine; a hang is not


# -- worker lifecycle ---------------------------------------------------------------
def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat[stat.rindex(")") + 2:].split()[1]) == pid:
                out.append(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        stat = (Path("/proc") / str(pid) / "stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2] != "Z"


def _group(pgid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2:].split()
            if int(fields[2]) == pgid and fields[0] != "Z":
                out.append(int(entry.name))
    return out


def _start_import(tmp_path, folder, *extra, env=None):
    return subprocess.Popen(
        [sys.executable, "-m", "search", "ingest", str(folder), "--index",
         str(tmp_path / "ix"), "--workers", "2", *extra], cwd=REPO, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def _wait_for(predicate, seconds: float = 120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        got = predicate()
        if got:
            return got
        time.sleep(0.05)
    raise AssertionError("the condition never held")


# How long the children of a killed importer may take to notice and exit: they were
# given 2 s, slept out whole; polling returns as soon as they are gone.
ORPHAN_SECONDS = 2.0


def _gone_within(seconds: float, alive) -> None:
    """Assert that alive() (the processes still running) is empty within seconds."""
    deadline = time.monotonic() + seconds
    while (left := alive()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert left == []


def test_workers_die_with_an_importer_killed_by_sigkill(tmp_path):
    from tests.test_ingest import write_meetings

    write_meetings(tmp_path / "arkiv", 200)
    proc = _start_import(tmp_path, tmp_path / "arkiv")
    try:
        workers = _wait_for(lambda: len(_children(proc.pid)) == 2 and _children(proc.pid))
        family = {proc.pid, *workers} | {p for w in workers for p in _group(w)}
        os.kill(proc.pid, signal.SIGKILL)  # the importer alone: not its group
        proc.wait()
        _gone_within(ORPHAN_SECONDS, lambda: [p for p in family if _alive(p)]
                     + [p for w in workers for p in _group(w)])
    finally:
        if proc.poll() is None:
            proc.kill()


def _scan(path: Path, pages: int) -> Path:
    """A PDF of pictures of text only: every page goes to tesseract."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    from PIL import Image, ImageDraw

    page = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(page)
    for k in range(40):
        draw.text((100, 100 + 38 * k), f"Referat af mødet linje {k} om vejbelysning", fill=0)
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path))
    for _ in range(pages):
        c.drawImage(ImageReader(page), 0, 0, 595, 842)
        c.showPage()
    c.save()
    return path


def _cmdline(pid: int) -> str:
    try:
        return (Path("/proc") / str(pid) / "cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return ""


def _parent(pid: int) -> int:
    stat = (Path("/proc") / str(pid) / "stat").read_text()
    return int(stat[stat.rindex(")") + 2:].split()[1])


def _tesseracts(under: Path) -> list[int]:
    """The tesseract processes reading an image in the folder `under`."""
    return [int(e.name) for e in Path("/proc").iterdir() if e.name.isdigit()
            and "tesseract" in (line := _cmdline(int(e.name))) and str(under) in line]


def _left(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@needs_tesseract
def test_tesseract_dies_with_its_worker_and_the_next_import_removes_its_files(
        tmp_path, monkeypatch):
    import tempfile

    from search.importer import run_import
    from tests.test_ingest import write_meetings

    scan = _scan(tmp_path / "scan" / "skannet.pdf", 40)
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))  # this process's imports
    proc = _start_import(tmp_path, scan.parent, "--ocr", "always",
                         env={**os.environ, "TMPDIR": str(tmp)})
    try:
        def ocr_running():
            return [p for w in _children(proc.pid) for p in _group(w)
                    if "tesseract" in _cmdline(p)]
        _wait_for(lambda: _tesseracts(tmp))  # reading a page, not listing its languages
        running = _left(tmp)
        assert any(Path(name).name.startswith("tess_") for name in running)
        # another import meanwhile leaves the running import's temporary folder alone
        write_meetings(tmp_path / "tekst", 1)
        run_import([str(tmp_path / "tekst")], tmp_path / "ix2", workers=1)
        assert proc.poll() is None
        assert all((tmp / name).exists() for name in running if "/" not in name)
        tess = _wait_for(ocr_running)
        workers = _children(proc.pid)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        _gone_within(ORPHAN_SECONDS, lambda: [p for p in [*tess, *workers] if _alive(p)])
    finally:
        if proc.poll() is None:
            proc.kill()
    assert _left(tmp)  # a killed importer cannot clear up; the next import does
    write_meetings(tmp_path / "tekst", 1, start=1)
    run_import([str(tmp_path / "tekst")], tmp_path / "ix2", workers=1)
    assert _left(tmp) == []


@needs_tesseract
def test_a_worker_killed_mid_ocr_leaves_no_temporary_files(tmp_path, monkeypatch):
    import tempfile
    import threading

    from ingest.batch import Task, parse_many
    from ingest.records import FailureKind, OcrMode
    from tests.test_ingest import write_meetings

    scan = _scan(tmp_path / "arkiv" / "skannet.pdf", 2)
    [text] = write_meetings(tmp_path / "arkiv", 1)
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))  # inherited by the forked workers
    seen: list[str] = []

    def kill_the_worker_mid_ocr():  # as the memory guard or a timeout would
        tess = _wait_for(lambda: _tesseracts(tmp))
        seen.extend(_left(tmp))
        os.kill(_parent(tess[0]), signal.SIGKILL)

    killer = threading.Thread(target=kill_the_worker_mid_ocr, daemon=True)
    killer.start()
    tasks = [Task(str(f), "", f.stat().st_size) for f in (scan, text)]
    done = {Path(d.task.path).name: d for d in parse_many(
        tasks, workers=1, ocr=OcrMode.ALWAYS, ocr_cache=tmp_path / "cache")}
    killer.join(5)
    assert any(Path(name).name.startswith("tess_") for name in seen)  # OCR was under way
    assert done["skannet.pdf"].failure.kind is FailureKind.DIED
    assert done[text.name].result is not None  # the batch went on with a new worker
    assert _left(tmp) == []


def test_an_import_without_a_writable_temporary_folder_still_parses(tmp_path, monkeypatch):
    import tempfile

    from ingest.batch import Task, parse_many
    from tests.test_ingest import write_meetings

    [text] = write_meetings(tmp_path / "arkiv", 1)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "gone"))  # no such folder
    [done] = parse_many([Task(str(text), "", text.stat().st_size)], workers=1)
    assert done.error is None and done.result.documents


# -- crash-safe reindex --------------------------------------------------------------
@pytest.fixture(scope="module")
def meetings_archive(tmp_path_factory):
    from search.importer import run_import
    from tests.test_ingest import write_meetings

    root = tmp_path_factory.mktemp("reindex")
    write_meetings(root / "arkiv", 150)
    run_import([str(root / "arkiv")], root / "ix", workers=2)
    return root / "ix"


def _ids(index, query="vejbelysning"):
    from search.searcher import search
    return sorted(h.id for h in search(index, query, limit=1000).hits)


def test_searches_during_a_reindex_see_the_old_index(meetings_archive):
    before = _ids(meetings_archive)
    proc = subprocess.Popen([sys.executable, "-m", "search", "reindex", "--index",
                             str(meetings_archive)], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    seen = []
    while proc.poll() is None:
        seen.append(_ids(meetings_archive))
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    assert len(before) == 150 and seen and all(s == before for s in seen)
    assert _ids(meetings_archive) == before


def test_kill_9_during_reindex_leaves_searches_answering_as_before(meetings_archive):
    from index.store import _generation_of, current_name
    from search.importer import run_import

    before = {q: _ids(meetings_archive, q) for q in ("vejbelysning", "beslutning:postponed")}
    proc = subprocess.Popen([sys.executable, "-m", "search", "reindex", "--index",
                             str(meetings_archive)], cwd=REPO, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _wait_for(lambda: any(f.name.startswith(("referat-", "_referat-"))
                          for f in meetings_archive.iterdir()))
    proc.kill()
    assert proc.wait() == -signal.SIGKILL  # killed while building, not after
    assert {q: _ids(meetings_archive, q) for q in before} == before
    run_import([], meetings_archive)  # the next writer clears the abandoned files
    in_use = current_name(meetings_archive)
    assert {_generation_of(f.name) for f in meetings_archive.iterdir()} - {None} == {in_use}
    assert {q: _ids(meetings_archive, q) for q in before} == before


# A program that opens a writer with two writing processes, hands one of them a batch
# and waits: the process has done its batch and waits for the next one.
_WAITING_WRITER = """
import sys, time
from pathlib import Path
from index.store import open_index, writer
w = writer(open_index(Path(sys.argv[1]), create=True), procs=2)
w.add_document(id="1", kind="referat")
w._enqueue()
print("ready", flush=True)
time.sleep(600)
"""


def test_writing_processes_die_with_a_reindex_or_import_killed_by_sigkill(tmp_path):
    """Whoosh's writing processes waited on their job queue forever once the reindex
    that started them was killed (seen as a process outliving the test suite)."""
    proc = subprocess.Popen([sys.executable, "-c", _WAITING_WRITER, str(tmp_path / "ix")],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        writers = _wait_for(lambda: _children(proc.pid))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        _gone_within(ORPHAN_SECONDS, lambda: [p for p in writers if _alive(p)])
    finally:
        if proc.poll() is None:
            proc.kill()


# -- the hostile corpus ----------------------------------------------------------------
def _without_root_file_access() -> list[str]:
    """A command prefix that runs without root's power to read any file, so locked
    files fail as they would for a user; [] when not root (or no way to drop it)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv"):
        return ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"]
    return []


def _locks_hold() -> bool:
    return os.geteuid() != 0 or bool(_without_root_file_access())


def _expected(entries):
    """Entries as they must turn out here (a locked file is readable to root)."""
    out = []
    for e in entries:
        if e.root_only and not _locks_hold():
            e = hostile.Entry(e.name, "stored", "laasen" if e.name == "laast.txt" else "tagrenden")
        out.append(e)
    return out


def _shown(key: str) -> str:
    return re.sub(r"\[CPR-[0-9a-f]{6}\]", "[CPR]", key)


@pytest.fixture(scope="module")
def hostile_batch(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    entries = _expected(hostile.write(root / "fjendtlig"))
    try:
        run = subprocess.run(
            [*_without_root_file_access(), sys.executable, "-m", "search", "ingest",
             str(root / "fjendtlig"), "--index", str(root / "ix"), "--workers", "2",
             "--timeout", "120", "--format", "json"],
            cwd=REPO, capture_output=True, text=True, timeout=900)
        yield root, entries, run
    finally:
        hostile.unlock(root / "fjendtlig")


def test_a_hostile_corpus_is_one_batch_that_names_every_bad_file_once(hostile_batch):
    root, entries, run = hostile_batch
    assert run.returncode == 4, run.stderr  # partial failure
    assert "Traceback" not in run.stderr
    summary = json.loads(run.stdout)
    lines = [(_shown(f["path"]), f["error"]) for f in summary["failed"]] + \
        [(_shown(s["path"]), s["reason"]) for s in summary["skipped"]]
    named = [p for p, _ in lines]
    assert len(named) == len(set(named))  # each path once
    for e in entries:
        key = _shown(mask_path(str(e.path(root / "fjendtlig"))))
        if e.expect == "stored":
            assert key not in named
            continue
        reasons = [r for p, r in lines if p == key]
        assert reasons and e.phrase in reasons[0] and "\n" not in reasons[0], (key, reasons)
    assert summary["ingested"] == sum(e.expect == "stored" for e in entries)
    assert len(lines) == sum(e.expect != "stored" for e in entries)


def test_every_good_file_of_the_hostile_corpus_is_found(hostile_batch):
    from search.searcher import search

    root, entries, _ = hostile_batch
    for e in entries:
        if e.expect == "stored":
            # Its own file first; a related word may bring another file after it (the
            # concept table pairs 'legeplads' and 'skolegård'), never the same one twice.
            hits = search(root / "ix", e.phrase).hits
            assert hits, e.phrase
            assert _shown(hits[0].source) == _shown(mask_path(str(e.path(root / "fjendtlig"))))
            assert len({h.source for h in hits}) == len(hits), e.phrase
            assert all("150385" not in h.source and "\n" not in h.source for h in hits)


def test_parse_names_each_bad_file_in_one_line(hostile_batch):
    from typer.testing import CliRunner

    from search.cli import app

    root, entries, _ = hostile_batch
    for e in entries:
        if e.expect == "stored":
            continue
        path = str(e.path(root / "fjendtlig"))
        if e.root_only:
            run = subprocess.run([*_without_root_file_access(), sys.executable, "-m", "search",
                                  "parse", path], cwd=REPO, capture_output=True, text=True,
                                 timeout=300)
            code, out, err = run.returncode, run.stdout, run.stderr
        else:
            got = CliRunner().invoke(app, ["parse", path, "--timeout", "120"])
            code, out, err = got.exit_code, got.stdout, got.stderr
        assert code != 0 and out == "", path
        assert err.count("\n") == 1 and err.startswith("referat: error: "), err
        assert "Traceback" not in err and "150385" not in err


# -- PDF pages are never dropped ----------------------------------------------------
def _read(tmp_path, name: str, data: bytes):
    from ingest.pdf import read_pdf

    path = tmp_path / name
    path.write_bytes(data)
    asked = []
    pages = read_pdf(str(path), ocr=lambda i: asked.append(i) or "")
    return pages, asked


def test_text_beyond_the_page_box_is_kept_and_not_sent_to_ocr(tmp_path):
    pages, asked = _read(tmp_path, "kanten.pdf", hostile.beyond_the_edge_pdf("vandløbet"))
    text = "\n".join(pages[0].lines)
    assert "vandløbet" in text and "Godkendt." in text and "meget lang linje" in text
    assert asked == [] and not pages[0].unreadable


def test_a_page_whose_layout_fails_is_read_from_its_text_layer(tmp_path):
    pages, asked = _read(tmp_path, "skrift.pdf", hostile.unreadable_layout_pdf("fortovet"))
    assert pages[0].lines == ("Referat fra Teknisk Udvalg om fortovet",)
    assert asked == []


def test_a_deep_page_tree_is_a_corrupt_pdf_not_a_recursion_error(tmp_path):
    with pytest.raises(CorruptDocument, match="page tree nests too deeply"):
        _read(tmp_path, "dyb.pdf", hostile.deep_tree_pdf())


def test_the_page_cap_is_checked_before_the_pages_are_listed(tmp_path):
    from ingest.errors import TooLarge

    with bounded(30), pytest.raises(TooLarge, match="200000 pages, more than the limit"):
        _read(tmp_path, "mange.pdf", hostile.many_pages_pdf())


# -- records cite files that exist ----------------------------------------------------
def _sources(index, query="vejbelysning"):
    from search.searcher import search
    return sorted({h.source for h in search(index, query, limit=1000).hits})


def test_records_follow_their_bytes_after_a_prune_and_a_rename(tmp_path):
    from search.importer import run_import
    from tests.test_ingest import write_meetings

    [first] = write_meetings(tmp_path / "a", 1)
    copy = tmp_path / "b" / "kopi.txt"
    copy.parent.mkdir()
    shutil.copy(first, copy)
    index = tmp_path / "ix"
    run_import([str(tmp_path / "a"), str(tmp_path / "b")], index, workers=1)
    assert _sources(index) == [str(first)]  # one record for the bytes: the first path
    first.unlink()
    run_import([str(tmp_path / "a"), str(tmp_path / "b")], index, prune=True)
    assert _sources(index) == [str(copy)]  # the copy holds the bytes now
    renamed = copy.with_name("omdøbt.txt")
    copy.rename(renamed)
    run_import([str(tmp_path / "b")], index)  # no prune: the old name is just gone
    assert _sources(index) == [str(renamed)]


def test_a_record_leaves_a_path_that_now_holds_other_bytes(tmp_path):
    from search.importer import run_import
    from tests.test_ingest import write_meetings

    [first] = write_meetings(tmp_path / "a", 1)
    copy = tmp_path / "a" / "kopi.txt"
    shutil.copy(first, copy)
    index = tmp_path / "ix"
    run_import([str(tmp_path / "a")], index, workers=1)
    assert _sources(index) == [str(copy)]  # 'kopi.txt' sorts first
    copy.write_text(copy.read_text(encoding="utf-8").replace("Vejbelysning", "Fortov"),
                    encoding="utf-8")
    run_import([str(tmp_path / "a")], index, workers=1)
    assert _sources(index) == [str(first)]
    assert _sources(index, "fortov") == [str(copy)]


def test_records_do_not_depend_on_the_working_directory(tmp_path, monkeypatch):
    from search.importer import run_import
    from tests.test_ingest import write_meetings

    write_meetings(tmp_path / "arkiv", 2)
    monkeypatch.chdir(tmp_path)
    run_import(["arkiv"], tmp_path / "ix1", workers=1)
    monkeypatch.chdir(tmp_path / "arkiv")
    run_import(["."], tmp_path / "ix2", workers=1)
    assert _sources(tmp_path / "ix1") == _sources(tmp_path / "ix2")
    assert all(s.startswith(str(tmp_path)) for s in _sources(tmp_path / "ix1"))
