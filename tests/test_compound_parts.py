"""A compound the user types and the archive writes only as its parts in other words.

Next to each other (stop words aside: 'rådet for sundhed', 'Natur- og Miljørådet') the
parts say the compound, and count as the word matched. Spread over a passage, each the
part of another word ('Sundheds- og Omsorgsudvalget ... Handicaprådets'), they are a
weaker match than the word: scored lower, and counted as less than a word matched, so a
unit that names the compound is not outranked by one that only holds its parts plus one
other word of the question (issue 11; heldout8 d15 'hvem skal sidde i de nye
sundhedsråd'). The weaker weight is the query's own (class Parts): Whoosh's matcher and
the posting-array evaluator (search/exact.py) both apply it, on a real tiny index.
"""
from __future__ import annotations

import numpy as np
import pytest
from whoosh.query import Or
from whoosh.query.spans import SpanNear2

from search.query import PARTS_BOOST, Filters, Parts, plan
from search.searcher import archive, close_all, search
from tests.conftest import one_meeting_archive

NAMED = "Repræsentant til det nye sundhedsråd"
SPREAD = "Boligfællesskabet ændrer målgruppe"
ADJACENT = "Rådet for sundhed og forebyggelse"
ITEMS = [
    # Names the compound itself; none of the question's other words.
    (NAMED, "Kommunen udpeger en repræsentant til sundhedsrådet. Sundhedsrådet mødes fire "
            "gange om året og rådgiver om det nære sundhedsvæsen."),
    # The parts only inside other words, a few words apart, and the question's other word.
    (SPREAD, "Budgettet under Sundheds- og Omsorgsudvalgets område opskrives. Udvalget tog "
             "Handicaprådets høringssvar til efterretning. Udvalgets medlemmer drøftede "
             "sagen, og medlemmer af bestyrelsen deltog."),
    # The parts next to each other (the compound said as a phrase) and the other word.
    (ADJACENT, "Rådet for sundhed får nye medlemmer fra de lokale foreninger."),
]
OTHERS = [(f"Budgetopfølgning for {area}", f"Forbruget på {area} holder sig inden for "
           "rammen, og udvalget tager orienteringen til efterretning.")
          for area in ("skoler", "veje", "ældrepleje", "kultur", "idræt", "miljø", "børn",
                       "beredskab", "administration", "bibliotek", "havne", "stier")]
QUESTION = "medlemmer af sundhedsrådet"


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    yield one_meeting_archive(tmp_path_factory.mktemp("parts") / "index", ITEMS + OTHERS,
                              "Sundheds- og Omsorgsudvalget", "2025-04-28", "c" * 64)
    close_all()


def _parts(p) -> list[Parts]:
    group = p.groups[-1] if len(p.groups) > 1 else p.groups[0]
    return [q for q in group.subqueries if isinstance(q, Parts)]


def test_parts_spread_over_other_words_rank_below_the_word(ix):
    order = [h.item_title for h in search(ix, QUESTION, limit=5).hits]
    assert order.index(NAMED) < order.index(SPREAD)


def test_parts_next_to_each_other_count_as_the_word(ix):
    order = [h.item_title for h in search(ix, QUESTION, limit=5).hits]
    assert order[0] == ADJACENT  # both words of the question, the compound as a phrase


def test_the_parts_weight_is_applied_by_whoosh_and_by_the_arrays_alike(ix):
    a = archive(ix)
    p = plan("sundhedsråd", Filters(), a.searcher.schema, share=a.share)
    spread = next(q for q in _parts(p) if q.counts < 1)
    assert spread.boost == PARTS_BOOST < 1
    ours, ours_match = a.vectors.matches(spread)
    theirs, theirs_match = a.vectors.whoosh_matches(spread)
    assert (ours_match == theirs_match).all() and ours_match.any()
    assert (ours == theirs).all()
    bare, _ = a.vectors.whoosh_matches(SpanNear2(spread.qs, slop=spread.slop, ordered=False))
    assert np.allclose(ours[ours_match], PARTS_BOOST * bare[ours_match])


def test_words_matched_are_counted_alike_by_whoosh_and_by_the_arrays(ix):
    a = archive(ix)
    p = plan(QUESTION, Filters(), a.searcher.schema, share=a.share)
    assert isinstance(p.groups[-1], Or) and _parts(p)
    ours, ours_match = a.vectors.scores(p.text)
    theirs, theirs_match = a.vectors.whoosh_matches(p.text)
    assert (ours_match == theirs_match).all()
    assert np.allclose(ours, theirs, rtol=1e-5)


def test_the_words_matched_shown_are_the_words_the_ranking_counts(ix):
    """'k of n words' shown with a hit counts as the coordination factor does: the parts
    next to each other are the word, spread over a passage PARTS_MATCH of it (the shown
    count read the parts anywhere in the unit as the word)."""
    from search.query import PARTS_MATCH

    hits = {h.item_title: h for h in search(ix, QUESTION, limit=5).hits}
    assert (hits[ADJACENT].matched, hits[ADJACENT].of) == (2, 2)
    assert hits[NAMED].matched == 1
    assert hits[SPREAD].matched == 1 + PARTS_MATCH
    assert hits[SPREAD].to_dict()["matched"] == f"{1 + PARTS_MATCH:g} of 2"
