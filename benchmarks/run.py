"""One command for the whole benchmark: build a seeded synthetic archive, measure,
write benchmarks/results/<date>-<mode>.json and the summary table in BENCHMARKS.md.

    python -m benchmarks.run            # full run (about 15-25 minutes on 2 cores)
    python -m benchmarks.run --quick    # 2-minute smoke run (CI; asserts nothing)

Every figure is a median over repeated runs, next to a baseline measured in the same
run on the same data (pdfplumber extract_text and poppler pdftotext for reading,
SQLite FTS5 for indexing and querying), so ratios hold on a noisy machine.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUERIES = [
    ("single word", "budget", {}),
    ("compound part", "bevilling", {}),
    ("phrase", '"kvalitetsstandarder for hjemmepleje"', {}),
    ("filtered by body and date", "renovering", {"body": "Teknisk Udvalg",
                                                 "date_from": "2015-01-01", "date_to": "2020-12-31"}),
    ("sorted by date", "efterværnsindsatser", {"sort": "-date"}),
    ("with facets", "klimatilpasning", {"facets": True}),
]


def median_of(fn, repeats: int):
    values = [fn() for _ in range(repeats)]
    return statistics.median(values), values


def machine() -> dict:
    return {"python": platform.python_version(), "platform": platform.platform(),
            "cpus": os.cpu_count(), "processor": platform.processor() or platform.machine(),
            "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
            "versions": {p: version(p) for p in ("pdfplumber", "spacy", "Whoosh-Reloaded",
                                                  "dateparser", "pypdfium2")}}


# --- ingest -------------------------------------------------------------------------

def bench_ingest(pdfs: Path, pages: int, files: int, workers: int, repeats: int) -> dict:
    from search.importer import run_import

    def once():
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            summary = run_import([str(pdfs)], Path(tmp) / "ix", workers=workers, ocr="never")
            took = time.perf_counter() - start
            assert summary.ingested == files, summary.failed[:3]
            return took
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    secs, runs = median_of(once, repeats)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"workers": workers, "seconds": round(secs, 2), "runs": [round(r, 2) for r in runs],
            "pages_per_s": round(pages / secs, 1), "files_per_s": round(files / secs, 2),
            "peak_worker_rss_mb": round(max(peak, before) / 1024, 1)}


def bench_stages(pdfs: Path, sample: int) -> dict:
    """Where one worker's time goes, on a sample of files, in-process."""
    import ingest.entities as entities
    import ingest.parse as parse_mod
    from index.store import Store
    from ingest.pdf import read_pdf
    from ingest.pipeline import parse_raw
    from ingest.pages import RawDocument
    from ingest.records import Source

    files = sorted(pdfs.glob("*.pdf"))[:sample]
    spacy_time = [0.0]
    real = entities.find_people

    def timed(text):
        t = time.perf_counter()
        try:
            return real(text)
        finally:
            spacy_time[0] += time.perf_counter() - t

    parse_mod.find_people = timed
    try:
        read = parse = index = 0.0
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(Path(tmp) / "ix")
            for f in files:
                t0 = time.perf_counter()
                pages = read_pdf(str(f), ocr_mode="never")
                t1 = time.perf_counter()
                result = parse_raw(RawDocument("pdf", pages), Source(f.name, "0" * 64, "pdf",
                                                                   len(pages)))
                t2 = time.perf_counter()
                store.replace_file(f.name.ljust(64, "0"), result)
                store.commit()
                t3 = time.perf_counter()
                read, parse, index = read + t1 - t0, parse + t2 - t1, index + t3 - t2
    finally:
        parse_mod.find_people = real
    parse -= spacy_time[0]
    total = read + parse + spacy_time[0] + index
    share = lambda x: round(100 * x / total, 1)  # noqa: E731
    return {"files": len(files), "seconds": round(total, 2),
            "share_percent": {"pdf reading": share(read), "parsing": share(parse),
                              "spacy": share(spacy_time[0]), "indexing (commit per file)":
                              share(index)}}


