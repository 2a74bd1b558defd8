"""Latency of `referat serve`'s search page over an archive (the dev corpus).

    referat ingest ../shared/corpus/dev --index /tmp/dev/index
    python -m benchmarks.web --index /tmp/dev/index [--rounds 5] [--out results.json]

`referat serve` runs in its own process on a local port and is asked over HTTP, as a
browser would: routing, search with facets, the hits' file links, template rendering.
Each query of benchmarks/queries.tsv is asked as the plain search page, narrowed to its
first committee facet (a facet click), sorted newest first, and as JSON; every request
`rounds` times with the archive open; the same search without the page, interleaved,
is the baseline. The first request (opening the index, filling the caches) is reported
apart. The machine is shared: compare runs made back to back, and the page against its
baseline in the same run.
"""
from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.quality import load_queries

STARTUP_SECONDS = 30  # the server must be listening by then


def serve(index_dir: Path):
    """`referat serve` on a free local port, in its own process as users run it;
    (base URL, stop function)."""
    import httpx2 as httpx

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "search", "serve", "--index", str(index_dir),
                             "--port", str(port)], stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            httpx.get(base + "/static/referat.css", timeout=1)
            break
        except httpx.TransportError:
            time.sleep(0.1)

    def stop() -> None:
        proc.terminate()
        proc.wait(10)
    if proc.poll() is not None:
        raise SystemExit(f"referat serve exited with {proc.returncode}")
    return base, stop


def requests(client, queries: list[dict]) -> list[tuple[str, dict]]:
    """The pages to time: each query plain, after a facet click, newest first, as JSON."""
    out = []
    for q in queries:
        plain = {"q": q["query"]}
        facets = client.get("/", params={**plain, "format": "json"}).json().get("facets", {})
        body = next((b for b in facets.get("body", {}) if b != "(ukendt)"), None)
        out += [("page", plain), ("newest", {**plain, "sort": "-date"}),
                ("json", {**plain, "format": "json"})]
        if body:
            out.append(("facet click", {**plain, "udvalg": body}))
    return out


def timed(client, params: dict) -> float:
    start = time.perf_counter()
    got = client.get("/", params=params)
    elapsed = time.perf_counter() - start
    if got.status_code != 200:
        raise SystemExit(f"{params}: HTTP {got.status_code}")
    return elapsed


def timed_search(index_dir: Path, params: dict) -> float:
    """The same search without the web page, in this process (the baseline: what the
    page adds is the difference)."""
    from search.query import Filters
    from search.searcher import search
    from search.web import PAGE_SIZE

    start = time.perf_counter()
    search(index_dir, params["q"], Filters(), limit=PAGE_SIZE, facets=True)
    return time.perf_counter() - start


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1] if len(values) > 1 \
        else values[0]


def measure(index_dir: Path, rounds: int) -> dict:
    """Milliseconds per request: first, then p50/p95/max overall and by kind."""
    import httpx2 as httpx

    base, stop = serve(index_dir)
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            first = timed(client, {"q": "budget"})
            asked = requests(client, load_queries())
            by_kind: dict[str, list[float]] = {}
            for _ in range(rounds):
                for kind, params in asked:
                    by_kind.setdefault(kind, []).append(timed(client, params))
                    if kind == "page":  # interleaved, so both see the same machine load
                        by_kind.setdefault("search() alone", []).append(
                            timed_search(index_dir, params))
    finally:
        stop()
    every = [t for k, ts in by_kind.items() if k != "search() alone" for t in ts]
    ms = lambda v: round(v * 1000, 1)  # noqa: E731
    return {"first_ms": ms(first), "requests": len(every),
            "p50_ms": ms(statistics.median(every)), "p95_ms": ms(p95(every)),
            "max_ms": ms(max(every)),
            "by_kind": {k: {"p50_ms": ms(statistics.median(v)), "p95_ms": ms(p95(v))}
                        for k, v in by_kind.items()}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    result = measure(args.index, args.rounds)
    text = json.dumps(result, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
