from lib import *
NAME = "aeroe-kommunalbestyrelsen_referat_2016-09-29.pdf"
fur = [(22, 287, "Ærø Kommune", "l", "Helvetica", 8), (188, 287, "Kommunalbestyrelsen 29.09.2016", "r", "Helvetica", 8),
       (105, 10, "Side {page} af {pages}", "c", "Helvetica", 8)]
def it(n, title, sag, resume, forslag, udt, dec, fra=None):
    o = [("h2", f"{n}. {title}")]
    o.append(("p", f"Sagsnummer: {sag}"))
    o += [("h3", "Sagsresumé"), ("p", resume)]
    if forslag: o += [("h3", "Forslag:"), ("p", forslag)]
    if udt: o += [("h3", udt[0]), ("p", udt[1])]
    o += [("h3", "Beslutning i Kommunalbestyrelsen:"), ("p", dec)]
    if fra: o.append(("p", fra))
    return o
B = [
 ("h1", "Kommunalbestyrelsen"),
 ("h2", "Beslutningsprotokol"),
 ("p", "Ordinært møde torsdag den 29. september 2016 kl. 18.00 i Kommunalbestyrelsessalen, Statene 2, Ærøskøbing"),
 ("p", "Til stede: Jørgen Ottosen (V), borgmester; Ib Ørskov (A); Karen Lykke Sand (Ø); Per Kragh (V); Lene Hvilsom (A); "
       "Ole Wiese (C); Anne Grete Bille (V); Bo Lauesen (A); Mette Nyborg (F)\n"
       "Stedfortræder: Mette Nyborg (F) for Birthe Quist (F)\nAfbud: Birthe Quist (F)"),
] + it(112, "Godkendelse af dagsorden", "00.22.04-A00-1-16", "Dagsordenen forelægges til godkendelse.", None, None, "Godkendt.") + \
  it(113, "Budget 2017-2020 - 2. behandling", "00.30.00-S55-2-16",
     "Økonomiudvalget har den 20. september 2016 behandlet budgetforslaget efter 1. behandling. Der er indgået budgetforlig "
     "mellem V, A og C.",
     "Økonomiudvalget anbefaler, at budget 2017-2020 vedtages med de ændringsforslag, der fremgår af budgetforliget, og at "
     "udskrivningsprocenten fastholdes på 26,3.",
     ("Udtalelse fra Ældrerådet:", "Ældrerådet beklager reduktionen i aktivitetsmidlerne på plejecentrene."),
     "Ændringsforslag fra Ø om at fastholde aktivitetsmidlerne blev forkastet med 1 stemme for (Ø) og 8 imod (V, A, C, F).\n"
     "Budget 2017-2020 blev herefter vedtaget.\nFor stemte: V, A, C og F (8)\nImod stemte: Ø (1)") + \
  it(114, "Færgetakster 2017", "08.01.00-S40-1-16",
     "Taksterne på færgeruterne foreslås reguleret med 1,8 pct.",
     "Økonomiudvalget anbefaler, at taksterne godkendes.", None,
     "Udsat til mødet i oktober, idet Ærøfærgernes bestyrelse ønsker at se på pendlerkortet.",
     "Fraværende: Ole Wiese (C)") + \
  it(115, "Spørgsmål fra Karen Lykke Sand (Ø) om affaldsordningen", "07.00.00-A00-3-16",
     "Karen Lykke Sand (Ø) har stillet spørgsmål om erfaringerne med den nye affaldsordning.",
     None, None, "Borgmesteren besvarede spørgsmålet. Taget til efterretning.")
pdf(NAME, B, fur, margins=(22, 22, 25, 20))
notes = ("Kommunalbestyrelse 'Beslutningsprotokol' (small island municipality, generic template): running header with the date in dotted "
 "form '29.09.2016', footer 'Side N af M'; items continue the year's numbering (112-115); 'Sagsnummer:' in KLE journal form; sections "
 "Sagsresumé / 'Forslag:' / 'Udtalelse fra Ældrerådet:' / 'Beslutning i Kommunalbestyrelsen:'.\nHEADER: 'Ordinært møde torsdag den 29. "
 "september 2016 kl. 18.00 i Kommunalbestyrelsessalen, Statene 2, Ærøskøbing' -> 2016-09-29, 18:00, location 'Kommunalbestyrelsessalen, Statene 2, "
 "Ærøskøbing' (date, time and place in ONE sentence); end null. Body 'Kommunalbestyrelsen'.\nATTENDANCE: 'Stedfortræder: Mette Nyborg (F) for "
 "Birthe Quist (F)' -> Mette Nyborg role stedfortræder (the schema's attendance value; she is also in 'Til stede'), Birthe Quist role afbud.\n"
 "DECISIONS: 112 approved; 113: an amendment from Ø was rejected, then 'Budget 2017-2020 blev herefter vedtaget. For stemte: V, A, C og F (8) / "
 "Imod stemte: Ø (1)' -> approved (decision text = the whole block; the Ældreråd statement is a hearing reply, not the decision); 114 'Udsat til "
 "mødet i oktober, ...' postponed ('Fraværende: Ole Wiese (C)' after it is an attendance note, not decision text); 115 'Borgmesteren besvarede "
 "spørgsmålet. Taget til efterretning.' noted.\nproposal_present: 113, 114 true ('Forslag:' with 'Økonomiudvalget anbefaler, at'), 112, 115 false.\n"
 "CASE NUMBERS: the four Sagsnummer values.\nPEOPLE: Til stede with party letters; Jørgen Ottosen role borgmester; others 'medlem' "
 "('deltager' fine); Mette Nyborg stedfortræder; Birthe Quist afbud.")
mem = [("Ib Ørskov", "A"), ("Karen Lykke Sand", "Ø"), ("Per Kragh", "V"), ("Lene Hvilsom", "A"), ("Ole Wiese", "C"), ("Anne Grete Bille", "V"),
       ("Bo Lauesen", "A")]
gold(NAME, notes, [D("referat", "Kommunalbestyrelsen Beslutningsprotokol", "Kommunalbestyrelsen", "2016-09-29", "18:00", None,
 "Kommunalbestyrelsessalen, Statene 2, Ærøskøbing",
 people=[P("Jørgen Ottosen", "borgmester", "V")] + [P(n, "medlem", p) for n, p in mem] +
        [P("Mette Nyborg", "stedfortræder", "F"), P("Birthe Quist", "afbud", "F")],
 items=[I(112, "Godkendelse af dagsorden", ["00.22.04-A00-1-16"], dec="Godkendt.", outcome="approved"),
        I(113, "Budget 2017-2020 - 2. behandling", ["00.30.00-S55-2-16"], prop=True,
          dec="Ændringsforslag fra Ø om at fastholde aktivitetsmidlerne blev forkastet med 1 stemme for (Ø) og 8 imod (V, A, C, F). Budget 2017-2020 blev herefter vedtaget. For stemte: V, A, C og F (8) Imod stemte: Ø (1)",
          outcome="approved"),
        I(114, "Færgetakster 2017", ["08.01.00-S40-1-16"], prop=True,
          dec="Udsat til mødet i oktober, idet Ærøfærgernes bestyrelse ønsker at se på pendlerkortet.", outcome="postponed"),
        I(115, "Spørgsmål fra Karen Lykke Sand (Ø) om affaldsordningen", ["07.00.00-A00-3-16"],
          dec="Borgmesteren besvarede spørgsmålet. Taget til efterretning.", outcome="noted")])])
