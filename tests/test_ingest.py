"""Batch import: statuses, idempotence, changes, pruning, crashes, bad files, privacy."""
from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zlib
from pathlib import Path


from search.importer import ArchiveLock, archive_paths, reindex, run_import
from search.query import Filters
from search.searcher import search
from tests.conftest import ARCHIVE_INPUTS, REPO, SAMPLES

MEETING = """Referat

{body}
Mødedato: {day}. marts 2021 kl. 16.00
Mødested: Byrådssalen

1. {title}

Sagsnr.: 21/{case:05d}

Sagsfremstilling
{text}

Beslutning
{decision}
"""


def write_meetings(folder: Path, n: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(start, start + n):
        p = folder / f"referat-{i:03d}.txt"
        p.write_text(MEETING.format(body="Teknisk Udvalg" if i % 2 else "Kulturudvalget",
                                    day=1 + i % 28, title=f"Vejprojekt nummer {i}",
                                    case=i, text=f"Vejbelysning og cykelsti {i}. " * 30,
                                    decision="Godkendt." if i % 3 else "Udsat."),
                     encoding="utf-8")
        out.append(p)
    return out


def ids(index: Path, query: str) -> list[str]:
    return sorted(h.id for h in search(index, query, limit=1000).hits)


def catalog_rows(index: Path) -> list[tuple]:
    db = sqlite3.connect(archive_paths(index)[0])
    rows = sorted(db.execute("SELECT path, sha256, status FROM paths"))
    files = sorted(db.execute("SELECT sha256, status, documents, items FROM files"))
    db.close()
    return rows + files


def test_corpus_import_gives_every_file_a_status_and_a_rerun_parses_nothing(archive_copy, dev):
    archive = archive_copy  # the rerun writes to the archive: a copy of its own
    db = sqlite3.connect(archive_paths(archive)[0])
    statuses = dict(db.execute("SELECT path, status FROM paths"))
    errors = dict(db.execute("SELECT path, error FROM paths WHERE status != 'ingested'"))
    db.close()
    # Every file of the archive's inputs (samples, the seed, the dev corpus but its Greve
    # meetings: conftest) has a status, whether it was read, refused or skipped.
    inputs = [Path(i) for i in ARCHIVE_INPUTS]
    on_disk = [p for i in inputs for p in ([i] if i.is_file() else i.rglob("*")) if p.is_file()]
    assert {str(p.resolve()) for p in on_disk} <= set(statuses)
    no_text = [p for p in statuses if p.endswith("enclosure-1_no-text.pdf")]
    assert statuses[no_text[0]] == "failed" and "no readable text" in errors[no_text[0]]
    xml = [p for p in statuses if p.endswith("Publication32.xml")][0]
    assert statuses[xml] == "ingested"  # a meeting system's export
    xlsx = [p for p in statuses if p.endswith("spreadsheet.xlsx")][0]
    assert statuses[xlsx] == "skipped" and "unsupported file type '.xlsx'" in errors[xlsx]
    again = run_import(ARCHIVE_INPUTS, archive)
    assert again.ingested == 0 and not [f for f in again.failed if "no such" in f["error"]]
    assert again.unchanged + len(again.skipped) == again.files


def test_same_bytes_at_two_paths_are_one_record(tmp_path):
    a, b = tmp_path / "a" / "seed.txt", tmp_path / "b" / "kopi.txt"
    for p in (a, b):
        p.parent.mkdir()
        shutil.copy(SAMPLES / "seed-packet.txt", p)
    index = tmp_path / "ix"
    s = run_import([str(tmp_path / "a"), str(tmp_path / "b")], index, workers=1)
    assert (s.ingested, s.unchanged) == (1, 1)
    db = sqlite3.connect(archive_paths(index)[0])
    assert db.execute("SELECT COUNT(*) FROM files").fetchone()[0] == 1
    assert db.execute("SELECT COUNT(DISTINCT sha256) FROM paths").fetchone()[0] == 1
    assert len(ids(index, "efterværn")) == len(set(ids(index, "efterværn")))


def test_changed_file_replaces_its_records_and_prune_removes_deleted(tmp_path):
    files = write_meetings(tmp_path / "arkiv", 6)
    index = tmp_path / "ix"
    run_import([str(tmp_path / "arkiv")], index, workers=2)
    before = {q: ids(index, q) for q in ("vejprojekt", "cykelsti", "fortov")}
    files[2].write_text(files[2].read_text(encoding="utf-8").replace(
        "Vejprojekt nummer 2", "Fortov nummer 2"), encoding="utf-8")
    s = run_import([str(tmp_path / "arkiv")], index, workers=2)
    assert (s.ingested, s.unchanged) == (1, 5)
    assert len(ids(index, "fortov")) == 1
    assert len(ids(index, "vejprojekt")) == len(before["vejprojekt"]) - 1
    assert len(ids(index, "cykelsti")) == len(before["cykelsti"])  # no stale copy left
    files[4].unlink()
    s = run_import([str(tmp_path / "arkiv")], index, prune=True)
    assert s.pruned == 1
    assert len(ids(index, "cykelsti")) == len(before["cykelsti"]) - 1
    assert "referat-004.txt" not in json.dumps(catalog_rows(index))


def test_reindex_rebuilds_from_the_catalog_alone(tmp_path):
    write_meetings(tmp_path / "arkiv", 4)
    index = tmp_path / "ix"
    run_import([str(tmp_path / "arkiv")], index, workers=1)
    before = ids(index, "vejbelysning")
    shutil.rmtree(tmp_path / "arkiv")  # no file can be read again
    assert reindex(index) == (4, 4)
    assert ids(index, "vejbelysning") == before


def referat(*args, env=None, **kw):
    return subprocess.Popen([sys.executable, "-m", "search", *args], cwd=REPO,
                            env={**os.environ, **(env or {})}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kw)


# Files in the killed import: batches of 7 (REFERAT_BATCH_FILES), so it is killed with
# most of them still to come (one or two batches in), however loaded the machine.
KILLED_FILES = 60


FIRST_COMMIT_WAIT = 600


def test_kill_9_mid_batch_then_rerun_equals_an_uninterrupted_run(tmp_path):
    write_meetings(tmp_path / "arkiv", KILLED_FILES)
    killed, clean = tmp_path / "killed", tmp_path / "clean"
    env = {"REFERAT_BATCH_FILES": "7"}
    proc = referat("ingest", str(tmp_path / "arkiv"), "--index", str(killed), "--workers", "2",
                   env=env)
    catalog = archive_paths(killed)[0]
    # The first batch's commit comes after its 7 files are parsed: seconds on a quiet
    # machine, minutes on a loaded one (the wait ends as soon as it is seen).
    deadline = time.monotonic() + FIRST_COMMIT_WAIT
    n = 0
    while time.monotonic() < deadline:
        if catalog.exists():
            try:
                n = sqlite3.connect(catalog).execute(
                    "SELECT COUNT(*) FROM files").fetchone()[0]
            except sqlite3.OperationalError:
                n = 0
            if n >= 7:
                break
        time.sleep(0.05)
    assert n >= 7, f"no batch committed within {FIRST_COMMIT_WAIT} s"
    assert proc.poll() is None, "the import ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done = sqlite3.connect(catalog).execute("SELECT COUNT(*) FROM files").fetchone()[0]
    assert 0 < done < KILLED_FILES
    # Readable and consistent right after the crash: every cataloged file is searchable.
    assert len(ids(killed, "vejprojekt")) >= done
    rerun = referat("ingest", str(tmp_path / "arkiv"), "--index", str(killed), env=env)
    assert rerun.wait(300) == 0, rerun.stderr.read()
    run_import([str(tmp_path / "arkiv")], clean, workers=2)
    assert catalog_rows(killed) == catalog_rows(clean)
    for q in ("vejprojekt", "cykelsti", "beslutning:postponed"):
        assert ids(killed, q) == ids(clean, q)


def test_bad_files_fail_alone_and_are_named(tmp_path):
    from reportlab.pdfgen import canvas

    folder = tmp_path / "blandet"
    shutil.copytree(SAMPLES / "bad", folder)
    shutil.copy(SAMPLES / "teknisk-udvalg-cp1252.txt", folder)
    slow = canvas.Canvas(str(folder / "kaempe.pdf"))
    for n in range(1500):  # far more pages than the budget allows reading
        for k in range(40):
            slow.drawString(50, 800 - k * 18, f"Side {n} linje {k} med tekst om vejbelysning")
        slow.showPage()
    slow.save()
    s = run_import([str(folder)], tmp_path / "ix", workers=2, timeout=4)
    failed = {Path(f["path"]).name: f["error"] for f in s.failed}
    assert s.ingested == 1  # the cp1252 file
    assert set(failed) == {"empty.pdf", "encrypted.pdf", "truncated.pdf", "html-saved-as.pdf",
                           "binary.pdf", "kaempe.pdf"}
    assert "timed out after 4 s" in failed["kaempe.pdf"]
    assert "encrypted PDF" in failed["encrypted.pdf"]
    assert [Path(x["path"]).name for x in s.skipped] == ["spreadsheet.xlsx"]
    assert search(tmp_path / "ix", "gadebelysning").total == 1


def test_retry_failed_parses_only_the_failures(tmp_path):
    folder = tmp_path / "f"
    write_meetings(folder, 3)
    (folder / "tom.pdf").write_bytes(b"")
    index = tmp_path / "ix"
    first = run_import([str(folder)], index, workers=1)
    assert len(first.failed) == 1
    shutil.copy(SAMPLES / "seed-packet.pdf", folder / "tom.pdf")
    retry = run_import([], index, retry_failed=True)
    assert (retry.files, retry.ingested, retry.failed) == (1, 1, [])


def test_a_rerun_says_how_many_unchanged_files_failed_before(tmp_path):
    from search import render

    folder = tmp_path / "f"
    write_meetings(folder, 2)
    (folder / "tom.pdf").write_bytes(b"")
    (folder / "kopi.pdf").write_bytes(b"%PDF-1.4 not really")
    index = tmp_path / "ix"
    assert len(run_import([str(folder)], index, workers=1).failed) == 2
    again = run_import([str(folder)], index, workers=1)
    assert (again.unchanged, again.failed_before, again.failed) == (4, 2, [])
    assert "4 unchanged (2 of them failed before; --retry-failed" in \
        render.ingest_summary(again.to_dict())


def test_an_archive_kept_inside_the_documents_folder_is_not_imported(tmp_path):
    folder = tmp_path / "møder"
    write_meetings(folder, 2)
    index = folder / "arkiv"
    run_import([str(folder)], index, workers=1)
    again = run_import([str(folder)], index, workers=1)
    assert (again.files, again.unchanged, again.skipped, again.failed) == (2, 2, [], [])
    assert run_import([str(index)], index, workers=1).files == 0


def test_cpr_numbers_are_masked_everywhere(tmp_path):
    folder = tmp_path / "cpr"
    folder.mkdir()
    (folder / "sag.txt").write_text(
        "Referat\n\nBørne- og Ungeudvalget\nMødedato: 2. februar 2022\n\n"
        "1. Klage over skolebuskørsel\n\nSagsnr.: 22/00042\n\nSagsfremstilling\n"
        "Borgeren med CPR 150385-1234 klager over skolebuskørslen. Også 1503851234 nævnes.\n\n"
        "Beslutning\nTaget til efterretning.\n", encoding="utf-8")
    index = tmp_path / "ix"
    s = run_import([str(folder)], index, workers=1)
    assert s.cpr_masked == 2
    hits = search(index, "skolebuskørsel").hits
    assert len(hits) == 1 and "150385" not in json.dumps(hits[0].to_dict())
    for blob in [p.read_bytes() for p in index.rglob("*") if p.is_file()]:
        assert b"150385" not in blob and b"1503851234" not in blob
    db = sqlite3.connect(archive_paths(index)[0])
    (records,) = db.execute("SELECT records FROM files").fetchone()
    assert "150385" not in zlib.decompress(records).decode()
    shown = subprocess.run([sys.executable, "-m", "search", "search", "borgeren klager",
                            "--index", str(index), "--format", "json"], cwd=REPO,
                           capture_output=True, text=True)
    assert "150385" not in shown.stdout and "[CPR]" in shown.stdout


def test_second_import_waits_or_says_who_holds_the_lock(tmp_path):
    index = tmp_path / "ix"
    lock = ArchiveLock(archive_paths(index)[1])
    try:
        p = referat("ingest", str(SAMPLES / "seed-packet.txt"), "--index", str(index))
        _, err = p.communicate(timeout=60)
        assert p.returncode == 3
        assert err.startswith("referat: error: another import is running on ")
        assert "--wait" in err
    finally:
        lock.release()


def test_search_during_an_import_sees_the_last_commit(tmp_path):
    write_meetings(tmp_path / "a", 5)
    index = tmp_path / "ix"
    run_import([str(tmp_path / "a")], index, workers=1)
    # Six commits of ten (REFERAT_BATCH_FILES) to search between; 150 files only added
    # commits of the same kind.
    write_meetings(tmp_path / "b", 60, start=100)
    proc = referat("ingest", str(tmp_path / "b"), "--index", str(index), "--workers", "1",
                   env={"REFERAT_BATCH_FILES": "10"})
    seen = []
    try:
        while proc.poll() is None:
            seen.append(search(index, "vejprojekt", Filters(), limit=1000).total)
            time.sleep(0.1)
    finally:
        proc.wait(300)
    assert seen and seen[0] >= 5 and seen == sorted(seen)
    assert search(index, "vejprojekt", limit=1000).total == 65


def test_memory_guard_stops_a_hungry_file_and_the_batch_goes_on(tmp_path):
    from reportlab.pdfgen import canvas

    from ingest.batch import Task, parse_many
    from ingest.pipeline import sha256_file

    dense = tmp_path / "tæt.pdf"
    c = canvas.Canvas(str(dense))
    c.setFont("Helvetica", 1)
    for k in range(800):  # 640,000 characters on one page
        c.drawString(5, 830 - k, "vejbelysning " * 60)
    c.showPage()
    c.save()
    small = write_meetings(tmp_path / "ok", 1)[0]
    tasks = [Task(str(p), sha256_file(p), p.stat().st_size) for p in (dense, small)]
    done = {Path(d.task.path).name: d for d in parse_many(tasks, workers=1, memory_mb=40,
                                                          timeout=60)}
    assert done["referat-000.txt"].error is None
    error = done["tæt.pdf"].error
    assert "memory" in error and ("40 MiB" in error)


def test_a_file_changed_into_known_bytes_leaves_no_stale_records(tmp_path):
    files = write_meetings(tmp_path / "arkiv", 3)
    index = tmp_path / "ix"
    run_import([str(tmp_path / "arkiv")], index, workers=1)
    shutil.copy(files[0], files[1])  # file 1 now holds file 0's bytes
    s = run_import([str(tmp_path / "arkiv")], index, workers=1)
    assert (s.ingested, s.unchanged) == (0, 3)
    assert search(index, '"vejprojekt nummer 1"').total == 0
    db = sqlite3.connect(archive_paths(index)[0])
    assert db.execute("SELECT COUNT(*) FROM files").fetchone()[0] == 2
