"""Import an OCR-heavy batch locally and through a Dask cluster on this machine.

    python -m benchmarks.cluster [--pages 100] [--scans 3] [--runs local-1,...] [--out FILE]

The batch is the scanned dev PDFs (the first `--scans` of them: a typed table, then two
handwritten minute books, which are much slower to OCR), copied in turn until it holds
`--pages` pages, each copy's crop box shrunk a point more than the copy before: the
pages render differently, so OCR's page cache (keyed by the rendered image) never
answers for a copy and every page is OCR'd. Each run gets an empty OCR cache. Runs: the
local pool with 1 and 2 workers, then a `dask scheduler` with 1 and with 2
single-threaded `dask worker` processes (on loopback ports). Prints s/page and pages/s
of each run, the speed-up of 2 workers over 1, and the per-page overhead of the cluster
against the local pool with as many workers, with the machine and its load beside them.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
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


def make_batch(folder: Path, pages: int, scans: tuple[str, ...] = SCANS) -> int:
    """Copy the scans in turn, each copy's pages cropped one point more than the last,
    until the batch holds at least `pages` pages; returns how many it holds."""
    import pypdfium2 as pdfium

    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for k in itertools.count():
        for rel in scans:
            if total >= pages:
                return total
            doc = pdfium.PdfDocument(DEV / rel)
            for page in doc:
                left, bottom, right, top = page.get_cropbox()
                page.set_cropbox(left + k, bottom + k, right - k, top - k)
            doc.save(folder / f"{k:02d}-{Path(rel).name}")
            total += len(doc)
    return total


def machine() -> dict:
    """What the figures were measured on."""
    import pytesseract

    model = next((line.split(":", 1)[1].strip() for line in
                  Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor())
    return {"cpu": model, "cores": os.cpu_count(), "python": platform.python_version(),
            "tesseract": str(pytesseract.get_tesseract_version()),
            "omp_thread_limit": os.environ.get("OMP_THREAD_LIMIT")}


def timed(run) -> dict:
    """Seconds a run took, with the load average before and after it."""
    before = os.getloadavg()[0]
    start = time.monotonic()
    summary = run()
    seconds = time.monotonic() - start
    assert not summary.failed, summary.failed
    return {"seconds": seconds, "load": [round(before, 2), round(os.getloadavg()[0], 2)]}


def local(batch: Path, work: Path, workers: int) -> dict:
    os.environ["REFERAT_CACHE"] = str(work / f"cache-local-{workers}")
    return timed(lambda: run_import([str(batch)], work / f"local-{workers}", workers=workers,
                                    ocr="always"))


def on_cluster(batch: Path, work: Path, workers: int) -> dict:
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


RUNS = {"local-1": (local, 1), "local-2": (local, 2), "cluster-1": (on_cluster, 1),
        "cluster-2": (on_cluster, 2)}


def report(pages: int, runs: dict[str, dict]) -> dict:
    """s/page and pages/s per run; speed-ups and cluster overheads where both runs ran."""
    secs = {k: v["seconds"] for k, v in runs.items()}
    out = {"pages": pages, "machine": machine(),
           "seconds": {k: round(v, 1) for k, v in secs.items()},
           "load": {k: v["load"] for k, v in runs.items()},
           "s_per_page": {k: round(v / pages, 3) for k, v in secs.items()},
           "pages_per_s": {k: round(pages / v, 3) for k, v in secs.items()}}
    for kind in ("local", "cluster"):
        if {f"{kind}-1", f"{kind}-2"} <= secs.keys():
            out[f"speedup_{kind}"] = round(secs[f"{kind}-1"] / secs[f"{kind}-2"], 2)
    out["overhead_s_per_page"] = {
        n: round((secs[f"cluster-{n}"] - secs[f"local-{n}"]) / pages, 3)
        for n in (1, 2) if {f"cluster-{n}", f"local-{n}"} <= secs.keys()}
    return out


def main() -> None:
    args = argparse.ArgumentParser()
    args.add_argument("--pages", type=int, default=100)
    args.add_argument("--scans", type=int, default=len(SCANS))
    args.add_argument("--runs", default=",".join(RUNS),
                      help="comma-separated, of " + ", ".join(RUNS))
    args.add_argument("--out", type=Path)
    opts = args.parse_args()
    with tempfile.TemporaryDirectory(prefix="referat-cluster-bench-") as tmp:
        work = Path(tmp)
        pages = make_batch(work / "batch", opts.pages, SCANS[:opts.scans])
        runs = {}
        for name in opts.runs.split(","):
            run, workers = RUNS[name]
            runs[name] = run(work / "batch", work, workers)
            print(name, runs[name], flush=True)  # a long run shows how it goes
    result = json.dumps(report(pages, runs), indent=2)
    print(result)
    if opts.out:
        opts.out.write_text(result + "\n")


if __name__ == "__main__":
    main()
