# Bilag: a høringssvar letter from the Handicapråd, stamped "Bilag 2 til pkt. 4" with the meeting.
from pdfkit import *
from g import *

FN = "syddjurs-bilag2-pkt4_hoeringssvar-handicapraad_2020.pdf"
S = [
    P("Handicaprådet i Syddjurs Kommune", ParagraphStyle("hr", parent=BODY, fontName="SansB", fontSize=13)),
    P("c/o Sekretariatet, Lundbergsvej 2, 8400 Ebeltoft", SMALL),
    Spacer(1, 14),
    P("Social- og Sundhedsudvalget<br/>Syddjurs Kommune"),
    Spacer(1, 6),
    P("Ebeltoft, 28. september 2020", ParagraphStyle("r", parent=BODY, alignment=2)),
    P("Jeres sagsnr.: 20/14532", ParagraphStyle("r2", parent=BODY, alignment=2)),
    Spacer(1, 10),
    P("Høringssvar vedr. forslag til ny kvalitetsstandard for ledsageordning efter servicelovens § 97",
      ParagraphStyle("subj", parent=BODY, fontName="SansB", fontSize=11.5)),
    P("Handicaprådet har på sit møde den 22. september 2020 drøftet forslaget til ny kvalitetsstandard og "
      "takker for muligheden for at afgive høringssvar."),
    P("Rådet finder det positivt, at standarden nu beskriver, hvordan timerne kan opspares over 6 måneder. "
      "Rådet er imidlertid bekymret for forslaget om, at ledsagelse til ferie ikke længere kan bevilges, og "
      "anbefaler, at denne mulighed fastholdes."),
    P("Rådet anbefaler desuden, at standarden revideres igen efter et år, og at Handicaprådet inddrages i "
      "evalueringen."),
    Spacer(1, 12),
    P("Med venlig hilsen"),
    Spacer(1, 16),
    P("Grethe Nørskov<br/>formand for Handicaprådet"),
]
word_doc(str(ROOT / "corpus" / FN), S,
         header=lambda i: ("Bilag 2 til pkt. 4 – Social- og Sundhedsudvalget 12.10.2020", ""),
         footer=lambda i: "Side 1 af 1", title="Høringssvar ledsageordning", author="Handicaprådet")

d = doc("bilag", "Høringssvar vedr. forslag til ny kvalitetsstandard for ledsageordning efter servicelovens § 97",
        "Social- og Sundhedsudvalget", "2020-09-28", cases=["20/14532"],
        people=[person("Grethe Nørskov", "formand for Handicaprådet")],
        attachment_of={"item": "4", "number": 2}, items=[])
notes = """An attachment (bilag) to a committee agenda: a consultation reply (høringssvar) from the Handicapråd of Syddjurs Kommune, 1 page, made with reportlab as a Word letter. One document, kind bilag, no items.
STAMP: the page header 'Bilag 2 til pkt. 4 – Social- og Sundhedsudvalget 12.10.2020' names the item it belongs to -> attachment_of {item '4', number 2} (worded 'Bilag M til pkt. N', not 'Punkt N, Bilag M'; same meaning). The date 12.10.2020 in the stamp is the MEETING's date, not the letter's; the footer 'Side 1 af 1' is furniture.
TITLE: the bold subject line 'Høringssvar vedr. forslag til ny kvalitetsstandard for ledsageordning efter servicelovens § 97'.
BODY: 'Social- og Sundhedsudvalget' - the addressee (and the committee named in the stamp); the sender 'Handicaprådet i Syddjurs Kommune' is the author, a defensible alternative. DATE: 'Ebeltoft, 28. september 2020' -> 2020-09-28 (the letter's own date; the meeting date 2020-10-12 is defensible only as the meeting's). '22. september 2020' is the Handicapråd's own meeting. No time; location null ('Ebeltoft' is the place of writing, 'Lundbergsvej 2' the sender's address).
CASE NUMBERS: 'Jeres sagsnr.: 20/14532' ('your case no.' - the municipality's case number quoted by the sender; a Sagsnr. label) -> ['20/14532']. '§ 97' is a paragraph of the law.
kind: bilag (it is stamped as an attachment); a reader could say 'andet' (a letter) - the stamp decides.
PEOPLE: Grethe Nørskov, signed 'formand for Handicaprådet'. The recommendations ('anbefaler') are the council's advice, not a proposal block (no items)."""
write_gold(FN, notes, [d])
