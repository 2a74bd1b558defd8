"""The index writer's fast paths write what Whoosh's own path writes: the same terms,
positions, weights, field lengths and stored fields, on real tiny indexes."""
from __future__ import annotations

import pytest
from whoosh import index as windex
from whoosh.codec.whoosh3 import W3Codec
from whoosh.fields import TEXT
from whoosh.query import Phrase, Term
from whoosh.writing import SegmentWriter

from index.schema import DanishText, make_schema
from index.store import Store, open_index

TEXTS = [
    "",
    "Budgettet for 2024 blev godkendt.",
    "Anlægsbevillinger til efterværnsindsatser og el-biler i Aabenraa og Århus",
    "og i at det er",  # stop words only
    "Sag 23/1234: kystbeskyttelse, kystbeskyttelse og kystbeskyttelsen igen",
    "daglige ydelser, kvaliteten, budgets; Kommunalbestyrelsen's beslutning",
    "Rådhusets 3. sal – O'Brien’s forslag, e-mail og p.t. 1.500 kr.",
]


def _stock(field):
    """The same field as Whoosh's plain TEXT (its token pipeline)."""
    plain = TEXT(analyzer=field.analyzer, stored=field.stored, phrase=field.format.__class__
                 .__name__ == "Positions")
    plain.format = field.format
    return plain


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("name", ["content", "title"])  # positions; frequency only
def test_field_postings_equal_whooshs_token_pipeline(name, text):
    field = make_schema()[name]
    assert isinstance(field, DanishText)
    assert sorted(field.index(text)) == sorted(TEXT.index(field, text))


def _docs() -> list[dict]:
    return [{"id": f"u{i}", "file_sha": "f" * 64, "kind": "referat", "body": "Byrådet",
             "item_title": t[:30], "title": "Møde i Byrådet", "content": t,
             "decision": "Godkendt" if i % 2 else "", "outcome": "approved", "day": 20240101}
            for i, t in enumerate(TEXTS * 3)]


def _blocks(reader, field, term) -> list:
    """A term's statistics and each block's (the figures a searcher skips blocks by)."""
    info = reader.term_info(field, term)
    found = [(info.weight(), info.doc_frequency(), info.min_length(), info.max_length(),
              info.max_weight(), info.min_id(), info.max_id())]
    m = reader.postings(field, term)
    while hasattr(m, "_next_block") and m.is_active():  # one segment's on-disk list
        found.append((m.block_min_id(), m.block_max_id(), m.block_min_length(),
                      m.block_max_length(), m.block_max_weight()))
        m._next_block()
    return found


def _contents(ix) -> tuple:
    with ix.searcher() as s:
        r = s.reader()
        postings = {}
        for f, t in r.all_terms():
            m, found = r.postings(f, t), []
            while m.is_active():  # the value holds the positions (or the frequency)
                found.append((m.id(), m.weight(), m.value()))
                m.next()
            postings[(f, t)] = found
            postings[(f, t, "blocks")] = _blocks(r, f, t)
        lengths = [(d, f, r.doc_field_length(d, f)) for d in r.all_doc_ids()
                   for f in ("body", "content", "title", "decision", "id", "kind")]
        stored = [s.stored_fields(d) for d in r.all_doc_ids()]
    return postings, lengths, stored


def _plain_index(path):
    """An empty index of the same schema, analysed by Whoosh's own token pipeline."""
    schema = make_schema()
    for name in schema.names():
        if isinstance(schema[name], DanishText):
            schema._fields[name] = _stock(schema[name])
    path.mkdir()
    return windex.create_in(str(path), schema, indexname="referat")


@pytest.mark.parametrize("procs", [1, 2])
def test_store_writes_the_index_whooshs_writer_writes(tmp_path, procs):
    fast = Store(tmp_path / "fast", procs=procs)
    w = fast._w()
    for d in _docs():
        w.add_document(**d)
    fast.commit(optimize=True)

    plain = _plain_index(tmp_path / "plain")
    with SegmentWriter(plain) as pw:
        for d in _docs():
            pw.add_document(**d)

    assert _contents(open_index(tmp_path / "fast")) == _contents(plain)


def _many_docs() -> list[dict]:
    """Enough documents that common terms fill several postings blocks (128 each)."""
    return [dict(d, id=f"m{i}", day=20240101 + i % 28, person="Anne Aagaard\nBo Ib" * (i % 3))
            for i, d in enumerate(_docs() * 20)]


def test_many_blocks_and_merged_segments_equal_whooshs_writer(tmp_path):
    """Several commits (each a segment), deletions, then one merge: the memory pool's
    out-of-order path (older segments' postings) and multi-block terms."""
    docs = _many_docs()
    fast = Store(tmp_path / "fast")
    plain = _plain_index(tmp_path / "plain")
    for part, gone in ((docs[:150], None), (docs[150:300], "m7"), (docs[300:], "m200")):
        w, pw = fast._w(), SegmentWriter(plain)
        for d in part:
            w.add_document(**d)
            pw.add_document(**d)
        if gone:
            w.delete_by_term("id", gone)
            pw.delete_by_term("id", gone)
        fast.commit(), pw.commit(merge=False)
    assert len(open_index(tmp_path / "fast")._segments()) == 3
    assert _contents(open_index(tmp_path / "fast")) == _contents(plain)

    fast._w()
    fast.commit(optimize=True)
    with SegmentWriter(plain) as pw:
        pw.optimize = True
    merged = open_index(tmp_path / "fast")
    assert len(merged._segments()) == 1
    assert _contents(merged) == _contents(windex.open_dir(str(tmp_path / "plain"),
                                                          indexname="referat"))


