"""Words that follow their own rules: exact forms, compound parts, plain parts, irregulars."""

# ---------------------------------------------------------------------------------------------
# Exact forms only (never by stem): short or ambiguous words.
# ---------------------------------------------------------------------------------------------
EXACT: dict[str, dict[str, float]] = {
    "dans": {"dans": 1.0, "bevaegelse": 0.3, "musik": 0.2},
    "bal, ballet": {"dans": 0.6},
    "stok, stokken, stokke": {"need:gangbesvaeret": 1.0},
    # Not by stem: "kvinde" and "mandlige" would otherwise count as a wish for a group.
    "kvinder, kvinderne, kvindernes": {"target:kvinder": 0.7},
    "mandlige": {"target:maend": 0.5},
    "damer, damerne, pigerne": {"target:kvinder": 0.7},
    "efterladt, efterladte": {"target:sorg": 0.8},
    "hjælpere, medhjælper, medhjælpere": {"need:ekstra-stoette": 0.2},
    "nettet": {"it": 0.6},
    "vals, valsen": {"dans": 0.9},
    "rørig, rørige": {"bevaegelse": 0.5},
    "smidig, smidige, smidighed, smidigheden": {"bevaegelse": 0.6},
    "hænder, hænderne": {"vaerksted": 0.6, "haandarbejde": 0.4},
    "poker": {"spil": 1.0},
    "falde, falder, faldt, faldet, faldne": {"need:gangbesvaeret": 0.4},
    "hørelse, hørelsen": {"need:teleslynge": 0.5},
    "følges": {"wish:foelgeven": 0.6},
    "brodere, broderer, broderede, broderet": {"haandarbejde": 1.0},
    "lodde, lodder, loddede, loddet, lodning": {"vaerksted": 0.8},
    "luge, luger, lugede": {"have": 0.8},
    "viden": {"foredrag": 0.5},
    "besked, beskeder, beskederne": {"it": 0.4},
    "logge, logger, loggede, logget": {"it": 0.6},
    "gå": {"gaatur": 0.5},
    "går, gik, gået, gående": {"gaatur": 0.4},
    "kor, koret, korene, korets, korsanger, korsangere": {"sang": 1.0, "musik": 0.4},
    "sy, syr, syede, syet": {"haandarbejde": 1.0},
    "male, maler, malede, malet, maleren": {"haandarbejde": 0.8, "kultur": 0.2},
    "tegne, tegner, tegnede, tegning, tegninger, tegningen": {
        "haandarbejde": 0.9,
        "kultur": 0.2,
    },
    "ler, leret": {"haandarbejde": 0.4},
    "væv, væve": {"haandarbejde": 0.8},
    "perler": {"haandarbejde": 0.5},
    "træ, træet": {"vaerksted": 0.7, "have": 0.3},
    "træer, træerne": {"have": 0.7},
    "sav, save, savede": {"vaerksted": 0.8},
    "haven, havens, haver, haverne, haveliv": {"have": 0.9},
    "natur, naturen, naturens": {"have": 0.8, "gaatur": 0.3},
    "park, parken, parker, parkerne, parkanlæg": {"have": 0.4, "gaatur": 0.3},
    "frø, frøene": {"have": 0.6},
    "roser, rosenhave": {"have": 0.5},
    "sø": {"have": 0.4, "gaatur": 0.2},
    "mad, maden, madens": {"mad": 1.0},
    "kage, kager, kagen, kagebord": {"cafe": 0.5, "mad": 0.4},
    "vin": {"mad": 0.3, "cafe": 0.4},
    "café, cafe, caféen, cafeen, caféer, cafeer, cafés, cafes, cafeteria": {"cafe": 1.0},
    "kaffe, kaffen, kaffekop": {"cafe": 0.8},
    "te, teen": {"cafe": 0.4},
    "ven": {"cafe": 0.4},
    "alene": {"cafe": 0.2},
    "it, edb, pc, pc'en, pc'er": {"it": 1.0},
    "data": {"it": 0.4},
    "kode, koder": {"it": 0.5},
    "sms": {"it": 0.6},
    "kort, kortene, kortet": {"spil": 0.4},
    "dam": {"spil": 0.3},
    "bas": {"musik": 0.8},
    "band, bandet": {"musik": 0.8},
    "pop": {"musik": 0.5},
    "node": {"musik": 0.6},
    "orgel, orglet, orgelet": {"musik": 0.8, "tro": 0.3},
    "bog": {"foredrag": 0.9},
    "digt": {"foredrag": 0.9},
    "gud, guds, gudstro": {"tro": 0.9},
    "bede, beder": {"tro": 0.3},
    "dyr, dyret, dyrene, dyrenes": {"dyr": 0.9},
    "kat, katte": {"dyr": 1.0},
    "ko": {"dyr": 0.8},
    "fisk, fiskene": {"dyr": 0.4, "mad": 0.3},
    "hjælpe": {"hjaelpe": 0.5},
    "hjælper, hjalp, hjulpet": {"hjaelpe": 0.4},
    "tale, taler, talte": {"samtale": 0.4},
    "børn": {"generationer": 0.4},
    "unges, ung": {"generationer": 0.5},
    "bus, bussen, busser": {"wish:transport": 0.3},
    "bil, bilen": {"wish:transport": 0.2},
    "demens, demensen, demensens": {"need:demensvenlig": 1.0},
    "dårlighørende": {"need:teleslynge": 1.0},
    "savn, savnet": {"target:sorg": 0.3},
    "tabet": {"target:sorg": 0.3},
    "enkemænd": {"target:sorg": 0.9, "target:maend": 0.3},
    # The interest codes themselves, as a link worker might type them.
    "bevaegelse": {"bevaegelse": 1.0},
    "gaatur": {"gaatur": 1.0},
    "svoemning": {"svoemning": 1.0},
    "haandarbejde": {"haandarbejde": 1.0},
    "vaerksted": {"vaerksted": 1.0},
    "hjaelpe": {"hjaelpe": 1.0},
}

