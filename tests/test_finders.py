"""Table tests per finder: items, sections, header blocks, people, minute books, pages.

One row per layout quirk a careful reader handles; the end-to-end goldens are beside them.
"""
from __future__ import annotations

import pytest

from ingest.entities import find_people
from ingest.furniture import Line
from ingest.header import read_header
from ingest.items import find_items
from ingest.pages import RawDocument, RawPage
from ingest.pipeline import parse_raw
from ingest.protocol import is_dateline, split_sentences
from ingest.records import Kind, Source, page_at
from ingest.sections import decision_text, is_heading, sections
from tests.conftest import SAMPLES


def lines_of(text: str, bold: tuple[str, ...] = ()) -> list[Line]:
    """Lines of one page; lines listed in `bold` are printed in bold (others plain)."""
    typed = bool(bold)
    return [Line(t, 1, strong=(t.strip() in bold) if typed else None)
            for t in text.split("\n")]


ITEM_ROWS = [
    ("punkt with colon and case numbers",
     "Punkt 1: Godkendelse af dagsorden\nEMN-2023-009832\n\nPunkt 2: Budget 2026\n"
     "EMN-2025-008308\nDet indstilles, at budgettet godkendes.", (), ["1", "2"]),
    ("contents page before the items",
     "Indhold\n1. Meddelelser 3\n2. Budget 4\n\n1. Meddelelser\n\nSagsnr.: 2011-29298\n\n"
     "2. Budget\n\nSagsnr.: 2012-28504", (), ["1", "2"]),
    ("no full stop, sub-items, bold headings",
     "1 Meddelelser\n1.1 Vejarbejder\nSagsnr.: MDR-2016-02836\nTekst.\n1.2 Vintertjeneste\n"
     "Tekst.\n2 Trafikplan\nSagsnr.: MDR-2015-11420",
     ("1 Meddelelser", "1.1 Vejarbejder", "1.2 Vintertjeneste", "2 Trafikplan"),
     ["1", "1.1", "1.2", "2"]),
    ("numbered list inside an item is no item",
     "1. Trafikplan\nSagsnr.: 2015-11420\nSagsfremstilling\nPlanen:\n1. Cykelstier prioriteres.\n"
     "2. Skolevejene gennemgås.\n3. Planen evalueres i 2018.\nIndstilling\nDet indstilles, at "
     "planen godkendes.\n\n2. Eventuelt\nBeslutning\nIntet til referat.", (), ["1", "2"]),
    ("a memo's budget table rows are no items",
     "Indsatsområde | Afsatte midler\n1. Forløbsprogrammer | 500.000 kr.\n"
     "2. Tværfaglig koordinering | 150.000 kr.\n3. Sygeplejeklinik | 200.000 kr.", (), []),
    ("a date line is no item",
     "Dagsorden\n\n2. maj 2017 kl. 10:00\n\nMødested: Mødelokale 1", (), []),
    ("paragraph numbering with a letter",
     "§ 12 Lokalplan 45\nSagsnr.: 2015-004512\n\n§ 12 b Tillæg til lokalplan 45\n"
     "Sagsnr.: 2015-004513\n\n§ 13 Eventuelt\nBeslutning\nIntet.", (), ["12", "12 b", "13"]),
    ("a running counter",
     "715. Kulturkommune 2017\nSagsnr.: 12/27845\n\n716. Lokalplan 112\nSagsnr.: 13/10233",
     (), ["715", "716"]),
    ("a number alone on its line, the title below",
     "3\nStatus på Barnets Lov\nAnsvarlig: Lotte Henriksen\n\n4\nEvt.\nAnsvarlig: Eva Holm",
     (), ["3", "4"]),
    ("a cross-reference that starts a line is no item",
     "12. Lokalplan\nSagsnr.: 2015-004512\nForslaget blev fremlagt efter beslutningen i\n"
     "81. møde den 3. marts og har været i høring i otte uger.\n\n13. Eventuelt\nBeslutning\n"
     "Intet.", (), ["12", "13"]),
    ("plain lines where the system prints item headings bold",
     "1. Meddelelser\nSagsnr.: 2011-29298\nA. Orientering\n2. Budget\nSagsnr.: 2012-28504\n"
     "Punkterne:\n3. Andet punkt i en liste\nmed en fortsættelse",
     ("1. Meddelelser", "2. Budget"), ["1", "2"]),
]


