import random, sys
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from lib import *

REL = "syddjurs-prisme-2016/teknik-og-miljoeudvalget_referat_2016-09-12.pdf"
rng = random.Random(4)
S = styles("Serif", 9.5)

members = [("Kirsten Dahl", "A", "formand"), ("Jens Hald", "V", "næstformand"), ("Mogens Friis", "A", None),
           ("Lone Skaarup", "F", None), ("Peter Aagaard", "Ø", None), ("Tove Brandt", "V", None), ("Erik Fog", "O", None)]

VOTE = [["", "Partier", "Antal"], ["For", "A, F, Ø", "4"], ["Imod", "V, O", "3"], ["Undlod", "-", "0"]]

# number, title, sagsnr, history[(date,text)], decision text, outcome, closed, proposal?, absent
items = [
 (1, "Godkendelse af dagsorden", None, [], "Godkendt.", "approved", False, False, None),
 (2, "Meddelelser", None, [], "Taget til efterretning.", "noted", False, False, None),
 (3, "Trafiksikkerhedsplan 2016-2020", "05.01.00-P15-1-15", [("15-08-2016", "Udsat.")],
  "Anbefales over for Økonomiudvalget og Byrådet.", "recommended", False, True, None),
 (4, "Lokalplan 412 for boliger ved Skovvej i Ebeltoft - endelig vedtagelse", "01.02.05-P16-7-15",
  [("14-03-2016", "Godkendt til offentlig fremlæggelse.")],
  "Sendt videre til Byrådet.", "referred", False, True, None),
 (5, "Regulativ for vintervedligeholdelse og renholdelse 2016-2020", "05.13.00-G01-2-16", [],
  "VOTE", "approved", False, True, None),
 (6, "Forslag fra Venstre om gratis parkering i Rønde bymidte", "05.06.00-A00-4-16", [],
  "For forslaget stemte: V og O (3)\nImod forslaget stemte: A, F og Ø (4)\nForslaget er forkastet.", "rejected", False, False, None),
 (7, "Tillæg nr. 9 til Spildevandsplan 2013-2021", "06.00.05-P16-3-16", [], "Godkendt.", "approved", False, True, None),
 (8, "Klage over vejbelysning på Stationsvej", "05.01.08-G01-11-16",
  [("13-06-2016", "Administrationen indhenter yderligere oplysninger."), ("15-08-2016", "Drøftet.")],
  "Udsat.", "postponed", False, True, None),
 (9, "Status på naturplejeindsatsen 2016", "01.05.12-G01-1-16", [], "Orienteringen taget til efterretning.", "noted", False, True, None),
 (10, "Forslag til affaldsplan 2016-2024 - drøftelse før høring", "07.00.00-P15-1-16", [],
  "Udvalget drøftede planen. Sagen genoptages på mødet i oktober.", "discussed", False, True, None),
 (11, "Anlægsbevilling til cykelsti mellem Hornslet og Mørke", "05.01.02-G01-8-15", [],
  "Anbefales.", "recommended", False, True, "Tove Brandt (V)"),
 (12, "Busplan 2017 - høring hos Midttrafik", "13.05.00-G01-2-16", [], "Punktet udgik.", "withdrawn", False, True, None),
 (13, "Regulativ for Kolindsund Nordre Hovedkanal", "06.02.03-P20-1-14",
  [("13-06-2016", "Sendes i 8 ugers offentlig høring.")],
  "Ikke godkendt. Udvalget ønsker en ny høring med de berørte lodsejere.", "rejected", False, True, None),
 (14, "Ansøgning om landzonetilladelse til udvidelse af minkfarm, Tirstrupvej 8", "01.03.03-P19-44-16", [],
  "Godkendt med den bemærkning, at der stilles vilkår om afskærmende beplantning.", "approved", False, True, None),
 (15, "Navngivning af ny vej i Kolind", "05.04.01-P20-1-16", [], "Godkendt, at vejen navngives Kløvermarken.", "approved", False, True, None),
 (16, "Tillægsbevilling til vintertjeneste 2016", "00.30.14-S55-3-16", [],
  "1. Godkendt.\n2.-3. Anbefales over for Økonomiudvalget og Byrådet.", "approved", False, True, None),
 (17, "Temadrøftelse: Klimatilpasning i kystbyerne", "13.00.00-P20-2-16", [], "Drøftet.", "discussed", False, False, None),
 (18, "Køb af areal til regnvandsbassin", "02.34.02-G01-6-16", [], "Godkendt.", "approved", True, False, None),
 (19, "Udbud af vintertjeneste - tildeling af kontrakt", "05.13.00-G01-1-16", [], "Godkendt.", "approved", True, False, None),
]

