# Ungdomsskolebestyrelse, Word minutes 2019, "Ad 1." items, Beslutning:, table, footer Side x af y.
from pdfkit import *
from g import *

FN = "odsherred-ungdomsskolebestyrelse_referat_2019-09-18.pdf"
S = []
S += [P("Odsherred Ungdomsskole", ParagraphStyle("t0", parent=BODY, fontName="SansB", fontSize=9, textColor=colors.HexColor("#1f4e79"))),
      P("Referat af bestyrelsesmøde i Ungdomsskolebestyrelsen", H1),
      P("<b>Tid:</b> Onsdag den 18. september 2019 kl. 17.00-19.15"),
      P("<b>Sted:</b> Ungdomsskolen, Lærkevej 2, Nykøbing Sj., lokale 4"),
      P("<b>Deltagere:</b> Lone Bech (formand, byrådsmedlem), Jesper Friis (næstformand, forældrerepr.), "
        "Hanne Mølgaard (medarbejderrepr.), Ali Hassan (elevrepr.), Mads Kirk (elevrepr.)"),
      P("<b>Afbud:</b> Tina Skov (forældrerepr.)"),
      P("<b>Fra administrationen:</b> Ungdomsskoleleder Peter Dahl"),
      P("<b>Referent:</b> Karina Holt, sekretær"),
      Spacer(1, 6),
      P("Ad 1. Godkendelse af dagsorden og referat fra mødet 12. juni 2019", H2),
      P("Dagsordenen blev godkendt. Referatet fra 12. juni var udsendt og er underskrevet."),
      P("<b>Beslutning:</b> Godkendt."),
      P("Ad 2. Budgetopfølgning pr. 31. august 2019", H2),
      P("Ungdomsskolelederen gennemgik forbruget. Der forventes et mindreforbrug på ca. 120.000 kr., "
        "primært på klubområdet."),
      Table([["Område", "Budget 2019", "Forbrug pr. 31/8", "Forventet"],
             ["1  Undervisning", "2.140.000", "1.388.000", "2.100.000"],
             ["2  Klubber", "1.650.000", "980.000", "1.570.000"],
             ["3  Heltidsundervisning", "3.200.000", "2.150.000", "3.200.000"],
             ["I alt", "6.990.000", "4.518.000", "6.870.000"]],
            colWidths=[55 * mm, 32 * mm, 35 * mm, 32 * mm],
            style=TableStyle([("FONT", (0, 0), (-1, -1), "Sans", 9.5), ("FONT", (0, 0), (-1, 0), "SansB", 9.5),
                              ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("ALIGN", (1, 0), (-1, -1), "RIGHT")])),
      Spacer(1, 6),
      P("<b>Beslutning:</b> Orienteringen blev taget til efterretning."),
      P("Ad 3. Forslag om nyt knallertkursus i Asnæs (sagsnr. 19/18342)", H2),
      P("Administrationen anbefaler, at der oprettes et knallertkursus (AM-kørekort) i Asnæs fra januar 2020 "
        "for 14-15-årige, finansieret af mindreforbruget."),
      P("<b>Beslutning:</b> Bestyrelsen godkendte forslaget. Jesper Friis tog forbehold for finansieringen."),
      P("Ad 4. Ansøgning fra elevrådet om skolefest", H2),
      P("Elevrådet ønsker en fest i november med live-musik. Ali Hassan og Mads Kirk fremlagde ønsket."),
      P("<b>Beslutning:</b> Drøftet. Elevrådet laver et budget, og sagen tages op igen på næste møde."),
      PageBreak(),
      P("Ad 5. Ændring af styrelsesvedtægten § 4", H2),
      P("Byrådet har bedt bestyrelsen om en udtalelse om forslaget til ændret sammensætning af bestyrelsen."),
      P("<b>Beslutning:</b> Bestyrelsen kunne ikke anbefale ændringen. Udtalelsen sendes til Byrådet."),
      P("Ad 6. Eventuelt", H2),
      P("Intet."),
      Spacer(1, 10),
      P("Næste møde: Tirsdag den 26. november 2019 kl. 17.00."),
      ]
word_doc(str(ROOT / "corpus" / FN), S, footer=lambda i: f"Side {i} af 2",
         header=lambda i: ("Ungdomsskolebestyrelsen – referat 18.09.2019", "Odsherred Kommune"),
         title="Referat bestyrelsesmøde 18.9.2019", author="kaho")

