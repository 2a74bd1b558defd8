"""The command line: exit codes and the exact line for each bad input."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import REPO, SAMPLES

BAD = SAMPLES / "bad"


def referat(*args: str, cwd=REPO, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "search", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


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
def test_bad_file_gives_one_line_and_exit_1(name, line):
    r = referat("parse", f"samples/bad/{name}")
    assert r.returncode == 1
    assert r.stdout == ""
    assert r.stderr == f"referat: error: samples/bad/{name}: {line}\n"


def test_missing_file():
    r = referat("parse", "samples/nope.pdf")
    assert (r.returncode, r.stderr) == (1, "referat: error: samples/nope.pdf: no such file: "
                                           "samples/nope.pdf\n")


def test_parse_json_is_one_object():
    r = referat("parse", "samples/teknisk-udvalg-cp1252.txt", "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["source"]["encoding"] == "cp1252"
    doc = data["documents"][0]
    assert doc["body"] == "Teknisk Udvalg" and doc["date"] == "2021-03-03"
    assert [i["decision"]["outcome"] for i in doc["items"]] == ["approved", "postponed"]
    assert doc["items"][1]["title"] == "Udskiftning af gadebelysning på Åboulevarden"


def test_parse_summary_names_documents_and_decisions():
    r = referat("parse", "samples/seed-packet.pdf")
    assert r.returncode == 0, r.stderr
    assert "[3] NOTAT: Udviklingsspor: Udvikling af efterværnsområdet" in r.stdout
    assert "attachment of: Punkt 3, Bilag 2" in r.stdout
    assert "decision (withdrawn): Punktet udgik." in r.stdout


def test_latin1_text_is_read_and_recorded(tmp_path):
    f = tmp_path / "gammel.txt"
    f.write_bytes("Referat\n\nSogneraadet i Aarhus\n\n1. Kasseeftersyn\nSagsnr.: 41/123\n"
                  "Beslutning\nTaget til efterretning \xa4\n".encode("latin-1"))
    r = referat("parse", str(f), "--format", "json")
    data = json.loads(r.stdout)
    assert data["source"]["encoding"] in ("cp1252", "latin-1")
    assert "Sogneraadet i Aarhus" in json.dumps(data, ensure_ascii=False)


def test_help_lists_commands_with_examples():
    r = referat("--help")
    for cmd in ("parse", "ingest", "search", "show", "status", "reindex"):
        assert cmd in r.stdout
    assert "Example:" in referat("search", "--help").stdout


def test_form_feeds_separate_pages_and_items_cite_them(tmp_path):
    f = tmp_path / "referat.txt"
    f.write_text("Referat\n\nTeknisk Udvalg\nMødedato: 3. marts 2021\n\n1. Vejbelysning\n"
                 "Sagsnr.: 21/00001\nBeslutning\nGodkendt.\n\f2. Cykelsti\nSagsnr.: 21/00002\n"
                 "Beslutning\nUdsat.\n\fBilag følger.\n", encoding="utf-8")
    data = json.loads(referat("parse", str(f), "--format", "json").stdout)
    assert data["source"]["pages"] == 3
    items = data["documents"][0]["items"]
    assert [(i["number"], i["pages"]) for i in items] == [("1", [1, 1]), ("2", [2, 3])]
