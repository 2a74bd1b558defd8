"""Danish analysis for Whoosh, composed from filters.

    RegexTokenizer (hyphenated words whole) -> LowercaseFilter -> DanishFilter

DanishFilter does, for each surface word, in this order:
- folds the pre-1948 spelling 'aa' to 'å', so 'Århus' finds 'Aarhus';
- drops Danish stop words (a hyphenated word is never one);
- stems the whole word, guarding -ig/-lig adjectives that Snowball cuts to short nouns
  (daglig -> dag): they keep their base form ('daglige' -> 'daglig');
- on the index side only, adds the word's parts at the word's own position, each
  stemmed on its own: the parts of a compound found in the lexicon from the surface
  word, never from its stem ('efterværnsindsatser' -> efterværn, indsats), and the
  parts of a hyphenated word ('el-biler' -> elbil, el, bil).
Queries are not split here: search/query.py offers a compound's parts as a weaker
alternative to the whole word.

The filter holds no state, so the schema pickled into an index carries no cache; the
code reaches an existing index, and ANALYZER_VERSION (stamped in the filter and read back
from the index) tells when the index must be rebuilt because the analysis changed.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer
from whoosh.lang import stopwords_for_language
from whoosh.lang.snowball.danish import DanishStemmer

# 1: split the stem, field boosts in the schema. 2: split the surface word, -ig/-lig
# guard, hyphenated words whole, no field boosts. 3: -et roots kept (budget, kvalitet).
# 4: a verb's doubled consonant kept where the undoubled stem is another word's
# (sidde/side, ligge/lige, lægge/læge, hedde/hede). 5: -s roots kept (plads, kurs, dans).
ANALYZER_VERSION = 5
DATA = Path(__file__).with_name("data")  # the word lists shipped beside this module
DANISH_STOP = frozenset(stopwords_for_language("da"))
WORD_PATTERN = r"\w+(?:[-.'’]\w+)*"
# Words that read as a compound's first part but are prefixes or particles.
_NOT_HEADS = frozenset("""ind ud op af for fore be ge er over under til fra med mod om på sam
gen mis van an bi ved hen efterhånden sammen igennem""".split())
# Endings that make a word out of a stem but are no compound part of their own.
_NOT_TAILS = frozenset("""ling else ende inger ioner ens vis lige hed dom skab ning sel ighed
elig isk lse ere ig lig ige igt ligt""".split())
_NOT_TAIL_FORMS = frozenset(t + e for t in _NOT_TAILS for e in ("", "er", "en", "et", "e", "r",
                                                                 "erne", "ene", "ne", "s"))
_LINKS = ("s", "e")
# First parts with these endings take a linking -s: the s belongs to the joint.
_LINKING_S = re.compile(r"(?:ing|hed|tion|sion|else|skab|dom|tet)$")
_ENDINGS = ("erne", "ene", "er", "en", "et", "ne", "e", "r", "s")
MIN_WORD = 6  # shorter words are not split: too few letters for two real parts
MIN_HEAD = 2  # 'el' in 'elbiler'; a short head must also be a common word (HEAD_RANK)
HEAD_RANK = 3000  # heads shorter than 4 letters must be this common in the lexicon
MAX_PARTS = 3
KNOWN_RANK = 6000  # words this common are lexicalised: not split
# -ig/-lig adjectives with their inflections; the base is kept whole.
_ADJ_IG = re.compile(r"(\w{3,}ig)(?:e|t|ere|est|este|st|ste)?")
_STEMMER = DanishStemmer()
# Nouns whose root ends in -et: Snowball removes the -et as if it were the definite
# ending, so 'budget' -> budg but 'budgettet' -> budget, 'kvalitet' -> kvalit but
# 'kvaliteten' -> kvalitet, 'billet' -> bil (a car). -itet nouns, and -et words the
# lexicon shows with a doubled t ('budgetter', 'billetter'), keep the root whole.
_ITET = re.compile(r"\w{3,}itet")
_DOUBLED_T = ("ter", "tet", "ten", "terne", "tets")
MIN_S_ROOT = 4  # letters of the shortest -s root looked up ('plads', 'kurs', 'dans')


def fold_aa(text: str) -> str:
    """'aa' -> 'å' (lower-case input)."""
    return text.replace("aa", "å") if "aa" in text else text


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball Danish, except that -ig/-lig adjectives and -et roots keep their base form."""
    m = _ADJ_IG.fullmatch(word)
    if m and len(m.group(1)) >= 5:
        return m.group(1)
    if word.endswith("et") and _root_et(word):
        return word
    if word.endswith("ets") and _root_et(word[:-1]):
        return word[:-1]  # the genitive: 'budgets', 'kvalitets'
    stemmed = _STEMMER.stem(word)
    if stemmed == word[:-1] and word.endswith("s") and _root_s(word):
        return word  # 'plads' keeps its s, as 'pladsen' and 'pladser' do
    return _kept_double(word, stemmed)


