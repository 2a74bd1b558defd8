"""Hits and records -> table / json / csv. Returns text or rich renderables; the CLI prints."""
from __future__ import annotations

import csv
import io
import json
import re

from rich.table import Table
from rich.text import Text

from ingest.records import Document, Item, ParseResult


def as_json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def as_csv(rows: list[dict], columns: list[str], bom: bool = False, delimiter: str = ",") -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\r\n",
                       delimiter=delimiter)
    w.writeheader()
    for row in rows:
        w.writerow({k: _cell(row.get(k)) for k in columns})
    return ("\ufeff" if bom else "") + buf.getvalue()


def flat(row: dict) -> dict:
    """A row with votes written out for a spreadsheet cell."""
    votes = row.get("votes")
    if isinstance(votes, dict):
        parts = [f"{k}: {', '.join(votes[k])}" + (f" ({votes[k + '_count']})"
                                                  if votes.get(k + "_count") else "")
                 for k in ("for", "against", "abstain") if votes.get(k)]
        if votes.get("reservations"):
            parts.append("forbehold: " + ", ".join(votes["reservations"]))
        if votes.get("unanimous"):
            parts.append("enstemmigt")
        row = {**row, "votes": "; ".join(parts)}
    return row


def rows_table(rows: list[dict], columns: list[str], title: str) -> Table:
    t = Table(title=title, show_lines=True, expand=True)
    shown = [c for c in columns if c not in ("id", "votes", "proposal", "source", "page")
             and any(r.get(c) for r in rows)]
    for c in shown:
        wide = c in ("decision", "text", "item_title", "title")
        t.add_column(c.replace("_", " "), overflow="fold", ratio=4 if wide else 1,
                     no_wrap=c in ("date", "due", "item_number"),
                     min_width=10 if c in ("date", "due") else None)
    t.add_column("source", overflow="fold", ratio=2)
    for r in rows:
        r = flat(r)
        cells = [_short(_cell(r.get(c)), 300) for c in shown]
        cells.append(f"{str(r.get('source') or '').rsplit('/', 1)[-1]} p.{r.get('page')}\n"
                     f"{r.get('id', '')}")
        t.add_row(*cells)
    return t


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return str(value)


def _marked(snippet: str) -> Text:
    """A snippet whose [matches] are shown bold."""
    out = Text()
    for part in re.split(r"(\[[^\]]+\])", snippet):
        if part.startswith("[") and part.endswith("]"):
            out.append(part[1:-1], style="bold yellow")
        else:
            out.append(part)
    return out


def hits_table(results) -> Table:
    t = Table(show_lines=True, expand=True, title=f"{results.total} hits for {results.query!r}")
    t.add_column("date", no_wrap=True, width=10)
    t.add_column("body / kind", ratio=2, overflow="fold")
    t.add_column("item", ratio=3, overflow="fold")
    t.add_column("snippet", ratio=6, overflow="fold")
    t.add_column("source", ratio=2, overflow="fold")
    for h in results.hits:
        item = f"{h.item_number}. {h.item_title}" if h.item_number else (h.item_title or
                                                                         h.title or "")
        if h.outcome:
            item += f"\n({h.outcome})"
        if h.of:
            item += f"\n{h.matched} of {h.of} words"
        t.add_row(h.date or "-", f"{h.body or '-'}\n{h.kind}", item, _marked(h.snippet),
                  _sources(h))
    return t


def hit_row(h) -> dict:
    """A hit as one flat row (CSV): the other files of the same item as their ids."""
    row = h.to_dict()
    row["also"] = " ".join(a["id"] for a in row.get("also", []))
    return row


def _sources(h) -> str:
    """Where a hit is: its file and page, its id, and the same item in other files."""
    lines = [f"{h.source.rsplit('/', 1)[-1]} p.{h.page}", h.id]
    lines += [f"also {source.rsplit('/', 1)[-1]}: {doc_id}" for source, doc_id in h.also]
    return "\n".join(lines)


def explain_lines(lines: list[str]) -> str:
    """How a query was understood (`--explain`)."""
    return "\n".join(f"  {line}" for line in ["query understood as:"] + lines)


def facets_table(facets: dict[str, dict[str, int]]) -> Table:
    t = Table(title="facets")
    t.add_column("facet")
    t.add_column("value")
    t.add_column("hits", justify="right")
    for name, counts in facets.items():
        for i, (value, n) in enumerate(counts.items()):
            t.add_row(name if i == 0 else "", value, str(n))
    return t