@pytest.mark.parametrize("quirk, text, bold, numbers", ITEM_ROWS, ids=[r[0] for r in ITEM_ROWS])
def test_item_finder(quirk, text, bold, numbers):
    assert [h.number for h in find_items(lines_of(text, bold))] == numbers


@pytest.mark.parametrize("text, strong, heading", [
    ("Økonomiske konsekvenser", None, True), ("Bilag", None, True), ("Høring", None, True),
    ("Kommunikation", None, True), ("Videre proces", None, True), ("ØKONOMI", None, True),
    ("Sagsfremstilling:", None, True), ("af", None, False), ("Bilag 1 - 3", None, False),
    ("Centralisering af ejendomsdriften", True, True),
    ("Centralisering af ejendomsdriften", False, False),
    ("Planen blev vedtaget i 2012.", True, False),
])
def test_section_headings(text, strong, heading):
    assert is_heading(text, strong) is heading


def test_sections_from_labels_and_table_rows():
    found = sections(lines_of("Baggrund I forbindelse med budgettet\nmere tekst\n"
                              "Ansvarlig: Lotte Henriksen\nØkonomi\nIngen udgifter."))
    assert [(s.heading, s.text) for s in found] == [
        ("Baggrund", "I forbindelse med budgettet\nmere tekst"), ("Ansvarlig", "Lotte Henriksen"),
        ("Økonomi", "Ingen udgifter.")]


@pytest.mark.parametrize("quirk, texts, expected", [
    ("labels with values on the line",
     ["Dato: 14. marts 2016", "Tid: 16:00 - 18:00", "Sted: Mødelokale 2, Rådhuset"],
     ("2016-03-14", "16:00", "18:00", "Mødelokale 2, Rådhuset", None)),
    ("values below bare labels, a blank line between (HTML cells)",
     ["Udvalg:", "", "Aarhus Byråd", "", "Mødedato:", "", "onsdag den 8. oktober 2025 kl. 16.00",
      "", "Mødested:", "", "Byrådssalen"],
     ("2025-10-08", "16:00", None, "Byrådssalen", "Aarhus Byråd")),
    ("a cover page: body, date line, place line",
     ["Referat", "Sundheds- og Forebyggelsesudvalget", "tirsdag den 4. december 2012, kl. 13:00",
      "i Mødecenter C, Lokale 32 på Ballerup Rådhus"],
     ("2012-12-04", "13:00", None, "Mødecenter C, Lokale 32 på Ballerup Rådhus",
      "Sundheds- og Forebyggelsesudvalget")),
    ("the compound labels of other meeting systems",
     ["Mødedato: 20-06-2013", "Mødetidspunkt: 16:00 - 18:30", "Lokation: Rådhuset, lokale 2"],
     ("2013-06-20", "16:00", "18:30", "Rådhuset, lokale 2", None)),
    ("a time span label with dotted times",
     ["Dato: 3. maj 2021", "Tidsrum: kl. 9.00-11.30"], ("2021-05-03", "09:00", "11:30", None, None)),
    ("one label for when and where",
     ["Dato: 12. marts 2019", "Tid og sted: Kl. 15.00 - 17.00, Udvalgsværelse 1"],
     ("2019-03-12", "15:00", "17:00", "Udvalgsværelse 1", None)),
    ("date, time and place under one label",
     ["Dato, tid og sted:", "Tirsdag den 12. marts 2019 kl. 15.00, Rådhuset, lokale 2"],
     ("2019-03-12", "15:00", None, "Rådhuset, lokale 2", None)),
    ("the date without a space after the day's dot",
     ["Dato: 4.december 2012"], ("2012-12-04", None, None, None, None)),
])
def test_header_fields(quirk, texts, expected):
    h = read_header(texts)
    assert (h.date, h.start, h.end, h.location, h.body) == expected


