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
)
# A decision block's own heading: 'Beslutning', 'Udvalgets beslutning', or a dated label
# ('Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 2',
# 'Beslutning i Udvalget for Teknik den 20-06-2013'), matched by DECISION_LABEL_RE.
DECISION_HEADINGS = (
    "beslutning", "beslutninger", "beslutning:", "udvalgets beslutning", "byrådets beslutning",
    "magistratens beslutning", "kommunalbestyrelsens beslutning", "regionsrådets beslutning",
    "økonomiudvalgets beslutning", "rådmandens beslutning", "afgørelse", "referat",
    "protokol", "protokollat", "vedtagelse",
)
DECISION_LABEL_RE = (
    r"^(?P<body>.{3,120}?)s\s+beslutning(?:er)?\s+(?:den|d\.)\s+(?P<date>.{6,40}?)"
    r"(?:\s+(?:punkt|pkt\.?)\s*\d+.*)?$",
    r"^beslutning(?:er)?\s+i\s+(?P<body>.{3,120}?)\s+(?:den|d\.)\s+(?P<date>.{6,40}?)\s*:?$",
    r"^(?P<body>.{3,120}?)\s+(?:den|d\.)\s+(?P<date>\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4})\s*:?$",
)
# Headings and openings of a recommendation (the item's proposal).
PROPOSAL_HEADINGS = (
    "indstilling", "indstillinger", "forvaltningen foreslår", "beslutningspunkter",
    "beslutningspunkt", "administrationens indstilling", "direktionens indstilling",
    "forvaltningens indstilling", "det indstilles", "beslutningsforslag", "forslag til beslutning",
)
PROPOSAL_OPENERS = (
    "det indstilles", "forvaltningen foreslår", "det foreslås", "administrationen indstiller",
    "direktionen indstiller", "forvaltningen indstiller", "rådmanden indstiller",
)
# 'X indstiller, at' names the one recommending: a proposal opening anywhere in a line.
PROPOSAL_VERB_RE = (r"\bindstiller,?\s+at\b",)

# Agenda item numbering. Each scheme has a name (its evidence weight is in items.py)
# and a pattern with groups 'num' and 'title' (the title may be on the next line).
ITEM_SCHEMES_RE = (
    ("label", r"^(?:punkt|pkt\.?|dagsordenspunkt|sag\s+nr\.?)\s*(?P<num>\d{1,4}(?:\.\d{1,2})*)"
              r"(?![\d/\-])\s*[:.\-–)]?\s*(?P<title>.*)$"),
    ("paragraph", r"^§\s*(?P<num>\d{1,3}(?:\s?[a-z](?![\wæøå]))?)\.?\s*(?P<title>.*)$"),
    ("dotted", r"^(?P<num>\d{1,4}(?:\.\d{1,2})*)\.(?!\d)\s*(?P<title>.*)$"),
    ("bare", r"^(?P<num>\d{1,4}(?:\.\d{1,2})*)(?![\d.,:/\-%])\s*(?P<title>.*)$"),
)
# A closed item's title prefix ('Lukket: Personalesag', 'Lukket punkt: ...').
CLOSED_PREFIXES = ("lukket", "lukket punkt", "lukket sag", "fortroligt")
CLOSED_MARKS = ("lukket referat", "lukket dagsorden", "lukket møde", "lukket punkt",
                "lukkede sager", "lukkede punkter", "lukket del", "lukket", "lukkede")
OPEN_MARKS = ("åbent referat", "åben referat", "åben dagsorden", "åbent møde", "åbne sager",
              "åbne punkter", "åben del", "åben", "åbent")
# Lines that say a table of contents starts.
TOC_HEADINGS = ("indholdsfortegnelse", "indhold", "dagsorden kort", "oversigt", "indhold:")
# An item's meta lines: their presence right under a numbered line says it is an item.
ITEM_META_LABELS = (
    "sagsnr", "sagsnr.", "sags nr", "sagsnummer", "sag", "j.nr", "j. nr", "journalnr",
    "dok.nr", "dok. nr", "dokumentnr", "sagsbehandler", "ansvarlig", "tid", "metode",
    "til beslutning", "til orientering", "til drøftelse", "sagstype",
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
    ("beslutningsreferat", "referat"), ("dagsorden", "dagsorden"),
    ("mødedagsorden", "dagsorden"), ("indstilling", "indstilling"), ("notat", "notat"),
)
# Words that name a document's kind when its first line opens with them
# ('Kvalitetsstandarder for behandling af ...', 'Referat Aarhus Byråd d. 27-08-2025').
KIND_OPENERS = (
    ("referat", "referat"), ("beslutningsprotokol", "referat"),
    ("forhandlingsprotokol", "referat"), ("dagsorden", "dagsorden"),
    ("indkaldelse", "dagsorden"), ("notat", "notat"), ("rapport", "rapport"),
    ("kvalitetsstandard", "bilag"), ("kvalitetsstandarder", "bilag"),
    ("projektbeskrivelse", "bilag"), ("program", "bilag"), ("invitation", "bilag"),
)
# Title words that also occur as section headings inside an item: they open a new
# document only when a memo header (a date or an addressee) follows.
MEMO_KINDS = ("indstilling", "notat")
# 'Emne: ...' opens an agenda in Aarhus' committee template.
SUBJECT_LABELS = ("emne", "vedrørende", "vedr", "vedr.", "angår", "om")

