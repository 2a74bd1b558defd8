"""Minutes laid out the way other meeting systems and other decades print them: what a
careful reader takes from each, whoever printed it. The texts are written for these
tests in the shapes the field guide describes (docs: ../shared/guides/domain.md)."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pipeline import parse_file
from ingest.records import Outcome

TYPEWRITTEN_1984 = """SKANDERBORG KOMMUNE

Referat af møde i kommunalbestyrelsen mandag den 5. marts 1984 kl. 19.30 på rådhuset.

Fraværende: Jens Kr. Jensen.

Pkt. 1.
Meddelelser.
Borgmesteren orienterede om amtets trafikplan.
Taget til efterretning.

Pkt. 2.
Ansøgning fra Skanderborg Idrætsforening om tilskud til nyt klubhus.
J.nr. 04.11.00 G01
Økonomiudvalget anbefaler, at der ydes et tilskud på 150.000 kr.
Vedtaget med 13 stemmer mod 4.

Pkt. 3.
Forslag til byplanvedtægt nr. 27 for et område ved Vroldvej.
J.nr. 01.02.05 P16
Teknisk udvalg indstiller forslaget til vedtagelse.
Forkastet.

Pkt. 4.
Eventuelt.
Godkendt.

Mødet hævet kl. 21.45.

Poul Erik Hansen
borgmester
"""

FIRSTAGENDA_BARE_LABELS = """REFERAT
Randers Byråd d. 14-05-2025
Mødedato
Onsdag d. 14. maj 2025 kl. 17:00
Mødested
Byrådssalen, Rådhuset

Punkt 1: Godkendelse af dagsorden
Beslutninger
Godkendt.

Punkt 2: Anlægsbevilling til renovering af Vestervangskolen og
udvidelse af SFO
EMN-2025-001234
Beslutninger
Indstillingen blev godkendt med 27 stemmer for (A, V, F, C, Ø, B), 4 imod (O, D).

Punkt 3: Lukket: Salg af kommunal grund
Beslutninger
Godkendt.
"""


def first_document(tmp_path: Path, text: str):
    """The first document `referat` parses from a text file holding `text`."""
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    return parse_file(path).documents[0]


@pytest.fixture(scope="module")
def typewritten(tmp_path_factory) -> object:
    path = tmp_path_factory.mktemp("minutes") / "kb-1984-03-05.txt"
    path.write_text(TYPEWRITTEN_1984, encoding="utf-8")
    return parse_file(Path(path)).documents[0]


def test_a_title_line_says_when_where_and_which_body(typewritten):
    """'Referat af møde i kommunalbestyrelsen mandag den 5. marts 1984 kl. 19.30 på
    rådhuset.': long, lower-case body, place at its end; it is still the header."""
    assert (typewritten.date, typewritten.start) == ("1984-03-05", "19:30")
    assert typewritten.body == "Kommunalbestyrelsen"
    assert typewritten.location == "rådhuset"


def test_an_unlabelled_item_is_decided_by_its_closing_verdict(typewritten):
    """No 'Beslutning' heading: the committee's recommendation is an earlier step, the
    last line is the council's verdict."""
    got = {it.number: it.decision for it in typewritten.items}
    assert got["1"].outcome == Outcome.NOTED
    assert (got["2"].outcome, got["2"].text) == (Outcome.APPROVED,
                                                  "Vedtaget med 13 stemmer mod 4.")
    assert got["3"].outcome == Outcome.REJECTED
    assert got["4"].text == "Godkendt."  # the closing line and the signature are no part


def test_spaced_kle_journal_numbers_are_cases(typewritten):
    cases = {it.number: it.case_numbers for it in typewritten.items}
    assert cases["2"] == ("04.11.00 G01",) and cases["3"] == ("01.02.05 P16",)


def test_a_list_written_as_a_sentence_and_a_signature_give_people_and_roles(typewritten):
    people = {p.name: p.role for p in typewritten.people}
    assert people.get("Jens Kr. Jensen") == "fraværende"
    assert people.get("Poul Erik Hansen") == "borgmester"


def test_bare_meeting_labels_and_a_closed_title_after_the_number(tmp_path):
    """'Mødested' alone on its line over its value is a label (a bare 'Sted' is not);
    'Punkt 3: Lukket: ...' marks the item closed as 'Lukket: Punkt 3' would."""
    doc = first_document(tmp_path, FIRSTAGENDA_BARE_LABELS)
    assert (doc.date, doc.start, doc.location) == ("2025-05-14", "17:00",
                                                   "Byrådssalen, Rådhuset")
    assert [(it.number, it.title, it.closed) for it in doc.items] == [
        ("1", "Godkendelse af dagsorden", False),
        ("2", "Anlægsbevilling til renovering af Vestervangskolen og udvidelse af SFO", False),
        ("3", "Salg af kommunal grund", True)]


def test_a_verdict_under_a_plain_numbered_title_makes_it_an_item(tmp_path):
    """'1. Vejbelysning på Skolevej' over 'Godkendt.': the verdict under it is what shows
    a plain numbered line is an item; written first, it stays the decision even when an
    account follows it."""
    doc = first_document(tmp_path, "Referat\nTeknisk Udvalg\nDato: 03.02.2020 kl. 16.00\n"
                    "Sted: Mødelokale 1\n\n1. Vejbelysning på Skolevej\nGodkendt.\n"
                    "Forvaltningen orienterede om tidsplanen.\n\n2. Trafiksikkerhedsplan\n"
                    "Udsat.\n\n3. Meddelelser\nTaget til efterretning.\n")
    assert [(it.title, it.decision.outcome) for it in doc.items] == [
        ("Vejbelysning på Skolevej", Outcome.APPROVED),
        ("Trafiksikkerhedsplan", Outcome.POSTPONED), ("Meddelelser", Outcome.NOTED)]


TYPEWRITTEN_1965 = """Kommunalbestyrelsens møde den 12. januar 1965.

Mødet afholdtes på kommunekontoret kl. 19.00. Alle medlemmer var mødt.

Sag nr. 1. Ansøgning fra Hans Jensen, Bygaden 4, om eftergivelse af restskat.
Bevilget.

Sag nr. 2. Skrivelse fra amtsrådet vedrørende vejbidrag for 1965.
Til efterretning.

Sag nr. 3. Tilbud på levering af koks til skolerne.
Tilbuddet fra Brdr. Madsen antaget.

Sag nr. 4. Andragende om tilskud til ungdomsforeningen.
Kunne ikke imødekommes.

Mødet hævet.
"""


def test_a_one_meeting_protocol_with_numbered_matters_is_one_referat(tmp_path):
    """A dated heading over its undated opening ('Mødet afholdtes ... kl. 19.00') is one
    meeting, not two entries of a minute book; the verdict lines under its numbered
    matters make it a referat though no line says 'Beslutning'."""
    path = tmp_path / "kb-1965.txt"
    path.write_text(TYPEWRITTEN_1965, encoding="utf-8")
    docs = parse_file(path).documents
    assert len(docs) == 1
    doc = docs[0]
    assert (doc.kind.value, doc.body, doc.date, doc.start, doc.location) == (
        "referat", "Kommunalbestyrelsen", "1965-01-12", "19:00", "kommunekontoret")
    assert [(it.number, it.decision.outcome) for it in doc.items] == [
        ("1", Outcome.APPROVED), ("2", Outcome.NOTED), ("3", Outcome.APPROVED),
        ("4", Outcome.REJECTED)]


def test_internal_minutes_number_their_points_ad_1(tmp_path):
    """Internal meetings (a council's senior board, a staff meeting) write 'Ad 1.' for
    each point, and give a role in brackets after a name ('Inge Lund (formand)')."""
    path = tmp_path / "aeldreraad.txt"
    path.write_text("Referat af møde i Ældrerådet\n"
                    "Torsdag den 7. september 2023 kl. 13.00-15.30\n"
                    "Sted: Mødelokale 3, Rådhuset\n\n"
                    "Til stede: Inge Lund (formand), Poul Skov, Birthe Holm\n"
                    "Afbud: Karen Due\n\n"
                    "Ad 1. Godkendelse af dagsorden\nDagsordenen blev godkendt.\n\n"
                    "Ad 2. Budget 2024\nOrientering ved Poul Skov. Taget til efterretning.\n",
                    encoding="utf-8")
    doc = parse_file(path).documents[0]
    assert [(it.number, it.title, it.decision.outcome) for it in doc.items] == [
        ("1", "Godkendelse af dagsorden", Outcome.APPROVED), ("2", "Budget 2024", Outcome.NOTED)]
    assert {p.name: p.role for p in doc.people}["Inge Lund"] == "formand"


def test_internal_minutes_conclude_and_name_their_board(tmp_path):
    """A management meeting's minutes: 'Konklusion:' and 'Beslutningstekst:' head its
    decisions; 'Direktionsmøde' names the body 'Direktionen'."""
    path = tmp_path / "direktion.txt"
    path.write_text("Referat\nDirektionsmøde\nDato: 15. januar 2024 kl. 9.00-11.00\n"
                    "Sted: Direktionens mødelokale\n\n"
                    "1. Status på budget 2024\nSagsfremstilling:\n"
                    "Økonomiafdelingen gennemgik forventet regnskab.\nKonklusion:\n"
                    "Direktionen tog orienteringen til efterretning.\n\n"
                    "2. Ny rekrutteringspolitik\nSagsfremstilling:\n"
                    "HR har udarbejdet udkast til ny politik.\nBeslutningstekst:\n"
                    "Direktionen godkendte politikken med de aftalte ændringer.\n",
                    encoding="utf-8")
    doc = parse_file(path).documents[0]
    assert doc.body == "Direktionen"
    assert [it.decision.outcome for it in doc.items] == [Outcome.NOTED, Outcome.APPROVED]


def test_the_body_after_the_meeting_word_in_a_title(tmp_path):
    path = tmp_path / "bestyrelse.txt"
    path.write_text("Referat af bestyrelsesmøde i Ældrerådet\nDato: 5. september 2019\n\n"
                    "1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n", encoding="utf-8")
    assert parse_file(path).documents[0].body == "Ældrerådet"


def test_an_agenda_saying_what_each_item_is_for_stays_an_agenda(tmp_path):
    """'Til orientering' under an agenda item's title is its mode, not a verdict: an
    agenda without a kind word in its title is not taken for minutes."""
    doc = first_document(tmp_path, "Børne- og Skoleudvalget\n"
                         "Mødedato: 3. oktober 2024 kl. 16.00\n"
                         "Mødested: Rådhuset, lokale 2\n\n1. Orientering om skolestart\n"
                         "Til orientering\nForvaltningen orienterer om skolestarten.\n\n"
                         "2. Kvalitetsrapport 2024\nTil beslutning\n"
                         "Det indstilles, at kvalitetsrapporten godkendes.\n\n"
                         "3. Meddelelser\nTil orientering.\n")
    assert doc.kind.value == "dagsorden" and len(doc.items) == 3
    assert all(it.decision is None for it in doc.items)


