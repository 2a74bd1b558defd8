"""The benchmark's synthetic archive is deterministic and parses completely."""
from __future__ import annotations

import random

from benchmarks.synth import build_pdfs, meeting
from ingest.pipeline import parse_file
from tests.conftest import SAMPLES


def test_synthetic_archive_is_seeded(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert build_pdfs(a, 3) == build_pdfs(b, 3)
    assert [p.read_bytes() for p in sorted(a.iterdir())] == \
        [p.read_bytes() for p in sorted(b.iterdir())]


def test_synthetic_meetings_parse_into_their_items(tmp_path):
    build_pdfs(tmp_path, 4)
    rng = random.Random(2026)
    for n, pdf in enumerate(sorted(tmp_path.glob("*.pdf"))):
        m = meeting(rng, n)
        docs = parse_file(pdf, ocr="never").documents
        assert len(docs) == 1 and docs[0].body == m["body"]
        items = docs[0].items
        assert [(i.number, i.title) for i in items] == [(it["number"], it["title"])
                                                        for it in m["items"]]
        assert [i.decision.outcome for i in items] == [it["outcome"] for it in m["items"]]


def test_stale_lists_only_judged_keys_the_archive_lacks(tmp_path):
    from benchmarks.quality import archive_keys, stale
    from search.importer import run_import

    index = tmp_path / "index"
    run_import([str(SAMPLES / "elev-sogneraad-1941.txt")], index, workers=1)
    catalog_before = (index / "catalog.sqlite").read_bytes()
    present = sorted(archive_keys(index))[0]
    gone = "elev-sogneraad-1941.txt#99-0"
    judgments = {"x1": {"relevant": [[present, gone]], "judged": [gone, present]}}
    assert stale(index, judgments) == [("x1", "relevant", gone), ("x1", "judged", gone)]
    assert (index / "catalog.sqlite").read_bytes() == catalog_before  # read from a copy
