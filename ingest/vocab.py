"""Every Danish cue word and phrase the parser relies on, in one place.

Plain tuples of phrases, grouped by what they signal. Code never writes a cue word
itself: it imports a table from here and compiles it with `terms()`. A new meeting
system's wording is usually a new entry here, not new code.

Conventions: entries are lower case unless case matters; a space in an entry matches
any run of whitespace (a phrase may wrap over lines); entries are literal text, not
regular expressions, unless the table's name ends in `_RE`.
"""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=None)
def terms(entries: tuple[str, ...], *, whole: bool = True, flags: int = re.I) -> re.Pattern:
    """One pattern matching any entry (longest first); `whole` anchors at word edges."""
    parts = sorted({e for e in entries if e}, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in parts)
    if whole:
        body = rf"(?<![\wæøåÆØÅ])(?:{body})(?![\wæøåÆØÅ])"
    return re.compile(body, flags)


def line_terms(entries: tuple[str, ...]) -> re.Pattern:
    """A pattern matching a whole line that is one entry, with an optional colon or stop."""
    inner = terms(entries, whole=False).pattern
    return re.compile(rf"^\s*(?:{inner})\s*[:.]?\s*$", re.I)


def lead_terms(entries: tuple[str, ...]) -> re.Pattern:
    """A pattern matching an entry at the start of a line (a label or an opening phrase)."""
    inner = terms(entries, whole=False).pattern
    return re.compile(rf"^\s*(?:{inner})(?![\wæøåÆØÅ])", re.I)


# --- document structure (owned by the structure finder) ---------------------------

# Section headings inside an item or a memo, alone on their line (a colon may follow).
SECTION_HEADINGS = (
    "sammendrag", "resume", "resumé", "baggrund", "baggrund/formål", "formål", "sagsfremstilling",
    "supplerende sagsfremstilling", "sagsbeskrivelse", "sagens indhold", "sagsforløb",
    "sagens forløb", "beskrivelse", "økonomi", "økonomiske konsekvenser",
    "økonomiske konsekvenser og finansiering", "økonomiske og personalemæssige konsekvenser",
    "økonomi og finansiering", "finansiering", "beslutningen træffes af", "sagen afgøres i",
    "indstilling", "indstillinger", "administrationens indstilling", "direktionens indstilling",
    "forvaltningens indstilling", "forvaltningen foreslår", "forvaltningens bemærkninger",
    "beslutningspunkt", "beslutningspunkter", "beslutningsforslag", "bilag", "bilagsliste",
    "høring", "høringer", "høringssvar", "præsentation", "handlemuligheder/løsninger",
    "handlemuligheder", "kommunikation", "videre proces", "proces", "proces & inddragelse",
    "koordineret med", "lovgrundlag", "retsgrundlag", "lovgivning", "vurdering",
    "faglig vurdering", "tidsplan", "opfølgning", "faglige input", "afgørelse", "konklusion",
    "information", "tilstede", "til stede", "deltagere", "afbud", "fraværende",
    "afbud/fraværende", "sekretær", "referent", "status", "formål og baggrund",
    "miljøvurdering", "handicapaspekter", "høring af handicaprådet", "høring af ældrerådet",
    "bemærkninger", "konsekvenser", "risici", "personale", "målgruppe", "indhold",
    "forslag", "administrationens forslag", "forvaltningens forslag", "direktionens forslag",
    # a recommendation's opening printed as its heading, the text below it ('At ...')
    "forvaltningen indstiller", "administrationen indstiller", "direktionen indstiller",
    "administrationen foreslår", "direktionen foreslår",
)
# A decision block's own heading line, beyond the heading words of DECISION_HEADINGS
# (the outcome reader's): 'Udvalgets beslutning', or a dated label
# ('Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 2',
# 'Beslutning i Udvalget for Teknik den 20-06-2013'), matched by DECISION_LABEL_RE.
DECISION_BLOCK_HEADINGS = (
    "beslutning:", "udvalgets beslutning", "byrådets beslutning",
    "magistratens beslutning", "kommunalbestyrelsens beslutning", "regionsrådets beslutning",
    "økonomiudvalgets beslutning", "rådmandens beslutning", "referat", "protokol",
    "protokollat", "vedtagelse",
    # internal meetings record what was agreed
    "aftale", "aftaler", "besluttet", "drøftelse og beslutning", "drøftelse og konklusion",
    "beslutning og opfølgning", "konklusion og opfølgning", "aftaler og opfølgning",
)
DECISION_LABEL_RE = (
    r"^(?P<body>.{3,120}?)s\s+beslutning(?:er)?\s+(?:den|d\.)\s+(?P<date>.{6,40}?)"
    r"(?:\s+(?:punkt|pkt\.?)\s*\d+.*)?$",
    # 'Beslutning i Udvalget for Teknik den ...', 'Beslutning Klima- og Miljøudvalget den ...'
    r"^beslutning(?:er)?\s+(?:i\s+|(?=(?-i:[A-ZÆØÅ])))(?P<body>.{3,120}?)\s+(?:den|d\.)\s+"
    r"(?P<date>.{6,40}?)\s*:?$",
    r"^(?P<body>.{3,120}?)\s+(?:den|d\.)\s+(?P<date>\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4})\s*:?$",
)
# Headings and openings of a recommendation (the item's proposal).
PROPOSAL_HEADINGS = (
    "indstilling", "indstillinger", "forvaltningen foreslår", "beslutningspunkter",
    "beslutningspunkt", "administrationens indstilling", "direktionens indstilling",
    "forvaltningens indstilling", "det indstilles", "beslutningsforslag", "forslag til beslutning",
    "forslag", "administrationens forslag", "forvaltningens forslag", "direktionens forslag",
    "forvaltningen indstiller", "administrationen indstiller", "direktionen indstiller",
    "administrationen foreslår", "direktionen foreslår",
)
PROPOSAL_OPENERS = (
    "det indstilles", "forvaltningen foreslår", "det foreslås", "administrationen indstiller",
    "direktionen indstiller", "forvaltningen indstiller", "rådmanden indstiller",
    "administrationen foreslår", "direktionen foreslår",
)
# 'X indstiller, at' names the one recommending: a proposal opening anywhere in a line.
PROPOSAL_VERB_RE = (r"\bindstiller,?\s+at\b",)

# Agenda item numbering. Each scheme has a name (its evidence weight is in items.py)
# and a pattern with groups 'num' and 'title' (the title may be on the next line).
# A number may carry a letter for a sub-item added later ('3a', 'Punkt 12 b', '§ 4 a').
_LETTER = r"(?:\s?[a-z](?![\wæøå]))?"
ITEM_SCHEMES_RE = (
    ("label", r"^(?:(?:ad\.?\s+)?(?:dagsordenens\s+)?(?:punkt|pkt\.?|dagsordenspunkt|sag)"
              r"(?:\s+nr\.?)?|ad\.?)\s*"
              rf"(?P<num>\d{{1,4}}(?:\.\d{{1,2}})*{_LETTER})"
              r"(?![\d/\-])\s*[:.\-–)]?\s*(?P<title>.*)$"),
    ("paragraph", rf"^§\s*(?P<num>\d{{1,3}}{_LETTER})\.?\s*(?P<title>.*)$"),
    ("dotted", r"^(?P<num>\d{1,4}(?:\.\d{1,2})*(?:[a-z](?![\wæøå]))?)\.(?!\d)\s*(?P<title>.*)$"),
    ("paren", r"^(?P<num>\d{1,3}(?:[a-z](?![\wæøå]))?)\)\s*(?P<title>.*)$"),  # '1) Godkendelse'
    ("bare", r"^(?P<num>\d{1,4}(?:\.\d{1,2})*(?:[a-z](?![\wæøå]))?)(?![\d.,:/\-%])\s*"
             r"(?P<title>.*)$"),
)
# A closed item's title prefix ('Lukket: Personalesag', 'Lukket punkt: ...').
CLOSED_PREFIXES = ("lukket", "lukket punkt", "lukket sag", "lukket møde", "fortroligt")
# An item's own sentence that it is dealt with behind closed doors.
CLOSED_SENTENCES = ("for lukkede døre", "for lukkede dører", "behandles lukket",
                    "behandlet lukket", "behandles som lukket punkt", "behandles som lukket sag")
CLOSED_MARKS = ("lukket referat", "lukket dagsorden", "lukket møde", "lukket punkt",
                "lukkede sager", "lukkede punkter", "lukket del", "lukket", "lukkede")
OPEN_MARKS = ("åbent referat", "åben referat", "åben dagsorden", "åbent møde", "åbne sager",
              "åbne punkter", "åben del", "åben", "åbent")
# Lines that say a table of contents starts.
TOC_HEADINGS = ("indholdsfortegnelse", "indhold", "dagsorden kort", "oversigt", "indhold:")
# The heading of an agenda printed as a table ('Nr. | Punkt | Ansvarlig | Tid'): a word
# naming the item column in its first cells.
AGENDA_TABLE_HEADINGS = ("punkt", "pkt", "pkt.", "emne", "dagsordenspunkt", "nr", "nr.")
# What an agenda says an item is for ('Til orientering' under its title): a mode, not a
# verdict, though 'orientering' is a word of one.
ITEM_MODES = ("til beslutning", "til orientering", "til drøftelse", "til godkendelse",
              "til udtalelse", "til høring", "til behandling")
# An item's meta lines: their presence right under a numbered line says it is an item.
ITEM_META_LABELS = (
    "sagsnr", "sagsnr.", "sags nr", "sagsnummer", "sag", "j.nr", "j. nr", "journalnr",
    "dok.nr", "dok. nr", "dokumentnr", "sagsbehandler", "ansvarlig", "tid", "metode",
    *ITEM_MODES[:3], "sagstype",
    "beslutningstema", "sagen afgøres i", "sagen afgøres af", "behandling",
    "baggrund/formål", "formål og baggrund", "beslutningen træffes af",
)
# 'Label: text' lines and 'Label Text' table rows that open a section.
LABEL_SECTIONS = (
    "baggrund/formål", "baggrund", "formål", "ansvarlig", "tid", "metode", "bilag",
    "præsentation", "forvaltningen foreslår", "sagsbeskrivelse", "økonomi", "høring",
    "information", "beslutning", "indstilling", "beslutningspunkt", "beslutningspunkter",
)
TABLE_SECTIONS = ("baggrund", "faglige input", "kommunikation", "opfølgning", "proces &",
                  "proces", "formål", "status", "økonomi", "tidsplan")
# A cross-reference to an item or a meeting is not an item heading.
CROSS_REFERENCES = ("jf", "jf.", "jfr", "jfr.", "se", "se også", "jævnfør", "ifølge", "under")

# Kinds of document: a title word alone on its line (in a packet, it opens a document).
KIND_TITLES = (
    ("referat", "referat"), ("mødereferat", "referat"), ("beslutningsprotokol", "referat"),
    ("beslutningsreferat", "referat"), ("protokoludskrift", "referat"),
    ("dagsorden", "dagsorden"),
    ("mødedagsorden", "dagsorden"), ("indstilling", "indstilling"), ("notat", "notat"),
)
# Words that name a document's kind when its first line opens with them
# ('Kvalitetsstandarder for behandling af ...', 'Referat Aarhus Byråd d. 27-08-2025').
# A title that opens as an agenda but names the minutes too ('Dagsorden og referat',
# 'Dagsorden med beslutninger') is the minutes.
MINUTES_TITLE_WORDS = ("referat", "beslutninger", "beslutningsreferat", "beslutningsprotokol",
                       "referatet", "beslutningsprotokollen", "forhandlingsprotokol",
                       "forhandlingsprotokollen", "protokol", "protokollen")
# 'Udskrift af forhandlingsprotokollen', 'Uddrag af referat': an extract of the minutes
# is minutes when its title names them.
EXTRACT_OPENERS = ("udskrift", "uddrag")
KIND_OPENERS = (
    ("referat", "referat"), ("beslutningsprotokol", "referat"),
    ("forhandlingsprotokol", "referat"), ("dagsorden", "dagsorden"),
    ("indkaldelse", "dagsorden"), ("notat", "notat"), ("rapport", "rapport"),
    ("indstilling", "indstilling"),  # 'Indstilling til Økonomiudvalget' over its subject
    ("kvalitetsstandard", "bilag"), ("kvalitetsstandarder", "bilag"),
    ("projektbeskrivelse", "bilag"), ("program", "bilag"), ("invitation", "bilag"),
)
# Title words that also occur as section headings inside an item: they open a new
# document only when a memo header (a date or an addressee) follows.
MEMO_KINDS = ("indstilling", "notat")
# 'Emne: ...' opens an agenda in Aarhus' committee template.
SUBJECT_LABELS = ("emne", "vedrørende", "vedr", "vedr.", "angår", "om")

# A ruled two-column table's label cells: a row 'Mødested | Rådhuset' reads as the
# label line 'Mødested: Rådhuset' (built from the label tables of every reader below).
def value_labels() -> tuple[str, ...]:
    """Labels of a short value (a date, an hour, a place, a case number), not of a text."""
    return (DATE_LABELS + TIME_LABELS + END_TIME_LABELS + PLACE_LABELS + BODY_LABELS +
            tuple(label for label, _ in PARTICIPANT_LABELS) + WHEN_WHERE_LABELS +
            ITEM_META_LABELS + CASE_LABELS)


def table_labels() -> tuple[str, ...]:
    """Labels of a form's row: a short value's, a section's or a decision's."""
    return value_labels() + SECTION_HEADINGS + DECISION_HEADINGS + DECISION_BLOCK_HEADINGS + \
        LABEL_SECTIONS


# Header block labels, by the field they fill.
DATE_LABELS = ("mødedato", "dato", "dag", "afholdt", "mødedag")
TIME_LABELS = ("mødetid", "tid", "tidspunkt", "kl", "kl.", "klokken", "mødestart",
               "mødetidspunkt", "starttidspunkt", "tidsrum", "mødetidsrum", "mødeperiode",
               "starttid", "start kl", "start kl.", "mødestart kl.", "begynder")
# The meeting's end printed under its own label ('Start: 16:00' / 'Slut: 18:00').
END_TIME_LABELS = ("slut", "sluttidspunkt", "sluttid", "mødeslut", "mødet slutter", "slut kl",
                   "slut kl.", "mødet sluttede", "mødet hævet", "hævet")
PLACE_LABELS = ("mødested", "sted", "lokale", "mødelokale", "adresse", "lokation",
                "mødelokation")
# One label for when and where: 'Tid og sted: Kl. 15.00, Udvalgsværelse 1'. The date and
# time are read from the value; what is left between its commas is the place.
WHEN_WHERE_LABELS = ("tid og sted", "dato og sted", "dato, tid og sted", "tidspunkt og sted",
                     "mødetid og sted", "dato og tid", "dato/tid", "tid/sted", "dato/sted")
# The meeting's own attribute labels start with its noun ('Mødested', 'Mødedato'): alone on
# a line, colon or not, such a label is nothing else.
MEETING_LABEL_PREFIX = "møde"
BODY_LABELS = ("udvalg", "organ", "forum", "mødeforum", "råd", "nævn", "møde")
# Participant lists: label -> the role every person listed under it gets.
PARTICIPANT_LABELS = (
    ("deltagere", "deltager"), ("mødedeltagere", "deltager"), ("tilstede", "deltager"),
    ("til stede", "deltager"), ("tilstede var", "deltager"), ("til stede var", "deltager"),
    ("medlemmer", "medlem"), ("deltog", "deltager"), ("fremmødte", "deltager"),
    ("afbud", "afbud"), ("afbud/fraværende", "afbud"), ("afbud fra", "afbud"),
    ("fraværende med afbud", "afbud"), ("meldt afbud", "afbud"),
    ("fraværende", "fraværende"), ("fravær", "fraværende"), ("ikke til stede", "fraværende"),
    ("sekretær", "sekretær"), ("referent", "referent"), ("mødeleder", "mødeleder"),
    ("gæster", "gæst"), ("desuden deltog", "deltager"), ("øvrige deltagere", "deltager"),
    ("stedfortræder", "stedfortræder"), ("stedfortrædere", "stedfortræder"),
)
# A sender block's labels (a memo's right-hand column, a signature).
SENDER_LABELS = (
    "sag", "sagsbehandler", "tlf", "tlf. dir", "telefon", "direkte telefon", "e-post",
    "e-mail", "email", "direkte e-mail", "mobil", "fax", "fax. dir", "kontakt",
    "kontaktperson", "web", "www", "cvr", "ean",
)
# An addressee line ('Til: SFU', 'Til kommunalbestyrelsen').
ADDRESSEE_LABELS = ("til", "modtager", "att", "att.")
# A memo's sender line, with its colon ('Fra: Økonomi og Analyse'; 'Fra ord til handling'
# without one may be a title).
FROM_LABELS = ("fra", "afsender")
COPY_LABELS = ("kopi til", "cc")
# An e-mail's own header line saying when it was sent ('Sendt: 27. januar 2022 09:14'):
# never the meeting's date or hour.
SENT_LABELS = ("sendt", "afsendt")
# The closing of a letter: the signatories follow.
SIGN_OFFS = ("med venlig hilsen", "venlig hilsen", "mvh", "med venlige hilsner",
             "på udvalgets vegne", "på kommunalbestyrelsens vegne", "på byrådets vegne")

# Names of deciding bodies end in one of these words ('Teknisk Udvalg',
# 'Social- og Beskæftigelsesudvalget', 'Aarhus Byråd', 'Elev Sogneraad').
BODY_WORDS = (
    "udvalget", "udvalgsmøde", "udvalg", "byrådet", "byråd", "byraadet", "byraad",
    "kommunalbestyrelsen", "kommunalbestyrelse", "regionsrådet", "regionsråd", "magistraten",
    "magistrat", "rådmandsmøde", "sogneraadet", "sogneraad", "sognerådet", "sogneråd",
    "borgerrepræsentationen", "amtsrådet", "amtsraadet", "amtsraad", "bestyrelsen",
    "bestyrelse", "repræsentantskabet", "direktionen", "nævnet", "nævn", "rådet",
    "seniorrådet", "ældrerådet", "handicaprådet", "folketinget",
    "sogneraadsmøde", "sognerådsmøde", "byrådsmøde", "byraadsmøde", "kommunalbestyrelsesmøde",
    "direktionsmøde", "bestyrelsesmøde", "kommissionen", "kommission", "styregruppen",
    "styregruppe", "arbejdsgruppen", "arbejdsgruppe", "følgegruppen", "følgegruppe",
)
# A meeting word names its body in the definite form too ('BYRAADSMØDET', 'Udvalgsmødet').
BODY_WORDS += tuple(word + "t" for word in BODY_WORDS if word.endswith("møde"))
# 'fra kl. 16 til kl. 18.30', 'Kl. 19.30 - ca. 22.00': the word between a meeting's start
# and end, and the hedge before an end.
TIME_SPAN_WORDS = ("til", "og sluttede", "og sluttede ca.", "og hævedes", "og blev hævet")
TIME_HEDGES = ("ca.", "ca", "cirka")
# Words of a meeting place ('Rådhuset, lokale 398', 'Mødecenter C').
LOCATION_WORDS = ("kontor", "lokale", "rådhus", "rådhuset", "mødelokale", "mødecenter", "sal",
                  "vær.", "byrådssal", "byrådssalen", "forsamlingshus", "mødelokalet",
                  "sogneraadslokalet", "skole", "hjem", "kro", "hotel", "værelse", "værelset",
                  "center", "centret", "centeret", "salen", "lokalet", "huset", "bibliotek",
                  "biblioteket", "kantine", "kantinen", "raadhus", "raadhuset")
