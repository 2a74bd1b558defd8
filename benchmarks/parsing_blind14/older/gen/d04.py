# Vestsjællands Amtsråd, typewritten agenda 1978, no decisions, J.nr., running header, closed item.
from pdfkit import typewriter
from g import *

FN = "vestsjaellands-amtsraad_dagsorden_1978-03-14.pdf"
L = 20 * 2.8346
p1 = [
    "            VESTSJÆLLANDS AMTSKOMMUNE",
    "",
    "                  D A G S O R D E N",
    "",
    "for amtsrådets ordinære møde tirsdag den 14. marts 1978",
    "kl. 14.00 i amtsrådssalen, Alléen 15, Sorø.",
    "",
    "",
    "Sag nr. 1.   Meddelelser.",
    "",
    "Sag nr. 2.   Årsregnskab 1976/77 for Vestsjællands",
    "             Amtskommune.",
    "             J.nr. 00.32 S 1-77",
    "             Regnskabet har været til revision. Revisio-",
    "             nens bemærkninger er besvaret.",
    "             Økonomiudvalget indstiller, at regnskabet",
    "             godkendes.",
    "",
    "Sag nr. 3.   Udbygning af landevej 505 Slagelse-Korsør,",
    "             strækningen ved Forlev.",
    "             J.nr. 05.01.02 V 3-78",
    "             Bevilling søges på kr. 2.350.000.",
    "             Teknisk udvalg indstiller, at der gives en",
    "             anlægsbevilling på kr. 2.350.000 finansieret",
    "             af vejfonden.",
    "",
    "Sag nr. 4.   Forslag til regionplan 1977-89, høringssvar",
    "             fra kommunerne.",
    "             J.nr. 01.02.00 P 2-76",
    "             Regionplanudvalget indstiller, at høringssvarene",
    "             tages til efterretning, og at planforslaget",
    "             fremsendes til Miljøministeriet.",
]
p2 = [
    "Sag nr. 5.   Takster for amtets plejehjem 1978/79.",
    "             J.nr. 27.15.00 Ø 1-78",
    "             Social- og sundhedsudvalget indstiller, at taksten",
    "             fastsættes til kr. 248 pr. døgn.",
    "",
    "Sag nr. 6.   Forespørgsel fra amtsrådsmedlem Bent Rasmussen",
    "             (F) om busbetjeningen af Gørlev.",
    "             (Ingen indstilling).",
    "",
    "Sag nr. 7.   Valg af et medlem til Vestsjællands Trafik-",
    "             selskabs bestyrelse efter Knud Aage Hald (A),",
    "             der er udtrådt.",
    "",
    "",
    "                     LUKKET MØDE",
    "",
    "Sag nr. 8.   Ansættelse af overlæge ved Slagelse Centralsygehus.",
    "             J.nr. 81.02 P 7-78",
    "",
    "Sag nr. 9.   Ekspropriation, matr. nr. 12 a Forlev by.",
    "             J.nr. 05.01.02 V 3-78",
    "",
    "",
    "Sorø, den 6. marts 1978",
    "",
    "                         Hans Christensen",
    "                         amtsborgmester",
    "                                       / Erik Lund",
    "                                         amtsrådssekretær",
]
typewriter(str(ROOT / "corpus" / FN), [p1, p2], font="DMono", size=10, lead=14, left=L, margin_x=L,
           header=lambda i: None if i == 1 else "Amtsrådsmødet den 14. marts 1978",
           page_no=lambda i: f"- {i} -")

