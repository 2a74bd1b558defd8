from lib import *
NAME = "hvidebaek-kommunalbestyrelse_beslutningsprotokol_1974-03-14.pdf"
fur = [(105, 285, "- {page} -", "c", "Courier", 10)]
P1 = """                         HVIDEBÆK KOMMUNE

               Kommunalbestyrelsens beslutningsprotokol


Møde torsdag den 14. marts 1974 kl. 19.30 på rådhuset i Ubby.

Fraværende: Gdr. Knud Aage Hansen (afbud).
Mødet lededes af borgmester Svend Jørgensen.


Pkt. 1.   Meddelelser.

          a. Borgmesteren oplyste, at amtsrådet har godkendt
             kommunens budget for 1974/75.
          b. Skrivelse af 4/3-74 fra Vestsjællands amtskommune
             om kollektiv trafik i kommunen.

          Til efterretning.


Pkt. 2.   Vandforsyning til Jerslev by - udvidelse af
          vandværket.
          J.nr. 13.02.00

          Teknisk udvalg indstiller, at der gives en
          anlægsbevilling på 385.000 kr. til udvidelse af
          Jerslev vandværk, og at udgiften finansieres ved
          optagelse af lån i Kommunernes Kreditforening.

          Vedtaget.


Pkt. 3.   Forslag fra Socialdemokratiet om gadebelysning
          på Skovvejen i Ubby.
          J.nr. 05.01.02

          Socialdemokratiets gruppe har foreslået, at der
          opsættes 14 gadelamper på Skovvejen på strækningen
          fra skolen til Ubby Stationsvej. Udgiften er anslået
          til 62.000 kr. Økonomiudvalget kan ikke anbefale
          forslaget, da beløbet ikke er optaget på budgettet.

          Forslaget blev sat under afstemning.
          For stemte 4 (Anna Lise Petersen, Holger Nielsen,
          Erik Madsen og Inge Kofoed).
          Imod stemte 9.
          Forslaget forkastet.
"""
P2 = """Pkt. 4.   Ansøgning fra Ubby Boldklub om tilskud til nyt
          klubhus.
          J.nr. 18.15.00

          Kultur- og fritidsudvalget har ikke færdigbehandlet
          sagen.

          Sagen udsat.


Pkt. 5.   Ændring af takster for ældreboligerne på
          Kirkestræde.
          J.nr. 03.02.12

          Økonomiudvalget indstiller, at huslejen fra
          1. april 1974 forhøjes med 8 pct.

          Vedtaget med 12 stemmer. 1 undlod at stemme
          (Inge Kofoed).


Pkt. 6.   (Lukket møde) Personalesag.

          Vedtaget.


Mødet hævet kl. 21.45.


          Svend Jørgensen            Anna Lise Petersen
          Holger Nielsen             Erik Madsen
          Inge Kofoed                Poul Frederiksen
          Jens Peter Sørensen        Karen Ravn
          Niels Kristian Holm        Bent Olsen
          Ejvind Kjær                Henning Bach
          Svend Aage Lund

                                   /Aage Mogensen
                                     sekretær
"""
B = [("mono", P1), ("pb",), ("mono", P2)]
pdf(NAME, B, fur, font="Courier", size=10, margins=(22, 15, 20, 20))
notes = ("Typewritten beslutningsprotokol of a 1970s kommunalbestyrelse (Hvidebæk Kommune, 1970-2006), Courier, "
 "centred page number '- N -'; items 'Pkt. N.' with the text indented under the title; no meeting system.\n"
 "HEADER: 'Møde torsdag den 14. marts 1974 kl. 19.30 på rådhuset i Ubby.' -> date 1974-03-14, start 19:30, location "
 "'rådhuset i Ubby' (without 'på'). End 21:45 from 'Mødet hævet kl. 21.45.' Body 'Kommunalbestyrelsen' (the protocol is "
 "'Kommunalbestyrelsens beslutningsprotokol'; 'Hvidebæk Kommune' or 'Hvidebæk Kommunalbestyrelse' equally good).\n"
 "ITEMS: titles joined over their wrapped lines ('Vandforsyning til Jerslev by - udvidelse af vandværket.'), final dot kept "
 "(the scorer ignores it). Item 1's a./b. are sub-points of Meddelelser, not items. Item 6 '(Lukket møde) Personalesag.' -> "
 "title 'Personalesag.', closed=true.\nCASE NUMBERS: 'J.nr.' lines under items 2-5 (KLE numbers 13.02.00 etc.); 'J.nr.' is a "
 "Sagsnr.-like label per the guide. 'Skrivelse af 4/3-74' is a date, not a case.\nDECISIONS: 1 'Til efterretning.' noted; "
 "2 'Vedtaget.' approved; 3 vote 4 for / 9 against, 'Forslaget forkastet.' rejected (decision text = the vote lines and "
 "'Forslaget forkastet.'); 4 'Sagen udsat.' postponed; 5 'Vedtaget med 12 stemmer. 1 undlod at stemme (Inge Kofoed).' approved; "
 "6 'Vedtaget.' approved.\nproposal_present: true for 2 ('Teknisk udvalg indstiller') and 5 ('Økonomiudvalget indstiller'); "
 "3 is a party proposal ('Forslag fra Socialdemokratiet', it argues and the committee cannot recommend it) -> false per gold rule 6 "
 "(a reader could say true since a concrete motion was voted on).\nPEOPLE: Knud Aage Hansen role afbud ('Fraværende: Gdr. ... (afbud)'; "
 "'fraværende' equally good; 'Gdr.' is an occupation, not a role), borgmester Svend Jørgensen, then the 12 other signatories (role null; Svend Jørgensen also signs first), "
 "and Aage Mogensen who signs as sekretær (not a member). No party letters in the document.")
sig = ["Anna Lise Petersen", "Holger Nielsen", "Erik Madsen", "Inge Kofoed", "Poul Frederiksen", "Jens Peter Sørensen",
       "Karen Ravn", "Niels Kristian Holm", "Bent Olsen", "Ejvind Kjær"]
people = [P("Knud Aage Hansen", "afbud"), P("Svend Jørgensen", "borgmester")] + [P(n) for n in sig] + \
         [P("Henning Bach"), P("Svend Aage Lund"), P("Aage Mogensen", "sekretær")]
gold(NAME, notes, [D("referat", "Kommunalbestyrelsens beslutningsprotokol", "Kommunalbestyrelsen", "1974-03-14", "19:30", "21:45",
 "rådhuset i Ubby", people=people,
 items=[I(1, "Meddelelser.", dec="Til efterretning.", outcome="noted"),
        I(2, "Vandforsyning til Jerslev by - udvidelse af vandværket.", ["13.02.00"], prop=True, dec="Vedtaget.", outcome="approved"),
        I(3, "Forslag fra Socialdemokratiet om gadebelysning på Skovvejen i Ubby.", ["05.01.02"],
          dec="Forslaget blev sat under afstemning. For stemte 4 (Anna Lise Petersen, Holger Nielsen, Erik Madsen og Inge Kofoed). Imod stemte 9. Forslaget forkastet.",
          outcome="rejected"),
        I(4, "Ansøgning fra Ubby Boldklub om tilskud til nyt klubhus.", ["18.15.00"], dec="Sagen udsat.", outcome="postponed"),
        I(5, "Ændring af takster for ældreboligerne på Kirkestræde.", ["03.02.12"], prop=True,
          dec="Vedtaget med 12 stemmer. 1 undlod at stemme (Inge Kofoed).", outcome="approved"),
        I(6, "Personalesag.", closed=True, dec="Vedtaget.", outcome="approved")])])
