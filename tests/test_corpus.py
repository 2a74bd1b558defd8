"""Real documents from the dev corpus, scored against the meeting systems' own XML."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ingest.errors import NoText, NotMeetingDocument
from ingest.pipeline import parse_file
from ingest.records import Kind, Outcome
from tests.conftest import dev_files


def _norm(title: str) -> str:
    return " ".join(title.replace("’", "'").split())


def _valid_reference(m: re.Match) -> str:
    code = int(m.group(1)[1:], 16) if m.group(1).startswith("x") else int(m.group(1))
    return m.group(0) if code in (9, 10, 13) or code >= 32 else ""


@pytest.fixture(scope="module")
def ballerup_xml(dev):
    raw = (dev / "ballerup-edoc-2012" / "eDocAgendaPublishing_2012-12-04.xml").read_text(
        encoding="utf-8")
    # The export carries references to control characters, which XML forbids.
    raw = re.sub(r"&#(x[0-9a-fA-F]+|\d+);", _valid_reference, raw)
    root = ET.fromstring(raw.encode("utf-8"))
    items = {}
    for item in root.findall("./MeetingAgendaTypes/MeetingAgendaType/MeetingAgendaItems/"
                             "MeetingAgendaItem"):
        items[item.findtext("AgendaItemNumber")] = item.find("Document").findtext("Title")
    return {"committee": root.findtext("Committee"), "date": root.findtext("MeetingDate"),
            "items": dict(sorted(items.items(), key=lambda kv: int(kv[0])))}


@pytest.fixture(scope="module")
def ballerup(dev, archived):
    """The referat as the shared archive's import parsed it."""
    result, error = archived(dev / "ballerup-edoc-2012" / "ballerup-sfu_referat_2012-12-04.pdf")
    assert error is None, error
    assert len(result.documents) == 1
    return result.documents[0]


def test_ballerup_header_matches_xml(ballerup, ballerup_xml):
    assert ballerup.kind == Kind.REFERAT
    assert ballerup.body == ballerup_xml["committee"] == "Sundheds- og Forebyggelsesudvalget"
    assert ballerup_xml["date"] == "04-12-2012 13:00:00"
    assert (ballerup.date, ballerup.start) == ("2012-12-04", "13:00")
    assert ballerup.location == "Mødecenter C, Lokale 32 på Ballerup Rådhus"


def test_ballerup_items_match_xml(ballerup, ballerup_xml):
    got = {i.number: _norm(i.title) for i in ballerup.items}
    assert got == {n: _norm(t) for n, t in ballerup_xml["items"].items()}


def test_ballerup_members_present(ballerup):
    members = [(p.name, p.party) for p in ballerup.people if p.party]
    assert members == [("Lolan Ottesen", "A"), ("Grethe Larsen", "A"), ("Birte Kramhøft", "F"),
                       ("Doris Børger", "A"), ("Karl Vilhelm Nielsen", "V"),
                       ("Maria Lundahl Assov", "A"), ("Per Mortensen", "A")]
    roles = {p.name: p.role for p in ballerup.people}
    assert roles["Lolan Ottesen"] == "formand" and roles["Mie Helene Andresen"] == "sekretær"


def test_ballerup_case_numbers_and_decisions(ballerup):
    cases = [i.case_numbers for i in ballerup.items]
    assert cases == [("2011-29298",), ("2012-28504",), ("2012-31114",), ("2012-31673",),
                     ("2011-29939",), ("2012-21786",), ("2012-28505",), ("2010-3082",)]
    decisions = [(i.decision.text.split("\n")[0], i.decision.outcome) for i in ballerup.items]
    assert decisions == [
        ("Taget til efterretning", Outcome.NOTED),
        ("Indstillingen godkendt", Outcome.APPROVED),
        ("Indstilles til godkendelse", Outcome.RECOMMENDED),
        ("Indstillingen godkendt", Outcome.APPROVED),
        ("Indstillingen godkendt", Outcome.APPROVED),
        ("Indstillingen godkendt", Outcome.APPROVED),
        ("Indstillingen godkendt", Outcome.APPROVED),
        ("Taget til efterretning", Outcome.NOTED),
    ]
    assert all("Følgende deltog ikke" not in i.decision.text for i in ballerup.items)
    assert ballerup.items[1].proposal.startswith("Center for Ejendomme indstiller, at")


def test_ballerup_items_cite_pages(ballerup):
    assert [i.pages[0] for i in ballerup.items] == [3, 3, 6, 7, 9, 10, 12, 14]
    assert ballerup.items[-1].pages[1] == 15