HIT_COLUMNS = ["id", "date", "body", "kind", "item_number", "item_title", "title", "outcome",
               "score", "matched", "snippet", "source", "page", "also"]


def parse_summary(result: ParseResult) -> str:
    """A readable account of one parsed file."""
    s = result.source
    lines = [f"{s.path}: {s.format}, {s.pages} page(s)"
             + (f", {s.ocr_pages} OCR'd" if s.ocr_pages else "")
             + (f", encoding {s.encoding}" if s.encoding and s.format == "text" else "")
             + f", {len(result.documents)} document(s)"]
    for n, d in enumerate(result.documents, 1):
        lines.extend(_doc_lines(n, d))
    return "\n".join(lines)


def _when(d: Document) -> str:
    parts = [d.date or "", f"{d.start}" if d.start else "", f"-{d.end}" if d.end else ""]
    return (parts[0] + (" " + parts[1] + parts[2] if parts[1] else "")).strip()


def _doc_lines(n: int, d: Document) -> list[str]:
    out = ["", f"[{n}] {d.kind.value.upper()}: {d.title or '-'}"]
    fields = [("body", d.body), ("when", _when(d)), ("where", d.location),
              ("pages", f"{d.pages[0]}-{d.pages[1]}" if d.pages else None),
              ("attachment of", f"Punkt {d.attachment_of.item}, Bilag {d.attachment_of.number}"
               if d.attachment_of else None),
              ("cases", ", ".join(d.case_numbers)),
              ("people", people_text(d.people))]
    out.extend(f"    {k}: {v}" for k, v in fields if v)
    if d.proposal:
        out.append(f"    proposal: {_short(d.proposal, 160)}")
    if d.sections and not d.items:
        out.append("    sections: " + ", ".join(s.heading for s in d.sections[:12]))
    for it in d.items:
        out.extend(_item_lines(it))
    return out


def _item_lines(it: Item) -> list[str]:
    head = f"    {it.number:>5}. {it.title}" + (" [lukket]" if it.closed else "")
    out = [head]
    if it.case_numbers:
        out.append(f"           sag: {', '.join(it.case_numbers)}")
    if it.people:
        out.append(f"           people: {people_text(it.people)}")
    if it.proposal:
        out.append(f"           proposal: {_short(it.proposal, 120)}")
    if it.decision:
        out.append(f"           decision ({it.decision.outcome.value}): "
                   f"{_short(it.decision.text, 120)}")
    return out


def people_text(people) -> str:
    return "; ".join(p.name + (f" ({p.party})" if p.party else "") +
                     (f", {p.role}" if p.role else "") for p in people)


def _short(text: str, n: int) -> str:
    one = " ".join(text.split())
    return one if len(one) <= n else one[: n - 1] + "…"


def record_text(result: ParseResult, doc_index: int, item_index: int | None) -> str:
    """One item or document in full."""
    d = result.documents[doc_index]
    lines = [f"{d.kind.value.upper()}: {d.title or '-'}",
             f"source: {result.source.path}" + (f" (pages {d.pages[0]}-{d.pages[1]})"
                                                if d.pages else "")]
    for k, v in (("body", d.body), ("when", _when(d)), ("where", d.location),
                 ("cases", ", ".join(d.case_numbers)), ("people", people_text(d.people))):
        if v:
            lines.append(f"{k}: {v}")
    if item_index is None:
        body = [(s.heading, s.text) for s in d.sections] or [("text", d.text)]
        if d.proposal:
            body.append(("proposal", d.proposal))
    else:
        it = d.items[item_index]
        lines += ["", f"ITEM {it.number}. {it.title}" + (" [lukket]" if it.closed else ""),
                  f"pages: {it.pages[0]}-{it.pages[1]}" if it.pages else ""]
        if it.case_numbers:
            lines.append(f"cases: {', '.join(it.case_numbers)}")
        if it.people:
            lines.append(f"people: {people_text(it.people)}")
        body = [(s.heading, s.text) for s in it.sections] or [("text", it.text)]
        if it.proposal:
            body.append(("proposal", it.proposal))
        if it.decision:
            body.append((f"decision ({it.decision.outcome.value})", it.decision.text))
    for heading, text in body:
        lines += ["", f"## {heading}", text]
    return "\n".join(x for x in lines if x is not None)
