"""Hits and records -> table / json / csv. Returns text or rich renderables; the CLI prints."""
from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # rich is imported by the functions that draw for a terminal; the records
    # are only read here (building their classes costs a search's start)
    from ingest.records import Document, Item, ParseResult
    from rich.console import Group
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text


# json and csv are imported by the formats that write them: a search printing a table or
# tab-separated lines loads neither.


def as_json(data) -> str:
    import json

    return json.dumps(data, ensure_ascii=False, indent=2)


def as_ndjson(rows: list[dict]) -> str:
    """One JSON object per line (for jq, and for reading a stream row by row)."""
    import json

    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def as_tsv(rows: list[dict], columns: list[str]) -> str:
    """One tab-separated line per row, no header, for cut, grep and awk: tabs and line
    breaks inside a value become spaces, so a row is always one line."""
    return "".join("\t".join(" ".join(_cell(r.get(c)).split()) for c in columns) + "\n"
                   for r in rows)


def as_csv(rows: list[dict], columns: list[str], bom: bool = False, delimiter: str = ",") -> str:
    import csv

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


# Columns a row's card shows in its head line or its source line, not as "label: value".
_HEAD = ("id", "date", "body", "item_number", "item_title", "title", "source", "page",
         "votes", "proposal")
# A long decision or follow-up text is cut to this many characters on a terminal; the
# whole text is in `show`, and in the json, csv and tsv output.
CARD_TEXT = 300


def rows_table(rows: list[dict], columns: list[str], title: str) -> Group:
    """Rows as cards that fit any terminal width: a head line with the date, body and
    item, and the id on the right, never wrapped; then each other column as
    'label: value'; then the source file and page."""
    from rich.console import Group
    from rich.text import Text
    cards: list = [Text(title, style="bold")]
    for r in rows:
        r = flat(r)
        item = " ".join(x for x in (f"{r['item_number']}." if r.get("item_number") else "",
                                    r.get("item_title") or r.get("title") or "") if x)
        head = "  ".join(x for x in (r.get("date") or "(no date)",
                                     r.get("body") or "", item) if x)
        lines = [_head(Text(head), r.get("id") or "")]
        lines += [_indented(Text(f"{c.replace('_', ' ')}: {_short(_cell(r.get(c)), CARD_TEXT)}"))
                  for c in columns if c not in _HEAD and r.get(c)]
        if r.get("source"):
            lines.append(_indented(Text(f"{_file(r['source'])} p.{r.get('page')}", style="dim")))
        cards += [Text(""), *lines]
    return Group(*cards)


def _head(left: Text, right: str) -> Table:
    """A line with text on the left (wrapping) and an id on the right (never wrapped)."""
    from rich.table import Table
    from rich.text import Text
    grid = Table.grid(expand=True, padding=(0, 1))
    grid.add_column(ratio=1, overflow="fold")
    grid.add_column(no_wrap=True, justify="right", min_width=len(right))
    grid.add_row(left, Text(right, style="cyan"))
    return grid


def _indented(text: Text) -> Padding:
    from rich.padding import Padding
    return Padding(text, (0, 0, 0, 2))


def _file(source: str) -> str:
    return str(source or "").rsplit("/", 1)[-1]


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return str(value)


def _marked(snippet: str) -> Text:
    """A snippet whose [matches] are shown bold."""
    from rich.text import Text
    out = Text()
    for part in re.split(r"(\[[^\]]+\])", snippet):
        if part.startswith("[") and part.endswith("]"):
            out.append(part[1:-1], style="bold yellow")
        else:
            out.append(part)
    return out