@pytest.mark.parametrize("line, body", [
    ("Social-, Sundheds- og Ældreudvalget", "Social-, Sundheds- og Ældreudvalget"),
    ("Klima-, Teknik- og Miljøudvalget", "Klima-, Teknik- og Miljøudvalget"),
    ("Referat fra Udvalget for Teknik og Miljø", "Udvalget for Teknik og Miljø"),
    ("Dagsorden til Økonomiudvalgets møde", "Økonomiudvalget"),
    ("Gladsaxe Kommunes Økonomiudvalg", "Økonomiudvalg"),
    ("Referat af bestyrelsesmøde i Ældrerådet", "Ældrerådet"),
    ("Skrivelse fra Byrådet", None),  # a letter from a body is not its meeting
])
def test_committee_names_as_titles_print_them(line, body):
    from ingest.header import body_of
    assert body_of([line]) == body


@pytest.mark.parametrize("text, person", [
    ("Udvalgsformand Trine Bramsen (A) bød velkommen.", ("Trine Bramsen", "udvalgsformand")),
    ("Mødeleder: Kim Sønderby", ("Kim Sønderby", "mødeleder")),
    ("Til stede var desuden stadsarkitekt Peter Holm.", ("Peter Holm", "stadsarkitekt")),
    ("Skoleleder Mette Bak orienterede.", ("Mette Bak", "skoleleder")),
    ("Udvalgsmedlem Tina Holm (Ø) spurgte til økonomien.", ("Tina Holm", "udvalgsmedlem")),
    ("Direktør for Børn og Unge, Kirsten Nielsen, deltog.", ("Kirsten Nielsen", "direktør")),
    ("Landinspektør Hans Rosholm har fremsendt kort.", ("Hans Rosholm", None)),  # occupation
])
def test_job_titles_built_on_a_role_word_are_roles(text, person):
    """A job title built on a role word ('udvalgsformand', 'stadsarkitekt') is a role and
    never part of the name; an occupation before a name is not a role in the meeting."""
    from ingest.entities import find_people
    assert [(p.name, p.role) for p in find_people(text)] == [person]


@pytest.mark.parametrize("text, kind", [
    ("NOTAT\n\nTil: Teknisk Udvalg\nDato: 3. maj 2023\n\nVedr.: Vintertjeneste 2023/24\n\n"
     "Forvaltningen har gennemgået serviceniveauet for vintertjeneste.\n", "notat"),
    ("INDSTILLING\n\nTil Magistraten\nDen 4. april 2023\n\n"
     "Forslag om nedlæggelse af Vestergade skole\n\n1. Resume\n"
     "Forvaltningen foreslår, at skolen nedlægges.\n2. Beslutningspunkter\n"
     "At 1) skolen nedlægges pr. 1. august 2024.\n", "indstilling"),
])
def test_a_kind_word_in_capitals_over_the_whole_document_is_its_title(tmp_path, text, kind):
    """'NOTAT' or 'INDSTILLING' as a file's first line names what the file is (inside an
    indstilling the same capitals head a section); its numbered sections are no items."""
    doc = first_document(tmp_path, text)
    assert (doc.kind.value, len(doc.items)) == (kind, 0)


def test_an_agenda_with_empty_decision_headings_stays_an_agenda(tmp_path):
    """Agenda templates print 'Beslutning' empty for the minutes to fill: a heading with
    nothing under it decides nothing, so the file is a dagsorden, not a referat."""
    doc = first_document(tmp_path, "Økonomiudvalget\nMødedato: 12. marts 2024 kl. 15.00\n\n"
                    "1. Budgetopfølgning\nSagsnr.: 24/1234\nIndstilling\n"
                    "Direktionen indstiller, at budgetopfølgningen godkendes.\nBeslutning\n\n"
                    "2. Salg af grund\nSagsnr.: 24/2345\nIndstilling\n"
                    "Direktionen indstiller, at grunden sælges.\nBeslutning\n")
    assert doc.kind.value == "dagsorden" and len(doc.items) == 2


def test_a_meeting_label_beside_its_value_without_a_colon(tmp_path):
    """A PDF's label column read into one line with its value ('Mødested Byrådssalen,
    Rådhuset'), as FirstAgenda prints the header."""
    doc = first_document(tmp_path, "REFERAT\nAarhus Byråd d. 27-08-2025\n"
                    "Mødedato Onsdag d. 27. august 2025 kl. 16:00\n"
                    "Mødested Byrådssalen, Rådhuset\n\nPunkt 1: Godkendelse af dagsorden\n"
                    "Beslutninger\nGodkendt.\n")
    assert (doc.date, doc.start, doc.location) == ("2025-08-27", "16:00", "Byrådssalen, Rådhuset")


def test_items_numbered_with_a_bracket(tmp_path):
    """A council's own minutes written in a word processor number items '1)', '2)'."""
    doc = first_document(tmp_path, "Referat\nHandicaprådet\nDato: 2. maj 2023 kl. 17.00\n"
                         "Sted: Rådhuset\n\n"
                    "1) Godkendelse af dagsorden\nGodkendt.\n\n2) Tilgængelighed på stationen\n"
                    "Rådet drøftede sagen.\n\n3) Eventuelt\nIntet.\n")
    assert [(it.number, it.title) for it in doc.items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Tilgængelighed på stationen"),
        ("3", "Eventuelt")]


@pytest.mark.parametrize("heading", ["Beslutning i mødet:", "Beslutning/referat",
                                     "Konklusion fra mødet", "BESLUTNING", "Beslutning :",
                                     "Aftale:", "Konklusion og opfølgning:",
                                     "Drøftelse og beslutning:"])
def test_decision_headings_as_templates_word_them(tmp_path, heading):
    doc = first_document(tmp_path, "Referat\nTeknisk Udvalg\nDato: 03.03.2020\n\n"
                         "1. Vejbelysning på Skolevej\nSagsnr.: 20/1234\nSagsfremstilling\n"
                         f"Forvaltningen foreslår nye lamper.\n{heading}\nGodkendt.\n")
    assert doc.items[0].decision.outcome == Outcome.APPROVED


@pytest.mark.parametrize("line", ["Beslutning om nedlæggelse af skolen blev truffet i 2019.",
                                  "Beslutning i sagen kan ikke træffes før høringen er afsluttet"])
def test_a_sentence_about_a_decision_is_no_heading(line):
    from ingest.items import is_decision_label
    assert not is_decision_label(line)


@pytest.mark.parametrize("block, people", [
    (["Referat", "Tilstede:", "Anna Holm (A), formand", "Bo Lind (V)",
      "Fraværende med afbud:", "Carl Ek (C)"],
     [("Anna Holm", "formand", "A"), ("Bo Lind", "medlem", "V"), ("Carl Ek", "afbud", "C")]),
    (["Referat", "Medlemmer:", "Anna Holm (A) (formand)", "Desuden deltog:",
      "Kommunaldirektør Erik Juhl"],
     [("Anna Holm", "formand", "A"), ("Erik Juhl", "kommunaldirektør", None)]),
    (["Referat", "Til stede: Formand Anna Holm, Bo Lind, Carl Ek."],
     [("Anna Holm", "formand", None), ("Bo Lind", "deltager", None),
      ("Carl Ek", "deltager", None)]),
    (["Referat", "Desuden deltog: Ældrechef Hanne Vestergaard, konsulent Mikkel Brandt",
      "Til stede: Bo Lind, formand for rådet, Carl Ek"],
     [("Hanne Vestergaard", "ældrechef", None), ("Mikkel Brandt", "konsulent", None),
      ("Bo Lind", "formand for rådet", None), ("Carl Ek", "deltager", None)]),
    (["Referat", "Medlemmer:", "Hans Jensen (V), formand    Lise Holm (A)",
      "Per Dahl (O) Bo Ek (F), næstformand"],
     [("Hans Jensen", "formand", "V"), ("Lise Holm", "medlem", "A"),
      ("Per Dahl", "medlem", "O"), ("Bo Ek", "næstformand", "F")]),
])
def test_member_lists_as_templates_print_them(block, people):
    """A role before the name or in a second bracket, 'Fraværende med afbud', a list
    written as a sentence that ends in a short surname ('Carl Ek.'), a job title in
    lower case before the next name in a list ('..., konsulent Mikkel Brandt'), and
    members printed in two columns read into one line."""
    from ingest.header import read_header
    assert [(p.name, p.role, p.party) for p in read_header(block).people] == people


def test_closed_items_marked_in_brackets_or_after_the_title_and_a_case_in_the_title(tmp_path):
    doc = first_document(tmp_path, "Referat\nTeknisk Udvalg\n"
                         "Dato: 3. marts 2020 fra kl. 16 til kl. 18.30\nSted: Rådhuset\n\n"
                         "1. Vejbelysning (Sagsnr. 20/1234)\nBeslutning\nGodkendt.\n\n"
                         "2. Personalesag (lukket punkt)\nBeslutning\nGodkendt.\n\n"
                         "3. Salg af areal - Lukket\nBeslutning\nGodkendt.\n\n"
                         "4. (Lukket) Køb af ejendom\nBeslutning\nGodkendt.\n")
    assert (doc.start, doc.end) == ("16:00", "18:30")
    assert [(it.title, it.closed) for it in doc.items] == [
        ("Vejbelysning (Sagsnr. 20/1234)", False), ("Personalesag", True),
        ("Salg af areal", True), ("Køb af ejendom", True)]
    assert doc.items[0].case_numbers == ("20/1234",)


def test_the_closing_line_gives_the_end_and_is_no_part_of_the_last_decision(tmp_path):
    """'Mødet hævet kl. 18.45' after the last item: the meeting's end when the header
    gives none, never part of the last item's decision."""
    doc = first_document(tmp_path, "Referat\nTeknisk Udvalg\nDato: 3. marts 2020 kl. 16.00\n"
                         "Sted: Rådhuset\n\n1. Vejbelysning\nBeslutning\nGodkendt.\n\n"
                         "Mødet hævet kl. 18.45.\n\nJens Hansen\nformand\n")
    assert (doc.start, doc.end) == ("16:00", "18:45")
    assert doc.items[0].decision.text == "Godkendt."
    # the signature is the meeting's, not the last item's, and its text is kept
    assert [(p.name, p.role) for p in doc.people] == [("Jens Hansen", "formand")]
    assert doc.items[0].people == () and "Mødet hævet" not in doc.items[0].text
    assert "Jens Hansen" in doc.text


def test_a_signature_with_its_role_on_the_same_line(tmp_path):
    doc = first_document(tmp_path, "Mødet den 6. januar 1955 kl. 19.30 i Sognerådslokalet.\n"
                         "Alle medlemmer var til stede.\n\n1. Ansøgning om tilskud til "
                         "brændsel.\nBevilget 50 kr.\n\n2. Vejbelysning på Hovedgaden.\n"
                         "Forkastet med 5 stemmer mod 2.\n\nMødet hævet kl. 21.15.\n"
                         "N. P. Jensen, formand.\n")
    assert [(p.name, p.role) for p in doc.people] == [("N. P. Jensen", "formand")]
    assert (doc.end, doc.items[1].decision.outcome) == ("21:15", Outcome.REJECTED)


@pytest.mark.parametrize("title, kind", [("Dagsorden og referat", "referat"),
                                         ("Dagsorden med beslutninger", "referat"),
                                         ("Dagsorden til mødet i Teknisk Udvalg", "dagsorden")])
def test_a_title_that_names_the_minutes_too(tmp_path, title, kind):
    """'Dagsorden og referat' opens as an agenda and is the minutes."""
    doc = first_document(tmp_path, f"{title}\nTeknisk Udvalg\nDato: 03.03.2020\n\n"
                         "1. Vejbelysning\nSagsnr.: 20/1234\nIndstilling\n"
                         "Forvaltningen indstiller, at lamperne skiftes.\n")
    assert doc.kind.value == kind


