"""The command line, in-process: exit codes, the exact line for each bad input, output
formats and the conventions of the tools people know (ripgrep, sqlite-utils)."""
from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from ingest.errors import ExitCode, ReferatError
from search.cli import app
from tests.conftest import REPO, SAMPLES

BAD = SAMPLES / "bad"

# Two meetings of one committee, written for these tests: one item about a new school,
# one about the school budget, so a query can leave out the budget.
SKOLE = """Referat

Børne- og Skoleudvalget
Mødedato: 4. marts 2024

1. Ny skole i Nordby
Sagsnr.: 24/00011
Sagsfremstilling
Forvaltningen foreslår en ny skole i Nordby med plads til 400 elever.
Beslutning
Godkendt.

2. Budget for skolen 2025
Sagsnr.: 24/00012
Sagsfremstilling
Budgetforslaget for skolen i 2025 drøftes, herunder vedligehold af skolens bygninger.
Beslutning
Taget til efterretning.
"""


def run(*args, code: int = 0, env: dict | None = None):
    """Invoke `referat` in this process; check the exit status."""
    r = CliRunner().invoke(app, [str(a) for a in args], env=env)
    assert r.exit_code == code, (r.exit_code, r.stdout, r.stderr, r.exception)
    return r


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """A real archive of the seed packet (text), a cp1252 referat and the school meeting."""
    files = tmp_path_factory.mktemp("files")
    shutil.copy(SAMPLES / "seed-packet.txt", files)
    shutil.copy(SAMPLES / "teknisk-udvalg-cp1252.txt", files)
    (files / "skoleudvalget-2024-03-04.txt").write_text(SKOLE, encoding="utf-8")
    index = tmp_path_factory.mktemp("archive") / "index"
    run("ingest", files, "--index", index, "--workers", "1")
    return index


# -- one error family, one exit status each ------------------------------------------

@pytest.mark.parametrize("name, line", [
    ("empty.pdf", "empty file (0 bytes): empty.pdf; re-export or remove it"),
    ("encrypted.pdf", "encrypted PDF: it needs a password; save an unlocked copy and import that"),
    ("truncated.pdf", "corrupt or truncated PDF (Unexpected EOF); re-download or re-export "
                      "the file"),
    ("html-saved-as.pdf", "not a PDF: the file is an HTML page saved with a .pdf name (often a "
                          "login or error page); download it again"),
    ("binary.pdf", "not a PDF: the file does not start with %PDF-; it is damaged or of another "
                   "type"),
    ("spreadsheet.xlsx", "unsupported file type '.xlsx'; referat reads .docx, .htm, .html, "
                         ".json, .md, .pdf, .text, .txt, .xml"),
])
def test_bad_file_gives_one_line_and_exit_2(name, line, monkeypatch):
    monkeypatch.chdir(REPO)
    r = run("parse", f"samples/bad/{name}", code=ExitCode.USAGE)
    assert r.stdout == ""
    assert r.stderr == f"referat: error: samples/bad/{name}: {line}\n"


def test_missing_file(monkeypatch):
    monkeypatch.chdir(REPO)
    r = run("parse", "samples/nope.pdf", code=2)
    assert r.stderr == "referat: error: samples/nope.pdf: no such file: samples/nope.pdf\n"


@pytest.mark.parametrize("args, code, line", [
    (["search", "efterværn"], 0, None),
    (["search", "zzqqxx"], 1, "referat: no hits for 'zzqqxx'"),
    (["decisions", "zzqqxx"], 1, "referat: no decisions found for 'zzqqxx'"),
    (["case", "2099-1"], 1, "referat: no document or item names case '2099-1'"),
    (["people", "Bækgaard"], 1, "referat: nobody called 'Bækgaard' in the archive"),
    (["show", "nope-0-0"], 1, "referat: no item or document with id 'nope-0-0'"),
    (["search", '"unclosed budget'], 2, "referat: error: unclosed quote"),
    (["search", "foo:bar"], 2, "referat: error: unknown field 'foo:'"),
    (["search", "skole", "--from", "31.02.2024"], 2, "referat: error: --from: impossible date"),
    (["decisions", "--followed", "maybe"], 2, "referat: error: unknown value 'maybe'"),
])
def test_exit_status_is_shared_by_all_commands(archive, args, code, line):
    r = run(*args, "--index", archive, code=code)
    if line:
        assert r.stderr.startswith(line) and r.stderr.count("\n") == 1
        assert "Traceback" not in r.stderr and "did you mean" not in r.stderr


