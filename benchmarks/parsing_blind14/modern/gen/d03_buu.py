import random, sys
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from lib import *

REL = "rebild-edagsorden-2022/boern-og-ungeudvalget_dagsorden_2022-06-07.pdf"
rng = random.Random(3)
S = styles("Sans", 9)
GREY = colors.HexColor("#dde4ee")

members = [("Lisbeth Vang", "A", "formand"), ("Kasper Bro", "V", "næstformand"), ("Helle Mosbæk", "A", None),
           ("Niels Thyregod", "O", None), ("Rikke Damsgaard", "V", None), ("Anders Toft Nør", "F", None),
           ("Pia Gravgaard", "C", None)]

# number, title, sagsnr, ansvarlig, history [(label, text)], proposal, bilag, closed
items = [
 (1, "Godkendelse af dagsorden", None, None, [], None, [], False),
 (2, "Kvalitetsrapport for skoleåret 2020/21", "22/8734", "Jonas Ebbesen",
  [("Beslutning i Børne- og Ungeudvalget den 10-05-2022", "Udsat til næste møde.")],
  ["Kvalitetsrapporten godkendes og sendes videre til Byrådet.", "Skolebestyrelsernes udtalelser indgår i den videre behandling."],
  ["Kvalitetsrapport 2020-21 (Dok.nr. 89211/22)", "Udtalelser fra skolebestyrelserne (Dok.nr. 89654/22)"], False),
 (3, "Ændring af skoledistrikt for Suldrup og Øster Hornum", "21/15520", "Jonas Ebbesen",
  [("Beslutning i Børne- og Ungeudvalget den 08-03-2022", "Sendes i høring i skolebestyrelserne."),
   ("Beslutning i Børne- og Ungeudvalget den 10-05-2022", "Drøftet. Sagen genoptages efter høringen.")],
  ["Forslaget om ændring af skoledistrikterne anbefales over for Økonomiudvalget og Byrådet.", "Ændringen træder i kraft fra skoleåret 2023/24."],
  ["Høringssvar samlet (Dok.nr. 90032/22)", "Kort over skoledistrikter (Dok.nr. 90035/22)"], False),
 (4, "Dagtilbudsstruktur - evaluering af områdeledelse", "22/2101", "Maja Skov Andreasen", [],
  ["Evalueringen tages til efterretning."], ["Evalueringsrapport (Dok.nr. 88710/22)"], False),
 (5, "Budget 2023 - udvalgets budgetforslag og reduktionsforslag", "22/4087", "Stig Overgaard", [],
  ["Udvalgets budgetforslag for 2023-2026 godkendes og sendes videre til budgetseminaret.", "Reduktionsforslagene drøftes."],
  ["Budgetforslag 2023-2026 (Dok.nr. 91002/22)", "Oversigt over reduktionsforslag (Dok.nr. 91004/22)"], False),
 (6, "Tilsyn med private pasningsordninger 2021", "22/1190", "Maja Skov Andreasen", [],
  ["Tilsynsrapporten tages til efterretning."], [], False),
 (7, "Ansøgning om dispensation fra 10. klasses optagelsesregler", "22/6603", "Jonas Ebbesen",
  [("Beslutning i Børne- og Ungeudvalget den 10-05-2022", "Administrationen undersøger sagen nærmere.")],
  ["Ansøgningen imødekommes ikke."], [], False),
 (8, "Meddelelser", None, None, [], None, [], False),
 (9, "Lukket punkt: Klage over afgørelse om specialundervisning", "22/7781", None, [], None, [], True),
]

def hdr(c, page, total):
    c.setFont("Sans", 7)
    c.drawString(20*mm, A4[1]-12*mm, "Rebild Kommune")
    c.drawRightString(A4[0]-20*mm, A4[1]-12*mm, "Børne- og Ungeudvalget 07-06-2022")

def ftr(c, page, total):
    c.setFont("Sans", 7)
    c.drawRightString(A4[0]-20*mm, 10*mm, f"Side {page}")

story = [P("Dagsorden", S["h1"]), P("Børne- og Ungeudvalget", S["h2"]), Spacer(1, 4*mm)]
info = [["Mødedato:", "Tirsdag den 7. juni 2022"], ["Mødetidspunkt:", "15:30 - 18:00"],
        ["Mødested:", "Mødelokale 2, Rådhuset, Støberiet 2, Støvring"],
        ["Medlemmer:", "\n".join(f"{n} ({p})" + (f", {r}" if r else "") for n, p, r in members)],
        ["Fraværende:", ""]]
t = Table([[P(a, S["cellb"]), P(b, S["cell"])] for a, b in info], colWidths=[35*mm, 120*mm])
t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
story += [t, Spacer(1, 8*mm), P("Indholdsfortegnelse", S["h2"])]
for it in items:
    story.append(P(f"{it[0]}. {it[1]}", S["p"]))
story.append(PageBreak())

