"""The Whoosh schema and the mapping from records to index documents.

One index document per agenda item, plus one per document that has no items (a
notat, a bilag). Ids are stable ('<sha256[:16]>-<document>-<item>'), so writing the
same file twice replaces, never duplicates.

Scored text is the unit's own: its title (`item_title`, the document's title for a
document without items), its text and its decision. The meeting's fields (`title`,
`body`, `date`, `place`) are for filtering and display and are not scored per item, so
the items of one meeting do not rise together. Boosts live in the query, once.
"""
from __future__ import annotations

import re
import zlib
from pickle import dumps
from functools import lru_cache
from typing import TYPE_CHECKING

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.formats import Frequency, Positions
from whoosh.system import pack_uint

from index.analysis import DATA, danish_analyzer, fold_aa, name_analyzer, term_positions
from ingest.kinds import case_key

if TYPE_CHECKING:  # only read here: building the record classes costs a search's start
    from ingest.records import Document, Item, ParseResult

# Query-language field names (Danish, as users type them) -> schema fields.
FIELD_ALIASES = {
    "udvalg": "body", "type": "kind", "sag": "sag", "person": "person",
    "beslutning": "outcome", "titel": "item_title", "tekst": "content",
}


_DANISH = danish_analyzer()  # the analysis the fast path below reproduces


class DanishText(TEXT):
    """A text field with referat's Danish analysis whose postings are computed straight
    from the analysed words: the same terms, positions and weights as Whoosh's token
    pipeline gives (tests/test_analysis.py compares them), without a Token object and
    three generator hops per word, which were a third of the time of indexing an item."""

    def index(self, value, **kwargs):
        """(term bytes, frequency, weight, encoded positions or frequency) per term."""
        fmt = self.format
        if (not isinstance(value, str) or kwargs.get("mode", "index") != "index"
                or type(fmt) not in (Positions, Frequency)
                or self.analyzer != _DANISH):
            yield from TEXT.index(self, value, **kwargs)
            return
        boost = fmt.field_boost
        encode = _encode_positions if type(fmt) is Positions else _encode_frequency
        for word, plist in term_positions(value).items():
            yield word.encode("utf-8"), len(plist), len(plist) * boost, encode(plist)


_ONE_POSITION: dict[int, bytes] = {}  # most terms stand once in a field: encoded once


def _encode_positions(plist: list[int]) -> bytes:
    """Positions as Whoosh's Positions.encode writes them: count, then pickled deltas."""
    if len(plist) == 1:
        value = _ONE_POSITION.get(plist[0])
        if value is None:
            value = _ONE_POSITION[plist[0]] = pack_uint(1) + dumps(plist, 2)
        return value
    return pack_uint(len(plist)) + dumps([b - a for a, b in zip([0, *plist], plist)], 2)


def _encode_frequency(plist: list[int]) -> bytes:
    return pack_uint(len(plist))  # as Frequency.word_values encodes a count


def make_schema() -> Schema:
    """The index schema; Danish analysis on every text field."""
    da = danish_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        file_sha=ID(stored=True),
        kind=ID(stored=True, sortable=True),
        body=DanishText(analyzer=da, stored=True),
        body_facet=ID(sortable=True),
        date=ID(stored=True, sortable=True),
        day=NUMERIC(numtype=int, bits=32, signed=False, sortable=True),  # yyyymmdd: ranges, sort
        year=ID(stored=True, sortable=True),
        item_number=STORED,
        item_title=DanishText(analyzer=da, stored=True),
        title=DanishText(analyzer=da, stored=True, phrase=False),  # matched by word only
        content=DanishText(analyzer=da, stored=True),
        decision=DanishText(analyzer=da, stored=True),
        outcome=ID(stored=True, sortable=True),
        outcomes=KEYWORD(commas=True),  # the decision's and each of its parts' outcomes
        sag=KEYWORD(stored=True, commas=True, lowercase=True),
        cases=STORED,
        person=TEXT(analyzer=name_analyzer(), stored=True),
        source=STORED,
        page=NUMERIC(stored=True),
        pages=STORED,
        closed=STORED,
        proposal=STORED,
        followed=ID(stored=True),
        votes=STORED,
        follow_ups=STORED,
        people=STORED,
        place=KEYWORD(stored=True, commas=True, lowercase=True, sortable=True),
        dupkey=ID(sortable=True),
        fingerprint=STORED,
        page_starts=STORED,
    )


def doc_id(sha: str, doc_index: int, item_index: int | None) -> str:
    """The stable id of an item (or of a document without items)."""
    return f"{sha[:16]}-{doc_index}-{'d' if item_index is None else item_index}"


def to_index_docs(result: ParseResult) -> list[dict]:
    """Index documents for everything parsed from one file."""
    out = []
    for d_i, doc in enumerate(result.documents):
        if doc.items:
            common = _common(result, doc)  # the meeting's fields, found once for its items
            for i_i, item in enumerate(doc.items):
                out.append(_item_doc(result, d_i, doc, i_i, item, common))
        elif doc.text.strip() or doc.sections:
            out.append(_doc_doc(result, d_i, doc))
    return out


def _common(result: ParseResult, doc: Document) -> dict:
    date = doc.date or ""
    return {
        "file_sha": result.source.sha256,
        "kind": doc.kind.value,
        "body": doc.body or "",
        "body_facet": doc.body or "(ukendt)",
        "date": date,
        "day": int(date.replace("-", "")) if date else 0,
        "year": date[:4] or "(ukendt)",
        "title": doc.title or "",
        "source": result.source.path,
        "place": ",".join(places(result.source.path, doc)),
    }


