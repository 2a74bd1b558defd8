import sys, html, random
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from lib import *

REL = "vordingborg-portal-2023/boern-og-ungeudvalget_referat_2023-11-08.html"
e = html.escape
rng = random.Random(12)

present = [("Mikkel Stub", "A", "formand"), ("Henriette Bay", "V", None), ("Tina Løvgreen", "A", None),
           ("Jens Kristian Holt", "C", None), ("Anja Wilkens", "F", None)]
absent = [("Rasmus Holte", "V"), ("Birgit Sonne", "Ø")]
# num, title, sagsnr, hist [(date,text)], proposal, decision, outcome, closed
items = [
 ("1", "Godkendelse af dagsorden", None, [], None, "Godkendt.", "approved", False),
 ("2", "Kvalitetsrapport for folkeskolen 2022/23", "23/2291", [("04-10-2023", "Udsat.")],
  "Center for Skole og Dagtilbud anbefaler, at kvalitetsrapporten godkendes.",
  "Godkendt med bemærkning om, at udvalget ønsker en særskilt status på fraværet i 2024.", "approved", False),
 ("3", "Forslag fra Venstre om lektiecafé på alle skoler", "23/3310", [], None,
  "For stemte: V og C (2)\nImod stemte: A og F (3)\nForslaget faldt.", "rejected", False),
 ("4", "Ferieplan for skoleåret 2024/25", "23/2950", [],
  "Center for Skole og Dagtilbud anbefaler, at ferieplanen godkendes.", "Godkendt.", "approved", False),
 ("5", "Høring over udkast til ændring af dagtilbudsloven", "23/3402", [],
  "Center for Skole og Dagtilbud anbefaler, at udvalget drøfter, om der skal afgives høringssvar.",
  "Udvalget drøftede høringsudkastet og afgiver ikke høringssvar.", "discussed", False),
 ("6", "Anbringelsesstatistik 3. kvartal 2023", "23/1120", [("04-10-2023", "Drøftet. Udvalget ønsker statistikken fremlagt hvert kvartal.")],
  "Center for Familie anbefaler, at orienteringen tages til efterretning.",
  "Orienteringen blev taget til efterretning.", "noted", False),
 ("7", "Ansøgning om midler fra inklusionspuljen", "23/3118", [],
  "Center for Skole og Dagtilbud anbefaler, at ansøgningen imødekommes.",
  "Sagen oversendes til Økonomiudvalget, da puljen er opbrugt.", "referred", False),
 ("8", "Klage over afgørelse om skolebefordring", "23/3377", [], None, "Godkendt.", "approved", True),
]

out = ['<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Børne- og Ungeudvalget 08-11-2023 | Vordingborg Kommune</title>',
       '<meta name="viewport" content="width=device-width"><script src="/js/app.bundle.js" defer></script></head><body class="page-meeting">',
       '<header class="top"><div class="brand">Vordingborg Kommune</div><nav><ul><li><a href="/">Forside</a></li><li><a href="/politik/udvalg">Udvalg</a></li><li><a href="/soeg">Søg</a></li></ul></nav></header>',
       '<main><div class="container"><div class="row"><div class="col-main">',
       '<div class="meeting-title"><span class="kind">Referat</span> <span class="sep">|</span> <span class="committee">Børne- og Ungeudvalget</span></div>',
       '<div class="meeting-info"><div class="info-row"><div class="info-label">Dato og tid</div><div class="info-value">2023-11-08 kl. 15:00 - 17:15</div></div>',
       '<div class="info-row"><div class="info-label">Sted</div><div class="info-value">Lokale 1.12, Rådhuset, Vordingborg</div></div></div>',
       '<div class="attendance"><div class="att-group"><div class="att-label">Deltagere</div><ul>']
