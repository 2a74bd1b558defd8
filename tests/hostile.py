"""A hostile corpus: every kind of file that has stopped, hung, fooled or leaked
through an importer, beside good files that must still be stored and found.

    python -m tests.hostile DIR     write the corpus into DIR and list what a careful
                                    importer does with each entry

Each entry says what must happen to it: `stored` (and a search for its word finds
it), `failed` with a phrase its one failure line holds, or `skipped`. The tests in
tests/test_robustness.py import it; the generator is deterministic (seeded).
"""
from __future__ import annotations

import os
import random
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
CPR_IN_NAME = "150385-1234"  # a valid CPR number: never to be stored or shown

MEETING = """Referat

Teknisk Udvalg
Mødedato: 3. marts 2021 kl. 16.00

1. {title}

Sagsnr.: 21/0{n}

Sagsfremstilling
Borgeren med CPR-nr. 150385-1234 har skrevet om {word}. {filler}

Beslutning
Godkendt.
"""


@dataclass(frozen=True, slots=True)
class Entry:
    """One path of the corpus and what must happen to it."""

    name: str | bytes  # relative to the corpus folder; bytes for names not in UTF-8
    expect: str  # "stored", "failed" or "skipped"
    phrase: str = ""  # failed/skipped: in its line; stored: a word a search finds
    root_only: bool = False  # only a user without root's file access gets the failure

    def path(self, root: Path) -> Path:
        name = os.fsdecode(self.name) if isinstance(self.name, bytes) else self.name
        return root / name


def meeting(word: str, n: int) -> str:
    """A small, complete referat whose item is about `word`."""
    return MEETING.format(title=f"Sag om {word}", n=n, word=word,
                          filler=f"Udvalget drøftede {word} grundigt. " * 6)


def raw_pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF file of numbered objects (1..n), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, xref)
    return bytes(out)


