"""CPU time to read and parse every PDF of the development corpus, one process.

    python benchmarks/parsing.py [REPO]        # REPO: a checkout to time (default: this one)

Run it for two checkouts in turn (a `git worktree` of the older commit) to compare
code versions on the same files; CPU time is printed, so a shared machine's load
matters less than for wall time.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev"


def main() -> None:
    sys.path.insert(0, str(REPO))
    from ingest.pipeline import parse_file

    files = sorted(CORPUS.rglob("*.pdf"))
    start = time.process_time()
    for f in files:
        try:
            parse_file(f, ocr="never", timeout=None)
        except Exception as exc:  # noqa: BLE001 - scanned files fail without OCR: counted
            print(f"{f.name}: {exc}", file=sys.stderr)
    print(f"{len(files)} files, {time.process_time() - start:.2f} s CPU")


if __name__ == "__main__":
    main()