def bench_reading_baselines(pdfs: Path, pages: int, repeats: int) -> dict:
    import pdfplumber

    from ingest.pdf import read_pdf

    files = sorted(pdfs.glob("*.pdf"))

    def ours():
        t = time.perf_counter()
        for f in files:
            read_pdf(str(f), ocr_mode="never")
        return time.perf_counter() - t

    def plumber():
        t = time.perf_counter()
        for f in files:
            with pdfplumber.open(f) as pdf:
                for p in pdf.pages:
                    p.extract_text()
        return time.perf_counter() - t

    def poppler():
        t = time.perf_counter()
        for f in files:
            subprocess.run(["pdftotext", str(f), "-"], capture_output=True, check=True)
        return time.perf_counter() - t

    out = {}
    for name, fn in (("referat read_pdf (layout-aware)", ours),
                     ("pdfplumber extract_text", plumber), ("poppler pdftotext", poppler)):
        if name.startswith("poppler") and not shutil.which("pdftotext"):
            out[name] = None
            continue
        secs, _ = median_of(fn, repeats)
        out[name] = round(pages / secs, 1)
    return out


# --- index and query ----------------------------------------------------------------

def build_index(results, folder: Path) -> tuple[float, int]:
    from index.store import Store

    store = Store(folder, procs=os.cpu_count() or 1)
    t = time.perf_counter()
    docs = 0
    for r in results:
        docs += store.replace_file(r.source.sha256, r)
    store.commit(optimize=True)  # one segment, as after `referat reindex`
    return time.perf_counter() - t, docs


def fts5(results, path: Path) -> tuple[float, sqlite3.Connection]:
    db = sqlite3.connect(path)
    db.execute("CREATE VIRTUAL TABLE items USING fts5(title, body, date UNINDEXED, content, "
               "tokenize='unicode61')")
    t = time.perf_counter()
    rows = [(it.title, d.body, d.date, "\n".join([it.text, it.proposal or "",
                                                  it.decision.text if it.decision else ""]))
            for r in results for d in r.documents for it in d.items]
    db.executemany("INSERT INTO items VALUES (?, ?, ?, ?)", rows)
    db.commit()
    return time.perf_counter() - t, db


def percentiles(values: list[float]) -> dict:
    s = sorted(values)
    pick = lambda p: s[min(len(s) - 1, int(round(p * (len(s) - 1))))]  # noqa: E731
    return {"p50_ms": round(1000 * pick(0.50), 2), "p95_ms": round(1000 * pick(0.95), 2),
            "p99_ms": round(1000 * pick(0.99), 2)}


def bench_queries(index_dir: Path, db: sqlite3.Connection, rounds: int) -> dict:
    from datetime import date

    from search.query import Filters
    from search.searcher import search

    out = {}
    for label, text, opts in QUERIES:
        f = Filters(body=opts.get("body"),
                    date_from=date.fromisoformat(opts["date_from"]) if "date_from" in opts else None,
                    date_to=date.fromisoformat(opts["date_to"]) if "date_to" in opts else None)
        times = []
        for _ in range(rounds):
            t = time.perf_counter()
            search(index_dir, text, f, limit=10, sort=opts.get("sort", "relevance"),
                   facets=opts.get("facets", False))
            times.append(time.perf_counter() - t)
        out[label] = percentiles(times)
    fts = []
    for _ in range(rounds):
        for _, text, _ in QUERIES:
            t = time.perf_counter()
            db.execute("SELECT title FROM items WHERE items MATCH ? ORDER BY rank LIMIT 10",
                       (text.replace('"', "") if " " not in text.strip('"') else text,)).fetchall()
            fts.append(time.perf_counter() - t)
    out["baseline: sqlite fts5 (same queries)"] = percentiles(fts)
    return out


def bench_scale(items: int, rounds: int, workdir: Path) -> dict:
    from benchmarks.synth import records

    results = records(items)
    n_items = sum(len(d.items) for r in results for d in r.documents)
    secs, docs = build_index(results, workdir / f"ix{items}")
    fts_secs, db = fts5(results, workdir / f"fts{items}.sqlite")
    size = sum(p.stat().st_size for p in (workdir / f"ix{items}").rglob("*") if p.is_file())
    q = bench_queries(workdir / f"ix{items}", db, rounds)
    return {"items": n_items, "index_seconds": round(secs, 1),
            "items_per_s": round(n_items / secs, 1),
            "fts5_items_per_s": round(n_items / fts_secs, 1),
            "index_mb": round(size / 2**20, 1), "queries": q}


