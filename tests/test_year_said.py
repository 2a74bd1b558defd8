"""A year or a decade said in a question (issue 11, time said in words): 'dyrere buskort
i 2013' asks about the fares of 2013, which a board decided in 2012; 'alderdomshjemmet
i 1940'erne' asks about ten years, not about 1940. On a real tiny index of meetings
from several years."""
from __future__ import annotations

import pytest

from search.searcher import close_all, search
from search.understand import understand
from tests.conftest import one_meeting_archive


@pytest.mark.parametrize("query, words, strict, preferred", [
    ("dyrere buskort i 2013", ["dyrere", "buskort"], ("2012-01-01", "2014-12-31"),
     ("2013-01-01", "2013-12-31")),
    ("tilskud fra 1943", ["tilskud"], ("1942-01-01", "1944-12-31"),
     ("1943-01-01", "1943-12-31")),
    ("alderdomshjemmet i 1940'erne", ["alderdomshjemmet"], ("1940-01-01", "1949-12-31"), None),
    ("1960ernes boliger", ["boliger"], ("1960-01-01", "1969-12-31"), None),
    ("boliger i 1960’erne", ["boliger"], ("1960-01-01", "1969-12-31"), None),
])
def test_a_year_after_a_preposition_is_a_span_around_it_and_a_decade_its_ten_years(
        query, words, strict, preferred):
    found, findings, _ = understand(query)
    assert found == words
    assert [f.values for f in findings if f.kind == "date" and f.strict] == [strict]
    assert [f.values for f in findings if f.kind == "date" and not f.strict] == \
        ([preferred] if preferred else [])


def test_a_month_with_its_year_stays_that_month():
    _, findings, _ = understand("buskort marts 2013")
    assert [(f.values, f.strict) for f in findings] == [(("2013-03-01", "2013-03-31"), True)]


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    folder = tmp_path_factory.mktemp("years") / "index"
    for title, text, date, sha in [
        ("Takster for buskort", "Bestyrelsen vedtog dyrere buskort fra januar.",
         "2012-09-25", "a1"),
        ("Takster for buskort", "Bestyrelsen vedtog dyrere buskort fra juli.", "2013-05-14",
         "b2"),
        ("Nye takster for buskort", "Bestyrelsen vedtog dyrere buskort.", "2020-09-22", "c3"),
        ("Betaling for ophold paa Alderdomshjemmet", "Betalingen fastsattes til 40 Kr "
         "maanedlig.", "1941-05-14", "d4"),
        ("Alderdomshjemmet, Takst", "Taksten for Ophold paa Alderdomshjemmet forhøjes.",
         "1948-03-02", "e5"),
        ("Alderdomshjemmet ombygges", "Betaling for ombygning af Alderdomshjemmet.",
         "1953-06-01", "f6"),
    ]:
        one_meeting_archive(folder, [(title, text)], "Bestyrelsen", date, sha * 32)
    yield folder
    close_all()


def test_the_fares_of_a_year_decided_the_year_before_are_found(ix):
    hits = search(ix, "dyrere buskort i 2013", limit=10).hits
    dates = [h.date for h in hits]
    assert "2012-09-25" in dates  # decided the year before the year said
    assert dates[0] == "2013-05-14"  # the year said ranks first, the words alike
    assert "2020-09-22" not in dates  # years far from it are left out


def test_a_decade_said_finds_every_year_of_it(ix):
    hits = search(ix, "betaling for alderdomshjemmet i 1940'erne", limit=10).hits
    assert sorted(h.date for h in hits) == ["1941-05-14", "1948-03-02"]