out += [f"<li>{e(n)} ({p})" + (f", {r}" if r else "") + "</li>" for n, p, r in present]
out += ['</ul></div><div class="att-group"><div class="att-label">Afbud</div><ul>']
out += [f"<li>{e(n)} ({p})</li>" for n, p in absent]
out += ['</ul></div></div>', '<div class="agenda">']
gitems = []
for num, title, sag, hist, prop, d, outcome, closed in items:
    out.append(f'<div class="punkt{" punkt--lukket" if closed else ""}" id="p{num}"><div class="punkt-header"><div class="punkt-nr">Punkt {num}</div>'
               f'<div class="punkt-titel">{"Lukket: " if closed else ""}{e(title)}</div></div>')
    out.append('<div class="punkt-indhold">')
    if sag:
        out.append(f'<div class="punkt-meta"><div>Sagsnr.: {sag}</div></div>')
    if not closed and num != "1":
        out.append('<div class="afsnit"><div class="afsnit-overskrift">Sagsfremstilling</div><div class="afsnit-tekst"><div>' + e(prose(rng, 4)) + '</div><div>' + e(prose(rng, 3)) + '</div></div></div>')
        if num == "3":
            out.append('<div class="afsnit"><div class="afsnit-overskrift">Forslag</div><div class="afsnit-tekst"><div>Venstre foreslår, at der oprettes lektiecafé på alle skoler fra januar 2024.</div></div></div>')
        if prop:
            out.append(f'<div class="afsnit"><div class="afsnit-overskrift">Indstilling</div><div class="afsnit-tekst"><ul><li>{e(prop)}</li></ul></div></div>')
    for dt, txt in hist:
        out.append(f'<div class="afsnit beslutning-tidligere"><div class="afsnit-overskrift">Beslutning i Børne- og Ungeudvalget den {dt}</div><div class="afsnit-tekst"><div>{e(txt)}</div></div></div>')
    dhtml = "".join(f"<div>{e(x)}</div>" for x in d.split("\n"))
    out.append(f'<div class="afsnit beslutning"><div class="afsnit-overskrift">Beslutning i Børne- og Ungeudvalget den 08-11-2023</div><div class="afsnit-tekst">{dhtml}</div></div>')
    out.append('</div></div>')
    gitems.append(gold_item(num, title, [sag] if sag else [], closed, bool(prop), dec(d.replace("\n", " "), outcome)))
out.append('</div></div><aside class="col-side"><div class="box"><div class="box-title">Andre møder</div><ul><li><a href="#">04-10-2023 Referat</a></li><li><a href="#">06-12-2023 Dagsorden</a></li></ul></div></aside></div></div></main>')
out.append('<footer><div>Vordingborg Kommune · Valdemarsgade 43 · 4760 Vordingborg</div></footer></body></html>')
p = CORPUS / REL
p.parent.mkdir(parents=True, exist_ok=True)
p.write_text("\n".join(out), encoding="utf-8")

people = [person(n, r or "deltager", pp) for n, pp, r in present] + [person(n, "afbud", pp) for n, pp in absent]
notes = """Invented Vordingborg Kommune meeting-portal HTML (UTF-8) of a Børne- og Ungeudvalget REFERAT built of nested <div>s and <ul> lists only (no table, no dl, no h-tags in the agenda): 'punkt-header' with 'Punkt N' and the title in separate divs, 'afsnit' blocks with 'afsnit-overskrift' (Sagsfremstilling / Forslag / Indstilling / Beslutning ...) and 'afsnit-tekst'. 1 document, 8 items.
FURNITURE: site header/nav, the side box 'Andre møder' with links '04-10-2023 Referat' and '06-12-2023 Dagsorden' (dates of OTHER meetings), footer address, script.
HEADER: 'Dato og tid: 2023-11-08 kl. 15:00 - 17:15' (ISO date) -> 2023-11-08, 15:00, 17:15. 'Sted: Lokale 1.12, Rådhuset, Vordingborg'. Body 'Børne- og Ungeudvalget'. Title 'Referat' (the <title> 'Børne- og Ungeudvalget 08-11-2023 | Vordingborg Kommune' is chrome; 'Referat | Børne- og Ungeudvalget' fair).
PEOPLE: 'Deltagere' (role 'formand' for Mikkel Stub as printed, else 'deltager'), 'Afbud' (role afbud), all with party letters.
ITEMS: 'Punkt N' + title. Item 8's title is printed 'Lukket: Klage over afgørelse om skolebefordring' -> title without the tag, closed=true (the div also has class punkt--lukket). Case numbers from 'Sagsnr.:' (YY/NNNN).
DECISIONS: the block 'Beslutning i Børne- og Ungeudvalget den 08-11-2023' only. HARD: items 2 and 6 print an EARLIER decision block 'Beslutning i Børne- og Ungeudvalget den 04-10-2023' (Udsat. / Drøftet. ...) above it - history. Outcomes: 1, 4, 8 'Godkendt.' approved; 2 'Godkendt med bemærkning om, at ...' approved; 3 votes 'For stemte: V og C (2) / Imod stemte: A og F (3) / Forslaget faldt.' -> rejected ('faldt' = fell); 5 'Udvalget drøftede høringsudkastet og afgiver ikke høringssvar.' discussed; 6 'Orienteringen blev taget til efterretning.' noted; 7 'Sagen oversendes til Økonomiudvalget, ...' referred.
proposal_present: 2, 4, 5, 6, 7 ('Indstilling' block 'Center for ... anbefaler, at ...'); 3 is a party motion ('Forslag' block 'Venstre foreslår, at ...') -> false; 1 and 8 false."""
write_gold(REL, notes, [gold_doc("referat", "Referat", "Børne- og Ungeudvalget", "2023-11-08", "15:00", "17:15",
                                 "Lokale 1.12, Rådhuset, Vordingborg", people=people, items=gitems)])
