# Hvidebæk Sogneråd, typewritten minute book 1967, two meetings, marginal Pkt. numbers.
from pdfkit import typewriter
from g import *

FN = "hvidebaek-sogneraad_forhandlingsprotokol_1967.pdf"
sigs1 = [
    "",
    "     Aage Nielsen (fmd.)    H. P. Jensen      Ejnar Holm",
    "     Svend Larsen           Kaj Frederiksen   Marie Olsen",
]
p1 = [
    "Torsdag den 2. Marts 1967 Kl. 19.30 afholdt Hvidebæk",
    "Sogneråd ordinært møde på Kommunekontoret i Ubby.",
    "",
    "Fraværende: Gdr. Poul Erik Hansen (afbud).",
    "",
    ("Pkt. 1.", "Protokollen."),
    "Protokollen for mødet d. 2/2-67 oplæst og underskrevet.",
    "Godkendt.",
    "",
    ("Pkt. 2.", "Ansøgning om vejbelysning på Ubbyvej."),
    "Fra beboerne på Ubbyvej forelå andragende om opsætning",
    "af 6 lysmaster mellem skolen og Kirkestien. Overslag fra",
    "NVE kr. 4.850,-.",
    "Vedtaget.",
    ("Eksp. 6/3", ""),
    "",
    ("Pkt. 3.", "Budget for 1967/68, 1. behandling."),
    "Kæmneren gennemgik forslaget. Skatteprocenten foreslås",
    "uændret 14,5 pct.",
    "Udsat til 2. behandling d. 30/3-67.",
    "",
    ("Pkt. 4.", "Skrivelse fra Holbæk Amtsråd ang. skolebus-"),
    "kørsel til Ubby Centralskole.",
    "Amtet foreslår, at kørslen fra 1/4-67 udbydes i licita-",
    "tion.",
    "Tiltrådt.",
    ("Eksp. 4/3", ""),
    "",
    ("Pkt. 5.", "Ansøgning fra Husm. Karl Jørgensen, Kalundborgvej 12,"),
    "om byggetilladelse til svinestald.",
    "Oversendt til Amtsrådet (Landvæsensudvalget) med",
    "sognerådets anbefaling.",
    ("Eksp. 6/3", ""),
    "",
    ("Pkt. 6.", "Kommunesammenlægningen."),
    "Formanden orienterede om mødet med nabokommunerne i",
    "Jyderup d. 23/2-67.",
    "Taget til efterretning.",
    "",
    "Mødet hævet Kl. 22.15.",
] + sigs1
p2 = [
    "Mødet d. 30/3-67 Kl. 19.30 på Kommunekontoret.",
    "Alle medlemmer til stede.",
    "",
    ("Pkt. 1.", "Protokollen."),
    "Godkendt.",
    "",
    ("Pkt. 2.", "Budget for 1967/68, 2. behandling."),
    "Budgettet vedtaget med en skatteprocent på 14,5 og en",
    "ligning af kr. 612.400.",
    "For stemte 6, imod 1 (Marie Olsen), der ønskede skatte-",
    "procenten nedsat.",
    "Vedtaget.",
    ("Eksp. 31/3", ""),
    "",
    ("Pkt. 3.", "Valg af vurderingsmand."),
    "Som vurderingsmand for perioden 1967-71 valgtes",
    "Gdr. Niels Kristiansen, Hvidebæk.",
    "",
    ("Pkt. 4.", "Ansøgning om tilskud til Ubby Idrætsforening."),
    "Foreningen ansøger om kr. 1.500,- til nyt klubhus.",
    "Forslag om kr. 1.000,-.",
    "Forkastet med 4 stemmer mod 3.",
    "",
    ("Pkt. 5.", "Lukket møde. Personalesag."),
    "Sagen behandlet for lukkede døre. Se særskilt protokol.",
    "",
    "Mødet hævet kl. 21.40.",
    "",
    "     Aage Nielsen (fmd.)    H. P. Jensen      Ejnar Holm",
    "     Svend Larsen           Kaj Frederiksen   Marie Olsen",
    "     Poul Erik Hansen",
]
# body lines are indented to the body column; margin holds Pkt./Eksp.
typewriter(str(ROOT / "corpus" / FN), [p1, p2], font="Mono", size=10.5, lead=14.2,
           left=40 * 2.8346, margin_x=16 * 2.8346,
           header=lambda i: "HVIDEBÆK SOGNERÅD", page_no=lambda i: str(46 + i))

signers = ["Aage Nielsen", "H. P. Jensen", "Ejnar Holm", "Svend Larsen", "Kaj Frederiksen", "Marie Olsen"]
d1 = doc("referat",
         "Torsdag den 2. Marts 1967 Kl. 19.30 afholdt Hvidebæk Sogneråd ordinært møde på Kommunekontoret i Ubby.",
         "Hvidebæk Sogneråd", "1967-03-02", "19:30", "22:15", "Kommunekontoret i Ubby",
         people=[person("Poul Erik Hansen", "fraværende"), person("Karl Jørgensen"),
                 person("Aage Nielsen", "formand")] + [person(n) for n in signers[1:]],
         items=[
             item("1", "Protokollen.", "Godkendt.", "approved"),
             item("2", "Ansøgning om vejbelysning på Ubbyvej.", "Vedtaget.", "approved"),
             item("3", "Budget for 1967/68, 1. behandling.", "Udsat til 2. behandling d. 30/3-67.", "postponed"),
             item("4", "Skrivelse fra Holbæk Amtsråd ang. skolebuskørsel til Ubby Centralskole.", "Tiltrådt.", "approved"),
             item("5", "Ansøgning fra Husm. Karl Jørgensen, Kalundborgvej 12, om byggetilladelse til svinestald.",
                  "Oversendt til Amtsrådet (Landvæsensudvalget) med sognerådets anbefaling.", "referred"),
             item("6", "Kommunesammenlægningen.", "Taget til efterretning.", "noted"),
         ])
