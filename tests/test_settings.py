"""Settings: each variable reaches what it governs, an option wins over the environment,
and a value read when it is used (never when a module is imported) takes effect."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ingest import settings
from ingest.errors import ExitCode, UsageError
from search.cli import app
from tests.conftest import REPO, SAMPLES

REFERAT = Path(sys.executable).parent / "referat"


def run(*args, code: int = 0, env: dict | None = None):
    r = CliRunner().invoke(app, [str(a) for a in args], env=env)
    assert r.exit_code == code, (r.exit_code, r.stdout, r.stderr, r.exception)
    return r


@pytest.mark.parametrize("environ, expected", [
    ({}, 7),
    ({"N": ""}, 7),
    ({"N": "12"}, 12),
])
def test_env_int(environ, expected):
    assert settings.env_int("N", 7, environ) == expected


def test_a_setting_that_is_no_number_names_its_variable():
    with pytest.raises(UsageError, match=r"\$N must be a whole number, not 'many'"):
        settings.env_int("N", 7, {"N": "many"})


@pytest.mark.parametrize("environ, expected", [
    ({"REFERAT_CACHE": "/srv/ocr"}, Path("/srv/ocr")),
    ({"REFERAT_CACHE": "/srv/ocr", "XDG_CACHE_HOME": "/x"}, Path("/srv/ocr")),
    ({"XDG_CACHE_HOME": "/x"}, Path("/x/referat")),
])
def test_cache_dir(environ, expected):
    assert settings.cache_dir(environ) == expected


@pytest.mark.parametrize("environ, expected", [({}, "1"), ({"OMP_THREAD_LIMIT": "4"}, "4")])
def test_tesseract_runs_single_threaded_unless_told(environ, expected):
    env = settings.tesseract_env({"PATH": "/usr/bin", **environ})
    assert (env["OMP_THREAD_LIMIT"], env["PATH"]) == (expected, "/usr/bin")


def test_the_page_limit_is_read_when_a_pdf_is_opened(monkeypatch):
    monkeypatch.chdir(REPO)
    r = run("parse", "samples/seed-packet.pdf", env={"REFERAT_MAX_PAGES": "3"}, code=2)
    assert "more than the limit of 3; split it or raise $REFERAT_MAX_PAGES" in r.stderr


def _three_files(folder: Path) -> Path:
    folder.mkdir()
    for name in ("seed-packet.txt", "teknisk-udvalg-cp1252.txt", "pkt-aeldreraad-referat.txt"):
        shutil.copy(SAMPLES / name, folder)
    return folder


def _batches(stderr: str) -> int:
    return sum(line.startswith("referat: batch ") for line in stderr.splitlines())


def test_batch_files_from_the_environment(tmp_path):
    files = _three_files(tmp_path / "files")
    r = run("ingest", files, "--index", tmp_path / "ix", "--workers", "1",
            env={"REFERAT_BATCH_FILES": "1"})
    assert _batches(r.stderr) == 3


def test_an_option_wins_over_the_environment(tmp_path):
    files = _three_files(tmp_path / "files")
    r = run("ingest", files, "--index", tmp_path / "ix", "--workers", "1",
            "--batch-files", "3", env={"REFERAT_BATCH_FILES": "1"})
    assert _batches(r.stderr) == 1


def test_worker_memory_applies_to_ingest(tmp_path):
    # A fresh `referat` process: its worker must load the PDF libraries, which 1 MB does not
    # allow. (Forked from this test process, which has them loaded after other tests, a
    # worker may parse a small file without asking for memory at all.)
    env = {**os.environ, "REFERAT_WORKER_MEMORY_MB": "1"}
    r = subprocess.run([str(REFERAT), "ingest", str(SAMPLES / "seed-packet.pdf"), "--index",
                        str(tmp_path / "ix"), "--workers", "1"],
                       capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == ExitCode.PARTIAL, (r.returncode, r.stdout, r.stderr)
    assert "1 failed" in r.stdout
    # with the default the same file imports (see test_ingest)
