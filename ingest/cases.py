"""Case numbers: find them in text and normalise their spellings."""
from __future__ import annotations

import re

from ingest import vocab
from ingest.records import case_key  # noqa: F401  (re-exported)
from ingest.vocab import terms

# Labelled numbers: 'Sagsnr.: 2011-29298', 'Sag: EMN-2023-011201', 'J.nr. 12/27845', and
# KLE journal numbers whose facets older typewritten minutes space apart ('J.nr. 04.11.00 G01').
LABELLED = re.compile(
    rf"(?<![\wæøå])(?:{terms(vocab.CASE_LABELS, whole=False).pattern})\.?\s*:?\s*"
    r"(\d{2}\.\d{2}\.\d{2}[ \-][A-ZÆØÅ]\d{2}(?:[ \-]\d{1,6}[\-/]\d{2,4})?(?![\w/-])"
    # older journal plans: two or three facets, a letter, the serial and year ('00.30 Ø
    # 2/84', '01.02.03 P 15/83', '05.01.02 V 3-78')
    r"|\d{2}\.\d{2}(?:\.\d{2})? [A-ZÆØÅ] \d{1,6}[\-/]\d{2,4}(?![\w/-])"
    r"|(?:[A-ZÆØÅ]{2,5}-|(?-i:[A-ZÆØÅ]{2,5}) |[A-ZÆØÅ](?=\d))?\d[\dA-Z./\-]{3,24}\d)",
    re.I)  # 'S2023-00345', 'HLN 2016-0412'
# Unlabelled numbers with a distinctive shape.
SHAPED = re.compile(
    r"(?<![\w/.-])(?:[A-ZÆØÅ]{2,5}-(?:19|20)\d{2}-\d{3,7}"  # EMN-2023-011201, MDR-2016-02836
    r"|\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d{1,4}-\d{2})(?![\w/-])")  # KLE 01.02.05-P16-3-23
_DOC_NUMBER = re.compile(rf"(?:{terms(vocab.DOCUMENT_NUMBER_LABELS, whole=False).pattern})"
                         r"\.?\s*:?\s*$", re.I)


# The bare word 'sag' labels a case number only as a label does: with a colon ('Sag:
# EMN-2023-011201') or opening its line; in a sentence it refers to some case.
_BARE_SAG = re.compile(r"sag\s*", re.I)
_SAG_LABEL = re.compile(r"sag\s*:\s*", re.I)  # 'Sag: 20/113' is a label


def _line_start(text: str, i: int) -> bool:
    return not text[text.rfind("\n", 0, i) + 1: i].strip()


def find_case_numbers(text: str) -> list[str]:
    """Case numbers in order of appearance, each once; document numbers are not cases."""
    found: list[tuple[int, str]] = []
    for m in LABELLED.finditer(text):
        number = m.group(1).rstrip(".-/")
        if _BARE_SAG.fullmatch(text, m.start(), m.start(1)) and not _line_start(text, m.start()):
            continue  # 'i sag 22-019877', 'sag 12.03.2020' in prose: another case, or a date
        found.append((m.start(1), number))
    for m in SHAPED.finditer(text):
        if not _DOC_NUMBER.search(text[max(0, m.start() - 12): m.start()]):
            found.append((m.start(), m.group(0)))
    out: list[str] = []
    for _, number in sorted(found):
        if number not in out:
            out.append(number)
    return out


def without_trailing_case(cell: str) -> str:
    """A title with its case number after it, under it in a table cell ('Takstblad 2023' /
    'J.nr. 2022-0112', read as one line) or set apart at the line's right ('Køb af
    ejendom        Sag: 20/240'): the number is the item's case, not part of its title.
    A case in brackets is printed as part of the title ('Vejbelysning (Sagsnr.
    20/1234)'), and the bare word 'sag' is no label ('Orientering om sag 12/2020')."""
    for m in LABELLED.finditer(cell):
        before = cell[:m.start()].rstrip()
        label = cell[m.start():m.start(1)]
        if before and not before.endswith(("(", "[")) and not cell[m.end():].strip(" .") and \
                (not _BARE_SAG.fullmatch(label) or _SAG_LABEL.fullmatch(label)):
            return before.rstrip(" ,;:-–")
    return cell
