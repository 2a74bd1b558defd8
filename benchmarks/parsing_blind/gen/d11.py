from lib import *
NAME = "region-sjaelland-regionsraad_referat_2015-06-22.pdf"
fur = [(22, 287, "REGION SJÆLLAND", "l", "Helvetica-Bold", 9),
       (188, 287, "Regionsrådet – Referat – 22. juni 2015", "r", "Helvetica", 8),
       (105, 10, "– {page} –", "c", "Helvetica", 8)]
B = [
 ("h1", "Referat"),
 ("p", "Regionsrådet\nMandag den 22. juni 2015 kl. 14.00\nRegionshuset, Alléen 15, 4180 Sorø, mødesal 1"),
 ("h3", "Fremmødte:"),
 ("p", "Jens Stendal (V), regionsrådsformand; Jacob Juul (V), 1. næstformand; Kirsten Bundgaard (A), 2. næstformand; "
       "Poul Hjortshøj (A); Karin Skovhus (O); Gitte Wagner (F); Holger Schou (C); Mette Boye (Ø); Lise Palm (B); "
       "Ole Husted (V); Trine Holst (A)"),
 ("h3", "Afbud:"),
 ("p", "Michael Lind (V), Susanne Ravn (O)"),
 ("h2", "Pkt. 1. Godkendelse af dagsorden"),
 ("p", "Beslutning:\nGodkendt."),
 ("h2", "Pkt. 2. Regnskab 2014 for Region Sjælland"),
 ("p", "Sagsnummer: 15-002714"),
 ("h3", "Resumé"),
 ("p", "Regnskabet for 2014 viser et samlet mindreforbrug på sundhedsområdet på 41,2 mio. kr. og et merforbrug "
       "på det regionale udviklingsområde på 3,1 mio. kr. Forretningsudvalget har behandlet sagen den 15. juni 2015."),
 ("h3", "Indstilling"),
 ("p", "Administrationen indstiller, at\n1. regnskab 2014 godkendes og oversendes til revisionen, og\n"
       "2. mindreforbruget på sundhedsområdet overføres til 2015."),
 ("h3", "Forretningsudvalgets indstilling 15. juni 2015:"),
 ("p", "Anbefales."),
 ("p", "Beslutning:\n1. Godkendt.\n2. Godkendt, idet 10 mio. kr. dog reserveres til nedbringelse af ventelister i psykiatrien."),
 ("h2", "Pkt. 3. Forslag fra Enhedslisten om ophør af brug af vikarbureauer"),
 ("p", "Sagsnummer: 15-004101"),
 ("p", "Mette Boye (Ø) har i mail af 2. juni 2015 anmodet om, at følgende forslag optages på dagsordenen: "
       "Regionsrådet beslutter, at regionens sygehuse senest 1. januar 2016 ophører med at bruge vikarbureauer "
       "til sygeplejersker."),
 ("p", "Beslutning:\nForslaget blev sat under afstemning.\nFor stemte: Ø og F (2)\n"
       "Imod stemte: V, A, O, C og B (9)\nForslaget blev herefter forkastet."),
 ("h2", "Pkt. 4. Praksisplan for almen praksis 2015-2018"),
 ("p", "Sagsnummer: 14-018733"),
 ("h3", "Indstilling"),
 ("p", "Administrationen indstiller, at praksisplanen vedtages."),
 ("p", "Beslutning:\nUdsat. Sagen genoptages, når Praksisplanudvalget har behandlet høringssvarene fra kommunerne."),
 ("h2", "Pkt. 5. Orientering om akutberedskabet i Vestsjælland"),
 ("p", "Sagsnummer: 15-003390"),
 ("p", "Præhospital direktør Annette Lindholm orienterer om responstider for 1. kvartal 2015."),
 ("p", "Beslutning:\nTaget til efterretning. Gruppen fra Dansk Folkeparti ønskede ført til referat, at responstiderne "
       "i Kalundborg-området er uacceptable."),
 ("h2", "Pkt. 6. Lukket punkt – Erstatningssag"),
 ("p", "Beslutning:\nGodkendt."),
]
pdf(NAME, B, fur, columns=2, size=9, margins=(18, 18, 24, 18))
notes = ("Regional council referat (Region Sjælland-style, imitated) typeset in TWO COLUMNS on every page, small type; running header "
 "'REGION SJÆLLAND / Regionsrådet – Referat – 22. juni 2015', footer '– N –' (furniture). Items 'Pkt. N. Title', 'Sagsnummer: YY-NNNNNN', "
 "decision block 'Beslutning:' with the decision on the next line(s).\nHEADER: 'Mandag den 22. juni 2015 kl. 14.00' -> 2015-06-22, 14:00; "
 "end not printed. Location 'Regionshuset, Alléen 15, 4180 Sorø, mødesal 1'. Body 'Regionsrådet'.\nITEMS 1-6. Item 6 'Lukket punkt – "
 "Erstatningssag' -> title 'Erstatningssag', closed=true.\nDECISIONS: 1 approved. 2 split decision '1. Godkendt. 2. Godkendt, idet 10 mio. kr. "
 "dog reserveres ...' -> approved (first part's outcome); the 'Forretningsudvalgets indstilling 15. juni 2015: Anbefales.' block is the FU's "
 "recommendation (history), NOT this meeting's decision. 3 vote 'For stemte: Ø og F (2) / Imod stemte: V, A, O, C og B (9) / Forslaget blev "
 "herefter forkastet.' -> rejected; decision text from 'Forslaget blev sat under afstemning.' on. 4 'Udsat. ...' postponed. 5 'Taget til "
 "efterretning. Gruppen fra Dansk Folkeparti ønskede ført til referat ...' noted (the protocol note is part of the decision text). 6 approved.\n"
 "proposal_present: true for 2 and 4 ('Indstilling' blocks); 3 is a party motion ('følgende forslag') -> false per gold rule 6 (true defensible).\n"
 "CASE NUMBERS: Sagsnummer values 15-002714, 15-004101, 14-018733, 15-003390.\nPEOPLE: Fremmødte with party letters, roles as printed "
 "(regionsrådsformand, 1. næstformand, 2. næstformand; others 'medlem'); Afbud Michael Lind (V), Susanne Ravn (O) -> role afbud; Præhospital "
 "direktør Annette Lindholm.")