def hits_table(results) -> Group:
    """Hits as cards that fit any terminal width: date, body, kind and the id (never
    wrapped) on one line; the item; the snippet with the matches in bold; where it is."""
    from rich.console import Group
    from rich.text import Text
    cards: list = [Text(f"{results.total} hits for {results.query!r}", style="bold")]
    for h in results.hits:
        head = "  ".join(x for x in (h.date or "(no date)", h.body or "", h.kind,
                                     f"({h.outcome})" if h.outcome else "",
                                     f"{h.matched:g} of {h.of} words" if h.of else "") if x)
        item = f"{h.item_number}. {h.item_title}" if h.item_number else (h.item_title or
                                                                         h.title or "")
        cards += [Text(""), _head(Text(head), h.id), _indented(Text(item, style="bold")),
                  _indented(_marked(h.snippet)),
                  _indented(Text(f"{_file(h.source)} p.{h.page}", style="dim"))]
        cards += [_head(Text(f"  also {_file(source)}", style="dim"), doc_id)
                  for source, doc_id in h.also]
    return Group(*cards)


def hit_row(h) -> dict:
    """A hit as one flat row (CSV): the other files of the same item as their ids."""
    row = h.to_dict()
    row["also"] = " ".join(a["id"] for a in row.get("also", []))
    return row


def explain_lines(lines: list[str]) -> str:
    """How a query was understood (`--explain`)."""
    return "\n".join(f"  {line}" for line in ["query understood as:"] + lines)


def facets_table(facets: dict[str, dict[str, int]]) -> Table:
    from rich.table import Table
    t = Table(title="facets")
    t.add_column("facet")
    t.add_column("value")
    t.add_column("hits", justify="right")
    for name, counts in facets.items():
        for i, (value, n) in enumerate(counts.items()):
            t.add_row(name if i == 0 else "", value, str(n))
    return t


FACET_COLUMNS = ["facet", "value", "count"]


def facet_rows(facets: dict[str, dict[str, int]]) -> list[dict]:
    """Facet counts as rows: facet, value, count."""
    return [{"facet": name, "value": value, "count": n}
            for name, counts in facets.items() for value, n in counts.items()]


PAIR_COLUMNS = ["key", "value"]


def pairs(data, prefix: str = "") -> list[dict]:
    """A nested answer (the status) as key/value rows: `counts.ingested 3`,
    `bodies.0.body Teknisk Udvalg`."""
    if isinstance(data, dict):
        items = data.items()
    elif isinstance(data, list):
        items = enumerate(data)
    else:
        return [{"key": prefix, "value": data}]
    return [row for k, v in items for row in pairs(v, f"{prefix}.{k}" if prefix else str(k))]


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
              ("matter's case", ", ".join(d.matter_case_numbers)),
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


def record_text(result: ParseResult, doc_index: int, item_index: int | None,
                links: tuple[list, list] = ([], [])) -> str:
    """One item or document in full; `links`: the items an export names the document on
    as a bilag, and the bilag it names on the item (index.attachments.Link)."""
    d = result.documents[doc_index]
    lines = [f"{d.kind.value.upper()}: {d.title or '-'}",
             f"source: {result.source.path}" + (f" (pages {d.pages[0]}-{d.pages[1]})"
                                                if d.pages else "")]
    lines += [f"attachment of: {_link_text(k)}" for k in links[0]]
    for k, v in (("body", d.body), ("when", _when(d)), ("where", d.location),
                 ("cases", ", ".join(d.case_numbers)),
                 ("matter's case", ", ".join(d.matter_case_numbers)),
                 ("people", people_text(d.people))):
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
        lines += [f"bilag {k.number}: {k.title} -> "
                  + (f"referat show {k.document}" if k.document else "not in the archive")
                  for k in links[1]]
    for heading, text in body:
        lines += ["", f"## {heading}", text]
    return "\n".join(x for x in lines if x is not None)


def _link_text(k) -> str:
    """'bilag 1 (Notat ...) of item 4 Takstreduktion ..., Sundheds- og
    Forebyggelsesudvalget 2012-12-04, as the export names it (path)'."""
    meeting = ", ".join(x for x in (k.body, k.date) if x)
    return (f"bilag {k.number} ({k.title}) of item {k.item_number} {k.item_title}"
            + (f", {meeting}" if meeting else "") + f"; named in {k.export}")


def _span(first: str | None, last: str | None) -> str:
    if not first:
        return "undated"
    return first if first == last else f"{first}..{last}"


