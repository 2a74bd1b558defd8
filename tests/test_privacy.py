"""CPR numbers: the forms people write them in are masked, other numbers are not."""
from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.pages import RawDocument, RawPage
from ingest.privacy import escape, mask_path, mask_text, unescape
from tests.conftest import needs_tesseract

# Each form holds one CPR number of a real birth date; what is left must hold no run of
# its digits. The forms come from letters, case notes, forms and file names.
FORMS = [
    "CPR 150385-1234",
    "født 15.03.85-1234",  # dotted, after a birth or a label
    "CPR-nr.: 15.03.85-1234",
    "CPR-nr. 150385-1234",
    "cpr.nr. 150385-1234",
    "cpr.nr.150385-1234",
    "CPR-150385-1234",
    "CPR-1503851234",
    "CPR1503851234",
    "CPR: 1503851234",
    "Personnummer: 150385-1234",
    "personnr. 150385 1234",
    "150385-1234",
    "150385 - 1234",
    "1503851234",
    "150385 1234",
    "150385–1234",  # en dash
    "150385—1234",  # em dash
    "150385\u22121234",  # minus sign
    "150385\u20111234",  # non-breaking hyphen
    "150385\u00a01234",  # no-break space
    "15 03 85-1234",
    "15 03 85 1234",
    "15 03 85 – 1234",
    "150385-1234-",
    "150385-1234/",
    "150385-1234.",
    "(150385-1234)",
    "borgeren (cpr 150385-1234) klager",
    "150385-\n1234",
    "150385\n-1234",
    "150385 -\n1234",
    "CPR\n150385-1234",
    "CPR-nr.: 150385 1430",  # a time-like serial after a label is still a CPR number
    "150385 1430",  # ... and without one, unless the text says it is a date and a time
    "Ansøger 150385 1430 klager over afgørelsen",
    "ansøger_1503851234.pdf",
    "Klage fra 150385-1234.pdf",
    "a\tb 150385-1234\tc",
    "010100-4123",  # 1 January 2000 (the 7th digit 4 puts yy 00 in the 2000s)
    "311299-1234",
    '<Person cpr="1503851234">',  # markup, but named a CPR number
]


@pytest.mark.parametrize("text", FORMS)
def test_cpr_forms_are_masked(text):
    masked, n = mask_text(text)
    assert n == 1 and "[CPR]" in masked
    digits = re.sub(r"\D", "", masked)
    assert not re.search(r"\d{4}", digits.replace("1430", "")), masked


# Numbers a reader knows are not CPR numbers.
NOT_CPR = [
    "Sagsnr.: EMN-2023-011201",
    "Mødet den 15.03.85-1234",  # a dotted date and a number, no birth named
    "Sag 27.00.00-A00-1-21",
    "sagsnr. 2021-010203-1234",
    "j.nr. 21/00042",
    "Journalnr. 1503211234",
    "Kontonr. 0102031234",
    "Reg.nr. 1234 kontonr. 1503851234",
    "P-nr. 1003456789",
    "Tlf. 89 40 20 00",
    "Telefon: +45 8940 2000",
    "tlf. 1503851234",
    "CVR-nr. 29189803",
    "CVR 29 18 98 03",
    "EAN-nr. 5798000123456",
    "EAN 5798008123456",
    "Beløb: 1.503.851.234 kr.",
    "kr. 150.385,12",
    "150385,1234 kr.",
    "Mødedato: 01-02-2003",
    "den 15.03.85",
    "Mødet 150321 1430",  # a date and a time of day
    "Dato: 150321 1430",
    "150321 1600-1800",
    "1503851234567",  # longer numbers
    "91503851234",
    "320185-1234",  # no 32nd
    "150330-4999",  # born 2030: in the future
    "Bilag 12-2021",
    '<Document documentid="2003017014">',  # a meeting system's document number
    "eDoc.asp?PageId=document&id=2003017014",
]


@pytest.mark.parametrize("text", NOT_CPR)
def test_other_numbers_are_left_alone(text):
    assert mask_text(text) == (text, 0)


