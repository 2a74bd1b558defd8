"""What a search skips to start fast gives the answers the full work gives.

Snippets analyse only the words that can hold a query term; the concept table's
phrases are compiled only when the query says all of their words.
"""
from __future__ import annotations

import re

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
