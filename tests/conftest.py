"""Shared fixtures: paths to samples and the dev corpus, and a real archive built once.

The suite runs in pytest-xdist workers (pyproject's addopts): what is built once per run
(the archive, the OCR cache) lives in the run's shared temporary folder, built by the
first worker that needs it while the others wait on a file lock.
"""
from __future__ import annotations

import fcntl
import json
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


def _weight(item) -> int:
    """How early a test is handed to an xdist worker: a group of its own (a dask cluster,
    a browser: long, and much of it waiting on processes) first, then the tests of the
    shared archive (its build is the longest single piece of work), then tests marked
    slow. Work is handed out in this order as workers become free, so the run ends on
    short tests instead of one worker finishing a long one while the other idles."""
    if item.get_closest_marker("xdist_group"):
        return 0
    defs = item._fixtureinfo.name2fixturedefs.get("archive") or ()
    if defs and defs[-1].func.__module__ == __name__:  # this archive, not a module's own
        return ARCHIVE_FIRST
    return 2 if item.get_closest_marker("slow") else 3


def pytest_collection_modifyitems(config, items):
    """Tests marked `corpus` skip where the dev corpus is absent. Modules with long work
    first (see _weight), each module's tests kept together and in their order: a module
    fixture is built again whenever its module's tests are interrupted by another
    module's."""
    def module(item) -> str:
        return item.nodeid.split("::")[0]

    if not DEV.is_dir():  # the marker's promise: such a test needs the corpus
        absent = pytest.mark.skip(reason=f"the dev corpus is not at {DEV} (CI has it; set "
                                         "REFERAT_CORPUS)")
        for item in items:
            if item.get_closest_marker("corpus"):
                item.add_marker(absent)
    weight: dict[str, int] = {}
    for item in items:
        weight[module(item)] = min(weight.get(module(item), 3), _weight(item))
    # One module of the shared archive starts its build; the others come last. While one
    # worker builds it (about 1.6 cores of work for 90-100 s) the other works through
    # tests that do not need it instead of waiting on the build's lock (main at fba4802:
    # 83 s waited), and the archive's tests, short once it is built, end the run.
    slow = {module(item) for item in items if item.get_closest_marker("slow")}
    for late in [m for m, w in weight.items() if w == ARCHIVE_FIRST][1:]:
        weight[late] = ARCHIVE_LATE if late in slow else ARCHIVE_LATE + 1  # long ones first
    items.sort(key=lambda item: weight[module(item)])  # stable; the same in every worker


# Where the shared archive's modules go in the order (_weight): the first early, the rest
# after every other module (those with slow tests first).
ARCHIVE_FIRST, ARCHIVE_LATE = 1, 4


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def dev() -> Path:
    if not DEV.is_dir():
        pytest.skip(f"the dev corpus is not at {DEV} (CI has it; set REFERAT_CORPUS)")
    return DEV


def dev_files(folder: str = "", pattern: str = "*") -> list[str]:
    """The files of a dev corpus folder matching pattern, relative to the corpus and
    sorted, to parametrize a test per file (xdist spreads them; a failure names its file).
    Without the corpus: one empty name, for the test's `dev` fixture to skip."""
    if not DEV.is_dir():
        return [""]
    return sorted(str(p.relative_to(DEV)) for p in (DEV / folder).rglob(pattern) if p.is_file())


def pages_of(pdf: Path, indexes, out: Path) -> Path:
    """The pages `indexes` (0-based) of pdf as a PDF of their own, their content and
    fonts copied as they are: every page is read on its own, so each reads as it does
    in the whole document."""
    import pypdfium2 as pdfium

    pages = pdfium.PdfDocument.new()
    pages.import_pages(pdfium.PdfDocument(str(pdf)), list(indexes))
    pages.save(str(out))
    return out


def tesseract_ready() -> bool:
    from ingest import ocr
    return ocr.available()


needs_tesseract = pytest.mark.skipif(
    not tesseract_ready() and os.environ.get("CI") != "true",
    reason="needs tesseract with Danish data: apt-get install tesseract-ocr tesseract-ocr-dan")