def test_written_index_records_whooshs_own_codec_and_searches(tmp_path):
    store = Store(tmp_path)
    w = store._w()
    for d in _docs():
        w.add_document(**d)
    store.commit()
    ix = open_index(tmp_path)
    assert all(type(seg.codec()) is W3Codec for seg in ix._segments())
    with ix.searcher() as s:
        words = [t.text for t in make_schema()["content"].analyzer(
            "anlægsbevillinger til efterværnsindsatser", mode="query")]
        assert len(s.search(Phrase("content", words))) == 3  # 'til' is no word
        assert len(s.search(Phrase("content", words[::-1]))) == 0
        assert len(s.search(Term("content", "bil"))) == 3  # el-biler's part


def test_rebuild_bounds_memory_by_committing_segments(tmp_path, monkeypatch):
    """A rebuild commits a segment every SEGMENT_DOCS documents (its writer holds a
    segment's postings in memory); the archive holds every document once, searchable."""
    from pathlib import Path

    from ingest.pipeline import parse_file
    import index.store as store

    samples = Path(__file__).resolve().parent.parent / "samples"
    results = [parse_file(p) for p in sorted(samples.glob("*-referat.txt"))]
    expected = {d["id"] for r in results for d in store.to_index_docs(r)}
    monkeypatch.setattr(store, "SEGMENT_DOCS", 3)
    assert store.rebuild(tmp_path, results) == len(expected) > 6

    ix = open_index(tmp_path)
    assert len(ix._segments()) > 1
    with ix.searcher() as s:
        assert {f["id"] for f in s.all_stored_fields()} == expected
        whole = {h["id"] for h in s.search(Term("kind", "referat"), limit=None)}
    assert whole and whole <= expected


def _runs_docs() -> list[dict]:
    """Values that repeat over consecutive documents, broken by other values, by
    documents without the field and by a boosted document (runs of shared postings)."""
    bodies = ["Byrådet", "Byrådet", "Økonomiudvalget", "Byrådet", None, "Byrådet",
              "Byrådet", "Byrådet"]
    docs = []
    for i, body in enumerate(bodies * 40):
        d = {"id": f"r{i}", "content": TEXTS[i % len(TEXTS)], "kind": "referat",
             "title": "Møde i Byrådet" if i % 11 else "Ekstraordinært møde",
             "place": "greve", "day": 20240101 + i // 16}
        if body is not None:
            d["body"] = body
        if i % 37 == 5:
            d["_body_boost"] = 2.0
        docs.append(d)
    return docs


def test_repeated_values_write_what_whooshs_writer_writes(tmp_path):
    fast = Store(tmp_path / "fast")
    w = fast._w()
    plain = _plain_index(tmp_path / "plain")
    with SegmentWriter(plain) as pw:
        for d in _runs_docs():
            w.add_document(**d)
            pw.add_document(**d)
    fast.commit()
    assert _contents(open_index(tmp_path / "fast")) == _contents(plain)


def test_fingerprint_hashes_every_four_word_shingle():
    """The fingerprint is the smallest CRC-32s of the text's four-word shingles of words
    of three letters or more ('aa' folded), and of the whole text when it is shorter."""
    import zlib

    from index.schema import FINGERPRINT_SIZE, fingerprint

    def plain(text):
        words = [w for w in text.lower().replace("aa", "å").split() if len(w) >= 3]
        shingles = {" ".join(words[i:i + 4]) for i in range(max(1, len(words) - 3))} - {""}
        return sorted(zlib.crc32(s.encode()) for s in shingles)[:FINGERPRINT_SIZE]

    texts = ["", "to ord", "Aabenraa Kommune godkender",
             "Budgettet blev godkendt og sendt til Byrådet igen i dag " * 3,
             " ".join(f"ord{i}" for i in range(60))]
    for text in texts:
        assert fingerprint(text) == plain(text)
    assert len(fingerprint(texts[-1])) == FINGERPRINT_SIZE
    assert fingerprint("") == []


def test_two_writing_processes_number_documents_the_same_way_every_build(tmp_path):
    """With procs=2 the batches of documents go to the processes in turn and their
    segments are listed in process order: every build of the same documents numbers
    them alike, so results tied on a score keep their order from build to build."""
    docs = [dict(d, id=f"t{i:04d}") for i, d in enumerate((_docs() * 22)[:450])]
    batch = 100  # Whoosh's multiprocessing writer's batch of documents
    turns = [range(k, min(k + batch, len(docs))) for k in range(0, len(docs), batch)]
    expected = [f"t{i:04d}" for t in turns[0::2] + turns[1::2] for i in t]
    for build in ("a", "b"):
        store = Store(tmp_path / build, procs=2)
        w = store._w()
        for d in docs:
            w.add_document(**d)
        store.commit()
        ix = open_index(tmp_path / build)
        assert len(ix._segments()) == 2
        with ix.searcher() as s:
            assert [f["id"] for f in s.all_stored_fields()] == expected
            tied = s.search(Term("kind", "referat"), limit=None)
            assert [h["id"] for h in tied] == expected  # equal scores: document order