def _root_s(word: str) -> bool:
    """A word whose root ends in -s (plads, kurs, dans): Snowball takes the s for a
    genitive, so 'plads' -> plad but 'pladsen', 'pladser' -> plads and the forms never
    meet. The lexicon shows such a root inflected with its s: the word, or else the
    longest word that ends it ('sportsplads' -> plads), followed by -en or -er."""
    lex = lexicon()
    if word + "en" in lex or word + "er" in lex:
        return True
    tail = next((word[k:] for k in range(1, len(word) - MIN_S_ROOT + 1) if word[k:] in lex),
                None)
    return tail is not None and (tail + "en" in lex or tail + "er" in lex)


_VOWELS = frozenset("aeiouyæøå")
# Forms only a verb has (past participle, present participle, passive): 'siddet',
# 'liggende', 'lægges'. A noun whose plural doubles its consonant (hal/haller,
# skat/skatter, dam/dammen) has none of them, and keeps Snowball's undoubled stem.
_VERB_FORMS = ("et", "ende", "es")


def _kept_double(word: str, stemmed: str) -> str:
    """Snowball drops one of a doubled final consonant ('sidder' -> sidd -> sid), so a
    verb whose root ends in one meets an unrelated word that ends in a single one: sidde
    and side/siden (sid), ligge and lige (lig), lægge and læge (læg), hedde and hede.
    Where the lexicon holds both infinitives and the doubled one has a verb's own forms,
    the verb keeps its doubled consonant ('sidder' -> sidd)."""
    last = stemmed[-1:]
    if not last or last in _VOWELS or not word.startswith(stemmed + last):
        return stemmed
    root = stemmed + last
    lex = lexicon()
    if root + "e" in lex and stemmed + "e" in lex and any(root + e in lex for e in _VERB_FORMS):
        return root
    return stemmed


def _root_et(word: str) -> bool:
    """A noun whose root ends in -et (not the definite ending): -itet, or inflected with
    a doubled t in the lexicon."""
    if _ITET.fullmatch(word):
        return True
    lex = lexicon()
    return len(word) >= 5 and any(word + e in lex for e in _DOUBLED_T)


LEXICON_LISTS = ("da_domain.txt", "da_words.txt")  # the lexicon's word lists, in DATA
_LEXICON: dict[str, int] = {}  # built when a process has asked the sorted words enough


def lexicon() -> dict[str, int]:
    """Danish words -> frequency rank (0 is the most common); domain words rank first.

    Looked up with `in`, `get` and `[]`: the first lookups of a process are answered
    from the sorted form of the same words (index/sorted_words.py) when it is installed
    and up to date, without building the dict; then, or without it, the dict."""
    if _LEXICON:
        return _LEXICON
    from index import sorted_words

    sorted_form = _sorted_form(sorted_words.FILE)
    if sorted_form is not None and sorted_form.lookups < sorted_words.LOOKUPS:
        return sorted_form
    _LEXICON.update(build_lexicon(*((DATA / name).read_text(encoding="utf-8")
                                    for name in LEXICON_LISTS)))
    return _LEXICON


@lru_cache(maxsize=1)
def _sorted_form(path: Path):
    from index import sorted_words

    return sorted_words.read(path)


def build_lexicon(domain_text: str, words_text: str) -> dict[str, int]:
    """The lexicon from its word lists: the domain words (one a line, '#' comments),
    then the general words by frequency (one a line)."""
    domain = [w.strip() for w in _folded(domain_text).splitlines()
              if w.strip() and not w.lstrip().startswith("#")]
    general = _folded(words_text).split()  # one word a line, no comments
    # A word's rank is its place among the distinct words, domain words first; whole-file
    # folding and C-level dict building load it in a third of the time a loop over lines took.
    order = dict.fromkeys(domain + general)
    words = dict(zip(order, range(len(order))))
    words.update(dict.fromkeys(domain, 0))
    return words


