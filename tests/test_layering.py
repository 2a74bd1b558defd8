"""ingest imports nothing from index or search; index imports only ingest.records."""
from __future__ import annotations

import ast

import pytest

from tests.conftest import REPO


def imports(package: str) -> list[tuple[str, str]]:
    found = []
    for path in (REPO / package).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                found.append((path.name, node.module))
            elif isinstance(node, ast.Import):
                found.extend((path.name, a.name) for a in node.names)
    return found


@pytest.mark.parametrize("package, forbidden", [("ingest", ("index", "search"))])
def test_ingest_is_independent(package, forbidden):
    bad = [(f, m) for f, m in imports(package) if m.split(".")[0] in forbidden]
    assert bad == []


def test_index_uses_only_ingest_records():
    bad = [(f, m) for f, m in imports("index")
           if m.split(".")[0] == "search" or (m.startswith("ingest") and m != "ingest.records")]
    assert bad == []


@pytest.mark.parametrize("library, home", [
    ("pdfplumber", {"pdf.py"}), ("dateparser", {"dates.py"}), ("typer", {"cli.py"}),
    ("spacy", {"entities.py"}), ("whoosh", None),
])
def test_one_adapter_per_library(library, home):
    users = {f for pkg in ("ingest", "index", "search") for f, m in imports(pkg)
             if m.split(".")[0] == library}
    if home is None:  # whoosh lives in index/ and the search query layer
        assert users <= {"analysis.py", "schema.py", "store.py", "query.py", "searcher.py", "vectors.py",
                         "decisions.py"}
    else:
        assert users == home
