"""Build the held-out matching evaluation set in this folder (services/citizens/expected.json).

Written before the ranking was tuned, as a guard against overfitting to the development set in
/work/shared/data/matching-dev: other places (Odense and Svendborg), other offers, other
phrasing. Expected picks are what an experienced link worker would propose first ("ideal") or
also gladly mention ("good"). Run ``uv run python tests/matching/data/build_heldout.py`` after
editing; the JSON files are what the tests read.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

HERE = Path(__file__).parent
NS = uuid.UUID("6f1c9a52-3a0e-4a8e-9d35-1b6f8e0c2d41")

PLACES = {
    "odense-c": (55.3960, 10.3880, "5000", "Odense C"),
    "odense-m": (55.3720, 10.3800, "5230", "Odense M"),
    "odense-s": (55.3490, 10.4010, "5260", "Odense S"),
    "odense-sv": (55.3670, 10.3390, "5250", "Odense SV"),
    "odense-n": (55.4400, 10.3650, "5270", "Odense N"),
    "odense-nv": (55.4090, 10.3240, "5210", "Odense NV"),
    "odense-v": (55.3940, 10.3480, "5200", "Odense V"),
    "odense-oe": (55.4080, 10.4430, "5240", "Odense NØ"),
    "odense-soe": (55.3790, 10.4330, "5220", "Odense SØ"),
    "svendborg": (55.0600, 10.6070, "5700", "Svendborg"),
    "faaborg": (55.1280, 10.2860, "5600", "Faaborg"),
}

NAMES = {
    "bevaegelse": "Bevægelse og motion",
    "gaatur": "Gåture og vandring",
    "dans": "Dans",
    "svoemning": "Svømning og vandtræning",
    "cykling": "Cykling",
    "sang": "Sang og kor",
    "musik": "Musik",
    "spil": "Kort- og brætspil",
    "haandarbejde": "Håndarbejde og kreativitet",
    "vaerksted": "Værksted og reparation",
    "have": "Have og natur",
    "mad": "Madlavning og fællesspisning",
    "cafe": "Café og samvær",
    "foredrag": "Foredrag, læsning og litteratur",
    "historie": "Lokalhistorie",
    "it": "IT og digital hjælp",
    "kultur": "Kultur og udflugter",
    "tro": "Kirke og tro",
    "dyr": "Dyr",
    "hjaelpe": "Hjælpe andre som frivillig",
    "samtale": "Samtale- og sorggrupper",
    "generationer": "Mellem generationer",
    "koerestol": "Kørestolsvenligt",
    "teleslynge": "Teleslynge",
    "demensvenlig": "Demensvenligt",
    "ekstra-stoette": "Ekstra støtte",
    "foelgeven": "Følgeven",
    "transport": "Transport",
    "fuldt": "Fuldt",
    "maend": "For mænd",
    "kvinder": "For kvinder",
    "paaroerende": "For pårørende",
    "sorg": "For efterladte",
}

# key, name, description, interests, access, targets, schedules, price, place, extra
S = [
    (
        "s1",
        "Seniorsang i Sankt Knuds Sognegård",
        "Vi synger fra Højskolesangbogen og nyere viser. En organist spiller til, og bagefter er "
        "der kaffe.",
        ["sang", "musik"],
        ["koerestol", "teleslynge"],
        [],
        [("WEEKLY", "WE", "10:00", "11:30")],
        None,
        "odense-c",
        {},
    ),
    (
        "s2",
        "Odense Mandskor",
        "Et kor for mænd i alle aldre. Vi øver flerstemmige sange og giver koncerter i kirker "
        "rundt på Fyn.",
        ["sang", "musik"],
        [],
        ["maend"],
        [("WEEKLY", "MO", "19:00", "21:00")],
        (400, "pr. halvår"),
        "odense-c",
        {},
    ),
    (
        "s3",
        "Gåklubben Fruens Bøge",
        "Hver tirsdag og fredag går vi en tur på 4-6 km gennem skoven. Vi venter på hinanden, og "
        "der er altid en at snakke med.",
        ["gaatur", "bevaegelse", "have"],
        ["foelgeven"],
        [],
        [("WEEKLY", "TU,FR", "09:30", "11:00")],
        None,
        "odense-m",
        {},
    ),
    (
        "s4",
        "Motion for seniorer i Odense Idrætshal",
        "Styrketræning, kondition og balanceøvelser på hold med uddannet instruktør. Tilpasset "
        "dig over 60.",
        ["bevaegelse"],
        [],
        [],
        [("WEEKLY", "MO,TH", "10:00", "11:00")],
        (25, "pr. gang"),
        "odense-c",
        {"minimum_age": 60},
    ),
    (
        "s5",
        "Siddegymnastik på Ældrecenter Hjallese",
        "Blid motion på stol til musik. God til dig, der er usikker på benene eller bruger "
        "rollator.",
        ["bevaegelse"],
        ["koerestol", "ekstra-stoette", "demensvenlig"],
        [],
        [("WEEKLY", "WE", "10:30", "11:15")],
        None,
        "odense-s",
        {},
    ),
    (
        "s6",
        "Varmtvandsbassin – seniorsvømning",
        "Vandgymnastik i 32 grader varmt vand. Skånsomt for led og muskler. Der er lift ned i "
        "bassinet.",
        ["svoemning", "bevaegelse"],
        ["koerestol"],
        [],
        [("WEEKLY", "TU,TH", "08:00", "09:00")],
        (40, "pr. gang"),
        "odense-sv",
        {},
    ),
    (
        "s7",
        "Folkedans i Dalum Forsamlingshus",
        "Vi danser gamle danske folkedanse og lidt square dance. Man behøver ikke at komme med en "
        "partner.",
        ["dans", "musik", "bevaegelse"],
        [],
        [],
        [("WEEKLY", "TH", "14:00", "16:00")],
        (30, "pr. gang"),
        "odense-sv",
        {},
    ),
    (
        "s8",
        "Kortklubben Hjerter Dame",
        "Whist, rummy og canasta hver onsdag eftermiddag. Kaffe og lagkage til en flad tier.",
        ["spil", "cafe"],
        ["koerestol"],
        [],
        [("WEEKLY", "WE", "13:00", "16:00")],
        (10, "pr. gang"),
        "odense-n",
        {},
    ),
    (
        "s9",
        "Skakcafé på Hovedbiblioteket",
        "Spil skak mod andre seniorer. Brætter og ure stilles til rådighed.",
        ["spil"],
        [],
        [],
        [("WEEKLY", "FR", "13:00", "15:00")],
        None,
        "odense-c",
        {},
    ),
    (
        "s10",
        "Reparationscafé Vollsmose",
        "Tag din ødelagte brødrister, cykel eller lampe med, så fikser vi den sammen. Frivillige "
        "med værktøj og godt humør.",
        ["vaerksted", "hjaelpe", "cafe"],
        [],
        [],
        [("WEEKLY", "SA", "10:00", "13:00")],
        None,
        "odense-oe",
        {},
    ),
    (
        "s11",
        "Mænd i Skuret – Tarup",
        "Et værksted kun for mænd. Vi laver træarbejde, sliber knive og drikker kaffe. Mange af "
        "os har mistet vores kone og finder her et fællesskab.",
        ["vaerksted", "cafe"],
        ["ekstra-stoette"],
        ["maend"],
        [("WEEKLY", "TU,TH", "09:00", "12:00")],
        (20, "pr. gang"),
        "odense-nv",
        {},
    ),
    (
        "s12",
        "Strik og snak i Bolbro",
        "Vi strikker, hækler og syr, mens vi får en god snak. Vi laver også huer til nyfødte på "
        "OUH.",
        ["haandarbejde", "cafe", "hjaelpe"],
        ["koerestol"],
        [],
        [("WEEKLY", "MO", "13:30", "15:30")],
        None,
        "odense-v",
        {},
    ),
    (
        "s13",
        "Akvarelhold for seniorer",
        "Lær at male med akvarel. Underviseren er billedkunstner. Materialer kan købes på stedet.",
        ["haandarbejde", "kultur"],
        [],
        [],
        [("WEEKLY", "WE", "09:30", "12:00")],
        (75, "pr. gang"),
        "odense-c",
        {},
    ),
    (
        "s14",
        "Kolonihaveforeningen Fællesbedet",
        "Vi passer en fælles køkkenhave, dyrker kartofler og krydderurter og spiser sammen, når "
        "vi høster.",
        ["have", "mad"],
        [],
        [],
        [("WEEKLY", "TH", "10:00", "13:00")],
        None,
        "odense-soe",
        {},
    ),
    (
        "s15",
        "Spisefællesskab i Hjallese Medborgerhus",
        "Hver anden torsdag laver frivillige en god gammeldags middag. Vi spiser sammen ved lange "
        "borde.",
        ["mad", "cafe"],
        ["koerestol", "teleslynge", "transport"],
        [],
        [("WEEKLY", "TH", "17:00", "19:00", 2)],
        (55, "pr. gang"),
        "odense-s",
        {},
    ),
    (
        "s16",
        "Madlavning for mænd",
        "Lær at lave enkel og sund hverdagsmad. Vi laver maden sammen og spiser den bagefter.",
        ["mad"],
        [],
        ["maend"],
        [("WEEKLY", "TU", "16:30", "19:00")],
        (60, "pr. gang"),
        "odense-c",
        {},
    ),
    (
        "s17",
        "Digital hjælp på Vollsmose Bibliotek",
        "Frivillige hjælper med MitID, e-Boks, sundhedsappen og videoopkald på din egen telefon "
        "eller tablet.",
        ["it"],
        ["koerestol"],
        [],
        [("WEEKLY", "TU", "10:00", "12:00")],
        None,
        "odense-oe",
        {},
    ),
    (
        "s18",
        "Foredrag i Seniorhøjskolen",
        "Foredrag om alt fra astronomi til H.C. Andersen med efterfølgende spørgsmål og kaffe.",
        ["foredrag", "kultur", "cafe"],
        ["koerestol", "teleslynge"],
        [],
        [("WEEKLY", "MO", "14:00", "16:00")],
        (50, "pr. gang"),
        "odense-c",
        {},
    ),
    (
        "s19",
        "Lokalhistorisk Arkiv Dalum",
        "Hjælp os med at registrere gamle fotografier og skrive erindringer ned om bydelens "
        "historie.",
        ["historie", "hjaelpe"],
        [],
        [],
        [("MONTHLY", "2TU", "10:00", "12:00")],
        None,
        "odense-sv",
        {},
    ),
    (
        "s20",
        "Udflugtsklubben Fynboerne",
        "En gang om måneden kører vi i bus til slotte, herregårde og museer på Fyn. Bussen henter "
        "dig ved døren.",
        ["kultur", "historie"],
        ["transport", "koerestol"],
        [],
        [("MONTHLY", "1WE", "09:00", "16:00")],
        (300, "pr. tur"),
        "odense-c",
        {},
    ),
    (
        "s21",
        "Kirkekaffe og andagt i Munkebjerg Kirke",
        "Efter en kort andagt drikker vi kaffe og snakker i sognehuset.",
        ["tro", "cafe", "sang"],
        ["koerestol", "teleslynge"],
        [],
        [("WEEKLY", "TH", "10:00", "11:30")],
        None,
        "odense-soe",
        {},
    ),
    (
        "s22",
        "Besøgsvenner – bliv frivillig",
        "Har du lyst til at besøge en ensom ældre en gang om ugen? Du får kursus og en "
        "kontaktperson.",
        ["hjaelpe", "samtale"],
        [],
        [],
        [("MONTHLY", "1TH", "17:00", "19:00")],
        None,
        "odense-c",
        {},
    ),
    (
        "s23",
        "Sorgcafé for efterladte",
        "Et roligt sted for dig, der har mistet din ægtefælle eller samlever. Vi taler om sorgen "
        "og om livet videre.",
        ["samtale", "cafe"],
        ["teleslynge"],
        ["sorg"],
        [("WEEKLY", "WE", "14:00", "16:00")],
        None,
        "odense-c",
        {},
    ),
    (
        "s24",
        "Pårørendegruppe – demens",
        "For dig, der passer en ægtefælle med demens. Vi deler erfaringer og får råd fra en "
        "demenskoordinator.",
        ["samtale"],
        [],
        ["paaroerende"],
        [("MONTHLY", "-1MO", "15:00", "17:00")],
        None,
        "odense-c",
        {},
    ),
    (
        "s25",
        "Hundeluftere i Fruens Bøge",
        "Vi går tur med hundene fra det lokale internat. Du behøver ikke selv at have hund.",
        ["dyr", "gaatur"],
        [],
        [],
        [("WEEKLY", "SA", "10:00", "11:30")],
        None,
        "odense-m",
        {},
    ),
    (
        "s26",
        "Kæledyrsbesøg på Plejecentret Lærkehaven",
        "Frivillige kommer med deres rolige kæledyr. Der er tid til at kæle og snakke.",
        ["dyr", "cafe"],
        ["koerestol", "demensvenlig", "ekstra-stoette"],
        [],
        [("WEEKLY", "TU", "14:00", "15:00")],
        None,
        "odense-s",
        {},
    ),
    (
        "s27",
        "Lektiecafé – bedstevenner",
        "Hjælp skolebørn i 4.-6. klasse med læsning og matematik efter skoletid.",
        ["generationer", "hjaelpe"],
        [],
        [],
        [("WEEKLY", "WE", "14:00", "16:00")],
        None,
        "odense-v",
        {},
    ),
    (
        "s28",
        "Cykling Uden Alder Svendborg",
        "Frivillige piloter tager dig med på tur i rickshaw langs havnen og ud i det grønne.",
        ["cykling", "kultur"],
        ["ekstra-stoette", "demensvenlig"],
        [],
        [("WEEKLY", "MO,WE,FR", "10:00", "13:00")],
        None,
        "svendborg",
        {},
    ),
    (
        "s29",
        "Svendborg Seniorkor",
        "Vi synger alt fra Carl Nielsen til Kim Larsen. Alle kan være med.",
        ["sang", "musik"],
        ["teleslynge"],
        [],
        [("WEEKLY", "TU", "10:00", "12:00")],
        (200, "pr. halvår"),
        "svendborg",
        {},
    ),
    (
        "s30",
        "Petanque ved Svendborg Havn",
        "Vi spiller petanque året rundt og hygger med en kop kaffe bagefter.",
        ["spil", "bevaegelse", "cafe"],
        [],
        [],
        [("WEEKLY", "MO,TH", "13:00", "15:00")],
        None,
        "svendborg",
        {},
    ),
    (
        "s31",
        "Linedance i Tved",
        "Linedance for begyndere og let øvede. Holdet er fuldt i denne sæson.",
        ["dans", "bevaegelse", "musik"],
        ["fuldt"],
        [],
        [("WEEKLY", "TU", "10:00", "11:30")],
        (35, "pr. gang"),
        "svendborg",
        {},
    ),
    (
        "s32",
        "Seniordans Odense",
        "Dans for seniorer: vals, foxtrot og swing.",
        ["dans", "bevaegelse"],
        [],
        [],
        [("WEEKLY", "TU", "14:00", "16:00")],
        (30, "pr. gang"),
        "odense-c",
        {"status": "inactive"},
    ),
    (
        "s33",
        "Bridge for begyndere",
        "Lær bridge fra bunden på et hyggeligt hold. Ingen forudsætninger.",
        ["spil"],
        [],
        [],
        [("WEEKLY", "MO", "13:00", "16:00")],
        (150, "for kurset"),
        "odense-c",
        {},
    ),
    (
        "s34",
        "Fællesspisning i Svendborg Medborgerhus",
        "Sidste torsdag i måneden spiser vi tre retter mad sammen. En følgeven kan hente dig.",
        ["mad", "cafe"],
        ["foelgeven", "koerestol"],
        [],
        [("MONTHLY", "-1TH", "17:30", "20:00")],
        (60, "pr. gang"),
        "svendborg",
        {},
    ),
    (
        "s35",
        "Kvindegymnastik i Tarup",
        "Gymnastik og udstrækning for kvinder over 65. Vi griner meget undervejs.",
        ["bevaegelse"],
        [],
        ["kvinder"],
        [("WEEKLY", "WE", "09:00", "10:00")],
        (30, "pr. gang"),
        "odense-nv",
        {"minimum_age": 65},
    ),
    (
        "s36",
        "Online læsekreds",
        "Vi mødes på video og taler om månedens bog. Vi hjælper dig med at komme på.",
        ["foredrag", "it"],
        [],
        [],
        [("WEEKLY", "TH", "19:00", "20:30")],
        None,
        None,
        {},
    ),
    (
        "s37",
        "Naturvandring i Svanninge Bakker",
        "Lange ture i Fyns alper med en naturvejleder, der fortæller om planter og fugle.",
        ["gaatur", "have"],
        [],
        [],
        [("MONTHLY", "1SA", "10:00", "14:00")],
        None,
        "faaborg",
        {},
    ),
    (
        "s38",
        "Jazzklub 60+",
        "Vi lytter til jazzplader, og nogle gange spiller et lokalt band live. Baren er åben.",
        ["musik", "cafe"],
        [],
        [],
        [("WEEKLY", "FR", "19:00", "22:00")],
        (40, "pr. aften"),
        "odense-c",
        {},
    ),
]


def _term(code: str) -> dict:
    taxonomy, short = code.split(":")
    term_id = str(uuid.uuid5(NS, "term:" + code))
    return {
        "id": str(uuid.uuid5(NS, "attr:" + code)),
        "taxonomy_term_id": term_id,
        "taxonomy_term": {
            "id": term_id,
            "code": code,
            "name": NAMES[short],
            "description": NAMES[short],
            "taxonomy": taxonomy,
            "language": "da",
        },
        "value": "true",
    }


def service(spec: tuple) -> dict:
    key, name, desc, interests, access, targets, schedules, price, place, extra = spec
    sid = str(uuid.uuid5(NS, key))
    codes = [f"interest:{c}" for c in interests]
    codes += ["status:fuldt" if a == "fuldt" else f"access:{a}" for a in access]
    codes += [f"target:{t}" for t in targets]
    attributes = [_term(c) | {"link_type": "service", "link_id": sid} for c in codes]
    sched = []
    for n, item in enumerate(schedules):
        freq, byday, opens, closes, *rest = item
        sched.append(
            {
                "id": str(uuid.uuid5(NS, f"{key}:sched:{n}")),
                "freq": freq,
                "interval": rest[0] if rest else 1,
                "byday": byday,
                "opens_at": opens + ":00",
                "closes_at": closes + ":00",
                "dtstart": "2026-01-01",
            }
        )
    if place is None:
        location = {
            "id": str(uuid.uuid5(NS, f"{key}:loc")),
            "location_type": "virtual",
            "name": name,
            "url": "https://example.org/video",
        }
    else:
        lat, lon, postal, city = PLACES[place]
        location = {
            "id": str(uuid.uuid5(NS, f"{key}:loc")),
            "location_type": "physical",
            "name": name,
            "latitude": lat,
            "longitude": lon,
            "addresses": [
                {
                    "address_1": "Eksempelvej 1",
                    "city": city,
                    "postal_code": postal,
                    "country": "DK",
                    "address_type": "physical",
                }
            ],
        }
    out = {
        "id": sid,
        "name": name,
        "description": desc,
        "status": extra.get("status", "active"),
        "organization": {"id": str(uuid.uuid5(NS, f"{key}:org")), "name": name},
        "schedules": sched,
        "attributes": attributes,
        "cost_options": (
            [
                {
                    "id": str(uuid.uuid5(NS, f"{key}:cost")),
                    "amount": price[0],
                    "currency": "DKK",
                    "option": price[1],
                }
            ]
            if price
            else []
        ),
        "service_at_locations": [{"id": str(uuid.uuid5(NS, f"{key}:sal")), "location": location}],
    }
    if "minimum_age" in extra:
        out["minimum_age"] = extra["minimum_age"]
    return out


def _at(place: str, dlat: float = 0.004, dlon: float = -0.003) -> dict:
    lat, lon, postal, _ = PLACES[place]
    return {
        "location": {"latitude": round(lat + dlat, 4), "longitude": round(lon + dlon, 4)},
        "postal_code": postal,
    }


# id, fields, ideal keys, good keys
C = [
    (
        "h1",
        {
            "age": 78,
            "gender": "kvinde",
            **_at("odense-c"),
            "needs": ["teleslynge"],
            "max_distance_km": 10,
            "wishes": "Jeg har altid elsket at synge, men min hørelse er blevet dårlig, så jeg er "
            "holdt op med koret.",
        },
        ["s1"],
        ["s21"],
    ),
    (
        "h2",
        {
            "age": 71,
            "gender": "mand",
            **_at("odense-nv"),
            "max_distance_km": 8,
            "wishes": "Efter Birthe gik bort, sidder jeg mest derhjemme. Jeg har været tømrer hele "
            "mit liv og kunne godt tænke mig at komme ud blandt andre mænd igen.",
        },
        ["s11"],
        ["s23", "s10", "s16"],
    ),
    (
        "h3",
        {
            "age": 83,
            "gender": "kvinde",
            **_at("odense-s"),
            "needs": ["koerestol"],
            "wishes": "Sidder i kørestol efter en blodprop. Vil gerne lave lidt gymnastik, så jeg "
            "kan holde mig i gang.",
            "available": [{"weekday": "WE", "from": "09:00", "to": "12:00"}],
        },
        ["s5"],
        [],
    ),
    (
        "h4",
        {
            "age": 69,
            "gender": "mand",
            **_at("odense-m"),
            "max_distance_km": 6,
            "wishes": "Jeg trænger til at komme ud og få frisk luft og gå lidt – helst i skoven.",
        },
        ["s3"],
        ["s25"],
    ),
    (
        "h5",
        {
            "age": 75,
            "gender": "kvinde",
            **_at("odense-v"),
            "wishes": "Mine strikkepinde ligger bare og samler støv. Det kunne være hyggeligt at "
            "strikke sammen med andre damer.",
        },
        ["s12"],
        [],
    ),
    (
        "h6",
        {
            "age": 80,
            "gender": "kvinde",
            **_at("odense-soe"),
            "needs": ["foelgeven"],
            "max_distance_km": 10,
            "wishes": "Jeg tør ikke rigtig gå ud alene mere, men jeg savner at spise et ordentligt "
            "måltid mad sammen med nogen.",
        },
        ["s15"],
        ["s14"],
    ),
    (
        "h7",
        {
            "age": 66,
            "gender": "mand",
            **_at("odense-c"),
            "max_cost_kr": 30,
            "wishes": "Lægen siger, jeg skal tabe mig og have pulsen op. Jeg vil helst være sammen "
            "med andre, for alene får jeg det ikke gjort.",
        },
        ["s4"],
        ["s3", "s7"],
    ),
    (
        "h8",
        {
            "age": 88,
            "gender": "kvinde",
            **_at("odense-s"),
            "needs": ["demensvenlig"],
            "wishes": "Mor har demens. Hun har altid haft katte og bliver glad af at nusse dyr. "
            "Hun kan stadig synge med på de gamle sange.",
        },
        ["s26"],
        [],
    ),
    (
        "h9",
        {
            "age": 73,
            "gender": "kvinde",
            **_at("odense-n"),
            "interests": ["spil"],
            "wishes": "Jeg spiller gerne whist eller rummy, og en kop kaffe til er aldrig dårligt.",
            "available": [
                {"weekday": "WE", "from": "12:00", "to": "17:00"},
                {"weekday": "FR", "from": "12:00", "to": "16:00"},
            ],
        },
        ["s8"],
        ["s9"],
    ),
    (
        "h10",
        {
            "age": 79,
            "gender": "mand",
            **_at("svendborg"),
            "max_distance_km": 5,
            "wishes": "Jeg har ikke noget imod at være lidt i bevægelse, men jeg gider ikke noget "
            "med dans. Jeg kunne godt tænke mig at spille et spil og hygge med nogen "
            "ved havnen.",
        },
        ["s30"],
        [],
    ),
    (
        "h11",
        {
            "age": 68,
            "gender": "kvinde",
            **_at("odense-c"),
            "wishes": "Nu hvor jeg er gået på pension, har jeg masser af tid og vil gerne bruge "
            "den på at hjælpe nogen, der har det svært.",
        },
        ["s22"],
        ["s27"],
    ),
    (
        "h12",
        {
            "age": 81,
            "gender": "mand",
            **_at("odense-c"),
            "needs": ["teleslynge"],
            "interests": ["historie"],
            "wishes": "Fortæl mig om gamle dage – jeg elsker at høre om Odenses fortid og om "
            "H.C. Andersen.",
        },
        ["s18"],
        [],
    ),
    (
        "h13",
        {
            "age": 76,
            "gender": "kvinde",
            **_at("odense-sv"),
            "wishes": "Jeg har brug for at tale med nogen om min mands død. Det er et halvt år "
            "siden, og jeg har svært ved at komme videre.",
        },
        ["s23"],
        ["s21"],
    ),
    (
        "h14",
        {
            "age": 74,
            "gender": "mand",
            **_at("odense-oe"),
            "wishes": "Min nye iPad driller, og jeg kan ikke finde ud af at sende billeder til "
            "børnebørnene.",
        },
        ["s17"],
        [],
    ),
    (
        "h15",
        {
            "age": 77,
            "gender": "kvinde",
            **_at("odense-c"),
            "needs": ["koerestol"],
            "max_cost_kr": 400,
            "wishes": "Vi har tit været på tur til museer og slotte, men efter min mand blev syg, "
            "kommer jeg ingen steder. Jeg kører ikke selv bil.",
        },
        ["s20"],
        ["s18"],
    ),
    (
        "h16",
        {
            "age": 70,
            "gender": "kvinde",
            **_at("odense-nv"),
            "wishes": "Jeg vil gerne i gang med noget motion igen, gerne sammen med andre kvinder "
            "på min egen alder.",
            "available": [{"weekday": "WE", "from": "08:00", "to": "12:00"}],
        },
        ["s35"],
        [],
    ),
    (
        "h17",
        {
            "age": 72,
            "gender": "mand",
            **_at("odense-c"),
            "wishes": "Jeg er med i en læseklub derhjemme, men vil gerne snakke om bøger med "
            "flere. Det er svært for mig at komme ud om aftenen, så det må gerne være "
            "over nettet.",
        },
        ["s36"],
        ["s18"],
    ),
    (
        "h18",
        {
            "age": 84,
            "gender": "kvinde",
            **_at("odense-c"),
            "needs": ["koerestol", "demensvenlig"],
            "interests": ["svoemning"],
            "available": [{"weekday": "SU", "from": "10:00", "to": "12:00"}],
        },
        [],
        [],
    ),
    (
        "h19",
        {
            "age": 67,
            "gender": "mand",
            **_at("odense-c"),
            "wishes": "Jeg har spillet trompet i et orkester i 40 år og savner musikken – og "
            "gerne et par fadøl.",
        },
        ["s38"],
        ["s2"],
    ),
    (
        "h20",
        {
            "age": 75,
            "gender": "kvinde",
            **_at("odense-soe"),
            "wishes": "Jeg har en lille have, men vil hellere dyrke grøntsager sammen med andre "
            "end alene. Kortspil er ikke noget for mig.",
        },
        ["s14"],
        [],
    ),
    (
        "h21",
        {
            "age": 80,
            "gender": "mand",
            **_at("odense-c"),
            "interests": ["tro"],
            "wishes": "Jeg går i kirke hver søndag, men ugerne er lange.",
            "available": [{"weekday": "TH", "from": "09:00", "to": "12:00"}],
        },
        ["s21"],
        [],
    ),
    ("h22", {"age": 82, "postal_code": "5000"}, [], []),
]


def main() -> None:
    services = [service(s) for s in S]
    ids = {s[0]: str(uuid.uuid5(NS, s[0])) for s in S}
    citizens = [{"id": cid, **fields} for cid, fields, _, _ in C]
    expected = {
        cid: {"ideal": [ids[k] for k in ideal], "good": [ids[k] for k in good]}
        for cid, _, ideal, good in C
    }
    for name, data in (("services", services), ("citizens", citizens), ("expected", expected)):
        (HERE / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
