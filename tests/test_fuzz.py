"""Fuzzing: seeded mutations of real PDFs and random texts through the whole reader and
parser. Every case ends as a record or as one of our named errors; none escapes as
an unexpected exception ("parser error ...") or kills its worker."""
from __future__ import annotations

import random
from io import BytesIO
from pathlib import Path

import pytest

from ingest.batch import Task, parse_many
from tests.conftest import SAMPLES
from tests.hostile import beyond_the_edge_pdf, meeting

CASES = 160  # of each kind: PDFs and texts (320 in all, about a minute on 2 cores)


def _seed_pdfs() -> list[bytes]:
    from reportlab.pdfgen import canvas

    buf = BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for page in range(2):
        for k, line in enumerate(meeting("vejbelysning", page).splitlines()):
            c.drawString(60 + (300 if k > 12 else 0), 780 - 16 * (k % 13), line)
        c.showPage()
    c.save()
    return [buf.getvalue(), beyond_the_edge_pdf("vandløbet"),
            (SAMPLES / "bad" / "encrypted.pdf").read_bytes()]


def _mutate(data: bytes, rnd: random.Random) -> bytes:
    """One to three random edits of the kinds that damage real files."""
    out = bytearray(data)
    for _ in range(rnd.randint(1, 3)):
        kind, at = rnd.randrange(6), rnd.randrange(len(out) or 1)
        if kind == 0:  # flipped bytes
            for k in range(rnd.randint(1, 20)):
                out[(at + k) % len(out)] = rnd.randrange(256)
        elif kind == 1:  # truncated
            del out[at:]
        elif kind == 2:  # a stretch repeated
            out[at:at] = out[at:at + rnd.randint(1, 400)] * rnd.randint(2, 50)
        elif kind == 3:  # garbage inserted
            out[at:at] = rnd.randbytes(rnd.randint(1, 200))
        elif kind == 4:  # a number changed (lengths, offsets, counts)
            digits = [i for i, b in enumerate(out) if 48 <= b <= 57]
            for i in rnd.sample(digits, min(len(digits), rnd.randint(1, 10))):
                out[i] = rnd.randrange(48, 58)
        else:  # a stretch deleted
            del out[at:at + rnd.randint(1, 500)]
    return bytes(out)


_ALPHABET = ("abcdefghijklmnopqrstuvwxyzæøåÆØÅ ABCDEFGHIJ0123456789 .,:;-–/()§\n\n\n\t\f"
             "ſ\u00a0\u200b\u2028\ufeff€«»\"'<>&#" * 20 + "\x00\x1b")
_WORDS = ("Referat", "Dagsorden", "Beslutning", "Godkendt", "Udsat", "Sagsnr.:", "1.",
          "Punkt 2:", "Mødedato:", "Udvalget", "kl. 16.00", "CPR 010101-1234", "§ 17",
          "<title>", "</td><td>", "Byrådet", "Indstilling", "\n\n", "3. marts 2021")


def _random_text(rnd: random.Random) -> str:
    parts = []
    for _ in range(rnd.randint(1, 300)):
        if rnd.random() < 0.4:
            parts.append(rnd.choice(_WORDS))
        else:
            parts.append("".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(1, 30))))
        parts.append(rnd.choice((" ", "\n", "")))
    return "".join(parts)


def _cases(folder: Path) -> list[Path]:
    rnd = random.Random(1815)
    seeds = _seed_pdfs()
    paths = []
    for n in range(CASES):
        p = folder / f"mutant-{n:03d}.pdf"
        p.write_bytes(_mutate(rnd.choice(seeds), rnd))
        paths.append(p)
    for n in range(CASES):
        text = _random_text(rnd)
        suffix = rnd.choice((".txt", ".txt", ".html"))
        p = folder / f"tekst-{n:03d}{suffix}"
        p.write_bytes(text.encode(rnd.choice(("utf-8", "utf-16", "cp1252")), errors="replace"))
        paths.append(p)
    return paths


@pytest.mark.slow
def test_fuzzed_files_end_as_records_or_named_errors(tmp_path):
    paths = _cases(tmp_path)
    tasks = [Task(str(p), "", p.stat().st_size) for p in paths]
    done = list(parse_many(tasks, workers=2, ocr="never", timeout=60))
    assert len(done) == len(paths)
    escaped = [(Path(d.task.path).name, d.error) for d in done
               if d.error and d.error.startswith(("parser error", "parser process died"))]
    assert escaped == []
    stored = sum(1 for d in done if d.result)
    assert 0 < stored < len(done)  # the mutations hit: some files read, some refused
