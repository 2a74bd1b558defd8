"""A word said in passing (one in most of the archive's units, 'nye', 'kommunen') adds to a
unit's score at most what the question's counted words give it: an item where the
common word recurs does not outrank the item about the question's subject (issue 11:
ranking among units that match one or a few words), on a real tiny index."""
from __future__ import annotations

import numpy as np
import pytest

from search.query import Filters, plan
from search.searcher import archive, close_all, search
from search.vectors import in_passing
from tests.conftest import one_meeting_archive

ITEMS = [
    # About cycle paths: the subject said three times, 'nye' not at all.
    ("Trafiksikkerhed langs Skolevej", "Der anlægges cykelsti langs Skolevej. Cykelstien "
     "får belysning, og cykelstien skilles fra kørebanen med en kantsten."),
    # About a new daycare: 'nye' recurs, a cycle path is named once.
    ("Vejadgang til den nye daginstitution", "Den nye daginstitution får nye "
     "parkeringspladser, nye stier og nye legepladser. De nye bygninger tilsluttes "
     "fjernvarme, og en cykelsti føres forbi. Nye træer plantes ved de nye boliger."),
]
# Other matters, a third of which say 'nye' (so it is a common word here, as in an
# archive of minutes: 'not counted in words matched').
OTHERS = [(f"Nye regler for {area}", "De nye regler træder i kraft.") if n % 3 == 0 else
          (f"Budgetopfølgning for {area}", "Forbruget holder sig inden for rammen.")
          for n, area in enumerate(("skoler", "veje", "ældrepleje", "kultur", "idræt", "miljø",
                                    "børn", "beredskab", "administration", "sundhed",
                                    "bibliotek", "havne"))]


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    yield one_meeting_archive(tmp_path_factory.mktemp("passing") / "index", ITEMS + OTHERS,
                              "Teknik- og Miljøudvalget", "2024-04-10", "f" * 64)
    close_all()


def test_the_common_word_is_not_counted(ix):
    a = archive(ix)
    p = plan("nye cykelstier", Filters(), a.searcher.schema, share=a.share)
    assert p.text.optional == 1 and p.words[-1] == "nye"


def test_the_item_about_the_subject_ranks_above_the_common_word_recurring(ix):
    order = [h.item_title for h in search(ix, "nye cykelstier", limit=3).hits]
    assert order[0] == "Trafiksikkerhed langs Skolevej"
    assert "Vejadgang til den nye daginstitution" in order  # still found, lower


@pytest.mark.parametrize("passing, counted, added", [
    # capped where it outweighs the counted words; where it is less, it adds all of it
    ([20.0, 2.0, 0.0], [7.0, 5.0, 3.0], [7.0, 2.0, 0.0]),
    ([0.5], [0.0], [0.0]),  # nothing counted matched: the passing word adds nothing
])
def test_words_in_passing_add_at_most_the_counted_words(passing, counted, added):
    out = in_passing(np.array(passing, dtype=np.float32), np.array(counted, dtype=np.float32))
    assert out.tolist() == added