FINGERPRINT_SIZE = 24  # shingle hashes kept per unit: enough to tell one text from another
LETTERHEAD_CHARS = 3000  # where a document names its municipality ('Greve Kommune')


@lru_cache(maxsize=1)
def municipalities() -> dict[str, str]:
    """Danish municipality names, folded and lower-cased -> as written."""
    text = (DATA / "da_municipalities.txt").read_text("utf-8")
    names = [n.strip() for n in text.splitlines() if n.strip() and not n.startswith("#")]
    return {fold_aa(n.lower()): n for n in names}


@lru_cache(maxsize=1)
def _letterhead():
    names = "|".join(sorted(map(re.escape, municipalities().values()), key=len, reverse=True))
    return re.compile(rf"\b({names})\s+(?:Kommune|Byråd|Kommunalbestyrelse)", re.I)


def places(path: str, doc: Document) -> list[str]:
    """The municipalities a document belongs to, as a careful reader sees them: named
    with 'Kommune' or 'Byråd' near the top, in the body or title, or as a folder or file
    name part the archive was organised by."""
    known = municipalities()
    found = [fold_aa(m.group(1).lower()) for m in
             _letterhead().finditer(" ".join([doc.body or "", doc.title or "",
                                              doc.text[:LETTERHEAD_CHARS]]))]
    parts = re.split(r"[/\\_.\s-]+", fold_aa(path.lower()))
    found += [p for p in parts if p in known]
    return list(dict.fromkeys(found))


def dup_key(number: str, title: str) -> str:
    """What makes two units candidates for being the same item: number and title."""
    norm = re.sub(r"\W+", " ", fold_aa((title or "").lower())).strip()
    return f"{(number or '').strip().rstrip('.')}|{norm[:120]}"


SHINGLE = 4  # words a shingle spans
_SHINGLE_WORD = re.compile(r"\w{3,}")


def fingerprint(text: str) -> list[int]:
    """The smallest hashes of a text's four-word shingles: two renderings of one text
    share most of them, two different texts almost none."""
    words = _SHINGLE_WORD.findall(fold_aa(text.lower()))
    if len(words) < SHINGLE:
        shingles = {" ".join(words)} - {""}
    else:  # joined and hashed by map over zips: C loops, not a Python one per shingle
        shingles = set(map(" ".join, zip(*(words[i:] for i in range(SHINGLE)))))
    hashes = sorted(map(zlib.crc32, map(str.encode, shingles)))  # C speed, stable
    return hashes[:FINGERPRINT_SIZE]


def _cases(numbers) -> tuple[str, list[str]]:
    keys = []
    for n in numbers:
        keys.extend([n.lower(), case_key(n).lower()])
    return ",".join(dict.fromkeys(k for k in keys if k)), list(numbers)


def _item_doc(result: ParseResult, d_i: int, doc: Document, i_i: int, item: Item,
              common: dict) -> dict:
    sag, cases = _cases(list(item.case_numbers) or list(doc.cases))
    people = list(item.people) + list(doc.people)
    content = "\n\n".join([item.text] + ([item.proposal] if item.proposal and
                                         item.proposal not in item.text else []))
    return {
        **common,
        "id": doc_id(result.source.sha256, d_i, i_i),
        "item_number": item.number,
        "item_title": item.title,
        "content": content,
        "decision": item.decision.text if item.decision else "",
        "outcome": item.decision.outcome.value if item.decision else "",
        "outcomes": _outcomes(item.decision),
        "sag": sag, "cases": cases,
        "person": "\n".join(p.name for p in people),
        "page": (item.pages or doc.pages or (1, 1))[0],
        "pages": list(item.pages or doc.pages or (1, 1)),
        "closed": item.closed,
        "proposal": item.proposal or "",
        "followed": item.decision.followed or "" if item.decision else "",
        "votes": item.decision.votes.to_dict() if item.decision and item.decision.votes
        else None,
        "follow_ups": [f.to_dict() for f in item.decision.follow_ups] if item.decision else [],
        "people": [p.to_dict() for p in people],
        "dupkey": dup_key(item.number, item.title),
        "fingerprint": fingerprint(item.text or content),
        "page_starts": _page_starts(item),
    }


def _outcomes(decision) -> str:
    """Every outcome a decision states: its own and its parts' ('1. Godkendt 2. Ikke
    godkendt' approves and rejects)."""
    if decision is None:
        return ""
    return ",".join(dict.fromkeys([decision.outcome.value]
                                  + [p.outcome.value for p in decision.parts]))


def _doc_doc(result: ParseResult, d_i: int, doc: Document) -> dict:
    sag, cases = _cases(doc.cases)
    return {
        **_common(result, doc),
        "id": doc_id(result.source.sha256, d_i, None),
        "item_number": "",
        "item_title": doc.title or "",
        "content": "\n\n".join([doc.text] + ([doc.proposal] if doc.proposal and
                                              doc.proposal not in doc.text else [])),
        "decision": "",
        "outcome": "",
        "sag": sag, "cases": cases,
        "person": "\n".join(p.name for p in doc.people),
        "page": (doc.pages or (1, 1))[0],
        "pages": list(doc.pages or (1, 1)),
        "closed": False,
        "proposal": doc.proposal or "",
        "followed": "",
        "votes": None,
        "follow_ups": [],
        "people": [p.to_dict() for p in doc.people],
        "dupkey": dup_key("", doc.title or ""),
        "fingerprint": fingerprint(doc.text),
        "page_starts": _page_starts(doc),
    }


def _page_starts(unit) -> list[list[int]] | None:
    """Where each page begins in the unit's text, when the parser recorded it."""
    starts = getattr(unit, "page_starts", None)
    return [list(p) for p in starts] if starts else None
