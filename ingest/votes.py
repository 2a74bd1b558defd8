"""What a decision says beyond its outcome: votes, whether it followed the proposal,
and follow-ups with owners and deadlines. Pure functions over Danish decision text."""
from __future__ import annotations

import re

from ingest import vocab
from ingest.dates import MONTHS
from ingest.records import FollowUp, Outcome, Votes

_BUCKETS = ("for", "against", "abstain", "reservations")
_LABELS = dict(vocab.VOTE_LABELS)
_COLON = dict(vocab.VOTE_COLON_LABELS)
_VERBS = dict(vocab.VOTE_VERBS)
_LABEL = re.compile(rf"(?:^|(?<=[\n.;,)]))\s*(?:{vocab.terms(tuple(_LABELS)).pattern}|"
                    rf"(?:{vocab.terms(tuple(_COLON)).pattern})\s*:)", re.I)
_VERB = vocab.terms(tuple(_VERBS))
_GROUP = re.compile(rf"(?:{vocab.terms(vocab.MAJORITY).pattern}|(?P<minority>"
                    rf"{vocab.terms(vocab.MINORITY).pattern}))", re.I)
_COUNTS = tuple(re.compile(p, re.I) for p in vocab.VOTE_COUNTS_RE)
_STATEMENT = vocab.terms(vocab.MINORITY_STATEMENT)
_UNANIMOUS = vocab.terms(vocab.UNANIMOUS)
_PARTY = dict(vocab.PARTIES)
_CODE = re.compile(r"[A-ZÆØÅ]{1,3}")  # party letters: 'V', 'UP', and Folketinget's 'ALT'
_VOTERS_MAX = 160  # the voters before a verb ('X (A) og Y (Ø) undlod') fit on a line
_STATEMENT_COLON = 40  # 'Mindretalsudtalelse fra A:' - the colon follows the cue closely


def _tokens(text: str) -> list[str]:
    """A list of voters split at ',', 'og', '+' and '&' outside brackets."""
    out, depth, buf = [], 0, ""
    for piece in re.split(r"(,|\bog\b|\+|&|\(|\))", text):
        depth += (piece == "(") - (piece == ")")
        if depth == 0 and piece in (",", "og", "+", "&"):
            out.append(buf)
            buf = ""
        else:
            buf += piece
    return out + [buf]


def voters(segment: str) -> tuple[list[str], int | None]:
    """Party codes and a count from a list of voters ('111 (S, V og Jon Stephensen (UFG))',
    'Liselott Blixt (UP-1)', 'Det Konservative Folkeparti og Venstre'), in printed order."""
    codes: list[str] = []
    count = None
    lead = re.match(r"\s*:?\s*(\d+)\b", segment)
    if lead:
        count, segment = int(lead.group(1)), segment[lead.end():]
    for token in _tokens(segment):
        inner = re.search(r"\((.*)\)", token, re.S)
        if inner and inner.group(1).strip().isdigit():
            count = int(inner.group(1))
        elif inner:
            content = inner.group(1)
            codes += voters(content if "," in content or " og " in content
                            else content.split("-")[0])[0]
        word = " ".join(re.sub(r"\(.*\)", " ", token, flags=re.S).split()).strip(" .:;")
        if _CODE.fullmatch(word):
            codes.append(word)
        elif word.lower() in _PARTY:
            codes.append(_PARTY[word.lower()])
    return codes, count


def _segment_after(text: str, end: int, stops: list[int]) -> str:
    """The list after a label: up to the next label, the line's end or a sentence's end."""
    limit = min([s for s in stops if s > end] + [len(text)])
    line_end = text.find("\n", end)
    limit = min(limit, line_end if line_end >= 0 else limit)
    segment = text[end:limit]
    depth = 0
    for i, ch in enumerate(segment):
        depth += (ch == "(") - (ch == ")")
        if ch == "." and depth == 0 and (i + 1 == len(segment) or segment[i + 1].isspace()):
            return segment[:i]
    return segment


def _segment_before(text: str, start: int) -> str:
    """The voters before a verb: back to the line's or the sentence's start."""
    head = text[:start]
    cut = max([head.rfind("\n"), *(m.end() - 1 for m in re.finditer(r"[.;:]\s", head))])
    segment = head[cut + 1:]
    return segment if len(segment) <= _VOTERS_MAX else ""


def minority_statements(text: str) -> tuple[str, ...]:
    """Minority statements as printed: the text after 'Mindretalsudtalelse ...:' or the
    sentence that asks for a vote to be recorded."""
    out = []
    for m in _STATEMENT.finditer(text):
        colon = text.find(":", m.end(), m.end() + _STATEMENT_COLON)
        if colon >= 0:
            said = text[colon + 1:]
        else:
            start = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start()))
            stop = min([i for i in (text.find(". ", m.end()), text.find("\n", m.end()))
                        if i >= 0] + [len(text)])
            said = text[start + 1:stop + 1]
        said = " ".join(said.split()).strip(' "”“')
        if said and said not in out:
            out.append(said)
    return tuple(out)