def test_ballerup_single_item_pdfs_match_xml(dev, ballerup_xml):
    for pdf in sorted((dev / "ballerup-edoc-2012" / "punkter").glob("*.pdf")):
        number = str(int(re.search(r"punkt-(\d+)", pdf.name).group(1)))
        items = [i for d in parse_file(pdf).documents for i in d.items]
        assert [(i.number, _norm(i.title)) for i in items] == \
            [(number, _norm(ballerup_xml["items"][number]))], pdf.name
        assert items[0].decision is not None, pdf.name


@pytest.mark.parametrize("version", ["v1", "v2"])
def test_middelfart_html_matches_xml(dev, version):
    folder = dev / "middelfart-edoc-fujitsu-2017"
    xml = (folder / f"middelfart-testudvalg_dagsorden_2017-05-02_{version}.xml").read_text(
        encoding="utf-8-sig")
    expected = re.findall(r"<edoc:SortOrder>(\d+)</edoc:SortOrder>.*?"
                          r"<edoc:Title>([^<]*)</edoc:Title>", xml, re.S)
    location = re.search(r"<edoc:MeetingLocation>([^<]*)<", xml).group(1)
    committee = re.search(r"<edoc:Name>([^<]*)<", xml).group(1)
    doc = parse_file(folder / f"middelfart-testudvalg_dagsorden_2017-05-02_{version}.html"
                     ).documents[0]
    assert (doc.body, doc.date, doc.start, doc.location) == (committee, "2017-05-02", "10:00",
                                                            location)
    # Titles in the XML's order; numbers as printed (v1 prints 2-6 for sort order 1-5).
    assert [i.title for i in doc.items] == [t.replace("&apos;", "'") for _, t in expected]
    numbers = [int(i.number) for i in doc.items]
    assert numbers == sorted(numbers) and len(numbers) == len(expected)


def test_middelfart_closed_items_are_marked(dev):
    doc = parse_file(dev / "middelfart-edoc-fujitsu-2017" /
                     "middelfart-testudvalg_dagsorden_2017-05-02_v2.html").documents[0]
    assert [i.closed for i in doc.items] == [False, False, False, False, True, True]
    assert doc.items[4].proposal == "At det fejes ind under gulvtæppet"
    assert ("Rikke Jørgensen", "sagsbehandler") in [(p.name, p.role) for p in doc.people]


def test_sbsys_enclosure_without_text_is_named(dev):
    path = dev / "sbsys-publications" / "region-hovedstaden-2012" / "enclosure-1_no-text.pdf"
    with pytest.raises(NoText, match="no readable text on 1 page"):
        parse_file(path, ocr="never")


# Files in the corpus that are no meeting documents: a licence and two meeting-list pages.
NOT_MEETINGS = {"LICENSE-PDDL.txt", "aarhus-oversigt_2014-12.html", "aarhus-oversigt_2025-10.html"}


def _readable(rel: str) -> bool:
    return Path(rel).suffix.lower() in (".pdf", ".txt", ".html") and "SCANNET" not in rel


# What the import's workers say when parse_file raised NoText or NotMeetingDocument.
NO_TEXT = ("no readable text on ", "no text in the file")
NOT_MEETING = "not a meeting document: "


@pytest.mark.parametrize("rel", [r for r in dev_files() if not r or _readable(r)])
def test_every_dev_document_parses_or_names_its_problem(dev, archived, rel):
    """Each file as the shared archive's import parsed it (parse_file in its workers,
    once per run): records, or the one line naming why there are none."""
    path = dev / rel
    result, error = archived(path)
    if error is not None:
        if error.startswith(NO_TEXT):
            assert "no-text" in path.name, error
        else:
            assert error.startswith(NOT_MEETING) and path.name in NOT_MEETINGS, error
        return
    assert path.name not in NOT_MEETINGS, path.name
    assert result.documents, path.name


def test_corpus_readme_is_no_meeting_document(dev):
    with pytest.raises(NotMeetingDocument, match="not a meeting document: the text is in English"):
        parse_file(dev / "README.md")


def test_firstagenda_html_items_with_case_numbers(dev):
    doc = parse_file(dev / "aarhus-firstagenda" / "html" /
                     "aarhus-byraad_dagsorden_2025-10-08.html").documents[0]
    assert (doc.body, doc.date, doc.start) == ("Aarhus Byråd", "2025-10-08", "16:00")
    numbers = [int(i.number) for i in doc.items]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 30
    assert [i.title for i in doc.items[:2]] == ["Godkendelse af dagsorden",
                                                "Forslag til budget 2026-2029"]
    assert doc.items[0].case_numbers[:1] == ("EMN-2023-009832",)
    assert doc.items[1].proposal.startswith("Det indstilles:")
