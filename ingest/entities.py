"""The spaCy pipeline: people with roles and party letters.

`spacy.blank("da")` (no model to download) with one rule component.
Rules find the cues a reader relies on: a role word ('Sagsbehandler:', 'Driftschef',
'borgmester'), a title before a name ('Gdr.', 'Dyrlæge'), a party in parentheses after
one ('(A)', 'Alternativet (Å)'), a known first name, a verb that follows a person
('... deltog ikke', '... tog forbehold'), a letter's sign-off ('Med venlig hilsen').
The component then reads the capitalised name tokens next to each cue, including
coordinated names ('Ruth Lehm og Janus Hedemann', 'Jeanette L. Hoppe / Lotte Henriksen').
All cue words are vocabulary (ingest/vocab.py).
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string
from spacy.tokens import Doc

from ingest import vocab
from ingest.records import Person
from ingest.roles import NAME_WORD, ROLE_CUES, ROLE_SUFFIX_PATTERN, TITLES, role_of

_FIRST = frozenset(vocab.FIRST_NAMES)
_UNITS = frozenset(vocab.AMOUNT_UNITS)
# Month names are no names ('Marts 1941'); short forms like 'Jan' and 'Maj' may be.
_NOT_NAMES = frozenset(vocab.NOT_NAMES) | frozenset(m for m, _ in vocab.MONTHS[:12]) - \
    frozenset(vocab.FIRST_NAMES) | frozenset(vocab.WEEKDAYS)
_VERBS = frozenset(vocab.PERSON_VERBS)
_SIGN_OFFS = tuple(tuple(s.split()) for s in vocab.SIGN_OFFS)
_SELF_ROLES = dict(vocab.SELF_ROLES)
_ABSENT_BEFORE = dict(vocab.ABSENT_BEFORE)
# Roles that say only that someone took part: a named function ('formand') wins over them.
_WEAK_ROLES = (None, vocab.MEMBER_ROLE, vocab.PARTICIPANT_LABELS[0][1])
_NAME_RE = re.compile(rf"^(?:{NAME_WORD}|[A-ZÆØÅ]\.)$")
# Abbreviations that shorten no first name ('Nr.', 'Pkt.', 'Ang.'); 'Kr.' is Kristian too.
_ABBREVIATIONS = frozenset(vocab.ABBREVIATIONS) - {"kr"}
_FIRST_ABBREV = re.compile(r"^[A-ZÆØÅ][a-zæøå]{1,4}\.$")  # 'Alb.', 'Chr.' in old books
PARTY = re.compile(r"^[A-ZÆØÅ]{1,3}$")
_PARTY_ABBREVIATIONS = frozenset(vocab.PARTY_ABBREVIATIONS)
_PARTY_NAMES = dict(vocab.PARTY_NAMES)
MAX_NAME = 4  # tokens in a name
BACK_OVER = 4  # tokens between a name and its party ('Radikale Venstre (B)')

# A found person: (first token, end token, role, party). Kept as plain tuples in
# doc.user_data: span extensions are shared by equal spans, so two cues would overwrite
# each other's role.
Found = tuple[int, int, str | None, str | None]


def _is_name_token(tok) -> bool:
    return bool(_NAME_RE.match(tok.text)) and tok.lower_ not in _NOT_NAMES \
        and not role_of(tok.lower_) and tok.lower_.rstrip(".") not in TITLES


def _skip_to_name(doc: Doc, i: int, cross_line: bool) -> int:
    while i < len(doc) and (doc[i].text in (":", "-", "–") or
                            (cross_line and doc[i].is_space)):
        i += 1
    return i


def _name_after(doc: Doc, i: int, cross_line: bool, min_len: int = 2) -> tuple[int, int] | None:
    """The span of a name starting at token i (min_len to MAX_NAME name tokens); a name
    may wrap once after its first token ('Birgit' / 'Elleby Jørgensen')."""
    i = _skip_to_name(doc, i, cross_line)
    units: list[tuple[int, bool]] = []  # (last token of a name word, is it abbreviated)
    j = i
    while j < len(doc) and len(units) < MAX_NAME:
        abbrev = _abbreviation_end(doc, j)
        # initials first ('Johs.', 'R. P.'), or a middle name shortened before the
        # surname ('Jens Kr. Bach', 'Niels Chr. Hansen')
        if abbrev is not None and (all(a for _, a in units) or
                                   abbrev + 1 < len(doc) and _is_name_token(doc[abbrev + 1])):
            units.append((abbrev, True))
            j = abbrev + 1
        elif _is_name_token(doc[j]):
            if _next_name_starts(doc, units, j):
                break  # 'Birthe Nørskov Arne Kallestrup': signatures on one line
            units.append((j, doc[j].text.endswith(".")))
            j += 1
        elif len(units) == 1 and doc[j].is_space and "\n" in doc[j].text and \
                doc[j].text.count("\n") == 1 and j + 1 < len(doc) and _is_name_token(doc[j + 1]):
            j += 1
        else:
            break
    while units and units[-1][1]:
        units.pop()  # a name ends in a full word, not an initial
    if len(units) >= min_len:
        return i, units[-1][0] + 1
    return None


def _next_name_starts(doc: Doc, units: list[tuple[int, bool]], j: int) -> bool:
    """A first name after a surname opens the next person's name: names set side by side
    on one line (signatures, a member row) run together once their spacing is lost."""
    if len(units) < 2 or doc[j].lower_ not in _FIRST:
        return False
    last, abbreviated = units[-1]
    return not abbreviated and doc[last].lower_ not in _FIRST


def _abbreviation_end(doc: Doc, j: int) -> int | None:
    """The last token of an abbreviated first name at j ('Alb.', or 'Johs' + '.'); not
    a unit after a number ('12 Kr. Svinekød': kroner; '3. Chr. Birkegaard' is a name)."""
    word = doc[j].lower_.rstrip(".")
    if j and doc[j - 1].like_num and word in _UNITS:
        return None
    if _FIRST_ABBREV.match(doc[j].text) and word not in TITLES and not role_of(word) and \
            word not in _ABBREVIATIONS:  # 'Nr. Udgiftstype' is a table's heading
        return j
    return None


def _name_before(doc: Doc, end: int, min_len: int = 2) -> tuple[int, int] | None:
    """The span of a name ending just before token `end`."""
    i = end
    while i > 0 and end - i < MAX_NAME and _is_name_token(doc[i - 1]):
        i -= 1
    if i > 0 and end - i < MAX_NAME and _FIRST_ABBREV.match(doc[i - 1].text):
        i -= 1
    return (i, end) if end - i >= min_len else None


def _party_owner(doc: Doc, start: int) -> tuple[int, int] | None:
    """The name a party mark belongs to: right before it, or before the party's name
    ('Metin Lindved Aydin, Radikale Venstre (B)')."""
    span = _name_before(doc, start)
    if span:
        return span
    for back in range(1, BACK_OVER + 1):
        k = start - back
        if k <= 0 or doc[k].is_space or doc[k].text in ("(", ")", "."):
            return None
        if doc[k].text == ",":
            return _name_before(doc, k)
    return None


@Language.component("people_cues")
def people_component(doc: Doc) -> Doc:
    """Record the people of a text in doc.user_data['people'] as (start, end, role, party)."""
    found: list[Found] = []
    for match_id, start, end in _matches(doc):
        found.extend(_READERS[doc.vocab.strings[match_id]](doc, start, end))
    found.extend(_signed(doc))
    doc.user_data["people"] = found
    return doc


def _cue(doc: Doc, start: int, end: int) -> list[Found]:
    if start and doc[start - 1].text in ("-", "–", ","):
        return []  # 'Lolan Ottesen (A) - formand': a role after a name, not before one
    role = role_of(doc[start].lower_)
    cross = end < len(doc) and (doc[end].text == ":" or
                                (doc[end].is_space and "\n" in doc[end].text))
    span = _name_after(doc, end, cross_line=cross)
    if span is None and end < len(doc) and doc[end].lower_ == "for":
        span = _name_after_whose(doc, end)  # 'Direktør for Børn og Unge, Kirsten Nielsen'
    return _joined(doc, span, role)


def _joined(doc: Doc, span: tuple[int, int] | None, role: str | None) -> list[Found]:
    """The person at span and those joined to it by 'og' or '/', each with the role."""
    out = []
    while span:
        out.append(_person(doc, span, role, None))
        span = _coordinated(doc, span[1])
    return out


ROLE_OF_REACH = 6  # tokens naming whose role it is ('for Børn og Unge'), up to the comma


def _name_after_whose(doc: Doc, i: int) -> tuple[int, int] | None:
    """The name after a role's 'for ...,' (the office it heads), on the same line."""
    for j in range(i + 1, min(i + ROLE_OF_REACH, len(doc))):
        if "\n" in doc[j].text:
            return None
        if doc[j].text == ",":
            return _name_after(doc, j + 1, cross_line=False)
    return None


