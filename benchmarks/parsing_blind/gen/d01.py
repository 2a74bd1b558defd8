from lib import *
NAME = "norddjurs-tmu_referat_2019-03-14.pdf"
HDR = "Teknik- og Miljøudvalget 14-03-2019"
fur = [(22, 285, HDR, "l", "Helvetica", 8),
       (188, 290, "{page} of {pages}", "r", "Helvetica", 7),
       (188, 285, lambda p, n: f"Side {p}", "r", "Helvetica", 8)]
members = [["Jens Ole Jensen (V), formand", "Lone Kjær (A), næstformand"],
           ["Poul Erik Bak (O)", "Hanne Vind (C)"],
           ["Morten Skov (F)", "Birthe Lund (A)"],
           ["Anders Thy (V)", ""]]
B = [
 ("h1", "Referat"), ("h2", "Teknik- og Miljøudvalget"),
 ("table", [["Mødedato:", "14-03-2019"], ["Mødetidspunkt:", "15:00 - 17:10"],
            ["Mødested:", "Mødelokale 2, Rådhuset, Grenaa"]], [40, 120], {"grid": False}),
 ("h3", "Deltagere:"),
 ("table", members, [80, 80], {"grid": False}),
 ("h3", "Fraværende:"), ("p", "Kirsten Holm (A)"),
 ("h3", "Bemærkninger:"), ("p", "Teknisk chef Søren Møller deltog under punkt 46."),
 ("pb",),
 ("h2", "Indholdsfortegnelse"),
 ("table", [["45.", "Godkendelse af dagsorden", "3"],
            ["46.", "Spildevandsplan 2019-2023 - endelig vedtagelse", "3"],
            ["47.", "Vintertjeneste - regulativ 2019-2022", "3"],
            ["48.", "Ansøgning om landzonetilladelse til hestestald, Søndervej 12, Ålsrode", "3"],
            ["49.", "Orientering om trafiktælling på Nørregade", "4"],
            ["50.", "Lukket punkt: Salg af kommunal grund - matr.nr. 7c Grenaa Bygrunde", "4"],
            ["51.", "Eventuelt", "4"]], [12, 140, 12], {"grid": False}),
 ("pb",),
 ("h2", "45. Godkendelse af dagsorden"),
 ("bold", "Beslutning i Teknik- og Miljøudvalget den 14-03-2019:"),
 ("p", "Godkendt."),
 ("h2", "46. Spildevandsplan 2019-2023 - endelig vedtagelse"),
 ("p", "Sagsnr.: 18/14567"),
 ("p", "Sagen afgøres i: Byrådet"),
 ("h3", "Sagsfremstilling"),
 ("p", "Forslag til Spildevandsplan 2019-2023 har været i offentlig høring fra den 10. december 2018 "
       "til den 4. februar 2019. Der er modtaget 11 høringssvar, som fremgår af bilag 2 sammen med "
       "administrationens bemærkninger. Høringssvarene giver anledning til mindre ændringer i planens "
       "afsnit om separatkloakering i Trustrup og Ørum."),
 ("h3", "Økonomi"),
 ("p", "Planen har ingen direkte økonomiske konsekvenser for kommunen. Investeringerne afholdes af "
       "Norddjurs Forsyning og finansieres over taksterne."),
 ("h3", "Indstilling"),
 ("p", "Direktøren for Teknik og Miljø indstiller, at"),
 ("ind", "1. Spildevandsplan 2019-2023 vedtages endeligt med de ændringer, der fremgår af bilag 2, og"),
 ("ind", "2. administrationen bemyndiges til at foretage redaktionelle rettelser."),
 ("bold", "Beslutning i Teknik- og Miljøudvalget den 06-12-2018:"),
 ("p", "Indstillingen godkendt, og planforslaget sendes i offentlig høring i 8 uger."),
 ("bold", "Beslutning i Teknik- og Miljøudvalget den 14-03-2019:"),
 ("p", "Anbefales over for Byrådet."),
 ("h3", "Bilag"),
 ("p", "1. Spildevandsplan 2019-2023 (dok.nr. 41233/19)\n2. Høringssvar med bemærkninger (dok.nr. 41240/19)"),
 ("h2", "47. Vintertjeneste - regulativ 2019-2022"),
 ("p", "Sagsnr.: 19/2210"),
 ("p", "Sagen afgøres i: Teknik- og Miljøudvalget"),
 ("h3", "Sagsfremstilling"),
 ("p", "Det gældende regulativ for vintervedligeholdelse og renholdelse af veje udløber med udgangen "
       "af vintersæsonen. Administrationen har udarbejdet et nyt regulativ, hvor serviceniveauet på "
       "cykelstier langs de kommunale landeveje nedjusteres fra klasse I til klasse II."),
 ("h3", "Indstilling"),
 ("p", "Direktøren for Teknik og Miljø indstiller, at regulativet godkendes."),
 ("bold", "Beslutning i Teknik- og Miljøudvalget den 14-03-2019:"),
 ("p", "Udsat til næste møde, idet udvalget ønsker en belysning af konsekvenserne for cykelstierne."),
 ("h2", "48. Ansøgning om landzonetilladelse til hestestald, Søndervej 12, Ålsrode"),
 ("p", "Sagsnr.: 18/23876"),
 ("p", "Sagen afgøres i: Teknik- og Miljøudvalget"),
 ("h3", "Sagsfremstilling"),
 ("p", "Ejeren af Søndervej 12 søger om landzonetilladelse til opførelse af en hestestald på 240 m² "
       "i tilknytning til den eksisterende bebyggelse. Naboerne på Søndervej 10 og 14 har gjort "
       "indsigelse mod placeringen på grund af lugtgener. Administrationen vurderer, at byggeriet "
       "ikke er erhvervsmæssigt nødvendigt, og at ansøgningen bør afslås."),
 ("h3", "Indstilling"),
 ("p", "Direktøren for Teknik og Miljø indstiller, at ansøgningen om landzonetilladelse afslås."),
 ("bold", "Beslutning i Teknik- og Miljøudvalget den 14-03-2019:"),
 ("p", "For stemte: V, O og C (4)\nImod stemte: A og F (3)\n"
       "Indstillingen blev dermed ikke godkendt, og der meddeles landzonetilladelse på vilkår om "
       "afskærmende beplantning mod skel."),
 ("h2", "49. Orientering om trafiktælling på Nørregade"),
 ("p", "Sagsnr.: 19/3077"),
 ("p", "Sagen afgøres i: Teknik- og Miljøudvalget"),
 ("h3", "Sagsfremstilling"),
 ("p", "Administrationen har i uge 5 og 6 foretaget trafiktællinger på Nørregade efter ombygningen. "
       "Tællingerne viser et fald i den gennemsnitlige hastighed fra 47 km/t til 38 km/t."),
 ("h3", "Indstilling"),
 ("p", "Direktøren for Teknik og Miljø indstiller, at orienteringen tages til efterretning."),
 ("bold", "Beslutning i Teknik- og Miljøudvalget den 14-03-2019:"),
 ("p", "Taget til efterretning."),
 ("h2", "50. Lukket punkt: Salg af kommunal grund - matr.nr. 7c Grenaa Bygrunde"),
 ("p", "Sagsnr.: 17/9987"),
 ("bold", "Beslutning i Teknik- og Miljøudvalget den 14-03-2019:"),
 ("p", "Godkendt."),
 ("h2", "51. Eventuelt"),
 ("bold", "Beslutning i Teknik- og Miljøudvalget den 14-03-2019:"),
 ("p", "Intet til referat."),
]
pdf(NAME, B, fur, margins=(22, 22, 28, 22))
notes = ("Acadre-style referat (imitated): cover page with Mødedato/Mødetidspunkt/Mødested, members in a two-column "
 "borderless table, a TOC page, items numbered by a running counter 45-51, 'Sagsnr.: YY/NNNNN', 'Sagen afgøres i:', decision "
 "labels 'Beslutning i Teknik- og Miljøudvalget den DD-MM-YYYY:'.\nPAGE FURNITURE: top-left header 'Teknik- og Miljøudvalget "
 "14-03-2019' on every page, converter stamp 'N of M' and the system's 'Side N' top right; the Indholdsfortegnelse page (TOC) "
 "is furniture, not items.\nHEADER: date 2019-03-14, start 15:00, end 17:10 ('15:00 - 17:10'), location 'Mødelokale 2, Rådhuset, Grenaa'. "
 "Title: 'Referat Teknik- og Miljøudvalget' (the two cover lines).\nITEMS: numbers as printed (45-51). Item 50's heading reads "
 "'Lukket punkt: Salg af ...': title without the 'Lukket punkt:' tag, closed=true (a parser that keeps the tag in the title has "
 "the right item; the scorer only strips 'Lukket:').\nDECISIONS: only the block labelled with THIS meeting's date (14-03-2019). "
 "Item 46 also prints an earlier 'Beslutning i Teknik- og Miljøudvalget den 06-12-2018:' (history, not a decision). "
 "46 'Anbefales over for Byrådet.' -> recommended (Sagen afgøres i: Byrådet). 47 'Udsat til næste møde, ...' -> postponed. "
 "48: vote For V, O, C (4) / Imod A, F (3), the indstilling (afslag) was NOT approved and the permit is granted: outcome "
 "rejected (the proposal was voted down; 'other' is defensible since a different decision was made, 'approved' would be "
 "the reading 'the application was granted'). 49 'Taget til efterretning.' -> noted. 50 Godkendt -> approved. "
 "51 'Intet til referat.' -> noted (domain guide lists it under noted).\nproposal_present: true for 46-49 (Indstilling block), false for 45, 50, 51.\n"
 "CASE NUMBERS: 'Sagsnr.:' values only; 'dok.nr. 41233/19' and '41240/19' in item 46's Bilag list are document numbers, not cases. "
 "'matr.nr. 7c' is a cadastral number, not a case.\nPEOPLE: members with party letters from the Deltagere table (role formand/næstformand where "
 "printed, else medlem from the list heading; deltager equally fine); Kirsten Holm (A) under 'Fraværende:' role fraværende; "
 "Teknisk chef Søren Møller from 'Bemærkninger'.")
