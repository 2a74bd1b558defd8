"""One vocabulary: every cue word lives in ingest/vocab.py, and every entry does its job."""
from __future__ import annotations

import ast
import re

import pytest

from ingest import vocab
from ingest.items import is_decision_label, looks_numbered
from ingest.sections import is_heading
from tests.conftest import REPO

# Tables that are language data or HTML names, not cues: they hold everyday words that other modules
# may well print ('og' in a message, a first name in a test's sample text).
LANGUAGE_TABLES = {"DANISH_FUNCTION_WORDS", "ENGLISH_FUNCTION_WORDS", "FIRST_NAMES",
                   "NOT_NAMES", "ABBREVIATIONS", "OLD_ABBREVIATIONS", "SENTENCE_STARTERS", "CONNECTIVES",
                   "PARTY_LETTERS", "CROSS_REFERENCES", "USER_PERIODS", "ENGLISH_MONTHS",
                   "CHROME_TAGS", "CHROME_ROLES"}
# Modules left to their owners: the check covers them once their last inline cue moves.
MOVING = {"votes.py"}  # writes ' kunne' inline (a PERSON_VERBS cue); the outcome reader's
# Cue words that are also English words of the program's own messages ('page %d').
ENGLISH_TOO = {"page", "after"}
SHORTEST_CUE = 4  # shorter entries ('tid', 'sag') are too common to police in literals


def _entries() -> set[str]:
    out: set[str] = set()
    for name in dir(vocab):
        value = getattr(vocab, name)
        if not name.isupper() or name in LANGUAGE_TABLES or name.endswith("_RE") or \
                not isinstance(value, tuple):
            continue
        for entry in value:
            # In a (cue, meaning) table only the cue is vocabulary; the meaning is a value.
            for text in (entry[:1] if isinstance(entry, tuple) else (entry,)):
                if isinstance(text, str) and len(text) >= SHORTEST_CUE and \
                        text not in ENGLISH_TOO and \
                        re.fullmatch(r"[a-zæøå][a-zæøå /&.\-]*[a-zæøå]", text):
                    out.add(text)
    return out


# The program's own name in environment variables, cache folders and messages.
# The program's own name is no cue word: 'referat ingest', 'referat[cluster]', 'referat-'.
PROGRAM = re.compile(r"referat(?=[_\-\[\"']|\s+(?:reads|ingest|search|parse|status|reindex|serve"
                     r"|export|watch|show|decisions|case|people)\b|$)|(?<=[\"'])referat", re.I)


def _literals(path) -> list[str]:
    """String constants of a module, without docstrings and Enum values (a record's
    closed vocabulary of output values is the contract, not a cue)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef))
            and node.body and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and any(getattr(b, "id", "").endswith("Enum")
                                                  for b in node.bases):
            skip |= {id(c) for c in ast.walk(node) if isinstance(c, ast.Constant)}
    return [PROGRAM.sub("", node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in skip]


def test_no_cue_word_is_written_outside_the_vocabulary():
    entries = sorted(_entries(), key=len, reverse=True)
    cue = re.compile(r"(?<![a-zæøå])(" + "|".join(map(re.escape, entries)) + r")(?![a-zæøå])")
    found = []
    for path in sorted((REPO / "ingest").glob("*.py")):
        if path.name in MOVING or path.name == "vocab.py":
            continue
        for literal in _literals(path):
            found += [(path.name, m.group(1)) for m in cue.finditer(literal.lower())]
    assert found == []


@pytest.mark.parametrize("heading", vocab.SECTION_HEADINGS)
def test_every_section_heading_is_a_heading(heading):
    assert is_heading(heading[:1].upper() + heading[1:])
    assert is_heading(heading.upper() + ":")


@pytest.mark.parametrize("heading", vocab.DECISION_HEADINGS + vocab.DECISION_BLOCK_HEADINGS)
def test_every_decision_heading_opens_a_decision(heading):
    assert is_decision_label(heading[:1].upper() + heading[1:])


@pytest.mark.parametrize("word", ["af", "og", "i", "Vi foreslår at udsætte sagen.",
                                  "Det er vigtigt at tage stilling til økonomien"])
def test_prose_is_not_a_heading(word):
    assert not is_heading(word)


@pytest.mark.parametrize("text", ["Punkt 3: Status", "Pkt. 3 Status", "Sag nr. 3 Status",
                                  "§ 12 b Status", "3. Status", "3 Status", "3.1 Status",
                                  "715. Kulturkommune 2017", "Lukket: 4. Personalesag"])
def test_every_numbering_scheme_reads_as_a_heading(text):
    assert looks_numbered(text)
