"""Reading, ingest and OCR speed on the real development PDFs, with same-run baselines.

    python -m benchmarks.reading                 # ingest (1 and 2 workers), reading, OCR
    python -m benchmarks.reading --skip-ocr      # without the OCR part (about a minute)
    python -m benchmarks.reading --dev DIR       # another folder of PDFs
    python -m benchmarks.reading --skip-ocr --baseline ../main-checkout
                                                 # ingest of both checkouts, in turn

With --baseline, each ingest run (1 and 2 workers) of this checkout alternates with
the same run of the other checkout (A B A B, each a fresh process with that checkout
on its path), so both see the same machine and load; the figures of both and their
ratio are printed.

Ingest is `referat ingest --ocr never` of every PDF under the folder (read, parse,
catalog, index), median of `--repeats` runs, and the speedup from 1 to 2 workers; beside
it the import's CPU seconds (importer and workers together).
Worker CPU is a worker's share of that (read and parse every file, `parse_task`) in
CPU seconds in one process, best of `--repeats`, with the reading alone beside it: on
a shared machine it moves less with the neighbours than wall time (with --baseline,
both checkouts in turn).
Reading is `read_pdf` alone in this process (CPU seconds, so a busy machine counts
less), beside pdfplumber alone on the same pages, PDFium's plain text and pdftotext. OCR compares, in CPU seconds, referat's whole page path
(render, paper check, orientation, deskew, Danish OCR) per page with the bare
`tesseract IMAGE - -l dan` on the same 300 dpi page image, on scanned pages: the dev
corpus's scanned PDFs without a text layer and an image-only scan of a digital referat.
Machine, versions and `uptime` load are printed with the figures.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEV = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "dev"
# Image-only pages to OCR: the dev corpus's scan without a text layer, and the first
# pages of a digital referat rendered to images (one of them turned, as scans are).
SCANNED = "ballerup-edoc-2012/bilag/1537646_bygningsliste-og-prioriteringssystem_SCANNET.pdf"
REFERAT = "ballerup-edoc-2012/ballerup-sfu_referat_2012-12-04.pdf"
REFERAT_PAGES = 4
TURNED = 2  # which of the referat's pages is scanned sideways


def pdfs_under(folder: Path) -> list[Path]:
    """Every PDF under a folder, sorted."""
    return sorted(folder.rglob("*.pdf"))


def page_total(files: list[Path]) -> int:
    """Pages in the files, counted by PDFium."""
    from ingest.pdf import page_count

    return sum(page_count(str(f)) or 0 for f in files)


def bench_ingest(files: list[Path], pages: int, workers: int, repeats: int) -> dict:
    """`referat ingest --ocr never` of the files into a fresh archive, median seconds."""
    from search.importer import run_import

    runs, cpus = [], []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as tmp:
            t, c = time.perf_counter(), tree_cpu_seconds()
            summary = run_import([str(f) for f in files], Path(tmp) / "ix", workers=workers,
                                 ocr="never")
            runs.append(time.perf_counter() - t)
            cpus.append(tree_cpu_seconds() - c)
    secs = statistics.median(runs)
    # Files without a text layer are read, then refused (OCR is off): their pages count.
    return {"workers": workers, "seconds": round(secs, 2), "runs": [round(r, 2) for r in runs],
            "cpu_s": round(statistics.median(cpus), 2),
            "pages_per_s": round(pages / secs, 1), "ingested": summary.ingested,
            "refused": len(summary.failed)}


def ingest_once(checkout: Path, dev: Path, workers: int) -> dict:
    """One ingest run of a checkout's code (this script, that checkout's referat first
    on the path), in a fresh process: its figures."""
    env = {**os.environ, "PYTHONPATH": str(checkout.resolve())}
    out = subprocess.run([sys.executable, __file__, "--dev", str(dev.resolve()),
                          "--repeats", "1", "--ingest-only", "--workers", str(workers)],
                         cwd=checkout, env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)["ingest"][0]


def bench_against(baseline: Path, dev: Path, repeats: int) -> dict:
    """Ingest with 1 and 2 workers, this checkout and the baseline's in turn, medians."""
    here = Path(__file__).resolve().parents[1]
    runs: dict[str, dict[int, list[dict]]] = {"this": {1: [], 2: []}, "baseline": {1: [], 2: []}}
    for _ in range(repeats):
        for workers in (1, 2):
            for name, checkout in (("baseline", baseline), ("this", here)):
                runs[name][workers].append(ingest_once(checkout, dev, workers))
    out = {}
    for name, by_workers in runs.items():
        secs = {w: statistics.median(r["seconds"] for r in rs) for w, rs in by_workers.items()}
        pages = by_workers[1][0]["pages_per_s"] * by_workers[1][0]["seconds"]
        out[name] = {f"{w}_workers": {"seconds": round(secs[w], 2),
                                      "runs": [r["seconds"] for r in by_workers[w]],
                                      "pages_per_s": round(pages / secs[w], 1),
                                      "cpu_s": statistics.median(r["cpu_s"]
                                                                 for r in by_workers[w])}
                     for w in secs} | {"speedup_2_workers": round(secs[1] / secs[2], 2)}
    return out


