"""A seeded synthetic archive in the layouts of real meeting PDFs.

Each meeting is an eDoc-style referat: running header (committee / Referat / Dato /
Side N), a right-hand sender column on the first page, a member list with party
letters, numbered items with Sagsnr., sections, an Indstilling and a Beslutning, in
Danish text with real compounds and inflections. The same seed builds the same archive.
"""
from __future__ import annotations

import random
from pathlib import Path

from ingest.records import (Decision, Document, Item, Kind, Outcome, ParseResult, Person,
                            Section, Source)

BODIES = ["Teknisk Udvalg", "Sundheds- og Forebyggelsesudvalget", "Økonomiudvalget",
          "Børne- og Ungeudvalget", "Kultur- og Fritidsudvalget", "Social- og Beskæftigelsesudvalget",
          "Klima- og Miljøudvalget", "Kommunalbestyrelsen"]
TOPICS = ["anlægsbevilling til renovering af skolebygninger", "takstreduktion på aflastningstilbuddet",
          "efterværnsindsatser for unge", "lokalplanforslag for boligområdet ved havnen",
          "kvalitetsstandarder for hjemmepleje", "rygestopkurser og sundhedsfremme",
          "budgetopfølgning for ældreområdet", "trafiksikkerhedsplan og cykelstier",
          "daginstitutionernes åbningstider", "klimatilpasning og regnvandsbassiner",
          "bygningsvedligeholdelse af plejecentre", "handleplan for psykiatriområdet",
          "biblioteksbetjening i landdistrikterne", "ungdomsboliger og studieboliger",
          "energirenovering af rådhuset", "beskæftigelsesindsatsen for ledige"]
NOUNS = ["kommunen", "borgerne", "forvaltningen", "udvalget", "institutionerne", "tilbuddet",
         "indsatsen", "bevillingen", "planen", "budgettet", "medarbejderne", "brugerne",
         "anlægsprojektet", "sagsbehandlingen", "kvalitetsstandarden", "handleplanen",
         "driftsbudgettet", "sundhedsområdet", "ældreområdet", "skoleområdet", "vejnettet"]
VERBS = ["styrker", "vurderer", "forbedrer", "prioriterer", "finansierer", "udvider",
         "evaluerer", "justerer", "koordinerer", "fastholder", "reducerer", "øger"]
ADJ = ["samlede", "nuværende", "fremtidige", "forebyggende", "tværgående", "økonomiske",
       "langsigtede", "kommunale", "lokale", "nødvendige"]
NAMES = ["Lolan Ottesen", "Grethe Larsen", "Birte Kramhøft", "Karl Vilhelm Nielsen",
         "Maria Lundahl Assov", "Per Mortensen", "Søren Østergaard", "Anne Hassing",
         "Jens Aagaard", "Mette Frederiksen Holm"]
PARTIES = "AVFØCBOI"
DECISIONS = [("Indstillingen godkendt", Outcome.APPROVED), ("Taget til efterretning", Outcome.NOTED),
             ("Anbefales over for Kommunalbestyrelsen", Outcome.RECOMMENDED),
             ("Udsat til næste møde", Outcome.POSTPONED), ("Drøftet", Outcome.DISCUSSED),
             ("Oversendes til Økonomiudvalget", Outcome.REFERRED)]


def sentence(rng: random.Random) -> str:
    return (f"{rng.choice(NOUNS).capitalize()} {rng.choice(VERBS)} den {rng.choice(ADJ)} "
            f"{rng.choice(NOUNS)} i {rng.randint(2010, 2025)}, og {rng.choice(NOUNS)} "
            f"{rng.choice(VERBS)} {rng.choice(ADJ)} {rng.choice(TOPICS).split()[0]}.")


def paragraph(rng: random.Random, n: int) -> str:
    return " ".join(sentence(rng) for _ in range(n))


def meeting(rng: random.Random, n: int) -> dict:
    body = rng.choice(BODIES)
    year, month, day = rng.randint(2012, 2025), rng.randint(1, 12), rng.randint(1, 28)
    items = []
    for k in range(1, rng.randint(4, 8) + 1):
        topic = rng.choice(TOPICS)
        decision, outcome = rng.choice(DECISIONS)
        items.append({"number": str(k), "title": topic[0].upper() + topic[1:],
                      "case": f"{year}-{rng.randint(1000, 39999)}",
                      "sections": [("Sammendrag", paragraph(rng, 2)),
                                   ("Sagsfremstilling", paragraph(rng, rng.randint(4, 9))),
                                   ("Økonomiske konsekvenser", paragraph(rng, 1))],
                      "proposal": f"Forvaltningen indstiller, at {topic} godkendes.",
                      "decision": decision, "outcome": outcome})
    members = [(nm, rng.choice(PARTIES)) for nm in rng.sample(NAMES, 6)]
    return {"n": n, "body": body, "date": f"{day:02d}.{month:02d}.{year}",
            "iso": f"{year}-{month:02d}-{day:02d}", "items": items, "members": members}