# An online meeting's medium, its place ('afholdt som Teams-møde', 'via Zoom').
ONLINE_PLACES = ("teams-møde", "teamsmøde", "teams", "zoom", "zoom-møde", "skype",
                 "skypemøde", "videomøde", "virtuelt møde", "onlinemøde", "online møde",
                 "digitalt møde", "telefonmøde")
# Words after an hour that put it after noon ('Kl. 7 Aften', 'kl. 2 Em.'): older minutes
# count the hours of the day twice.
AFTERNOON_WORDS = ("aften", "aftenen", "om aftenen", "em", "em.", "eftm", "eftm.",
                   "eftermiddag", "eftermiddagen", "om eftermiddagen")
# The prepositions before a meeting's place in a sentence ('kl. 19.30 paa Raadhuset').
PLACE_PREPOSITIONS = ("på", "paa", "i")
# A body named in a title block is not a body when these words lead up to it.
NOT_BODY_BEFORE = ("mødet i", "til", "fra", "af")

# Months, with their numbers (Danish, abbreviated, and the old spellings of minute books).
MONTHS = (
    ("januar", 1), ("februar", 2), ("marts", 3), ("april", 4), ("maj", 5), ("juni", 6),
    ("juli", 7), ("august", 8), ("september", 9), ("oktober", 10), ("november", 11),
    ("december", 12), ("jan", 1), ("feb", 2), ("febr", 2), ("mar", 3), ("apr", 4),
    ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("okt", 10), ("nov", 11),
    ("dec", 12), ("januari", 1), ("februari", 2),
    # minute books shorten a month to its first letters and its '-br' ending
    # ('10. Septbr.', '5. Novbr. 1940', 'Dcbr.1941') and spell October with a c
    ("septbr", 9), ("oktbr", 10), ("octbr", 10), ("october", 10), ("novbr", 11),
    ("decbr", 12), ("dcbr", 12), ("janr", 1), ("septb", 9), ("oktb", 10), ("octb", 10),
    ("novb", 11), ("nvb", 11), ("nvbr", 11), ("decb", 12), ("dcb", 12),
)
# A day written as an ordinal in old minute books: '12te Nvbr', '4de Marts', '1ste'.
DAY_ORDINALS = ("ste", "den", "die", "de", "te", "ende", "nde")
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
            "mandagen", "tirsdagen", "onsdagen", "torsdagen", "fredagen", "lørdagen",
            "søndagen")
# Words that make a dated line an old minute book's opening: 'Aar 1942 d. 6 Januar'.
YEAR_WORDS = ("aar", "år", "anno")

# A page number in a header or footer: 'Side 3', 'Side 3 af 12', 'page 2 of 5', '- 4 -'.
PAGE_WORDS = ("side", "page", "s.")
PAGE_OF = ("af", "of", "ud af")
# The stamp that ties an attachment to its item: 'Punkt 3, Bilag 2: Notat om ...',
# 'Pkt. 5 - Bilag 2', 'Sag nr. 5, bilag nr. 2'. Also printed the other way round ('Bilag
# 2 til punkt 5: Trafiktælling', 'Bilag 2 (pkt. 5)'), where a colon or dash (or the
# line's end) sets the stamp off from prose.
_ITEM_WORD = r"(?:dagsordenspunkt|punkt|pkt\.?|sag)(?:\s*nr\.?)?"
_BILAG_WORD = r"bilag(?:\s*nr\.?)?"
ATTACHMENT_STAMPS_RE = (
    rf"^{_ITEM_WORD}\s*(?P<item>\d+(?:\.\d+)?)\s*(?:[,\-–/]\s*)?{_BILAG_WORD}\s*"
    r"(?P<number>\d+)\s*:?\s*(?P<title>.*)$",
    rf"^{_BILAG_WORD}\s*(?P<number>\d+)\s+(?:til|vedr\.?)\s+{_ITEM_WORD}\s*"
    r"(?P<item>\d+(?:\.\d+)?)(?:\s*[:\-–]\s*(?P<title>.*)|\s*$)",
    rf"^{_BILAG_WORD}\s*(?P<number>\d+)\s*\(\s*{_ITEM_WORD}\s*(?P<item>\d+(?:\.\d+)?)\s*\)"
    r"(?:\s*[:\-–]?\s*(?P<title>.*))?$",
)
# A role a person gives themself in a sentence ('Mads er referent').
SELF_ROLES = (("er referent", "referent"), ("er sekretær", "sekretær"),
              ("er mødeleder", "mødeleder"), ("var fraværende", "fraværende"),
              ("havde meldt afbud", "afbud"), ("har meldt afbud", "afbud"),
              ("meldte afbud", "afbud"))
# A sentence naming the absent after these words ('Alle var til stede undtagen Niels
# Jensen', 'Fraværende var Karen Holm', 'Afbud fra Karen Holm og Peter Skov').
ABSENT_BEFORE = (("undtagen", "fraværende"), ("fraværende var", "fraværende"),
                 ("afbud fra", "afbud"), ("med afbud fra", "afbud"))
# The role of a listed member whose line prints only a party.
MEMBER_ROLE = "medlem"
# Spellings of a body's name folded to the one a reader uses.
# A meeting named for its body -> the body: the definite form after a compound
# ('Økonomiudvalgsmøde' -> 'Økonomiudvalget'), the bare noun after a separate
# adjective or place ('Teknisk Udvalgsmøde' -> 'Teknisk Udvalg', 'Aarhus Byrådsmøde').
BODY_SPELLINGS = (("udvalgsmøde", "udvalget", "udvalg"),
                  ("sogneraadsmøde", "sogneraadet", "sogneraad"),
                  ("sognerådsmøde", "sognerådet", "sogneråd"),
                  ("byrådsmøde", "byrådet", "byråd"), ("byraadsmøde", "byraadet", "byraad"),
                  ("kommunalbestyrelsesmøde", "kommunalbestyrelsen", "kommunalbestyrelse"),
                  ("direktionsmøde", "direktionen", "direktion"),
                  ("bestyrelsesmøde", "bestyrelsen", "bestyrelse"))
BODY_SPELLINGS += tuple((meeting + "t", definite, bare)
                        for meeting, definite, bare in BODY_SPELLINGS)
# 'Gladsaxe Kommunes Økonomiudvalg': the owner's genitive before a body's name.
OWNER_GENITIVES = ("kommunes", "regions", "amts", "kommunens", "regionens")
# '... udvalgets møde': a body's genitive before the meeting noun names the body.
GENITIVE_MEETING = ("møde", "mødet")

# Dates typed by a user ('last month', 'sidste år'): phrase -> (unit, offset).
USER_PERIODS = (
    ("i år", "year", 0), ("this year", "year", 0), ("sidste år", "year", -1),
    ("last year", "year", -1), ("sidste aar", "year", -1), ("i fjor", "year", -1),
    ("denne måned", "month", 0), ("this month", "month", 0), ("sidste måned", "month", -1),
    ("last month", "month", -1),
)
# Such a phrase after a genitive or a possessive is that thing's span, not the user's:
# 'krigens sidste år', 'valgperiodens sidste år', 'hendes sidste år som borgmester'.
OWNED_PERIOD_ENDINGS = ("ens", "ets", "nes")
OWNED_PERIOD_WORDS = ("hans", "hendes", "deres", "sin", "sit", "sine")
# One end of a period said before a year or a month ('siden 2023', 'før marts 2010'):
# the range runs from the period's first day (from), after its last (after), up to its
# first (before) or through its last (to); the other end is open.
OPEN_PERIODS = (
    ("siden", "from"), ("fra og med", "from"), ("since", "from"), ("efter", "after"),
    ("after", "after"), ("før", "before"), ("inden", "before"), ("before", "before"),
    ("til og med", "to"), ("indtil", "to"), ("frem til", "to"), ("until", "to"),
)
# Both ends said: 'mellem 2019 og 2021', 'fra 2019 til 2021', 'between 2019 and 2021'.
PERIOD_BETWEEN = (("mellem", "og"), ("fra", "til"), ("between", "and"), ("from", "to"))
# A decade said by its first year and one of these endings ('i 1940'erne', '1960ernes
# boliger'): the ten years from that one.
DECADE_ENDINGS = ("erne", "ernes")
ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
                  "september", "october", "november", "december")

# Case numbers: the labels before them; 'Dok.nr.' is a document number, not a case.
CASE_LABELS = ("sagsnr", "sags nr", "sag nr", "sagsnummer", "sag", "j.nr", "j. nr", "jnr", "j nr",
               "journalnr", "journalnummer", "emnenr", "sags-id", "sagsid", "sags id", "esdh-nr",
               "esdh nr")
DOCUMENT_NUMBER_LABELS = ("dok.nr", "dok. nr", "doknr", "dokumentnr", "dokumentnummer",
                          "dok.", "bilagsnr")

# Role cue -> role (people named next to them).
ROLES = (
    ("sagsbehandler", "sagsbehandler"), ("sagsbehandlere", "sagsbehandler"),
    ("ansvarlig", "ansvarlig"), ("rådmand", "rådmand"), ("borgmester", "borgmester"),
    ("viceborgmester", "viceborgmester"), ("driftschef", "driftschef"),
    ("driftscheferne", "driftschef"), ("driftschefer", "driftschef"),
    ("centerchef", "centerchef"), ("afdelingschef", "afdelingschef"), ("direktør", "direktør"),
    ("kommunaldirektør", "kommunaldirektør"), ("forvaltningschef", "forvaltningschef"),
    ("sekretær", "sekretær"), ("udvalgssekretær", "sekretær"), ("referent", "referent"),
    ("kontakt", "kontakt"), ("kontaktperson", "kontakt"), ("byrådsmedlem", "byrådsmedlem"),
    ("kommunalbestyrelsesmedlem", "medlem"), ("formand", "formand"),
    ("formanden", "formand"), ("næstformand", "næstformand"), ("konsulent", "konsulent"),
    ("koordinator", "koordinator"), ("presseansvarlige", "presseansvarlig"),
    ("presseansvarlig", "presseansvarlig"), ("chefkonsulent", "chefkonsulent"),
    ("leder", "leder"), ("souschef", "souschef"), ("fuldmægtig", "fuldmægtig"),
    ("ordfører", "ordfører"), ("chef", "chef"), ("kommunalbestyrelsesformand", "formand"),
    ("fmd", "formand"), ("fmd.", "formand"), ("næstfmd", "næstformand"),
    ("kasserer", "kasserer"), ("revisor", "revisor"), ("revisorer", "revisor"),
    ("snefoged", "snefoged"), ("hegnsynsmand", "hegnsynsmand"), ("suppleant", "suppleant"),
    ("org.leder", "leder"), ("medlem", "medlem"), ("mødeleder", "mødeleder"),
    ("sagsansvarlig", "sagsansvarlig"),
)
# Endings of job titles that name a role ('udvalgsformand', 'stadsarkitekt', 'skoleleder').
ROLE_SUFFIXES = ("chef", "direktør", "leder", "konsulent", "formand", "sekretær",
                 "koordinator", "arkitekt", "ingeniør", "medarbejder", "rådgiver",
                 "fuldmægtig", "specialist", "borgmester", "rådmand", "inspektør",
                 "medlem", "repræsentant")  # "udvalgsmedlem", "forældrerepræsentant"
# Verbs that follow a named person in minutes and motions ('Thure Hastrup deltog ikke i
# sagens behandling', 'Solveig Munk kunne ikke tiltræde indstillingen').
PERSON_VERBS = ("deltog", "deltager", "kunne", "tog", "var", "stemte", "redegjorde",
                "fungerer", "orienterede", "bemærkede", "foreslog", "spurgte", "ønskede",
                "udtalte", "mødte", "tiltrådte", "oplyste", "forlod", "genvalgtes", "valgtes")
# Occupations and titles printed before a name ('Gdr. Harald Hjortshøj', 'Dyrlæge
# Rasmussen'): they mark a person but are not a role in the meeting.
NAME_TITLES = (
    "gdr", "gdr.", "gaardejer", "gårdejer", "hmd", "hmd.", "husmand", "bmd", "bmd.",
    "husejer", "smedemester", "bagermester", "murermester", "tømrermester", "dyrlæge",
    "lærer", "pastor", "landinspektør", "direktør", "fru", "frk", "frk.", "hr", "hr.",
    "dr", "dr.", "tømrer", "snedker", "skomager", "overlæge", "læge", "sognepræst", "præst", "købmand", "fabrikant",
    "gaardejer", "proprietær", "mejeribestyrer", "skolelærer", "førstelærer", "enke",
    "arkitekt", "ingeniør",
)
# Units written after an amount, shortened like a first name ('12 Kr. Svinekød', '4 Rm.
# Træ', '3 Mdr. Kommuneskatten'): after a number they name no person.
AMOUNT_UNITS = ("kr", "rm", "mdr", "md", "kg", "tdr", "pct", "km", "ha", "stk", "td", "ltr")
# A membership note after a listed name: 'Lolan Ottesen (A) - formand'.
PARTY_LETTERS = "ABCDFIKMOVÅÆØ"
# Words that are capitalised but never part of a person's name.
NOT_NAMES = (
    "kommune", "aarhus", "århus", "ballerup", "region", "danmark", "dansk", "det", "der", "den",
    "de", "som", "til", "og", "i", "på", "for", "med", "af", "fra", "om", "efter", "ved",
    "under", "punkt", "bilag", "sag", "sagsnr", "tlf", "telefon", "e-post", "email", "mail",
    "direkte", "rådhuset", "rådmanden", "udvalget", "byrådet", "mødet", "referat", "dagsorden",
    "indstilling", "notat", "kl", "hvis", "når", "dette", "disse", "alle", "ingen", "evt",
    "center", "afdeling", "forvaltningen", "magistraten", "kopi", "venstre", "socialdemokratiet",
    "konservative", "radikale", "enhedslisten", "alternativet", "moderaterne", "liberal",
    "alliance", "folkeparti", "socialistisk", "danmarksdemokraterne", "borgerlige", "nye",
    "sogneraadet", "sogneraad", "kommunen", "byråd", "byrådssalen", "hele", "samtlige",
    "forslaget", "forslag", "formanden", "vi", "jeg", "han", "hun", "man", "vores", "deres",
    "medlem", "medlemmer", "byrådsmedlem", "rådmand", "borgmester",
)

# A letter or memo with neither items nor a meeting header is a bilag; a long one
# with a table of contents is a report.
REPORT_MIN_PAGES = 8

# Old minute books (sogneråd protocols, 1900-1960).
# An entry opens with a meeting noun and a verb of holding it or a date:
# 'Aar 1941 den 9. April afholdtes Sogneraadsmøde', 'Elev Sogneraad afholdt i Dag Møde'.
MEETING_NOUNS = ("møde", "mødet", "sogneraadsmøde", "sognerådsmøde", "byraadsmøde",
                 "byrådsmøde", "udvalgsmøde", "ekstraordinært møde", "ordinært møde",
                 "kommunalbestyrelsesmøde", "bestyrelsesmøde")
# A meeting's kind may stand before its noun ('Ekstra ordinær Møde d. 23/4 1941').
MEETING_KINDS = ("ordinær", "ordinært", "ordinere", "ekstraordinær", "ekstraordinært",
                 "ekstra", "extra", "extraordinær", "extraordinært", "konstituerende")
# 'afholdes' (present) announces a meeting as often as it records one: it opens an entry
# only with the meeting's date ('Folketingets næste møde afholdes torsdag den 7. september
# 2023'), not in a matter ('Ekstra Møde afholdes naar Regnskabet foreligger').
MEETING_ANNOUNCED = ("afholdes",)
MEETING_VERBS = ("afholdt", "afholdtes", "holdt", "holdtes", "afholdes", "forhandledes",
                 "behandledes", "samledes", "var samlet", "mødtes")
# A meeting that 'has been held' ('Der har den 17. Aug. været afholdt et Møde paa Hinnerup
# Kro') is one a matter reports, not the one the entry opens.
MEETING_REPORTED = ("været", "blevet")
# 'Mødet hævet' closes an entry; a dateline ('Elev Sogneraad d. 17/1 1941') does too.
MEETING_CLOSERS = ("mødet hævet", "mødet hævedes", "mødet sluttede", "mødet slut",
                   "mødet afsluttet", "næste møde", "næste sogneraadsmøde", "næste sognerådsmøde",
                   # the signatures' heading, with its colon ('Protokollen godkendt og
                   # underskrevet:'); without one it may be an item's decision
                   "protokollen godkendt og underskrevet:", "referatet godkendt og underskrevet:",
                   "underskrevet:", "underskrifter:")
# A matter is presented ('Fra X forelaa Meddelelse', 'Der foretoges Valg af ...'):
# such a sentence opens a new matter when it starts a line.
MATTER_PRESENTERS = (
    "forelaa", "forelå", "forelagdes", "fremlagdes", "var fremlagt", "var fremsendt",
    "foretoges", "fortoges", "behandledes", "til behandling", "til første behandling",
    "til anden behandling", "til sidste behandling", "til 1. behandling",
    "til 2. behandling", "har fremsendt", "fremsender", "ansøger", "andragende",
    "meddelelse", "skrivelse", "cirkulære", "anmodning", "behandling af", "som eneste sag",
    "meddeler", "medd.", "forespørgsel", "er modtaget", "modtaget", "meddeles", "ansøgte",
    "andrager", "androg",
)
# Sentences that record an act of the council in the impersonal passive ('Der
# vedtoges at ...', 'Der bestemtes at ...'): at a line start, a new matter.
MATTER_ACTS = (
    "der vedtoges", "der bestemtes", "der besluttedes", "der bevilgedes", "der foresloges",
    "der foretoges", "der fortoges", "ligeledes vedtoges", "ligeledes bestemtes",
    "ligeledes behandledes", "derefter", "dernæst", "endvidere behandledes", "videre behandledes",
    "det vedtoges", "det besluttedes",
)
# Words a sentence does not end on: a book that writes no full stops runs a line on
# past them ('... forelaa Andragende om' / 'Bevilling til at drive Konditori').
OPEN_ENDINGS = ("og", "i", "at", "til", "paa", "på", "for", "med", "af", "om", "fra", "ved",
                "hos", "mod", "uden", "efter", "samt", "eller", "men", "som",
                "der", "hvor", "hvorfra", "hvis", "naar", "når", "da", "end", "den", "det",
                "de", "en", "et", "er", "har", "blev", "var", "vil", "skal", "kan", "maa",
                "må", "ang", "ang.", "vedr", "vedr.", "tilh", "tilh.", "ca", "ca.", "to", "tre",
                "fire", "fem", "seks", "syv", "otte", "ni", "ti", "tolv", "tyve", "hundrede")
