from lib import *
NAME = "faaborg-midtfyn-byraad_dagsorden_2021-01-28.pdf"
fur = [(22, 287, "Faaborg-Midtfyn Kommune", "l", "Helvetica", 8),
       (188, 287, "Byrådet - Dagsorden - 28. januar 2021", "r", "Helvetica", 8),
       (105, 12, "Side {page} af {pages}", "c", "Helvetica", 8)]
def item(n, title, sagsnr, body, ind, hist=None, closed=False):
    out = [("h2", f"{n}. {title}")]
    if closed:
        out += [("p", "Lukket punkt.")]
        return out
    out += [("p", f"Sagsnr.: {sagsnr}"), ("h3", "Sagsfremstilling"), ("p", body)]
    if ind:
        out += [("h3", "Indstilling"), ("p", ind)]
    if hist:
        out += [("h3", hist[0]), ("p", hist[1])]
    out += [("h3", "Beslutning i Byrådet den 28-01-2021")]
    return out
B = [
 ("h1", "Dagsorden"), ("h2", "Byrådet"),
 ("table", [["Mødedato:", "Torsdag den 28. januar 2021"], ["Mødetidspunkt:", "17:00"], ["Mødested:", "Byrådssalen, Rådhuset i Ringe"],
            ["Medlemmer:", "Hans Christian Skov (O), Anne Marie Kjær (A), Jens Bay (V), Lise-Lotte Fuglsang (F), Mogens Ørum (C), "
                           "Pia Winther (B), Frank Dam (V), Ulla Sørensen (Ø), Bo Lindegaard (A)"]], [35, 130], {"grid": False}),
 ("sp", 8),
 ("h3", "Indholdsfortegnelse"),
 ("table", [["1.", "Godkendelse af dagsorden", "2"], ["2.", "Anlægsbevilling - renovering af Nørregades Skole", "2"],
            ["3.", "Lokalplan 1.142 - boligområde ved Stendyssen, Årslev - endelig vedtagelse", "2"],
            ["4.", "Takster for vinterbadning 2021", "2"], ["5.", "Meddelelser", "2"],
            ["6.", "Lukket punkt: Køb af ejendom", "2"], ["7.", "Lukket punkt: Personalesag", "3"]], [10, 145, 10], {"grid": False}),
 ("pb",),
 ("h2", "1. Godkendelse af dagsorden"),
 ("h3", "Beslutning i Byrådet den 28-01-2021"),
] + item(2, "Anlægsbevilling - renovering af Nørregades Skole", "82.18.00-G01-3-20",
   "Økonomiudvalget godkendte den 8. december 2020 projektforslaget for renovering af klasselokalerne i "
   "Nørregades Skoles gamle bygning. Licitationen er afholdt, og laveste bud er 11,2 mio. kr.",
   "Direktøren for Børn og Unge indstiller, at der gives en anlægsbevilling på 11,6 mio. kr., og at rådighedsbeløbet "
   "finansieres af den afsatte pulje til skolerenovering.",
   ("Beslutning i Økonomiudvalget den 19-01-2021", "Anbefales.")) + \
 item(3, "Lokalplan 1.142 - boligområde ved Stendyssen, Årslev - endelig vedtagelse", "01.02.05-P16-3-19",
   "Forslaget har været i offentlig høring i 8 uger. Der er indkommet 4 høringssvar, der især handler om trafik på "
   "Stendyssevej. Administrationen anbefaler en mindre ændring af vejadgangen.",
   "Direktøren for Teknik og Miljø indstiller, at lokalplan 1.142 vedtages endeligt med ændringen af vejadgangen.",
   ("Beslutning i Plan- og Miljøudvalget den 12-01-2021", "Anbefales. Frank Dam (V) kunne ikke anbefale ændringen af vejadgangen.")) + \
 item(4, "Takster for vinterbadning 2021", "00.30.14-S55-1-21",
   "Vinterbadeklubben ved Faaborg Havn har søgt om, at kommunens takst for leje af badebroen fastholdes på 2020-niveau.",
   "Direktøren for Kultur og Fritid indstiller, at taksten fastholdes.", None) + [
 ("h2", "5. Meddelelser"),
 ("p", "Sagsnr.: 00.01.00-A00-1-21"),
 ("p", "Borgmesteren orienterer om status på COVID-19-vaccinationen i kommunen."),
 ("h3", "Beslutning i Byrådet den 28-01-2021"),
] + item(6, "Lukket punkt: Køb af ejendom", None, None, None, closed=True) + \
    item(7, "Lukket punkt: Personalesag", None, None, None, closed=True)