def bench_reindex(pdfs: Path, files: int) -> dict:
    from search.importer import reindex, run_import

    with tempfile.TemporaryDirectory() as tmp:
        ix = Path(tmp) / "ix"
        s = run_import([str(pdfs)], ix, ocr="never")
        t = time.perf_counter()
        n, docs = reindex(ix)
        took = time.perf_counter() - t
    return {"files": n, "items": docs, "seconds": round(took, 2),
            "items_per_s": round(docs / took, 1), "ingested": s.ingested}


def bench_ocr(pages: int, workdir: Path) -> dict | None:
    """Seconds per page for an image-only PDF: referat (render, orientation, deskew,
    OCR) against the plain tesseract command on the same page images."""
    from ingest import ocr as ocr_mod
    from ingest.pipeline import parse_file

    source = HERE.parent / "samples" / "seed-packet.pdf"
    if not ocr_mod.available():
        return None
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(source))
    images = [doc[i % len(doc)].render(scale=200 / 72, grayscale=True).to_pil()
              for i in range(pages)]
    scan = workdir / "scan.pdf"
    images[0].save(scan, "PDF", save_all=True, append_images=images[1:], resolution=200)
    t = time.perf_counter()
    result = parse_file(scan, ocr="auto", ocr_cache=workdir / "ocr-cache")
    ours = time.perf_counter() - t
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    t = time.perf_counter()
    for k, img in enumerate(images):
        png = workdir / f"p{k}.png"
        img.save(png)
        subprocess.run(["tesseract", str(png), "-", "-l", "dan"], capture_output=True, env=env,
                       check=True)
    plain = time.perf_counter() - t
    return {"pages": pages, "ocr_pages": result.source.ocr_pages,
            "referat_s_per_page": round(ours / pages, 2),
            "tesseract_cli_s_per_page": round(plain / pages, 2)}


# --- report -------------------------------------------------------------------------

