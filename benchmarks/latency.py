"""Query latency on real vocabulary at scale: the Greve meetings replicated to N items
(dates moved back four years per copy), every query kind, and SQLite FTS5 over the same
Danish tokens (referat's own analyzer) with its hit counts next to referat's.

    python -m benchmarks.latency build --items 100000 --out DIR
    python -m benchmarks.latency run --index DIR [--rounds 30] [--out results.json]

Each query runs `rounds` times in one process with the archive kept open (as
`referat serve` or a long-running caller would); the first run, which opens the index
and fills the caches, is reported apart. The machine is shared: compare code versions
in paired runs on the same index build, not against numbers from another day.
"""
from __future__ import annotations

import argparse
import json
import re
import sqlite3
import statistics
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
GREVE = HERE.parent.parent / "shared" / "corpus" / "dev" / "greve-firstagenda-json"
TEXT_CHARS = 1500  # an item's text kept per copy: the summary and the start of the case
# Each kind is asked with several queries in turn, so that its p95 includes the first
# ask of a query (nothing of it cached yet), not only the same query answered again.
QUERIES = [
    ("word", ["budget", "skole", "regnskab"], {}),
    ("compound part", ["bevilling", "opfølgning", "pleje"], {}),
    ("compound word", ["kystbeskyttelse", "budgetopfølgning", "ældrepleje"], {}),
    ("phrase", ['"kommunal boliganvisning"', '"offentlig høring"', '"almene boliger"'], {}),
    ("filtered", ["renovering", "skole", "trafik"],
     {"body": "Klima-, Teknik- og Miljøudvalget", "from": "2015-01-01", "to": "2020-12-31"}),
    ("date-sorted", ["svømmehal", "cykelsti", "spildevand"], {"sort": "-date"}),
    ("faceted", ["klimatilpasning", "affald", "børnehave"], {"facets": True}),
    ("natural question", ["hvad gør kommunen for ensomme ældre",
                          "hvordan går det med budgettet"], {}),
]


def _shift(day: str | None, years: int) -> str | None:
    if not day:
        return day
    y, m, d = map(int, day.split("-"))
    return date(y - years, m, min(d, 28) if m == 2 else d).isoformat()


def read_greve(folder: Path = GREVE) -> list:
    """The Greve meetings as the FirstAgenda export reader parses them."""
    from ingest.pipeline import parse_file

    return [parse_file(p) for p in sorted(folder.glob("*.json"))]


