"""Danish analysis for Whoosh, composed from filters.

    RegexTokenizer -> LowercaseFilter -> AaFoldFilter -> StopFilter(Danish)
        -> CompoundFilter (index side only) -> StemFilter(Snowball Danish)

- AaFoldFilter folds the pre-1948 spelling 'aa' to 'å' on both sides, so 'Århus'
  finds 'Aarhus' and 'sogneråd' finds 'Sogneraad'.
- CompoundFilter indexes a compound's parts at the compound's own position, so
  'efterværn' finds 'efterværnsindsatser' and 'bevilling' finds 'anlægsbevilling'.
  Queries are not split: a compound typed by a user matches itself.
"""
from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources

from whoosh.analysis import (Filter, LowercaseFilter, RegexTokenizer, StemFilter,
                             StopFilter)
from whoosh.lang import stopwords_for_language

DANISH_STOP = frozenset(stopwords_for_language("da"))
# Words that read as a compound's first part but are prefixes or particles.
_NOT_HEADS = frozenset("""ind ud op af for fore be ge er over under til fra med mod om på sam
gen mis van an bi ved hen efterhånden sammen igennem""".split())
_LINKS = ("s", "e")
MIN_WORD = 7
MAX_PARTS = 3


def fold_aa(text: str) -> str:
    """'aa' -> 'å' (lower-case input)."""
    return text.replace("aa", "å") if "aa" in text else text


class AaFoldFilter(Filter):
    """Folds 'aa' to 'å' in lower-cased tokens."""

    def __call__(self, tokens):
        for t in tokens:
            if "aa" in t.text:
                t.text = fold_aa(t.text)
            yield t


@lru_cache(maxsize=1)
def lexicon() -> dict[str, int]:
    """Danish words -> frequency rank (0 is the most common); domain words rank first."""
    pkg = resources.files("index.data")
    words: dict[str, int] = {}
    for name in ("da_domain.txt", "da_words.txt"):
        for line in pkg.joinpath(name).read_text(encoding="utf-8").splitlines():
            w = fold_aa(line.strip().lower())
            if w and not w.startswith("#") and w not in words:
                words[w] = len(words) if name == "da_words.txt" else 0
    return words


# Endings that make a word out of a stem but are no compound part of their own.
_NOT_TAILS = frozenset("""ling else ende inger ioner ens vis lige hed dom skab ning sel ighed
elig isk lse ere""".split())
# Short first parts that do make compounds ('daginstitution', 'delmål', 'husleje').
_SHORT_HEADS = frozenset("dag del hus vej sø by bil tog fly syg kur mål".split())
_ENDINGS = ("erne", "ene", "er", "en", "et", "ne", "e", "r", "s")
KNOWN_RANK = 8000  # words this common are lexicalised: not split


def _known(part: str, lex: dict[str, int]) -> bool:
    """In the lexicon as printed or with an inflection ending removed."""
    return part in lex or any(part.endswith(e) and len(part) - len(e) >= 4
                              and part[: -len(e)] in lex for e in _ENDINGS)


def _part_ok(part: str, lex: dict[str, int]) -> bool:
    if part in DANISH_STOP or part in _NOT_TAILS:
        return False
    if len(part) >= 4:
        return _known(part, lex)
    return len(part) == 3 and lex.get(part, 99999) < 1500


def _head(head: str, lex: dict[str, int]) -> str | None:
    """The first part without its linking letter, if it is a word."""
    if head in _NOT_HEADS or head in DANISH_STOP:
        return None
    if head[-1:] in _LINKS and len(head) > 4 and head[:-1] in lex and head[:-1] not in _NOT_HEADS:
        return head[:-1]
    if len(head) == 3:
        return head if head in _SHORT_HEADS else None
    return head if head in lex or _known(head, lex) else None


def _score(parts: list[str], lex: dict[str, int]) -> float:
    # Fewer, longer, commoner parts are the likelier reading.
    return sum(math.log(len(p)) - 0.02 * math.log1p(lex.get(p, 50000)) for p in parts) \
        - 1.5 * len(parts)


def split_compound(word: str, lex: dict[str, int] | None = None, depth: int = 0) -> list[str]:
    """The parts of a Danish compound ('anlægsbevillinger' -> ['anlæg', 'bevillinger']),
    or [] when the word is not a compound that the lexicon can explain."""
    lex = lex if lex is not None else lexicon()
    if len(word) < MIN_WORD or depth >= MAX_PARTS - 1:
        return []
    if depth == 0 and lex.get(word, KNOWN_RANK) < KNOWN_RANK:
        return []
    best: list[str] = []
    best_score = -math.inf
    for i in range(3, len(word) - 2):
        head_word = _head(word[:i], lex)
        if head_word is None:
            continue
        tail = word[i:]
        if _part_ok(tail, lex):
            parts = [head_word, tail]
        else:
            rest = split_compound(tail, lex, depth + 1)
            if not rest:
                continue
            parts = [head_word, *rest]
        score = _score(parts, lex)
        if score > best_score:
            best, best_score = parts, score
    return best


class CompoundFilter(Filter):
    """Adds a compound's parts after it, at the same position (index side only)."""

    def __init__(self, cache_size: int = 100_000):
        self.cache: dict[str, list[str]] = {}
        self.cache_size = cache_size

    def __call__(self, tokens):
        lex = lexicon()
        for t in tokens:
            yield t
            if t.mode == "query" or len(t.text) < MIN_WORD:
                continue
            parts = self.cache.get(t.text)
            if parts is None:
                parts = split_compound(t.text, lex)
                if len(self.cache) < self.cache_size:
                    self.cache[t.text] = parts
            if not parts:
                continue
            original, chars, start, end = t.text, t.chars, getattr(t, "startchar", None), \
                getattr(t, "endchar", None)
            for part in parts:
                t.text = part
                yield t
            t.text = original
            if chars and start is not None:
                t.startchar, t.endchar = start, end


def danish_analyzer():
    """The analyzer for every Danish text field."""
    return (RegexTokenizer(r"\w+(?:[.'’]\w+)*")
            | LowercaseFilter()
            | AaFoldFilter()
            | StopFilter(stoplist=DANISH_STOP, minsize=1)
            | CompoundFilter()
            | StemFilter(lang="da", cachesize=100_000))


def name_analyzer():
    """People's names: lower-cased, 'aa' folded, no stemming."""
    return RegexTokenizer(r"\w+") | LowercaseFilter() | AaFoldFilter()
