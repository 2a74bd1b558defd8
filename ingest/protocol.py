"""Old minute books (sogneråd protocols, 1900-1960): each dated meeting is a document.

A protocol is a run of entries. An entry opens with a sentence that holds a meeting
('Aar 1941 den 9. April afholdtes Sogneraadsmøde', 'Elev Sogneraad afholdt i Dag Møde')
and closes with a dateline ('Elev Sogneraad d. 17/1 1941') or 'Mødet hævet', followed by
the members' signatures. Its matters are items in order: numbered where the book numbers
them, otherwise told apart as a reader does: a matter is presented ('Fra X forelaa
Meddelelse', 'Der foretoges Valg af ...') or recorded as an act ('Der vedtoges at ...'),
and the sentences after it up to the next matter are its result.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from ingest import vocab
from ingest.dates import find_dates, find_day_month, find_times, in_year_after
from ingest.decisions import CLOSER, RUNS_ON, classify, make_decision, unlabelled_decision
from ingest.entities import find_people
from ingest.furniture import Line
from ingest.header import NOT_PLACE, body_of, place_after
from ingest.lines import page_range, text_and_pages
from ingest.records import Document, Item, Kind, Outcome, Person
from ingest.roles import NAME_WORD, role_of
from ingest.vocab import lead_terms, line_terms, terms

MIN_ENTRIES = 2  # a protocol holds several dated meetings
MIN_SIGNATURES = 2  # lines of names that close an entry without a dateline
DATELINE_MAX = 80  # characters: a dateline is short (signatures may run into it)
DATELINE_WORDS = 8
OPENER_LINES = 3  # an opening sentence may wrap over this many lines
NUMBER_STEP_MAX = 10  # a book's next matter number: a few may be skipped, not hundreds
VERDICT_TAIL_WORDS = 3  # 'kunde ikke anbefales', '- Anbefaledes', 'bevilgedes 50 Kr'
PRESENTER_WORDS = 8  # a presenting verb stands early in its sentence
UNMARKED_SHARE = 0.05  # a book ending under 1 line in 20 with a full stop writes none
OPENING_WORDS = 2  # 'Sogneraadsmøde paa ...': the meeting noun opens the line

_NOUN = terms(vocab.MEETING_NOUNS)
_YEAR = lead_terms(vocab.YEAR_WORDS)
_VERB = terms(vocab.MEETING_VERBS)
_KINDS = frozenset(vocab.MEETING_KINDS)
_ANNOUNCED = frozenset(vocab.MEETING_ANNOUNCED)
_REPORTED = frozenset(vocab.MEETING_REPORTED)
_PRESENTER = terms(vocab.MATTER_PRESENTERS)
_ACT = lead_terms(vocab.MATTER_ACTS)
_CONTINUATION = lead_terms(vocab.MATTER_CONTINUATIONS)
_ABBREVIATIONS = frozenset(vocab.ABBREVIATIONS + vocab.OLD_ABBREVIATIONS)
# A shortened month's full stop before the hour ('den 10. Septbr. Kl. 19') is inside the
# date; before any other capital it may end a sentence ('til 31. Okt. Regnskabet ...').
_MONTH_WORDS = frozenset(month for month, _ in vocab.MONTHS)
_STARTERS = frozenset(vocab.SENTENCE_STARTERS)
_OPEN_ENDINGS = frozenset(vocab.OPEN_ENDINGS)
_TITLES = frozenset(t.rstrip(".") for t in vocab.NAME_TITLES)
_FIRST_NAMES = frozenset(vocab.FIRST_NAMES)
_VERDICTS = frozenset({Outcome.APPROVED, Outcome.RECOMMENDED, Outcome.REJECTED,
                       Outcome.POSTPONED})
_ROLES = dict(vocab.ROLES)
_NAME_TOKEN = re.compile(rf"^(?:{NAME_WORD}|[A-ZÆØÅ]\."
                         r"|[A-ZÆØÅ][a-zæøå]{1,4}\.|\"+|„+|”+)$")
# 'R.P.', 'R.P.Sørensen', 'Johs.Andersen.', 'M': initials written together or without a
# full stop, the name glued on or not.
_INITIALS = re.compile(r"(?:[A-ZÆØÅ]\.){2,3}|(?:(?:[A-ZÆØÅ]|[A-ZÆØÅ][a-zæøå]{1,4})\.)+"
                       r"[A-ZÆØÅ][a-zæøå]+\.?|[A-ZÆØÅ]")
_THAT = re.compile(r"\bat\b")
# A matter's number: '12.' alone on its line, or opening it ('12. Ansøgning', '§ 12. ...').
# A matter's number, bare ('12.'), after '§' or after an item label ('Pkt. 1.', 'Sag nr. 3').
_MATTER_WORD = rf"(?i:{terms(vocab.MATTER_LABELS, whole=False).pattern})"
_MATTER_LABEL = rf"(?:§\s*|{_MATTER_WORD}\.?(?:\s+(?i:nr)\.?)?\s*)"
_LABELLED = re.compile(rf"^{_MATTER_LABEL}\d")
_WORD_LABELLED = re.compile(rf"^{_MATTER_WORD}\b")
_NUMBER_LINE = re.compile(rf"^{_MATTER_LABEL}?(\d{{1,4}})\.?$")
_NUMBERED_PARA = re.compile(rf"^{_MATTER_LABEL}?(\d{{1,4}})\.\s+(?=[A-ZÆØÅ])")
_NOT_NAMES = frozenset(vocab.NOT_NAMES)
_DITTO = line_terms(vocab.DITTO)
# A place word, alone or ending a compound in any form ('Kommunekontoret', 'Skolen').
_LOCATION = re.compile(rf"(?:{terms(vocab.LOCATION_WORDS, whole=False).pattern})"
                       r"(?:et|en|ne)?(?![\wæøå])", re.I)
# Signatures side by side are apart by a comma or a run of spaces.
_COLUMNS = re.compile(r",|\s{2,}")
MAX_NAME_WORDS = 4
# What opens a signer's name besides a first name: initials ('M.', 'R.P.', 'M') and a
# first name's short form ('Alb.', 'Johs.'; 'Krogh.' ending a sentence is a surname).
_FIRST_SHORT = re.compile(r"(?:[A-ZÆØÅ]\.?)+|[A-ZÆØÅ][a-zæøå]{1,3}\.")
# 'Møde i Ravnholt Forsamlingshus': capitalised words after 'i' (or 'paa') up to a comma.
# A place of up to four capitalised words; the meeting and the time after it are none of
# them ('i Mundelstrup Forsamlingshus Sogneraadsmøde Kl. 7 Aften').
_PLACE = re.compile(rf"\b(?:i|paa|på)\s+((?:{NOT_PLACE}[A-ZÆØÅ][\wæøå\-]*\s?){{1,4}})")


@dataclass(frozen=True, slots=True)
class _Sentence:
    text: str
    line_start: bool
    para_start: bool
    lines: tuple[int, ...]  # indexes of the lines it spans


# --- finding the entries -------------------------------------------------------------

def opens_entry(texts: list[str], i: int) -> bool:
    """A paragraph whose first sentence holds a meeting: a meeting noun with a verb of
    holding it ('afholdt', 'holdtes'), or a meeting noun or a year word opening a dated
    line ('Sogneraadsmøde ... d 9 Januar 1945', 'Aar 1940 d. 10. Jan.')."""
    if i and texts[i - 1].strip() or CLOSER.match(texts[i]):
        return False
    first = _first_sentence(" ".join(_paragraph(texts, i)))
    noun = _NOUN.search(first)
    if not noun:
        return False
    verb = _VERB.search(first)
    dated = bool(find_dates(first))
    reported = first[: verb.start()].split()[-1:] if verb else []
    if verb and not _THAT.search(first[: verb.start()]) and (
            dated or verb.group(0).lower() not in _ANNOUNCED) and not (
            reported and reported[0].lower() in _REPORTED):
        return True  # not a meeting reported in a that-clause ('meddeler, at der afholdes Møde')
    words = first.split()
    while words[1:] and words[0].lower() in _KINDS:
        words = words[1:]
    opening = " ".join(words[:OPENING_WORDS])
    if not dated and _NOUN.search(opening) and find_day_month(texts[i]):
        return True  # 'Sogneraadsmøde paa de gamles Hjem d 27/2': the year is the book's
    return dated and bool(_NOUN.search(opening) or _YEAR.match(first))


def _paragraph(texts: list[str], i: int) -> list[str]:
    """The opening lines from line i up to a blank line: a sentence wraps, it does not run
    on past a paragraph's end (a book's title over its first entry is no opening)."""
    out = []
    for text in texts[i:i + OPENER_LINES]:
        if not text.strip():
            break
        out.append(text.strip())
    return out


def _first_sentence(text: str) -> str:
    return split_sentences(text)[0] if text.strip() else ""


def is_dateline(text: str) -> bool:
    """'Elev Sogneraad d. 17/1 1941', 'Elev d 28 Marts 1941': names, then a date."""
    s = text.strip()
    dates = find_dates(s)
    if not dates or len(s) > DATELINE_MAX or dates[-1][2] < len(s) - 2:
        return False
    rest = s[: dates[-1][1]].split()
    if rest and rest[-1].lower().rstrip(".") in ("d", "den"):
        rest = rest[:-1]
    return len(rest) <= DATELINE_WORDS and all(_NAME_TOKEN.match(t) for t in rest)


def closes_entry(texts: list[str], i: int) -> bool:
    """A dateline or closing formula that does not finish a sentence of the line above
    ('... midlertidig / Tillæg den 1 December 1939.' is a date inside a matter); a
    dateline also stands apart below: a gap or the signatures follow it, never the
    matter's running text ('... ang. Folketælling den 5. Novbr. 1940' / 'Valg af ...')."""
    text = texts[i].strip()
    closer = bool(text) and CLOSER.match(text)
    if not text or not (closer or is_dateline(text)):
        return False
    above = texts[i - 1].strip() if i else ""
    below = texts[i + 1].strip() if i + 1 < len(texts) else ""
    if not closer and below and not is_name_line(below):
        return False
    return not (above and RUNS_ON.search(above))


