"""A bilag that a meeting system's export names on an item is linked to that item and its
meeting, whichever of the two files is imported first (index/attachments.py)."""
from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from typer.testing import CliRunner

from search.cli import app
from search.importer import run_import
from tests.conftest import SAMPLES

EDOC = SAMPLES / "exports" / "edoc-udvalg.xml"  # names 2000201.PDF and 2000202.PDF on item 2
MEMO = """Notat

Dato: 10. januar 2024

Trafiksikkerhed ved Skolevej

Forvaltningen har talt biler ved Skolevej i uge 2. Der kører i gennemsnit 1.200 biler
i døgnet, og hver femte kører for stærkt om morgenen.
"""


def cli(*args: str, code: int | None = 0):
    """Run referat in process; `code` None: a search that may find nothing (exit 0 or 1)."""
    r = CliRunner().invoke(app, list(args))
    assert r.exit_code in ((0, 1) if code is None else (code,)), (r.exit_code, r.stdout, r.stderr)
    return r


def _ingest(index, *paths) -> None:
    for p in paths:
        run_import([str(p)], index, workers=1)


def _linked(index) -> dict[str, tuple]:
    """file name -> (attachment number, item number, meeting body, how it joined)."""
    db = sqlite3.connect(index / "catalog.sqlite")
    try:
        return {r[0].rsplit("/", 1)[-1]: r[1:] for r in db.execute(
            "SELECT d.source, a.number, i.number, m.body, d.meeting_by FROM attachments a "
            "JOIN items i ON i.id = a.item_id JOIN documents d ON d.id = a.document_id "
            "LEFT JOIN meetings m ON m.id = d.meeting_id")}
    finally:
        db.close()


def _meeting_folder(tmp_path):
    folder = tmp_path / "moede"
    (folder / "bilag").mkdir(parents=True)
    shutil.copy(EDOC, folder)
    (folder / "bilag" / "2000201_notat-trafik-skolevej.txt").write_text(MEMO, encoding="utf-8")
    return folder


def _bilag_id(index) -> str:
    db = sqlite3.connect(index / "catalog.sqlite")
    try:
        return db.execute("SELECT uid FROM documents WHERE source LIKE '%2000201_%'").fetchone()[0]
    finally:
        db.close()


@pytest.mark.parametrize("export_first", [True, False], ids=["export-first", "bilag-first"])
def test_a_bilag_named_by_an_export_joins_its_item_and_meeting(tmp_path, export_first):
    folder = _meeting_folder(tmp_path)
    index = tmp_path / "index"
    bilag = folder / "bilag"
    _ingest(index, *((folder / EDOC.name, bilag) if export_first else (bilag, folder / EDOC.name)))
    body, date = _export_meeting(index)
    assert _linked(index) == {"2000201_notat-trafik-skolevej.txt": (1, "2", body, "attachment")}
    shown = json.loads(cli("show", _bilag_id(index), "--index", str(index), "-f", "json").stdout)
    assert [(k["number"], k["item_number"], k["body"], k["date"]) for k in
            shown["attachment_of"]] == [(1, "2", body, date)]
    text = cli("show", _bilag_id(index), "--index", str(index)).stdout
    assert "attachment of: bilag 1 (" in text and body in text


def _bilag_hit(index, *options: str) -> dict | None:
    """The search hit of the bilag's words, or None."""
    found = json.loads(cli("search", "Skolevej biler", "--index", str(index), "-f", "json",
                           *options, code=None).stdout)
    return next((h for h in found["hits"] if "2000201_" in h["source"]), None)


@pytest.mark.parametrize("export_first", [True, False], ids=["export-first", "bilag-first"])
@pytest.mark.parametrize("dated", [True, False], ids=["prints-its-date", "undated"])
def test_a_linked_bilag_is_found_and_shown_with_its_meeting(tmp_path, export_first, dated):
    """A bilag prints no body (and often no date): once an export names it, a search shows
    it with the meeting's body, and the meeting's date where it prints none of its own,
    and a filter by that body finds it."""
    folder = _meeting_folder(tmp_path)
    if not dated:
        memo = folder / "bilag" / "2000201_notat-trafik-skolevej.txt"
        memo.write_text(MEMO.replace("Dato: 10. januar 2024\n", ""), encoding="utf-8")
    index = tmp_path / "index"
    bilag = folder / "bilag"
    _ingest(index, *((folder / EDOC.name, bilag) if export_first else (bilag, folder / EDOC.name)))
    body, date = _export_meeting(index)
    hit = _bilag_hit(index)
    assert (hit["body"], hit["date"]) == (body, "2024-01-10" if dated else date)
    assert _bilag_hit(index, "--body", body, "--kind", "notat") is not None


def test_a_bilag_the_export_no_longer_names_loses_the_meetings_body(tmp_path):
    folder = _meeting_folder(tmp_path)
    index = tmp_path / "index"
    _ingest(index, folder)
    assert _bilag_hit(index)["body"]
    export = folder / EDOC.name
    export.write_text(export.read_text(encoding="utf-8").replace("2000201.PDF", "2999999.PDF"),
                      encoding="utf-8")
    _ingest(index, folder)
    assert not _bilag_hit(index)["body"]
    cli("reindex", "--index", str(index))
    assert not _bilag_hit(index)["body"]


def test_reindex_keeps_a_linked_bilags_meeting(tmp_path):
    index = tmp_path / "index"
    _ingest(index, _meeting_folder(tmp_path))
    before = _bilag_hit(index)
    cli("reindex", "--index", str(index))
    assert _bilag_hit(index)["body"] == before["body"] != ""


