# Landsbyråd minutes in Word, items NOT numbered (bold titles only), decisions inline.
from pdfkit import *
from g import *

FN = "roedding-landsbyraad_referat_2014-04-03.pdf"
HB = ParagraphStyle("hb", parent=BODY, fontName="SansB", fontSize=11, spaceBefore=10, spaceAfter=3)
S = [
    P("Rødding Landsbyråd", ParagraphStyle("x", parent=H1, fontSize=18)),
    P("Referat af møde torsdag den 3. april 2014", ParagraphStyle("x2", parent=BODY, fontName="SansB", fontSize=12.5)),
    P("Kl. 19.30 - 21.45 i Rødding Forsamlingshus, lille sal"),
    P("Til stede: Karen Bundgaard (formand), Søren Vinther (kasserer), Lis Hedegaard, Ole Nørgaard, "
      "Mette Brix. Fra Skive Kommune deltog landdistriktskoordinator Thomas Bjerre under punktet om landdistriktspuljen."),
    P("Fraværende: Ib Kirk"),
    P("Referat fra sidste møde", HB),
    P("Referatet fra mødet den 6. februar blev godkendt uden bemærkninger."),
    P("Økonomi", HB),
    P("Søren gennemgik regnskabet for 2013, som viser et overskud på 4.320 kr. Beholdningen er pr. 1. april "
      "på 18.775 kr. Regnskabet blev godkendt og fremlægges på årsmødet."),
    P("Ansøgning til landdistriktspuljen – ny legeplads ved skolen", HB),
    P("Thomas Bjerre orienterede om puljen. Ansøgningsfristen er 1. maj 2014. Landsbyrådet søger om 85.000 kr. "
      "til en legeplads. Mette og Lis skriver ansøgningen og sender den senest den 25. april."),
    P("Det blev besluttet at sende ansøgningen."),
    P("Shelterpladsen ved Hjerk Sø", HB),
    P("Der har været klager over affald ved shelterne. Landsbyrådet kan ikke selv rydde op hver uge. "
      "Sagen sendes videre til Skive Kommunes Natur og Miljø med ønske om flere affaldsstativer."),
    P("Byfest 2014", HB),
    P("Byfestudvalget var ikke klar med et program. Punktet udsættes til næste møde."),
    P("Eventuelt", HB),
    P("Ole spurgte til cykelstien til Balling. Intet nyt fra kommunen."),
    Spacer(1, 12),
    P("Næste møde: torsdag den 15. maj 2014 kl. 19.30."),
    P("Ref.: Lis Hedegaard"),
]
word_doc(str(ROOT / "corpus" / FN), S, footer=lambda i: f"{i}", title="Referat 3. april 2014", author="Lis")

d = doc("referat", "Referat af møde torsdag den 3. april 2014", "Rødding Landsbyråd", "2014-04-03", "19:30", "21:45",
        "Rødding Forsamlingshus, lille sal",
        people=[person("Karen Bundgaard", "formand"), person("Søren Vinther", "kasserer"), person("Lis Hedegaard"),
                person("Ole Nørgaard"), person("Mette Brix"), person("Thomas Bjerre", "landdistriktskoordinator"),
                person("Ib Kirk", "fraværende")],
        items=[
            item("1", "Referat fra sidste møde", "Referatet fra mødet den 6. februar blev godkendt uden bemærkninger.", "approved"),
            item("2", "Økonomi", "Regnskabet blev godkendt og fremlægges på årsmødet.", "approved"),
            item("3", "Ansøgning til landdistriktspuljen – ny legeplads ved skolen",
                 "Det blev besluttet at sende ansøgningen.", "approved"),
            item("4", "Shelterpladsen ved Hjerk Sø",
                 "Sagen sendes videre til Skive Kommunes Natur og Miljø med ønske om flere affaldsstativer.", "referred"),
            item("5", "Byfest 2014", "Punktet udsættes til næste møde.", "postponed"),
            item("6", "Eventuelt", "Ole spurgte til cykelstien til Balling. Intet nyt fra kommunen.", "noted"),
        ])
notes = """Minutes of a landsbyråd (village council, Rødding near Skive) written in Word, made with reportlab; 1 page, footer page number '1' (furniture). One document.
ITEMS ARE NOT NUMBERED: six bold headings, titles only ('Referat fra sidste møde', 'Økonomi', 'Ansøgning til landdistriktspuljen – ny legeplads ved skolen', 'Shelterpladsen ved Hjerk Sø', 'Byfest 2014', 'Eventuelt'). As in the shared gold rule 9, the gold numbers them '1'..'6' in order; these numbers are the annotator's, NOT printed. A parser that finds the six items with their titles but numbers them otherwise cannot be matched by the scorer (it matches on number); a parser that numbers them 1..n by order matches.
HEADER: 'Referat af møde torsdag den 3. april 2014' (title) / 'Kl. 19.30 - 21.45 i Rødding Forsamlingshus, lille sal' -> 2014-04-03, 19:30-21:45, location 'Rødding Forsamlingshus, lille sal'. BODY 'Rødding Landsbyråd' (the top heading). Other dates: '6. februar' (previous meeting, no year), '1. april', '1. maj 2014' (deadline), '25. april', next meeting 'torsdag den 15. maj 2014 kl. 19.30' - none is this meeting's.
DECISIONS: there is no 'Beslutning' label; the decision is the sentence that says what was decided: 1 'Referatet ... blev godkendt uden bemærkninger.' approved; 2 'Regnskabet blev godkendt og fremlægges på årsmødet.' approved; 3 'Det blev besluttet at sende ansøgningen.' approved (follow-up: Mette og Lis, senest 25. april 2014); 4 'Sagen sendes videre til Skive Kommunes Natur og Miljø ...' referred; 5 'Punktet udsættes til næste møde.' postponed; 6 Eventuelt: 'Ole spurgte ... Intet nyt fra kommunen.' -> noted (decision null or 'other' defensible: only a question and an answer are recorded). A parser that gives the whole paragraph as decision text has the outcome right but may miss the text tolerance.
proposal_present false everywhere (no recommendation blocks).
CASE NUMBERS: none.
PEOPLE: 'Til stede:' Karen Bundgaard (formand), Søren Vinther (kasserer), Lis Hedegaard, Ole Nørgaard, Mette Brix (role null: no role printed; 'deltager' acceptable); 'landdistriktskoordinator Thomas Bjerre'; 'Fraværende: Ib Kirk'. 'Ref.: Lis Hedegaard' at the end (role referent would be her second role; first-seen kept null). First names later ('Søren', 'Mette', 'Lis', 'Ole') are the same people."""
write_gold(FN, notes, [d])