# Header block labels, by the field they fill.
DATE_LABELS = ("mødedato", "dato", "dag", "afholdt", "mødedag")
TIME_LABELS = ("mødetid", "tid", "tidspunkt", "kl", "kl.", "klokken", "mødestart")
PLACE_LABELS = ("mødested", "sted", "lokale", "mødelokale", "adresse")
BODY_LABELS = ("udvalg", "organ", "forum", "mødeforum", "råd", "nævn", "møde")
# Participant lists: label -> the role every person listed under it gets.
PARTICIPANT_LABELS = (
    ("deltagere", "deltager"), ("mødedeltagere", "deltager"), ("tilstede", "deltager"),
    ("til stede", "deltager"), ("tilstede var", "deltager"), ("til stede var", "deltager"),
    ("medlemmer", "medlem"), ("deltog", "deltager"), ("fremmødte", "deltager"),
    ("afbud", "afbud"), ("afbud/fraværende", "afbud"), ("afbud fra", "afbud"),
    ("fraværende", "fraværende"), ("fravær", "fraværende"), ("ikke til stede", "fraværende"),
    ("sekretær", "sekretær"), ("referent", "referent"), ("mødeleder", "mødeleder"),
    ("gæster", "gæst"), ("desuden deltog", "deltager"), ("øvrige deltagere", "deltager"),
)
# A sender block's labels (a memo's right-hand column, a signature).
SENDER_LABELS = (
    "sag", "sagsbehandler", "tlf", "tlf. dir", "telefon", "direkte telefon", "e-post",
    "e-mail", "email", "direkte e-mail", "mobil", "fax", "fax. dir", "kontakt",
    "kontaktperson", "web", "www", "cvr", "ean",
)
# An addressee line ('Til: SFU', 'Til kommunalbestyrelsen').
ADDRESSEE_LABELS = ("til", "modtager", "att", "att.")
COPY_LABELS = ("kopi til", "cc")
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
)
# Words of a meeting place ('Rådhuset, lokale 398', 'Mødecenter C').
LOCATION_WORDS = ("kontor", "lokale", "rådhus", "rådhuset", "mødelokale", "mødecenter", "sal",
                  "vær.", "byrådssal", "byrådssalen", "forsamlingshus", "mødelokalet",
                  "sogneraadslokalet", "skole", "hjem", "kro", "hotel")
# A body named in a title block is not a body when these words lead up to it.
NOT_BODY_BEFORE = ("mødet i", "til", "fra", "af")

# Months, with their numbers (Danish, abbreviated, and the old spellings of minute books).
MONTHS = (
    ("januar", 1), ("februar", 2), ("marts", 3), ("april", 4), ("maj", 5), ("juni", 6),
    ("juli", 7), ("august", 8), ("september", 9), ("oktober", 10), ("november", 11),
    ("december", 12), ("jan", 1), ("feb", 2), ("febr", 2), ("mar", 3), ("apr", 4),
    ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("okt", 10), ("nov", 11),
    ("dec", 12), ("januari", 1), ("februari", 2),
)
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
            "mandagen", "tirsdagen", "onsdagen", "torsdagen", "fredagen", "lørdagen",
            "søndagen")
# Words that make a dated line an old minute book's opening: 'Aar 1942 d. 6 Januar'.
YEAR_WORDS = ("aar", "år", "anno")

# A page number in a header or footer: 'Side 3', 'Side 3 af 12', 'page 2 of 5', '- 4 -'.
PAGE_WORDS = ("side", "page", "s.")
PAGE_OF = ("af", "of", "ud af")
# The stamp that ties an attachment to its item: 'Punkt 3, Bilag 2: Notat om ...'.
ATTACHMENT_STAMP_RE = r"^Punkt\s+(\d+(?:\.\d+)?)\s*,\s*Bilag\s+(\d+)\s*:?\s*(.*)$"
# A role a person gives themself in a sentence ('Mads er referent').
SELF_ROLES = (("er referent", "referent"), ("er sekretær", "sekretær"),
              ("er mødeleder", "mødeleder"))