# Sentences that continue the matter before them (a list of elected men, a ditto line).
MATTER_CONTINUATIONS = ("som", "samtidig", "ligeledes \"", "\"", "„", "do", "do.", "ditto",
                        "til", "heraf", "herunder", "hvorefter")
# The book's ditto: the decision is the one written above it.
DITTO = ("do", "do.", "ditto", "dto", "dto.", "\"", "\"\"", "smst", "smst.")
# Abbreviations after which a full stop does not end a sentence, beyond the outcome
# reader's ABBREVIATIONS: old minute books' and initials.
OLD_ABBREVIATIONS = (
    "næstfmd", "næstformd", "bmd", "pr", "ds", "fl", "matr", "medd", "cirk", "min", "off",
    "jfr", "m.v", "mv", "ekskl", "osv", "d", "a", "hr", "fr", "frk", "dr", "st", "sdr", "alb",
    "chr", "joh", "johs", "vilh", "th", "m.fl", "fhv", "s", "f", "jun", "sen", "dir", "ejd",
    "ml", "smst", "p", "n", "k", "h", "j",
)
# Words that start a sentence even right after an abbreviation ('... og fl. Der vedtoges').
SENTENCE_STARTERS = ("der", "det", "den", "de", "dette", "disse", "som", "sogneraadet",
                     "sognerådet", "ligeledes", "derefter", "endvidere", "samtidig", "man",
                     "vi", "han", "hun", "budgettet", "kommunen", "udvalget", "byrådet")

# Page chrome of meeting web pages: whole lines that are buttons, menus and dialogs.
CHROME_LINES = (
    "hent som pdf", "kopier link", "tip en ven", "gå til indhold", "tilbage til forsiden",
    "hent hele dagsordenen", "hent hele referatet", "del", "del på facebook", "del på twitter",
    "print", "udskriv", "luk", "luk dialog", "annuller", "send annuller", "ok", "info",
    "×", "pdf", "menu", "søg", "nulstil", "abonnér på dagsordener og referater",
    "accepter alle", "accepter cookies", "afvis", "afvis alle", "tillad alle cookies",
    "cookieindstillinger", "cookie-indstillinger", "vis detaljer", "skjul detaljer",
    "læs mere", "se alle deltagere", "mere info", "mere info:", "dit navn", "din e-mail",
    "besked", "modtager e-mail", "du skal sætte et flueben her", "punkt", "titel",
    "forside", "spring til indhold", "til toppen", "dit navn skal udfyldes",
)
# HTML elements and ARIA roles that hold a page's machinery, never its content. Not
# 'form' (ASP.NET pages wrap everything in one) nor 'button' (FirstAgenda prints item
# titles on accordion buttons).
CHROME_TAGS = ("script", "style", "noscript", "head", "template", "svg", "nav", "select",
               "option", "dialog", "footer")
CHROME_ROLES = ("dialog", "alertdialog", "navigation", "banner", "menu")
# Page elements that hold chrome, by their HTML class ('modal', 'cookie-banner').
CHROME_CLASSES = ("modal", "dialog", "cookie", "consent", "navbar", "breadcrumb", "skip-link",
                  "dropdown-menu", "share", "social", "footer", "header-menu", "sr-only")
# Chrome phrases that open a line of chrome ('Menu til punktet ...', cookie banners).
CHROME_OPENERS = (
    "menu til punktet", "vi bruger cookies", "denne hjemmeside bruger cookies",
    "dette website bruger cookies", "der opstod en fejl", "der opstod desværre en fejl",
    "mailadresse på afsender", "kopier link for punkt", "billedrepræsentation af pdf",
)

# Words that join a wrapped title to its next line ('... for' / 'ældre').
CONNECTIVES = ("og", "i", "for", "af", "til", "med", "på", "om", "ved", "samt", "eller",
               "the", "de", "den", "det")
# Before these words a line-end hyphen marks an elided compound ('Social- og
# Beskæftigelsesudvalget'), not a word broken over two lines.
ELISION_WORDS = ("og", "eller", "samt", "til", "som", "and", "or", "&")

# Words of running prose: a text with few of them is no document but a list or a menu;
# a text with more English than Danish ones is not a Danish meeting document.
DANISH_FUNCTION_WORDS = ("og", "i", "at", "det", "er", "en", "til", "på", "for", "med", "af",
                         "den", "de", "som", "der", "ikke", "har", "vil", "skal", "kan",
                         "om", "fra", "ved", "blev", "efter", "være", "samt", "eller")
ENGLISH_FUNCTION_WORDS = ("the", "and", "of", "to", "is", "in", "that", "for", "with", "this",
                          "be", "are", "or", "by", "as", "on", "it", "any", "you", "your")

# Common Danish first names (a careful reader knows them; prose names follow them).
FIRST_NAMES = tuple("""
aage adam agnete ahmad ahmed ali alice allan alma anders andreas ane anette anita ann anna
anne annette anni anton arne asger astrid axel benjamin bent berit bettina birgit birgitte
birte bjarne bo brian britt bodil børge camilla carl carsten casper charlotte christian
christina christine claus connie dan daniel david dennis dina ditte dorte doris ebbe edith
edvard ejner eigil elin elisabeth elise ella ellen elna elsebeth else emil emilie emma erik
erling ester eva fatima finn flemming frank frederik freja frida frode gert gitte grethe
gunnar hanne hans harald harry helene helga helge helle henning henrik henriette herman hanna
ib ida inge inger ingrid irene jacob jakob jan jane janni janus jeanette jens jeppe jesper
jette jimmy johan johanne johannes john jonas jonathan jørgen jørn julie jytte kaj karen
kari karin karina karl karsten kasper katrine kenneth kim kirsten kirstine kjeld klaus knud
kristian kristina kristine kurt lars laura lea lene lars leif lena lilli line linda lis lisa
lisbeth lise liv lone lotte louise lucas lykke mads magnus maja malene maria marianne marie
marlene martin mathias mathilde mette metin michael mie mikael mikkel mogens mona morten
natascha niels nikolaj nicolaj nina ole oliver oluf otto palle peder per pernille peter
pia polly poul preben purnima rasmus rene rené rikke rita rolf rune ruth sanne sara sarah
sebastian signe simon sine sofie solveig susanne svend søren thomas thor thorkild thure tina
tobias tom tommy torben tove trine troels ulla ulrik uffe valdemar vagn vibeke victor
viggo vilhelm villy yvonne steffen kåre bibi ejnar alfred alf albert august bernhard
christen jens jeppe laurits marius martinus niels peder rasmus søren thyge valborg
aase agnes agnethe alberte amalie amanda andrea anja annelise annie asta benedikte bente
birthe britta cecilie clara conny dagmar dorthe dorrit ellinor elsa erna esther gerda
gertrud gudrun gunhild gunver hannah hedvig heidi helena henny hilda hjørdis inga ingeborg
irma isabella jenny jessica johanna jonna josefine josephine judith julia kamilla karoline
kathrine katja lillian lisbet lissi maiken majken margit margrethe maren marina martha
merete mia michelle minna nadia nanna naja natasja nicoline olga olivia randi rebecca
rigmor sabrina sandra selma sidsel simone sofia stine susan sussi tanja tenna thea therese
vera victoria vivi vivian winnie
aksel alexander anker arnold asbjørn bendt benny bertel birger bjarke bruno christoffer
egon einar eskild esben ejvind ernst evald filip folmer frede frits georg gerhard
gorm gregers gustav halfdan hardy heine helmer henry hjalmar holger hugo ivan ivar jes
jimmi joachim jon kai kaare kennet kenn kent keld klavs kristoffer lasse laust lauritz leo
leon lennart louis ludvig lukas malte marc marco marcus marinus max nicolai niklas nils
noah ove orla oscar oskar patrick paul povl richard robert robin roland ronni ronnie rudolf
sigurd steen stig sune svenning tonny tony torsten thorvald thorben tyge ulf verner werner
vilfred villads walther willy ejler ingolf sofus peer nis
mohammad mohammed mustafa hassan hussein omar ibrahim yusuf emre murat mehmet ayse zeynep
fatma amina mariam leila khalid karim tariq jamal hamid
abdi abdullah agner ahmet aino annegrete annemarie annemette annika antonia arvid asmus bjørn
bjørnar carlo christel christopher dines dorit dorthea edel egil eja elias elinor elly elsie
elva emanuel emmy erich eske evelyn felicia ferdinand frederick frederikke frej freya gitta
grete gry gunner gurli hakon halvor hamza hedda hella helmuth hjalte hussain iben ilse
ingelise ingvar jannie jannik jeanett joakim johnny jonatan josef julius karla kate ketty
kirsa kjell kristiane laila laurids leonard lilian liselotte lisette lissy liva lizette luna
lærke magne mahmoud majbritt malou mattias mille mohamed molly muhammed nathalie nelly nick
niclas nicole nikolai nikoline nour oda olaf osvald ragnhild ralf rico rikard ritta rosa
runar sabina sascha sigrid silje sisse solvej sonja stefan sten stephanie stina stinne susie
sylvia tanya tatiana teddy theresa tilde tim timm tine toke ture ulrikke ursula vanessa vibe
vincent vita william yasmin ylva yrsa
""".split())


# --- decisions, outcomes and votes (owned by the outcome reader) -------------------
#
# How the outcome reader uses these: a decision text is cut into sentences; in the first
# sentence whose main clause holds an outcome cue, that cue decides (subordinate clauses,
# later sentences and minority statements never flip it). Entries are word forms, not
# stems: every tense and voice a secretary writes is listed. ORIENTATION_GIVEN is weaker
# than the rest: it reports what someone told the body and yields to an act recorded later.

# Agreement decides what its that-clause says; after a discussion it is the discussion's
# conclusion ('Udvalget drøftede oplægget. Der var enighed om, at det kan afhænge ...').
AGREEMENT = ("enighed om", "enige om")
APPROVED = (
    "godkendt", "godkendte", "godkendes", "godkende", "godkender", "godkendtes",
    "vedtaget", "vedtages", "vedtog", "vedtoges", "vedtage", "vedtager", "vedtagen",
    "tiltrådt", "tiltrådte", "tiltrædes", "tiltræde", "tiltræder", "tiltraadt", "tiltraadte",
    "henholder sig til", "henholdt sig til", "henholde sig til",
    "opretholdt", "opretholdes", "opretholder", "opretholde",
    "fastholdt", "fastholdes", "fastholder",
    "imødekommet", "imødekommes", "imødekom", "imødekommer", "imødekomme",
    *AGREEMENT,
    "bevilget", "bevilges", "bevilgede", "bevilgedes", "bevilliget", "bevilliges", "bevilligede",
    "besluttede", "besluttes", "besluttet", "besluttedes", "beslutter", "bestemtes", "bestemte",
    "bifaldt", "bifaldes", "bifaldet", "tildeles", "tildelt",
    "tillades", "tilladt", "eftergives", "eftergaves", "eftergivet", "eftergav",
    "antaget", "antoges",  # a tender or an offer accepted ('Tilbuddet fra X antaget')
    "indstillingen følges", "indstillingen blev fulgt", "tilsluttede sig", "tilslutter sig",
    "kunne tilslutte sig",
    "bevilling givet", "bevilling meddelt", "tilladelse givet", "tilladelse meddelt",
    "dispensation givet", "dispensation meddelt", "dispensation meddeles", "meddelt dispensation",
    "meddeles dispensation", "gives dispensation", "dispensation gives",
)
RECOMMENDED = (
    "anbefales", "anbefaler", "anbefalede", "anbefalet", "anbefale", "anbefaledes",
    "indstilles", "indstiller", "indstillede", "indstilles godkendt",
    "indstilles til godkendelse", "med anbefaling", "med indstilling om",
    "med positiv indstilling", "med udvalgets tilslutning",
)
# A decision that is only this records that nothing came up ('Eventuelt' / 'Intet.').
NOTHING_RECORDED = ("intet", "ingen", "intet nyt", "intet at bemærke", "intet at referere",
                    "ingen punkter", "ingen sager")
NOTED = (
    "til efterretning", "til orientering", "intet til referat", "orienteringen taget",
    "forelå", "forelaa", "intet til protokollen", "intet til protokol", "ingen orienteringer", "ingen orientering", "ingen orienteringspunkter",
    "intet at orientere om", "ingen gensidige orienteringer", "ingen meddelelser",
    "ingen bemærkninger", "orientering givet", "orienteringen givet",
    "orienteringen blev givet", "orientering blev givet", "kvitterede for orienteringen",
    "kvitterer for orienteringen", "takkede for orienteringen", "takker for orienteringen",
)
ORIENTATION_GIVEN = (
    "orienterede", "orienteret om", "blev orienteret", "orientering om", "orienteringer om",
    "orientering vedr", "orientering vedrørende",
    "redegjorde", "gav en status", "gav en kort status", "fik en status", "fik en kort status",
    "besvarede", "blev besvaret", "besvaret på mødet", "oplyste om",
)
DISCUSSED = (
    "drøftet", "drøftede", "drøftes", "drøftedes", "drøfter", "drøftelse af", "gensidig drøftelse",
    "der var en drøftelse", "diskuteret", "diskuterede", "blev vendt", "kort vendt", "vendtes",
    "evaluerede", "blev evalueret", "evalueredes", "gav input", "gav sit input",
    "gav deres input", "kom med input", "gav følgende input", "afgav følgende bemærkninger",
    "afgav bemærkninger", "bemærkede", "opsummerede", "blev opsummeret", "sammenfattede",
    # a first reading is a discussion; the decision comes at the second
    "til første behandling", "til 1. behandling", "første behandling af", "1. behandling af",
    "førstebehandling", "førstebehandlede", "1. behandlede",
)
# Forwarding a case: referred, or recommended when the sentence also endorses it.
REFERRED = (
    "oversendes", "oversendt", "oversende", "fremsendes", "fremsendt", "sendes",
    "sendes videre", "sendes tilbage", "sendt tilbage", "videresendes", "videresendt",
    "tilbagesendes", "tilbagesendt", "tilbagesende", "tilbagesendte", "henvises", "henvist",
    "sendes i høring", "sendes til høring", "hjemvises", "hjemvist",
    "sende sagen", "sende forslaget", "sende punktet", "sende indstillingen", "oversende sagen",
    "oversende forslaget", "fremsende sagen", "henvise sagen", "videresende sagen",
    "sendt retur", "sendes retur", "sendtes retur", "sendt videre", "sendtes videre",
    "sendte videre", "sende videre", "videresende", "videresendte",
    "henvistes", "oversendtes", "sendt til udtalelse", "sendes til udtalelse",
    "sendtes til udtalelse",
)
# Purposes that make a forwarding a note sending a decision down to be carried out.
DOWNWARD_NOTE = (
    "til videre foranstaltning", "til effektuering", "til ekspedition", "til videre ekspedition",
    "til udførelse", "til iværksættelse", "til underretning", "til orientering",
)
POSTPONED = (
    "udsat", "udsættes", "udsattes", "udsatte", "udsætte", "udskudt", "udskydes", "udskød",
    "ej færdigbehandlet", "ikke færdigbehandlet", "ej færdigbehandlede",
    "ikke færdigbehandlede", "genoptages", "sagen genoptaget", "ønsker sagen genoptaget",
    "tages op igen", "behandles på et senere møde", "behandles på næste møde",
    "tages op på et senere møde", "tages op på næste møde",
)
# Taking a matter up again later: postponed said alone; after a discussion or a report in
# the same decision, the discussion's or the report's next step ('Drøftet. Punktet tages op
# igen i november', as 'taget til efterretning, idet sagen ønskes genoptaget' is noted).
RESUMED = ("genoptages", "sagen genoptaget", "ønsker sagen genoptaget", "tages op igen",
           "behandles på et senere møde", "behandles på næste møde",
           "tages op på et senere møde", "tages op på næste møde")
REJECTED = (
    "forkastet", "forkastes", "forkastede", "forkastedes", "afvist", "afvises", "afviste",
    "nedstemt", "nedstemtes", "forslaget faldt", "gives afslag", "meddeles afslag",
    "giver afslag", "nægtes", "nægtet", "nægtedes", "afslås", "afslaaes", "afslået",
    "afslaaet", "afsloges", "kan ikke imødekommes", "ikke imødekommet",
    "fik afslag", "fået afslag", "gav afslag", "meddelt afslag", "meddeltes afslag",
    "afslag",  # 'Afslag, jf. indstillingen.'; 'godkendte indstillingen om afslag' approves
    # a vote that found no majority
    "ikke flertal for", "opnåede ikke flertal", "ikke opnået flertal", "fik ikke flertal",
)
WITHDRAWN = (
    "udgik", "udgår", "udgået", "bortfalder", "bortfaldt", "bortfaldet", "trukket",
    "trukket tilbage", "taget af dagsordenen", "tages af dagsordenen", "trak punktet",
    "sagen trækkes", "punktet trækkes", "forslaget trækkes", "trækkes tilbage",
    "trak sagen",
)
# Acts that are no verdict on a proposal: elections, abstaining from a position, and
# references to a decision recorded elsewhere (kept in the text as printed).
OTHER_ACTS = (
    "valgtes", "genvalgtes", "blev valgt", "blev genvalgt", "udpeges", "konstitueredes",
    "konstituerede sig", "undlod at tage stilling", "undlader stillingtagen",
    "undlod stillingtagen", "tog ikke stilling", "beslutning ikke frigivet", "se papirsag",
    "se beslutning", "se punkt", "se pkt", "se sag", "se under punkt", "der henvises til",
    "behandlet sammen med", "behandles sammen med", "behandlet under punkt",
    "behandles under punkt", "jf. beslutning", "jf. beslutningen",
)
# The verbs of deciding that approve nothing by themselves: after a discussion in the
# same clause ('drøftede oplægget og besluttede, at de ønsker ...') only their that-clause
# can say more than the discussion.
DECIDING_ONLY = ("besluttede", "besluttes", "besluttet", "besluttedes", "beslutter",
                 "bestemtes", "enighed om", "enige om")
