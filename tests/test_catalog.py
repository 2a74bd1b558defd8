"""The catalog as real tables: meetings across files, decisions with their meeting, cases,
people, removal, lossless records, and the upgrade of archives written before the tables."""
from __future__ import annotations

import itertools
import shutil
import sqlite3

import pytest

from index.catalog import LAYOUT_VERSION, Catalog
from index.people import cluster, name_key, variant
from index.rows import DecisionFilter
from ingest.records import (Decision, DecisionPart, Document, FileStatus, FollowUp, Followed,
                            Item, Kind, Outcome, ParseResult, Person, Source, Votes)
from tests.conftest import REPO

V0_ARCHIVE = REPO / "tests" / "data" / "archive-v0"


def result(sha: str, *docs: Document, path: str | None = None) -> ParseResult:
    return ParseResult(Source(path or f"{sha}.pdf", sha.ljust(64, "0"), "pdf", 2), docs)


def referat(body: str | None, date: str | None, *items: Item, start: str | None = None,
            people: tuple[Person, ...] = (), kind: Kind = Kind.REFERAT) -> Document:
    return Document(kind=kind, title="Referat", body=body, date=date, start=start,
                    items=items, people=people, pages=(1, 2))


def item(number: str, title: str, outcome: Outcome | None = Outcome.APPROVED,
         cases: tuple[str, ...] = (), people: tuple[Person, ...] = (), **decision) -> Item:
    d = Decision(decision.pop("text", "Godkendt."), outcome, **decision) if outcome else None
    return Item(number=number, title=title, case_numbers=cases, decision=d, text=title,
                pages=(2, 2), people=people)


@pytest.fixture
def catalog(tmp_path):
    cat = Catalog(tmp_path / "catalog.sqlite")
    yield cat
    cat.close()


def put(cat: Catalog, *results: ParseResult) -> None:
    with cat.transaction():
        for r in results:
            cat.put_result(r, 100, 0.1, 0)
            cat.put_path(r.source.path, r.source.sha256, FileStatus.INGESTED, None, 100, 1)


def count(cat: Catalog, table: str) -> int:
    return cat.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


# -- meetings ----------------------------------------------------------------------

def test_documents_of_one_meeting_in_several_files_share_its_row(catalog):
    packet = result("a", referat("Teknisk Udvalg", "2024-03-01", item("1", "Budget"),
                                 item("2", "Cykelstier"), start="16:00"))
    single = result("b", referat("Teknisk udvalg", "2024-03-01", item("2", "Cykelstier")))
    export = result("c", referat("TEKNISK  UDVALG", "2024-03-01", item("1", "Budget"),
                                 start="16:00"))
    put(catalog, packet, single, export)
    assert count(catalog, "meetings") == 1
    assert {r[0] for r in catalog.db.execute("SELECT meeting_id FROM documents")} == {1}


@pytest.mark.parametrize("first, second, meetings", [
    (("Teknisk Udvalg", "2024-03-01", "10:00"), ("Teknisk Udvalg", "2024-03-01", "16:00"), 2),
    (("Teknisk Udvalg", "2024-03-01", None), ("Teknisk Udvalg", "2024-03-01", "16:00"), 1),
    (("Teknisk Udvalg", "2024-03-01", None), ("Økonomiudvalget", "2024-03-01", None), 2),
    (("Teknisk Udvalg", "2024-03-01", None), ("Teknisk Udvalg", "2024-03-08", None), 2),
    (("Aarhus Byråd", "2024-03-01", None), ("Århus Byråd", "2024-03-01", None), 1),
])
def test_a_meeting_is_body_date_and_start_where_printed(catalog, first, second, meetings):
    put(catalog, result("a", referat(first[0], first[1], start=first[2])),
        result("b", referat(second[0], second[1], start=second[2])))
    assert count(catalog, "meetings") == meetings


def test_memos_and_undated_documents_found_no_meeting(catalog):
    put(catalog, result("a", referat("Teknisk Udvalg", "2024-03-01", kind=Kind.NOTAT),
                        referat(None, "2024-03-01"), referat("Teknisk Udvalg", None)))
    assert count(catalog, "meetings") == 0