def wrap(text: str, width: int = 92) -> list[str]:
    """Lines of at most `width` characters, breaking long words with a hyphen."""
    lines, cur = [], ""
    for word in text.split():
        if len(cur) + len(word) + 1 <= width:
            cur = f"{cur} {word}".strip()
            continue
        room = width - len(cur) - 2
        if room > 4 and len(word) > 10:
            lines.append(f"{cur} {word[:room]}-".strip())
            cur = word[room:]
        else:
            lines.append(cur)
            cur = word
    return lines + ([cur] if cur else [])


def render_pdf(m: dict, path: Path) -> int:
    """Write one meeting as a PDF; returns its page count."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    w, h = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    page = [1]
    y = [0.0]

    def header():
        c.setFont("Helvetica", 8)
        for k, line in enumerate([m["body"], "Referat", f"Dato: {m['date']}", f"Side {page[0]}"]):
            c.drawRightString(w - 40, h - 40 - 10 * k, line)
        y[0] = h - 110

    def line(text, size=9.5, bold=False, x=50):
        if y[0] < 70:
            c.showPage()
            page[0] += 1
            header()
        c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        c.drawString(x, y[0], text)
        y[0] -= size + 3.5

    header()
    c.setFont("Helvetica", 7.5)
    for k, s in enumerate(["Forvaltningen", "Rådhuset", "2750 Ballerup", "Tlf. 44 77 20 00",
                           f"Sagsbehandler: {NAMES[m['n'] % len(NAMES)]}"]):
        c.drawString(445, h - 130 - 10 * k, s)
    line("Referat", 14, True)
    line(m["body"], 11, True)
    line(f"den {m['date']}, kl. 16:00")
    line("i Mødelokale 2 på Rådhuset")
    y[0] -= 8
    line("Tilstede", bold=True)
    for nm, party in m["members"]:
        line(f"{nm} ({party})")
    for it in m["items"]:
        y[0] -= 10
        line(f"{it['number']}. {it['title']}", 11, True)
        line(f"Sagsnr.: {it['case']}")
        for heading, text in it["sections"]:
            y[0] -= 4
            line(heading, bold=True)
            for t in wrap(text):
                line(t)
        y[0] -= 4
        line("Indstilling", bold=True)
        line(it["proposal"])
        y[0] -= 4
        line(f"{m['body']}s beslutning den {m['date']} Punkt {it['number']}", bold=True)
        line(it["decision"])
    c.showPage()
    c.save()
    return page[0]


def build_pdfs(folder: Path, count: int, seed: int = 2026) -> int:
    """`count` meeting PDFs in folder; returns the total page count."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    return sum(render_pdf(meeting(rng, n), folder / f"referat-{n:05d}.pdf") for n in range(count))


def records(count_items: int, seed: int = 7) -> list[ParseResult]:
    """Parse results holding about `count_items` items, for index and query benchmarks."""
    rng = random.Random(seed)
    out, n, made = [], 0, 0
    while made < count_items:
        m = meeting(rng, n)
        items = tuple(Item(number=it["number"], title=it["title"], case_numbers=(it["case"],),
                           sections=tuple(Section(h, t) for h, t in it["sections"]),
                           proposal=it["proposal"],
                           decision=Decision(it["decision"], it["outcome"]),
                           text="\n".join(t for _, t in it["sections"]), pages=(1, 3))
                      for it in m["items"])
        doc = Document(kind=Kind.REFERAT, title=f"Referat {m['body']}", body=m["body"],
                       date=m["iso"], people=tuple(Person(nm, "medlem", p)
                                                   for nm, p in m["members"]),
                       items=items, pages=(1, 3))
        sha = f"{n:064x}"
        out.append(ParseResult(Source(f"synth/{n}.pdf", sha, "pdf", 3), (doc,)))
        made += len(items)
        n += 1
    return out
