import random, sys
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from lib import *

REL = "faaborg-midtfyn-handicapraad-2021/handicapraadet_referat_2021-03-09.pdf"
S = styles("LibSerif", 11)

story = [P("Faaborg-Midtfyn Kommune", S["small"]), Spacer(1, 4*mm),
         P("Referat fra møde i Handicaprådet", S["h1"]),
         P("Tirsdag den 9. marts 2021 kl. 16.00-18.00", S["p"]),
         P("Sted: Virtuelt møde via Teams", S["p"]),
         P("Deltagere: Ole Bak Hansen (formand, DH), Lise Holm (DH), Per Smed (DH), Annette Sørup (DH), "
           "byrådsmedlem Karina Fjord (V), byrådsmedlem Jesper Kragh (A), centerchef Torben Ravn (Social og Sundhed)", S["p"]),
         P("Afbud: Bjarne Toft (DH), byrådsmedlem Susanne Mørk (C)", S["p"]),
         P("Referent: Mette Kjær, sekretariatet", S["p"]), Spacer(1, 4*mm)]

items = [
 ("1", "Godkendelse af dagsorden", None, "Godkendt.", "approved"),
 ("2", "Godkendelse af referat fra mødet den 26. januar 2021", None, "Godkendt uden bemærkninger.", "approved"),
 ("3", "Høring: Kvalitetsstandard for hjælpemidler 2021",
  "Kommunen har sendt forslag til kvalitetsstandard for hjælpemidler i høring med frist den 22. marts 2021. "
  "Centerchef Torben Ravn gennemgik de væsentligste ændringer, bl.a. nye regler for genbrug af kørestole og ændrede frister for sagsbehandlingen.",
  "Handicaprådet drøftede kvalitetsstandarden og afgiver høringssvar. Formanden udarbejder et udkast, som rundsendes til rådet senest den 16. marts.", "discussed"),
 ("4", "Orientering om tilgængelighed ved den nye rådhusplads i Ringe",
  "Byggeriet af den nye plads er gået i gang. Der er indarbejdet ledelinjer og niveaufri adgang til alle indgange.",
  "Orienteringen blev taget til efterretning. Rådet ønsker en besigtigelse, når pladsen står færdig.", "noted"),
 ("5", "Evaluering af handicappolitikken 2018-2021",
  "Sekretariatet har bedt om rådets input til evalueringen af den gældende handicappolitik.",
  "Punktet udsættes til næste møde, da materialet ikke var udsendt i tide.", "postponed"),
 ("6", "Tilskud til handicapidræt - puljen for 2022",
  "Kultur- og Fritidsudvalget har bedt Handicaprådet om en udtalelse om fordelingen af puljen til handicapidræt.",
  "Handicaprådet anbefaler over for Kultur- og Fritidsudvalget, at puljen fastholdes på 2021-niveau.", "recommended"),
 ("7", "Eventuelt", None, "Intet til referat.", "noted"),
]
gitems = []
for num, title, body, ref, outcome in items:
    story.append(P(f"{num}. {title}", S["h2"]))
    if body:
        story.append(P(body, S["p"]))
    story.append(P("<b>Referat:</b> " + ref, S["p"]) if False else Paragraph("<b>Referat:</b> " + escape(ref), S["p"]))
    gitems.append(gold_item(num, title, [], False, False, dec(ref, outcome)))

story += [Spacer(1, 6*mm), P("Næste møde: tirsdag den 4. maj 2021 kl. 16.00 på Rådhuset i Ringe.", S["p"]),
          Spacer(1, 10*mm), P("Ole Bak Hansen\nformand", S["p"])]

def ftr(c, page, total):
    c.setFont("LibSerif", 8)
    c.drawRightString(A4[0]-22*mm, 12*mm, f"{page}")

pages = build_pdf(CORPUS / REL, story, None, ftr)
people = [person("Ole Bak Hansen", "formand"), person("Lise Holm", "deltager"), person("Per Smed", "deltager"),
          person("Annette Sørup", "deltager"), person("Karina Fjord", "byrådsmedlem", "V"),
          person("Jesper Kragh", "byrådsmedlem", "A"), person("Torben Ravn", "centerchef"),
          person("Bjarne Toft", "afbud"), person("Susanne Mørk", "byrådsmedlem", "C"),
          person("Mette Kjær", "referent")]
notes = f"""Invented handicapråd minutes of a small board, plain Word style (serif font, no meeting system, no case numbers), {pages} pages, 1 document, 7 items. The only furniture is a bare page number bottom right.
HEADER: 'Tirsdag den 9. marts 2021 kl. 16.00-18.00' -> 2021-03-09, 16:00-18:00. 'Sted: Virtuelt møde via Teams' -> location 'Virtuelt møde via Teams'. Body 'Handicaprådet' (municipality Faaborg-Midtfyn Kommune printed above). Title 'Referat fra møde i Handicaprådet'.
PEOPLE: 'Deltagere:' list: role as printed beside the name where there is one (formand, byrådsmedlem, centerchef), otherwise 'deltager' (given by the list heading); '(DH)' is the organisation Danske Handicaporganisationer, NOT a party letter -> party null; '(V)', '(A)', '(C)' after byrådsmedlemmer are party letters. 'Afbud:' Bjarne Toft (role afbud) and byrådsmedlem Susanne Mørk (C) (printed role byrådsmedlem; 'afbud' equally right). Referent Mette Kjær. Torben Ravn appears again in item 3 (listed once). The signature 'Ole Bak Hansen / formand' repeats the chair. Names only are scored.
ITEMS: '1. Title' headings; no case numbers; nothing closed. No item prints an Indstilling -> proposal_present false everywhere.
DECISIONS: the text after 'Referat:' in each item is the meeting's record of the outcome. 1, 2 'Godkendt' -> approved. 3 'drøftede ... og afgiver høringssvar' -> discussed (other defensible: the decision is to send a hearing reply). 4 'Orienteringen blev taget til efterretning. Rådet ønsker en besigtigelse ...' -> noted. 5 'Punktet udsættes til næste møde' -> postponed. 6 'Handicaprådet anbefaler over for Kultur- og Fritidsudvalget, at ...' -> recommended. 7 'Intet til referat.' -> noted (per the domain guide). The closing line 'Næste møde: tirsdag den 4. maj 2021 ...' is not an item and its date is not the meeting date. The date in item 2's title (26. januar 2021) and '22. marts 2021' / '16. marts' in item 3 are not the meeting date."""
doc = gold_doc("referat", "Referat fra møde i Handicaprådet", "Handicaprådet", "2021-03-09", "16:00", "18:00",
               "Virtuelt møde via Teams", people=people, items=gitems)
write_gold(REL, notes, [doc])
