# E-mail-like plain-text minutes of a brugerråd, saved as latin-1 text.
from g import *

FN = "lindehoej-brugerraad_referat_2022-01-26.txt"
T = """Fra: Birthe Kjær <bkj@vejen.dk>
Sendt: 27. januar 2022 09:14
Til: Brugerrådet Lindehøj; Centerleder Jonas Riis
Cc: Pårørenderepræsentanter
Emne: Referat fra brugerrådsmødet 26/1

Hej alle

Hermed referat fra brugerrådets møde onsdag d. 26/1-2022 kl. 14-15.30 i cafeen på Lindehøj Plejecenter.

Til stede: Inger Lauridsen (formand), Poul Damgaard, Else Marie Krog, Henning Bak (pårørende), Jonas Riis (centerleder), Birthe Kjær (referent)
Afbud: Gudrun Vestergaard

1) Velkomst og godkendelse af dagsorden
Inger bød velkommen. Dagsordenen blev godkendt.

2) Nyt fra centerledelsen
Jonas orienterede om corona-restriktionerne, der lempes fra 1. februar, og om at der er ansat to nye social- og sundhedsassistenter i afdeling B.
Brugerrådet tog orienteringen til efterretning.

3) Sommerudflugt 2022
Forslag fra Poul: udflugt til Givskud Zoo i juni med bus. Pris ca. 350 kr. pr. deltager, kørestolsbus skal bestilles i god tid.
Brugerrådet besluttede at arrangere udflugten. Henning undersøger priser på bus inden næste møde.

4) Maden i weekenden
Flere beboere er utilfredse med at aftensmaden i weekenden er kold. Køkkenet er spurgt, men har ikke svaret endnu.
Punktet blev udsat til næste møde, hvor køkkenlederen deltager.

5) Evt.
Else Marie foreslog fællessang om torsdagen - tages med til aktivitetsudvalget.

Næste møde: onsdag d. 23/3-2022 kl. 14.00.

Med venlig hilsen

Birthe Kjær
Aktivitetsmedarbejder
Lindehøj Plejecenter, Vejen Kommune
Tlf. 79 96 53 10

-----Oprindelig meddelelse-----
Fra: Birthe Kjær
Sendt: 19. januar 2022 11:02
Til: Brugerrådet Lindehøj
Emne: Dagsorden til brugerrådsmøde 26/1

Hej alle, her er dagsorden til mødet på onsdag:
1) Velkomst og godkendelse af dagsorden
2) Nyt fra centerledelsen
3) Sommerudflugt 2022
4) Maden i weekenden
5) Evt.
Vel mødt
Birthe
"""
(ROOT / "corpus" / FN).write_bytes(T.replace("\n", "\r\n").encode("latin-1"))

d = doc("referat", "Referat fra brugerrådsmødet 26/1", "Brugerrådet Lindehøj", "2022-01-26", "14:00", "15:30",
        "cafeen på Lindehøj Plejecenter",
        people=[person("Birthe Kjær", "referent"), person("Jonas Riis", "centerleder"),
                person("Inger Lauridsen", "formand"), person("Poul Damgaard"), person("Else Marie Krog"),
                person("Henning Bak", "pårørende"), person("Gudrun Vestergaard", "afbud")],
        items=[
            item("1", "Velkomst og godkendelse af dagsorden", "Dagsordenen blev godkendt.", "approved"),
            item("2", "Nyt fra centerledelsen", "Brugerrådet tog orienteringen til efterretning.", "noted"),
            item("3", "Sommerudflugt 2022",
                 "Brugerrådet besluttede at arrangere udflugten. Henning undersøger priser på bus inden næste møde.",
                 "approved", proposal=True),
            item("4", "Maden i weekenden", "Punktet blev udsat til næste møde, hvor køkkenlederen deltager.", "postponed"),
            item("5", "Evt.", "Else Marie foreslog fællessang om torsdagen - tages med til aktivitetsudvalget.", "referred"),
        ])
notes = """An e-mail saved as plain text (Outlook 'Gem som .txt'), latin-1 encoded with CRLF line ends, carrying the minutes of a brugerråd (users' council) of a plejecenter in Vejen Kommune. One document: the minutes. The quoted earlier mail under '-----Oprindelig meddelelse-----' is the agenda sent a week before; it repeats the item titles with the same numbers. It is treated as part of the mail (quoted history), NOT a second document: a reader sees one referat. (A reader who splits it off as a separate dagsorden dated 2022-01-26 with the same 5 items and no decisions has a defensible alternative; the gold does not count it.)
MAIL HEADERS: 'Sendt: 27. januar 2022 09:14' is the date the mail was sent, NOT the meeting date; 'Sendt: 19. januar 2022 11:02' in the quoted mail likewise. Meeting: 'onsdag d. 26/1-2022 kl. 14-15.30' -> date 2022-01-26, start 14:00 ('kl. 14' without minutes), end 15:30. Location 'cafeen på Lindehøj Plejecenter' (after 'i'). 'Næste møde: onsdag d. 23/3-2022 kl. 14.00.' is not this meeting.
TITLE: the subject line 'Referat fra brugerrådsmødet 26/1' (without 'Emne:'). BODY: 'Brugerrådet Lindehøj' (printed in 'Til:'; the text says 'brugerrådets møde'); 'Brugerrådet på Lindehøj Plejecenter' equivalent.
ITEMS: '1)' ... '5)' numbered with a closing parenthesis; the numbers are '1'..'5'. Titles are the lines after the number. The quoted agenda's '1) ... 5)' lines are the same items, not new ones.
DECISIONS (no 'Beslutning' label: the decision is the last sentence of each item): 1 'Dagsordenen blev godkendt.' approved; 2 'Brugerrådet tog orienteringen til efterretning.' noted; 3 'Brugerrådet besluttede at arrangere udflugten. Henning undersøger ...' approved (follow-up: Henning, before next meeting); 4 'Punktet blev udsat til næste møde, ...' postponed; 5 'Evt.': 'Else Marie foreslog fællessang om torsdagen - tages med til aktivitetsudvalget.' -> referred (taken on to another body); 'noted' or decision null defensible - this is the hardest call in the file.
proposal_present: item 3 ('Forslag fra Poul: ...') - a printed proposal block with content. Item 5's 'foreslog' is a suggestion in Evt., not counted.
CASE NUMBERS: none.
PEOPLE: first-seen order. Birthe Kjær (sender; 'referent' in the Til stede list, 'Aktivitetsmedarbejder' in the signature), Jonas Riis ('Centerleder' in Til:, 'centerleder' in the list), Inger Lauridsen (formand), Poul Damgaard, Else Marie Krog, Henning Bak ('pårørende'), Gudrun Vestergaard (Afbud). First names alone later in the text ('Inger', 'Jonas', 'Poul', 'Henning', 'Else Marie', 'Birthe') are the same people, not new ones. The e-mail address bkj@vejen.dk and the phone number are not names."""
write_gold(FN, notes, [d])
