"""What a search skips to start fast gives the answers the full work gives.

Snippets analyse only the words that can hold a query term; the concept table's
phrases are compiled only when the query says all of their words. An archive's first
ask reads its columns in one piece, its filters from the posting arrays and its
deletions per segment.
"""
from __future__ import annotations

import re

import numpy as np
import pytest

from index.analysis import word_stems
from ingest.vocab import terms
from search import understand
from search.searcher import passage, stems_holding
from tests.conftest import SAMPLES

TEXTS = sorted(p for p in SAMPLES.glob("*.txt") if not p.name.startswith("LICENSE"))


def _text(path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def _term_sets(text: str) -> list[set[str]]:
    """Query terms a search could bring to this text: its words' stems, its compounds'
    parts, pieces of words, and terms it does not hold."""
    analysed = list(word_stems(text))
    wholes = sorted({w for *_, w, _ in analysed})
    parts = sorted({p for *_, ps in analysed for p in ps})
    return [set(wholes[::7]), set(parts[::3]) or {"skole"}, {w[:4] for w in wholes[::11]},
            {"efterværn", "budget", "vej"}, set(parts[1::5]) | set(wholes[2::13])]


def _holding(rows, terms: set[str]) -> list[tuple]:
    return [r for r in rows if r[2] in terms or set(r[3]) & terms]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_words_analysed_for_a_snippet_are_every_word_that_holds_a_term(path):
    text = _text(path)
    full = list(word_stems(text))
    for wanted in _term_sets(text):
        lean = list(stems_holding(text, wanted))
        assert _holding(lean, wanted) == _holding(full, wanted)
        assert set(lean) <= set(full)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_snippet_and_its_offset_are_those_of_the_full_analysis(path, monkeypatch):
    text = _text(path)
    lean = [passage(text, wanted) for wanted in _term_sets(text)]
    # the reference: passage() reading every word's stems, as it did
    monkeypatch.setattr("search.searcher.stems_holding", lambda t, _: word_stems(t))
    assert lean == [passage(text, wanted) for wanted in _term_sets(text)]
    assert any(snippet for _, snippet in lean)


def _said(text: str) -> list[str]:
    """The phrases the whole table's pattern finds (the reference)."""
    return [m.group(0).lower() for m in terms(understand.PHRASES).finditer(text)]


def test_concept_phrases_found_as_the_whole_tables_pattern_finds_them():
    phrases = understand.PHRASES
    assert phrases  # the concept table has everyday phrases
    queries = [f"hvad gør kommunen når nogen {p} i byen" for p in phrases]
    queries += [p.upper() for p in phrases[::5]]
    queries += [re.sub(" ", "\n  ", p) for p in phrases[::7]]  # wrapped over lines
    queries += [p.replace(" ", "") for p in phrases[::3]]  # the words run together
    queries += [" og ".join(phrases[i:i + 3]) for i in range(0, len(phrases), 9)]
    queries += ["efterværn", "skolebus i 2024", ""]
    for q in queries:
        assert understand._phrases(q)[1] == _said(q), q
    assert all(understand._phrases(f"x {p} y")[1] for p in phrases)


# --- the first ask of an open archive ------------------------------------------------

@pytest.fixture(scope="module")
def pruned(tmp_path_factory):
    """An archive of the sample minutes and meeting-system exports (several bodies,
    dates and kinds) from which a few units were deleted, their segment kept."""
    from search.importer import run_import

    index_dir = tmp_path_factory.mktemp("pruned") / "index"
    inputs = TEXTS + sorted((SAMPLES / "exports").glob("*.json")) + sorted(
        (SAMPLES / "exports").glob("*.xml"))
    run_import([str(p) for p in inputs], index_dir, workers=1)
    from index.store import open_index

    ix = open_index(index_dir)
    with ix.searcher() as s:
        ids = sorted(f["id"] for f in s.all_stored_fields())
    w = ix.writer()
    for doc_id in ids[::5]:
        w.delete_by_term("id", doc_id)
    w.commit(merge=False)  # the deletions stay marked in the segment
    return index_dir


@pytest.fixture
def opened(pruned):
    from search.searcher import archive, close_all

    a = archive(pruned)
    assert a.searcher.reader().has_deletions()
    yield a
    close_all()


def test_live_units_are_whooshs_undeleted_ones(opened):
    reference = np.zeros(opened.n, dtype=bool)
    reference[list(opened.searcher.reader().all_doc_ids())] = True
    assert (opened.live == reference).all() and 0 < reference.sum() < opened.n


def test_columns_read_in_one_piece_are_whooshs_unit_by_unit(opened):
    reader = opened.searcher.reader()
    for name in ("kind", "body_facet", "date", "year", "outcome", "dupkey"):
        raw = [b"" if v is None else v for v in reader.column_reader(name, translate=False)]
        values, codes = np.unique(np.array(raw, dtype=object), return_inverse=True)
        got_codes, got_values = opened.column(name)
        assert got_codes.tolist() == codes.tolist(), name
        assert got_values == [v.decode() for v in values], name
    assert opened.days().tolist() == list(reader.column_reader("day"))
    assert len(set(opened.column("body_facet")[1])) > 2  # several bodies to tell apart


def test_filters_from_the_posting_arrays_match_whooshs_walk(opened):
    from datetime import date

    from whoosh.query import And, Every, Not, Or, Term

    from search.query import Filters, day_range, option_filters

    bodies = opened.values("body_facet")
    schema = opened.searcher.schema
    queries = [q for body in bodies for q in option_filters(Filters(body=body), None, None,
                                                            schema)]
    assert any(type(q).__name__ == "Phrase" for q in queries)  # a body of several words
    queries += [Term("kind", "referat"), Term("outcome", "approved"),
                Or([Term("body_facet", b) for b in bodies[:2]]),
                And([Term("kind", "referat"), Term("year", "(ukendt)")]),
                day_range(date(1940, 1, 1), date(1945, 12, 31)),
                day_range(date(2020, 1, 1), None), day_range(None, date(2000, 1, 1)),
                And([Every(), Not(Term("kind", "referat"))])]
    for q in queries:
        assert (opened.docs(q, cache=False) == opened.walked(q) & opened.live).all(), q
    assert sum(opened.docs(q, cache=False).any() for q in queries) >= len(queries) - 2
