"""A verb whose root ends in a doubled consonant is not another word's stem.

Snowball drops one of a doubled final consonant, so 'sidder' -> sid, the stem of 'side'
and 'siden' (since); 'ligger' -> lig, the stem of 'lige'; 'lægges' -> læg, the stem of
'læge' (a doctor). A question about who sits on a council then met every unit that says
'siden', and one about doctors every unit where something 'lægges'. Analyzer version 4
keeps the verb's doubled consonant where the lexicon holds both infinitives and the
doubled one has a verb's own forms; a noun whose plural doubles its consonant (hal,
hallerne; skat, skatterne) keeps meeting its singular. Real index, real queries.
"""
from __future__ import annotations

import pytest

from index.analysis import ANALYZER_VERSION, stem
from search.searcher import close_all, search
from tests.conftest import one_meeting_archive


@pytest.mark.parametrize("verb, other", [
    ("sidder", "siden"), ("sidde", "side"), ("ligger", "lige"), ("lægges", "læge"),
    ("hedder", "hede"),
])
def test_a_verb_keeps_its_doubled_consonant_apart_from_another_word(verb, other):
    assert stem(verb) != stem(other)


@pytest.mark.parametrize("forms", [
    ("sidde", "sidder", "siddende", "siddet"), ("ligge", "ligger", "liggende", "ligget"),
    ("lægge", "lægger", "lægges"),
    # nouns whose plural doubles the consonant still meet their singular
    ("hal", "hallen", "haller", "hallerne"), ("skat", "skatten", "skatter"),
    ("dam", "dammen"), ("læge", "lægen", "læger", "lægerne"), ("side", "siden", "sider"),
])
def test_the_forms_of_one_word_still_meet(forms):
    assert len({stem(f) for f in forms}) == 1, {f: stem(f) for f in forms}


def test_the_analyzer_version_says_existing_archives_must_be_reindexed():
    assert ANALYZER_VERSION >= 4


DOCTORS = "Lægevagten i weekenden"
PUT = "Referater og bilag på hjemmesiden"
SEATS = "Medlemmer til ældrerådet"
OTHERS = [(f"Budgetopfølgning for {area}", f"Forbruget på {area} holder sig inden for "
           "rammen, og udvalget tager orienteringen til efterretning.")
          for area in ("skoler", "veje", "kultur", "idræt", "miljø", "havne")]
ITEMS = [
    (DOCTORS, "Praktiserende læger i kommunen dækker lægevagten, og en læge er på vagt "
              "hver weekend."),
    (PUT, "Referaterne lægges på hjemmesiden, og bilagene ligger på siden for hvert møde "
          "siden januar."),
    (SEATS, "To borgere skal sidde i rådet; de siddende medlemmer genopstiller."),
]


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    yield one_meeting_archive(tmp_path_factory.mktemp("doubled") / "index", ITEMS + OTHERS,
                              "Ældrerådet", "2025-03-10", "d" * 64)
    close_all()


def test_a_question_about_doctors_does_not_find_what_is_put_on_the_website(ix):
    titles = [h.item_title for h in search(ix, "læger", limit=10).hits]
    assert titles == [DOCTORS]


def test_a_question_about_sitting_on_a_council_does_not_find_pages(ix):
    titles = [h.item_title for h in search(ix, "sidde", limit=10).hits]
    assert titles == [SEATS]
