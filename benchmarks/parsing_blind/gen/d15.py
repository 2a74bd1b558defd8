from lib import *
import random
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
NAME = "saeby-byraad_forhandlingsprotokol_1963-10-08_SCANNET.pdf"
TXT = """                                                    Side 212

        Byrådsmødet tirsdag den 8. oktober 1963 kl. 19,30
                     på rådhuset i Sæby.

  Fraværende: Købmand Oluf Krogh.
  Mødet ledet af borgmester Chr. Holm.


  1. Ansøgning fra Sæby Håndværkerforening om lån af
     rådhussalen til udstilling i november måned.
     Bevilget.

  2. Forslag til vedtægt for Sæby kommunale ungdomsklub.
     Skoleudvalget indstiller vedtægten til godkendelse.
     Vedtaget.

  3. Tilbud fra entreprenør A. Thomsen, Frederikshavn, på
     kloakering af Strandgade.
     Tilbuddet antaget med 8 stemmer mod 3.

  4. Andragende fra beboerne på Vestergade om gadelys.
     Henvist til teknisk udvalg.

  5. Regnskab for havnen 1962-63.
     Taget til efterretning.


                          Chr. Holm
     N. P. Mølgaard     Kaj Sørensen      Marie Andersen
     Poul Rask          Svend Dahl        Anders Kold
     H. Frost           Viggo Lauritsen   Erik Bang
     Aage Nygaard
"""
W, H = 1654, 2339  # A4 at 200 dpi
img = Image.new("L", (W, H), 238)
d = ImageDraw.Draw(img)
font = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf", 34)
random.seed(7)
y = 170
for line in TXT.split("\n"):
    x = 150
    for ch in line:
        shade = random.randint(20, 70)
        d.text((x + random.randint(-1, 1), y + random.randint(-1, 1)), ch, fill=shade, font=font)
        x += 20.5
    y += 52
for _ in range(2500):  # paper specks
    px, py = random.randrange(W), random.randrange(H)
    d.point((px, py), fill=random.randint(150, 210))
img = img.rotate(0.6, resample=Image.BICUBIC, fillcolor=238).filter(ImageFilter.GaussianBlur(0.6))
tmp = "/tmp/probe12-scan.png"
img.save(tmp)
c = canvas.Canvas(os.path.join(CORPUS, NAME), pagesize=A4)
c.drawImage(tmp, 0, 0, width=A4[0], height=A4[1])
c.showPage(); c.save()
os.remove(tmp)
notes = ("SCANNED page (image only, no text layer): one typed page of a 1963 forhandlingsprotokol (Sæby Byråd), 200 dpi greyscale, slightly "
 "rotated (0.6°) and blurred, paper specks. Needs OCR with Danish data; gold is the text as typed (the generator's source), not an OCR reading.\n"
 "PAGE FURNITURE: 'Side 212' (the protocol's page number).\nHEADER: 'Byrådsmødet tirsdag den 8. oktober 1963 kl. 19,30 på rådhuset i Sæby.' "
 "-> 1963-10-08, start 19:30 (comma in the time), location 'rådhuset i Sæby'. No end time. Body 'Byrådet' (printed as 'Byrådsmødet'; "
 "'Sæby Byråd' defensible).\nITEMS 1-5 as numbered; titles are the first sentence joined over the wrap.\nDECISIONS: 1 'Bevilget.' approved; "
 "2 'Vedtaget.' approved (the line 'Skoleudvalget indstiller vedtægten til godkendelse.' is the recommendation -> proposal_present true); "
 "3 'Tilbuddet antaget med 8 stemmer mod 3.' approved; 4 'Henvist til teknisk udvalg.' referred; 5 'Taget til efterretning.' noted.\n"
 "CASE NUMBERS: none.\nPEOPLE: Oluf Krogh (role fraværende; 'Købmand' is an occupation), borgmester Chr. Holm, A. Thomsen (entreprenør, "
 "a bidder - role null, the occupation is not a function in the meeting; 'entreprenør' defensible), the 10 other signatories (role null).")
sig = ["N. P. Mølgaard", "Kaj Sørensen", "Marie Andersen", "Poul Rask", "Svend Dahl", "Anders Kold", "H. Frost", "Viggo Lauritsen", "Erik Bang", "Aage Nygaard"]
gold(NAME, notes, [D("referat", "Byrådsmødet tirsdag den 8. oktober 1963", "Byrådet", "1963-10-08", "19:30", None, "rådhuset i Sæby",
 people=[P("Oluf Krogh", "fraværende"), P("Chr. Holm", "borgmester"), P("A. Thomsen")] + [P(n) for n in sig],
 items=[I(1, "Ansøgning fra Sæby Håndværkerforening om lån af rådhussalen til udstilling i november måned.", dec="Bevilget.", outcome="approved"),
        I(2, "Forslag til vedtægt for Sæby kommunale ungdomsklub.", prop=True, dec="Vedtaget.", outcome="approved"),
        I(3, "Tilbud fra entreprenør A. Thomsen, Frederikshavn, på kloakering af Strandgade.", dec="Tilbuddet antaget med 8 stemmer mod 3.", outcome="approved"),
        I(4, "Andragende fra beboerne på Vestergade om gadelys.", dec="Henvist til teknisk udvalg.", outcome="referred"),
        I(5, "Regnskab for havnen 1962-63.", dec="Taget til efterretning.", outcome="noted")])])