def _title(doc: Doc, start: int, end: int) -> list[Found]:
    k = end + 1 if end < len(doc) and doc[end].text == "." else end
    span = _name_after(doc, k, cross_line=False, min_len=1)
    return [_person(doc, span, None, None)] if span else []


def _party(doc: Doc, start: int, end: int) -> list[Found]:
    span = _party_owner(doc, start)
    letter = doc[start + 1].text
    if not span or len(letter) > 1 and (letter not in _PARTY_ABBREVIATIONS or
                                        _own_initials(doc, start, letter)):
        return []
    return [_person(doc, span, _member_role(doc, end), letter if len(letter) == 1 else None)]


def _own_initials(doc: Doc, start: int, mark: str) -> bool:
    """'Den Sociale Investeringsfond (DSI)': a mark that spells the words before it is the
    name's own abbreviation (an organisation), not a party."""
    words = [t.text for t in doc[max(0, start - len(mark)):start] if not t.is_space]
    return "".join(w[:1] for w in words).upper() == mark


def _self_role(doc: Doc, start: int, end: int) -> list[Found]:
    """'Mads er referent': a name, then the role the sentence gives it."""
    span = _name_before(doc, start, min_len=1)
    role = _SELF_ROLES.get(" ".join(t.lower_ for t in doc[start:end]))
    return [_person(doc, span, role, None)] if span else []


