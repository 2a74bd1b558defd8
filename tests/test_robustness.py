"""Hostile input: text sniffing, pathological sizes, broken PDFs, odd files."""
from __future__ import annotations

import os
import random
import signal
from contextlib import contextmanager

import pytest

from ingest.errors import CorruptDocument, IngestError
from ingest.pipeline import parse_file
from ingest.textfile import decode

DANISH = "Referat fra mødet i Teknisk Udvalg. Økonomi på Ålborgvej, § 17 »godkendt«.\n" * 4


@contextmanager
def bounded(seconds: int):
    """Stop a runaway (e.g. quadratic) computation: an error, not a hung suite. The
    bound is many times what the linear work takes; it is not a speed assertion."""
    def stop(signum, frame):
        raise TimeoutError(f"still running after {seconds} s")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.mark.parametrize("encoding, named", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"),
    ("utf-32", "utf-32"), ("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be"),
    ("cp1252", "cp1252"), ("cp850", "cp850"), ("mac_roman", "mac_roman"),
])
def test_text_is_decoded_in_the_encoding_it_was_written_in(encoding, named):
    text = DANISH + ("1½ mio. € – x\n" if encoding == "cp1252" else "")
    got, used = decode(text.encode(encoding))
    assert (got, used) == (text, named)


@pytest.mark.parametrize("data", [
    random.Random(7).randbytes(300_000),
    bytes(range(256)) * 50,
    b"\x00" * 5000 + b"Referat",
    b"Referat\n" + b"\x01\x02\x03\x04\x05\x06" * 200,
])
def test_binary_data_under_a_text_name_is_refused(data):
    with pytest.raises(CorruptDocument, match="not text: .* binary data under a text name"):
        decode(data)


def test_a_long_s_reads_as_s(tmp_path):
    f = tmp_path / "sogneraad.txt"
    f.write_text("Referat\n\nSogneraadet\nMødedato: 3. ſeptember 1941 kl. 16.00\n\n"
                 "1. Vejbelyſning\n\nBeslutning\nGodkendt.\n", encoding="utf-8")
    doc = parse_file(f).documents[0]
    assert doc.date == "1941-09-03" and doc.items[0].title == "Vejbelysning"


@pytest.mark.parametrize("name, text", [
    ("titles.html", "<html>" + "<title>" * 20_000),
    ("open-title.html", "<html><title" + " x" * 60_000),
    ("nested.html", "<div>" * 20_000 + "Referat" + "</div>" * 20_000),
    ("one-line.txt", "Referat " + "a" * 120_000),
    ("digits.txt", "1" * 120_000),
    ("cpr-like.txt", "0101011234 " * 12_000),
    ("dashes.txt", "010101-" * 17_000),
    ("items.txt", "1. \n" * 30_000),
    ("spaces.txt", "Referat\n" + " " * 120_000 + "x\n"),
])
def test_page_sized_pathological_input_is_read_in_bounded_time(tmp_path, name, text):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    with bounded(60):
        try:
            parse_file(f, ocr="never")
        except IngestError:
            pass  # a clear refusal is fine; a hang is not
