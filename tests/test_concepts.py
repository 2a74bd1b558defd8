"""Everyday words find the administration's items (issue 11, failure 7): the concept
table of ingest/vocab.py read through search/understand.py, on a real tiny index."""
from __future__ import annotations

import pytest

from ingest.vocab import CONCEPTS, QUESTION_WORDS
from search.searcher import close_all, search
from search.understand import MIN_KEY_STEM, related
from tests.conftest import one_meeting_archive

FILLER = ("Sagen beskriver baggrunden og den videre proces. Administrationen har vurderet "
          "forholdene og redegør for konsekvenserne for kommunen. ") * 6

# (title, text): each item says its task in the administration's words only.
ITEMS = [
    ("Rottehandlingsplan 2024-2026", "Planen for rottebekæmpelse og rottespærrer."),
    ("Ny affaldsordning for husholdninger", "Indsamling af husholdningsaffald og "
     "renovation fra 2025."),
    ("Hundeskov i Byparken", "Et indhegnet areal til hundeluftning."),
    ("Ladeinfrastruktur på kommunale arealer", "Opstilling af ladestandere."),
    ("Kompetencedækning i folkeskolen", "Andelen af undervisning ved personale med "
     "linjefag."),
    ("Serveringstilladelser på Torvet", "Retningslinjer for udeservering."),
    ("Letbane og ny station i bymidten", "Stationsområdet omdannes."),
    ("Budgetopfølgning pr. 31. marts", "Forbruget på driften holder sig inden for "
     "rammen."),
]


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    yield one_meeting_archive(tmp_path_factory.mktemp("concepts") / "index", ITEMS,
                              "Teknik- og Miljøudvalget", "2024-04-10", "c" * 64, FILLER)
    close_all()


@pytest.mark.parametrize("query, title", [
    ("rotterne i haven", "Rottehandlingsplan 2024-2026"),
    # inflections the table does not list are keys too
    ("skraldespandene bliver ikke tømt", "Ny affaldsordning for husholdninger"),
    ("hvor må hundene løbe frit", "Hundeskov i Byparken"),
    ("opladning af elbilerne", "Ladeinfrastruktur på kommunale arealer"),
    ("har lærerne de rigtige fag", "Kompetencedækning i folkeskolen"),
    ("restauranterne vil have borde ude", "Serveringstilladelser på Torvet"),
])
def test_everyday_words_find_the_item_in_the_administrations_words(ix, query, title):
    hits = search(ix, query, limit=3).hits
    assert hits and hits[0].item_title == title


def test_a_short_stem_is_a_key_only_in_the_forms_listed(ix):
    """'tog' is also the past of 'tage': it must not bring the railway item."""
    assert [h.item_title for h in search(ix, "toget", limit=3).hits] == [
        "Letbane og ny station i bymidten"]
    assert search(ix, "tog", limit=3).total == 0


def test_the_table_is_broad_and_no_key_is_a_question_word():
    """Every task area has its lines; a question's frame ('går', 'få') is never a key,
    so it is never widened into a subject."""
    assert len(CONCEPTS) >= 150
    keys = {k for line_keys, _ in CONCEPTS for k in line_keys}
    assert not keys & set(QUESTION_WORDS)
    assert all(terms for _, terms in CONCEPTS)


def test_related_reads_any_inflection_of_a_long_key():
    assert related("skraldespandene") == related("skraldespand") != ()
    assert related("budgetopfølgningen") == ()  # not a key in any form
    assert MIN_KEY_STEM >= 4 and related("lag") == ()


# --- second pass over the table: self-service topics, case titles, everyday speech ------