def _export_item(index) -> str:
    """The id of the export's item 2, the one that names the bilag."""
    db = sqlite3.connect(index / "catalog.sqlite")
    try:
        return db.execute("SELECT i.uid FROM items i JOIN documents d ON d.id = i.document_id "
                          "WHERE d.source LIKE '%.xml' AND i.number = '2'").fetchone()[0]
    finally:
        db.close()


def _export_meeting(index) -> tuple[str, str]:
    db = sqlite3.connect(index / "catalog.sqlite")
    try:
        return db.execute("SELECT m.body, m.date FROM documents d JOIN meetings m "
                          "ON m.id = d.meeting_id WHERE d.source LIKE '%.xml'").fetchone()
    finally:
        db.close()


def test_the_item_lists_its_bilag_with_the_id_to_show_them(tmp_path):
    folder = _meeting_folder(tmp_path)
    index = tmp_path / "index"
    _ingest(index, folder)
    item = _export_item(index)
    shown = json.loads(cli("show", item, "--index", str(index), "-f", "json").stdout)
    assert [(k["number"], k["document"]) for k in shown["attachments"]] == \
        [(1, _bilag_id(index)), (2, None)]  # 2000202.PDF was never imported
    text = cli("show", item, "--index", str(index)).stdout
    assert f"-> referat show {_bilag_id(index)}" in text and "not in the archive" in text


def test_only_files_below_the_exports_folder_are_its_bilag(tmp_path):
    folder = _meeting_folder(tmp_path)
    elsewhere = tmp_path / "andet-moede"
    elsewhere.mkdir()
    shutil.move(folder / "bilag" / "2000201_notat-trafik-skolevej.txt", elsewhere)
    index = tmp_path / "index"
    _ingest(index, tmp_path)
    assert _linked(index) == {}


def test_a_short_number_names_only_a_whole_file_name(tmp_path):
    """SBSYS publishes enclosures as '1.pdf', '2.pdf': '1_referat.txt' is not enclosure 1."""
    folder = tmp_path / "moede"
    folder.mkdir()
    shutil.copy(SAMPLES / "exports" / "sbsys-udvalg.xml", folder)
    (folder / "1_notat.txt").write_text(MEMO, encoding="utf-8")
    index = tmp_path / "index"
    _ingest(index, folder)
    assert _linked(index) == {}
    (folder / "Enclosures").mkdir()
    (folder / "Enclosures" / "1.txt").write_text(MEMO.replace("uge 2", "uge 3"), encoding="utf-8")
    _ingest(index, folder)
    assert list(_linked(index)) == ["1.txt"]


def test_an_export_that_no_longer_names_the_bilag_lets_it_go(tmp_path):
    folder = _meeting_folder(tmp_path)
    index = tmp_path / "index"
    _ingest(index, folder)
    assert _linked(index)
    export = folder / EDOC.name
    text = export.read_text(encoding="utf-8")
    export.write_text(text.replace("2000201.PDF", "2999999.PDF"), encoding="utf-8")
    _ingest(index, folder)
    assert _linked(index) == {}
    db = sqlite3.connect(index / "catalog.sqlite")
    try:
        assert db.execute("SELECT meeting_id, meeting_by FROM documents WHERE source LIKE "
                          "'%2000201_%'").fetchone() == (None, None)
    finally:
        db.close()


@pytest.mark.corpus
def test_ballerups_bilag_belong_to_the_items_the_edoc_export_names(archive):
    """The dev corpus's eDoc meeting: nine bilag with text, each named by its document
    number on one item of the Sundheds- og Forebyggelsesudvalget's meeting of 4 Dec 2012."""
    linked = _linked(archive)
    ballerup = {name: v for name, v in linked.items() if name[:7].isdigit()}
    assert ballerup["1548285_notat-takstreduktion-torvevej.pdf"][1:3] == \
        ("4", "Sundheds- og Forebyggelsesudvalget")
    assert len(ballerup) >= 9 and {v[2] for v in ballerup.values()} == \
        {"Sundheds- og Forebyggelsesudvalget"}


def test_the_web_pages_link_an_item_and_its_bilag_both_ways(tmp_path):
    from starlette import testclient

    from search.web import make_app

    index = tmp_path / "index"
    _ingest(index, _meeting_folder(tmp_path))
    item = _export_item(index)
    bilag = _bilag_id(index)
    with testclient.TestClient(make_app(index)) as web:
        assert f'href="/item/{bilag}"' in web.get(f"/item/{item}").text
        page = web.get(f"/item/{bilag}").text
        assert f'Bilag 1 til <a href="/item/{item}">punkt 2.' in page
        assert web.get(f"/item/{bilag}?format=json").json()["attachment_of"][0]["item"] == item


def test_an_attachment_keeps_its_own_case_numbers_and_knows_its_matters():
    """A case number belongs to the document that prints it: the packet's indstilling
    prints none, its notat prints the case. The indstilling still carries the matter's
    case apart (a case search and timeline find it), never as its own number."""
    from pathlib import Path

    from ingest.pipeline import parse_file
    docs = parse_file(Path(SAMPLES / "seed-packet.txt")).documents
    indstilling = next(d for d in docs if d.kind.value == "indstilling")
    notat = next(d for d in docs if d.kind.value == "notat")
    assert notat.case_numbers == ("EMN-2023-011201",)
    assert indstilling.case_numbers == ()
    assert indstilling.matter_case_numbers == ("EMN-2023-011201",)
    assert "matter_case_numbers" not in notat.to_dict()  # optional: only when it has one
