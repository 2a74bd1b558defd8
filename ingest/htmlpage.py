"""HTML meeting pages: block structure to text lines; scripts, dialogs and chrome dropped.

Headings (h1-h6) and bold text mark their lines as strong, as bold type does in a PDF.
The page's own chrome (menus, 'Hent som PDF', 'Kopier link', dialogs, cookie banners)
never reaches a record: chrome containers are skipped by tag, class or role, and lines
that are only a chrome label are dropped (both lists are vocabulary).
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

from ingest import vocab
from ingest.clean import clean_pairs
from ingest.pages import RawDocument, RawPage
from ingest.textfile import decode, read_bytes
from ingest.vocab import lead_terms, line_terms, terms

_CHROME_LINE = line_terms(vocab.CHROME_LINES)
_CHROME_OPENER = lead_terms(vocab.CHROME_OPENERS)
_CHROME_CLASS = terms(vocab.CHROME_CLASSES, whole=False)
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
         "source", "track", "wbr"}
_MARK = "\x00"  # separates the flagged chunks of the text stream; never in HTML text


class _HtmlText(HTMLParser):
    """HTML to lines: block elements and table cells break lines, headings and
    paragraphs are set off by blank lines; scripts, styles and chrome are dropped."""

    BLOCK = {"p", "div", "li", "tr", "td", "th", "br", "section", "article", "table",
             "ul", "ol", "dt", "dd", "blockquote", "pre"}
    PARA = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "table", "section", "article"}
    STRONG = {"h1", "h2", "h3", "h4", "h5", "h6", "strong", "b"}
    SKIP = frozenset(vocab.CHROME_TAGS)
    # A label cell and its value ('<th>Sted</th><td>...</td>', '<dt>Sagsnr.</dt><dd>...')
    # are one line, 'Sted: ...', as a reader takes a form's row.
    LABEL_CELLS = {"th", "dt"}
    VALUE_CELLS = {"td", "dd"}
    # A meeting page built of boxes: '<div class="k">Sted</div><div class="v">...</div>',
    # a box holding only a short value's label, then the box with its value.
    BOXES = {"div", "span"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[tuple[str, bool]] = []
        self.hidden: list[str] = []  # open tags inside a skipped element
        self.strong = 0
        self.title: list[str] = []
        self.in_title = False
        self.label_open = False  # a row's label cell just closed ('<th>Sted</th>')

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True
        if self.hidden:
            if tag not in _VOID:
                self.hidden.append(tag)
            return
        if tag in self.SKIP or _is_chrome(dict(attrs)):
            if tag not in _VOID:
                self.hidden.append(tag)
            return
        if self.label_open and tag in self.VALUE_CELLS | self.BOXES:
            self.parts.append((": ", False))  # 'Sted: Mødelokale D1', one line as printed
        else:
            self._break(tag)
        self.label_open = False
        self.strong += tag in self.STRONG

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if self.hidden:
            if tag in self.hidden:
                while self.hidden and self.hidden.pop() != tag:
                    pass
            return
        self.strong = max(0, self.strong - (tag in self.STRONG))
        if tag in self.LABEL_CELLS and self.parts and self.parts[-1][0].strip() or \
                tag in self.BOXES and self._value_label_alone():
            self.label_open = True  # the break waits for what follows the label
            return
        if self.label_open:
            self.label_open = False
            self._break("br")
        self._break(tag)

    def _value_label_alone(self) -> bool:
        """Whether the text since the last line break is only a short value's label."""
        line = []
        for text, _ in reversed(self.parts):
            if "\n" in text:
                line.append(text.rsplit("\n", 1)[1])
                break
            line.append(text)
        label = "".join(reversed(line)).strip().rstrip(":").strip()
        return bool(label) and bool(_VALUE_LABEL.fullmatch(label))

    def _break(self, tag: str) -> None:
        if tag in self.PARA:
            self.parts.append(("\n\n", False))
        elif tag in self.BLOCK:
            self.parts.append(("\n", False))

    def handle_data(self, data):
        if self.label_open and data.strip():
            self.label_open = False
            self._break("br")
        if self.in_title:
            self.title.append(data)
        elif not self.hidden:
            self.parts.append((re.sub(r"\s+", " ", data), self.strong > 0))