def bench_worker_cpu(files: list[Path], pages: int, repeats: int) -> dict:
    """A worker's work on the files in this process, in CPU seconds (so a busy machine
    counts less than in wall time): read and parse each (`parse_task`, `--ocr never`),
    best of `repeats` after one warm-up pass; and of that, the reading alone."""
    from ingest import pdf
    from ingest.batch import Task, parse_task
    from ingest.records import OcrMode

    tasks = [Task(str(f), "", f.stat().st_size) for f in files]

    def cpu(work) -> float:
        t = cpu_seconds()
        for task in tasks:
            work(task)
        return cpu_seconds() - t

    def parse(task) -> None:
        parse_task(task, OcrMode.NEVER, 0, None)

    def read(task) -> None:
        try:
            pdf.read_pdf(task.path, ocr_mode="never")
        except Exception:  # noqa: BLE001 - a file that cannot be read costs what it cost
            pass

    cpu(parse)
    whole = min(cpu(parse) for _ in range(repeats))
    reading = min(cpu(read) for _ in range(repeats))
    return {"cpu_s": round(whole, 2), "read_cpu_s": round(reading, 2),
            "cpu_ms_per_page": round(1000 * whole / pages, 1),
            "read_cpu_ms_per_page": round(1000 * reading / pages, 1)}


def worker_cpu_against(baseline: Path, dev: Path, repeats: int) -> dict:
    """bench_worker_cpu of this checkout and the baseline, in turn, each in a fresh
    process with that checkout first on the path."""
    here = Path(__file__).resolve().parents[1]
    out = {}
    for name, checkout in (("baseline", baseline), ("this", here)):
        env = {**os.environ, "PYTHONPATH": str(checkout.resolve())}
        run = subprocess.run([sys.executable, __file__, "--dev", str(dev.resolve()),
                              "--repeats", str(repeats), "--worker-cpu"],
                             cwd=checkout, env=env, capture_output=True, text=True, check=True)
        out[name] = json.loads(run.stdout)["worker_cpu"]
    return out


def bench_reading(files: list[Path], pages: int) -> dict:
    """read_pdf alone in this process, in CPU seconds, beside the same pages read by
    pdfplumber alone (the reading before PDFium), PDFium's plain text and pdftotext."""
    import pypdfium2 as pdfium

    from ingest import pdf

    def cpu(read) -> float:
        t = cpu_seconds()
        for f in files:
            read(f)
        return cpu_seconds() - t

    def plain(f: Path) -> None:
        doc = pdfium.PdfDocument(str(f))
        for page in doc:
            page.get_textpage().get_text_range()
        doc.close()

    def pdftotext(f: Path) -> None:
        subprocess.run(["pdftotext", "-q", str(f), "-"], capture_output=True, check=False)

    rates = {"read_pdf_pages_per_cpu_s": cpu(lambda f: pdf.read_pdf(str(f), ocr_mode="never")),
             "pdfplumber_only_pages_per_cpu_s":
                 cpu(lambda f: pdf._read_plumber(str(f), "never", None, None)),
             "pypdfium2_text_pages_per_cpu_s": cpu(plain)}
    if shutil.which("pdftotext"):
        rates["pdftotext_pages_per_cpu_s"] = cpu(pdftotext)
    return {k: round(pages / v, 1) for k, v in rates.items()}


