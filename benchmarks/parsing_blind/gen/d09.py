from lib import *
NAME = "tjele-sogneraad_forhandlingsprotokol_1952.txt"
T = """Aar 1952, den 14. Januar Kl. 19½ afholdt Sogneraadet Møde i Skolen i Nørre Tjele.
Fraværende: Gaardejer Jens Kr. Bach (Sygdom).

1. Ansøgning fra Enke Marie Poulsen, Vammen, om Hjælp til Brændsel.
   Bevilget 75 Kr. af Kommunekassen.

2. Skrivelse fra Viborg Amtsraad angaaende Vedligeholdelse af Bivejen Vammen - Tjele Langsø.
   Taget til Efterretning.

3. Valg af Formand for Ligningskommissionen.
   Valgt blev Lærer H. C. Winther.

4. Forslag om Anskaffelse af ny Sprøjte til Sprøjtehuset i Løvskal.
   Udsat til næste Møde, idet Brandinspektøren skal udtale sig.

Mødet hævet.
          Chr. Dalsgaard, Formand
          A. Kjeldsen   Niels Overgaard   P. Brix
          Søren Kjær   Anton Mikkelsen



Aar 1952, den 11. Februar Kl. 20 afholdt Sogneraadet Møde i Skolen i Nørre Tjele.
Alle Medlemmer var til Stede.

1. Forslaget om ny Sprøjte til Sprøjtehuset i Løvskal, jfr. Mødet d. 14/1.
   Brandinspektør Vestergaard havde anbefalet Anskaffelsen.
   Vedtoges med 6 Stemmer mod 1 (Niels Overgaard).

2. Budget for Aaret 1952-53, 2. Behandling.
   Budgettet vedtoges. Skatteprocenten fastsattes til 9,8.

3. Andragende fra Gaardejer Søren Pedersen, Tjele Langsø, om Nedsættelse af Skatten.
   Andragendet kunde ikke imødekommes.

Mødet hævet.
          Chr. Dalsgaard, Formand
          A. Kjeldsen   Niels Overgaard   P. Brix
          Søren Kjær   Anton Mikkelsen   Jens Kr. Bach
"""
text(NAME, T, encoding="latin-1")
notes = ("Typed transcription of a 1950s sogneraad forhandlingsprotokol (Tjele Sogneraad), latin-1 (ISO-8859-1) encoded, two meetings; "
 "old spelling kept (aa for å, capitalised nouns) although written after the 1948 reform, as rural minute books often were. Items ARE "
 "numbered here (1., 2., ...), unlike the 1940s Elev book.\nDOCUMENTS: one per meeting (each opens 'Aar 1952, den ... afholdt Sogneraadet "
 "Møde' and ends with signatures). Titles: the opening sentence. Body 'Sogneraadet' (printed; 'Tjele Sogneraad' is not printed as such, "
 "the parish is only implied by the place; the scorer accepts a body containing 'Sogneraadet').\nHEADER: D1 'Aar 1952, den 14. Januar "
 "Kl. 19½' -> 1952-01-14, start 19:30 ('19½' = half past seven; a reader reads it so; a parser that gives null has missed it). D2 "
 "1952-02-11, start 20:00 ('Kl. 20'). Location 'Skolen i Nørre Tjele' (after 'Møde i'). End: not printed ('Mødet hævet.' without a time).\n"
 "DECISIONS: D1-1 'Bevilget 75 Kr. af Kommunekassen.' approved; D1-2 'Taget til Efterretning.' noted; D1-3 election 'Valgt blev Lærer "
 "H. C. Winther.' -> other; D1-4 'Udsat til næste Møde, ...' postponed. D2-1 'Brandinspektør Vestergaard havde anbefalet Anskaffelsen. "
 "Vedtoges med 6 Stemmer mod 1 (Niels Overgaard).' -> approved; decision text the 'Vedtoges ...' line (the first line is background); "
 "D2-2 'Budgettet vedtoges. Skatteprocenten fastsattes til 9,8.' approved; D2-3 'Andragendet kunde ikke imødekommes.' -> rejected.\n"
 "proposal_present: true for D1-4 and D2-1 (a 'Forslag om ...' put to the council and voted on in D2-1), false elsewhere (requests and "
 "letters are not proposals; a reader could call D1-4 false as it only names the matter).\nCASE NUMBERS: none. 'd. 14/1' is a date.\n"
 "PEOPLE per document: D1 Jens Kr. Bach (role fraværende), Marie Poulsen (Enke = widow, not a role), H. C. Winther (elected 'Formand for "
 "Ligningskommissionen'), signatories Chr. Dalsgaard (Formand), A. Kjeldsen, Niels Overgaard, P. Brix, Søren Kjær, Anton Mikkelsen. "
 "D2: Vestergaard (Brandinspektør, surname only), Niels Overgaard, Søren Pedersen, signatories incl. Jens Kr. Bach. 'Gaardejer' and 'Lærer' "
 "are occupations, not roles.")
sig = ["A. Kjeldsen", "Niels Overgaard", "P. Brix", "Søren Kjær", "Anton Mikkelsen"]
gold(NAME, notes, [
 D("referat", "Aar 1952, den 14. Januar Kl. 19½ afholdt Sogneraadet Møde i Skolen i Nørre Tjele.", "Sogneraadet", "1952-01-14", "19:30", None,
   "Skolen i Nørre Tjele",
   people=[P("Jens Kr. Bach", "fraværende"), P("Marie Poulsen"), P("H. C. Winther", "formand for Ligningskommissionen"),
           P("Chr. Dalsgaard", "Formand")] + [P(n) for n in sig],
   items=[I(1, "Ansøgning fra Enke Marie Poulsen, Vammen, om Hjælp til Brændsel.", dec="Bevilget 75 Kr. af Kommunekassen.", outcome="approved"),
          I(2, "Skrivelse fra Viborg Amtsraad angaaende Vedligeholdelse af Bivejen Vammen - Tjele Langsø.", dec="Taget til Efterretning.", outcome="noted"),
          I(3, "Valg af Formand for Ligningskommissionen.", dec="Valgt blev Lærer H. C. Winther.", outcome="other"),
          I(4, "Forslag om Anskaffelse af ny Sprøjte til Sprøjtehuset i Løvskal.", prop=True,
            dec="Udsat til næste Møde, idet Brandinspektøren skal udtale sig.", outcome="postponed")]),
 D("referat", "Aar 1952, den 11. Februar Kl. 20 afholdt Sogneraadet Møde i Skolen i Nørre Tjele.", "Sogneraadet", "1952-02-11", "20:00", None,
   "Skolen i Nørre Tjele",
   people=[P("Vestergaard", "Brandinspektør"), P("Niels Overgaard"), P("Søren Pedersen"), P("Chr. Dalsgaard", "Formand"),
           P("A. Kjeldsen"), P("P. Brix"), P("Søren Kjær"), P("Anton Mikkelsen"), P("Jens Kr. Bach")],
   items=[I(1, "Forslaget om ny Sprøjte til Sprøjtehuset i Løvskal, jfr. Mødet d. 14/1.", prop=True,
            dec="Vedtoges med 6 Stemmer mod 1 (Niels Overgaard).", outcome="approved"),
          I(2, "Budget for Aaret 1952-53, 2. Behandling.", dec="Budgettet vedtoges. Skatteprocenten fastsattes til 9,8.", outcome="approved"),
          I(3, "Andragende fra Gaardejer Søren Pedersen, Tjele Langsø, om Nedsættelse af Skatten.", dec="Andragendet kunde ikke imødekommes.", outcome="rejected")])])
