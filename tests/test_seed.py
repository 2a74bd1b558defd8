"""The seed meeting packet, as text and as its PDF rendering: the issue's acceptance."""
from __future__ import annotations

import pytest

from ingest.pipeline import parse_file
from ingest.records import Kind, Outcome
from tests.conftest import SEED_PDF, SEED_TXT


@pytest.fixture(scope="module", params=[SEED_TXT, SEED_PDF], ids=["text", "pdf"])
def packet(request):
    return parse_file(request.param)


def by_kind(result, kind):
    return [d for d in result.documents if d.kind == kind]


def test_packet_splits_into_its_five_documents(packet):
    assert [d.kind for d in packet.documents] == [
        Kind.REFERAT, Kind.INDSTILLING, Kind.NOTAT, Kind.DAGSORDEN, Kind.REFERAT]


def test_attached_referat_of_18_december(packet):
    doc = packet.documents[0]
    assert doc.date == "2023-12-18" and (doc.start, doc.end) == ("10:30", "11:30")
    assert doc.body == "Rådmandsmøde"
    assert doc.location == "Rådmandens kontor, vær. 436"
    assert (doc.attachment_of.item, doc.attachment_of.number) == ("2", 1)
    assert [i.number for i in doc.items] == ["1", "2", "5", "6", "7"]
    outcomes = [i.decision.outcome for i in doc.items]
    assert outcomes[:2] == [Outcome.APPROVED, Outcome.APPROVED]
    assert doc.items[2].decision.text == \
        "Situationen i Ukraine, samt befordringstakster blev vendt."
    assert outcomes[3:] == [Outcome.NOTED, Outcome.WITHDRAWN]
    assert doc.items[3].decision.text == "Intet til referat."
    assert doc.items[4].decision.text == "Punktet udgik."


def test_indstilling_of_9_january_with_proposal_and_caseworker(packet):
    (doc,) = by_kind(packet, Kind.INDSTILLING)
    assert doc.date == "2024-01-09"
    assert doc.title.startswith("Opfølgning på temadrøftelse om efterværn")
    assert doc.proposal.startswith("Det indstilles,")
    assert "godkender udviklingssporene" in doc.proposal
    assert "11. december 2023." in doc.proposal
    assert ("Maja Bæk Andersen", "sagsbehandler") in [(p.name, p.role) for p in doc.people]


def test_notat_is_attachment_2_of_item_3(packet):
    (doc,) = by_kind(packet, Kind.NOTAT)
    assert doc.case_numbers == ("EMN-2023-011201",)
    assert (doc.attachment_of.item, doc.attachment_of.number) == ("3", 2)
    assert ("Anders Winnerskjold", "rådmand") in [(p.name, p.role) for p in doc.people]
    headings = [s.heading for s in doc.sections]
    assert {"Baggrund", "Faglige input", "Kommunikation", "Opfølgning"} <= set(headings)
    baggrund = next(s.text for s in doc.sections if s.heading == "Baggrund")
    assert baggrund.startswith("I forbindelse med Budgetforlig 2024-2027")


def test_committee_agenda_of_10_january(packet):
    (doc,) = by_kind(packet, Kind.DAGSORDEN)
    assert doc.body == "Social- og Beskæftigelsesudvalget"
    assert (doc.date, doc.start, doc.end) == ("2024-01-10", "18:15", "19:45")
    assert doc.location == "Rådhuset, lokale 398"
    assert "EMN-2023-009780" in doc.case_numbers
    assert [i.number for i in doc.items] == [str(n) for n in range(1, 9)]
    assert doc.items[3].title == \
        "Fortsat drøftelse af tillidsdagsordenen i Sociale Forhold og Beskæftigelse"
    responsible = [[p.name for p in i.people if p.role == "ansvarlig"] for i in doc.items]
    assert responsible[0] == ["Eva Borchorst Mejnertz"]
    assert responsible[2] == ["Lotte Henriksen"]
    assert responsible[4] == ["Jeanette L. Hoppe", "Lotte Henriksen"]
    item3 = [(p.name, p.role) for p in doc.items[2].people]
    assert ("Janus Hedemann", "driftschef") in item3 and ("Ruth Lehm", "driftschef") in item3
    assert all(i.decision is None for i in doc.items)


def test_meeting_referat_approves_item_3(packet):
    doc = packet.documents[-1]
    assert [i.number for i in doc.items] == [str(n) for n in range(1, 7)]
    item3 = doc.items[2]
    assert item3.title == "Opfølgning på temadrøftelse om efterværn"
    assert item3.decision.outcome == Outcome.APPROVED
    assert doc.items[3].decision.outcome == Outcome.OTHER  # "Punktet blev ikke drøftet."
    assert item3.proposal and "udviklingssporene" in item3.proposal


def test_text_and_pdf_agree_on_items(packet):
    other = parse_file(SEED_PDF if packet.source.format == "text" else SEED_TXT)
    def shape(r):
        return [(d.kind, d.title, d.date, [(i.number, i.title) for i in d.items])
                for d in r.documents]
    assert shape(packet) == shape(other)


@pytest.mark.parametrize("marker", ["Jægergården", "Fagligt sekretariat", "Direkte telefon",
                                    "Sag: EMN-2023-011201"])
def test_sender_column_is_never_glued_to_body_lines(packet, marker):
    notat = by_kind(packet, Kind.NOTAT)[0]
    lines = [ln for s in notat.sections for ln in s.text.split("\n")] + notat.text.split("\n")
    glued = [ln for ln in lines if marker in ln and not ln.startswith(marker)]
    assert glued == []


def test_hyphenated_line_ends_are_repaired(packet):
    indstilling = by_kind(packet, Kind.INDSTILLING)[0]
    text = " ".join(" ".join(s.text for s in indstilling.sections).split())
    assert "eksterne og interne deltagere" in text
    assert "hvordan Aarhus Kommune" in text
    agenda = by_kind(packet, Kind.DAGSORDEN)[0]
    assert "Social- og Beskæftigelsesudvalget" in agenda.items[0].text


def test_pdf_pages_are_cited():
    result = parse_file(SEED_PDF)
    assert result.source.pages >= 10
    agenda = by_kind(result, Kind.DAGSORDEN)[0]
    firsts = [i.pages[0] for i in agenda.items]
    assert firsts == sorted(firsts) and firsts[0] >= agenda.pages[0]
    assert agenda.items[-1].pages[1] <= agenda.pages[1]