# Verbs whose 'at'-clause says what was decided ('besluttede at tilbagesende sagen').
DECIDING = (
    "besluttede", "besluttes", "besluttet", "besluttedes", "beslutter", "bestemtes", "vedtoges",
    "vedtog",
    "vedtaget", "godkendte", "godkender", "godkendtes",
    "enighed om", "enige om",  # 'Der var enighed om at udsætte sagen': the clause decides
)
# A wish whose that-clause may carry the act ('ønsker, at sagen genoptages'); the wish
# alone is no verdict.
WISHING = ("ønsker", "ønskede", "ønsker desuden", "ønsker endvidere")
# Ordering new material is no verdict on the item itself.
REQUEST = (
    "ønsker en sag", "ønsker sag", "bestilte en sag", "bestilte en supplerende",
    "optages følgende sager", "fremlægges en sag", "fremlægger en sag", "forelægges en sag",
    "ønsker at få forelagt", "ønsker en orientering",
)
NEGATION = ("ikke", "ej")
# Right after the verb, 'no' negates its object: 'bevilgedes intet Tilskud' (none granted).
OBJECT_NEGATION = ("intet", "ingen")
# 'tiltræde' a body or a post is to join it, no verdict: 'Samtlige Medlemmer tiltræder
# Valgbestyrelsen', 'tiltrådte stillingen' (a body's name ends in a BODY_WORDS word).
JOINING_VERBS = ("tiltræder", "tiltrådte", "tiltraadte", "tiltræde", "tiltraadt", "tiltrådt")
JOINED_POSTS = ("stillingen", "embedet", "hvervet", "posten", "pladsen")
AMENDMENT = ("ændringsforslag", "ændringsforslaget", "ændringsforslagene", "med den ændring",
             "ændres således")
# A sentence about an amendment ('Ændringsforslag fra Ø ... blev forkastet') records the
# amendment's fate; the item's own verdict follows it ('Budgettet blev herefter vedtaget').
AMENDMENT_SUBJECTS = ("ændringsforslag", "ændringsforslaget", "ændringsforslagene",
                      "et ændringsforslag", "tillægsforslag", "tillægsforslaget",
                      "et tillægsforslag")
# A clause opening with these is subordinate: its cues never decide the outcome.
SUBORDINATE = (
    "idet", "i det", "da", "fordi", "hvis", "såfremt", "når", "som", "hvor", "således at",
    "med bemærkning", "med bemærkningen", "med den bemærkning", "med en bemærkning",
    "med denne bemærkning", "med følgende bemærkning", "med følgende bemærkninger",
    "med bemærkninger", "under forudsætning af", "dog således", "med henblik på", "herunder",
    "jf.", "efter at",
)
# Words before a part's number in a split decision ('Ad 1-4.', 'Pkt. 2:').
# Words before a matter's number in a minute book ('Pkt. 4. Skrivelse fra ...', 'Sag nr. 3').
MATTER_LABELS = ("punkt", "pkt", "sag")
PART_PREFIXES = ("ad", "pkt.", "pkt", "punkt", "indstillingspunkt", "ad punkt", "ad pkt.")
# Words of a heading line at the top of a decision block ('Byrådets beslutning den ...').
# Words that tie a decision heading to its meeting ('Beslutning i mødet', 'Konklusion fra
# mødet', 'Beslutning på mødet').
DECISION_HEADING_LINKS = ("i", "fra", "på")
DECISION_HEADINGS = ("beslutning", "beslutninger", "afgørelse", "beslutningstekst",
                     "konklusion", "konklusioner")  # internal meetings conclude
# Decision headings that may carry the decision after a colon on their own line
# ('Konklusion: Formanden skriver høringssvaret', 'Udvalgets beslutning: Anbefales').
INLINE_DECISION_LABELS = DECISION_HEADINGS + tuple(
    h for h in DECISION_BLOCK_HEADINGS if "beslutning" in h and not h.endswith(":")) + (
    "referat", "protokol", "protokollat")  # 'Referat: Dagsordenen blev godkendt.'

# Abbreviations whose full stop ends no sentence.
ABBREVIATIONS = ("pkt", "jf", "nr", "kr", "mio", "mia", "ca", "stk", "bl.a", "f.eks", "evt",
                 "vedr", "inkl", "ift", "dvs", "mht", "gdr", "fmd", "hmd", "tlf", "kl", "ang",
                 "brdr", "eksp", "husm", "sekr", "amtsrådsmedl", "udv")

# Attendance glued onto a decision: labels of a line, and sentences about one person.
# The first are absence with apologies sent (the person's role 'afbud').
APOLOGY_LABELS = ("afbud", "forfald")
ABSENCE_LABELS = APOLOGY_LABELS + (
                  "fraværende", "ikke til stede", "ikke tilstede", "fravær",
                  "følgende deltog ikke i behandlingen af punktet",
                  "følgende deltog ikke i behandlingen", "følgende var fraværende")
ABSENCE_SENTENCES = ("deltog ikke i behandlingen", "deltog ikke i mødet",
                     "deltog ikke i punktets behandling", "deltog ikke i sagens behandling",
                     "forlod mødet")
SUBSTITUTE_SENTENCES = ("deltog som stedfortræder", "deltog som suppleant",
                        "deltog som stedfortræder for", "deltog som suppleant for")

# Votes: a label opening a list of parties ('For stemte: A, F og Ø (15)'), a label that
# needs its colon ('Imod: F'), a verb after the voters ('Mehmet Zeki Dogru (Ø) stemte imod').
VOTE_LABELS = (
    ("for stemte", "for"), ("herfor stemte", "for"), ("for forslaget stemte", "for"),
    ("for indstillingen stemte", "for"), ("for ændringsforslaget stemte", "for"),
    ("imod stemte", "against"), ("herimod stemte", "against"),
    ("imod forslaget stemte", "against"), ("imod indstillingen stemte", "against"),
    ("imod ændringsforslaget stemte", "against"), ("hverken for eller imod stemte", "abstain"),
    ("undlod at stemme", "abstain"),
)
VOTE_COLON_LABELS = (("for", "for"), ("imod", "against"), ("undlod", "abstain"),
                     ("hverken for eller imod", "abstain"), ("undlader", "abstain"))
VOTE_VERBS = (
    ("stemte for", "for"), ("stemmer for", "for"), ("stemte imod", "against"),
    ("stemmer imod", "against"), ("stemte hverken for eller imod", "abstain"),
    ("undlod at stemme", "abstain"), ("undlod at tage stilling", "abstain"),
    ("undlader at stemme", "abstain"), ("undlod", "abstain"),
    ("tog forbehold", "reservations"), ("tager forbehold", "reservations"),
    ("tog et forbehold", "reservations"), ("tager et forbehold", "reservations"),
)
# 'Et flertal (A, B, F) kunne tiltræde ...', 'Et mindretal (V og C) kunne ikke tiltræde ...'.
MAJORITY = ("et flertal", "flertallet", "et flertal bestående af")
MINORITY = ("et mindretal", "mindretallet", "et mindretal bestående af")
# Counts written out; the groups are (for, against) unless named.
VOTE_COUNTS_RE = (
    r"med\s+(?P<for>\d+)\s+stemmer?\s+(?:for\s+)?(?:mod|imod)\s+(?P<against>\d+)"
    r"(?:\s*\((?P<against_parties>[^)]*)\))?",
    r"med\s+stemmerne\s+(?P<for>\d+)\s+for(?:\s*(?:,|og)\s*(?P<against>\d+)\s+imod)?"
    r"(?:\s*(?:,|og)\s*(?P<abstain>\d+)\s+(?:hverken\s+for\s+eller\s+imod|undlod|blanke))?",
    r"(?P<for>\d+)\s+stemmer\s+for\s*(?:\((?P<for_parties>[^)]*)\))?\s*(?:,|og)\s*"
    r"(?P<against>\d+)\s+(?:stemmer\s+)?imod(?:\s*\((?P<against_parties>[^)]*)\))?",
    # 'Der stemte 4 for og 4 imod'
    r"stemte\s+(?P<for>\d+)\s+for\s*(?:,|og)\s*(?P<against>\d+)\s+imod",
    r"(?<![\w-])(?P<abstain>\d+)\s+(?:medlemmer?\s+)?undlod(?:\s+at\s+stemme)?"
    r"(?:\s*\((?P<abstain_parties>[^)]*)\))?",
)
MINORITY_STATEMENT = ("mindretalsudtalelse", "mindretalsudtalelse fra",
                      "med en mindretalsudtalelse", "følgende mindretalsudtalelse",
                      "ønsker sin stemme ført til protokol",
                      "ønskede sin stemme ført til protokol", "ønskede følgende ført til protokol",
                      "ønsker følgende ført til protokol", "ønskede følgende protokolleret",
                      "ønsker følgende protokolleret")
UNANIMOUS = ("enstemmigt", "enstemmig", "i enighed")
# A decision that adopts with changes or remarks did not simply follow the proposal.
CHANGED = ("med den ændring", "med følgende ændring", "med den tilføjelse",
           "med følgende tilføjelse", "med de følgende ændringer", "med bemærkning",
           "med denne bemærkning", "med følgende bemærkning", "med den bemærkning",
           "med en bemærkning", "dog således", "med ændring", "ændret således", "i stedet",
           "suppleret", "suppleres")
PARTIES = (  # a party's name as printed, and its letter
    ("socialdemokratiet", "A"), ("socialdemokraterne", "A"), ("venstre", "V"),
    ("socialistisk folkeparti", "F"), ("enhedslisten", "Ø"),
    ("det konservative folkeparti", "C"), ("konservative", "C"), ("de konservative", "C"),
    ("radikale venstre", "B"), ("det radikale venstre", "B"), ("radikale", "B"),
    ("dansk folkeparti", "O"), ("liberal alliance", "I"), ("alternativet", "Å"),
    ("nye borgerlige", "D"), ("moderaterne", "M"), ("danmarksdemokraterne", "Æ"),
)
# Parties marked by an abbreviation of several letters after a name ('Anders Winnerskjold
# (S)', 'Liv Gro Jensen (SF)'); other capitals in brackets ('(UKH)') name no party.
# A party written out after a member's name ('Bünyamin Simsek / Det Konservative
# Folkeparti', 'Jens Holm, Enhedslisten'): the name -> its letter.
PARTY_NAMES = (
    ("socialdemokratiet", "A"), ("venstre", "V"), ("socialistisk folkeparti", "F"),
    ("sf", "F"), ("enhedslisten", "Ø"), ("det konservative folkeparti", "C"),
    ("konservative", "C"), ("det radikale venstre", "B"), ("radikale venstre", "B"),
    ("dansk folkeparti", "O"), ("liberal alliance", "I"), ("alternativet", "Å"),
    ("nye borgerlige", "D"), ("moderaterne", "M"), ("danmarksdemokraterne", "Æ"),
)
PARTY_ABBREVIATIONS = (
    "SF", "EL", "DF", "LA", "KF", "RV", "NB", "DD", "ALT", "KD", "FG", "SP", "KRF",
    "UP", "UFP", "UFG",  # no party ('uden for parti', '... folketingsgrupperne')
    "AP", "FRP", "SV", "MDG", "INP", "PF",  # Norwegian councils
)


# --- what people type into a search (owned by search) ------------------------------

# Nouns that make a word name a body: 'kulturudvalget', 'byrådet', 'sogneraadet'.
BODY_NOUNS = ("udvalg", "byråd", "kommunalbestyrelse", "regionsråd", "sogneråd", "magistrat",
              "borgerrepræsentation", "rådmandsmøde", "kommunestyre")
# Words a user says for an outcome: the participles of the outcome reader's cues for the
# outcomes people ask about ('afvist', 'godkendte', 'udsat'), not the general acts
# ('besluttet'), plus what a user says that a secretary does not write ('afslag').
_NOT_SAID_AS_OUTCOME = ("beslut", "bestem", "tildel", "opretholdt", "fastholdt", "imødekom")


def _said(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if " " not in w and w.endswith(("t", "te"))
                 and not w.startswith(_NOT_SAID_AS_OUTCOME))


QUERY_OUTCOMES = (("approved", _said(APPROVED)), ("postponed", _said(POSTPONED) + ("udskudte",)),
                  ("rejected", _said(REJECTED) + ("afslag", "nedstemte", "nej")))
# What a user says as a phrase for an outcome: permission given ('hvem fik lov til at
# sælge spiritus'), a yes or a no said ('sagde nej til').
QUERY_OUTCOME_PHRASES = (
    ("approved", ("fik lov", "får lov", "fået lov", "gav lov", "giver lov", "givet lov",
                  "sagde ja", "sagt ja", "fik ja")),
    ("rejected", ("sagde nej", "sagt nej", "fik nej", "fået nej")),
)
# An outcome said in a clause of time or condition is no outcome asked about: 'hvornår
# skal naboerne høres før kommunen giver lov til at bygge' asks about a rule, not about
# what was approved. Such a word within CONDITION_REACH words before the outcome says so.
CONDITION_WORDS = ("før", "inden", "hvis", "når", "naar", "medmindre", "indtil")
CONDITION_REACH = 3
# An outcome word said as thanks is a person's answer, neither a decision nor the subject:
# 'kan forældre sige nej tak til maden i vuggestuen' (both words left out).
THANKS = ("tak",)
# The outcomes that answer a user asking about an outcome: a body that recommends a
# request ('Ansøgningen anbefales', as parish councils answered applications the county
# granted) said yes to it at its stage.
OUTCOMES_ASKED = (("approved", ("approved", "recommended")),)
# A recommendation's verb: 'Centret indstiller, at der meddeles afslag'. A decision that
# approves such a recommendation refuses ('Godkendt'), which a user asking what was
# refused wants; a refusal word within PROPOSAL_REACH words after the verb says so.
PROPOSING = ("indstiller", "indstilles", "foreslår", "foreslås")
PROPOSAL_REACH = 3

# Periods a Danish user names instead of years: 'under krigen' is the Second World War
# and the occupation (the war the municipal minute books lived through), unless a place
# says which war ('krigen i Ukraine'). (phrases, first day, last day).
PERIODS = (
    (("under krigen", "under besættelsen", "i besættelsestiden", "under besættelsestiden",
      "under verdenskrigen", "under anden verdenskrig", "under 2. verdenskrig"),
     "1939-09-01", "1945-05-31"),
)

# Particle verbs: Danish puts the particle after the verb and its object ('rive et hus
# ned', 'få skatten sat ned', 'lade bilen op'), while the administration writes the noun
# or participle with the particle first (nedrivning, nedsat, opladning). A particle within
# PARTICLE_REACH words after a verb makes the compound an alternative to the verb, where
# the archive writes it (search/query.py).
# 'over', 'om', 'af', 'til' and 'på' are left out: in a question they are prepositions
# ('klager over kloakken', 'penge til foreninger') far more often than particles, and
# each pair looked up costs a query a term lookup per form.
PARTICLES = ("ned", "op", "ud", "ind", "frem", "sammen", "tilbage", "bort")
PARTICLE_REACH = 4
# The endings a particle verb's noun takes after the verb's root (nedriv+ning,
# udmeld+else, nedskær+ing); the bare root or infinitive is left out, since there the
# compound often means something else ('holde op' is not 'opholde', 'ophold').
PARTICLE_NOUN_ENDINGS = ("ning", "else", "ing")
# The endings a verb is said with (present, past, participle, passive, infinitive),
# stripped to find its root.
VERB_ENDINGS = ("ede", "te", "er", "es", "et", "e", "t")
# Past forms whose root is not the infinitive's: 'sat ned' is nedsættelse as well as
# nedsat. (said, infinitive)
IRREGULAR_VERBS = (
    ("sat", "sætte"), ("satte", "sætte"), ("lagde", "lægge"), ("lagt", "lægge"),
    ("tog", "tage"), ("taget", "tage"), ("gav", "give"), ("givet", "give"),
    ("skar", "skære"), ("skåret", "skære"), ("holdt", "holde"), ("rev", "rive"),
    ("revet", "rive"), ("smed", "smide"), ("lod", "lade"), ("slog", "slå"),
    ("slået", "slå"), ("trak", "trække"), ("trukket", "trække"), ("bød", "byde"),
    ("budt", "byde"), ("frøs", "fryse"), ("brød", "bryde"), ("brudt", "bryde"),
)

# The cues a decision text states an outcome with, for the outcomes people ask about: a
# decision whose main clause says one thing may still reject or postpone a part of it
# ('5. Ikke anbefalet', 'kan blive udskudt').
DECISION_CUES = (("approved", APPROVED), ("postponed", POSTPONED), ("rejected", REJECTED))

# The frame of a question, not its subject: 'hvordan går det med ...', 'hvor lang tid
# tager det at få ...', 'flere penge til ...'. Interrogatives, light verbs and
# quantifiers that Snowball's stop list lacks, and the verbs of 'hvor ofte/tit', 'hvem
# bestemmer', 'hvad mener/synes' (asking how often, who decides, what is thought: no
# subject, and no key below). A natural query leaves them out (unless nothing else is
# left); a concept below may still read a phrase of them ('lang tid').
QUESTION_WORDS = (
    "hvordan", "hvorfor", "hvornår", "hvilke", "hvilken", "hvilket", "hvem", "hvorledes",
    "gør", "gøre", "gjort", "gjorde", "går", "gik", "gået", "få", "får", "fik", "fået",
    "kan", "sker", "ske", "skete", "sket", "tager", "tage", "taget", "findes", "må",
    "måtte", "burde", "bør", "gerne", "egentlig", "flere", "færre", "mere", "mest",
    "mindre", "mindst", "nogen", "ting", "folk", "lidt", "helt", "særligt", "sige",
    "siger", "sagt", "sagde", "fortæl", "vide", "ved", "forhold", "angående", "vedrørende",
    "tit", "ofte", "bestemmer", "mener", "synes",
)

