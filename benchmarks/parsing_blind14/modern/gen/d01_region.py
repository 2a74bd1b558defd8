import random, sys
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from lib import *

REL = "region-midt-2019/regionsraadet_beslutningsprotokol_2019-06-26.pdf"
rng = random.Random(1)
S = styles("Lib", 10)

absent = [("Kirsten Vilslev", "V"), ("Jens Oluf Bøgh", "Ø")]
items = [
 # number, title, sagsnr, fu_dec, rr_dec, outcome, closed, proposal lines
 (1, "Godkendelse af dagsorden", None, None, "Dagsordenen blev godkendt.", "approved", False, None),
 (2, "Meddelelser", None, None, "Meddelelserne blev taget til efterretning.", "noted", False, None),
 (3, "Regnskab 2018 for Region Midtjylland", "1-30-72-6-18", "Anbefales.",
     "Indstillingen blev godkendt.", "approved", False,
     ["at regnskab 2018 godkendes og oversendes til revisionen,", "at overførsel af uforbrugte midler til 2019 godkendes."]),
 (4, "Budgetlægning 2020 - økonomiske rammer efter aftalen mellem regeringen og Danske Regioner", "1-30-72-29-18", "Anbefales.",
     "For stemte: A, F, Ø og B (26)\nImod stemte: V, C og O (14)\nUndlod at stemme: I (1)\nIndstillingen blev herefter godkendt.", "approved", False,
     ["at de økonomiske rammer for budget 2020 tages til efterretning,", "at tidsplanen for budgetlægningen godkendes."]),
 (5, "Ændring af regionens akutberedskab i Vestjylland", "1-31-72-112-19", "Anbefales, idet V og O tog forbehold.",
     "Ændringsforslag fra V: Akutbilen i Ulfborg bevares i dagtimerne.\nFor ændringsforslaget stemte V, C og O (14).\nImod ændringsforslaget stemte A, F, Ø, B og I (27).\nÆndringsforslaget blev herefter forkastet.\nIndstillingen blev godkendt med samme stemmetal.", "approved", False,
     ["at den ændrede placering af akutbilerne godkendes,", "at ændringen træder i kraft 1. oktober 2019."]),
 (6, "Orientering om venteliste til høreapparatbehandling", "1-33-78-4-17", "Til efterretning.",
     "Orienteringen blev taget til efterretning.", "noted", False,
     ["at orienteringen tages til efterretning."]),
 (7, "Forslag fra Dansk Folkeparti om gratis parkering ved hospitalerne", "1-01-72-55-19", "Forkastet.",
     "For forslaget stemte O (3).\nImod forslaget stemte A, V, F, Ø, C, B og I (38).\nForslaget blev forkastet.", "rejected", False, None),
 (8, "Anlægsbevilling til ombygning af sengeafsnit på Regionshospitalet Gødstrup", "1-00-11-17", "Anbefales.",
     "Indstillingen blev godkendt.", "approved", False,
     ["at der gives en anlægsbevilling på 14,2 mio. kr. til ombygning af sengeafsnit,", "at rådighedsbeløbet finansieres af anlægsrammen for 2019."]),
 (9, "Høring over forslag til ny praksisplan for almen praksis 2019-2023", "1-30-2-132-18", "Anbefales.",
     "Indstillingen blev godkendt.", "approved", False,
     ["at forslag til praksisplan sendes i offentlig høring i perioden 1. juli til 1. september 2019."]),
 (10, "Regional udviklingsstrategi - status på handlingsplanen", "1-01-81-3-17", "Drøftet.",
     "Regionsrådet drøftede status på handlingsplanen.", "discussed", False,
     ["at status på handlingsplanen drøftes."]),
 (11, "Kollektiv trafik: Takster 2020 i Midttrafik", "1-15-2-14-19", "Anbefales.",
     "Sagen blev udsat til regionsrådets møde i august.", "postponed", False,
     ["at regionsrådet godkender takststigningen på 1,4 pct. fra januar 2020."]),
 (12, "Valg af nyt medlem til Vækstforum Midtjylland", "1-14-1-19", None,
     "Regionsrådet valgte Thomas Krogh Nielsen (B) som nyt medlem af Vækstforum.", "other", False,
     ["at regionsrådet vælger et nyt medlem til Vækstforum efter indstilling fra gruppe B."]),
 (13, "Samarbejdsaftale med kommunerne om sundhedsindsatser for borgere med kronisk sygdom", "1-30-74-21-18", "Anbefales.",
     "Indstillingen blev godkendt.", "approved", False,
     ["at samarbejdsaftalen godkendes,", "at aftalen evalueres i 2021."]),
 (14, "Udmøntning af puljen til grøn omstilling i regionens drift", "1-01-84-7-19", "Anbefales.",
     "Punktet blev trukket af dagsordenen.", "withdrawn", False,
     ["at puljen udmøntes som beskrevet i sagsfremstillingen."]),
 (15, "Forslag fra Enhedslisten om udbud af rengøring", "1-01-72-61-19", "Oversendt.",
     "Forslaget blev oversendt til behandling i udvalget for hospitalsområdet.", "referred", False, None),
 (16, "Temadrøftelse om rekruttering af sygeplejersker", "1-01-72-40-19", None,
     "Regionsrådet drøftede rekrutteringssituationen.", "discussed", False,
     ["at regionsrådet drøfter udfordringerne med rekruttering."]),
 (17, "Salg af ejendommen Skovvej 14, Silkeborg", "1-00-6-18", "Anbefales.",
     "Indstillingen blev godkendt.", "approved", True, None),
 (18, "Erstatningssag - hospitalsområdet", "1-40-7-19", "Anbefales.",
     "Indstillingen blev godkendt.", "approved", True, None),
]

