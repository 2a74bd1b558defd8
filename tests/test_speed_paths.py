"""The fast paths give the same answers as the slow ones they replace.

Tables are found from a page's ruling edges alone (the characters are read only for
tables that are there); OCR skips orientation detection for a page that reads as
upright Danish; the CLI starts without the parsing libraries.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest
from reportlab.pdfgen import canvas

from ingest import ocr
from ingest.pdf import _page_words, _ruled_tables, read_pdf
from tests.conftest import REPO, needs_tesseract

PARSING_LIBRARIES = ("spacy", "pdfplumber", "pdfminer", "pypdfium2", "dateparser")
# What a command loads when it needs it: option values (pydantic through Typer), terminal
# drawing, the search engine and its arrays, the record classes (a search reads none).
ON_DEMAND = ("pydantic", "rich", "numpy", "whoosh", "ingest.records")
PROSE = ["Udvalget godkendte indstillingen om vejbelysning i hele kommunen.",
         "Det blev besluttet at sende sagen til høring hos de lokale råd og",
         "at forvaltningen skal vende tilbage med en plan for det videre arbejde.",
         "Formanden oplyste, at der er afsat midler til projektet i budgettet for",
         "det kommende år, og at der vil blive holdt et borgermøde om sagen.",
         "Punktet blev drøftet, og udvalget tog orienteringen til efterretning."]


def python_output(code: str) -> str:
    """What a fresh Python process prints running `code` in the project."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, check=True).stdout


def test_cli_start_loads_no_parsing_library_and_nothing_a_command_loads_on_demand():
    code = ("import sys, search.cli; print(','.join(m for m in %r if m in sys.modules))"
            % (PARSING_LIBRARIES + ON_DEMAND,))
    out = python_output(code).strip()
    assert out == ""


def test_the_program_starts_without_typer_and_the_search_engine():
    """`referat` (search/front.py) reads a plain search line itself: importing it loads
    neither Typer nor the app's commands, nor anything the search loads when it runs."""
    code = ("import sys, search.front; print(','.join(m for m in %r if m in sys.modules))"
            % (PARSING_LIBRARIES + ON_DEMAND + ("typer", "search.cli", "search.searcher"),))
    out = python_output(code).strip()
    assert out == ""


def test_whoosh_leaves_out_what_a_search_never_calls_and_the_rest_still_works():
    """index/deferred.py: Whoosh imported without urllib.request, html, asyncio and its
    English morphology; the functions it took from them still work when called, and any other
    importer of those modules gets the real module."""
    code = ("import sys, index, whoosh.query, whoosh.reading, whoosh.compat\n"
            "absent = [m for m in ('urllib.request', 'html', 'asyncio', 'whoosh.lang.morph_en')\n"
            "          if m not in sys.modules]\n"
            "from whoosh.query.terms import variations\n"
            "import cached_property\n"
            "async def later(): pass\n"
            "coroutine = cached_property.asyncio.iscoroutinefunction(later)\n"
            "plain = cached_property.asyncio.iscoroutinefunction(print)\n"
            "words = sorted(variations('house'))\n"
            "escaped = whoosh.compat.htmlescape('<b>')\n"
            "import urllib.request, asyncio\n"
            "real = hasattr(urllib.request, 'Request') and hasattr(asyncio, 'run')\n"
            "print(absent, coroutine, plain, 'houses' in words, escaped, real,\n"
            "      whoosh.compat.urlretrieve.__name__)")
    out = python_output(code).strip()
    assert out == ("['urllib.request', 'html', 'asyncio', 'whoosh.lang.morph_en'] True False "
                   "True &lt;b&gt; True urlretrieve")


# What a plain search (search/front.py, rows on a pipe) leaves out, each loaded when a
# command or a function that needs it runs: numpy's linear algebra and typing aliases,
# ctypes and platform (index/deferred.py), OpenSSL's hashes (Whoosh's MD5 is Python's),
# shutil and urllib.parse (Whoosh's compound files, Path.as_uri), logging (set up when
# first imported), json and csv (their formats), dataclasses (search/struct.py), Whoosh's
# writer (index/store.py's writing) and highlighter (index/deferred.py).
NOT_IN_A_PLAIN_SEARCH = ("numpy.linalg", "numpy._typing", "ctypes", "platform", "hashlib",
                         "_hashlib", "shutil", "urllib.parse", "logging", "json", "csv",
                         "dataclasses", "whoosh.writing", "whoosh.highlight")
