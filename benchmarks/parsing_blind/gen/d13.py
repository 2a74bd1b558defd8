from lib import *
NAME = "silkeborg-oeu-bilag_anlaegsoversigt-2024.pdf"
fur = [(22, 289, "Punkt 5, Bilag 2: Anlægsoversigt 2024-2027", "l", "Helvetica", 8),
       (188, 10, "{page}", "r", "Helvetica", 8)]
rows = [["Nr.", "Projekt", "Sagsnr.", "2024", "2025", "2026", "2027"],
 ["1", "Ny daginstitution i Virklund", "23-018334", "4.500", "18.200", "3.000", "0"],
 ["2", "Renovering af Silkeborg Bad, etape 2", "22-007719", "12.000", "9.500", "0", "0"],
 ["3", "Cykelsti Gjern-Sorring", "23-004102", "2.100", "6.800", "0", "0"],
 ["4", "Energirenovering af skoler", "21-029951", "8.000", "8.000", "8.000", "8.000"],
 ["5", "Byudvikling Kejsergrunden", "23-011876", "1.500", "3.000", "15.000", "22.000"],
 ["6", "Pulje til legepladser", "-", "1.000", "1.000", "1.000", "1.000"],
 ["7", "Nyt plejecenter, Kjellerup", "22-033015", "0", "5.000", "45.000", "38.000"],
 ["8", "Klimatilpasning Remstrup Å", "23-009440", "3.200", "2.800", "0", "0"],
 ["9", "Digital infrastruktur, rådhuset", "23-017702", "1.800", "0", "0", "0"],
 ["", "I alt", "", "34.100", "54.300", "72.000", "69.000"]]
B = [
 ("h1", "Anlægsoversigt 2024-2027"),
 ("p", "Budgetforslag 2024 · Økonomiudvalget · 1.000 kr., 2024-priser"),
 ("table", rows, [10, 58, 22, 19, 19, 19, 19], {"head": True}),
 ("p", "Note: Projekt 5 forudsætter salg af byggegrunde for 40 mio. kr. i 2026-2027. Projekt 7 afventer "
       "godkendelse i Social- og Omsorgsudvalget. Oversigten er udarbejdet af Økonomi og Analyse den 14. august 2023."),
]
pdf(NAME, B, fur, margins=(20, 20, 25, 20))
notes = ("A single BILAG file as a meeting system publishes it: a budget table with NUMBERED ROWS (1-9) and a 'Sagsnr.' COLUMN; header stamp "
 "'Punkt 5, Bilag 2: Anlægsoversigt 2024-2027' (-> attachment_of item 5, number 2) and a page number.\nKIND bilag (a table, no memo structure; "
 "'andet' defensible). Title 'Anlægsoversigt 2024-2027'. Body 'Økonomiudvalget' (printed in the subtitle 'Budgetforslag 2024 · Økonomiudvalget'; "
 "null defensible). Date: '14. august 2023' is printed as the date the table was prepared -> 2023-08-14 (null defensible).\nITEMS: NONE. The numbered "
 "rows are budget lines, not agenda items (trap: a parser that turns rows 1-9 into items is wrong).\nCASE NUMBERS: the values in the column headed "
 "'Sagsnr.' are case numbers printed under a Sagsnr. label (column head), first-seen order, '-' (row 6) skipped. A stricter reader who wants a "
 "'Sagsnr.:' label on the same line would list none; we count the column heading as the label.\nPEOPLE: none.")
gold(NAME, notes, [D("bilag", "Anlægsoversigt 2024-2027", "Økonomiudvalget", "2023-08-14",
 cases=["23-018334", "22-007719", "23-004102", "21-029951", "23-011876", "22-033015", "23-009440", "23-017702"],
 attachment_of={"item": "5", "number": 2})])