# ---------------------------------------------------------------------------------------------
# Compound parts. These words count inside compounds ("fælleshave", "kirkekor", "vandtræning").
# A form ending in "-" counts only as a first part ("vand-": "vandgymnastik", not "drikkevand"),
# one starting with "-" only as the last part ("-ven": "besøgsven"). Words in EXACT never count
# inside compounds unless they are listed here; WORDS do.
# ---------------------------------------------------------------------------------------------
COMPOUND_ONLY: dict[str, dict[str, float]] = {
    "have, haven": {"have": 1.0},
    "vand-, vands-": {"svoemning": 0.6},
    "mande-": {"target:maend": 0.9},
    "kvinde-, kvinde": {"target:kvinder": 0.9},
    "dame-": {"target:kvinder": 0.8},
    "herre-": {"target:maend": 0.8},
    "sorg, sorgs-": {"target:sorg": 1.0, "samtale": 0.5},
    "syng-, synge-, sange-": {"sang": 1.0},
    "kor, koret": {"sang": 1.0, "musik": 0.4},
    "spise-": {"mad": 0.9},
    "mad": {"mad": 1.0},
    "tegne-": {"haandarbejde": 0.9},
    "male-, maler-": {"haandarbejde": 0.9},
    "læse-": {"foredrag": 1.0},
    "bog, bogen": {"foredrag": 0.9},
    "hjælpe-": {"hjaelpe": 0.6},
    "lege-": {"generationer": 0.3},
    "dans, danse-": {"dans": 1.0},
    "strikke-, strik-": {"haandarbejde": 1.0},
    "sy-": {"haandarbejde": 1.0},
    "træ-": {"vaerksted": 0.8},
    "kirke, kirke-": {"tro": 1.0},
    "kaffe, kaffe-": {"cafe": 0.8},
    "café, cafe, caféen, cafeen": {"cafe": 1.0},
    "kort-": {"spil": 0.9},
    "musik": {"musik": 1.0},
    "demens-": {"need:demensvenlig": 1.0},
    "gå-": {"gaatur": 1.0},
    "cykel, cykle-": {"cykling": 1.0},
    "svømme-": {"svoemning": 1.0},
    "dyr, dyre-": {"dyr": 0.9},
    "-ven, -venner": {"cafe": 0.4},
    "-band": {"musik": 0.8},
    "-kat, katte-": {"dyr": 1.0},
}

