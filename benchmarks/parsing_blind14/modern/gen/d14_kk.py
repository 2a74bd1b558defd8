import random, sys
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from lib import *

REL = "koebenhavn-buu-2024/boerne-og-ungdomsudvalget_referat_2024-02-07.pdf"
rng = random.Random(14)
S = styles("Lib", 10)

members = [("Jakob Nørager Holm", "C", "formand"), ("Lise Thorup", "A", None), ("Ayse Demirci", "F", None),
           ("Mikkel Warberg Bak", "Ø", None), ("Karina Vesterby", "B", None), ("Sofie Buch", "V", None),
           ("Niels Erik Aagaard", "A", None), ("Rune Østergaard", "Ø", None), ("Line Hviid", "F", None), ("Peter Skovby Lund", "Å", None)]
absent = [("Camilla Hegelund", "A")]

# num, title, sagsnummer, proposal lines, decision, outcome
items = [
 (1, "Etablering af ny skole i Ørestad Syd", "2023-0781204",
  ["at forvaltningen arbejder videre med placering B som beskrevet i sagen,", "at udvalget anbefaler over for Økonomiudvalget og Borgerrepræsentationen, at der afsættes 2,1 mio. kr. til projektkonkurrence."],
  "Der blev begæret afstemning om indstillingens 1. at-punkt.\nFor stemte: 8 (A, F, Ø, B og Å)\nImod stemte: 2 (C og V)\nUndlod at stemme: 0\nIndstillingens 1. at-punkt blev godkendt.\nIndstillingens 2. at-punkt blev anbefalet uden afstemning.", "approved"),
 (2, "Status på tidlig indsats i dagtilbud 2023", "2024-0012877",
  ["at status tages til efterretning."],
  "Indstillingen blev godkendt uden afstemning.", "approved"),
 (3, "Forslag om forsøg med fire-dages skoleuge", "2023-0904412",
  ["at udvalget drøfter forslaget,", "at forvaltningen på baggrund af drøftelsen udarbejder et beslutningsoplæg."],
  "Udvalget drøftede forslaget. Forvaltningen vender tilbage med et beslutningsoplæg i maj.", "discussed"),
 (4, "Takster for dagtilbud 2024 - korrektion", "2024-0033019",
  ["at udvalget anbefaler over for Økonomiudvalget og Borgerrepræsentationen at godkende de korrigerede takster."],
  "Indstillingen blev anbefalet over for Økonomiudvalget og Borgerrepræsentationen uden afstemning.", "recommended"),
 (5, "Medlemsforslag om gratis svømmeundervisning i 4. klasse", "2024-0041356",
  ["at udvalget tager stilling til medlemsforslaget."],
  "Der blev begæret afstemning om medlemsforslaget.\nFor stemte: 3 (Ø)\nImod stemte: 7 (A, F, B, C, V og Å)\nUndlod at stemme: 0\nMedlemsforslaget blev forkastet.", "rejected"),
 (6, "Indkøb af digitale læremidler - udbudsstrategi", "2023-0877150",
  ["at udbudsstrategien godkendes."],
  "Udvalget besluttede at udsætte sagen til næste møde.", "postponed"),
]

def ftr(c, page, total):
    c.setFont("Lib", 7.5)
    c.drawString(22*mm, 10*mm, "Københavns Kommune · Børne- og Ungdomsudvalget · Referat 07.02.2024")
    c.drawRightString(A4[0]-22*mm, 10*mm, f"Side {page} af {total}")

story = [P("Københavns Kommune", S["h3"]), P("Børne- og Ungdomsudvalget", S["h1"]), P("REFERAT", S["h2"]),
         P("fra ordinært møde onsdag den 7. februar 2024 kl. 15.30\nRådhuset, Udvalgsværelse A", S["p"]),
         P("Medlemmer: " + ", ".join(f"{n} ({p})" + (f", {r}" if r else "") for n, p, r in members), S["p"]),
         P("Afbud: " + ", ".join(f"{n} ({p})" for n, p in absent), S["p"]), Spacer(1, 6*mm),
         P("Mødet sluttede kl. 17.50.", S["small"]), PageBreak()]
