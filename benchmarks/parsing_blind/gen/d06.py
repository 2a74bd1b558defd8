from lib import *
NAME = "gladsaxe-oeu_indstilling_groen-pulje_2023-04-03.pdf"
fur = [(22, 287, "GLADSAXE KOMMUNE", "l", "Helvetica-Bold", 9),
       (22, 283, "By- og Miljøforvaltningen", "l", "Helvetica", 8),
       (188, 12, "{page}/{pages}", "r", "Helvetica", 8)]
B = [
 ("table", [["", "Dato: 3. april 2023\nSags-id: 23-004512\nDokument-id: 23-004512-7\nSagsbehandler: Mette Lorentzen\nDirekte tlf.: 39 57 52 31"]],
  [95, 70], {"grid": False}),
 ("h2", "Indstilling til Økonomiudvalget"),
 ("h1", "Udmøntning af puljen til grøn omstilling 2023"),
 ("h3", "Resumé"),
 ("p", "Byrådet afsatte i budget 2023 4,5 mio. kr. til en pulje til grøn omstilling. Puljen er søgt af 14 "
       "projekter. Administrationen anbefaler, at der gives tilskud til 6 projekter inden for rammen."),
 ("h3", "Administrationen anbefaler, at"),
 ("ind", "1. der gives tilskud til de 6 projekter, der fremgår af bilag 1, med i alt 4,38 mio. kr.,"),
 ("ind", "2. restbeløbet på 0,12 mio. kr. overføres til puljen i 2024, og"),
 ("ind", "3. administrationen følger op på projekterne i en samlet status i foråret 2024."),
 ("h3", "Sagsfremstilling"),
 ("p", "Puljen blev annonceret den 1. februar 2023 med ansøgningsfrist den 10. marts 2023. Der er kommet 14 "
       "ansøgninger fra boligforeninger, idrætsforeninger og institutioner med et samlet ansøgt beløb på 9,7 mio. kr."),
 ("p", "Ansøgningerne er vurderet efter kriterierne i puljens retningslinjer: CO2-reduktion pr. kr., "
       "synlighed for borgerne og mulighed for at gentage projektet andre steder i kommunen. Projektet "
       "'Solceller på Bagsværd Svømmehal' (tidligere behandlet på sag 22-019877) indgår ikke, da det "
       "finansieres af energipuljen."),
 ("h3", "Økonomi"),
 ("p", "Sagen har ingen konsekvenser for kommunens samlede økonomi. Tilskuddene afholdes inden for "
       "puljens ramme på 4,5 mio. kr. på konto 0.55.70."),
 ("h3", "Kommunikation"),
 ("p", "Ansøgerne får svar senest 14 dage efter Økonomiudvalgets beslutning."),
 ("h3", "Bilag"),
 ("p", "1. Oversigt over ansøgninger og vurdering (dok. 23-004512-5)\n2. Retningslinjer for puljen til grøn omstilling"),
 ("sp", 14),
 ("p", "Kim Andersen\nDirektør for By og Miljø"),
]
pdf(NAME, B, fur, margins=(22, 22, 28, 22))
notes = ("WorkZone-style indstilling (imitated): a single indstilling to Økonomiudvalget, no agenda items. Metadata block top right "
 "'Dato: 3. april 2023 / Sags-id: 23-004512 / Dokument-id: 23-004512-7 / Sagsbehandler ...'. Running header 'GLADSAXE KOMMUNE / By- og "
 "Miljøforvaltningen', footer 'N/M' (furniture).\nKIND indstilling; title 'Udmøntning af puljen til grøn omstilling 2023' (the subject line; "
 "'Indstilling til Økonomiudvalget' is the document type line). Body 'Økonomiudvalget' (the addressee decision maker, as the seed gold does "
 "for an indstilling to the Rådmandsmøde). Date 2023-04-03. No time/location.\nCASE NUMBERS: 'Sags-id: 23-004512' only. NOT cases: "
 "'Dokument-id: 23-004512-7' and 'dok. 23-004512-5' (document ids, although they extend the case id), 'sag 22-019877' in the prose "
 "(a reference to another case without a label; excluded per the label rule, though a reader might list it), 'konto 0.55.70' (an "
 "account).\nITEMS: none. The numbered recommendation points 1.-3. ('Administrationen anbefaler, at') and the numbered Bilag list "
 "are NOT agenda items (trap). The proposal is the 'Administrationen anbefaler, at' block.\nPEOPLE: Mette Lorentzen "
 "(Sagsbehandler), Kim Andersen (Direktør for By og Miljø, the signatory).")
gold(NAME, notes, [D("indstilling", "Udmøntning af puljen til grøn omstilling 2023", "Økonomiudvalget", "2023-04-03",
 cases=["23-004512"], people=[P("Mette Lorentzen", "Sagsbehandler"), P("Kim Andersen", "Direktør for By og Miljø")])])