def _absent(doc: Doc, start: int, end: int) -> list[Found]:
    """'... undtagen Niels Jensen', 'Afbud fra Karen Holm og Peter Skov': the names
    after the phrase, joined by 'og', are absent."""
    role = _ABSENT_BEFORE[" ".join(t.lower_ for t in doc[start:end])]
    return _joined(doc, _name_after(doc, end, cross_line=False), role)


def _first_name(doc: Doc, start: int, end: int) -> list[Found]:
    k = start - 1
    if k > 0 and doc[k].is_space and doc[k].text.count("\n") == 1:
        k -= 1  # 'Smedesvend Karl' / 'Julius Petersen': a name wrapped after its first word
    before = doc[k] if k >= 0 else None
    if before is not None and _is_name_token(before) and (
            before.lower_ in _FIRST or before.text.endswith(".")):
        return []  # inside a longer name ('Anne Marie Holm'), read from its start
    span = _name_after(doc, start, cross_line=False)
    return [_person(doc, span, _role_before(doc, start), None)] if span else []


def _initial(doc: Doc, start: int, end: int) -> list[Found]:
    """'O. Andersen', 'R. P. Simonsen', 'Johs. Nielsen': initials before a surname."""
    word = doc[start].lower_.rstrip(".")
    if start and _is_name_token(doc[start - 1]) or role_of(word) or word in TITLES:
        return []
    span = _name_after(doc, start, cross_line=False)
    return [_person(doc, span, _role_before(doc, start), None)] if span else []