def in_worker() -> bool:
    """Whether this process is a pytest-xdist worker."""
    return bool(os.environ.get("PYTEST_XDIST_WORKER"))


def run_root(tmp_path_factory) -> Path:
    """The temporary folder of the whole run: shared by all xdist workers."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if in_worker() else base


def built_once(tmp_path_factory, name: str, build) -> Path:
    """The folder run_root/name, filled by build(folder) once per run: the first worker
    builds it, the others wait for the lock and reuse it. A failed build is retried by
    the next worker that needs it."""
    folder = run_root(tmp_path_factory) / name
    folder.mkdir(exist_ok=True)
    with open(folder.with_name(f"{name}.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        done = folder.with_name(f"{name}.built")
        if not done.exists():
            build(folder)
            done.touch()
    return folder


# A cache folder that several test runs share (.ci/run sets it, fresh for each CI run:
# the acceptance step imports the same scanned dev pages the suite's archive OCR'd).
SHARED_CACHE_ENV = "REFERAT_TEST_CACHE"


@pytest.fixture(scope="session", autouse=True)
def _hermetic_cache(tmp_path_factory):
    """OCR results are cached per test run (shared by its workers: a page is OCR'd
    once), or in $REFERAT_TEST_CACHE, never in the user's cache."""
    shared = os.environ.get(SHARED_CACHE_ENV)
    cache = Path(shared) if shared else run_root(tmp_path_factory) / "cache"
    cache.mkdir(parents=True, exist_ok=True)
    os.environ["REFERAT_CACHE"] = str(cache)
    os.environ.pop("REFERAT_INDEX", None)


# Small files of both kinds the parser reads most (a text and a PDF minute): parsing them
# loads what every parse loads (pdfplumber, the date parser's Danish data, spaCy).
WARM_UP = (SAMPLES / "tiset-sogneraad-1943-uddrag.txt", SAMPLES / "acadre-byraad-referat.pdf")


@pytest.fixture(scope="session", autouse=True)
def _warm_parser():
    """Each test process loads the parsing libraries once, before its first test.

    Parser workers are forked from the process that starts them (ingest.batch), so a
    worker forked from a process that has parsed a file starts with the libraries loaded;
    one forked from a cold process loads them itself: about 1.5 CPU-s per worker, measured
    2026-11-29 (1.9-2.0 CPU-s for a worker parsing one text file, 0.45 warm). The suite
    forks workers in hundreds of imports and `parse` calls; whether each paid the load
    depended on whether its test process had happened to parse a file in-process before.
    What a worker does with its file is the same either way; what a user's `referat`
    process loads (and does not) is tested in fresh interpreters (test_cli_start,
    test_speed_paths, test_catalog_cli)."""
    from ingest.pipeline import parse_file

    for path in WARM_UP:
        parse_file(path, ocr="never")


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


def started_here(marker: str, me: int, orphans: bool = True) -> list[int]:
    """Live processes this test run started and did not end: its descendants, orphans
    of its session started after it (forked workers of a killed import, reparented
    to init; left out with orphans=False), and anything whose environment holds the
    run's marker (which every child inherits, orphaned or not)."""
    procs = _processes()
    _, _, session, since = procs[me]
    family, grew = {me}, True
    while grew:
        kids = {p for p, (_, parent, _, _) in procs.items() if parent in family} - family
        family |= kids
        grew = bool(kids)
    found = family - {me}
    if orphans:
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
    children of killed imports). xdist workers share one session, so a worker looks
    for its orphans by its marker only, never at another worker's."""
    marker = f"REFERAT_TEST_SESSION={os.getpid()}-{time.time_ns()}"
    os.environ["REFERAT_TEST_SESSION"] = marker.split("=", 1)[1]
    yield
    deadline = time.monotonic() + 5  # children of the last test may still be exiting
    orphans = not in_worker()
    while ((left := started_here(marker, os.getpid(), orphans))
           and time.monotonic() < deadline):
        time.sleep(0.2)
    assert not left, f"processes outlived the test suite: {left}"


