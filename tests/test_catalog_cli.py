"""The catalog's commands (decisions, case, people, status, export) on a small real archive,
in-process through Typer's runner; the export opened by Datasette's own test client."""
from __future__ import annotations

import asyncio
import csv
import json
import re
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from search.cli import app
from tests.conftest import REPO, SAMPLES

V0_ARCHIVE = REPO / "tests" / "data" / "archive-v0"
CPR = "010203-1234"
# A CPR number in any of the ways it is written: ddmmyy, a dash or not, four digits.
CPR_RE = re.compile(rb"(?<!\d)[0-3]\d[01]\d\d\d[-\s]?\d{4}(?!\d)")
CPR_REFERAT = f"""Teknisk Udvalg
Referat
Dato: 05.03.2024

1. Henvendelse fra borger om vejbelysning
Sagsnr.: 2024-001234
Sagsfremstilling
En borger (cpr.nr. {CPR}) har klaget over vejbelysningen på Skolevej.
Indstilling
Forvaltningen indstiller, at klagen tages til efterretning.
Beslutning
Taget til efterretning.
"""
# Minutes whose first page (with the date and the committee) was never scanned.
UNDATED_REFERAT = """Referat

1. Godkendelse af dagsorden
Beslutning
Godkendt.
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """samples/ seed text and cp1252 text, a referat that names a CPR number, and an
    undated page of minutes."""
    from search.importer import run_import

    files = tmp_path_factory.mktemp("files")
    shutil.copy(SAMPLES / "seed-packet.txt", files)
    shutil.copy(SAMPLES / "teknisk-udvalg-cp1252.txt", files)
    (files / "borger-klage.txt").write_text(CPR_REFERAT, encoding="utf-8")
    (files / "side-2-af-referat.txt").write_text(UNDATED_REFERAT, encoding="utf-8")
    index = tmp_path_factory.mktemp("archive") / "index"
    assert run_import([str(files)], index, workers=1).ingested == 4
    return index


def run(*args, code: int = 0):
    r = CliRunner().invoke(app, [str(a) for a in args])
    assert r.exit_code == code, r.output
    return r


def test_decisions_words_from_the_search_engine_filters_in_sql(small):
    rows = json.loads(run("decisions", "efterværn", "--index", small, "-f", "json").stdout)
    assert {r["item_title"] for r in rows} == {"Opfølgning på temadrøftelse om efterværn"}
    assert rows[0]["followed"] == "followed" and "godkender" in rows[0]["proposal"]
    noted = json.loads(run("decisions", "--outcome", "efterretning", "--body", "teknisk",
                           "--index", small, "-f", "json").stdout)
    assert [(r["date"], r["body"], r["outcome"]) for r in noted] == \
        [("2024-03-05", "Teknisk Udvalg", "noted")]
    assert noted[0]["case_numbers"] == ["2024-001234"]


@pytest.mark.parametrize("args, message", [
    (["--followed", "maybe"], "unknown value 'maybe' for --followed; use one of followed, "),
    (["--outcome", "vist"], "unknown outcome 'vist'; use one of approved, "),
    (["--case", "???"], "'???' is not a case number"),
])
def test_decisions_bad_filters_are_usage_errors(small, args, message):
    r = run("decisions", "--index", small, *args, code=2)
    assert message in r.output


def test_follow_ups_and_facets(small):
    ups = json.loads(run("decisions", "--follow-ups", "--index", small, "-f", "json").stdout)
    assert ("UJU og Janus", "2024-05") in {(u["owner"], u["due"]) for u in ups}
    facets = json.loads(run("decisions", "--facets", "--index", small, "-f", "json").stdout)
    assert facets["body"]["Teknisk Udvalg"] >= 1 and "2023" in facets["year"]


def test_case_timeline(small):
    rows = json.loads(run("case", "emn 2023 11201", "--index", small, "-f", "json").stdout)
    assert {"indstilling", "notat"} <= {r["kind"] for r in rows}
    assert "no document or item names case" in run("case", "2099-1", "--index", small,
                                                    code=1).output


def test_people_by_middle_name_with_roles_over_time(small):
    out = run("people", "Bæk", "--index", small, "-f", "table").stdout
    assert out.startswith("Maja Bæk Andersen - sagsbehandler\n    roles: sagsbehandler 2024-01-09")
    [p] = json.loads(run("people", "bæk andersen", "--index", small, "-f", "json").stdout)
    assert p["role_history"][0]["role"] == "sagsbehandler" and len(p["appearances"]) == 2
    assert "nobody called 'Bækgaard'" in run("people", "Bækgaard", "--index", small,
                                             code=1).output


def test_status_reports_decisions_without_date_or_body(small):
    data = json.loads(run("status", "--index", small, "-f", "json").stdout)
    assert data["counts"] == {"ingested": 4}
    assert data["decisions_without_date"] >= 1
    assert [s["source"].rsplit("/", 1)[-1] for s in data["incomplete_sources"]] == \
        ["side-2-af-referat.txt"]
    text = run("status", "--index", small, "-f", "table").stdout
    assert "2024-03-05  Teknisk Udvalg (2 meetings, 2 documents)" in text


def test_status_loads_no_parser(small):
    code = ("import sys; from typer.testing import CliRunner; from search.cli import app; "
            f"r = CliRunner().invoke(app, ['status', '--index', {str(small)!r}]); "
            "assert r.exit_code == 0, r.output; "
            "print(sorted(m for m in ('spacy', 'pdfplumber', 'pypdfium2', 'ingest.parse', "
            "'ingest.pipeline') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                         timeout=60)
    assert out.stdout.strip() == "[]", out.stderr


def test_commands_without_an_archive_say_how_to_make_one(tmp_path):
    for command in ("status", "people", "decisions", "case 2024-1"):
        r = run(*command.split(), "--index", tmp_path / "none", code=2)
        assert "run 'referat ingest PATH' first" in r.output


# -- export ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def exported(small, tmp_path_factory):
    folder = tmp_path_factory.mktemp("export")
    out = run("export", "--index", small, "--sqlite", folder / "referat.db", "--csv",
              folder / "csv").stdout
    assert out.startswith(f"wrote {folder / 'referat.db'}: ")
    return folder


def datasette_get(db_file, path: str):
    from datasette.app import Datasette

    async def get():
        ds = Datasette([str(db_file)])
        await ds.invoke_startup()
        return await ds.client.get(path)
    return asyncio.run(get())


def test_datasette_searches_the_export_for_efterværn(exported):
    r = datasette_get(exported / "referat.db",
                      "/referat/items.json?_search=efterværn&_shape=array")
    assert r.status_code == 200
    assert "Opfølgning på temadrøftelse om efterværn" in {row["title"] for row in r.json()}


def test_datasette_facets_and_labels_follow_foreign_keys(exported):
    r = datasette_get(exported / "referat.db",
                      "/referat/decisions.json?_facet=outcome&_labels=on&_shape=objects")
    data = r.json()
    outcomes = {f["value"] for f in data["facet_results"]["outcome"]["results"]}
    assert {"approved", "noted"} <= outcomes
    meetings = {row["meeting_id"]["label"] for row in data["rows"] if row["meeting_id"]}
    assert "Teknisk Udvalg 2024-03-05" in meetings


def test_export_tables_have_keys(exported):
    import sqlite_utils

    db = sqlite_utils.Database(exported / "referat.db")
    assert {"meetings", "documents", "items", "decisions", "votes", "people", "cases"} <= \
        set(db.table_names())
    fks = {(fk.column, fk.other_table) for fk in db["items"].foreign_keys}
    assert fks == {("document_id", "documents"), ("meeting_id", "meetings")}
    assert db["items"].detect_fts() == "items_fts"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_csv_holds_the_same_tables_for_excel(exported):
    import sqlite_utils

    db = sqlite_utils.Database(exported / "referat.db")
    for path in sorted((exported / "csv").glob("*.csv")):
        raw = path.read_bytes()
        assert raw.startswith("\ufeff".encode())
        rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(keepends=True),
                               delimiter=";"))
        table = db[path.stem]
        assert rows[0] == list(table.columns_dict) and len(rows) - 1 == table.count
    assert {p.stem for p in (exported / "csv").glob("*.csv")} == \
        {t for t in db.table_names() if "_fts" not in t}


@pytest.mark.parametrize("value, cell", [
    (None, ""), (7, 7), ("kort", "kort"),
    ("x" * 40_000, "x" * 32_766 + "…"),  # Excel keeps at most 32,767 characters a cell
])
def test_csv_cells_fit_excel(value, cell):
    from search.export import _cell
    assert _cell(value) == cell


def test_no_cpr_number_reaches_the_export(exported):
    files = [exported / "referat.db", *(exported / "csv").glob("*.csv")]
    assert all(CPR_RE.search(p.read_bytes()) is None for p in files)
    assert b"[CPR]" in (exported / "csv" / "items.csv").read_bytes()


def test_export_needs_a_target_and_a_writable_place(small, tmp_path):
    assert "say where to export" in run("export", "--index", small, code=2).output
    (tmp_path / "file").write_text("x")
    r = run("export", "--index", small, "--sqlite", tmp_path / "file" / "x.db", code=2)
    assert r.output.startswith(f"referat: error: cannot write {tmp_path / 'file' / 'x.db'}")


# -- the development corpus -------------------------------------------------------

def test_people_on_the_dev_corpus(archive, dev):
    [maja] = json.loads(run("people", "Bæk", "--index", archive, "-f", "json").stdout)
    assert maja["name"] == "Maja Bæk Andersen"
    [anders] = json.loads(run("people", "Winnerskjolds", "--index", archive, "-f",
                              "json").stdout)
    assert anders["name"] == "Anders Winnerskjold"
    assert {a["source"].rsplit("/", 1)[-1] for a in anders["appearances"]} >= \
        {"seed-packet.txt", "aarhus-byraad_dagsorden_2025-10-08.html"}


def test_one_meeting_row_for_the_files_of_one_meeting_on_the_dev_corpus(archive, dev):
    import sqlite3

    db = sqlite3.connect(archive / "catalog.sqlite")
    formats = [r[0] for r in db.execute(
        "SELECT f.format FROM meetings m JOIN documents doc ON doc.meeting_id = m.id "
        "JOIN files f ON f.sha256 = doc.file_sha "
        "WHERE m.body = 'Rådmandsmøde' AND m.date = '2023-12-18'")]
    assert sorted(formats) == ["pdf", "text"]  # the seed packet as text and as its PDF


def test_one_meetings_decisions_once_though_three_files_record_them(archive, dev):
    """ballerup-edoc-2012: the referat, its eight single-item PDFs (no header) and the
    system's XML export record the same eight decisions."""
    rows = json.loads(run("decisions", "--body", "Sundheds- og Forebyggelsesudvalget",
                          "--index", archive, "-f", "json").stdout)
    assert sorted(int(r["item_number"]) for r in rows) == list(range(1, 9))
    assert {r["source"].rsplit("/", 1)[-1] for r in rows} == \
        {"ballerup-sfu_referat_2012-12-04.pdf"}
    for r in rows:
        others = {s.rsplit("/", 1)[-1] for s in r["also_in"]}
        assert "eDocAgendaPublishing_2012-12-04.xml" in others
        assert any(s.startswith(f"punkt-0{r['item_number']}_") for s in others)


# -- archives written before the tables --------------------------------------------

def test_an_old_archive_upgrades_reindexes_and_answers(tmp_path):
    index = tmp_path / "index"
    index.mkdir()
    shutil.copy(V0_ARCHIVE / "catalog.sqlite", index)
    rows = json.loads(run("decisions", "--index", index, "-f", "json").stdout)
    assert len(rows) == 13
    assert run("people", "Bæk", "--index", index).stdout.startswith("Maja Bæk Andersen")
    assert "reindexed 3 files" in run("reindex", "--index", index).stdout
    found = json.loads(run("decisions", "efterværn", "--index", index, "-f", "json").stdout)
    assert [r["item_title"] for r in found] == ["Opfølgning på temadrøftelse om efterværn"]
