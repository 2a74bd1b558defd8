"""Draw the unlabelled decision texts of the outcome evaluation set (reproducible).

Run once as `python -m benchmarks.outcomes.sample`; it writes candidates.jsonl, which a
person labels by reading into labels.jsonl. The draw is seeded and stratified over
Greve's committees and years, so the set is not dominated by the busiest committee.
"""
from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV = HERE.parent.parent.parent / "shared" / "corpus" / "dev"
GREVE = DEV / "greve-firstagenda-json"
PER_CELL = 13  # 9 committees x 4 years x 13 = 468 texts before de-duplication of items
SEED = 20251201

_DECISION = re.compile(r"<h3>\s*(Beslutning[^<]*)</h3>(.*?)(?=<h3>Fremstilling</h3>|\Z)", re.S)
_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "ul", "ol"}


class _Text(HTMLParser):
    """HTML -> text with a line break at every block element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in _BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        self.out.append(data)


def html_text(html: str) -> str:
    """Readable text of an HTML fragment, one block per line."""
    p = _Text()
    p.feed(html)
    lines = (" ".join(l.replace("\xa0", " ").split()) for l in "".join(p.out).splitlines())
    return "\n".join(l for l in lines if l)


def greve_decisions() -> dict[tuple[str, str], list[dict]]:
    """Every Greve decision block, grouped by (committee, year)."""
    cells: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for path in sorted(GREVE.glob("*.json")):
        committee, date = re.match(r"greve-(.+?)_(\d{4}-\d\d-\d\d)", path.stem).groups()
        meeting = json.loads(path.read_text(encoding="utf-8"))
        for item in meeting["Dagsordenpunkter"]:
            for field in item.get("Felter") or ():
                m = _DECISION.search(field.get("Html") or "")
                if m:
                    cells[(committee, date[:4])].append({
                        "text": html_text(m.group(2)), "date": date,
                        "source": f"greve/{path.name}#{item['Punktnummer']}"})
    return cells


def main() -> None:
    rng = random.Random(SEED)
    rows = []
    for cell, found in sorted(greve_decisions().items()):
        rows += rng.sample(found, min(PER_CELL, len(found)))
    with open(HERE / "candidates.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} candidates")


if __name__ == "__main__":
    main()
