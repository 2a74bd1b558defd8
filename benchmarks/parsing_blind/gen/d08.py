from lib import *
NAME = "valby-lokaludvalg_referat_2024-06-12.html"
H = """<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<title>Referat af lokaludvalgsmøde 12. juni 2024 | Valby Lokaludvalg</title>
<link rel="stylesheet" href="/themes/lokaludvalg/css/main.css">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"page":"referat","id":"2024-06-12"});</script>
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">Valby Lokaludvalg</a>
  <nav class="main-menu"><ul>
    <li><a href="/om-os">Om lokaludvalget</a></li>
    <li><a href="/moeder">Møder og referater</a></li>
    <li><a href="/puljer">Søg puljemidler</a></li>
    <li><a href="/kontakt">Kontakt</a></li>
  </ul></nav>
  <div class="breadcrumb"><a href="/">Forside</a> › <a href="/moeder">Møder og referater</a> › Referat 12. juni 2024</div>
</header>
<main>
<article class="meeting">
<h1>Referat af lokaludvalgsmøde 12. juni 2024</h1>
<p><strong>Tid:</strong> Onsdag den 12. juni 2024 kl. 18.30–21.00</p>
<p><strong>Sted:</strong> Valby Kulturhus, mødesal 2, Valgårdsvej 4-8</p>
<h3>Til stede</h3>
<p>Camilla Frost (formand, Ø), Jakob Skytte (næstformand, A), Marianne Lund (V), Peter Holm (F),
Birgitte Aagaard (Valby Lokalhistoriske Forening), Ahmad Rahimi (Valby Idrætsråd), Lone Juhl (Grundejerforeningen Vigerslev)</p>
<h3>Afbud</h3>
<p>Søren Vestergaard (C), Tine Boye (Valby Ungdomsskole)</p>
<h3>Fra sekretariatet</h3>
<p>Sekretariatsleder Anders Kvist (referent), projektmedarbejder Ida Mølgaard</p>

<h2>Punkt 1 – Velkomst og godkendelse af dagsorden</h2>
<p><strong>Beslutning:</strong> Dagsordenen blev godkendt.</p>

<h2>Punkt 2 – Trafiksikkerhed på Vigerslev Allé – høringssvar</h2>
<p>Teknik- og Miljøforvaltningen har sendt forslag om to nye fodgængerfelter og en hævet flade ved Vigerslev Allé Skole i høring.
Sekretariatet har udarbejdet et udkast til høringssvar.</p>
<p><strong>Indstilling:</strong> Sekretariatet indstiller, at lokaludvalget godkender udkastet til høringssvar.</p>
<p><strong>Beslutning:</strong> Lokaludvalget godkendte høringssvaret med et tillæg om cykelparkering ved skolen.
Afstemning: 9 for, 2 imod (V, C-suppleant), 1 undlod.</p>

<h2>Punkt 3 – Ansøgninger til Valby-puljen, 2. runde 2024</h2>
<p>Sagsnr.: 2024-0187542</p>
<p>Der er indkommet 7 ansøgninger for i alt 412.000 kr. Puljens restbeløb er 260.000 kr. Se oversigten i bilag 3.</p>
<p><strong>Indstilling:</strong> Puljeudvalget indstiller, at der bevilges støtte til ansøgning 1, 2, 4 og 6.</p>
<p><strong>Beslutning:</strong> Vedtaget, dog således at ansøgning 6 (Valby Sommerfest) får 30.000 kr. i stedet for 45.000 kr.
Ahmad Rahimi deltog ikke i behandlingen af ansøgning 4 på grund af inhabilitet.</p>

<h2>Punkt 4 – Bydelsplan 2025-2028 – proces</h2>
<p>Sagsnr.: 2024-0203311</p>
<p>Projektmedarbejder Ida Mølgaard præsenterede forslaget til proces for den nye bydelsplan med tre borgermøder i efteråret.</p>
<p><strong>Beslutning:</strong> Lokaludvalget drøftede processen og bad sekretariatet om at tilføje et ungepanel.
Punktet genoptages på mødet i august.</p>

<h2>Punkt 5 – Orientering fra arbejdsgrupperne</h2>
<p><strong>Beslutning:</strong> Orienteringen blev taget til efterretning.</p>

<h2>Punkt 6 – Eventuelt</h2>
<p>Næste møde er onsdag den 14. august 2024 kl. 18.30 i Valby Kulturhus.</p>
</article>
<aside class="related">
<h4>Relaterede møder</h4>
<ul><li><a href="/moeder/2024-05-15">Referat af lokaludvalgsmøde 15. maj 2024</a></li>
<li><a href="/moeder/2024-04-10">Referat af lokaludvalgsmøde 10. april 2024</a></li></ul>
</aside>
</main>
<footer class="site-footer">
<p>Valby Lokaludvalg · Valgårdsvej 4-8 · 2500 Valby · valby@lokaludvalg.kk.dk</p>
<div id="cookie-banner" role="dialog"><p>Vi bruger cookies til statistik. <button>Accepter</button> <button>Afvis</button></p></div>
</footer>
</body>
</html>
"""
text(NAME, H)
notes = ("Web page of a Copenhagen-style lokaludvalg referat (a CMS page, not a meeting system): site menu, breadcrumb, a 'Relaterede møder' "
 "aside with other meeting dates and titles, footer with address and a cookie dialog (all furniture). Items are <h2>'Punkt N – Title' (en dash, "
 "not a colon); decisions after '<strong>Beslutning:</strong>'.\nHEADER: 'Onsdag den 12. juni 2024 kl. 18.30–21.00' -> 2024-06-12, 18:30-21:00. "
 "Location 'Valby Kulturhus, mødesal 2, Valgårdsvej 4-8'. Body 'Valby Lokaludvalg'. The aside links (15. maj, 10. april) and 'Næste møde' under "
 "item 6 (14. august) are not this meeting.\nITEMS 1-6, titles after 'Punkt N – '. Item 2 title has a second en dash ('Vigerslev Allé – høringssvar') "
 "which belongs to the title.\nDECISIONS: 1 approved; 2 'Lokaludvalget godkendte høringssvaret ... Afstemning: 9 for, 2 imod (V, C-suppleant), 1 undlod.' "
 "approved; 3 'Vedtaget, dog således ...' approved (decision text includes the inhabilitet sentence); 4 'drøftede ... Punktet genoptages på mødet i "
 "august.' -> discussed (postponed defensible); 5 noted; 6 no decision (only the next meeting) -> null.\nproposal_present: true for 2 and 3 "
 "('Indstilling:'), false otherwise.\nCASE NUMBERS: 'Sagsnr.: 2024-0187542' (3), '2024-0203311' (4).\nPEOPLE: Til stede (roles formand/næstformand "
 "as printed, others 'deltager'; party letters where printed: Camilla Frost Ø, Jakob Skytte A, Marianne Lund V, Peter Holm F; the association "
 "representatives have no party), Afbud Søren Vestergaard (C) and Tine Boye, Sekretariatsleder Anders Kvist, projektmedarbejder Ida Mølgaard. "
 "Party for 'Camilla Frost (formand, Ø)' is printed inside the same bracket as the role.")
