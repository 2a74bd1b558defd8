# Printed council proceedings 1972, typeset in two columns, running header + page numbers.
from pdfkit import *
from g import *

FN = "naestved-byraadets-forhandlinger_1972-11-09.pdf"
B = ParagraphStyle("b9", fontName="Serif", fontSize=9.5, leading=12, alignment=4, spaceAfter=3, firstLineIndent=8)
BN = ParagraphStyle("b9n", parent=B, firstLineIndent=0)
HS = ParagraphStyle("h9", parent=B, fontName="SerifB", firstLineIndent=0, spaceBefore=7, spaceAfter=2, alignment=0)
CT = ParagraphStyle("ct", parent=B, fontName="SerifB", fontSize=12, leading=15, alignment=1, firstLineIndent=0, spaceAfter=6)
D1 = ("Borgmester Henning Jacobsen (A) redegjorde for budgetforslaget. Udgifterne til skolevæsenet stiger med "
      "knap 4 mill. kr. som følge af de nye klasselokaler i Fensmark og Herlufmagle, og socialudgifterne stiger "
      "med 2,6 mill. kr., hvoraf størstedelen skyldes pensionsreformen. Magistraten har søgt at holde "
      "anlægsudgifterne nede, men rensningsanlægget og vejene i de nye boligområder kan ikke udskydes. "
      "Borgmesteren henstillede til byrådet at følge magistratens indstilling, så kommunens kassebeholdning "
      "kan holdes på et forsvarligt niveau ved udgangen af regnskabsåret.")
D2 = ("Byrådsmedlem Jørgen Kure (V) fremsatte på Venstres vegne ændringsforslag om en udskrivningsprocent "
      "på 12,8. Han fandt, at skattetrykket i kommunen allerede var højere end i nabokommunerne, og at en "
      "del af anlægsarbejderne med fordel kunne udskydes til næste år. Særlig vejarbejderne i den østlige "
      "bydel burde efter hans opfattelse afvente amtets vejplan, som endnu ikke er vedtaget.")
D3 = ("Byrådsmedlem Erna Holm (F) kunne ikke støtte ændringsforslaget. En nedsættelse af skatten ville "
      "efter hendes opfattelse ramme de svageste, og hun pegede på ventelisterne til børnehaverne og "
      "plejehjemmene som eksempler på, at der snarere var behov for flere udgifter end færre. Hun ville dog "
      "stemme for magistratens indstilling.")
D4 = ("Rådmand Svend Aage Mortensen (A) oplyste, at teknisk udvalg på sit næste møde vil få forelagt en "
      "samlet plan for fortove i de ældre villakvarterer, og at andragendet naturligt hører hjemme i den "
      "sammenhæng. Beboerne har i andragendet peget på, at skolebørn fra Holsted Allé må gå på kørebanen "
      "det sidste stykke til skolen.")
D5 = ("Magistraten indstillede, at kommunen overtager vandværket pr. 1. april 1973 for en købesum på "
      "kr. 1.150.000, og at interessenterne friholdes for deres andel af værkets gæld. Vandværket forsyner "
      "ca. 900 husstande i den sydlige del af kommunen. Værkets boringer er undersøgt af Statens "
      "Levnedsmiddelinstitut, og vandkvaliteten er tilfredsstillende, men ledningsnettet trænger til "
      "fornyelse inden for de næste ti år.")
D6 = ("Byrådsmedlem Jørgen Kure (V) ønskede oplyst, hvad fornyelsen af ledningsnettet ville koste, og om "
      "interessenterne var enige i aftalen. Borgmesteren svarede, at et overslag ville blive udarbejdet.")
D7 = ("Indenrigsministeriet har ved skrivelse af 20. oktober 1972 godkendt, at kommunen optager et lån på "
      "4,5 mill. kr. til udvidelse af rensningsanlægget ved Maglemølle. Lånet optages i Kommunekredit med en "
      "løbetid på 25 år.")
S = [
    P("Ordinært møde torsdag den 9. november 1972.", CT),
    P("Mødet åbnedes kl. 19.00 af borgmester Henning Jacobsen.", BN),
    P("Fraværende: Rådmand Inge Bülow (C) og byrådsmedlem Aksel Friis (A).", BN),
    P("Sag nr. 327. Protokol fra mødet den 26. oktober 1972.", HS),
    P("Protokollen godkendtes og underskreves.", B),
    P("Sag nr. 328. Forslag til budget for 1973/74, 2. behandling.", HS),
    P("Magistraten indstillede, at budgettet vedtages med en udskrivningsprocent på 13,2 og en grundskyld "
      "på 16 promille.", B),
    P(D1, B), P(D2, B), P(D3, B),
    P("Ændringsforslaget forkastedes med 9 stemmer mod 14. Magistratens indstilling vedtoges derefter med 14 "
      "stemmer mod 9.", B),
    P("Sag nr. 329. Andragende fra beboerne på Holsted Allé om fortov.", HS),
    P(D4, B),
    P("Sagen henvistes til teknisk udvalg.", B),
    P("Sag nr. 330. Overtagelse af Herlufsholm Vandværk I/S.", HS),
    P(D5, B), P(D6, B),
    P("Sagen udsattes til næste møde efter ønske fra Det konservative Folkepartis gruppe.", B),
    P("Sag nr. 331. Meddelelse fra Indenrigsministeriet om godkendelse af lån til rensningsanlægget.", HS),
    P(D7, B),
    P("Til efterretning.", B),
    P("Sag nr. 332. Udnævnelse af stadsingeniør.", HS),
    P("(Behandlet for lukkede døre.) Magistratens indstilling om udnævnelse af civilingeniør Per Vedel "
      "vedtoges enstemmigt.", B),
    P("Mødet hævet kl. 22.40.", BN),
]
word_doc(str(ROOT / "corpus" / FN), S, columns=2, font="Serif",
         header=lambda i: ("Næstved Byråds Forhandlinger 1972 – Byrådsmødet den 9. november 1972", str(412 + i)),
         title="Næstved Byråds forhandlinger 1972", author="scan2pdf")

