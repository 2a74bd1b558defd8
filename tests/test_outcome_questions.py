"""Questions about what was granted or refused find the decisions that grant or refuse
(issue 11, outcome questions), on a real tiny index: an outcome said as a phrase ('fik
lov til', 'fik nej til'), a recommendation to grant as a yes, and an approved
recommendation to refuse as a refusal."""
from __future__ import annotations

import pytest

from index.store import Store
from ingest.records import Decision, Document, Item, Kind, Outcome, ParseResult, Source
from search.searcher import close_all, search
from search.understand import understand

FILLER = ("Sagen beskriver baggrunden og den videre proces for ansøgeren og foreningen. ") * 4

# (title, proposal, decision text, outcome): each pair holds the same words; only the
# outcome tells the one the question asks for. The one it does not ask for comes first,
# so that a ranking blind to the outcome puts it first.
ITEMS = [
    ("Ansøgning fra Grundejerforeningen om plads i Naturrådet",
     "Centret indstiller, at ansøgningen imødekommes.", "Godkendt.", Outcome.APPROVED),
    ("Ansøgning fra Lystfiskerforeningen om plads i Naturrådet",
     "Centret indstiller, at der meddeles afslag på ansøgningen.", "Godkendt.",
     Outcome.APPROVED),
    ("Købmand Hansen ansøger om Tilladelse til Handel med stærke Drikke", None,
     "Sagen udsættes.", Outcome.POSTPONED),
    ("Købmand Jensen ansøger om Tilladelse til Handel med stærke Drikke", None,
     "Anbefales.", Outcome.RECOMMENDED),
]
# Other matters, so that the question's words are rare in the archive, as in a real one.
OTHERS = [(f"Budgetopfølgning for {area}", None, "Taget til efterretning.", Outcome.NOTED)
          for area in ("skoler", "veje", "ældrepleje", "kultur", "idræt", "miljø", "børn",
                       "beredskab", "administration", "sundhed", "bibliotek", "havne")]


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    folder = tmp_path_factory.mktemp("outcomes") / "index"
    items = tuple(Item(number=str(n), title=title, proposal=proposal,
                       text=f"{title}. {proposal or ''} {FILLER}",
                       decision=Decision(text, outcome, "followed" if proposal else None))
                  for n, (title, proposal, text, outcome) in enumerate(ITEMS + OTHERS, 1))
    doc = Document(kind=Kind.REFERAT, title="Referat Teknik- og Miljøudvalget",
                   body="Teknik- og Miljøudvalget", date="2024-04-10", items=items)
    store = Store(folder)
    store.replace_file("d" * 64, ParseResult(Source("archive/ddd.pdf", "d" * 64, "pdf", 4),
                                             (doc,)))
    store.commit()
    yield folder
    close_all()


@pytest.mark.parametrize("query, said, values", [
    ("hvem fik lov til at sælge spiritus", "fik lov", ("approved", "recommended")),
    ("forening der fik nej til naturrådet", "fik nej", ("rejected",)),
    ("hvad blev der sagt nej til om hegn", "sagt nej", ("rejected",)),
])
def test_an_outcome_said_as_a_phrase_is_understood(query, said, values):
    words, findings, _ = understand(query)
    outcome = [f for f in findings if f.kind == "outcome"]
    assert [(f.said, f.values) for f in outcome] == [(said, values)]
    assert not {"fik", "lov", "sagt", "nej"} & set(words)


def test_an_approved_recommendation_to_refuse_answers_who_was_refused(ix):
    hits = search(ix, "forening der fik nej til at være med i naturrådet", limit=2).hits
    assert hits[0].item_title == "Ansøgning fra Lystfiskerforeningen om plads i Naturrådet"


def test_a_recommendation_to_grant_answers_who_was_allowed(ix):
    hits = search(ix, "hvem fik lov til at sælge spiritus", limit=2).hits
    assert hits[0].item_title.startswith("Købmand Jensen")


def test_an_approved_recommendation_to_grant_is_no_refusal(ix):
    """Only the refusing recommendation ranks as a refusal: the other approval ranks
    after it, with the postponed and recommended items."""
    hits = search(ix, "afslag naturrådet", limit=4).hits
    assert [h.item_title.split()[2] for h in hits[:1]] == ["Lystfiskerforeningen"]


def test_an_outcome_phrase_around_the_committee_it_names(ix):
    """'hvad sagde kultur- og fritidsudvalget nej til': the committee is taken out from
    between the phrase's words; the phrase is still read (it raised KeyError)."""
    words, findings, _ = understand("hvad sagde kultur- og fritidsudvalget nej til om hegn",
                                    bodies=("Kultur- og Fritidsudvalget",))
    assert ("sagde nej", ("rejected",)) in [(f.said, f.values) for f in findings
                                            if f.kind == "outcome"]
    search(ix, "hvad sagde kultur- og fritidsudvalget nej til om hegn")  # answers, no error