_VALUE_LABEL = re.compile(vocab.terms(vocab.value_labels(), whole=False).pattern, re.I)


def _is_chrome(attrs: dict) -> bool:
    """An element that is the page's own machinery: a dialog, a menu, a banner."""
    if attrs.get("role") in vocab.CHROME_ROLES or \
            attrs.get("aria-hidden") == "true" or "hidden" in attrs:
        return True
    return bool(_CHROME_CLASS.search(attrs.get("class") or ""))


def read_html(path: Path, **_: object) -> RawDocument:
    """An HTML meeting page as one page of text lines."""
    text, encoding = decode(read_bytes(path))
    parser = _HtmlText()
    parser.feed(text)
    parser.close()
    lines, flags = _lines(parser.parts)
    title = html.unescape(" ".join("".join(parser.title).split()))
    if title:
        lines, flags = [title, ""] + lines, [False, False] + flags
    lines, flags = _join_number_cells(lines, flags)
    lines, flags = _drop_chrome(lines, flags)
    lines, flags = clean_pairs(lines, flags)
    return RawDocument("html", (RawPage(number=1, lines=tuple(lines), strong=tuple(flags)),),
                       encoding)


def _lines(parts: list[tuple[str, bool]]) -> tuple[list[str], list[bool]]:
    """Lines of the text stream, each strong when all its text came from strong markup."""
    lines: list[str] = [""]
    flags: list[list[bool]] = [[]]
    for text, strong in parts:
        pieces = text.split("\n")
        for n, piece in enumerate(pieces):
            if n:
                lines.append("")
                flags.append([])
            lines[-1] += piece
            if piece.strip():
                flags[-1].append(strong)
    return lines, [bool(f) and all(f) for f in flags]


def html_lines(markup: str) -> list[str]:
    """An HTML fragment (a field of a meeting system's export) as cleaned text lines,
    by the same rules as a whole page (a fragment has no page chrome to drop)."""
    parser = _HtmlText()
    parser.feed(markup)
    parser.close()
    return clean_pairs(*_lines(parser.parts))[0]


def _drop_chrome(lines: list[str], flags: list[bool]) -> tuple[list[str], list[bool]]:
    keep = [i for i, s in enumerate(lines)
            if not (_CHROME_LINE.match(s.strip()) or _CHROME_OPENER.match(s.strip()))]
    return [lines[i] for i in keep], [flags[i] for i in keep]


def _join_number_cells(lines: list[str], flags: list[bool]) -> tuple[list[str], list[bool]]:
    """'6.' in one table cell and its title in the next become one line; so does a
    bare '6' whose title is followed by a case number (FirstAgenda: 'Punkt', 'Titel')."""
    out: list[str] = []
    out_flags: list[bool] = []
    pending = None
    texts = [x.strip() for x in lines]
    for i, s in enumerate(texts):
        if pending is not None and s:
            out.append(f"{pending} {s}")
            out_flags.append(flags[i])
            pending = None
        elif re.fullmatch(r"\d{1,4}(\.\d{1,2})?\.", s):
            pending = s
        elif re.fullmatch(r"\d{1,3}", s) and _case_after_title(texts, i):
            pending = f"{s}."
        elif pending is None:
            out.append(lines[i])
            out_flags.append(flags[i])
    return out, out_flags


def _case_after_title(texts: list[str], i: int) -> bool:
    after = [t for t in texts[i + 1: i + 8] if t][:2]
    return len(after) == 2 and bool(re.match(r"[A-ZÆØÅ]", after[0])) and \
        bool(re.fullmatch(r"[A-ZÆØÅ]{2,5}-\d{4}-\d{3,7}", after[1]))