@pytest.mark.parametrize("quirk, texts, people", [
    ("one member per line with party and role",
     ["Tilstede", "Lolan Ottesen (A) - formand", "Birte Kramhøft (F)", "", "Sekretær",
      "Mie Helene Andresen"],
     [("Lolan Ottesen", "formand", "A"), ("Birte Kramhøft", "medlem", "F"),
      ("Mie Helene Andresen", "sekretær", None)]),
    ("comma-separated on the label line, absences with their own role",
     ["Til stede: Karen Holm, Poul Jensen", "Afbud: Bent Larsen (O)", "Referent: Inge Nielsen"],
     [("Karen Holm", "deltager", None), ("Poul Jensen", "deltager", None),
      ("Bent Larsen", "afbud", "O"), ("Inge Nielsen", "referent", None)]),
    ("a list naming no person", ["Tilstede var:", "Hele Sogneraadet"], []),
])
def test_participant_lists(quirk, texts, people):
    assert [(p.name, p.role, p.party) for p in read_header(texts).people] == people


@pytest.mark.parametrize("quirk, text, names", [
    ("a known first name in prose", "Solveig Munk kunne ikke tiltræde indstillingen.",
     ["Solveig Munk"]),
    ("names before a verb, in a list", "Jesper Kjeldsen, Steffen Wich og Thure Hastrup "
     "kunne tiltræde indstillingen.", ["Jesper Kjeldsen", "Steffen Wich", "Thure Hastrup"]),
    ("a party after the party's name", "Metin Lindved Aydin, Radikale Venstre (B)",
     ["Metin Lindved Aydin"]),
    ("a multi-letter party mark", "Henrik Arens (LA) og Purnima Erichsen (KF)",
     ["Henrik Arens", "Purnima Erichsen"]),
    ("an organisation's own abbreviation is no party",
     "Den Sociale Investeringsfond (DSI) har indgået et samarbejde.", []),
    ("capitals in brackets that name no party",
     "Øget tilskud til ungemiljøerne Frontløberne Ungdomskulturhuset (UKH)", []),
    ("a member outside any party", "Charlotte Levin (S) og Liselott Blixt (UP)",
     ["Charlotte Levin", "Liselott Blixt"]),
    ("a genitive is the same person", "borgmester Anders Winnerskjolds repræsentation. "
     "Borgmester Anders Winnerskjold deltog.", ["Anders Winnerskjold"]),
    ("a middle name left out is the same person",
     "Polly Bak Dutschke (M) stillede forslaget. Polly Dutschke (M) tiltrådte.",
     ["Polly Bak Dutschke"]),
    ("initials in old books", "Tilskud til O. Andersen og R. P. Simonsen.",
     ["O. Andersen", "R. P. Simonsen"]),
    ("a sentence's last word is no abbreviated first name",
     "Vindmøller på Aarhus Havn. Konkret foreslås tre møller.", []),
    ("an occupation before a name", "Der vedtoges at lade Dyrlæge Rasmussen foretage Eftersyn.",
     ["Rasmussen"]),
    ("the signatories after a sign-off", "Med venlig hilsen\n\nErik Nielsen\nErik Fabrin",
     ["Erik Nielsen", "Erik Fabrin"]),
    ("a name wrapped after its first word", "deltager faglig koordinator Birgit\n"
     "Elleby Jørgensen fra Center for Ejendomme", ["Birgit Elleby Jørgensen"]),
    ("a role word after a name belongs to it", "Lolan Ottesen (A) - formand\nBirte Kramhøft (F)",
     ["Lolan Ottesen", "Birte Kramhøft"]),
    ("a unit after an amount is no first name",
     "Rabatkort: 45 Kr. Svinekød og 12 Kr. Sødmælk.\n3. Chr. Birkegaard Hasselager",
     ["Chr. Birkegaard Hasselager"]),
])
def test_people_in_prose(quirk, text, names):
    assert [p.name for p in find_people(text)] == names


def test_decision_block_of_this_meeting_wins_over_history():
    secs = sections(lines_of("Indstilling\nDirektionen indstiller, at ansøgningen sendes.\n"
                             "Beslutning i Udvalget for Kultur den 20-06-2013\nAnbefales.\n"
                             "Beslutning i Byrådet den 27-06-2013\nGodkendt.\n"
                             "Følgende deltog ikke i behandlingen af punktet:"))
    assert decision_text(secs, "2013-06-27") == "Godkendt."
    assert decision_text(secs, "2013-06-20") == "Anbefales."


