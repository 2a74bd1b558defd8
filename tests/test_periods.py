"""A period said in words is a time, not a word to match (issue 11, time said in
words): 'under krigen' is 1939-45 in a Danish archive, unless a place names another
war; on a real tiny index of a wartime parish council and a council of today."""
from __future__ import annotations

import pytest

from search.searcher import close_all, search
from search.understand import understand
from tests.conftest import one_meeting_archive


# The period's whole years pass, its own days preferred (tests/test_period_years.py).
WAR = [("1939-01-01", "1945-12-31"), ("1939-09-01", "1945-05-31")]


@pytest.mark.parametrize("query, words, period", [
    ("arbejdsløse under krigen", ["arbejdsløse"], WAR),
    ("brændsel under  besættelsen", ["brændsel"], WAR),
    ("under besættelsen", ["under", "besættelsen"], None),  # the subject itself
    ("flygtninge under krigen i Ukraine", ["flygtninge", "under", "krigen", "i", "Ukraine"],
     None),
])
def test_a_period_said_in_words_is_understood_as_its_dates(query, words, period):
    found, findings, _ = understand(query)
    assert found == words
    assert [f.values for f in findings if f.kind == "date"] == (period or [])


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    folder = tmp_path_factory.mktemp("periods") / "index"
    one_meeting_archive(folder, [("Understøttelse til arbejdsløse", "Udbetalt i Januar.")],
                        "Sogneraadet", "1941-02-06", "a1" * 32)
    one_meeting_archive(folder, [("Flygtninge fra krigen i Ukraine", "Mange er arbejdsløse "
                                  "efter krigen.")], "Byrådet", "2024-03-04", "b2" * 32)
    yield folder
    close_all()


def test_a_question_about_the_war_finds_the_wartime_minutes(ix):
    hits = search(ix, "arbejdsløse under krigen", limit=3).hits
    assert [h.item_title for h in hits] == ["Understøttelse til arbejdsløse"]


def test_another_war_named_by_its_place_stays_words(ix):
    hits = search(ix, "arbejdsløse under krigen i Ukraine", limit=3).hits
    assert hits[0].item_title == "Flygtninge fra krigen i Ukraine"
