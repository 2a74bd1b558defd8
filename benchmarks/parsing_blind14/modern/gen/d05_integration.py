import sys
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from lib import *

REL = "horsens-integrationsraad-2010/integrationsraadet_referat_2010-11-23.txt"
TEXT = """Integrationsrådet i Horsens Kommune

REFERAT

Møde i Integrationsrådet
Mødedato: tirsdag d. 23/11-2010 kl. 17.00 – 19.30
Mødested: Rådhuset, mødelokale 3.12

Fremmødte: Ahmed Yousef (formand), Fatma Çelik (næstformand), Jørgen Bech, Hanne Kvist, Ali Rahimi, byrådsmedlem Bente Nør (A)
Afbud: Mustafa Demir, byrådsmedlem Claus Winther (V)
Fra forvaltningen: integrationskonsulent Sara Lind (referent)

Dagsorden:
1. Godkendelse af dagsorden
2. Godkendelse af referat fra mødet d. 28/9-2010
3. Budget 2011 – integrationsområdet
4. Orientering om ændringer i integrationsloven
5. Valg af repræsentant til Folkeoplysningsudvalget
6. Forslag om fællesspisning i Sundparken
7. Eventuelt

--------------------------------------------------------------------

Pkt. 1  Godkendelse af dagsorden

Beslutning: Vedtaget.


Pkt. 2  Godkendelse af referat fra mødet d. 28/9-2010

Beslutning: Godkendt med den rettelse, at Hanne Kvist var til stede på mødet.


Pkt. 3  Budget 2011 – integrationsområdet
J.nr. 15.00.00-S00-3-10

Sagsfremstilling:
Byrådet vedtog den 12. oktober budgettet for 2011. På integrationsområdet betyder det en besparelse på 0,8 mio. kr., primært på tolkebistand og på aktiviteter i boligområderne. Forvaltningen gennemgik de enkelte besparelser. Rådet udtrykte bekymring for konsekvenserne for de mindre foreninger.

Forvaltningen foreslår, at rådet sender en udtalelse til Arbejdsmarkeds- og Integrationsudvalget om prioriteringen af de resterende midler.

Beslutning: Rådet tilsluttede sig forvaltningens forslag. Formanden og næstformanden skriver udtalelsen.


Pkt. 4  Orientering om ændringer i integrationsloven

Sagsfremstilling:
Integrationskonsulent Sara Lind orienterede om lovændringerne, der træder i kraft 1. januar 2011, herunder de nye regler for introduktionsprogrammet og for danskuddannelse.

Beslutning: Til efterretning.


Pkt. 5  Valg af repræsentant til Folkeoplysningsudvalget

Sagsfremstilling:
Rådets hidtidige repræsentant er fraflyttet kommunen. Der skal vælges en ny repræsentant for resten af valgperioden.

Beslutning: Ali Rahimi blev valgt.


Pkt. 6  Forslag om fællesspisning i Sundparken
Sagsnr. 10/31205

Sagsfremstilling:
Jørgen Bech har på vegne af beboerforeningen foreslået, at rådet støtter en månedlig fællesspisning i Sundparken med 15.000 kr. af rådets aktivitetspulje.

Beslutning: Forslaget blev sat under afstemning. For stemte 4, imod stemte 2. Forslaget blev vedtaget. Bente Nør (A) deltog ikke i afstemningen.


Pkt. 7  Eventuelt

Beslutning: Intet til referat.


Mødet sluttede kl. 19.25.

Referent: Sara Lind
"""
p = CORPUS / REL
p.parent.mkdir(parents=True, exist_ok=True)
p.write_bytes(TEXT.replace("\n", "\r\n").encode("cp1252"))

people = [person("Ahmed Yousef", "formand"), person("Fatma Çelik", "næstformand"), person("Jørgen Bech", "deltager"),
          person("Hanne Kvist", "deltager"), person("Ali Rahimi", "deltager"), person("Bente Nør", "byrådsmedlem", "A"),
          person("Mustafa Demir", "afbud"), person("Claus Winther", "byrådsmedlem", "V"),
          person("Sara Lind", "integrationskonsulent")]
