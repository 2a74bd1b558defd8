from lib import *
NAME = "koege-landdistriktsraadet_referat-med-bilag_2021-02-16.pdf"
def head(p, n):
    return None if p == 1 else "Bilag 1 til punkt 3: Ansøgning fra Borup Borgerforening"
fur = [(22, 289, head, "l", "Helvetica-Oblique", 8), (188, 10, "{page}", "r", "Helvetica", 8)]
B = [
 ("h1", "Referat – Landdistriktsrådet"),
 ("p", "Tirsdag 16. februar 2021, kl. 19.00–21.00, afholdt som Teams-møde"),
 ("p", "Til stede: Bente Hyldgaard (formand), Claus Kirkegaard, Mona Riis, Søren Fabricius, Lene Ørsted\n"
       "Fra Køge Kommune: landdistriktskoordinator Mads Vinther (referent)\nAfbud: Niels Stougaard"),
 ("h3", "Punkt 1. Godkendelse af dagsorden og referat"),
 ("p", "Dagsorden og referat fra 19. januar 2021 godkendt."),
 ("h3", "Punkt 2. Landdistriktspuljen 2021 – kriterier"),
 ("p", "Mads Vinther fremlagde forslag til kriterier. Der blev lagt vægt på, at mindst halvdelen af puljen går til "
       "projekter med frivillig arbejdskraft."),
 ("p", "Landdistriktsrådet besluttede at anbefale kriterierne over for Kultur- og Fritidsudvalget."),
 ("h3", "Punkt 3. Ansøgning fra Borup Borgerforening om tilskud til shelter"),
 ("p", "Se bilag 1. Borgerforeningen søger 38.000 kr. til et shelter ved Borup Sø."),
 ("p", "Ansøgningen blev ikke imødekommet, da projektet ikke har landzonetilladelse endnu. Borgerforeningen opfordres "
       "til at søge igen i næste runde."),
 ("h3", "Punkt 4. Eventuelt"),
 ("p", "Søren Fabricius foreslog et fællesmøde med lokalrådene i Bjæverskov og Gørslev."),
 ("pb",),
 ("p", "Borup Borgerforening\nv/ formand Kirsten Vig\nHovedgaden 12, 4140 Borup"),
 ("r", "Borup, d. 2. februar 2021"),
 ("p", "Til Landdistriktsrådet, Køge Kommune"),
 ("h3", "Ansøgning om tilskud til shelter ved Borup Sø"),
 ("p", "Borup Borgerforening søger hermed om 38.000 kr. fra Landdistriktspuljen til opførelse af et shelter med bålplads "
       "ved Borup Sø. Shelteret bygges af frivillige fra foreningen og fra spejderne i Borup."),
 ("p", "Budget:\nMaterialer 29.500 kr.\nBålplads og borde 6.000 kr.\nSkilte 2.500 kr.\nI alt 38.000 kr."),
 ("p", "Med venlig hilsen\nKirsten Vig\nformand"),
]
pdf(NAME, B, fur, margins=(22, 22, 24, 20))
notes = ("Two-document PDF from a small advisory council (Landdistriktsrådet, Køge): page 1 the referat, page 2 an incoming letter attached to "
 "item 3 with the header 'Bilag 1 til punkt 3: Ansøgning fra Borup Borgerforening' (not the 'Punkt N, Bilag M' wording of FirstAgenda).\n"
 "D1 referat: 'Tirsdag 16. februar 2021, kl. 19.00–21.00, afholdt som Teams-møde' -> 2021-02-16, 19:00-21:00, location 'Teams-møde' (an online "
 "meeting; null defensible - the scorer skips nothing here, so a parser giving null misses it). Body 'Landdistriktsrådet'. Items 'Punkt N. Title'; "
 "decision = the result sentence without a label: 1 'Dagsorden og referat fra 19. januar 2021 godkendt.' approved; 2 'Landdistriktsrådet "
 "besluttede at anbefale kriterierne over for Kultur- og Fritidsudvalget.' recommended (the first paragraph is the presentation); 3 'Ansøgningen "
 "blev ikke imødekommet, ...' rejected; 4: a suggestion only, no decision -> null. proposal_present false everywhere ('fremlagde forslag til "
 "kriterier' is narrated, no Indstilling block; true defensible for 2). People: Til stede (formand as printed, others 'deltager'), "
 "landdistriktskoordinator Mads Vinther, Afbud Niels Stougaard.\nD2: kind bilag (an application letter; 'andet' defensible), title 'Ansøgning om "
 "tilskud til shelter ved Borup Sø', date 2021-02-02 ('Borup, d. 2. februar 2021'), body null, person Kirsten Vig (formand of the "
 "borgerforening). attachment_of {item 3, number 1} from the printed marker 'Bilag 1 til punkt 3' - same meaning as 'Punkt 3, Bilag 1' in other "
 "words (gold rule 8 asks for a printed marker, which this is). No case numbers anywhere.")
gold(NAME, notes, [
 D("referat", "Referat – Landdistriktsrådet", "Landdistriktsrådet", "2021-02-16", "19:00", "21:00", "Teams-møde",
   people=[P("Bente Hyldgaard", "formand"), P("Claus Kirkegaard", "deltager"), P("Mona Riis", "deltager"), P("Søren Fabricius", "deltager"),
           P("Lene Ørsted", "deltager"), P("Mads Vinther", "landdistriktskoordinator"), P("Niels Stougaard", "afbud")],
   items=[I(1, "Godkendelse af dagsorden og referat", dec="Dagsorden og referat fra 19. januar 2021 godkendt.", outcome="approved"),
          I(2, "Landdistriktspuljen 2021 – kriterier", dec="Landdistriktsrådet besluttede at anbefale kriterierne over for Kultur- og Fritidsudvalget.", outcome="recommended"),
          I(3, "Ansøgning fra Borup Borgerforening om tilskud til shelter",
            dec="Ansøgningen blev ikke imødekommet, da projektet ikke har landzonetilladelse endnu. Borgerforeningen opfordres til at søge igen i næste runde.", outcome="rejected"),
          I(4, "Eventuelt")]),
 D("bilag", "Ansøgning om tilskud til shelter ved Borup Sø", None, "2021-02-02", people=[P("Kirsten Vig", "formand")],
   attachment_of={"item": "3", "number": 1})])