def test_a_meeting_goes_with_its_last_document(catalog):
    a = result("a", referat("Teknisk Udvalg", "2024-03-01", item("1", "Budget")))
    b = result("b", referat("Teknisk Udvalg", "2024-03-01", item("1", "Budget")))
    put(catalog, a, b)
    with catalog.transaction():
        catalog.remove_file(a.source.sha256)
    assert count(catalog, "meetings") == 1
    with catalog.transaction():
        catalog.remove_file(b.source.sha256)
    assert [count(catalog, t) for t in ("meetings", "documents", "items", "decisions")] == \
        [0, 0, 0, 0]


SFU = "Sundheds- og Forebyggelsesudvalget"


def packet(sha: str = "p", date: str = "2012-12-04") -> ParseResult:
    return result(sha, referat(SFU, date, item("1", "Meddelelser", Outcome.NOTED),
                               item("3", "Kvalitetsstandarder for stof- og alkoholbehandling "
                                         "2012-2013", cases=("2012-31114",))))


def single_item(sha: str = "s", number: str = "3") -> ParseResult:
    """A single-item PDF: the item without the meeting's header."""
    return result(sha, referat(None, None, item(number, "Kvalitetsstandarder for stof- og "
                                                        "alkoholbehandling", cases=("2012-31114",),
                                                text="Anbefales.", outcome=Outcome.RECOMMENDED)))


def joined(cat: Catalog) -> list[tuple]:
    return list(cat.db.execute("SELECT d.file_sha, d.meeting_id, d.meeting_by FROM documents d "
                               "WHERE d.file_sha LIKE 's%' ORDER BY d.id"))


@pytest.mark.parametrize("order", ["packet first", "single first"])
def test_a_single_item_document_joins_the_meeting_whose_item_it_repeats(catalog, order):
    first, second = (packet(), single_item()) if order == "packet first" else \
        (single_item(), packet())
    put(catalog, first)
    put(catalog, second)
    assert [(mid, by) for _, mid, by in joined(catalog)] == [(1, "item")]
    copy = catalog.db.execute("SELECT d.date, d.body FROM decisions d JOIN items i ON "
                              "i.id = d.item_id JOIN documents doc ON doc.id = i.document_id "
                              "WHERE doc.source = 's.pdf'").fetchone()
    assert copy == ("2012-12-04", SFU)


@pytest.mark.parametrize("results, why", [
    ([packet(), single_item(number="4")], "another item number"),
    ([packet(), packet("q", "2013-01-15"), single_item()], "two meetings hold the same item"),
])
def test_no_meeting_is_guessed_without_one_clear_match(catalog, results, why):
    put(catalog, *results)
    assert [mid for _, mid, _ in joined(catalog)] == [None], why


def test_a_decision_in_several_files_of_its_meeting_is_listed_and_counted_once(catalog):
    export = result("x", referat(SFU, "2012-12-04", item("3", "Kvalitetsstandarder for stof- "
                                                          "og alkoholbehandling 2012-2013",
                                                          cases=("2012-31114",))),
                    path="export.xml")
    put(catalog, single_item(), export, packet())
    rows = catalog.decisions(DecisionFilter())
    assert [(r.item_number, r.source, r.also_in) for r in rows] == [
        ("3", "p.pdf", ("export.xml", "s.pdf")), ("1", "p.pdf", ())]
    assert catalog.decision_facets(DecisionFilter()).to_dict()["outcome"] == \
        {"approved": 1, "noted": 1}
    assert [r.source for r in catalog.decisions(DecisionFilter(uids=(
        "s" + "0" * 15 + "-0-0",)))] == ["p.pdf"]  # a word in a copy finds the decision
    assert catalog.status().decisions == 2
    with catalog.transaction():
        catalog.remove_file(packet().source.sha256)
    assert [(r.source, r.also_in) for r in catalog.decisions(DecisionFilter())] == [
        ("export.xml", ("s.pdf",))]