COUNCIL_VOTES = """Byrådet
Referat fra ordinært møde
Mandag den 3. marts 2014, kl. 17.00

Pkt. 1 Salg af grund på Havnevej
Beslutning:
For stemte 15 (A, F, Ø)
Imod stemte 8 (V, O)
Indstillingen er herefter vedtaget.

Pkt. 2 Forslag fra V om lavere dækningsafgift
Beslutning:
Forslaget blev sat til afstemning.
For stemte 8 (V, O). Imod stemte 15 (A, F, Ø).
Forslaget er herefter bortfaldet.

Pkt. 3 Forslag fra Ø om gratis buskort til unge
Beslutning:
Forslaget blev sat til afstemning.
For stemte 4 (Ø, F). Imod stemte 19 (A, V, O).

Pkt. 4 Ændret åbningstid på genbrugspladsen
Beslutning:
Sagen blev sat til afstemning. For stemte 20, imod stemte 3.

Pkt. 5 Valg af medlem til ældrerådet
Beslutning:
Birthe Holm blev valgt med 14 stemmer mod 9.

Pkt. 6 Forslag fra C om ny skatepark
Beslutning:
Forslaget bortfaldt, da forslagsstilleren ikke var til stede.
"""


def test_a_motion_put_to_the_vote_falls_or_carries_by_its_counts(tmp_path):
    """A motion that lost its vote and 'bortfaldt' was rejected, not withdrawn; a vote
    with no verdict written after it is decided by its counts; an election keeps its own
    act, and a motion that lapsed without a vote stays withdrawn."""
    doc = first_document(tmp_path, COUNCIL_VOTES)
    assert [it.decision.outcome for it in doc.items] == [
        Outcome.APPROVED, Outcome.REJECTED, Outcome.REJECTED, Outcome.APPROVED,
        Outcome.OTHER, Outcome.WITHDRAWN]


def test_a_recommendation_headed_by_who_recommends_it(tmp_path):
    """Fujitsu eDoc prints the decision first and the recommendation under a heading
    line 'Forvaltningen indstiller', its text starting 'At ...' on the next line."""
    doc = first_document(tmp_path, "Skoleudvalget\nReferat\nMødedato: 04.03.2026\n\n"
                         "1. Budget 2027-2030, 1. behandling\nSagsnr.: 2025-004100\n"
                         "Beslutning\nAnbefales.\nPræsentation\nByrådet skal 1. behandle "
                         "budgettet.\nForvaltningen indstiller\nAt Økonomiudvalget fremsender "
                         "forslaget til budget til 1. behandling i Byrådet.\nSagsbeskrivelse\n"
                         "Et anlægsbudget på netto 80,555 mio. kr.\n")
    item = doc.items[0]
    assert item.proposal == ("At Økonomiudvalget fremsender forslaget til budget til "
                             "1. behandling i Byrådet.")
    assert item.decision.outcome == Outcome.RECOMMENDED


@pytest.mark.parametrize("header, when_where", [
    ("Dagsorden\nMiljø- og Planudvalget\nTirsdag, 7. maj 2019 kl. 8:00-10:00\nMødelokale 2",
     ("08:00", "10:00", "Mødelokale 2")),
    ("Dagsorden for Børneudvalget\nMødetid: 7. maj 2019, 15:00 til 17:00\n"
     "Mødested: Rådhuset, lokale 4", ("15:00", "17:00", "Rådhuset, lokale 4")),
    ("Dagsorden\nSocialudvalget\nMødestart: 07-05-2019 16:00\nSlut: 07-05-2019 18:00\n"
     "Sted: Mødelokale B", ("16:00", "18:00", "Mødelokale B")),
    ("Indkaldelse til møde i Handicaprådet\nOnsdag den 7. maj 2019 fra kl. 13.00 til "
     "15.30 på Sundhedscentret", ("13:00", "15:30", "Sundhedscentret")),
    ("Åbent referat\nfor\nØkonomiudvalget\nden 07.05.2019 kl. 15:00\ni Udvalgsværelse 1",
     ("15:00", None, "Udvalgsværelse 1")),
    ("Referat\nDirektionen\nDato: 7. maj 2019   Tid: 9.00-11.00   Sted: Mødelokale 2",
     ("09:00", "11:00", "Mødelokale 2")),
    ("Referat\nDirektionen\nDato: 7. maj 2019, kl. 9.00-11.00, Mødelokale 2",
     ("09:00", "11:00", "Mødelokale 2")),
    ("Referat\nDirektionen\nTid og sted: 7. maj 2019 kl. 9.00, Mødelokale 2",
     ("09:00", None, "Mødelokale 2")),
])
def test_when_and_where_as_headers_print_them(tmp_path, header, when_where):
    """A room named by its number beside the word ('Mødelokale 2'), two times joined by
    'til', an end under its own label, and a place whose word ends a compound."""
    doc = first_document(tmp_path, header + "\n\n1. Godkendelse af dagsorden\n"
                         "Sagsnr.: 19/123\n\n2. Eventuelt\n")
    assert (doc.date, doc.start, doc.end, doc.location) == ("2019-05-07", *when_where)


@pytest.mark.parametrize("label", ["Sag {n}:", "Ad. {n}", "Punkt nr. {n}", "Sag nr. {n}",
                                   "Punkt {n} -", "Dagsordenspunkt {n}.",
                                   "Ad dagsordenens punkt {n}:", "Dagsordenens punkt {n}."])
def test_item_labels_as_templates_word_them(tmp_path, label):
    titles = ["Godkendelse af dagsorden", "Budgetopfølgning for 2. kvartal", "Eventuelt"]
    text = "Referat\nTeknisk Udvalg\nDato: 03.03.2020\n\n" + "".join(
        f"{label.format(n=n)} {t}\nBeslutning:\nGodkendt.\n\n" for n, t in enumerate(titles, 1))
    doc = first_document(tmp_path, text)
    assert [(it.number, it.title) for it in doc.items] == [
        (str(n), t) for n, t in enumerate(titles, 1)]


def test_a_case_under_the_label_sag_belongs_to_its_item(tmp_path):
    """'Sag: 19/11234' under an item's title is read like a memo's sender block (kept out
    of the item's text), and its case number is still the item's."""
    doc = first_document(tmp_path, "Referat\nÆldrerådet\nDato: 03.03.2020\n\n"
                         "Pkt. 1 Vejbelysning på Skolevej\nSag: 27.69.48-P20-1-19\n"
                         "Beslutning: Godkendt.\n\nPkt. 2 Høring om hjemmehjælp\n"
                         "Sag: 19/11234\nBeslutning: Anbefales.\n")
    assert [it.case_numbers for it in doc.items] == [("27.69.48-P20-1-19",), ("19/11234",)]


@pytest.mark.parametrize("title", ["Udskrift af forhandlingsprotokollen",
                                   "Uddrag af referat fra Byrådets møde", "Protokoludskrift"])
def test_an_extract_of_the_minutes_is_minutes(tmp_path, title):
    """An extract sent on with a case ('Udskrift af forhandlingsprotokollen') is minutes
    though the extract shows no decision heading yet."""
    doc = first_document(tmp_path, f"{title}\nTeknisk Udvalg\nDato: 03.03.2020\n\n"
                         "1. Vejbelysning\nSagsnr.: 20/1234\nSagsfremstilling\n"
                         "Lamperne skal skiftes.\n")
    assert doc.kind.value == "referat"


@pytest.mark.parametrize("stamp", ["Punkt 5, Bilag 2: Trafiktælling 2022",
                                   "Pkt. 5, bilag 2: Trafiktælling 2022",
                                   "Bilag 2 til punkt 5: Trafiktælling 2022",
                                   "Bilag 2 til pkt. 5 - Trafiktælling 2022",
                                   "Pkt. 5 - Bilag 2: Trafiktælling 2022",
                                   "Sag nr. 5, bilag nr. 2: Trafiktælling 2022",
                                   "Bilag 2 (pkt. 5): Trafiktælling 2022"])
def test_an_attachment_stamp_either_way_round_names_its_item(tmp_path, stamp):
    """The stamp says which item an attachment belongs to, whichever way round it is
    printed; an attachment that opens with prose is named by the stamp's title."""
    doc = first_document(tmp_path, f"{stamp}\n\nTællingen viser 4.500 biler i døgnet på "
                         "Skolevej.\nHastigheden er målt til 52 km/t i gennemsnit.\n")
    assert (doc.kind.value, doc.title) == ("bilag", "Trafiktælling 2022")
    assert (doc.attachment_of.item, doc.attachment_of.number) == ("5", 2)


def test_a_sentence_that_mentions_an_attachment_is_no_stamp(tmp_path):
    doc = first_document(tmp_path, "Referat\nTeknisk Udvalg\nDato: 03.03.2020\n\n"
                         "1. Vejbelysning\nSagsnr.: 20/1234\nBilag 2 til punkt 5 er vedlagt "
                         "som orientering.\nBeslutning:\nGodkendt.\n")
    assert doc.attachment_of is None and doc.kind.value == "referat"


def _agenda_table_pdf(path: Path) -> Path:
    """An internal meeting's agenda as a word processor prints it: a ruled table."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    style = getSampleStyleSheet()
    rows = [["Nr.", "Punkt", "Ansvarlig", "Tid"],
            ["1", "Godkendelse af dagsorden", "Formand", "5 min"],
            ["2", "Status på budget 2025", "Økonomichef Lis Holm", "20 min"],
            ["3", "Nyt IT-system til sagsbehandling", "IT-chef Bo Dam", "30 min"],
            ["4", "Eventuelt", "Alle", "5 min"]]
    table = Table(rows, colWidths=[40, 220, 140, 60])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([
        Paragraph("Dagsorden", style["Title"]), Paragraph("Direktionsmøde", style["Heading2"]),
        Paragraph("Dato: 14. januar 2025 kl. 9.00-11.00", style["Normal"]),
        Paragraph("Sted: Mødelokale 1, Rådhuset", style["Normal"]), Spacer(1, 12), table])
    return path


def test_an_agenda_printed_as_a_table_has_its_rows_as_items(tmp_path):
    doc = parse_file(_agenda_table_pdf(tmp_path / "direktionsmoede.pdf")).documents[0]
    assert (doc.kind.value, doc.date, doc.start, doc.end) == (
        "dagsorden", "2025-01-14", "09:00", "11:00")
    assert [(it.number, it.title) for it in doc.items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Status på budget 2025"),
        ("3", "Nyt IT-system til sagsbehandling"), ("4", "Eventuelt")]
    assert [(p.name, p.role) for p in doc.items[2].people] == [("Bo Dam", "it-chef")]


def test_a_table_that_sums_up_items_printed_in_full_is_no_second_agenda(tmp_path):
    doc = first_document(tmp_path, "Referat\nDirektionsmøde\nDato: 14.01.2025\n\n"
                         "Nr. | Punkt | Ansvarlig\n1 Budget | Lis Holm\n2 IT | Bo Dam\n\n"
                         "1. Budget\nBeslutning:\nGodkendt.\n\n2. IT\nBeslutning:\nUdsat.\n")
    assert [(it.number, it.title, it.decision.outcome) for it in doc.items] == [
        ("1", "Budget", Outcome.APPROVED), ("2", "IT", Outcome.POSTPONED)]


def test_label_and_value_tables_are_read_like_label_lines(tmp_path):
    """'Mødetid | 16:00 - 18:00', 'Beslutning | Udsat ...': a word processor's ruled
    table of labels and values, in the header and in an item."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    style = getSampleStyleSheet()
    rows = [["Mødedato", "12.03.2024"], ["Mødetid", "16:00 - 18:00"],
            ["Mødested", "Mødelokale 3, Rådhuset"],
            ["Deltagere", "Anna Holm (A), Bo Lind (V)"], ["Afbud", "Dorte Mikkelsen (O)"]]
    item = [["Sagsnr.", "24/1234"], ["Sagsfremstilling", "Toiletterne trænger til renovering."],
            ["Beslutning", "Udsat til næste møde."]]
    tables = [Table(rows, colWidths=[100, 300]), Table(item, colWidths=[100, 300])]
    for table in tables:
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    path = tmp_path / "bsu.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([
        Paragraph("Referat", style["Title"]), Paragraph("Børne- og Skoleudvalget", style["Heading2"]),
        tables[0], Paragraph("1. Godkendelse af dagsorden", style["Heading3"]),
        Paragraph("Beslutning", style["Heading4"]), Paragraph("Godkendt.", style["Normal"]),
        Paragraph("2. Skoletoiletter", style["Heading3"]), tables[1]])
    doc = parse_file(path).documents[0]
    assert (doc.date, doc.start, doc.end, doc.location) == (
        "2024-03-12", "16:00", "18:00", "Mødelokale 3, Rådhuset")
    assert [(p.name, p.role) for p in doc.people] == [
        ("Anna Holm", "medlem"), ("Bo Lind", "medlem"), ("Dorte Mikkelsen", "afbud")]
    toilets = doc.items[1]
    assert toilets.case_numbers == ("24/1234",)
    assert (toilets.decision.text, toilets.decision.outcome) == (
        "Udsat til næste møde.", Outcome.POSTPONED)