PLAIN_SEARCH = """
import sys
sys.argv = ["referat", "search", "Tilskud", "--index", sys.argv[1], "--limit", "3"]
from search.front import main
try:
    main()
except SystemExit as end:
    print("exit:" + str(end.code), file=sys.stderr)
print("loaded:" + ",".join(m for m in %r if m in sys.modules), file=sys.stderr)
from ingest import dates
print("compiled:" + ",".join(n for n, v in vars(dates).items()
                             if isinstance(v, dates._Pattern) and "_compiled" in vars(v)),
      file=sys.stderr)
"""


def test_a_plain_search_loads_nothing_it_never_calls(archive):
    done = subprocess.run([sys.executable, "-c", PLAIN_SEARCH % (NOT_IN_A_PLAIN_SEARCH,),
                           str(archive)], capture_output=True, text=True, cwd=REPO,
                          timeout=120)
    rows = [line.split("\t") for line in done.stdout.splitlines()]
    assert len(rows) == 3 and all("tilskud" in "\t".join(r).lower() for r in rows)
    # nor does it compile the patterns of dates in documents (ingest/dates.py)
    assert done.stderr.splitlines()[-3:] == ["exit:0", "loaded:", "compiled:"]


def test_whooshs_results_still_get_the_real_highlighter():
    """whoosh.searching imported without its highlighter (referat writes its own
    snippets): Whoosh's results make the real one when they are made."""
    code = ("import sys, index, whoosh.searching\n"
            "absent = 'whoosh.highlight' not in sys.modules\n"
            "made = whoosh.searching.highlight.Highlighter()\n"
            "import whoosh.highlight\n"
            "print(absent, type(made) is whoosh.highlight.Highlighter)")
    assert python_output(code).strip() == "True True"


def test_numpys_left_out_parts_still_work_and_later_importers_get_them_whole():
    """numpy imported without its linear algebra, ctypes and platform: matrix powers,
    polynomial fits and roots, an array's ctypes view and the platform still answer as
    numpy's own, and an importer afterwards gets each real module."""
    code = ("import sys, types, index, numpy as np\n"
            "absent = [m for m in ('numpy.linalg', 'numpy._typing', 'ctypes', 'platform')\n"
            "          if m not in sys.modules]\n"
            "power = (np.matrix([[1, 1], [0, 1]]) ** 3).tolist()\n"
            "fit = np.round(np.polyfit([0, 1, 2], [1, 3, 5], 1), 6).tolist()\n"
            "roots = sorted(np.round(np.roots([1, -3, 2]), 6).tolist())\n"
            "a = np.arange(3)\n"
            "address = a.ctypes.data == a.__array_interface__['data'][0]\n"
            "system = np.lib._utils_impl.platform.system()\n"
            "import ctypes, platform, numpy.linalg\n"
            "real = all(type(sys.modules[m]) is types.ModuleType\n"
            "           for m in ('ctypes', 'platform', 'numpy.linalg'))\n"
            "inverse = numpy.linalg.inv(np.array([[2.0, 0.0], [0.0, 4.0]])).tolist()\n"
            "print(absent, power, fit, roots, address, system == platform.system(), real,\n"
            "      inverse, np.linalg is numpy.linalg)")
    out = python_output(code).strip()
    assert out == ("['numpy.linalg', 'numpy._typing', 'ctypes', 'platform'] [[1, 3], [0, 1]] "
                   "[2.0, 1.0] [1.0, 2.0] True True True [[0.5, 0.0], [0.0, 0.25]] True")


