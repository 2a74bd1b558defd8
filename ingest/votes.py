"""What a decision says beyond its outcome: votes, whether it followed the proposal,
and follow-ups with owners and deadlines. Pure functions over Danish decision text."""
from __future__ import annotations

import re

from ingest.dates import MONTHS
from ingest.records import FollowUp, Outcome, Votes

PARTY_NAMES = {
    "socialdemokratiet": "A", "venstre": "V", "socialistisk folkeparti": "F", "sf": "F",
    "enhedslisten": "Ø", "det konservative folkeparti": "C", "konservative": "C",
    "radikale venstre": "B", "det radikale venstre": "B", "dansk folkeparti": "O",
    "liberal alliance": "I", "alternativet": "Å", "nye borgerlige": "D", "moderaterne": "M",
    "danmarksdemokraterne": "Æ",
}
_LETTERS = r"[A-ZÆØÅ](?:\s*(?:,|og|\+)\s*[A-ZÆØÅ])*"
_COUNT = r"(?:\s*\((\d+)\))?"
_FOR = re.compile(rf"\bFor\s+stemte\s*:?\s*({_LETTERS}){_COUNT}", re.I)
_AGAINST = re.compile(rf"\bImod\s+stemte\s*:?\s*({_LETTERS}){_COUNT}", re.I)
_ABSTAIN = re.compile(rf"\bUndlod(?:\s+at\s+stemme)?\s*:?\s*({_LETTERS}){_COUNT}", re.I)
_MAJORITY = re.compile(rf"\bEt\s+flertal\s*(?:bestående\s+af\s*)?\(?\s*({_LETTERS})\s*\)?"
                       rf"(?:\s*\((\d+)\))?\s+(?:kunne\s+)?(?:tiltræde|godkende|anbefale|"
                       rf"stemte\s+for|vedtog)", re.I)
_MINORITY = re.compile(rf"\bEt\s+mindretal\s*\(?\s*({_LETTERS})\s*\)?(?:\s*\((\d+)\))?\s+"
                       rf"(?:kunne\s+ikke|stemte\s+imod|tiltrådte\s+ikke)", re.I)
_RESERVATION = re.compile(rf"(?:^|[.;]\s*|\n)\s*((?:{_LETTERS})|(?:[A-ZÆØÅ][\w ,]+?))\s+"
                          rf"(?:tog|tager)\s+(?:et\s+)?forbehold", re.M)
_UNANIMOUS = re.compile(r"\benstemmig", re.I)

_CHANGED = re.compile(r"\bmed\s+(?:den|følgende|de\s+følgende)\s+(?:ændring|tilføjelse)|"
                      r"\bmed\s+(?:denne\s+|følgende\s+)?bemærkning|\bdog\s+således|"
                      r"\bmed\s+ændring|\bændret\s+således|\bi\s+stedet\b|\bsupplere[ts]\b",
                      re.I)


def letters(text: str) -> tuple[str, ...]:
    """'A, F og Ø' -> ('A', 'F', 'Ø')."""
    return tuple(dict.fromkeys(re.findall(r"[A-ZÆØÅ]", text)))


def _party_names(text: str) -> tuple[str, ...]:
    found = []
    lowered = text.lower()
    for name, letter in sorted(PARTY_NAMES.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{re.escape(name)}\b", lowered):
            found.append(letter)
            lowered = lowered.replace(name, " ")
    return tuple(dict.fromkeys(found))


def parse_votes(text: str) -> Votes | None:
    """Structured votes from a decision text, or None when it records no vote."""
    pro, con, abst, res = [], [], [], []
    counts: dict[str, int | None] = {"for": None, "against": None, "abstain": None}
    for pattern, bucket, key in ((_FOR, pro, "for"), (_MAJORITY, pro, "for"),
                                 (_AGAINST, con, "against"), (_MINORITY, con, "against"),
                                 (_ABSTAIN, abst, "abstain")):
        for m in pattern.finditer(text):
            bucket.extend(letters(m.group(1)))
            if m.group(2):
                counts[key] = int(m.group(2))
    for m in _RESERVATION.finditer(text):
        who = m.group(1).strip()
        res.extend(letters(who) if re.fullmatch(_LETTERS, who) else _party_names(who))
    unanimous = bool(_UNANIMOUS.search(text))
    if not (pro or con or abst or res or unanimous):
        return None
    return Votes(tuple(dict.fromkeys(pro)), tuple(dict.fromkeys(con)),
                 tuple(dict.fromkeys(abst)), tuple(dict.fromkeys(res)),
                 counts["for"], counts["against"], counts["abstain"], unanimous)


def followed(proposal: str | None, decision_text: str, outcome: Outcome) -> str:
    """'followed', 'changed' or 'departed' (went another way); 'no proposal' without one."""
    if not proposal or not proposal.strip():
        return "no proposal"
    if outcome in (Outcome.REJECTED, Outcome.POSTPONED, Outcome.WITHDRAWN, Outcome.REFERRED):
        return "departed"
    if _CHANGED.search(decision_text):
        return "changed"
    if outcome in (Outcome.APPROVED, Outcome.RECOMMENDED):
        return "followed"
    wants = proposal.lower()
    if outcome == Outcome.NOTED and re.search(r"efterretning|orientering", wants):
        return "followed"
    if outcome == Outcome.DISCUSSED and re.search(r"drøft", wants):
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
