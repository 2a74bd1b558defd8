import random, sys
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from lib import *

REL = "svendborg-indstilling-2023/indstilling_salg-af-byggegrunde-tankefuld_23-14592.pdf"
rng = random.Random(7)
S = styles("Lib", 10)

SENDER = ["Svendborg Kommune", "Ejendomme", "Ramsherred 5", "5700 Svendborg", "", "Dato: 2023-04-03",
          "Sags-id: 23/14592", "Dokument-id: 2023-118734", "", "Sagsbehandler:", "Louise Winther",
          "Direkte tlf. 62 23 32 10"]

def hdr(c, page, total):
    x = A4[0] - 55*mm
    if page == 1:
        y = A4[1] - 30*mm
        for i, line in enumerate(SENDER):
            c.setFont("Lib-B" if i == 0 else "Lib", 8)
            c.drawString(x, y, line)
            y -= 10
    c.setFont("Lib", 8)
    c.drawString(x, 12*mm, f"Side {page} af {total}")

story = [P("INDSTILLING", S["h1"]),
         P("Til: Økonomiudvalget og Byrådet", S["p"]),
         P("Behandles i: Økonomiudvalget 18.04.2023 · Byrådet 25.04.2023", S["p"]),
         P("Åben sag", S["p"]), Spacer(1, 4*mm),
         P("Salg af byggegrunde i Tankefuld, etape 3", S["h2"]),
         P("Baggrund", S["h3"]), P(prose(rng, 4), S["p"]),
         P("Byrådet vedtog den 29. november 2022 lokalplan 655, som giver mulighed for 42 parcelhusgrunde i etape 3.", S["p"]),
         P("Sagsfremstilling", S["h3"])]
for _ in range(4):
    story.append(P(prose(rng, 5), S["p"]))
story += [P("Grundene udbydes til en fast pris pr. m². Prisen er fastsat på baggrund af en vurdering fra ekstern mægler. Der er indarbejdet en byggepligt på 3 år.", S["p"]),
          P("Økonomi", S["h3"]),
          P("Salget forventes at give en samlet indtægt på ca. 27,4 mio. kr. ekskl. moms, fordelt over 2023-2025. Byggemodningsudgiften er tidligere bevilget.", S["p"]),
          P("Tidsplan", S["h3"]), P("Udbud: maj 2023. Første overtagelse: oktober 2023.", S["p"]),
          P("Administrationen anbefaler, at Økonomiudvalget over for Byrådet anbefaler,", S["h3"]),
          P("1. at de 42 grunde i Tankefuld, etape 3, udbydes til salg til priserne i bilag 1,\n"
            "2. at indtægten tilgår kassebeholdningen,\n3. at administrationen bemyndiges til at sælge restgrunde i fri handel.", S["p"]),
          P("Bilag", S["h3"]),
          P("1. Prisliste Tankefuld etape 3\n2. Kort over udstykningen\n3. Mæglervurdering af 14. marts 2023", S["p"]),
          Spacer(1, 8*mm),
          P("Ansvarlig direktør: Henrik Bo Larsen, Erhverv og Teknik", S["small"])]

pages = build_pdf(CORPUS / REL, story, hdr, None, margins=(25, 62, 25, 22))
people = [person("Louise Winther", "sagsbehandler"), person("Henrik Bo Larsen", "ansvarlig direktør")]
notes = f"""Invented Svendborg Kommune INDSTILLING on its own (Word memo, one document, no items), {pages} pages. The text runs in a narrowed left column; page 1 carries a right-hand SENDER BLOCK drawn beside the body (Svendborg Kommune / Ejendomme / address / 'Dato: 2023-04-03' / 'Sags-id: 23/14592' / 'Dokument-id: 2023-118734' / Sagsbehandler / phone). Footer 'Side N af M' in the sender column.
KIND indstilling; title 'Salg af byggegrunde i Tankefuld, etape 3' (the subject heading; 'INDSTILLING' is the document type label).
BODY: 'Til: Økonomiudvalget og Byrådet' -> 'Økonomiudvalget' (first addressee; the indstilling is decided by ØU then Byrådet; 'Økonomiudvalget og Byrådet' equally right, and the scorer accepts it as it contains the gold).
DATE: 2023-04-03 from the sender block's ISO date 'Dato: 2023-04-03' (the document's own date). HARD: 'Behandles i: Økonomiudvalget 18.04.2023 · Byrådet 25.04.2023' gives the meeting dates it will be treated at, not the document date; '29. november 2022' (lokalplan) and '14. marts 2023' (bilag) are references. No times, no location -> null.
CASE NUMBERS: 'Sags-id: 23/14592' only. 'Dokument-id: 2023-118734' is a document number; 'lokalplan 655' is not a case.
proposal: present ('Administrationen anbefaler, at Økonomiudvalget over for Byrådet anbefaler, 1. at ... 2. at ... 3. at ...'); no decision.
PEOPLE: Sagsbehandler Louise Winther (sender block), 'Ansvarlig direktør: Henrik Bo Larsen'. No other natural persons. The document has no attachment_of marker (its 'Bilag' list names its OWN attachments)."""
doc = gold_doc("indstilling", "Salg af byggegrunde i Tankefuld, etape 3", "Økonomiudvalget", "2023-04-03",
               case_numbers=["23/14592"], people=people)
doc["proposal_present"] = True
write_gold(REL, notes, [doc])