# ---------------------------------------------------------------------------------------------
# Everyday words without a concept, so compounds made of them can be split.
# ---------------------------------------------------------------------------------------------
PLAIN_PARTS = """
senior seniorer ældre pensionist pensionister fælles gruppe grupper hold holdet klub klubben
forening foreningen selskab hus huset huse center centret centre stue stuen sal salen hal hallen
rum rummet lokale lokalet lokaler aften aftener morgen morgener formiddag eftermiddag dag dage
døgn uge uger måned måneder år tid tider time timer sted steder by byen land landet landsby
kreds kredsen tilbud tilbuddet ordning tjeneste service projekt projektet initiativ aktivitet
aktiviteter møde mødet mødested lokal lokale kommune kommunen region borger borgere beboer
beboere bolig boliger plads pladsen torv torvet gade gaden vej vejen bro broen mark marken
å åen ø øen bakke bakken bjerg dal gård gården gårde plejecenter ældrecenter bibliotek museum
skole uddannelse kursus klasse institut akademi akademiet stol stole bord borde bænk bænke vindue
dør toilet seng værelse lejlighed hjem hjemme familie familien mor far søn datter bror søster
nabo naboer kollega leder ledere instruktør instruktøren underviser team makker partner gang
gange bil biler vogn båd både skib tog fly lys sol solen regn vind vejr sommer vinter forår
efterår jul påske fest festen fester bod stand fri frisk varm varmt kold stor store lille små ny
nye gammel gamle god gode glad glade rolig stille let lette hurtig lang lange høj lav ung
syg sund sundhed helbred krop kroppen hjerne hjerte hjertet ryg ryggen knæ fod fødder hånd
hænder arm arme ben benet øje øjne øre ører stemme ord brev billede billeder foto fotos lyd
hjælp fri frivilligt besøg besøge mødes grøn grønne blå rød hvid sort blid blide åben åbent
tryg trygge byg bygge leg lege lære læring net netværk sport klub kæde
start slut pause pausen weekend weekenden søndag mandag tirsdag onsdag torsdag fredag lørdag
morgen middag aften nat uge hverdag hverdage sæson sæsonen vinterhalvår sommerhalvår
kvarter boligområde område området sogn sognet kirke kommune land tur ture vej stier sti
arbejde arbejdet arbejder job opgave opgaver værk værket kunst kultur natur mad drik drikke
elev elever lærer lærere børne barne unge ungdoms ungdom generation voksen voksne
ven venne venner veninde mand kone hustru ægtefælle
kursus kurser værksted værksteder café cafe klub
lokal lokalt dansk danske nordisk international
skat skatten system systemer stemme stemmer værk værker værn ordning ordninger sted stedet
plan planer side sider del dele sag sager form former forhold hjemmet boligen haller
aftale aftaler kontor kontoret firma butik butikken marked torvehal station stationen
skov strand mark hus lejr lejren bane banen vogn vognen park
liv livet verden verdens afdeling afdelingen anlæg anlægget rum rummene kælder
grupperne holdene klubber foreninger forbund forbundet råd rådet udvalg
ferie ferien fridag besøget stævne stævnet træf træffet signatur
dagtilbud aktivitetstilbud tilbuddene medlem medlemmer medlemskab kontingent
jagt jagten bonde bønder læge lægen sygeplejerske oldefar oldemor bedste
nat påske pinse nytår tirsdags onsdags torsdags fredags lørdags søndags mandags
korte mellem midt øvre nedre nord syd øst vest
"""

# ---------------------------------------------------------------------------------------------
# Irregular forms → the dictionary form they belong to.
# ---------------------------------------------------------------------------------------------
LEMMAS: dict[str, str] = {
    "sunget": "synge",
    "gik": "gå",
    "gået": "gå",
    "går": "gå",
    "hjalp": "hjælpe",
    "hjulpet": "hjælpe",
    "sad": "sidde",
    "siddet": "sidde",
    "tog": "tage",
    "taget": "tage",
    "kom": "komme",
    "kommet": "komme",
    "gjorde": "gøre",
    "gjort": "gøre",
    "drak": "drikke",
    "drukket": "drikke",
    "skrev": "skrive",
    "skrevet": "skrive",
    "løb": "løbe",
    "red": "ride",
    "redet": "ride",
    "blev": "blive",
    "blevet": "blive",
    "fulgte": "følge",
    "fulgt": "følge",
    "fulgtes": "følges",
    "lo": "le",
    "gav": "give",
    "givet": "give",
    "sov": "sove",
    "bøger": "bog",
    "børnene": "børn",
    "hænderne": "hænder",
    "fødderne": "fødder",
    "køerne": "køer",
    "strøg": "stryge",
    "lagde": "lægge",
    "lagt": "lægge",
    "solgte": "sælge",
    "solgt": "sælge",
    "fortalte": "fortælle",
    "fortalt": "fortælle",
    "vidste": "vide",
    "vidst": "vide",
    "spurgte": "spørge",
    "spurgt": "spørge",
    "turde": "tør",
}