def is_name_line(text: str) -> bool:
    """A line of signatures: capitalised names and initials only ('R.P. Sørensen',
    'Johs. Andersen. Peder Krogh.': a signature may end in a full stop), never a
    verdict ('Godkendtes.')."""
    tokens = _SIGNER_ROLE.sub(" ", text).replace(",", " ").rstrip(".").split()
    return 0 < len(tokens) <= 12 and all(_is_name_token(t) or t.lower() == "og"
                                         for t in tokens) and classify(text) == Outcome.OTHER


# A signer's role in brackets after the name ('Aage Nielsen (fmd.)', '(formand)').
_ROLE_WORD = rf"(?i:{terms(tuple(r for r, _ in vocab.ROLES), whole=False).pattern})"
_SIGNER_ROLE = re.compile(rf"\({_ROLE_WORD}\.?\)")
_SIGNER = re.compile(rf"((?:[A-ZÆØÅ][\wæøå.-]*\s+){{1,3}}[A-ZÆØÅ][\wæøå-]+)\s*\(({_ROLE_WORD}\.?)\)")


def _is_name_token(token: str) -> bool:
    return bool(_NAME_TOKEN.match(token) or _NAME_TOKEN.match(token.rstrip("."))
                or _INITIALS.fullmatch(token))


def _signature_end(texts: list[str], i: int) -> int:
    """Index after a closer's signature block (names, blanks, 'Som Revisorer:')."""
    j = i + 1
    while j < len(texts):
        s = texts[j].strip()
        if s and not (is_name_line(s) or s.endswith(":") and len(s.split()) <= 3):
            break
        j += 1
    return j