def test_whoosh_hashes_keys_as_hashlib_does_and_shutil_and_urls_still_work():
    """Whoosh's hash tables hash with Python's own MD5 (the digests hashlib gives);
    compound files copy with shutil's function and Path.as_uri quotes as urllib.parse."""
    code = ("import io, sys, index, pathlib, whoosh.filedb.filetables as tables\n"
            "import whoosh.filedb.compound as compound\n"
            "absent = [m for m in ('hashlib', '_hashlib', 'shutil', 'urllib.parse')\n"
            "          if m not in sys.modules]\n"
            "keys = [b'', b'efterv\\xc3\\xa6rn', b'x' * 1000, bytes(range(256))]\n"
            "ours = [tables.md5_hash(k) for k in keys]\n"
            "copied = io.BytesIO()\n"
            "compound.copyfileobj(io.BytesIO(b'abc' * 10000), copied)\n"
            "uri = pathlib.Path('/tmp/m\\u00f8de 1').as_uri()\n"
            "import hashlib\n"
            "theirs = [int(hashlib.md5(k).hexdigest(), 16) & 0xFFFFFFFF for k in keys]\n"
            "print(absent, ours == theirs, copied.getvalue() == b'abc' * 10000, uri)")
    out = python_output(code).strip()
    assert out == ("['hashlib', '_hashlib', 'shutil', 'urllib.parse'] True True "
                   "file:///tmp/m%C3%B8de%201")


def test_a_plain_search_sets_up_logging_when_a_module_first_imports_it():
    """front.py does not import logging for a search; a module that logs during the
    search still writes the app's lines ('referat: LEVEL: message', WARNING and up)."""
    code = ("import sys\n"
            "from search import front\n"
            "from index import deferred\n"
            "deferred.when_imported('logging', front._log_format)\n"
            "print('logging' in sys.modules)\n"
            "import logging\n"
            "log = logging.getLogger('referat.later')\n"
            "log.info('not shown')\n"
            "log.warning('shown %s', 'once')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, check=True)
    assert done.stdout.strip() == "False"
    assert done.stderr.strip() == "referat: WARNING: shown once"


def test_a_period_pattern_is_built_only_for_a_text_that_can_hold_one():
    code = ("from search import understand as u\n"
            "u.understand('efterværn')\n"
            "u.understand('hvad gør kommunen for ensomme ældre')\n"
            "before = u.period_said.cache_info().currsize\n"
            "words, findings, _ = u.understand('tilskud under krigen')\n"
            "print(before, u.period_said.cache_info().currsize, words,\n"
            "      [(f.kind, f.said) for f in findings])")
    out = python_output(code).strip()
    # the period's whole years and its own days (tests/test_period_years.py)
    assert out == "0 1 ['tilskud'] [('date', 'under krigen'), ('date', 'under krigen')]"


def test_a_plain_question_builds_no_pattern_it_cannot_match():
    """Periods said by one or both ends need a year, a strict date four digits or a span
    in words; the concept table's phrases need all their words: a question without them
    compiles none of those patterns."""
    code = ("from search import understand as u; from ingest.vocab import terms\n"
            "built = lambda: [f.cache_info().currsize for f in (u.between, u.open_range,\n"
            "                 u.strict_date, terms)]\n"
            "u.understand('hvad gør kommunen for ensomme ældre')\n"
            "print(*built())\n"
            "u.understand('mellem 2019 og 2021 har nogen det svært')\n"
            "print(*built())")
    out = python_output(code).split()
    before, after = [int(n) for n in out[:4]], [int(n) for n in out[4:]]
    assert before[:3] == [0, 0, 0] and after[:3] == [1, 1, 1]  # built for the year
    # 'har det svært' is said: a pattern of the phrases whose words are there (and the
    # open ends' words for the year), not the whole table's pattern built once and reused
    assert after[3] == before[3] + 2


def _ruled_pdf(path: Path) -> Path:
    """Page 1: a ruled 3x2 table under a heading. Page 2: a boxed notice and underlines,
    ruling objects that form no table."""
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 11)
    c.drawString(60, 780, "Oversigt over sager")
    rows = [("Sagen", "Status"), ("Vejbelysning", "Vedtaget"), ("Skolebus", "Udsat")]
    for r, (left, right) in enumerate(rows):
        y = 740 - 24 * r
        c.drawString(66, y + 7, left)
        c.drawString(226, y + 7, right)
    for k in range(4):
        c.line(60, 758 - 24 * k, 380, 758 - 24 * k)
    for x in (60, 220, 380):
        c.line(x, 758, x, 686)
    c.showPage()
    c.setFont("Helvetica", 11)
    c.rect(60, 700, 300, 60)
    c.drawString(70, 730, "Bemærk: mødet holdes på rådhuset.")
    for k in range(6):
        c.drawString(60, 640 - 30 * k, f"Underskrift {k + 1}")
        c.line(160, 638 - 30 * k, 360, 638 - 30 * k)
    c.showPage()
    c.save()
    return path


