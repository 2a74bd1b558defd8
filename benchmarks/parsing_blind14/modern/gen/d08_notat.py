import random, sys
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from lib import *

REL = "aalborg-notat-2018/notat_klagesag-merudgifter-sel41_2018-02-14.pdf"
rng = random.Random(8)
S = styles("Sans", 9.5)

def hdr(c, page, total):
    c.setFont("Sans", 7.5)
    c.drawString(22*mm, A4[1]-12*mm, "Aalborg Kommune · Familie- og Beskæftigelsesforvaltningen")
    c.drawRightString(A4[0]-22*mm, A4[1]-12*mm, f"Side {page}/{total}")

head = [["Til:", "Familie- og Socialudvalget"], ["Fra:", "Handicapafdelingen, Børn og Unge"],
        ["Dato:", "14. februar 2018"], ["J.nr.:", "27.24.04-K08-1-18"], ["Sagsbehandler:", "socialrådgiver Gitte Aabo"],
        ["Kopi til:", "Afdelingschef Rune Lykke"]]
t = Table([[P(a, S["cellb"]), P(b, S["cell"])] for a, b in head], colWidths=[34*mm, 120*mm])
t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
story = [P("NOTAT", S["h1"]), t, Spacer(1, 6*mm),
         P("Redegørelse i klagesag om afslag på dækning af merudgifter efter servicelovens § 41", S["h2"]),
         P("Baggrund", S["h3"]),
         P("Udvalget har på mødet den 6. februar 2018 bedt om en redegørelse for sagen, efter at familien har rettet henvendelse til udvalgets formand. "
           "Sagen vedrører drengen Mikkel Stensgaard, CPR-nr. 120309-2817, og hans mor Sanne Stensgaard.", S["p"]),
         P(prose(rng, 3), S["p"]),
         P("Sagens forløb", S["h3"]),
         P("d. 3/10-2017: Ansøgning om dækning af merudgifter til kost, medicin og befordring modtaget.\n"
           "d. 21/11-2017: Afgørelse om delvist afslag sendt til familien.\n"
           "d. 12/12-2017: Klage modtaget. Sagen genvurderet og fastholdt.\n"
           "d. 8/1-2018: Klagen videresendt til Ankestyrelsen.", S["p"]),
         P("Ansøgte og bevilgede merudgifter", S["h3"])]
rows = [["Nr.", "Udgiftstype", "Ansøgt pr. md.", "Bevilget pr. md."],
        ["1.", "Glutenfri kost", "850 kr.", "600 kr."], ["2.", "Medicin (håndkøb)", "320 kr.", "320 kr."],
        ["3.", "Befordring til behandling", "1.100 kr.", "0 kr."], ["4.", "Ekstra tøjslid", "250 kr.", "0 kr."],
        ["", "I alt", "2.520 kr.", "920 kr."]]
vt = Table([[P(c, S["cell"]) for c in r] for r in rows], colWidths=[12*mm, 60*mm, 35*mm, 35*mm])
vt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8"))]))
story += [vt, Spacer(1, 4*mm), P("Vurdering", S["h3"])]
for _ in range(3):
    story.append(P(prose(rng, 5), S["p"]))
story += [P("Det er forvaltningens vurdering, at udgifterne til befordring dækkes efter servicelovens § 41 alene, hvis de ikke kan dækkes efter anden lovgivning. "
            "Befordringen til behandling på Aalborg Universitetshospital dækkes af Region Nordjylland.", S["p"]),
          P("Konklusion", S["h3"]),
          P("Forvaltningen fastholder afgørelsen af 21. november 2017. Ankestyrelsens afgørelse forventes i april 2018, og udvalget vil blive orienteret, når den foreligger.", S["p"]),
          Spacer(1, 6*mm), P("Gitte Aabo\nSocialrådgiver", S["p"])]
pages = build_pdf(CORPUS / REL, story, hdr, None)
people = [person("Gitte Aabo", "socialrådgiver"), person("Rune Lykke", "afdelingschef"),
          person("Mikkel Stensgaard"), person("Sanne Stensgaard")]
notes = f"""Invented Aalborg Kommune NOTAT on its own, {pages} pages, 1 document, no items. Running header on every page 'Aalborg Kommune · Familie- og Beskæftigelsesforvaltningen ... Side N/M' (furniture). A label table at the top: Til / Fra / Dato / J.nr. / Sagsbehandler / Kopi til.
CPR: the Baggrund paragraph prints a CPR-like number 'CPR-nr. 120309-2817' (ddmmyy-xxxx) of the child named in the case. The parser must mask it / never store it (source.cpr_masked should be 1); it is NOT a case number.
KIND notat; title 'Redegørelse i klagesag om afslag på dækning af merudgifter efter servicelovens § 41' (the subject heading under 'NOTAT'). Body 'Familie- og Socialudvalget' from 'Til:' (the addressee committee; 'Fra: Handicapafdelingen, Børn og Unge' is the sender, not the body). Date 'Dato: 14. februar 2018' -> 2018-02-14. HARD dates that are not the document date: 'mødet den 6. februar 2018', the case history 'd. 3/10-2017', 'd. 21/11-2017', 'd. 12/12-2017', 'd. 8/1-2018', 'afgørelsen af 21. november 2017'. No time, no location.
CASE NUMBERS: 'J.nr.: 27.24.04-K08-1-18' (KLE journal number). Nothing else.
NO ITEMS: the expenses table has numbered rows '1.'-'4.' (Glutenfri kost, Medicin, Befordring, Ekstra tøjslid) - table rows, not agenda items; the case-history lines 'd. 3/10-2017: ...' are not items either. No proposal, no decision ('Forvaltningen fastholder afgørelsen' is the memo's conclusion, not a meeting decision).
PEOPLE: Sagsbehandler 'socialrådgiver Gitte Aabo' (role socialrådgiver; 'sagsbehandler' equally right; she signs at the end), 'Kopi til: Afdelingschef Rune Lykke', and the two citizens named in the case, Mikkel Stensgaard and Sanne Stensgaard (natural persons named in the document; no role printed). 'udvalgets formand' names no one."""
write_gold(REL, notes, [gold_doc("notat", "Redegørelse i klagesag om afslag på dækning af merudgifter efter servicelovens § 41",
                                 "Familie- og Socialudvalget", "2018-02-14", case_numbers=["27.24.04-K08-1-18"], people=people)])