def _only_numbered(texts: list[str], start: int, i: int) -> bool:
    """Whether the entry opened at `start` holds nothing yet but its opening paragraph
    and matter numbers: a meeting noun in its first matter ('1 / Formanden indledede
    Mødet med at minde om ...') opens no new entry."""
    if start == 0:
        return False
    j = start
    while j < i and texts[j].strip():
        j += 1  # the opening paragraph
    rest = [t.strip() for t in texts[j:i] if t.strip()]
    return bool(rest) and all(_NUMBER_LINE.fullmatch(t) for t in rest)


def entries(lines: list[Line]) -> list[tuple[int, int, int]]:
    """(start, body end, end) of each entry: body end is where its closer starts."""
    texts = [x.text for x in lines]
    starts, closers = [0], {}
    for i, text in enumerate(texts):
        if opens_entry(texts, i) and not _only_numbered(texts, starts[-1], i):
            starts.append(i)
        elif closes_entry(texts, i):
            end = _signature_end(texts, i)
            closers[i] = end
            nxt = next((j for j in range(end, len(texts)) if texts[j].strip()), None)
            if nxt is not None:
                starts.append(nxt)
    starts = [s for s in sorted(set(starts)) if s == 0 or _holds_matter(texts, s, starts)]
    # A dated heading of one sentence over an undated opening ('Kommunalbestyrelsens møde
    # den 12. januar 1965.' / 'Mødet afholdtes på kommunekontoret kl. 19.00.') opens one
    # entry: the opening says more about the meeting the heading dates.
    starts = [s for k, s in enumerate(starts)
              if k == 0 or not _continues_heading(texts, starts[k - 1], s)]
    out = []
    for a, b in zip(starts, starts[1:] + [len(texts)]):
        close = next((c for c in sorted(closers) if a <= c < b), b)
        if any(t.strip() for t in texts[a:b]):
            out.append((a, close, b))
    return out


