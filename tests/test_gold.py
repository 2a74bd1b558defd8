"""Gold files of our own (tests/gold/): layouts the corpus lacks, scored as the dev gold is.

Each gold file was written by reading its document before the parser ran on it; it
points at a sample in samples/ (or a corpus file) and is scored with the project's
scorer (../shared/eval/score_parse.py, present wherever the corpus is).
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from ingest.pipeline import parse_file
from tests.conftest import CORPUS, REPO

GOLD = sorted((REPO / "tests" / "gold").glob("*.json"))
SCORER = CORPUS.parent / "eval" / "score_parse.py"
MIN_SCORE = 0.90
KEYS = ("docs", "fields", "items", "titles", "outcomes")


@pytest.fixture(scope="module")
def scorer():
    if not SCORER.exists():
        pytest.skip(f"the scorer is not at {SCORER} (CI has it; set REFERAT_CORPUS)")
    spec = importlib.util.spec_from_file_location("score_parse", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def file_score(res: dict) -> float:
    """The mean of a file's measures, as the scorer's summary weighs them."""
    values = [res[k] for k in KEYS if res.get(k) is not None]
    values += [res["cases"][2], res["people"][2]]
    return sum(values) / len(values)


def _source(rel: str) -> Path:
    return REPO / rel if rel.startswith("samples/") else CORPUS / "dev" / rel


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.stem)
def test_own_gold_scores_high(gold_path: Path, scorer):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    pred = parse_file(_source(gold["file"]), ocr="never").to_dict()
    res, notes = scorer.score_file(gold, pred, verbose=True)
    assert file_score(res) >= MIN_SCORE, "\n".join(notes)
