# Beslutningsprotokol 1993 as a three-column table (Sag nr. | Sagens emne | Beslutning), WordPerfect-like mono font.
from pdfkit import *
from g import *

FN = "skaevinge-teknisk-udvalg_beslutningsprotokol_1993-02-08.pdf"
M = ParagraphStyle("m", fontName="Mono", fontSize=9.5, leading=12)
MB = ParagraphStyle("mb", parent=M, fontName="MonoB")
rows = [
    ("9", "Ansøgning om dispensation fra lokalplan nr. 12 til carport, Æblehaven 4.<br/>J.nr. 02.34.02 G01-7/93",
     "Dispensation meddelt."),
    ("10", "Vejbelysning i Lyngby Bygade, projekt og overslag.<br/>J.nr. 05.01.00 Ø00-3/92",
     "Anbefales over for økonomiudvalget med en bevilling på kr. 310.000."),
    ("11", "Klage over støj fra genbrugspladsen på Industrivej.<br/>J.nr. 09.02.06 K06-2/93",
     "Taget til efterretning. Forvaltningen tager kontakt til klageren."),
    ("12", "Vintertjeneste 1992/93 - status og forbrug.", "Udsat."),
    ("13", "Forslag fra Ib Mathiesen (V) om fartdæmpning på Skævinge Byvej.",
     "Forslaget forkastet. For stemte Ib Mathiesen (V). Imod stemte de øvrige medlemmer."),
    ("14", "Eventuelt.", "Intet."),
]
data = [[P("Sag nr.", MB), P("Sagens emne", MB), P("Beslutning", MB)]] + \
       [[P(a, M), P(b, M), P(c, M)] for a, b, c in rows]
S = [
    P("SKÆVINGE KOMMUNE", MB),
    P("TEKNISK UDVALG", MB),
    Spacer(1, 6),
    P("BESLUTNINGSPROTOKOL", ParagraphStyle("bp", parent=MB, fontSize=13, leading=16)),
    Spacer(1, 6),
    P("Møde mandag d. 8/2-1993 kl. 16.00 - 18.10 på rådhuset, udvalgsværelset.", M),
    Spacer(1, 4),
    P("Til stede: Bent Hvid (A), formand, Ib Mathiesen (V), Karen Lykke (A), Jens Toft (C).", M),
    P("Afbud: Mogens Kruse (A).", M),
    P("Fra forvaltningen: Teknisk chef Ole Brink (sekretær).", M),
    Spacer(1, 10),
    Table(data, colWidths=[18 * mm, 82 * mm, 62 * mm], repeatRows=1,
          style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])),
    PageBreak(),
    P("Protokollen oplæst og godkendt.", M),
    Spacer(1, 18),
    P("Bent Hvid&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Ib Mathiesen&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Karen Lykke"
      "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Jens Toft", M),
]
word_doc(str(ROOT / "corpus" / FN), S, font="Mono",
         header=lambda i: ("Teknisk udvalg 8/2-1993", f"side {i}"), first_header=False,
         title="", author="")

cases = ["02.34.02 G01-7/93", "05.01.00 Ø00-3/92", "09.02.06 K06-2/93"]
d = doc("referat", "BESLUTNINGSPROTOKOL", "Teknisk Udvalg", "1993-02-08", "16:00", "18:10",
        "rådhuset, udvalgsværelset", cases=cases,
        people=[person("Bent Hvid", "formand", "A"), person("Ib Mathiesen", None, "V"), person("Karen Lykke", None, "A"),
                person("Jens Toft", None, "C"), person("Mogens Kruse", "afbud", "A"),
                person("Ole Brink", "sekretær")],
        items=[
            item("9", "Ansøgning om dispensation fra lokalplan nr. 12 til carport, Æblehaven 4.",
                 "Dispensation meddelt.", "approved", cases=[cases[0]]),
            item("10", "Vejbelysning i Lyngby Bygade, projekt og overslag.",
                 "Anbefales over for økonomiudvalget med en bevilling på kr. 310.000.", "recommended", cases=[cases[1]]),
            item("11", "Klage over støj fra genbrugspladsen på Industrivej.",
                 "Taget til efterretning. Forvaltningen tager kontakt til klageren.", "noted", cases=[cases[2]]),
            item("12", "Vintertjeneste 1992/93 - status og forbrug.", "Udsat.", "postponed"),
            item("13", "Forslag fra Ib Mathiesen (V) om fartdæmpning på Skævinge Byvej.",
                 "Forslaget forkastet. For stemte Ib Mathiesen (V). Imod stemte de øvrige medlemmer.", "rejected"),
            item("14", "Eventuelt.", "Intet.", "noted"),
        ])
notes = """Decision minutes (beslutningsprotokol) of a committee (Teknisk Udvalg, Skævinge Kommune, 1993) laid out as a three-column ruled TABLE in a monospaced font, as WordPerfect-era protocols were: 'Sag nr.' | 'Sagens emne' | 'Beslutning'. 2 pages: the table on page 1, the approval line and signatures on page 2 (running header 'Teknisk udvalg 8/2-1993' / 'side 2' on page 2 only - furniture). One document, 6 items (numbers 9-14, a running yearly counter).
HARD: each item is one table row; the title (column 2) and the decision (column 3) sit SIDE BY SIDE and both wrap inside their cells, so a line-by-line reading interleaves title and decision text. The J.nr. is the second line of the title cell.
HEADER: 'SKÆVINGE KOMMUNE / TEKNISK UDVALG / BESLUTNINGSPROTOKOL'. Title 'BESLUTNINGSPROTOKOL' ('Beslutningsprotokol Teknisk Udvalg' acceptable). Body 'Teknisk Udvalg'. 'Møde mandag d. 8/2-1993 kl. 16.00 - 18.10 på rådhuset, udvalgsværelset.' -> 1993-02-08, 16:00-18:10, location 'rådhuset, udvalgsværelset'. Page 2's header date is the same meeting.
ITEMS: number from column 1; title = column 2's first sentence (without the J.nr. line), verbatim with its final full stop. 'Eventuelt.' is item 14.
CASE NUMBERS: the 'J.nr.' lines in items 9-11, verbatim ('02.34.02 G01-7/93' KLE number + handling code + serial/year). 'lokalplan nr. 12' is a plan number, not a case.
DECISIONS (column 3): 9 'Dispensation meddelt.' approved (the dispensation applied for was granted); 10 'Anbefales over for økonomiudvalget ...' recommended; 11 'Taget til efterretning. ...' noted; 12 'Udsat.' postponed; 13 'Forslaget forkastet. For stemte Ib Mathiesen (V). Imod stemte de øvrige medlemmer.' rejected (votes: for = Ib Mathiesen; against = the others, unnamed); 14 'Intet.' noted (decision null defensible). proposal_present false everywhere (no recommendation text is printed; item 13 is a member's motion).
PEOPLE: 'Til stede: Bent Hvid (A), formand, Ib Mathiesen (V), Karen Lykke (A), Jens Toft (C).' -> parties as printed, role formand for Bent Hvid, others null ('medlem'/'deltager' acceptable); 'Afbud: Mogens Kruse (A).' -> afbud; 'Teknisk chef Ole Brink (sekretær)' -> sekretær (his title 'Teknisk chef' is an alternative). Signatures on page 2 repeat the members."""
write_gold(FN, notes, [d])