def test_a_cpr_number_in_a_query_is_masked_in_the_line(archive):
    r = run("search", "010203-1234 zzqqxx", "--index", archive, code=1)
    assert r.stderr == "referat: no hits for '[CPR] zzqqxx'\n"


def test_no_archive_is_a_usage_error_in_every_command(tmp_path):
    for command in ("status", "people", "decisions", "case 2024-1", "search skole",
                    "show x-0-d", "reindex"):
        r = run(*command.split(), "--index", tmp_path / "none", code=ExitCode.USAGE)
        assert r.stdout == "" and r.stderr.count("\n") == 1, command
        assert r.stderr.startswith(f"referat: error: no archive at {tmp_path / 'none'} "
                                   "(from --index); run 'referat ingest PATH' first"), command


def test_an_import_while_another_holds_the_archive_exits_3(tmp_path):
    from search.importer import archive_paths

    # The lock is a POSIX record lock, held per process: another process must hold it.
    hold = ("import sys; from pathlib import Path; from search.importer import ArchiveLock; "
            "lock = ArchiveLock(Path(sys.argv[1])); print('held', flush=True); sys.stdin.read()")
    lock_file = archive_paths(tmp_path / "ix")[1]
    lock_file.parent.mkdir(parents=True)
    holder = subprocess.Popen([sys.executable, "-c", hold, str(lock_file)], cwd=REPO, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline() == "held\n"
        r = run("ingest", SAMPLES / "seed-packet.txt", "--index", tmp_path / "ix",
                code=ExitCode.BUSY)
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
    assert r.stderr.startswith("referat: error: another import is running on ")


def test_a_locked_index_is_one_line_and_exit_3_not_a_traceback(archive, tmp_path):
    from index.store import open_index

    copy = tmp_path / "ix"
    shutil.copytree(archive, copy)
    (tmp_path / "new.txt").write_text(SKOLE.replace("Nordby", "Sydby"), encoding="utf-8")
    writer = open_index(copy).writer()  # another writer holds the index's lock
    try:
        r = run("ingest", tmp_path / "new.txt", "--index", copy, "--workers", "1",
                code=ExitCode.BUSY)
    finally:
        writer.cancel()
    assert r.stderr == "referat: error: the index is locked by another writer\n"


def test_a_batch_with_a_failed_file_exits_4(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(BAD / "truncated.pdf", folder)
    (folder / "skole.txt").write_text(SKOLE, encoding="utf-8")
    r = run("ingest", folder, "--index", tmp_path / "ix", "--workers", "1",
            code=ExitCode.PARTIAL)
    assert "1 ingested" in r.stdout and "failed  " in r.stdout and "truncated.pdf" in r.stdout


def test_every_error_above_ingest_is_in_the_family():
    from index.store import IndexBusy, IndexMissing, IndexStale
    from search.decisions import ArchiveMissing, BadRequest
    from search.export import ExportError
    from search.importer import ImportLocked
    from search.query import QueryError

    codes = {cls: cls.exit_code for cls in (IndexBusy, IndexMissing, IndexStale, ArchiveMissing,
                                            BadRequest, ExportError, ImportLocked, QueryError)}
    assert all(issubclass(cls, ReferatError) for cls in codes)
    assert codes[IndexBusy] == codes[ImportLocked] == ExitCode.BUSY
    assert {codes[c] for c in (QueryError, BadRequest, IndexMissing, ArchiveMissing)} == \
        {ExitCode.USAGE}


def test_commands_hold_no_hand_written_except_tuples():
    tree = ast.parse((REPO / "search" / "cli.py").read_text(encoding="utf-8"))
    commands = [f for f in tree.body if isinstance(f, ast.FunctionDef)
                and any("command" in ast.unparse(d) for d in f.decorator_list)]
    assert len(commands) >= 10
    handlers = [h for f in commands for h in ast.walk(f) if isinstance(h, ast.ExceptHandler)]
    assert [ast.unparse(h.type) for h in handlers if isinstance(h.type, ast.Tuple)] == []


# -- output: tab-separated when piped, every format, ids and dates whole -------------

def test_piped_search_is_one_tab_separated_line_per_hit(archive):
    from search.render import HIT_COLUMNS

    r = run("search", "skole", "--index", archive, "--limit", "0")
    lines = r.stdout.splitlines()
    assert len(lines) >= 2 and all(line.count("\t") == len(HIT_COLUMNS) - 1 for line in lines)
    ids = [line.split("\t")[0] for line in lines]
    shown = run("show", ids[0], "--index", archive).stdout  # an id can be cut and reused
    assert "skole" in shown.lower()


@pytest.mark.parametrize("command", ["decisions", "people", "case 24/00011", "status"])
def test_piped_rows_are_tab_separated(archive, command):
    r = run(*command.split(), "--index", archive)
    lines = r.stdout.splitlines()
    widths = {line.count("\t") for line in lines}
    assert lines and len(widths) == 1 and widths != {0}, r.stdout


@pytest.mark.parametrize("command", ["search skole", "decisions", "people", "case 24/00011",
                                     "status"])
def test_every_data_command_writes_every_format(archive, command):
    args = [*command.split(), "--index", archive]
    assert json.loads(run(*args, "--format", "json").stdout)
    rows = [json.loads(line) for line in run(*args, "-f", "ndjson").stdout.splitlines()]
    assert rows and all(isinstance(row, dict) for row in rows)
    csv = run(*args, "-f", "csv").stdout
    assert csv.count("\r\n") == len(rows) + 1 or "\n" in csv
    excel = run(*args, "--excel").stdout
    assert excel.startswith("\ufeff") and ";" in excel.splitlines()[0]


@pytest.mark.parametrize("command", [
    "show x-0-d --index {archive} -f csv", "parse samples/seed-packet.txt --format csv",
    "ingest samples/seed-packet.txt --index {archive} -f ndjson",
    "status --index {archive} -f table --excel", "people --index {archive} -f xml",
])
def test_a_format_a_command_does_not_write_is_a_usage_error(archive, command, monkeypatch):
    monkeypatch.chdir(REPO)
    r = run(*command.format(archive=archive).split(), code=2)
    assert r.stdout == "" and r.stderr.count("\n") == 1
    assert r.stderr.startswith("referat: error: ")


def _terminal(args: list, columns: int = 80) -> list[str]:
    """What a terminal of this width shows (colours and styles dropped)."""
    r = run(*args, env={"COLUMNS": str(columns), "TTY_COMPATIBLE": "1", "NO_COLOR": "1"})
    return [re.sub(r"\x1b\[[0-9;]*m", "", line).rstrip() for line in r.stdout.splitlines()]


@pytest.mark.parametrize("command", ["search skole --limit 0", "search efterværn",
                                     "decisions", "decisions --follow-ups", "case 24/00011"])
def test_at_80_columns_ids_never_wrap_and_dates_are_never_cut(archive, command):
    lines = _terminal([*command.split(), "--index", archive])
    rows = json.loads(run(*command.split(), "--index", archive, "-f", "json").stdout)
    rows = rows["hits"] if isinstance(rows, dict) else rows
    assert rows and all(len(line) <= 80 for line in lines)
    text = "\n".join(lines)
    for row in rows:
        assert re.search(rf"(^|\s){re.escape(row['id'])}$", text, re.M), row["id"]
        for field in ("date", "due"):
            if row.get(field):
                assert re.search(rf"(^|\s){re.escape(row[field])}(\s|$)", text), row[field]


# -- conventions -----------------------------------------------------------------------

def test_version_and_shell_completion():
    from importlib.metadata import version

    assert run("--version").stdout == f"referat {version('referat')}\n"
    assert "--install-completion" in run("--help").stdout


def test_help_of_every_command_has_an_example():
    import typer.main

    commands = typer.main.get_command(app).commands
    names = [[n] for n in commands] + [[n, sub] for n, c in commands.items()
                                       for sub in getattr(c, "commands", {})]
    assert {"parse", "ingest", "search", "show", "status", "reindex", "decisions", "case",
            "people", "export", "serve", "watch"} <= {n[0] for n in names}
    for name in names:
        assert "Example:" in run(*name, "--help").stdout, name


def test_quiet_prints_nothing_and_the_status_tells(archive):
    r = run("-q", "search", "skole", "--index", archive)
    assert (r.stdout, r.stderr) == ("", "")
    r = run("--quiet", "search", "zzqqxx", "--index", archive, code=1)
    assert (r.stdout, r.stderr) == ("", "")
    r = run("-q", "search", '"unclosed', "--index", archive, code=2)  # errors still show
    assert r.stderr.startswith("referat: error: ")


def test_quiet_may_follow_the_command_as_with_grep(archive, tmp_path):
    r = run("search", "zzqqxx", "--index", archive, "-q", code=1)
    assert (r.stdout, r.stderr) == ("", "")
    r = run("status", "--quiet", "--index", archive)
    assert (r.stdout, r.stderr) == ("", "")
    missing = tmp_path / "findes-ikke.pdf"
    r = run("ingest", str(missing), "-q", "--index", str(tmp_path / "index"), code=4)
    assert r.stdout == "" and r.stderr.count("\n") == 1 and str(missing) in r.stderr
    r = run("search", "--index", archive, "-f", "json", "--", "-q skole")
    assert json.loads(r.stdout)["hits"]  # after '--' '-q' is a query word (not q), not quiet


# '-budgetforslaget' holds the letter of the short option -f, which once swallowed it.
@pytest.mark.parametrize("query", ["-budget skole", "-budgetforslaget skole", "skole -budget"])
def test_a_leading_minus_word_is_an_exclusion_not_an_option(archive, query):
    every = json.loads(run("search", "skole", "--index", archive, "-f", "json",
                           "--limit", "0").stdout)["hits"]
    assert any("Budget" in (h["item_title"] or "") for h in every)
    hits = json.loads(run("search", query, "--index", archive, "-f", "json",
                          "--limit", "0").stdout)["hits"]
    assert hits and not any("Budget" in (h["item_title"] or "") for h in hits)
    assert any(h["item_title"] == "Ny skole i Nordby" for h in hits)


def test_a_minus_word_alone_also_works_for_decisions(archive):
    rows = json.loads(run("decisions", "-budget skole", "--index", archive, "-f",
                          "json").stdout)
    assert [r["item_title"] for r in rows] == ["Ny skole i Nordby"]


def test_kind_option_is_checked_like_type_field(archive):
    by_option = run("search", "skole", "--kind", "protokol", "--index", archive, code=2).stderr
    by_field = run("search", "skole type:protokol", "--index", archive, code=2).stderr
    assert by_option == by_field
    assert by_option.startswith("referat: error: unknown document type 'protokol'; use one of")
    assert run("search", "skole", "--kind", "Referat", "--index", archive).stdout


def test_an_empty_folder_imports_nothing_and_says_so(tmp_path):
    (tmp_path / "tom").mkdir()
    r = run("ingest", tmp_path / "tom", "--index", tmp_path / "ix", code=ExitCode.NO_RESULTS)
    assert r.stdout.startswith("0 files: 0 ingested")
    assert r.stderr == f"referat: nothing was imported: no file found in {tmp_path / 'tom'}\n"


def test_status_without_an_archive_says_where_it_looked_and_how_to_make_one(tmp_path,
                                                                             monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = run("status", code=2)
    assert r.stderr == (f"referat: error: no archive at {tmp_path}/.referat/index (the "
                        "default, ./.referat/index); run 'referat ingest PATH' first to make "
                        "one, or point to one with --index DIR or $REFERAT_INDEX\n")
    r = run("status", env={"REFERAT_INDEX": str(tmp_path / "elsewhere")}, code=2)
    assert f"no archive at {tmp_path}/elsewhere (from $REFERAT_INDEX)" in r.stderr


def test_summary_groups_skipped_files_by_reason(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.xlsx", "b.xlsx", "c.xlsx", "d.png"):
        (folder / name).write_bytes(b"not read")
    (folder / "skole.txt").write_text(SKOLE, encoding="utf-8")
    out = run("ingest", folder, "--index", tmp_path / "ix", "--workers", "1").stdout
    assert "  skipped 3: unsupported file type '.xlsx' (--verbose lists them)" in out
    assert "  skipped 1: unsupported file type '.png'" in out and "a.xlsx" not in out
    (folder / "skole.txt").write_text(SKOLE + "\n", encoding="utf-8")
    out = run("ingest", folder, "--index", tmp_path / "ix", "--workers", "1",
              "--verbose").stdout
    assert f"    {folder / 'a.xlsx'}: unsupported file type '.xlsx'" in out


# -- settings ----------------------------------------------------------------------------

def test_referat_timeout_applies_to_parse(monkeypatch):
    monkeypatch.chdir(REPO)
    r = run("parse", "samples/seed-packet.pdf", env={"REFERAT_TIMEOUT": "0.001"}, code=2)
    assert r.stderr.startswith("referat: error: samples/seed-packet.pdf: timed out after "
                               "0.001 s")


def test_referat_file_timeout_applies_to_ingest(tmp_path):
    r = run("ingest", SAMPLES / "seed-packet.pdf", "--index", tmp_path / "ix", "--workers", "1",
            env={"REFERAT_FILE_TIMEOUT": "0.001"}, code=ExitCode.PARTIAL)
    assert "timed out" in r.stdout


def test_a_bad_log_level_is_a_usage_error():
    r = run("status", env={"REFERAT_LOG": "loud"}, code=2)
    assert r.stderr.startswith("referat: error: unknown log level 'loud'")


# -- parse ---------------------------------------------------------------------------

def test_parse_json_is_one_object(monkeypatch):
    monkeypatch.chdir(REPO)
    data = json.loads(run("parse", "samples/teknisk-udvalg-cp1252.txt", "--format",
                          "json").stdout)
    assert data["source"]["encoding"] == "cp1252"
    doc = data["documents"][0]
    assert doc["body"] == "Teknisk Udvalg" and doc["date"] == "2021-03-03"
    assert [i["decision"]["outcome"] for i in doc["items"]] == ["approved", "postponed"]
    assert doc["items"][1]["title"] == "Udskiftning af gadebelysning på Åboulevarden"


def test_parse_summary_names_documents_and_decisions(monkeypatch):
    monkeypatch.chdir(REPO)
    out = run("parse", "samples/seed-packet.pdf").stdout
    assert "[3] NOTAT: Udviklingsspor: Udvikling af efterværnsområdet" in out
    assert "attachment of: Punkt 3, Bilag 2" in out
    assert "decision (withdrawn): Punktet udgik." in out


def test_latin1_text_is_read_and_recorded(tmp_path):
    f = tmp_path / "gammel.txt"
    f.write_bytes("Referat\n\nSogneraadet i Aarhus\n\n1. Kasseeftersyn\nSagsnr.: 41/123\n"
                  "Beslutning\nTaget til efterretning \xa4\n".encode("latin-1"))
    data = json.loads(run("parse", f, "--format", "json").stdout)
    assert data["source"]["encoding"] in ("cp1252", "latin-1")
    assert "Sogneraadet i Aarhus" in json.dumps(data, ensure_ascii=False)


def test_form_feeds_separate_pages_and_items_cite_them(tmp_path):
    f = tmp_path / "referat.txt"
    f.write_text("Referat\n\nTeknisk Udvalg\nMødedato: 3. marts 2021\n\n1. Vejbelysning\n"
                 "Sagsnr.: 21/00001\nBeslutning\nGodkendt.\n\f2. Cykelsti\nSagsnr.: 21/00002\n"
                 "Beslutning\nUdsat.\n\fBilag følger.\n", encoding="utf-8")
    data = json.loads(run("parse", f, "--format", "json").stdout)
    assert data["source"]["pages"] == 3
    items = data["documents"][0]["items"]
    assert [(i["number"], i["pages"]) for i in items] == [("1", [1, 1]), ("2", [2, 3])]


def _holds_open(pid: int, path) -> bool:
    """Whether a process has a file open (Linux /proc)."""
    try:
        return any(os.readlink(f"/proc/{pid}/fd/{n}") == str(path)
                   for n in os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return False


def _ctrl_c_as_at_a_terminal() -> None:
    """SIGINT back to its default in the importer, as a terminal's shell starts it: a
    test run launched in the background (`cmd &`, nohup) ignores SIGINT, every child
    inherits that, and Python then installs no KeyboardInterrupt handler (the importer
    waited on, stderr empty, in such CI runs)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_during_an_import_says_how_to_resume(tmp_path):
    import signal
    import time

    from search.importer import ArchiveLock, archive_paths

    lock_file = archive_paths(tmp_path / "ix")[1]
    lock_file.parent.mkdir(parents=True)
    # This process holds the archive, as another import would: the importer below is a
    # process of its own, so it waits (a second Python started only to hold it cost a
    # start of its own).
    lock = ArchiveLock(lock_file)
    try:
        importer = subprocess.Popen([sys.executable, "-m", "search", "ingest",
                                     str(SAMPLES / "seed-packet.txt"), "--index",
                                     str(tmp_path / "ix"), "--wait", "300"],
                                    cwd=REPO, text=True, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, preexec_fn=_ctrl_c_as_at_a_terminal)
        # Interrupt it once it waits for the lock (it has opened the lock file).
        deadline = time.monotonic() + 120
        while not _holds_open(importer.pid, lock_file) and time.monotonic() < deadline:
            time.sleep(0.1)
        importer.send_signal(signal.SIGINT)
        out, err = importer.communicate(timeout=60)
    finally:
        lock.release()
    assert importer.returncode == 130 and out == ""
    assert err == ("referat: interrupted; the batches already committed are kept: run the same "
                   "'referat ingest' again to go on (unchanged files are skipped)\n")


@pytest.mark.parametrize("fmt", [[], ["-f", "ndjson"], ["-f", "tsv"]])
def test_no_hits_on_a_pipe_print_nothing_and_exit_1(archive, fmt):
    r = run("search", "zzzqqqxyz", "--index", archive, *fmt, code=1)
    assert r.stdout == "" and "no hits" in r.stderr
