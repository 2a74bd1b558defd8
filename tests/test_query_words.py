"""How a natural query's words are read (issue 11, round 5: mechanisms): a committee
named inside a compound, on a real tiny index."""
from __future__ import annotations

import pytest

from index.store import Store
from ingest.records import Document, Item, Kind, ParseResult, Source
from search.searcher import close_all, search
from search.understand import understand

FILLER = ("Sagen beskriver baggrunden og den videre proces. Administrationen har vurderet "
          "forholdene og redegør for konsekvenserne for kommunen. ") * 6

# (file, body, date, [(title, text)])
MEETINGS = [
    ("br.pdf", "Byrådet", "2024-05-27", [
        ("Vision for byrådet", "Byrådet drøfter sin vision for valgperioden."),
        ("Livestreaming af byrådsmøder", "Byrådsmøder kan ses på nettet som video."),
    ]),
    ("oeu.pdf", "Økonomiudvalget", "2024-05-20", [
        ("Kodeks for video fra byrådsmøder", "Regler for optagelse af byrådsmøder, der "
         "vises på nettet."),
        ("Budgetopfølgning", "Forbruget holder sig inden for rammen."),
    ]),
    ("kfu.pdf", "Kultur- og Fritidsudvalget", "2023-05-24", [
        ("Ny idrætshal i Karlslunde", "Forslag om en ny idrætshal."),
    ]),
    ("kfu2.pdf", "Kultur- og Fritidsudvalget", "2024-05-29", [
        ("Tag på idrætshallen", "Idrætshallen skal have nyt tag."),
    ]),
    # other matters, so that the words above are not in most units of the archive
    ("tmu.pdf", "Klima-, Teknik- og Miljøudvalget", "2024-05-21", [
        (title, title + ".") for title in ("Vejbelysning", "Affaldsplan", "Cykelstier",
                                            "Spildevandsplan", "Støjhandlingsplan",
                                            "Vintertjeneste", "Klimatilpasning",
                                            "Trafiksikkerhed")
    ]),
]
BODIES = ["Byrådet", "Økonomiudvalget", "Kultur- og Fritidsudvalget"]


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    folder = tmp_path_factory.mktemp("words") / "index"
    store = Store(folder)
    for n, (name, body, day, items) in enumerate(MEETINGS):
        sha = f"{n:x}" * 64
        doc = Document(kind=Kind.REFERAT, title=f"Referat {body}", body=body, date=day,
                       items=tuple(Item(number=str(i), title=t, text=x + " " + FILLER)
                                   for i, (t, x) in enumerate(items, 1)))
        store.replace_file(sha, ParseResult(Source(f"archive/{name}", sha, "pdf", 2), (doc,)))
    store.commit()
    yield folder
    close_all()


@pytest.mark.parametrize("text, words, strict", [
    ("byrådet budget", ["budget"], True),  # the council named: a filter
    ("økonomiudvalgets budget", ["budget"], True),
    # the council's meetings are the subject: a word, the council a preference
    ("byrådsmøderne nettet", ["byrådsmøderne", "nettet"], False),
    ("udvalgsformanden økonomiudvalget", ["udvalgsformanden"], True),
    # a meeting with a time said is that committee's meeting
    ("kulturudvalgsmødet maj 2023 idrætshal", ["idrætshal"], True),
])
def test_a_committee_is_named_by_its_noun_not_by_a_compound_on_it(text, words, strict):
    found_words, found, _ = understand(text, BODIES)
    committees = [f for f in found if f.kind == "committee"]
    assert found_words == words
    assert len(committees) == 1 and committees[0].strict is strict


def test_a_compound_on_a_committee_finds_the_subject_in_every_committee(ix):
    """'byrådsmøderne' was a filter on the council: the committee's own item on the
    council's meetings was dropped."""
    titles = [h.item_title for h in search(ix, "kan man se byrådsmøderne på nettet").hits]
    assert set(titles[:2]) == {"Livestreaming af byrådsmøder",
                               "Kodeks for video fra byrådsmøder"}
    assert "Budgetopfølgning" not in titles


def test_a_meeting_with_a_time_is_still_a_filter(ix):
    hits = search(ix, "kulturudvalgsmødet maj 2023 idrætshal").hits
    assert [h.item_title for h in hits] == ["Ny idrætshal i Karlslunde"]