def test_a_single_item_document_leaves_with_the_meetings_record(catalog):
    put(catalog, packet(), single_item())
    with catalog.transaction():
        catalog.remove_file(packet().source.sha256)
    assert joined(catalog) == [("s".ljust(64, "0"), None, None)]
    assert [(r.date, r.body) for r in catalog.decisions(DecisionFilter())] == [(None, None)]
    assert count(catalog, "meetings") == 0


def test_an_unheaded_part_of_a_file_belongs_to_the_files_meeting(catalog):
    put(catalog, result("a", referat(SFU, "2012-12-04", item("1", "Åbent punkt")),
                        referat(None, None, item("9", "Lukket punkt"))))
    assert [r[0] for r in catalog.db.execute("SELECT meeting_by FROM documents")] == \
        ["header", "file"]


# -- decisions ---------------------------------------------------------------------

def test_decision_rows_carry_meeting_date_body_votes_and_follow_ups(catalog):
    votes = Votes(for_=("A", "F"), against=("V",), for_count=15, against_count=8,
                  minority=("V kunne ikke tiltræde.",))
    ups = (FollowUp("UJU og Janus", "2024-05", "UJU og Janus følger op."),)
    put(catalog, result("a", referat("Teknisk Udvalg", "2024-03-01",
                                     item("1", "Budget", cases=("EMN-2024-000123",),
                                          followed="changed", votes=votes, follow_ups=ups))))
    [row] = catalog.decisions(DecisionFilter())
    assert (row.date, row.body, row.outcome, row.followed) == \
        ("2024-03-01", "Teknisk Udvalg", Outcome.APPROVED, Followed.CHANGED)
    assert row.votes == votes and row.follow_ups == ups
    assert row.case_numbers == ("EMN-2024-000123",)
    assert row.id == "a" + "0" * 15 + "-0-0"


def test_split_decisions_keep_each_parts_outcome(catalog):
    parts = (DecisionPart("1.", "Godkendt.", Outcome.APPROVED),
             DecisionPart("2.-4.", "Anbefales.", Outcome.RECOMMENDED))
    put(catalog, result("a", referat("Økonomiudvalget", "2024-03-01",
                                     item("5", "Budget", text="1. Godkendt. 2.-4. Anbefales.",
                                          parts=parts))))
    [row] = catalog.decisions(DecisionFilter())
    assert row.outcome == Outcome.APPROVED and row.parts == parts
    assert list(catalog.db.execute("SELECT outcome FROM decision_parts ORDER BY position")) == \
        [("approved",), ("recommended",)]


def test_a_decision_without_its_own_date_takes_the_files_meeting(catalog):
    put(catalog, result("a", referat("Teknisk Udvalg", "2024-03-01", item("1", "Budget")),
                        referat(None, None, item("2", "Cykelstier"))))
    rows = {r.item_title: (r.date, r.body) for r in catalog.decisions(DecisionFilter())}
    assert rows["Cykelstier"] == ("2024-03-01", "Teknisk Udvalg")


@pytest.mark.parametrize("where, titles", [
    (DecisionFilter(), ["Cykelstier", "Skoler", "Budget"]),
    (DecisionFilter(body="teknisk"), ["Cykelstier", "Budget"]),
    (DecisionFilter(outcome=Outcome.POSTPONED), ["Skoler"]),
    (DecisionFilter(date_from="2024-01-01", date_to="2024-03-31"), ["Cykelstier"]),
    (DecisionFilter(case_key="2023-77"), ["Budget"]),
    (DecisionFilter(followed=Followed.DEPARTED), ["Skoler"]),
    (DecisionFilter(limit=1), ["Cykelstier"]),
])
def test_decision_filters_in_sql(catalog, where, titles):
    put(catalog,
        result("a", referat("Teknisk Udvalg", "2023-05-01",
                            item("1", "Budget", cases=("EMN-2023-077",), followed="followed"))),
        result("b", referat("Børne- og Ungeudvalget", "2023-09-01",
                            item("1", "Skoler", Outcome.POSTPONED, followed="departed"))),
        result("c", referat("Teknisk Udvalg", "2024-02-01", item("1", "Cykelstier"))))
    assert [r.item_title for r in catalog.decisions(where)] == titles