def test_masking_keeps_the_line_breaks_it_covers():
    text = "linje et\nCPR 150385-\n1234 klager\nlinje fire"
    masked, n = mask_text(text)
    assert n == 1 and masked.count("\n") == text.count("\n")
    assert masked.split("\n")[1:3] == ["CPR [CPR]", " klager"]


def test_pages_are_masked_over_their_whole_text():
    from ingest.privacy import mask_pages

    page = RawPage(1, lines=("Ansøger: 150385-", "1234 har søgt", ""),
                   sidebar=("CPR", "150385 1234"))
    raw, n = mask_pages(RawDocument("text", (page,)))
    assert n == 2
    assert raw.pages[0].lines == ("Ansøger: [CPR]", " har søgt", "")
    assert raw.pages[0].sidebar == ("CPR", "[CPR]")


def test_masked_file_names_stay_apart_and_hold_no_number():
    a = mask_path("/sager/Klage 150385-1234.pdf", secret=b"k")
    b = mask_path("/sager/Klage 160385-1234.pdf", secret=b"k")
    assert a != b and "150385" not in a and "1234" not in a
    assert re.fullmatch(r"/sager/Klage \[CPR-[0-9a-f]{6}\]\.pdf", a)
    assert mask_path("/sager/Klage 150385-1234.pdf") == "/sager/Klage [CPR].pdf"


def test_file_names_are_shown_on_one_line_and_losslessly():
    name = "/arkiv/M\udcf8de\nreferat\\1.txt"  # latin-1 ø as os.fsdecode leaves it
    shown = escape(name)
    assert shown == "/arkiv/M\\xf8de\\nreferat\\\\1.txt"
    assert unescape(shown) == name and mask_path(name) == shown


@given(st.text())
def test_escape_round_trips_and_is_one_line(text):
    shown = escape(text)
    assert unescape(shown) == text
    assert "\n" not in shown and "\r" not in shown


@given(st.text(alphabet="0123456789 -\n–CPR.:/", max_size=80))
def test_masking_never_grows_a_number_or_drops_a_line(text):
    masked, _ = mask_text(text)
    assert masked.count("\n") == text.count("\n")
    assert mask_text(masked)[0] == masked  # idempotent


# -- end to end: no number reaches the archive or any output ---------------------------
def _numbers(n: int) -> list[tuple[str, str]]:
    """n CPR numbers with distinct birth dates (1940-1979); every other serial reads as
    a meeting time (1430), and nothing in the text says date and time, so every form
    below must be masked."""
    out = []
    for i in range(n):
        date6 = f"{1 + i % 28:02d}{1 + i % 12:02d}{40 + i:02d}"
        serial = f"{i % 24:02d}{5 * i % 60:02d}" if i % 2 else f"{2401 + 37 * i}"
        out.append((date6, serial))
    return out


WRITTEN = [
    "CPR {d}-{s}", "CPR-{d}-{s}", "CPR-{d}{s}", "cpr.nr.{d}-{s}", "CPR-nr.: {d} {s}",
    "{d}–{s}", "{d}—{s}", "{d}\u2212{s}", "{d}\u2011{s}", "{d} - {s}", "{d2} {m2} {y2}-{s}",
    "{d2} {m2} {y2} {s}", "{d}-{s}-", "{d}-{s}/bilag", "({d}-{s})", "{d}-\n{s}", "{d}\n-{s}",
    "Personnummer: {d}-{s}", "personnr. {d} {s}", "{d}{s}", "CPR{d}{s}",
    "Borger {d}-{s} klager", "{d}\u00a0{s}", "cpr: {d} - {s}", "CPR.nr {d}{s}",
]


def _form(template: str, number: tuple[str, str]) -> str:
    d, s = number
    return template.format(d=d, s=s, d2=d[:2], m2=d[2:4], y2=d[4:])


