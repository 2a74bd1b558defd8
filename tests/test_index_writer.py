"""The index writer's fast paths write what Whoosh's own path writes: the same terms,
positions, weights, field lengths and stored fields, on real tiny indexes."""
from __future__ import annotations

import pytest
from whoosh import index as windex
from whoosh.codec.whoosh3 import W3Codec
from whoosh.fields import TEXT
from whoosh.query import Phrase, Term

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
        lengths = [(d, f, r.doc_field_length(d, f)) for d in r.all_doc_ids()
                   for f in ("body", "content", "title", "decision", "id", "kind")]
        stored = [s.stored_fields(d) for d in r.all_doc_ids()]
    return postings, lengths, stored


@pytest.mark.parametrize("procs", [1, 2])
def test_store_writes_the_index_whooshs_writer_writes(tmp_path, procs):
    fast = Store(tmp_path / "fast", procs=procs)
    w = fast._w()
    for d in _docs():
        w.add_document(**d)
    fast.commit(optimize=True)

    schema = make_schema()
    for name in schema.names():
        if isinstance(schema[name], DanishText):
            schema._fields[name] = _stock(schema[name])
    (tmp_path / "plain").mkdir()
    plain = windex.create_in(str(tmp_path / "plain"), schema, indexname="referat")
    with plain.writer() as pw:
        for d in _docs():
            pw.add_document(**d)

    assert _contents(open_index(tmp_path / "fast")) == _contents(plain)


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