gold(NAME, notes, [D("referat", "Referat af lokaludvalgsmøde 12. juni 2024", "Valby Lokaludvalg", "2024-06-12", "18:30", "21:00",
 "Valby Kulturhus, mødesal 2, Valgårdsvej 4-8",
 people=[P("Camilla Frost", "formand", "Ø"), P("Jakob Skytte", "næstformand", "A"), P("Marianne Lund", "deltager", "V"),
         P("Peter Holm", "deltager", "F"), P("Birgitte Aagaard", "deltager"), P("Ahmad Rahimi", "deltager"), P("Lone Juhl", "deltager"),
         P("Søren Vestergaard", "afbud", "C"), P("Tine Boye", "afbud"), P("Anders Kvist", "Sekretariatsleder"),
         P("Ida Mølgaard", "projektmedarbejder")],
 items=[I(1, "Velkomst og godkendelse af dagsorden", dec="Dagsordenen blev godkendt.", outcome="approved"),
        I(2, "Trafiksikkerhed på Vigerslev Allé – høringssvar", prop=True,
          dec="Lokaludvalget godkendte høringssvaret med et tillæg om cykelparkering ved skolen. Afstemning: 9 for, 2 imod (V, C-suppleant), 1 undlod.", outcome="approved"),
        I(3, "Ansøgninger til Valby-puljen, 2. runde 2024", ["2024-0187542"], prop=True,
          dec="Vedtaget, dog således at ansøgning 6 (Valby Sommerfest) får 30.000 kr. i stedet for 45.000 kr. Ahmad Rahimi deltog ikke i behandlingen af ansøgning 4 på grund af inhabilitet.", outcome="approved"),
        I(4, "Bydelsplan 2025-2028 – proces", ["2024-0203311"],
          dec="Lokaludvalget drøftede processen og bad sekretariatet om at tilføje et ungepanel. Punktet genoptages på mødet i august.", outcome="discussed"),
        I(5, "Orientering fra arbejdsgrupperne", dec="Orienteringen blev taget til efterretning.", outcome="noted"),
        I(6, "Eventuelt")])])