def _referat(forms: list[str]) -> str:
    items = "\n\n".join(
        f"{k}. Klage over skolebuskørsel {form.replace(chr(10), ' ') if k % 2 else ''}\n\n"
        f"Sagsnr.: 22/000{k:02d}\n\nSagsfremstilling\nBorgeren ({form}) klager over "
        f"skolebuskørslen.\n\nBeslutning\nTaget til efterretning. Svar til {form}."
        for k, form in enumerate(forms, 1))
    return f"Referat\n\nBørne- og Ungeudvalget\nMødedato: 2. februar 2022\n\n{items}\n"


def _inflated(data: bytes) -> list[bytes]:
    """The data and every zlib stream inside it, inflated (the catalog compresses)."""
    import zlib

    out = [data]
    for k in range(len(data) - 1):
        if data[k] == 0x78 and data[k + 1] in (0x01, 0x5E, 0x9C, 0xDA):
            try:
                out.append(zlib.decompressobj().decompress(data[k:]))
            except zlib.error:
                continue
    return out


def _leaks(blobs: list[bytes], numbers: list[tuple[str, str]]) -> list[str]:
    found = []
    for blob in blobs:
        for part in _inflated(blob):
            for d, _ in numbers:
                spaced = f"{d[:2]} {d[2:4]} {d[4:]}".encode()
                # the date part identifies the number (a serial alone could be chance
                # digits in a hash)
                if d.encode() in part or spaced in part:
                    found.append(d + s)
    return sorted(set(found))


@pytest.fixture(scope="module")
def cpr_archive(tmp_path_factory):
    from reportlab.pdfgen import canvas

    from search.importer import run_import

    numbers = _numbers(len(WRITTEN) + 8)
    root = tmp_path_factory.mktemp("cpr")
    docs = root / "sager"
    (docs / f"Borger {_form('{d}-{s}', numbers[-1])}").mkdir(parents=True)
    forms = [_form(t, n) for t, n in zip(WRITTEN, numbers)]
    (docs / "referat.txt").write_text(_referat(forms), encoding="utf-8")
    (docs / f"Klage {_form('{d}-{s}', numbers[-2])}.txt").write_text(
        _referat([_form("CPR {d}-{s}", numbers[-3])]), encoding="utf-8")
    (docs / f"Borger {_form('{d}-{s}', numbers[-1])}" / "brev.txt").write_text(
        _referat(["ingen"]), encoding="utf-8")
    (docs / f"Tom {_form('{d}{s}', numbers[-4])}.pdf").write_bytes(b"")
    (docs / "side.html").write_text(
        f"<html><head><title>Referat {_form('CPR {d}-{s}', numbers[-5])}</title></head><body>"
        f"<a href='sag/{_form('{d}-{s}', numbers[-6])}.pdf' title='{_form('{d}-{s}', numbers[-6])}'>"
        f"link</a><pre>{_referat([_form('{d}–{s}', numbers[-5])])}</pre></body></html>",
        encoding="utf-8")
    c = canvas.Canvas(str(docs / "side.pdf"))
    for k, line in enumerate(_referat([_form("CPR-nr. {d}-{s}", numbers[-7])]).splitlines()):
        c.drawString(50, 800 - 14 * k, line)
    for k, line in enumerate(["Sagsbehandler", "Jens Hansen",
                              _form("CPR {d}-{s}", numbers[-8]), "Tlf. 89 40 20 00"] * 3):
        c.drawString(450, 800 - 14 * k, line)
    c.showPage()
    c.save()
    summary = run_import([str(docs)], root / "ix", workers=2)
    return root, numbers, summary


def test_no_cpr_number_reaches_any_file_of_the_archive(cpr_archive):
    root, numbers, summary = cpr_archive
    assert summary.ingested == 5 and len(summary.failed) == 1
    assert summary.cpr_masked >= len(WRITTEN)
    files = [p for p in (root / "ix").rglob("*") if p.is_file()]
    assert files and _leaks([p.read_bytes() for p in files], numbers) == []


