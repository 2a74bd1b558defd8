"""Shared fixtures: paths to samples and the dev corpus, and a real archive built once."""
from __future__ import annotations

import os
import shutil
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