def test_decision_facets(catalog):
    put(catalog, result("a", referat("Teknisk Udvalg", "2023-05-01", item("1", "A"),
                                     item("2", "B", Outcome.NOTED), item("3", "C", None))),
        result("b", referat(None, None, item("1", "D"))))
    f = catalog.decision_facets(DecisionFilter()).to_dict()
    assert f == {"outcome": {"approved": 2, "noted": 1},
                 "body": {"Teknisk Udvalg": 2, "(ukendt)": 1},
                 "year": {"2023": 2, "(ukendt)": 1}}


def test_status_names_decisions_without_date_or_body(catalog):
    put(catalog, result("a", referat("Teknisk Udvalg", "2023-05-01", item("1", "A"))),
        result("b", referat(None, None, item("1", "B"), item("2", "C")), path="undated.pdf"))
    s = catalog.status()
    assert (s.decisions, s.decisions_without_date, s.decisions_without_body) == (3, 2, 2)
    assert s.incomplete_sources == (("undated.pdf", 2),)
    assert [(b.body, b.newest, b.meetings) for b in s.bodies] == \
        [("Teknisk Udvalg", "2023-05-01", 1)]


# -- cases -------------------------------------------------------------------------

def test_case_rows_in_any_spelling_oldest_first(catalog):
    put(catalog,
        result("a", referat("Teknisk Udvalg", "2024-05-01",
                            item("3", "Cykelsti, beslutning", cases=("EMN-2023-011201",)))),
        result("b", Document(Kind.NOTAT, title="Notat om cykelsti", date="2023-11-02",
                             case_numbers=("Sag: 2023-011201",), text="...")))
    rows = catalog.case("2023-11201")
    assert [(r.kind, r.date) for r in rows] == [(Kind.NOTAT, "2023-11-02"),
                                                (Kind.REFERAT, "2024-05-01")]
    assert rows[1].outcome == Outcome.APPROVED and rows[1].item_number == "3"
    assert catalog.case("2023-99999") == []


def test_items_inherit_their_documents_case_number(catalog):
    doc = Document(Kind.INDSTILLING, title="Indstilling", case_numbers=("EMN-2024-1",),
                   items=(item("1", "At ...", None),))
    put(catalog, result("a", doc))
    assert [r.item_number for r in catalog.case("2024-1")] == ["1"]


# -- people ------------------------------------------------------------------------

def persons(*names: str | tuple[str, str]) -> dict[str, str]:
    """Each printed name -> the key of the person it is clustered into."""
    vs = {n if isinstance(n, str) else f"{n[0]} ({n[1]})":
          variant(*(n if isinstance(n, tuple) else (n,))) for n in names}
    anchors = cluster(list(vs.values()))
    return {n: anchors[v].key for n, v in vs.items()}


@pytest.mark.parametrize("names, people", [
    (["Anders Winnerskjold", "Anders Winnerskjolds"], 1),       # genitive
    (["Lars Brøns"], 1),                                        # a name that ends in s
    (["J. Hansen", "Jens Hansen"], 1),                          # initial
    (["J. Hansen", "Jens Hansen", "Jonas Hansen"], 3),          # initial fits two: kept apart
    (["Jens Hansen", "Jens Ole Hansen"], 1),                    # middle name missing
    (["Jens Ole Hansen", "Jens Per Hansen"], 2),                # different middle names
    (["Jens Hansen", "Jens Ole Hansen", "Jens Per Hansen"], 3),  # bare name fits both
    (["Jens O. Hansen", "Jens Ole Hansen"], 1),                 # middle initial
    ([("Jens Hansen", "V"), ("Jens Hansen", "A")], 2),          # different parties
    ([("Jens Hansen", "V"), "Jens Hansen"], 1),                 # party printed once
    (["Maja Bæk Andersen", "Maja Andersen", "maja bæk andersen"], 1),
    (["Aase Aagaard", "Åse Ågaard"], 1),                        # aa/å
    (["Anne-Marie Holm", "Anne Marie Holm"], 1),                # hyphen
    (["Mads", "Mads Hansen"], 2),                               # a first name alone
])
def test_people_clustering(names, people):
    assert len(set(persons(*names).values())) == people


