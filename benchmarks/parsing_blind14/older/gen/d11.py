# Kommunal fond's board: Word beslutningsprotokol, label table header, Sagsnr. per item, grants/refusals, votes.
from pdfkit import *
from g import *

FN = "svendborg-kulturfond_beslutningsprotokol_2021-06-02.pdf"
lab = ParagraphStyle("lab", parent=BODY, fontName="SansB", fontSize=10)
val = ParagraphStyle("val", parent=BODY, fontSize=10)
IH = ParagraphStyle("ih", parent=BODY, fontName="SansB", fontSize=11.5, spaceBefore=12, spaceAfter=2)
SN = ParagraphStyle("sn", parent=BODY, fontSize=9, textColor=colors.HexColor("#444444"), spaceAfter=4)


def it(n, title, sagsnr, text, dec):
    out = [P(f"{n}. {title}", IH)]
    if sagsnr:
        out.append(P(f"Sagsnr.: {sagsnr}", SN))
    out += [P(t) for t in text]
    out += [P("Bestyrelsens beslutning:", LBL), P(dec)]
    return out


S = [
    P("Svendborg Kommunes Kulturfond", ParagraphStyle("t", parent=BODY, fontName="SansB", fontSize=10)),
    P("Beslutningsprotokol", H1),
    Table([[P("Organ:", lab), P("Bestyrelsen for Svendborg Kommunes Kulturfond", val)],
           [P("Mødedato:", lab), P("02.06.2021", val)],
           [P("Mødetid:", lab), P("16:00 - 17:30", val)],
           [P("Mødested:", lab), P("Svendborg Rådhus, mødelokale Tåsinge", val)],
           [P("Medlemmer:", lab), P("Morten Kjær (formand), Camilla Due (næstformand), Bo Rask, Susanne Fogh, Lars Ege", val)],
           [P("Fraværende:", lab), P("Ingen", val)],
           [P("Sekretær:", lab), P("Kulturkonsulent Helle Winther", val)]],
          colWidths=[30 * mm, 130 * mm], style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])),
    Spacer(1, 4),
]
S += it(1, "Godkendelse af dagsorden", None, [], "Godkendt.")
S += it(2, "Ansøgning fra Svendborg Kammerkor om tilskud til julekoncert 2021", "21/8891",
        ["Koret søger 20.000 kr. til solister og orkester. Budget i alt 96.000 kr.",
         "Sekretariatet indstiller, at der bevilges 15.000 kr."],
        "Bevilget 15.000 kr. som indstillet.")
S += it(3, "Ansøgning fra Foreningen Sydfynske Forfattere om udgivelse af antologi", "21/9014",
        ["Foreningen søger 35.000 kr. til trykning af en antologi. Projektet er kommercielt og har forlag tilknyttet.",
         "Sekretariatet indstiller, at ansøgningen afslås, da projektet falder uden for fondens formål (§ 2)."],
        "Afslag, jf. indstillingen.")
S += it(4, "Ansøgning fra Tåsinge Museum om restaurering af skibsportrætter", "21/9102",
        ["Museet søger 60.000 kr. til restaurering af otte skibsportrætter fra 1800-tallet.",
         "Camilla Due erklærede sig inhabil og forlod mødet under punktet."],
        "Bestyrelsen bevilgede 40.000 kr. For stemte 3 (Morten Kjær, Susanne Fogh, Lars Ege), imod 1 (Bo Rask), "
        "der ønskede det fulde beløb bevilget.")
S.append(PageBreak())
S += it(5, "Ansøgning fra Thurø Spillemænd om tilskud til spillemandsstævne", "21/9230",
        ["Ansøgningen mangler budget og oplysning om andre tilskud."],
        "Udsat til næste uddelingsmøde. Sekretariatet beder ansøger om et budget.")
S += [P("6. Fondens regnskab 2020", IH), P("Sagsnr.: 21/2210", SN),
      P("Regnskabet udviser uddelinger for 412.500 kr. og en formue pr. 31.12.2020 på:"),
      Table([["Post", "Kr."], ["Obligationer", "3.415.220"], ["Bankindestående", "288.410"], ["I alt", "3.703.630"]],
            colWidths=[60 * mm, 35 * mm],
            style=TableStyle([("FONT", (0, 0), (-1, -1), "Sans", 9.5), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                              ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black)])),
      Spacer(1, 4),
      P("Bestyrelsens beslutning:", LBL),
      P("Regnskabet anbefales over for Økonomiudvalget til godkendelse.")]
S += it(7, "Eventuelt", None, [], "Intet til protokollen.")
S += [Spacer(1, 14), P("Protokollen godkendt og underskrevet elektronisk af formanden."),
      P("Morten Kjær, formand")]