def scanned_pages(dev: Path, workdir: Path) -> list[tuple[Path, int]]:
    """(pdf, page index) of the image-only pages to OCR."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(dev / REFERAT))
    images = []
    for i in range(REFERAT_PAGES):
        img = doc[i].render(scale=200 / 72, grayscale=True).to_pil()
        images.append(img.rotate(90, expand=True) if i == TURNED else img)
    doc.close()
    scan = workdir / "referat-scan.pdf"
    images[0].save(scan, "PDF", save_all=True, append_images=images[1:], resolution=200)
    scanned = dev / SCANNED
    pages = [(scanned, i) for i in range(len(pdfium.PdfDocument(str(scanned))))]
    return pages + [(scan, i) for i in range(REFERAT_PAGES)]


def tree_cpu_seconds() -> float:
    """CPU time of this process and of every child it has waited for (an import's
    worker processes): what an import costs, which a loaded machine inflates less than
    its wall time."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def cpu_seconds() -> float:
    """CPU time of this process and of the children it has waited for (tesseract)."""
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + kids.ru_utime + kids.ru_stime


def bench_ocr(dev: Path, workdir: Path) -> dict | None:
    """CPU seconds per page: referat's OCR path against bare tesseract on the same image.

    CPU time rather than wall time: on a shared 2-core machine wall time measures the
    neighbours; both sides run single-threaded (OMP_THREAD_LIMIT=1)."""
    from ingest import ocr

    if not ocr.available():
        return None
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    rows = []
    for k, (pdf, index) in enumerate(scanned_pages(dev, workdir)):
        png = workdir / f"page{k}.png"
        ocr.render(pdf, index).save(png)
        t = cpu_seconds()
        subprocess.run(["tesseract", str(png), "-", "-l", "dan"], capture_output=True,
                       env=env, check=True)
        bare = cpu_seconds() - t
        t = cpu_seconds()
        ocr.page_ocr(pdf, workdir / f"cache{k}")(index)  # a fresh cache: really OCR'd
        ours = cpu_seconds() - t
        rows.append({"page": f"{pdf.name}#{index + 1}", "referat_s": round(ours, 2),
                     "tesseract_s": round(bare, 2), "ratio": round(ours / bare, 2)})
    ours = statistics.mean(r["referat_s"] for r in rows)
    bare = statistics.mean(r["tesseract_s"] for r in rows)
    return {"pages": len(rows), "referat_s_per_page": round(ours, 2),
            "tesseract_s_per_page": round(bare, 2), "ratio": round(ours / bare, 2),
            "median_page_ratio": statistics.median(r["ratio"] for r in rows), "per_page": rows}


def machine() -> dict:
    """Where the figures were measured."""
    load = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    return {"cpus": os.cpu_count(), "python": platform.python_version(),
            "platform": platform.platform(), "uptime": load}


def main(argv: list[str] | None = None) -> dict:
    """Run the reading benchmark and print its figures as JSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=Path, default=DEV, help="folder of PDFs (the dev corpus)")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--skip-ocr", action="store_true")
    ap.add_argument("--out", type=Path, help="also write the figures to this JSON file")
    ap.add_argument("--baseline", type=Path,
                    help="another checkout: its ingest runs alternate with this one's")
    ap.add_argument("--ingest-only", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--workers", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--worker-cpu", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    files = pdfs_under(args.dev)
    pages = page_total(files)
    if args.ingest_only:  # one run for --baseline, in a process of its own
        res = {"ingest": [bench_ingest(files, pages, args.workers, args.repeats)]}
        print(json.dumps(res))
        return res
    if args.worker_cpu:  # one checkout's worker CPU for --baseline, in its own process
        res = {"worker_cpu": bench_worker_cpu(files, pages, args.repeats)}
        print(json.dumps(res))
        return res
    res = {"machine": machine(), "files": len(files), "pages": pages}
    if args.baseline:
        res["ingest_against_baseline"] = bench_against(args.baseline, args.dev, args.repeats)
        res["worker_cpu_against_baseline"] = worker_cpu_against(args.baseline, args.dev,
                                                                args.repeats)
    else:
        res["reading"] = bench_reading(files, pages)
        res["worker_cpu"] = bench_worker_cpu(files, pages, args.repeats)
        res["ingest"] = [bench_ingest(files, pages, w, args.repeats) for w in (1, 2)]
        one, two = res["ingest"]
        res["ingest_speedup_2_workers"] = round(one["seconds"] / two["seconds"], 2)
    if not args.skip_ocr:
        with tempfile.TemporaryDirectory() as tmp:
            res["ocr"] = bench_ocr(args.dev, Path(tmp))
    res["machine"]["uptime_after"] = machine()["uptime"]
    text = json.dumps(res, indent=1, ensure_ascii=False)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return res


if __name__ == "__main__":
    main()
