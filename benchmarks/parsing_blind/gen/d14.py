from lib import *
NAME = "skive-socialudvalg_beslutningsprotokol_1987-04-03.pdf"
fur = [(188, 287, "Socialudvalget d. 3/4-1987", "r", "Courier", 9), (105, 12, "Blad {page}", "c", "Courier", 9)]
P1 = """SKIVE KOMMUNE
SOCIALUDVALGET

BESLUTNINGSPROTOKOL

Mødet afholdt fredag d. 3/4-1987 kl. 13.00 i udvalgsværelset,
Skive Rådhus.

Til stede: Birthe Nørskov (formand), Arne Kallestrup,
Gunnar Vang, Else Marie Tange og Jens Hviid.
Socialdirektør Kaj Blicher var til stede under mødet.

Fraværende med afbud: Ingen.


Sag nr. 41       Godkendelse af dagsorden.

                 Godkendt.

Sag nr. 42       Revision af takster for hjemmehjælp 1987.
                 J.nr. 82.05.04

                 Socialforvaltningen foreslår, at timeprisen for
                 hjemmehjælp til pensionister med indtægt over
                 grundbeløbet forhøjes fra 38 kr. til 41 kr.

                 Udvalget anbefaler forslaget overfor Økonomi-
                 udvalget og Byrådet.

Sag nr. 43       Etablering af værested for sindslidende i
                 Nørregade.
                 J.nr. 82.13.01

                 Amtskommunen har tilbudt at betale 50 pct. af
                 driften i 3 år.

                 Oversendes til Økonomiudvalget til behandling
                 i forbindelse med budget 1988.
"""
P2 = """Sag nr. 44       Orientering om antallet af kontanthjælps-
                 modtagere 1. kvartal 1987.

                 Til efterretning.

Sag nr. 45       Ansøgning om enkeltydelse til tandbehandling,
                 CPR-nr. 120345-1234.
                 (Lukket sag)
                 J.nr. 32.18.02

                 Bevilget med 4.800 kr. efter bistandslovens
                 § 42, stk. 1. Jens Hviid stemte imod.

Sag nr. 46       Eventuelt.

                 Formanden orienterede om KL's socialkonference
                 i Nyborg 7.-8. maj.


Mødet sluttede kl. 15.20.

Birthe Nørskov    Arne Kallestrup    Gunnar Vang
Else Marie Tange  Jens Hviid
"""
B = [("mono", P1), ("pb",), ("mono", P2)]
pdf(NAME, B, fur, font="Courier", size=10, margins=(25, 15, 22, 20))
notes = ("Typed 1980s beslutningsprotokol of a Socialudvalg (typewriter/early word processor, Courier), items 'Sag nr. 41' ... 'Sag nr. 46' in "
 "a left margin column with the text indented; running header 'Socialudvalget d. 3/4-1987' and footer 'Blad N' (furniture).\n"
 "CPR: item 45's title line prints 'CPR-nr. 120345-1234' (page 2, 'Sag nr. 45'). The parser must never store it. The gold title gives the "
 "masked form '... tandbehandling, CPR-nr. [CPR].' since the number may not be stored anywhere; a parser that masks it in another way still "
 "matches by title similarity.\nHEADER: 'fredag d. 3/4-1987 kl. 13.00' -> 1987-04-03 (day before month), start 13:00; end 15:20 from "
 "'Mødet sluttede kl. 15.20.'. Location 'udvalgsværelset, Skive Rådhus'. Body 'Socialudvalget'.\nITEMS: numbers '41'-'46' (the number after "
 "'Sag nr.'), titles joined over wrapped lines with the line-break hyphen removed ('kontanthjælps-/modtagere' -> 'kontanthjælpsmodtagere'). "
 "Item 45 '(Lukket sag)' -> closed=true.\nCASE NUMBERS: 'J.nr.' lines (82.05.04, 82.13.01, 32.18.02). 'Sag nr. 41' etc. are item numbers "
 "(meeting-sequence numbers), NOT case numbers, despite the word 'Sag' (trap).\nDECISIONS: 41 'Godkendt.' approved; 42 'Udvalget anbefaler "
 "forslaget overfor Økonomiudvalget og Byrådet.' recommended (line-break hyphen 'Økonomi-/udvalget' joined); 43 'Oversendes til "
 "Økonomiudvalget til behandling ...' referred; 44 'Til efterretning.' noted; 45 'Bevilget med 4.800 kr. efter bistandslovens § 42, stk. 1. "
 "Jens Hviid stemte imod.' approved; 46: only an orientation, no decision -> null (noted defensible).\nproposal_present: 42 true "
 "('Socialforvaltningen foreslår, at'), all others false.\nPEOPLE: Til stede with role formand for Birthe Nørskov, others 'medlem' "
 "('deltager' equally good), Socialdirektør Kaj Blicher. No party letters. No one absent ('Ingen').")
gold(NAME, notes, [D("referat", "Beslutningsprotokol Socialudvalget", "Socialudvalget", "1987-04-03", "13:00", "15:20", "udvalgsværelset, Skive Rådhus",
 people=[P("Birthe Nørskov", "formand"), P("Arne Kallestrup", "medlem"), P("Gunnar Vang", "medlem"), P("Else Marie Tange", "medlem"),
         P("Jens Hviid", "medlem"), P("Kaj Blicher", "Socialdirektør")],
 items=[I(41, "Godkendelse af dagsorden.", dec="Godkendt.", outcome="approved"),
        I(42, "Revision af takster for hjemmehjælp 1987.", ["82.05.04"], prop=True,
          dec="Udvalget anbefaler forslaget overfor Økonomiudvalget og Byrådet.", outcome="recommended"),
        I(43, "Etablering af værested for sindslidende i Nørregade.", ["82.13.01"],
          dec="Oversendes til Økonomiudvalget til behandling i forbindelse med budget 1988.", outcome="referred"),
        I(44, "Orientering om antallet af kontanthjælpsmodtagere 1. kvartal 1987.", dec="Til efterretning.", outcome="noted"),
        I(45, "Ansøgning om enkeltydelse til tandbehandling, CPR-nr. [CPR].", ["32.18.02"], closed=True,
          dec="Bevilget med 4.800 kr. efter bistandslovens § 42, stk. 1. Jens Hviid stemte imod.", outcome="approved"),
        I(46, "Eventuelt.")])])