# Everyday words -> the administration's words for the same thing, as a municipality's
# A-Z and KL's task classification (KLE) name its tasks, and as citizens name them
# (borger.dk's self-service topics, the meeting systems' case titles, slang, today's
# words for what the old minute books wrote). A query word that is a key is also looked
# for as the terms, as a weaker alternative to the word itself ('mad' finds
# 'frokostordning' and 'kantineordning'; 'arbejdsløse' finds 'jobcenter'). Keys are word
# forms or short phrases; terms are what a case title or a decision text would say.
# Words that name a whole area rather than a task ('ældre', 'unge', 'boliger', 'børn')
# are no keys: widening them buries the task the rest of the question names. A phrase
# key counts as one word of the query, so a phrase is a key only where its words alone
# mislead ('lang tid'); words that find the administration's compound by its parts
# ('boliger til ældre' -> ældreboliger) are no phrase key. A word with another everyday
# sense is no key ('køer' are cows as well as queues, 'rabat' a discount as well as a
# verge), a compound or phrase of it may be ('bilkøer', 'slå græs'). A term that a large
# share of an archive's items print ('tidsplan', the department named in every
# recommendation) is no term: it would count as the word matched everywhere. A one-word
# key matches in any inflection (search/understand.py). One line per concept, grouped by
# task area; a new everyday word is a new key, not new code.
CONCEPTS = (
    # economy
    (("penge", "pengene", "kroner", "finansiering"), ("bevilling", "midler", "budget", "tillægsbevilling", "anlægsbevilling", "pulje")),
    (("koster", "koste", "kostede", "pris", "prisen", "priser", "dyrt", "dyr", "dyre", "betale", "betaler", "betaling", "regning"), ("gebyr", "takst", "udgift", "egenbetaling", "omkostning", "pris")),
    (("spare", "sparer", "spares", "nedskæring", "nedskæringer", "skære", "skæres", "skåret"), ("besparelse", "reduktion", "effektivisering", "budgetreduktion", "tilpasning")),
    (("økonomien", "økonomi", "pengene rækker", "underskud", "overskud"), ("budgetopfølgning", "regnskab", "forbrug", "merforbrug", "mindreforbrug", "budgetbalance")),
    (("låne", "låner", "lånt", "lån", "gæld", "gælden"), ("lånoptag", "låneoptagelse", "låneramme", "gæld", "lånegaranti")),
    (("skat", "skatten", "skatter", "grundskyld", "ejendomsskat", "skatteyder", "skatteydere", "skatteborgere"), ("skatteudskrivning", "udskrivningsprocent", "grundskyld", "dækningsafgift", "skattesats", "kommuneskat", "skatteansættelse")),
    (("udlicitere", "udlicitering", "privat firma", "firma", "firmaer"), ("udbud", "leverandør", "kontrakt", "udbudsstrategi")),
    # work and benefits
    (("ledig", "ledige", "arbejdsløs", "arbejdsløse", "arbejdsløshed", "jobsøgende", "job", "jobbet"), ("beskæftigelse", "beskæftigelsesindsats", "jobcenter", "ledighed", "dagpenge", "kontanthjælp", "aktivering", "virksomhedspraktik")),
    (("syg", "syge", "sygemeldt", "sygemeldte", "sygemelding", "sygemeldinger"), ("sygedagpenge", "sygefravær", "jobafklaring", "fastholdelse", "ressourceforløb", "sygedagpengeforløb")),
    (("flygtning", "flygtninge", "indvandrer", "indvandrere", "udlænding", "udlændinge", "nydansker", "nydanskere"), ("integration", "integrationsindsats", "danskuddannelse", "danskundervisning", "repatriering", "flygtninge")),
    (("teenager", "teenagere"), ("unge", "ungeindsats", "ungdomsuddannelse", "ungdomsklub", "ungdomsskole", "ungecenter")),
    # school and children
    (("mad", "maden", "madpakke", "madpakker", "spise", "spiser", "frokost", "måltid", "kantine"), ("kost", "måltid", "frokostordning", "madordning", "kantineordning", "skolemad", "madservice", "forplejning")),
    (("pjække", "pjækker", "pjækkeri", "udebliver", "udeblivelse", "skolevægring"), ("fravær", "skolefravær", "elevfravær", "ufravær")),
    (("mobning", "mobbet", "mobber", "mobbes", "trives"), ("trivsel", "mobning", "trivselsmåling", "antimobbestrategi")),
    (("børnehave", "børnehaver", "vuggestue", "vuggestuer", "pasning", "børnepasning", "institution"), ("dagtilbud", "daginstitution", "dagpleje", "pasningsgaranti", "normering")),
    (("specialklasse", "specialskole", "særlige behov", "diagnose", "diagnoser"), ("specialundervisning", "specialtilbud", "inklusion", "specialpædagogisk", "PPR")),
    (("omsorgssvigt", "udsatte børn", "anbragt", "anbragte", "plejefamilie", "plejefamilier"), ("anbringelse", "underretning", "forebyggende foranstaltninger", "plejefamilie", "børnesag")),
    (("legeplads", "legepladser", "lege", "skolegård", "skolegårde"), ("legeplads", "legepladsudstyr", "udeareal", "skolegård", "udeområde")),
    # older people
    (("gamle", "pensionister", "seniorer", "de gamle"), ("ældre", "ældrepleje", "plejecenter", "senior", "ældreområde")),
    (("plejehjem", "plejehjemmet", "plejehjemmene"), ("plejecenter", "plejebolig", "plejeboligkapacitet")),
    (("hjemmehjælp", "hjemmehjælpen", "hjemmehjælper"), ("hjemmepleje", "praktisk hjælp", "personlig pleje", "visitation", "kvalitetsstandard")),
    (("ensom", "ensomme", "ensomhed"), ("ensomhed", "fællesskab", "besøgsven", "aktivitetscenter", "mistrivsel", "netværk")),
    (("demens", "demente", "glemsom", "glemsomme"), ("demens", "demensvenlig", "demensindsats", "pårørende")),
    (("kørestol", "kørestole", "rollator", "rollatorer", "gangstativ", "badebænk"), ("hjælpemidler", "hjælpemiddel", "hjælpemiddeldepot", "boligændring")),
    # health
    (("ryge", "ryger", "rygere", "rygning", "cigaretter", "tobak", "smøger"), ("rygestop", "røgfri", "tobak", "rygestopkursus", "tobaksforebyggelse", "sundhedsfremme")),
    (("drikke", "drikker", "alkohol", "druk", "stoffer", "narko", "hash"), ("alkoholbehandling", "misbrug", "misbrugsbehandling", "rusmiddel", "stofmisbrug")),
    (("overvægt", "overvægtige", "motion", "motionere", "sund", "sundt", "sunde"), ("sundhedsfremme", "forebyggelse", "motion", "kost", "sundhedspolitik")),
    (("psykisk", "psykiske", "psyken", "depression", "angst", "stress", "har det svært"), ("psykiatri", "mental sundhed", "mistrivsel", "psykisk sårbar", "socialpsykiatri", "trivsel")),
    (("læge", "lægen", "læger", "doktor", "sygehus", "hospital", "hospitalet"), ("almen praksis", "sundhedsaftale", "sundhedshus", "region", "genoptræning")),
    (("tandlæge", "tænder", "tandlægen"), ("tandpleje", "børnetandpleje", "omsorgstandpleje")),
    # social and disability
    (("handicappede", "handicappet", "udviklingshæmmede", "funktionsnedsættelse"), ("handicap", "botilbud", "bostøtte", "specialiseret", "socialområde")),
    (("hjemløs", "hjemløse", "ikke noget sted at bo", "intet sted at bo", "ingen steder at bo", "uden bolig", "uden tag over hovedet", "sover på gaden"), ("hjemløshed", "hjemløsetælling", "herberg", "forsorgshjem", "boligsocial")),
    (("fattig", "fattige", "fattigdom", "trængte"), ("kontanthjælp", "fattigdom", "enkeltydelse", "økonomisk trængte", "ydelse")),
    (("snyd", "snyder", "svindel", "fusk"), ("socialt bedrageri", "kontrol", "snyd", "tilbagebetaling")),
    (("klage", "klager", "klagen", "utilfreds", "utilfredse"), ("klagesag", "ankestyrelsen", "borgerrådgiver", "klageadgang", "omgørelse")),
    # building, housing, planning
    (("hus", "huse", "huset", "bygge", "bygger", "tilbygning", "carport", "garage", "udestue"), ("byggesag", "byggetilladelse", "byggeri", "dispensation", "lokalplan", "landzonetilladelse")),
    (("lang tid", "længe", "vente", "venter", "ventetid", "hurtigt"), ("sagsbehandlingstid", "sagsbehandling", "ventetid", "venteliste", "servicemål", "frist", "behandlingstid")),
    (("leje", "lejlighed", "lejligheder", "lejebolig", "husleje"), ("almene boliger", "boligselskab", "boliganvisning", "lejebolig", "boligafdeling")),
    (("parkere", "parkering", "parkeringsplads"), ("parkering", "parkeringsplads", "parkeringsforhold", "parkeringsnorm")),
    (("støj", "larm", "larmer", "larmende"), ("støj", "støjgener", "støjskærm", "støjhandlingsplan")),
    # roads and transport
    (("bus", "busser", "bussen", "offentlig transport", "toget"), ("kollektiv trafik", "Movia", "buslinje", "busdrift", "trafikbestilling", "buslinjer")),
    (("cykel", "cykler", "cykle", "cyklister"), ("cykelsti", "cykelstier", "cykelpulje", "cykelparkering")),
    (("huller", "hul", "slaghuller", "fortov", "fortovet"), ("vejvedligeholdelse", "asfalt", "belægning", "fortov", "vejplan", "slidlag")),
    (("sne", "glat", "glatføre", "is", "saltning", "snerydning", "sneplov"), ("vintertjeneste", "vintervedligeholdelse", "snerydning", "glatførebekæmpelse", "snekastning")),
    (("fart", "bilister", "kører stærkt", "trafikken", "trafik"), ("trafiksikkerhed", "hastighed", "fartdæmpning", "trafikanalyse", "trafikplan")),
    (("gadelys", "lygtepæle", "mørkt"), ("vejbelysning", "belysning", "gadebelysning")),
    # environment, climate, nature
    (("skrald", "skraldet", "skraldespand", "skraldespande", "skraldebil", "affald"), ("affald", "affaldsindsamling", "renovation", "husholdningsaffald", "affaldsordning", "storskrald", "genbrugsstation")),
    (("genbrug", "sortere", "sortering"), ("genanvendelse", "affaldssortering", "genbrugsstation", "affaldsplan")),
    (("regn", "regner", "regnvand", "oversvømmelse", "oversvømmelser", "oversvømmet", "vand i kælderen", "skybrud"), ("klimatilpasning", "skybrud", "regnvand", "spildevand", "kloak", "regnvandsbassin", "overfladevand")),
    (("storm", "stormflod", "havet", "kysten", "stranden"), ("kystbeskyttelse", "stormflod", "dige", "højvandssikring", "strandpark")),
    (("træer", "skov", "natur", "grønne områder", "park", "parker"), ("naturpleje", "beplantning", "skovrejsning", "grønne områder", "naturskov", "biodiversitet")),
    (("forurening", "forurenet", "giftig", "gift"), ("jordforurening", "miljøtilsyn", "forurening", "miljøgodkendelse")),
    (("drikkevand", "vandet", "vandhanen"), ("drikkevand", "vandforsyning", "vandværk", "grundvand")),
    (("varme", "opvarmning", "energi", "strøm"), ("fjernvarme", "energibesparelse", "energirenovering", "varmeplan", "energiforbrug")),
    (("sol", "vind", "vindmølle", "vindmøller", "solceller", "solpaneler", "grøn strøm"), ("vedvarende energi", "solcelleanlæg", "vindmøllepark", "energipark", "solceller", "VE-anlæg")),
    (("klima", "klimaet", "co2", "udledning", "klimaforandringer", "klimaforandringerne", "klimakrisen", "global opvarmning"), ("klimaplan", "klimahandleplan", "CO2-reduktion", "klimapulje", "klimastrategi")),
    # culture and leisure
    (("forening", "foreninger", "klub", "klubber", "sport", "idræt", "sportsklub"), ("folkeoplysning", "foreningstilskud", "tilskud", "idrætsforening", "fritidspulje", "lokaletilskud")),
    (("svømme", "svømning", "bade", "badning"), ("svømmehal", "svømmeundervisning", "badevand", "badestrand")),
    (("bøger", "læse", "læser", "biblioteket"), ("bibliotek", "hovedbibliotek", "biblioteksbetjening", "selvbetjent")),
    (("koncert", "koncerter", "musik", "teater", "kunst", "kultur"), ("kulturtilbud", "kulturpulje", "musikskole", "kulturhus", "kulturpolitik")),
    # safety
    (("kriminalitet", "kriminelle", "tyveri", "indbrud", "hærværk", "bander", "utryg", "utryghed", "politiet"), ("tryghed", "kriminalitetsforebyggelse", "SSP", "tryghedsvandring", "politi", "tryghedsindsats")),
    (("vold", "trusler", "truet", "chikane"), ("vold", "trusler", "chikane", "sikkerhed", "voldsforebyggelse")),
    # democracy and the organisation
    (("politikere", "politikerne", "politiker", "byrådsmedlemmer", "de folkevalgte"), ("byrådsmedlem", "kommunalbestyrelsesmedlem", "vederlag", "folkevalgte", "udvalgsmedlem")),
    (("løn", "lønnen", "lønninger", "honorar"), ("vederlag", "løn", "diæter", "lønudgift")),
    (("mening", "meninger", "indflydelse", "være med", "inddrage"), ("borgerinddragelse", "høring", "borgermøde", "høringssvar", "borgersamling")),
    (("ansatte", "personale", "personalet", "medarbejdere"), ("medarbejdere", "personale", "rekruttering", "fastholdelse", "arbejdsmiljø")),
    (("computer", "computere", "internet", "internettet", "digital", "digitale"), ("digitalisering", "IT-system", "selvbetjening", "digital")),
    (("hacker", "hackere", "hacket", "cyberangreb", "persondata", "gdpr", "datalæk"), ("informationssikkerhed", "databeskyttelse", "persondata", "cybersikkerhed", "databrud", "it-sikkerhed")),
    (("kunstig intelligens", "ai", "chatgpt", "robot", "robotter"), ("kunstig intelligens", "automatisering", "velfærdsteknologi", "digitalisering")),
    (("hjemmeside", "app", "mitid", "nemid", "e-boks"), ("selvbetjeningsløsning", "digital post", "hjemmeside", "borgerservice", "digitalisering")),
    (("kørekort", "sundhedskort", "sygesikringskort", "flytning", "adresseændring"), ("borgerservice", "borgerbetjening", "folkeregister", "åbningstid")),
    (("åbningstid", "åbningstider", "telefontid"), ("åbningstid", "serviceniveau", "borgerbetjening", "tilgængelighed")),
    (("ansætte", "ansættelse", "chef", "chefen", "direktør", "direktøren"), ("ansættelse", "rekruttering", "direktion", "stillingsbesættelse", "kommunaldirektør", "ledelse")),
    (("fyre", "fyret", "fyring", "fyringer", "afskedigelser"), ("afskedigelse", "personalereduktion", "stillingsnedlæggelse", "omplacering", "tilpasning")),
    (("konsulent", "konsulenter", "eksperter"), ("konsulentydelser", "ekstern rådgivning", "konsulentbistand", "rådgivning")),
    (("revisor", "revisoren", "revision", "regnskabet"), ("revisionsberetning", "årsregnskab", "revision", "regnskab")),
    (("investere", "investering", "investeringer", "anlægsprojekter", "byggeprojekter"), ("anlægsinvestering", "anlægsbudget", "anlægsplan", "anlægsbevilling", "anlægsprojekt")),
    (("støtte", "støtten", "sponsor", "sponsorat"), ("tilskud", "pulje", "puljemidler", "underskudsgaranti", "støttemidler")),
    (("ny lov", "nye regler", "regler", "reglerne", "regeringen", "staten", "folketinget"), ("lovgivning", "lovændring", "lovforslag", "bekendtgørelse", "økonomiaftale", "retningslinjer")),
    (("nabokommune", "nabokommuner", "nabokommunerne", "andre kommuner"), ("tværkommunalt", "kommunalt samarbejde", "KKR", "fælleskommunal", "interessentskab")),
    (("valg", "kommunalvalg", "valget", "stemmesedler", "valgsted"), ("kommunalvalg", "afstemningssted", "valgstyrer", "valgbestyrelse", "folkeafstemning", "valgliste")),
    (("rådhus", "rådhuset", "kommunens bygninger", "kontorer"), ("administrationsbygning", "rådhus", "kommunale ejendomme", "ejendomsstrategi", "bygningsportefølje")),
    (("aktindsigt", "indsigt", "åbenhed", "hemmeligholdelse"), ("aktindsigt", "offentlighedsloven", "åbenhed", "lukket punkt")),
    (("forsikring", "forsikringer", "erstatning", "skadeserstatning"), ("forsikring", "erstatning", "erstatningskrav", "selvforsikring", "forsikringsordning")),
    (("sælge", "sælger", "sælges", "solgt", "frasalg"), ("salg", "afhændelse", "ejendomssalg", "grundsalg", "udbud")),
    (("købe", "købt", "opkøb", "opkøbe"), ("køb", "erhvervelse", "opkøb", "arealerhvervelse", "ekspropriation")),
    (("tvangsopkøb", "ekspropriere", "eksproprieret"), ("ekspropriation", "arealerhvervelse", "taksationskommission")),
    # school and children, more
    (("lærer", "lærere", "lærerne", "lærermangel"), ("undervisningspersonale", "kompetencedækning", "linjefag", "lærerressourcer", "pædagogisk personale")),
    (("lektier", "lektiehjælp", "lektiecafé"), ("lektiecafé", "understøttende undervisning", "faglig fordybelse", "lektiehjælp")),
    (("skoledag", "skoledagen", "skoletid", "lange skoledage", "timer i skolen"), ("skoledagens længde", "understøttende undervisning", "timetal", "folkeskolereform")),
    (("klassestørrelse", "klassestørrelser", "store klasser", "mange elever"), ("klassekvotient", "klassedannelse", "elevtal", "spor")),
    (("skolebus", "skolebussen", "skolevej", "skolevejen", "til skole"), ("skolekørsel", "elevbefordring", "befordring", "skolevejsanalyse", "trafiksikker skolevej")),
    (("sfo", "fritidshjem", "fritidsklub", "klub"), ("skolefritidsordning", "fritidsordning", "fritidsklub", "klubtilbud", "fritidstilbud")),
    (("skolestart", "starte i skole", "hvilken skole", "skolevalg"), ("skoleindskrivning", "skoledistrikt", "frit skolevalg", "distriktsskole", "skolestart")),
    (("lukke", "lukkes", "lukning", "lukninger", "nedlægge", "nedlægges", "sammenlægge"), ("nedlæggelse", "sammenlægning", "strukturændring", "lukning", "skolestruktur")),
    (("renovere", "renovering", "vedligehold", "istandsætte", "nedslidt", "nedslidte", "forfalden", "forfaldne"), ("vedligeholdelse", "renovering", "bygningsvedligeholdelse", "istandsættelse", "renoveringsbehov", "vedligeholdelsesefterslæb")),
    (("ordblind", "ordblinde", "læsevanskeligheder", "læse og skrive"), ("ordblindhed", "læseindsats", "specialundervisning", "læsevejleder", "it-rygsæk")),
    (("gymnasium", "gymnasiet", "efter folkeskolen", "uddannelse", "uddannelser"), ("ungdomsuddannelse", "uddannelsesvejledning", "FGU", "uddannelsesparathed", "uddannelsespålæg")),
    (("lærling", "lærlinge", "lærepladser", "elevpladser", "praktik"), ("praktikplads", "elevplads", "uddannelsesaftale", "erhvervsuddannelse", "praktikpladsaftale")),
    (("pædagog", "pædagoger", "voksne pr. barn", "flere voksne"), ("normering", "minimumsnormering", "pædagogandel", "bemanding", "personalenormering")),
    (("dagplejer", "dagplejemor", "dagplejemødre", "dagplejere"), ("dagpleje", "dagplejer", "kommunal dagpleje", "privat pasning")),
    (("venteliste", "ventelisten", "ventelister"), ("venteliste", "kapacitet", "pasningsgaranti", "pladsanvisning", "ventetid")),
    (("fødsler", "indbyggere", "indbyggertal", "tilflyttere", "flytter hertil"), ("befolkningsprognose", "befolkningsudvikling", "kapacitetsplan", "bosætning", "demografi")),
    (("sprog", "tosprogede", "taler dansk", "tale dansk"), ("sprogstimulering", "sprogvurdering", "tosprogede", "dansk som andetsprog", "sprogindsats")),
    (("ferie", "sommerferie", "ferielukket", "lukkedag"), ("lukkedage", "feriepasning", "ferielukning", "ferieaktiviteter")),
    # children and families in difficulty
    (("udsatte familier", "familier der har det svært", "skilsmisse", "samvær"), ("familiebehandling", "forebyggende indsats", "tidlig indsats", "familierådgivning", "samvær")),
    (("unge kriminelle", "ungdomskriminalitet", "banderekruttering"), ("ungdomskriminalitetsnævn", "SSP", "kriminalpræventiv", "forebyggende indsats")),
    (("vold i hjemmet", "voldsramte", "krisecenter", "partnervold"), ("krisecenter", "partnervold", "voldsramte kvinder", "kvindekrisecenter")),
    # work and benefits, more
    (("førtidspension", "førtidspensionist", "kan ikke arbejde", "nedslidning"), ("førtidspension", "fleksjob", "ressourceforløb", "rehabiliteringsteam", "seniorpension")),
    (("bistandshjælp", "socialhjælp", "overførselsindkomst", "på overførsel"), ("kontanthjælp", "forsørgelse", "offentlig forsørgelse", "ydelse", "uddannelseshjælp")),
    (("nyttejob", "arbejde for pengene", "nytteindsats"), ("nytteindsats", "aktivering", "arbejdspligt", "nyttejob")),
    (("arbejdskraft", "mangler folk", "mangel på folk", "medarbejdermangel"), ("rekruttering", "mangel på arbejdskraft", "virksomhedsservice", "udenlandsk arbejdskraft", "rekrutteringsudfordringer")),
    (("boligstøtte", "boligsikring", "hjælp til husleje"), ("boligstøtte", "boligsikring", "boligydelse", "enkeltydelse")),
    # disability, older people and health, more
    (("ledsager", "ledsagelse", "personlig hjælper"), ("ledsageordning", "BPA", "borgerstyret personlig assistance", "hjælperordning")),
    (("kørsel", "taxa", "kørselsordning", "transport til lægen"), ("flextrafik", "befordring", "kørselsordning", "visiteret kørsel", "handicapkørsel")),
    (("rengøring", "gøre rent", "støvsuge"), ("praktisk hjælp", "rengøring", "hjemmepleje", "kvalitetsstandard")),
    (("faldulykker", "faldulykke", "træning", "fysioterapi", "genoptræning"), ("genoptræning", "rehabilitering", "vedligeholdelsestræning", "faldforebyggelse", "træningscenter", "hverdagsrehabilitering")),
    (("døende", "dø", "sidste tid", "hospice"), ("palliation", "palliativ", "hospice", "terminal", "palliativ indsats")),
    (("kontrol", "kontrollere", "inspektion", "tjek", "uanmeldt"), ("tilsyn", "tilsynsrapport", "uanmeldt tilsyn", "tilsynsbesøg", "embedslægetilsyn")),
    (("seniorbolig", "bofællesskab", "bofællesskaber"), ("ældreboliger", "seniorbofællesskab", "almene ældreboliger", "seniorboliger")),
    (("sygeplejerske", "sygeplejersker", "sår"), ("hjemmesygepleje", "sygepleje", "sygeplejeklinik", "akutfunktion")),
    (("vaccine", "vaccination", "influenza", "influenzavaccine", "corona", "covid", "smitte", "epidemi", "pandemi"), ("vaccination", "covid", "smitteforebyggelse", "epidemi", "testcenter", "coronasituationen")),
    (("gravid", "gravide", "jordemoder", "jordemødre", "baby", "babyer", "nyfødt", "nyfødte", "spædbørn"), ("sundhedspleje", "sundhedsplejerske", "svangreomsorg", "spædbørn", "hjemmebesøg")),
    (("ambulance", "akut", "skadestue"), ("akutfunktion", "akutberedskab", "præhospital", "akutteam")),
    (("selvmord", "selvskade", "selvmordsforsøg"), ("selvmordsforebyggelse", "mental sundhed", "psykiatri", "forebyggelse")),
    (("begravelse", "begravelser", "kirkegård", "kirkegårde", "gravsted", "dødsfald"), ("kirkegård", "begravelse", "begravelseshjælp", "gravsted", "kirkegårdsforvaltning")),
    (("kirke", "kirken", "kirker", "præst", "præsten"), ("menighedsråd", "provsti", "kirkeskat", "folkekirke", "kirkegård")),
    # housing, planning and building, more
    (("byggegrund", "byggegrunde", "parcelhuse", "parcelhus"), ("udstykning", "grundsalg", "byggemodning", "parcelhusgrunde", "byggefelt")),
    (("boligbyggeri", "ny bydel", "nyt kvarter", "byvækst"), ("byudvikling", "lokalplan", "kommuneplan", "boligudbygning", "boligprogram", "byggemodning")),
    (("nabo", "naboer", "naboen", "naboerne", "genbo"), ("naboorientering", "nabohøring", "partshøring", "høring", "indsigelse")),
    (("protest", "protester", "protestere", "modstand", "indvendinger"), ("indsigelse", "indsigelser", "høringssvar", "bemærkninger", "klage")),
    (("sommerhus", "sommerhuse", "sommerhusene", "bo i sommerhus"), ("sommerhusområde", "helårsbeboelse", "sommerhusudstykning", "landzone")),
    (("på landet", "landsby", "landsbyer", "landområder", "udkant"), ("landdistrikt", "landdistrikter", "landsbyfornyelse", "landzone", "landdistriktspulje")),
    (("bymidte", "midtbyen", "centrum", "byens centrum", "butikker", "butik", "handel", "handlende"), ("bymidte", "detailhandel", "byfornyelse", "handelsliv", "bymidteplan", "handelsstandsforening")),
    (("faldefærdige", "rønne", "rønner", "forfaldent hus", "skrotbil", "skrotbiler"), ("nedrivning", "nedrivningspulje", "kondemnering", "byfornyelse", "faldefærdige bygninger")),
    (("højhus", "højhuse", "høje huse", "etager", "høje bygninger"), ("bebyggelsesprocent", "etageantal", "bygningshøjde", "lokalplan", "etageboliger")),
    (("ghetto", "ghettoer", "parallelsamfund", "boligområder"), ("udsatte boligområder", "boligsocial", "udviklingsplan", "helhedsplan", "parallelsamfund")),
    (("billig bolig", "billige boliger", "råd til at bo"), ("almene boliger", "billige boliger", "betalbare boliger", "boligsocial anvisning")),
    (("isolering", "isolere", "energimærke", "energimærkning", "efterisolering"), ("energirenovering", "energieffektivisering", "energiforbedring", "energibesparelse")),
    (("fredet", "fredning", "gamle huse", "bevare", "bevaring", "kulturarv"), ("bevaringsværdig", "fredning", "bevarende lokalplan", "kulturarv", "kulturmiljø")),
    # roads and transport, more
    (("omfartsvej", "ringvej", "ringvejen", "motorvej", "ny vej", "nye veje", "vejforbindelse"), ("vejprojekt", "omfartsvej", "vejanlæg", "trafikforbindelse", "anlægsprojekt", "vejudvidelse")),
    (("lyskryds", "rundkørsel", "kryds", "krydset", "trafiklys"), ("signalanlæg", "rundkørsel", "krydsombygning", "trafiksikkerhed", "signalregulering")),
    (("fodgænger", "fodgængere", "gående", "fodgængerfelt", "overgang"), ("fodgængerfelt", "fodgængerovergang", "krydsningshelle", "stiforbindelse", "fortov")),
    (("elbil", "elbiler", "ladestander", "ladestandere", "oplade", "opladning"), ("ladestandere", "ladeinfrastruktur", "ladestationer", "ladepladser", "elbiler")),
    (("toget", "station", "stationen", "letbane", "letbanen", "jernbane", "metro", "metroen", "sporvogn", "sporvogne", "bybane"), ("jernbane", "letbane", "station", "stationsområde", "kollektiv trafik", "Banedanmark", "metro")),
    (("lastbil", "lastbiler", "tung trafik", "gennemkørsel", "lastbiltrafik"), ("tung trafik", "lastbiltrafik", "gennemkørende trafik", "kørselsforbud", "trafikbelastning")),
    (("vejarbejde", "gravearbejde", "spærret", "omkørsel", "afspærring"), ("gravetilladelse", "vejarbejde", "ledningsarbejde", "trafikafvikling", "afspærring")),
    (("bump", "fartbump", "chikaner", "hastighed", "køre langsomt"), ("fartdæmpning", "hastighedsdæmpning", "hastighedsbegrænsning", "bump", "hastighedszone")),
    (("færge", "færgen", "færger", "øen", "øerne"), ("færgedrift", "færgefart", "færgeforbindelse", "småøer", "færgetakster")),
    (("havn", "havnen", "lystbåde", "lystbådehavn", "marina", "sejlbåde"), ("havn", "lystbådehavn", "havneudvikling", "erhvervshavn", "havnefront")),
    (("sti", "stier", "gåtur", "vandretur", "vandrestier", "løbesti"), ("stiforbindelse", "stinet", "rekreative stier", "vandrestier", "stiplan")),
    # environment and nature, more
    (("hund", "hunde", "hundeluftning", "hundeskov", "hundeskove"), ("hundeskov", "hundeluftning", "hundeluftområde", "hundeskove")),
    (("rotte", "rotter", "rotterne", "skadedyr", "mus"), ("rottebekæmpelse", "skadedyrsbekæmpelse", "rottehandlingsplan", "rottespærre")),
    (("kloak", "kloakken", "lugt", "lugter", "stank", "toilet"), ("spildevand", "kloakering", "spildevandsplan", "renseanlæg", "lugtgener", "separatkloakering")),
    (("åen", "åer", "bæk", "bække", "søen", "søer", "fjorden"), ("vandløb", "vandløbsvedligeholdelse", "vandområdeplan", "vandmiljø", "sørestaurering", "vandplan")),
    (("landbrug", "landmænd", "landmand", "bønder", "gylle", "svin", "grise", "stalde", "kvæg"), ("husdyrbrug", "husdyrgodkendelse", "miljøgodkendelse", "landbrug", "gødning")),
    (("sprøjtegift", "sprøjtning", "pesticider", "ukrudt", "ukrudtsbekæmpelse"), ("pesticider", "sprøjtefri", "grundvandsbeskyttelse", "ukrudtsbekæmpelse", "boringsnære beskyttelsesområder")),
    (("bier", "insekter", "blomster", "vilde blomster", "dyreliv", "vildt"), ("biodiversitet", "naturpleje", "vild med vilje", "blomsterenge", "insekter")),
    (("grusgrav", "grus", "råstoffer"), ("råstofgravning", "råstofplan", "grusgrav", "råstofindvinding")),
    (("luft", "luftforurening", "røg", "brændeovn", "brændeovne", "partikler"), ("luftkvalitet", "brændeovne", "partikelforurening", "røggener", "luftforurening")),
    (("strand", "stranden", "strandene", "strande", "badestrand"), ("strandrensning", "badestrand", "blå flag", "badevandskvalitet", "livredning", "badevand")),
    (("ren", "rent", "renere", "beskidt", "snavs", "snavset", "svineri", "henkastet affald"), ("renholdelse", "gaderenholdelse", "rengøring", "oprydning", "strandrensning", "affaldsspande")),
    (("graffiti", "grafitti"), ("graffiti", "graffitifjernelse", "hærværk", "renholdelse")),
    (("plastik", "plast", "emballage", "madaffald", "madspild"), ("genanvendelse", "plastaffald", "madaffald", "affaldssortering", "madspild")),
    (("haveaffald", "grene", "storskrald", "møbler"), ("haveaffald", "storskrald", "afhentningsordning", "genbrugsstation")),
    (("grøn", "grønne", "bæredygtig", "bæredygtighed", "miljøvenlig", "miljøvenligt"), ("bæredygtighed", "verdensmål", "grøn omstilling", "klimaplan", "klimahandleplan")),
    # culture, leisure, tourism, business
    (("museum", "museer", "museet", "historie", "lokalhistorie"), ("museum", "lokalhistorisk arkiv", "kulturarv", "stadsarkiv", "museumsdrift")),
    (("byfest", "festival", "festivaler", "arrangement", "arrangementer", "events", "marked"), ("arrangement", "eventpulje", "events", "byfest", "markedsføring", "eventstrategi")),
    (("fritid", "hobby", "hobbyer", "fritidsaktiviteter"), ("fritidstilbud", "folkeoplysning", "fritidspas", "fritidsaktiviteter", "fritidsliv")),
    (("stadion", "fodbold", "fodboldbane", "boldbaner", "kunstgræs", "hal", "hallen", "haller"), ("idrætsanlæg", "idrætshal", "kunstgræsbane", "idrætsfaciliteter", "boldbaner")),
    (("aftenskole", "aftenskoler", "kurser", "kursus"), ("folkeoplysning", "aftenskole", "voksenundervisning", "folkeoplysende voksenundervisning")),
    (("frivillig", "frivillige", "ildsjæle", "ildsjæl"), ("frivillighed", "frivilligcenter", "frivilligpulje", "civilsamfund", "frivilligt socialt arbejde")),
    (("forsamlingshus", "forsamlingshuse", "medborgerhus", "borgerhus", "lokaler"), ("forsamlingshus", "medborgerhus", "borgerhus", "lokaleanvisning", "kulturhus")),
    (("turist", "turister", "turisme", "feriegæster", "overnatning", "overnatninger", "hotel", "camping"), ("turisme", "turismestrategi", "destination", "overnatninger", "turistinformation", "campingplads")),
    (("venskabsby", "venskabsbyer", "udlandet"), ("venskabsby", "internationalt samarbejde", "internationale relationer")),
    (("virksomheder", "iværksætter", "iværksættere", "erhvervsliv", "erhvervslivet", "arbejdspladser"), ("erhvervsudvikling", "erhvervsservice", "erhvervsfremme", "erhvervsområde", "erhvervspolitik", "iværksætteri")),
    (("fabrik", "fabrikker", "industri", "erhvervsgrunde", "lager", "lagerhal"), ("erhvervsområde", "erhvervsareal", "erhvervsgrunde", "miljøgodkendelse", "erhvervsbyggeri")),
    (("spiritus", "sprut", "alkoholsalg"), ("stærke drikke", "spiritusbevilling", "alkoholbevilling", "udskænkning", "bevillingsnævn")),
    (("restaurant", "restauranter", "café", "caféer", "værtshus", "værtshuse", "udeservering"), ("udeservering", "alkoholbevilling", "bevillingsnævn", "serveringstilladelse", "restaurationsbevilling")),
    (("tiltrække", "tilflytning", "bosætte", "omdømme", "branding"), ("bosætning", "bosætningsstrategi", "tilflytning", "markedsføring", "branding")),
    # safety and emergencies
    (("brand", "brande", "ild", "brandvæsen", "brandvæsenet", "brandbil", "brandmænd"), ("beredskab", "redningsberedskab", "brandsyn", "beredskabsplan", "brandstation", "beredskabskommission")),
    (("krise", "kriser", "katastrofe", "nødsituation", "strømsvigt", "strømafbrydelse"), ("beredskabsplan", "krisestyring", "beredskab", "nødforsyning", "krisestab")),
    (("bål", "afbrænding", "fyrværkeri", "tørke"), ("afbrændingsforbud", "bålforbud", "fyrværkeri", "beredskab")),
    # integration, more
    (("ukrainere", "ukrainske", "ukraine", "krigsflygtninge"), ("fordrevne", "ukrainske flygtninge", "særloven", "modtagelse", "midlertidig indkvartering")),
    (("asyl", "asylcenter", "asylansøgere", "asylansøger"), ("asylcenter", "modtagecenter", "asylansøgere", "udlændingestyrelsen", "indkvartering")),
    # second pass: borger.dk's self-service topics, the committee and case titles of the
    # meeting systems' agendas (the Greve meetings' titles above all), and everyday speech
    # self-service, borger.dk: borgerservice and the citizen's own errands
    (("pas", "nyt pas", "legitimation", "navneændring", "skifte navn"), ("borgerservice", "pas", "navneændring", "legitimation")),
    (("bryllup", "bryllupper", "gifte sig", "blive gift", "giftemål", "vielse", "vielser"), ("vielse", "borgerlig vielse", "vielseslokale", "vielser")),
    (("telefonkø", "telefonkøen", "ringe til kommunen", "svartid", "svartider"), ("telefonbetjening", "svartid", "telefonisk tilgængelighed", "tilgængelighed", "servicemål")),
    (("skylder", "skylde", "rykker", "rykkere", "inkasso", "ubetalte regninger", "gæld til kommunen"), ("restance", "restancer", "restanceopgørelse", "inddrivelse", "opkrævning", "gældsinddrivelse")),
    (("pengeproblemer", "økonomiske problemer", "kviklån", "gældsrådgivning", "gældsproblemer"), ("gældsrådgivning", "økonomisk rådgivning", "økonomisk trængte", "budgetrådgivning", "enkeltydelse")),
    (("depositum", "boligindskud", "indskudslån"), ("indskudslån", "boligindskud", "depositum", "enkeltydelse")),
    # family, day care and school
    (("forældrebetaling", "børnehavepris", "vuggestuepris", "friplads", "søskenderabat"), ("forældrebetaling", "takster", "fripladstilskud", "økonomisk friplads", "søskendetilskud")),
    (("karakterer", "karaktererne", "eksamen", "eksamener", "afgangsprøve", "afgangsprøver", "nationale test", "testresultater"), ("kvalitetsrapport", "karaktergennemsnit", "afgangsprøver", "nationale test", "faglige resultater", "skoleudviklingssamtale")),
    (("efterskole", "efterskoler", "tiende klasse", "privatskole", "privatskoler", "friskole", "friskoler"), ("10. klasse", "efterskole", "frie grundskoler", "privatskoler", "friskole", "skolevalg")),
    (("vikar", "vikarer", "vikarbureau", "vikarbureauer", "aflyste timer", "aflyst undervisning"), ("vikarforbrug", "vikardækning", "vikarbureauer", "vikarudgifter", "aflyste timer")),
    (("mobiltelefoner", "mobiler", "mobilforbud", "skærmtid", "skærme", "mobilfri"), ("skærmtid", "mobiltelefoner", "mobilforbud", "mobilfri skole", "digital dannelse", "skærmpolitik")),
    (("indeklima", "dårlig luft", "skimmel", "skimmelsvamp", "fugt", "ventilation", "radon"), ("indeklima", "skimmelsvamp", "ventilation", "fugtskader", "indeklimaundersøgelse", "bygningsvedligeholdelse")),
    (("lejrskole", "lejrskoler", "udflugt", "udflugter", "skoletur", "skoleture"), ("lejrskole", "ekskursion", "ekskursioner", "udflugter")),
    (("håndværk", "håndværker", "håndværkere", "erhvervsskole", "teknisk skole", "mesterlære"), ("erhvervsuddannelse", "erhvervsuddannelser", "EUD", "juniormesterlære", "praktikplads", "erhvervsskole")),
    (("frafald", "dropper ud", "droppe ud", "droppet ud", "dropout"), ("frafald", "uddannelsesparathed", "FGU", "uddannelsespålæg", "ungeindsats", "fastholdelse i uddannelse")),
    (("autisme", "autist", "autister", "autistiske", "adhd", "asperger"), ("autismespektrum", "autismespektrumforstyrrelse", "specialtilbud", "botilbud", "specialpædagogisk", "neuropsykiatrisk")),
    (("ungdomsråd", "ungeråd", "børnebyråd", "elevråd"), ("ungdomsråd", "ungeråd", "børne- og ungeinddragelse", "elevråd", "demokrati")),
    # work and benefits
    (("arbejdsformidling", "arbejdsformidlingen", "a-kasse", "a-kassen", "dagpenge"), ("jobcenter", "a-dagpengemodtagere", "beskæftigelsesindsats", "ledighed", "dagpenge")),
    (("skånejob", "skånejobs", "nedsat arbejdsevne", "arbejdsevne", "deltidsjob"), ("fleksjob", "ledighedsydelse", "nedsat arbejdsevne", "ressourceforløb", "arbejdsevne")),
    (("efterløn", "tidlig pension", "tidlig tilbagetrækning", "seniorjob", "seniorjobs"), ("seniorpension", "tidlig pension", "seniorjob", "efterløn", "førtidspension")),
    (("sanktion", "sanktioner", "trukket i ydelsen", "miste kontanthjælpen"), ("sanktion", "rådighedssanktioner", "kontanthjælp", "arbejdspligt")),
    (("løntilskud", "gratis arbejdskraft", "arbejdsprøvning", "arbejdsprøvninger"), ("løntilskud", "virksomhedspraktik", "virksomhedsrettet", "praktik", "arbejdsprøvning")),
    (("strejke", "strejker", "strejken", "lockout", "overenskomst", "overenskomsten", "lønforhandlinger"), ("overenskomst", "overenskomstforhandlinger", "arbejdskonflikt", "strejke", "lockout", "nødberedskab")),
    (("apv", "arbejdspladsvurdering", "dårligt arbejdsmiljø", "psykisk arbejdsmiljø"), ("arbejdsmiljø", "arbejdspladsvurdering", "medarbejdertrivsel", "trivselsmåling", "psykisk arbejdsmiljø")),
    (("sosu", "sosu-elever", "sosu-assistent", "sosu-hjælper", "sosu-hjælpere"), ("social- og sundhedsassistent", "social- og sundhedshjælper", "elevpladser", "uddannelsesaftale", "rekruttering")),
    # older people, health and disability
    (("mad på hjul", "madudbringning", "færdigretter", "madkasse", "madkasser"), ("madservice", "madudbringning", "madleverandør", "produktionskøkken", "ældremad")),
    (("tøjvask", "vasketøj", "vaske tøj"), ("tøjvask", "vaskeordning", "praktisk hjælp", "kvalitetsstandard")),
    (("nødkald", "nødkalder", "alarm", "alarmen", "nødalarm", "faldalarm"), ("nødkald", "nødkaldeanlæg", "kaldeanlæg", "velfærdsteknologi", "tryghedsopkald")),
    (("værdig", "værdigt", "værdighed", "klippekort"), ("værdighedspolitik", "værdighed", "værdighedsmidler", "klippekort", "klippekortordning")),
    (("pårørende", "aflastning", "afløsning", "plejeorlov"), ("pårørende", "aflastning", "afløsning", "aflastningsplads", "pårørendepolitik", "pasning af nærtstående")),
    (("udskrevet fra sygehuset", "udskrevet fra hospitalet", "hjem fra sygehuset", "hjem fra hospitalet", "korttidsplads", "korttidspladser"), ("udskrivning", "udskrivelse", "akutpladser", "midlertidige pladser", "færdigbehandlede", "korttidspladser")),
    (("kronisk", "kronisk syge", "kronikere", "diabetes", "sukkersyge", "kol", "hjertesygdom", "gigt"), ("kronisk sygdom", "patientuddannelse", "forebyggelsestilbud", "sundhedscenter", "rehabiliteringsforløb")),
    (("misbruger", "misbrugere", "alkoholiker", "alkoholikere", "narkoman", "narkomaner", "junkie", "junkier", "fixerum"), ("misbrug", "rusmiddelcenter", "misbrugsbehandling", "stofmisbrug", "alkoholbehandling", "rusmiddelbehandling")),
    (("briller", "høreapparat", "høreapparater", "bleer", "ble", "inkontinens"), ("helbredstillæg", "personligt tillæg", "hjælpemidler", "inkontinenshjælpemidler", "kropsbårne hjælpemidler")),
    (("handicapbil", "handicapbiler", "bilstøtte", "bil til handicappede"), ("handicapbil", "støtte til bil", "særlig indretning", "bevilling af bil", "hjælpemidler")),
    (("sygt barn", "syge børn", "alvorligt syge børn", "tabt arbejdsfortjeneste"), ("tabt arbejdsfortjeneste", "merudgifter", "børnehandicap", "handicapkompenserende", "merudgiftsydelse")),
    (("bosted", "bosteder", "opholdssted", "opholdssteder", "døgninstitution", "døgninstitutioner"), ("botilbud", "opholdssted", "døgntilbud", "bostøtte", "anbringelsessted", "socialtilsyn")),
    (("blind", "blinde", "svagtseende", "døv", "døve", "hørehæmmede", "tunghøre"), ("synshandicap", "hørehandicap", "kommunikationscenter", "hjælpemidler", "tilgængelighed")),
    (("trapper", "elevator", "elevatorer", "handicaptoilet", "kørestolsbrugere", "kørestolsvenlig", "niveaufri"), ("tilgængelighed", "handicapadgang", "niveaufri adgang", "elevator", "handicaptoilet", "tilgængelighedspolitik")),
    (("lægemangel", "mangel på læger", "lægeløse", "lægedækning", "lægeklinik", "egen læge", "praktiserende læge"), ("lægedækning", "lægeklinik", "kommunal lægeklinik", "almen praksis", "praksisplan", "regionsklinik")),
    (("dagcenter", "daghjem", "ældreklub", "ældreklubber", "pensionistforening"), ("aktivitetscenter", "dagcenter", "daghjem", "aktivitetstilbud", "ældreaktiviteter")),
    (("privat hjemmehjælp", "privat leverandør", "private leverandører", "frit valg", "vælge hjemmehjælp"), ("frit valg", "fritvalgsområdet", "godkendelsesmodel", "leverandører af hjemmepleje", "private leverandører")),
    (("hjertestarter", "hjertestartere", "førstehjælp", "førstehjælpskursus"), ("hjertestarter", "hjertestartere", "førstehjælp", "førstehjælpsprogram", "førstehjælpskurser")),
    # housing, building and property
    (("ulovligt byggeri", "ulovlig", "ulovligt", "uden tilladelse", "bygget uden", "lovliggøre"), ("lovliggørelse", "påbud", "håndhævelse", "lovliggørende", "retlig lovliggørelse")),
    (("kvist", "kviste", "altan", "altaner", "tagterrasse", "tagvinduer", "tagsten", "stråtag", "farve på huset"), ("dispensation", "tagmateriale", "tagbeklædning", "kvist", "byggetilladelse", "bebyggelsesregulerende")),
    (("skur", "skure", "udhus", "drivhus", "hegn", "plankeværk", "skel", "skelstrid"), ("småbygninger", "dispensation", "hegn", "skel", "hegnssyn", "byggetilladelse")),
    (("hæk", "hække", "hækken", "hækklipning", "beskære", "beskæring", "grene ud over"), ("beskæring", "hækklipning", "beplantning", "oversigtsforhold", "hegnssyn", "beplantning ud mod vej")),
    (("kolonihave", "kolonihaver", "nyttehave", "nyttehaver", "byhave", "byhaver", "dyrke grøntsager"), ("kolonihaveforening", "kolonihaveområde", "nyttehaver", "byhaver", "fællesdyrkning")),
    (("asbest", "pcb", "byggeaffald", "overskudsjord", "flytte jord", "jordflytning"), ("asbest", "miljøsanering", "PCB", "byggeaffald", "jordflytning", "forurenet jord")),
    (("septiktank", "samletank", "trixtank", "nedsivning", "kloakering på landet"), ("nedsivningsanlæg", "nedsivning", "spildevandsrensning i det åbne land", "samletank", "tømningsordning", "påbud om rensning")),
    (("tagvand", "tagrender", "faskine", "faskiner", "regnvandstønde"), ("faskine", "nedsivning", "tagvand", "regnvand", "afkobling", "lokal afledning af regnvand")),
    (("brønd", "brønde", "egen brønd", "boring", "boringer", "vandboring"), ("drikkevandsboring", "vandforsyning", "enkeltvandforsyning", "vandværk", "boringsnære")),
    (("gasfyr", "naturgas", "oliefyr", "olietank", "varmepumpe", "varmepumper", "jordvarme"), ("fjernvarmetilslutning", "konvertering", "varmeforsyning", "varmeplanlægning", "fjernvarmeudbygning", "naturgas")),
    (("elregning", "elpriser", "energipriser", "energikrise", "energikrisen", "dyr strøm"), ("energipriser", "energikrise", "energibesparelser", "energitiltag", "energiforbrug")),
    (("vandregning", "vandregningen", "vandpris", "vandprisen", "kloakafgift", "vandafgift"), ("vandtakst", "vandafledningsbidrag", "spildevandstakster", "takster", "vandforsyning")),
    (("genhusning", "midlertidig bolig", "nødbolig", "nødboliger", "skæve huse", "skæve boliger"), ("genhusning", "midlertidige boliger", "skæve boliger", "akutboliger", "boligsocial anvisning")),
    (("byplan", "byplaner", "byplanlægning", "byggeplaner", "byggeret", "hvad må man bygge"), ("lokalplan", "kommuneplan", "kommuneplantillæg", "planstrategi", "byggefelt", "bebyggelsesprocent")),
    (("tomme bygninger", "tomme lokaler", "ledige lokaler", "tom bygning", "ubrugte bygninger", "ubenyttede bygninger"), ("bygningsoptimering", "ejendomsstrategi", "kommunale ejendomme", "arealoptimering", "udlejning")),
    (("privatvej", "privatveje", "grusvej", "grusveje", "vejlaug", "grundejerforening"), ("privat fællesvej", "private fællesveje", "vejlaug", "grundejerforening", "vejsyn", "istandsættelse")),
    (("mobildækning", "dårlig dækning", "mast", "master", "mobilmast", "antenne", "antenner", "5g"), ("mobilmast", "antennemast", "mobildækning", "teleanlæg", "gittermast", "antenneanlæg")),
    (("bredbånd", "fibernet", "fiber", "internet på landet", "langsomt internet"), ("bredbånd", "bredbåndspulje", "fibernet", "digital infrastruktur", "bredbåndsdækning")),
    (("datacenter", "datacentre", "serverpark", "batteripark", "batteriparker"), ("datacentre", "batteriparker", "energianlæg", "arealreservation", "kommuneplan")),
    (("biogas", "biogasanlæg", "power-to-x", "ptx"), ("biogasanlæg", "biogas", "energianlæg", "miljøgodkendelse", "VVM")),
    (("miljøpåvirkning", "miljøkonsekvenser", "påvirker miljøet", "påvirkning af naturen"), ("miljøvurdering", "miljøkonsekvensvurdering", "VVM", "miljørapport", "screening")),
    # roads, traffic and public space
    (("kø", "køen", "bilkø", "bilkøer", "myldretid", "myldretiden", "trængsel", "trafikprop"), ("trafikafvikling", "fremkommelighed", "trængsel", "trafikbelastning")),
    (("ulykke", "ulykker", "trafikulykke", "trafikulykker", "uheld", "farlig vej", "farlige veje", "farligt kryds", "sorte pletter"), ("trafiksikkerhed", "trafikulykker", "uheldsanalyse", "trafiksikkerhedsplan", "sorte pletter")),
    (("p-plads", "p-pladser", "p-pladsen", "p-bøde", "p-bøder", "parkeringsbøde", "p-vagt", "p-vagter", "beboerlicens", "p-tilladelse"), ("parkeringskontrol", "parkeringsafgift", "parkeringsbestemmelser", "beboerlicens", "parkeringsrestriktioner", "parkeringszone")),
    (("pendler", "pendlere", "parkér og rejs", "park and ride"), ("pendlerparkering", "park and ride", "samkørsel", "samkørselsplads")),
    (("løbehjul", "elløbehjul", "el-løbehjul", "delecykler", "bycykler", "delebil", "delebiler"), ("delemobilitet", "mikromobilitet", "elløbehjul", "delebiler", "bycykler", "delebilsordning")),
    (("stoppested", "stoppesteder", "busstoppested", "busstop", "læskur", "læskure", "busskur"), ("stoppested", "busstoppested", "læskure", "busbetjening", "fremkommelighed")),
    (("køreplan", "køreplanen", "køreplaner", "busrute", "busruter", "natbus", "flextur", "telebus", "teletaxa", "taxi"), ("køreplan", "buslinje", "busbetjening", "flextur", "flextrafik", "trafikbestilling")),
    (("seniorkørsel", "kørsel for ældre", "ældrekørsel"), ("seniorkørsel", "visiteret kørsel", "flextur", "kørselsordning", "befordring")),
    (("indkørsel", "indkørslen", "overkørsel", "udkørsel", "ny indkørsel"), ("overkørsel", "overkørselstilladelse", "vejadgang", "adgangsforhold")),
    (("stillads", "stilladser", "skurvogn", "skurvogne", "byggeplads"), ("råden over vejareal", "vejareal", "stilladser", "byggepladsindretning")),
    (("stadeplads", "stadepladser", "bod", "boder", "madvogn", "pølsevogn", "isvogn", "gadesalg", "torvehandel"), ("stadeplads", "stadepladser", "torvehandel", "råden over vejareal", "gadesalg")),
    (("skilte", "skiltning", "reklameskilte", "reklamer", "plakater", "valgplakater"), ("skiltning", "skiltepolitik", "reklameskilte", "plakatophængning", "valgplakater")),
    (("vejnavn", "vejnavne", "gadenavn", "gadenavne", "nyt navn", "husnummer", "husnumre"), ("navngivning", "vejnavn", "adressefastsættelse", "vejnavne", "adresser")),
    (("torv", "torvet", "torve", "gågade", "gågaden", "byrum", "bænke", "bænk"), ("byrum", "byrumsinventar", "torv", "gågade", "byforskønnelse", "bymidte")),
    (("offentlige toiletter", "offentligt toilet", "toiletbygning"), ("offentlige toiletter", "toiletter", "toiletbygning", "renholdelse")),
    (("vejkant", "vejkanter", "grøftekant", "grøftekanter", "græsslåning", "slå græs"), ("rabatslåning", "græsslåning", "grøftekanter", "grønne arealer", "vild med vilje")),
    (("bro", "broen", "broer", "tunnel", "tunnellen", "stitunnel", "viadukt"), ("bygværker", "broer", "bro", "tunnel", "stibro", "broeftersyn")),
    (("overvågning", "videoovervågning", "kameraer", "tv-overvågning", "overvågningskameraer"), ("tv-overvågning", "videoovervågning", "kameraovervågning", "tryghed", "overvågning")),
    (("natteravne", "nattevandrere", "ballade", "unge der hænger ud"), ("natteravne", "gadeplansarbejde", "opsøgende arbejde", "tryghedsindsats", "SSP", "opholdsforbud")),
    # environment, nature and waste
    (("genbrugsplads", "genbrugspladsen", "genbrugspladser", "losseplads", "lossepladsen", "tippen", "containerpladsen"), ("genbrugsstation", "genbrugsstationer", "genbrugsplads", "affaldsselskab", "affaldsordning")),
    (("skraldemand", "skraldemænd", "skraldemanden", "tømning", "glemt skrald"), ("renovation", "affaldsindsamling", "tømning", "indsamlingsordning", "renovatør")),
    (("skraldegebyr", "affaldsgebyr", "renovationsgebyr", "affaldsregning"), ("affaldsgebyr", "renovationsgebyr", "affaldstakster", "gebyrer for husholdningsaffald", "gebyrer")),
    (("molok", "molokker", "nedgravede containere", "affaldsøer", "affaldsø", "flaskecontainer"), ("nedgravede affaldsbeholdere", "affaldsøer", "affaldsbeholdere", "molokker", "containere")),
    (("pap", "papir", "pizzabakker", "dåser", "flasker", "kompost"), ("papaffald", "genanvendelse", "affaldssortering", "sortering", "emballage", "kompostering")),
    (("bjørneklo", "kæmpebjørneklo", "invasive arter", "dræbersnegle", "rynket rose", "japansk pileurt"), ("invasive arter", "kæmpebjørneklo", "bekæmpelsesplan", "naturpleje", "indsatsplan")),
    (("vådområde", "vådområder", "lavbund", "lavbundsjorder", "grøn trepart", "trepart"), ("vådområder", "lavbundsprojekter", "udtagning af landbrugsjord", "grøn trepart", "klimalavbund", "naturgenopretning")),
    (("katte", "kat", "vildkatte", "herreløse katte", "dyrevelfærd", "dyreværn"), ("herreløse katte", "dyrevelfærd", "vildkatte", "kattebekæmpelse")),
    # culture, leisure and associations
    (("booke", "booking", "låne lokaler", "låne et lokale", "leje lokaler", "haltider", "haltid", "træningstider"), ("lokalefordeling", "lokalebooking", "lokaleudlån", "lokaleanvisning", "halfordeling", "udlejning")),
    (("spejder", "spejdere", "spejderne", "spejderhytte", "spejderlejr"), ("spejderne", "spejdergruppe", "foreningsliv", "folkeoplysning", "lejrplads")),
    (("heste", "hest", "rideklub", "ridning", "ridebane", "ridesti"), ("ridebane", "ridesti", "ridestier", "hestehold", "rideklub")),
    (("biograf", "biografen", "film"), ("biograf", "kulturhus", "kulturtilbud", "filmforevisning")),
    (("jul", "julebelysning", "julemarked", "juletræ", "julepynt"), ("julebelysning", "julemarked", "juletræstænding", "julearrangement")),
    (("elitesport", "eliteidræt", "talent", "talenter", "talentudvikling"), ("talentudvikling", "elitestøtte", "eliteidræt", "talentmiljø", "talentstøtte")),
    (("badebro", "badebroer", "havnebad", "vinterbadning", "vinterbadere", "sauna"), ("badebro", "havnebad", "vinterbadning", "sauna", "badeanlæg")),
    # money, democracy and the organisation
    (("budgetaftale", "budgetaftalen", "forlig", "forliget", "budgetforhandling", "budgetforhandlinger"), ("budgetforlig", "budgetaftale", "budgetforhandlinger", "budgetvedtagelse")),
    (("overskridelse", "overskridelser", "overskredet", "pengespild", "spild af penge", "dyrere end forventet", "løbet løbsk", "fordyrelse"), ("merforbrug", "budgetoverskridelse", "overskridelse", "merudgift", "tillægsbevilling", "fordyrelse")),
    (("forsinket", "forsinkelse", "forsinkelser", "bliver ikke færdig"), ("forsinkelse", "revideret tidsplan", "ibrugtagning", "udskydelse", "forsinkelser")),
    (("penge i kassen", "kassebeholdning", "likviditet", "likviditeten"), ("likviditet", "kassebeholdning", "gennemsnitlig likviditet", "kassekredit")),
    (("aktier", "obligationer", "formue", "placere pengene"), ("kapitalforvaltning", "finansiel strategi", "værdipapirer", "obligationer", "afkast")),
    (("donation", "donationer", "gaver", "fond", "fonde", "arv", "testamente"), ("donation", "fondsmidler", "gaveregler", "legat", "fondsansøgning")),
    (("inhabil", "inhabilitet", "habilitet", "korruption", "bestikkelse", "vennetjenester", "smøring"), ("habilitet", "inhabilitet", "gaveregler", "kodeks", "god forvaltningsskik")),
    (("hemmelig", "hemmelige", "hemmeligt", "fortrolig", "fortrolige", "lukket møde", "lukkede møder", "bag lukkede døre"), ("lukket punkt", "tavshedspligt", "fortrolighed", "lukkede punkter", "lukket dagsorden")),
    (("whistleblower", "whistleblowere", "whistleblowing", "slå alarm", "anonym indberetning"), ("whistleblowerordning", "whistleblowere", "whistleblower")),
    (("tvang", "tvangsforanstaltning", "tvangsindgreb", "låse døren", "bæltefiksering"), ("magtanvendelse", "magtanvendelser", "indgreb i selvbestemmelsesretten", "tvangsindgreb")),
    (("bemyndige", "bemyndiget", "uddelegere", "delegere", "forretningsorden"), ("styrelsesvedtægt", "forretningsorden", "delegationsplan", "kompetenceplan", "bemyndigelse", "delegation")),
    (("ny formand", "nyt medlem", "skifter parti", "partiskift", "løsgænger", "udtræder", "udtræden", "barsel", "barselsorlov"), ("omkonstituering", "udpegning", "udtræden", "orlov", "løsgænger")),
    (("forslag fra", "medlemsforslag", "beslutningsforslag", "partiforslag", "borgerforslag"), ("initiativretsforslag", "initiativret", "medlemsforslag", "beslutningsforslag", "borgerforslag")),
    (("spørgetid", "stille spørgsmål", "borgerspørgsmål", "spørge politikerne"), ("spørgetid", "borgerspørgetid", "spørgsmål til byrådet", "spørgsmål og svar")),
    (("se byrådsmøder", "video", "videoer", "streame", "streaming", "webtv", "tv-transmission"), ("livestreaming", "transmission", "web-tv", "lydoptagelse", "optagelse af møder")),
    (("mødeplan", "mødeplanen", "mødedatoer", "mødedage", "mødekalender"), ("mødekalender", "mødeplan", "mødedatoer", "mødeplanlægning")),
    (("sammenligne", "sammenlignet", "sammenligning", "rangliste", "ranglisten", "landsgennemsnit", "landsgennemsnittet"), ("benchmarking", "nøgletal", "landsgennemsnit", "sammenlignelige kommuner", "klyngekommuner")),
    (("virker det", "virkede det", "effekten", "effekter"), ("evaluering", "effektmåling", "midtvejsstatus", "evalueringen")),
    (("ipad", "ipads", "tablet", "tablets", "pc", "bærbare", "telefoner"), ("it-udstyr", "it-hardware", "arbejdsredskaber", "it-drift", "digitale enheder")),
    # the minute books (1900-1960): what a reader today calls what the parish council wrote
    (("besættelsen", "besættelsestiden", "krigsårene", "tyskerne", "anden verdenskrig"), ("rationering", "rationeringskort", "brændselsudvalg", "luftværn", "mørklægning", "værnemagten")),
    (("brænde", "tørv", "kul", "koks", "brændsel", "tørvegravning"), ("brændsel", "brændselsudvalg", "tørveproduktion", "tørvegravning", "brændselsrationering")),
    (("fattighjælp", "fattigvæsen", "fattiggård", "husvild", "husvilde"), ("trængende", "understøttelse", "hjælpekasse", "fattigforsørgelse", "husvilde", "forsorg")),
    (("pension", "pensionen", "pensioner", "alderdom"), ("folkepension", "alderdomsrente", "invaliderente", "førtidspension", "pensionstillæg", "seniorpension")),
    # safety and vulnerable people
    (("æresrelateret", "æresrelaterede", "tvangsægteskab", "tvangsægteskaber", "social kontrol", "radikalisering", "ekstremister", "terror"), ("negativ social kontrol", "æresrelaterede konflikter", "ekstremisme", "radikalisering", "forebyggelse af ekstremisme")),
    (("overgreb", "seksuelle overgreb", "krænkelse", "krænkelser", "krænkende", "sexchikane", "seksuel chikane"), ("overgreb", "seksuelle krænkelser", "beredskab mod overgreb", "underretning", "børnehus")),
    (("skandale", "skandaler", "skandalen", "kritisk rapport", "svigtet"), ("skærpet tilsyn", "påbud", "tilsynsrapport", "utilsigtede hændelser", "kritisk tilsynsrapport")),
    (("bøde", "bøder", "bøden", "straf", "straffe", "straffet", "anmeldt til politiet"), ("påbud", "bødeforelæg", "politianmeldelse", "sanktioner", "håndhævelse")),
    (("retssag", "retssager", "sagsøge", "sagsøgt", "advokat", "advokaten", "advokater", "domstol", "domstolene", "landsretten", "højesteret"), ("retssag", "stævning", "advokatbistand", "juridisk bistand", "domstolsprøvelse", "forlig")),
    (("medicin", "medicinen", "piller", "medicinfejl", "fejlmedicinering"), ("medicinhåndtering", "medicingivning", "utilsigtede hændelser", "patientsikkerhed", "medicinering")),
    # children and families
    (("hjemmepasning", "passe børn hjemme", "passe egne børn", "hjemme med børnene", "privat børnepasning"), ("tilskud til pasning af egne børn", "hjemmepasning", "privat pasning", "pasningstilskud", "privat dagpleje")),
    (("tidligere anbragte", "efter anbringelsen", "anbragte unge", "når man fylder 18"), ("efterværn", "efterværnsindsats", "ungestøtte", "kontaktperson", "overgang til voksenlivet")),
    (("to lærere", "to voksne i klassen", "tolærer", "tolærerordning"), ("to-voksentimer", "tolærerordning", "holddeling", "co-teaching", "ressourcepersoner")),
    (("delebørn", "forældremyndighed", "bopæl for barnet", "familieretshuset"), ("samvær", "forældremyndighed", "Familieretshuset", "familierådgivning", "skilsmisseramte")),
    (("værge", "værgemål", "umyndiggjort", "umyndiggørelse"), ("værgemål", "værge", "økonomisk værgemål", "Familieretshuset")),
    (("børnepenge", "børnecheck", "børnechecken", "børneydelse"), ("børneydelse", "børnefamilieydelse", "børnetilskud", "særligt børnetilskud")),
    # health
    (("psykolog", "psykologer", "psykologhjælp", "terapi", "samtaleterapi"), ("psykologhjælp", "psykologbistand", "PPR", "psykiatri", "mental sundhed")),
    (("hjerneskade", "hjerneskadede", "blodprop", "apopleksi", "senhjerneskade"), ("neurorehabilitering", "hjerneskaderehabilitering", "senhjerneskade", "genoptræning", "rehabilitering")),
    (("kræft", "kræftpatienter", "kræftramte", "cancer"), ("kræftrehabilitering", "rehabilitering", "kræftramte", "palliation", "forløbsprogram")),
    (("ulighed", "uligheden", "social ulighed", "lige muligheder"), ("social ulighed", "ulighed i sundhed", "udsatte borgere", "social balance")),
    # housing
    (("boligmangel", "boligmanglen", "boligpriser", "mangel på boliger", "boligkrise"), ("boligudbud", "boligprogram", "boligbehov", "boligudbygning", "almene boliger")),
    (("studieboliger", "ungdomsboliger", "kollegium", "kollegier"), ("ungdomsboliger", "studieboliger", "kollegium", "almene ungdomsboliger")),
    (("udlejer", "udlejeren", "udlejere", "huslejenævn", "beboerklagenævn", "huslejestigning"), ("huslejenævn", "beboerklagenævn", "lejelovgivning", "huslejestigninger")),
    (("tiny house", "tiny houses", "alternative boliger", "nye boformer"), ("alternative boformer", "tiny houses", "bofællesskab", "fællesskabsboliger")),
    # leisure
    (("fitness", "fitnesscenter", "motionscenter", "udendørs fitness", "træningsredskaber"), ("motionsfaciliteter", "udendørs fitness", "idrætsfaciliteter", "motionsredskaber")),
    (("skatepark", "skateboard", "parkour", "multibane", "boldbur"), ("skatepark", "skaterbane", "aktivitetsområde", "multibane", "udendørs faciliteter")),
    (("fiske", "fiskeri", "lystfiskere", "lystfiskeri"), ("fiskeri", "lystfiskeri", "fiskepleje", "fisketegn", "vandløb")),
    (("jagt", "jægere", "jæger", "jagtleje"), ("jagt", "jagtleje", "jagtret", "vildtforvaltning", "jagtudlejning")),
    # environment and traffic
    (("fly", "flyene", "flystøj", "lufthavn", "lufthavnen"), ("lufthavn", "flystøj", "luftfart", "støjkortlægning")),
    (("støv", "støvet", "støvgener"), ("støvgener", "miljøtilsyn", "støvbekæmpelse", "påbud")),
    (("fartkontrol", "hastighedskontrol", "fotovogn", "fotovogne", "stærekasse", "stærekasser"), ("automatisk trafikkontrol", "hastighedskontrol", "fartkontrol", "trafiksikkerhed")),
    (("parkeringshus", "p-hus", "parkeringskælder", "parkeringskældre"), ("parkeringshus", "parkeringsanlæg", "parkeringskapacitet", "parkeringsstrategi")),
    # the organisation and the money
    (("bureaukrati", "bureaukratiet", "papirarbejde", "dokumentationskrav", "mindre kontrol"), ("tillidsreform", "tillidsdagsorden", "afbureaukratisering", "regelforenkling", "frisættelse", "velfærdsaftale")),
    (("rige kommuner", "fattige kommuner", "udligning", "udligningen", "udligningsreformen", "bloktilskud"), ("udligning", "tilskud og udligning", "udligningsreform", "bloktilskud", "finansieringsreform")),
    (("kommunesammenlægning", "kommunesammenlægningen", "strukturreformen", "kommunalreformen"), ("kommunalreform", "strukturreform", "sammenlægning", "kommunesammenlægning")),
    (("hjemmearbejde", "arbejde hjemmefra", "distancearbejde"), ("hjemmearbejde", "distancearbejde", "fleksibel arbejdstid", "personalepolitik")),
    (("ligestilling", "ligestillingen", "ligeløn", "kønsfordeling", "mangfoldighed"), ("ligestillingsredegørelse", "ligestilling", "mangfoldighed", "kønsbalance", "ligeløn")),
    (("tolk", "tolke", "tolken", "tolkning", "tolkebistand"), ("tolkebistand", "tolkning", "tolkeudgifter", "sprogbarriere")),
    # prices and the everyday words for changes in them
    (("gratis", "betale selv", "brugerbetaling", "egenbetalingen"), ("brugerbetaling", "egenbetaling", "takstfritagelse", "gratis adgang", "friplads")),
    (("billigere", "dyrere", "sænke prisen", "hæve prisen", "prisstigning", "prisstigninger", "prisstigningen"), ("takstreduktion", "takstnedsættelse", "takststigning", "takstforhøjelse", "prisudvikling")),
    (("inflation", "inflationen", "dyrtid", "stigende priser"), ("pris- og lønfremskrivning", "prisfremskrivning", "prisudvikling", "energipriser", "inflation")),
    # building and nature, more
    (("rive ned", "rives ned", "revet ned", "nedrive", "nedrives", "nedrevet"), ("nedrivning", "nedrivningstilladelse", "nedrivningspulje", "nedrivningsforbud", "bevaringsværdig")),
    (("fælde", "fældet", "fældes", "træfældning", "fældning"), ("træfældning", "fældning", "bevaringsværdige træer", "genplantning", "beplantning")),
    (("lockdown", "nedlukningen", "forsamlingsforbud", "mundbind"), ("covid-19", "coronasituationen", "restriktioner", "genåbning", "smitteforebyggelse")),
    # the administration's words for the same thing (both directions)
    (("plejecenter", "plejecentre", "plejecentret"), ("plejehjem", "plejebolig", "plejeboliger")),
    (("dagtilbud", "daginstitution", "daginstitutioner", "daginstitutionen"), ("børnehave", "vuggestue", "dagpleje", "pasning")),
    (("renovation", "dagrenovation", "affaldsindsamling"), ("skrald", "affald", "tømning", "affaldsordning")),
    (("kollektiv trafik", "trafikselskab"), ("bus", "busser", "buslinje", "togtrafik", "flextrafik")),
    (("hjemmepleje", "hjemmeplejen"), ("hjemmehjælp", "praktisk hjælp", "personlig pleje")),
    (("folkepension", "alderspension"), ("folkepension", "alderdomsrente", "aldersrente", "ældrecheck", "personligt tillæg")),
    (("genbrugsstation", "genbrugsstationen", "genbrugsstationer"), ("genbrugsplads", "losseplads", "affaldsordning")),
    (("vejbelysning", "gadebelysning"), ("gadelys", "lygtepæle", "belysning", "lysmaster")),
    (("vintertjeneste", "vintervedligeholdelse", "glatførebekæmpelse"), ("snerydning", "saltning", "glatføre", "vinterregulativ")),
    (("renholdelse", "gaderenholdelse"), ("gadefejning", "fejning", "oprydning", "affaldsspande", "renholdelsesregulativ")),
    (("botilbud", "botilbuddet", "botilbuddene"), ("bosted", "opholdssted", "bofællesskab", "døgntilbud")),
    (("madservice",), ("madudbringning", "mad på hjul", "måltider", "produktionskøkken")),
    (("sundhedspleje", "sundhedsplejen"), ("sundhedsplejerske", "spædbørn", "hjemmebesøg", "nyfødte")),
    (("initiativretsforslag", "initiativret"), ("medlemsforslag", "beslutningsforslag", "optagelse af sag")),
)