d = doc("referat", "Referat af bestyrelsesmøde i Ungdomsskolebestyrelsen", "Ungdomsskolebestyrelsen",
        "2019-09-18", "17:00", "19:15", "Ungdomsskolen, Lærkevej 2, Nykøbing Sj., lokale 4",
        cases=["19/18342"],
        people=[person("Lone Bech", "formand"), person("Jesper Friis", "næstformand"),
                person("Hanne Mølgaard", "medarbejderrepr."), person("Ali Hassan", "elevrepr."),
                person("Mads Kirk", "elevrepr."), person("Tina Skov", "afbud"),
                person("Peter Dahl", "Ungdomsskoleleder"), person("Karina Holt", "sekretær")],
        items=[
            item("1", "Godkendelse af dagsorden og referat fra mødet 12. juni 2019", "Godkendt.", "approved"),
            item("2", "Budgetopfølgning pr. 31. august 2019", "Orienteringen blev taget til efterretning.", "noted"),
            item("3", "Forslag om nyt knallertkursus i Asnæs (sagsnr. 19/18342)",
                 "Bestyrelsen godkendte forslaget. Jesper Friis tog forbehold for finansieringen.", "approved",
                 cases=["19/18342"], proposal=True),
            item("4", "Ansøgning fra elevrådet om skolefest",
                 "Drøftet. Elevrådet laver et budget, og sagen tages op igen på næste møde.", "discussed"),
            item("5", "Ændring af styrelsesvedtægten § 4",
                 "Bestyrelsen kunne ikke anbefale ændringen. Udtalelsen sendes til Byrådet.", "rejected"),
            item("6", "Eventuelt", "Intet.", "noted"),
        ])
notes = """Minutes of a small board written in Word (ungdomsskolebestyrelse, Odsherred), made with reportlab in a proportional font. 2 pages. One document, 6 items headed 'Ad 1.' ... 'Ad 6.' (number = the digit after 'Ad').
PAGE FURNITURE: running header 'Ungdomsskolebestyrelsen – referat 18.09.2019' (left) and 'Odsherred Kommune' (right) on each page; footer 'Side N af 2'. The small line 'Odsherred Ungdomsskole' above the title is the letterhead.
TITLE: 'Referat af bestyrelsesmøde i Ungdomsskolebestyrelsen'. BODY: 'Ungdomsskolebestyrelsen' ('Ungdomsskolebestyrelsen, Odsherred Ungdomsskole' or '... Odsherred Kommune' acceptable).
HEADER: 'Tid: Onsdag den 18. september 2019 kl. 17.00-19.15' -> 2019-09-18, 17:00-19:15. 'Sted: Ungdomsskolen, Lærkevej 2, Nykøbing Sj., lokale 4' -> location verbatim. '12. juni 2019' (item 1), '31. august 2019' (item 2) and the next meeting 'Tirsdag den 26. november 2019 kl. 17.00' (closing line, not an item) are not this meeting's date/time.
ITEMS: item 2 holds a budget table whose rows begin '1  Undervisning', '2  Klubber', '3  Heltidsundervisning' - those are table rows, NOT agenda items. Item 3's title includes the printed '(sagsnr. 19/18342)' verbatim, as the heading prints it (a reader who moves the case number out of the title has a defensible alternative 'Forslag om nyt knallertkursus i Asnæs'). Items 1-4 are on page 1, items 5-6 on page 2. 'Næste møde: ...' is not an item.
DECISIONS after 'Beslutning:': 1 'Godkendt.' approved; 2 noted; 3 approved ('Jesper Friis tog forbehold' is a reservation, part of the decision text); 4 'Drøftet. ... tages op igen på næste møde.' -> discussed (postponed defensible); 5 'Bestyrelsen kunne ikke anbefale ændringen. Udtalelsen sendes til Byrådet.' -> rejected (the board refused to endorse; referred defensible because the statement is sent to the Byråd, which decides); 6 'Eventuelt' has no 'Beslutning:' label, only 'Intet.' -> decision text 'Intet.' noted (null defensible).
proposal_present: only item 3 ('Administrationen anbefaler, at ...').
CASE NUMBERS: '19/18342' from 'sagsnr.' in item 3's heading (lowercase label, inside the title); document-level list = union.
PEOPLE: the Deltagere list with roles printed in parentheses (formand, næstformand, medarbejderrepr., elevrepr.; 'forældrerepr.' for Jesper Friis is a second role - kept 'næstformand'; 'byrådsmedlem' for Lone Bech likewise second); 'Afbud: Tina Skov' -> afbud; 'Ungdomsskoleleder Peter Dahl'; 'Referent: Karina Holt, sekretær'. No party letters printed."""
write_gold(FN, notes, [d])