gitems = []
for num, title, sag, prop, d, outcome in items:
    story += [CondPageBreak(50*mm), P(f"{num}. {title}", S["h2"]), P(f"Sagsnummer: {sag}", S["small"]),
              P("Indstilling og beslutning", S["h3"]),
              P("Børne- og Ungdomsforvaltningen indstiller, at Børne- og Ungdomsudvalget godkender,", S["p"]),
              P("\n".join(f"{i}. {x}" for i, x in enumerate(prop, 1)), S["p"]),
              P("Beslutning", S["h3"]),
              P("Børne- og Ungdomsudvalgets beslutning i mødet den 7. februar 2024", S["p"]),
              P(d, S["p"]),
              P("Problemstilling", S["h3"]), P(prose(rng, 4), S["p"]),
              P("Løsning", S["h3"])]
    for _ in range(2):
        story.append(P(prose(rng, 5), S["p"]))
    story += [P("Økonomi", S["h3"]), P(prose(rng, 1, "oek"), S["p"]),
              P("Videre proces", S["h3"]), P(prose(rng, 1), S["p"]),
              P("Helle Korsgaard\n/Mads Friis Winther", S["p"]), Spacer(1, 6*mm)]
    gitems.append(gold_item(num, title, [sag], False, True, dec(d.replace("\n", " "), outcome)))

pages = build_pdf(CORPUS / REL, story, None, ftr)
people = [person(n, r or "medlem", p) for n, p, r in members] + [person(n, "afbud", p) for n, p in absent] + \
         [person("Helle Korsgaard"), person("Mads Friis Winther")]
notes = f"""Invented Københavns Kommune Børne- og Ungdomsudvalget REFERAT in the DECISION-FIRST layout (Copenhagen style): every item opens with 'Indstilling og beslutning' (the forvaltning's indstilling with numbered at-points), then 'Beslutning' with the label 'Børne- og Ungdomsudvalgets beslutning i mødet den 7. februar 2024' and the decision, and only AFTER that the case text (Problemstilling / Løsning / Økonomi / Videre proces) and a signature pair 'Helle Korsgaard / /Mads Friis Winther' (director / head of office; roles not printed). {pages} pages, 1 document, 6 items. Footer 'Københavns Kommune · Børne- og Ungdomsudvalget · Referat 07.02.2024 ... Side N af M'.
HEADER: 'fra ordinært møde onsdag den 7. februar 2024 kl. 15.30 / Rådhuset, Udvalgsværelse A' -> 2024-02-07, 15:30; end 17:50 from 'Mødet sluttede kl. 17.50.' (printed on the cover page). Body 'Børne- og Ungdomsudvalget'. Title 'REFERAT' -> 'Referat' ('Børne- og Ungdomsudvalget Referat' fair).
PEOPLE: 'Medlemmer:' with party letters (Jakob Nørager Holm ', formand'; others 'medlem' from the list heading); 'Afbud:' Camilla Hegelund (A). The signature names Helle Korsgaard and Mads Friis Winther (no role printed). NB party 'Å' (Alternativet).
ITEMS: 'N. Title' + 'Sagsnummer: 2023-0781204' (KK's YYYY-NNNNNNN format). No closed items.
DECISIONS: the text after the label line, up to 'Problemstilling'. HARD: the decision sits BEFORE the case text, so a parser that expects it at the end will find Videre proces / signature instead. 1 a vote on the 1st at-point then 'Indstillingens 1. at-punkt blev godkendt. Indstillingens 2. at-punkt blev anbefalet uden afstemning.' -> approved (first part approved, second recommended; for 8 (A, F, Ø, B, Å), against 2 (C, V)); 2 'Indstillingen blev godkendt uden afstemning.' approved; 3 'Udvalget drøftede forslaget. ...' discussed; 4 'Indstillingen blev anbefalet over for Økonomiudvalget og Borgerrepræsentationen uden afstemning.' recommended; 5 member's motion voted down 'Medlemsforslaget blev forkastet.' rejected (for 3 Ø, against 7); 6 'Udvalget besluttede at udsætte sagen til næste møde.' postponed.
proposal_present: true everywhere ('Børne- og Ungdomsforvaltningen indstiller, at ... godkender, 1. at ...')."""
write_gold(REL, notes, [gold_doc("referat", "Referat", "Børne- og Ungdomsudvalget", "2024-02-07", "15:30", "17:50",
                                 "Rådhuset, Udvalgsværelse A", people=people, items=gitems)])
