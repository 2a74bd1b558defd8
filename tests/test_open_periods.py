"""A period said by its ends is a time range, not words (issue 11, time said in words):
'hvad er besluttet om efterværn siden 2023?' asks for 2023 onwards, not for 2023 alone
and not for the word 'siden'; on a real tiny index of one matter over four years."""
from __future__ import annotations

from datetime import date

import pytest

from search.searcher import close_all, search
from search.understand import understand

TODAY = date(2026, 11, 29)


@pytest.mark.parametrize("query, words, span", [
    ("efterværn siden 2023", ["efterværn"], ("2023-01-01", "")),
    ("efterværn efter 2020", ["efterværn"], ("2021-01-01", "")),
    ("skolebus før marts 2010", ["skolebus"], ("", "2010-02-28")),
    ("skolebus til og med 2015", ["skolebus"], ("", "2015-12-31")),
    ("svømmehal mellem 2019 og 2021", ["svømmehal"], ("2019-01-01", "2021-12-31")),
    ("svømmehal fra foråret 2019 til 2021", ["svømmehal"], ("2019-03-01", "2021-12-31")),
    ("svømmehal mellem 2021 og 2019", ["svømmehal"], ("2019-01-01", "2021-12-31")),
    ("swimming pool since 2023", ["swimming", "pool"], ("2023-01-01", "")),
    # an amount is no year: the words stay words, nothing is filtered
    ("tilskud før 1500 kr", ["tilskud", "før", "1500", "kr"], None),
])
def test_a_period_said_by_its_ends_is_a_range(query, words, span):
    found, findings, _ = understand(query, today=TODAY)
    assert found == words
    assert [f.values for f in findings if f.kind == "date"] == ([span] if span else [])


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    from tests.conftest import one_meeting_archive

    folder = tmp_path_factory.mktemp("open_periods") / "index"
    for n, day in enumerate(("2021-03-01", "2022-06-01", "2023-09-04", "2025-02-03")):
        one_meeting_archive(folder, [(f"Efterværn for unge, status {day[:4]}",
                                      "Status på indsatsen for efterværn.")],
                            "Socialudvalget", day, f"{n}e" * 32)
    yield folder
    close_all()


def test_since_a_year_finds_that_year_and_later_only(ix):
    hits = search(ix, "hvad er der besluttet om efterværn siden 2023?", limit=10).hits
    assert sorted(h.date for h in hits) == ["2023-09-04", "2025-02-03"]


def test_before_a_year_finds_the_earlier_ones_only(ix):
    hits = search(ix, "efterværn før 2022", limit=10).hits
    assert [h.date for h in hits] == ["2021-03-01"]


def test_between_two_years_includes_both(ix):
    hits = search(ix, "efterværn mellem 2022 og 2023", limit=10).hits
    assert sorted(h.date for h in hits) == ["2022-06-01", "2023-09-04"]


def test_a_word_the_archive_never_uses_leaves_the_common_words_to_find_units(ix):
    # 'efterværn' is in every unit of this archive (a common word: not counted as a word
    # matched); 'besluttet' in none. The question still finds the matter.
    hits = search(ix, "efterværn besluttet", limit=10).hits
    assert len(hits) == 4