def _continues_heading(texts: list[str], heading: int, start: int) -> bool:
    """Whether the entry at `start` is the undated opening of the dated one-sentence
    heading at `heading`: nothing but that heading lies between them."""
    above = " ".join(t.strip() for t in texts[heading:start] if t.strip())
    if not above or len(split_sentences(above)) != 1 or not find_dates(above) or \
            not opens_entry(texts, heading):
        return False
    opening = _first_sentence(" ".join(t.strip() for t in texts[start:start + OPENER_LINES]))
    return not find_dates(opening) and not find_day_month(opening)


def _holds_matter(texts: list[str], start: int, starts: list[int]) -> bool:
    """Whether what follows a start up to the next one is more than a page's marks: a
    matter number, a page note ('vend') or signatures left after a closer open no entry;
    they stay with the entry above."""
    end = min((s for s in starts if s > start), default=len(texts))
    return any(len(t.split()) > 1 and not is_name_line(t) for t in texts[start:end])


def is_protocol(lines: list[Line]) -> bool:
    """Several dated meeting entries, each opened or closed as a minute book does."""
    texts = [x.text for x in lines]
    openers = sum(1 for i in range(len(texts)) if texts[i].strip() and opens_entry(texts, i))
    closers = sum(1 for i in range(len(texts)) if closes_entry(texts, i))
    return openers >= MIN_ENTRIES or (closers >= MIN_ENTRIES and openers >= 1)


# --- sentences -----------------------------------------------------------------------

def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph; a full stop after an abbreviation or a day number
    ends a sentence only before a word that starts one ('... og fl. Der vedtoges')."""
    out, cur = [], []
    tokens = text.split()
    for n, tok in enumerate(tokens):
        cur.append(tok)
        nxt = tokens[n + 1] if n + 1 < len(tokens) else None
        if nxt is None or _ends_sentence(tok, nxt):
            out.append(" ".join(cur))
            cur = []
    return out or [""]


def _ends_sentence(tok: str, nxt: str) -> bool:
    if not tok.endswith((".", "!", "?")):
        return False
    word = tok.rstrip(".!?").lstrip("(\"'„").lower()
    if word in _MONTH_WORDS and nxt.lower().startswith("kl"):
        return False
    if word in _ABBREVIATIONS or re.fullmatch(r"\d{1,2}|[a-zæøå]", word):  # 'R. P. Simonsen'
        return nxt.lower().strip(",.") in _STARTERS
    if re.fullmatch(r"\d{1,3}\.", nxt):  # 'Mødet den 8. Januar 1941.' / '1.' opens a matter
        return True
    return nxt[:1].isupper() or nxt[:1] in "\"„§"  # '§ 3.' opens a matter


def sentences(lines: list[Line], start: int, end: int, break_after: int | None = None,
              unmarked: bool = False) -> list[_Sentence]:
    """The sentences of lines[start:end], each knowing whether it starts a line or a
    paragraph; a line's end closes a sentence only after a sentence mark (or at line
    `break_after`, a heading line without one)."""
    out: list[_Sentence] = []
    parts: list[str] = []
    owners: list[int] = []
    flags = (False, False)
    para = True
    for i in range(start, end):
        s = lines[i].text.strip()
        if not s:
            para = True
            if parts:
                out.append(_Sentence(" ".join(parts), *flags, tuple(owners)))
                parts, owners = [], []
            continue
        pieces = split_sentences(s)
        for k, piece in enumerate(pieces):
            if not parts:
                flags = (k == 0, k == 0 and para)
            parts.append(piece)
            owners.append(i)
            last = k == len(pieces) - 1
            if not last or i == break_after or piece.endswith((".", "!", "?")) and \
                    not _open_end(piece, lines, i) or unmarked and _unmarked_end(piece, lines, i):
                out.append(_Sentence(" ".join(parts), *flags, tuple(owners)))
                parts, owners = [], []
        para = False
    if parts:
        out.append(_Sentence(" ".join(parts), *flags, tuple(owners)))
    return out


def _open_end(piece: str, lines: list[Line], i: int) -> bool:
    """A line ending in an abbreviation continues when the next line does not start a
    sentence ('1,15 Kr.' / 'i Timen')."""
    nxt = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    return bool(nxt) and not _ends_sentence(piece.split()[-1], nxt.split()[0])


def writes_no_stops(lines: list[Line]) -> bool:
    """Whether a book's writer ends lines without full stops (a line end is then a
    sentence's end more often than not: see `_unmarked_end`)."""
    written = [s for x in lines if (s := x.text.strip())]
    stops = sum(1 for s in written if s.endswith((".", "!", "?")))
    return bool(written) and stops < UNMARKED_SHARE * len(written)