def test_clustering_does_not_depend_on_order():
    names = ["Jens Hansen", "Jens Ole Hansen", "J. Hansen", "Jens Hansens", "Jens Per Hansen"]
    expected = persons(*names)
    for order in itertools.permutations(names):
        assert persons(*order) == expected


def test_name_key_folds_spellings():
    assert name_key("Natascha M. Jensen") == name_key("Natascha Jensen")
    assert name_key("Anders Winnerskjolds") == name_key("Anders Winnerskjold")
    assert name_key("Maja Bæk Andersen") != name_key("Maja Andersen")


def test_people_found_by_middle_name_and_genitive_with_roles_over_time(catalog):
    maja = Person("Maja Bæk Andersen", "sagsbehandler")
    put(catalog,
        result("a", referat("Teknisk Udvalg", "2022-01-05", item("1", "A", people=(maja,)))),
        result("b", referat("Teknisk Udvalg", "2024-01-05",
                            item("1", "B", people=(Person("Maja Bæk Andersen", "centerchef"),
                                                   Person("Anders Winnerskjolds"))),
                            people=(Person("Anders Winnerskjold", "rådmand"),))))
    [p] = catalog.people("Bæk", details=True)
    assert p.name == "Maja Bæk Andersen" and p.count == 2
    assert [(r.role, r.first, r.last) for r in p.roles] == [
        ("sagsbehandler", "2022-01-05", "2022-01-05"), ("centerchef", "2024-01-05", "2024-01-05")]
    assert [a.item for a in p.appearances] == ["1. A", "1. B"]
    [w] = catalog.people("Winnerskjolds")
    assert (w.name, w.variants, w.count) == ("Anders Winnerskjold", ("Anders Winnerskjolds",), 2)
    assert catalog.people("Andersen Maja")[0].id == p.id
    assert catalog.people("Hansen") == []


def test_two_people_with_one_name_stay_two_until_evidence_joins(catalog):
    put(catalog, result("a", referat("Byråd", "2024-01-05", people=(
        Person("Jens Ole Hansen", "medlem", "V"), Person("Jens Per Hansen", "medlem", "A")))))
    assert len(catalog.people("Jens Hansen")) == 2
    put(catalog, result("b", referat("Byråd", "2024-02-05",
                                     people=(Person("Jens Hansen", "formand", "A"),))))
    people = {p.name: p for p in catalog.people("Jens Hansen")}
    assert set(people) == {"Jens Ole Hansen", "Jens Per Hansen"}
    assert people["Jens Per Hansen"].count == 2
    with catalog.transaction():
        catalog.remove_file("b".ljust(64, "0"))
    assert [p.count for p in catalog.people("Jens Hansen")] == [1, 1]


def test_people_of_a_removed_file_leave(catalog):
    put(catalog, result("a", referat("Byråd", "2024-01-05", people=(Person("Sine Pam"),))))
    with catalog.transaction():
        catalog.remove_file("a".ljust(64, "0"))
    assert catalog.people() == [] and count(catalog, "people") == 0


# -- records, failures, upgrade ----------------------------------------------------

def test_stored_records_come_back_unchanged(catalog):
    r = result("a", referat("Teknisk Udvalg", "2024-03-01",
                            item("1", "Budget", cases=("EMN-2024-1",), followed="followed",
                                 votes=Votes(unanimous=True)),
                            people=(Person("Sine Pam", "formand", "A"),)))
    put(catalog, r)
    assert catalog.result(r.source.sha256) == r and list(catalog.results()) == [r]


