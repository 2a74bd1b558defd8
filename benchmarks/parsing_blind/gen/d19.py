from lib import *
NAME = "tonder-oekonomiudvalget_referat_2016-05-24.pdf"
fur = [(22, 287, "Økonomiudvalget, 24. maj 2016", "l", "Times-Italic", 9),
       (188, 287, "Åbent referat", "r", "Times-Italic", 9), (188, 12, "{page}", "r", "Times-Roman", 9)]
def it(n, title, sag, txt, ind, dec, absent=None):
    out = [("h2", f"{n}. {title}")]
    if sag: out.append(("p", f"Sags nr.: {sag}"))
    if txt: out += [("h3", "Beskrivelse"), ("p", txt)]
    if ind: out += [("h3", "Administrationen anbefaler"), ("p", ind)]
    out += [("h3", "Udvalgets beslutning"), ("p", dec)]
    if absent: out.append(("p", absent))
    return out
B = [
 ("h1", "Referat"),
 ("p", "Økonomiudvalget\nDato: Tirsdag den 24. maj 2016\nStart kl.: 15:30\nSlut kl.: 18:05\nSted: Rådhuset, Tønder, lokale 1"),
 ("p", "Deltagere: Lars Riber (V), Henrik Fogh (V), Jørgen Ries Petersen (S), Bo Rask (O), Kim Præst (A), "
       "Erik Lauritzen (A), Louise Thomsen (V)"),
 ("p", "Fraværende: Kim Præst (A) under punkt 6-8"),
 ("p", "Referent: Charlotte Bruun"),
] + it(5, "Godkendelse af dagsorden", None, None, None, "Godkendt.") + \
  it(6, "Økonomisk styringsrapport pr. 30. april 2016", "16/3411",
     "Styringsrapporten viser et forventet merforbrug på det specialiserede socialområde på 14,2 mio. kr.",
     "at styringsrapporten tages til efterretning, og at fagudvalgene pålægges at finde kompenserende besparelser.",
     "1. Styringsrapporten taget til efterretning.\n2. Anbefales over for Byrådet, idet Børne- og Familieudvalget anmodes om en handleplan "
     "senest den 1. september 2016.", "Fraværende: Kim Præst (A)") + \
  it(7, "Salg af tidligere Løgumkloster Rådhus", "15/22790",
     "Der er indkommet 2 bud på ejendommen. Det højeste bud er 3,1 mio. kr.",
     "at ejendommen sælges til højestbydende.",
     "Sendt videre til Byrådet uden anbefaling.\nFor anbefaling stemte: V (3)\nImod stemte: S, O og A (3)") + \
  it(8, "Forslag fra Bo Rask (O) om gratis parkering i Tønder midtby", "16/4012",
     "Bo Rask (O) har anmodet om, at forslaget behandles.", None,
     "Forkastet.\nFor stemte: O (1)\nImod stemte: V, S og A (5)") + \
  it(9, "Anlægsbevilling til cykelsti Bredebro-Visby", "16/2877", None, None, "Punktet udgik.") + \
  it(10, "Budgetprocedure 2017-2020", "16/1195",
     "Budgetseminaret foreslås afholdt 22.-23. august 2016.", "at budgetproceduren godkendes.",
     "Udsat.") + [
 ("h2", "11. Lukket punkt: Personalesag"),
 ("h3", "Udvalgets beslutning"), ("p", "Godkendt."),
]
pdf(NAME, B, fur, font="Times-Roman", size=11, margins=(24, 22, 25, 22))
notes = ("Økonomiudvalg referat in a plain municipal template (Times, italic running header 'Økonomiudvalget, 24. maj 2016 / Åbent referat', "
 "page number foot right). Items continue the year's running numbering (5-11). Labels: 'Sags nr.:' (with a space), 'Beskrivelse', "
 "'Administrationen anbefaler', 'Udvalgets beslutning'.\nHEADER: 'Dato: Tirsdag den 24. maj 2016', 'Start kl.: 15:30', 'Slut kl.: 18:05' -> "
 "2016-05-24 15:30-18:05; location 'Rådhuset, Tønder, lokale 1'; body 'Økonomiudvalget'.\nDECISIONS: 5 approved; 6 split decision '1. Styringsrapporten "
 "taget til efterretning. 2. Anbefales over for Byrådet, ...' -> first part's outcome noted (schema: the item's outcome is the first part's; "
 "'recommended' is the second part); the line 'Fraværende: Kim Præst (A)' after it is an attendance note, not decision text. 7 'Sendt videre til "
 "Byrådet uden anbefaling. For anbefaling stemte: V (3) Imod stemte: S, O og A (3)' -> referred (a tie, passed on without recommendation). "
 "8 'Forkastet. For stemte: O (1) Imod stemte: V, S og A (5)' -> rejected. 9 'Punktet udgik.' withdrawn. 10 'Udsat.' postponed. 11 approved, closed "
 "('Lukket punkt:' tag stripped from the title).\nproposal_present: true for 6, 7, 10 ('Administrationen anbefaler' with text), false for 5, 8 "
 "(party motion), 9, 11.\nCASE NUMBERS: 'Sags nr.:' values 16/3411, 15/22790, 16/4012, 16/2877, 16/1195.\nPEOPLE: Deltagere with party letters "
 "(role 'deltager'; 'S' = Slesvigsk Parti, a valid one-letter code), Kim Præst listed among Deltagere and as 'Fraværende ... under punkt 6-8' "
 "(partial absence: role kept 'deltager'), Referent Charlotte Bruun. Bo Rask (O) also named in item 8.")
mem = [("Lars Riber", "V"), ("Henrik Fogh", "V"), ("Jørgen Ries Petersen", "S"), ("Bo Rask", "O"), ("Kim Præst", "A"),
       ("Erik Lauritzen", "A"), ("Louise Thomsen", "V")]
gold(NAME, notes, [D("referat", "Referat Økonomiudvalget", "Økonomiudvalget", "2016-05-24", "15:30", "18:05", "Rådhuset, Tønder, lokale 1",
 people=[P(n, "deltager", p) for n, p in mem] + [P("Charlotte Bruun", "Referent")],
 items=[I(5, "Godkendelse af dagsorden", dec="Godkendt.", outcome="approved"),
        I(6, "Økonomisk styringsrapport pr. 30. april 2016", ["16/3411"], prop=True,
          dec="1. Styringsrapporten taget til efterretning. 2. Anbefales over for Byrådet, idet Børne- og Familieudvalget anmodes om en handleplan senest den 1. september 2016.",
          outcome="noted"),
        I(7, "Salg af tidligere Løgumkloster Rådhus", ["15/22790"], prop=True,
          dec="Sendt videre til Byrådet uden anbefaling. For anbefaling stemte: V (3) Imod stemte: S, O og A (3)", outcome="referred"),
        I(8, "Forslag fra Bo Rask (O) om gratis parkering i Tønder midtby", ["16/4012"],
          dec="Forkastet. For stemte: O (1) Imod stemte: V, S og A (5)", outcome="rejected"),
        I(9, "Anlægsbevilling til cykelsti Bredebro-Visby", ["16/2877"], dec="Punktet udgik.", outcome="withdrawn"),
        I(10, "Budgetprocedure 2017-2020", ["16/1195"], prop=True, dec="Udsat.", outcome="postponed"),
        I(11, "Personalesag", closed=True, dec="Godkendt.", outcome="approved")])])
