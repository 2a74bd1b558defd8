"""Acceptance of the cluster import (issue 17): the whole dev corpus, imported through a
real `dask scheduler` and two single-threaded `dask worker` processes on this machine,
gives exactly the archive a local import gives (catalog rows, parsed records, every
indexed item, search hits, failures), with files sent as bytes and on a shared file
system, and also when a worker is killed mid-run. It takes minutes, so the unit suite
leaves it out: `.venv/bin/python -m pytest -m acceptance` runs it (`.ci/run` does)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from index.store import open_index
from ingest.cluster import Cluster
from search.importer import Event, Parsed, archive_paths, run_import
from search.searcher import archive, search
from tests.test_cluster import DaskCluster, failures
from tests.test_ingest import ids

# Under xdist one worker runs the module: its local import and its cluster are built once.
pytestmark = [pytest.mark.acceptance, pytest.mark.corpus, pytest.mark.slow,
              pytest.mark.xdist_group("dask-corpus")]

# Words that find items of every kind of source in the corpus: Greve's JSON meetings,
# eDoc PDFs, exports, transcribed minute books, parliament text, the OCR'd table.
QUERIES = ("beslutning", "godkendt", "udvalget", "sogneraadet", "folketinget",
           "bygning", "budget", "skole", "borger", "indstilling")


@pytest.fixture(scope="module")
def local(dev, tmp_path_factory) -> tuple[Path, dict]:
    """A local import of the whole dev corpus: what every cluster import must equal."""
    index = tmp_path_factory.mktemp("local") / "index"
    return index, run_import([str(dev)], index, workers=2).to_dict()


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


def catalog(index: Path) -> dict[str, list[tuple]]:
    """Every path's and every file's row, with each file's parsed records; not the
    times (when seen, how long it took), which no two imports share."""
    db = sqlite3.connect(archive_paths(index)[0])
    try:
        return {
            "paths": sorted(db.execute("SELECT path, sha256, status, error, size FROM paths")),
            "files": sorted(db.execute(
                "SELECT sha256, size, status, error, format, pages, ocr_pages, documents, "
                "items, cpr_masked, records FROM files")),
        }
    finally:
        db.close()


def indexed(index: Path) -> list[dict]:
    """Every item in the search index with its stored fields, in id order."""
    ix = open_index(index)
    with ix.searcher() as searcher:
        return sorted(searcher.reader().all_stored_fields(), key=lambda d: d["id"])


def hit_groups(index: Path, query: str) -> list[tuple[str, ...]]:
    """A query's hits, each as the ids of every copy of its item the archive holds (the
    referat and the single-item PDF of the same matter are one hit). Which copy stands
    for the hit follows the order files reached the index (ties go to the lower document
    number), and that order is the order parsing finished in, on a cluster as with two
    local workers; everything else about the hit must be the same."""
    a = archive(index)
    clusters = a.clusters()
    docs = {a.searcher.stored_fields(d)["id"]: d for d in range(a.n) if a.live[d]}
    copies: dict[int, list[str]] = {}
    for item, d in docs.items():
        copies.setdefault(int(clusters[d]), []).append(item)
    hits = search(index, query, limit=0).hits  # every hit
    assert hits, query
    return sorted(tuple(sorted(copies[int(clusters[docs[h.id]])])) for h in hits)


def same_archive(index: Path, summary: dict, local: tuple[Path, dict]) -> None:
    local_index, local_summary = local
    mine, theirs = catalog(index), catalog(local_index)
    assert [r[:3] for r in mine["paths"]] == [r[:3] for r in theirs["paths"]]
    assert mine == theirs
    assert [d["id"] for d in indexed(index)] == [d["id"] for d in indexed(local_index)]
    assert indexed(index) == indexed(local_index)
    for query in QUERIES:
        assert hit_groups(index, query) == hit_groups(local_index, query), query
    assert failures(summary) == failures(local_summary)
    for key in ("files", "ingested", "documents", "items", "pages", "cpr_masked"):
        assert summary[key] == local_summary[key], key
    assert sorted(map(str, summary["skipped"])) == sorted(map(str, local_summary["skipped"]))


def test_the_local_import_reads_every_source_of_the_corpus(local, dev):
    index, summary = local
    greve = len(list((dev / "greve-firstagenda-json").rglob("*.json")))
    assert greve >= 245 and summary["ingested"] > greve + 25
    stored = {d["file_sha"] for d in indexed(index)}
    assert len(stored) > greve
    assert all(ids(index, q) for q in QUERIES), "a query finds nothing: pick another word"


def test_the_corpus_imported_on_a_shared_file_system_equals_a_local_import(
        dask_cluster, local, dev, tmp_path):
    index = tmp_path / "index"
    summary = run_import([str(dev)], index, cluster=Cluster(dask_cluster.address, True))
    same_archive(index, summary.to_dict(), local)


def test_the_corpus_sent_as_bytes_with_a_worker_killed_mid_run_equals_a_local_import(
        dask_cluster, local, dev, tmp_path):
    killed: list[str] = []
    seen = 0

    def progress(event: Event) -> None:
        nonlocal seen
        seen += isinstance(event, Parsed)
        if seen >= KILL_AFTER_FILES and not killed:
            worker = dask_cluster.busy_worker()
            if worker:
                dask_cluster.kill(worker)
                killed.append(worker)

    index = tmp_path / "index"
    try:
        summary = run_import([str(dev)], index, cluster=Cluster(dask_cluster.address),
                             progress=progress)
    finally:
        dask_cluster.start_worker()  # two again, for any test after this one
    assert killed, "no worker was parsing a file when the kill was due"
    same_archive(index, summary.to_dict(), local)


KILL_AFTER_FILES = 100  # well into the run: catalog batches are committed before the kill
