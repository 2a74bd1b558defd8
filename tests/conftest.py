"""Shared fixtures: paths to samples and the dev corpus, and a real archive built once."""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
CORPUS = Path(os.environ.get("REFERAT_CORPUS", REPO.parent / "shared" / "corpus"))
DEV = CORPUS / "dev"
SEED_TXT = SAMPLES / "seed-packet.txt"
SEED_PDF = SAMPLES / "seed-packet.pdf"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true",
                     help="Rewrite samples/expected/*.json from the current parser.")


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def dev() -> Path:
    if not DEV.is_dir():
        pytest.skip(f"the dev corpus is not at {DEV} (CI has it; set REFERAT_CORPUS)")
    return DEV


def tesseract_ready() -> bool:
    from ingest import ocr
    return ocr.available()


needs_tesseract = pytest.mark.skipif(
    not tesseract_ready() and os.environ.get("CI") != "true",
    reason="needs tesseract with Danish data: apt-get install tesseract-ocr tesseract-ocr-dan")


@pytest.fixture(scope="session", autouse=True)
def _hermetic_cache(tmp_path_factory):
    """OCR results are cached per test session, not in the user's cache."""
    os.environ["REFERAT_CACHE"] = str(tmp_path_factory.mktemp("cache"))
    os.environ.pop("REFERAT_INDEX", None)


def _processes() -> dict[int, tuple[str, int, int, int]]:
    """Every live process: pid -> (state, parent, session, start time in ticks)."""
    out = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            raw = (entry / "stat").read_text()
        except OSError:
            continue
        f = raw[raw.rindex(")") + 2:].split()  # the name may hold spaces and ')'
        if f[0] != "Z":
            out[int(entry.name)] = (f[0], int(f[1]), int(f[3]), int(f[19]))
    return out


def started_here(marker: str, me: int) -> list[int]:
    """Live processes this test run started and did not end: its descendants, orphans
    of its session started after it (forked workers of a killed import, reparented
    to init), and anything whose environment holds the run's marker."""
    procs = _processes()
    _, _, session, since = procs[me]
    family, grew = {me}, True
    while grew:
        kids = {p for p, (_, parent, _, _) in procs.items() if parent in family} - family
        family |= kids
        grew = bool(kids)
    found = family - {me}
    found |= {p for p, (_, parent, sid, start) in procs.items()
              if parent == 1 and sid == session and start >= since}
    for p in procs:
        try:
            if marker.encode() in (Path("/proc") / str(p) / "environ").read_bytes():
                found.add(p)
        except OSError:
            continue
    return sorted(found)


@pytest.fixture(scope="session", autouse=True)
def _no_orphans():
    """No process the test suite started outlives it (parser workers, tesseract, the
    children of killed imports)."""
    marker = f"REFERAT_TEST_SESSION={os.getpid()}-{time.time_ns()}"
    os.environ["REFERAT_TEST_SESSION"] = marker.split("=", 1)[1]
    yield
    deadline = time.monotonic() + 5  # children of the last test may still be exiting
    while (left := started_here(marker, os.getpid())) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not left, f"processes outlived the test suite: {left}"


@pytest.fixture(scope="session")
def archive(tmp_path_factory) -> Path:
    """An index of samples/ plus the whole dev corpus (where present), built once."""
    from search.importer import run_import

    index_dir = tmp_path_factory.mktemp("archive") / "index"
    inputs = [str(SAMPLES)] + ([str(CORPUS / "seed"), str(DEV)] if DEV.is_dir() else [])
    summary = run_import(inputs, index_dir, workers=2)
    assert summary.ingested > 0
    return index_dir


@pytest.fixture
def copy_tree(tmp_path):
    def copy(src: Path, name: str = "files") -> Path:
        dst = tmp_path / name
        shutil.copytree(src, dst) if src.is_dir() else (dst.mkdir(exist_ok=True),
                                                        shutil.copy(src, dst))
        return dst
    return copy