def test_sub_items_under_a_group_heading_are_items(tmp_path):
    """SBSYS groups items under headings ('1. Meddelelser' / '1.1 Nyt fra ...'); a
    sub-item set right under its group, and the next after it, are items though they
    carry no case number or decision heading."""
    doc = first_document(tmp_path, "Referat\nDirektionen\nDato: 5. februar 2016\n\n"
                         "1. Meddelelser\n1.1 Nyt fra borgmesteren\nBorgmesteren orienterede "
                         "om budgetforhandlingerne.\nTaget til efterretning.\n1.2 Nyt fra "
                         "direktøren\nIntet.\n\n2. Sager til beslutning\n2.1 Ny skolechef\n"
                         "Sagsnr.: MDR-2016-02836\nBeslutning:\nGodkendt.\n\n3. Eventuelt\n"
                         "Intet.\n")
    assert [(it.number, it.title) for it in doc.items] == [
        ("1", "Meddelelser"), ("1.1", "Nyt fra borgmesteren"), ("1.2", "Nyt fra direktøren"),
        ("2", "Sager til beslutning"), ("2.1", "Ny skolechef"), ("3", "Eventuelt")]
    assert doc.items[1].decision.outcome == Outcome.NOTED


def test_numbered_paragraphs_inside_an_item_are_no_sub_items(tmp_path):
    doc = first_document(tmp_path, "Referat\nDirektionen\nDato: 5. februar 2016\n\n"
                         "1. Budget 2017\nSagsfremstilling\nBudgettet er lagt i tre dele.\n"
                         "1.1 Driften skal spare 2 mio. kr.\nDet sker ved færre vikarer.\n"
                         "1.2 Anlæg udskydes et år.\nBeslutning:\nGodkendt.\n")
    assert [it.number for it in doc.items] == ["1"]


def test_a_numbered_budget_table_is_no_agenda(tmp_path):
    doc = first_document(tmp_path, "Referat\nDirektionsmøde\nDato: 14.01.2025\n\n"
                         "Nr. | Emne | Beløb\n1 Skoler | 2,1 mio. kr.\n2 Veje | 0,8 mio. kr.\n")
    assert doc.items == ()


def test_an_item_says_it_is_closed_in_its_first_lines(tmp_path):
    doc = first_document(tmp_path, "Referat\nØkonomiudvalget\nDato: 03.03.2020\n\n"
                         "1. Salg af ejendom\nSagen behandles for lukkede døre.\nBeslutning:\n"
                         "Godkendt.\n\n2. Personalesag\nLukket punkt\nBeslutning:\nGodkendt.\n\n"
                         "3. Åbenhed i udvalgene\nI dag holdes alle udvalgsmøder for lukkede "
                         "døre, og forslaget vil ændre det.\nBeslutning:\nGodkendt.\n")
    assert [it.closed for it in doc.items] == [True, True, False]


OLDER_COUNCIL_1978 = """BYRAADSMØDET
den 14. marts 1978 kl. 19.30 paa Raadhuset.

Fraværende: Gdr. Svend Aage Nielsen.

Sag nr. 12. Ansøgning fra Idrætsforeningen om tilskud til nyt klubhus.
Økonomiudvalget indstiller, at der ydes et tilskud paa 25.000 kr.
Vedtoges.

Sag nr. 13. Forslag om nedlæggelse af Skovvejens skole.
Forslaget forkastedes med 9 stemmer mod 6.

Mødet hævet kl. 21.45.
"""


def test_a_meeting_word_in_capitals_titles_the_minutes_and_names_the_body(tmp_path):
    doc = first_document(tmp_path, OLDER_COUNCIL_1978)
    assert (doc.title, doc.body, doc.date, doc.start, doc.end) == \
        ("BYRAADSMØDET", "Byraadet", "1978-03-14", "19:30", "21:45")
    assert doc.location == "Raadhuset"  # 'paa' is 'på' in the old spelling
    # 'Gdr.' is the member's occupation, not part of the name, and no second person
    assert [(p.name, p.role) for p in doc.people] == [("Svend Aage Nielsen", "fraværende")]


def test_a_committee_recommendation_then_the_councils_verdict_is_the_verdict(tmp_path):
    doc = first_document(tmp_path, OLDER_COUNCIL_1978)
    assert [(it.number, it.decision.outcome) for it in doc.items] == \
        [("12", Outcome.APPROVED), ("13", Outcome.REJECTED)]
    assert doc.items[0].decision.text == "Vedtoges."


def test_the_first_line_naming_a_kind_decides_it_over_the_agenda_list(tmp_path):
    doc = first_document(tmp_path, "Ældrerådet\n\nReferat af møde i Ældrerådet tirsdag den "
                         "5. marts 2024 kl. 13.00-15.30 på Rådhuset, mødelokale 1\n\n"
                         "Deltagere: Birthe Hansen (formand), Kirsten Lund\n\nDagsorden\n"
                         "1. Godkendelse af dagsorden\n2. Meddelelser\n\n"
                         "1. Godkendelse af dagsorden\nDagsordenen blev godkendt.\n\n"
                         "2. Meddelelser\nFormanden orienterede om mødet med udvalget.\n"
                         "Taget til efterretning.\n")
    assert doc.kind.value == "referat"
    assert [it.decision.outcome for it in doc.items] == [Outcome.APPROVED, Outcome.NOTED]


def test_a_dated_decision_label_without_i_before_the_body(tmp_path):
    doc = first_document(tmp_path, "Klima- og Miljøudvalget\n\nReferat\nMandag den 8. april "
                         "2024 kl. 16.30\nUdvalgsværelse A\n\n1. Meddelelser\nResume\n"
                         "Forvaltningen orienterer om aktuelle sager.\nBeslutning Klima- og "
                         "Miljøudvalget den 08-04-2024\nOrienteringen blev taget til "
                         "efterretning.\n\n2. Dispensation fra lokalplan 45\nBeslutning Klima- "
                         "og Miljøudvalget den 08-04-2024\nAnsøgningen blev imødekommet.\n"
                         "Ida Krogh (Ø) kunne ikke tiltræde.\n")
    assert [it.decision.outcome for it in doc.items] == [Outcome.NOTED, Outcome.APPROVED]
    # the line under 'Referat' says when, not what: the committee is the title
    assert doc.title == "Klima- og Miljøudvalget"


@pytest.mark.parametrize(("line", "role"), [
    ("Stedfortræder: Karen Holm (A)", "stedfortræder"),
    ("Sagsansvarlig: Mette Friis", "sagsansvarlig"),
    ("Til stede: Anne Kjær (formand), elevrådsrepræsentant Sofie Berg",
     "elevrådsrepræsentant"),
])
def test_substitutes_case_officers_and_representatives_have_their_role(tmp_path, line, role):
    doc = first_document(tmp_path, f"Referat\nØkonomiudvalget\nDato: 13.03.2024\n{line}\n\n"
                         "1. Meddelelser\nBeslutning:\nTaget til efterretning.\n")
    assert role in {p.role for p in doc.people}


def test_a_minute_book_page_with_its_title_and_matters_numbered_by_paragraph(tmp_path):
    doc = first_document(tmp_path, "Sogneraadet i Hasle\n\nAar 1946 den 11. Marts Kl. 19 "
                         "afholdt Sogneraadet Møde paa Kommunekontoret.\n\n"
                         "§ 1. Ansøgning fra Enke Marie Hansen om Hjælp til Brændsel.\n"
                         "Bevilget 50 Kr.\n\n§ 2. Forslag om Anlæg af Fortov ved Skolen.\n"
                         "Udsat til næste Møde.\n\nMødet hævet.\nJens Peter Madsen, Formand\n")
    assert (doc.body, doc.date, doc.start, doc.location) == \
        ("Sogneraadet", "1946-03-11", "19:00", "Kommunekontoret")
    assert [(it.number, it.title, it.decision.outcome) for it in doc.items] == [
        ("1", "Ansøgning fra Enke Marie Hansen om Hjælp til Brændsel.", Outcome.APPROVED),
        ("2", "Forslag om Anlæg af Fortov ved Skolen.", Outcome.POSTPONED)]


def test_a_memos_sender_line_is_no_title(tmp_path):
    doc = first_document(tmp_path, "NOTAT\n\nTil: Økonomiudvalget\nFra: Økonomi og Analyse\n"
                         "Dato: 2024-03-12\nSagsnr.: 2024/00412\n\nStatus på likviditeten "
                         "1. kvartal 2024\n\nLikviditeten udgør 212 mio. kr.\n")
    assert (doc.kind.value, doc.title) == ("notat", "Status på likviditeten 1. kvartal 2024")


MINUTE_BOOK_1946 = """Aar 1946 den 11. Marts Kl. 19 afholdt Sogneraadet Møde paa Kommunekontoret.
Alle Medlemmer var til Stede.
§ 1. Ansøgning fra Enke Marie Hansen om Hjælp til Brændsel.
Bevilget 50 Kr.
§ 2. Forslag om Anlæg af Fortov ved Skolen.
Udsat til næste Møde.
Mødet hævet.
Jens Peter Madsen Niels Jensen

Aar 1946 den 8. April Kl. 19 afholdt Sogneraadet Møde paa Kommunekontoret.
§ 3. Forslag om Anlæg af Fortov ved Skolen.
Vedtaget.
§ 4. Skrivelse fra Amtet angaaende Vejbidrag.
Til Efterretning.
Mødet hævet.
Johs. Andersen. Peder Krogh. M. Sørensen.
"""