def _before_verb(doc: Doc, start: int, end: int) -> list[Found]:
    """'X, Y og Z kunne tiltræde': every name in the list before the verb."""
    out = []
    k = start
    while True:
        span = _name_before(doc, k)
        if not span:
            break
        out.append(_person(doc, span, _role_before(doc, span[0]), None))
        k = span[0]
        if k > 0 and doc[k - 1].text in (",", "og", "&"):
            k -= 1
        else:
            break
    return out


def _party_name(doc: Doc, start: int, end: int) -> list[Found]:
    """A party written out after a name, past a comma, a bracket or a line break:
    'Bünyamin Simsek / Det Konservative Folkeparti', 'Jens Holm, Enhedslisten'."""
    if not doc[start].text[:1].isupper():
        return []
    party = _PARTY_NAMES[" ".join(t.lower_ for t in doc[start:end])]
    if end + 1 < len(doc) and doc[end].text == ",":
        after = _name_after(doc, end + 1, cross_line=False)
        if after:  # 'SF, Thomas Medom': the party first, its member after it
            return [_person(doc, after, _member_role(doc, after[1]), party)]
    k = start
    while k > 0 and (doc[k - 1].is_space or doc[k - 1].text in (",", "(", "/", "-", "–")):
        k -= 1
    span = _name_before(doc, k) if k < start else None
    if not span or end < len(doc) and _is_name_token(doc[end]):
        return []  # 'Venstre Side', a party's name running on into another name
    return [_person(doc, span, _member_role(doc, end), party)]


_READERS = {"CUE": _cue, "TITLE": _title, "PARTY": _party, "PARTY_NAME": _party_name,
            "SELF": _self_role, "ABSENT": _absent,
            "FIRST": _first_name, "VERB": _before_verb, "INITIAL": _initial}


def _role_before(doc: Doc, start: int) -> str | None:
    return role_of(doc[start - 1].lower_) if start else None


def _signed(doc: Doc) -> list[Found]:
    """Names on the lines after a sign-off ('Med venlig hilsen' / 'Erik Nielsen').
    The sign-offs' first words are found among the tokens' lower-case ids in one array
    (a Token object made for every token of the text cost more than the matcher)."""
    out = []
    lowered = doc.to_array("LOWER")
    starts = [int(i) for i in np.flatnonzero(np.isin(lowered, _SIGN_OFF_FIRSTS))]
    for phrase in _SIGN_OFFS:
        for i in starts:
            if tuple(t.lower_ for t in doc[i:i + len(phrase)]) != phrase:
                continue
            k = i + len(phrase)
            span = _name_after(doc, k, cross_line=True)
            while span:
                out.append(_person(doc, span, None, None))
                span = _name_after(doc, span[1], cross_line=True)
    return out


# The lower-case ids of the sign-offs' first words, as Doc.to_array gives them.
_SIGN_OFF_FIRSTS = np.array(sorted({hash_string(p[0]) for p in _SIGN_OFFS}), dtype=np.uint64)


def _coordinated(doc: Doc, i: int) -> tuple[int, int] | None:
    """A second name joined by 'og' or '/' to the one ending at token i."""
    j = i
    while j < len(doc) and doc[j].is_space:
        j += 1
    if j < len(doc) and doc[j].lower_ in ("og", "/", "&"):
        return _name_after(doc, j + 1, cross_line=True)
    return None


def _member_role(doc: Doc, i: int) -> str:
    if i + 1 < len(doc) and doc[i].text in ("-", "–", ",") and role_of(doc[i + 1].lower_):
        return role_of(doc[i + 1].lower_)
    return vocab.MEMBER_ROLE


