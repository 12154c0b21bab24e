"""Phrases: several words that together mean a concept, or stop their words from counting."""

# ---------------------------------------------------------------------------------------------
# Phrases. "|" = alternatives for one place; "…" = up to three other words may stand between;
# "=word" = this form only, not its inflections.
# ---------------------------------------------------------------------------------------------
_SPOUSE = "mand|manden|kone|konen|hustru|ægtefælle|ægtemand|samlever|kæreste|partner|livsledsager"
_FAMILY = _SPOUSE + "|mor|far|søster|bror|søn|datter|barn|svigermor|svigerfar"
_MY = "min|mit|mine|sin|sit|sine|hendes|hans|vores|deres|din|dit|dine|jeres|en"

PHRASES: dict[str, dict[str, float]] = {
    # bevaegelse
    "røre|rører|rørte … sig|mig|os|kroppen": {"bevaegelse": 1.0},
    "få|fået … rørt … sig|mig|kroppen": {"bevaegelse": 1.0},
    "holde|holder … mig|sig|os|kroppen … i gang": {"bevaegelse": 1.0},
    "holde|holder … mig|sig|os|kroppen … i form": {"bevaegelse": 1.0},
    "i form": {"bevaegelse": 0.9},
    "i bedre|god|ordentlig form": {"bevaegelse": 0.9},
    "komme|kommer … i form|gang": {"bevaegelse": 0.9},
    "få|får … pulsen … op": {"bevaegelse": 1.0},
    "bevæge|bevæger … mig|sig|os|kroppen": {"bevaegelse": 1.0},
    "dyrke|dyrker|dyrkede … motion|sport|idræt|yoga|gymnastik": {"bevaegelse": 1.0},
    "tabe|taber … mig|sig|nogle … kilo": {"bevaegelse": 0.6},
    "tabe|taber … mig|sig": {"bevaegelse": 0.4},
    "styrke … kroppen|musklerne|balancen|ryggen|benene": {"bevaegelse": 1.0},
    "komme op … af|fra … stolen|sofaen": {"bevaegelse": 0.6},
    "rejse|rejser … sig|mig": {"bevaegelse": 0.3},
    # gaatur
    "gå|går|gik|gået|gåede … tur|ture|turen|gåtur|gåture|runde|runder|rundt": {"gaatur": 1.0},
    "gå|går|gik … i|ved … skoven|naturen|parken|haven|stranden|fjorden": {
        "gaatur": 0.9,
        "have": 0.5,
    },
    "gå|går|gik … langs … stranden|vandet|fjorden|søen|åen|kysten": {"gaatur": 0.9, "have": 0.4},
    "gå|går|gik … langt|lange": {"gaatur": 0.8, "bevaegelse": 0.3},
    "ud … at|og … gå|går": {"gaatur": 1.0},
    "ud … at|og … vandre|spadsere": {"gaatur": 1.0},
    "gå|går … en … runde": {"gaatur": 1.0},
    "gå|går … ud": {"gaatur": 0.4},
    "kort|kortere|lille|lang|længere … tur|ture|gåtur|gåture": {"gaatur": 0.8},
    "frisk luft": {"gaatur": 0.5, "have": 0.5},
    "walk and talk": {"gaatur": 0.8, "samtale": 0.6},
    "lufte|lufter|luftede … hund|hunden|hundene|hunde": {"dyr": 1.0, "gaatur": 0.6},
    "gå|går|gik … med … hund|hunden|hundene|hunde": {"dyr": 1.0, "gaatur": 0.6},
    # Not a walk: "går til gymnastik", "gik i skole", "hvordan går det".
    "går|gå|gik|gået … til": {},
    "går|gå|gik|gået … i": {},
    "går|gik … det": {},
    "det … går|gik": {},
    "går|gik … ud på": {},
    "går|gik|gå … godt|fint|bedre|skidt": {},
    "gå|går|gik … i stå": {},
    "gå|går … i seng": {},
    "gå|går|gik|gået … ind … for": {},
    # dans
    "svinge … træbenet|skørterne|sig": {"dans": 1.0},
    "sving om": {"dans": 0.8},
    "ud … at … danse": {"dans": 1.0},
    # svoemning
    "i vandet": {"svoemning": 0.6},
    "en tur … i … vandet|havet|svømmehallen": {"svoemning": 0.9},
    # cykling
    "cykling uden alder": {"cykling": 1.0, "need:ekstra-stoette": 0.2},
    "på cykel|cyklen": {"cykling": 0.9},
    # sang
    "synge|synger|sang|sunget … sammen|med|i … kor|koret": {"sang": 1.0, "musik": 0.3},
    "de gamle|kendte|danske … sange|salmer|viser": {"sang": 1.0},
    # musik
    "spille|spiller|spillede|spillet … på|i … klaver|guitar|harmonika|violin|fløjte|orgel": {
        "musik": 1.0
    },
    "spille|spiller|spillede|spillet … musik|instrument|klaver|guitar|harmonika": {"musik": 1.0},
    "spille|spiller|spillede|spillet … i … orkester|band|bandet|orkestret": {"musik": 1.0},
    "lytte|lytter|høre|hører … til … musik|koncert|koncerter": {"musik": 1.0},
    "klassisk musik": {"musik": 1.0},
    # spil
    "spille|spiller|spillede|spillet|spil … kort|whist|bridge|kortspil|skak|brætspil": {
        "spil": 1.0
    },
    "spille|spiller|spillede|spillet|spil … banko|bingo|billard|dart|petanque|kroket": {
        "spil": 1.0
    },
    "spille|spiller|spillede|spillet|spil … et … slag": {"spil": 1.0},
    "spille|spiller … en … rolle": {},
    "på spil": {},
    "sætte|sat|sætter … på spil": {},
    "kort tid|sigt|varsel|afstand|sagt|fortalt": {},
    "om kort tid": {},
    # haandarbejde
    "god|gode|dygtig … med … mine|sine|hendes|hans|de … hænder|hænderne|fingre": {
        "vaerksted": 0.9,
        "haandarbejde": 0.7,
    },
    "gode hænder": {"vaerksted": 0.6, "haandarbejde": 0.5},
    "arbejde|arbejder|arbejdet … med … hænderne|hænder": {"vaerksted": 0.9, "haandarbejde": 0.7},
    "arbejde|arbejder|arbejdet … med … ler|træ|metal": {"vaerksted": 0.8, "haandarbejde": 0.6},
    "reparere|lappe|stoppe|ordne|sy … tøj|strømper|bukser": {"haandarbejde": 0.8},
    "noget … kreativt": {"haandarbejde": 0.9},
    # vaerksted
    "gør det selv": {"vaerksted": 0.8},
    "pusle|pusler|puslede … med": {"vaerksted": 0.4},
    "lave|laver|lavede|bygge|bygger … ting": {"vaerksted": 0.5},
    "reparere|reparerer|fikse|fikser|ordne|ordner … cykler|cykel|cyklen|ting": {"vaerksted": 1.0},
    # have
    "grønne fingre": {"have": 1.0},
    "min|mit|vores|sin|egen|en|lille|stor … have": {"have": 0.8},
    "i haven|naturen": {"have": 0.9},
    "botanisk|botaniske have": {"have": 0.7, "kultur": 0.5},
    "zoologisk have": {"dyr": 0.7, "kultur": 0.5},
    # mad
    "lave|laver|lavede|lavet … mad|maden|middag|frokost|aftensmad": {"mad": 1.0},
    "spise|spiser|spiste|spist … sammen": {"mad": 1.0, "cafe": 0.4},
    "spise|spiser|spiste|spist … med … andre|nogen|folk": {"mad": 1.0, "cafe": 0.4},
    "spise|spiser|spiste|spist … alene": {"mad": 0.8, "cafe": 0.4},
    "varm|varme|god|sund … mad": {"mad": 0.9},
    "noget at spise": {"mad": 0.7},
    "et måltid": {"mad": 0.9},
    # cafe
    "kop kaffe|te": {"cafe": 0.9},
    "drikke|drikker|drak … kaffe|te": {"cafe": 0.9},
    "nye mennesker|venner|bekendtskaber|ansigter": {"cafe": 0.8},
    "møde|mødes … nogen|andre|folk|mennesker|nye|ligesindede|jævnaldrende": {"cafe": 0.8},
    "komme|kommer … ud … blandt|sammen … andre|mennesker|folk": {"cafe": 0.8},
    "komme|kommer … ud … af … huset|døren": {"cafe": 0.6},
    "ud … af … huset|døren": {"cafe": 0.5},
    "komme|kommer … ud": {"cafe": 0.4},
    "være|er|være … sammen … med … andre|nogen|folk": {"cafe": 0.7},
    "sammen … med … andre|nogen|ligesindede": {"cafe": 0.3},
    "sidder|sidde|sad … alene": {"cafe": 0.6},
    "ikke … være … alene": {"cafe": 0.6},
    "åbent hus": {"cafe": 0.6},
    "kender … ingen|ikke … nogen": {"cafe": 0.8},
    "kender … ingen": {"cafe": 0.8},
    "ny|nytilflyttet … i … byen|kommunen|området|lokalområdet": {"cafe": 0.6},
    "flyttet|flyttede … hertil|til … byen|området": {"cafe": 0.5},
    "keder|kedede … mig|sig": {"cafe": 0.5},
    "dagene … er … lange": {"cafe": 0.6},
    "lange … dage": {"cafe": 0.5},
    "nogen … at … snakke|tale|hygge … med": {"cafe": 0.6, "samtale": 0.8},
    "nogen … at … være … sammen … med": {"cafe": 0.8},
    "få|får … selskab": {"cafe": 0.8},
    "hjælpe|hjælper … hinanden": {"cafe": 0.3, "hjaelpe": 0.3},
    "være|er … vært|værter": {"hjaelpe": 0.6},
    "hjælpende … hånd": {"hjaelpe": 0.9},
    "tage … mig|sig … til": {},
    # foredrag
    "lære|lærer … noget … nyt": {"foredrag": 0.9},
    "blive … klogere": {"foredrag": 0.8},
    "lytte|lytter|høre|hører … til … foredrag|oplæg|fortællinger": {"foredrag": 1.0},
    "høre … om": {"foredrag": 0.3},
    "læse|læser … højt": {"foredrag": 1.0, "generationer": 0.3},
    "læse … højt … for … børn|børnene": {"foredrag": 0.6, "generationer": 1.0},
    # historie
    "gamle … dage": {"historie": 0.6},
    "gamle … billeder|fotos|fotografier": {"historie": 0.7},
    "i gamle dage": {"historie": 0.6},
    # it
    "e boks": {"it": 1.0},
    "digital post": {"it": 1.0},
    "borger dk|sundhed dk": {"it": 1.0},
    "ny|nye … telefon|mobil|tablet|computer|ipad": {"it": 1.0},
    # kultur
    "ud … at … opleve": {"kultur": 0.9},
    "ture|tur … ud … af … huset": {"kultur": 0.7, "cafe": 0.4},
    "på tur": {"kultur": 0.5, "gaatur": 0.3},
    "på udflugt|udflugter": {"kultur": 1.0},
    # tro
    "gå|går|gik|gået … i kirke|kirken": {"tro": 1.0},
    "min|sin|hendes|hans … tro": {"tro": 1.0},
    "tro … på … gud": {"tro": 1.0},
    "indre mission": {"tro": 0.9},
    "kirkens korshær": {"hjaelpe": 0.7, "tro": 0.4},
    "røde kors": {"hjaelpe": 0.7},
    # hjaelpe
    "være … noget … for … nogen|andre": {"hjaelpe": 1.0},
    "bliv|blive|være|er … besøgsven|besøgsvenner|følgeven|følgevenner": {"hjaelpe": 1.0},
    "få|have|ønsker|savner … en … besøgsven": {"cafe": 0.7, "samtale": 0.6},
    "=hjælpe|=hjælper|=hjalp … andre|til|folk|nogen|ældre|børn|mennesker": {"hjaelpe": 1.0},
    "gøre|gør … noget … for … andre|nogen|fællesskabet|mennesker": {"hjaelpe": 1.0},
    "gøre|gør … en … forskel": {"hjaelpe": 1.0},
    "gøre|gør … gavn|nytte": {"hjaelpe": 1.0},
    "være|er … til … nytte|gavn": {"hjaelpe": 0.9},
    "give|giver … en … hånd": {"hjaelpe": 0.9},
    "give|giver … noget … igen|tilbage": {"hjaelpe": 1.0},
    "gå|går … til … hånde": {"hjaelpe": 0.9},
    "blive|bliv|være|er|arbejde|arbejder … frivillig|frivilligt": {"hjaelpe": 1.0},
    "som frivillig": {"hjaelpe": 1.0},
    "god tid": {"hjaelpe": 0.3},
    "bruge … mine|sine … kræfter|erfaring|erfaringer|evner": {"hjaelpe": 0.7},
    "til … gavn … for": {"hjaelpe": 0.6},
    # Volunteers who run an offer do not make it an offer for volunteers.
    "af … frivillig|frivillige": {},
    "frivillige … kommer|hjælper|sørger|står": {},
    "vores|vore|dygtige … frivillige": {},
    "ledes|drives … af": {},
    "sørge|sørger|sørgede|sørget … for": {},
    "få|får|fik|fået … =hjælp|hjælpen": {},
    # samtale
    "tale|taler|snakke|snakker … med … nogen|andre|en": {"samtale": 0.9, "cafe": 0.3},
    "nogen|en … at … tale|snakke … med": {"samtale": 0.9, "cafe": 0.5},
    "dele … erfaringer|tanker|oplevelser": {"samtale": 0.8},
    "sætte … ord … på": {"samtale": 0.7},
    "tale|snakke … om … det|tingene|livet": {"samtale": 0.6},
    "en … der … lytter": {"samtale": 0.8},
    # generationer
    "på tværs … af … generationer|alder|aldre|generationerne": {"generationer": 1.0},
    "mellem … generationer|generationerne": {"generationer": 1.0},
    "unge … og … gamle|ældre": {"generationer": 1.0},
    "gamle|ældre … og … unge|børn": {"generationer": 1.0},
    "sammen … med … børn|unge|børnene|skolebørn": {"generationer": 0.8},
    # need:koerestol
    "sidder|sidde|sad … i … kørestol|kørestolen": {"need:koerestol": 1.0},
    # need:gangbesvaeret
    "dårlig|dårlige|ringe|svag|svage … balance|ben|knæ|hofte|hofter|fødder|ryg": {
        "need:gangbesvaeret": 0.9
    },
    "balance|balancen … er … dårlig|ringe|svag|elendig": {"need:gangbesvaeret": 0.9},
    "dårligt|ringe|skidt … gående|bens": {"need:gangbesvaeret": 1.0},
    "ikke … godt … til bens": {"need:gangbesvaeret": 1.0},
    "godt … til bens": {},
    "går|gå … dårligt|skidt|langsomt|besværligt|usikkert": {"need:gangbesvaeret": 1.0},
    "svært|svær|besvær … ved … at … gå": {"need:gangbesvaeret": 1.0},
    "kan|kunne … ikke … gå … langt|længere|mere|uden": {"need:gangbesvaeret": 1.0},
    "ny … hofte|knæ": {"need:gangbesvaeret": 0.6},
    "bange|angst|nervøs … for … at … falde": {
        "need:gangbesvaeret": 0.8,
        "wish:foelgeven": 0.3,
    },
    "med|bruger|har … rollator|stok": {"need:gangbesvaeret": 1.0},
    "roligt|stille … tempo": {"need:gangbesvaeret": 0.3},
    "falder|faldt … i … søvn": {},
    "i … hvert|givet|så … fald": {},
    "det … falder … mig": {},
    # need:teleslynge
    "hører|høre|hørte … dårligt|skidt|ringe": {"need:teleslynge": 1.0},
    "hører|høre|hørte … ikke … godt": {"need:teleslynge": 1.0},
    "svært|svær|besvær … ved … at … høre": {"need:teleslynge": 1.0},
    "dårlig|nedsat|ringe … hørelse": {"need:teleslynge": 1.0},
    "hørelsen … er … dårlig|svigter|ringe|nedsat": {"need:teleslynge": 1.0},
    "hører|hørte … til": {},
    "hører|høre … hjemme": {},
    # need:demensvenlig
    "dårlig|svigtende … hukommelse": {"need:demensvenlig": 1.0},
    "hukommelsen … svigter|driller|dårlig": {"need:demensvenlig": 1.0},
    "husker|huske … dårligt|ikke … så godt": {"need:demensvenlig": 0.9},
    "kan … ikke … huske": {"need:demensvenlig": 0.6},
    "glemmer … ting|meget|aftaler": {"need:demensvenlig": 0.8},
    # need:ekstra-stoette
    "ekstra … støtte|hjælp": {"need:ekstra-stoette": 1.0},
    "brug … for … hjælp|støtte|hånd": {"need:ekstra-stoette": 0.8},
    "hjælp … til … toilet|toilettet|toiletbesøg|påklædning": {"need:ekstra-stoette": 0.9},
    "personlig … hjælp|pleje": {"need:ekstra-stoette": 0.8},
    "kræver … hjælp": {"need:ekstra-stoette": 0.8},
    "rolige|trygge|faste … rammer": {"need:ekstra-stoette": 0.4},
    # wish:foelgeven
    "nogen|en|én … at … følges … med": {"wish:foelgeven": 1.0},
    "følges … med|ad": {"wish:foelgeven": 1.0},
    "tør … ikke … alene": {"wish:foelgeven": 1.0, "need:ekstra-stoette": 0.2},
    "tør … ikke … ud|afsted|derhen|selv": {"wish:foelgeven": 0.9},
    "utryg|usikker|bange … ved … at … gå|komme|tage … alene|ud|selv": {"wish:foelgeven": 1.0},
    "ikke … alene … afsted|derhen|ud": {"wish:foelgeven": 0.8},
    "følge|følger … mig|hende|ham … derhen|hen|afsted|til": {"wish:foelgeven": 0.9},
    "nogen … der … kan … følge|tage … mig|hende|ham": {"wish:foelgeven": 1.0},
    "nogen … at … gå … med": {"wish:foelgeven": 0.6, "gaatur": 0.6},
    # wish:transport
    "kan|kunne … ikke … køre … selv|bil|længere|mere": {"wish:transport": 1.0},
    "kan|kunne … ikke … køre": {"wish:transport": 1.0},
    "kører|køre … ikke … bil|længere|mere|selv": {"wish:transport": 1.0},
    "ingen|ikke|uden … bil": {"wish:transport": 0.9},
    "mistet|mistede|afleveret|afleverede|frataget … kørekort|kørekortet": {"wish:transport": 1.0},
    "ingen|ikke|intet … kørekort": {"wish:transport": 1.0},
    "svært|svær|besvær|problemer … ved … at … komme … frem|rundt|derhen|afsted|hjemmefra": {
        "wish:transport": 1.0
    },
    "svært|svær|besvær … ved … at … komme … ud": {"wish:transport": 0.7, "wish:foelgeven": 0.3},
    "blive|bliver … hentet|kørt": {"wish:transport": 1.0},
    "hente|henter|hentes … mig|hende|ham": {"wish:transport": 0.7, "wish:foelgeven": 0.3},
    "nogen … der … kan … køre|hente … mig|hende|ham": {"wish:transport": 1.0},
    "bor … langt … ude|væk|fra": {"wish:transport": 0.6},
    "offentlig|offentlige … transport|trafik": {"wish:transport": 0.6},
    # target:maend
    "sammen … med … andre … mænd|herrer|mandfolk": {"target:maend": 1.0, "cafe": 0.3},
    "sammen … med … andre … kvinder|damer|piger": {"target:kvinder": 1.0, "cafe": 0.3},
    "andre … mænd|mandfolk|gutter|herrer": {"target:maend": 1.0},
    "for … mænd|herrer": {"target:maend": 0.9},
    "mænd … imellem": {"target:maend": 1.0},
    "blandt … mænd": {"target:maend": 1.0},
    "gamle … drenge": {"target:maend": 0.6},
    # target:kvinder
    "andre … kvinder|damer|piger|veninder": {"target:kvinder": 1.0},
    "for … kvinder|damer": {"target:kvinder": 0.9},
    "kvinder … imellem": {"target:kvinder": 1.0},
    "blandt … kvinder|damer": {"target:kvinder": 1.0},
    "gamle … piger": {"target:kvinder": 0.6},
    # target:sorg
    _MY + " … " + _SPOUSE + " … døde|død|bort|borte|væk": {"target:sorg": 1.0},
    _SPOUSE + " … er … død|bort": {"target:sorg": 1.0},
    "mistet|mistede|miste … " + _MY + " … " + _FAMILY: {"target:sorg": 1.0},
    "savner|savnede … " + _MY + " … " + _FAMILY: {"target:sorg": 0.9},
    "efter … " + _MY + " … mands|kones|hustrus|ægtefælles|mors|fars … død|dødsfald": {
        "target:sorg": 1.0
    },
    "gået|gik … bort": {"target:sorg": 1.0},
    "blev|blevet|er … enke|enkemand": {"target:sorg": 1.0},
    "alene … tilbage": {"target:sorg": 0.8},
    "sidder … alene … tilbage": {"target:sorg": 0.9},
    # target:paaroerende
    "passer|passe|plejer|pleje|hjælper|hjælpe|tager … mig … af … " + _MY + " … " + _FAMILY: {
        "target:paaroerende": 1.0
    },
    "passer|passe|plejer|pleje … " + _MY + " … " + _FAMILY: {"target:paaroerende": 1.0},
    _MY + " … " + _FAMILY + " … demens|dement|alzheimer|alzheimers|glemsom": {
        "target:paaroerende": 0.9,
        "need:demensvenlig": 0.4,
    },
    _MY + " … " + _FAMILY + " … syg|parkinson|kræft|sklerose|plejehjem|plejehjemmet": {
        "target:paaroerende": 0.8
    },
    "er … pårørende": {"target:paaroerende": 1.0},
    # Everyday phrases that would otherwise be misread.
    "kan|kunne … godt … lide": {},
    "har … det … godt": {},
    "i dag|morgen|aften": {},
    "i gang … med": {},
    "tage … hensyn": {},
}