d2 = doc("referat", "Mødet d. 30/3-67 Kl. 19.30 på Kommunekontoret.", "Hvidebæk Sogneråd", "1967-03-30",
         "19:30", "21:40", "Kommunekontoret",
         people=[person("Marie Olsen"), person("Niels Kristiansen", "vurderingsmand"), person("Aage Nielsen", "formand")]
         + [person(n) for n in signers[1:5]] + [person("Poul Erik Hansen")],
         items=[
             item("1", "Protokollen.", "Godkendt.", "approved"),
             item("2", "Budget for 1967/68, 2. behandling.",
                  "Budgettet vedtaget med en skatteprocent på 14,5 og en ligning af kr. 612.400. For stemte 6, imod 1 (Marie Olsen), der ønskede skatteprocenten nedsat. Vedtaget.",
                  "approved"),
             item("3", "Valg af vurderingsmand.",
                  "Som vurderingsmand for perioden 1967-71 valgtes Gdr. Niels Kristiansen, Hvidebæk.", "other"),
             item("4", "Ansøgning om tilskud til Ubby Idrætsforening.", "Forkastet med 4 stemmer mod 3.", "rejected"),
             item("5", "Lukket møde. Personalesag.", None, None, closed=True),
         ])
notes = """Typewritten page of a sogneråd minute book (forhandlingsprotokol), Hvidebæk Sogneråd (Holbæk Amt), made with reportlab in a monospaced font (Liberation Mono). 2 pages, 2 meetings -> 2 documents, one per meeting (each opens with its own date line and closes with 'Mødet hævet' and signatures).
PAGE FURNITURE: the running header 'HVIDEBÆK SOGNERÅD' top left and the book's page number (47, 48) top right on each page. The left margin holds the item numbers ('Pkt. 1.' on the title line) and expedition marks ('Eksp. 6/3' = the decision was dispatched on 6 March) - the Eksp. marks are NOT part of any decision text and are not items; their dates are not meeting dates.
D1 (page 1): 'Torsdag den 2. Marts 1967 Kl. 19.30 ... på Kommunekontoret i Ubby.' -> date 1967-03-02, start 19:30; end from 'Mødet hævet Kl. 22.15.' -> 22:15; location 'Kommunekontoret i Ubby' (the text says 'på Kommunekontoret i Ubby'). The date '2/2-67' in item 1 is the previous meeting and '23/2-67' in item 6 a prior meeting elsewhere; '1/4-67' in item 4 is a service start - none of them are this meeting's date. Title = the opening sentence (as for the Elev book in shared gold); 'Hvidebæk Sogneråd' is equally acceptable.
D2 (page 2): 'Mødet d. 30/3-67 Kl. 19.30 på Kommunekontoret.' -> 1967-03-30 (two-digit year 67 = 1967), start 19:30, end 21:40 ('Mødet hævet kl. 21.40.'), location 'Kommunekontoret'. Body comes only from the running header and the book (D2 never writes the council's name in its text); 'Hvidebæk Sogneråd' is the body.
ITEMS: numbers as printed in the margin ('Pkt. 1.' -> '1'). Title = the first sentence after the number (it wraps for D1 items 4 and 5: 'skolebus-/kørsel' is joined to 'skolebuskørsel' - a line-break hyphen; 'Kalundborgvej 12,' then 'om byggetilladelse' joined with a space). The rest until the decision line is the item's text.
DECISIONS (last line(s) of each item): D1-1 'Godkendt.' approved; D1-2 'Vedtaget.' approved; D1-3 'Udsat til 2. behandling d. 30/3-67.' postponed (the budget's first reading, continued at D2-2; discussed is defensible); D1-4 'Tiltrådt.' approved; D1-5 'Oversendt til Amtsrådet (Landvæsensudvalget) med sognerådets anbefaling.' referred (recommended is defensible because of 'med sognerådets anbefaling'; the matter goes to another body for decision); D1-6 'Taget til efterretning.' noted. D2-1 'Godkendt.' approved. D2-2: the whole paragraph states the decision including the vote 'For stemte 6, imod 1 (Marie Olsen)' and ends 'Vedtaget.' -> approved (a parser that gives only 'Vedtaget.' has the outcome right; the decision text tolerance may miss). D2-3 election ('valgtes') -> other. D2-4 'Forkastet med 4 stemmer mod 3.' rejected. D2-5 'Lukket møde. Personalesag.' closed=true; the text says only that it was treated behind closed doors -> decision null ('other' defensible).
proposal_present false everywhere: no Indstilling blocks. D1-4 'Amtet foreslår, at ...' is the county's letter, and D2-4 'Forslag om kr. 1.000,-.' is a motion without a recommendation block (a reader could call D2-4 a proposal).
CASE NUMBERS: none printed (no J.nr./Sagsnr.).
PEOPLE: signatures under each meeting (D1: six signatories, 'Aage Nielsen (fmd.)' -> role formand; D2 adds Poul Erik Hansen). D1 'Fraværende: Gdr. Poul Erik Hansen (afbud)' -> role fraværende ('afbud' defensible), 'Gdr.' is an occupation prefix, not part of the name. 'Husm. Karl Jørgensen' (applicant, role null). D2: Marie Olsen (in the vote), 'Gdr. Niels Kristiansen' elected vurderingsmand (role from the election). 'Kæmneren' and 'Formanden' are named by office only."""
write_gold(FN, notes, [d1, d2])