# --- meeting-system exports (owned by the export readers, ingest/systems/) ---------

# Field headings that hold this meeting's decision ('Beslutning', 'Udvalgets
# beslutning', 'FORRETNINGSUDVALGETS BESLUTNING') contain a DECISION_HEADINGS word.
# Field headings of earlier handling: history, never this meeting's decision.
EXPORT_HISTORY_FIELDS = ("sagens forløb", "sagsforløb", "tidligere behandling",
                         "tidligere beslutninger", "punktet behandlet tidligere")
# Field headings of the administration's proposal.
EXPORT_PROPOSAL_FIELDS = ("indstilling", "administrationens indstilling",
                          "forvaltningens indstilling", "forvaltningen foreslår",
                          "det indstilles")
# A decision field that only says the decision is not published (yet): 'Beslutning
# ikke frigivet' is a DECISION_HEADINGS word and one of these.
EXPORT_NOT_RELEASED = ("ikke frigivet",)
# What some systems print in a field left empty.
EXPORT_EMPTY_FIELD = ("tomt indhold",)
# Attendance notes glued onto decisions ('Godkendt. Afbud: X') open with an
# ABSENCE_LABELS entry: role 'afbud' for APOLOGY_LABELS, 'fraværende' for the others.
# 'Afbud fra X' as well as 'Afbud: X'.
EXPORT_ATTENDANCE_JOINERS = ("fra",)
# '(Stedfortræder: Y)' after an absent member: Y took the seat.
EXPORT_SUBSTITUTE = ("stedfortræder",)
# The heading under which an item's text lists its attachments, as agendas print it.
EXPORT_ATTACHMENTS_HEADING = "Bilag"
# Title prefix of an item on the closed part of an agenda ('Lukket: Salg af grund').
EXPORT_CLOSED_PREFIX = ("lukket",)
# A body named in indefinite form ('Byråd 2022-2025') is quoted in definite form
# ('Byrådet'): organ noun ending -> definite suffix.
ORGAN_DEFINITE = (("udvalg", "et"), ("råd", "et"), ("raad", "et"),
                  ("bestyrelse", "n"), ("magistrat", "en"))


