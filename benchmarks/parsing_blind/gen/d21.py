from lib import *
NAME = "vsbr-beredskabskommissionen_dagsorden-og-referat_2023-12-11.pdf"
fur = [(22, 289, "Vestsjællands Brand & Redning I/S", "l", "Helvetica-Bold", 8),
       (188, 289, "Beredskabskommissionen 11.12.23", "r", "Helvetica", 8),
       (105, 10, "{page}", "c", "Helvetica", 8)]
def box(label, text):
    return ("table", [[label + "\n" + text]], [166], {"grid": True})
def it(n, title, sag, txt, ind, ref):
    o = [("h2", f"{n}  {title}")]
    if sag: o.append(("p", f"Sag: {sag}"))
    if txt: o.append(("p", txt))
    if ind: o.append(("p", "Indstilling: " + ind))
    o.append(box("Referat", ref))
    return o
B = [
 ("h1", "Dagsorden med referat"),
 ("p", "Beredskabskommissionen\nMødedato: mandag den 11.12.23, kl. 9-11\nMødested: Brandstationen Slagelse, Kirkerupvej 20, mødelokalet"),
 ("p", "Deltagere: John Dyhr Poulsen (formand), Ole Ivar Holm (næstformand), Anne Skovbo, Politidirektør Lars Engberg, "
       "Beredskabsdirektør Hans Kristian Aagaard (sekretær)\nAfbud: Ebbe Winther"),
 ("h2", "Åbent møde"),
] + it("1", "Godkendelse af dagsorden", None, None, None, "Godkendt.") + \
  it("2", "Budgetopfølgning 3. kvartal 2023", "23-004419",
     "Der forventes et mindreforbrug på 1,4 mio. kr., primært på grund af færre udrykninger til blinde alarmer.",
     "Direktionen indstiller, at budgetopfølgningen tages til efterretning.", "Taget til efterretning.") + \
  it("3a", "Risikobaseret dimensionering 2024-2027 - høringsudkast", "23-003120",
     "Udkastet til ny dimensionering har været drøftet i ejerkommunerne.",
     "Direktionen indstiller, at udkastet sendes i høring hos ejerkommunerne og politiet.",
     "Godkendt. Høringsfristen fastsættes til 1. marts 2024.") + \
  it("3b", "Risikobaseret dimensionering - stationsstruktur i Sorø", "23-003121",
     "Byrådet i Sorø har bedt om, at stationen i Dianalund bevares som deltidsstation.",
     "Direktionen indstiller, at spørgsmålet indgår i høringen.",
     "Drøftet. Formanden og direktøren holder møde med borgmesteren i Sorø inden jul.") + \
  it("4", "Mødeplan 2024", None, "Forslag: 11.03.24, 17.06.24, 16.09.24 og 09.12.24.", None, "Godkendt.") + [
 ("h2", "Lukket møde"),
] + it("5", "Ansættelse af vicedirektør", None, None, None, "Godkendt.")
pdf(NAME, B, fur, margins=(22, 22, 24, 20))
notes = ("'Dagsorden med referat' of an inter-municipal beredskab (I/S) commission: agenda text with the minutes in a framed box labelled "
 "'Referat' under each item; the meeting is split under headings 'Åbent møde' and 'Lukket møde'; items numbered '1', '2', '3a', '3b', '4', "
 "'5' (letter sub-items) with two spaces between number and title; case label 'Sag:'.\nKIND referat (it records the decisions although titled "
 "'Dagsorden med referat').\nHEADER: 'mandag den 11.12.23, kl. 9-11' -> TWO-DIGIT year -> 2023-12-11, start 09:00, end 11:00 (hours without "
 "minutes). Location 'Brandstationen Slagelse, Kirkerupvej 20, mødelokalet'. Body 'Beredskabskommissionen'. Dates in item 4 (11.03.24 ...) are "
 "next year's meeting plan, not this meeting.\nITEMS: 1, 2, 3a, 3b, 4, 5 as printed; 5 is under 'Lukket møde' -> closed=true (its title has no "
 "'Lukket' tag: closedness comes from the section heading).\nDECISIONS (the 'Referat' box text): 1 approved, 2 noted, 3a 'Godkendt. "
 "Høringsfristen ...' approved, 3b 'Drøftet. ...' discussed, 4 approved, 5 approved.\nproposal_present: true for 2, 3a, 3b ('Indstilling:'), "
 "false for 1, 4 (the 'Forslag:' line under 4 is a list of dates, arguably a proposal - false by gold rule 6), 5.\nCASE NUMBERS: 'Sag:' 23-004419, "
 "23-003120, 23-003121.\nPEOPLE: Deltagere (formand, næstformand as printed; Anne Skovbo 'deltager'; Politidirektør Lars Engberg; "
 "Beredskabsdirektør Hans Kristian Aagaard, also sekretær: first role), Afbud Ebbe Winther. No party letters.")
gold(NAME, notes, [D("referat", "Dagsorden med referat Beredskabskommissionen", "Beredskabskommissionen", "2023-12-11", "09:00", "11:00",
 "Brandstationen Slagelse, Kirkerupvej 20, mødelokalet",
 people=[P("John Dyhr Poulsen", "formand"), P("Ole Ivar Holm", "næstformand"), P("Anne Skovbo", "deltager"),
         P("Lars Engberg", "Politidirektør"), P("Hans Kristian Aagaard", "Beredskabsdirektør"), P("Ebbe Winther", "afbud")],
 items=[I(1, "Godkendelse af dagsorden", dec="Godkendt.", outcome="approved"),
        I(2, "Budgetopfølgning 3. kvartal 2023", ["23-004419"], prop=True, dec="Taget til efterretning.", outcome="noted"),
        I("3a", "Risikobaseret dimensionering 2024-2027 - høringsudkast", ["23-003120"], prop=True,
          dec="Godkendt. Høringsfristen fastsættes til 1. marts 2024.", outcome="approved"),
        I("3b", "Risikobaseret dimensionering - stationsstruktur i Sorø", ["23-003121"], prop=True,
          dec="Drøftet. Formanden og direktøren holder møde med borgmesteren i Sorø inden jul.", outcome="discussed"),
        I(4, "Mødeplan 2024", dec="Godkendt.", outcome="approved"),
        I(5, "Ansættelse af vicedirektør", closed=True, dec="Godkendt.", outcome="approved")])])