def test_a_failure_drops_the_rows_of_earlier_records(catalog):
    r = result("a", referat("Teknisk Udvalg", "2024-03-01", item("1", "Budget")))
    put(catalog, r)
    with catalog.transaction():
        catalog.put_failure(r.source.sha256, 100, "corrupt")
    assert catalog.file_status(r.source.sha256) is FileStatus.FAILED
    assert [count(catalog, t) for t in ("documents", "decisions", "meetings")] == [0, 0, 0]


def test_a_failed_batch_writes_nothing(catalog):
    with pytest.raises(RuntimeError):
        with catalog.transaction():
            catalog.put_result(result("a", referat("Byråd", "2024-01-05",
                                                   people=(Person("Sine Pam"),))), 1, 0.1, 0)
            raise RuntimeError("worker died")
    assert [count(catalog, t) for t in ("files", "documents", "people")] == [0, 0, 0]


@pytest.fixture
def v0_catalog(tmp_path):
    """A catalog written by referat before the tables (records as one blob per file),
    from samples/seed-packet.txt, teknisk-udvalg-cp1252.txt and elev-sogneraad-1941.txt."""
    shutil.copy(V0_ARCHIVE / "catalog.sqlite", tmp_path / "catalog.sqlite")
    return tmp_path / "catalog.sqlite"


def test_an_archive_written_before_the_tables_opens_and_answers(v0_catalog):
    before = sqlite3.connect(v0_catalog)
    assert before.execute("PRAGMA user_version").fetchone()[0] == 0
    assert before.execute("SELECT COUNT(*) FROM meetings").fetchone()[0] == 7  # per-file rows
    before.close()
    cat = Catalog(v0_catalog)
    try:
        assert cat.db.execute("PRAGMA user_version").fetchone()[0] == LAYOUT_VERSION
        assert len(list(cat.results())) == 3
        rows = cat.decisions(DecisionFilter(body="Rådmandsmøde"))
        assert ("7", "Bordrunde", Outcome.WITHDRAWN, "2023-12-18") in \
            {(r.item_number, r.item_title, r.outcome, r.date) for r in rows}
        assert [p.name for p in cat.people("Bæk")] == ["Maja Bæk Andersen"]
        assert {r.kind for r in cat.case("2023-11201")} == {Kind.INDSTILLING, Kind.NOTAT}
        assert cat.status().counts == (("ingested", 3),)
    finally:
        cat.close()
    reopened = Catalog(v0_catalog)  # the upgrade happens once
    assert len(reopened.decisions(DecisionFilter())) == 13
    reopened.close()


def test_the_catalog_benchmark_runs_and_answers_every_question(tmp_path):
    import json

    from benchmarks.catalog import main

    assert main(["--items", "300", "--rounds", "1", "--out", str(tmp_path)]) == 0
    [out] = tmp_path.glob("*-catalog-300.json")
    res = json.loads(out.read_text(encoding="utf-8"))
    assert res["build"]["items"] >= 300
    assert res["questions"]["decisions: every row"]["rows"] == res["build"]["items"]
    assert res["questions"]["decisions: case number"]["rows"] >= 1


# -- the archive's layout ------------------------------------------------------------

def test_every_file_an_archive_holds_is_named_by_its_layout(tmp_path):
    """A new file in the archive folder is added to index.layout, or this fails."""
    from index import layout, store
    from search import watch
    from search.importer import run_import
    from search.query import Filters
    from tests.conftest import SAMPLES

    folder = tmp_path / "ix"
    shutil.copy(SAMPLES / "seed-packet.txt", tmp_path)
    run_import([str(tmp_path / "seed-packet.txt")], folder, workers=1)
    watch.add(folder, "budget", "budget", Filters())
    known = {layout.CATALOG_FILE, layout.LOCK_FILE, layout.NAMES_KEY_FILE,
             layout.WATCHES_FILE}
    sqlite_files = {f"{layout.CATALOG_FILE}-wal", f"{layout.CATALOG_FILE}-shm"}
    names = {p.name for p in folder.iterdir()}
    strangers = {n for n in names - known - sqlite_files
                 if n != store.CURRENT and store._generation_of(n) is None}
    assert strangers == set() and known <= names
