"""Import speed of meeting systems' exports: the 245 Greve FirstAgenda meetings.

    python -m benchmarks.exports                       # ../shared/corpus/dev/greve-firstagenda-json
    python -m benchmarks.exports FOLDER --workers 2 --repeats 3

Measures, as medians over the repeats: the whole `referat ingest` of the folder into a
fresh archive (the figure the target is about), reading and parsing alone in worker
processes (no index), and writing the parsed records into the index alone (one
writer, as the importer does). Writes benchmarks/results/<date>-exports.json.
"""
from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from benchmarks.run import machine

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "corpus" / "dev" / "greve-firstagenda-json"


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def bench_import(files: list[Path], workers: int) -> tuple[float, int]:
    """Seconds for the whole import into a fresh archive, and the items imported."""
    from search.importer import run_import

    with tempfile.TemporaryDirectory() as tmp:
        seconds, summary = timed(lambda: run_import([str(p) for p in files],
                                                    Path(tmp) / "index", workers=workers))
    assert not summary.failed, summary.failed[:3]
    return seconds, summary.items


def bench_parse(files: list[Path], workers: int) -> tuple[float, list]:
    """Seconds to read and parse every file in worker processes, and the results."""
    from ingest.batch import Task, parse_many
    from ingest.pipeline import sha256_file

    tasks = [Task(str(p), sha256_file(p), p.stat().st_size) for p in files]
    seconds, done = timed(lambda: list(parse_many(tasks, workers=workers)))
    return seconds, [d.result for d in done if d.result]


def bench_index(parsed: list) -> float:
    """Seconds to write parsed records (ParseResults) into a fresh index and commit."""
    from index.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "index")

        def write():
            for r in parsed:
                store.replace_file(r.source.sha256, r)
            store.commit()
        seconds, _ = timed(write)
    return seconds


def main(argv: list[str] | None = None) -> dict:
    """Run the benchmark and write its results."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=str(DEFAULT))
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args(argv)
    files = sorted(p for p in Path(args.folder).iterdir() if p.suffix in (".json", ".xml"))
    runs = {"import": [], "parse": [], "index": []}
    items = 0
    for _ in range(args.repeats):
        seconds, items = bench_import(files, args.workers)
        runs["import"].append(seconds)
        seconds, results = bench_parse(files, args.workers)
        runs["parse"].append(seconds)
        runs["index"].append(bench_index(results))
    med = {k: round(statistics.median(v), 2) for k, v in runs.items()}
    out = {"when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
           "machine": machine(), "folder": Path(args.folder).name, "files": len(files),
           "items": items, "workers": args.workers, "seconds": med, "runs": runs,
           "items_per_s": {k: round(items / v, 1) for k, v in med.items() if v}}
    target = HERE / "results" / f"{out['when'][:10]}-exports.json"
    target.parent.mkdir(exist_ok=True)
    target.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"{len(files)} files, {items} items, {args.workers} workers "
          f"(median of {args.repeats}):")
    for k in ("import", "parse", "index"):
        print(f"  {k:7s} {med[k]:7.1f} s  {out['items_per_s'][k]:7.1f} items/s")
    print(f"written to {target.relative_to(HERE.parent)}")
    return out


if __name__ == "__main__":
    main()