def _unmarked_end(piece: str, lines: list[Line], i: int) -> bool:
    """A line without a sentence mark ends its sentence, as in a book that writes no full
    stops ('... Andragendet anbefaledes' / 'Til Fiskernes Understøttelseskasse bevilgedes
    50 Kr'), when the sentence may end there and the next line opens another: a matter
    presented, an act, a verdict early in it, or any sentence after a verdict."""
    nxt = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    words = piece.split()
    if not nxt[:1].isupper() or not words or piece.endswith((".", "!", "?", ":", ";")):
        return False
    if piece.endswith(("-", "=")) or _runs_into(piece) or _names_open(words):
        return False
    if _verdict_early(nxt):
        return True
    head = _Sentence(nxt, True, False, ())
    return not _presented_last(words) and (
        _presents(head) or bool(_ACT.match(nxt)) or classify(piece) != Outcome.OTHER)


def _presented_last(words: list[str]) -> bool:
    """'Fra Tropsfører K. Klougart er modtaget' / 'Forespørgsel om ...': a sentence that
    ends on its presenting verb has its matter still to come."""
    tail = " ".join(words[-2:])
    return any(m.end() == len(tail) for m in _PRESENTER.finditer(tail))


def _names_open(words: list[str]) -> bool:
    """'... en anden til Fru Lilli' / 'Madsen': a name or a title before a name runs on."""
    last = words[-1].lower().rstrip(".")
    return last in _TITLES or last in _FIRST_NAMES or (
        len(words) > 1 and words[-2].lower().rstrip(".") in _TITLES)


def _verdict_early(text: str) -> bool:
    """A verdict within a sentence's first words: the matter and its result in one
    ('Østjydsk Hjemstavnsforening bevilgedes 25 Kr')."""
    return classify(" ".join(text.split()[:PRESENTER_WORDS])) in _VERDICTS


# --- matters -------------------------------------------------------------------------

def _presents(s: _Sentence) -> bool:
    head = " ".join(s.text.split()[:PRESENTER_WORDS])
    return bool(_PRESENTER.search(head))


def _is_open(matter: list[_Sentence]) -> bool:
    """A presented matter still waiting for its result."""
    text = matter[0].text
    return len(matter) == 1 and _presents(matter[0]) and classify(text) not in _VERDICTS \
        and not _closing_verdict(text) and not text.endswith(":")
    # 'var fremsendt', 'forelaa' present a matter, they do not decide it; a heading
    # ('Til Behandling forelaa:') introduces matters, it waits for none


def _closing_verdict(text: str) -> str | None:
    """The verdict that ends a matter written in one run ('Et Andragende ... om Ret til
    at drive Kiosk kunde ikke anbefales'), which the clause reader takes for part of the
    that-clause: the sentence's last words, when they alone are a verdict."""
    tail = " ".join(text.split()[-VERDICT_TAIL_WORDS:])
    return tail if classify(tail) in _VERDICTS else None


def matters(found: list[_Sentence], unmarked: bool = False) -> list[list[_Sentence]]:
    """Unnumbered matters: a presented matter or an act at a line start, or a new
    paragraph, opens one; results, lists and ditto lines continue it. In a book without
    full stops, a line after a matter decided in its own sentence opens one too."""
    out: list[list[_Sentence]] = []
    for s in found:
        opens = s.line_start and (_presents(s) or bool(_ACT.match(s.text)) or unmarked
                                  and bool(out) and _decided_in_one(out[-1]))
        if not out:
            out.append([s])
        elif _is_open(out[-1]) and not (opens and _presents(s)):
            out[-1].append(s)
        elif opens or s.para_start and not _CONTINUATION.match(s.text) or \
                _decided_again(out[-1], s):
            out.append([s])
        else:
            out[-1].append(s)
    return out


