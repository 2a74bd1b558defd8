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


# --- document structure (owned by the structure finder) ---------------------------


# --- decisions, outcomes and votes (owned by the outcome reader) -------------------
#
# How the outcome reader uses these: a decision text is cut into sentences; in the first
# sentence whose main clause holds an outcome cue, that cue decides (subordinate clauses,
# later sentences and minority statements never flip it). Entries are word forms, not
# stems: every tense and voice a secretary writes is listed. ORIENTATION_GIVEN is weaker
# than the rest: it reports what someone told the body and yields to an act recorded later.

APPROVED = (
    "godkendt", "godkendte", "godkendes", "godkende", "godkender", "godkendtes",
    "vedtaget", "vedtages", "vedtog", "vedtoges", "vedtage", "vedtager", "vedtagen",
    "tiltrådt", "tiltrådte", "tiltrædes", "tiltræde", "tiltræder", "tiltraadt", "tiltraadte",
    "henholder sig til", "henholdt sig til", "henholde sig til",
    "opretholdt", "opretholdes", "opretholder", "opretholde",
    "fastholdt", "fastholdes", "fastholder",
    "imødekommet", "imødekommes", "imødekom", "imødekommer", "imødekomme",
    "bevilget", "bevilges", "bevilgede", "bevilgedes", "bevilliget", "bevilliges", "bevilligede",
    "besluttede", "besluttes", "besluttet", "besluttedes", "beslutter", "bestemtes", "bestemte",
    "bifaldt", "bifaldes", "bifaldet", "tildeles", "tildelt",
    "indstillingen følges", "indstillingen blev fulgt", "tilsluttede sig", "tilslutter sig",
    "kunne tilslutte sig",
)
RECOMMENDED = (
    "anbefales", "anbefaler", "anbefalede", "anbefalet", "anbefale", "anbefaledes",
    "indstilles", "indstiller", "indstillede", "indstilles godkendt",
    "indstilles til godkendelse", "med anbefaling", "med indstilling om",
    "med positiv indstilling", "med udvalgets tilslutning",
)
NOTED = (
    "til efterretning", "til orientering", "intet til referat", "orienteringen taget",
    "forelå", "forelaa", "ingen orienteringer", "ingen orientering", "ingen orienteringspunkter",
    "intet at orientere om", "ingen gensidige orienteringer", "ingen meddelelser",
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
)
# Forwarding a case: referred, or recommended when the sentence also endorses it.
REFERRED = (
    "oversendes", "oversendt", "oversende", "fremsendes", "fremsendt", "sendes",
    "sendes videre", "sendes tilbage", "sendt tilbage", "videresendes", "videresendt",
    "tilbagesendes", "tilbagesendt", "tilbagesende", "tilbagesendte", "henvises", "henvist",
    "sendes i høring", "sendes til høring", "hjemvises", "hjemvist",
    "sende sagen", "sende forslaget", "sende punktet", "sende indstillingen", "oversende sagen",
    "oversende forslaget", "fremsende sagen", "henvise sagen", "videresende sagen",
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
)
REJECTED = (
    "forkastet", "forkastes", "forkastede", "forkastedes", "afvist", "afvises", "afviste",
    "nedstemt", "nedstemtes", "forslaget faldt", "gives afslag", "meddeles afslag",
    "giver afslag",
)
WITHDRAWN = (
    "udgik", "udgår", "udgået", "bortfalder", "bortfaldt", "bortfaldet", "trukket",
    "trukket tilbage", "taget af dagsordenen", "tages af dagsordenen", "trak punktet",
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
# Verbs whose 'at'-clause says what was decided ('besluttede at tilbagesende sagen').
DECIDING = (
    "besluttede", "besluttes", "besluttet", "besluttedes", "beslutter", "bestemtes", "vedtoges",
    "vedtog",
    "vedtaget", "godkendte", "godkender", "godkendtes",
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
AMENDMENT = ("ændringsforslag", "ændringsforslaget", "ændringsforslagene", "med den ændring",
             "ændres således")
# A clause opening with these is subordinate: its cues never decide the outcome.
SUBORDINATE = (
    "idet", "i det", "da", "fordi", "hvis", "såfremt", "når", "som", "hvor", "således at",
    "med bemærkning", "med bemærkningen", "med den bemærkning", "med en bemærkning",
    "med denne bemærkning", "med følgende bemærkning", "med følgende bemærkninger",
    "med bemærkninger", "under forudsætning af", "dog således", "med henblik på", "herunder",
    "jf.", "efter at",
)
# Words before a part's number in a split decision ('Ad 1-4.', 'Pkt. 2:').
PART_PREFIXES = ("ad", "pkt.", "pkt", "punkt", "indstillingspunkt", "ad punkt", "ad pkt.")
# Words of a heading line at the top of a decision block ('Byrådets beslutning den ...').
DECISION_HEADINGS = ("beslutning", "beslutninger", "afgørelse")
# Abbreviations whose full stop ends no sentence.
ABBREVIATIONS = ("pkt", "jf", "nr", "kr", "mio", "mia", "ca", "stk", "bl.a", "f.eks", "evt",
                 "vedr", "inkl", "ift", "dvs", "mht", "gdr", "fmd", "hmd", "tlf", "kl", "ang")

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
    r"(?P<for>\d+)\s+stemmer\s+for\s*(?:,|og)\s*(?P<against>\d+)\s+(?:stemmer\s+)?imod",
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
# The cues a decision text states an outcome with, for the outcomes people ask about: a
# decision whose main clause says one thing may still reject or postpone a part of it
# ('5. Ikke anbefalet', 'kan blive udskudt').
DECISION_CUES = (("approved", APPROVED), ("postponed", POSTPONED), ("rejected", REJECTED))

# The frame of a question, not its subject: 'hvordan går det med ...', 'hvor lang tid
# tager det at få ...', 'flere penge til ...'. Interrogatives, light verbs and
# quantifiers that Snowball's stop list lacks. A natural query leaves them out (unless
# nothing else is left); a concept below may still read a phrase of them ('lang tid').
QUESTION_WORDS = (
    "hvordan", "hvorfor", "hvornår", "hvilke", "hvilken", "hvilket", "hvem", "hvorledes",
    "gør", "gøre", "gjort", "gjorde", "går", "gik", "gået", "få", "får", "fik", "fået",
    "kan", "sker", "ske", "skete", "sket", "tager", "tage", "taget", "findes", "må",
    "måtte", "burde", "bør", "gerne", "egentlig", "flere", "færre", "mere", "mest",
    "mindre", "mindst", "nogen", "ting", "folk", "lidt", "helt", "særligt", "sige",
    "siger", "sagt", "sagde", "fortæl", "vide", "ved", "forhold", "angående", "vedrørende",
)

# Everyday words -> the administration's words for the same thing, as a municipality's
# A-Z and KL's task classification (KLE) name its tasks. A query word that is a key is
# also looked for as the terms, as a weaker alternative to the word itself ('mad' finds
# 'frokostordning' and 'kantineordning'; 'arbejdsløse' finds 'jobcenter'). Keys are word
# forms or short phrases; terms are what a case title or a decision text would say.
# Words that name a whole area rather than a task ('ældre', 'unge', 'boliger', 'børn')
# are no keys: widening them buries the task the rest of the question names. One line per
# concept, grouped by task area; a new everyday word is a new key, not new code.
CONCEPTS = (
    # economy
    (("penge", "pengene", "kroner", "finansiering"), ("bevilling", "midler", "budget", "tillægsbevilling", "anlægsbevilling", "pulje")),
    (("koster", "koste", "kostede", "pris", "prisen", "priser", "dyrt", "dyr", "dyre", "betale", "betaler", "betaling", "regning"), ("gebyr", "takst", "udgift", "egenbetaling", "omkostning", "pris")),
    (("spare", "sparer", "spares", "nedskæring", "nedskæringer", "skære", "skæres", "skåret"), ("besparelse", "reduktion", "effektivisering", "budgetreduktion", "tilpasning")),
    (("økonomien", "økonomi", "pengene rækker", "underskud", "overskud"), ("budgetopfølgning", "regnskab", "forbrug", "merforbrug", "mindreforbrug", "budgetbalance")),
    (("låne", "låner", "lånt", "lån", "gæld", "gælden"), ("lånoptag", "låneoptagelse", "låneramme", "gæld", "lånegaranti")),
    (("skat", "skatten", "skatter", "grundskyld", "ejendomsskat"), ("skatteudskrivning", "udskrivningsprocent", "grundskyld", "dækningsafgift", "skattesats")),
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
    (("hjemløs", "hjemløse"), ("hjemløshed", "herberg", "forsorgshjem", "boligsocial")),
    (("fattig", "fattige", "fattigdom", "trængte"), ("kontanthjælp", "fattigdom", "enkeltydelse", "økonomisk trængte", "ydelse")),
    (("snyd", "snyder", "svindel", "fusk"), ("socialt bedrageri", "kontrol", "snyd", "tilbagebetaling")),
    (("klage", "klager", "klagen", "utilfreds", "utilfredse"), ("klagesag", "ankestyrelsen", "borgerrådgiver", "klageadgang", "omgørelse")),
    # building, housing, planning
    (("hus", "huse", "huset", "bygge", "bygger", "tilbygning", "carport", "garage", "udestue"), ("byggesag", "byggetilladelse", "byggeri", "dispensation", "lokalplan", "landzonetilladelse")),
    (("lang tid", "længe", "vente", "venter", "ventetid", "hurtigt"), ("sagsbehandlingstid", "sagsbehandling", "ventetid", "servicemål", "frist", "behandlingstid")),
    (("leje", "lejlighed", "lejligheder", "lejebolig", "husleje"), ("almene boliger", "boligselskab", "boliganvisning", "lejebolig", "boligafdeling")),
    (("parkere", "parkering", "parkeringsplads"), ("parkering", "parkeringsplads", "parkeringsforhold", "parkeringsnorm")),
    (("støj", "larm", "larmer", "larmende"), ("støj", "støjgener", "støjskærm", "støjhandlingsplan")),
    # roads and transport
    (("bus", "busser", "bussen", "offentlig transport", "toget"), ("kollektiv trafik", "Movia", "buslinje", "busdrift", "trafikbestilling", "buslinjer")),
    (("cykel", "cykler", "cykle", "cyklister"), ("cykelsti", "cykelstier", "cykelpulje", "cykelparkering")),
    (("huller", "hul", "fortov", "fortovet"), ("vejvedligeholdelse", "asfalt", "belægning", "fortov", "vejplan", "slidlag")),
    (("sne", "glat", "glatføre", "is", "saltning"), ("vintertjeneste", "vintervedligeholdelse", "snerydning", "glatførebekæmpelse")),
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
    (("klima", "klimaet", "co2", "udledning"), ("klimaplan", "klimahandleplan", "CO2-reduktion", "klimapulje", "klimastrategi")),
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