def test_a_minute_book_numbers_its_matters_by_paragraph_sign(tmp_path):
    path = tmp_path / "protokol-1946.txt"
    path.write_text(MINUTE_BOOK_1946, encoding="utf-8")
    docs = parse_file(path).documents
    assert [(d.date, d.location) for d in docs] == \
        [("1946-03-11", "Kommunekontoret"), ("1946-04-08", "Kommunekontoret")]
    assert [[(it.number, it.decision.outcome) for it in d.items] for d in docs] == [
        [("1", Outcome.APPROVED), ("2", Outcome.POSTPONED)],
        [("3", Outcome.APPROVED), ("4", Outcome.NOTED)]]
    assert docs[1].title.endswith("paa Kommunekontoret.")  # the matter is no part of it


def test_signers_in_a_row_are_told_apart_by_their_first_names(tmp_path):
    path = tmp_path / "protokol-1946.txt"
    path.write_text(MINUTE_BOOK_1946, encoding="utf-8")
    first, second = parse_file(path).documents
    assert {"Jens Peter Madsen", "Niels Jensen"} <= {p.name for p in first.people}
    assert {"Johs. Andersen", "Peder Krogh", "M. Sørensen"} <= {p.name for p in second.people}


@pytest.mark.parametrize(("header", "when_where"), [
    # the time alone on the line under the date
    ("Byrådet\nReferat\n9. april 2024\nKl. 16.00\n", ("2024-04-09", "16:00", None, None)),
    # a system printing the date at both ends of the meeting: no '16:00 - 09.04' span
    ("Referat\nByrådet\nMødetidspunkt: 09.04.2024 kl. 16:00 - 09.04.2024 kl. 18:30\n",
     ("2024-04-09", "16:00", "18:30", None)),
    # a place named by more words after its place word
    ("Referat\nByrådet\nDen 9. april 2024 kl. 16:00-18:30 på Hotel Nyborg Strand\n",
     ("2024-04-09", "16:00", "18:30", "Hotel Nyborg Strand")),
])
def test_when_and_where_as_other_headers_print_them(tmp_path, header, when_where):
    doc = first_document(tmp_path, header + "\n1. Meddelelser\nBeslutning:\n"
                         "Taget til efterretning.\n")
    assert (doc.date, doc.start, doc.end, doc.location) == when_where


@pytest.mark.parametrize(("text", "person"), [
    ("Bünyamin Simsek\nDet Konservative Folkeparti\nMedlem af Kulturudvalget",
     ("Bünyamin Simsek", "C")),
    ("Forslag fra Jens Holm, Enhedslisten, om cykelstier.", ("Jens Holm", "Ø")),
    ("Anne Vang (Socialdemokratiet) spurgte til sagen.", ("Anne Vang", "A")),
    ("På vegne af\nSF, Thomas Medom\nVenstre, Gert Bjerregaard", ("Thomas Medom", "F")),
])
def test_a_party_written_out_beside_a_name_gives_its_letter(text, person):
    from ingest.entities import find_people
    assert person in {(p.name, p.party) for p in find_people(text)}


def test_a_party_word_in_other_prose_names_no_one():
    from ingest.entities import find_people
    assert find_people("Kør ad Nørregade, Venstre side af vejen.") == []


