"""Units whose matched words meet in one passage rank above units that hold the same
words scattered over a long text (issue 11: ranking among units that match every word),
on a real tiny index; positions are read from the index."""
from __future__ import annotations

import numpy as np
import pytest

from search.vectors import NEAR_WINDOW, near_counts, windows
from search.query import Filters, plan
from search.searcher import archive, close_all, search
from tests.conftest import one_meeting_archive

# Text between two words, longer than a passage (words that are not stop words).
FAR = " ".join(f"afsnit{n} beskriver forholdene" for n in range(NEAR_WINDOW)) + ". "
FILLER = " ".join(f"emne{n}" for n in range(2 * NEAR_WINDOW))

ITEMS = [
    # Both words twice, far apart: the better bag of words, about neither together.
    ("Trafikplan for bymidten", f"Cykelparkering nævnes. {FAR} "
     "Stationen, stationen og stationen nævnes til sidst."),
    # Both words once, in one sentence: what the question is about.
    ("Udvikling af området", "Der etableres ny cykelparkering ved stationen."),
    # One word in the title, the other far down the text: the title says what the whole
    # unit is about, so its word is near every passage.
    ("Cykelparkering i kommunen", f"{FAR} Et forslag for stationen."),
]
# Other matters, so that the question's words are rare in the archive, as in a real one.
OTHERS = [(f"Budgetopfølgning for {area}", "Forbruget holder sig inden for rammen.")
          for area in ("skoler", "veje", "ældrepleje", "kultur", "idræt", "miljø", "børn",
                       "beredskab", "administration", "sundhed", "bibliotek", "havne")]


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    yield one_meeting_archive(tmp_path_factory.mktemp("near") / "index", ITEMS + OTHERS,
                              "Teknik- og Miljøudvalget", "2024-04-10", "e" * 64, FILLER)
    close_all()


def test_words_in_one_passage_rank_above_the_same_words_scattered(ix):
    order = [h.item_title for h in search(ix, "cykelparkering ved stationen", limit=3).hits]
    assert order.index("Udvikling af området") < order.index("Trafikplan for bymidten")


def test_a_word_in_the_title_is_near_the_text(ix):
    """Read from the index's positions: the scattered item's words meet one at a time,
    the other two items' both (the title's word counts as near the text's)."""
    a = archive(ix)
    p = plan("cykelparkering ved stationen", Filters(), a.searcher.schema, share=a.share)
    docs = {a.searcher.stored_fields(d)["item_title"]: d for d in range(3)}
    near = near_counts(a.vectors, p.groups, np.array(sorted(docs.values())))
    assert dict(zip(sorted(docs, key=docs.get), near.tolist())) == {
        "Trafikplan for bymidten": 1, "Udvikling af området": 2,
        "Cykelparkering i kommunen": 2}


def test_one_word_queries_keep_their_order(ix):
    """A single word has nothing to meet: the bag of words decides."""
    hits = search(ix, "cykelparkering", limit=3).hits
    assert hits[0].item_title in ("Cykelparkering i kommunen", "Trafikplan for bymidten")


@pytest.mark.parametrize("hits, window, most", [
    ([(0, 0), (5, 1), (100, 2)], 30, 2),
    ([(0, 0), (40, 1), (80, 2)], 30, 1),
    ([(0, 0), (10, 0), (20, 0)], 30, 1),  # one word often is one word
    ([(50, 1), (0, 0), (60, 2), (79, 0)], 30, 3),  # any order in; a window of three
])
def test_windows_count_distinct_words_within_reach(hits, window, most):
    assert windows(list(hits), window) == most