gold(NAME, notes, [D("referat", "Referat Teknik- og Miljøudvalget", "Teknik- og Miljøudvalget", "2019-03-14", "15:00", "17:10",
  "Mødelokale 2, Rådhuset, Grenaa",
  people=[P("Jens Ole Jensen", "formand", "V"), P("Lone Kjær", "næstformand", "A"), P("Poul Erik Bak", "medlem", "O"),
          P("Hanne Vind", "medlem", "C"), P("Morten Skov", "medlem", "F"), P("Birthe Lund", "medlem", "A"),
          P("Anders Thy", "medlem", "V"), P("Kirsten Holm", "fraværende", "A"), P("Søren Møller", "Teknisk chef")],
  items=[I(45, "Godkendelse af dagsorden", dec="Godkendt.", outcome="approved"),
         I(46, "Spildevandsplan 2019-2023 - endelig vedtagelse", ["18/14567"], prop=True, dec="Anbefales over for Byrådet.", outcome="recommended"),
         I(47, "Vintertjeneste - regulativ 2019-2022", ["19/2210"], prop=True,
           dec="Udsat til næste møde, idet udvalget ønsker en belysning af konsekvenserne for cykelstierne.", outcome="postponed"),
         I(48, "Ansøgning om landzonetilladelse til hestestald, Søndervej 12, Ålsrode", ["18/23876"], prop=True,
           dec="For stemte: V, O og C (4) Imod stemte: A og F (3) Indstillingen blev dermed ikke godkendt, og der meddeles landzonetilladelse på vilkår om afskærmende beplantning mod skel.",
           outcome="rejected"),
         I(49, "Orientering om trafiktælling på Nørregade", ["19/3077"], prop=True, dec="Taget til efterretning.", outcome="noted"),
         I(50, "Salg af kommunal grund - matr.nr. 7c Grenaa Bygrunde", ["17/9987"], closed=True, dec="Godkendt.", outcome="approved"),
         I(51, "Eventuelt", dec="Intet til referat.", outcome="noted")])])