def test_ruled_table_is_read_row_by_row_and_loose_rulings_leave_text_alone(tmp_path):
    table, loose = read_pdf(str(_ruled_pdf(tmp_path / "ruled.pdf")), ocr_mode="never")
    assert ["Sagen | Status", "Vejbelysning | Vedtaget", "Skolebus | Udsat"] == \
        [x for x in table.lines if "|" in x]
    assert "Bemærk: mødet holdes på rådhuset." in loose.lines
    assert not any("|" in x for x in loose.lines)


def _kept(tables) -> list:
    return [t for t in tables if len(t.rows) >= 2 and max(len(r.cells) for r in t.rows) >= 2]


@pytest.mark.parametrize("name", [
    "aarhus-firstagenda/aarhus-sundhed-omsorg_sager-paa-vej_2025-08-29.pdf",
    "ballerup-edoc-2012/ballerup-sfu_referat_2012-12-04.pdf",
    "ballerup-edoc-2012/bilag/1546743_kvalitetsstandarder-stof-og-alkoholbehandling-2013.pdf",
])
def test_tables_from_ruling_edges_are_pdfplumbers_tables(dev, name):
    found = 0
    with pdfplumber.open(dev / name) as pdf:
        for page in pdf.pages:
            _, ink, _ = _page_words(page)
            ours = _ruled_tables(page, ink)
            theirs = _kept(page.find_tables())
            assert [t.cells for t in ours] == [t.cells for t in theirs], page.page_number
            assert [t.extract() for t in ours] == [t.extract() for t in theirs]
            found += len(ours)
    assert found  # each of these files has ruled tables


def _prose_image(tmp_path: Path, turn: int = 0):
    pdf = tmp_path / "prose.pdf"
    c = canvas.Canvas(str(pdf))
    c.setFont("Times-Roman", 13)
    # Six lines of prose: as clear across or down the page as 18 (rows 0.40 gap against
    # columns 0.01, turned the reverse) and read the same; Tesseract's time grows with the
    # text (18 lines: 2.6 CPU-s upright, 4.8 upside down; six: 1.1 and 3.0).
    for k, line in enumerate(PROSE):
        c.drawString(60, 780 - 20 * k, line)
    c.showPage()
    c.save()
    image = ocr.render(pdf, 0)
    return image.rotate(turn, expand=True, fillcolor=255) if turn else image


@pytest.mark.parametrize("turn, across", [(0, True), (180, True), (90, False), (270, False)])
def test_text_lines_across_or_down_the_page(tmp_path, turn, across):
    assert ocr._lines_across(_prose_image(tmp_path, turn)) is across


@needs_tesseract
@pytest.mark.parametrize("turn", [0, 180])
def test_upright_and_upside_down_pages_are_read_as_danish(tmp_path, turn):
    text = " ".join(ocr.ocr_image(_prose_image(tmp_path, turn)).split())
    assert "godkendte indstillingen om vejbelysning" in text
    assert "tog orienteringen til efterretning" in text


def test_the_patterns_of_dates_compile_when_first_used_and_find_what_they_found():
    """ingest/dates.py compiles each pattern on first use, the same pattern as before."""
    code = ("import re\n"
            "from ingest import dates\n"
            "names = [n for n, v in vars(dates).items() if isinstance(v, dates._Pattern)]\n"
            "before = [n for n in names if '_compiled' in vars(getattr(dates, n))]\n"
            "found = dates.find_dates('Aar 1943 d. 11 Februar; mødet 12. marts 2024, 1/2 -45')\n"
            "times = dates.find_times('Kl. 16 til ca. 18.30')\n"
            "kinds = {type(getattr(dates, n).finditer).__name__ for n in names}\n"
            "print(before, found, times, dates.DAY_MONTH.pattern.count('februar'), kinds,\n"
            "      dates.user_range('marts 2024'))")
    out = python_output(code).strip()
    assert out == ("[] [('1943-02-11', 0, 22), ('2024-03-12', 30, 44), ('1945-02-01', 46, 53)] "
                   "('16:00', '18:30') 2 {'builtin_method'} "
                   "(datetime.date(2024, 3, 1), datetime.date(2024, 3, 31))")
