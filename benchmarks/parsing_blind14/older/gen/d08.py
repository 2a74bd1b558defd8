# Grenaa Byråd 1984, transcribed minute text saved as UTF-16 LE with BOM (Windows "Unicode"), running item counter.
from g import *

FN = "grenaa-byraad_referat_1984-03-14_unicode.txt"
T = """GRENAA KOMMUNE

Referat af Byrådets møde d. 14/3-84 i byrådssalen, Grenaa Rådhus.

Mødet begyndte kl. 19.30 og sluttede kl. 23.05.

Fraværende: Gunnar Lind (V). I hans sted mødte stedfortræder Anna Bro (V).


Pkt. 112.
Meddelelser.

Borgmester Poul Erik Skov (A) orienterede om amtets vejplan.
Taget til efterretning.


Pkt. 113.
Forslag til kommuneplan 1985-96, offentlig fremlæggelse.
J.nr. 01.02.03 P 15/83

Økonomiudvalget indstiller, at forslaget fremlægges offentligt i 8 uger fra 1. april 1984.

Indstillingen vedtaget med 13 stemmer (A, F, Z) mod 8 (V, C).


Pkt. 114.
Forslag fra Venstres byrådsgruppe om nedsættelse af grundskylden fra 16 til 14 promille.
J.nr. 00.30 Ø 2/84

Forslaget forkastet med 8 stemmer for (V, C) og 13 imod (A, F, Z).


Pkt. 115.
Ansøgning fra Grenaa Idrætsforening om kommunegaranti for lån til hal 2.
J.nr. 18.15 G 4/84

Sendt videre til Økonomiudvalget til nærmere behandling.


Pkt. 116.
Lejeaftale for Østre Skoles gymnastiksal.
J.nr. 17.02 A 1/84

Udsat.


Pkt. 117.
Spørgsmål fra Kjeld Dam (F) om rottebekæmpelsen i midtbyen.

Besvaret af borgmesteren. Taget til efterretning.


          LUKKET MØDE


Pkt. 118.
Salg af byggegrund, matr. nr. 7 bk Grenaa Bygrunde.
J.nr. 02.34 S 9/83

Tiltrådt.


                                   Poul Erik Skov
                                     borgmester
                                                  /Vibeke Thorsen
                                                   kommunaldirektør
"""
(ROOT / "corpus" / FN).write_bytes(T.replace("\n", "\r\n").encode("utf-16"))  # BOM + little-endian

cases = ["01.02.03 P 15/83", "00.30 Ø 2/84", "18.15 G 4/84", "17.02 A 1/84", "02.34 S 9/83"]
d = doc("referat", "Referat af Byrådets møde d. 14/3-84", "Grenaa Byråd", "1984-03-14", "19:30", "23:05",
        "byrådssalen, Grenaa Rådhus", cases=cases,
        people=[person("Gunnar Lind", "fraværende", "V"), person("Anna Bro", "stedfortræder", "V"),
                person("Poul Erik Skov", "borgmester", "A"), person("Kjeld Dam", None, "F"),
                person("Vibeke Thorsen", "kommunaldirektør")],
        items=[
            item("112", "Meddelelser.", "Taget til efterretning.", "noted"),
            item("113", "Forslag til kommuneplan 1985-96, offentlig fremlæggelse.",
                 "Indstillingen vedtaget med 13 stemmer (A, F, Z) mod 8 (V, C).", "approved",
                 cases=["01.02.03 P 15/83"], proposal=True),
            item("114", "Forslag fra Venstres byrådsgruppe om nedsættelse af grundskylden fra 16 til 14 promille.",
                 "Forslaget forkastet med 8 stemmer for (V, C) og 13 imod (A, F, Z).", "rejected",
                 cases=["00.30 Ø 2/84"]),
            item("115", "Ansøgning fra Grenaa Idrætsforening om kommunegaranti for lån til hal 2.",
                 "Sendt videre til Økonomiudvalget til nærmere behandling.", "referred", cases=["18.15 G 4/84"]),
            item("116", "Lejeaftale for Østre Skoles gymnastiksal.", "Udsat.", "postponed", cases=["17.02 A 1/84"]),
            item("117", "Spørgsmål fra Kjeld Dam (F) om rottebekæmpelsen i midtbyen.",
                 "Besvaret af borgmesteren. Taget til efterretning.", "noted"),
            item("118", "Salg af byggegrund, matr. nr. 7 bk Grenaa Bygrunde.", "Tiltrådt.", "approved",
                 cases=["02.34 S 9/83"], closed=True),
        ])
notes = """Transcription of a town council's minutes (Grenaa Byråd, 14 March 1984) typed into a text file and saved by Windows Notepad as 'Unicode': UTF-16 little-endian WITH a BOM (FF FE), CRLF line ends. One document, 7 items.
HEADER: 'Referat af Byrådets møde d. 14/3-84 i byrådssalen, Grenaa Rådhus.' -> date 1984-03-14 (two-digit year 84 = 1984, 'd. 14/3-84' form), location 'byrådssalen, Grenaa Rådhus'. 'Mødet begyndte kl. 19.30 og sluttede kl. 23.05.' -> 19:30 / 23:05. TITLE 'Referat af Byrådets møde d. 14/3-84' (the sentence without the place). BODY 'Grenaa Byråd' (letterhead 'GRENAA KOMMUNE' + 'Byrådets'); 'Grenaa Kommune' acceptable. '1. april 1984' in item 113 is not the meeting date.
ITEMS: running counter numbers across the year, 'Pkt. 112.' on its own line, title on the next line -> numbers '112'..'118'. 'LUKKET MØDE' precedes item 118 -> closed true for 118 only.
CASE NUMBERS: the 'J.nr.' line under items 113-116 and 118, verbatim ('01.02.03 P 15/83' etc.); items 112 and 117 have none. 'matr. nr. 7 bk' is a land registry number, not a case number.
DECISIONS (no label; the last paragraph of each item): 112 'Taget til efterretning.' noted; 113 'Indstillingen vedtaget med 13 stemmer (A, F, Z) mod 8 (V, C).' approved (votes: for A, F, Z 13; against V, C 8); 114 'Forslaget forkastet med 8 stemmer for (V, C) og 13 imod (A, F, Z).' rejected (note: here the 8 'for' votes are the minority - a vote parser must not read 'for' as carrying it); 115 'Sendt videre til Økonomiudvalget til nærmere behandling.' referred; 116 'Udsat.' postponed; 117 'Besvaret af borgmesteren. Taget til efterretning.' noted; 118 'Tiltrådt.' approved. Item 112's line 'Borgmester Poul Erik Skov (A) orienterede om amtets vejplan.' is item text, not decision.
proposal_present: 113 only ('Økonomiudvalget indstiller, at ...'). 114 is a party motion ('Forslag fra Venstres byrådsgruppe') without a recommendation block -> false.
PEOPLE: Gunnar Lind (V) fraværende; Anna Bro (V) 'stedfortræder'; 'Borgmester Poul Erik Skov (A)' -> borgmester, A (also the signature 'Poul Erik Skov / borgmester'); 'Kjeld Dam (F)' party F, no role printed; signature '/Vibeke Thorsen / kommunaldirektør'. The parties in votes (A, F, Z, V, C) are groups, not people."""
write_gold(FN, notes, [d])
