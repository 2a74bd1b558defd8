"""Records survive to_dict/from_dict and the parser never raises on arbitrary text."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import pytest

from ingest.errors import NotMeetingDocument
from ingest.pages import RawDocument, RawPage
from ingest.pipeline import parse_file, parse_raw
from ingest.records import ParseResult, Source
from tests.conftest import SEED_PDF, SEED_TXT


def test_round_trip_of_real_results():
    for path in (SEED_TXT, SEED_PDF):
        result = parse_file(path)
        assert ParseResult.from_dict(result.to_dict()) == result


lines = st.lists(st.one_of(
    st.text(max_size=60),
    st.sampled_from(["Referat", "Punkt 1: Dagsorden", "Godkendt.", "1. Meddelelser",
                     "Sagsnr.: 2011-29298", "Beslutning", "Det indstilles, at", "Notat",
                     "Punkt 2, Bilag 1: Referat -", "Indstilling", "Tilstede", "Side 3",
                     "Lolan Ottesen (A) - formand", "Mødedato: 10. januar 2024", ""])),
    max_size=40)


@settings(max_examples=60, deadline=None)
@given(st.lists(lines, min_size=1, max_size=3))
def test_parser_never_raises_and_round_trips(pages):
    """Any text parses, or is refused as no meeting document with its reason."""
    raw = RawDocument("text", tuple(RawPage(n + 1, tuple(p), top=2, bottom=2)
                                    for n, p in enumerate(pages)))
    try:
        result = parse_raw(raw, Source("x.txt", "0" * 64, "text", len(pages)))
    except NotMeetingDocument as exc:
        assert str(exc).startswith("not a meeting document: ")
        return
    assert ParseResult.from_dict(result.to_dict()) == result


def test_a_text_without_any_meeting_is_refused_with_its_reason():
    raw = RawDocument("text", (RawPage(1, ("Indkøbsliste", "", "mælk", "brød", "kaffe")),))
    with pytest.raises(NotMeetingDocument, match="no meeting, body, date"):
        parse_raw(raw, Source("x.txt", "0" * 64, "text", 1))
