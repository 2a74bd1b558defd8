"""The lexicon's sorted form (index/sorted_words.py) answers as the lexicon's dict does,
is used only when it matches the word lists, and spares a search building the dict."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from index import sorted_words
from index.analysis import DATA, LEXICON_LISTS, build_lexicon
from tests.conftest import REPO


@pytest.fixture(scope="module")
def lexicon() -> dict[str, int]:
    return build_lexicon(*((DATA / name).read_text(encoding="utf-8") for name in LEXICON_LISTS))


def test_every_word_has_its_rank_and_no_other_word_is_known(tmp_path, lexicon):
    found = sorted_words.read(sorted_words.write(tmp_path / "words"))
    assert found is not None
    assert all(found[w] == rank and w in found for w, rank in lexicon.items())
    assert found.get("efterværn") == lexicon["efterværn"]  # a domain word, rank 0
    others = ([w + end for w in list(lexicon)[:2000] for end in ("x", "e", "s", "\udc80")]
              + [w[:-1] for w in lexicon] + ["", "å" * 3, "æblegrødsudvalget"])
    assert all(found.get(w, -1) == lexicon.get(w, -1) for w in others)
    assert all((w in found) == (w in lexicon) for w in others)
    with pytest.raises(KeyError):
        found["æblegrødsudvalgetx"]


def test_a_file_from_other_word_lists_or_cut_short_is_not_used(tmp_path):
    lists = tmp_path / "lists"
    lists.mkdir()
    for name in LEXICON_LISTS:
        (lists / name).write_bytes((DATA / name).read_bytes())
    with (lists / LEXICON_LISTS[-1]).open("a", encoding="utf-8") as f:
        f.write("nyordsdannelse\n")  # the word lists changed after the file was written
    assert sorted_words.read(sorted_words.write(tmp_path / "old", lists)) is None
    whole = sorted_words.write(tmp_path / "whole").read_bytes()
    (tmp_path / "cut").write_bytes(whole[:-10])
    assert sorted_words.read(tmp_path / "cut") is None
    assert sorted_words.read(tmp_path / "missing") is None


SEARCH = """
import json, sys
from pathlib import Path
from index import analysis, sorted_words
sorted_words.FILE = Path(sys.argv[2])
from search.query import Filters
from search.searcher import search
from search import render
hits = [search(Path(sys.argv[1]), q, Filters(), limit=5).to_dict()
        for q in ("efterværn", "anlægsbevillinger til kystbeskyttelse", "Tilskud",
                  "hvad gør kommunen for ensomme ældre")]
built = len(analysis._LEXICON)
for n in range(sorted_words.LOOKUPS):
    analysis.lexicon().get("ord%d" % n)
print(json.dumps([hits, built, type(analysis.lexicon()).__name__]))
"""


def test_a_search_answers_the_same_without_building_the_lexicons_dict(archive, tmp_path,
                                                                     lexicon):
    """With the sorted form a search looks its words up there (the dict is not built)
    and finds what it finds with the dict; after LOOKUPS words the dict is built."""
    written = sorted_words.write(tmp_path / "words")

    def run(words_file) -> list:
        done = subprocess.run([sys.executable, "-c", SEARCH, str(archive), str(words_file)],
                              capture_output=True, text=True, cwd=REPO, check=True,
                              timeout=300)
        return json.loads(done.stdout)

    sorted_hits, sorted_built, later = run(written)
    dict_hits, dict_built, _ = run(tmp_path / "absent")
    assert sorted_hits == dict_hits and any(h["hits"] for h in sorted_hits)
    assert sorted_built == 0 and later == "dict"
    assert dict_built == len(lexicon) > 29000
