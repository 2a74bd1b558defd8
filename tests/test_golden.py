"""Golden files: samples/<name> -> samples/expected/<name>.json, and the JSON Schema.

Regenerate after a deliberate parser change with `pytest --update-golden` and review
the diff like code.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from ingest.pipeline import parse_file
from tests.conftest import REPO, SAMPLES

SCHEMA = json.loads((REPO / "docs" / "parse-output.schema.json").read_text(encoding="utf-8"))
GOOD = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".pdf", ".html")
              and not p.name.startswith("LICENSE"))
EXPECTED = SAMPLES / "expected"


@pytest.mark.parametrize("sample", GOOD, ids=lambda p: p.name)
def test_golden(sample: Path, update_golden):
    # Recorded under its name in the repository, wherever the tests run from.
    got = parse_file(sample, shown=str(sample.relative_to(REPO))).to_dict()
    golden = EXPECTED / f"{sample.name}.json"
    if update_golden:
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if not golden.exists():  # a missing golden file fails; writing one is a reviewed step
        pytest.fail(f"no golden file {golden.relative_to(REPO)}; run pytest --update-golden "
                    "and review it like code")
    assert got == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize("golden", sorted(EXPECTED.glob("*.json")), ids=lambda p: p.name)
def test_golden_files_follow_the_schema(golden: Path):
    jsonschema.validate(json.loads(golden.read_text(encoding="utf-8")), SCHEMA)


def test_every_good_sample_has_a_golden_file():
    assert {f"{p.name}.json" for p in GOOD} <= {p.name for p in EXPECTED.glob("*.json")}


def _strings(value):
    """Every string in a JSON value."""
    if isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, str):
        yield value


# An absolute path anywhere in a value: POSIX (/x/...), home (~/...) or a drive (C:\).
ABSOLUTE = re.compile(r"(^|\s)(/[\w.-]+/|~/|[A-Za-z]:\\)")


@pytest.mark.parametrize("golden", sorted(EXPECTED.glob("*.json")), ids=lambda p: p.name)
def test_records_hold_no_absolute_paths(golden: Path):
    data = json.loads(golden.read_text(encoding="utf-8"))
    assert [s for s in _strings(data) if ABSOLUTE.search(s)] == []
    assert not Path(data["source"]["path"]).is_absolute()