def _person(doc: Doc, span: tuple[int, int], role: str | None, party: str | None) -> Found:
    return span[0], span[1], role or _role_after(doc, span[1]), party


def _role_after(doc: Doc, i: int) -> str | None:
    """A role that ends the name's line ('Poul Erik Hansen, borgmester') or stands alone on
    the line below it (a signature's title: 'Poul Erik Hansen' / 'borgmester'); never a
    label ('Sagsbehandler:' opens the next person's line)."""
    j = i + 1 if i < len(doc) and (doc[i].text in (",", "-", "–") or
                                   (doc[i].is_space and doc[i].text.count("\n") == 1)) else i
    if j >= len(doc) or not role_of(doc[j].lower_):
        return None
    k = j + 2 if j + 1 < len(doc) and doc[j + 1].text == "." else j + 1  # 'formand.'
    if k == len(doc) or (doc[k].is_space and "\n" in doc[k].text):
        return role_of(doc[j].lower_)
    return None


# The cue kinds in the order a reader takes them where two match the same tokens.
_KINDS = ("CUE", "TITLE", "PARTY", "PARTY_NAME", "SELF", "ABSENT", "FIRST", "VERB", "INITIAL")
# Kinds cued by one word of a list, and whether the word must be written with a capital
# (a first name).
_WORD_KINDS = (("CUE", ROLE_CUES, False), ("TITLE", TITLES, False), ("FIRST", _FIRST, True),
               ("VERB", _VERBS, False))


def _matches(doc: Doc) -> list[tuple[int, int, int]]:
    """The cues of a text as (kind id, start, end), in the order one spaCy Matcher of
    every kind gives them: by end, then start, then kind. A Matcher makes a Token and a
    Python call for every token and pattern, so the cues are found from the tokens' ids
    instead: single words from a list (role words, titles, first names, verbs) looked
    up, words of a shape (a job title on a role word, an initial, a party letter) tested
    once per distinct word, and the fixed phrases (party names, 'er referent', 'afbud
    fra') found by a PhraseMatcher."""
    rank, ids, words = _lists(doc.vocab)
    found = list(_phrases(doc.vocab)(doc))
    if not len(doc):
        return found
    lowers, orths, titles = doc.to_array(["LOWER", "ORTH", "IS_TITLE"]).T.tolist()
    strings = doc.vocab.strings
    for i, lower in enumerate(lowers):
        for kind, capital in words.get(lower, ()):
            if titles[i] or not capital:
                found.append((kind, i, i + 1))
    suffixed = {w for w in set(lowers) if _shaped(_ROLE_SUFFIX, w, strings)}
    found.extend((ids["CUE"], i, i + 1) for i, w in enumerate(lowers) if w in suffixed)
    both = set(orths)
    starts = {w for w in both if _shaped(_INITIAL, w, strings)}
    if starts:
        named = {w for w in both if _shaped(_NAME_RE, w, strings)}
        found.extend((ids["INITIAL"], i, i + 2) for i in range(len(orths) - 1)
                     if orths[i] in starts and orths[i + 1] in named)
    opening, closing = ids["("], ids[")"]
    found.extend((ids["PARTY"], i, i + 3) for i in range(len(orths) - 2)
                 if orths[i] == opening and orths[i + 2] == closing and
                 _shaped(PARTY, orths[i + 1], strings))
    found.sort(key=lambda m: (m[2], m[1], rank[m[0]]))
    return [m for k, m in enumerate(found) if not k or m != found[k - 1]]


_ROLE_SUFFIX = re.compile(ROLE_SUFFIX_PATTERN)
_INITIAL = re.compile(r"^[A-ZÆØÅ][a-zæøå]{0,4}\.$")
_SHAPES: dict[re.Pattern, dict[int, bool]] = {}
SHAPES_KEPT = 50_000  # words remembered per shape: a long import meets millions


