from lib import *
NAME = "esbjerg-notat_svar-paa-spoergsmaal-busbetjening_2022-09-14.pdf"
fur = [(22, 12, "Side {page} af {pages}", "l", "Helvetica", 8)]
side = [("small", "Esbjerg Kommune\nTeknik & Miljø\nTrafik og Veje\n\nTorvegade 74\n6700 Esbjerg\n\n"
                  "14. september 2022\n\nSagsnr.\n22/18825\n\nDok.nr.\n214532-22\n\n"
                  "Sagsbehandler\nNiels Riis\n\nDirekte telefon\n76 16 22 41\n\nE-mail\nnriis@esbjerg.example")]
B = [
 ("h1", "Notat"),
 ("p", "Til Byrådet\nTil orientering"),
 ("h2", "Svar på spørgsmål fra byrådsmedlem Karin Dall (Ø) om busbetjeningen af Gjesing"),
 ("p", "Karin Dall (Ø) har den 30. august 2022 stillet følgende spørgsmål efter den kommunale styrelseslovs § 11:"),
 ("ind", "1. Hvor mange passagerer har linje 7 haft i Gjesing siden køreplanskiftet i juni?\n"
         "2. Hvad vil det koste at genindføre kvarterdrift i myldretiden?"),
 ("h3", "Svar på spørgsmål 1"),
 ("p", "Sydtrafik har oplyst, at linje 7 i perioden 26. juni - 31. august 2022 havde gennemsnitligt 412 påstigere pr. "
       "hverdag i Gjesing. Det er et fald på 9 pct. i forhold til samme periode i 2021."),
 ("h3", "Svar på spørgsmål 2"),
 ("p", "Genindførelse af kvarterdrift kl. 6-9 og kl. 14-17 på hverdage koster ca. 1,1 mio. kr. årligt. "
       "Beløbet er ikke afsat i budgettet."),
 ("fb",),
 ("p", "Kontorchef Anne Hvid har godkendt svaret."),
]
pdf(NAME, B, fur, sidebar=(45, side), margins=(22, 18, 25, 22))
notes = ("Word memo (notat) with the sender block printed in a RIGHT-HAND COLUMN beside the body (department, address, date, 'Sagsnr.' and "
 "'Dok.nr.' with the value on the line BELOW the label, Sagsbehandler, phone, e-mail): an answer to a council member's § 11 question. Text "
 "extraction interleaves the column with the body lines.\nKIND notat; title 'Svar på spørgsmål fra byrådsmedlem Karin Dall (Ø) om "
 "busbetjeningen af Gjesing'. Body 'Byrådet' (addressee 'Til Byrådet'; null defensible). Date 2022-09-14 from the sender column "
 "('14. september 2022'); '30. august 2022' is the question's date, '26. juni - 31. august 2022' a period.\nITEMS: none (the numbered questions "
 "1.-2. are not agenda items).\nCASE NUMBERS: 'Sagsnr.' 22/18825 (value on the next line); 'Dok.nr. 214532-22' is a document number; '§ 11' is a "
 "paragraph of the law.\nPEOPLE: Karin Dall (byrådsmedlem, party Ø printed next to the name), Niels Riis (Sagsbehandler), Anne Hvid (Kontorchef). "
 "The closing line 'Kontorchef Anne Hvid ...' prints alone on page 2.")
gold(NAME, notes, [D("notat", "Svar på spørgsmål fra byrådsmedlem Karin Dall (Ø) om busbetjeningen af Gjesing", "Byrådet", "2022-09-14",
 cases=["22/18825"], people=[P("Karin Dall", "byrådsmedlem", "Ø"), P("Niels Riis", "Sagsbehandler"), P("Anne Hvid", "Kontorchef")])])