def _decided_in_one(matter: list[_Sentence]) -> bool:
    """'Til Fiskernes Understøttelseskasse bevilgedes 50 Kr': the matter and its verdict
    in one sentence, nothing waiting to follow."""
    return len(matter) == 1 and _verdict_early(matter[0].text)


def _runs_into(text: str) -> bool:
    """Whether a line's sentence goes on into the next line ('Vælgerantallet er')."""
    words = text.split()
    return bool(words) and (words[-1].lower() in _OPEN_ENDINGS or text.rstrip().endswith(","))


def _decided_again(matter: list[_Sentence], s: _Sentence) -> bool:
    """A matter already decided is followed by another when a line opens with its own
    verdict ('... Andragendet anbefaledes' / 'Til Fiskernes Understøttelseskasse
    bevilgedes 50 Kr')."""
    return s.line_start and _verdict_early(s.text) and not _is_open(matter)


def _numbered(lines: list[Line], start: int, end: int) -> list[tuple[str, int, int]] | None:
    """(number, first line, end) of printed matter numbers that rise, if the entry has them."""
    marks = []
    for i in range(start, end):
        s = lines[i].text.strip()
        m = _NUMBER_LINE.match(s) or (_NUMBERED_PARA.match(s) if not i or _LABELLED.match(s)
                                       or not lines[i - 1].text.strip() else None)
        if m and i and _runs_into(lines[i - 1].text):
            continue  # 'Vælgerantallet er' / '593.': a number that ends a sentence
        if m and (not marks or 0 < int(m.group(1)) - int(marks[-1][0]) <= NUMBER_STEP_MAX):
            marks.append((m.group(1), i))
    if len(marks) < MIN_ENTRIES:
        return None
    ends = [i for _, i in marks[1:]] + [end]
    return [(n, i, e) for (n, i), e in zip(marks, ends)]


def _item(number: str, group: list[_Sentence], lines: list[Line], meeting: str | None,
          previous: Item | None = None, headed: bool = False) -> Item:
    title = group[0].text
    rest = " ".join(s.text for s in group[1:])
    used = [i for s in group for i in s.lines]
    own = lines[min(used): max(used) + 1] if used else []
    text, starts = text_and_pages(own)
    if len(group) > 2 or headed:  # an account, then the verdict: 'X havde anbefalet ... Vedtoges'
        rest = unlabelled_decision([rest])
    decision = make_decision(rest or title, meeting_date=meeting)
    if not rest and decision.outcome == Outcome.OTHER and (tail := _closing_verdict(title)):
        decision = make_decision(tail, meeting_date=meeting)
    if rest and _DITTO.match(rest) and previous and previous.decision:
        # 'do.': the decision above, repeated; its outcome is that decision's.
        decision = replace(previous.decision, text=rest)
    return Item(number=number, title=title, decision=decision, text=text,
                pages=page_range(own), people=tuple(find_people(text)), page_starts=starts)


def _items(lines: list[Line], start: int, end: int, meeting: str | None,
           unmarked: bool = False) -> list[Item]:
    numbered = _numbered(lines, start, end)
    if numbered:
        out = []
        for number, a, b in numbered:
            first = lines[a].text.strip()
            skip = a + 1 if _NUMBER_LINE.match(first) else a
            found = sentences(lines, skip, b, unmarked=unmarked)
            if found and _NUMBERED_PARA.match(found[0].text):
                head = _NUMBERED_PARA.sub("", found[0].text)
                found[0] = _Sentence(head, True, True, found[0].lines)
            headed = bool(_WORD_LABELLED.match(first)) and len(found) > 1 and \
                found[1].line_start
            if headed:  # 'Pkt. 4. Skrivelse fra ...' heads the matter; its account follows
                found[1] = _Sentence(found[1].text, True, True, found[1].lines)
            groups = _paragraph_groups(found)
            if groups:
                out.append(_item(number, groups, lines, meeting, out[-1] if out else None,
                                 headed))
        return out
    return [_item(str(n), group, lines, meeting)
            for n, group in enumerate(matters(sentences(lines, start, end, unmarked=unmarked),
                                              unmarked), 1)]


