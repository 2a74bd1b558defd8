"""The ingest progress line: on a terminal it names the file being parsed (and how long
it has taken once it is slow); piped, an import writes one line per batch and nothing
per file."""
from __future__ import annotations

import io
import shutil

import pytest
from rich.console import Console
from typer.testing import CliRunner

from ingest.batch import Task, parse_many
from search import cli
from search.importer import Began, Parsed, Planned
from tests.conftest import SAMPLES


@pytest.mark.parametrize("working, now, expected", [
    ({}, 10.0, ""),
    ({"arkiv/2024/referat.pdf": 9.0}, 10.0, "referat.pdf"),
    ({"arkiv/scan.pdf": 0.0}, 42.5, "scan.pdf (42 s)"),
    ({"arkiv/scan.pdf": 0.0}, 185.0, "scan.pdf (3 min 05 s)"),
    ({"a/new.pdf": 50.0, "a/scan.pdf": 0.0, "a/x.txt": 60.0}, 61.0, "scan.pdf (1 min 01 s) +2"),
    ({"a/" + "b" * 60 + ".pdf": 9.0}, 10.0, "…" + "b" * 35 + ".pdf"),
])
def test_working_line(working, now, expected):
    assert cli.working_line(working, now) == expected


def test_the_terminal_bar_names_the_file_being_parsed(monkeypatch):
    screen = io.StringIO()
    monkeypatch.setattr(cli, "err", Console(file=screen, force_terminal=True, width=160))
    bar = cli._Progress()
    try:
        bar(Planned(files=2, total=2))
        bar(Began("arkiv/2024/byraad-scan.pdf"))
        bar.bar.refresh()
        assert "byraad-scan.pdf" in screen.getvalue()
        bar(Parsed("arkiv/2024/byraad-scan.pdf", None, 12))
        bar(Began("arkiv/2024/bilag.pdf"))
        screen.truncate(0)
        bar.bar.refresh()
        assert "bilag.pdf" in screen.getvalue() and "byraad-scan" not in screen.getvalue()
    finally:
        bar.stop()


def test_workers_say_which_file_they_take():
    tasks = [Task(str(SAMPLES / n), "", 0, shown=n)
             for n in ("seed-packet.txt", "teknisk-udvalg-cp1252.txt")]
    started: list[Task] = []
    done = list(parse_many(tasks, workers=1, started=started.append))
    assert started == tasks and {d.task for d in done} == set(tasks)


def test_a_worker_has_its_next_file_while_the_importer_stores_the_last():
    """The file a worker finished goes to the importer (which indexes it) only after
    the worker has its next file: the worker does not wait on the importer."""
    tasks = [Task(str(SAMPLES / n), "", size, shown=n)
             for n, size in (("seed-packet.txt", 2), ("teknisk-udvalg-cp1252.txt", 1))]
    started: list[Task] = []
    results = parse_many(tasks, workers=1, started=started.append)
    first = next(results)
    assert first.task == tasks[0] and started == tasks
    assert [d.task for d in results] == [tasks[1]]


def test_an_import_stopped_after_its_first_file_leaves_no_worker_running():
    """The workers are looked after by a thread beside the importer's: an import that
    stops early (an error while storing a file, Ctrl-C) ends that thread and every
    worker before it goes on."""
    import multiprocessing
    import threading

    names = ("seed-packet.txt", "teknisk-udvalg-cp1252.txt", "elev-sogneraad-1941.txt",
             "pkt-aeldreraad-referat.txt")
    results = parse_many([Task(str(SAMPLES / n), "", 0, shown=n) for n in names], workers=2)
    first = next(results)
    results.close()
    assert first.error is None
    assert not [t for t in threading.enumerate() if t.name == "referat-workers"]
    assert multiprocessing.active_children() == []


def test_piped_an_import_writes_one_line_per_batch_and_no_file_names(tmp_path):
    files = tmp_path / "files"
    files.mkdir()
    shutil.copy(SAMPLES / "seed-packet.txt", files)
    shutil.copy(SAMPLES / "teknisk-udvalg-cp1252.txt", files)
    r = CliRunner().invoke(cli.app, ["ingest", str(files), "--index", str(tmp_path / "ix"),
                                     "--workers", "1", "--batch-files", "1"])
    assert r.exit_code == 0, r.stderr
    lines = r.stderr.splitlines()
    assert [line.split(":")[1] for line in lines] == [" batch 1", " batch 2"]
    assert "seed-packet" not in r.stderr
