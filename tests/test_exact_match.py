"""Phrases, words near each other, Or and And matched from the posting arrays
(search/exact.py) give exactly what Whoosh's own matchers give: the same units, the same
scores to the last bit, so the same order and totals, over several segments, one with
deleted units."""
from __future__ import annotations

import numpy as np
import pytest
from whoosh.query import And, Or, Phrase, Term
from whoosh.query.spans import SpanNear2

from search.query import Filters, plan
from search.searcher import archive, close_all, parser, search
from tests.conftest import SAMPLES

# Imported in three commits, so the archive has several segments.
BATCHES = [["seed-packet.txt"], ["tiset-sogneraad-1943-uddrag.txt", "elev-sogneraad-1941.txt"],
           ["paragraf-kommunalbestyrelse-referat.txt", "pkt-aeldreraad-referat.txt"]]
DELETED = 3  # units deleted from the first segment, which keeps them as deletions


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    from index.store import open_index
    from search.importer import run_import

    folder = tmp_path_factory.mktemp("exact") / "index"
    for batch in BATCHES:
        run_import([str(SAMPLES / f) for f in batch], folder, workers=1)
    ix = open_index(folder)
    with ix.searcher() as s:
        ids = [f["id"] for f in s.all_stored_fields()][:DELETED]
    w = ix.writer()
    for i in ids:
        w.delete_by_term("id", i)
    w.commit(merge=False)
    yield folder
    close_all()


def _pairs(a, count: int) -> list[tuple[str, str]]:
    """Word pairs that stand next to each other in the archive's text (so that the
    phrases and spans below have matches), the first `count` distinct ones."""
    analyzer = a.searcher.schema["content"].analyzer
    out: dict[tuple[str, str], None] = {}
    for fields in a.searcher.all_stored_fields():
        words = [t.text for t in analyzer(fields.get("content") or "")]
        out.update(dict.fromkeys(zip(words, words[1:])))
        if len(out) >= count:
            break
    return list(out)[:count]


def _same(a, q) -> int:
    """Assert the array path equals Whoosh's walk and its collector; the matches."""
    scores, match = a.vectors.matches(q)
    theirs_scores, theirs_match = a.vectors.whoosh_matches(q)
    assert (match == theirs_match).all()
    assert (scores == theirs_scores).all()  # bit for bit: ties break the same
    hits = a.searcher.search(q, limit=None)
    ours = sorted(np.flatnonzero(match & a.live).tolist(), key=lambda d: (-scores[d], d))
    assert ours == [h.docnum for h in hits]
    return len(ours)


def test_the_archive_has_segments_and_deletions(index_dir):
    a = archive(index_dir)
    assert len(a.searcher.leaf_searchers()) >= 2
    assert (~a.live).sum() == DELETED


@pytest.mark.parametrize("text", ['"offentlig høring"', '"temadrøftelse om efterværn"',
                                  '"Østjydsk Hjemstavnsforening"', '"til referat"',
                                  'Tilskud AND "til referat"', "skole OR vej OR bevilling",
                                  "lokalplan AND beslutning", '"intet findes her"'])
def test_structured_queries_match_as_whoosh(index_dir, text):
    a = archive(index_dir)
    _same(a, parser(a.searcher.schema).parse(text))


def test_phrases_and_spans_of_words_that_meet_match_as_whoosh(index_dir):
    a = archive(index_dir)
    found = []
    for x, y in _pairs(a, 40):
        for q in (Phrase("content", [x, y]), Phrase("content", [y, x]),
                  Phrase("content", [x, y], slop=3),
                  SpanNear2([Term("content", x), Term("content", y)], slop=6, ordered=False),
                  SpanNear2([Term("content", y), Term("content", x)], slop=2),
                  Or([Phrase("item_title", [x, y], boost=3.0), Phrase("content", [x, y])],
                     boost=2.0),
                  And([Term("content", x), Phrase("content", [x, y])])):
            found.append(_same(a, q))
    assert sum(found) > 0 and found.count(0) > 0  # both matches and misses were compared


def test_three_word_spans_match_as_whoosh(index_dir):
    a = archive(index_dir)
    pairs = _pairs(a, 30)
    for (x, y), (_, z) in zip(pairs, pairs[1:]):
        terms = [Term("content", w) for w in (x, y, z)]
        _same(a, Phrase("content", [x, y, z]))
        _same(a, SpanNear2(terms, slop=4, ordered=False))
        _same(a, SpanNear2(terms, slop=4, ordered=False, mindist=0))


@pytest.mark.parametrize("word", ["kvalitetsstandard", "temadrøftelse", "befordringstakster",
                                  "lokalplan", "sognerådsmøde"])
def test_a_compounds_groups_match_as_whoosh(index_dir, word):
    a = archive(index_dir)
    p = plan(word, Filters(), a.searcher.schema, share=a.share)
    for group in p.groups:
        _same(a, group)


def test_a_phrase_search_ranks_as_before(index_dir):
    a = archive(index_dir)
    q = parser(a.searcher.schema).parse('"til referat"')
    hits = a.searcher.search(q, limit=None)
    res = search(index_dir, '"til referat"', limit=0)
    assert res.total > 1
    shown = {h.id for h in res.hits}
    assert shown <= {a.searcher.stored_fields(h.docnum)["id"] for h in hits}


@pytest.mark.parametrize("text", ['"til referat"', 'Tilskud OR "offentlig høring"'])
def test_a_date_sorted_structured_search_finds_what_whoosh_finds(index_dir, text):
    a = archive(index_dir)
    q = parser(a.searcher.schema).parse(text)
    theirs = {a.searcher.stored_fields(d)["id"]
              for d in np.flatnonzero(a.live & a.docs(q, cache=False)).tolist()}
    res = search(index_dir, text, sort="-date", limit=0)
    ours = {h.id for h in res.hits} | {i for h in res.hits for _, i in h.also}
    assert theirs and ours == theirs
    assert [h.date for h in res.hits if h.date] == sorted(
        (h.date for h in res.hits if h.date), reverse=True)