gitems, people = [], [person(n, r or "medlem", p) for n, p, r in members]
for (num, title, sag, ansv, hist, prop, bilag, closed) in items:
    rows = [[P(f"{num}.", S["h3"]), P(title, S["h3"])]]
    if sag:
        rows.append([P("", S["cell"]), P(f"Sagsnr.: {sag}" + (f"     Sagsansvarlig: {ansv}" if ansv else ""), S["cell"])])
    box = Table(rows, colWidths=[12*mm, 158*mm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), GREY), ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [Spacer(1, 5*mm), box, Spacer(1, 2*mm)]
    if ansv:
        people.append(person(ansv, "sagsansvarlig"))
    if closed:
        story.append(P("Sagen behandles på lukket møde.", S["p"]))
    elif num == 1:
        pass
    elif num == 8:
        story.append(P("Sagsfremstilling", S["h3"]))
        story.append(P("a) Orientering om ferieåbning i dagtilbud i uge 29 og 30.\nb) Status på rekruttering af pædagoger.\nc) Invitation til skolernes dimission.", S["p"]))
    else:
        story.append(P("Sagsfremstilling", S["h3"]))
        for _ in range(2 if num != 5 else 3):
            story.append(P(prose(rng, 5), S["p"]))
        story.append(P("Økonomi", S["h3"]))
        story.append(P(prose(rng, 1, "oek"), S["p"]))
        if bilag:
            story.append(P("Bilag", S["h3"]))
            story.append(P("\n".join(bilag), S["p"]))
        if prop:
            story.append(P("Indstilling", S["h3"]))
            story.append(P("Direktøren for Børn og Unge indstiller,", S["p"]))
            story.append(P("\n".join(f"{chr(97+i)}) at {x[0].lower()}{x[1:]}" for i, x in enumerate(prop)), S["p"]))
        for lab, txt in hist:
            story.append(P(lab, S["h3"]))
            story.append(P(txt, S["p"]))
        story.append(P("Beslutning i Børne- og Ungeudvalget den 07-06-2022", S["h3"]))
        story.append(Spacer(1, 10*mm))
    if num == 1:
        story.append(P("Beslutning i Børne- og Ungeudvalget den 07-06-2022", S["h3"]))
        story.append(Spacer(1, 10*mm))
    gt = title[len("Lukket punkt: "):] if closed else title
    gitems.append(gold_item(num, gt, [sag] if sag else [], closed, bool(prop), None))

pages = build_pdf(CORPUS / REL, story, hdr, ftr, margins=(20, 20, 20, 18))
notes = f"""Invented Rebild Kommune Børne- og Ungeudvalget DAGSORDEN in an e-Dagsorden/Cicero-like print: each item opens with a boxed, shaded title row ('N.' | title) and a second box row 'Sagsnr.: 22/8734     Sagsansvarlig: Name'; sections Sagsfremstilling / Økonomi / Bilag / Indstilling; {pages} pages, 1 document, 9 items. Running header 'Rebild Kommune ... Børne- og Ungeudvalget 07-06-2022' and footer 'Side N' (furniture). Page 1 has a header table (Mødedato / Mødetidspunkt / Mødested / Medlemmer / Fraværende (empty)) and an 'Indholdsfortegnelse' listing all items by number and title (TOC = furniture; items must not be counted twice).
HEADER: 'Tirsdag den 7. juni 2022' + '15:30 - 18:00' -> 2022-06-07, 15:30, 18:00. Location 'Mødelokale 2, Rådhuset, Støberiet 2, Støvring'. Body 'Børne- og Ungeudvalget'. Title 'Dagsorden' ('Dagsorden Børne- og Ungeudvalget' equally fair).
IT IS AN AGENDA: every item's decision is null. HARD: items 2, 3 and 7 print DECISIONS OF EARLIER MEETINGS of the same case ('Beslutning i Børne- og Ungeudvalget den 10-05-2022 / Udsat til næste møde.', 'den 08-03-2022 / Sendes i høring ...', etc.) - history, not a decision of this meeting. Each item (except 8 and the closed 9) ends with an EMPTY 'Beslutning i Børne- og Ungeudvalget den 07-06-2022' label for the decision still to be taken: no text, so no decision. A parser that takes the history as the decision is wrong.
ITEMS: numbers and titles from the box rows. Item 9's title is printed 'Lukket punkt: Klage over afgørelse om specialundervisning' -> title without the tag, closed=true; it has Sagsnr. 22/7781 but no text. Case numbers: the 'Sagsnr.:' values (YY/NNNNN). 'Dok.nr. 89211/22' etc. in the Bilag lists are document numbers with the same shape reversed - NOT case numbers. Item 8 'Meddelelses' sub-points a)-c) are not items.
proposal_present: true for 2-7 ('Indstilling / Direktøren for Børn og Unge indstiller, a) at ...'); false for 1, 8, 9.
PEOPLE: the 7 'Medlemmer' with party letters; roles 'formand'/'næstformand' where printed, else 'medlem' (list heading). Sagsansvarlig names from the box rows (Jonas Ebbesen, Maja Skov Andreasen, Stig Overgaard), role 'sagsansvarlig'. No other persons."""
doc = gold_doc("dagsorden", "Dagsorden", "Børne- og Ungeudvalget", "2022-06-07", "15:30", "18:00",
               "Mødelokale 2, Rådhuset, Støberiet 2, Støvring", people=dedupe_people(people), items=gitems)
write_gold(REL, notes, [doc])
