"""The engine's fast paths answer as the slow ones did: one open archive per folder and
process, reopened only when the index changed; a structured query ranked from one pass
over Whoosh's matcher exactly as Whoosh's own collector ranks it; a position subquery's
kept result equal to a fresh one."""
from __future__ import annotations

import pytest
from search.query import Filters
from search.searcher import archive, close_all, parser, search
from tests.conftest import SAMPLES

TEXTS = ["tiset-sogneraad-1943-uddrag.txt", "elev-sogneraad-1941.txt",
         "paragraf-kommunalbestyrelse-referat.txt", "pkt-aeldreraad-referat.txt"]


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """An archive of the sample minute books and referater given as text."""
    from search.importer import run_import

    index_dir = tmp_path_factory.mktemp("engine") / "index"
    run_import([str(SAMPLES / t) for t in TEXTS[:3]], index_dir, workers=1)
    yield index_dir
    close_all()


def test_searches_in_one_process_share_one_open_archive(small):
    first = archive(small)
    search(small, "Tilskud")
    search(small, "Sogneraadet", Filters(), sort="-date", facets=True)
    assert archive(small) is first and archive(small).searcher is first.searcher


def test_the_archive_is_reopened_when_another_writer_changed_the_index(small, tmp_path):
    from search.importer import run_import

    before = archive(small).searcher
    run_import([str(SAMPLES / TEXTS[3])], small, workers=1)
    after = archive(small)
    assert after.searcher is not before
    assert after.n > before.doc_count_all()


# Structured queries (ranked by Whoosh's scores): a phrase, AND NOT, OR, a prefix.
QUERIES = ['"Østjydsk Hjemstavnsforening"', "Tilskud NOT Andragende",
           "skole OR vej OR bevilling", "Ans*"]


@pytest.mark.parametrize("text", QUERIES)
def test_one_pass_ranks_as_whooshs_collector(small, text):
    a = archive(small)
    q = parser(a.searcher.schema).parse(text)
    scores, match = a.vectors.matches(q)
    theirs = a.searcher.search(q, limit=None)
    assert len(theirs) > 0
    assert sorted(match.nonzero()[0].tolist()) == sorted(h.docnum for h in theirs)
    for hit in theirs:
        assert scores[hit.docnum] == pytest.approx(hit.score, rel=1e-12)
    ours = sorted(match.nonzero()[0].tolist(), key=lambda d: (-scores[d], d))
    assert ours == [h.docnum for h in theirs]


def test_a_kept_position_result_equals_a_fresh_one(small):
    a = archive(small)
    q = parser(a.searcher.schema).parse('"Østjydsk Hjemstavnsforening"')
    first = a.vectors._whoosh(q)
    again = a.vectors._whoosh(q)
    fresh = a.vectors.matches(q)
    assert first[1].any()
    assert again[0] is first[0]  # read once
    assert (first[1] == fresh[1]).all() and (first[0] == fresh[0].astype("float32")).all()
