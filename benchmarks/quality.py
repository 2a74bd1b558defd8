"""Search quality on the development corpus: recall@10, MRR and nDCG@10 by query type,
for referat and for SQLite FTS5 over the same archive.

    python -m benchmarks.quality build --out DIR [--catalog CAT]   # the archive
    python -m benchmarks.quality eval --index DIR/index [--out F] [--only TYPE]
    python -m benchmarks.quality pool --index DIR/index QID ...    # candidates to judge
    python -m benchmarks.quality stale --index DIR/index           # judged keys not in it

The archive is the whole development corpus as `referat ingest` imports it (the 245
Greve meetings through the FirstAgenda export reader). `--catalog` starts from an
existing catalog of the corpus instead of parsing it again, so two code versions are
compared on the same parsed records.

Queries are in benchmarks/queries.tsv (id, type, query, options as JSON). Judgments are
in benchmarks/judgments.json: for each query id, the relevant units, each a list of keys
(`<file name>#<document>-<item>`) that are the same item from several files; a unit
counts once, whichever of its keys is found. Judgments were made by reading the
candidates pooled from every system (`pool`), not from any one system's ranking.
"""
from __future__ import annotations

import argparse
import json
import math
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CORPUS = REPO.parent / "shared" / "corpus"
QUERIES = HERE / "queries.tsv"
JUDGMENTS = HERE / "judgments.json"
K = 10


def load_queries(path: Path = QUERIES) -> list[dict]:
    """The query set: id, type, query text and search options."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        qid, qtype, text, *rest = line.split("\t")
        out.append({"id": qid, "type": qtype, "query": text,
                    "options": json.loads(rest[0]) if rest and rest[0].strip() else {}})
    return out


def hit_key(source: str, hit_id: str) -> str:
    """A judged unit's key: file name plus the document and item position in it."""
    return f"{Path(source).name}#{hit_id.split('-', 1)[1]}"


# --- the archive ------------------------------------------------------------------

def build(out: Path, catalog: Path | None) -> Path:
    """The development corpus as an archive at out/index."""
    from search.importer import archive_paths, reindex, run_import

    index_dir = out / "index"
    if catalog:
        index_dir.mkdir(parents=True, exist_ok=True)
        shutil.copy(catalog, archive_paths(index_dir)[0])
        t = time.perf_counter()
        files, docs = reindex(index_dir)
        print(f"quality: {files} files, {docs} index documents, reindexed in "
              f"{time.perf_counter() - t:.1f} s", file=sys.stderr)
    else:
        run_import([str(REPO / "samples"), str(CORPUS / "seed"), str(CORPUS / "dev")],
                   index_dir, workers=2)
    return index_dir


# --- the FTS5 baseline ------------------------------------------------------------

def fts5_archive(index_dir: Path) -> sqlite3.Connection:
    """One FTS5 row per indexed unit (item, or document without items), unicode61
    tokens, no Danish analysis: what a plain SQLite search over the archive gives."""
    from index.catalog import Catalog
    from index.schema import doc_id
    from search.importer import archive_paths

    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE u USING fts5(key UNINDEXED, date UNINDEXED, "
               "body, title, text, tokenize='unicode61')")
    cat = Catalog(archive_paths(index_dir)[0])
    rows = []
    for r in cat.results():
        for d_i, d in enumerate(r.documents):
            units = [(i_i, it.title, "\n".join([it.text, it.decision.text if it.decision
                                                 else ""])) for i_i, it in enumerate(d.items)]
            if not d.items:
                units = [(None, d.title or "", d.text)]
            for i_i, title, text in units:
                key = hit_key(r.source.path, doc_id(r.source.sha256, d_i, i_i))
                rows.append((key, d.date or "", d.body or "", title, text))
    cat.close()
    db.executemany("INSERT INTO u VALUES (?, ?, ?, ?, ?)", rows)
    return db


def fts5_search(db: sqlite3.Connection, query: str, options: dict) -> list[str]:
    """The words of the query OR'ed, ranked by FTS5's bm25; date options as a WHERE."""
    words = [w for w in re.findall(r"\w+", query.lower()) if len(w) > 1]
    if not words:
        return []
    match = " OR ".join(f'"{w}"' for w in words)
    sql, args = "SELECT key FROM u WHERE u MATCH ?", [match]
    if options.get("from"):
        sql, args = sql + " AND date >= ?", args + [options["from"]]
    if options.get("to"):
        sql, args = sql + " AND date <= ?", args + [options["to"]]
    return [r[0] for r in db.execute(sql + f" ORDER BY rank LIMIT {K}", args)]