def test_no_cpr_number_reaches_any_command_output(cpr_archive):
    from typer.testing import CliRunner

    from search.cli import app

    root, numbers, summary = cpr_archive
    ix = str(root / "ix")
    run = CliRunner().invoke
    outputs = [json.dumps(summary.to_dict(), ensure_ascii=False)]
    ids = [h["id"] for h in json.loads(run(app, ["search", "skolebuskørsel", "--index", ix,
                                                 "--format", "json", "--limit", "100"]).stdout)["hits"]]
    assert len(ids) >= len(WRITTEN)
    commands = [["search", "klager", "--index", ix, "--limit", "100", "--format", f]
                for f in ("json", "csv", "table")]
    commands += [["show", i, "--index", ix, "--format", f] for i in ids[:10] for f in ("json", "table")]
    commands += [["status", "--index", ix, "--format", f] for f in ("json", "table")]
    commands += [["decisions", "--index", ix, "--format", f] for f in ("json", "csv")]
    commands += [["people", "--index", ix], ["case", "22/00001", "--index", ix],
                 ["reindex", "--index", ix]]
    commands += [["parse", str(p), "--format", f] for p in (root / "sager").rglob("*.*")
                 for f in ("json", "table")]
    for args in commands:
        got = run(app, args)
        outputs.append(got.stdout + got.stderr)
    assert _leaks([o.encode() for o in outputs], numbers) == []
    files = [p for p in (root / "ix").rglob("*") if p.is_file()]  # reindexed
    assert _leaks([p.read_bytes() for p in files], numbers) == []


def test_reindex_masks_an_archive_written_before_the_rules(tmp_path):
    from dataclasses import replace

    from index.catalog import Catalog
    from ingest.pipeline import parse_file
    from search.importer import archive_paths, reindex, run_import

    f = tmp_path / "sager" / "referat.txt"
    f.parent.mkdir()
    f.write_text(_referat(["ingen"]), encoding="utf-8")
    run_import([str(f.parent)], tmp_path / "ix", workers=1)
    old = parse_file(f)  # as an older version stored it: numbers in the text and name
    leaky = replace(old, source=replace(old.source, path="/sager/CPR-150385-1234.txt"),
                    documents=tuple(replace(d, title=d.title + " CPR-150385-1234")
                                    for d in old.documents))
    catalog = Catalog(archive_paths(tmp_path / "ix")[0])
    with catalog.transaction():
        catalog.put_result(leaky, 10, 0.1, 0)
        catalog.put_path("/sager/CPR-150385-1234.txt", old.source.sha256, "ingested",
                         None, 10, 0)
        catalog.put_path("/sager/tom 150385-1234.txt", None, "failed",
                         "empty file: tom 150385-1234.txt", 0, 0)
    catalog.close()
    reindex(tmp_path / "ix")
    blobs = [p.read_bytes() for p in (tmp_path / "ix").rglob("*") if p.is_file()]
    assert _leaks(blobs, [("150385", "1234")]) == []


@needs_tesseract
def test_the_ocr_cache_holds_no_cpr_number(tmp_path):
    from reportlab.pdfgen import canvas

    from ingest.pipeline import parse_file
    from tests.test_ocr import scan

    digital = tmp_path / "brev.pdf"
    c = canvas.Canvas(str(digital))
    c.setFont("Helvetica", 14)
    for k, line in enumerate(_referat(["CPR-nr. 150385-1234"]).splitlines()):
        c.drawString(60, 780 - 22 * k, line)
    c.showPage()
    c.save()
    scanned = scan(digital, tmp_path / "skannet.pdf", turned=(), skewed=())
    cache = tmp_path / "cache"
    assert parse_file(scanned, ocr_cache=cache).source.ocr_pages == 1
    entries = [p for p in cache.rglob("*") if p.is_file()]
    assert entries and _leaks([p.read_bytes() for p in entries], [("150385", "1234")]) == []
    # an entry cached before masking existed is masked when it is next read
    entries[0].write_text("Borger 150385-1234\n" + entries[0].read_text(encoding="utf-8"),
                          encoding="utf-8")
    parse_file(scanned, ocr_cache=cache)
    assert "150385" not in entries[0].read_text(encoding="utf-8")