cases = []
d = doc("referat", "Ordinært møde torsdag den 9. november 1972.", "Næstved Byråd", "1972-11-09", "19:00", "22:40", None,
        people=[person("Henning Jacobsen", "borgmester", "A"), person("Inge Bülow", "fraværende", "C"),
                person("Aksel Friis", "fraværende", "A"), person("Jørgen Kure", "byrådsmedlem", "V"),
                person("Erna Holm", "byrådsmedlem", "F"), person("Svend Aage Mortensen", "rådmand", "A"),
                person("Per Vedel", "stadsingeniør")],
        items=[
            item("327", "Protokol fra mødet den 26. oktober 1972.", "Protokollen godkendtes og underskreves.", "approved"),
            item("328", "Forslag til budget for 1973/74, 2. behandling.",
                 "Ændringsforslaget forkastedes med 9 stemmer mod 14. Magistratens indstilling vedtoges derefter med 14 stemmer mod 9.",
                 "approved", proposal=True),
            item("329", "Andragende fra beboerne på Holsted Allé om fortov.", "Sagen henvistes til teknisk udvalg.", "referred"),
            item("330", "Overtagelse af Herlufsholm Vandværk I/S.",
                 "Sagen udsattes til næste møde efter ønske fra Det konservative Folkepartis gruppe.", "postponed",
                 proposal=True),
            item("331", "Meddelelse fra Indenrigsministeriet om godkendelse af lån til rensningsanlægget.",
                 "Til efterretning.", "noted"),
            item("332", "Udnævnelse af stadsingeniør.",
                 "Magistratens indstilling om udnævnelse af civilingeniør Per Vedel vedtoges enstemmigt.", "approved",
                 closed=True, proposal=True),
        ])
notes = """One page of a town's printed, typeset proceedings ('Byrådets forhandlinger', Næstved 1972), set in two justified columns in a serif face, made with reportlab (two frames per page). One meeting -> one document, 6 items with a running yearly counter ('Sag nr. 327.' ... 'Sag nr. 332.').
PAGE FURNITURE: running header 'Næstved Byråds Forhandlinger 1972 – Byrådsmødet den 9. november 1972' (left) and the volume's page number 413 (right); the PDF is one page. Reading order is column 1 top-to-bottom, then column 2; a parser that reads across the columns line by line will interleave unrelated sentences.
TITLE: 'Ordinært møde torsdag den 9. november 1972.' (centred heading; 'Byrådsmødet den 9. november 1972' from the header is an acceptable alternative). BODY 'Næstved Byråd' - the council's name is printed only in the running header ('Næstved Byråds Forhandlinger 1972 – ...') and in the PDF metadata title; the page text itself says only 'Byrådsmødet', 'borgmester', 'byrådsmedlem'. A parser that drops the header as furniture must still take the body from it. DATE 1972-11-09; 'Mødet åbnedes kl. 19.00' -> start 19:00; 'Mødet hævet kl. 22.40.' -> end 22:40. No place printed -> location null (not scored). '26. oktober 1972' (item 327) and '1. april 1973' (item 330) are not this meeting's date.
ITEMS: heading 'Sag nr. N. <title>' in bold on one line (may wrap inside the narrow column; joined). Item 331's title wraps in the column.
DECISIONS (no label; the last paragraph(s)): 327 'Protokollen godkendtes og underskreves.' approved; 328 amendment rejected 9-14, then the Magistrat's recommendation adopted 14-9 -> approved (the item's decision is the adoption; the amendment's rejection is part of the text; a parser that reports 'rejected' from the first sentence has misread it); 329 'Sagen henvistes til teknisk udvalg.' referred; 330 'Sagen udsattes til næste møde ...' postponed; 331 'Til efterretning.' noted; 332 '(Behandlet for lukkede døre.) ... vedtoges enstemmigt.' -> approved, closed true (the item is marked as treated behind closed doors; the parenthesis is left out of the decision text). 'vedtoges', 'forkastedes', 'henvistes', 'udsattes' are the passive past forms of the usual cue verbs.
proposal_present: 328, 330 ('Magistraten indstillede, at ...') and 332 ('Magistratens indstilling om ...' - the recommendation is named but its content is only given in the decision; true is the generous reading). The amendment in 328 is a member's motion.
CASE NUMBERS: none printed (no J.nr.).
PEOPLE: borgmester Henning Jacobsen (A) (party from '(A)' in item 328); 'Fraværende: Rådmand Inge Bülow (C) og byrådsmedlem Aksel Friis (A)' -> role fraværende (their offices rådmand/byrådsmedlem are printed too; either is acceptable), party C and A; 'Byrådsmedlem Jørgen Kure (V)'; 'Byrådsmedlem Erna Holm (F)'; 'Rådmand Svend Aage Mortensen (A)' (speakers in the debate summaries); 'civilingeniør Per Vedel' appointed stadsingeniør (role from the appointment; 'civilingeniør' is his profession)."""
write_gold(FN, notes, [d])