word_doc(str(ROOT / "corpus" / FN), S, footer=lambda i: f"Side {i} af 2",
         header=lambda i: ("Svendborg Kommunes Kulturfond", "Beslutningsprotokol 2. juni 2021"), first_header=False,
         title="Beslutningsprotokol kulturfond 02.06.2021", author="HEWI")

cases = ["21/8891", "21/9014", "21/9102", "21/9230", "21/2210"]
d = doc("referat", "Beslutningsprotokol", "Bestyrelsen for Svendborg Kommunes Kulturfond", "2021-06-02", "16:00", "17:30",
        "Svendborg Rådhus, mødelokale Tåsinge", cases=cases,
        people=[person("Morten Kjær", "formand"), person("Camilla Due", "næstformand"), person("Bo Rask", "medlem"),
                person("Susanne Fogh", "medlem"), person("Lars Ege", "medlem"), person("Helle Winther", "Sekretær")],
        items=[
            item("1", "Godkendelse af dagsorden", "Godkendt.", "approved"),
            item("2", "Ansøgning fra Svendborg Kammerkor om tilskud til julekoncert 2021", "Bevilget 15.000 kr. som indstillet.",
                 "approved", cases=["21/8891"], proposal=True),
            item("3", "Ansøgning fra Foreningen Sydfynske Forfattere om udgivelse af antologi", "Afslag, jf. indstillingen.",
                 "rejected", cases=["21/9014"], proposal=True),
            item("4", "Ansøgning fra Tåsinge Museum om restaurering af skibsportrætter",
                 "Bestyrelsen bevilgede 40.000 kr. For stemte 3 (Morten Kjær, Susanne Fogh, Lars Ege), imod 1 (Bo Rask), der ønskede det fulde beløb bevilget.",
                 "approved", cases=["21/9102"]),
            item("5", "Ansøgning fra Thurø Spillemænd om tilskud til spillemandsstævne",
                 "Udsat til næste uddelingsmøde. Sekretariatet beder ansøger om et budget.", "postponed", cases=["21/9230"]),
            item("6", "Fondens regnskab 2020", "Regnskabet anbefales over for Økonomiudvalget til godkendelse.",
                 "recommended", cases=["21/2210"]),
            item("7", "Eventuelt", "Intet til protokollen.", "noted"),
        ])
notes = """Decision minutes (beslutningsprotokol) of the board of a municipal foundation (Svendborg Kommunes Kulturfond), written in Word, 2 pages, made with reportlab. One document, 7 items.
PAGE FURNITURE: from page 2 a running header 'Svendborg Kommunes Kulturfond' / 'Beslutningsprotokol 2. juni 2021'; footer 'Side N af 2'. The letterhead line 'Svendborg Kommunes Kulturfond' on page 1.
HEADER: a label/value table: 'Organ: Bestyrelsen for Svendborg Kommunes Kulturfond' (body), 'Mødedato: 02.06.2021' -> 2021-06-02, 'Mødetid: 16:00 - 17:30', 'Mødested: Svendborg Rådhus, mødelokale Tåsinge', 'Medlemmer:', 'Fraværende: Ingen', 'Sekretær: Kulturkonsulent Helle Winther'. TITLE 'Beslutningsprotokol'.
ITEMS '1.' .. '7.' in bold headings; under each a grey 'Sagsnr.: 21/NNNN' line (items 2-6), text, and 'Bestyrelsens beslutning:' followed by the decision. Item 6 holds a small table (Post / Kr.) - not items. Items 1-4 on page 1, 5-7 on page 2.
DECISIONS: 1 'Godkendt.' approved; 2 'Bevilget 15.000 kr. som indstillet.' approved (a grant = the application approved); 3 'Afslag, jf. indstillingen.' rejected (the application refused - following the recommendation, which itself proposed refusal; a reader thinking in terms of 'followed the proposal' might say approved, but the outcome of the application is a refusal); 4 'Bestyrelsen bevilgede 40.000 kr. For stemte 3 (...), imod 1 (Bo Rask), ...' approved (a partial grant by vote; the inhabilitet note about Camilla Due is item text); 5 'Udsat til næste uddelingsmøde. ...' postponed; 6 'Regnskabet anbefales over for Økonomiudvalget til godkendelse.' recommended; 7 'Intet til protokollen.' noted.
proposal_present: 2 and 3 ('Sekretariatet indstiller, at ...'); 4 and 5 have no recommendation.
CASE NUMBERS: the 'Sagsnr.:' lines (YY/NNNN form). '§ 2' is the foundation's statutes; amounts are not numbers of cases.
PEOPLE: 'Medlemmer:' Morten Kjær (formand), Camilla Due (næstformand), Bo Rask, Susanne Fogh, Lars Ege (role 'medlem' from the list heading; null acceptable); 'Sekretær: Kulturkonsulent Helle Winther' (role Sekretær; 'Kulturkonsulent' her title). Names in the vote repeat members. 'HEWI' (PDF author) is not a name."""
write_gold(FN, notes, [d])
