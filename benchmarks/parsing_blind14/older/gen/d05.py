# Huslejenævn minutes saved from Word as HTML (windows-1252), MsoNormal, one CPR number.
from g import *

FN = "horsens-huslejenaevn_referat_2016-11-07.html"


def p(text, bold=False, size="11.0pt", cls="MsoNormal"):
    inner = f"<span style='font-size:{size};font-family:\"Calibri\",sans-serif'>{text}</span>"
    if bold:
        inner = f"<b>{inner}</b>"
    return f"<p class={cls}>{inner}</p>\n"


def blank():
    return "<p class=MsoNormal><span style='font-size:11.0pt'>&nbsp;</span></p>\n"


body = ""
body += p("Huslejenævnet i Horsens Kommune", bold=True, size="16.0pt")
body += p("Referat af nævnsmøde", bold=True, size="13.0pt")
body += blank()
body += ("<p class=MsoNormal><b><span style='font-size:11.0pt'>Tid:</span></b><span style='font-size:11.0pt'> "
         "Mandag den 7. november 2016, kl. 13.00 &#8211; 15.45</span></p>\n")
body += ("<p class=MsoNormal><b><span style='font-size:11.0pt'>Mødested:</span></b><span style='font-size:11.0pt'> "
         "Rådhuset, Rådhustorvet 4, mødelokale 2.11</span></p>\n")
body += ("<p class=MsoNormal><b><span style='font-size:11.0pt'>Til stede:</span></b><span style='font-size:11.0pt'> "
         "Dommerfuldmægtig Anne Lykke (formand), Bo Thygesen (lejerrepræsentant), "
         "Jens Overgaard (udlejerrepræsentant)</span></p>\n")
body += ("<p class=MsoNormal><b><span style='font-size:11.0pt'>Sekretær:</span></b><span style='font-size:11.0pt'> "
         "Sanne Kofoed, Borgerservice</span></p>\n")
body += blank()


def sag(n, title, jnr, paras, afg):
    s = (f"<p class=MsoNormal style='margin-top:12.0pt'><b><u><span style='font-size:12.0pt'>Sag nr. {n}: "
         f"{title}</span></u></b></p>\n")
    if jnr:
        s += f"<p class=MsoNormal><span style='font-size:11.0pt'>J.nr. {jnr}</span></p>\n"
    for x in paras:
        s += p(x)
    s += ("<p class=MsoNormal><b><span style='font-size:11.0pt'>Nævnets afgørelse:</span></b></p>\n"
          f"<p class=MsoNormal style='margin-left:36.0pt'><i><span style='font-size:11.0pt'>{afg}</span></i></p>\n")
    return s


body += sag(1, "Nørregade 14, 2. th. &#8211; lejens størrelse", "HLN 2016-0412",
            ["Lejer: Mette Hansen, cpr.nr. 140562-1234, Nørregade 14, 2. th., 8700 Horsens",
             "Udlejer: Ejendomsselskabet Nørregade ApS",
             "Lejer har indbragt spørgsmålet om, hvorvidt lejen på 6.450 kr. pr. måned overstiger det lejedes "
             "værdi (boligreguleringslovens § 5, stk. 1). Nævnet besigtigede lejemålet den 24. oktober 2016."],
            "Nævnet fandt, at lejen ikke overstiger det lejedes værdi. Lejers klage blev ikke taget til følge.")
body += sag(2, "Vestergade 3 &#8211; vedligeholdelse og forbedringsforhøjelse", "HLN 2016-0388",
            ["Udlejer har varslet en forbedringsforhøjelse på 410 kr. pr. måned efter udskiftning af vinduer. "
             "Lejerne gør gældende, at der er tale om vedligeholdelse."],
            "Sagen blev udsat. Nævnet besigtiger ejendommen mandag den 21. november 2016 kl. 10.00.")
body += sag(3, "Bygholm Parkvej 8 &#8211; depositum ved fraflytning", "HLN 2016-0431",
            ["Parterne var begge mødt. Efter forhandling indgik parterne forlig om tilbagebetaling af 9.000 kr."],
            "Nævnet godkendte forliget, og sagen er afsluttet.")
body += sag(4, "Sundvej 21, st. &#8211; klage over varmeregnskab", "HLN 2016-0440",
            ["Klagen er modtaget den 12. oktober 2016. Klagegebyret er trods rykker ikke indbetalt."],
            "Klagen afvises, da gebyret ikke er betalt.")
body += sag(5, "Orientering om ny vejledning fra Transport-, Bygnings- og Boligministeriet", None,
            ["Sekretæren orienterede om den nye vejledning om nævnenes sagsbehandling."],
            "Taget til efterretning.")
body += blank()
body += p("Næste møde: mandag den 5. december 2016 kl. 13.00.")
body += blank()
body += p("Referent: Sanne Kofoed")

html = f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>Referat nævnsmøde 7. november 2016</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Sanne Kofoed</o:Author>
  <o:LastAuthor>Sanne Kofoed</o:LastAuthor>
  <o:Revision>3</o:Revision>
  <o:Created>2016-11-08T08:12:00Z</o:Created>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	margin-bottom:.0001pt;
	font-size:12.0pt;
	font-family:"Times New Roman",serif;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:70.85pt 56.7pt 70.85pt 56.7pt;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>
