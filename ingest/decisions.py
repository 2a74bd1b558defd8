"""Decision text -> one normalised outcome."""
from __future__ import annotations

import re

from ingest.records import Decision, Outcome

# Checked in this order: the first outcome with a cue in the text wins. Negated cues
# ('ikke godkendt', 'ikke drøftet') are handled before the positive ones.
_RULES: tuple[tuple[Outcome, str], ...] = (
    (Outcome.WITHDRAWN, r"\budg(?:ik|år|aar)\b|\btrukket\b|\btaget af dagsordenen\b"),
    (Outcome.REJECTED, r"\bikke (?:godkendt|vedtaget|tiltrådt|anbefalet)\b|\bforkast|\bafvist\b|"
                       r"\bafvises\b|\bnedstemt\b|\bkunne ikke (?:tiltræde|godkende|anbefale)\b|"
                       r"\bforslaget faldt\b"),
    (Outcome.POSTPONED, r"\budsat\b|\budsættes\b|\budskudt\b|\butsatt\b"),
    (Outcome.RECOMMENDED, r"\banbefal|\bindstilles til (?:godkendelse|vedtagelse)\b"),
    (Outcome.APPROVED, r"\bgodkend|\bvedtag|\bvedtog\b|\btiltr(?:å|aa)dt\b|\btiltræde[rs]?\b|"
                       r"\bbevilg|\bindstillingen følges\b|\bbifald|\bimødekommet\b"),
    (Outcome.REFERRED, r"\boversend|\bsendes videre\b|\bfremsendes til\b|\bhenvis|"
                       r"\bvideresend"),
    (Outcome.NOTED, r"\btil efterretning\b|\bintet til referat\b|\borienteringen taget\b|"
                    r"\btaget til orientering\b|\btil orientering\b"),
    (Outcome.DISCUSSED, r"\bdrøftet\b|\bdrøftede\b|\bdrøftes\b|\bvendt\b|\bdiskuteret\b|"
                        r"\bbehandlet\b"),
)
_COMPILED = tuple((o, re.compile(p, re.I)) for o, p in _RULES)
_NEGATION = re.compile(r"\b(?:ikke|ej|aldrig)\s+(?:\w+\s+)?$", re.I)


def classify(text: str) -> Outcome:
    """The outcome a decision text records; OTHER when no cue is found."""
    for outcome, pattern in _COMPILED:
        for m in pattern.finditer(text):
            negated = _NEGATION.search(text[max(0, m.start() - 20): m.start()])
            if outcome in (Outcome.REJECTED, Outcome.WITHDRAWN) or not negated:
                return outcome
    return Outcome.OTHER


def make_decision(text: str) -> Decision | None:
    """The full decision record of a decision text (outcome, votes, follow-ups), or None
    when the text is empty. Every reader (PDF, HTML, text, system exports) builds its
    decisions here, so the outcome rules are the same whatever the source."""
    from ingest.votes import follow_ups, parse_votes

    text = text.strip()
    if not text:
        return None
    return Decision(text, classify(text), votes=parse_votes(text), follow_ups=follow_ups(text))
