"""The spaCy pipeline: people with roles and party letters.

`spacy.blank("da")` (no model to download) with a sentencizer and one rule component.
A Matcher finds the cues (role words such as 'Sagsbehandler:', 'Driftschef', a party
letter in parentheses, '... er referent'); the component then reads the capitalised
name tokens next to each cue, including coordinated names ('Ruth Lehm og Janus
Hedemann', 'Jeanette L. Hoppe / Lotte Henriksen').
"""
from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from ingest.records import Person

# Cue word (lower case) -> the role it gives.
ROLE_CUES = {
    "sagsbehandler": "sagsbehandler", "sagsbehandlere": "sagsbehandler",
    "ansvarlig": "ansvarlig", "rådmand": "rådmand", "borgmester": "borgmester",
    "driftschef": "driftschef", "driftscheferne": "driftschef", "driftschefer": "driftschef",
    "centerchef": "centerchef", "afdelingschef": "afdelingschef", "direktør": "direktør",
    "forvaltningschef": "forvaltningschef", "sekretær": "sekretær", "referent": "referent",
    "kontakt": "kontakt", "kontaktperson": "kontakt", "byrådsmedlem": "byrådsmedlem",
    "formand": "formand", "næstformand": "næstformand", "konsulent": "konsulent",
    "koordinator": "koordinator", "presseansvarlige": "presseansvarlig",
    "presseansvarlig": "presseansvarlig", "chefkonsulent": "chefkonsulent",
    "leder": "leder", "souschef": "souschef", "fuldmægtig": "fuldmægtig",
}
_NAME_RE = re.compile(r"^(?:[A-ZÆØÅ][a-zæøåéüöä]+(?:-[A-ZÆØÅ][a-zæøåéüöä]+)?|[A-ZÆØÅ]\.)$")
_NOT_NAMES = frozenset("""
kommune aarhus århus ballerup region danmark dansk det der den de som til og i på for med
af fra om efter ved under punkt bilag sag sagsnr tlf telefon e-post email mail direkte
rådhuset rådmanden udvalget byrådet mødet referat dagsorden indstilling notat januar
februar marts april maj juni juli august september oktober november december mandag
tirsdag onsdag torsdag fredag lørdag søndag kl hvis når dette disse alle ingen evt
center afdeling forvaltningen magistraten kopi mads
""".split()) - {"mads"}
PARTY = re.compile(r"^[A-ZÆØÅ]$")

if not Span.has_extension("role"):
    Span.set_extension("role", default=None)
    Span.set_extension("party", default=None)


def _is_name_token(tok) -> bool:
    return bool(_NAME_RE.match(tok.text)) and tok.lower_ not in _NOT_NAMES \
        and tok.lower_ not in ROLE_CUES


def _name_after(doc: Doc, i: int, cross_line: bool) -> tuple[int, int] | None:
    """The span of a name starting at token i (2-4 name tokens), if any."""
    while i < len(doc) and (doc[i].text in (":", "-") or (cross_line and doc[i].is_space)):
        i += 1
    j = i
    while j < len(doc) and j - i < 4 and _is_name_token(doc[j]):
        j += 1
    if j - i >= 2 and not doc[i].text.endswith("."):
        return i, j
    return None


def _name_before(doc: Doc, end: int, min_len: int = 2) -> tuple[int, int] | None:
    """The span of a name ending just before token `end`."""
    i = end
    while i > 0 and end - i < 4 and _is_name_token(doc[i - 1]):
        i -= 1
    return (i, end) if end - i >= min_len else None


@Language.component("referat_people")
def people_component(doc: Doc) -> Doc:
    """Mark people as spans in doc.spans['people'] with ._.role and ._.party."""
    matcher = _matcher(doc.vocab)
    spans: list[Span] = []
    for match_id, start, end in matcher(doc):
        kind = doc.vocab.strings[match_id]
        if kind == "CUE":
            role = ROLE_CUES[doc[start].lower_]
            cross = end < len(doc) and (doc[end].text == ":" or
                                        (doc[end].is_space and "\n" in doc[end].text))
            span = _name_after(doc, end, cross_line=cross)
            while span:
                spans.append(_person(doc, span, role, None))
                span = _coordinated(doc, span[1])
        elif kind == "PARTY":
            span = _name_before(doc, start)
            if span:
                role = _member_role(doc, end)
                spans.append(_person(doc, span, role, doc[start + 1].text))
        elif kind == "REFERENT":
            span = _name_before(doc, start, min_len=1)
            if span:
                spans.append(_person(doc, span, "referent", None))
    doc.spans["people"] = spans
    return doc


def _coordinated(doc: Doc, i: int) -> tuple[int, int] | None:
    """A second name joined by 'og' or '/' to the one ending at token i."""
    j = i
    while j < len(doc) and doc[j].is_space:
        j += 1
    if j < len(doc) and doc[j].lower_ in ("og", "/", "&"):
        return _name_after(doc, j + 1, cross_line=True)
    return None


def _member_role(doc: Doc, i: int) -> str:
    if i + 1 < len(doc) and doc[i].text in ("-", "–", ",") and doc[i + 1].lower_ in ROLE_CUES:
        return ROLE_CUES[doc[i + 1].lower_]
    return "medlem"


def _person(doc: Doc, span: tuple[int, int], role: str | None, party: str | None) -> Span:
    s = doc[span[0]: span[1]]
    s._.role = role
    s._.party = party
    return s


@lru_cache(maxsize=4)
def _matcher(vocab) -> Matcher:
    m = Matcher(vocab)
    m.add("CUE", [[{"LOWER": {"IN": list(ROLE_CUES)}}]])
    m.add("PARTY", [[{"TEXT": "("}, {"TEXT": {"REGEX": PARTY.pattern}}, {"TEXT": ")"}]])
    m.add("REFERENT", [[{"LOWER": "er"}, {"LOWER": "referent"}]])
    return m


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The shared blank Danish pipeline with our rule component."""
    nlp = spacy.blank("da")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("referat_people")
    return nlp


def find_people(text: str) -> list[Person]:
    """People named in a text, each (name, role) once, in order of appearance."""
    if not text.strip():
        return []
    doc = pipeline()(_prepare(text))
    return _people(doc)


def find_people_many(texts: list[str]) -> list[list[Person]]:
    """find_people over many texts in one nlp.pipe call."""
    docs = pipeline().pipe(_prepare(t) for t in texts)
    return [_people(doc) for doc in docs]


def _prepare(text: str) -> str:
    return re.sub(r"\s*/\s*", " / ", text)[:200_000]


def _people(doc: Doc) -> list[Person]:
    out: list[Person] = []
    seen: set[tuple[str, str | None]] = set()
    for s in sorted(doc.spans["people"], key=lambda s: s.start):
        name = " ".join(t.text for t in s)
        key = (name, s._.role)
        if key not in seen:
            seen.add(key)
            out.append(Person(name, s._.role, s._.party))
    return _merge(out)


def _merge(people: list[Person]) -> list[Person]:
    """One entry per name: a party or a more specific role wins over none."""
    by_name: dict[str, Person] = {}
    for p in people:
        old = by_name.get(p.name)
        if old is None:
            by_name[p.name] = p
        elif old.party is None and p.party or old.role in (None, "medlem") and p.role:
            by_name[p.name] = Person(p.name, p.role or old.role, p.party or old.party)
    return list(by_name.values())