def _folded(text: str) -> str:
    """A word list's text, lower-cased with 'aa' folded (in one pass over the text)."""
    return fold_aa(text.lower())


def _known(part: str, lex: dict[str, int]) -> bool:
    """In the lexicon as printed or with an inflection ending removed."""
    return part in lex or any(part.endswith(e) and len(part) - len(e) >= 4
                              and part[: -len(e)] in lex for e in _ENDINGS)


def _lexicalised(word: str, lex: dict[str, int]) -> bool:
    """A common word, as printed or inflected ('dagsordenen'): read whole, not split."""
    return any(lex.get(word[: len(word) - len(e)] if e else word, KNOWN_RANK) < KNOWN_RANK
               for e in ("",) + _ENDINGS if word.endswith(e) and len(word) - len(e) >= 4)


# Derivational endings: 'godkendelse' is godkende + -lse, not god + kendelse.
_DERIVATIONS = ("elserne", "elsen", "elser", "else", "ningerne", "ningen", "ninger", "ning")


def _derived(word: str, lex: dict[str, int]) -> bool:
    """A known verb with a derivational ending, read whole ('centralisering')."""
    for suffix in _DERIVATIONS:
        if word.endswith(suffix):
            base = word[: -len(suffix)]
            return len(base) >= 4 and (base + "e" in lex or base + "ere" in lex)
    return False


def _tail_ok(part: str, lex: dict[str, int]) -> bool:
    if part in DANISH_STOP or len(part) < 3 or part in _NOT_TAIL_FORMS:
        return False
    if len(part) >= 4:
        return _known(part, lex)
    return lex.get(part, 99999) < HEAD_RANK


def _head(head: str, lex: dict[str, int]) -> str | None:
    """The first part without its linking letter, if it is a word (first parts are
    uninflected: a lexicon lookup, no ending stripped)."""
    base = head[:-1]
    if head[-1:] in _LINKS and len(base) >= 3 and base in lex and base not in _NOT_HEADS \
            and base not in DANISH_STOP:
        return base
    if head not in lex or head in _NOT_HEADS or head in DANISH_STOP:
        return None
    return head if len(head) >= 4 or lex[head] < HEAD_RANK else None


def _score(parts: list[str], lex: dict[str, int]) -> float:
    # Fewer, longer, commoner parts are the likelier reading.
    return sum(math.log(len(p)) - 0.02 * math.log1p(lex.get(p, 50000)) for p in parts) \
        - 1.5 * len(parts)


@lru_cache(maxsize=200_000)
def split_compound(word: str, depth: int = 0) -> tuple[str, ...]:
    """The parts of a Danish compound as printed ('anlægsbevillinger' -> ('anlæg',
    'bevillinger')), or () when the lexicon cannot explain the word as one."""
    lex = lexicon()
    if len(word) < MIN_WORD or depth >= MAX_PARTS - 1:
        return ()
    if depth == 0 and (_lexicalised(word, lex) or _derived(word, lex)):
        return ()
    best: tuple[str, ...] = ()
    best_score = -math.inf
    # Inner parts are at least four letters: short inner parts are mostly noise.
    for i in range(MIN_HEAD if depth == 0 else 4, len(word) - 2):
        head_word = _head(word[:i], lex)
        if head_word is None:
            continue
        tail = word[i:]
        if tail[0] == "s" and head_word == word[:i] and _LINKING_S.search(head_word):
            continue  # 'forsamlingshus' is forsamling+s+hus, never forsamling+shus
        rest = (tail,) if _tail_ok(tail, lex) else split_compound(tail, depth + 1)
        if not rest:
            continue
        parts = (head_word, *rest)
        score = _score(list(parts), lex)
        if score > best_score:
            best, best_score = parts, score
    return best


def word_parts(word: str) -> tuple[str, ...]:
    """The parts a word is indexed under besides itself: hyphen parts, compound parts."""
    if "-" in word:
        pieces = tuple(p for p in word.split("-") if p)
        return pieces + tuple(p for piece in pieces for p in split_compound(piece))
    return split_compound(word)


def surface(word: str) -> str:
    """The form a word is indexed under: 'aa' folded, a hyphenated word joined."""
    return fold_aa(word).replace("-", "")