def hdr(c, page, total):
    if page == 1:
        return
    c.setFont("Serif", 7.5)
    c.drawString(20*mm, A4[1]-12*mm, "Syddjurs Kommune · Teknik- og Miljøudvalget · Referat")
    c.drawRightString(A4[0]-20*mm, A4[1]-12*mm, "12. september 2016")

def ftr(c, page, total):
    c.setFont("Serif", 7.5)
    c.drawCentredString(A4[0]/2, 10*mm, f"- {page} -")

story = [Spacer(1, 20*mm), P("Syddjurs Kommune", S["h2"]), P("Teknik- og Miljøudvalget", S["h1"]), P("REFERAT", S["h1"]),
         Spacer(1, 6*mm)]
info = [["Mødedato", "Mandag den 12. september 2016"], ["Mødetidspunkt", "kl. 8.00"], ["Sluttidspunkt", "kl. 11.45"],
        ["Mødested", "Mødelokale 1, Rådhuset i Ebeltoft"],
        ["Deltagere", ", ".join(f"{n} ({p})" for n, p, r in members if n != "Jens Hald")],
        ["Afbud", "Jens Hald (V)"],
        ["Bemærkninger", "Tove Brandt (V) forlod mødet kl. 10.30 under behandlingen af punkt 11."]]
t = Table([[P(a, S["cellb"]), P(b, S["cell"])] for a, b in info], colWidths=[35*mm, 130*mm])
t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)]))
story += [t, Spacer(1, 10*mm), P("Indholdsfortegnelse", S["h2"])]
toc = [[P(f"Punkt {n}", S["cell"]), P(("Lukket punkt: " if cl else "") + t_, S["cell"])] for n, t_, *_r, cl, _p, _a in
       [(i[0], i[1], i[5], i[6], i[7], i[8]) for i in items]]
story += [Table(toc, colWidths=[20*mm, 145*mm]), PageBreak()]

gitems = []
people = [person(n, "afbud" if n == "Jens Hald" else "deltager", p) for n, p, r in members]
for (num, title, sag, hist, dtext, outcome, closed, prop, absent) in items:
    head = Table([[P(f"Punkt {num}", S["h3"]), P(("Lukket punkt: " if closed else "") + title, S["h3"])]],
                 colWidths=[20*mm, 150*mm])
    head.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [CondPageBreak(40*mm), Spacer(1, 4*mm), head]
    if sag:
        story.append(P(f"Sagsnr. {sag}", S["small"]))
    if not closed and num > 2:
        story.append(P("Resumé", S["h3"]))
        story.append(P(prose(rng, 2), S["p"]))
        story.append(P("Sagsfremstilling", S["h3"]))
        for _ in range(4):
            story.append(P(prose(rng, 6), S["p"]))
        story.append(P("Økonomiske konsekvenser", S["h3"]))
        story.append(P(prose(rng, 1, "oek"), S["p"]))
        if num == 6:
            story.append(P("Venstre foreslår, at der indføres gratis parkering i tre timer i Rønde bymidte.", S["p"]))
        if prop:
            story.append(P("Indstilling", S["h3"]))
            story.append(P("Direktøren for Teknik og Miljø indstiller, at", S["p"]))
            story.append(P("1. sagen godkendes som beskrevet,\n2. der følges op på indsatsen i 2017,\n3. udgiften afholdes som anført under økonomi.", S["p"]))
    for d, txt in hist:
        story.append(P(f"Beslutning i Teknik- og Miljøudvalget den {d}", S["h3"]))
        story.append(P(txt, S["p"]))
    story.append(P("Beslutning i Teknik- og Miljøudvalget den 12-09-2016", S["h3"]))
    if dtext == "VOTE":
        story.append(P("Der blev stemt således:", S["p"]))
        vt = Table([[P(c, S["cell"]) for c in r] for r in VOTE], colWidths=[25*mm, 40*mm, 20*mm])
        vt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee"))]))
        story += [vt, Spacer(1, 2*mm), P("Indstillingen er godkendt.", S["p"])]
        gtext = "Der blev stemt således: Partier Antal For A, F, Ø 4 Imod V, O 3 Undlod - 0 Indstillingen er godkendt."
    else:
        story.append(P(dtext, S["p"]))
        gtext = dtext.replace("\n", " ")
    if absent:
        story.append(P(f"Fraværende: {absent}", S["p"]))
    gitems.append(gold_item(num, title, [sag] if sag else [], closed, prop, dec(gtext, outcome)))

