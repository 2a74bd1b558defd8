from lib import *
NAME = "holstebro-handicapraad_dagsorden-med-bilag_2024-11-07.pdf"
def foot(p, n):
    if p <= 1: return f"Handicaprådet 07-11-2024 - Dagsorden - Side {p}"
    if p <= 2: return "Punkt 3, Bilag 1: Høringsnotat - kvalitetsstandard for hjælpemidler 2025"
    return "Punkt 4, Bilag 1: Referat Tilgængelighedsgruppen 15.10.2024"
fur = [(22, 12, foot, "l", "Helvetica", 8), (188, 287, lambda p, n: f"{p}", "r", "Helvetica", 8)]
B = [
 ("h1", "Dagsorden"), ("h2", "Handicaprådet"),
 ("p", "Mødedato: 07-11-2024\nMødetid: 15.00 - 17.00\nMødested: Lokale 1.12, Holstebro Rådhus, Kirkestræde 11"),
 ("h3", "Medlemmer"),
 ("p", "Karen Brogaard (DH, formand)\nMogens Lyng (DH, næstformand)\nElse Bundgaard (DH)\nTommy Ravnsbæk (DH)\n"
       "Byrådsmedlem Lars Kirk (V)\nByrådsmedlem Pernille Holm (A)\nSocialchef Hans Erik Bak"),
 ("h3", "Afbud"), ("p", "Else Bundgaard"),
 ("h2", "1. Godkendelse af dagsorden"),
 ("p", "Forvaltningen foreslår, at dagsordenen godkendes."),
 ("h2", "2. Nyt fra formanden og fra Danske Handicaporganisationer"),
 ("p", "Formanden orienterer om DH's landsmøde og om møde med Social- og Sundhedsudvalget den 1. oktober 2024."),
 ("h2", "3. Høring - Kvalitetsstandard for hjælpemidler 2025"),
 ("p", "Sags-id: 24/18892"),
 ("p", "Social- og Sundhedsudvalget har sendt udkast til kvalitetsstandard for hjælpemidler og forbrugsgoder i høring. "
       "Høringsfristen er 20. november 2024. Ændringerne er beskrevet i vedlagte høringsnotat."),
 ("p", "Forvaltningen foreslår, at Handicaprådet drøfter udkastet og afgiver høringssvar."),
 ("p", "Bilag:\n1. Høringsnotat - kvalitetsstandard for hjælpemidler 2025"),
 ("h2", "4. Tilgængelighed på Holstebro Station"),
 ("p", "Sags-id: 24/20417"),
 ("p", "Tilgængelighedsgruppen har gennemgået stationsområdet og rejser tre forslag. Se referat fra gruppens møde."),
 ("p", "Forvaltningen foreslår, at Handicaprådet anbefaler forslagene over for Teknik- og Miljøudvalget."),
 ("p", "Bilag:\n1. Referat Tilgængelighedsgruppen 15.10.2024"),
 ("h2", "5. Eventuelt"),
 ("pb",),
 ("table", [["Notat", "Dato: 21. oktober 2024\nJ.nr.: 27.24.00-G01-4-24\nUdarbejdet af: Karina Holt, Hjælpemiddelenheden"]], [80, 85], {"grid": False}),
 ("h1", "Høringsnotat - Kvalitetsstandard for hjælpemidler 2025"),
 ("h3", "1. Baggrund"),
 ("p", "Kvalitetsstandarden revideres hvert andet år. Udkastet bygger på erfaringerne fra 2023-2024 og på "
       "Ankestyrelsens praksis om kørestole og forbrugsgoder."),
 ("h3", "2. Væsentlige ændringer"),
 ("p", "a) Sagsbehandlingstiden for ansøgninger om el-kørestole ændres fra 8 til 10 uger.\n"
       "b) Der indføres genbrug som udgangspunkt for badebænke og toiletforhøjere.\n"
       "c) Egenbetaling for forbrugsgoder under 500 kr. fastholdes."),
 ("h3", "3. Økonomi"),
 ("p", "Ændringerne forventes at give en besparelse på ca. 0,4 mio. kr. årligt fra 2025, primært ved øget genbrug."),
 ("h3", "4. Tidsplan"),
 ("table", [["Aktivitet", "Dato"], ["Høringsfrist", "20. november 2024"], ["Behandling i Social- og Sundhedsudvalget", "4. december 2024"],
            ["Ikrafttræden", "1. januar 2025"]], [100, 50], {"head": True}),
 ("pb",),
 ("h1", "Referat Tilgængelighedsgruppen"),
 ("p", "Dato: 15.10.2024 kl. 13.00-14.30\nSted: Holstebro Station, mødested ved billetautomaten\n"
       "Deltagere: Mogens Lyng, Tommy Ravnsbæk, trafikplanlægger Line Østergaard\nReferent: Tommy Ravnsbæk"),
 ("h3", "1. Gennemgang af stationsområdet"),
 ("p", "Gruppen gennemgik perron 1 og 2, elevatoren og parkeringspladserne. Elevatoren var ude af drift."),
 ("p", "Konklusion: Drøftet. Gruppen ønsker en fast procedure for meldinger om elevatornedbrud."),
 ("h3", "2. Forslag til Handicaprådet"),
 ("p", "Gruppen foreslår: ledelinjer fra busterminalen til perron 1, to ekstra handicapparkeringspladser og "
       "bedre skiltning til elevatoren."),
 ("p", "Konklusion: Vedtaget at sende de tre forslag videre til Handicaprådet."),
 ("h3", "3. Næste møde"),
 ("p", "Konklusion: Næste møde aftales pr. mail."),
]
pdf(NAME, B, fur, margins=(22, 22, 25, 22))
notes = ("A published meeting PACKET (one PDF, 3 pages): the Handicapråd's agenda (page 1), a høringsnotat attached to item 3 (page 2, "
 "footer 'Punkt 3, Bilag 1: Høringsnotat - kvalitetsstandard for hjælpemidler 2025' on each page) and a working group's referat attached "
 "to item 4 (page 3, footer 'Punkt 4, Bilag 1: Referat Tilgængelighedsgruppen 15.10.2024'). Page number top right, agenda footer "
 "'Handicaprådet 07-11-2024 - Dagsorden - Side 1' (furniture).\nD1 dagsorden: 'Mødedato: 07-11-2024', 'Mødetid: 15.00 - 17.00' -> "
 "2024-11-07 15:00-17:00, location 'Lokale 1.12, Holstebro Rådhus, Kirkestræde 11', body 'Handicaprådet'. Items 1-5, decisions null (agenda). "
 "proposal_present true for 1, 3, 4 ('Forvaltningen foreslår, at ...'), false for 2, 5. Case numbers 'Sags-id:' 24/18892 (3), 24/20417 (4). "
 "People: Medlemmer with role as printed (formand, næstformand; DH members 'medlem' from the heading; 'Byrådsmedlem' as role for the two "
 "politicians with party letters V and A; Socialchef Hans Erik Bak). 'DH' is an organisation, not a party letter. Else Bundgaard is in "
 "Medlemmer AND under Afbud -> role afbud (the later, specific statement; 'medlem' defensible).\n"
 "D2 notat (attachment_of item 3, bilag 1): title 'Høringsnotat - Kvalitetsstandard for hjælpemidler 2025', date 2024-10-21, 'J.nr.: "
 "27.24.00-G01-4-24' is its case number, person Karina Holt ('Udarbejdet af', role null: no function printed - the unit follows). Its numbered "
 "headings 1.-4. and a)-c) are sections, NOT agenda items (trap). Body: null (not printed in the notat; 'Handicaprådet' defensible from the packet).\n"
 "D3 referat (attachment_of item 4, bilag 1) of 'Tilgængelighedsgruppen': 'Dato: 15.10.2024 kl. 13.00-14.30' -> 2024-10-15 13:00-14:30, "
 "location 'Holstebro Station, mødested ved billetautomaten', items 1-3 with decisions after 'Konklusion:': 1 'Drøftet. ...' discussed; "
 "2 'Vedtaget at sende de tre forslag videre til Handicaprådet.' -> referred (it is passed on for the council to decide; approved "
 "defensible from 'Vedtaget'); 3 'Næste møde aftales pr. mail.' -> other (null defensible). proposal_present: 2 true ('Gruppen foreslår:' "
 "with concrete proposals; false defensible under gold rule 6), others false. People: Mogens Lyng, Tommy Ravnsbæk (referent), trafikplanlægger "
 "Line Østergaard; role 'deltager' from the heading (Tommy also referent: first role kept).")