def _paragraph_groups(found: list[_Sentence]) -> list[_Sentence]:
    """A numbered matter: its first paragraph (the matter as the book presents it), then
    the paragraphs after it as the result; a matter of one paragraph is its sentences."""
    if not found:
        return []
    later = [s for s in found[1:] if s.para_start]
    if not later:
        return found
    k = found.index(later[0])
    lines = tuple(i for s in found for i in s.lines)
    return [_Sentence(" ".join(s.text for s in found[:k]), True, True, lines),
            _Sentence(" ".join(s.text for s in found[k:]), False, False, lines)]


# --- documents -----------------------------------------------------------------------

def documents(lines: list[Line]) -> list[Document] | None:
    """One document per entry of a minute book, or None when the lines are no protocol."""
    if not is_protocol(lines):
        return None
    found = entries(lines)
    if len(found) < MIN_ENTRIES:
        return None
    unmarked = writes_no_stops(lines)
    docs = [_document(lines, a, close, b, unmarked) for a, close, b in found]
    book = _book_body(lines)
    return [replace(d, body=book) if d.body is None and d.kind == Kind.REFERAT else d
            for d in _years_from_order(docs)]


def _years_from_order(docs: list[Document]) -> list[Document]:
    """An entry headed by its meeting, dated without the year ('Sogneraadsmøde ... d
    27/2'), takes the year from the entry before: a minute book runs forward in time."""
    out, last = [], None
    for d in docs:
        heading = " ".join((d.title or "").split()[:OPENING_WORDS])
        day = find_day_month(d.title) if d.date is None and last and _NOUN.search(heading) \
            else None
        if day:
            d = replace(d, date=in_year_after(last, *day))
        last = d.date or last
        out.append(d)
    return out


BOOK_BODY_MIN = 3  # a body a minute book names this often is the book's own


def _book_body(lines: list[Line]) -> str | None:
    """The body a minute book names most ('Sogneraadet vedtog ...'): an entry that does
    not name its body in its opening or dateline is a meeting of the book's body."""
    names = Counter(b for ln in lines if (b := body_of([ln.text])))
    if not names:
        return None
    name, n = names.most_common(1)[0]
    return name if n >= BOOK_BODY_MIN else None


def _document(lines: list[Line], start: int, close: int, end: int,
              unmarked: bool = False) -> Document:
    texts = [x.text for x in lines]
    opened = opens_entry(texts, start) or bool(texts[start].strip()) and opens_entry(
        [""] + texts, start + 1)
    if close == end:
        close = _signed_off(texts, start, close)
    closing = [t.strip() for t in texts[close:end] if t.strip()]
    body_lines = sentences(lines, start, close, start if _heading_opening(texts, start) else None,
                           unmarked)
    title = body_lines[0].text if body_lines else None
    first_end = max(body_lines[0].lines) + 1 if body_lines else start
    date = _date([title or ""] + closing[:1])
    items = _items(lines, first_end, close, date, unmarked) if opened else []
    text, starts = text_and_pages(lines[start:end])
    start_time, _ = find_times(title or "") if opened else (None, None)
    # 'Mødet hævet Kl. 22.15.': the closing line gives the end
    end_time = find_times(closing[0])[0] if opened and closing and CLOSER.match(closing[0]) \
        else None
    return Document(
        kind=Kind.REFERAT if opened else Kind.ANDET, title=title,
        start=start_time, end=end_time if start_time and end_time and end_time > start_time
        else None, location=_place(title or "") if opened else None,
        body=(body_of(closing[:1]) or body_of([title or ""])) if opened else body_of(closing[:1]),
        date=date, people=tuple(_people(lines, start, close, end)),
        pages=page_range(lines[start:end]), items=tuple(items),
        text=text, page_starts=starts)


def _heading_opening(texts: list[str], i: int) -> bool:
    """'Sogneraadsmøde paa de gamles Hjem d 9 Januar 1945' over 'Fra X forelaa ...': an
    opening line that names its meeting and date ends the opening without a full stop."""
    s = texts[i].strip()
    nxt = texts[i + 1].strip() if i + 1 < len(texts) else ""
    return bool(_NOUN.search(s) and find_dates(s) and nxt[:1].isupper())


