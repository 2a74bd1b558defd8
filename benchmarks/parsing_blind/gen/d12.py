from lib import *
NAME = "odsherred-notat_skolestruktur-elevtal_2023-04-03.pdf"
fur = [(22, 287, "Odsherred Kommune · Center for Dagtilbud og Skole", "l", "Helvetica", 8),
       (188, 287, "J.nr. 17.01.00-P20-2-23", "r", "Helvetica", 8),
       (22, 12, "NOTAT · 2023-04-03", "l", "Helvetica", 7), (188, 12, "Side {page} af {pages}", "r", "Helvetica", 7)]
B = [
 ("h1", "NOTAT"),
 ("table", [["Emne:", "Elevtalsprognose og kapacitet på skolerne 2023-2033"],
            ["Til:", "Børne- og Skoleudvalget"],
            ["Fra:", "Center for Dagtilbud og Skole, analysekonsulent Rikke Holmgaard"],
            ["Dato:", "2023-04-03"],
            ["J.nr.:", "17.01.00-P20-2-23"]], [25, 140], {"grid": False}),
 ("h2", "1. Formål"),
 ("p", "Notatet belyser elevtalsudviklingen på kommunens syv folkeskoler frem mod skoleåret 2033/34 som grundlag "
       "for udvalgets drøftelse af skolestrukturen på mødet 2023-04-19."),
 ("h2", "2. Elevtal"),
 ("p", "Prognosen er udarbejdet 2023-02-15 på grundlag af befolkningsprognosen fra januar 2023. Samlet forventes "
       "et fald på 11 pct. i antallet af elever frem mod 2033."),
 ("table", [["Skole", "2023/24", "2028/29", "2033/34"],
            ["1. Nykøbing Skole", "612", "574", "541"], ["2. Asnæs Skole", "488", "455", "430"],
            ["3. Vig Skole", "402", "371", "350"], ["4. Fårevejle Skole", "211", "188", "169"],
            ["5. Grevinge Skole", "176", "160", "151"], ["6. Højby Skole", "305", "290", "276"],
            ["7. Nørre Asmindrup Skole", "142", "121", "109"], ["I alt", "2.336", "2.159", "2.026"]], [70, 30, 30, 30], {"head": True}),
 ("h2", "3. Kapacitet"),
 ("p", "Fårevejle Skole og Nørre Asmindrup Skole vil fra 2028 have under ét spor på flere årgange. Det giver "
       "udfordringer med at sikre linjefagsdækning, jf. notat af 2022-11-08 til udvalget (sag 22-031447)."),
 ("h2", "4. Videre proces"),
 ("p", "Administrationen udarbejder scenarier for en ny skolestruktur til udvalgets møde i juni. Skolebestyrelserne "
       "inddrages, jf. aftale med formand for Børne- og Skoleudvalget Lone Bech."),
 ("sp", 10),
 ("p", "Rikke Holmgaard\nAnalysekonsulent"),
]
pdf(NAME, B, fur, margins=(22, 22, 28, 22))
notes = ("Standalone NOTAT (memo) to a committee, with a label/value header table (Emne / Til / Fra / Dato / J.nr.), ISO dates throughout "
 "(2023-04-03, 2023-04-19, 2023-02-15, 2022-11-08), running header with the J.nr. and footer 'NOTAT · 2023-04-03 / Side N af M'.\nKIND notat, "
 "title = the 'Emne:' line 'Elevtalsprognose og kapacitet på skolerne 2023-2033'. Body 'Børne- og Skoleudvalget' (the 'Til:' addressee; null "
 "defensible since it is not a meeting of that committee). Date 2023-04-03 ('Dato:'; NOT 2023-04-19 = the meeting it is written for, not "
 "2023-02-15, not 2022-11-08).\nITEMS: none. The numbered headings '1. Formål' ... '4. Videre proces' are sections, and the numbered table rows "
 "'1. Nykøbing Skole' ... '7. Nørre Asmindrup Skole' are table rows: neither are agenda items (trap).\nCASE NUMBERS: 'J.nr.: 17.01.00-P20-2-23' only. "
 "'sag 22-031447' in prose has no Sagsnr. label -> excluded (a reader might include it; noted as a judgement call).\nPEOPLE: Rikke Holmgaard "
 "(analysekonsulent), Lone Bech (formand for Børne- og Skoleudvalget).")
gold(NAME, notes, [D("notat", "Elevtalsprognose og kapacitet på skolerne 2023-2033", "Børne- og Skoleudvalget", "2023-04-03",
 cases=["17.01.00-P20-2-23"], people=[P("Rikke Holmgaard", "analysekonsulent"), P("Lone Bech", "formand for Børne- og Skoleudvalget")])])