items = [
 gold_item(1, "Godkendelse af dagsorden", [], False, False, dec("Vedtaget.", "approved")),
 gold_item(2, "Godkendelse af referat fra mødet d. 28/9-2010", [], False, False,
           dec("Godkendt med den rettelse, at Hanne Kvist var til stede på mødet.", "approved")),
 gold_item(3, "Budget 2011 – integrationsområdet", ["15.00.00-S00-3-10"], False, True,
           dec("Rådet tilsluttede sig forvaltningens forslag. Formanden og næstformanden skriver udtalelsen.", "approved")),
 gold_item(4, "Orientering om ændringer i integrationsloven", [], False, False, dec("Til efterretning.", "noted")),
 gold_item(5, "Valg af repræsentant til Folkeoplysningsudvalget", [], False, False, dec("Ali Rahimi blev valgt.", "other")),
 gold_item(6, "Forslag om fællesspisning i Sundparken", ["10/31205"], False, False,
           dec("Forslaget blev sat under afstemning. For stemte 4, imod stemte 2. Forslaget blev vedtaget. Bente Nør (A) deltog ikke i afstemningen.", "approved")),
 gold_item(7, "Eventuelt", [], False, False, dec("Intet til referat.", "noted")),
]
notes = """Invented Horsens Kommune Integrationsrådet minutes as a plain-text file ENCODED IN CP1252 with CRLF line ends (typographic en dashes '–' in the time range and in item 3's title, 'Ç' in Fatma Çelik; cp1252-only bytes 0x96 for '–'). 1 document, 7 items, no pages.
HEADER: 'Mødedato: tirsdag d. 23/11-2010 kl. 17.00 – 19.30' -> 2010-11-23 (d/m-yyyy form), start 17:00, end 19:30 (the printed time range; the closing line 'Mødet sluttede kl. 19.25.' gives 19:25 - a reader could take either; gold keeps the header range). Location 'Rådhuset, mødelokale 3.12'. Body 'Integrationsrådet'. Title 'Møde i Integrationsrådet' ('REFERAT' or 'Referat' fair).
ITEMS: a 'Dagsorden:' list at the top ('1. Title' ... '7. Eventuelt') repeats the items: it is a table of contents, not a second set of items. The items themselves are 'Pkt. N  Title'. Titles verbatim incl. 'd. 28/9-2010' and the en dash in item 3. Case numbers: item 3 'J.nr. 15.00.00-S00-3-10' (KLE journal number, a case label per the domain guide) and item 6 'Sagsnr. 10/31205'.
DECISIONS: text after 'Beslutning:'. 1 'Vedtaget.' approved; 2 'Godkendt med den rettelse ...' approved; 3 'Rådet tilsluttede sig forvaltningens forslag.' approved (tilslutte = endorse); 4 'Til efterretning.' noted; 5 an election 'Ali Rahimi blev valgt.' other (per the gold README, elections -> other); 6 a vote 'For stemte 4, imod stemte 2. Forslaget blev vedtaget.' approved (for_count 4, against_count 2, no party letters); 7 'Intet til referat.' noted.
proposal_present: only item 3 ('Forvaltningen foreslår, at ...'). Item 6's 'Jørgen Bech har ... foreslået' is a member's motion described in prose, not a recommendation block -> false.
PEOPLE: 'Fremmødte:' (role as printed: formand, næstformand, byrådsmedlem; else 'deltager'), 'Afbud:' (Mustafa Demir 'afbud'; Claus Winther printed 'byrådsmedlem' with party V), 'Fra forvaltningen: integrationskonsulent Sara Lind (referent)' (role integrationskonsulent; 'referent' equally right). Names in items repeat these people. 'Formanden og næstformanden' in item 3 are roles without names."""
write_gold(REL, notes, [gold_doc("referat", "Møde i Integrationsrådet", "Integrationsrådet", "2010-11-23", "17:00", "19:30",
                                 "Rådhuset, mødelokale 3.12", people=people, items=items)])