def hdr(c, page, total):
    if page == 1:
        return
    c.setFont("Lib", 8)
    c.drawString(22*mm, A4[1]-14*mm, "Regionsrådet – mødet den 26. juni 2019")
    c.drawRightString(A4[0]-22*mm, A4[1]-14*mm, "Beslutningsprotokol")
    c.line(22*mm, A4[1]-15.5*mm, A4[0]-22*mm, A4[1]-15.5*mm)

def ftr(c, page, total):
    c.setFont("Lib", 8)
    c.drawCentredString(A4[0]/2, 12*mm, f"Side {page} af {total}")

story = [Spacer(1, 30*mm), P("Region Midtjylland", S["h2"]), P("Regionsrådet", S["h1"]),
         P("Beslutningsprotokol", S["h1"]), Spacer(1, 8*mm),
         P("Mødet den 26. juni 2019 kl. 13.00", S["h3"]),
         P("i Regionshuset Viborg, Skottenborg 26, 8800 Viborg", S["p"]), Spacer(1, 10*mm),
         P("Mødet blev ledet af regionsrådsformand Bente Lund Kristiansen (A).", S["p"]),
         P("Fraværende: " + ", ".join(f"{n} ({p})" for n, p in absent), S["p"]),
         P("Stedfortræder: Hans Erik Møller (V) deltog i stedet for Kirsten Vilslev (V).", S["p"]),
         PageBreak()]

people = [person("Bente Lund Kristiansen", "regionsrådsformand", "A")]
people += [person(n, "fraværende", p) for n, p in absent]
people += [person("Hans Erik Møller", "stedfortræder", "V")]

gitems = []
for (num, title, sag, fu, rr, outcome, closed, prop) in items:
    blk = []
    head = f"{num}. {title}" if not closed else f"{num}. Lukket punkt: {title}"
    blk.append(P(head, S["h2"]))
    if sag:
        blk.append(P(f"Sagsnr.: {sag}", S["small"]))
    blk.append(Spacer(1, 3*mm))
    if closed:
        blk.append(P("Sagen behandles for lukkede døre, jf. regionslovens § 13 og kommunestyrelseslovens § 10.", S["p"]))
    elif num in (1, 2):
        if num == 2:
            blk.append(P("Resume", S["h3"]))
            blk.append(P("Regionsrådsformanden orienterede om seneste møde i Danske Regioners bestyrelse og om sommerens arrangementer.", S["p"]))
    else:
        blk.append(P("Resume", S["h3"]))
        blk.append(P(prose(rng, 3), S["p"]))
        blk.append(P("Sagsfremstilling", S["h3"]))
        for _ in range(4):
            blk.append(P(prose(rng, 6), S["p"]))
        if num == 12:
            blk.append(P("Gruppe B har indstillet Thomas Krogh Nielsen (B) til posten efter Lone Bach Sørensens udtræden.", S["p"]))
            people.append(person("Thomas Krogh Nielsen", None, "B"))
            people.append(person("Lone Bach Sørensen", None, None))
        blk.append(P("Økonomi", S["h3"]))
        blk.append(P(prose(rng, 1, "oek"), S["p"]))
    if prop:
        blk.append(P("Forslag", S["h3"]))
        blk.append(P("Koncerndirektionen indstiller,", S["p"]))
        for line in prop:
            blk.append(P(line, S["p"]))
    elif num in (7, 15):
        blk.append(P("Forslagsstillerne foreslår, at regionsrådet beslutter forslaget som beskrevet ovenfor.", S["p"]))
    if fu:
        blk.append(P("Forretningsudvalgets beslutning den 18. juni 2019", S["h3"]))
        blk.append(P(fu, S["p"]))
    blk.append(P("Regionsrådets beslutning", S["h3"]))
    blk.append(P(rr, S["p"]))
    blk.append(Spacer(1, 4*mm))
    story += blk
    gitems.append(gold_item(num, title, [sag] if sag else [], closed, bool(prop),
                            dec(rr.replace("\n", " "), outcome)))

