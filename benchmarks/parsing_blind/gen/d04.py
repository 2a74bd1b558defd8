from lib import *
NAME = "vestre-skole-skolebestyrelse_referat_2009-09-22.txt"
T = """Vestre Skole – Skolebestyrelsen

Referat af skolebestyrelsesmøde
Dato: tirsdag d. 22/9-2009, kl. 19.00 – 21.30
Sted: Personalerummet, Vestre Skole

Til stede:
Forældrerepræsentanter: Henrik Dahl (formand), Susanne Kirk (næstformand), Lars Bøgh, Mette Vinther, Rasmus Åkjær
Medarbejderrepræsentanter: Birgitte Nørgaard, Kim Lauridsen
Elevrepræsentanter: Sofie (8.b), Mikkel (9.a)
Skoleleder Torben Friis, viceskoleleder Helle Damgaard (referent)

Fraværende: Lars Bøgh

Dagsorden:
1) Godkendelse af referat fra d. 18/8
2) Principper for lektiecafé
3) Skolens økonomi – status
4) Trivselsundersøgelsen 2009
5) Meddelelser fra elevrådet
6) Evt.

__________________________________________________

Ad 1) Godkendelse af referat fra d. 18/8
Referatet blev godkendt uden ændringer.

Ad 2) Principper for lektiecafé
Skolelederen havde udsendt et udkast til principper for skolens
lektiecafé (bilag 1). Der var enighed om, at lektiecaféen skal være
et frivilligt tilbud til alle elever fra 3. til 9. klasse, og at den
bemandes af lærere – ikke af forældre.
Beslutning: Bestyrelsen vedtog principperne med en enkelt rettelse
i afsnit 3 (”mindst to gange om ugen”).

Ad 3) Skolens økonomi – status
Torben Friis gennemgik forbruget pr. 31/8. Der forventes et
mindreforbrug på ca. 120.000 kr., som overføres til 2010.
Beslutning: Taget til efterretning.

Ad 4) Trivselsundersøgelsen 2009
Resultaterne blev fremlagt. Trivslen i udskolingen er faldet
siden 2008, især i 8. årgang.
Beslutning: Drøftet. Punktet tages op igen på mødet i november,
hvor klasselærerne for 8. årgang deltager.

Ad 5) Meddelelser fra elevrådet
Elevrådet ønsker, at der bliver opsat en ekstra drikkevandshane
i skolegården. Skolelederen undersøger prisen.

Ad 6) Evt.
Susanne Kirk gjorde opmærksom på, at skolens hjemmeside
mangler datoer for forældremøder.

Næste møde: tirsdag d. 27/10-2009 kl. 19.00.

Ref.: Helle Damgaard
"""
text(NAME, T, encoding="cp1252", newline="\r\n")
notes = ("Plain text minutes of a skolebestyrelse, saved from Word as ANSI: cp1252 with CRLF line ends; the en dash '–' (0x96) and "
 "typographic quotes '”' (0x94) are cp1252-only bytes, so latin-1 decoding gives control characters.\n"
 "HEADER: 'tirsdag d. 22/9-2009, kl. 19.00 – 21.30' -> 2009-09-22, 19:00-21:30. Location 'Personalerummet, Vestre Skole'. "
 "Body 'Skolebestyrelsen' (of Vestre Skole; 'Vestre Skole – Skolebestyrelsen' or 'Skolebestyrelsen, Vestre Skole' equally good). "
 "'Næste møde: tirsdag d. 27/10-2009' is NOT this meeting's date. 'referat fra d. 18/8' refers to the previous meeting.\n"
 "ITEMS: the 'Dagsorden:' list at the top is a table of contents (not separate items); items are the 'Ad N)' sections, number "
 "'N', title as printed after 'Ad N)'. Item 6 title 'Evt.' (abbreviation for Eventuelt, kept verbatim).\n"
 "DECISIONS: 1 'Referatet blev godkendt uden ændringer.' approved (no label; the sentence under the title); 2 after 'Beslutning:' "
 "-> approved; 3 'Taget til efterretning.' noted; 4 'Drøftet. Punktet tages op igen ...' -> discussed (postponed defensible); "
 "5 and 6: no decision recorded (information, the skoleleder 'undersøger prisen' is an action, not a decision) -> null "
 "(a reader might call 5 noted).\nproposal_present false everywhere (item 2's udkast is a document, not an Indstilling block; "
 "true defensible).\nCASE NUMBERS: none.\nPEOPLE: all named adults and the two pupils with first names only (Sofie, Mikkel; role "
 "elevrepræsentant). Roles: formand, næstformand as printed; other parents 'forældrerepræsentant', staff 'medarbejderrepræsentant' "
 "from the sub-list headings; Torben Friis skoleleder; Helle Damgaard viceskoleleder (also referent). Lars Bøgh is listed under "
 "'Til stede' AND under 'Fraværende' (a real template slip): listed once, role 'fraværende' wins as the later, specific statement.")
gold(NAME, notes, [D("referat", "Referat af skolebestyrelsesmøde", "Skolebestyrelsen", "2009-09-22", "19:00", "21:30",
 "Personalerummet, Vestre Skole",
 people=[P("Henrik Dahl", "formand"), P("Susanne Kirk", "næstformand"), P("Lars Bøgh", "fraværende"),
         P("Mette Vinther", "forældrerepræsentant"), P("Rasmus Åkjær", "forældrerepræsentant"),
         P("Birgitte Nørgaard", "medarbejderrepræsentant"), P("Kim Lauridsen", "medarbejderrepræsentant"),
         P("Sofie", "elevrepræsentant"), P("Mikkel", "elevrepræsentant"), P("Torben Friis", "skoleleder"),
         P("Helle Damgaard", "viceskoleleder")],
 items=[I(1, "Godkendelse af referat fra d. 18/8", dec="Referatet blev godkendt uden ændringer.", outcome="approved"),
        I(2, "Principper for lektiecafé", dec="Bestyrelsen vedtog principperne med en enkelt rettelse i afsnit 3 (”mindst to gange om ugen”).", outcome="approved"),
        I(3, "Skolens økonomi – status", dec="Taget til efterretning.", outcome="noted"),
        I(4, "Trivselsundersøgelsen 2009", dec="Drøftet. Punktet tages op igen på mødet i november, hvor klasselærerne for 8. årgang deltager.", outcome="discussed"),
        I(5, "Meddelelser fra elevrådet"),
        I(6, "Evt.")])])
