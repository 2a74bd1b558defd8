"""A search starts lean: it reads its options without pydantic, draws nothing with rich
when it writes rows for a program, builds neither the record classes nor Whoosh's query
parser for plain words, builds only the command it runs, and still refuses wrong option
values as usage errors (exit 2) with the value named."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer._click.exceptions import BadParameter
from typer.main import get_command
from typer.testing import CliRunner

from search.cli import app, named_command, only
from tests.conftest import REPO, SAMPLES

NOT_FOR_A_SEARCH = ("pydantic", "rich", "dateparser", "spacy", "pdfplumber", "pdfminer",
                    "ingest.records", "whoosh.qparser", "multiprocessing", "whoosh.multiproc",
                    # imported by Whoosh for what a search never calls (index/deferred.py)
                    "urllib.request", "html", "asyncio", "whoosh.lang.morph_en", "tempfile",
                    "calendar")
RUN_SEARCH = """
import os, sys
sys.argv = ["referat", "search", "Tilskud", "--index", sys.argv[1], "-f", "json",
            "--sort", "-date", "--limit", "3"]
from search.cli import main
try:
    main()
except SystemExit as end:
    code = end.code
if os.path.isdir("/proc/self/task"):  # Linux: the threads the search left running
    print("threads:" + str(len(os.listdir("/proc/self/task"))), file=sys.stderr)
print("loaded:" + ",".join(m for m in %r if m in sys.modules), file=sys.stderr)
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """An archive of one sample minute book (a text file: quick to import)."""
    from search.importer import run_import

    index_dir = tmp_path_factory.mktemp("small") / "index"
    run_import([str(SAMPLES / "tiset-sogneraad-1943-uddrag.txt")], index_dir, workers=1)
    return index_dir


def test_a_search_writing_json_loads_neither_pydantic_nor_rich(small):
    done = subprocess.run([sys.executable, "-c", RUN_SEARCH % (NOT_FOR_A_SEARCH,), str(small)],
                          capture_output=True, text=True, cwd=REPO, timeout=120)
    hits = json.loads(done.stdout)["hits"]
    assert len(hits) == 3 and all("Tilskud" in h["snippet"] for h in hits)
    assert [h["date"] for h in hits] == sorted((h["date"] for h in hits), reverse=True)
    assert done.stderr.strip().splitlines()[-1] == "loaded:"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in Linux /proc")
def test_a_search_starts_no_thread_pool(small):
    """numpy's BLAS would start a thread per core at import; a search does no algebra."""
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    done = subprocess.run([sys.executable, "-c", RUN_SEARCH % (NOT_FOR_A_SEARCH,), str(small)],
                          capture_output=True, text=True, cwd=REPO, timeout=120, env=env)
    assert "threads:1" in done.stderr.splitlines()


@pytest.mark.parametrize("args, says", [
    (["--limit", "abc"], "'abc' is not a whole number"),
    (["--limit", "1.5"], "'1.5' is not a whole number"),
    (["--sort", "newest"], "'newest' is not one of 'relevance', 'date', '-date'"),
    (["-f", "yaml"], "'yaml' is not one of 'table', 'json'"),
])
def test_a_wrong_option_value_is_a_usage_error_naming_it(small, args, says):
    out = CliRunner().invoke(app, ["search", "Tilskud", "--index", str(small), *args])
    assert out.exit_code == 2
    assert says in out.output and "--help" in out.output


def test_option_values_are_read_as_their_types(small):
    out = CliRunner().invoke(app, ["search", "Tilskud", "--index", str(small), "-f", "JSON",
                                   "--limit", " 2", "--sort", "date"])
    dates = [h["date"] for h in json.loads(out.stdout)["hits"]]
    assert out.exit_code == 0 and len(dates) == 2 and dates == sorted(dates)


@pytest.mark.parametrize("value, yes", [("1", True), ("Yes", True), ("true", True),
                                        ("0", False), ("off", False), ("", False)])
def test_a_flag_given_as_text_reads_yes_and_no(value, yes):
    quiet = next(p for p in get_command(app).params if p.name == "quiet")
    assert quiet.get_runtime_param().coerce(value, quiet, None) is yes


def test_a_flag_given_as_other_text_is_refused():
    quiet = next(p for p in get_command(app).params if p.name == "quiet")
    with pytest.raises(BadParameter, match="'maybe' is not one of yes, no"):
        quiet.get_runtime_param().coerce("maybe", quiet, None)


@pytest.mark.parametrize("args, name", [
    (["search", "efterværn"], "search"),
    (["-q", "--log-level", "INFO", "search", "x"], "search"),
    (["--log-level", "search"], None),  # the level's value, not a command
    (["watch", "list"], "watch"),
    (["reindex"], "reindex"),
    (["serch", "x"], None),  # a misspelling: the whole app names the near ones
    (["--help"], None),
    ([], None),
])
def test_the_command_named_on_the_line(args, name):
    assert named_command(args) == name


def test_every_command_can_be_built_alone():
    for name in get_command(app).commands:
        assert named_command([name, "x"]) == name
        assert list(get_command(only(name)).commands) == [name]


@pytest.mark.parametrize("args", [
    ["search", "--help"],
    ["search", "Tilskud", "-f", "json", "--limit", "2"],
    ["-q", "search", "Tilskud", "-f", "tsv"],
    ["search", "Tilskud", "--limit", "abc"],
    ["search", "ingenting-her", "-f", "json"],
    ["watch", "list"],
])
def test_one_command_alone_does_and_says_what_the_whole_app_does(small, args):
    args = args + ["--index", str(small)] if "--help" not in args else args
    alone = CliRunner().invoke(only(named_command(args)), args)
    whole = CliRunner().invoke(app, args)
    assert (alone.exit_code, alone.output) == (whole.exit_code, whole.output)