def test_items_printed_without_numbers_are_read_in_order(tmp_path):
    doc = first_document(tmp_path, "Referat\nHandicaprådet\nDato: 21.05.2024 kl. 14.00-16.00\n\n"
                         "Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n\n"
                         "Høring om budget 2025\nSagsnr.: 00.30.00-S00-2-24\nBeslutning:\n"
                         "Handicaprådet drøftede forslaget.\n\nEventuelt\nBeslutning:\nIntet.\n")
    assert [(it.number, it.title) for it in doc.items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Høring om budget 2025"), ("3", "Eventuelt")]
    assert doc.items[1].case_numbers == ("00.30.00-S00-2-24",)
    assert [it.decision.outcome for it in doc.items[:2]] == [Outcome.APPROVED, Outcome.DISCUSSED]


def test_a_list_of_meetings_is_no_unnumbered_agenda(tmp_path):
    doc = first_document(tmp_path, "Dagsordener og referater\n\nAarhus Byråd\nReferat\n\n"
                         "Teknisk Udvalg\nDagsorden\n\nKulturudvalget\nReferat\n")
    assert doc.items == ()


def test_a_closed_mark_alone_after_the_number_leaves_the_title_below(tmp_path):
    doc = first_document(tmp_path, "REFERAT\nØkonomiudvalget\nMødedato: 03-06-2024\n\n"
                         "Pkt. 102\nRegnskab 2023 - overførsler\nBeslutning\nAnbefales.\n\n"
                         "Pkt. 103 (Lukket)\nSalg af ejendom\nBeslutning\nGodkendt.\n")
    assert [(it.number, it.title, it.closed, it.decision.outcome) for it in doc.items] == [
        ("102", "Regnskab 2023 - overførsler", False, Outcome.RECOMMENDED),
        ("103", "Salg af ejendom", True, Outcome.APPROVED)]


@pytest.mark.parametrize(("text", "absent"), [
    ("Alle Medlemmer var til Stede undtagen Niels Jensen.", {("Niels Jensen", "fraværende")}),
    ("Fraværende var H. Harmsen", {("H. Harmsen", "fraværende")}),
    ("Karl Øvlisen var fraværende", {("Karl Øvlisen", "fraværende")}),
    ("Afbud fra Karen Holm og Peter Skov.", {("Karen Holm", "afbud"), ("Peter Skov", "afbud")}),
    ("Karen Holm havde meldt afbud.", {("Karen Holm", "afbud")}),
])
def test_absence_written_as_a_sentence_gives_the_role(text, absent):
    from ingest.entities import find_people
    assert absent <= {(p.name, p.role) for p in find_people(text)}


def test_an_exception_that_names_no_person_is_no_absence():
    from ingest.entities import find_people
    assert find_people("Udvalget godkendte alle punkter undtagen punkt 3.") == []


@pytest.mark.parametrize("decision", [
    "Beslutning: Godkendt med den tilføjelse, at udvalget orienteres igen i juni.",
    "Udvalgets beslutning: Godkendt. Borgerens klage behandles særskilt.",
])
def test_the_only_item_with_its_decision_on_the_heading_line(tmp_path, decision):
    doc = first_document(tmp_path, "Referat\n\nByrådets møde 3. marts 2021\n\n"
                         f"1. Budget 2022\n{decision}\n")
    assert [(it.number, it.title, it.decision.outcome) for it in doc.items] == [
        ("1", "Budget 2022", Outcome.APPROVED)]


@pytest.mark.parametrize(("text", "name"), [
    ("Det indstilles, at Anja Lind fritages for sit hverv.", "Anja Lind"),
    ("Udtræden af Byrådet - Torsten Schack Pedersen", "Torsten Schack Pedersen"),
    ("Henvendelse fra Merete Nordentoft om trafikken på Skolevej.", "Merete Nordentoft"),
    ("Aftalen blev underskrevet af Holger Munk og Sofus Kristensen.", "Sofus Kristensen"),
])
def test_a_person_named_in_prose_by_a_common_first_name(text, name):
    from ingest.entities import find_people
    assert name in [p.name for p in find_people(text)]


@pytest.mark.parametrize(("line", "decision"), [
    ("Konklusion: Formanden udarbejder høringssvar.", "Formanden udarbejder høringssvar."),
    ("Udvalgets beslutning: Anbefales over for Byrådet.", "Anbefales over for Byrådet."),
])
def test_a_decision_label_with_its_text_on_the_line_ends_the_discussion(tmp_path, line,
                                                                          decision):
    doc = first_document(tmp_path, "REFERAT\n\nÆldrerådet\nMøde torsdag den 2. februar 2023\n\n"
                         "Punkt 1: Høring om kvalitetsstandarder for hjemmepleje\n"
                         "Rådet drøftede materialet og anbefaler fast personale.\n"
                         f"{line}\n\nPunkt 2: Eventuelt\nIntet.\n")
    assert doc.items[0].decision.text == decision


@pytest.mark.parametrize(("opening", "start", "place"), [
    ("Aar 1946 den 11. Marts afholdtes Sogneraadsmøde i Tiset Forsamlingshus Kl. 19½.",
     "19:30", "Tiset Forsamlingshus"),
    ("Aar 1946 den 11. Marts Kl. 15,30 afholdt Sogneraadet Møde i Sogneraadslokalet.",
     "15:30", "Sogneraadslokalet"),
    ("Aar 1946 den 11. Marts afholdtes i Tiset Forsamlingshus Sogneraadsmøde Kl. 7 Aften.",
     "19:00", "Tiset Forsamlingshus"),
])
def test_a_minute_books_hour_as_the_writer_wrote_it(tmp_path, opening, start, place):
    doc = first_document(tmp_path, f"{opening}\n§ 1. Forslag om Anlæg af Fortov ved Skolen.\n"
                         "Vedtaget.\nMødet hævet.\nJens Peter Madsen, Formand\n")
    assert (doc.date, doc.start, doc.location, doc.body) == \
        ("1946-03-11", start, place, "Sogneraadet")


COMMISSION_2023 = """Dagsorden med referat

Beredskabskommissionen
Mødedato: mandag den 11.12.23, kl. 9-11

1 Godkendelse af dagsorden

Referat
Godkendt.

2 Budgetopfølgning 3. kvartal 2023
Sag: 23-004419
Indstilling: Direktionen indstiller, at budgetopfølgningen tages til efterretning.

Referat
Taget til efterretning.

3a Risikobaseret dimensionering 2024-2027 - høringsudkast
Sag: 23-003120

Referat
Godkendt. Høringsfristen fastsættes til 1. marts 2024.

3b Risikobaseret dimensionering - stationsstruktur
Sag: 23-003121

Referat
Drøftet.

4 Mødeplan 2024

Referat
Godkendt.
"""


def test_minutes_that_head_each_decision_referat_and_number_sub_items_by_letter(tmp_path):
    """'Referat' over 'Godkendt.' under an item heads its decision, not a new document;
    '3a' and '3b' are items of their own after item 3's place."""
    path = tmp_path / "kommission.txt"
    path.write_text(COMMISSION_2023, encoding="utf-8")
    [doc] = parse_file(path).documents
    assert doc.body == "Beredskabskommissionen"
    assert [(it.number, it.decision.outcome) for it in doc.items] == [
        ("1", Outcome.APPROVED), ("2", Outcome.NOTED), ("3a", Outcome.APPROVED),
        ("3b", Outcome.DISCUSSED), ("4", Outcome.APPROVED)]
    assert doc.items[2].title == "Risikobaseret dimensionering 2024-2027 - høringsudkast"


def test_paragraphs_with_letters_follow_in_order(tmp_path):
    doc = first_document(tmp_path, "Referat\nSogneraadet\nDato: 12.03.1946\n\n"
                         "§ 12 a. Vejbelysning.\nVedtaget.\n\n§ 12 b. Fortov ved Skolen.\n"
                         "Udsat.\n\n§ 13. Eventuelt.\nIntet.\n")
    assert [it.number for it in doc.items] == ["12 a", "12 b", "13"]


def test_party_letters_on_their_own_line_do_not_end_the_decision(tmp_path):
    doc = first_document(tmp_path, "Referat\nKommunalbestyrelsen\nDato: 29.09.2016\n\n"
                         "1. Budget 2017-2020\nBeslutning i Kommunalbestyrelsen:\n"
                         "Ændringsforslag fra Ø blev forkastet med 1 stemme for (Ø) og 8 imod\n"
                         "(V, A, C, F).\nBudget 2017-2020 blev herefter vedtaget.\n")
    assert doc.items[0].decision.text.endswith("Budget 2017-2020 blev herefter vedtaget.")
    assert doc.items[0].decision.outcome == Outcome.APPROVED


TYPED_1987 = """SKIVE KOMMUNE
SOCIALUDVALGET

BESLUTNINGSPROTOKOL

Mødet afholdt fredag d. 3/4-1987 kl. 13.00 i udvalgsværelset.

Sag nr. 41 Godkendelse af dagsorden.

Godkendt.

Sag nr. 42 Revision af takster for hjemmehjælp 1987.
J.nr. 82.05.04

Socialforvaltningen foreslår, at timeprisen forhøjes fra 38 kr. til 41 kr., som
behandlet i sag 86-004512.

Oversendes til Økonomiudvalget.

Mødet sluttede kl. 15.20.

Birthe Nørskov Arne Kallestrup Gunnar Vang
Else Marie Tange Jens Hviid
"""


def test_a_typed_decision_record_with_its_kind_in_capitals(tmp_path):
    """The kind word in capitals in the title block names the kind; KLE journal numbers
    after 'J.nr.' are case numbers, a case a sentence refers to is not; signatures set
    side by side are one person each."""
    path = tmp_path / "socialudvalget-1987.txt"
    path.write_text(TYPED_1987, encoding="utf-8")
    [doc] = parse_file(path).documents
    assert doc.kind.value == "referat"
    assert [(it.number, it.decision.outcome) for it in doc.items] == [
        ("41", Outcome.APPROVED), ("42", Outcome.REFERRED)]
    assert doc.items[1].case_numbers == ("82.05.04",)
    assert {"Birthe Nørskov", "Arne Kallestrup", "Gunnar Vang", "Else Marie Tange",
            "Jens Hviid"} <= {p.name for p in doc.people}
    assert not any("Nørskov Arne" in p.name or "Tange Jens" in p.name for p in doc.people)


@pytest.mark.parametrize(("header", "when_where"), [
    ("Økonomiudvalget\nDato: Tirsdag den 24. maj 2016\nStart kl.: 15:30\nSlut kl.: 18:05\n"
     "Sted: Rådhuset, Tønder, lokale 1", ("15:30", "18:05", "Rådhuset, Tønder, lokale 1")),
    ("Teknisk Udvalg\nmandag den 7. oktober 1996 i udvalgsværelse 2, Viborg Rådhus\n"
     "Mødet startede kl. 16.00 og sluttede kl. 18.20.",
     ("16:00", "18:20", "udvalgsværelse 2, Viborg Rådhus")),
    ("Kommunalbestyrelsens beslutningsprotokol\n\nMøde torsdag den 14. marts 1974 kl. 19.30 "
     "på rådhuset i Ubby.", ("19:30", None, "rådhuset i Ubby")),
    ("Landdistriktsrådet\nTirsdag 16. februar 2021, kl. 19.00-21.00, afholdt som Teams-møde",
     ("19:00", "21:00", "Teams-møde")),
    ("REGION SJÆLLAND Regionsrådet – Referat – 22. juni 2015\n\nRegionsrådet\n"
     "Mandag den 22. juni 2015 kl. 14.00\nRegionshuset, Alléen 15, 4180 Sorø, mødesal 1",
     ("14:00", None, "Regionshuset, Alléen 15, 4180 Sorø, mødesal 1")),
])
def test_when_and_where_as_other_templates_print_it(tmp_path, header, when_where):
    doc = first_document(tmp_path, f"Referat\n\n{header}\n\n1. Godkendelse af dagsorden\n"
                         "Beslutning:\nGodkendt.\n")
    assert (doc.start, doc.end, doc.location) == when_where
    assert doc.body in ("Økonomiudvalget", "Teknisk Udvalg", "Kommunalbestyrelsen",
                        "Landdistriktsrådet", "Regionsrådet")


def test_closed_items_as_agendas_mark_them(tmp_path):
    """'Lukket punkt.' under a closed item's title is its status, not more title; a
    closed tag before a dash is a tag as before a colon."""
    doc = first_document(tmp_path, "Dagsorden\nByrådet\nDato: 28.01.2021\n\n"
                         "1. Meddelelser\nSagsnr.: 00.01.00-A00-1-21\nBorgmesteren orienterer.\n\n"
                         "2. Lukket punkt: Køb af ejendom\nLukket punkt.\n\n"
                         "3. Lukket punkt – Erstatningssag\nLukket punkt.\n")
    assert [(it.number, it.title, it.closed) for it in doc.items] == [
        ("1", "Meddelelser", False), ("2", "Køb af ejendom", True),
        ("3", "Erstatningssag", True)]


def test_the_signatures_heading_ends_the_last_decision(tmp_path):
    doc = first_document(tmp_path, "Beslutningsprotokol\nBestyrelsen\nDato: 2022-06-21\n\n"
                         "1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n"
                         "2. Eventuelt\nBeslutning: Intet.\n\n"
                         "Protokollen godkendt og underskrevet:\n\nUlla Brix Per Holst Lene Sand\n"
                         "\n– 1 –\n")
    assert (doc.items[1].decision.text, doc.items[1].decision.outcome) == ("Intet.",
                                                                         Outcome.NOTED)


def test_a_recommendation_to_a_committee_names_its_kind_and_body(tmp_path):
    doc = first_document(tmp_path, "GLADSAXE KOMMUNE\nBy- og Miljøforvaltningen\n\n"
                         "Dato: 3. april 2023\nSags-id: 23-004512\n\n"
                         "Indstilling til Økonomiudvalget\n"
                         "Udmøntning af puljen til grøn omstilling\n\nResumé\n"
                         "Byrådet afsatte i budget 2023 4,5 mio. kr. til en pulje.\n")
    assert (doc.kind.value, doc.body) == ("indstilling", "Økonomiudvalget")


TJELE_1952 = """Aar 1952, den 14. Januar Kl. 19½ afholdt Sogneraadet Møde i Skolen i Nørre Tjele.

1. Ansøgning fra Enke Marie Poulsen, Vammen, om Hjælp til Brændsel.
   Bevilget 75 Kr. af Kommunekassen.

2. Valg af Formand for Ligningskommissionen.
   Valgt blev Lærer H. C. Winther.

Mødet hævet.
          Chr. Dalsgaard, Formand


Aar 1952, den 11. Februar Kl. 20 afholdt Sogneraadet Møde i Skolen i Nørre Tjele.
Fraværende: Gaardejer Jens Kr. Bach (Sygdom).

1. Forslaget om ny Sprøjte til Sprøjtehuset i Løvskal.
   Brandinspektør Vestergaard havde anbefalet Anskaffelsen.
   Vedtoges med 6 Stemmer mod 1.

2. Budget for Aaret 1952-53, 2. Behandling.
   Budgettet vedtoges. Skatteprocenten fastsattes til 9,8.

3. Andragende fra Gaardejer Søren Pedersen om Nedsættelse af Skatten.
   Andragendet kunde ikke imødekommes.

4. Skrivelse fra Viborg Amtsraad angaaende Bivejen Vammen - Tjele Langsø.
   Taget til Efterretning.

Mødet hævet.
          Chr. Dalsgaard, Formand
"""


def test_a_minute_books_account_before_its_verdict(tmp_path):
    """An entry's place in a header-like sentence; a middle name shortened before the
    surname; a matter told first ('havde anbefalet') and decided after ('Vedtoges')."""
    path = tmp_path / "tjele-1952.txt"
    path.write_text(TJELE_1952, encoding="utf-8")
    doc = parse_file(path).documents[1]
    assert doc.location == "Skolen i Nørre Tjele"
    assert "Jens Kr. Bach" in {p.name for p in doc.people}
    assert [(it.decision.text, it.decision.outcome) for it in doc.items][0] == \
        ("Vedtoges med 6 Stemmer mod 1.", Outcome.APPROVED)


MEETING_PAGE = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<title>Dagsorden - Kultur- og Fritidsudvalget - 05.03.2020</title></head><body>
<h1>Dagsorden</h1><h2>Kultur- og Fritidsudvalget</h2>
<table><tr><th>Dato</th><td>05.03.2020</td></tr><tr><th>Starttidspunkt</th><td>16:30</td></tr>
<tr><th>Sluttidspunkt</th><td>18:00</td></tr>
<tr><th>Sted</th><td>Mødelokale D1, Rådhuset, Torvet 2</td></tr></table>
<h3>1. Godkendelse af dagsorden</h3><h4>Beslutning</h4>
<h3>2. Kulturpris 2020 - indstilling af modtagere</h3>
<dl><dt>Sagsnr.</dt><dd>20/3127</dd><dt>Sagsbehandler</dt><dd>Louise Bang</dd></dl>
<h4>Indstilling</h4><p>Direktøren indstiller, at udvalget udpeger modtageren.</p>
<table><tr><th>Pkt.</th><th>Emne</th></tr><tr><td>1</td><td>Godkendelse</td></tr></table>
</body></html>"""


def test_a_meeting_pages_label_cells_read_with_their_values(tmp_path):
    """'<th>Sted</th><td>...</td>' and '<dt>Sagsnr.</dt><dd>...</dd>' are labelled
    values, as a reader takes a form's rows; column headers stay headers."""
    path = tmp_path / "kfu.html"
    path.write_text(MEETING_PAGE, encoding="utf-8")
    [doc] = parse_file(path).documents
    assert (doc.date, doc.start, doc.end, doc.location) == \
        ("2020-03-05", "16:30", "18:00", "Mødelokale D1, Rådhuset, Torvet 2")
    assert doc.items[1].case_numbers == ("20/3127",)
    assert "Pkt.: Emne" not in doc.text and "Pkt.:" not in doc.text


def test_referat_with_its_text_on_the_line_is_the_items_decision(tmp_path):
    doc = first_document(tmp_path, "Referat af møde i Ældrerådet\n\nOnsdag den 5. september 2018"
                         " kl. 9.30-12.00\n\n1. Godkendelse af dagsorden\nReferat: Dagsordenen "
                         "blev godkendt.\n2. Høring om kvalitetsstandard\nÆldrechefen gennemgik "
                         "ændringerne.\nReferat: Ældrerådet drøftede udkastet.\n")
    assert [(it.decision.text, it.decision.outcome) for it in doc.items] == [
        ("Dagsordenen blev godkendt.", Outcome.APPROVED),
        ("Ældrerådet drøftede udkastet.", Outcome.DISCUSSED)]


def test_lettered_points_and_a_closed_meeting_mark_under_typed_headings(tmp_path):
    doc = first_document(tmp_path, "Kommunalbestyrelsens beslutningsprotokol\n\n"
                         "Møde torsdag den 14. marts 1974 kl. 19.30 på rådhuset.\n\n"
                         "Pkt. 1. Meddelelser.\n\na. Borgmesteren oplyste, at amtsrådet har "
                         "godkendt\nbudgettet.\n\nTil efterretning.\n\n"
                         "Pkt. 2. Vandforsyning til Jerslev by.\nJ.nr. 13.02.00\n\nVedtaget.\n\n"
                         "Pkt. 3. (Lukket møde) Personalesag.\n\nVedtaget.\n")
    assert [(it.number, it.title, it.closed) for it in doc.items] == [
        ("1", "Meddelelser.", False), ("2", "Vandforsyning til Jerslev by.", False),
        ("3", "Personalesag.", True)]


def test_typed_minutes_that_end_every_numbered_title_with_a_full_stop(tmp_path):
    """One meeting's minutes whose numbered titles all end in a full stop, as typewritten
    minutes do: a stop says nothing against a short title there (items 2 and 3 were lost)."""
    second_meeting = TJELE_1952.split("\n\n\n")[1]
    doc = first_document(tmp_path, second_meeting)
    assert [(it.number, it.decision.outcome) for it in doc.items] == [
        ("1", Outcome.APPROVED), ("2", Outcome.APPROVED), ("3", Outcome.REJECTED),
        ("4", Outcome.NOTED)]


def test_a_boards_minutes_printed_as_a_table_of_items_and_verdicts(tmp_path):
    """'Pkt. | Emne | Beslutning': each row an item; the journal number printed under the
    title in its cell is the item's case, not its title; the last cell is the verdict."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    style = getSampleStyleSheet()
    cell = style["Normal"]
    rows = [["Pkt.", "Emne", "Beslutning"],
            ["1", "Godkendelse af dagsorden", "Godkendt."],
            ["2", Paragraph("Årsrapport 2021<br/>J.nr. 2022-0087", cell),
             Paragraph("Bestyrelsen godkendte årsrapporten for 2021.", cell)],
            ["3", Paragraph("Investeringsplan 2023-2032<br/>J.nr. 2022-0113", cell),
             Paragraph("Udsat til næste møde.", cell)],
            ["4", "Eventuelt", "Intet."]]
    table = Table(rows, colWidths=[40, 200, 220])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    path = tmp_path / "forsyning.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([
        Paragraph("Beslutningsprotokol", style["Title"]),
        Paragraph("Bestyrelsesmøde den 21. juni 2022 kl. 16.00", style["Normal"]), table])
    doc = parse_file(path).documents[0]
    assert [(it.number, it.title, it.case_numbers) for it in doc.items] == [
        ("1", "Godkendelse af dagsorden", ()), ("2", "Årsrapport 2021", ("2022-0087",)),
        ("3", "Investeringsplan 2023-2032", ("2022-0113",)), ("4", "Eventuelt", ())]
    assert [(it.decision.text, it.decision.outcome) for it in doc.items] == [
        ("Godkendt.", Outcome.APPROVED),
        ("Bestyrelsen godkendte årsrapporten for 2021.", Outcome.APPROVED),
        ("Udsat til næste møde.", Outcome.POSTPONED), ("Intet.", Outcome.NOTED)]


def test_a_minute_books_verdict_after_an_account_that_runs_over_lines(tmp_path):
    """A date that opens a line inside a sentence ('huslejen fra' / '1. april 1974
    forhøjes') is the sentence's, no dated block; a bracket on the next line continues
    the sentence; after an abbreviation's stop ('41 kr.') a blank line starts a new one."""
    doc = first_document(tmp_path, "Kommunalbestyrelsens beslutningsprotokol\n\n"
                         "Møde torsdag den 14. marts 1974 kl. 19.30 på rådhuset.\n\n"
                         "Pkt. 1. Ændring af takster for ældreboligerne.\nJ.nr. 03.02.12\n\n"
                         "Økonomiudvalget indstiller, at huslejen fra\n1. april 1974 forhøjes "
                         "med 8 pct.\n\nVedtaget med 12 stemmer. 1 undlod at stemme\n"
                         "(Inge Kofoed).\n\n"
                         "Pkt. 2. Revision af takster for hjemmehjælp.\nJ.nr. 82.05.04\n\n"
                         "Socialforvaltningen foreslår, at timeprisen forhøjes fra 38 kr. til "
                         "41 kr.\n\nUdvalget anbefaler forslaget overfor Økonomiudvalget\n"
                         "og Byrådet.\n")
    assert [(it.decision.text, it.decision.outcome) for it in doc.items] == [
        ("Vedtaget med 12 stemmer. 1 undlod at stemme (Inge Kofoed).", Outcome.APPROVED),
        ("Udvalget anbefaler forslaget overfor Økonomiudvalget og Byrådet.",
         Outcome.RECOMMENDED)]


def test_members_listed_with_whom_they_represent(tmp_path):
    """'Mahmoud Ali (Integrationsrådet)', 'Per Skou (formand, idrætsforeningerne)': a
    member of the list, with the role printed in the bracket where it names one."""
    doc = first_document(tmp_path, "Referat\nFolkeoplysningsudvalget\nMøde: onsdag 29. november "
                         "2017, kl. 17:00-19:15\n\nMedlemmer:\n  Per Skou (formand, "
                         "idrætsforeningerne)\n  Mahmoud Ali (Integrationsrådet)\n  Tine Boye "
                         "(Valby Ungdomsskole)\nAfbud: Lis Kragh\n\n1 Godkendelse af dagsorden\n"
                         "Beslutning:\nGodkendt.\n")
    people = {(p.name, p.role) for p in doc.people}
    assert {("Per Skou", "formand"), ("Mahmoud Ali", "medlem"), ("Tine Boye", "medlem"),
            ("Lis Kragh", "afbud")} <= people


def test_a_name_wrapped_after_its_first_name_is_one_person(tmp_path):
    doc = first_document(tmp_path, "Referat\nSognerådet\nDato: 8. januar 1940\n\n"
                         "4. Andragende fra Smedesvend Karl\nJulius Petersen om Henstand.\n"
                         "Bevilget.\n")
    names = [p.name for p in doc.people]
    assert "Karl Julius Petersen" in names and "Julius Petersen" not in names


MINUTE_BOOK_1967 = """HVIDEBÆK SOGNERÅD
Torsdag den 2. Marts 1967 Kl. 19.30 afholdt Hvidebæk
Sogneråd ordinært møde på Kommunekontoret i Ubby.
Fraværende: Gdr. Poul Erik Hansen (afbud).
Pkt. 1. Protokollen.
Protokollen for mødet d. 2/2-67 oplæst og underskrevet.
Godkendt.
Pkt. 2. Ansøgning om vejbelysning på Ubbyvej.
Fra beboerne på Ubbyvej forelå andragende om opsætning
af 6 lysmaster mellem skolen og Kirkestien.
Vedtaget.
Eksp. 6/3
Pkt. 3. Ansøgning fra Husm. Karl Jørgensen, Kalundborgvej 12,
om byggetilladelse til svinestald.
Oversendt til Amtsrådet med sognerådets anbefaling.
Eksp. 6/3
Mødet hævet Kl. 22.15.
"""


def test_a_minute_book_that_heads_its_matters_pkt(tmp_path):
    """'Pkt. 2.' heads a matter in a typed minute book with no blank lines: its first
    sentence is the title, the account follows, the verdict closes it; a clerk's 'Eksp.
    6/3' after the verdict is no sentence of its own, nor is 'Husm.' (husmand)."""
    doc = first_document(tmp_path, MINUTE_BOOK_1967)
    assert [(it.number, it.title, it.decision.outcome) for it in doc.items] == [
        ("1", "Protokollen.", Outcome.APPROVED),
        ("2", "Ansøgning om vejbelysning på Ubbyvej.", Outcome.APPROVED),
        ("3", "Ansøgning fra Husm. Karl Jørgensen, Kalundborgvej 12, om byggetilladelse til "
              "svinestald.", Outcome.REFERRED)]


def test_a_decision_table_numbered_on_from_earlier_meetings(tmp_path):
    """'Sag nr. | Sagens emne | Beslutning' with rows 9, 10, 11 (a committee numbering its
    cases through the year); the lines under the table are not the last row's."""
    doc = first_document(tmp_path, "BESLUTNINGSPROTOKOL\nTeknisk udvalg\n"
                         "Møde mandag d. 8/2-1993 kl. 16.00 - 18.10 på rådhuset.\n\n"
                         "Sag nr. | Sagens emne | Beslutning\n"
                         "9 Ansøgning om dispensation til carport. J.nr. 02.34.02 G01-7/93 | "
                         "Dispensation meddelt.\n"
                         "10 Vintertjeneste 1992/93. | Udsat.\n11 Eventuelt. | Intet.\n\n"
                         "Protokollen oplæst og godkendt.\n")
    assert [(it.number, it.title, it.decision.outcome) for it in doc.items] == [
        ("9", "Ansøgning om dispensation til carport.", Outcome.APPROVED),
        ("10", "Vintertjeneste 1992/93.", Outcome.POSTPONED),
        ("11", "Eventuelt.", Outcome.NOTED)]
    assert doc.items[0].case_numbers == ("02.34.02 G01-7/93",)


def test_a_small_boards_minutes_with_bold_titles_and_no_numbers(tmp_path):
    """A landsbyråd's Word minutes: who attended, then each item a bold title over plain
    text; the hour and place on the line under the date."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    style = getSampleStyleSheet()
    bold, plain = style["Heading4"], style["Normal"]
    story = [Paragraph("Rødding Landsbyråd", style["Title"]),
             Paragraph("Referat af møde torsdag den 3. april 2014", plain),
             Paragraph("Kl. 19.30 - 21.45 i Rødding Forsamlingshus, lille sal", plain),
             Paragraph("Til stede: Karen Bundgaard (formand), Søren Vinther, Lis Hedegaard", plain),
             Paragraph("Fraværende: Ib Kirk", plain)]
    for title, text in [("Referat fra sidste møde", "Referatet blev godkendt."),
                        ("Økonomi", "Søren gennemgik regnskabet. Regnskabet blev godkendt."),
                        ("Byfest 2014", "Punktet udsættes til næste møde."),
                        ("Eventuelt", "Intet.")]:
        story += [Paragraph(title, bold), Paragraph(text, plain)]
    path = tmp_path / "landsbyraad.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    doc = parse_file(path).documents[0]
    assert (doc.date, doc.start, doc.end, doc.location) == (
        "2014-04-03", "19:30", "21:45", "Rødding Forsamlingshus, lille sal")
    assert [(it.number, it.title, it.decision.outcome) for it in doc.items] == [
        ("1", "Referat fra sidste møde", Outcome.APPROVED), ("2", "Økonomi", Outcome.APPROVED),
        ("3", "Byfest 2014", Outcome.POSTPONED), ("4", "Eventuelt", Outcome.NOTED)]


def test_a_fund_boards_and_a_tribunals_decision_labels(tmp_path):
    """'Bestyrelsens beslutning:' and 'Nævnets afgørelse:' head decisions as 'Udvalgets
    beslutning:' does; 'Afslag' refuses, 'Intet til protokollen' notes, 'henvistes' refers."""
    doc = first_document(tmp_path, "Beslutningsprotokol\nBestyrelsen for Kulturfonden\n"
                         "Dato: 2. juni 2021 kl. 16.00\n\n"
                         "1. Ansøgning fra Sydfynske Forfattere\nBestyrelsens beslutning:\n"
                         "Afslag, jf. indstillingen.\n\n"
                         "2. Klage over varmeregnskab\nNævnets afgørelse:\nSagen henvistes til "
                         "teknisk udvalg.\n\n3. Eventuelt\nBestyrelsens beslutning:\n"
                         "Intet til protokollen.\n")
    assert [(it.title, it.decision.outcome) for it in doc.items] == [
        ("Ansøgning fra Sydfynske Forfattere", Outcome.REJECTED),
        ("Klage over varmeregnskab", Outcome.REFERRED), ("Eventuelt", Outcome.NOTED)]


@pytest.mark.parametrize(("line", "case"), [
    ("J.nr. 01.02.03 P 15/83", "01.02.03 P 15/83"),  # a journal plan's facets, letter, serial
    ("J.nr. 00.30 Ø 2/84", "00.30 Ø 2/84"),
    ("J.nr. HLN 2016-0412", "HLN 2016-0412"),  # a tribunal's own series
])
def test_older_journal_numbers_and_lettered_series(line, case):
    from ingest.cases import find_case_numbers
    assert find_case_numbers(line) == [case]
    assert find_case_numbers("Sag om 2016-0412 i prosa") == []


def test_a_case_number_set_apart_at_the_right_of_a_bold_heading(tmp_path):
    """'2. Overførsel af midler ... Sag: 20/113': the heading is bold, the case number at
    the line's right in plain type; the line still heads an item, the number is its case
    and no part of its title."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    path = tmp_path / "dagsorden.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = 800
    c.setFont("Helvetica-Bold", 14)
    c.drawString(70, y, "Dagsorden")
    c.setFont("Helvetica", 10)
    c.drawString(70, y - 20, "Økonomiudvalget, tirsdag d. 4. februar 2020, kl. 08.30")
    y -= 50
    for n, (title, case) in enumerate([("Godkendelse af dagsorden", None),
                                       ("Overførsel af uforbrugte midler fra 2019", "20/113"),
                                       ("Anlægsbevilling til renovering af skolen", "19/8830")],
                                      1):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(70, y, f"{n}. {title}")
        if case:
            c.setFont("Helvetica", 8)
            c.drawString(440, y, f"Sag: {case}")
        c.setFont("Helvetica", 10)
        c.drawString(70, y - 16, "Forvaltningen indstiller, at sagen godkendes.")
        y -= 50
    c.save()
    doc = parse_file(path).documents[0]
    assert [(it.number, it.title, it.case_numbers) for it in doc.items] == [
        ("1", "Godkendelse af dagsorden", ()),
        ("2", "Overførsel af uforbrugte midler fra 2019", ("20/113",)),
        ("3", "Anlægsbevilling til renovering af skolen", ("19/8830",))]


PORTAL_BOXES = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Referat</title>
</head><body><h1>Referat</h1><h2>Folkeoplysningsudvalget</h2>
<ul class="meta"><li><div class="k">Mødedato</div><div class="v">17.01.2024</div></li>
<li><div class="k">Starttidspunkt</div><div class="v">17:00</div></li>
<li><div class="k">Sluttidspunkt</div><div class="v">19:10</div></li>
<li><div class="k">Sted</div><div class="v">Multisalen, Kolding Bibliotek</div></li></ul>
<div class="item"><h3>1. Fordeling af aktivitetstilskud 2024</h3>
<div class="row"><div class="k">Sagsnummer</div><div class="v">24/00412</div></div>
<h4>Beslutning</h4><div>Godkendt.</div></div>
<div class="item"><h3>2. Punkt nr. 2 – Lukket punkt</h3></div>
</body></html>"""


def test_a_meeting_page_of_label_and_value_boxes(tmp_path):
    """'<div class="k">Sted</div><div class="v">...</div>': a box holding only a short
    value's label, then the box with the value, read as 'Sted: ...'."""
    path = tmp_path / "fou.html"
    path.write_text(PORTAL_BOXES, encoding="utf-8")
    doc = parse_file(path).documents[0]
    assert (doc.date, doc.start, doc.end, doc.location) == (
        "2024-01-17", "17:00", "19:10", "Multisalen, Kolding Bibliotek")
    assert doc.items[0].case_numbers == ("24/00412",)


def test_a_closed_mark_in_the_heading_and_the_title_under_it(tmp_path):
    doc = first_document(tmp_path, "Beslutningsprotokol\nKommunalbestyrelsen\n"
                         "Dato: 28. august 2008\n\nPunkt nr. 6 – Budget 2009\n"
                         "Kommunalbestyrelsens beslutning:\nGodkendt.\n\n"
                         "Punkt nr. 7 – Lukket punkt\nPersonalesag\nSags ID: 08/13001\n"
                         "Kommunalbestyrelsens beslutning:\nGodkendt.\n")
    assert [(it.number, it.title, it.closed, it.case_numbers) for it in doc.items] == [
        ("6", "Budget 2009", False, ()), ("7", "Personalesag", True, ("08/13001",))]


@pytest.mark.parametrize(("text", "names"), [
    ("Fremmødte: Ahmed Yousef (formand), Fatma Çelik (næstformand)",
     ["Ahmed Yousef", "Fatma Çelik"]),  # letters of other alphabets
    ("Thomas Krogh Nielsen (B) efterfølger Lone Bach Sørensens plads.",
     ["Thomas Krogh Nielsen", "Lone Bach Sørensen"]),  # a '-sen' name in the genitive
    ("Nr. Udgiftstype Beløb", []),  # a table's heading, no initial and surname
])
def test_names_as_printed_in_member_lists_and_prose(text, names):
    from ingest.entities import find_people
    assert [p.name for p in find_people(text)] == names


def test_a_member_list_with_names_in_other_alphabets_letters():
    from ingest.header import read_header
    block = ["Referat", "Medlemmer: Amira Khalil (formand), Dragan Petrović, Fatuma Ali, "
                        "Lene Sand (B)"]
    assert [p.name for p in read_header(block).people] == [
        "Amira Khalil", "Dragan Petrović", "Fatuma Ali", "Lene Sand"]


def test_typed_titles_that_wrap_run_on_to_their_full_stop(tmp_path):
    """An agenda whose titles all end in a full stop: a title without one runs on to the
    line that ends it; a person named in a title is one of the item's people; a year
    under a date that runs over a line ('den 26. oktober' / '1972.') is no item."""
    doc = first_document(tmp_path, "D A G S O R D E N\nfor amtsrådets møde tirsdag den 14. "
                         "marts 1978 kl. 14.00.\n\nSag nr. 1. Meddelelser.\n\n"
                         "Sag nr. 2. Årsregnskab 1976/77 for Vestsjællands\nAmtskommune.\n"
                         "J.nr. 00.32 S 1-77\nØkonomiudvalget indstiller, at regnskabet "
                         "godkendes.\n\nSag nr. 3. Protokol fra mødet den 26. oktober\n1972.\n"
                         "Protokollen godkendes.\n\n"
                         "Sag nr. 4. Forespørgsel fra amtsrådsmedlem Bent Rasmussen\n(F) om "
                         "busbetjeningen af Gørlev.\n\nSag nr. 5. Takster for plejehjem.\n")
    assert [(it.number, it.title) for it in doc.items] == [
        ("1", "Meddelelser."), ("2", "Årsregnskab 1976/77 for Vestsjællands Amtskommune."),
        ("3", "Protokol fra mødet den 26. oktober 1972."),
        ("4", "Forespørgsel fra amtsrådsmedlem Bent Rasmussen (F) om busbetjeningen af Gørlev."),
        ("5", "Takster for plejehjem.")]
    assert ("Bent Rasmussen", "F") in {(p.name, p.party) for p in doc.items[3].people}


def test_a_minute_books_closing_line_and_signatures(tmp_path):
    """'Mødet hævet Kl. 22.15.' ends the meeting; the signatures under it, one with its
    role in brackets ('Aage Nielsen (fmd.)'), belong to that meeting, no document of
    their own."""
    signed = "\nAage Nielsen (fmd.) H. P. Jensen Ejnar Holm\nSvend Larsen Kaj Frederiksen\n\n"
    second = MINUTE_BOOK_1967.replace("2. Marts", "30. Marts").replace("22.15", "21.40")
    result = parse_file(_write(tmp_path, MINUTE_BOOK_1967 + signed + second + signed))
    assert [(d.date, d.start, d.end) for d in result.documents] == [
        ("1967-03-02", "19:30", "22:15"), ("1967-03-30", "19:30", "21:40")]
    assert {"Aage Nielsen", "Ejnar Holm", "Kaj Frederiksen"} <= \
        {p.name for p in result.documents[0].people}


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "protokol.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_header_form_printed_without_rules(tmp_path):
    """Labels in one column and values in the next, no rules ('Sluttidspunkt   kl.
    11.45', 'Afbud   Jens Hald (V)'): each row is read as a label line; a section's
    label beside its text stays its heading."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    path = tmp_path / "referat.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(70, 800, "Referat")
    c.setFont("Helvetica", 10)
    y = 770
    for label, value in [("Mødedato", "Mandag den 12. september 2016"),
                         ("Mødetidspunkt", "kl. 8.00"), ("Sluttidspunkt", "kl. 11.45"),
                         ("Mødested", "Mødelokale 1, Rådhuset"), ("Afbud", "Jens Hald (V)")]:
        c.drawString(70, y, label)
        c.drawString(180, y, value)
        y -= 20
    c.setFont("Helvetica-Bold", 10)
    c.drawString(70, y - 20, "1. Godkendelse af dagsorden")
    c.setFont("Helvetica", 10)
    c.drawString(70, y - 40, "Beslutning")
    c.drawString(180, y - 40, "Godkendt.")
    c.save()
    doc = parse_file(path).documents[0]
    assert (doc.date, doc.start, doc.end, doc.location) == (
        "2016-09-12", "08:00", "11:45", "Mødelokale 1, Rådhuset")
    assert [(p.name, p.role) for p in doc.people] == [("Jens Hald", "afbud")]


def test_a_member_list_with_a_name_wrapped_over_its_line_end():
    from ingest.header import read_header
    block = ["Referat", "Medlemmer: Amira Khalil (formand), Søren Holm (næstformand), Dragan",
             "Petrović, Fatuma Ali, Lene Sand (B)"]
    assert [p.name for p in read_header(block).people] == [
        "Amira Khalil", "Søren Holm", "Dragan Petrović", "Fatuma Ali", "Lene Sand"]


EMAILED_MINUTES = """Fra: Birthe Kjær <bkj@example.dk>
Sendt: 27. januar 2022 09:14
Til: Brugerrådet Lindehøj
Emne: Referat fra brugerrådsmødet 26/1

Hej alle

Hermed referat fra brugerrådets møde onsdag d. 26/1-2022 kl. 14-15.30 i cafeen på Lindehøj.

1) Velkomst og godkendelse af dagsorden
Dagsordenen blev godkendt.

2) Sommerudflugt 2022
Brugerrådet besluttede at arrangere udflugten.
"""


def test_minutes_sent_by_e_mail_are_dated_by_the_meeting_not_the_mail(tmp_path):
    doc = first_document(tmp_path, EMAILED_MINUTES)
    assert (doc.date, doc.start, doc.end) == ("2022-01-26", "14:00", "15:30")


def test_an_e_mail_with_no_meeting_in_it_is_dated_when_it_was_sent(tmp_path):
    from ingest.header import read_header
    header = read_header(["Fra: Maja Føns", "Sendt: 12. januar 2017 14:14", "Til: Byrådet",
                          "Emne: Nyhedsbrev", "", "Kære alle,", "Hermed nyhedsbrevet."])
    assert (header.date, header.start) == ("2017-01-12", "14:14")