cases = ["00.32 S 1-77", "05.01.02 V 3-78", "01.02.00 P 2-76", "27.15.00 Ø 1-78", "81.02 P 7-78"]
d = doc("dagsorden", "Dagsorden for amtsrådets ordinære møde tirsdag den 14. marts 1978", "Vestsjællands Amtsråd",
        "1978-03-14", "14:00", None, "amtsrådssalen, Alléen 15, Sorø", cases=cases,
        people=[person("Bent Rasmussen", "amtsrådsmedlem", "F"), person("Knud Aage Hald", None, "A"),
                person("Hans Christensen", "amtsborgmester"), person("Erik Lund", "amtsrådssekretær")],
        items=[
            item("1", "Meddelelser."),
            item("2", "Årsregnskab 1976/77 for Vestsjællands Amtskommune.", cases=["00.32 S 1-77"], proposal=True),
            item("3", "Udbygning af landevej 505 Slagelse-Korsør, strækningen ved Forlev.", cases=["05.01.02 V 3-78"], proposal=True),
            item("4", "Forslag til regionplan 1977-89, høringssvar fra kommunerne.", cases=["01.02.00 P 2-76"], proposal=True),
            item("5", "Takster for amtets plejehjem 1978/79.", cases=["27.15.00 Ø 1-78"], proposal=True),
            item("6", "Forespørgsel fra amtsrådsmedlem Bent Rasmussen (F) om busbetjeningen af Gørlev."),
            item("7", "Valg af et medlem til Vestsjællands Trafikselskabs bestyrelse efter Knud Aage Hald (A), der er udtrådt."),
            item("8", "Ansættelse af overlæge ved Slagelse Centralsygehus.", cases=["81.02 P 7-78"], closed=True),
            item("9", "Ekspropriation, matr. nr. 12 a Forlev by.", cases=["05.01.02 V 3-78"], closed=True),
        ])
notes = """Typewritten agenda (dagsorden) of a county council (Vestsjællands Amtsråd), 1978, made with reportlab in a monospaced font (DejaVu Sans Mono). 2 pages, one document, 9 items, NO decisions (decision null on every item).
PAGE FURNITURE: page numbers '- 1 -', '- 2 -' top right; from page 2 the running header 'Amtsrådsmødet den 14. marts 1978' top left.
TITLE: 'Dagsorden for amtsrådets ordinære møde tirsdag den 14. marts 1978' (spaced letters 'D A G S O R D E N' = 'Dagsorden', joined with the next line; 'DAGSORDEN' or 'Dagsorden' alone are acceptable). BODY: 'Vestsjællands Amtsråd' - the letterhead prints 'VESTSJÆLLANDS AMTSKOMMUNE' and the text says 'amtsrådets'; 'Vestsjællands Amtskommune' is acceptable (the scorer's 0.8 similarity will likely accept it).
HEADER: 'tirsdag den 14. marts 1978 / kl. 14.00 i amtsrådssalen, Alléen 15, Sorø.' -> 1978-03-14, start 14:00, no end; location 'amtsrådssalen, Alléen 15, Sorø'. 'Sorø, den 6. marts 1978' at the end is the date the agenda was signed, not the meeting.
ITEMS: 'Sag nr. N.' -> number 'N'. Titles are the text after the number up to the first J.nr. line / body text, wrapped lines joined ('Vestsjællands / Amtskommune.'; 'Trafik-/selskabs' -> 'Trafikselskabs' (line-break hyphen)); the final full stop is kept as printed (the scorer ignores it). 'LUKKET MØDE' heads items 8 and 9 -> closed true for those two only.
CASE NUMBERS: the 'J.nr.' values under items 2, 3, 4, 5, 8, 9, verbatim with their internal spaces ('00.32 S 1-77' - KLE-like journal numbers of the period with a letter for the office). Item 9 shares item 3's J.nr. '05.01.02 V 3-78' (same road project); the document list is de-duplicated. 'landevej 505', 'matr. nr. 12 a', amounts are not case numbers.
proposal_present: items 2-5 print '... udvalg indstiller, at ...' with content; item 6 prints '(Ingen indstilling).' -> false; 1, 7, 8, 9 have no recommendation.
PEOPLE: 'amtsrådsmedlem Bent Rasmussen (F)' - party F, role amtsrådsmedlem; 'Knud Aage Hald (A)' party A, role null (he has left the board); signatures 'Hans Christensen / amtsborgmester' and '/ Erik Lund / amtsrådssekretær' (role printed under the name)."""
write_gold(FN, notes, [d])