mem = [("Poul Hjortshøj", "A"), ("Karin Skovhus", "O"), ("Gitte Wagner", "F"), ("Holger Schou", "C"), ("Mette Boye", "Ø"),
       ("Lise Palm", "B"), ("Ole Husted", "V"), ("Trine Holst", "A")]
gold(NAME, notes, [D("referat", "Referat Regionsrådet", "Regionsrådet", "2015-06-22", "14:00", None, "Regionshuset, Alléen 15, 4180 Sorø, mødesal 1",
 people=[P("Jens Stendal", "regionsrådsformand", "V"), P("Jacob Juul", "1. næstformand", "V"), P("Kirsten Bundgaard", "2. næstformand", "A")]
        + [P(n, "medlem", p) for n, p in mem] + [P("Michael Lind", "afbud", "V"), P("Susanne Ravn", "afbud", "O"),
        P("Annette Lindholm", "Præhospital direktør")],
 items=[I(1, "Godkendelse af dagsorden", dec="Godkendt.", outcome="approved"),
        I(2, "Regnskab 2014 for Region Sjælland", ["15-002714"], prop=True,
          dec="1. Godkendt. 2. Godkendt, idet 10 mio. kr. dog reserveres til nedbringelse af ventelister i psykiatrien.", outcome="approved"),
        I(3, "Forslag fra Enhedslisten om ophør af brug af vikarbureauer", ["15-004101"],
          dec="Forslaget blev sat under afstemning. For stemte: Ø og F (2) Imod stemte: V, A, O, C og B (9) Forslaget blev herefter forkastet.", outcome="rejected"),
        I(4, "Praksisplan for almen praksis 2015-2018", ["14-018733"], prop=True,
          dec="Udsat. Sagen genoptages, når Praksisplanudvalget har behandlet høringssvarene fra kommunerne.", outcome="postponed"),
        I(5, "Orientering om akutberedskabet i Vestsjælland", ["15-003390"],
          dec="Taget til efterretning. Gruppen fra Dansk Folkeparti ønskede ført til referat, at responstiderne i Kalundborg-området er uacceptable.", outcome="noted"),
        I(6, "Erstatningssag", closed=True, dec="Godkendt.", outcome="approved")])])