story += [Spacer(1, 6*mm), P("Mødet sluttede kl. 16.40.", S["p"])]
pages = build_pdf(CORPUS / REL, story, hdr, ftr)
print("pages", pages)

notes = f"""Invented Region Midtjylland regionsråd beslutningsprotokol (style of a region's own Word/ESDH print, not FirstAgenda/eDoc), {pages} pages, 1 document, 18 items. Cover page (no running header on page 1); from page 2 a running header 'Regionsrådet – mødet den 26. juni 2019 / Beslutningsprotokol' and a footer 'Side N af M' on every page (page furniture).
HEADER: 'Mødet den 26. juni 2019 kl. 13.00' -> date 2019-06-26, start 13:00; end 16:40 from the closing line 'Mødet sluttede kl. 16.40.' on the last page. Location: 'Regionshuset Viborg, Skottenborg 26, 8800 Viborg' (without the leading 'i'). Body 'Regionsrådet' (the region is 'Region Midtjylland'; 'Region Midtjylland, Regionsrådet' would also be fair). Title 'Beslutningsprotokol' (the cover prints 'Regionsrådet' / 'Beslutningsprotokol'; 'Regionsrådet Beslutningsprotokol' equally defensible).
PEOPLE: the chair from 'Mødet blev ledet af regionsrådsformand Bente Lund Kristiansen (A)' (role regionsrådsformand); 'Fraværende:' list with party letters (role fraværende); 'Stedfortræder: Hans Erik Møller (V) deltog i stedet for Kirsten Vilslev (V)' (role stedfortræder; Kirsten Vilslev listed once, as fraværende). Item 12 names Thomas Krogh Nielsen (B) (in the text and the decision) and Lone Bach Sørensen (no party printed). No other natural persons.
ITEMS: 'N. Title' headings, closed items printed 'N. Lukket punkt: Title' -> gold title without the 'Lukket punkt:' tag, closed=true (17, 18). Case numbers: 'Sagsnr.: 1-30-72-6-18' under each heading (region ESDH format with dashes); items 1 and 2 have none.
DECISIONS: each item prints 'Forretningsudvalgets beslutning den 18. juni 2019' (the FU's earlier recommendation: HISTORY, not this meeting's decision) directly above 'Regionsrådets beslutning' (this meeting). Gold decision = the text under 'Regionsrådets beslutning' only, lines joined with spaces. Outcomes: 'Indstillingen blev godkendt' / 'Dagsordenen blev godkendt' -> approved; votes followed by 'Indstillingen blev herefter godkendt' (item 4) -> approved; item 5 an amendment voted down ('Ændringsforslaget blev herefter forkastet') then 'Indstillingen blev godkendt med samme stemmetal' -> approved (the amendment's rejection is not the item's outcome; a parser that says rejected has read the amendment); item 7 a party motion 'Forslaget blev forkastet' -> rejected; 11 'Sagen blev udsat' -> postponed; 12 an election ('valgte ... som nyt medlem') -> other; 14 'Punktet blev trukket af dagsordenen' -> withdrawn; 15 'oversendt til behandling i udvalget' -> referred; 10 and 16 'drøftede' -> discussed; 2 and 6 'taget til efterretning' -> noted.
proposal_present: true where 'Forslag / Koncerndirektionen indstiller, / at ...' is printed (3-6, 8-14, 16); false for 1, 2, the party motions 7 and 15 (they only 'foreslår') and the closed items 17-18 (no text printed).
Votes: item 4 For A,F,Ø,B (26) / Imod V,C,O (14) / Undlod I (1); item 5 amendment For V,C,O (14) / Imod A,F,Ø,B,I (27); item 7 For O (3) / Imod A,V,F,Ø,C,B,I (38) (not scored, noted for a votes check)."""
doc = gold_doc("referat", "Beslutningsprotokol", "Regionsrådet", "2019-06-26", "13:00", "16:40",
               "Regionshuset Viborg, Skottenborg 26, 8800 Viborg", people=dedupe_people(people), items=gitems)
write_gold(REL, notes, [doc])