# (title, text) in the administration's words (or, for the last, in everyday words);
# none holds the word the query below it uses.
SECOND_PASS = [
    ("Restanceopgørelse pr. 31. december", "Status på inddrivelse og opkrævning af "
     "borgernes restancer."),
    ("Trafikafvikling på Centervej", "Fremkommeligheden for busser og biler i "
     "spidsbelastningen."),
    ("Åbningstider på genbrugsstationerne", "Affaldsordningen udvides med søndagsåbent."),
    ("Lægedækning og ny kommunal lægeklinik", "Praksisplanen for almen praksis i kommunen."),
    ("Vielser i byrådssalen", "Borgerlige vielser flyttes til et nyt vielseslokale."),
    ("Ny antennemast ved idrætsanlægget", "Teleselskabet søger om opstilling af en mast "
     "på 36 meter."),
    ("Retningslinjer om tavshedspligt", "Fortrolighed om sager, der behandles som lukket "
     "punkt."),
    ("Frafald på ungdomsuddannelserne", "Indsatsen for uddannelsesparathed og FGU."),
    ("Kapitalforvaltning, status", "Afkast af kommunens værdipapirer i 3. kvartal."),
    ("Ventilation og indeklima på Strandskolen", "Undersøgelse af CO2-niveauet i "
     "klasselokalerne."),
    ("Uddeling af Rationeringskort", "Sogneraadet vedtog at lade Brændselsudvalget "
     "forestaa Uddelingen."),
    ("Tilskud til pasning af egne børn", "Ordningen gælder fra barnet er 24 uger."),
    ("Boligprogram 2025", "Udbygningen med almene boliger frem mod 2035."),
    ("Bevaringsværdige træer i Byparken", "Genplantning efter stormen."),
    ("Gadelys i villakvartererne", "Lygtepælene udskiftes til nye armaturer."),
    ("Årsberetning for whistleblowerordningen", "Antallet af indberetninger til ordningen "
     "i 2024."),
    ("Magtanvendelser på botilbuddene", "Registrerede indgreb i selvbestemmelsesretten "
     "i 2023."),
    ("Hjemløsetælling 2024", "Opgørelse af borgere i hjemløshed i uge 6."),
    ("Ventelister til plejeboliger", "Antal visiterede borgere pr. 1. juli."),
]


@pytest.fixture(scope="module")
def ix2(tmp_path_factory):
    yield one_meeting_archive(tmp_path_factory.mktemp("concepts2") / "index", SECOND_PASS,
                              "Økonomiudvalget", "2024-05-13", "d" * 64, FILLER)
    close_all()


@pytest.mark.parametrize("query, title", [
    ("rykkere og inkasso", "Restanceopgørelse pr. 31. december"),
    ("bilkøerne i myldretiden", "Trafikafvikling på Centervej"),
    ("tippen", "Åbningstider på genbrugsstationerne"),  # slang, a short key as listed
    ("lossepladsen", "Åbningstider på genbrugsstationerne"),
    ("lægemangel", "Lægedækning og ny kommunal lægeklinik"),
    ("bryllupper", "Vielser i byrådssalen"),
    ("dårlig dækning", "Ny antennemast ved idrætsanlægget"),
    ("bag lukkede døre", "Retningslinjer om tavshedspligt"),
    ("dropper ud", "Frafald på ungdomsuddannelserne"),
    ("aktierne", "Kapitalforvaltning, status"),
    ("dårlig luft", "Ventilation og indeklima på Strandskolen"),
    # a minute book of the 1940s, asked about in today's words
    ("under besættelsen", "Uddeling af Rationeringskort"),
    ("hjemmepasning", "Tilskud til pasning af egne børn"),
    ("boligmanglen", "Boligprogram 2025"),
    ("må træerne fældes", "Bevaringsværdige træer i Byparken"),
    ("kan ansatte slå alarm om ulovligheder", "Årsberetning for whistleblowerordningen"),
    ("bruger personalet tvang", "Magtanvendelser på botilbuddene"),
    ("hvor mange har ikke noget sted at bo", "Hjemløsetælling 2024"),
    ("hvor længe", "Ventelister til plejeboliger"),  # how long one waits: a waiting list
    # the other direction: the administration's word finds an item in everyday words
    ("vejbelysningen", "Gadelys i villakvartererne"),
])
def test_second_pass_words_find_the_item_said_otherwise(ix2, query, title):
    text = " ".join(t for pair in SECOND_PASS if pair[0] == title for t in pair).lower()
    assert not any(w in text for w in query.lower().split() if len(w) > 3)
    hits = search(ix2, query, limit=3).hits
    assert hits and hits[0].item_title == title


@pytest.mark.parametrize("word", ["køer", "rabat", "kassen", "udskrives", "container"])
def test_a_word_with_another_everyday_sense_is_no_key(word):
    """'køer' are cows as well as queues, 'rabat' a discount as well as a verge, 'kassen'
    any box, 'udskrives' also taxes and elections, 'container' a skip as well as a bin."""
    assert related(word) == ()
