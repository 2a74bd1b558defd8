from lib import *
NAME = "viborg-teknisk-udvalg_referat_1996-10-07.pdf"
fur = [(22, 287, "Teknisk Udvalg - mødet den 7. oktober 1996", "l", "Times-Roman", 9),
       (188, 287, "Side {page}", "r", "Times-Roman", 9)]
def it(n, title, jnr, kle, txt, ind, dec):
    o = [("raw", f"<b><u>{n}. {esc(title)}</u></b>", "p")]
    if jnr: o.append(("p", f"Journalnr.: {jnr}     KLE: {kle}"))
    o.append(("p", txt))
    if ind: o.append(("p", ind))
    o.append(("raw", "<b>Beslutning:</b> " + esc(dec), "p"))
    return o
B = [
 ("cb", "VIBORG KOMMUNE"),
 ("c", "REFERAT"),
 ("c", "fra møde i Teknisk Udvalg\nmandag den 7. oktober 1996 i udvalgsværelse 2, Viborg Rådhus"),
 ("p", "Mødet startede kl. 16.00 og sluttede kl. 18.20."),
 ("p", "Til stede: Formand Poul Erik Vestergaard, Grethe Buus, Anders Bjerregaard, Karen Mikkelsen og Ove Krog.\n"
       "Desuden deltog stadsingeniør Flemming Hald og kontorchef Inga Vad (referent)."),
 ("sp", 6),
] + it(1, "Trafikplan for Viborg midtby - høring", "95/4417", "05.01.00G01",
       "Forslag til trafikplan har været i høring i perioden 1. juli til 15. september 1996. Der er modtaget 23 indsigelser, "
       "hovedsagelig mod lukningen af Sct. Mathias Gade for gennemkørende trafik.",
       "Stadsingeniøren indstiller, at trafikplanen anbefales over for Økonomiudvalget og Byrådet med de ændringer, der fremgår af "
       "høringsnotatet.",
       "Anbefales. Et mindretal (Grethe Buus og Ove Krog) kunne ikke anbefale lukningen af Sct. Mathias Gade.") + \
  it(2, "Vintertjenesten 1996/97", "96/2210", "05.02.00G00",
     "Forvaltningen har udarbejdet forslag til prioritering af vintertjenesten med 3 klasser af veje.",
     "Stadsingeniøren indstiller, at prioriteringen godkendes.",
     "Godkendt med den ændring, at stierne ved skolerne flyttes fra klasse 3 til klasse 2.") + \
  it(3, "Ansøgning om dispensation fra lokalplan 114 - carport Tinggade 8", "96/3308", "01.03.03P19",
     "Ejeren søger om tilladelse til at opføre en carport 1,5 m fra skel mod vej i strid med lokalplanens § 7.",
     "Stadsingeniøren indstiller, at dispensation ikke meddeles.",
     "Indstillingen godkendt. Dispensation meddeles ikke.") + \
  it(4, "Status for kloakrenovering i Overlund", "96/0412", "06.02.03G01",
     "Stadsingeniør Flemming Hald orienterede om fremdriften. Arbejdet er 3 uger bagud på grund af regnvejr.",
     None, "Taget til efterretning.") + \
  it(5, "Byfornyelse Nørregade 24-28", "96/1177", "03.10.00G01",
     "Sagen er trukket af forvaltningen, da ejeren har trukket ansøgningen tilbage.", None, "Udgår.") + [
 ("sp", 14),
 ("p", "Poul Erik Vestergaard          Grethe Buus          Anders Bjerregaard\nKaren Mikkelsen          Ove Krog"),
]
pdf(NAME, B, fur, font="Times-Roman", size=11, margins=(25, 25, 25, 22))
notes = ("1990s word-processor referat (Times, centred heading block, bold underlined item headings 'N. Title', inline bold 'Beslutning:'), "
 "running header 'Teknisk Udvalg - mødet den 7. oktober 1996' and 'Side N'.\nHEADER: 'mandag den 7. oktober 1996 i udvalgsværelse 2, Viborg "
 "Rådhus' -> 1996-10-07, location 'udvalgsværelse 2, Viborg Rådhus'; times from the prose line 'Mødet startede kl. 16.00 og sluttede kl. 18.20.' "
 "-> 16:00-18:20. Body 'Teknisk Udvalg'.\nCASE NUMBERS: 'Journalnr.:' values (95/4417 ...). The 'KLE:' values on the same line (05.01.00G01 ...) "
 "are classification codes (the subject class of the case), not case numbers; a reader who lists them as well is not unreasonable, noted as a "
 "judgement call. 'lokalplan 114' and '§ 7' are not cases.\nDECISIONS (after 'Beslutning:'): 1 'Anbefales. Et mindretal (Grethe Buus og Ove Krog) "
 "kunne ikke anbefale ...' recommended; 2 'Godkendt med den ændring, ...' approved; 3 'Indstillingen godkendt. Dispensation meddeles ikke.' approved "
 "(the indstilling to refuse was approved; rejected defensible as the permit was refused); 4 noted; 5 'Udgår.' withdrawn.\nproposal_present: "
 "true for 1-3 ('Stadsingeniøren indstiller'), false for 4, 5.\nPEOPLE: Til stede (Poul Erik Vestergaard role Formand; others 'deltager' from "
 "'Til stede'), stadsingeniør Flemming Hald, kontorchef Inga Vad (also referent). No party letters (minority named by person).")
gold(NAME, notes, [D("referat", "REFERAT fra møde i Teknisk Udvalg", "Teknisk Udvalg", "1996-10-07", "16:00", "18:20", "udvalgsværelse 2, Viborg Rådhus",
 people=[P("Poul Erik Vestergaard", "Formand"), P("Grethe Buus", "deltager"), P("Anders Bjerregaard", "deltager"), P("Karen Mikkelsen", "deltager"),
         P("Ove Krog", "deltager"), P("Flemming Hald", "stadsingeniør"), P("Inga Vad", "kontorchef")],
 items=[I(1, "Trafikplan for Viborg midtby - høring", ["95/4417"], prop=True,
          dec="Anbefales. Et mindretal (Grethe Buus og Ove Krog) kunne ikke anbefale lukningen af Sct. Mathias Gade.", outcome="recommended"),
        I(2, "Vintertjenesten 1996/97", ["96/2210"], prop=True,
          dec="Godkendt med den ændring, at stierne ved skolerne flyttes fra klasse 3 til klasse 2.", outcome="approved"),
        I(3, "Ansøgning om dispensation fra lokalplan 114 - carport Tinggade 8", ["96/3308"], prop=True,
          dec="Indstillingen godkendt. Dispensation meddeles ikke.", outcome="approved"),
        I(4, "Status for kloakrenovering i Overlund", ["96/0412"], dec="Taget til efterretning.", outcome="noted"),
        I(5, "Byfornyelse Nørregade 24-28", ["96/1177"], dec="Udgår.", outcome="withdrawn")])])