pages = build_pdf(CORPUS / REL, story, hdr, ftr, margins=(20, 20, 20, 18))
notes = f"""Invented Syddjurs Kommune Teknik- og Miljøudvalget REFERAT in a Prisme/e-Dagsorden-like print, {pages} pages (long), 1 document, 19 items. Cover page with an info table (Mødedato / Mødetidspunkt / Sluttidspunkt / Mødested / Deltagere / Afbud / Bemærkninger) and an 'Indholdsfortegnelse' table listing 'Punkt N | title' for all items (furniture: items must not be counted twice). From page 2 a running header 'Syddjurs Kommune · Teknik- og Miljøudvalget · Referat ... 12. september 2016' and a footer '- N -'.
HEADER: 'Mandag den 12. september 2016', 'kl. 8.00', 'Sluttidspunkt kl. 11.45' -> 2016-09-12, 08:00, 11:45. Location 'Mødelokale 1, Rådhuset i Ebeltoft'. Body 'Teknik- og Miljøudvalget'. Title 'Referat' (cover 'REFERAT'; 'Teknik- og Miljøudvalget Referat' fair).
ITEMS: heading rows 'Punkt N | Title' with a rule above; closed items printed 'Punkt 18 | Lukket punkt: Køb af areal til regnvandsbassin' -> title without the tag, closed=true (18, 19; they print only case number and decision). Case numbers: 'Sagsnr. 05.01.00-P15-1-15' (KLE journal-plan format, label without colon) under each heading except 1-2.
DECISIONS: the text under 'Beslutning i Teknik- og Miljøudvalget den 12-09-2016' only. HARD: items 3, 4, 8, 13 print one or two EARLIER decisions of the same case ('Beslutning i Teknik- og Miljøudvalget den 15-08-2016 / Udsat.' etc.) directly above this meeting's - history, not the decision (e.g. item 3's history says 'Udsat' but this meeting 'Anbefales'). Outcomes: 1, 7 'Godkendt' approved; 2 'Taget til efterretning', 9 'Orienteringen taget til efterretning' noted; 3 'Anbefales over for Økonomiudvalget og Byrådet' and 11 'Anbefales.' recommended; 4 'Sendt videre til Byrådet.' referred (recommended is defensible where a committee passes a lokalplan on; the printed words are a referral without a recommendation); 5 a VOTE TABLE (grid: header 'Partier | Antal', rows For A, F, Ø 4 / Imod V, O 3 / Undlod - 0) then 'Indstillingen er godkendt.' -> approved (gold text = the lines as read row by row); 6 party motion voted down 'Forslaget er forkastet' -> rejected; 8 'Udsat.' postponed; 10 'Udvalget drøftede planen. Sagen genoptages ...' discussed; 12 'Punktet udgik.' withdrawn; 13 'Ikke godkendt. ...' rejected; 14 'Godkendt med den bemærkning, at ...' approved; 15 'Godkendt, at vejen navngives Kløvermarken.' approved; 16 split '1. Godkendt. / 2.-3. Anbefales over for Økonomiudvalget og Byrådet.' -> approved (first part's outcome, per the schema's parts rule); 17 'Drøftet.' discussed; 18, 19 'Godkendt.' approved. Item 11 prints 'Fraværende: Tove Brandt (V)' under its decision: an attendance note, not decision text (not in the gold text).
proposal_present: true where 'Indstilling / Direktøren for Teknik og Miljø indstiller, at 1. ...' is printed (3-5, 7-16); false for 1, 2, 6 (a party motion, 'Venstre foreslår'), 17 (temadrøftelse without indstilling) and the closed 18, 19.
PEOPLE: the 7 members: 6 under 'Deltagere' with party letters (role 'deltager' from the row label; no formand/næstformand is printed in this document) and Jens Hald (V) under 'Afbud' (role afbud). Tove Brandt (V) also appears in the 'Bemærkninger' row and under item 11. No other persons."""
doc = gold_doc("referat", "Referat", "Teknik- og Miljøudvalget", "2016-09-12", "08:00", "11:45",
               "Mødelokale 1, Rådhuset i Ebeltoft", people=people, items=gitems)
write_gold(REL, notes, [doc])
