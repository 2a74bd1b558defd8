"""Layers and adapters, on package-qualified module names: ingest imports nothing from
index or search; index imports only ingest.records (with ingest.kinds, its vocabularies)
and ingest.errors (the one error family every layer raises); every third-party library
(and sqlite3) is used only by the modules named for it, and a library without a rule
here fails the test."""
from __future__ import annotations

import ast
import functools
import sys

import pytest

from tests.conftest import REPO

PACKAGES = ("ingest", "index", "search")


@functools.cache  # the sources do not change during a run; 20 tests read them
def imports(package: str) -> tuple[tuple[str, str], ...]:
    """(importing module, imported module) for every absolute import in a package."""
    found = []
    for path in (REPO / package).rglob("*.py"):
        module = ".".join(path.relative_to(REPO).with_suffix("").parts)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.append((module, node.module))
            elif isinstance(node, ast.Import):
                found.extend((module, a.name) for a in node.names)
    return tuple(found)


def test_ingest_is_independent():
    bad = [(f, m) for f, m in imports("ingest") if m.split(".")[0] in ("index", "search")]
    assert bad == []


def test_index_uses_only_ingest_records_and_errors():
    bad = [(f, m) for f, m in imports("index")
           if m.split(".")[0] == "search"
           or (m.startswith("ingest")
               and m not in ("ingest.records", "ingest.kinds", "ingest.errors"))]
    assert bad == []


# The one adapter (or the few modules) each library may be used from.
ADAPTERS = {
    "pdfplumber": {"ingest.pdf"},
    "pdfminer": {"ingest.pdf"},  # pdfplumber's own parser, for its error types
    "pypdfium2": {"ingest.pdf", "ingest.pdfium", "ingest.ocr", "ingest.batch"},  # reading,
    # rendering; its C state per worker
    "cffi": {"ingest.pdfium"},  # PDFium's per-glyph calls
    "pytesseract": {"ingest.ocr"},
    "dateparser": {"ingest.dates"},
    "spacy": {"ingest.entities"},
    "docx": {"ingest.systems.word"},
    "defusedxml": {"ingest.systems.load"},
    "numpy": {"ingest.batch", "ingest.entities", "ingest.ocr", "search.searcher",
              "search.vectors", "search.exact"},  # entities: spaCy's token arrays
    "whoosh": {"index.analysis", "index.schema", "index.store", "index.writer", "search.query",
               "search.searcher", "search.decisions", "search.vectors",
               "search.exact"},  # exact: Whoosh's matcher tree over posting arrays
    "sqlite3": {"index.attachments", "index.catalog", "index.meetings", "index.projection",
                "index.queries", "search.importer"},
    "sqlite_utils": {"search.export"},
    "typer": {"search.cli", "search.typer_params"},  # option values without pydantic
    "rich": {"search.cli", "search.render", "search.run"},  # run: a console made on demand
    "uvicorn": {"search.cli"},  # `referat serve` runs the web app
    "starlette": {"search.web"},
    "jinja2": {"search.web"},
    "distributed": {"ingest.cluster"},
    # Used only to build the shipped lexicon, never at run time.
    "msgpack": {"index.data.build_lexicon"},
    "wordfreq": {"index.data.build_lexicon"},
}


def _libraries() -> dict[str, set[str]]:
    """Each library outside the project and the standard library (sqlite3 counted as
    one) -> the modules that import it."""
    users: dict[str, set[str]] = {}
    for package in PACKAGES:
        for module, imported in imports(package):
            top = imported.split(".")[0]
            if top in PACKAGES or top == "__future__" or (top in sys.stdlib_module_names
                                                          and top != "sqlite3"):
                continue
            users.setdefault(top, set()).add(module)
    return users


def test_every_library_has_a_rule():
    assert set(_libraries()) - set(ADAPTERS) == set()


@pytest.mark.parametrize("library", sorted(ADAPTERS))
def test_one_adapter_per_library(library):
    assert _libraries().get(library, set()) <= ADAPTERS[library]



# --- settings: read when used, never at import ----------------------------------------

# Modules that are programs, not libraries: importing them runs them.
PROGRAMS = ("search.__main__", "index.data.build_lexicon")


def _modules() -> list[str]:
    """Every module of the project that a program imports."""
    names = {".".join(p.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
             for package in PACKAGES for p in (REPO / package).rglob("*.py")}
    return sorted(names - set(PROGRAMS))


def _import_time_nodes(tree: ast.Module):
    """Every node a module runs when it is imported: its top level and class bodies,
    not the bodies of its functions."""
    todo = list(tree.body)
    while todo:
        node = todo.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            todo.extend(node.args.defaults + node.args.kw_defaults + node.decorator_list
                        if not isinstance(node, ast.Lambda) else [])
            continue
        yield node
        todo.extend(ast.iter_child_nodes(node))


def _reads_environment(node) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv", "putenv")
            and isinstance(node.value, ast.Name) and node.value.id == "os")


def test_no_module_reads_the_environment_when_imported():
    found = []
    for package in PACKAGES:
        for path in (REPO / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            found += [f"{path.relative_to(REPO)}:{n.lineno}"
                      for n in _import_time_nodes(tree) if _reads_environment(n)]
    assert found == []


def test_importing_every_module_leaves_the_environment_as_it_was():
    import subprocess

    code = ("import importlib, os, sys\n"
            "before = dict(os.environ)\n"
            f"for name in {_modules()!r}:\n"
            "    importlib.import_module(name)\n"
            "changed = sorted(k for k in before.keys() | os.environ.keys()\n"
            "                 if before.get(k) != os.environ.get(k))\n"
            "print(changed)\n")
    env = {k: v for k, v in __import__("os").environ.items() if k != "OMP_THREAD_LIMIT"}
    run = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env,
                         capture_output=True, text=True)
    assert (run.returncode, run.stdout.strip()) == (0, "[]"), run.stderr