</head>

<body lang=DA style='tab-interval:65.2pt'>

<div class=WordSection1>

{body}
</div>

</body>

</html>
"""
(ROOT / "corpus" / FN).write_bytes(html.replace("\n", "\r\n").encode("cp1252"))

cases = ["HLN 2016-0412", "HLN 2016-0388", "HLN 2016-0431", "HLN 2016-0440"]
d = doc("referat", "Referat af nævnsmøde", "Huslejenævnet i Horsens Kommune", "2016-11-07", "13:00", "15:45",
        "Rådhuset, Rådhustorvet 4, mødelokale 2.11", cases=cases,
        people=[person("Anne Lykke", "formand"), person("Bo Thygesen", "lejerrepræsentant"),
                person("Jens Overgaard", "udlejerrepræsentant"), person("Sanne Kofoed", "Sekretær"),
                person("Mette Hansen", "lejer")],
        items=[
            item("1", "Nørregade 14, 2. th. – lejens størrelse",
                 "Nævnet fandt, at lejen ikke overstiger det lejedes værdi. Lejers klage blev ikke taget til følge.",
                 "rejected", cases=["HLN 2016-0412"]),
            item("2", "Vestergade 3 – vedligeholdelse og forbedringsforhøjelse",
                 "Sagen blev udsat. Nævnet besigtiger ejendommen mandag den 21. november 2016 kl. 10.00.",
                 "postponed", cases=["HLN 2016-0388"]),
            item("3", "Bygholm Parkvej 8 – depositum ved fraflytning",
                 "Nævnet godkendte forliget, og sagen er afsluttet.", "approved", cases=["HLN 2016-0431"]),
            item("4", "Sundvej 21, st. – klage over varmeregnskab",
                 "Klagen afvises, da gebyret ikke er betalt.", "rejected", cases=["HLN 2016-0440"]),
            item("5", "Orientering om ny vejledning fra Transport-, Bygnings- og Boligministeriet",
                 "Taget til efterretning.", "noted"),
        ])
notes = """Minutes of a municipal rent tribunal (Huslejenævnet i Horsens Kommune) written in Word and saved as HTML ('Webside'): <p class=MsoNormal> paragraphs with <span style=...>, <b>/<u>/<i>, '&nbsp;' empty paragraphs, an <o:DocumentProperties> XML island inside an IE conditional comment and a <style> block in the head. Encoded windows-1252 as the <meta> says, CRLF line ends, HTML entity &#8211; for the en dash. The <title> ('Referat nævnsmøde 7. november 2016') and the comment/style blocks are page furniture.
CPR: item 1 prints a CPR-like number 'cpr.nr. 140562-1234' after the tenant's name. The parser must mask it ([CPR]) and never store it; it is not a case number and not part of any gold field.
TITLE 'Referat af nævnsmøde' (the heading line 'Huslejenævnet i Horsens Kommune' is the body). HEADER: 'Tid: Mandag den 7. november 2016, kl. 13.00 – 15.45' -> 2016-11-07, 13:00-15:45. 'Mødested: Rådhuset, Rådhustorvet 4, mødelokale 2.11'. Other dates (24. oktober 2016 inspection, 12. oktober 2016 complaint, 21. november 2016 kl. 10.00 inspection, next meeting 5. december 2016 kl. 13.00) are not this meeting's.
ITEMS: 'Sag nr. N: <title>' (bold underlined paragraphs) -> number 'N', title after the colon with the en dash (the scorer folds dashes). The 'Lejer:' / 'Udlejer:' lines are item text.
CASE NUMBERS: 'J.nr. HLN 2016-0412' etc. under items 1-4 (verbatim with the space after HLN; the scorer removes spaces when comparing). Item 5 has none. 'boligreguleringslovens § 5, stk. 1' is not a case number.
DECISIONS after 'Nævnets afgørelse:' (italic, indented): 1 'Nævnet fandt, at lejen ikke overstiger ... Lejers klage blev ikke taget til følge.' -> rejected (the complaint was not upheld; 'other' is defensible for a tribunal ruling); 2 'Sagen blev udsat. ...' postponed; 3 'Nævnet godkendte forliget, ...' approved; 4 'Klagen afvises, ...' rejected; 5 'Taget til efterretning.' noted. proposal_present false everywhere (a tribunal has no recommendation blocks).
PEOPLE: 'Til stede:' Anne Lykke ('Dommerfuldmægtig ... (formand)' -> role formand), Bo Thygesen (lejerrepræsentant), Jens Overgaard (udlejerrepræsentant); 'Sekretær: Sanne Kofoed, Borgerservice' (also 'Referent' at the end); the tenant 'Lejer: Mette Hansen' (role lejer; a private person in a case - a reader may prefer to leave parties out, but the gold rule is 'natural persons named anywhere'). 'Ejendomsselskabet Nørregade ApS' is a company. 'Sekretæren' in item 5 refers to Sanne Kofoed."""
write_gold(FN, notes, [d])