def _signed_off(texts: list[str], start: int, close: int) -> int:
    """An entry without a dateline ends where its closing run of signatures starts."""
    j = close
    while j > start and (not texts[j - 1].strip() or is_name_line(texts[j - 1]) and
                         not re.search(r"[\"„”]", texts[j - 1])):
        j -= 1
    names = sum(1 for t in texts[j:close] if t.strip())
    return j if names >= MIN_SIGNATURES and j > start else close


def _place(opening: str) -> str | None:
    """'... holdt Sogneraadet Møde i Ravnholt Forsamlingshus, ...' -> the place; 'i Skolen
    i Nørre Tjele' as a header line says it."""
    for m in _PLACE.finditer(opening):
        if _LOCATION.search(m.group(1)):
            return m.group(1).strip()
    return place_after(opening)


def _date(texts: list[str]) -> str | None:
    for text in texts:
        dates = find_dates(text)
        if dates:
            return dates[0][0]
    return None


def _people(lines: list[Line], start: int, close: int, end: int) -> list[Person]:
    """People named in the entry, then its signatories (with a role from a label above
    them, 'Som Revisorer:')."""
    text = "\n".join(x.text for x in lines[start:close])
    found = find_people(text)
    role = None
    for line in lines[close:end]:
        s = line.text.strip()
        if s.endswith(":"):
            role = _ROLES.get(s.rstrip(":").split()[-1].lower())
            continue
        for signer in _SIGNER.finditer(s):  # 'Aage Nielsen (fmd.)': the role of the name
            found.append(Person(" ".join(signer.group(1).split()),
                                role_of(signer.group(2).lower().rstrip(".")), None))
        for name in signatures(_SIGNER_ROLE.sub("  ", s)):
            found.append(Person(name, role, None))
    return _unique(found)


def signatures(text: str) -> list[str]:
    """The names on a signature line: 'Alb. Nielsen Jens Sørensen' -> two names; a
    dateline's own words (a body, a place) are not names."""
    dates = find_dates(text)
    if dates:
        text = text[: dates[0][1]]
    names = []
    for column in _COLUMNS.split(text):
        names += _signature_names(column)
    return names


def _signature_names(text: str) -> list[str]:
    tokens = [t for t in text.split() if _NAME_TOKEN.match(t)
              and not t.startswith(("\"", "„", "”"))]
    # 'Johs. Andersen. Peder Krogh.': a surname's full stop ends its signer, no more
    plain = [t[:-1] if t.endswith(".") and len(t) > 5 else t for t in text.split()]
    if (grouped := _by_first_names(plain)) is not None:
        return grouped
    names, cur = [], []
    for tok in tokens:
        if tok.lower().rstrip(".") in _NOT_NAMES or _is_body_word(tok):
            cur = []
            continue
        cur.append(tok)
        if len(cur) >= 2 and not tok.endswith("."):
            names.append(" ".join(cur))
            cur = []
    return names


def _by_first_names(tokens: list[str]) -> list[str] | None:
    """Signers in a row, told apart where a first name follows a surname: 'Jens Peter
    Madsen Niels Jensen', 'Martin Jensen F. Petersen' -> two each. None unless every
    name opens with a first name, its short form or initials, and has two to four words."""
    first = [t.rstrip(".").lower() in _FIRST_NAMES or bool(_FIRST_SHORT.fullmatch(t))
             for t in tokens]
    if not tokens or not first[0] or any(_not_a_name(t) for t in tokens):
        return None
    groups: list[list[str]] = []
    for i, tok in enumerate(tokens):
        if not i or first[i] and not first[i - 1]:
            groups.append([])
        groups[-1].append(tok)
    if not all(2 <= len(g) <= MAX_NAME_WORDS for g in groups):
        return None
    return [" ".join(g)[:-1] if g[-1].endswith(".") and len(g[-1]) > 2 else " ".join(g)
            for g in groups]  # 'Johs. Andersen.': the line's full stop


def _not_a_name(token: str) -> bool:
    word = token.lower().rstrip(".")
    return word in _NOT_NAMES or _is_body_word(token) or role_of(word) is not None


def _is_body_word(token: str) -> bool:
    return bool(terms(vocab.BODY_WORDS).fullmatch(token)) or token.lower() in ("d", "d.", "den")


def _unique(people: list[Person]) -> list[Person]:
    seen: dict[str, Person] = {}
    for p in people:
        old = seen.get(p.name)
        if old is None or old.role is None and p.role:
            seen[p.name] = p
    return list(seen.values())