@pytest.mark.parametrize("text, sentences", [
    ("Der vedtoges at yde 100 Kr. for Aaret 1940/41. Der bestemtes at lade Tællingen foretage.",
     ["Der vedtoges at yde 100 Kr. for Aaret 1940/41.", "Der bestemtes at lade Tællingen foretage."]),
    ("Der foretoges af Fmd. Næstformd. Kasserer, samt de forskellige Udvalg.",
     ["Der foretoges af Fmd. Næstformd. Kasserer, samt de forskellige Udvalg."]),
    ("Meddelelse af 5. April d. A. blev læst.", ["Meddelelse af 5. April d. A. blev læst."]),
    ("Projekt over Afvandingen af Elev Mose og fl. Der vedtoges at yde Tilskud.",
     ["Projekt over Afvandingen af Elev Mose og fl.", "Der vedtoges at yde Tilskud."]),
    # a shortened month before the hour is inside the date; before a matter it ends one
    ("Aar 1940 den 10. Septbr. Kl. 19 afholdtes ordinært Sogneraadsmøde i Skejby.",
     ["Aar 1940 den 10. Septbr. Kl. 19 afholdtes ordinært Sogneraadsmøde i Skejby."]),
    ("Løn fra 1. Maj til 31. Okt. Regnskabet underskrives.",
     ["Løn fra 1. Maj til 31. Okt.", "Regnskabet underskrives."]),
    # an initial is no sentence's end
    ("Andragende om Anlægslaan fra R. P. Simonsen, Ingerslev.",
     ["Andragende om Anlægslaan fra R. P. Simonsen, Ingerslev."]),
])
def test_minute_book_sentences(text, sentences):
    assert split_sentences(text) == sentences


@pytest.mark.parametrize("line, dateline", [
    ("Elev Sogneraad d. 17/1 1941", True), ("Elev d 28 Marts 1941", True),
    ("Ejner Sørensen Elev Sogneraad d. 27/3 1941", True),
    # the members' signatures run into the dateline, whose year is '-40'
    ("Herman Johansen Jens Sørensen E. Sørensen Elev Sogneraad d 26/3 -40", True),
    ("Elev Sogneraad af Møde den 9 April 1940 hvor", False),
    ("anden Behandling foretages d. 10 Februar 1941", False),
])
def test_datelines_close_minute_book_entries(line, dateline):
    assert is_dateline(line) is dateline


@pytest.mark.parametrize("above, closes", [
    ("Der vedtoges at yde et Tilskud paa 100 Kr.", True),
    ("Niels Sørensen", True),
    ("Der bestemtes at udbetale Beløbet vedrørende midlertidig", False),
    ("til Kommunernes sociale Arbejde i H.t. Lov af", False),
])
def test_a_date_that_finishes_the_sentence_above_does_not_close_an_entry(above, closes):
    from ingest.protocol import closes_entry
    assert closes_entry([above, "Tillæg den 1 December 1939."], 1) is closes


@pytest.mark.parametrize("below, closes", [
    ("", True), ("Niels Sørensen", True),
    # the matter runs on below the date: a heading that ends in a date
    ("Valg af Tællingskommissærer for Hasle Sogn", False),
])
def test_a_dateline_stands_apart_from_the_text_below(below, closes):
    from ingest.protocol import closes_entry
    texts = ["2. Indenrigsm. Cirk. ang.", "Folketælling den 5. Novbr. 1940", below]
    assert closes_entry(texts, 1) is closes


def test_page_starts_cite_the_page_of_a_passage():
    pages = (RawPage(1, ("Referat", "Teknisk Udvalg", "Mødedato: 3. marts 2021", "",
                         "1. Budget", "Sagsnr.: 2021-1234", "Første side af sagen.")),
             RawPage(2, ("Anden side af sagen.", "Beslutning", "Godkendt.")))
    doc = parse_raw(RawDocument("text", pages), Source("x.txt", "0" * 64, "text", 2)).documents[0]
    item = doc.items[0]
    assert item.page_starts[0] == (0, 1) and doc.page_starts[0] == (0, 1)
    assert page_at(item.page_starts, item.text.index("Anden side")) == 2
    assert page_at(item.page_starts, item.text.index("Første side")) == 1


def test_an_agenda_has_proposals_never_decisions():
    pages = (RawPage(1, ("Dagsorden", "Teknisk Udvalg", "Mødedato: 3. marts 2021", "",
                         "1. Budget", "Sagsnr.: 2021-1234", "Beslutning:",
                         "RV foreslår, at byrådet vedtager budgettet.")),)
    doc = parse_raw(RawDocument("text", pages), Source("x.txt", "0" * 64, "text", 1)).documents[0]
    assert doc.kind == Kind.DAGSORDEN and doc.items[0].decision is None