def replicated(items: int):
    """The Greve meetings, copied with dates moved back until `items` items exist."""
    base = read_greve()
    per_copy = sum(len(d.items) for r in base for d in r.documents)
    for k in range(-(-items // per_copy)):
        for r in base:
            docs = tuple(replace(d, date=_shift(d.date, 4 * k), items=tuple(
                replace(i, text=i.text[:TEXT_CHARS]) for i in d.items)) for d in r.documents)
            sha = f"{k:04d}{r.source.sha256[4:]}"
            yield replace(r, source=replace(r.source, sha256=sha), documents=docs)


def build(out: Path, items: int) -> dict:
    """Index the replicated archive with the code under test (procs as in reindex)."""
    import os

    from index.store import Store

    t = time.perf_counter()
    records = list(replicated(items))  # made first: the copies' cost is not indexing's
    made = time.perf_counter() - t
    store = Store(out, procs=os.cpu_count() or 1)
    t, cpu, n = time.perf_counter(), time.process_time(), 0
    for r in records:
        n += store.replace_file(r.source.sha256, r)
    store.commit(optimize=True)
    took = time.perf_counter() - t
    return {"items": n, "seconds": round(took, 1), "items_per_s": round(n / took, 1),
            "parent_cpu_s": round(time.process_time() - cpu, 1),
            "copies_made_s": round(made, 1), "procs": store.procs}


def fts5(index_dir: Path) -> sqlite3.Connection:
    """FTS5 over the index's stored texts, tokenised by referat's analyzer (so both
    engines search the same Danish tokens)."""
    from index.analysis import danish_analyzer
    from index.store import open_index

    a = danish_analyzer()
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE u USING fts5(body UNINDEXED, day UNINDEXED, tokens, "
               "tokenize='unicode61')")
    ix = open_index(index_dir)
    with ix.searcher() as s:
        rows = [(f.get("body", ""), f.get("date", ""),
                 " ".join(t.text for t in a(" ".join([f.get("item_title", ""),
                                                      f.get("content", ""),
                                                      f.get("decision", "")]))))
                for f in s.all_stored_fields()]
    db.executemany("INSERT INTO u VALUES (?, ?, ?)", rows)
    return db


def fts5_query(db: sqlite3.Connection, text: str, opts: dict) -> tuple[float, int]:
    from index.analysis import danish_analyzer

    words = [t.text for t in danish_analyzer()(text.strip('"'), mode="query")]
    match = ('"' + " ".join(words) + '"') if text.startswith('"') else " OR ".join(
        f'"{w}"' for w in words)
    sql, args = "FROM u WHERE u MATCH ?", [match]
    if opts.get("body"):
        sql, args = sql + " AND body = ?", args + [opts["body"]]
    if opts.get("from"):
        sql, args = sql + " AND day BETWEEN ? AND ?", args + [opts["from"], opts["to"]]
    t = time.perf_counter()
    total = db.execute("SELECT count(*) " + sql, args).fetchone()[0]
    order = "day DESC" if opts.get("sort") else "rank"
    db.execute(f"SELECT rowid {sql} ORDER BY {order} LIMIT 10", args).fetchall()
    return time.perf_counter() - t, total


def percentiles(values: list[float]) -> dict:
    s = sorted(values)
    pick = lambda p: s[min(len(s) - 1, int(round(p * (len(s) - 1))))]  # noqa: E731
    return {"p50_ms": round(1000 * pick(0.5), 1), "p95_ms": round(1000 * pick(0.95), 1),
            "max_ms": round(1000 * s[-1], 1)}


def run(index_dir: Path, rounds: int) -> dict:
    """Every kind's queries asked in turn `rounds` times with the archive kept open."""
    from search.searcher import search

    db = fts5(index_dir)
    t = time.perf_counter()
    search(index_dir, "kommune", limit=10)  # opens the archive: reported apart
    out = {"open_ms": round(1000 * (time.perf_counter() - t), 1)}
    for label, texts, opts in QUERIES:
        out[label] = _kind(index_dir, db, texts, opts, rounds)
        print(f"latency: {label}: {out[label]}", file=sys.stderr, flush=True)
    return out


def _kind(index_dir: Path, db, texts: list[str], opts: dict, rounds: int) -> dict:
    """One kind's figures: every ask timed, the first ask of each query among them."""
    from search.query import Filters
    from search.searcher import search

    f = Filters(body=opts.get("body"),
                date_from=date.fromisoformat(opts["from"]) if "from" in opts else None,
                date_to=date.fromisoformat(opts["to"]) if "to" in opts else None)
    kwargs = {"sort": opts.get("sort", "relevance"), "facets": opts.get("facets", False)}
    times, first, totals = [], {}, {}
    for r in range(rounds):
        text = texts[r % len(texts)]
        t = time.perf_counter()
        totals[text] = search(index_dir, text, f, limit=10, **kwargs).total
        times.append(time.perf_counter() - t)
        first.setdefault(text, round(1000 * times[-1], 1))
    fts, fts_totals = [], {}
    for r in range(rounds):
        took, fts_totals[texts[r % len(texts)]] = fts5_query(db, texts[r % len(texts)], opts)
        fts.append(took)
    return {"queries": texts, "first_ask_ms": first, **percentiles(times), "totals": totals,
            "fts5": {**percentiles(fts), "totals": fts_totals},
            # Equal counts say both engines answered the same question; a difference
            # (referat's compound parts, one hit per item, soft filters) is shown.
            "totals_equal": totals == fts_totals}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("--items", type=int, default=100_000)
    b.add_argument("--out", type=Path, required=True)
    r = sub.add_parser("run")
    r.add_argument("--index", type=Path, required=True)
    r.add_argument("--rounds", type=int, default=30)
    r.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    res = build(args.out, args.items) if args.cmd == "build" else run(args.index, args.rounds)
    text = json.dumps(res, indent=1, ensure_ascii=False)
    if getattr(args, "out", None) and args.cmd == "run":
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