# The role of a listed member whose line prints only a party.
MEMBER_ROLE = "medlem"
# Spellings of a body's name folded to the one a reader uses.
BODY_SPELLINGS = (("udvalgsmøde", "udvalget"),)

# Dates typed by a user ('last month', 'sidste år'): phrase -> (unit, offset).
USER_PERIODS = (
    ("i år", "year", 0), ("this year", "year", 0), ("sidste år", "year", -1),
    ("last year", "year", -1), ("sidste aar", "year", -1), ("i fjor", "year", -1),
    ("denne måned", "month", 0), ("this month", "month", 0), ("sidste måned", "month", -1),
    ("last month", "month", -1),
)
ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
                  "september", "october", "november", "december")

# Case numbers: the labels before them; 'Dok.nr.' is a document number, not a case.
CASE_LABELS = ("sagsnr", "sags nr", "sagsnummer", "sag", "j.nr", "j. nr", "jnr", "j nr", "journalnr",
               "journalnummer", "emnenr", "sags-id", "sagsid")
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
    ("org.leder", "leder"), ("medlem", "medlem"),
)
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
)
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
MEETING_VERBS = ("afholdt", "afholdtes", "holdt", "holdtes", "afholdes", "forhandledes",
                 "behandledes", "samledes", "var samlet", "mødtes")
# 'Mødet hævet' closes an entry; a dateline ('Elev Sogneraad d. 17/1 1941') does too.
MEETING_CLOSERS = ("mødet hævet", "mødet hævedes", "mødet sluttede", "mødet slut",
                   "mødet afsluttet", "næste møde", "næste sogneraadsmøde", "næste sognerådsmøde")
# A matter is presented ('Fra X forelaa Meddelelse', 'Der foretoges Valg af ...'):
# such a sentence opens a new matter when it starts a line.
MATTER_PRESENTERS = (
    "forelaa", "forelå", "forelagdes", "fremlagdes", "var fremlagt", "var fremsendt",
    "foretoges", "fortoges", "behandledes", "til behandling", "til første behandling",
    "til anden behandling", "til sidste behandling", "til 1. behandling",
    "til 2. behandling", "har fremsendt", "fremsender", "ansøger", "andragende",
    "meddelelse", "skrivelse", "cirkulære", "anmodning", "behandling af", "som eneste sag",
    "meddeler", "medd.", "forespørgsel",
)
# Sentences that record an act of the council in the impersonal passive ('Der
# vedtoges at ...', 'Der bestemtes at ...'): at a line start, a new matter.
MATTER_ACTS = (
    "der vedtoges", "der bestemtes", "der besluttedes", "der bevilgedes", "der foresloges",
    "der foretoges", "der fortoges", "ligeledes vedtoges", "ligeledes bestemtes",
    "ligeledes behandledes", "derefter", "dernæst", "endvidere behandledes", "videre behandledes",
    "det vedtoges", "det besluttedes",
)
# Sentences that continue the matter before them (a list of elected men, a ditto line).
MATTER_CONTINUATIONS = ("som", "samtidig", "ligeledes \"", "\"", "„", "do", "do.", "ditto",
                        "til", "heraf", "herunder", "hvorefter")
# The book's ditto: the decision is the one written above it.
DITTO = ("do", "do.", "ditto", "dto", "dto.", "\"", "\"\"", "smst", "smst.")
# Abbreviations after which a full stop does not end a sentence (old and new usage).
ABBREVIATIONS = (
    "fmd", "næstfmd", "næstformd", "gdr", "hmd", "bmd", "kr", "pr", "ds", "fl", "matr", "nr",
    "medd", "cirk", "min", "off", "jfr", "jf", "ang", "vedr", "bl.a", "f.eks", "m.v", "mv",
    "ca", "evt", "inkl", "ekskl", "dvs", "osv", "stk", "kl", "d", "a", "hr", "fr", "frk",
    "dr", "st", "sdr", "nr", "alb", "chr", "joh", "johs", "vilh", "fr", "th", "m.fl", "fhv",
    "s", "f", "jun", "sen", "tlf", "dir", "ejd", "ml", "smst", "p", "n", "k", "h", "j",
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
""".split())


# --- decisions, outcomes and votes (owned by the outcome reader) -------------------
