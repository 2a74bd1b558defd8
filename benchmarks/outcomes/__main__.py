"""Score the outcome reader against labels.jsonl: accuracy overall, per split and per
outcome, and the confusion matrix. `-v` lists the misses of the dev split (tune on those
only; the held-out split is there to predict councils nobody has read).

    python -m benchmarks.outcomes            # summary
    python -m benchmarks.outcomes -v         # plus every dev miss
    python -m benchmarks.outcomes --misses heldout
"""
from __future__ import annotations

import argparse
import inspect
import json
from collections import Counter
from pathlib import Path

from ingest.decisions import make_decision
from ingest.records import Outcome

LABELS = Path(__file__).resolve().parent / "labels.jsonl"
ORDER = [o.value for o in Outcome]


def load(path: Path = LABELS) -> list[dict]:
    """The labelled rows: text, source, date, label, note, split."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def predict(row: dict) -> str:
    """The outcome the reader gives one labelled text ('other' when it returns no decision)."""
    kwargs = {}
    if "meeting_date" in inspect.signature(make_decision).parameters:
        kwargs["meeting_date"] = row.get("date")  # older commits lack the keyword
    decision = make_decision(row["text"], **kwargs)
    return decision.outcome.value if decision else Outcome.OTHER.value


def _accuracy(pairs: list[tuple[str, str]]) -> str:
    if not pairs:
        return "   -  (n=0)"
    right = sum(gold == got for gold, got in pairs)
    return f"{right / len(pairs):.3f} ({right}/{len(pairs)})"


def report(rows: list[dict], preds: list[str]) -> str:
    """Accuracy per split, per-outcome recall/precision and the confusion matrix."""
    pairs = [(r["label"], p) for r, p in zip(rows, preds)]
    out = [f"overall  {_accuracy(pairs)}"]
    for split in sorted({r["split"] for r in rows}):
        out.append(f"{split:8} {_accuracy([pp for r, pp in zip(rows, pairs) if r['split'] == split])}")
    out.append("\noutcome       n  recall  precision")
    gold_n, got_n = Counter(g for g, _ in pairs), Counter(p for _, p in pairs)
    hits = Counter(g for g, p in pairs if g == p)
    for o in ORDER:
        if gold_n[o] or got_n[o]:
            rec = f"{hits[o] / gold_n[o]:.2f}" if gold_n[o] else "  - "
            prec = f"{hits[o] / got_n[o]:.2f}" if got_n[o] else "  - "
            out.append(f"{o:12} {gold_n[o]:3}  {rec:>6}  {prec:>9}")
    out.append("\nconfusion (rows gold, columns predicted)")
    short = [o[:5] for o in ORDER]
    out.append(" " * 12 + " ".join(f"{s:>5}" for s in short))
    matrix = Counter(pairs)
    for g in ORDER:
        out.append(f"{g:12}" + " ".join(f"{matrix[(g, p)] or '.':>5}" for p in ORDER))
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", action="store_true", help="list the dev split's misses")
    ap.add_argument("--misses", metavar="SPLIT", help="list the misses of a split (dev, heldout, fresh, all)")
    args = ap.parse_args()
    rows = load()
    preds = [predict(r) for r in rows]
    print(report(rows, preds))
    which = args.misses or ("dev" if args.v else None)
    if which:
        print(f"\nmisses ({which})")
        for r, p in zip(rows, preds):
            if p != r["label"] and which in ("all", r["split"]):
                print(f"  gold={r['label']:11} got={p:11} {r['source']}\n    "
                      + r["text"][:300].replace("\n", " / "))


if __name__ == "__main__":
    main()