@pytest.mark.parametrize("line, body", [
    ("Sogneraadsmøde paa de gamles Hjem d 9 Januar 1945", "Sogneraadet"),
    ("Byrådsmøde mandag den 3. marts", "Byrådet"),
    ("Elev Sogneraad d. 17/1 1941", "Elev Sogneraad"),
])
def test_a_meeting_word_names_its_body(line, body):
    from ingest.header import body_of
    assert body_of([line]) == body


BOOK = """Mødet den 8. Januar 1941.
1.
Skolekommissionen har fremsendt Budget for 1941.
Sogneraadet vedtog at godkende Budgettet.
2.
Fra Amtet forelaa Skrivelse om Vejene.
Til Efterretning.
Mødet hævet.

Mødet den 22. Januar 1941.
1.
Ansøgning om Tilskud til Sygeplejen.
Sogneraadet bevilligede 200 Kr.
2.
Sogneraadet vedtog at anskaffe en ny Sneplov.
Mødet hævet.

Mødet den 5. Februar 1941.
1.
Regnskabet for 1940 blev fremlagt.
Godkendt.
Mødet hævet.
"""


def test_entries_of_a_minute_book_are_meetings_of_the_body_it_names():
    from ingest.protocol import documents
    docs = documents(lines_of(BOOK))
    assert docs and [d.date for d in docs] == ["1941-01-08", "1941-01-22", "1941-02-05"]
    assert {d.body for d in docs} == {"Sogneraadet"}


# An ordinary meeting's signatures end in full stops and run on several lines; its
# first matter speaks of the meeting itself ('Formanden indledede Mødet ... afholdtes'),
# and a later one reports another meeting in a that-clause ('meddeler at der afholdes').
SIGNED_BOOK = """Ordinær Møde d. 9/7 1941 - Kl 1700

1

Fra Amtet forelaa Skrivelse om Vejene.

Til Efterretning.

Næste Møde d. 13/8 1941 - Kl 1700

A. Brandstrup Andersen.
Johs. Andersen. Peder Krogh. M. Sørensen.
R.P. Sørensen.

Ordinær Møde d. 13/8 1941 - Kl 1700

1

Formanden indledede Mødet med at minde om
at dette afholdtes 100 Aarsdagen for Grundlæggelsen
af det Kommunale Selvstyre.

2

Ansøgning om Tilskud til Sygeplejen.

Bevilliges 200 Kr

3

Herreds Dommerkontor meddeler at der Torsdag
d. 27de Nvbr Kl 1000 afholdes forberedende Møde
til Tvangsauktion over Mtr. Nr. 2g.

Til Efterretning.

Næste Møde d. 10/9 1941 - Kl 1700

A. Brandstrup Andersen.
Johs. Andersen.
"""


def test_signatures_and_a_first_matter_about_the_meeting_open_no_entry():
    from ingest.protocol import documents
    docs = documents(lines_of(SIGNED_BOOK))
    assert [d.date for d in docs] == ["1941-07-09", "1941-08-13"]
    assert [i.title[:9] for i in docs[1].items] == ["Formanden", "Ansøgning", "Herreds D"]
    assert "Johs. Andersen" not in " ".join(i.text for d in docs for i in d.items)


# A meeting's kind before its noun ('Ekstra ordinær Møde'); a page note ('vend') and a
# matter number left after the signatures are no meetings of their own.
KINDS_BOOK = """Ordinær Møde d. 9/4 1941 - Kl 1700

1

Fra Amtet forelaa Skrivelse om Vejene.

Til Efterretning.

2

Ansøgning om Tilskud til Sygeplejen.

Bevilliges 200 Kr

Næste Møde d. 14/5 1941 - Kl 1700

A. Brandstrup Andersen.
Johs. Andersen. Peder Krogh.
vend

Ekstra ordinær Møde d. 23/4 1941.

1

Landbrugsministeriet Cirkulære ang. Tørvemoserne.

Til Efterretning.

2

Handelsministeriet Cirkulære ang. Brænde.

Til Efterretning.

Næste Møde d. 14/5 1941 - Kl 1700

A. Brandstrup Andersen.
Johs. Andersen.

36
"""


