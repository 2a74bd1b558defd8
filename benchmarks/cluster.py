"""Import an OCR-heavy batch locally and through a Dask cluster on this machine.

    python -m benchmarks.cluster [--copies 5] [--scans 3] [--out FILE.json]

The batch is the scanned dev PDFs (the first `--scans` of them: a typed table, then two
handwritten minute books, which are much slower to OCR), each copied `--copies` times with its crop box
shrunk a point per copy: the pages render differently, so OCR's page cache (keyed by
the rendered image) never answers for a copy and every page is OCR'd. Each run gets an
empty OCR cache. Runs: the local pool with 1 and 2 workers, then a `dask scheduler`
with 1 and with 2 single-threaded `dask worker` processes (on loopback ports).
Prints pages/s, the speed-up of 2 workers over 1, and the per-page overhead of the
cluster against the local pool with as many workers.
"""
from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from ingest.cluster import Cluster
from search.importer import run_import
from tests.conftest import DEV
from tests.test_cluster import DaskCluster

SCANS = (
    "ballerup-edoc-2012/bilag/1537646_bygningsliste-og-prioriteringssystem_SCANNET.pdf",
    "aarhus-stadsarkiv-elev-extra/elev-sogneraad_forhandlingsprotokol_1940_SCANNET-haandskrift.pdf",
    "aarhus-stadsarkiv-sogneraad-1940-1945/"
    "elev-sogneraad_forhandlingsprotokol_1941_SCANNET-haandskrift.pdf",
)


def make_batch(folder: Path, copies: int, scans: tuple[str, ...] = SCANS) -> int:
    """Write the scans `copies` times, each copy's pages cropped one point more;
    returns the number of pages."""
    import pypdfium2 as pdfium

    folder.mkdir(parents=True, exist_ok=True)
    pages = 0
    for k in range(copies):
        for rel in scans:
            doc = pdfium.PdfDocument(DEV / rel)
            for page in doc:
                left, bottom, right, top = page.get_cropbox()
                page.set_cropbox(left + k, bottom + k, right - k, top - k)
            doc.save(folder / f"{k:02d}-{Path(rel).name}")
            pages += len(doc)
    return pages


def timed(run) -> float:
    start = time.monotonic()
    summary = run()
    assert not summary.failed, summary.failed
    return time.monotonic() - start


def local(batch: Path, work: Path, workers: int) -> float:
    os.environ["REFERAT_CACHE"] = str(work / f"cache-local-{workers}")
    return timed(lambda: run_import([str(batch)], work / f"local-{workers}", workers=workers,
                                    ocr="always"))


def on_cluster(batch: Path, work: Path, workers: int) -> float:
    home = work / f"dask-{workers}"
    home.mkdir()
    cluster = DaskCluster(home)  # each worker gets an empty OCR cache in home/cache
    try:
        cluster.start_scheduler()
        for _ in range(workers):
            cluster.start_worker()
        return timed(lambda: run_import([str(batch)], work / f"cluster-{workers}",
                                        cluster=Cluster(cluster.address), ocr="always"))
    finally:
        cluster.stop()


def main() -> None:
    args = argparse.ArgumentParser()
    args.add_argument("--copies", type=int, default=5)
    args.add_argument("--scans", type=int, default=len(SCANS))
    args.add_argument("--out", type=Path)
    opts = args.parse_args()
    with tempfile.TemporaryDirectory(prefix="referat-cluster-bench-") as tmp:
        work = Path(tmp)
        pages = make_batch(work / "batch", opts.copies, SCANS[:opts.scans])
        seconds = {f"local-{n}": local(work / "batch", work, n) for n in (1, 2)}
        seconds |= {f"cluster-{n}": on_cluster(work / "batch", work, n) for n in (1, 2)}
    report = {"pages": pages, "seconds": {k: round(v, 1) for k, v in seconds.items()},
              "pages_per_s": {k: round(pages / v, 3) for k, v in seconds.items()},
              "speedup_local": round(seconds["local-1"] / seconds["local-2"], 2),
              "speedup_cluster": round(seconds["cluster-1"] / seconds["cluster-2"], 2),
              "overhead_s_per_page": {
                  n: round((seconds[f"cluster-{n}"] - seconds[f"local-{n}"]) / pages, 3)
                  for n in (1, 2)}}
    print(json.dumps(report, indent=2))
    if opts.out:
        opts.out.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
