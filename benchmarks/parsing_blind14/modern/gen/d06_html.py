import sys, html
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from lib import *

REL = "kolding-portal-2024/folkeoplysningsudvalget_referat_2024-01-17.html"
e = html.escape

members = [("Birgitte Holm", "A", "Formand"), ("Søren Ladefoged", "V", "Næstformand"), ("Jakob Kirk", None, None),
           ("Nanna Friis", None, None), ("Ib Sandholm", "C", None)]
absent = [("Rasmus Kjeldgaard", None)]

# number, title, sagsnr, sections[(h, text)], proposal list, decision, outcome, closed
items = [
 ("1", "Godkendelse af dagsorden", None, [], None, "Godkendt.", "approved", False),
 ("2", "Fordeling af aktivitetstilskud 2024", "24/00412",
  [("Sagsfremstilling", "Der er indkommet 64 ansøgninger om aktivitetstilskud fra folkeoplysende foreninger. Den samlede ramme er 4,1 mio. kr."),
   ("Økonomi", "Tilskuddet afholdes inden for udvalgets budget.")],
  ["at aktivitetstilskuddet fordeles efter den vedlagte model", "at restpuljen overføres til lokaletilskud"],
  "Godkendt som indstillet.", "approved", False),
 ("3", "Ansøgning om lokaletilskud - Kolding Skakklub", "23/18870",
  [("Sagsfremstilling", "Klubben søger om tilskud til leje af lokaler i Nicolai. Administrationen vurderer, at ansøgningen ikke opfylder betingelserne i folkeoplysningsloven § 21.")],
  ["at ansøgningen afslås"],
  "Ansøgningen blev afslået. Søren Ladefoged (V) stemte for at imødekomme ansøgningen.", "rejected", False),
 ("4", "Revision af tilskudsregler for folkeoplysende voksenundervisning", "23/20115",
  [("Sagsfremstilling", "Tilskudsreglerne har ikke været revideret siden 2019. Administrationen har udarbejdet et forslag efter dialog med oplysningsforbundene."),
   ("Høring", "Forslaget har været i høring hos aftenskolerne. Der er modtaget 5 høringssvar.")],
  ["at udvalget anbefaler Kultur- og Fritidsudvalget at godkende de reviderede regler"],
  "Anbefalet over for Kultur- og Fritidsudvalget.", "recommended", False),
 ("5", "Orientering om haltider sæson 2024/25", "24/00655",
  [("Sagsfremstilling", "Fordelingen af haltider sker i marts. Orienteringen omfatter tidsplan og principper.")],
  ["at orienteringen tages til efterretning"],
  "Taget til efterretning.", "noted", False),
 ("6", "Klage over afslag på tilskud", "23/19902", [], None, "Klagen blev ikke imødekommet.", "rejected", True),
 ("7", "Eventuelt", None, [], None, "Intet.", "noted", False),
]

out = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8"><title>Referat - Folkeoplysningsudvalget - 17.01.2024 - Kolding Kommune</title>',
       '<link rel="stylesheet" href="/assets/portal.css"><script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script></head><body>',
       '<div id="cookie-consent" class="cookie"><div class="cookie__text">Vi bruger cookies til at forbedre din oplevelse. <a href="/cookies">Læs mere</a></div><button>Accepter</button></div>',
       '<div class="site"><div class="site-header"><div class="logo">Kolding Kommune</div><ul class="nav"><li><a href="/">Forside</a></li><li><a href="/politik">Politik</a></li><li><a href="/moeder">Dagsordener og referater</a></li><li><a href="/kontakt">Kontakt</a></li></ul></div>',
       '<div class="breadcrumb"><ul><li><a href="/">Forside</a></li><li><a href="/moeder">Møder</a></li><li>Folkeoplysningsudvalget</li></ul></div>',
       '<div class="meeting"><div class="meeting__head">',
       '<div class="meeting__type">Referat</div><div class="meeting__committee">Folkeoplysningsudvalget</div>',
       '<div class="meeting__meta"><ul>',
       '<li><div class="k">Mødedato</div><div class="v">onsdag 17. januar 2024</div></li>',
       '<li><div class="k">Starttidspunkt</div><div class="v">17:00</div></li>',
       '<li><div class="k">Sluttidspunkt</div><div class="v">19:10</div></li>',
       '<li><div class="k">Mødested</div><div class="v">Multisalen, Kolding Bibliotek, Slotssøbakken 4</div></li>',
       '</ul></div>',
       '<div class="meeting__members"><div class="k">Medlemmer</div><ul>']
for n, p, r in members:
    out.append(f'<li><span class="name">{e(n)}</span>' + (f' <span class="party">({p})</span>' if p else "") + (f' <span class="role">- {r}</span>' if r else "") + "</li>")
out.append('</ul><div class="k">Fraværende</div><ul>')
for n, p in absent:
    out.append(f'<li><span class="name">{e(n)}</span></li>')