pdf(NAME, B, fur, margins=(22, 22, 28, 22))
notes = ("KMD/Netcompany-style Byråd DAGSORDEN (imitated): cover with Mødedato/Mødetidspunkt/Mødested/Medlemmer, a TOC (furniture), items "
 "'N. Title' with 'Sagsnr.:' in the KLE journal form (82.18.00-G01-3-20), sections Sagsfremstilling / Indstilling, earlier committee "
 "decisions printed as 'Beslutning i Økonomiudvalget den 19-01-2021' / 'Beslutning i Plan- og Miljøudvalget den 12-01-2021', and an EMPTY "
 "heading 'Beslutning i Byrådet den 28-01-2021' under every item (to be filled in the referat). Running header 'Faaborg-Midtfyn Kommune / "
 "Byrådet - Dagsorden - 28. januar 2021', footer 'Side N af M'.\nKIND dagsorden: every item decision null. The ØU / PMU 'Anbefales.' "
 "lines are earlier committees' decisions (history) and must NOT become the item's decision; the empty Byråd heading is no decision.\n"
 "HEADER: 'Torsdag den 28. januar 2021', 'Mødetidspunkt: 17:00' -> 2021-01-28 17:00; end null. Location 'Byrådssalen, Rådhuset i Ringe'. "
 "Body 'Byrådet'.\nITEMS 1-7; 6 and 7 printed as 'Lukket punkt: Køb af ejendom' / 'Lukket punkt: Personalesag' with body 'Lukket punkt.' -> "
 "title without the tag, closed=true. proposal_present true for 2, 3, 4 (Indstilling block), false for 1, 5, 6, 7.\nCASE NUMBERS: the "
 "Sagsnr. values in KLE form, kept as printed. '1.142' is a lokalplan number, not a case.\nPEOPLE: the nine Medlemmer with party letters, role "
 "'medlem' (from the list heading). Frank Dam (V) is also named in item 3's history. 'Borgmesteren' is unnamed.")
mem = [("Hans Christian Skov", "O"), ("Anne Marie Kjær", "A"), ("Jens Bay", "V"), ("Lise-Lotte Fuglsang", "F"), ("Mogens Ørum", "C"),
       ("Pia Winther", "B"), ("Frank Dam", "V"), ("Ulla Sørensen", "Ø"), ("Bo Lindegaard", "A")]
gold(NAME, notes, [D("dagsorden", "Dagsorden Byrådet", "Byrådet", "2021-01-28", "17:00", None, "Byrådssalen, Rådhuset i Ringe",
 people=[P(n, "medlem", p) for n, p in mem],
 items=[I(1, "Godkendelse af dagsorden"),
        I(2, "Anlægsbevilling - renovering af Nørregades Skole", ["82.18.00-G01-3-20"], prop=True),
        I(3, "Lokalplan 1.142 - boligområde ved Stendyssen, Årslev - endelig vedtagelse", ["01.02.05-P16-3-19"], prop=True),
        I(4, "Takster for vinterbadning 2021", ["00.30.14-S55-1-21"], prop=True),
        I(5, "Meddelelser", ["00.01.00-A00-1-21"]),
        I(6, "Køb af ejendom", closed=True), I(7, "Personalesag", closed=True)])])
