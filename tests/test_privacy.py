"""CPR numbers: the forms people write them in are masked, other numbers are not."""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.pages import RawDocument, RawPage
from ingest.privacy import escape, mask_path, mask_text, unescape

# Each form holds one CPR number of a real birth date; what is left must hold no run of
# its digits. The forms come from letters, case notes, forms and file names.
FORMS = [
    "CPR 150385-1234",
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
    "ansøger_1503851234.pdf",
    "Klage fra 150385-1234.pdf",
    "a\tb 150385-1234\tc",
    "010100-4123",  # 1 January 2000 (the 7th digit 4 puts yy 00 in the 2000s)
    "311299-1234",
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
    "150321 1600-1800",
    "1503851234567",  # longer numbers
    "91503851234",
    "320185-1234",  # no 32nd
    "150330-4999",  # born 2030: in the future
    "Bilag 12-2021",
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