def write_markdown(res: dict, path: Path) -> None:
    m, ing = res["machine"], res["ingest"]
    lines = [
        "# Benchmarks", "",
        f"Run `python -m benchmarks.run` (full) or `--quick`. Latest full run: "
        f"{res['date']} on {m['cpus']} cores, {m['memory_gb']} GB, Python {m['python']}, "
        f"{m['platform']}. Raw figures: `benchmarks/results/`.", "",
        f"Synthetic archive: {res['corpus']['files']} meeting PDFs, {res['corpus']['pages']} "
        "pages, seeded (eDoc layout: running header, sender column, member list, items with "
        "sections, proposal and decision).", "",
        "## Ingest (read, parse, catalog, index), digital PDFs", "",
        "| workers | pages/s | files/s | median s | peak worker RSS MB |",
        "|---|---|---|---|---|"]
    for r in ing:
        lines.append(f"| {r['workers']} | {r['pages_per_s']} | {r['files_per_s']} | "
                     f"{r['seconds']} | {r['peak_worker_rss_mb']} |")
    lines += ["", "Reading alone, pages/s (same PDFs, one process):", "",
              "| reader | pages/s |", "|---|---|"]
    for k, v in res["reading"].items():
        lines.append(f"| {k} | {v if v is not None else 'not installed'} |")
    st = res["stages"]
    lines += ["", f"Stage shares (one process, {st['files']} files):", "",
              "| stage | share of time |", "|---|---|"]
    lines += [f"| {k} | {v} % |" for k, v in st["share_percent"].items()]
    lines += ["", "## Index and query", "",
              "| items | index items/s | FTS5 items/s | index MB | "
              + " | ".join(f"{q} p50/p95/p99 ms" for q, _, _ in QUERIES[:3]) + " |",
              "|---|---|---|---|---|---|---|"]
    for sc in res["scale"]:
        qs = sc["queries"]
        lines.append(f"| {sc['items']} | {sc['items_per_s']} | {sc['fts5_items_per_s']} | "
                     f"{sc['index_mb']} | " + " | ".join(
                         f"{qs[q]['p50_ms']}/{qs[q]['p95_ms']}/{qs[q]['p99_ms']}"
                         for q, _, _ in QUERIES[:3]) + " |")
    lines += ["", "All query kinds (ms, p50/p95/p99):", "", "| query | "
              + " | ".join(f"{sc['items']} items" for sc in res["scale"]) + " |",
              "|---|" + "---|" * len(res["scale"])]
    for q in res["scale"][0]["queries"]:
        lines.append(f"| {q} | " + " | ".join(
            "{p50_ms}/{p95_ms}/{p99_ms}".format(**sc["queries"][q]) for sc in res["scale"]) + " |")
    if res.get("ocr"):
        o = res["ocr"]
        lines += ["", f"OCR of an image-only PDF ({o['pages']} pages, 200 dpi scans): "
                  f"{o['referat_s_per_page']} s/page in referat (rendering at 300 dpi, "
                  f"orientation detection, deskew, Danish OCR) against "
                  f"{o['tesseract_cli_s_per_page']} s/page for the bare `tesseract -l dan` "
                  "command on the same images (OMP_THREAD_LIMIT=1)."]
    rx = res["reindex"]
    lines += ["", f"Reindex from the catalog: {rx['items']} items in {rx['seconds']} s "
              f"({rx['items_per_s']} items/s), no PDF read.", ""]
    lines += res.get("notes", [])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="a 2-minute smoke run")
    ap.add_argument("--out", type=Path, default=HERE / "results",
                    help="folder for the JSON results (and BENCHMARKS.md when full)")
    ap.add_argument("--report", type=Path, help="only rewrite BENCHMARKS.md from a results "
                                                "JSON (after editing benchmarks/notes.md)")
    ap.add_argument("--scale", type=int, metavar="ITEMS",
                    help="only the index and query part at this many synthetic items "
                         "(JSON on stdout; BENCHMARKS.md untouched)")
    ap.add_argument("--rounds", type=int, default=50, help="query rounds with --scale")
    args = ap.parse_args(argv)
    if args.scale:
        work = Path(tempfile.mkdtemp(prefix="referat-bench-"))
        try:
            res = {"machine": machine(), "scale": bench_scale(args.scale, args.rounds, work)}
        finally:
            shutil.rmtree(work, ignore_errors=True)
        print(json.dumps(res, indent=1, ensure_ascii=False))
        return 0
    if args.report:
        res = json.loads(args.report.read_text(encoding="utf-8"))
        res["notes"] = (HERE / "notes.md").read_text(encoding="utf-8").splitlines()
        write_markdown(res, HERE.parent / "BENCHMARKS.md")
        return 0
    from benchmarks.synth import build_pdfs

    quick = args.quick
    files, repeats = (12, 1) if quick else (120, 3)
    scales = [2000] if quick else [10_000, 100_000]
    rounds = 5 if quick else 50
    work = Path(tempfile.mkdtemp(prefix="referat-bench-"))
    try:
        pdfs = work / "pdfs"
        pages = build_pdfs(pdfs, files)
        print(f"bench: {files} PDFs, {pages} pages in {pdfs}", flush=True)
        res = {"date": datetime.now(timezone.utc).strftime("%Y-%m-%d"), "mode":
               "quick" if quick else "full", "machine": machine(),
               "corpus": {"files": files, "pages": pages}}
        res["ingest"] = [bench_ingest(pdfs, pages, files, w, repeats)
                         for w in (1, os.cpu_count() or 1)]
        print(f"bench: ingest {res['ingest']}", flush=True)
        res["reading"] = bench_reading_baselines(pdfs, pages, repeats)
        res["stages"] = bench_stages(pdfs, min(files, 30))
        res["reindex"] = bench_reindex(pdfs, files)
        res["ocr"] = bench_ocr(3 if quick else 10, work)
        res["scale"] = []
        for n in scales:
            res["scale"].append(bench_scale(n, rounds, work))
            print(f"bench: {n} items: {res['scale'][-1]['items_per_s']} items/s", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    args.out.mkdir(parents=True, exist_ok=True)
    out = args.out / f"{res['date']}-{res['mode']}.json"
    out.write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"bench: wrote {out}")
    if not quick:
        notes_file = HERE / "notes.md"
        res["notes"] = notes_file.read_text(encoding="utf-8").splitlines() \
            if notes_file.exists() else []
        write_markdown(res, HERE.parent / "BENCHMARKS.md")
        print("bench: wrote BENCHMARKS.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