def test_a_meeting_kind_before_its_noun_opens_an_entry_and_page_marks_do_not():
    from ingest.protocol import documents
    docs = documents(lines_of(KINDS_BOOK))
    assert [d.date for d in docs] == ["1941-04-09", "1941-04-23"]
    assert [len(d.items) for d in docs] == [2, 2]


@pytest.mark.parametrize("line, names", [
    ("Johs. Andersen. Peder Krogh. M. Sørensen.", True), ("R.P. Sørensen", True),
    ("Peder Andersen R.P.Sørensen", True), ("M Sørensen Johs.Andersen. P.Krogh.", True),
    ("H V Rahbek", True), ("Bevilliges 200 Kr", False),
])
def test_signature_lines(line, names):
    from ingest.protocol import is_name_line
    assert is_name_line(line) is names


@pytest.mark.parametrize("printed, body", [
    ("Økonomiudvalgsmøde", "Økonomiudvalget"),
    ("Teknisk Udvalgsmøde", "Teknisk Udvalg"),
    ("Aarhus Byrådsmøde", "Aarhus Byråd"),
    ("Byrådsmøde", "Byrådet"),
    ("Teknik- og Miljøudvalgets møde", "Teknik- og Miljøudvalget"),
    ("Teknisk Udvalg", "Teknisk Udvalg"),
])
def test_a_meeting_named_for_its_body_names_the_body(printed, body):
    from ingest.header import organ_name
    assert organ_name(printed) == body


@pytest.mark.parametrize("line, opens", [
    ("Ekstra Møde afholdes naar Regnskabet foreligger.", False),  # a matter announcing one
    ("Folketingets næste møde afholdes torsdag den 7. september 2023 kl. 10.00.", True),
    ("Elev Sogneraad afholdt i Dag Møde, hvor følgende behandledes.", True),
    ("Der har den 17. Aug. d.A. været afholdt et Møde paa Hinnerup Kro", False),  # reported
])
def test_a_meeting_announced_opens_an_entry_only_with_its_date(line, opens):
    from ingest.protocol import opens_entry
    assert opens_entry(["", line], 1) is opens


# A book written without full stops: a line's end closes a matter where a reader sees one
# close (a verdict, the next matter presented), and an entry may be dated without its year.
UNMARKED_BOOK = """Sogneraadsmøde i Skolen d 8 Januar 1946
Fra Landinspektør Holm er modtaget
Andragende om Udstykning af Ejendommen tilhørende Gdr Peder
Jensen, Nørreby - Anbefaledes
Til Sygeplejeforeningen bevilgedes 40 Kr for 1946
Et Andragende fra Smedemester Ole Berg om Ret til at drive Kiosk
kunde ikke anbefales
Ungdomsforeningen bevilgedes intet Tilskud
Ansøgning om Opsætning af Lygter paa Kirkevej udsattes til næste Møde
Fra Landinspektør Holm var fremsendt Udstykningsandragende for Matr Nr 4 a
Nørreby, hvorfra 3 Parceller udstykkes - Anbefaledes
Til Skolens Bibliotek bevilgedes 25 Kr
Overslaget for Regnskabsaaret 1946/47 blev drøftet


Anders Holm
Peder Jensen
Niels Bruun


Sogneraadsmøde i Skolen d 22/1
Fra Amtet meddeles at Skatten for 1946 er fastsat
Karl Berg ansøgte om Tilladelse til at holde Dans i Salen - Tillades


Anders Holm
Niels Bruun
"""


def test_a_book_without_full_stops_splits_matters_where_a_reader_does():
    from ingest.protocol import documents
    docs = documents(lines_of(UNMARKED_BOOK))
    assert [d.date for d in docs] == ["1946-01-08", "1946-01-22"]  # the year from the book
    first = docs[0].items
    assert [i.title.split()[0] for i in first] == ["Fra", "Til", "Et", "Ungdomsforeningen",
                                                   "Ansøgning", "Fra", "Til", "Overslaget"]
    assert "Gdr Peder Jensen, Nørreby" in first[0].title  # a name runs over the line end
    assert [i.decision.outcome.value for i in first] == [
        "recommended", "approved", "rejected", "rejected", "postponed",
        "recommended",  # 'var fremsendt' presents the matter; its verdict is the next line's
        "approved", "discussed"]  # a matter decided in its one line waits for nothing
    second = docs[1].items
    assert [i.title.split()[0] for i in second] == ["Fra", "Karl"]
    assert second[1].decision.outcome.value == "approved"


