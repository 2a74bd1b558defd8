"""The closed vocabularies of the records (Enums) and the spelling-free case key.

Apart from ingest.records so that a command that needs only these (a search reads its
options and filters with them) does not build the record classes at start: making the
frozen dataclasses' methods is most of ingest.records' import time. ingest.records
re-exports every name here; import them from there unless start-up time matters.
"""
from __future__ import annotations

import re
from enum import Enum

from ingest import vocab


class Kind(str, Enum):
    """What a document is."""

    REFERAT = "referat"
    DAGSORDEN = "dagsorden"
    INDSTILLING = "indstilling"
    NOTAT = "notat"
    BILAG = "bilag"
    RAPPORT = "rapport"
    ANDET = "andet"


class Outcome(str, Enum):
    """A decision normalised to one outcome."""

    APPROVED = "approved"
    RECOMMENDED = "recommended"
    NOTED = "noted"
    DISCUSSED = "discussed"
    REFERRED = "referred"
    POSTPONED = "postponed"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    OTHER = "other"


class Followed(str, Enum):
    """How a decision relates to the item's proposal (`Decision.followed` holds the value)."""

    FOLLOWED = "followed"
    CHANGED = "changed"
    DEPARTED = "departed"
    UNKNOWN = "unknown"
    NO_PROPOSAL = "no proposal"


class OcrMode(str, Enum):
    """When pages are OCR'd: those without usable text (auto), all, or none."""

    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


class Sort(str, Enum):
    """The order of search hits: best match first, oldest first, newest first."""

    RELEVANCE = "relevance"
    DATE = "date"
    NEWEST = "-date"


class FileStatus(str, Enum):
    """What the archive knows of a path (or of a file's bytes: ingested or failed)."""

    INGESTED = "ingested"
    FAILED = "failed"
    SKIPPED = "skipped"  # not a meeting document, or no reader for its type
    PENDING = "pending"  # the same bytes as a file parsed in this run: its fate follows


class FailureKind(str, Enum):
    """Why a file yielded no records."""

    ERROR = "error"  # unreadable, broken, or a parser error: the line says which
    TIMED_OUT = "timed out"  # stopped at its time budget
    DIED = "died"  # its parser process died (a crash, the memory limit)
    UNSUPPORTED = "unsupported"  # no reader takes it (known from its content): skipped


_CASE_LABEL = re.compile(
    r"^\s*(?:" + "|".join(r"\s*".join(map(re.escape, label.split()))
                          for label in sorted(vocab.CASE_LABELS, key=len, reverse=True))
    + r")\.?\s*:?\s*", re.I)


def case_key(number: str) -> str:
    """A spelling-independent key: labels, spaces, prefixes and leading zeros folded.

    'Sag: EMN-2023-011201', 'emn 2023 11201' and '2023-011201' all give '2023-11201'.
    """
    s = _CASE_LABEL.sub("", number.strip())
    s = re.sub(r"^[A-Za-zÆØÅæøå]{2,5}[\s\-]*(?=\d)", "", s)
    parts = [p for p in re.split(r"[^0-9A-Za-z]+", s) if p]
    return "-".join(p.lstrip("0") or "0" if p.isdigit() else p.upper() for p in parts)
