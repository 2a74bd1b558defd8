"""A particle verb said the Danish way, the particle after the verb and its object ('rive
et gammelt hus ned'), finds the noun the administration writes with the particle first
(nedrivning): issue 11, round 8, on a real tiny index."""
from __future__ import annotations

import pytest

from search.query import particle_forms, particle_verbs
from search.searcher import close_all, search
from tests.conftest import one_meeting_archive

# (title, text): the answers write the compound; the decoys share the question's other
# words, more often and in shorter texts.
TOPICS = [
    ("Ansøgning om nedrivning", "Ejeren søger om nedrivning af et gammelt hus i landsbyen."),
    ("Gammelt hus i landsbyen", "Et gammelt hus i landsbyen skal males. Huset er gammelt."),
    ("Nedsættelse af ejendomsskat", "Ejeren beder om nedsættelse af skatten for året."),
    ("Skatten for året", "Skatten for året er opkrævet. Skatten betales i rater."),
    ("Ophold på plejecenter", "Borgerens ophold på plejecentret forlænges."),
    ("Rygestop for borgere", "Tilbud til borgere om rygestop og hjælp til at stoppe."),
]


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    yield one_meeting_archive(tmp_path_factory.mktemp("particles") / "index", TOPICS,
                              "Teknik- og Miljøudvalget", "2024-04-10", "b" * 64)
    close_all()


@pytest.mark.parametrize("query, title", [
    ("må man rive et gammelt hus ned", "Ansøgning om nedrivning"),
    ("få skatten sat ned", "Nedsættelse af ejendomsskat"),  # an irregular past: sætte
])
def test_a_particle_verb_finds_the_compound_the_archive_writes(ix, query, title):
    hits = search(ix, query, limit=3).hits
    assert hits and hits[0].item_title == title


def test_explain_says_how_the_particle_verb_was_read(ix):
    lines = search(ix, "må man rive et gammelt hus ned", limit=1, explain=True).explain
    assert any("rive ... ned" in line and "nedrivning" in line for line in lines)


def test_a_particle_before_the_verb_is_no_particle_verb(ix):
    """'ned' belongs to the verb after it only in Danish word order: verb, then particle."""
    lines = search(ix, "ned at rive et gammelt hus", limit=1, explain=True).explain
    assert not any("particle verb" in line for line in lines)


def test_holde_op_is_not_read_as_an_ophold(ix):
    """'holde op' (to stop) is not 'opholde' (to stay): the bare prefixed verb is no
    reading of a particle verb, and its -else noun only where the word list knows it."""
    hits = search(ix, "vil holde op med at ryge", limit=5).hits
    assert "Ophold på plejecenter" not in [h.item_title for h in hits]


SHARES = {"nedrivning": 0.01, "nedsæt": 0.01, "nedsat": 0.02, "ophold": 0.05}


@pytest.mark.parametrize("words, expected", [
    (["rive", "et", "gammelt", "hus", "ned"], {"rive": (("ned", "nedrivning"),)}),
    (["skatten", "sat", "ned"], {"sat": (("ned", "nedsat"), ("ned", "nedsættelse"))}),
    (["holde", "op", "med", "at", "ryge"], {}),
    (["rive", "et", "meget", "gammelt", "stort", "hus", "ned"], {}),  # beyond the reach
    (["nedrivning", "af", "huse"], {}),
])
def test_which_pairs_are_read_as_particle_verbs(words, expected):
    assert particle_verbs(words, lambda term: SHARES.get(term, 0.0)) == expected


def test_a_verb_ending_in_a_double_consonant_loses_one_before_the_noun():
    assert "nedlukning" in particle_forms("lukke", "ned")
    assert "opsætning" in particle_forms("sætte", "op")
