"""The catalog's questions at scale: decisions, case, people and status in SQL.

    python -m benchmarks.catalog                  # 100k items (about 5 minutes on 2 cores)
    python -m benchmarks.catalog --items 10000    # a quicker run

Builds a catalog from the seeded synthetic records (benchmarks/synth.py) the way the
importer writes it (one transaction per batch of files), times the one-time upgrade
of an archive whose tables must be derived again, then times every question through
the same functions the CLI calls (opening the catalog included): median and p95 over
repeated rounds. Writes benchmarks/results/<date>-catalog-<items>.json and prints a
Markdown table. CPU time is reported beside wall time: on a shared machine it is
what the question costs without the wait for a core. The words of `decisions WORDS`
go to the search engine and are measured with the search benchmarks, not here.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from benchmarks.run import machine, percentiles
from benchmarks.synth import records

HERE = Path(__file__).resolve().parent
# Files per transaction, as the importer's batches (REFERAT_BATCH_FILES default).
BATCH_FILES = 50
TARGET_MS = 200


def build(results, index_dir: Path) -> dict:
    """Write the records as the importer does; returns the write rate."""
    from index.catalog import Catalog, catalog_path
    from ingest.records import FileStatus

    cat = Catalog(catalog_path(index_dir))
    t = time.perf_counter()
    for start in range(0, len(results), BATCH_FILES):
        with cat.transaction():
            for r in results[start:start + BATCH_FILES]:
                cat.put_result(r, 1000, 0.1, 0)
                cat.put_path(r.source.path, r.source.sha256, FileStatus.INGESTED, None, 1000, 1)
    took = time.perf_counter() - t
    cat.close()
    items = sum(len(d.items) for r in results for d in r.documents)
    size = catalog_path(index_dir).stat().st_size
    return {"files": len(results), "items": items, "seconds": round(took, 1),
            "items_per_s": round(items / took, 1), "catalog_mb": round(size / 2**20, 1)}


def upgrade(index_dir: Path) -> dict:
    """Time the first open of an archive whose derived tables are out of date."""
    from index.catalog import Catalog, catalog_path

    db = sqlite3.connect(catalog_path(index_dir))
    db.execute("PRAGMA user_version = 0")
    db.close()
    t = time.perf_counter()
    Catalog(catalog_path(index_dir)).close()
    return {"seconds": round(time.perf_counter() - t, 1)}


def questions(index_dir: Path, case_number: str) -> list[tuple[str, callable]]:
    """(label, call) for every question the CLI asks of the catalog."""
    from search import decisions as dec

    def listing(**kw):
        return lambda: dec.decisions(index_dir, dec.decision_filter(index_dir, **kw))
    return [
        ("decisions: newest 50", listing(limit=50)),
        ("decisions: body + one year", listing(body="Teknisk Udvalg",
                                               date_from=_day("2015-01-01"),
                                               date_to=_day("2015-12-31"))),
        ("decisions: outcome, newest 50", listing(outcome="udsat", limit=50)),
        ("decisions: case number", listing(case=case_number)),
        ("decisions: facets", lambda: dec.facets(index_dir, dec.decision_filter(index_dir))),
        ("decisions: every row", listing()),
        ("case NUMBER", lambda: dec.case_timeline(index_dir, case_number)),
        ("people: top 50", lambda: dec.people(index_dir, None, limit=50)),
        ("people NAME (every appearance)", lambda: dec.people(index_dir, "Grethe Larsen")),
        ("people MIDDLE-NAME", lambda: dec.people(index_dir, "Vilhelm")),
        ("status", lambda: _status(index_dir)),
    ]


def _day(iso: str):
    from datetime import date
    return date.fromisoformat(iso)


def _status(index_dir: Path):
    from search.decisions import open_catalog
    cat = open_catalog(index_dir)
    try:
        return cat.status()
    finally:
        cat.close()


def measure(calls, rounds: int) -> dict:
    """Wall-clock percentiles and median CPU time of each call over `rounds` runs."""
    out = {}
    for label, call in calls:
        call()  # warm the page cache once, as a second command in a shell would find it
        times, cpu = [], []
        for _ in range(rounds):
            t, c = time.perf_counter(), time.process_time()
            answer = call()
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
        out[label] = {**percentiles(times), "rows": len(answer) if isinstance(answer, list) else 1,
                      "cpu_p50_ms": round(1000 * statistics.median(cpu), 2)}
    return out


def table(res: dict) -> str:
    """The questions' figures as a Markdown table."""
    lines = [f"| question ({res['build']['items']} items) | rows | p50 ms | p95 ms | "
             f"CPU p50 ms | p95 < {TARGET_MS} ms |", "|---|---|---|---|---|---|"]
    for label, q in res["questions"].items():
        lines.append(f"| {label} | {q['rows']} | {q['p50_ms']} | {q['p95_ms']} | "
                     f"{q['cpu_p50_ms']} | {'yes' if q['p95_ms'] < TARGET_MS else 'no'} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Build, upgrade, measure, write the results JSON and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--items", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--out", type=Path, default=HERE / "results")
    args = ap.parse_args(argv)
    results = records(args.items)
    case_number = results[len(results) // 2].documents[0].items[0].case_numbers[0]
    with tempfile.TemporaryDirectory(prefix="referat-catalog-") as tmp:
        index_dir = Path(tmp) / "index"
        res = {"date": datetime.now(timezone.utc).strftime("%Y-%m-%d"), "machine": machine(),
               "build": build(results, index_dir)}
        print(f"bench: catalog written: {res['build']}", flush=True)
        res["upgrade"] = upgrade(index_dir)
        print(f"bench: upgrade on first open: {res['upgrade']}", flush=True)
        res["questions"] = measure(questions(index_dir, case_number), args.rounds)
    args.out.mkdir(parents=True, exist_ok=True)
    out = args.out / f"{res['date']}-catalog-{args.items}.json"
    out.write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(table(res))
    print(f"bench: wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