# --- privacy (owned by the robustness work) ------------------------------------------
# Labels that say the number after them is a personal identity number (CPR). Matched
# anywhere, also glued to the number ("CPR1503851234", "cpr.nr.010203-1234").
CPR_LABELS = (
    "cpr", "personnummer", "personnr", "person nr", "cpr-nummer", "fødselsnummer",
)
# A birth written right before a number ('født 01.02.03-1234'): its dotted form is a CPR.
BIRTH_WORDS = ("født", "f.", "fødselsdato", "fødselsdag")
# Labels of other numbers that can look like a CPR number written without a dash:
# a 10-digit account, journal, invoice or production-unit number, a phone number, a
# time of day after "kl.".
OTHER_NUMBER_LABELS = (
    "kontonr", "kontonummer", "konto", "reg.nr", "regnr", "journalnr", "journalnummer",
    "j.nr", "j. nr", "jnr", "sagsnr", "sagsnummer", "fakturanr", "fakturanummer",
    "faktura", "ordrenr", "ordrenummer", "bilagsnr", "løbenr", "løbenummer", "ean",
    "ean-nr", "cvr", "cvr-nr", "se-nr", "p-nr", "p-nummer", "tlf", "telefon",
    "telefonnr", "mobil", "mobilnr", "fax", "kl", "klokken", "ref", "reference",
    "kundenr", "kundenummer", "varenr", "id",
)
# How the name of an identifier in markup or a link ends (`documentid="2003017014"`,
# `eDoc.asp?id=2003017014`): meeting systems number their documents with ten digits.
IDENTIFIER_NAME_ENDINGS = ("id", "nr", "nummer")
