from lib import *
NAME = "vordingborg-aeldreraad_referat_2018-09-05.pdf"
fur = [(105, 12, "{page}", "c", "Times-Roman", 9)]
B = [
 ("h2", "Ældrerådet"),
 ("h1", "Referat af møde i Ældrerådet"),
 ("p", "Onsdag den 5. september 2018 kl. 9.30-12.00\nSted: Mødelokale Møn, Vordingborg Rådhus, Valdemarsgade 43"),
 ("p", "Deltagere: Inger Marie Holm (formand), Bent Rasmussen (næstformand), Ruth Kjeldsen, Finn Thomsen og Aase Mortensen"),
 ("p", "Afbud: Grethe Pallesen"),
 ("p", "Fra administrationen: Ældrechef Lis Brandt (punkt 3) og sekretær Jonna Friis (referent)"),
 ("sp", 6),
 ("h3", "1. Godkendelse af dagsorden"),
 ("p", "Referat: Dagsordenen blev godkendt."),
 ("h3", "2. Godkendelse af referat fra mødet den 8. august 2018"),
 ("p", "Referat: Godkendt uden bemærkninger."),
 ("h3", "3. Høring: Kvalitetsstandard for praktisk hjælp 2019"),
 ("p", "Bilag: Udkast til kvalitetsstandard, fremsendt pr. mail den 24. august 2018."),
 ("p", "Ældrechef Lis Brandt gennemgik de væsentligste ændringer i forhold til 2018: Rengøring hver "
       "tredje uge i stedet for hver anden uge for borgere, der kan klare dele af opgaven selv, og et "
       "nyt tilbud om træning i at klare rengøringen (hverdagsrehabilitering)."),
 ("p", "Referat: Ældrerådet drøftede udkastet. Rådet er bekymret for, om rengøring hver tredje uge er "
       "tilstrækkeligt for borgere med KOL og allergi. Formanden og Finn Thomsen udarbejder "
       "høringssvaret, som fremsendes senest den 20. september 2018."),
 ("h3", "4. Orientering fra formanden"),
 ("p", "Referat: Formanden orienterede om Danske Ældreråds temadag i Nyborg og om et møde med "
       "borgmester Knud Erik Lind om ældrebudgettet. Orienteringen blev taget til efterretning."),
 ("h3", "5. Budget 2019-2022 – Ældrerådets høringssvar"),
 ("p", "Udkast til høringssvar var udsendt med dagsordenen."),
 ("p", "Referat: Høringssvaret blev vedtaget med den ændring, at afsnittet om demensområdet uddybes."),
 ("h3", "6. Ældrerådsvalg 2021 – valgmetode"),
 ("p", "Skal valget i 2021 holdes som fremmødevalg eller som brevafstemning?"),
 ("p", "Referat: Sagen blev udsat til mødet i oktober, da Grethe Pallesen har undersøgt erfaringerne fra Næstved."),
 ("h3", "7. Eventuelt"),
 ("p", "Referat: Intet."),
 ("sp", 10),
 ("p", "Næste møde: Onsdag den 3. oktober 2018 kl. 9.30 på Vordingborg Rådhus."),
 ("p", "Referent: Jonna Friis"),
]
pdf(NAME, B, fur, font="Times-Roman", size=11, margins=(25, 25, 20, 20))
notes = ("Plain Word minutes of a small council (Ældrerådet, Vordingborg), no meeting system, Times, page number only at the "
 "foot. One document, 7 items numbered '1.'-'7.' in bold headings; decision text after the label 'Referat:' in each item.\n"
 "HEADER: 'Onsdag den 5. september 2018 kl. 9.30-12.00' -> date 2018-09-05, start 09:30, end 12:00 (dot in times). "
 "Location 'Mødelokale Møn, Vordingborg Rådhus, Valdemarsgade 43' (after 'Sted:'). Body 'Ældrerådet'. The closing line "
 "'Næste møde: Onsdag den 3. oktober 2018 kl. 9.30 ...' is NOT this meeting's date (trap).\n"
 "DECISIONS (text after 'Referat:'): 1 'Dagsordenen blev godkendt.' approved; 2 'Godkendt uden bemærkninger.' approved; "
 "3 drøftede + høringssvar to be written -> discussed; 4 '... Orienteringen blev taget til efterretning.' -> noted (text is the "
 "whole Referat paragraph); 5 'Høringssvaret blev vedtaget med den ændring ...' -> approved; 6 'Sagen blev udsat ...' -> postponed; "
 "7 'Intet.' -> noted (decision null is defensible: nothing happened under Eventuelt).\nproposal_present false everywhere "
 "(no Indstilling blocks; the question under 6 is not a proposal).\nCASE NUMBERS: none printed.\n"
 "PEOPLE: Deltagere list (roles formand/næstformand as printed, others 'deltager' from the list heading), Afbud Grethe Pallesen "
 "(role afbud), Ældrechef Lis Brandt, sekretær Jonna Friis (sekretær/referent), borgmester Knud Erik Lind from item 4 prose.")
gold(NAME, notes, [D("referat", "Referat af møde i Ældrerådet", "Ældrerådet", "2018-09-05", "09:30", "12:00",
 "Mødelokale Møn, Vordingborg Rådhus, Valdemarsgade 43",
 people=[P("Inger Marie Holm", "formand"), P("Bent Rasmussen", "næstformand"), P("Ruth Kjeldsen", "deltager"),
         P("Finn Thomsen", "deltager"), P("Aase Mortensen", "deltager"), P("Grethe Pallesen", "afbud"),
         P("Lis Brandt", "Ældrechef"), P("Jonna Friis", "sekretær"), P("Knud Erik Lind", "borgmester")],
 items=[I(1, "Godkendelse af dagsorden", dec="Dagsordenen blev godkendt.", outcome="approved"),
        I(2, "Godkendelse af referat fra mødet den 8. august 2018", dec="Godkendt uden bemærkninger.", outcome="approved"),
        I(3, "Høring: Kvalitetsstandard for praktisk hjælp 2019",
          dec="Ældrerådet drøftede udkastet. Rådet er bekymret for, om rengøring hver tredje uge er tilstrækkeligt for borgere med KOL og allergi. Formanden og Finn Thomsen udarbejder høringssvaret, som fremsendes senest den 20. september 2018.",
          outcome="discussed"),
        I(4, "Orientering fra formanden",
          dec="Formanden orienterede om Danske Ældreråds temadag i Nyborg og om et møde med borgmester Knud Erik Lind om ældrebudgettet. Orienteringen blev taget til efterretning.",
          outcome="noted"),
        I(5, "Budget 2019-2022 – Ældrerådets høringssvar",
          dec="Høringssvaret blev vedtaget med den ændring, at afsnittet om demensområdet uddybes.", outcome="approved"),
        I(6, "Ældrerådsvalg 2021 – valgmetode",
          dec="Sagen blev udsat til mødet i oktober, da Grethe Pallesen har undersøgt erfaringerne fra Næstved.", outcome="postponed"),
        I(7, "Eventuelt", dec="Intet.", outcome="noted")])])
