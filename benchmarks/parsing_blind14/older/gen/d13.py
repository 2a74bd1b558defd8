# Indstilling exported from an ESDH system as plain text, cp1252 (en dashes, curly quotes).
from g import *

FN = "guldborgsund-indstilling_takst-madservice_2024-01-11.txt"
T = """GULDBORGSUND KOMMUNE
INDSTILLING

Til:            Økonomiudvalget / Byrådet
Fra:            Center for Sundhed og Omsorg
Dato:           11.01.2024
Sagsnr.:        24/00417
Sagsbehandler:  Jannie Holck, tlf. 5473 1000

Titel: Forhøjelse af takst for madservice 2024

RESUMÉ
Taksten for madservice skal reguleres, fordi den maksimale takst, som Social- og Boligstyrelsen fastsætter, er steget. Centret foreslår, at taksten følger den maksimale takst.

SAGSFREMSTILLING
Kommunen leverer ca. 1.150 hovedretter om ugen til hjemmeboende borgere. Den nuværende takst på 59,50 kr. blev fastsat i marts 2023. Den maksimale takst for 2024 er 61,25 kr. pr. hovedret.
Ældrerådet har afgivet høringssvar den 4. januar 2024 og kan tilslutte sig forslaget, men ”ønsker at prisen på biretter holdes uændret”.
Sagen afgøres i Byrådet – Økonomiudvalget afgiver indstilling.

ØKONOMI
Forhøjelsen giver en merindtægt på ca. 105.000 kr. i 2024. Beløbet er indarbejdet i budgettet.

INDSTILLING
Centret indstiller,
1) at taksten for en hovedret forhøjes fra 59,50 kr. til 61,25 kr. pr. 1. marts 2024,
2) at taksten for biretter fastholdes på 14,00 kr., og
3) at borgerne orienteres om ændringen med mindst 4 ugers varsel.

BILAG
1. Takstberegning 2024 (dok.nr. 24/00417-3)
2. Høringssvar fra Ældrerådet (dok.nr. 24/00417-7)
"""
(ROOT / "corpus" / FN).write_bytes(T.replace("\n", "\r\n").encode("cp1252"))

d = doc("indstilling", "Forhøjelse af takst for madservice 2024", "Økonomiudvalget", "2024-01-11", cases=["24/00417"],
        people=[person("Jannie Holck", "Sagsbehandler")], items=[])
notes = """An indstilling (recommendation to a decision maker) exported from an ESDH system as a plain text file, encoded cp1252 (Windows-1252): it contains an en dash (byte 0x96, 'Byrådet – Økonomiudvalget') and curly double quotes (0x94), which decode wrongly as latin-1 (control characters); CRLF line ends. One document, kind indstilling, NO items.
FIELDS: a label block 'Til: / Fra: / Dato: / Sagsnr.: / Sagsbehandler:' then 'Titel: Forhøjelse af takst for madservice 2024' -> title (without 'Titel:'). BODY: 'Økonomiudvalget' - the first addressee of 'Til: Økonomiudvalget / Byrådet' (the item goes to Økonomiudvalget, which recommends to Byrådet; 'Økonomiudvalget / Byrådet' verbatim is acceptable and matches by containment). DATE 'Dato: 11.01.2024' -> 2024-01-11. No time, no place. Other dates: '4. januar 2024' (høringssvar), '1. marts 2024' (effective date), 'marts 2023'.
NOT ITEMS: the numbered proposal points '1) at ...', '2) at ...', '3) at ...' under INDSTILLING are the parts of the proposal; the 'BILAG' list '1. Takstberegning 2024', '2. Høringssvar fra Ældrerådet' lists attachments. Neither is an agenda item -> items [].
PROPOSAL (not a gold field for documents without items): the text after 'Centret indstiller,' (three at-clauses). No decision (an indstilling).
CASE NUMBERS: 'Sagsnr.: 24/00417'. The bilag references '(dok.nr. 24/00417-3)' and '(dok.nr. 24/00417-7)' are document numbers, not case numbers.
PEOPLE: 'Sagsbehandler: Jannie Holck, tlf. 5473 1000' -> Jannie Holck, role Sagsbehandler. The phone number is not a CPR number (8 digits, no dash)."""
write_gold(FN, notes, [d])
