"""Named errors, one family. Each message says what is wrong and what the user can do;
each class carries the exit status the `referat` command ends with (`ExitCode`).

This module sits at the bottom of the layers (it imports nothing of the project), so
`ingest`, `index` and `search` all raise members of the same family."""
from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """How every `referat` command ends, as scripts test it (documented in the README)."""

    RESULTS = 0  # the command did what was asked and found something
    NO_RESULTS = 1  # nothing matched, or there was nothing to import
    USAGE = 2  # a usage, query or input error: the user must change the command
    BUSY = 3  # another import holds the archive
    PARTIAL = 4  # a batch finished but some files failed (each one is named)
    BUG = 70  # an error referat did not foresee (sysexits' EX_SOFTWARE): please report it


class ReferatError(Exception):
    """Base of every error a user can meet; its message is the one line shown."""

    exit_code: ExitCode = ExitCode.USAGE


class NoResults(ReferatError):
    """Nothing matched the question (not an error, but scripts must tell it apart)."""

    exit_code = ExitCode.NO_RESULTS


class UsageError(ReferatError):
    """An option, value or format the command does not take."""


class ArchiveBusy(ReferatError):
    """Another process holds the archive's lock; waiting or retrying helps."""

    exit_code = ExitCode.BUSY


class ArchiveError(ReferatError):
    """The archive is missing, or cannot be read as asked."""


class IngestError(ReferatError):
    """Base of every error raised while reading or parsing a file."""


class MissingFile(IngestError):
    """The path does not exist or is not a file."""


class EmptyFile(IngestError):
    """The file has no bytes."""


class UnsupportedFormat(IngestError):
    """No reader handles this kind of file."""


class EncryptedDocument(IngestError):
    """The PDF is encrypted and cannot be opened without its password."""


class CorruptDocument(IngestError):
    """The file claims a format but its bytes are broken."""


class TooLarge(IngestError):
    """The file exceeds a configured limit (pages or bytes)."""


class NoText(IngestError):
    """Nothing readable could be extracted (and OCR could not help)."""


class ParseTimeout(IngestError):
    """Reading the file took longer than its time budget."""


class NotMeetingDocument(IngestError):
    """The file reads fine but is no meeting document (a README, a licence, a menu page)."""
