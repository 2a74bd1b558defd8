"""Table tests for the pure text rules: cleaning, dates, outcomes, case numbers, people."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.cases import find_case_numbers
from ingest.clean import clean_lines, dehyphenate, is_language, normalize_chars
from ingest.dates import BadDate, find_dates, find_times, user_range
from ingest.decisions import classify
from ingest.entities import find_people
from ingest.privacy import mask_text
from ingest.records import Outcome, case_key


@pytest.mark.parametrize("lines, expected", [
    (["hvordan Aar-", "hus Kommune"], ["hvordan Aarhus", "Kommune"]),
    (["Social- og Beskæftigelsesudvalget"], ["Social- og Beskæftigelsesudvalget"]),
    (["Social-", "og Beskæftigelsesudvalget"], ["Social-", "og Beskæftigelsesudvalget"]),
    (["driftschef Natascha M. Jen-", "", "sen og Centerchef"],
     ["driftschef Natascha M. Jensen", "", "og Centerchef"]),
    (["til vok-", "senlivet. Der tages"], ["til voksenlivet.", "Der tages"]),
    (["EMN-2023-", "011201"], ["EMN-2023-", "011201"]),  # digits are not a word break
    (["Ordning af Kloakfor=", "holdene i Ormslev"], ["Ordning af Kloakforholdene", "i Ormslev"]),
    # a run of blank lines is one break, as clean_lines squeezes it (cleaning twice = once)
    (["til vok-", "", "", "senlivet. Der"], ["til voksenlivet.", "", "", "Der"]),
    (["Aldersrente 15.408,- =", "34.400,-"], ["Aldersrente 15.408,- =", "34.400,-"]),
])
def test_dehyphenate(lines, expected):
    assert dehyphenate(lines) == expected


@pytest.mark.parametrize("raw, clean", [
    ("ﬁnansiering", "finansiering"), ("ﬂere", "flere"), ("e\u00adfter\ufffeværn", "efterværn"),
    ("\uf0b7 punkt", "• punkt"), ("a\u00a0b\tc", "a b c"), ("ﬀ", "ff"), ("(cid:127) x", " x"),
])
def test_odd_glyphs_become_plain_letters(raw, clean):
    assert normalize_chars(raw) == clean


@given(st.lists(st.text(max_size=40), max_size=12))
def test_cleaning_is_idempotent(lines):
    once = clean_lines(lines)
    assert clean_lines(once) == once


@pytest.mark.parametrize("text, ok", [
    ("Det indstilles, at udvalget godkender planen for 2024.", True),
    ("#$%& !!@@ ## ~~ ^^ ** ((", False),
    ("xq zr kl pt bb qq ww", False),
    ("   ", False),
])
def test_text_layer_is_language(text, ok):
    assert is_language(text) is ok


@pytest.mark.parametrize("text, iso", [
    ("tirsdag den 4. december 2012, kl. 13:00", "2012-12-04"),
    ("18-12-2023 10:30 - 11:30", "2023-12-18"),
    ("Mødedato: 10. januar 2024", "2024-01-10"),
    ("afholdt den 11.12.23", "2023-12-11"),
    ("Dato: 04.12.2012", "2012-12-04"),
    ("Aar 1942 d. 6 Januar afholdtes Sogneraadsmøde", "1942-01-06"),
    ("Aar 1943 Tirsdag d. 12' Januar Kl 19 holdt Sogneraadet", "1943-01-12"),
    ("08/10-2025", "2025-10-08"),
    ("03-04-2024", "2024-04-03"),
    # a two-digit year is never decades ahead: the 1945 minute book's own headings
    ("Sogneraadsmøde paa de gamles Hjem d 12/6-45", "1945-06-12"),
    ("Sogneraadsmøde paa De gamles Hjem den 11.9.45", "1945-09-11"),
    # a minute book's signature line: day/month, a dash set apart, the year
    ("Herman Johansen Jens Sørensen E. Sørensen Elev Sogneraad d 26/3 -40", "1940-03-26"),
    ('Sogneraadsmøde paa "Klondyke" d 8/6 - 1945', "1945-06-08"),
    # old minute books shorten months with their '-br' ending
    ("Aar 1940 den 10. Septbr. Kl. 19 afholdtes ordinært Møde", "1940-09-10"),
    ("den 5. Novbr. 1940", "1940-11-05"),
    ("Skrivelse af 8. Dcbr.1941", "1941-12-08"),
    ("d. 2. Octbr. 1942", "1942-10-02"),
    ("Aar 1940 d. 14. Novb. afholdtes Sogneraadsmøde", "1940-11-14"),
    ("Næste Møde d. 12te Nvbr 1941 - Kl 1500", "1941-11-12"),
    # a minute book's opening line may leave out the year word
    ("1940 d. 24. Oktober afholdtes Kl. 7 ordinært Sogneraadsmøde", "1940-10-24"),
    # systems and their exports print ISO dates
    ("Mødedato: 2024-03-12", "2024-03-12"),
    ("2023-12-01T10:00:00", "2023-12-01"),
])
def test_dates_are_day_first(text, iso):
    assert find_dates(text)[0][0] == iso


@pytest.mark.parametrize("text", ["postnummer 8000 Aarhus C", "3 min.", "Jan Gehlert",
                                  "31.02.2024", "1.316.000 kr.", "fordelt 1/3 - 2/3",
                                  "stiger 5/4 - 12,5 pct.", "Sagsnr.: 2016-003798-62",
                                  "Sagsnr.: 2011-29298", "EMN-2023-011201", "2024-13-01"])
def test_things_that_are_not_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("text, times", [
    ("Kl. 18.15 – 19.45", ("18:15", "19:45")),
    ("18-12-2023 10:30 - 11:30", ("10:30", "11:30")),
    ("tirsdag den 4. december 2012, kl. 13:00", ("13:00", None)),
    ("2. maj 2017 kl. 10:00", ("10:00", None)),
    ("9. januar 2024 – 30 minutter", (None, None)),
    # a span whose start says 'kl.' may write hours alone, 'til' or a hedged end
    ("fra kl. 16 til kl. 18.30", ("16:00", "18:30")),
    ("kl. 16.00 til 18.00", ("16:00", "18:00")),
    ("Kl. 19.30 - ca. 22.00", ("19:30", "22:00")),
    ("kl 9-12", ("09:00", "12:00")),
    ("kl. 10 - 2 timer", ("10:00", None)),  # a duration, not an end before the start
    ("Fredag 3. april 1987, kl. 19,30 i Borgersalen", ("19:30", None)),  # a typewriter's comma
    ("kl. 19,30 - 21,15", ("19:30", "21:15")),
    ("Den 3. April 1947 Kl. 19½ i Skolen", ("19:30", None)),  # a half hour, as books write it
    ("kl. 19, 30 deltagere", ("19:00", None)),  # a comma and a space: a list, not minutes
    ("Kl. 7 Aften.", ("19:00", None)),  # the hours of the day counted twice
    ("Kl. 11 Fm.", ("11:00", None)),
    ("kl. 7 aftenens program", ("07:00", None)),
])
def test_times(text, times):
    assert find_times(text) == times


@pytest.mark.parametrize("text, lo, hi", [
    ("januar 2024", date(2024, 1, 1), date(2024, 1, 31)),
    ("1. marts 2023", date(2023, 3, 1), date(2023, 3, 1)),
    ("2012-01-01", date(2012, 1, 1), date(2012, 1, 1)),
    ("2024", date(2024, 1, 1), date(2024, 12, 31)),
    ("sidste år", date(2025, 1, 1), date(2025, 12, 31)),
    ("last month", date(2026, 10, 1), date(2026, 10, 31)),
    ("februar 2024", date(2024, 2, 1), date(2024, 2, 29)),
])
def test_user_dates(text, lo, hi):
    assert user_range(text, today=date(2026, 11, 26)) == (lo, hi)


@pytest.mark.parametrize("text", ["31.02.2024", "2024-13-01", "blåbærgrød", ""])
def test_impossible_user_dates(text):
    with pytest.raises(BadDate):
        user_range(text)


@pytest.mark.parametrize("text, outcome", [
    ("Godkendt.", Outcome.APPROVED),
    ("Indstillingen godkendt", Outcome.APPROVED),
    ("Vedtaget", Outcome.APPROVED),
    ("Tiltrådt", Outcome.APPROVED),
    ("Rådmanden kunne godkende indstillingen.", Outcome.APPROVED),
    ("Udvalget kan enstemmigt tiltræde indstillingen", Outcome.APPROVED),
    ("Bevilgedes 500 Kr.", Outcome.APPROVED),
    ("Anbefales", Outcome.RECOMMENDED),
    ("Indstillingen anbefales over for Byrådet", Outcome.RECOMMENDED),
    ("Fremsendes til Aarhus Byråd med bemærkning, at Magistraten anbefaler, at byrådet "
     "tiltræder indstillingen.", Outcome.RECOMMENDED),
    ("Indstilles til godkendelse", Outcome.RECOMMENDED),
    ("Taget til efterretning", Outcome.NOTED),
    ("Orienteringen taget til efterretning", Outcome.NOTED),
    ("Intet til referat.", Outcome.NOTED),
    ("Til Efterretning", Outcome.NOTED),
    ("Drøftet", Outcome.DISCUSSED),
    ("Udvalget drøftede sagen", Outcome.DISCUSSED),
    ("Situationen i Ukraine, samt befordringstakster blev vendt.", Outcome.DISCUSSED),
    ("Oversendes til Økonomiudvalget", Outcome.REFERRED),
    ("Fremsendes til Teknisk Udvalg til behandling", Outcome.REFERRED),
    ("Sendes videre", Outcome.REFERRED),
    ("Udsat", Outcome.POSTPONED),
    ("Sagen udsættes til næste møde", Outcome.POSTPONED),
    ("Forkastet", Outcome.REJECTED),
    ("Ikke godkendt", Outcome.REJECTED),
    ("Afvist", Outcome.REJECTED),
    ("Nedstemt", Outcome.REJECTED),
    ("Udvalget kunne ikke tiltræde indstillingen", Outcome.REJECTED),
    ("Punktet udgik.", Outcome.WITHDRAWN),
    ("Udgår", Outcome.WITHDRAWN),
    ("Trukket", Outcome.WITHDRAWN),
    ("Punktet blev ikke drøftet.", Outcome.OTHER),
    ("De respektive chefer gav en kort status.", Outcome.NOTED),  # an orientation given
    # 'tiltræde' a body or a post is joining it; 'tiltræde' a proposal approves it
    ("Samtlige Medlemmer tiltræder Valgbestyrelsen.", Outcome.OTHER),
    ("Hun tiltrådte stillingen 1. maj.", Outcome.OTHER),
    ("Udvalget tiltrådte indstillingen.", Outcome.APPROVED),
    ("Kommunalbestyrelsen tiltræder.", Outcome.APPROVED),
    ("Intet.", Outcome.NOTED),  # nothing came up, as 'Intet til referat'
    ("Intet tyder på fejl i opgørelsen.", Outcome.OTHER),
    ("Drøftet. Sagen udsættes til næste møde.", Outcome.POSTPONED),
    ("Sendt videre til Byrådet uden anbefaling.", Outcome.REFERRED),
    ("Magistraten blev orienteret om ændringerne. Sagen blev sendt videre til Magistratens "
     "møde den 30. september.", Outcome.NOTED),
    ("Ændringsforslag fra Ø blev forkastet. Budgettet blev herefter vedtaget.", Outcome.APPROVED),
])
def test_outcomes(text, outcome):
    assert classify(text) == outcome


@pytest.mark.parametrize("text, numbers", [
    ("Sagsnr.: 2011-29298\nDok.nr.: 2012-202935", ["2011-29298"]),
    ("Sag: EMN-2023-011201", ["EMN-2023-011201"]),
    ("EMN-2025-003383", ["EMN-2025-003383"]),
    ("Sagsnr.: 12/27845", ["12/27845"]),
    ("J.nr. 18/039871", ["18/039871"]),
    ("Sagsnr.: 2016-003798-62", ["2016-003798-62"]),
    ("MDR-2016-02836 og 01.02.05-P16-3-23", ["MDR-2016-02836", "01.02.05-P16-3-23"]),
    ("Dok.nr.: 2012-203438", []),
    ("Sag nr.: 18/039871", ["18/039871"]),
    ("Sagsnr: S2023-00345", ["S2023-00345"]),
    ("J.nr. 04.11.00 G01", ["04.11.00 G01"]),  # KLE facets spaced apart by a typewriter
    ("Sag nr. 45 Budgetopfølgning", []),  # an item's running number is no case
    ("ESDH-nr.: 2024-003456", ["2024-003456"]),  # the records system's case number
])
def test_case_numbers(text, numbers):
    assert find_case_numbers(text) == numbers


@pytest.mark.parametrize("spelling", ["EMN-2023-011201", "emn 2023 011201", "2023-011201",
                                      "Sag: EMN-2023-011201", "EMN-2023-11201", "2023 11201"])
def test_case_spellings_meet(spelling):
    assert case_key(spelling) == case_key("EMN-2023-011201")


@pytest.mark.parametrize("text, people", [
    ("Driftscheferne Ruth Lehm og Janus Hedemann deltager",
     [("Ruth Lehm", "driftschef", None), ("Janus Hedemann", "driftschef", None)]),
    ("deltager driftschef Natascha M. Jensen og Centerchef Tina Fendinge.",
     [("Natascha M. Jensen", "driftschef", None), ("Tina Fendinge", "centerchef", None)]),
    ("Sagsbehandler:\nSofie Brøndt Jørgensen/\n\nJan Gehlert",
     [("Sofie Brøndt Jørgensen", "sagsbehandler", None), ("Jan Gehlert", "sagsbehandler", None)]),
    ("Ansvarlig: Jeanette L. Hoppe / Lotte Henriksen",
     [("Jeanette L. Hoppe", "ansvarlig", None), ("Lotte Henriksen", "ansvarlig", None)]),
    ("Information:Mads er referent.", [("Mads", "referent", None)]),
    ("Til Rådmand Anders Winnerskjold\nTil Drøftelse", [("Anders Winnerskjold", "rådmand", None)]),
    ("Lolan Ottesen (A) - formand\nBirte Kramhøft (F)",
     [("Lolan Ottesen", "formand", "A"), ("Birte Kramhøft", "medlem", "F")]),
    ("Sekretær\nMie Helene Andresen", [("Mie Helene Andresen", "sekretær", None)]),
    ("Rådmanden kvitterede for en god drøftelse.", []),
])
def test_people(text, people):
    assert [(p.name, p.role, p.party) for p in find_people(text)] == people


@pytest.mark.parametrize("text, masked, n", [
    ("CPR 010203-1234 står her", "CPR [CPR] står her", 1),
    ("cpr 0102031234.", "cpr [CPR].", 1),
    ("Sagsnr. 2011-29298 og tlf 41 85 99 39", "Sagsnr. 2011-29298 og tlf 41 85 99 39", 0),
    ("ugyldig 320199-1234", "ugyldig 320199-1234", 0),  # day 32 is no date
    ("EMN-2023-011201", "EMN-2023-011201", 0),
])
def test_cpr_masking(text, masked, n):
    assert mask_text(text) == (masked, n)