def parse_votes(text: str) -> Votes | None:
    """Structured votes from a decision text, or None when it records no vote."""
    got: dict[str, list[str]] = {b: [] for b in _BUCKETS}
    counts: dict[str, int | None] = {"for": None, "against": None, "abstain": None}
    labels = list(_LABEL.finditer(text))
    stops = [m.start() for m in labels] + [m.start() for m in _VERB.finditer(text)]
    for m in labels:
        words = " ".join(m.group().lower().replace(":", " ").split())
        bucket = _LABELS.get(words) or _COLON[words]
        codes, count = voters(_segment_after(text, m.end(), stops))
        got[bucket] += codes
        counts[bucket] = count if count is not None else counts[bucket]
    for m in _VERB.finditer(text):
        if any(lab.start() <= m.start() < lab.end() for lab in labels):
            continue  # 'Undlod: C' is a label with its voters after it
        bucket = _VERBS[" ".join(m.group().lower().split())]
        got[bucket] += voters(_segment_before(text, m.start()))[0]
    for m in _GROUP.finditer(text):
        bucket = "against" if m.group("minority") else "for"
        codes, count = voters(_segment_after(text, m.end(), [m.end() + _VOTERS_MAX]).split(" kunne")[0])
        got[bucket] += codes
        counts[bucket] = count if count is not None else counts[bucket]
    for pattern in _COUNTS:
        for m in pattern.finditer(text):
            for key, value in m.groupdict().items():
                if value and key in counts:
                    counts[key] = int(value)
            for bucket in ("for", "against", "abstain"):
                if m.groupdict().get(f"{bucket}_parties"):
                    got[bucket] += voters(m.group(f"{bucket}_parties"))[0]
    minority = minority_statements(text)
    unanimous = bool(_UNANIMOUS.search(text))
    if not (any(got.values()) or any(c is not None for c in counts.values()) or minority
            or unanimous):
        return None
    uniq = {b: tuple(dict.fromkeys(v)) for b, v in got.items()}
    return Votes(uniq["for"], uniq["against"], uniq["abstain"], uniq["reservations"],
                 counts["for"], counts["against"], counts["abstain"], unanimous, minority)


def followed(proposal: str | None, decision_text: str, outcome: Outcome) -> str:
    """'followed', 'changed' or 'departed' (went another way); 'no proposal' without one."""
    if not proposal or not proposal.strip():
        return "no proposal"
    if outcome in (Outcome.REJECTED, Outcome.POSTPONED, Outcome.WITHDRAWN, Outcome.REFERRED):
        return "departed"
    if vocab.terms(vocab.CHANGED).search(decision_text):
        return "changed"
    if outcome in (Outcome.APPROVED, Outcome.RECOMMENDED):
        return "followed"
    if outcome == Outcome.NOTED and vocab.terms(vocab.NOTED).search(proposal):
        return "followed"
    if outcome == Outcome.DISCUSSED and vocab.terms(vocab.DISCUSSED).search(proposal):
        return "followed"
    return "departed" if outcome != Outcome.OTHER else "unknown"


_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DUE = re.compile(rf"\bsenest\s+(?:i\s+|d\.\s*|den\s+)?(?:(\d{{1,2}})\.\s*)?({_MONTH_RE})\.?\s+"
                  rf"(\d{{4}})", re.I)
_OWNER = re.compile(r"((?:[A-ZÆØÅ][\wæøåÆØÅ]*)(?:\s+(?:og|&)\s+[A-ZÆØÅ][\wæøåÆØÅ]*)*)\s+"
                    r"følger\s+op\b")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]|$)")


def follow_ups(text: str) -> tuple[FollowUp, ...]:
    """Actions with owners and deadlines ('UJU og Janus følger op', 'senest i maj 2024')."""
    flat = " ".join(text.split())
    sentences = [s.strip() for s in _SENTENCE.findall(flat) if s.strip()]
    out: list[FollowUp] = []
    for i, s in enumerate(sentences):
        due = _DUE.search(s)
        owner = _OWNER.search(s)
        if not (due or owner):
            continue
        if due and not owner and i + 1 < len(sentences):
            owner = _OWNER.search(sentences[i + 1])
        if owner and not due and i > 0:
            due = _DUE.search(sentences[i - 1])
            if due and any(f.due == _due(due) for f in out):
                continue  # that deadline already has this owner
        out.append(FollowUp(owner=owner.group(1) if owner else None,
                            due=_due(due) if due else None, text=s))
    return tuple(out)


def _due(m: re.Match) -> str:
    month = MONTHS[m.group(2).lower()]
    return f"{m.group(3)}-{month:02d}" + (f"-{int(m.group(1)):02d}" if m.group(1) else "")
