from lib import *
NAME = "sydkystens-forsyning-bestyrelse_beslutningsprotokol_2022-06-21.pdf"
fur = [(22, 287, "Sydkystens Forsyning A/S", "l", "Helvetica-Bold", 9),
       (188, 287, "Beslutningsprotokol 4/2022", "r", "Helvetica", 8),
       (22, 12, "Sydkystens Forsyning A/S · Industrivej 8 · 4600 Køge · CVR 33 21 45 10", "l", "Helvetica", 7),
       (188, 12, "Side {page} af {pages}", "r", "Helvetica", 7)]
rows = [["Pkt.", "Emne", "Beslutning"],
 ["1", "Godkendelse af dagsorden", "Godkendt."],
 ["2", "Årsrapport 2021 og revisionsprotokollat\nJ.nr. 2022-0087",
  "Bestyrelsen godkendte årsrapporten for 2021 og underskrev revisionsprotokollatet. Årsrapporten forelægges "
  "generalforsamlingen den 28. juni 2022."],
 ["3", "Takstblad 2023 - vand og spildevand\nJ.nr. 2022-0112",
  "Takstbladet blev godkendt og sendes til Køge Byråds godkendelse. Per Holst (udpeget af Byrådet) tog forbehold "
  "for vandafgiften og stemte imod."],
 ["4", "Status på klimatilpasningsprojektet i Ølby",
  "Projektleder Kasper Wulff orienterede om tidsplanen. Taget til efterretning."],
 ["5", "Investeringsplan 2023-2032\nJ.nr. 2022-0113",
  "Udsat til næste møde. Direktionen udarbejder et scenarie med lavere investeringsniveau."],
 ["6", "Eventuelt", "Intet."]]
B = [
 ("h1", "Beslutningsprotokol – bestyrelsesmøde nr. 4/2022"),
 ("table", [["Dato:", "2022-06-21, kl. 16:00-18:30"],
            ["Sted:", "Forsyningens administration, Industrivej 8, 4600 Køge"],
            ["Deltagere:", "Ulla Brix (bestyrelsesformand), Per Holst (næstformand), Lene Sand, Ib Krogh, "
                           "Nadia Yilmaz (medarbejdervalgt)"],
            ["Afbud:", "Jørgen Kamp"],
            ["Direktion:", "Adm. direktør Martin Lykke, økonomichef Signe Thorup (referent)"]], [30, 135], {"grid": False}),
 ("sp", 6),
 ("table", rows, [12, 58, 95], {"head": True}),
 ("sp", 20),
 ("p", "Protokollen godkendt og underskrevet:"),
 ("table", [["Ulla Brix", "Per Holst", "Lene Sand"], ["Ib Krogh", "Nadia Yilmaz", ""]], [55, 55, 55], {"grid": False}),
]
pdf(NAME, B, fur, margins=(22, 22, 25, 22))
notes = ("Board minutes of a municipally owned utility (forsyning A/S) as a beslutningsprotokol in ONE TABLE: columns Pkt. / Emne / "
 "Beslutning, with the J.nr. inside the Emne cell under the title; header/footer with company name, 'Beslutningsprotokol 4/2022', "
 "CVR number and 'Side N af M' (furniture).\nHEADER: 'Dato: 2022-06-21, kl. 16:00-18:30' (ISO date) -> 2022-06-21, 16:00-18:30. "
 "Location 'Forsyningens administration, Industrivej 8, 4600 Køge'. Body: 'Bestyrelsen for Sydkystens Forsyning A/S' -> "
 "'Sydkystens Forsyning A/S' is printed as the organisation; body given as 'Bestyrelsen' would be partial. Gold body "
 "'Sydkystens Forsyning A/S' (the scorer accepts it when contained in the parser's value).\nITEMS: the six table rows; title = "
 "Emne cell without the J.nr. line. 'CVR 33 21 45 10' is a company number in the footer, not a case.\nCASE NUMBERS: 'J.nr. 2022-0087', "
 "'2022-0112', '2022-0113'.\nDECISIONS (the Beslutning cell): 1 approved; 2 'Bestyrelsen godkendte årsrapporten ...' approved; 3 "
 "'Takstbladet blev godkendt og sendes til Køge Byråds godkendelse. ...' approved (one member against; the board approves, the "
 "council's later approval is not this meeting's; 'recommended' defensible); 4 noted; 5 'Udsat til næste møde. ...' postponed; 6 'Intet.' "
 "noted (null defensible).\nproposal_present false everywhere (no recommendation text printed).\nPEOPLE: Deltagere with roles as printed "
 "(bestyrelsesformand, næstformand, medarbejdervalgt; others 'deltager'), Afbud Jørgen Kamp, Adm. direktør Martin Lykke, økonomichef Signe "
 "Thorup, projektleder Kasper Wulff. No party letters.")
gold(NAME, notes, [D("referat", "Beslutningsprotokol – bestyrelsesmøde nr. 4/2022", "Sydkystens Forsyning A/S", "2022-06-21", "16:00", "18:30",
 "Forsyningens administration, Industrivej 8, 4600 Køge",
 people=[P("Ulla Brix", "bestyrelsesformand"), P("Per Holst", "næstformand"), P("Lene Sand", "deltager"), P("Ib Krogh", "deltager"),
         P("Nadia Yilmaz", "medarbejdervalgt"), P("Jørgen Kamp", "afbud"), P("Martin Lykke", "Adm. direktør"),
         P("Signe Thorup", "økonomichef"), P("Kasper Wulff", "projektleder")],
 items=[I(1, "Godkendelse af dagsorden", dec="Godkendt.", outcome="approved"),
        I(2, "Årsrapport 2021 og revisionsprotokollat", ["2022-0087"],
          dec="Bestyrelsen godkendte årsrapporten for 2021 og underskrev revisionsprotokollatet. Årsrapporten forelægges generalforsamlingen den 28. juni 2022.", outcome="approved"),
        I(3, "Takstblad 2023 - vand og spildevand", ["2022-0112"],
          dec="Takstbladet blev godkendt og sendes til Køge Byråds godkendelse. Per Holst (udpeget af Byrådet) tog forbehold for vandafgiften og stemte imod.", outcome="approved"),
        I(4, "Status på klimatilpasningsprojektet i Ølby", dec="Projektleder Kasper Wulff orienterede om tidsplanen. Taget til efterretning.", outcome="noted"),
        I(5, "Investeringsplan 2023-2032", ["2022-0113"], dec="Udsat til næste møde. Direktionen udarbejder et scenarie med lavere investeringsniveau.", outcome="postponed"),
        I(6, "Eventuelt", dec="Intet.", outcome="noted")])])