# --- the quick start of a plain search line (search/front.py) --------------------------

RUN_LINE = """
import sys
sys.argv = ["referat", *sys.argv[2:]]
from search.%s import main
try:
    main()
except SystemExit as end:
    code = end.code
print("loaded:" + ",".join(m for m in ("typer",) if m in sys.modules), file=sys.stderr)
sys.exit(code)
"""


def _referat(module: str, args: list[str], env=None) -> subprocess.CompletedProcess:
    """`referat ARGS` run by `module`'s main (front: the program; cli: the Typer app)."""
    return subprocess.run([sys.executable, "-c", RUN_LINE % module, "x", *args],
                          capture_output=True, text=True, cwd=REPO, timeout=120, env=env)


def _said(done) -> tuple:
    lines = done.stderr.splitlines()
    return done.returncode, done.stdout, lines[:-1], lines[-1]


@pytest.mark.parametrize("args", [
    ["search", "Tilskud"],
    ["search", "Tilskud", "-f", "json", "--limit", "3", "--sort", "-date"],
    ["-q", "search", "Tilskud", "-f", "tsv"],
    ["search", "--format=csv", "--excel", "Tilskud", "--limit=0"],
    ["search", "Tilskud", "-f", "ndjson", "--sort", "date", "--facets", "--explain", "-q"],
    ["search", "Tilskud", "--explain", "-f", "table"],
    ["search", "Tilskud Sogneraadet", "--facets", "-f", "table", "--limit", "2"],
    ["search", "Tilskud", "--kind", "referat", "--outcome", "approved", "-f", "json"],
    ["search", "zzqqxx"],
    ["search", "zzqqxx", "-q"],
    ["search", '"unclosed Tilskud'],
    ["search", "foo:bar", "-f", "json"],
    ["search", "Tilskud", "--kind", "protokol"],
    ["search", "Tilskud", "--excel", "-f", "json"],
    ["search", "Tilskud", "--body", "Sogneraadet", "--from", "1940", "--to", "31.02.2024"],
])
def test_a_plain_search_line_says_what_the_typer_app_says_without_typer(small, args):
    args = [*args, "--index", str(small)]
    quick, typer_app = _said(_referat("front", args)), _said(_referat("cli", args))
    assert quick[:3] == typer_app[:3]
    assert quick[3] == "loaded:"  # read and run without Typer


def test_a_search_line_names_its_archive_by_the_variable_too(small, tmp_path):
    env = {**os.environ, "REFERAT_INDEX": str(small)}
    quick = _said(_referat("front", ["search", "Tilskud", "-f", "json"], env=env))
    assert quick[:3] == _said(_referat("cli", ["search", "Tilskud", "-f", "json"], env=env))[:3]
    assert quick[0] == 0 and quick[3] == "loaded:"
    env["REFERAT_INDEX"] = str(tmp_path / "none")
    missing = _said(_referat("front", ["search", "Tilskud"], env=env))
    assert missing[0] == 2 and "(from $REFERAT_INDEX)" in missing[2][0]


@pytest.mark.parametrize("args", [
    ["search", "--help"],
    ["--version"],
    ["search", "-Tilskud Sogneraadet"],  # an excluded word: Typer's reading of dashes
    ["search", "Tilskud", "--limit", " 2", "-f", "JSON"],  # values Typer converts
    ["search", "Tilskud", "--limit", "abc"],
    ["search", "Tilskud", "--sort", "newest"],
    ["search", "Tilskud", "--limit", "2", "--limit", "3"],
    ["search", "Tilskud", "--", "-f"],
    ["search", "Tilskud", "Sogneraadet"],  # two words: Typer's usage error
    ["--log-level", "INFO", "search", "Tilskud"],
    ["status"],
    ["serch", "Tilskud"],
])
def test_every_other_line_is_read_by_the_typer_app(small, args):
    args = [*args, "--index", str(small)] if args != ["--version"] else args
    quick, typer_app = _said(_referat("front", args)), _said(_referat("cli", args))
    assert quick[:3] == typer_app[:3]
    assert quick[3] == "loaded:typer"


# --- the console program (search.front.program): a plain search ends the process --------

RUN_PROGRAM = """
import sys
sys.argv = ["referat", *sys.argv[2:]]
from search.front import program
program()
"""


def _program(args: list[str]) -> subprocess.CompletedProcess:
    """`referat ARGS` as the console script runs it."""
    return subprocess.run([sys.executable, "-c", RUN_PROGRAM, "x", *args], capture_output=True,
                          text=True, cwd=REPO, timeout=120)


@pytest.mark.parametrize("args", [
    ["search", "Tilskud"],
    ["search", "Tilskud", "-f", "json", "--limit", "0", "--facets", "--explain"],
    ["search", "Tilskud", "--explain", "-f", "table"],
    ["-q", "search", "Tilskud", "-f", "csv", "--excel"],
    ["search", "zzqqxx"],
    ["search", '"unclosed Tilskud'],
    ["search", "Tilskud", "--from", "31.02.2024"],
    ["search", "Tilskud", "--limit", "abc"],  # read by the Typer app
    ["status"],
])
def test_the_program_says_and_exits_what_its_main_does(small, args):
    """The console program ends a plain search's process once its output is written
    (without the cyclic garbage collector and Python's shutdown): the same output, error
    lines and exit status as main() run inside a Python that shuts down as usual."""
    args = [*args, "--index", str(small)]
    ended, whole = _program(args), _said(_referat("front", args))
    assert (ended.returncode, ended.stdout, ended.stderr.splitlines()) == whole[:3]
