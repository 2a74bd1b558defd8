# Notat (memo) with no items: label table header, numbered sections, a table, Sags-id, ISO date.
from pdfkit import *
from g import *

FN = "frederikssund-notat_vintervedligeholdelse_2023-04-03.pdf"
lab = ParagraphStyle("lab", parent=BODY, fontName="SansB", fontSize=10)
val = ParagraphStyle("val", parent=BODY, fontSize=10)
hs = ParagraphStyle("hs", parent=BODY, fontName="SansB", fontSize=11.5, spaceBefore=8, spaceAfter=3)
S = [
    P("Frederikssund Kommune", ParagraphStyle("k", parent=BODY, fontName="SansB", fontSize=10, textColor=colors.HexColor("#00594f"))),
    P("Vej og Park", ParagraphStyle("k2", parent=BODY, fontSize=9)),
    Spacer(1, 10),
    P("NOTAT", ParagraphStyle("n", parent=H1, fontSize=20)),
    Table([[P("Til:", lab), P("Teknik- og Miljøudvalget (orientering)", val)],
           [P("Fra:", lab), P("Vej og Park, driftsleder Niels Worm", val)],
           [P("Dato:", lab), P("2023-04-03", val)],
           [P("Sags-id:", lab), P("05.01.10-P20-3-22", val)],
           [P("Emne:", lab), P("Vintervedligeholdelse af cykelstier – erfaringer fra sæson 2022/23", val)]],
          colWidths=[28 * mm, 130 * mm],
          style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black)])),
    Spacer(1, 8),
    P("1. Baggrund", hs),
    P("Teknik- og Miljøudvalget besluttede på mødet den 7. september 2022 (punkt 6), at 14 km udvalgte cykelstier "
      "skulle saltes og ryddes før kl. 6.00 på hverdage som et forsøg i vintersæsonen 2022/23. Dette notat "
      "samler erfaringerne."),
    P("2. Erfaringer", hs),
    P("Der har været 38 udkald i sæsonen mod 31 i gennemsnit for de sidste fem år. Ruterne blev i 35 af 38 "
      "tilfælde færdige inden kl. 6.00. Der er modtaget 12 henvendelser om cykelstierne mod 41 i sæson 2021/22."),
    Table([["Rute", "Længde (km)", "Udkald", "Færdig før kl. 6.00"],
           ["1  Frederikssund – Slangerup", "6,2", "38", "36"],
           ["2  Jægerspris – Skibby", "4,9", "38", "35"],
           ["3  Ølstykkevej", "2,9", "38", "37"]],
          colWidths=[62 * mm, 28 * mm, 22 * mm, 40 * mm],
          style=TableStyle([("FONT", (0, 0), (-1, -1), "Sans", 9.5), ("FONT", (0, 0), (-1, 0), "SansB", 9.5),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black), ("ALIGN", (1, 0), (-1, -1), "RIGHT")])),
    P("3. Økonomi", hs),
    P("Forsøget har kostet 412.000 kr., hvilket er 38.000 kr. under det afsatte beløb. Beløbet er finansieret "
      "inden for vintertjenestens budget."),
    P("4. Videre proces", hs),
    P("Vej og Park anbefaler, at forsøget gøres permanent fra sæson 2023/24. Sagen forelægges udvalget til "
      "beslutning på mødet i juni 2023 sammen med en ny serviceplan for vintertjeneste."),
    Spacer(1, 10),
    P("Niels Worm<br/>Driftsleder, Vej og Park<br/>Tlf. 47 35 10 00"),
]
word_doc(str(ROOT / "corpus" / FN), S, footer=lambda i: f"Side {i}", title="Notat", author="NIWO")

d = doc("notat", "Vintervedligeholdelse af cykelstier – erfaringer fra sæson 2022/23", "Teknik- og Miljøudvalget",
        "2023-04-03", cases=["05.01.10-P20-3-22"],
        people=[person("Niels Worm", "driftsleder")], items=[])
notes = """Memo (notat) of Frederikssund Kommune, Vej og Park, written in Word; 1 page; made with reportlab. One document, kind notat, NO agenda items.
LAYOUT: letterhead 'Frederikssund Kommune / Vej og Park', the word 'NOTAT', then a label/value table (Til / Fra / Dato / Sags-id / Emne), then numbered SECTIONS '1. Baggrund', '2. Erfaringer', '3. Økonomi', '4. Videre proces' - these are the memo's sections, NOT agenda items - and a table whose rows begin '1  Frederikssund – Slangerup', '2 ...', '3 ...' (route numbers, not items). Footer 'Side 1' is furniture.
TITLE: the 'Emne:' value 'Vintervedligeholdelse af cykelstier – erfaringer fra sæson 2022/23' ('NOTAT' alone is a weaker alternative).
BODY: 'Teknik- og Miljøudvalget' - the addressee in 'Til:' (as for the Ballerup notat's 'Til: SFU' in shared gold); the sender unit 'Vej og Park' is not the body. DATE: 'Dato: 2023-04-03' (ISO form) -> 2023-04-03. 'den 7. september 2022' is the committee meeting the memo refers to; 'juni 2023' a future meeting. No time, no place -> start/end/location null.
CASE NUMBERS: 'Sags-id: 05.01.10-P20-3-22' (a KLE-form ESDH case id; the label 'Sags-id' is a Sagsnr.-like label). '(punkt 6)' is a reference to an earlier agenda item, not a case number.
PEOPLE: Niels Worm ('driftsleder' in 'Fra:' and 'Driftsleder, Vej og Park' in the signature). 'NIWO' (PDF author metadata) is not a name.
proposal: the memo's 'Vej og Park anbefaler, at forsøget gøres permanent' is a recommendation inside a memo written for orientation (not annotated: no items, and the gold format has no document-level proposal field)."""
write_gold(FN, notes, [d])
