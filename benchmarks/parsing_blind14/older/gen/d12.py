# Packet: an Integrationsråd agenda (no decisions) followed by two bilag stamped "Punkt N, Bilag M".
from pdfkit import *
from g import *

FN = "holstebro-integrationsraad_dagsorden-med-bilag_2017-05-09.pdf"
IH = ParagraphStyle("ih", parent=BODY, fontName="SansB", fontSize=11.5, spaceBefore=10, spaceAfter=2)
SN = ParagraphStyle("sn", parent=BODY, fontSize=9.5, spaceAfter=3)
HB = ParagraphStyle("hb", parent=BODY, fontName="SansB", fontSize=11, spaceBefore=6, spaceAfter=2)
S = [
    P("Holstebro Kommune", ParagraphStyle("k", parent=BODY, fontName="SansB", fontSize=9.5)),
    P("Dagsorden", H1),
    P("Integrationsrådet", ParagraphStyle("b", parent=BODY, fontName="SansB", fontSize=13)),
    P("Tirsdag den 9. maj 2017 kl. 19.00–21.00<br/>Kulturhuset, Sønderlandsgade 5, lokale 3"),
    P("Medlemmer: Amira Khalil (formand), Søren Holm (næstformand, byrådsmedlem), Dragan Petrović, "
      "Fatuma Ali, Niels Ravn, Lene Sand (B)"),
    P("Sekretær: Integrationskonsulent Rasmus Møller"),
    P("1. Godkendelse af dagsorden", IH),
    P("2. Høring: Integrationspolitik 2017-2020", IH),
    P("Sagsnr.: 17-004121", SN),
    P("Byrådet har sendt udkast til ny integrationspolitik i høring med frist den 1. juni 2017. Udkastet er vedlagt som bilag."),
    P("<b>Forvaltningen foreslår,</b> at rådet drøfter udkastet og afgiver høringssvar, som formand og sekretær formulerer."),
    P("Bilag: 1. Udkast til integrationspolitik 2017-2020", SMALL),
    P("3. Orientering om sprogcaféen på biblioteket", IH),
    P("Sagsnr.: 16-019877", SN),
    P("Rasmus Møller orienterer om de første tre måneder. Programmet for efteråret er vedlagt."),
    P("Bilag: 1. Program for sprogcafé, efterår 2017", SMALL),
    P("4. Valg af ny næstformand", IH),
    P("Søren Holm er udtrådt af byrådet pr. 1. maj og dermed af rådet. Der skal vælges ny næstformand."),
    P("5. Eventuelt", IH),
    PageBreak(),
    P("Udkast", ParagraphStyle("u", parent=BODY, fontName="SansI", fontSize=9)),
    P("Integrationspolitik 2017-2020", H1),
    P("Holstebro Kommune – en kommune hvor alle kan bidrage", ParagraphStyle("s", parent=BODY, fontName="SansI")),
    P("Vision", HB),
    P("Holstebro Kommune vil være en kommune, hvor nye borgere hurtigt bliver en del af fællesskabet på "
      "arbejdsmarkedet, i uddannelse og i foreningslivet."),
    P("Mål", HB),
    P("1. Flere flygtninge og indvandrere i job og uddannelse"),
    P("2. Danskundervisning tæt på arbejdspladsen"),
    P("3. Aktiv deltagelse i forenings- og fritidslivet"),
    P("4. Et godt samarbejde med boligorganisationerne"),
    P("Opfølgning", HB),
    P("Politikken følges op årligt i Arbejdsmarkedsudvalget og i Integrationsrådet."),
    PageBreak(),
    P("Sprogcafé på Holstebro Bibliotek – program efterår 2017", H2),
    Table([["Dato", "Tema", "Frivillig"],
           ["5. sep.", "At gå til lægen", "Birgit Lund"],
           ["19. sep.", "Foreningslivet", "Hans Ørum"],
           ["3. okt.", "Jobsamtalen", "Birgit Lund"],
           ["17. okt.", "Dansk jul og traditioner", "Kirsten Bach"]],
          colWidths=[25 * mm, 70 * mm, 40 * mm],
          style=TableStyle([("FONT", (0, 0), (-1, -1), "Sans", 10), ("FONT", (0, 0), (-1, 0), "SansB", 10),
                            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)])),
    Spacer(1, 6),
    P("Alle tirsdage kl. 16.00-17.30 i bibliotekets café. Gratis adgang."),
]
stamps = {1: None, 2: "Punkt 2, Bilag 1: Udkast til integrationspolitik 2017-2020 (Dok.nr. 17-004121-12)",
          3: "Punkt 3, Bilag 1: Program for sprogcafé, efterår 2017 (Dok.nr. 16-019877-31)"}