gold(NAME, notes, [
 D("dagsorden", "Dagsorden Handicaprådet", "Handicaprådet", "2024-11-07", "15:00", "17:00", "Lokale 1.12, Holstebro Rådhus, Kirkestræde 11",
   people=[P("Karen Brogaard", "formand"), P("Mogens Lyng", "næstformand"), P("Else Bundgaard", "afbud"), P("Tommy Ravnsbæk", "medlem"),
           P("Lars Kirk", "Byrådsmedlem", "V"), P("Pernille Holm", "Byrådsmedlem", "A"), P("Hans Erik Bak", "Socialchef")],
   items=[I(1, "Godkendelse af dagsorden", prop=True), I(2, "Nyt fra formanden og fra Danske Handicaporganisationer"),
          I(3, "Høring - Kvalitetsstandard for hjælpemidler 2025", ["24/18892"], prop=True),
          I(4, "Tilgængelighed på Holstebro Station", ["24/20417"], prop=True), I(5, "Eventuelt")]),
 D("notat", "Høringsnotat - Kvalitetsstandard for hjælpemidler 2025", None, "2024-10-21", cases=["27.24.00-G01-4-24"],
   people=[P("Karina Holt")], attachment_of={"item": "3", "number": 1}),
 D("referat", "Referat Tilgængelighedsgruppen", "Tilgængelighedsgruppen", "2024-10-15", "13:00", "14:30",
   "Holstebro Station, mødested ved billetautomaten",
   people=[P("Mogens Lyng", "deltager"), P("Tommy Ravnsbæk", "deltager"), P("Line Østergaard", "trafikplanlægger")],
   attachment_of={"item": "4", "number": 1},
   items=[I(1, "Gennemgang af stationsområdet", dec="Drøftet. Gruppen ønsker en fast procedure for meldinger om elevatornedbrud.", outcome="discussed"),
          I(2, "Forslag til Handicaprådet", prop=True, dec="Vedtaget at sende de tre forslag videre til Handicaprådet.", outcome="referred"),
          I(3, "Næste møde", dec="Næste møde aftales pr. mail.", outcome="other")])])