# The dev corpus's folder of 245 Greve meetings as FirstAgenda's JSON, left out of the
# shared archive: indexing them was 43 of its ~150 CPU-s (and 24 more in parser workers),
# and no test of the archive needs them. The tests about them read them without an
# archive (each meeting's parse) or from an archive of the meetings they ask about.
GREVE = "greve-firstagenda-json"


def _dev_inputs() -> list[str]:
    """Every entry of the dev corpus but the Greve meetings, as import inputs."""
    return sorted(str(p) for p in DEV.iterdir() if p.name != GREVE)


ARCHIVE_INPUTS = [str(SAMPLES)] + ([str(CORPUS / "seed"), *_dev_inputs()]
                                   if DEV.is_dir() else [])


def _import_archive(folder: Path) -> None:
    from search import importer

    parts = {}

    def note(event) -> None:
        if isinstance(event, importer.Parsed) and event.parts > 1:
            parts[os.path.realpath(event.path)] = event.parts

    summary = importer.run_import(ARCHIVE_INPUTS, folder / "index", workers=2, progress=note)
    assert summary.ingested > 0
    (folder / PARTS).write_text(json.dumps(parts), encoding="utf-8")


# Beside the shared archive: its files that the import read in page ranges, and in how
# many (a long PDF is split over both workers, as a user's import splits it).
PARTS = "parts.json"


@pytest.fixture(scope="session")
def archive(tmp_path_factory) -> Path:
    """An index of samples/ plus the dev corpus but its Greve meetings (where present),
    built once per run and only read: a test that writes to it takes archive_copy."""
    return built_once(tmp_path_factory, "archive", _import_archive) / "index"


@pytest.fixture(scope="session")
def archived(archive):
    """What the shared archive holds for one of its input files: (its parse result,
    None), or (None, the line it failed or was skipped with). The archive's workers ran
    parse_file on every dev file (OCR where a page needs it); a test about one dev file's
    parse reads that result here instead of parsing the same bytes a second time."""
    from index.catalog import Catalog
    from ingest.records import FileStatus
    from search.importer import archive_paths, path_key

    catalog = Catalog(archive_paths(archive)[0])

    def lookup(path: Path):
        row = catalog.path_row(path_key(path))  # as the importer names it: links resolved
        assert row is not None, f"{path} is not in the shared archive: {ARCHIVE_INPUTS}"
        if row.status is FileStatus.INGESTED:
            return catalog.result(row.sha256), None
        return None, row.error

    yield lookup
    catalog.close()


@pytest.fixture(scope="session")
def archived_parts(archive) -> dict[str, int]:
    """In how many page ranges the shared archive's import read each of its files that
    it read in more than one, by the file's real path."""
    return json.loads((archive.parent / PARTS).read_text(encoding="utf-8"))


@pytest.fixture
def archive_copy(archive, tmp_path) -> Path:
    """A copy of the archive of its own, for a test that imports into it."""
    return Path(shutil.copytree(archive, tmp_path / "index"))


@pytest.fixture
def copy_tree(tmp_path):
    def copy(src: Path, name: str = "files") -> Path:
        dst = tmp_path / name
        shutil.copytree(src, dst) if src.is_dir() else (dst.mkdir(exist_ok=True),
                                                        shutil.copy(src, dst))
        return dst
    return copy


def one_meeting_archive(folder: Path, titles_texts, body: str, date: str, sha: str,
                        filler: str = "") -> Path:
    """A real one-meeting archive (a Whoosh index and its catalog) of the given
    (title, text) items, each text followed by `filler`."""
    from index.store import Store
    from ingest.records import Document, Item, Kind, ParseResult, Source

    items = tuple(Item(number=str(n), title=title, text=f"{text} {filler}".strip())
                  for n, (title, text) in enumerate(titles_texts, 1))
    doc = Document(kind=Kind.REFERAT, title=f"Referat {body}", body=body, date=date,
                   items=items)
    store = Store(folder)
    store.replace_file(sha, ParseResult(Source(f"archive/{sha[:3]}.pdf", sha, "pdf", 4),
                                        (doc,)))
    store.commit()
    return folder