word_doc(str(ROOT / "corpus" / FN), S, footer=lambda i: stamps[i] or f"Integrationsrådet 09.05.2017 – side {i}",
         title="Dagsorden Integrationsrådet 9. maj 2017", author="Holstebro Kommune")

d1 = doc("dagsorden", "Dagsorden Integrationsrådet", "Integrationsrådet", "2017-05-09", "19:00", "21:00",
         "Kulturhuset, Sønderlandsgade 5, lokale 3", cases=["17-004121", "16-019877"],
         people=[person("Amira Khalil", "formand"), person("Søren Holm", "næstformand"), person("Dragan Petrović", "medlem"),
                 person("Fatuma Ali", "medlem"), person("Niels Ravn", "medlem"), person("Lene Sand", "medlem", "B"),
                 person("Rasmus Møller", "Sekretær")],
         items=[
             item("1", "Godkendelse af dagsorden"),
             item("2", "Høring: Integrationspolitik 2017-2020", cases=["17-004121"], proposal=True),
             item("3", "Orientering om sprogcaféen på biblioteket", cases=["16-019877"]),
             item("4", "Valg af ny næstformand"),
             item("5", "Eventuelt"),
         ])
d2 = doc("bilag", "Integrationspolitik 2017-2020", None, None, attachment_of={"item": "2", "number": 1}, items=[])
d3 = doc("bilag", "Sprogcafé på Holstebro Bibliotek – program efterår 2017", None, None,
         people=[person("Birgit Lund"), person("Hans Ørum"), person("Kirsten Bach")],
         attachment_of={"item": "3", "number": 1}, items=[])
notes = """A published meeting packet of a small council (Integrationsrådet, Holstebro Kommune), 3 pages, made with reportlab: the agenda (page 1) followed by the two attachments it lists (page 2, page 3). Three documents in file order.
FOOTERS: page 1 'Integrationsrådet 09.05.2017 – side 1' (furniture). Page 2 footer 'Punkt 2, Bilag 1: Udkast til integrationspolitik 2017-2020 (Dok.nr. 17-004121-12)' and page 3 footer 'Punkt 3, Bilag 1: Program for sprogcafé, efterår 2017 (Dok.nr. 16-019877-31)' are the attachment stamps (at the page FOOT, as in the seed packet) -> attachment_of {2,1} and {3,1}. The 'Dok.nr.' values are document numbers, NOT case numbers, although they begin with the item's case number.
D1 dagsorden: title 'Dagsorden Integrationsrådet' (the two heading lines 'Dagsorden' + 'Integrationsrådet'; 'Dagsorden' alone acceptable). Body 'Integrationsrådet'. 'Tirsdag den 9. maj 2017 kl. 19.00–21.00' (en dash) -> 2017-05-09, 19:00-21:00. Location 'Kulturhuset, Sønderlandsgade 5, lokale 3' (a line without a 'Sted:' label). Other dates ('1. juni 2017' deadline, '1. maj') are not the meeting's. Items 1-5, NO decisions (an agenda) -> decision null everywhere. Item 2 'Forvaltningen foreslår, at ...' -> proposal_present true; the rest false. The 'Bilag: 1. Udkast til ...' lines under items 2 and 3 list attachments - they are NOT items (their '1.' is the bilag number). Case numbers 'Sagsnr.: 17-004121' (item 2) and '16-019877' (item 3).
D2 bilag (page 2): the draft policy. Title 'Integrationspolitik 2017-2020' (the word 'Udkast' above it is a draft marker). Its goals '1. Flere flygtninge ...' to '4. Et godt samarbejde ...' are numbered policy goals, NOT agenda items -> items []. No date printed on the page, no body (null: 'Holstebro Kommune' is the issuer; not scored since null), no people, no case numbers.
D3 bilag (page 3): the autumn programme. Title 'Sprogcafé på Holstebro Bibliotek – program efterår 2017'. Dates in the table ('5. sep.' ...) carry no year and are events, not the document's date -> date null. People: the volunteers in the table (Birgit Lund, Hans Ørum, Kirsten Bach), role null ('Frivillig' column heading would give 'frivillig'; either is fine).
PEOPLE D1: 'Medlemmer:' Amira Khalil (formand), Søren Holm (næstformand; also 'byrådsmedlem'), Dragan Petrović, Fatuma Ali, Niels Ravn, Lene Sand (B) - role medlem from the list heading, party letter only for Lene Sand; 'Sekretær: Integrationskonsulent Rasmus Møller'. People scoring is per file, so D3's volunteers count too."""
write_gold(FN, notes, [d1, d2, d3])
