from lib import *
NAME = "frederikssund-kfu_dagsorden_2020-03-05.html"
items = [
 ("1", "Godkendelse af dagsorden", None, "", None),
 ("2", "Kulturpris 2020 - indstilling af modtagere", "20/3127",
  "Der er indkommet 9 forslag til modtagere af kommunens kulturpris. Forslagene fremgår af bilag 1.",
  "Direktøren for Kultur og Fritid indstiller til Kultur- og Fritidsudvalget, at udvalget udpeger modtageren af Kulturpris 2020 blandt de indkomne forslag."),
 ("3", "Ny aftale med Frederikssund Musikskole om instrumentudlån", "19/22871",
  "Den gældende aftale udløber 1. august 2020. Musikskolen ønsker at udvide udlånet til 3. klasse.",
  "Direktøren for Kultur og Fritid indstiller til Kultur- og Fritidsudvalget, at aftalen forlænges til 31. juli 2023."),
 ("4", "Status på renovering af Jægerspris Bibliotek", "18/09554",
  "Renoveringen er forsinket 6 uger på grund af fugt i kælderen. Budgettet forventes overholdt.",
  "Direktøren for Kultur og Fritid indstiller til Kultur- og Fritidsudvalget, at orienteringen tages til efterretning."),
]
def art(n, t, s, body, ind):
    h = f'<section class="agenda-item" id="punkt-{n}">\n<h3 class="agenda-item__title"><span class="no">{n}.</span> {t}</h3>\n'
    if s:
        h += f'<dl class="meta"><dt>Sagsnr.</dt><dd>{s}</dd><dt>Sagsbehandler</dt><dd>Louise Bang</dd></dl>\n'
    if body:
        h += f'<h4>Sagsfremstilling</h4>\n<p>{body}</p>\n'
    if ind:
        h += f'<h4>Indstilling</h4>\n<p>{ind}</p>\n'
    h += '<h4>Beslutning</h4>\n<p></p>\n<h4>Bilag</h4>\n<ul class="attachments"></ul>\n</section>\n'
    return h
body = "".join(art(*x) for x in items)
body += ('<section class="agenda-item agenda-item--closed" id="punkt-5">\n<h3 class="agenda-item__title"><span class="no">5.</span> '
         'Lukket: Lejekontrakt - Slangerup Idrætscenter</h3>\n<p class="closed-note">Punktet behandles for lukkede døre.</p>\n</section>\n')
toc = "".join(f'<tr><td>{n}.</td><td><a href="#punkt-{n}">{t}</a></td></tr>\n' for n, t, *_ in items)
toc += '<tr><td>5.</td><td><a href="#punkt-5">Lukket: Lejekontrakt - Slangerup Idrætscenter</a></td></tr>\n'
H = f"""<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Dagsorden - Kultur- og Fritidsudvalget - 05.03.2020</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body class="dagsorden-portal">
<div class="topbar"><a href="https://www.frederikssund.dk">Frederikssund Kommune</a> | <a href="/soeg">Søg i dagsordener</a> | <a href="/abonner">Abonnér</a></div>
<div class="meeting-header">
<h1>Dagsorden</h1>
<h2>Kultur- og Fritidsudvalget</h2>
<table class="meeting-info">
<tr><th>Dato</th><td>05.03.2020</td></tr>
<tr><th>Starttidspunkt</th><td>16:30</td></tr>
<tr><th>Sluttidspunkt</th><td>18:00</td></tr>
<tr><th>Sted</th><td>Mødelokale D1, Rådhuset, Torvet 2</td></tr>
<tr><th>Medlemmer</th><td>Tina Steen Bruun (A), formand<br>Kristian Lindahl (V)<br>Ole Sønderby (O)<br>Inger Wind (F)<br>Morten Skytt (C)</td></tr>
</table>
<p><a class="btn" href="/pdf/kfu-2020-03-05.pdf">Hent samlet PDF</a></p>
</div>
<h2>Punkter</h2>
<table class="toc">
{toc}</table>
{body}
<footer>Udskrevet fra dagsordensportalen 02.03.2020 14:12 · Netcompany Dagsorden</footer>
</body></html>
"""
text(NAME, H)
notes = ("HTML agenda page from a meeting portal (Netcompany/KMD-style, imitated): meeting info as a <table> of th/td (Dato 05.03.2020, "
 "Starttidspunkt, Sluttidspunkt, Sted, Medlemmer), an items TOC table (furniture), items as <section> with <h3> '<span>N.</span> Title', a "
 "<dl> with Sagsnr. and Sagsbehandler, sections Sagsfremstilling / Indstilling and an EMPTY 'Beslutning' heading; closed item 5 titled "
 "'Lukket: Lejekontrakt - Slangerup Idrætscenter'. Footer 'Udskrevet fra dagsordensportalen 02.03.2020 14:12' is a print stamp, not the "
 "meeting date/time (trap).\nKIND dagsorden: all decisions null (the Beslutning headings are empty).\nHEADER: 2020-03-05, 16:30-18:00, location "
 "'Mødelokale D1, Rådhuset, Torvet 2', body 'Kultur- og Fritidsudvalget'.\nITEMS 1-5; item 5 title 'Lejekontrakt - Slangerup Idrætscenter' "
 "('Lukket:' tag stripped), closed=true. proposal_present true for 2-4, false for 1 and 5.\nCASE NUMBERS: Sagsnr. 20/3127, 19/22871, 18/09554.\n"
 "PEOPLE: Medlemmer with party letters (Tina Steen Bruun formand, others 'medlem'), Louise Bang (Sagsbehandler, printed under items 2-4).")
gold(NAME, notes, [D("dagsorden", "Dagsorden Kultur- og Fritidsudvalget", "Kultur- og Fritidsudvalget", "2020-03-05", "16:30", "18:00",
 "Mødelokale D1, Rådhuset, Torvet 2",
 people=[P("Tina Steen Bruun", "formand", "A"), P("Kristian Lindahl", "medlem", "V"), P("Ole Sønderby", "medlem", "O"),
         P("Inger Wind", "medlem", "F"), P("Morten Skytt", "medlem", "C"), P("Louise Bang", "Sagsbehandler")],
 items=[I(1, "Godkendelse af dagsorden"),
        I(2, "Kulturpris 2020 - indstilling af modtagere", ["20/3127"], prop=True),
        I(3, "Ny aftale med Frederikssund Musikskole om instrumentudlån", ["19/22871"], prop=True),
        I(4, "Status på renovering af Jægerspris Bibliotek", ["18/09554"], prop=True),
        I(5, "Lejekontrakt - Slangerup Idrætscenter", closed=True)])])