out.append('</ul></div>')
out.append('<div class="meeting__actions"><ul><li><a href="?print=1">Udskriv</a></li><li><a href="/pdf/fou-2024-01-17.pdf">Hent som PDF</a></li><li><a href="#">Abonnér på udvalget</a></li></ul></div></div>')
out.append('<div class="agenda"><ul class="agenda__list">')
gitems = []
for num, title, sag, secs, prop, d, outcome, closed in items:
    out.append(f'<li class="agenda__item" id="punkt-{num}"><div class="agenda__item-head"><div class="agenda__no">{num}.</div>'
               f'<div class="agenda__title">{e(title)}</div><div class="badge">{"Lukket punkt" if closed else "Åbent punkt"}</div></div>')
    out.append('<div class="agenda__item-body">')
    if sag:
        out.append(f'<div class="case"><div class="k">Sagsnummer</div><div class="v">{sag}</div></div>')
    if closed:
        out.append('<div class="closed-note">Punktet er behandlet for lukkede døre.</div>')
    for h, t in secs:
        out.append(f'<div class="field"><div class="field__label">{e(h)}</div><div class="field__text"><p>{e(t)}</p></div></div>')
    if prop:
        out.append('<div class="field"><div class="field__label">Indstilling</div><div class="field__text"><p>Fritids- og Idrætsafdelingen indstiller,</p><ul>' +
                   "".join(f"<li>{e(x)}</li>" for x in prop) + '</ul></div></div>')
    out.append(f'<div class="field field--decision"><div class="field__label">Beslutning</div><div class="field__text"><div><div><p>{e(d)}</p></div></div></div></div>')
    out.append('</div></li>')
    gitems.append(gold_item(num, title, [sag] if sag else [], closed, bool(prop), dec(d, outcome)))
out.append('</ul></div></div>')
out.append('<div class="site-footer"><ul><li>Kolding Kommune</li><li>Akseltorv 1, 6000 Kolding</li><li>Tlf. 79 79 79 79</li><li><a href="/tilgaengelighed">Tilgængelighedserklæring</a></li></ul></div></div>')
out.append('<script>document.querySelectorAll(".agenda__item-head").forEach(function(h){h.addEventListener("click",function(){h.parentNode.classList.toggle("open")})});</script></body></html>')
p = CORPUS / REL
p.parent.mkdir(parents=True, exist_ok=True)
p.write_text("\n".join(out), encoding="utf-8")

people = [person(n, (r.lower() if r else "medlem"), pp) for n, pp, r in members] + [person("Rasmus Kjeldgaard", "fraværende")]
notes = """Invented Kolding Kommune meeting-portal HTML page (UTF-8) of a Folkeoplysningsudvalget REFERAT, built only of nested <div>s and <ul>/<li> lists (no table, no th/td, no dt/dd, no h-tags for items): meeting meta as '<li><div class="k">Mødedato</div><div class="v">onsdag 17. januar 2024</div></li>', items as '<li class="agenda__item">' with '<div class="agenda__no">N.</div><div class="agenda__title">', a badge 'Åbent punkt'/'Lukket punkt', fields '<div class="field__label">Sagsfremstilling|Økonomi|Høring|Indstilling|Beslutning</div>'. 1 document, 7 items.
PAGE FURNITURE: cookie banner, site navigation (Forside/Politik/Dagsordener og referater/Kontakt), breadcrumb, actions list (Udskriv / Hent som PDF / Abonnér på udvalget), footer with address and phone, scripts, and the badges 'Åbent punkt'/'Lukket punkt' (the badge is the closed marker, not part of the title).
HEADER: Mødedato 'onsdag 17. januar 2024' -> 2024-01-17; Starttidspunkt 17:00; Sluttidspunkt 19:10. Location 'Multisalen, Kolding Bibliotek, Slotssøbakken 4'. Body 'Folkeoplysningsudvalget'. Title 'Referat' (the <title> 'Referat - Folkeoplysningsudvalget - 17.01.2024 - Kolding Kommune' fair).
PEOPLE: 'Medlemmer' list: role Formand/Næstformand where printed (lower-cased), else 'medlem'; party letters only where printed '(A)', '(V)', '(C)' - the two folkeoplysning representatives Jakob Kirk and Nanna Friis have none. 'Fraværende': Rasmus Kjeldgaard. Søren Ladefoged named again in item 3's decision.
ITEMS: 'N.' + title; case numbers from 'Sagsnummer' (YY/NNNNN). Item 6 badge 'Lukket punkt' -> closed=true; it still prints its Sagsnummer and its decision.
DECISIONS (field 'Beslutning', wrapped in two extra divs): 1 'Godkendt.' approved; 2 'Godkendt som indstillet.' approved; 3 'Ansøgningen blev afslået. Søren Ladefoged (V) stemte for at imødekomme ansøgningen.' -> rejected (the APPLICATION was refused, which is what the indstilling 'at ansøgningen afslås' proposed: so by the proposal the decision FOLLOWED it and 'approved' is defensible - gold keeps rejected because the printed decision says the matter was refused; flag this as a judgement call); 4 'Anbefalet over for Kultur- og Fritidsudvalget.' recommended; 5 'Taget til efterretning.' noted; 6 (closed) 'Klagen blev ikke imødekommet.' -> rejected (the complaint was refused); 7 'Intet.' noted ('other' defensible).
proposal_present: 2-5 (field 'Indstilling' with 'Fritids- og Idrætsafdelingen indstiller,' + list)."""
write_gold(REL, notes, [gold_doc("referat", "Referat", "Folkeoplysningsudvalget", "2024-01-17", "17:00", "19:10",
                                 "Multisalen, Kolding Bibliotek, Slotssøbakken 4", people=people, items=gitems)])