# --- referat ----------------------------------------------------------------------

def referat_search(index_dir: Path, query: str, options: dict, limit: int = K) -> list:
    """referat's hits for a query (the options are the CLI's)."""
    from datetime import date

    from search.query import Filters
    from search.searcher import search

    f = Filters(body=options.get("body"), outcome=options.get("outcome"),
                date_from=date.fromisoformat(options["from"]) if options.get("from") else None,
                date_to=date.fromisoformat(options["to"]) if options.get("to") else None)
    try:
        return search(index_dir, query, f, limit=limit).hits
    except Exception as exc:  # noqa: BLE001 - a failing query scores zero, and says why
        print(f"quality: {query!r}: {exc}", file=sys.stderr)
        return []


def referat_keys(hits) -> list[str]:
    out = []
    for h in hits:
        keys = [hit_key(h.source, h.id)] + [hit_key(s, i) for s, i in getattr(h, "also", ())]
        out.append("|".join(keys))
    return out


# --- scoring ----------------------------------------------------------------------

def score(ranked: list[str], units: list[list[str]]) -> dict:
    """recall@K, reciprocal rank and nDCG@K of a ranking against relevant units.
    A ranked entry may carry several keys ('a|b', a collapsed hit); a unit is found
    once, at its first position."""
    unit_of = {k: n for n, unit in enumerate(units) for k in unit}
    found: list[int | None] = []
    seen: set[int] = set()
    for entry in ranked[:K]:
        hit = next((unit_of[k] for k in entry.split("|") if k in unit_of), None)
        found.append(hit if hit is not None and hit not in seen else None)
        if hit is not None:
            seen.add(hit)
    if not units:
        return {"recall": 1.0, "rr": 1.0, "ndcg": 1.0}
    dcg = sum(1 / math.log2(i + 2) for i, u in enumerate(found) if u is not None)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(len(units), K)))
    first = next((i for i, u in enumerate(found) if u is not None), None)
    return {"recall": len(seen) / min(len(units), K), "rr": 0 if first is None else 1 / (first + 1),
            "ndcg": dcg / ideal}


def by_type(rows: list[dict]) -> dict:
    groups = defaultdict(list)
    for r in rows:
        groups[r["type"]].append(r)
        groups["all"].append(r)
    out = {t: {m: round(statistics.mean(x[m] for x in rs), 3) for m in ("recall", "rr", "ndcg")}
           | {"queries": len(rs)} for t, rs in groups.items()}
    for t, rs in groups.items():
        if all("ms" in x for x in rs):  # one timed run per query, the archive kept open
            out[t]["median_ms"] = round(statistics.median(x["ms"] for x in rs), 1)
    return out


def evaluate(index_dir: Path, only: set[str] | None = None) -> dict:
    """Scores of referat and of FTS5 on every judged query (or those of the query types
    in `only`), and referat's time per query (median by type; the first query also opens
    the archive, so run it warm to compare)."""
    judgments = json.loads(JUDGMENTS.read_text(encoding="utf-8"))
    db = fts5_archive(index_dir)
    rows = {"referat": [], "fts5": []}
    unjudged = {}
    for q in load_queries():
        if only and q["type"] not in only:
            continue
        units = judgments.get(q["id"], {}).get("relevant")
        if units is None:
            continue
        t = time.perf_counter()
        hits = referat_search(index_dir, q["query"], q["options"])
        ms = 1000 * (time.perf_counter() - t)
        ours = referat_keys(hits)
        base = fts5_search(db, q["query"], q["options"])
        judged = set(judgments[q["id"]].get("judged", [])) | {k for u in units for k in u}
        missing = [k for e in ours[:K] for k in e.split("|")[:1] if k not in judged]
        if missing:
            unjudged[q["id"]] = missing
        for name, ranked in (("referat", ours), ("fts5", base)):
            rows[name].append({"id": q["id"], "type": q["type"], **score(ranked, units)})
        rows["referat"][-1]["ms"] = round(ms, 1)
    return {"summary": {name: by_type(r) for name, r in rows.items()},
            "per_query": rows, "unjudged": unjudged}


