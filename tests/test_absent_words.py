"""A compound the archive never writes is looked for by its parts alone (issue 11,
failure 7): 'hackerangreb' finds the items on cyberangreb, 'pizzaæsker' those on
pizzabakker, on a real archive large enough that the parts are rare in it."""
from __future__ import annotations

import pytest

from search.query import ABSENT_PART_SHARE
from search.searcher import close_all, search
from tests.conftest import one_meeting_archive

# (title, text): the administration's words for the things asked about.
TOPICS = [
    ("Beredskab mod cyberangreb", "Kommunens plan for informationssikkerhed ved cyberangreb."),
    ("Pizzabakker i papirindsamlingen", "Forslag om at pizzabakker må komme i papiraffaldet."),
    ("Angreb på hjemmeplejens personale", "Vold mod medarbejdere i hjemmeplejen."),
]
# Enough other items that a part in one or two of them is rare (ABSENT_PART_SHARE), and a
# common word ('net') that is not: in more of them than that share.
OTHERS = 150
COMMON_EVERY = 20  # every 20th item writes 'net': 5 % of the units


def _others():
    for n in range(OTHERS):
        net = " Borgerne kan følge sagen på nettet." if n % COMMON_EVERY == 0 else ""
        yield (f"Orientering nr. {n}", f"Administrationen orienterer om sag nummer {n}.{net}")


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    yield one_meeting_archive(tmp_path_factory.mktemp("absent") / "index",
                              [*TOPICS, *_others()], "Teknik- og Miljøudvalget",
                              "2024-04-10", "a" * 64)
    close_all()


def test_the_archive_is_large_enough_for_the_parts_to_be_rare():
    assert 1 / (len(TOPICS) + OTHERS) <= ABSENT_PART_SHARE < 1 / COMMON_EVERY


@pytest.mark.parametrize("query, title", [
    ("hackerangreb", "Beredskab mod cyberangreb"),  # the head part: an angreb
    ("pizzaæsker", "Pizzabakker i papirindsamlingen"),  # 'æsker' is nowhere; 'pizza' is
    ("hackerangreb mod computerne", "Beredskab mod cyberangreb"),
])
def test_a_word_the_archive_never_writes_finds_items_by_its_parts(ix, query, title):
    hits = search(ix, query, limit=3).hits
    assert hits and hits[0].item_title == title


def test_a_word_the_archive_writes_is_not_widened_to_its_parts(ix):
    """'cyberangreb' is in the archive: items that only share its part 'angreb' stay out."""
    assert [h.item_title for h in search(ix, "cyberangreb", limit=5).hits] == [
        "Beredskab mod cyberangreb"]


def test_a_part_common_in_the_archive_does_not_stand_for_the_word(ix):
    """'mobilnettet': 'mobil' is nowhere and 'net' in one unit of twenty, too general to
    stand for the word; nothing is found rather than every item that mentions the net."""
    assert search(ix, "mobilnettet", limit=5).total == 0
