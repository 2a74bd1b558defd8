"""Named errors. Each message says what is wrong and what the user can do."""


class IngestError(Exception):
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