@lru_cache(maxsize=500_000)
def analyse(word: str) -> tuple[str, tuple[str, ...]]:
    """A folded, lower-case word -> its stem and the stems of its parts (cached: most
    words of an archive recur)."""
    whole = stem(word.replace("-", ""))
    parts = (stem(p) for p in word_parts(word))
    return whole, tuple(p for p in dict.fromkeys(parts) if p != whole and p not in DANISH_STOP)


_WORD = re.compile(WORD_PATTERN)


def word_stems(text: str):
    """Each word of a text as the index holds it: (start, end, stem, parts' stems), the
    analyzer's work without Whoosh's token machinery (snippets of long texts)."""
    for m in _WORD.finditer(text):
        word = fold_aa(m.group().lower())
        if word in DANISH_STOP:
            continue
        whole, parts = analyse(word)
        yield m.start(), m.end(), whole, parts


# A word as printed -> the terms it is indexed under (its stem, then its parts' stems;
# () for a stop word): the index side's analysis done once per distinct printed word.
_PRINTED: dict[str, tuple[str, ...]] = {}
PRINTED_WORDS = 400_000  # printed words remembered per process (an archive has far fewer
# distinct ones); past this the memory is cleared and refilled


def _printed_terms(word: str) -> tuple[str, ...]:
    folded = fold_aa(word.lower())
    terms = () if folded in DANISH_STOP else _flat(analyse(folded))
    if len(_PRINTED) >= PRINTED_WORDS:
        _PRINTED.clear()
    _PRINTED[word] = terms
    return terms


def _flat(analysed: tuple[str, tuple[str, ...]]) -> tuple[str, ...]:
    whole, parts = analysed
    return (whole, *parts)


def term_positions(text: str) -> dict[str, list[int]]:
    """Each term a text is indexed under -> the positions it stands at: what the index
    side of danish_analyzer() gives (positions count the words that are not stop words;
    a compound's parts stand at the position of their word), without its token objects."""
    poses: dict[str, list[int]] = {}
    known = _PRINTED.get
    pos = 0
    for word in _WORD.findall(text):
        terms = known(word)
        if terms is None:
            terms = _printed_terms(word)
        if not terms:
            continue
        for term in terms:
            at = poses.get(term)
            if at is None:
                poses[term] = [pos]
            else:
                at.append(pos)
        pos += 1
    return poses


class DanishFilter(Filter):
    """Folds, drops stop words, stems, and (index side) adds the parts of compounds."""

    def __init__(self, split: bool = True):
        self.split = split
        self.version = ANALYZER_VERSION

    def __eq__(self, other):
        return type(other) is type(self) and other.__dict__ == self.__dict__

    def __call__(self, tokens):
        split = self.split
        pos = 0
        for t in tokens:
            word = fold_aa(t.text)
            if word in DANISH_STOP:
                continue
            if t.positions:  # renumbered without the stop words, so phrases still match
                t.pos = pos
                pos += 1
            t.text, parts = analyse(word)
            yield t
            if split and t.mode != "query":
                for part in parts:
                    t.text = part
                    yield t


class AaFoldFilter(Filter):
    """Folds 'aa' to 'å' in lower-cased tokens (people's names)."""

    def __call__(self, tokens):
        for t in tokens:
            if "aa" in t.text:
                t.text = fold_aa(t.text)
            yield t


class CompoundFilter(Filter):
    """Version 1's compound filter, kept so that an index built with it still opens
    (its schema names this class) and can say that it needs `referat reindex`."""

    def __call__(self, tokens):
        yield from tokens


def danish_analyzer():
    """The analyzer for every Danish text field."""
    return RegexTokenizer(WORD_PATTERN) | LowercaseFilter() | DanishFilter()


def name_analyzer():
    """People's names: lower-cased, 'aa' folded, no stemming."""
    return RegexTokenizer(r"\w+") | LowercaseFilter() | AaFoldFilter()


def analyzer_version(schema) -> int:
    """The analyzer version an index's schema was built with (1 before it was stamped)."""
    field = schema["content"] if "content" in schema else None
    analyzer = getattr(field, "analyzer", None)
    for item in getattr(analyzer, "items", ()):
        if isinstance(item, DanishFilter):
            return getattr(item, "version", 1)
    return 1