def _shaped(pattern: re.Pattern, word: int, strings) -> bool:
    """Whether the word (by id) has the pattern somewhere in it, as a Matcher's REGEX
    tests it; remembered for the words met last."""
    seen = _SHAPES.setdefault(pattern, {})
    hit = seen.get(word)
    if hit is None:
        if len(seen) >= SHAPES_KEPT:
            seen.clear()
        hit = seen[word] = pattern.search(strings[word]) is not None
    return hit


@lru_cache(maxsize=4)
def _lists(vocab_) -> tuple[dict[int, int], dict[str, int], dict[int, list[tuple[int, bool]]]]:
    """Each kind's rank by its id; the ids of the kinds' names and of the brackets; for
    each word of a word kind (by the id its tokens carry: a word that is one of spaCy's
    symbols has the symbol's), its kinds and whether they need it written with a
    capital."""
    add = vocab_.strings.add
    ids = {name: add(name) for name in (*_KINDS, "(", ")")}
    rank = {ids[kind]: n for n, kind in enumerate(_KINDS)}
    words: dict[int, list[tuple[int, bool]]] = {}
    for kind, listed, capital in _WORD_KINDS:
        for w in sorted(set(listed)):
            words.setdefault(add(w), []).append((ids[kind], capital))
    return rank, ids, words


@lru_cache(maxsize=4)
def _phrases(vocab_) -> PhraseMatcher:
    m = PhraseMatcher(vocab_, attr="LOWER")
    for kind, phrases in (("PARTY_NAME", _PARTY_NAMES), ("SELF", _SELF_ROLES),
                          ("ABSENT", _ABSENT_BEFORE)):
        m.add(kind, [Doc(vocab_, words=phrase.split()) for phrase in phrases])
    return m


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The shared blank Danish pipeline with our rule component."""
    nlp = spacy.blank("da")
    nlp.add_pipe("people_cues")  # no sentencizer: no rule reads sentence boundaries
    return nlp


def find_people(text: str) -> list[Person]:
    """People named in a text, each once, in order of appearance."""
    if not text.strip():
        return []
    doc = pipeline()(_prepare(text))
    return _people(doc)


def _prepare(text: str) -> str:
    return re.sub(r"\s*/\s*", " / ", text)[:200_000]


def _people(doc: Doc) -> list[Person]:
    found = sorted(doc.user_data.get("people", []), key=lambda f: f[0])
    out = [Person(" ".join(doc[a:b].text.split()), role, party) for a, b, role, party in found]
    return merge_people(out)


def merge_people(people: list[Person]) -> list[Person]:
    """One entry per person, in first-seen order: a party or a more specific role wins
    over none; a genitive ('Winnerskjolds') and a name without its middle names ('Polly
    Dutschke') are the fuller name's."""
    names = [p.name for p in people]
    by_name: dict[str, Person] = {}
    for p in people:
        name = _canonical(p.name, names)
        old = by_name.get(name)
        if old is None:
            by_name[name] = Person(name, p.role, p.party)
        elif old.party is None and p.party or old.role in _WEAK_ROLES and p.role:
            weak = old.role in _WEAK_ROLES
            by_name[name] = Person(name, p.role if weak else old.role,
                                   p.party or old.party)
    return list(by_name.values())


# A surname in '-sens' is a '-sen' name in the genitive ('Lone Bach Sørensens udtræden').
_GENITIVE_SEN = re.compile(r"(?<=sen)s$")


def _canonical(name: str, names: list[str]) -> str:
    if name.endswith("s") and name[:-1] in names:
        return name[:-1]
    if len(name.split()) >= 2 and _GENITIVE_SEN.search(name):
        return _canonical(name[:-1], names)
    parts = name.split()
    fuller = [n for n in names if len(n.split()) > len(parts) >= 2 and
              n.split()[0] == parts[0] and n.split()[-1].rstrip("s") == parts[-1].rstrip("s")]
    return _canonical(max(fuller, key=len), names) if fuller else name