def person_text(p) -> str:
    """A person: name, parties, roles, other spellings; roles over time; appearances."""
    lines = [p.name + (f" ({', '.join(p.parties)})" if p.parties else "")
             + (f" - {', '.join(r.role for r in p.roles)}" if p.roles else "")
             + (f"  [also: {', '.join(p.variants)}]" if p.variants else "")
             + ("" if p.appearances else f"  ({p.count} mentions, {_span(p.first, p.last)})")]
    if p.appearances and p.roles:
        lines.append("    roles: " + "; ".join(f"{r.role} {_span(r.first, r.last)} ({r.count})"
                                              for r in p.roles))
    if p.appearances and len(p.appearances) < p.count:
        lines.append(f"    the newest {len(p.appearances)} of {p.count} mentions:")
    for a in p.appearances:
        lines.append(f"    {a.date or '(no date)':<10}  {a.kind.value:<11} {a.body or '-'}: "
                     f"{a.item or a.title or '-'}" + (f"  ({a.role})" if a.role else "")
                     + f"  [{a.source.rsplit('/', 1)[-1]}]")
    return "\n".join(lines)


PERSON_COLUMNS = ["name", "parties", "roles", "variants", "count", "first", "last", "id"]


def person_row(p) -> dict:
    """A person as one flat row (appearances are in the JSON)."""
    return {"name": p.name, "parties": list(p.parties), "roles": [r.role for r in p.roles],
            "variants": list(p.variants), "count": p.count, "first": p.first, "last": p.last,
            "id": p.id}


def ingest_summary(d: dict, verbose: bool = False) -> str:
    """The end of an import: counts, every failed file, skipped files grouped by reason
    (with their paths when verbose)."""
    before = d.get("failed_before", 0)
    lines = [f"{d['files']} files: {d['ingested']} ingested, {d['unchanged']} unchanged"
             + (f" ({before} of them failed before; --retry-failed reads them again)"
                if before else "") + f", {len(d['failed'])} failed, {len(d['skipped'])} skipped"
             + (f", {d['pruned']} pruned" if d["pruned"] else "")
             + f"; {d['documents']} documents, {d['items']} items, {d['pages']} pages"
             + (f"; {d['cpr_masked']} CPR numbers masked" if d["cpr_masked"] else "")
             + f" in {d['seconds']:.1f} s"]
    lines += [f"  failed  {f['path']}" + (f" (worker {f['worker']})" if f.get("worker") else "")
              + f": {f['error']}" for f in d["failed"]]
    for reason, skipped in _by_reason(d["skipped"]).items():
        lines.append(f"  skipped {len(skipped)}: {reason}"
                     + ("" if verbose else " (--verbose lists them)"))
        lines += [f"    {s['path']}: {s['reason']}" for s in skipped if verbose]
    return "\n".join(lines)


def _by_reason(skipped: list[dict]) -> dict[str, list[dict]]:
    """Skipped files grouped by the head of their reason, the part before its details
    ("unsupported file type '.xlsx'", "not a meeting document"), most frequent first."""
    groups: dict[str, list[dict]] = {}
    for s in skipped:
        head = re.split(r"[:;(]", s["reason"] or "no reason given", maxsplit=1)[0].strip()
        groups.setdefault(head, []).append(s)
    return dict(sorted(groups.items(), key=lambda kv: -len(kv[1])))


def status_text(report) -> str:
    """The archive's state: files by status, failures, bodies, incomplete decisions."""
    lines = ["files: " + (", ".join(f"{n} {k}" for k, n in report.counts) or "none")]
    lines += [f"  {path}: {error}" for path, error in report.failures]
    lines.append(f"documents: {report.documents} ({report.documents_without_meeting} not "
                 f"tied to a meeting); decisions: {report.decisions}")
    if report.decisions_without_date or report.decisions_without_body:
        lines.append(f"decisions without a date: {report.decisions_without_date}, without a "
                     f"body: {report.decisions_without_body}, in:")
        lines += [f"  {source}: {n}" for source, n in report.incomplete_sources]
    lines.append("newest meeting by body:")
    lines += [f"  {b.newest or '(no date)':<10}  {b.body} ({b.meetings} meetings, "
              f"{b.documents} documents)" for b in report.bodies]
    return "\n".join(lines)
