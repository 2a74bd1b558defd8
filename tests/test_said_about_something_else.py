"""Times and outcomes said about something other than the meetings' own (issue 11).

- 'sidste år' after a genitive or a possessive is that thing's span, not the year before
  this one: 'lager af levende lys hvis strømmen gik i krigens sidste år' asks about the
  war's last year (heldout12 ea04), and read as last year it left out every unit but
  those of the year before today, the 1945 minutes about candles included.
- An outcome said in a clause of time or condition tells no outcome asked about:
  'hvornår skal naboerne høres før kommunen giver lov til at bygge' asks about a rule
  (heldout12 ea07); read as 'what was approved', the item on hearing neighbours, which was
  only noted, fell behind every approved building matter.
"""
from __future__ import annotations

from datetime import date

import pytest

from index.store import Store
from ingest.records import Decision, Document, Item, Kind, Outcome, ParseResult, Source
from search.searcher import close_all, search
from search.understand import understand

TODAY = date(2026, 1, 1)


@pytest.mark.parametrize("query", [
    "lager af levende lys hvis strømmen gik i krigens sidste år",
    "valgperiodens sidste år budget",
    "hendes sidste år som borgmester",
])
def test_a_span_owned_by_the_word_before_is_no_date(query):
    words, findings, _ = understand(query, today=TODAY)
    assert not [f for f in findings if f.kind == "date"]
    assert "sidste" not in words  # nor a subject of the question


@pytest.mark.parametrize("query, lo", [
    ("budget for sidste år", "2025-01-01"),
    ("kommunens regnskab sidste år", "2025-01-01"),
    ("skolens økonomi sidste måned", "2025-12-01"),
])
def test_last_year_said_by_the_user_is_still_a_date(query, lo):
    _, findings, _ = understand(query, today=TODAY)
    assert [f.values[0] for f in findings if f.kind == "date"] == [lo]


@pytest.mark.corpus  # the dev corpus's minutes, in the shared archive
def test_the_wars_last_year_finds_the_1945_minutes(archive):
    """The real archive: the Beder-Malling minutes of 1945 on a stock of candles for
    emergency lighting (Stearinlys til Nødbelysning, Beredskabslager af Stearinlys)."""
    hits = search(archive, "lager af levende lys hvis strømmen gik i krigens sidste år",
                  limit=10).hits
    candles = [h for h in hits if "Stearinlys" in (h.item_title or "")]
    assert candles and all(h.date.startswith("1945") for h in candles)


@pytest.mark.parametrize("query, outcome", [
    ("hvornår skal naboerne høres før kommunen giver lov til at bygge", None),
    ("hvad sker der hvis forslaget bliver vedtaget", None),
    ("hvem fik lov til at bygge carport", "fik lov"),
    ("hvilke forslag blev vedtaget da byrådet mødtes", "vedtaget"),
])
def test_an_outcome_in_a_clause_of_time_or_condition_is_not_asked(query, outcome):
    _, findings, _ = understand(query)
    assert [f.said for f in findings if f.kind == "outcome"] == ([outcome] if outcome else [])


FILLER = "Sagen beskriver baggrunden og den videre proces for ejerne og administrationen. " * 3
NEIGHBOURS = "Naboorientering: hvornår naboerne høres"
ITEMS = [
    # Approved building matters that also say the question's words: an outcome filter
    # for 'giver lov' puts these first.
    ("Dispensation til carport på Skovvej", "Ansøgning om at bygge en carport nær skel. "
     "Naboerne høres, før sagen afgøres.", "Godkendt.", Outcome.APPROVED),
    ("Tilbygning til enfamiliehus", "Ejeren søger om at bygge en tilbygning mod haven. "
     "Naboerne høres, før sagen afgøres.", "Godkendt.", Outcome.APPROVED),
    # The answer: when neighbours are heard, noted only.
    (NEIGHBOURS, "Eksempler på hvornår naboerne høres, før der gives dispensation til at "
     "bygge tæt på skel.", "Taget til efterretning.", Outcome.NOTED),
] + [(f"Budgetopfølgning for {area}", "Opfølgning på årets forbrug.",
      "Taget til efterretning.", Outcome.NOTED)
     for area in ("skoler", "veje", "ældrepleje", "kultur", "idræt", "miljø", "børn",
                  "beredskab", "administration", "sundhed", "bibliotek", "havne")]


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    folder = tmp_path_factory.mktemp("condition") / "index"
    items = tuple(Item(number=str(n), title=title, text=f"{title}. {text} {FILLER}",
                       decision=Decision(said, outcome))
                  for n, (title, text, said, outcome) in enumerate(ITEMS, 1))
    doc = Document(kind=Kind.REFERAT, title="Referat Teknik- og Miljøudvalget",
                   body="Teknik- og Miljøudvalget", date="2023-05-25", items=items)
    store = Store(folder)
    store.replace_file("c" * 64, ParseResult(Source("archive/ccc.pdf", "c" * 64, "pdf", 4),
                                             (doc,)))
    store.commit()
    yield folder
    close_all()


def test_the_rule_asked_about_comes_before_the_approved_matters(ix):
    hits = search(ix, "hvornår skal naboerne høres før kommunen giver lov til at bygge",
                  limit=3).hits
    assert hits[0].item_title == NEIGHBOURS


# 'nej tak' is a person's answer ('kan forældre sige nej tak til maden'), not a refusal
# by the council (heldout10 ca05: refused matters were put before the guidelines asked for).
LUNCH = "Retningslinjer for fravalg af frokostordning i vuggestuen"
LUNCH_ITEMS = [
    ("Forslag om madpakker i alle daginstitutioner", "Forældre ønsker at sende madpakke "
     "med til børnene i vuggestuen i stedet for maden fra køkkenet.", "Afvist.",
     Outcome.REJECTED),
    (LUNCH, "Forældre kan sige nej tak til maden i vuggestuen og selv give madpakke med.",
     "Godkendt.", Outcome.APPROVED),
] + [(f"Budgetopfølgning for {area}", "Opfølgning på årets forbrug.",
      "Taget til efterretning.", Outcome.NOTED)
     for area in ("skoler", "veje", "ældrepleje", "kultur", "idræt", "miljø", "børn",
                  "beredskab", "administration", "sundhed", "bibliotek", "havne")]


def test_no_thanks_is_no_refusal(tmp_path):
    words, findings, _ = understand("kan forældre sige nej tak til maden i vuggestuen")
    assert not [f for f in findings if f.kind == "outcome"]
    assert not {"nej", "tak"} & set(words)
    folder = tmp_path / "index"
    items = tuple(Item(number=str(n), title=title, text=f"{title}. {text} {FILLER}",
                       decision=Decision(said, outcome))
                  for n, (title, text, said, outcome) in enumerate(LUNCH_ITEMS, 1))
    doc = Document(kind=Kind.REFERAT, title="Referat Skole-, Børne- og Ungeudvalget",
                   body="Skole-, Børne- og Ungeudvalget", date="2023-10-10", items=items)
    store = Store(folder)
    store.replace_file("b" * 64, ParseResult(Source("archive/bbb.pdf", "b" * 64, "pdf", 4),
                                             (doc,)))
    store.commit()
    try:
        hits = search(folder, "kan forældre sige nej tak til maden i vuggestuen og selv give "
                      "madpakke med", limit=2).hits
        assert hits[0].item_title == LUNCH
    finally:
        close_all()