def deep_tree_pdf(depth: int = 3000) -> bytes:
    """A page tree nested `depth` levels deep around one page."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):  # object 2 + level holds object 3 + level
        objs.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (3 + level))
    objs.append(b"<< /Type /Page /MediaBox [0 0 595 842] >>")
    return raw_pdf(objs)


def many_pages_pdf(pages: int = 200_000) -> bytes:
    """A page tree of `pages` pages that are all the same (empty) page object."""
    kids = b" ".join([b"3 0 R"] * pages)
    return raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                    b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
                    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"])


def beyond_the_edge_pdf(word: str) -> bytes:
    """A page of text whose lines run past the right edge and start left of the left
    one (columns code once lost such pages)."""
    from io import BytesIO

    from reportlab.pdfgen import canvas

    buf = BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for k, line in enumerate(meeting(word, 7).splitlines()):
        x = -12 if k % 5 == 0 else 60
        c.drawString(x, 800 - 16 * k, line + ("  " + "meget lang linje " * 8 if k % 3 else ""))
    c.showPage()
    c.save()
    return buf.getvalue()


def unreadable_layout_pdf(word: str) -> bytes:
    """A page whose layout pdfminer cannot read (a broken Type0 font is selected) while
    its text layer is fine: it must be read, not dropped nor sent to OCR."""
    text = f"Referat fra Teknisk Udvalg om {word}".encode("cp1252")
    content = b"BT /F2 12 Tf ET BT /F1 12 Tf 72 700 Td (" + text + b") Tj ET"
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R /F2 6 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /X /DescendantFonts 5 >>"])


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _symlink(target: str) -> Callable[[Path], None]:
    return lambda path: os.symlink(target, path)


def _locked(data: bytes) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.write_bytes(data)
        path.chmod(0)
    return make


def _locked_folder(path: Path) -> None:
    path.mkdir()
    (path / "inde.txt").write_text(meeting("tagrenden", 9), encoding="utf-8")
    path.chmod(0)


def corpus() -> list[tuple[Entry, bytes | Callable[[Path], None]]]:
    """The entries and how to make each (bytes to write, or a function of its path)."""
    rnd = random.Random(18)
    bad = SAMPLES / "bad"
    text = lambda word, n: meeting(word, n).encode("utf-8")  # noqa: E731
    return [
        # good files, some with hostile names or encodings: stored and found
        (Entry("god.txt", "stored", "cykelstien"), text("cykelstien", 1)),
        (Entry("utf16.txt", "stored", "havnebadet"), meeting("havnebadet", 2).encode("utf-16")),
        (Entry("dos.txt", "stored", "skolegården"), meeting("skolegården", 3).encode("cp850")),
        (Entry(b"M\xf8de-latin1-navn.txt", "stored", "legepladsen"), text("legepladsen", 4)),
        (Entry("linje\nskift.txt", "stored", "fjernvarmen"), text("fjernvarmen", 5)),
        (Entry(f"Klage {CPR_IN_NAME}.txt", "stored", "kloakeringen"), text("kloakeringen", 6)),
        (Entry("kanten.pdf", "stored", "vandløbet"), beyond_the_edge_pdf("vandløbet")),
        (Entry("skrifttype.pdf", "stored", "fortovet"), unreadable_layout_pdf("fortovet")),
        (Entry("langt-s.txt", "stored", "kirkegaarden"),
         text("kirkegaarden", 8).replace("3. marts".encode(), "3. ſeptember".encode())),
        (Entry("titler.html", "stored", "svømmehallen"),
         b"<html><head>" + b"<title>" * 50_000 + b"</head><body><pre>"
         + text("svømmehallen", 10) + b"</pre></body></html>"),
        # files that cannot be read: each named once, with its own reason
        (Entry("tilfaeldig.txt", "failed", "binary data under a text name"),
         rnd.randbytes(300_000)),
        (Entry("binaer.html", "failed", "binary data under a text name"), rnd.randbytes(50_000)),
        (Entry("tom-1.txt", "failed", "empty file"), b""),
        (Entry("tom-2.txt", "failed", "empty file"), b""),
        (Entry("tom-3.pdf", "failed", "empty file"), b""),
        (Entry("tom\nlinje.txt", "failed", "empty file"), b""),
        (Entry(f"Sag {CPR_IN_NAME} tom.txt", "failed", "empty file"), b""),
        (Entry("kø.txt", "failed", "named pipe (FIFO)"), _fifo),
        (Entry("peger-ingen-steder.pdf", "failed", "dangling symbolic link"),
         _symlink("findes-ikke.pdf")),
        (Entry("loekke.txt", "failed", "symbolic link loop"), _symlink("loekke.txt")),
        (Entry("enhed.txt", "failed", "character device"), _symlink("/dev/null")),
        (Entry("laast.txt", "failed", "permission denied", root_only=True),
         _locked(text("laasen", 11))),
        (Entry("laast-mappe", "failed", "cannot read the folder", root_only=True),
         _locked_folder),
        (Entry("dyb.pdf", "failed", "corrupt"), deep_tree_pdf()),
        (Entry("mange-sider.pdf", "failed", "more than the limit"), many_pages_pdf()),
        (Entry("krypteret.pdf", "failed", "encrypted PDF"), (bad / "encrypted.pdf").read_bytes()),
        (Entry("afkortet.pdf", "failed", "corrupt or truncated PDF"),
         (bad / "truncated.pdf").read_bytes()),
        (Entry("login.pdf", "failed", "not a PDF"), (bad / "html-saved-as.pdf").read_bytes()),
        (Entry("regneark.xlsx", "skipped", "unsupported file type"),
         (bad / "spreadsheet.xlsx").read_bytes()),
    ]


def write(root: Path) -> list[Entry]:
    """Write the corpus into `root` (created); returns its entries."""
    root.mkdir(parents=True, exist_ok=True)
    entries = []
    for entry, make in corpus():
        path = entry.path(root)
        if isinstance(make, bytes):
            path.write_bytes(make)
        else:
            make(path)
        entries.append(entry)
    return entries


def unlock(root: Path) -> None:
    """Give back the modes the corpus took away (so the folder can be removed)."""
    for path in [root, *root.rglob("*")] if root.exists() else []:
        if not path.is_symlink() and stat.S_ISDIR(path.lstat().st_mode) or path.is_file():
            try:
                path.chmod(0o755 if path.is_dir() else 0o644)
            except OSError:
                pass


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-3].strip(), file=sys.stderr)
        return 2
    root = Path(argv[1])
    if root.exists() and any(root.iterdir()):
        print(f"{root} is not empty; name a new folder", file=sys.stderr)
        return 2
    for e in write(root):
        print(f"{e.expect:8} {os.fsdecode(e.name)!r:40} {e.phrase}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