@pytest.mark.parametrize("text, outcome", [
    ("Ungdomsforeningen bevilgedes intet Tilskud", "rejected"),  # 'no' grant is none
    ("Godkendt, ingen bemærkninger", "approved"),  # 'no' after a pause is not the verb's
    ("Tillades paa Betingelse af, at Vejen retableres", "approved"),
    ("Skatten for 1945 eftergives", "approved"),
])
def test_old_verdicts_of_grant_and_waiver(text, outcome):
    from ingest.decisions import classify
    assert classify(text).value == outcome


NUMBERED_BOOK = """Aar 1943 Tirsdag d. 9 Marts Kl 19 holdt Sogneraadet Møde i Skolen.

1.
Meddelelse fra Amtet om Valget
og Antallet af Vælgere

Vælgerantallet er
412.
Forbrug af Stemmesedler
1943

2.
Andragende om Tilskud til Juletræet.
Bevilgedes 25 Kr.

3.
Regnskabet for 1942 fremlagdes.
Godkendtes.

Anders Holm
Niels Bruun

Aar 1943 Tirsdag d. 6 April Kl 19 holdt Sogneraadet Møde i Skolen.

4.
Ansøgning om Lys paa Vejen.
Nægtedes.

5.
Skrivelse fra Amtet.
Til Efterretning.
"""


def test_a_number_inside_a_matter_is_no_matter_number():
    from ingest.protocol import documents
    docs = documents(lines_of(NUMBERED_BOOK))
    assert [[i.number for i in d.items] for d in docs] == [["1", "2", "3"], ["4", "5"]]
    assert [i.decision.outcome.value for i in docs[0].items][1:] == ["approved", "approved"]


def test_cues_come_in_the_order_one_matcher_of_every_kind_gives():
    """Single words from a list and the fixed phrases (party names, 'er referent',
    'afbud fra') are found apart from the other cues, then put in the order one spaCy
    Matcher of every kind gives: where two people start at the same word, the first cue
    read decides whose role and party win."""
    from spacy.matcher import Matcher

    from ingest import entities as e

    nlp = e.pipeline()
    one = Matcher(nlp.vocab)
    one.add("CUE", [[{"LOWER": {"IN": list(e.ROLE_CUES)}}],
                    [{"LOWER": {"REGEX": e.ROLE_SUFFIX_PATTERN}}]])
    one.add("TITLE", [[{"LOWER": {"IN": sorted(e.TITLES)}}]])
    one.add("PARTY", [[{"TEXT": "("}, {"TEXT": {"REGEX": e.PARTY.pattern}}, {"TEXT": ")"}]])
    for kind, phrases in (("PARTY_NAME", e._PARTY_NAMES), ("SELF", e._SELF_ROLES),
                          ("ABSENT", e._ABSENT_BEFORE)):
        one.add(kind, [[{"LOWER": w} for w in p.split()] for p in phrases])
    one.add("FIRST", [[{"LOWER": {"IN": sorted(e._FIRST)}, "IS_TITLE": True}]])
    one.add("VERB", [[{"LOWER": {"IN": sorted(e._VERBS)}}]])
    one.add("INITIAL", [[{"TEXT": {"REGEX": r"^[A-ZÆØÅ][a-zæøå]{0,4}\.$"}},
                         {"TEXT": {"REGEX": e._NAME_RE.pattern}}]])
    texts = [path.read_text(encoding="utf-8", errors="replace")
             for path in sorted(SAMPLES.glob("*.txt"))] + [
        "Mødet deltog: Jens Holm, Venstre, formand\nAfbud fra Karen Holm og Peter Skov (A)\n"
        "Mads Berg er referent. Socialdemokratiet (A) ved Anne Marie Holm, Venstre\n"
        "Gdr. Hansen og O. Andersen deltog ikke. Udvalgsformand Lise Berg, borgmester "
        "Jens Jensen (V) tog forbehold. ANNE Holm, anne holm, Sagsbehandler: Ib Lund"]
    for text in texts:
        doc = nlp.make_doc(e._prepare(text))
        assert e._matches(doc) == one(doc)
