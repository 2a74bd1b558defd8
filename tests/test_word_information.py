"""A question's words counted by what they tell, not only by number.

A natural-language query ranks a unit by the share of the question it matches. Counted by
number alone, a unit holding only the question's everyday word ('betaling', said in many
items) ties with one holding only its telling word ('gadebelysning', said in one), and
the everyday word's title match then puts the wrong item first (issue 11; heldout11
'hvem betalte for lys på gaderne i landsbyerne', where minute-book items on payments
filled the top 10). Half the share is now the share of the words' information,
ln(1 + units / units matching the word), so the telling word counts for more. Whoosh's
matcher and the posting arrays (search/vectors.py) count it alike, on a real tiny index.
"""
from __future__ import annotations

import numpy as np
import pytest

from search.query import COORD_INFORMATION, Filters, plan, word_information
from search.searcher import archive, close_all, search
from tests.conftest import one_meeting_archive

LIGHTS = "Andragende fra beboerne på Skovvejen"
PAYMENT = ("Opkrævning af betaling for kloakbidrag og vandafledning hos grundejerne ved "
           "Skovvejen og Bakkevej")
ITEMS = [
    # The question's telling word, once, in the text.
    (LIGHTS, "Beboerne ønsker, at gadebelysningen føres videre ad Skovvejen til skolen. "
             "Sognerådet tager sagen op, når elektricitetsværket har givet tilbud på master "
             "og ledninger."),
    # The question's everyday word, in the title (a long one) and the text: scored above
    # the telling word's single mention, so by number of words alone it ranked first.
    (PAYMENT, "Grundejerne ved Skovvejen opkræves betaling for kloakbidrag efter "
              "vedtægten."),
]
# The everyday word in other items (well under a fifth of the units: it is counted).
PAID = [(f"Regnskab for {what}", f"Betaling for {what} er modtaget og bogført.")
        for what in ("skolemælk", "brændsel", "vejgrus", "snekastning")]
OTHERS = [(f"Andragende om {what}", f"Sognerådet behandlede andragendet om {what} og "
           "vedtog at udsætte sagen til næste møde.")
          for what in ("tilskud til aftenskole", "nedsættelse af skat", "hundeskat",
                       "optagelse af vej", "husnumre", "kirkegårdens hegn", "ungdomsforening",
                       "sygeplejerske", "alderdomshjem", "jordfordeling", "dræning",
                       "sportsplads", "byggetilladelse", "vandværk", "brandsprøjte",
                       "rottebekæmpelse", "mejeri", "skolekørsel", "læsestue", "bibliotek",
                       "fattigvæsen", "lånefond", "arbejdsløshed", "skovrydning", "tørv",
                       "banegård", "posthus", "telefon", "jagtret", "græsning")]
QUESTION = "betaling for gadebelysningen"


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    yield one_meeting_archive(tmp_path_factory.mktemp("info") / "index",
                              ITEMS + PAID + OTHERS, "Sognerådet", "1940-05-14", "e" * 64)
    close_all()


def test_the_telling_word_outranks_the_everyday_word(ix):
    hits = search(ix, QUESTION, limit=5).hits
    order = [h.item_title for h in hits]
    assert order[0] == LIGHTS
    assert order.index(LIGHTS) < order.index(PAYMENT)
    # The count shown is still the words matched: one of two for both.
    shown = {h.item_title: (h.matched, h.of) for h in hits}
    assert shown[LIGHTS] == shown[PAYMENT] == (1, 2)


def test_whoosh_and_the_arrays_weigh_the_words_alike(ix):
    a = archive(ix)
    p = plan(QUESTION, Filters(), a.searcher.schema, share=a.share)
    ours, ours_match = a.vectors.scores(p.text)
    theirs, theirs_match = a.vectors.whoosh_matches(p.text)
    assert (ours_match == theirs_match).all() and ours_match.sum() >= 6
    assert np.allclose(ours, theirs, rtol=1e-5)


def test_a_word_the_archive_never_writes_changes_no_ranking(ix):
    """A word no unit holds carries no information and is not among the words counted,
    so adding it to a question leaves the order as it was."""
    def order(q):
        return [h.item_title for h in search(ix, q, limit=10).hits]

    assert order(QUESTION + " xylofonkoncert") == order(QUESTION)


def test_information_shares_sum_to_one_and_favour_the_rare_word():
    shares = word_information([1, 6, 0], 36)
    assert shares[2] == 0 and abs(sum(shares) - 1) < 1e-9
    assert shares[0] > shares[1] > 0
    assert 0 < COORD_INFORMATION < 1  # half by number: one rare word is not all of it