def pool(index_dir: Path, qids: list[str], depth: int) -> None:
    """Print the candidates of every system for the given queries, to be read and judged."""
    from search.searcher import stored

    db = fts5_archive(index_dir)
    for q in load_queries():
        if qids and q["id"] not in qids:
            continue
        print(f"\n=== {q['id']} [{q['type']}] {q['query']}  {q['options'] or ''}")
        cands: dict[str, str] = {}
        for h in referat_search(index_dir, q["query"], q["options"], limit=depth):
            cands.setdefault(hit_key(h.source, h.id), h.id)
        broad = " ".join(re.findall(r"\w+", q["query"]))
        for h in referat_search(index_dir, broad.replace(" ", " OR "), {}, limit=depth):
            cands.setdefault(hit_key(h.source, h.id), h.id)
        for key in fts5_search(db, q["query"], q["options"]):
            cands.setdefault(key, "")
        for key, hid in cands.items():
            d = stored(index_dir, hid) if hid else None
            head = f"{d.get('date', '')} {d.get('body', '')[:30]} | {d.get('item_title') or d.get('title')}" \
                if d else "(fts5 only)"
            print(f"  {key:60} {head[:120]}")


def archive_keys(index_dir: Path) -> set[str]:
    """Every unit key an archive can return: each item (or document without items) under
    every file name that holds its bytes. Reads a copy of the catalog, so the archive is
    never written (opening a catalog may migrate it)."""
    from index.catalog import Catalog
    from index.schema import doc_id
    from search.importer import archive_paths

    keys: set[str] = set()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "catalog.sqlite"
        shutil.copy(archive_paths(index_dir)[0], copy)
        cat = Catalog(copy)
        for r in cat.results():
            names = {r.source.path, *cat.paths_of(r.source.sha256)}
            for d_i, d in enumerate(r.documents):
                for i_i in range(len(d.items)) if d.items else [None]:
                    hid = doc_id(r.source.sha256, d_i, i_i)
                    keys.update(hit_key(n, hid) for n in names)
        cat.close()
    return keys


def stale(index_dir: Path, judgments: dict | None = None) -> list[tuple[str, str, str]]:
    """Judged keys (query id, 'relevant' or 'judged', key) the archive no longer has:
    a re-parse that splits a file differently renumbers its items."""
    if judgments is None:
        judgments = json.loads(JUDGMENTS.read_text(encoding="utf-8"))
    keys = archive_keys(index_dir)
    out = []
    for qid, j in judgments.items():
        for k in sorted({k for unit in j.get("relevant", []) for k in unit} - keys):
            out.append((qid, "relevant", k))
        out += [(qid, "judged", k) for k in sorted(set(j.get("judged", [])) - keys)]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("--out", type=Path, required=True)
    b.add_argument("--catalog", type=Path)
    e = sub.add_parser("eval")
    e.add_argument("--index", type=Path, required=True)
    e.add_argument("--out", type=Path)
    e.add_argument("--only", action="append", metavar="TYPE",
                   help="score only queries of this type (repeatable: --only natural "
                        "--only heldout3)")
    p = sub.add_parser("pool")
    p.add_argument("--index", type=Path, required=True)
    p.add_argument("--depth", type=int, default=15)
    p.add_argument("qids", nargs="*")
    st = sub.add_parser("stale")
    st.add_argument("--index", type=Path, required=True)
    args = ap.parse_args(argv)
    if args.cmd == "build":
        build(args.out, args.catalog)
    elif args.cmd == "pool":
        pool(args.index, args.qids, args.depth)
    elif args.cmd == "stale":
        rows = stale(args.index)
        for row in rows:
            print("\t".join(row))
        print(f"quality: {len(rows)} judged keys not in the archive", file=sys.stderr)
    else:
        res = evaluate(args.index, set(args.only or ()))
        text = json.dumps(res, indent=1, ensure_ascii=False)
        if args.out:
            args.out.write_text(text + "\n", encoding="utf-8")
        print(json.dumps(res["summary"], indent=1, ensure_ascii=False))
        if res["unjudged"]:
            print(f"unjudged in the top {K}: {res['unjudged']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
