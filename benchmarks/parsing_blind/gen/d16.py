from lib import *
NAME = "horsens-folkeoplysningsudvalget_referat_2017-11-29.txt"
T = """HORSENS KOMMUNE
FOLKEOPLYSNINGSUDVALGET

REFERAT
Møde: onsdag 29. november 2017, kl. 17:00-19:15
Mødested: Fritidshuset, lokale 3, Langmarksvej 52

Medlemmer:
  Per Skou (formand, idrætsforeningerne)
  Hanne Friis (næstformand, aftenskolerne)
  Byrådsmedlem Dorte Vinding (A)
  Byrådsmedlem Kurt Frandsen (V)
  Lis Kragh (spejderne)
  Mahmoud Ali (Integrationsrådet)
  Signe Lerche (handicapidræt)
Afbud: Lis Kragh
Fra forvaltningen: Fritidskonsulent Jesper Koch (sekretær)

--------------------------------------------------------------------

1  Godkendelse af dagsorden
   Udvalgets beslutning:
   Godkendt.

2  Tilskud 2018
2.1  Fordeling af lokaletilskud
   Sags-id: 17/41288
   Forvaltningen indstiller, at lokaletilskuddet fordeles med 65 pct.
   af de godkendte udgifter, jf. folkeoplysningslovens § 25.
   Udvalgets beslutning:
   Godkendt som indstillet.
   Fraværende: Lis Kragh

2.2  Aktivitetstilskud til foreninger med over 50 pct. ungdomsmedlemmer
   Sags-id: 17/41290
   Forvaltningen indstiller, at satsen hæves fra 160 kr. til 175 kr.
   pr. medlem under 25 år.
   Udvalgets beslutning:
   Et flertal (Per Skou, Hanne Friis, Dorte Vinding, Mahmoud Ali)
   godkendte indstillingen. Kurt Frandsen og Signe Lerche stemte
   imod, idet de ønskede satsen fastholdt og midlerne brugt på
   handicapidræt.

2.3  Pulje til nye initiativer
   Sags-id: 17/41291
   Udvalgets beslutning:
   Udsat til januar.

3  Ansøgning fra Horsens Roklub om anlægstilskud til ny bådhal
   Sags-id: 17/39120
   Forvaltningen indstiller, at ansøgningen afslås, da anlægspuljen
   for 2017 er opbrugt, og at roklubben opfordres til at søge i 2018.
   Udvalgets beslutning:
   Indstillingen godkendt. Ansøgningen afslået.

4  Folkeoplysningspolitik - evaluering
   Sags-id: 17/22004
   Udvalgets beslutning:
   Sendes videre til Kultur- og Fritidsudvalget med udvalgets
   bemærkninger om frivilligområdet.

5  Meddelelser
   Udvalgets beslutning:
   Til efterretning.

Referent: Jesper Koch
"""
text(NAME, T, encoding="utf-8-sig")
notes = ("Plain-text referat (UTF-8 WITH BOM) of a folkeoplysningsudvalg, typical of a small committee's Word minutes saved as text: items numbered "
 "'1', '2', '3' ... with SUB-ITEMS '2.1', '2.2', '2.3' under a heading-only item '2  Tilskud 2018'; 'Sags-id:' case numbers; decisions after "
 "'Udvalgets beslutning:'; an attendance note 'Fraværende: Lis Kragh' glued after the decision of 2.1.\nHEADER: 'Møde: onsdag 29. november 2017, "
 "kl. 17:00-19:15' -> 2017-11-29, 17:00-19:15. Location 'Fritidshuset, lokale 3, Langmarksvej 52'. Body 'Folkeoplysningsudvalget'.\nITEMS: 1, 2, "
 "2.1, 2.2, 2.3, 3, 4, 5 (item 2 is a heading with no content of its own; it is kept as printed with decision null - a reader who lists only the "
 "sub-items is also reasonable).\nDECISIONS: 1 approved; 2.1 'Godkendt som indstillet.' approved (the 'Fraværende: Lis Kragh' line is an attendance "
 "note, not decision text); 2.2 majority approved the indstilling -> approved (votes: named members, no party letters except via the member list); "
 "2.3 'Udsat til januar.' postponed; 3 'Indstillingen godkendt. Ansøgningen afslået.' -> approved (the indstilling - to refuse - was approved; "
 "'rejected' is the reading 'the application was refused', defensible; we follow the decision on the proposal as the domain guide's examples do); "
 "4 'Sendes videre til Kultur- og Fritidsudvalget ...' referred; 5 'Til efterretning.' noted.\nproposal_present: true for 2.1, 2.2, 3 "
 "('Forvaltningen indstiller'), false otherwise.\nCASE NUMBERS: Sags-id 17/41288, 17/41290, 17/41291, 17/39120, 17/22004.\nPEOPLE: Medlemmer with "
 "roles formand/næstformand as printed, Byrådsmedlem for the two politicians (with party letters A, V), others 'medlem'; Lis Kragh listed under "
 "Medlemmer AND Afbud -> role afbud; Fritidskonsulent Jesper Koch (also sekretær/referent; first role kept). The bracketed organisations "
 "('idrætsforeningerne', 'spejderne') are who the member represents, not party letters.")
gold(NAME, notes, [D("referat", "Referat Folkeoplysningsudvalget", "Folkeoplysningsudvalget", "2017-11-29", "17:00", "19:15",
 "Fritidshuset, lokale 3, Langmarksvej 52",
 people=[P("Per Skou", "formand"), P("Hanne Friis", "næstformand"), P("Dorte Vinding", "Byrådsmedlem", "A"), P("Kurt Frandsen", "Byrådsmedlem", "V"),
         P("Lis Kragh", "afbud"), P("Mahmoud Ali", "medlem"), P("Signe Lerche", "medlem"), P("Jesper Koch", "Fritidskonsulent")],
 items=[I(1, "Godkendelse af dagsorden", dec="Godkendt.", outcome="approved"),
        I(2, "Tilskud 2018"),
        I("2.1", "Fordeling af lokaletilskud", ["17/41288"], prop=True, dec="Godkendt som indstillet.", outcome="approved"),
        I("2.2", "Aktivitetstilskud til foreninger med over 50 pct. ungdomsmedlemmer", ["17/41290"], prop=True,
          dec="Et flertal (Per Skou, Hanne Friis, Dorte Vinding, Mahmoud Ali) godkendte indstillingen. Kurt Frandsen og Signe Lerche stemte imod, idet de ønskede satsen fastholdt og midlerne brugt på handicapidræt.",
          outcome="approved"),
        I("2.3", "Pulje til nye initiativer", ["17/41291"], dec="Udsat til januar.", outcome="postponed"),
        I(3, "Ansøgning fra Horsens Roklub om anlægstilskud til ny bådhal", ["17/39120"], prop=True,
          dec="Indstillingen godkendt. Ansøgningen afslået.", outcome="approved"),
        I(4, "Folkeoplysningspolitik - evaluering", ["17/22004"],
          dec="Sendes videre til Kultur- og Fritidsudvalget med udvalgets bemærkninger om frivilligområdet.", outcome="referred"),
        I(5, "Meddelelser", dec="Til efterretning.", outcome="noted")])])
