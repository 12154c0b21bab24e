"""Demo content for Brobygger: the fictional "Fjordbro Kommune".

Fjordbro Kommune is made up, but its towns and postal codes are real places around Roskilde
Fjord in Region Sjælland. Every organisation, person, phone number and e-mail address below is
fictional (e-mail addresses and websites use the reserved ``.example`` domain). Street names are
ordinary Danish street names; house numbers are invented.

The module is plain Python (no Django) and fully deterministic, so the seeding command, tests and
screenshots always see the same directory. ``validate()`` checks the internal consistency.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

MUNICIPALITY_NAME = "Fjordbro Kommune"
DEMO_PASSWORD_HINT: str = ""

# --------------------------------------------------------------------------- vocabulary

INTEREST_CODES: tuple[str, ...] = (
    "bevaegelse",
    "gaatur",
    "dans",
    "svoemning",
    "cykling",
    "sang",
    "musik",
    "spil",
    "haandarbejde",
    "vaerksted",
    "have",
    "mad",
    "cafe",
    "foredrag",
    "historie",
    "it",
    "kultur",
    "tro",
    "dyr",
    "hjaelpe",
    "samtale",
    "generationer",
)
ACCESS_CODES: tuple[str, ...] = (
    "koerestol",
    "teleslynge",
    "demensvenlig",
    "ekstra-stoette",
    "foelgeven",
    "transport",
)
TARGET_CODES: tuple[str, ...] = ("maend", "kvinder", "paaroerende", "sorg")
LOCATION_KINDS: tuple[str, ...] = (
    "nursing_home",
    "meeting_place",
    "village_hall",
    "library",
    "church",
    "school",
    "sports_hall",
    "association_house",
    "outdoor",
    "activity_centre",
    "other",
)
ORGANISATION_KINDS: tuple[str, ...] = (
    "association",
    "school",
    "church",
    "library",
    "housing_association",
    "municipal_unit",
    "nursing_home",
    "other",
)
OFFER_STATUSES: tuple[str, ...] = ("active", "paused", "ended")

# Official names and centroids of the postal codes used (from data/dk/postal_codes.csv).
POSTAL_TOWNS: dict[str, tuple[str, float, float]] = {
    "4000": ("Roskilde", 55.656475, 12.063734),
    "4030": ("Tune", 55.596028, 12.169904),
    "4040": ("Jyllinge", 55.756031, 12.104041),
    "4050": ("Skibby", 55.758738, 12.013519),
    "4060": ("Kirke Såby", 55.654378, 11.873757),
    "4070": ("Kirke Hyllinge", 55.704171, 11.924181),
    "4130": ("Viby Sjælland", 55.550119, 12.009043),
    "4140": ("Borup", 55.494116, 11.970927),
    "4320": ("Lejre", 55.594569, 11.956964),
    "4330": ("Hvalsø", 55.585836, 11.869406),
    "4340": ("Tølløse", 55.618182, 11.745323),
    "4621": ("Gadstrup", 55.574591, 12.080174),
    "4622": ("Havdrup", 55.540411, 12.112655),
}

# A location may lie this far from its postal code's centroid. The centroid of 4050 Skibby lies
# about 3 km east of the town itself, so the limit is a little wider than "within 2 km".
MAX_KM_FROM_POSTAL_CENTROID = 4.0

# --------------------------------------------------------------------------- dataclasses


@dataclass(frozen=True)
class AreaSpec:
    name: str
    postal_codes: tuple[str, ...]
    description: str


@dataclass(frozen=True)
class LocationSpec:
    key: str
    name: str
    kind: str
    street: str
    postal_code: str
    latitude: float | None
    longitude: float | None
    accessibility: str
    wheelchair: bool
    hearing_loop: bool


@dataclass(frozen=True)
class ContactSpec:
    name: str
    title: str
    email: str
    phone: str


@dataclass(frozen=True)
class OrganisationSpec:
    key: str
    name: str
    kind: str
    description: str
    email: str
    phone: str
    website: str
    contacts: tuple[ContactSpec, ...]


@dataclass(frozen=True)
class ScheduleSpec:
    rule: str
    pause: str = ""
    note: str = ""


@dataclass(frozen=True)
class OfferSpec:
    key: str
    title: str
    organisation: str
    location: str
    summary: str
    description: str
    interests: tuple[str, ...]
    access: tuple[str, ...]
    targets: tuple[str, ...]
    schedules: tuple[ScheduleSpec, ...]
    price_kr: int | None
    price_note: str
    capacity: int | None
    full: bool
    status: str
    min_age: int | None
    max_age: int | None
    host: str
    contact: ContactSpec
    confirmed_days_ago: int
    registration: str


# --------------------------------------------------------------------------- areas

AREAS: tuple[AreaSpec, ...] = (
    AreaSpec(
        "Roskilde By",
        ("4000",),
        "Domkirkebyen ved bunden af Roskilde Fjord. Her ligger kommunens største udvalg af "
        "foreninger, aktivitetscentre, kirker og kulturtilbud.",
    ),
    AreaSpec(
        "Tune og Gadstrup",
        ("4030", "4621", "4622"),
        "Stationsbyerne og landsbyerne syd for Roskilde, hvor forsamlingshuset, borgerhuset og "
        "sognegården er de naturlige samlingssteder.",
    ),
    AreaSpec(
        "Fjordlandet",
        ("4040", "4050", "4070"),
        "Jyllinge, Skibby og Kirke Hyllinge på begge sider af Roskilde Fjord, med havne, højskole "
        "og et stærkt foreningsliv.",
    ),
    AreaSpec(
        "Viby og Borup",
        ("4130", "4140"),
        "Stationsbyerne mod syd med idrætscentre, en fællesnyttehave og et travlt seniorhus i "
        "Borup.",
    ),
    AreaSpec(
        "Lejre",
        ("4320", "4060"),
        "Lejre og Kirke Såby i det bakkede landskab mod vest, hvor gårde, skove og efterskolen er "
        "en del af hverdagen.",
    ),
    AreaSpec(
        "Hvalsø og Tølløse",
        ("4330", "4340"),
        "Skovbyen Hvalsø og stationsbyen Tølløse mod vest, med aktivitetscenter, mødested i "
        "forsamlingshuset og vandreture i skovene.",
    ),
)

# --------------------------------------------------------------------------- locations


def _loc(
    key: str,
    name: str,
    kind: str,
    street: str,
    postal_code: str,
    point: tuple[float, float] | None,
    accessibility: str,
    wheelchair: bool,
    hearing_loop: bool,
) -> LocationSpec:
    lat, lon = point if point is not None else (None, None)
    return LocationSpec(
        key, name, kind, street, postal_code, lat, lon, accessibility, wheelchair, hearing_loop
    )


_NIVEAUFRI = "Niveaufri adgang, automatiske døre og handicaptoilet."

LOCATIONS: tuple[LocationSpec, ...] = (
    # ---- Roskilde By (4000)
    _loc(
        "roskilde-fjordglimt",
        "Plejecenter Fjordglimt",
        "nursing_home",
        "Bispeengen 4",
        "4000",
        (55.6478, 12.0735),
        "Niveaufri adgang fra parkeringspladsen, automatiske døre, handicaptoilet og teleslynge "
        "i festsalen.",
        True,
        True,
    ),
    _loc(
        "roskilde-ryttergaarden",
        "Plejecenter Ryttergården",
        "nursing_home",
        "Hyrdehøj 31",
        "4000",
        (55.6502, 12.0561),
        "Niveaufri adgang gennem hovedindgangen og elevator til første sal. Handicaptoilet ved "
        "caféen.",
        True,
        False,
    ),
    _loc(
        "roskilde-bakkehuset",
        "Aktivitetscentret Bakkehuset",
        "activity_centre",
        "Bakkehusvej 3",
        "4000",
        (55.6452, 12.0772),
        "Alt foregår i stueplan. Handicaptoilet, teleslynge i den store sal og to "
        "handicapparkeringspladser ved døren.",
        True,
        True,
    ),
    _loc(
        "roskilde-bibliotek",
        "Biblioteket i Roskilde",
        "library",
        "Dronning Margrethes Vej 18",
        "4000",
        (55.6441, 12.0781),
        "Niveaufri adgang og elevator til alle etager. Teleslynge i foredragssalen og "
        "handicaptoilet i stueetagen.",
        True,
        True,
    ),
    _loc(
        "roskilde-foreningernes-hus",
        "Foreningernes Hus",
        "association_house",
        "Grønnegade 12",
        "4000",
        (55.6455, 12.0806),
        "Rampe ved hovedindgangen og elevator. Handicaptoilet på første sal. Der er ikke "
        "teleslynge.",
        True,
        False,
    ),
    _loc(
        "roskilde-fjordkirken",
        "Fjordkirken og Sognehuset",
        "church",
        "Kirkebakken 5",
        "4000",
        (55.6535, 12.0695),
        "Niveaufri adgang til kirke og sognehus. Teleslynge i kirken og i sognehusets sal, "
        "handicaptoilet i sognehuset.",
        True,
        True,
    ),
    _loc(
        "roskilde-egeskolen",
        "Egeskolen",
        "school",
        "Egevej 40",
        "4000",
        (55.6600, 12.0580),
        "Indgang C ved skolegården er niveaufri. Handicaptoilet ved personalerummet.",
        True,
        False,
    ),
    _loc(
        "roskilde-varmtvandsbassin",
        "Varmtvandsbassinet i Sundhedshuset",
        "sports_hall",
        "Køgevej 48",
        "4000",
        (55.6432, 12.0849),
        "Niveaufri adgang, lift ned i bassinet, omklædning med plads til kørestol og bruserstol.",
        True,
        False,
    ),
    _loc(
        "roskilde-havn",
        "Mødested ved Roskilde Havn",
        "outdoor",
        "Havnevej 12",
        "4000",
        (55.6505, 12.0790),
        "Vi mødes ved bænkene foran havnekontoret. Asfalteret sti langs vandet; offentligt "
        "toilet i havnebygningen.",
        False,
        False,
    ),
    _loc(
        "roskilde-byparken",
        "Mødested ved Byparken",
        "outdoor",
        "Parkvej 2",
        "4000",
        None,
        "Vi mødes ved indgangen fra Parkvej. Stierne er grusbelagte og flade, og der er "
        "bænke undervejs.",
        False,
        False,
    ),
    _loc(
        "roskilde-lysholm",
        "Beboerhuset Lysholm",
        "association_house",
        "Lysholm Allé 14",
        "4000",
        (55.6620, 12.0700),
        "Beboerhuset ligger i stueplan med niveaufri adgang og handicaptoilet.",
        True,
        False,
    ),
    _loc(
        "roskilde-vaerkstedet",
        "Værkstedet i Håndværkerhuset",
        "other",
        "Industrivej 9",
        "4000",
        (55.6595, 12.0770),
        "Værkstedet ligger i stueplan, men der er et højt dørtrin ved indgangen. Toilettet er "
        "ikke handicapvenligt.",
        False,
        False,
    ),
    _loc(
        "roskilde-fjordparken",
        "Petanquebanerne i Fjordparken",
        "outdoor",
        "Fjordparken 2",
        "4000",
        (55.6550, 12.0840),
        "Banerne ligger ved parkeringspladsen med fast belægning helt hen til banen. "
        "Klubhuset har handicaptoilet.",
        True,
        False,
    ),
    _loc(
        "roskilde-seniorhallen",
        "Seniorhallen",
        "sports_hall",
        "Møllehusvej 15",
        "4000",
        (55.6530, 12.0560),
        "Niveaufri adgang, elevator til balkonen og handicaptoilet ved omklædningsrummene.",
        True,
        False,
    ),
    # ---- Tune og Gadstrup (4030, 4621, 4622)
    _loc(
        "tune-tunehoej",
        "Plejecenter Tunehøj",
        "nursing_home",
        "Skolevej 30",
        "4030",
        (55.5975, 12.1660),
        "Niveaufri adgang, automatiske døre, handicaptoilet og teleslynge i caféen.",
        True,
        True,
    ),
    _loc(
        "tune-kirke",
        "Tune Kirke og Sognegård",
        "church",
        "Kirkevej 4",
        "4030",
        (55.5940, 12.1730),
        "Sognegården har niveaufri adgang, handicaptoilet og teleslynge. Til kirken er der "
        "rampe ved våbenhuset.",
        True,
        True,
    ),
    _loc(
        "tune-hallen",
        "Idrætshallen i Tune",
        "sports_hall",
        "Idrætsvej 8",
        "4030",
        (55.5985, 12.1760),
        _NIVEAUFRI,
        True,
        False,
    ),
    _loc(
        "tune-forsamlingshus",
        "Tune Forsamlingshus",
        "village_hall",
        "Bygaden 27",
        "4030",
        None,
        "Rampe ved sideindgangen og handicaptoilet. Salen har ikke teleslynge.",
        True,
        False,
    ),
    _loc(
        "tune-tuneparken",
        "Beboerhuset i Tuneparken",
        "association_house",
        "Parkvej 10",
        "4030",
        (55.6010, 12.1640),
        "Beboerhuset ligger i stueplan med niveaufri adgang og handicaptoilet.",
        True,
        False,
    ),
    _loc(
        "gadstrup-forsamlingshus",
        "Gadstrup Forsamlingshus",
        "village_hall",
        "Byvejen 18",
        "4621",
        (55.5755, 12.0860),
        "Niveaufri adgang fra gårdspladsen, handicaptoilet og teleslynge i den store sal.",
        True,
        True,
    ),
    _loc(
        "gadstrup-kirke",
        "Gadstrup Kirke",
        "church",
        "Kirkebakken 1",
        "4621",
        (55.5730, 12.0900),
        "Der er tre trin op til kirken og ingen rampe. Kirken har teleslynge.",
        False,
        True,
    ),
    _loc(
        "gadstrup-skolen",
        "Skolen i Gadstrup",
        "school",
        "Skolevej 7",
        "4621",
        (55.5770, 12.0780),
        "Sløjdlokalet har egen indgang fra skolegården uden trin. Handicaptoilet i hovedbygningen.",
        True,
        False,
    ),
    _loc(
        "havdrup-borgerhus",
        "Havdrup Borgerhus",
        "meeting_place",
        "Stationsvej 9",
        "4622",
        (55.5440, 12.1210),
        "Niveaufri adgang, handicaptoilet og teleslynge i salen. Parkering lige ved døren.",
        True,
        True,
    ),
    _loc(
        "havdrup-station",
        "Mødested ved Havdrup Station",
        "outdoor",
        "Stationsvej 2",
        "4622",
        (55.5455, 12.1180),
        "Vi mødes på stationspladsen ved cykelskurene. Ruterne går ad markveje og grusstier.",
        False,
        False,
    ),
    # ---- Fjordlandet (4040, 4050, 4070)
    _loc(
        "jyllinge-strandengen",
        "Plejecenter Strandengen",
        "nursing_home",
        "Strandengen 1",
        "4040",
        (55.7500, 12.1020),
        "Niveaufri adgang, automatiske døre, handicaptoilet og teleslynge i fællesstuen.",
        True,
        True,
    ),
    _loc(
        "jyllinge-fjordstuen",
        "Aktivitetscentret Fjordstuen",
        "activity_centre",
        "Bygaden 40",
        "4040",
        (55.7530, 12.1000),
        "Alt i stueplan, handicaptoilet og teleslynge i caféen. Værkstedet har brede døre.",
        True,
        True,
    ),
    _loc(
        "jyllinge-bibliotek",
        "Jyllinge Bibliotek",
        "library",
        "Centervej 2",
        "4040",
        (55.7520, 12.1060),
        "Niveaufri adgang fra centerpladsen, teleslynge i mødelokalet og handicaptoilet.",
        True,
        True,
    ),
    _loc(
        "jyllinge-havn",
        "Mødested ved Jyllinge Havn",
        "outdoor",
        "Havnevej 20",
        "4040",
        (55.7490, 12.0930),
        "Vi mødes ved havnekiosken. Turen går ad grusstier og diget, så gode sko er en fordel.",
        False,
        False,
    ),
    _loc(
        "jyllinge-kirke",
        "Jyllinge Kirke og Kirkehus",
        "church",
        "Kirkevej 2",
        "4040",
        (55.7445, 12.1080),
        "Niveaufri adgang til kirkehuset, handicaptoilet og teleslynge i både kirke og kirkehus.",
        True,
        True,
    ),
    _loc(
        "jyllinge-fjordskolen",
        "Fjordskolen",
        "school",
        "Skolevej 15",
        "4040",
        (55.7560, 12.1110),
        "Niveaufri adgang ved hovedindgangen og handicaptoilet ved biblioteket.",
        True,
        False,
    ),
    _loc(
        "jyllinge-mandehuset",
        "Mandehuset Fjordlandet",
        "other",
        "Håndværkervej 6",
        "4040",
        None,
        "Værkstedet ligger i stueplan med en bred port. Handicaptoilet i kaffestuen.",
        True,
        False,
    ),
    _loc(
        "skibby-kornmarken",
        "Plejecenter Kornmarken",
        "nursing_home",
        "Kornmarken 10",
        "4050",
        (55.7520, 11.9610),
        "Niveaufri adgang, handicaptoilet og teleslynge i caféen. Drivhuset har fast belægning.",
        True,
        True,
    ),
    _loc(
        "skibby-medborgerhus",
        "Skibby Medborgerhus",
        "meeting_place",
        "Hovedgaden 30",
        "4050",
        (55.7490, 11.9640),
        "Niveaufri adgang, elevator til første sal, handicaptoilet og teleslynge i salen.",
        True,
        True,
    ),
    _loc(
        "skibby-kirke",
        "Skibby Kirke",
        "church",
        "Præstegårdsvej 2",
        "4050",
        (55.7505, 11.9570),
        "Der er trin ved kirkedøren og brosten på kirkegården. Kirken har teleslynge.",
        False,
        True,
    ),
    _loc(
        "skibby-hoejskole",
        "Hornsherred Højskole",
        "school",
        "Højskolevej 5",
        "4050",
        (55.7560, 11.9700),
        "Foredragssalen har niveaufri adgang og teleslynge. Handicaptoilet ved spisesalen.",
        True,
        True,
    ),
    _loc(
        "kirke-hyllinge-forsamlingshus",
        "Kirke Hyllinge Forsamlingshus",
        "village_hall",
        "Bygaden 21",
        "4070",
        (55.7045, 11.9260),
        "Rampe ved hovedindgangen og handicaptoilet. Der er ikke teleslynge.",
        True,
        False,
    ),
    _loc(
        "kirke-hyllinge-hallen",
        "Hyllingehallen",
        "sports_hall",
        "Idrætsvej 3",
        "4070",
        None,
        _NIVEAUFRI,
        True,
        False,
    ),
    _loc(
        "kirke-hyllinge-kirke",
        "Kirke Hyllinge Kirke",
        "church",
        "Kirkebakken 6",
        "4070",
        (55.7025, 11.9290),
        "Rampe ved våbenhuset og teleslynge i kirken. Nærmeste handicaptoilet er i "
        "præstegårdens konfirmandstue.",
        True,
        True,
    ),
    # ---- Viby og Borup (4130, 4140)
    _loc(
        "viby-lindebo",
        "Plejecenter Lindebo",
        "nursing_home",
        "Lindevej 12",
        "4130",
        (55.5500, 12.0200),
        "Niveaufri adgang, handicaptoilet og teleslynge i den store dagligstue.",
        True,
        True,
    ),
    _loc(
        "viby-bibliotek",
        "Viby Bibliotek",
        "library",
        "Stationsvej 7",
        "4130",
        (55.5480, 12.0230),
        "Niveaufri adgang, handicaptoilet og teleslynge i læsesalen.",
        True,
        True,
    ),
    _loc(
        "viby-kirke",
        "Viby Kirke og Sognehus",
        "church",
        "Kirkevej 5",
        "4130",
        (55.5530, 12.0150),
        "Niveaufri adgang til sognehuset og rampe til kirken. Teleslynge begge steder.",
        True,
        True,
    ),
    _loc(
        "viby-bavnehoejskolen",
        "Bavnehøjskolen",
        "school",
        "Bavnehøjvej 2",
        "4130",
        (55.5455, 12.0160),
        "Niveaufri adgang til skolekøkkenet fra gården. Handicaptoilet i hal-bygningen.",
        True,
        False,
    ),
    _loc(
        "viby-idraetscenter",
        "Viby Idrætscenter",
        "sports_hall",
        "Idrætsvej 1",
        "4130",
        (55.5465, 12.0280),
        _NIVEAUFRI,
        True,
        False,
    ),
    _loc(
        "viby-nyttehaven",
        "Fællesnyttehaven i Viby",
        "outdoor",
        "Møllevej 30",
        "4130",
        None,
        "Faste grusstier og højbede i siddehøjde ved indgangen. Toilet i redskabshuset, men "
        "ikke handicaptoilet.",
        True,
        False,
    ),
    _loc(
        "borup-seniorhus",
        "Borup Seniorhus",
        "meeting_place",
        "Ringstedvej 16",
        "4140",
        (55.4960, 11.9750),
        "Niveaufri adgang, handicaptoilet og teleslynge i caféen og den store stue.",
        True,
        True,
    ),
    _loc(
        "borup-kirke",
        "Borup Kirke",
        "church",
        "Kirkevej 3",
        "4140",
        (55.4930, 11.9780),
        "Trin ved kirkedøren, men niveaufri adgang til sognestuen. Teleslynge i kirken.",
        False,
        True,
    ),
    _loc(
        "borup-idraetscenter",
        "Borup Idrætscenter",
        "sports_hall",
        "Idrætsvej 10",
        "4140",
        (55.4990, 11.9690),
        _NIVEAUFRI,
        True,
        False,
    ),
    _loc(
        "borup-petanque",
        "Petanque- og krolfbanerne i Borup",
        "outdoor",
        "Idrætsvej 12",
        "4140",
        None,
        "Banerne ligger lige ved parkeringspladsen med fast belægning. Toiletter i idrætscentret.",
        True,
        False,
    ),
    # ---- Lejre (4320, 4060)
    _loc(
        "lejre-boegely",
        "Plejecenter Bøgely",
        "nursing_home",
        "Bøgevej 6",
        "4320",
        (55.6020, 11.9700),
        "Niveaufri adgang, handicaptoilet og teleslynge i festsalen.",
        True,
        True,
    ),
    _loc(
        "lejre-bibliotek",
        "Lejre Bibliotek",
        "library",
        "Bytoften 2",
        "4320",
        (55.6040, 11.9740),
        "Niveaufri adgang, handicaptoilet og teleslynge i mødelokalet.",
        True,
        True,
    ),
    _loc(
        "lejre-station",
        "Mødested ved Lejre Station",
        "outdoor",
        "Stationsvej 1",
        "4320",
        (55.6060, 11.9750),
        "Vi mødes foran stationsbygningen. Der er handicapparkering og fast belægning.",
        True,
        False,
    ),
    _loc(
        "lejre-allerslev-kirke",
        "Allerslev Kirke og Sognehus",
        "church",
        "Sognehusvej 2",
        "4320",
        (55.5990, 11.9650),
        "Niveaufri adgang til sognehuset, rampe til kirken og teleslynge begge steder.",
        True,
        True,
    ),
    _loc(
        "lejre-oernekilde",
        "Andelsgården Ørnekilde",
        "other",
        "Ørnekildevej 8",
        "4320",
        None,
        "Gårdspladsen er brolagt, og stalden har høje dørtrin. Der er ikke handicaptoilet.",
        False,
        False,
    ),
    _loc(
        "lejre-hallen",
        "Lejre Hallen",
        "sports_hall",
        "Hallevej 4",
        "4320",
        (55.5960, 11.9620),
        _NIVEAUFRI,
        True,
        False,
    ),
    _loc(
        "kirke-saaby-forsamlingshus",
        "Kirke Såby Forsamlingshus",
        "village_hall",
        "Bygaden 15",
        "4060",
        (55.6530, 11.8720),
        "Niveaufri adgang fra parkeringspladsen, handicaptoilet og teleslynge i salen.",
        True,
        True,
    ),
    _loc(
        "kirke-saaby-fjordbakken",
        "Efterskolen Fjordbakken",
        "school",
        "Fjordbakken 1",
        "4060",
        (55.6580, 11.8800),
        "Salen har niveaufri adgang og handicaptoilet. Ingen teleslynge.",
        True,
        False,
    ),
    _loc(
        "kirke-saaby-kirke",
        "Kirke Såby Kirke",
        "church",
        "Kirkebakken 2",
        "4060",
        None,
        "To trin ved kirkedøren og smal midtergang. Kirken har teleslynge.",
        False,
        True,
    ),
    # ---- Hvalsø og Tølløse (4330, 4340)
    _loc(
        "hvalsoe-skovbrynet",
        "Plejecenter Skovbrynet",
        "nursing_home",
        "Skovvej 3",
        "4330",
        (55.5900, 11.8640),
        "Niveaufri adgang, automatiske døre, handicaptoilet og teleslynge i caféen.",
        True,
        True,
    ),
    _loc(
        "hvalsoe-kildehuset",
        "Aktivitetscentret Kildehuset",
        "activity_centre",
        "Kildevej 8",
        "4330",
        (55.5880, 11.8610),
        "Alt i stueplan, handicaptoilet, teleslynge i salen og handicapparkering ved døren.",
        True,
        True,
    ),
    _loc(
        "hvalsoe-bibliotek",
        "Hvalsø Bibliotek",
        "library",
        "Torvet 4",
        "4330",
        (55.5865, 11.8660),
        "Niveaufri adgang fra torvet, handicaptoilet og teleslynge i mødelokalet.",
        True,
        True,
    ),
    _loc(
        "hvalsoe-kirke",
        "Hvalsø Kirke og Sognegård",
        "church",
        "Kirkestræde 1",
        "4330",
        (55.5895, 11.8580),
        "Sognegården har niveaufri adgang og teleslynge. Kirken har trin ved indgangen.",
        True,
        True,
    ),
    _loc(
        "hvalsoe-skovvangskolen",
        "Skovvangskolen",
        "school",
        "Skovvangen 20",
        "4330",
        (55.5830, 11.8720),
        "Sløjdlokalet har niveaufri adgang fra skolegården. Handicaptoilet ved hallen.",
        True,
        False,
    ),
    _loc(
        "hvalsoe-skovparkering",
        "Mødested ved skovparkeringen, Hvalsø Nord",
        "outdoor",
        "Skovvej 40",
        "4330",
        (55.6010, 11.8700),
        "Vi mødes på skovparkeringen. Stierne i skoven er bakkede og kan være mudrede.",
        False,
        False,
    ),
    _loc(
        "hvalsoe-vaerkstedet",
        "Gamle Drenges Værksted",
        "other",
        "Industrivej 4",
        "4330",
        None,
        "Værkstedet ligger i stueplan med en bred port. Der er ikke handicaptoilet.",
        False,
        False,
    ),
    _loc(
        "toelloese-forsamlingshus",
        "Tølløse Forsamlingshus",
        "village_hall",
        "Forsamlingshusvej 3",
        "4340",
        (55.6140, 11.7690),
        "Niveaufri adgang, handicaptoilet og teleslynge i den store sal.",
        True,
        True,
    ),
    _loc(
        "toelloese-kirke",
        "Tølløse Kirke og Sognehus",
        "church",
        "Kirkevej 8",
        "4340",
        (55.6160, 11.7620),
        "Niveaufri adgang til sognehuset og rampe til kirken. Teleslynge i kirken og sognehuset.",
        True,
        True,
    ),
    _loc(
        "toelloese-station",
        "Mødested ved Tølløse Station",
        "outdoor",
        "Stationsvej 1",
        "4340",
        (55.6125, 11.7700),
        "Vi mødes foran stationen. Ruten følger asfalterede stier og markveje.",
        True,
        False,
    ),
    _loc(
        "toelloese-idraetscenter",
        "Tølløse Idrætscenter",
        "sports_hall",
        "Idrætsvej 5",
        "4340",
        None,
        _NIVEAUFRI,
        True,
        False,
    ),
    _loc(
        "toelloese-vaenge",
        "Beboerhuset Tølløse Vænge",
        "association_house",
        "Vængevej 12",
        "4340",
        (55.6200, 11.7580),
        "Beboerhuset ligger i stueplan med niveaufri adgang og handicaptoilet.",
        True,
        False,
    ),
)

# --------------------------------------------------------------------------- organisations


def _org(
    key: str,
    name: str,
    kind: str,
    description: str,
    email: str,
    phone: str,
    website: str,
    *contacts: tuple[str, str, str, str],
) -> OrganisationSpec:
    return OrganisationSpec(
        key,
        name,
        kind,
        description,
        email,
        phone,
        website,
        tuple(ContactSpec(*c) for c in contacts),
    )


_KOMMUNE = "fjordbro.example"
_FORENING = "forening.example"

ORGANISATIONS: tuple[OrganisationSpec, ...] = (
    # ---- municipal units
    _org(
        "forebyggelse",
        "Forebyggelse og Sundhed, Fjordbro Kommune",
        "municipal_unit",
        "Kommunens forebyggelseskonsulenter og brobyggere. Vi hjælper borgere videre til "
        "fællesskaber og aktiviteter i deres eget lokalområde.",
        f"forebyggelse@{_KOMMUNE}",
        "+45 46 31 40 00",
        f"https://www.{_KOMMUNE}/forebyggelse",
        (
            "Mette Lundgaard",
            "Forebyggelseskonsulent",
            f"mette.lundgaard@{_KOMMUNE}",
            "+45 46 31 40 12",
        ),
        ("Rasmus Birk", "Brobygger", f"rasmus.birk@{_KOMMUNE}", "+45 46 31 40 17"),
    ),
    _org(
        "traening",
        "Træning og Rehabilitering, Fjordbro Kommune",
        "municipal_unit",
        "Kommunens terapeuter står for holdtræning, varmtvandsbassinet og genoptræning efter "
        "sygdom.",
        f"traening@{_KOMMUNE}",
        "+45 46 31 42 00",
        f"https://www.{_KOMMUNE}/traening",
        ("Sanne Høgh", "Fysioterapeut", f"sanne.hoegh@{_KOMMUNE}", "+45 46 31 42 21"),
    ),
    _org(
        "demensteamet",
        "Demensteamet, Fjordbro Kommune",
        "municipal_unit",
        "Demenskoordinatorerne rådgiver mennesker med demens og deres pårørende og samarbejder "
        "med foreningerne om demensvenlige aktiviteter.",
        f"demens@{_KOMMUNE}",
        "+45 46 31 43 00",
        "",
        (
            "Louise Vestergaard",
            "Demenskoordinator",
            f"louise.vestergaard@{_KOMMUNE}",
            "+45 46 31 43 05",
        ),
    ),
    _org(
        "bakkehuset",
        "Aktivitetscentret Bakkehuset",
        "municipal_unit",
        "Aktivitetscenter for pensionister i Roskilde med værksteder, motion, café og "
        "spisefællesskab. Huset drives af kommunen sammen med et stort brugerråd og mange "
        "frivillige.",
        f"bakkehuset@{_KOMMUNE}",
        "+45 46 31 50 50",
        f"https://www.{_KOMMUNE}/bakkehuset",
        (
            "Lone Frandsen",
            "Ergoterapeut og daglig leder",
            f"lone.frandsen@{_KOMMUNE}",
            "+45 46 31 50 51",
        ),
        ("Erik Dam", "Formand for brugerrådet", f"erik.dam@{_FORENING}", "+45 22 41 18 07"),
    ),
    _org(
        "fjordstuen",
        "Aktivitetscentret Fjordstuen",
        "municipal_unit",
        "Aktivitetscentret i Jyllinge, hvor brugerne selv står for det meste: værksted, "
        "syklub, motion og fredagscafé.",
        f"fjordstuen@{_KOMMUNE}",
        "+45 46 31 52 00",
        f"https://www.{_KOMMUNE}/fjordstuen",
        ("Pia Holmgaard", "Aktivitetsmedarbejder", f"pia.holmgaard@{_KOMMUNE}", "+45 46 31 52 01"),
    ),
    _org(
        "kildehuset",
        "Aktivitetscentret Kildehuset",
        "municipal_unit",
        "Aktivitetscenter i Hvalsø med café, kreative hold og træning for borgere, der har brug "
        "for lidt ekstra støtte.",
        f"kildehuset@{_KOMMUNE}",
        "+45 46 31 54 00",
        "",
        ("Jannie Krogh", "Daglig leder", f"jannie.krogh@{_KOMMUNE}", "+45 46 31 54 01"),
    ),
    # ---- nursing homes
    _org(
        "pc-fjordglimt",
        "Plejecenter Fjordglimt",
        "nursing_home",
        "Plejecenter med 64 boliger tæt på fjorden i Roskilde. Caféen og festsalen er åbne for "
        "naboer og frivillige.",
        f"fjordglimt@{_KOMMUNE}",
        "+45 46 31 60 00",
        "",
        ("Hanne Bech", "Aktivitetsmedarbejder", f"hanne.bech@{_KOMMUNE}", "+45 46 31 60 14"),
    ),
    _org(
        "pc-ryttergaarden",
        "Plejecenter Ryttergården",
        "nursing_home",
        "Plejecenter i det vestlige Roskilde med 48 boliger og et aktivt frivilligråd.",
        f"ryttergaarden@{_KOMMUNE}",
        "+45 46 31 61 00",
        "",
        (
            "Dorte Mikkelsen",
            "Frivilligkoordinator",
            f"dorte.mikkelsen@{_KOMMUNE}",
            "+45 46 31 61 09",
        ),
    ),
    _org(
        "pc-tunehoej",
        "Plejecenter Tunehøj",
        "nursing_home",
        "Plejecentret i Tune med sansehave, høns og en café, hvor borgere fra byen er velkomne.",
        f"tunehoej@{_KOMMUNE}",
        "+45 46 31 62 00",
        "",
        ("Camilla Ravn", "Aktivitetsmedarbejder", f"camilla.ravn@{_KOMMUNE}", "+45 46 31 62 08"),
    ),
    _org(
        "pc-strandengen",
        "Plejecenter Strandengen",
        "nursing_home",
        "Plejecenter i Jyllinge med udsigt over engene. Huset samarbejder med Fjordskolen og "
        "lokale foreninger.",
        f"strandengen@{_KOMMUNE}",
        "+45 46 31 63 00",
        "",
        ("Maja Thorsen", "Aktivitetskoordinator", f"maja.thorsen@{_KOMMUNE}", "+45 46 31 63 11"),
    ),
    _org(
        "pc-kornmarken",
        "Plejecenter Kornmarken",
        "nursing_home",
        "Plejecentret i Skibby med drivhus, café og et fast samarbejde med Fjordbro Senioridræt.",
        f"kornmarken@{_KOMMUNE}",
        "+45 46 31 64 00",
        "",
        (
            "Birgitte Ahlers",
            "Frivilligkoordinator",
            f"birgitte.ahlers@{_KOMMUNE}",
            "+45 46 31 64 05",
        ),
    ),
    _org(
        "pc-lindebo",
        "Plejecenter Lindebo",
        "nursing_home",
        "Plejecenter midt i Viby med 40 boliger. Elever fra Bavnehøjskolen kommer hver uge.",
        f"lindebo@{_KOMMUNE}",
        "+45 46 31 65 00",
        "",
        ("Tina Skov", "Aktivitetsmedarbejder", f"tina.skov@{_KOMMUNE}", "+45 46 31 65 07"),
    ),
    _org(
        "pc-boegely",
        "Plejecenter Bøgely",
        "nursing_home",
        "Lille plejecenter i Lejre med åben café i weekenden og tæt kontakt til efterskolen i "
        "Kirke Såby.",
        f"boegely@{_KOMMUNE}",
        "+45 46 31 66 00",
        "",
        ("Susanne Kirk", "Leder", f"susanne.kirk@{_KOMMUNE}", "+45 46 31 66 01"),
    ),
    _org(
        "pc-skovbrynet",
        "Plejecenter Skovbrynet",
        "nursing_home",
        "Plejecentret i Hvalsø ved skovkanten, med søndagscafé og cykelture for beboerne.",
        f"skovbrynet@{_KOMMUNE}",
        "+45 46 31 67 00",
        "",
        ("Helle Winther", "Aktivitetsmedarbejder", f"helle.winther@{_KOMMUNE}", "+45 46 31 67 10"),
    ),
    # ---- library, archives
    _org(
        "bibliotekerne",
        "Fjordbro Bibliotekerne",
        "library",
        "Kommunens biblioteker i Roskilde, Jyllinge, Viby, Lejre og Hvalsø. Ud over bøger "
        "tilbyder vi fællessang, foredrag, læsekredse og hjælp til det digitale.",
        f"bibliotek@{_KOMMUNE}",
        "+45 46 31 70 00",
        f"https://bibliotek.{_KOMMUNE}",
        (
            "Marianne Kjeldsen",
            "Bibliotekar, seniortilbud",
            f"marianne.kjeldsen@{_KOMMUNE}",
            "+45 46 31 70 21",
        ),
        (
            "Jonas Ebbesen",
            "Bibliotekar, Jyllinge og Viby",
            f"jonas.ebbesen@{_KOMMUNE}",
            "+45 46 31 70 34",
        ),
    ),
    _org(
        "arkiv-fjordlandet",
        "Lokalhistorisk Arkiv Fjordlandet",
        "other",
        "Frivilligt drevet arkiv med fotos, kort og erindringer fra Skibby, Jyllinge og Kirke "
        "Hyllinge. Vi tager gerne imod nye hjælpere og gamle billeder.",
        f"arkiv@{_FORENING}",
        "+45 46 31 71 00",
        "https://arkiv-fjordlandet.example",
        ("Knud Pallesen", "Arkivleder", f"knud.pallesen@{_FORENING}", "+45 21 55 03 48"),
    ),
    _org(
        "historie-tune-gadstrup",
        "Historieforeningen for Tune og Gadstrup",
        "association",
        "Forening for alle med interesse for egnens historie. Vi har et lille arkiv i Tune og "
        "arrangerer byvandringer om sommeren.",
        f"historie.tune@{_FORENING}",
        "+45 46 31 71 20",
        "",
        ("Ellen Rask", "Formand", f"ellen.rask@{_FORENING}", "+45 28 14 62 90"),
    ),
    # ---- churches
    _org(
        "fjordkirken",
        "Fjordkirken, Roskilde",
        "church",
        "Folkekirkens sogn ved fjorden i Roskilde. Sognehuset lægger lokaler til sorggrupper, "
        "kor og sogneeftermiddage.",
        "kontor@fjordkirken.example",
        "+45 46 31 80 00",
        "https://fjordkirken.example",
        ("Anne Marie Holst", "Sognepræst", "amh@fjordkirken.example", "+45 46 31 80 02"),
        (
            "Bodil Jessen",
            "Kirke- og kulturmedarbejder",
            "bodil@fjordkirken.example",
            "+45 46 31 80 05",
        ),
    ),
    _org(
        "tune-sogn",
        "Tune Sogn",
        "church",
        "Sognet samler unge og gamle i kirken og sognegården. Seniorarbejdet drives af "
        "menighedsrådet og en flok frivillige.",
        "kontor@tunesogn.example",
        "+45 46 31 81 00",
        "https://tunesogn.example",
        ("Peter Vinding", "Sognepræst", "pv@tunesogn.example", "+45 46 31 81 02"),
    ),
    _org(
        "jyllinge-sogn",
        "Jyllinge Sogn",
        "church",
        "Kirken i Jyllinge har et stort frivilligt seniorarbejde med klub, sang og sorggrupper.",
        "kontor@jyllingesogn.example",
        "+45 46 31 82 00",
        "https://jyllingesogn.example",
        ("Mads Ingvorsen", "Sognepræst", "mi@jyllingesogn.example", "+45 46 31 82 02"),
        ("Gitte Lauridsen", "Kirkesanger", "gitte@jyllingesogn.example", "+45 46 31 82 06"),
    ),
    _org(
        "viby-sogn",
        "Viby Sogn",
        "church",
        "Sognet i Viby Sjælland med sang, sogneaftener og en besøgstjeneste for ældre, der "
        "gerne vil have besøg.",
        "kontor@vibysogn.example",
        "+45 46 31 83 00",
        "",
        ("Ruth Gormsen", "Sognepræst", "rg@vibysogn.example", "+45 46 31 83 02"),
    ),
    _org(
        "allerslev-sogn",
        "Allerslev Sogn",
        "church",
        "Sognet i Lejre. Vi synger sammen en gang om måneden og går pilgrimsvandringer fra "
        "foråret til efteråret.",
        "kontor@allerslevsogn.example",
        "+45 46 31 84 00",
        "",
        ("Jens Kofoed", "Sognepræst", "jk@allerslevsogn.example", "+45 46 31 84 02"),
    ),
    _org(
        "hvalsoe-sogn",
        "Hvalsø Sogn",
        "church",
        "Kirken i Hvalsø med morgensang, samtalegrupper og et sognehus, der er åbent for alle.",
        "kontor@hvalsoesogn.example",
        "+45 46 31 85 00",
        "",
        ("Karin Buhl", "Sognepræst", "kb@hvalsoesogn.example", "+45 46 31 85 02"),
    ),
    _org(
        "toelloese-sogn",
        "Tølløse Sogn",
        "church",
        "Sognet i Tølløse. Onsdagsklubben og sogneudflugten er faste holdepunkter for mange "
        "seniorer.",
        "kontor@toelloesesogn.example",
        "+45 46 31 86 00",
        "",
        ("Henrik Moos", "Sognepræst", "hm@toelloesesogn.example", "+45 46 31 86 02"),
    ),
    # ---- schools
    _org(
        "egeskolen",
        "Egeskolen",
        "school",
        "Folkeskole i Roskilde med 600 elever. Vi samarbejder med Plejecenter Fjordglimt og "
        "tager gerne imod seniorer som læsevenner.",
        f"egeskolen@{_KOMMUNE}",
        "+45 46 31 90 00",
        "",
        ("Lars Brix", "Lærer og koordinator", f"lars.brix@{_KOMMUNE}", "+45 46 31 90 14"),
    ),
    _org(
        "fjordskolen",
        "Fjordskolen",
        "school",
        "Folkeskolen i Jyllinge. Elever fra udskolingen har valgfaget 'Gamle og unge' på "
        "Plejecenter Strandengen.",
        f"fjordskolen@{_KOMMUNE}",
        "+45 46 31 91 00",
        "",
        ("Nina Falk", "Lærer", f"nina.falk@{_KOMMUNE}", "+45 46 31 91 12"),
    ),
    _org(
        "bavnehoejskolen",
        "Bavnehøjskolen",
        "school",
        "Folkeskole i Viby Sjælland. Skolens 7. klasser besøger Plejecenter Lindebo hver uge.",
        f"bavnehoej@{_KOMMUNE}",
        "+45 46 31 92 00",
        "",
        ("Morten Aagaard", "Lærer", f"morten.aagaard@{_KOMMUNE}", "+45 46 31 92 09"),
    ),
    _org(
        "skovvangskolen",
        "Skovvangskolen",
        "school",
        "Folkeskolen i Hvalsø. Vi inviterer seniorer ind i sløjd og lader eleverne hjælpe med "
        "mobiltelefoner.",
        f"skovvang@{_KOMMUNE}",
        "+45 46 31 93 00",
        "",
        ("Stine Bork", "Lærer", f"stine.bork@{_KOMMUNE}", "+45 46 31 93 15"),
    ),
    _org(
        "hornsherred-hoejskole",
        "Hornsherred Højskole",
        "school",
        "Folkehøjskole i Skibby med lange kurser for unge og åbne formiddage for egnens seniorer.",
        "kontor@hornsherred-hoejskole.example",
        "+45 46 31 94 00",
        "https://hornsherred-hoejskole.example",
        ("Anders Lykke", "Forstander", "al@hornsherred-hoejskole.example", "+45 46 31 94 01"),
        ("Signe Dahl", "Højskolelærer", "sd@hornsherred-hoejskole.example", "+45 46 31 94 07"),
    ),
    _org(
        "efterskolen-fjordbakken",
        "Efterskolen Fjordbakken",
        "school",
        "Efterskole i Kirke Såby med 120 elever. Eleverne er frivillige på Plejecenter Bøgely, "
        "og skolen holder åbne sangaftener.",
        "kontor@fjordbakken.example",
        "+45 46 31 95 00",
        "https://fjordbakken.example",
        ("Troels Wendt", "Viceforstander", "tw@fjordbakken.example", "+45 46 31 95 02"),
    ),
    # ---- housing associations
    _org(
        "boligforeningen-fjordbo",
        "Boligforeningen Fjordbo",
        "housing_association",
        "Almen boligforening med afdelinger i Roskilde og Tølløse. Beboerhusene drives af "
        "frivillige beboere med støtte fra boligsociale medarbejdere.",
        "beboerhus@fjordbo.example",
        "+45 46 31 96 00",
        "https://fjordbo.example",
        ("Yasmin Haddad", "Boligsocial medarbejder", "yh@fjordbo.example", "+45 46 31 96 04"),
        (
            "Kaj Thygesen",
            "Formand for beboerhuset i Tølløse",
            "kaj.thygesen@fjordbo.example",
            "+45 26 70 31 52",
        ),
    ),
    _org(
        "tuneparken",
        "Boligselskabet Tuneparken",
        "housing_association",
        "Boligselskab med 300 lejligheder i Tune. Beboerhuset er åbent for alle i byen.",
        "beboerhus@tuneparken.example",
        "+45 46 31 97 00",
        "",
        (
            "Lis Mortensen",
            "Frivillig i beboerhuset",
            "lis.mortensen@tuneparken.example",
            "+45 40 18 26 33",
        ),
    ),
    # ---- associations
    _org(
        "aeldresagen-fjordbro",
        "Ældre Sagen Fjordbro",
        "association",
        "Lokalafdeling for Roskilde, Tune, Viby og Borup med motion, foredrag, mødesteder og "
        "spisefællesskaber. Alle er velkomne – også dem, der ikke er medlemmer.",
        "fjordbro@aeldresagen-lokal.example",
        "+45 46 31 20 00",
        "https://fjordbro.aeldresagen-lokal.example",
        ("Grethe Vinther", "Formand", f"grethe.vinther@{_FORENING}", "+45 20 63 11 45"),
        ("Bent Kragh", "Aktivitetsansvarlig", f"bent.kragh@{_FORENING}", "+45 51 92 40 08"),
    ),
    _org(
        "aeldresagen-fjordlandet",
        "Ældre Sagen Fjordlandet",
        "association",
        "Lokalafdeling for Jyllinge, Skibby og Kirke Hyllinge. Vi arrangerer spisefællesskaber, "
        "motionsdans og følgevenner.",
        "fjordlandet@aeldresagen-lokal.example",
        "+45 46 31 20 20",
        "",
        ("Inge Bruun", "Formand", f"inge.bruun@{_FORENING}", "+45 23 81 52 67"),
    ),
    _org(
        "aeldresagen-lejre-hvalsoe",
        "Ældre Sagen Lejre-Hvalsø",
        "association",
        "Lokalafdeling for Lejre, Kirke Såby, Hvalsø og Tølløse. Vi står blandt andet for "
        "mødestedet i Kirke Såby og motionsholdet i Lejre Hallen.",
        "lejre-hvalsoe@aeldresagen-lokal.example",
        "+45 46 31 20 40",
        "",
        ("Poul Erik Brandt", "Formand", f"pe.brandt@{_FORENING}", "+45 40 72 19 83"),
        ("Kirsten Kold", "Frivillig koordinator", f"kirsten.kold@{_FORENING}", "+45 29 46 03 71"),
    ),
    _org(
        "senioridraet",
        "Fjordbro Senioridræt",
        "association",
        "Idrætsforening for alle over 60 med gymnastik, svømning, stavgang og boldspil. Vores "
        "uddannede instruktører kommer også på plejecentrene.",
        "kontakt@senioridraet-fjordbro.example",
        "+45 46 31 21 00",
        "https://senioridraet-fjordbro.example",
        ("Kurt Lindberg", "Formand", f"kurt.lindberg@{_FORENING}", "+45 30 11 84 26"),
        (
            "Jytte Hald",
            "Instruktør og bestyrelsesmedlem",
            f"jytte.hald@{_FORENING}",
            "+45 61 34 07 95",
        ),
    ),
    _org(
        "seniorsport-viby-borup",
        "Seniorsport Viby-Borup",
        "association",
        "Lokal seniorsportsforening med gymnastik, yoga, cykling og vandregruppe i Viby og Borup.",
        f"seniorsport.viby@{_FORENING}",
        "+45 46 31 21 50",
        "",
        ("Aase Nygaard", "Formand", f"aase.nygaard@{_FORENING}", "+45 24 66 19 02"),
    ),
    _org(
        "roede-kors",
        "Røde Kors Fjordbro",
        "association",
        "Lokalafdelingen af Røde Kors med besøgsvenner, netværkscafé og genbrugsbutik.",
        "fjordbro@roedekors-lokal.example",
        "+45 46 31 22 10",
        "",
        ("Vibeke Steen", "Frivilligkoordinator", f"vibeke.steen@{_FORENING}", "+45 42 15 77 30"),
    ),
    _org(
        "folkehjaelp",
        "Dansk Folkehjælp Fjordbro",
        "association",
        "Frivillige, der laver fællesspisning og sociale aktiviteter for ældre, som sidder "
        "meget alene.",
        "fjordbro@folkehjaelp-lokal.example",
        "+45 46 31 22 30",
        "",
        ("Jette Borg", "Tovholder", f"jette.borg@{_FORENING}", "+45 53 28 90 14"),
    ),
    _org(
        "frivilligcenter",
        "Frivilligcenter Fjordbro",
        "association",
        "Frivilligcentret hjælper foreninger med at finde frivillige og driver fællesnyttehaven "
        "i Viby sammen med lokale ildsjæle.",
        "info@frivilligcenter-fjordbro.example",
        "+45 46 31 23 00",
        "https://frivilligcenter-fjordbro.example",
        (
            "Sofie Brandt Nielsen",
            "Frivillighedskonsulent",
            "sofie@frivilligcenter-fjordbro.example",
            "+45 46 31 23 02",
        ),
    ),
    _org(
        "mandeklubben-roskilde",
        "Mandeklubben Roskilde",
        "association",
        "Et fællesskab for mænd, der kan lide at bruge hænderne, drikke kaffe og snakke. Vi har "
        "værksted i Håndværkerhuset og laver mad sammen hver anden uge.",
        f"mandeklubben@{_FORENING}",
        "+45 46 31 24 00",
        "",
        ("Ole Rasmussen", "Tovholder", f"ole.rasmussen@{_FORENING}", "+45 28 90 45 61"),
    ),
    _org(
        "mandehuset-fjordlandet",
        "Mandehuset Fjordlandet",
        "association",
        "Værksted og mødested for mænd i Jyllinge og omegn. Vi reparerer, bygger og hjælper "
        "hinanden – og så er der altid kaffe på kanden.",
        f"mandehuset@{_FORENING}",
        "+45 46 31 24 20",
        "https://mandehuset-fjordlandet.example",
        ("Svend Åge Larsen", "Formand", f"svendaage.larsen@{_FORENING}", "+45 20 17 36 94"),
    ),
    _org(
        "gamle-drenge",
        "Gamle Drenges Værksted Hvalsø",
        "association",
        "Forening med træ- og metalværksted i Hvalsø. Vi laver ting til børnehaver og "
        "plejecentre og reparerer cykler.",
        f"gamledrenge@{_FORENING}",
        "+45 46 31 24 40",
        "",
        ("Niels Overgaard", "Tovholder", f"niels.overgaard@{_FORENING}", "+45 21 48 70 55"),
    ),
    _org(
        "fjordstemmerne",
        "Seniorkoret Fjordstemmerne",
        "association",
        "Blandet seniorkor med 40 sangere, der øver i Fjordkirkens sognehus. Vi synger alt fra "
        "danske sange til salmer og viser.",
        f"fjordstemmerne@{_FORENING}",
        "+45 46 31 25 00",
        "https://fjordstemmerne.example",
        ("Inger Bak", "Korleder", f"inger.bak@{_FORENING}", "+45 31 25 68 40"),
    ),
    _org(
        "sangglad",
        "Seniorkoret Sangglad",
        "association",
        "Seniorkor i Tølløse for alle, der kan lide at synge. Man behøver ikke kunne læse noder.",
        f"sangglad@{_FORENING}",
        "+45 46 31 25 20",
        "",
        ("Birthe Kallesen", "Formand", f"birthe.kallesen@{_FORENING}", "+45 60 81 22 19"),
    ),
    _org(
        "fjordbro-petanque",
        "Fjordbro Petanqueklub",
        "association",
        "Petanqueklub med baner i Fjordparken i Roskilde. Begyndere får lånt kugler og en "
        "makker de første gange.",
        f"petanque@{_FORENING}",
        "+45 46 31 26 00",
        "",
        ("Poul Hedegaard", "Formand", f"poul.hedegaard@{_FORENING}", "+45 25 30 91 47"),
    ),
    _org(
        "borup-petanque",
        "Borup Petanque og Krolf",
        "association",
        "Klub for petanque og krolf ved Borup Idrætscenter. Vi spiller hele året, når vejret "
        "tillader det.",
        f"borup.petanque@{_FORENING}",
        "+45 46 31 26 20",
        "",
        ("Else Marie Jakobsen", "Kasserer", f"elsemarie.jakobsen@{_FORENING}", "+45 27 19 83 60"),
    ),
    _org(
        "gaaklubben-fjordstien",
        "Gåklubben Fjordstien",
        "association",
        "Gåklub i Jyllinge med faste ture langs fjorden. Vi går i forskellige tempi, så ingen "
        "bliver efterladt.",
        f"fjordstien@{_FORENING}",
        "+45 46 31 27 00",
        "",
        ("Hanne Stær", "Turleder", f"hanne.staer@{_FORENING}", "+45 23 49 16 70"),
    ),
    _org(
        "vandregruppen-hvalsoe",
        "Vandregruppen Hvalsø",
        "association",
        "Vandregruppe, der går i skovene omkring Hvalsø hver uge – en lang tur om onsdagen og "
        "en kort, rolig tur om fredagen.",
        f"vandregruppen@{_FORENING}",
        "+45 46 31 27 20",
        "",
        ("Tove Lund", "Turleder", f"tove.lund@{_FORENING}", "+45 30 58 21 93"),
    ),
    _org(
        "bridgeklubben",
        "Bridgeklubben Fjordbro",
        "association",
        "Bridgeklub i Foreningernes Hus med turneringer om aftenen og kurser for begyndere om "
        "formiddagen.",
        f"bridge@{_FORENING}",
        "+45 46 31 28 00",
        "https://bridge-fjordbro.example",
        ("Karl Johan Friis", "Formand", f"kj.friis@{_FORENING}", "+45 22 73 05 16"),
    ),
    _org(
        "havekredsen-lejre",
        "Havekredsen Lejre",
        "association",
        "Forening for haveglade i Lejre og omegn. Vi besøger hinandens haver, bytter frø og "
        "holder foredrag.",
        f"havekredsen@{_FORENING}",
        "+45 46 31 29 00",
        "",
        ("Lene Hvidt", "Formand", f"lene.hvidt@{_FORENING}", "+45 26 93 47 12"),
    ),
    _org(
        "senior-it",
        "Senior-IT Fjordbro",
        "association",
        "Frivillige, der hjælper ældre med computer, tablet og mobil – fra MitID og e-Boks til "
        "billeder af børnebørnene.",
        f"senior-it@{_FORENING}",
        "+45 46 31 30 00",
        "https://senior-it-fjordbro.example",
        ("Finn Kristoffersen", "Tovholder", f"finn.kristoffersen@{_FORENING}", "+45 40 26 55 81"),
        ("Lise Obel", "Frivillig underviser", f"lise.obel@{_FORENING}", "+45 61 70 39 24"),
    ),
    _org(
        "sorgnetvaerket",
        "Sorgnetværket Fjordbro",
        "association",
        "Frivillige med uddannelse i sorgstøtte leder samtalegrupper for voksne, der har mistet "
        "en ægtefælle eller partner.",
        f"sorgnetvaerket@{_FORENING}",
        "+45 46 31 31 00",
        "",
        ("Hanne Lindholm", "Gruppeleder", f"hanne.lindholm@{_FORENING}", "+45 28 37 60 15"),
    ),
    _org(
        "demensforeningen",
        "Demensforeningen Fjordbro",
        "association",
        "Lokalforening for mennesker med demens og deres pårørende. Vi driver demenscaféer og "
        "pårørendecaféer sammen med kommunens demensteam.",
        f"demensforeningen@{_FORENING}",
        "+45 46 31 32 00",
        "",
        ("Lisbeth Møller", "Formand", f"lisbeth.moeller@{_FORENING}", "+45 53 61 44 20"),
    ),
    _org(
        "cykling-uden-alder",
        "Cykling uden alder Fjordbro",
        "association",
        "Frivillige cykelpiloter tager beboere og ældre borgere med på tur i rickshaw, så de "
        "kan mærke vinden i håret igen.",
        f"cua.fjordbro@{_FORENING}",
        "+45 46 31 33 00",
        "",
        ("Michael Juhl", "Tovholder", f"michael.juhl@{_FORENING}", "+45 31 90 12 74"),
    ),
    _org(
        "fjordtrin",
        "Danseforeningen Fjordtrin",
        "association",
        "Danseforening for seniorer med seniordans, linedance og folkedans. Man kan sagtens "
        "komme uden en fast partner.",
        f"fjordtrin@{_FORENING}",
        "+45 46 31 34 00",
        "https://fjordtrin.example",
        ("Randi Sørensen", "Danseinstruktør", f"randi.soerensen@{_FORENING}", "+45 24 08 63 51"),
    ),
    _org(
        "harmonikaklubben",
        "Harmonikaklubben Fjordbro",
        "association",
        "Harmonikaspillere, der øver sammen hver uge og spiller op på plejecentre, i "
        "kirker og til musikcaféer.",
        f"harmonika@{_FORENING}",
        "+45 46 31 35 00",
        "",
        ("Egon Thomsen", "Formand", f"egon.thomsen@{_FORENING}", "+45 20 84 57 36"),
    ),
    _org(
        "fugleklubben",
        "Fugleklubben Roskilde Fjord",
        "association",
        "Fugleinteresserede, der tager på ture ved fjorden og lærer hinanden at kende "
        "fuglene. Begyndere kan låne en kikkert.",
        f"fugleklubben@{_FORENING}",
        "+45 46 31 36 00",
        "",
        ("Torben Hjort", "Turleder", f"torben.hjort@{_FORENING}", "+45 29 15 73 08"),
    ),
    _org(
        "besoegshundene",
        "Besøgshundene Fjordbro",
        "association",
        "Frivillige hundeejere med godkendte besøgshunde, som kommer på plejecentre og hos "
        "ældre, der savner et dyr.",
        f"besoegshunde@{_FORENING}",
        "+45 46 31 37 00",
        "",
        ("Rikke Aagesen", "Koordinator", f"rikke.aagesen@{_FORENING}", "+45 42 70 18 39"),
    ),
    _org(
        "oernekilde",
        "Andelsgården Ørnekilde",
        "other",
        "Økologisk andelsgård ved Lejre med høns, geder og grøntsagsmarker. Gården åbner "
        "stalden for seniorer, der har lyst til at give en hånd med.",
        "gaarden@oernekilde.example",
        "+45 46 31 38 00",
        "https://oernekilde.example",
        ("Mette Søgaard", "Gårdens koordinator", "mette@oernekilde.example", "+45 51 34 26 98"),
    ),
    _org(
        "kulturvennerne",
        "Kulturvennerne Fjordbro",
        "association",
        "Forening, der arrangerer udflugter, filmklub og rundvisninger for seniorer. Vi sørger "
        "for, at ingen skal af sted alene.",
        f"kulturvennerne@{_FORENING}",
        "+45 46 31 39 00",
        "",
        ("Annelise Carstensen", "Formand", f"annelise.carstensen@{_FORENING}", "+45 22 58 91 04"),
    ),
    _org(
        "moedestedet-gadstrup",
        "Mødestedet Gadstrup",
        "association",
        "Frivillige i Gadstrup, der holder forsamlingshuset åbent som mødested med "
        "formiddagskaffe, banko og spisning.",
        f"moedestedet.gadstrup@{_FORENING}",
        "+45 46 31 39 20",
        "",
        ("Bente Kjær", "Tovholder", f"bente.kjaer@{_FORENING}", "+45 26 44 90 17"),
    ),
    _org(
        "havdrup-borgerforening",
        "Havdrup Borgerforening",
        "association",
        "Borgerforeningen driver borgerhuset i Havdrup med torsdagscafé, gåture og foredrag.",
        "borgerforeningen@havdrup.example",
        "+45 46 31 39 40",
        "https://havdrup.example",
        ("Jørgen Steffensen", "Formand", "jorgen.steffensen@havdrup.example", "+45 21 77 30 52"),
    ),
    _org(
        "moedestedet-toelloese",
        "Mødestedet Tølløse",
        "association",
        "Et åbent mødested i Tølløse Forsamlingshus, drevet af frivillige med støtte fra "
        "kommunens frivillighedskonsulent.",
        f"moedestedet.toelloese@{_FORENING}",
        "+45 46 31 39 60",
        "",
        ("Marianne Friis", "Tovholder", f"marianne.friis@{_FORENING}", "+45 60 23 71 85"),
        ("Arne Skovby", "Kasserer", f"arne.skovby@{_FORENING}", "+45 20 39 54 16"),
    ),
    _org(
        "seniorcyklisterne",
        "Seniorcyklisterne Lejre",
        "association",
        "Cykelklub for seniorer med ture på 25-40 km i roligt tempo. Elcykler er meget velkomne.",
        f"seniorcyklisterne@{_FORENING}",
        "+45 46 31 39 80",
        "",
        ("Frank Holt", "Turleder", f"frank.holt@{_FORENING}", "+45 25 61 08 37"),
    ),
)

_ORG_BY_KEY: dict[str, OrganisationSpec] = {o.key: o for o in ORGANISATIONS}

# --------------------------------------------------------------------------- offers

_MOED_OP = "Ingen tilmelding – bare mød op"
_SOMMER = "06-26..08-09"
_SOMMER_LANG = "06-20..08-15"
_JUL = "12-20..01-05"
_VINTER = "11-01..03-31"
_SKOLEFERIE = "Ikke i skolernes ferier"

_UNKNOWN_CONTACT = ContactSpec("", "", "", "")


def _s(rule: str, pause: str = "", note: str = "") -> ScheduleSpec:
    return ScheduleSpec(rule, pause, note)


def _offer(
    key: str,
    title: str,
    org: str,
    loc: str,
    summary: str,
    description: str,
    interests: tuple[str, ...],
    schedules: tuple[ScheduleSpec, ...],
    *,
    host: str,
    confirmed: int,
    access: tuple[str, ...] = (),
    targets: tuple[str, ...] = (),
    price: int | None = None,
    price_note: str = "Gratis",
    capacity: int | None = None,
    full: bool = False,
    status: str = "active",
    min_age: int | None = None,
    max_age: int | None = None,
    contact: int = 0,
    registration: str = _MOED_OP,
) -> OfferSpec:
    organisation = _ORG_BY_KEY.get(org)
    if organisation is not None and contact < len(organisation.contacts):
        person = organisation.contacts[contact]
    else:
        person = _UNKNOWN_CONTACT  # reported by validate()
    return OfferSpec(
        key=key,
        title=title,
        organisation=org,
        location=loc,
        summary=summary,
        description=description,
        interests=interests,
        access=access,
        targets=targets,
        schedules=schedules,
        price_kr=price,
        price_note=price_note,
        capacity=capacity,
        full=full,
        status=status,
        min_age=min_age,
        max_age=max_age,
        host=host,
        contact=person,
        confirmed_days_ago=confirmed,
        registration=registration,
    )


OFFERS: tuple[OfferSpec, ...] = (
    # ======================================================================= Roskilde By
    _offer(
        "seniorkoret-fjordstemmerne",
        "Seniorkoret Fjordstemmerne",
        "fjordstemmerne",
        "roskilde-fjordkirken",
        "Et sangkor for seniorer, der synger danske sange, viser og salmer.",
        "Koret øver hver onsdag formiddag i Fjordkirkens sognehus med en pause til kaffe og "
        "rundstykker. Du behøver ikke kunne læse noder – vi lærer sangene sammen, og stemmen "
        "bliver bedre af at blive brugt. Du er velkommen til at synge med to gange, før du "
        "beslutter dig. Vi giver koncert til jul og om foråret.",
        ("sang", "musik"),
        (_s("WEEKLY WE 10:00-12:00", _SOMMER, "Sommerpause fra sankthans til august"),),
        access=("koerestol", "teleslynge"),
        price=300,
        price_note="Kontingent 300 kr. pr. halvår inkl. noder og kaffe",
        capacity=45,
        host="Inger (korleder)",
        confirmed=21,
        registration="Kom og syng med to gange, før du melder dig ind – skriv eller ring til Inger",
    ),
    _offer(
        "faellessang-biblioteket-roskilde",
        "Fællessang på biblioteket",
        "bibliotekerne",
        "roskilde-bibliotek",
        "Vi synger sange fra Højskolesangbogen sammen på biblioteket.",
        "Den sidste torsdag i måneden samler vi alle, der har lyst til at synge, i "
        "bibliotekets sal. En pianist spiller, og en af bibliotekarerne fortæller kort om "
        "sangene. Der er kaffe bagefter, og du kan bare sætte dig og lytte, hvis du hellere "
        "vil det.",
        ("sang", "kultur"),
        (_s("MONTHLY -1TH 16:00-17:00", _SOMMER),),
        access=("koerestol", "teleslynge"),
        host="Marianne (bibliotekar)",
        confirmed=12,
    ),
    _offer(
        "hoejskoleformiddage-biblioteket",
        "Højskoleformiddage på biblioteket",
        "bibliotekerne",
        "roskilde-bibliotek",
        "Foredrag og fællessang hver anden torsdag formiddag.",
        "Hver anden torsdag inviterer biblioteket en foredragsholder, der fortæller om alt "
        "fra historie og natur til musik og litteratur. Vi starter med en sang og slutter med "
        "spørgsmål og kaffe. Du kan komme en enkelt gang eller hver gang.",
        ("foredrag", "kultur", "sang"),
        (_s("BIWEEKLY TH 10:00-12:00", "06-15..08-31"),),
        access=("koerestol", "teleslynge"),
        price=40,
        price_note="40 kr. pr. gang inkl. kaffe og rundstykke",
        capacity=80,
        host="Marianne (bibliotekar)",
        confirmed=45,
    ),
    _offer(
        "laeseklub-seniorer-roskilde",
        "Læseklub for seniorer",
        "bibliotekerne",
        "roskilde-bibliotek",
        "En lille læsekreds, der læser den samme bog og taler om den.",
        "Vi læser en roman om måneden og mødes for at snakke om den over en kop kaffe. "
        "Biblioteket skaffer bøgerne, også som lydbog eller med stor skrift. Gruppen er fuld "
        "lige nu, men du kan komme på venteliste.",
        ("foredrag", "samtale"),
        (_s("MONTHLY 2WE 13:00-14:30", _SOMMER),),
        access=("koerestol", "teleslynge"),
        capacity=12,
        full=True,
        host="Marianne (bibliotekar)",
        confirmed=60,
        registration="Skriv dig på ventelisten hos Marianne på biblioteket",
    ),
    _offer(
        "it-cafe-biblioteket-roskilde",
        "IT-café på biblioteket",
        "senior-it",
        "roskilde-bibliotek",
        "Frivillige hjælper dig med computer, tablet og mobiltelefon.",
        "Tag din egen mobil, tablet eller computer med, så sætter en frivillig sig ved siden af "
        "dig og hjælper. Vi kan hjælpe med MitID, e-Boks, billeder, beskeder og videoopkald "
        "til familien. Ingen spørgsmål er for små, og vi tager det i dit tempo.",
        ("it",),
        (_s("WEEKLY MO 13:00-15:00", _SOMMER),),
        access=("koerestol", "teleslynge"),
        host="Finn (frivillig)",
        confirmed=8,
    ),
    _offer(
        "tablet-kursus-bakkehuset",
        "Tablet-kursus for begyndere",
        "senior-it",
        "roskilde-bakkehuset",
        "Et kort kursus, hvor du lærer at bruge en iPad eller anden tablet.",
        "På fire tirsdage lærer du det grundlæggende: at tænde og slukke, skrive beskeder, tage "
        "billeder og ringe op med video. Vi er højst otte deltagere og to undervisere, så der "
        "er god tid til spørgsmål. Du kan låne en tablet, hvis du ikke har din egen.",
        ("it",),
        (_s("WEEKLY TU 10:00-12:00", note="Fire gange fra tirsdag den 2. februar 2027"),),
        access=("koerestol", "teleslynge"),
        price=100,
        price_note="100 kr. for hele kurset",
        capacity=8,
        full=True,
        host="Lise (frivillig underviser)",
        contact=1,
        confirmed=15,
        registration="Tilmelding til Senior-IT på telefon eller mail",
    ),
    _offer(
        "stolegymnastik-bakkehuset",
        "Stolegymnastik i Bakkehuset",
        "bakkehuset",
        "roskilde-bakkehuset",
        "Rolig gymnastik, hvor du sidder på en stol det meste af tiden.",
        "Vi bevæger arme, ben og ryg til musik, og alle øvelser kan laves siddende. Holdet "
        "ledes af en ergoterapeut, som sørger for, at der er plads til alle – også dig, der "
        "bruger rollator eller kørestol. Bagefter drikker vi kaffe i caféen.",
        ("bevaegelse",),
        (_s("WEEKLY MO,TH 09:30-10:30", _JUL),),
        access=("koerestol", "teleslynge", "ekstra-stoette", "demensvenlig"),
        capacity=20,
        host="Lone (ergoterapeut)",
        confirmed=30,
    ),
    _offer(
        "spisefaellesskab-bakkehuset",
        "Spisefællesskab i Bakkehuset",
        "bakkehuset",
        "roskilde-bakkehuset",
        "Varm middagsmad og godt selskab hver onsdag.",
        "Køkkenet laver traditionel dansk mad, og frivillige dækker bord og sørger for, at "
        "ingen sidder alene. Mange kommer, fordi det er hyggeligere at spise sammen end alene "
        "derhjemme. Er det svært at komme af sted, kan en frivillig følge dig første gang.",
        ("mad", "cafe"),
        (_s("WEEKLY WE 12:00-13:30", _JUL),),
        access=("koerestol", "teleslynge", "foelgeven"),
        price=55,
        price_note="55 kr. for hovedret, dessert og kaffe",
        capacity=40,
        host="Erik (frivillig)",
        contact=1,
        confirmed=18,
        registration="Tilmelding senest mandag kl. 12.00 til Bakkehusets køkken",
    ),
    _offer(
        "kreativt-vaerksted-bakkehuset",
        "Kreativt værksted: maling og keramik",
        "bakkehuset",
        "roskilde-bakkehuset",
        "Mal, form ler og lav små kunstværker sammen med andre.",
        "I værkstedet er der staffelier, en keramikovn og masser af materialer. En frivillig "
        "billedkunstner giver gode råd, men ellers laver du det, du selv har lyst til. Tag "
        "gerne gammelt tøj på.",
        ("haandarbejde", "kultur"),
        (_s("WEEKLY FR 09:30-12:00", _SOMMER),),
        access=("koerestol",),
        price=20,
        price_note="20 kr. pr. gang til materialer",
        host="Lone (ergoterapeut)",
        confirmed=52,
    ),
    _offer(
        "brobygger-traeffetid-roskilde",
        "Brobyggerens åbne træffetid",
        "forebyggelse",
        "roskilde-bakkehuset",
        "Kom og snak med en brobygger om, hvad du har lyst til at være med i.",
        "Føler du dig alene, eller savner du noget at stå op til, kan du tale med en af "
        "kommunens brobyggere. Vi lytter til, hvad der betyder noget for dig, og finder "
        "sammen et fællesskab i nærheden. Hvis du vil, kan en følgeven tage med dig første "
        "gang.",
        ("samtale",),
        (_s("WEEKLY TH 09:00-11:00", _JUL),),
        access=("koerestol", "teleslynge", "foelgeven", "ekstra-stoette"),
        host="Rasmus (brobygger)",
        contact=1,
        confirmed=4,
    ),
    _offer(
        "demensvenlig-cafe-bakkehuset",
        "Demensvenlig café",
        "demensforeningen",
        "roskilde-bakkehuset",
        "En rolig café for mennesker med demens og deres pårørende.",
        "Her kan du komme sammen med din ægtefælle eller en anden pårørende og møde andre i "
        "samme situation. Der er kaffe, lidt musik og frivillige, som kender til demens. En "
        "demenskoordinator fra kommunen er med og kan svare på spørgsmål.",
        ("cafe", "samtale", "musik"),
        (_s("MONTHLY 1TU 14:00-16:00"),),
        access=("koerestol", "teleslynge", "demensvenlig", "ekstra-stoette"),
        host="Lisbeth (frivillig)",
        confirmed=27,
    ),
    _offer(
        "paaroerendecafe-roskilde",
        "Pårørendecafé",
        "demensforeningen",
        "roskilde-foreningernes-hus",
        "Et frirum for dig, der passer på en, der har demens.",
        "Vi mødes en aften om måneden og taler om det, der fylder, når man er pårørende. "
        "Nogle gange kommer en gæst og fortæller om fx rettigheder eller aflastning. Det er "
        "helt i orden bare at lytte de første gange.",
        ("samtale", "cafe"),
        (_s("MONTHLY 3WE 17:00-19:00", _SOMMER),),
        access=("koerestol",),
        targets=("paaroerende",),
        host="Lisbeth (frivillig)",
        confirmed=41,
    ),
    _offer(
        "elever-beboere-bager-fjordglimt",
        "Elever og beboere bager sammen",
        "pc-fjordglimt",
        "roskilde-fjordglimt",
        "Skoleelever og ældre bager boller og kager sammen på plejecentret.",
        "Hver anden torsdag kommer en 4. klasse fra Egeskolen og bager sammen med beboerne. "
        "Ældre fra nærområdet er også velkomne til at tage et forklæde på og vise, hvordan man "
        "ælter en god dej. Bagefter spiser vi det hele til kaffen.",
        ("generationer", "mad"),
        (_s("BIWEEKLY TH 10:00-11:30", _SOMMER, _SKOLEFERIE),),
        access=("koerestol", "teleslynge", "demensvenlig"),
        capacity=12,
        full=True,
        host="Hanne (aktivitetsmedarbejder)",
        confirmed=16,
        registration="Ring til Hanne på plejecentret, så vi har forklæder nok",
    ),
    _offer(
        "soendagscafe-fjordglimt",
        "Søndagscafé med musik",
        "pc-fjordglimt",
        "roskilde-fjordglimt",
        "Kaffe, kage og levende musik på plejecentret om søndagen.",
        "Caféen er åben for beboere, pårørende og naboer. Ofte spiller en frivillig på klaver "
        "eller harmonika, og så synger vi med. Kom alene eller tag en ven med.",
        ("cafe", "musik"),
        (_s("WEEKLY SU 14:00-16:00"),),
        access=("koerestol", "teleslynge", "demensvenlig"),
        price=20,
        price_note="20 kr. for kaffe og kage",
        host="Hanne (aktivitetsmedarbejder)",
        confirmed=75,
    ),
    _offer(
        "besoegshund-ryttergaarden",
        "Besøgshund på Ryttergården",
        "besoegshundene",
        "roskilde-ryttergaarden",
        "En venlig besøgshund kommer forbi, så du kan klappe og snakke.",
        "Vores besøgshund Molly og hendes ejer kommer i dagligstuen hver onsdag. Mange "
        "beboere og gæster nyder at klappe en hund igen og fortælle om de hunde, de selv har "
        "haft. Besøget holder pause, mens vi finder en ny hund.",
        ("dyr",),
        (_s("WEEKLY WE 10:30-11:30"),),
        access=("koerestol", "demensvenlig"),
        status="paused",
        host="Rikke (koordinator)",
        confirmed=120,
    ),
    _offer(
        "siddedans-ryttergaarden",
        "Siddedans",
        "pc-ryttergaarden",
        "roskilde-ryttergaarden",
        "Dans til god musik, mens du sidder på en stol.",
        "Vi danser med arme, ben og smil til musik fra dengang – fra wienervals til rock'n'roll. "
        "Alle kan være med, også hvis man bruger kørestol eller har svært ved at stå. Frivillige "
        "fra Danseforeningen Fjordtrin leder dansen.",
        ("dans", "bevaegelse", "musik"),
        (_s("WEEKLY TU 14:00-15:00", _SOMMER),),
        access=("koerestol", "demensvenlig", "ekstra-stoette"),
        host="Dorte (frivilligkoordinator)",
        confirmed=23,
    ),
    _offer(
        "harmonikaklubben-oever",
        "Harmonikaklubben øver",
        "harmonikaklubben",
        "roskilde-foreningernes-hus",
        "Spil harmonika sammen med andre hver mandag aften.",
        "Klubben øver sammen og lærer nye numre til koncerterne. Har du en gammel harmonika "
        "stående, så tag den med – det er aldrig for sent at begynde igen. Vi hjælper nye "
        "spillere i gang.",
        ("musik",),
        (_s("WEEKLY MO 19:00-21:00", _SOMMER),),
        access=("koerestol",),
        price=200,
        price_note="Kontingent 200 kr. om året",
        host="Egon (formand)",
        confirmed=251,
    ),
    _offer(
        "vandgymnastik-roskilde",
        "Vandgymnastik i varmtvandsbassin",
        "traening",
        "roskilde-varmtvandsbassin",
        "Blid træning i 34 grader varmt vand.",
        "I det varme vand kan du bevæge dig frit uden at belaste leddene. En fysioterapeut "
        "leder holdet, og du behøver ikke kunne svømme, for du kan bunde overalt. Der er lift "
        "ned i bassinet og hjælp i omklædningen.",
        ("svoemning", "bevaegelse"),
        (_s("WEEKLY MO,WE 11:00-12:00", _JUL),),
        access=("koerestol", "ekstra-stoette"),
        price=30,
        price_note="30 kr. pr. gang – klippekort kan købes",
        capacity=14,
        full=True,
        min_age=60,
        host="Sanne (fysioterapeut)",
        confirmed=9,
        registration="Tilmelding til Træning og Rehabilitering – der er venteliste",
    ),
    _offer(
        "morgensvoemning-roskilde",
        "Morgensvømning for seniorer",
        "senioridraet",
        "roskilde-varmtvandsbassin",
        "Svøm i dit eget tempo, før byen vågner.",
        "To morgener om ugen har seniorerne bassinet for sig selv. Nogle svømmer baner, andre "
        "går i vandet og snakker. Der er en livredder og en instruktør til stede.",
        ("svoemning",),
        (_s("WEEKLY TU,FR 07:30-08:30"),),
        access=("koerestol",),
        price=250,
        price_note="Kontingent 250 kr. om året",
        min_age=60,
        host="Jytte (instruktør)",
        contact=1,
        confirmed=110,
    ),
    _offer(
        "laer-at-svoemme",
        "Lær at svømme – for voksne",
        "traening",
        "roskilde-varmtvandsbassin",
        "Svømmeundervisning for voksne, der aldrig har lært at svømme.",
        "Mange ældre lærte aldrig at svømme som børn, men det er ikke for sent. Vi starter "
        "på lavt vand i det varme bassin og tager et lille skridt ad gangen. Holdet er fuldt, "
        "men der starter et nyt til foråret.",
        ("svoemning", "bevaegelse"),
        (_s("WEEKLY FR 12:30-13:15", _JUL),),
        access=("koerestol", "ekstra-stoette"),
        price=300,
        price_note="300 kr. for ti gange",
        capacity=8,
        full=True,
        min_age=60,
        host="Sanne (fysioterapeut)",
        confirmed=9,
        registration="Skriv dig på ventelisten hos Træning og Rehabilitering",
    ),
    _offer(
        "seniorfitness-seniorhallen",
        "Seniorfitness i Seniorhallen",
        "senioridraet",
        "roskilde-seniorhallen",
        "Styrke, balance og kondition for seniorer.",
        "Vi træner med elastikker, let vægt og egen kropsvægt, og instruktøren viser, hvordan "
        "øvelserne gøres lettere eller sværere. Holdet er for dig, der kan gå og stå selv. "
        "Den første gang er gratis.",
        ("bevaegelse",),
        (_s("WEEKLY MO,TH 10:00-11:30", _SOMMER),),
        price=450,
        price_note="450 kr. pr. sæson",
        min_age=60,
        host="Kurt (formand)",
        confirmed=38,
    ),
    _offer(
        "stavgang-roskilde-havn",
        "Stavgang langs fjorden",
        "senioridraet",
        "roskilde-havn",
        "Gå en tur med stave langs Roskilde Fjord.",
        "Vi går 4-6 km i roligt tempo fra havnen ud langs vandet og tilbage. Har du ikke stave, "
        "kan du låne et par de første gange. Vi slutter med kaffe på havnen.",
        ("gaatur", "bevaegelse"),
        (_s("WEEKLY WE 09:30-11:00"),),
        host="Jytte (instruktør)",
        contact=1,
        confirmed=14,
    ),
    _offer(
        "seniordans-seniorhallen",
        "Seniordans",
        "fjordtrin",
        "roskilde-seniorhallen",
        "Kvadrille, kontradans og runddans for seniorer.",
        "Seniordans er dans i grupper, hvor man skifter partner undervejs, så du behøver ikke "
        "have en fast partner. Vi lærer trinene langsomt og griner meget. Musikken er glad, og "
        "der er pauser undervejs.",
        ("dans", "bevaegelse", "musik"),
        (_s("WEEKLY FR 10:00-11:30", _SOMMER),),
        price=400,
        price_note="400 kr. pr. sæson",
        capacity=40,
        host="Randi (danseinstruktør)",
        confirmed=47,
    ),
    _offer(
        "linedance-begyndere",
        "Linedance for begyndere",
        "fjordtrin",
        "roskilde-seniorhallen",
        "Dans på række til country og pop – uden partner.",
        "I linedance står alle på rækker og danser de samme trin. Vi starter helt fra "
        "begyndelsen, og instruktøren gentager trinene, til alle kan være med. Tag sko på, som "
        "kan glide lidt på gulvet.",
        ("dans",),
        (_s("WEEKLY WE 17:00-18:30", _SOMMER),),
        price=350,
        price_note="350 kr. pr. sæson",
        host="Randi (danseinstruktør)",
        confirmed=29,
    ),
    _offer(
        "petanque-fjordparken",
        "Petanque i Fjordparken",
        "fjordbro-petanque",
        "roskilde-fjordparken",
        "Kast med kugler i frisk luft og godt selskab.",
        "Petanque er let at lære, og du kan spille med, selv om du ikke er så hurtig til bens. "
        "Vi laver hold på stedet, og begyndere får lånt kugler. I vinterhalvåret spiller vi "
        "indendørs i Seniorhallen.",
        ("bevaegelse", "spil"),
        (
            _s(
                "WEEKLY TU,TH 14:00-16:30",
                "11-15..03-15",
                "Om vinteren spiller vi indendørs – spørg Poul",
            ),
        ),
        access=("koerestol",),
        price=200,
        price_note="Kontingent 200 kr. om året",
        host="Poul (formand)",
        confirmed=66,
    ),
    _offer(
        "fugletur-roskilde-fjord",
        "Fugletur ved fjorden",
        "fugleklubben",
        "roskilde-havn",
        "Se og lær fuglene ved Roskilde Fjord at kende.",
        "Den første lørdag i måneden går vi en rolig tur langs fjorden med kikkert og "
        "fuglebog. Turlederen fortæller om de fugle, vi ser, og du kan låne en kikkert. Tag "
        "varmt tøj og en madpakke med.",
        ("dyr", "gaatur", "have"),
        (_s("MONTHLY 1SA 08:00-11:00"),),
        host="Torben (turleder)",
        confirmed=58,
    ),
    _offer(
        "mandeklubben",
        "Mandeklubben",
        "mandeklubben-roskilde",
        "roskilde-vaerkstedet",
        "Et værksted og en kaffeklub for mænd, der kan lide at lave noget med hænderne.",
        "Vi reparerer møbler, bygger fuglekasser og hjælper hinanden med små projekter. Der er "
        "altid kaffe på kanden, og snakken går lige så meget som savene. Mange er gået på "
        "pension eller har mistet deres kone, og her er der plads til det hele. Du er velkommen "
        "til at komme og kigge første gang.",
        ("vaerksted", "cafe", "samtale"),
        (_s("WEEKLY TH 09:00-12:00"),),
        targets=("maend",),
        price=100,
        price_note="Kontingent 100 kr. om året",
        host="Ole (tovholder)",
        confirmed=19,
    ),
    _offer(
        "maendenes-madlavning",
        "Mændenes madlavning",
        "mandeklubben-roskilde",
        "roskilde-lysholm",
        "Mænd laver mad sammen og spiser den bagefter.",
        "Hver anden tirsdag laver vi en god middag fra bunden – frikadeller, gryderetter eller "
        "noget nyt, vi ikke har prøvet før. Du behøver ikke kunne noget i forvejen. Vi deler "
        "udgifterne til råvarer.",
        ("mad", "cafe"),
        (_s("BIWEEKLY TU 16:30-19:30", _SOMMER),),
        targets=("maend",),
        price=60,
        price_note="60 kr. pr. gang til råvarer",
        capacity=10,
        full=True,
        host="Ole (tovholder)",
        confirmed=33,
        registration="Tilmelding til Ole – der er plads til ti ved komfurerne",
    ),
    _offer(
        "lektiecafe-bedsteforaeldre",
        "Lektiecafé – bedsteforældre hjælper",
        "boligforeningen-fjordbo",
        "roskilde-lysholm",
        "Seniorer hjælper børn med lektier i beboerhuset.",
        "Børnene i boligområdet kunne godt bruge en voksen, der har tid til at lytte, når de "
        "læser højt eller regner. Vi søgte frivillige bedsteforældre, men lektiecaféen er "
        "lukket, fordi skolen nu har sin egen.",
        ("generationer", "hjaelpe"),
        (_s("WEEKLY MO 15:00-17:00", _SOMMER, _SKOLEFERIE),),
        access=("koerestol",),
        status="ended",
        host="Yasmin (boligsocial medarbejder)",
        confirmed=260,
    ),
    _offer(
        "gaatur-byparken",
        "Gåtur i Byparken",
        "aeldresagen-fjordbro",
        "roskilde-byparken",
        "En rolig gåtur på en time med kaffe bagefter.",
        "Vi går en runde i Byparken og omegn i et tempo, hvor alle kan følge med og snakke "
        "sammen. Der er bænke undervejs, hvis nogen får brug for en pause. Bagefter drikker vi "
        "kaffe på en café i byen.",
        ("gaatur", "cafe"),
        (_s("WEEKLY MO 10:00-11:30"),),
        host="Bent (aktivitetsansvarlig)",
        contact=1,
        confirmed=11,
    ),
    _offer(
        "foredrag-foreningernes-hus",
        "Foredrag i Foreningernes Hus",
        "aeldresagen-fjordbro",
        "roskilde-foreningernes-hus",
        "Et spændende foredrag med kaffe og kage en gang om måneden.",
        "Vi inviterer foredragsholdere, der fortæller om rejser, historie, sundhed og aktuelle "
        "emner. Efter foredraget er der kaffe, og man kan blive siddende og snakke. "
        "Programmet hænger på biblioteket og i Bakkehuset.",
        ("foredrag", "kultur"),
        (_s("MONTHLY 2TU 14:00-16:00", _SOMMER),),
        access=("koerestol",),
        price=30,
        price_note="30 kr. for medlemmer, 50 kr. for andre, inkl. kaffe og kage",
        host="Grethe (formand)",
        confirmed=26,
    ),
    _offer(
        "bridge-foreningernes-hus",
        "Bridge",
        "bridgeklubben",
        "roskilde-foreningernes-hus",
        "Turneringsbridge om aftenen for øvede spillere.",
        "Klubben spiller parturnering hver onsdag aften. Har du ingen makker, finder vi en til "
        "dig. Nye medlemmer bør kunne de grundlæggende regler – ellers kan du starte på "
        "formiddagskurset.",
        ("spil",),
        (_s("WEEKLY WE 18:30-22:00", _SOMMER),),
        access=("koerestol",),
        price=350,
        price_note="Kontingent 350 kr. om året",
        host="Karl Johan (formand)",
        confirmed=140,
    ),
    _offer(
        "bridgekursus-begyndere",
        "Bridgekursus for begyndere",
        "bridgeklubben",
        "roskilde-foreningernes-hus",
        "Lær at spille bridge fra bunden.",
        "Kurset lærer dig meldinger og spilføring i roligt tempo, og du spiller rigtige spil "
        "fra første gang. Kurset holder pause i øjeblikket og starter igen, når vi har fundet "
        "en ny underviser.",
        ("spil",),
        (_s("WEEKLY MO 10:00-12:30"),),
        access=("koerestol",),
        price=300,
        price_note="300 kr. for kurset",
        capacity=16,
        status="paused",
        host="Karl Johan (formand)",
        confirmed=205,
        registration="Skriv til klubben, så giver vi besked, når kurset starter",
    ),
    _offer(
        "netvaerkscafe-roede-kors",
        "Røde Kors Netværkscafé",
        "roede-kors",
        "roskilde-foreningernes-hus",
        "Et sted at få en kop kaffe og en snak, når dagene er lange.",
        "Netværkscaféen er for alle, der savner nogen at tale med. Frivillige tager imod dig "
        "ved døren, og der er aviser, spil og kage. Du kan komme og gå, som du vil.",
        ("cafe", "samtale"),
        (_s("WEEKLY TU 13:00-15:00"),),
        access=("koerestol", "foelgeven"),
        host="Vibeke (frivilligkoordinator)",
        confirmed=36,
    ),
    _offer(
        "bliv-besoegsven",
        "Bliv besøgsven",
        "roede-kors",
        "roskilde-foreningernes-hus",
        "Besøg en ældre, der sidder alene, og bliv en god ven.",
        "Som besøgsven kommer du hos en ældre en gang om ugen – til en kop kaffe, en gåtur "
        "eller et spil kort. Røde Kors matcher jer efter interesser og følger jer godt i "
        "gang. Kom til et informationsmøde og hør mere.",
        ("hjaelpe", "samtale"),
        (_s("MONTHLY 1WE 16:00-17:30", _SOMMER, "Informationsmøde for nye besøgsvenner"),),
        access=("koerestol",),
        host="Vibeke (frivilligkoordinator)",
        confirmed=48,
        registration="Tilmelding til informationsmødet hos Vibeke",
    ),
    _offer(
        "udflugt-vikingeskibsmuseet",
        "Udflugt til Vikingeskibsmuseet",
        "kulturvennerne",
        "roskilde-havn",
        "En guidet tur på Vikingeskibsmuseet med frokost bagefter.",
        "Vi mødes ved havnen og får en rundvisning på museet med en guide, der fortæller om "
        "vikingeskibene fra fjorden. Bagefter spiser vi frokost sammen på havnen. Turen er "
        "kort, og der er bænke undervejs.",
        ("kultur", "historie"),
        (_s("ONCE 2027-05-12 10:00-14:00"),),
        price=120,
        price_note="120 kr. inkl. entré og frokost",
        capacity=25,
        host="Annelise (formand)",
        confirmed=7,
        registration="Tilmelding til Annelise senest den 1. maj",
    ),
    _offer(
        "sorggruppe-enker-enkemaend",
        "Sorggruppe for enker og enkemænd",
        "sorgnetvaerket",
        "roskilde-fjordkirken",
        "En lille samtalegruppe for dig, der har mistet din ægtefælle.",
        "I gruppen mødes 6-8 personer, der alle har mistet en mand, kone eller partner. To "
        "frivillige med uddannelse i sorgstøtte leder samtalen, og det, der bliver sagt, "
        "bliver i rummet. Vi mødes ti gange, og mange fortsætter bagefter som venner.",
        ("samtale",),
        (_s("BIWEEKLY TH 15:00-17:00", _SOMMER),),
        access=("koerestol", "teleslynge"),
        targets=("sorg",),
        capacity=8,
        host="Hanne (gruppeleder)",
        confirmed=22,
        registration="Ring til Hanne for en kort snak, før du starter",
    ),
    _offer(
        "sogneeftermiddag-fjordkirken",
        "Sogneeftermiddag i Fjordkirken",
        "fjordkirken",
        "roskilde-fjordkirken",
        "Foredrag, sang og kaffe i sognehuset.",
        "En torsdag om måneden er der sogneeftermiddag med en gæst, der fortæller om et emne "
        "fra livet, troen eller historien. Vi synger et par salmer og drikker kaffe. Alle er "
        "velkomne, uanset om man kommer i kirken til daglig.",
        ("tro", "foredrag", "cafe"),
        (_s("MONTHLY 2TH 14:00-16:00", _SOMMER),),
        access=("koerestol", "teleslynge"),
        price=30,
        price_note="30 kr. for kaffe og kage",
        host="Bodil (kirke- og kulturmedarbejder)",
        contact=1,
        confirmed=44,
    ),
    _offer(
        "kirkefrokost-fjordkirken",
        "Kirkefrokost efter gudstjenesten",
        "fjordkirken",
        "roskilde-fjordkirken",
        "Spis frokost sammen i sognehuset efter søndagens gudstjeneste.",
        "Den første søndag i måneden dækker frivillige op til frokost efter gudstjenesten. Du "
        "kan sagtens komme til frokosten uden at have været i kirke. Det er en god måde at "
        "lære folk i sognet at kende.",
        ("mad", "tro"),
        (_s("MONTHLY 1SU 11:30-13:00"),),
        access=("koerestol", "teleslynge"),
        price=40,
        price_note="40 kr. for frokost og kaffe",
        host="Bodil (kirke- og kulturmedarbejder)",
        contact=1,
        confirmed=99,
        registration="Tilmelding på listen i kirken eller hos Bodil senest torsdagen før",
    ),
    _offer(
        "laesevenner-egeskolen",
        "Læsevenner i 2. klasse",
        "egeskolen",
        "roskilde-egeskolen",
        "Seniorer læser sammen med børn, der har brug for lidt ekstra hjælp.",
        "Som læseven sidder du med et eller to børn og lytter, mens de læser højt. Det kræver "
        "ikke andet end tålmodighed og lyst til at være sammen med børn. Vi giver dig en kort "
        "introduktion den første dag.",
        ("generationer", "hjaelpe", "foredrag"),
        (_s("WEEKLY WE 09:00-10:00", _SOMMER, _SKOLEFERIE),),
        access=("koerestol",),
        host="Lars (lærer)",
        confirmed=31,
        registration="Kontakt Lars på skolen – vi skal bruge en børneattest",
    ),
    # ======================================================================= Tune og Gadstrup
    _offer(
        "stolegymnastik-tunehoej",
        "Stolegymnastik",
        "pc-tunehoej",
        "tune-tunehoej",
        "Gymnastik på stol for beboere og ældre, der bor hjemme i Tune.",
        "En instruktør fra Fjordbro Senioridræt leder en halv times gymnastik, hvor alle sidder "
        "ned. Vi styrker arme og ben, griner en del og drikker kaffe bagefter. Du er velkommen "
        "til at komme og kigge første gang.",
        ("bevaegelse",),
        (_s("WEEKLY TU,FR 10:00-10:45"),),
        access=("koerestol", "teleslynge", "demensvenlig", "ekstra-stoette"),
        host="Camilla (aktivitetsmedarbejder)",
        confirmed=17,
    ),
    _offer(
        "cykling-uden-alder-tunehoej",
        "Cykling uden alder",
        "cykling-uden-alder",
        "tune-tunehoej",
        "En tur i rickshaw med en frivillig cykelpilot.",
        "Du sidder godt med et tæppe over benene, mens piloten cykler en tur ud i landskabet "
        "eller ned til bageren. Der er plads til to passagerer, og piloten kan hjælpe dig op i "
        "cyklen fra kørestolen. Turene aftales med plejecentret, og borgere fra Tune kan "
        "blive hentet hjemme.",
        ("cykling", "kultur"),
        (_s("WEEKLY WE 13:00-15:00", "10-15..04-15", "Vi cykler fra april til oktober"),),
        access=("koerestol", "demensvenlig", "transport"),
        host="Michael (tovholder)",
        confirmed=40,
        registration="Ring til Camilla på Tunehøj og book en tur",
    ),
    _offer(
        "bliv-cykelpilot",
        "Bliv cykelpilot",
        "cykling-uden-alder",
        "tune-tunehoej",
        "Kør ældre mennesker en tur i rickshaw som frivillig.",
        "Som cykelpilot giver du ældre en oplevelse, de ellers ikke kan få – og du får selv "
        "frisk luft og gode historier. Du vælger selv, hvor ofte du vil køre. Kom til en "
        "introduktion og prøv en cykel.",
        ("hjaelpe", "cykling"),
        (_s("MONTHLY 1MO 16:00-17:30", note="Introduktion for nye piloter"),),
        host="Michael (tovholder)",
        confirmed=40,
        registration="Tilmelding til introduktionen hos Michael",
    ),
    _offer(
        "sansehave-hoens-tunehoej",
        "Sansehaven og hønsene på Tunehøj",
        "pc-tunehoej",
        "tune-tunehoej",
        "Pas høns og plant blomster i plejecentrets have.",
        "Vi fodrer hønsene, samler æg og luger i højbedene sammen med beboerne. Frivillige fra "
        "byen er velkomne, især hvis du har grønne fingre. Arbejdet er roligt, og der er altid "
        "tid til en kop kaffe i haven.",
        ("have", "dyr", "hjaelpe"),
        (_s("WEEKLY TH 10:00-11:30", "11-01..02-28"),),
        access=("koerestol", "demensvenlig"),
        host="Camilla (aktivitetsmedarbejder)",
        confirmed=25,
    ),
    _offer(
        "salmesang-tune",
        "Salmesang og kaffe i Tune Sognegård",
        "tune-sogn",
        "tune-kirke",
        "Vi synger salmer og sange og drikker kaffe sammen.",
        "Organisten spiller, og vi synger de salmer og sange, deltagerne ønsker. Der er god tid "
        "til at fortælle, hvorfor en sang betyder noget. Bagefter er der kaffe og hjemmebag.",
        ("sang", "tro", "cafe"),
        (_s("MONTHLY 3TU 14:00-15:30", _SOMMER),),
        access=("koerestol", "teleslynge"),
        price=20,
        price_note="20 kr. for kaffe",
        host="Peter (sognepræst)",
        confirmed=84,
    ),
    _offer(
        "sorgcafe-tune",
        "Sorgcafé i Tune Sognegård",
        "tune-sogn",
        "tune-kirke",
        "En uformel café for dig, der har mistet en, du holdt af.",
        "Sorgcaféen er et sted, hvor du kan tale om den, du har mistet – eller bare sidde "
        "sammen med andre, der forstår. Præsten og to frivillige er til stede. Du kan komme "
        "så mange gange, du har brug for.",
        ("samtale",),
        (_s("MONTHLY 2WE 16:00-17:30"),),
        access=("koerestol", "teleslynge"),
        targets=("sorg",),
        host="Peter (sognepræst)",
        confirmed=84,
    ),
    _offer(
        "tirsdagsklubben-tune",
        "Tirsdagsklubben",
        "tune-sogn",
        "tune-kirke",
        "Foredrag, sang og kaffe for seniorer hver anden tirsdag.",
        "Klubben har eksisteret i mere end 30 år og samler omkring 40 seniorer fra Tune og "
        "Gadstrup. Vi hører foredrag, synger og tager på en udflugt om foråret. Nye ansigter "
        "er meget velkomne.",
        ("foredrag", "cafe", "tro"),
        (_s("BIWEEKLY TU 13:30-16:00", "05-01..08-31", "Sæsonen går fra september til april"),),
        access=("koerestol", "teleslynge"),
        price=25,
        price_note="25 kr. pr. gang inkl. kaffe",
        host="Peter (sognepræst)",
        confirmed=102,
    ),
    _offer(
        "gaaklubben-tune",
        "Gåklubben Tune – gåtur og kaffe",
        "aeldresagen-fjordbro",
        "tune-hallen",
        "En gåtur på 3-5 km fra Idrætshallen i Tune.",
        "Vi deler os i en hurtig og en langsom gruppe, så alle kan være med. Turen går ad "
        "stier og markveje rundt om byen. Bagefter mødes begge grupper til kaffe i hallens "
        "cafeteria.",
        ("gaatur", "cafe"),
        (_s("WEEKLY TH 09:30-11:00"),),
        host="Bent (aktivitetsansvarlig)",
        contact=1,
        confirmed=13,
    ),
    _offer(
        "pickleball-tune",
        "Pickleball for seniorer",
        "senioridraet",
        "tune-hallen",
        "Et let ketsjerspil, der minder om tennis og badminton.",
        "Pickleball spilles på en lille bane med en plastikbold, så det er skånsomt for "
        "kroppen. Holdet er desværre lukket, fordi vi mistede haltiden.",
        ("bevaegelse", "spil"),
        (_s("WEEKLY MO 13:00-15:00"),),
        status="ended",
        min_age=60,
        host="Kurt (formand)",
        confirmed=301,
    ),
    _offer(
        "strikkeklub-tuneparken",
        "Strikkeklub – strik og snak",
        "tuneparken",
        "tune-tuneparken",
        "Strik, hækl og snak i beboerhuset hver tirsdag.",
        "Tag dit eget strikketøj med, eller kom og lær det fra bunden – vi har garn og "
        "pinde. Mange af os strikker til børnebørnene eller til Røde Kors. Der er kaffe på "
        "kanden og plads til alle.",
        ("haandarbejde", "cafe"),
        (_s("WEEKLY TU 13:00-15:30"),),
        access=("koerestol",),
        host="Lis (frivillig)",
        confirmed=57,
    ),
    _offer(
        "faellesspisning-tuneparken",
        "Fællesspisning i Tuneparken",
        "tuneparken",
        "tune-tuneparken",
        "Aftensmad med naboer i alle aldre den sidste torsdag i måneden.",
        "Frivillige beboere laver mad til 50-60 personer, og både børnefamilier og ældre sætter "
        "sig ved de lange borde. Det er en god måde at lære nye naboer at kende. Børn spiser "
        "for halv pris.",
        ("mad", "generationer", "cafe"),
        (_s("MONTHLY -1TH 17:30-19:30", "07-01..07-31"),),
        access=("koerestol",),
        price=40,
        price_note="40 kr. for voksne, 20 kr. for børn",
        capacity=60,
        host="Lis (frivillig)",
        confirmed=62,
        registration="Tilmelding på listen i beboerhuset senest mandagen før",
    ),
    _offer(
        "lokalhistorisk-arkiv-tune",
        "Lokalhistorisk arkiv – åbent hus",
        "historie-tune-gadstrup",
        "tune-forsamlingshus",
        "Kig i gamle billeder og kort fra Tune og Gadstrup.",
        "Arkivet er åbent hver onsdag eftermiddag. Du kan lede efter din slægt eller dit hus, "
        "eller hjælpe os med at finde ud af, hvem der er på de gamle billeder. Har du selv "
        "fotos eller papirer fra egnen, tager vi gerne imod dem. Arkivet holder lukket i "
        "vinter, mens vi flytter til nye lokaler.",
        ("historie", "hjaelpe"),
        (_s("WEEKLY WE 14:00-17:00", _SOMMER),),
        access=("koerestol",),
        status="paused",
        host="Ellen (formand)",
        confirmed=150,
    ),
    _offer(
        "byvandring-gadstrup",
        "Byvandring i Gadstrup",
        "historie-tune-gadstrup",
        "gadstrup-kirke",
        "En aftentur gennem Gadstrup med historier om de gamle gårde og huse.",
        "Vi starter ved kirken og går en god time gennem landsbyen, mens en af foreningens "
        "kendere fortæller om gårdene, smedjen og den gamle skole. Turen foregår på fortov og "
        "grusvej. Bagefter er der kaffe i forsamlingshuset.",
        ("historie", "gaatur", "kultur"),
        (_s("ONCE 2027-05-20 18:00-20:00"),),
        host="Ellen (formand)",
        confirmed=10,
    ),
    _offer(
        "moedestedet-gadstrup-kaffe",
        "Mødestedet Gadstrup – formiddagskaffe",
        "moedestedet-gadstrup",
        "gadstrup-forsamlingshus",
        "Kom til kaffe og en snak i forsamlingshuset onsdag formiddag.",
        "Forsamlingshuset er åbent for alle, der har lyst til selskab. Der er kaffe, "
        "rundstykker, aviser og spil, og ofte en lille konkurrence eller en quiz. Mange kommer "
        "alene første gang – og bliver hængende.",
        ("cafe", "spil", "samtale"),
        (_s("WEEKLY WE 10:00-12:00", _SOMMER),),
        access=("koerestol", "teleslynge", "foelgeven"),
        price=20,
        price_note="20 kr. for kaffe og rundstykke",
        host="Bente (tovholder)",
        confirmed=20,
    ),
    _offer(
        "banko-gadstrup",
        "Banko i forsamlingshuset",
        "moedestedet-gadstrup",
        "gadstrup-forsamlingshus",
        "Hyggelig banko med små gevinster og kaffe.",
        "Den første fredag i måneden spiller vi banko om kurve med lokale varer. Du kan købe "
        "plader ved døren. Der er pause med kaffe og kage midt i spillet.",
        ("spil", "cafe"),
        (_s("MONTHLY 1FR 13:00-15:30", _SOMMER),),
        access=("koerestol", "teleslynge"),
        price=30,
        price_note="30 kr. for tre plader",
        host="Bente (tovholder)",
        confirmed=49,
    ),
    _offer(
        "spisefaellesskab-gadstrup",
        "Spisefællesskab i Gadstrup",
        "moedestedet-gadstrup",
        "gadstrup-forsamlingshus",
        "Tre retter mad og godt selskab i forsamlingshuset.",
        "Frivillige laver en god middag en gang om måneden, og vi spiser ved lange borde. Der "
        "er ofte lidt underholdning, fx fællessang eller en lokal fortæller. Der er plads til "
        "60, og pladserne bliver hurtigt taget.",
        ("mad", "cafe"),
        (_s("MONTHLY 3TH 17:30-20:00", _SOMMER),),
        access=("koerestol", "teleslynge"),
        price=75,
        price_note="75 kr. for tre retter",
        capacity=60,
        full=True,
        host="Bente (tovholder)",
        confirmed=20,
        registration="Tilmelding til Bente på telefon senest ugen før",
    ),
    _offer(
        "fuglekasser-gadstrup-skole",
        "Seniorer og 5. klasse bygger fuglekasser",
        "moedestedet-gadstrup",
        "gadstrup-skolen",
        "Ældre og skolebørn bygger fuglekasser sammen i sløjdlokalet.",
        "En torsdag hver uge i foråret mødes seniorer fra Mødestedet og elever fra 5. klasse i "
        "sløjdlokalet. De ældre viser, hvordan man saver og sømmer, og børnene viser, hvordan "
        "man finder fuglene i en app. Kasserne bliver hængt op i byen.",
        ("generationer", "vaerksted", "dyr"),
        (
            _s(
                "WEEKLY TH 12:30-14:00",
                "06-01..02-28",
                "Kun i foråret – og ikke i skolernes ferier",
            ),
        ),
        access=("koerestol",),
        capacity=8,
        host="Bente (tovholder)",
        confirmed=20,
        registration="Sig til Bente, hvis du vil være med",
    ),
    _offer(
        "torsdagscafe-havdrup",
        "Havdrup Mødested – torsdagscafé",
        "havdrup-borgerforening",
        "havdrup-borgerhus",
        "Kaffe, kage og snak i borgerhuset hver torsdag.",
        "Torsdagscaféen er byens åbne mødested, hvor man kan komme alene og gå derfra med nye "
        "bekendtskaber. Vi spiller kort, snakker og planlægger små ture. Frivillige fra "
        "borgerforeningen tager godt imod dig.",
        ("cafe", "spil", "samtale"),
        (_s("WEEKLY TH 13:00-15:30", _SOMMER),),
        access=("koerestol", "teleslynge"),
        price=15,
        price_note="15 kr. for kaffe og kage",
        host="Jørgen (formand)",
        confirmed=37,
    ),
    _offer(
        "vandregruppen-havdrup",
        "Vandregruppen Havdrup",
        "havdrup-borgerforening",
        "havdrup-station",
        "Lørdagsvandring på 6-8 km i landskabet omkring Havdrup.",
        "Vi går fra stationen ad markveje og skovstier og holder en pause med madpakke "
        "undervejs. Tempoet er roligt, men du skal kunne gå et par timer. Tag gode sko og "
        "regntøj med.",
        ("gaatur", "have"),
        (_s("WEEKLY SA 09:00-11:00"),),
        host="Jørgen (formand)",
        confirmed=37,
    ),
    _offer(
        "computerhjaelp-havdrup",
        "Computerhjælp i Borgerhuset",
        "senior-it",
        "havdrup-borgerhus",
        "Få hjælp til din mobil, tablet eller computer i Havdrup.",
        "Den anden mandag i måneden kom to frivillige fra Senior-IT til Havdrup og hjalp med "
        "mobil, tablet og computer. Tilbuddet er stoppet, fordi der ikke er frivillige nok i "
        "Havdrup lige nu. Kom i stedet til IT-caféen i Roskilde eller på Viby Bibliotek.",
        ("it",),
        (_s("MONTHLY 2MO 10:00-12:00", _SOMMER),),
        access=("koerestol", "teleslynge"),
        status="ended",
        host="Finn (frivillig)",
        confirmed=280,
    ),
    _offer(
        "fredagsspisning-havdrup",
        "Fredagsspisning for dig, der bor alene",
        "folkehjaelp",
        "havdrup-borgerhus",
        "Varm mad og selskab for ældre, der ofte spiser alene.",
        "Hver anden fredag laver frivillige fra Dansk Folkehjælp et godt måltid. Har du svært "
        "ved at komme af sted, kan vi hente dig i bil. Mange af gæsterne er blevet gode venner "
        "og mødes også udenfor.",
        ("mad", "cafe"),
        (_s("BIWEEKLY FR 12:00-14:00"),),
        access=("koerestol", "teleslynge", "transport", "foelgeven"),
        price=40,
        price_note="40 kr. inkl. kaffe – kørsel er gratis",
        capacity=30,
        host="Jette (tovholder)",
        confirmed=24,
        registration="Ring til Jette, hvis du vil hentes – ellers bare mød op",
    ),
    _offer(
        "folkedans-tune",
        "Folkedans i Tune Forsamlingshus",
        "fjordtrin",
        "tune-forsamlingshus",
        "Gamle danske folkedanse til levende spillemandsmusik.",
        "Vi danser traditionelle danse fra hele landet til musik af to spillemænd. Folkedans "
        "er god motion og godt selskab. Holdet holder pause, indtil vi har fundet en ny "
        "danseleder.",
        ("dans", "musik"),
        (_s("WEEKLY MO 19:00-21:00", _SOMMER),),
        access=("koerestol",),
        status="paused",
        price=350,
        price_note="350 kr. pr. sæson",
        host="Randi (danseinstruktør)",
        confirmed=198,
    ),
    # ======================================================================= Fjordlandet
    _offer(
        "balancetraening-fjordstuen",
        "Balancetræning – stå fast",
        "fjordstuen",
        "jyllinge-fjordstuen",
        "Øvelser, der gør dig mere sikker på benene og mindsker risikoen for fald.",
        "En fysioterapeut viser enkle øvelser, som du også kan lave derhjemme. Vi træner "
        "balance, styrke i benene og at rejse sig fra en stol. Holdet er for dig, der kan gå "
        "selv, eventuelt med stok eller rollator.",
        ("bevaegelse",),
        (_s("WEEKLY TU 10:00-11:00", _JUL),),
        access=("teleslynge", "ekstra-stoette"),
        capacity=15,
        host="Pia (aktivitetsmedarbejder)",
        confirmed=28,
    ),
    _offer(
        "traevaerkstedet-fjordstuen",
        "Træværkstedet i Fjordstuen",
        "fjordstuen",
        "jyllinge-fjordstuen",
        "Sav, drej og byg i et veludstyret træværksted.",
        "Værkstedet har drejebænk, båndsav og alt det håndværktøj, man kan ønske sig. Erfarne "
        "brugere hjælper nye i gang og sørger for, at maskinerne bruges sikkert. Du betaler "
        "kun for det træ, du bruger.",
        ("vaerksted",),
        (_s("WEEKLY MO,WE 09:00-12:00"),),
        access=("koerestol",),
        price=None,
        price_note="Gratis – materialer betales efter forbrug",
        host="Pia (aktivitetsmedarbejder)",
        confirmed=73,
    ),
    _offer(
        "syklub-fjordstuen",
        "Syklub og patchwork",
        "fjordstuen",
        "jyllinge-fjordstuen",
        "Sy, lap og lav patchwork sammen med andre.",
        "Vi har symaskiner, stof og mønstre, og de erfarne hjælper gerne, hvis du vil lære at "
        "sy eller lave patchwork. Nogle syr tæpper til neonatalafdelingen på hospitalet. "
        "Snakken går, og kaffen er god.",
        ("haandarbejde", "cafe", "hjaelpe"),
        (_s("WEEKLY TH 13:00-15:30"),),
        access=("koerestol", "teleslynge"),
        host="Pia (aktivitetsmedarbejder)",
        confirmed=73,
    ),
    _offer(
        "kvindernes-vaerksted-fjordstuen",
        "Kvindernes værksted",
        "fjordstuen",
        "jyllinge-fjordstuen",
        "Lær at bruge boremaskine, sav og skruetrækker i trygge rammer.",
        "Kvindernes værksted er for dig, der gerne vil kunne klare de små reparationer selv. En "
        "frivillig snedker viser, hvordan værktøjet bruges, og vi bygger små ting til hjemmet. "
        "Der er ingen dumme spørgsmål.",
        ("vaerksted", "haandarbejde"),
        (_s("BIWEEKLY FR 13:00-15:00", _SOMMER),),
        access=("koerestol", "teleslynge"),
        targets=("kvinder",),
        capacity=8,
        host="Pia (aktivitetsmedarbejder)",
        confirmed=73,
    ),
    _offer(
        "fredagscafe-fjordstuen",
        "Fredagscafé med levende musik",
        "fjordstuen",
        "jyllinge-fjordstuen",
        "Kaffe, lagkage og musik den sidste fredag i måneden.",
        "Et lokalt orkester eller en sanger spiller op, og vi synger med på de kendte numre. "
        "Der er også plads til en lille svingom. Caféen er åben for alle i Jyllinge.",
        ("musik", "cafe", "sang"),
        (_s("MONTHLY -1FR 14:00-16:00", _SOMMER),),
        access=("koerestol", "teleslynge"),
        price=30,
        price_note="30 kr. for kaffe og lagkage",
        host="Pia (aktivitetsmedarbejder)",
        confirmed=43,
    ),
    _offer(
        "spil-med-fjordskolen",
        "Elever spiller spil med beboerne",
        "fjordskolen",
        "jyllinge-strandengen",
        "Unge fra Fjordskolen spiller kort og brætspil med ældre på plejecentret.",
        "Eleverne på valgfaget 'Gamle og unge' kommer hver onsdag og spiller ludo, kort og "
        "Trivial Pursuit med beboere og ældre fra Jyllinge. Det giver grin og gode samtaler på "
        "tværs af generationerne.",
        ("generationer", "spil"),
        (_s("WEEKLY WE 12:30-13:30", _SOMMER, _SKOLEFERIE),),
        access=("koerestol", "teleslynge", "demensvenlig"),
        host="Nina (lærer)",
        confirmed=35,
    ),
    _offer(
        "erindringsinterview-fjordskolen",
        "Elever interviewer seniorer om Jyllinge før i tiden",
        "fjordskolen",
        "jyllinge-fjordskolen",
        "Fortæl skoleelever om dit liv og din barndom i Jyllinge.",
        "Eleverne i 8. klasse laver et historieprojekt om byen og vil gerne høre om, hvordan "
        "det var at vokse op, arbejde og gå i skole før i tiden. Du fortæller, og de stiller "
        "spørgsmål og skriver. Til sidst bliver interviewene samlet i en lille bog.",
        ("generationer", "historie", "samtale"),
        (_s("WEEKLY WE 10:00-11:30", "05-01..02-28", "Kun i marts og april"),),
        access=("koerestol",),
        capacity=10,
        host="Nina (lærer)",
        confirmed=35,
        registration="Ring til Nina på skolen",
    ),
    _offer(
        "hoejtlaesning-strandengen",
        "Højtlæsning og erindringer",
        "pc-strandengen",
        "jyllinge-strandengen",
        "En frivillig læser noveller og digte højt, og vi taler om dengang.",
        "Vi læser korte tekster, ofte om livet på landet og ved fjorden, og snakker om de "
        "minder, teksterne vækker. Det er roligt og hyggeligt og passer også til dig, der har "
        "svært ved at læse selv.",
        ("foredrag", "historie", "samtale"),
        (_s("WEEKLY MO 14:00-15:00"),),
        access=("koerestol", "teleslynge", "demensvenlig"),
        host="Maja (aktivitetskoordinator)",
        confirmed=53,
    ),
    _offer(
        "cafe-glemmigej",
        "Café Glemmigej – demenscafé",
        "demensforeningen",
        "jyllinge-strandengen",
        "Demensvenlig café for mennesker med demens og deres pårørende i Jyllinge.",
        "Vi mødes over kaffe og kage, synger lidt og snakker om stort og småt. Frivillige og en "
        "demenskoordinator er til stede, så de pårørende også kan få en snak. Det er gratis, og "
        "du behøver ikke melde dig til.",
        ("cafe", "samtale", "sang"),
        (_s("MONTHLY 2TH 14:00-16:00"),),
        access=("koerestol", "teleslynge", "demensvenlig"),
        host="Lisbeth (frivillig)",
        confirmed=27,
    ),
    _offer(
        "morgensang-jyllinge-bibliotek",
        "Morgensang på Jyllinge Bibliotek",
        "bibliotekerne",
        "jyllinge-bibliotek",
        "En halv time med fællessang før biblioteket åbner.",
        "Den første onsdag i måneden synger vi morgensange og årstidens sange sammen. Sangene "
        "vises på storskærm, så du ikke skal holde en bog. Bagefter er der kaffe.",
        ("sang",),
        (_s("MONTHLY 1WE 10:30-11:30", _SOMMER),),
        access=("koerestol", "teleslynge"),
        host="Jonas (bibliotekar)",
        contact=1,
        confirmed=39,
    ),
    _offer(
        "erindringsvaerksted-jyllinge",
        "Erindringsværksted – skriv dit livs historie",
        "bibliotekerne",
        "jyllinge-bibliotek",
        "Skriv erindringer fra dit liv med hjælp fra en forfatter.",
        "På værkstedet får du små skriveopgaver og læser op for hinanden, hvis du har lyst. "
        "Mange skriver til deres børnebørn. Værkstedet holder pause, mens vi finder en ny "
        "underviser.",
        ("foredrag", "historie"),
        (_s("BIWEEKLY TU 13:00-15:00"),),
        access=("koerestol", "teleslynge"),
        capacity=10,
        status="paused",
        host="Jonas (bibliotekar)",
        contact=1,
        confirmed=230,
    ),
    _offer(
        "it-cafe-jyllinge",
        "IT-café i Jyllinge",
        "senior-it",
        "jyllinge-bibliotek",
        "Få hjælp til mobil, tablet og computer hver torsdag.",
        "Frivillige fra Senior-IT sidder klar i bibliotekets mødelokale. Du kan få hjælp til "
        "alt fra at sende billeder til at bruge MitID og bestille tid hos lægen. Tag gerne "
        "din oplader med.",
        ("it",),
        (_s("WEEKLY TH 10:00-12:00", _SOMMER),),
        access=("koerestol", "teleslynge"),
        host="Lise (frivillig underviser)",
        contact=1,
        confirmed=8,
    ),
    _offer(
        "gaaklubben-fjordstien-tirsdag",
        "Gåklubben Fjordstien – tirsdagstur",
        "gaaklubben-fjordstien",
        "jyllinge-havn",
        "En gåtur på 5 km langs fjorden i godt selskab.",
        "Vi går fra havnen ad diget og tilbage gennem byen. Der er en hurtig og en langsom "
        "gruppe, og ingen bliver efterladt. Bagefter drikker vi kaffe ved havnekiosken.",
        ("gaatur", "bevaegelse"),
        (_s("WEEKLY TU 09:30-11:00"),),
        price=50,
        price_note="Kontingent 50 kr. om året",
        host="Hanne (turleder)",
        confirmed=16,
    ),
    _offer(
        "vinterbadning-jyllinge",
        "Vinterbadning ved Jyllinge Havn",
        "gaaklubben-fjordstien",
        "jyllinge-havn",
        "En kort dukkert i fjorden og en varm kop kaffe bagefter.",
        "Hver søndag morgen går en flok seniorer i vandet fra badebroen – hele året. Nye "
        "bliver taget godt imod og lærer at vænne sig til kulden lidt efter lidt. Tal med din "
        "læge først, hvis du har hjerteproblemer.",
        ("svoemning", "bevaegelse"),
        (_s("WEEKLY SU 09:00-10:00"),),
        price=50,
        price_note="Kontingent 50 kr. om året",
        host="Hanne (turleder)",
        confirmed=16,
    ),
    _offer(
        "mandehuset-vaerksted",
        "Mandehuset – værksted og kaffe",
        "mandehuset-fjordlandet",
        "jyllinge-mandehuset",
        "Værksted og fællesskab for mænd i Jyllinge.",
        "I Mandehuset bygger vi, reparerer og hygger. Nogle laver bænke til byen, andre fikser "
        "naboens plæneklipper eller sidder bare og drikker kaffe. Du er velkommen til at komme "
        "og kigge første gang – der er altid en, der viser dig rundt.",
        ("vaerksted", "cafe"),
        (_s("WEEKLY TU,TH 09:00-13:00"),),
        access=("koerestol",),
        targets=("maend",),
        price=200,
        price_note="Kontingent 200 kr. om året inkl. kaffe",
        host="Svend Åge (formand)",
        confirmed=46,
    ),
    _offer(
        "reparationscafe-jyllinge",
        "Reparationscafé – vi fikser det",
        "mandehuset-fjordlandet",
        "jyllinge-mandehuset",
        "Tag din ødelagte lampe, radio eller stol med, så hjælper vi med at reparere den.",
        "Den første lørdag i måneden åbner Mandehuset dørene for alle. Frivillige hjælper dig "
        "med at reparere ting i stedet for at smide dem ud. Du lærer noget undervejs, og der "
        "er kaffe, mens du venter.",
        ("vaerksted", "hjaelpe"),
        (_s("MONTHLY 1SA 10:00-13:00", _SOMMER),),
        access=("koerestol",),
        host="Svend Åge (formand)",
        confirmed=46,
    ),
    _offer(
        "sorggruppe-jyllinge",
        "Sorggruppe i Jyllinge",
        "jyllinge-sogn",
        "jyllinge-kirke",
        "En samtalegruppe for voksne, der har mistet en nærtstående.",
        "Gruppen mødes hver anden mandag i kirkehuset med præsten og en frivillig. Vi taler om "
        "sorgen og om at finde fodfæste i hverdagen igen. Gruppen er fuld nu, men der starter "
        "en ny til foråret.",
        ("samtale",),
        (_s("BIWEEKLY MO 16:00-18:00"),),
        access=("koerestol", "teleslynge"),
        targets=("sorg",),
        capacity=8,
        full=True,
        host="Mads (sognepræst)",
        confirmed=19,
        registration="Ring til Mads for at komme på listen til næste gruppe",
    ),
    _offer(
        "onsdagssang-jyllinge",
        "Onsdagssang i Jyllinge Kirke",
        "jyllinge-sogn",
        "jyllinge-kirke",
        "Syng salmer og sange fra Højskolesangbogen i kirken.",
        "Kirkesangeren og organisten leder en times sang, og vi fortæller lidt om sangene "
        "undervejs. Der er kaffe i kirkehuset bagefter. Du behøver ikke kunne synge godt – "
        "bare have lyst.",
        ("sang", "tro"),
        (_s("MONTHLY 2WE 14:00-15:00", _SOMMER),),
        access=("koerestol", "teleslynge"),
        host="Gitte (kirkesanger)",
        contact=1,
        confirmed=81,
    ),
    _offer(
        "motionsdans-kirke-hyllinge",
        "Motionsdans i Kirke Hyllinge",
        "aeldresagen-fjordlandet",
        "kirke-hyllinge-forsamlingshus",
        "Glad dans, der holder kroppen i gang.",
        "Motionsdans er nemme trin til god musik, og du danser uden partner. Instruktøren "
        "viser trinene mange gange, og der er pauser undervejs. Mange kommer også for "
        "kaffens og snakkens skyld.",
        ("dans", "bevaegelse"),
        (_s("WEEKLY WE 10:00-11:30", _SOMMER),),
        price=300,
        price_note="300 kr. pr. sæson",
        host="Inge (formand)",
        confirmed=32,
    ),
    _offer(
        "spisefaellesskab-kirke-hyllinge",
        "Spisefællesskab i Kirke Hyllinge Forsamlingshus",
        "aeldresagen-fjordlandet",
        "kirke-hyllinge-forsamlingshus",
        "Middagsmad og selskab den anden tirsdag i måneden.",
        "Frivillige fra Ældre Sagen laver mad fra bunden, og vi spiser sammen i den store sal. "
        "Har du ikke selv bil, kan en frivillig hente dig. Du behøver ikke være medlem.",
        ("mad", "cafe"),
        (_s("MONTHLY 2TU 12:00-14:00", _SOMMER),),
        access=("koerestol", "transport"),
        price=65,
        price_note="65 kr. inkl. kaffe",
        capacity=50,
        host="Inge (formand)",
        confirmed=32,
        registration="Tilmelding til Inge senest fredagen før – sig til, hvis du skal hentes",
    ),
    _offer(
        "kortspil-skibby",
        "Kortspil og brætspil i Skibby",
        "aeldresagen-fjordlandet",
        "skibby-medborgerhus",
        "Whist, canasta og brætspil mandag eftermiddag.",
        "Vi spillede kort og brætspil ved små borde i Medborgerhuset, og der var altid en, der "
        "manglede en makker. Klubben er stoppet, fordi tovholderne har takket af.",
        ("spil", "cafe"),
        (_s("WEEKLY MO 13:00-16:00"),),
        access=("koerestol", "teleslynge"),
        status="ended",
        host="Inge (formand)",
        confirmed=240,
    ),
    _offer(
        "bliv-foelgeven-fjordlandet",
        "Bliv følgeven i Fjordlandet",
        "aeldresagen-fjordlandet",
        "skibby-medborgerhus",
        "Følg en ældre borger første gang, de skal prøve en ny aktivitet.",
        "Mange ældre har lyst til at komme ud, men synes det er svært at gå ind ad døren "
        "første gang. Som følgeven tager du med – i bil, bus eller til fods. Kom til en "
        "informationsaften og hør, hvordan det foregår.",
        ("hjaelpe",),
        (_s("MONTHLY 1TU 19:00-20:30", _SOMMER, "Informationsaften for nye følgevenner"),),
        access=("koerestol", "teleslynge"),
        host="Inge (formand)",
        confirmed=32,
        registration="Skriv eller ring til Inge",
    ),
    _offer(
        "seniorsport-kornmarken",
        "Seniorsport på Kornmarken",
        "senioridraet",
        "skibby-kornmarken",
        "Bevægelse og boldspil for beboere og hjemmeboende ældre i Skibby.",
        "Instruktører fra Fjordbro Senioridræt leder holdet, og øvelserne tilpasses, så alle kan "
        "være med – også fra kørestol. Vi kaster med bolde, bruger elastikker og griner en "
        "masse. Pårørende må gerne deltage.",
        ("bevaegelse",),
        (_s("WEEKLY MO,WE 10:30-11:30"),),
        access=("koerestol", "teleslynge", "demensvenlig", "ekstra-stoette"),
        host="Jytte (instruktør)",
        contact=1,
        confirmed=26,
    ),
    _offer(
        "havehold-kornmarken",
        "Havehold i drivhuset",
        "pc-kornmarken",
        "skibby-kornmarken",
        "Så, plant og høst tomater og blomster i plejecentrets drivhus.",
        "Haveholdet passer drivhuset og højbedene sammen med beboerne. Frivillige med "
        "haveerfaring er meget velkomne. Vi arbejder i roligt tempo og holder kaffepause i "
        "solen.",
        ("have", "hjaelpe"),
        (_s("WEEKLY TH 10:00-11:30", "10-31..03-31", "Fra april til oktober"),),
        access=("koerestol", "demensvenlig"),
        host="Birgitte (frivilligkoordinator)",
        confirmed=70,
    ),
    _offer(
        "boernehave-synger-kornmarken",
        "Beboere og børnehavebørn synger sammen",
        "pc-kornmarken",
        "skibby-kornmarken",
        "Børnehavebørn kommer og synger de gamle sange med beboerne.",
        "Den første torsdag i måneden kommer en børnehave på besøg, og børn og ældre synger "
        "sammen i caféen. Børnene lærer de gamle sange, og de ældre får besøg af små "
        "glade ansigter. Ældre fra Skibby er velkomne til at være med.",
        ("generationer", "sang"),
        (_s("MONTHLY 1TH 10:00-10:45", _SOMMER),),
        access=("koerestol", "teleslynge", "demensvenlig"),
        host="Birgitte (frivilligkoordinator)",
        confirmed=70,
    ),
    _offer(
        "hoejskoleformiddage-hornsherred",
        "Højskoleformiddage",
        "hornsherred-hoejskole",
        "skibby-hoejskole",
        "Foredrag, fællessang og frokost på højskolen hver tirsdag.",
        "Vi begynder med morgensang i foredragssalen, hvorefter en af skolens lærere eller en "
        "gæst holder foredrag. Formiddagen slutter med frokost i spisesalen sammen med de unge "
        "elever. Pladserne er populære, så der er venteliste.",
        ("foredrag", "sang", "kultur"),
        (_s("WEEKLY TU 09:30-12:00", "06-15..08-31"),),
        access=("koerestol", "teleslynge"),
        price=75,
        price_note="75 kr. inkl. frokost",
        capacity=90,
        full=True,
        host="Signe (højskolelærer)",
        contact=1,
        confirmed=14,
        registration="Skriv til højskolens kontor for at komme på ventelisten",
    ),
    _offer(
        "generationsaften-hoejskole",
        "Generationsaften – mad og spil med højskoleeleverne",
        "hornsherred-hoejskole",
        "skibby-hoejskole",
        "Spis aftensmad og spil med de unge elever på højskolen.",
        "En aften om måneden inviterer eleverne egnens seniorer på aftensmad og spil. Eleverne "
        "kommer fra hele landet og er nysgerrige på, hvordan livet var før. Vi slutter med "
        "fællessang.",
        ("generationer", "spil", "mad"),
        (_s("MONTHLY -1WE 17:30-20:30", "06-15..08-31"),),
        access=("koerestol", "teleslynge"),
        price=50,
        price_note="50 kr. for aftensmad",
        capacity=30,
        host="Signe (højskolelærer)",
        contact=1,
        confirmed=14,
        registration="Tilmelding til kontoret senest mandagen før",
    ),
    _offer(
        "lokalhistorisk-arkiv-skibby",
        "Lokalhistorisk arkiv",
        "arkiv-fjordlandet",
        "skibby-medborgerhus",
        "Gå på opdagelse i gamle billeder og dokumenter fra Fjordlandet.",
        "Arkivet har åbent hver tirsdag eftermiddag i Medborgerhuset. Du kan søge i gamle "
        "fotos, kirkebøger og avisudklip, og de frivillige hjælper dig. Vi mangler altid "
        "hjælpere, der kan genkende folk og steder på billederne.",
        ("historie", "hjaelpe"),
        (_s("WEEKLY TU 14:00-17:00", _SOMMER),),
        access=("koerestol", "teleslynge"),
        host="Knud (arkivleder)",
        confirmed=90,
    ),
    _offer(
        "kirkevandring-hornsherred",
        "Kirkevandring i Hornsherred",
        "arkiv-fjordlandet",
        "skibby-kirke",
        "Besøg fire landsbykirker med en fortæller og bus.",
        "Vi kører i bus mellem fire af egnens kirker og hører om kalkmalerier, præster og "
        "gamle sagn. Bussen kører helt hen til kirkerne, og der er frokost undervejs. "
        "Turen starter ved Skibby Kirke.",
        ("historie", "kultur", "tro"),
        (_s("ONCE 2027-06-05 10:00-15:00"),),
        access=("transport",),
        price=180,
        price_note="180 kr. inkl. bus og frokost",
        capacity=40,
        host="Knud (arkivleder)",
        confirmed=5,
        registration="Tilmelding til Knud senest den 25. maj",
    ),
    _offer(
        "stavgang-kirke-hyllinge",
        "Stavgang i Kirke Hyllinge",
        "senioridraet",
        "kirke-hyllinge-hallen",
        "En times stavgang på stier og markveje.",
        "Vi varmer op ved hallen og går derefter en tur på 4-5 km. Instruktøren hjælper dig med "
        "teknikken, og der er stave at låne. Turen passer til de fleste.",
        ("gaatur", "bevaegelse"),
        (_s("WEEKLY FR 09:00-10:30"),),
        price=250,
        price_note="Kontingent 250 kr. om året",
        host="Jytte (instruktør)",
        contact=1,
        confirmed=26,
    ),
    _offer(
        "walking-football",
        "Walking football for mænd",
        "senioridraet",
        "kirke-hyllinge-hallen",
        "Fodbold i gå-tempo – ingen løb og ingen tacklinger.",
        "Walking football er fodbold, hvor man går i stedet for at løbe. Det er sjovt, socialt "
        "og skånsomt for knæene. Mange har ikke spillet siden ungdommen og er glade for at "
        "være tilbage på banen.",
        ("bevaegelse", "spil"),
        (_s("WEEKLY TH 10:00-11:30"),),
        targets=("maend",),
        price=250,
        price_note="Kontingent 250 kr. om året",
        min_age=60,
        host="Kurt (formand)",
        confirmed=57,
    ),
    _offer(
        "foraarskoncert-kirke-hyllinge",
        "Forårskoncert med Harmonikaklubben",
        "harmonikaklubben",
        "kirke-hyllinge-kirke",
        "En times koncert med harmonikamusik i Kirke Hyllinge Kirke.",
        "Harmonikaklubben spiller forårsmelodier og gamle danske sange, og publikum synger med "
        "på et par af dem. Der er fri entré. Efter koncerten er der kaffe i konfirmandstuen.",
        ("musik", "kultur"),
        (_s("ONCE 2027-04-18 15:00-16:30"),),
        access=("koerestol", "teleslynge"),
        host="Egon (formand)",
        confirmed=64,
    ),
    _offer(
        "strikkecafe-roede-kors",
        "Strikkecafé for Røde Kors",
        "roede-kors",
        "skibby-medborgerhus",
        "Strik huer og tæpper til mennesker, der har brug for dem.",
        "Vi strikkede til Røde Kors' nødhjælp og hyggede os med kaffe og snak. Strikkecaféen er "
        "lukket, fordi der ikke længere var nok til at holde den i gang.",
        ("haandarbejde", "hjaelpe", "cafe"),
        (_s("WEEKLY WE 13:00-15:30"),),
        access=("koerestol", "teleslynge"),
        status="ended",
        host="Vibeke (frivilligkoordinator)",
        confirmed=330,
    ),
    # ======================================================================= Viby og Borup
    _offer(
        "morgengymnastik-lindebo",
        "Morgengymnastik på Lindebo",
        "pc-lindebo",
        "viby-lindebo",
        "Et kvarters morgengymnastik efterfulgt af kaffe.",
        "Vi starter dagen med lette øvelser til musik – siddende eller stående, som du har det "
        "bedst. Ældre fra Viby er velkomne til at komme forbi. Bagefter er der kaffe i "
        "dagligstuen.",
        ("bevaegelse",),
        (_s("WEEKLY MO,TH 10:00-10:45"),),
        access=("koerestol", "teleslynge", "demensvenlig", "ekstra-stoette"),
        host="Tina (aktivitetsmedarbejder)",
        confirmed=42,
    ),
    _offer(
        "valgfag-lindebo",
        "Valgfag på plejecentret – elever og beboere",
        "bavnehoejskolen",
        "viby-lindebo",
        "Elever fra 7. klasse laver aktiviteter med beboerne hver tirsdag.",
        "Eleverne har forberedt spil, bagning og små quizzer og står selv for eftermiddagen. "
        "Beboerne fortæller om, hvordan det var at gå i skole før i tiden. Ældre fra Viby er "
        "velkomne til at være med.",
        ("generationer", "spil", "mad"),
        (_s("WEEKLY TU 12:45-14:15", _SOMMER, _SKOLEFERIE),),
        access=("koerestol", "teleslynge", "demensvenlig"),
        host="Morten (lærer)",
        confirmed=35,
    ),
    _offer(
        "skolekoekkenet-bavnehoej",
        "Seniorer og elever i skolekøkkenet",
        "bavnehoejskolen",
        "viby-bavnehoejskolen",
        "Lav mad sammen med elever i skolekøkkenet og spis den bagefter.",
        "I madkundskab får eleverne hjælp af seniorer, der kan de gamle retter – frikadeller, "
        "brunkål og æblekage. Bagefter spiser vi sammen ved de lange borde. Du skal bare have "
        "lyst til at dele ud af dine erfaringer.",
        ("generationer", "mad", "hjaelpe"),
        (_s("WEEKLY FR 10:00-12:00", _SOMMER, _SKOLEFERIE),),
        access=("koerestol",),
        capacity=6,
        host="Morten (lærer)",
        confirmed=35,
        registration="Kontakt Morten på skolen – vi skal bruge en børneattest",
    ),
    _offer(
        "besoegshund-lindebo",
        "Besøgshund på Lindebo",
        "besoegshundene",
        "viby-lindebo",
        "Klap og snak med en rolig besøgshund.",
        "Hver anden fredag kommer Bjørn, en stor og rolig golden retriever, på besøg med sin "
        "ejer. Hunden går rundt til dem, der har lyst, og mange fortæller historier om deres "
        "egne hunde. Du må gerne give den en godbid.",
        ("dyr",),
        (_s("BIWEEKLY FR 10:00-11:00"),),
        access=("koerestol", "teleslynge", "demensvenlig"),
        host="Rikke (koordinator)",
        confirmed=29,
    ),
    _offer(
        "hoejtlaesning-viby",
        "Højtlæsning for voksne på Viby Bibliotek",
        "bibliotekerne",
        "viby-bibliotek",
        "Lyt til en god historie, læst højt af en bibliotekar.",
        "Vi læser noveller og uddrag af romaner højt og taler om dem over en kop kaffe. Det er "
        "dejligt for dig, der har svært ved at læse selv, eller som bare kan lide at blive læst "
        "for. Højtlæsningen holder pause i foråret.",
        ("foredrag",),
        (_s("WEEKLY WE 10:30-11:30"),),
        access=("koerestol", "teleslynge"),
        status="paused",
        host="Jonas (bibliotekar)",
        contact=1,
        confirmed=115,
    ),
    _offer(
        "telefonhjaelp-viby",
        "Telefon- og tablethjælp",
        "senior-it",
        "viby-bibliotek",
        "Få hjælp til din smartphone eller tablet hver anden tirsdag.",
        "Frivillige hjælper dig med at komme i gang med apps, MitID, Rejsekort og billeder. Tag "
        "din telefon og dine koder med. Der er kaffe, mens du venter.",
        ("it",),
        (_s("BIWEEKLY TU 10:00-12:00", _SOMMER),),
        access=("koerestol", "teleslynge"),
        host="Finn (frivillig)",
        confirmed=67,
    ),
    _offer(
        "formiddagssang-viby",
        "Formiddagssang i Viby Kirke",
        "viby-sogn",
        "viby-kirke",
        "Syng med på salmer og sange i kirken en gang om måneden.",
        "Organisten spiller, og vi synger både salmer og danske sange. Undervejs fortæller "
        "præsten lidt om sangene. Bagefter er der kaffe i sognehuset.",
        ("sang", "tro"),
        (_s("MONTHLY 1WE 10:00-11:00", _SOMMER),),
        access=("koerestol", "teleslynge"),
        host="Ruth (sognepræst)",
        confirmed=105,
    ),
    _offer(
        "sogneaften-viby",
        "Sogneaften om kunst og tro",
        "viby-sogn",
        "viby-kirke",
        "Foredragsaften om kunst, musik og tro i sognehuset.",
        "En aften om måneden fortæller en gæst om et kunstværk, en komponist eller en "
        "forfatter. Der er god tid til spørgsmål og kaffe. Alle er velkomne.",
        ("foredrag", "tro", "kultur"),
        (_s("MONTHLY 3TU 19:00-21:00", _SOMMER),),
        access=("koerestol", "teleslynge"),
        price=40,
        price_note="40 kr. inkl. kaffe",
        host="Ruth (sognepræst)",
        confirmed=105,
    ),
    _offer(
        "besoegstjenesten-viby",
        "Besøgstjenesten – få besøg af en frivillig",
        "viby-sogn",
        "viby-kirke",
        "En frivillig kommer på besøg hjemme hos dig til kaffe og en snak.",
        "Sidder du meget alene, kan du få en fast besøgsven fra sognet. I aftaler selv, hvornår "
        "og hvor ofte I ses. Ring til kirkekontoret mandag formiddag, så finder vi en, der "
        "passer til dig.",
        ("samtale",),
        (
            _s(
                "WEEKLY MO 10:00-12:00",
                note="Besøgene aftales individuelt – telefonen er åben mandag formiddag",
            ),
        ),
        access=("ekstra-stoette",),
        host="Ruth (sognepræst)",
        confirmed=105,
        registration="Ring til kirkekontoret mandag kl. 10.00-12.00",
    ),
    _offer(
        "seniorgymnastik-viby",
        "Seniorgymnastik i Viby Idrætscenter",
        "seniorsport-viby-borup",
        "viby-idraetscenter",
        "Gymnastik med styrke, smidighed og godt humør.",
        "Vi træner hele kroppen til musik med øvelser på gulv, stol og med redskaber. "
        "Instruktøren viser lettere udgaver, så alle kan følge med. Efter træningen er der "
        "kaffe i cafeteriet.",
        ("bevaegelse",),
        (_s("WEEKLY TU 09:00-10:30", "05-01..08-31"),),
        price=450,
        price_note="450 kr. pr. sæson",
        host="Aase (formand)",
        confirmed=54,
    ),
    _offer(
        "vandregruppen-viby",
        "Vandregruppen Viby",
        "seniorsport-viby-borup",
        "viby-idraetscenter",
        "Gåtur på 5-7 km i og omkring Viby.",
        "Vi går fra idrætscentret hver torsdag i al slags vejr. Ruten skifter fra uge til uge, "
        "og vi holder en pause med kaffe fra termokande. Alle kan være med, der kan gå en "
        "times tid.",
        ("gaatur",),
        (_s("WEEKLY TH 09:30-11:30"),),
        price=100,
        price_note="Kontingent 100 kr. om året",
        host="Aase (formand)",
        confirmed=54,
    ),
    _offer(
        "seniorcykling-borup",
        "Seniorcykling – ture i det flade land",
        "seniorsport-viby-borup",
        "borup-idraetscenter",
        "Cykelture på 20-30 km i roligt tempo fra Borup.",
        "Vi cykler ad små veje og cykelstier og holder pause ved en kirke eller en kro. Både "
        "almindelige cykler og elcykler er velkomne. Vi venter altid på den sidste.",
        ("cykling",),
        (_s("WEEKLY WE 10:00-12:30", "10-15..04-01", "Sæsonen går fra april til oktober"),),
        price=100,
        price_note="Kontingent 100 kr. om året",
        min_age=60,
        host="Aase (formand)",
        confirmed=200,
    ),
    _offer(
        "stoleyoga-borup",
        "Senioryoga på stol",
        "seniorsport-viby-borup",
        "borup-idraetscenter",
        "Rolig yoga, hvor du sidder på en stol.",
        "Vi arbejder med vejrtrækning, smidighed og afspænding, og alle øvelser laves på eller "
        "ved en stol. Yoga på stol er godt for dig, der har ondt i led eller ryg. Holdet er "
        "fuldt lige nu.",
        ("bevaegelse",),
        (_s("WEEKLY FR 10:00-11:00", _SOMMER),),
        access=("koerestol", "ekstra-stoette"),
        price=350,
        price_note="350 kr. pr. sæson",
        capacity=18,
        full=True,
        host="Aase (formand)",
        confirmed=54,
        registration="Skriv til Aase, hvis du vil på ventelisten",
    ),
    _offer(
        "siddedans-borup",
        "Siddedans i Borup Seniorhus",
        "seniorsport-viby-borup",
        "borup-seniorhus",
        "Dans siddende på stol til kendte melodier.",
        "Siddedans er dans for arme, ben og humør, og alle kan være med – også fra kørestol. "
        "Vi danser til alt fra Gasolin til wienervals. Bagefter er der kaffe i caféen.",
        ("dans", "musik", "bevaegelse"),
        (_s("WEEKLY TH 13:00-14:00", _SOMMER),),
        access=("koerestol", "teleslynge", "demensvenlig"),
        host="Aase (formand)",
        confirmed=54,
    ),
    _offer(
        "faellesnyttehaven-viby",
        "Fællesnyttehaven i Viby",
        "frivilligcenter",
        "viby-nyttehaven",
        "Dyrk grøntsager sammen med andre i en fælles have.",
        "Vi sår, luger og høster sammen og deler høsten. Der er højbede i siddehøjde, så du kan "
        "være med, selv om du ikke kan knæle. Du er velkommen til at komme og kigge første "
        "gang – og få en agurk med hjem.",
        ("have", "hjaelpe"),
        (_s("WEEKLY TU,FR 10:00-12:00", _VINTER, "Fra april til oktober"),),
        access=("koerestol",),
        host="Sofie (frivillighedskonsulent)",
        confirmed=61,
    ),
    _offer(
        "petanque-borup",
        "Petanque",
        "borup-petanque",
        "borup-petanque",
        "Petanque for alle ved Borup Idrætscenter.",
        "Vi spiller hver mandag og torsdag eftermiddag, og holdene trækkes ved lodtrækning. "
        "Du kan låne kugler, indtil du har dine egne. I pausen er der kaffe og hjemmebag.",
        ("bevaegelse", "spil"),
        (_s("WEEKLY MO,TH 13:30-16:00"),),
        access=("koerestol",),
        price=150,
        price_note="Kontingent 150 kr. om året",
        host="Else Marie (kasserer)",
        confirmed=76,
    ),
    _offer(
        "krolf-borup",
        "Krolf for alle",
        "borup-petanque",
        "borup-petanque",
        "Krolf er en blanding af kroket og golf – sjovt og let at lære.",
        "Lørdagskrolf er for alle, også familier med børnebørn. Vi spiller på græsbanen bag "
        "idrætscentret og låner dig køller og bolde. Krolf holder pause, mens banen bliver "
        "lagt om.",
        ("spil", "bevaegelse", "generationer"),
        (_s("WEEKLY SA 10:00-12:00", _VINTER),),
        access=("koerestol",),
        status="paused",
        price=20,
        price_note="20 kr. pr. gang for ikke-medlemmer",
        host="Else Marie (kasserer)",
        confirmed=76,
    ),
    _offer(
        "moedestedet-borup",
        "Mødestedet Borup – åbent hus",
        "aeldresagen-fjordbro",
        "borup-seniorhus",
        "Et åbent mødested med kaffe, spil og snak to dage om ugen.",
        "Seniorhuset er åbent for alle, der har lyst til selskab. Nogle spiller kort, andre "
        "læser avis eller løser kryds og tværs sammen. Frivillige sørger for kaffe og tager "
        "godt imod nye.",
        ("cafe", "spil", "samtale"),
        (_s("WEEKLY MO,WE 10:00-13:00"),),
        access=("koerestol", "teleslynge", "foelgeven"),
        price=10,
        price_note="10 kr. for kaffe",
        host="Grethe (formand)",
        confirmed=30,
    ),
    _offer(
        "kvindegruppen-borup",
        "Kvindegruppen – gåtur og snak",
        "aeldresagen-fjordbro",
        "borup-seniorhus",
        "En gruppe for kvinder, der går en tur og drikker kaffe sammen.",
        "Kvindegruppen er for dig, der gerne vil lære andre kvinder i Borup at kende. Vi går "
        "en rolig tur på en times tid og slutter med kaffe i Seniorhuset. Mange er blevet "
        "alene og har fundet gode veninder her.",
        ("gaatur", "samtale", "cafe"),
        (_s("WEEKLY TU 10:00-11:30"),),
        targets=("kvinder",),
        host="Grethe (formand)",
        confirmed=30,
    ),
    _offer(
        "spisefaellesskab-borup",
        "Spisefællesskab i Borup",
        "aeldresagen-fjordbro",
        "borup-seniorhus",
        "Middagsmad i godt selskab hver anden torsdag.",
        "Frivillige laver en varm ret og en dessert, og vi spiser sammen i den store stue. Kan "
        "du ikke selv komme, har vi en kørselsordning med frivillige bilister.",
        ("mad", "cafe"),
        (_s("BIWEEKLY TH 12:00-13:30", _SOMMER),),
        access=("koerestol", "teleslynge", "transport"),
        price=60,
        price_note="60 kr. inkl. dessert og kaffe",
        capacity=35,
        host="Grethe (formand)",
        confirmed=30,
        registration="Tilmelding til Grethe senest tirsdagen før",
    ),
    _offer(
        "musikcafe-borup",
        "Musikcafé i Borup",
        "harmonikaklubben",
        "borup-seniorhus",
        "Kaffe og levende musik i Borup Seniorhus.",
        "Harmonikaklubben og gæstemusikere spiller kendte melodier, og vi synger med. Caféen "
        "holder pause, fordi klubben mangler spillere i Borup.",
        ("musik", "sang", "cafe"),
        (_s("MONTHLY 2FR 14:00-16:00"),),
        access=("koerestol", "teleslynge"),
        status="paused",
        price=25,
        price_note="25 kr. for kaffe og kage",
        host="Egon (formand)",
        confirmed=220,
    ),
    _offer(
        "gaa-sorggruppe-borup",
        "Gå dig igennem sorgen – gåtur og samtale",
        "sorgnetvaerket",
        "borup-kirke",
        "En lille gruppe, der går og taler om at have mistet.",
        "Nogle har lettere ved at tale, når de går side om side. Vi går en rolig tur på en "
        "times tid fra kirken og slutter med kaffe i sognestuen. Gruppen ledes af to frivillige "
        "med uddannelse i sorgstøtte.",
        ("samtale", "gaatur"),
        (_s("BIWEEKLY WE 10:00-11:30"),),
        targets=("sorg",),
        capacity=10,
        host="Hanne (gruppeleder)",
        confirmed=22,
        registration="Ring til Hanne, før du kommer første gang",
    ),
    # ======================================================================= Lejre
    _offer(
        "bevaegelse-musik-boegely",
        "Bevægelse til musik på Bøgely",
        "pc-boegely",
        "lejre-boegely",
        "Let motion til glad musik for beboere og gæster.",
        "Vi bevæger os til musik fra 50'erne og 60'erne, og alle øvelser kan laves siddende. "
        "Holdet ledes af en frivillig instruktør fra Fjordbro Senioridræt. Ældre fra Lejre er "
        "velkomne.",
        ("bevaegelse", "musik"),
        (_s("WEEKLY WE 10:00-11:00"),),
        access=("koerestol", "teleslynge", "demensvenlig", "ekstra-stoette"),
        host="Susanne (leder)",
        confirmed=93,
    ),
    _offer(
        "cafe-boegely",
        "Bøgely Café – åben for alle",
        "pc-boegely",
        "lejre-boegely",
        "Weekendcafé med kaffe og kage på plejecentret.",
        "Om lørdagen holder frivillige caféen åben for beboere, pårørende og naboer. Der er "
        "hjemmebag, aviser og ofte en spontan sang. Det er et godt sted at få en snak.",
        ("cafe",),
        (_s("WEEKLY SA 14:00-16:00"),),
        access=("koerestol", "teleslynge", "demensvenlig"),
        price=15,
        price_note="15 kr. for kaffe og kage",
        host="Susanne (leder)",
        confirmed=93,
    ),
    _offer(
        "efterskoleelever-boegely",
        "Efterskoleelever på besøg – spil og snak",
        "efterskolen-fjordbakken",
        "lejre-boegely",
        "Unge fra efterskolen spiller spil og snakker med beboerne.",
        "Hver torsdag cykler en gruppe elever fra Efterskolen Fjordbakken til Bøgely. De spiller "
        "kort, går ture med beboerne og hører historier fra et langt liv. Ældre fra Lejre, "
        "der har lyst til at være med, er meget velkomne.",
        ("generationer", "spil", "samtale"),
        (_s("WEEKLY TH 15:30-16:30", _SOMMER_LANG, "Ikke i efterskolens ferier"),),
        access=("koerestol", "teleslynge", "demensvenlig"),
        host="Troels (viceforstander)",
        confirmed=18,
    ),
    _offer(
        "sangaften-fjordbakken",
        "Åben sangaften på efterskolen",
        "efterskolen-fjordbakken",
        "kirke-saaby-fjordbakken",
        "Syng med 120 efterskoleelever en onsdag aften om måneden.",
        "Eleverne og lærerne inviterer egnens borgere til en aften med fællessang, hvor de "
        "unge spiller til. Det er en stor oplevelse at høre gamle og nye sange fra så mange "
        "stemmer. Der er kaffe og kage i pausen.",
        ("sang", "musik", "generationer"),
        (_s("MONTHLY 1WE 19:00-21:00", _SOMMER_LANG),),
        access=("koerestol",),
        host="Troels (viceforstander)",
        confirmed=18,
    ),
    _offer(
        "gaardens-dyr-oernekilde",
        "Gårdens dyr – fodring og hygge",
        "oernekilde",
        "lejre-oernekilde",
        "Hjælp med at fodre høns og geder på en økologisk gård.",
        "Tirsdag formiddag kan du give en hånd med i stalden: fodre dyrene, samle æg og muge "
        "ud. Arbejdet er roligt, og der er altid tid til en kop kaffe i gårdkøkkenet. Gruppen "
        "er fuld lige nu, men skriv dig gerne op.",
        ("dyr", "have", "hjaelpe"),
        (_s("WEEKLY TU 10:00-12:00"),),
        capacity=8,
        full=True,
        host="Mette (gårdens koordinator)",
        confirmed=50,
        registration="Skriv til Mette på gården",
    ),
    _offer(
        "pileflet-oernekilde",
        "Pileflet og kurvefletning på gården",
        "oernekilde",
        "lejre-oernekilde",
        "Flet kurve, hegn og figurer af pil fra gårdens egen pileplantage.",
        "Om vinteren skærer vi pil og fletter kurve, espalier og små figurer til haven i den "
        "varme lade. En erfaren kurvemager viser teknikken, og du får det, du laver, med hjem. "
        "Tag arbejdshandsker og varmt tøj på.",
        ("haandarbejde", "have"),
        (_s("WEEKLY TH 10:00-13:00", "04-01..10-31", "Fra november til marts"),),
        price=40,
        price_note="40 kr. pr. gang inkl. pil og kaffe",
        capacity=12,
        host="Mette (gårdens koordinator)",
        confirmed=50,
        registration="Tilmelding til Mette, så vi har pil nok",
    ),
    _offer(
        "faellesspisning-oernekilde",
        "Fællesspisning på gården",
        "oernekilde",
        "lejre-oernekilde",
        "Søndagsfrokost med gårdens egne råvarer ved det lange bord.",
        "Den sidste søndag i måneden laver gårdens folk frokost af det, marken giver. Vi spiser "
        "sammen i laden, og efter maden kan du hilse på dyrene. Børnebørn er også velkomne.",
        ("mad", "dyr", "generationer"),
        (_s("MONTHLY -1SU 12:00-14:30"),),
        price=85,
        price_note="85 kr. for voksne, børn gratis",
        capacity=40,
        host="Mette (gårdens koordinator)",
        confirmed=50,
        registration="Tilmelding på gårdens hjemmeside eller på telefon",
    ),
    _offer(
        "haveture-havekredsen",
        "Havekredsens haveture",
        "havekredsen-lejre",
        "lejre-station",
        "Besøg private haver i Lejre og omegn sammen med andre haveglade.",
        "Hver anden mandag i sæsonen besøger vi en have, hvor ejeren viser rundt og fortæller. "
        "Vi mødes ved stationen og kører sammen i de biler, vi har. Har du ikke bil, er der "
        "altid en plads til dig.",
        ("have", "kultur"),
        (_s("BIWEEKLY MO 10:00-12:00", "10-01..04-15", "Fra april til september"),),
        access=("transport",),
        price=100,
        price_note="Kontingent 100 kr. om året",
        host="Lene (formand)",
        confirmed=214,
    ),
    _offer(
        "froebytte-lejre",
        "Frøbytte og haveforedrag",
        "havekredsen-lejre",
        "lejre-bibliotek",
        "Byt frø og stiklinger og hør et foredrag om køkkenhaven.",
        "Tag dine overskydende frø og stiklinger med, og gå hjem med nye. En gartner holder "
        "foredrag om at dyrke grøntsager i højbede. Der er kaffe og kage.",
        ("have", "foredrag"),
        (_s("ONCE 2027-03-06 10:00-13:00"),),
        access=("koerestol", "teleslynge"),
        host="Lene (formand)",
        confirmed=83,
    ),
    _offer(
        "seniorcyklisterne-onsdag",
        "Seniorcyklisterne – onsdagstur",
        "seniorcyklisterne",
        "lejre-station",
        "Cykeltur på 25-40 km gennem det bakkede Lejre-landskab.",
        "Vi cykler i roligt tempo og holder kaffepause undervejs. Ruten bliver lagt, så der er "
        "plads til både almindelige cykler og elcykler. Ingen bliver efterladt på bakkerne.",
        ("cykling",),
        (_s("WEEKLY WE 09:30-12:30", "11-01..03-15"),),
        price=100,
        price_note="Kontingent 100 kr. om året",
        host="Frank (turleder)",
        confirmed=44,
    ),
    _offer(
        "tryg-paa-elcyklen",
        "Tryg på elcyklen – kursus",
        "seniorcyklisterne",
        "lejre-hallen",
        "Lær at køre sikkert på elcykel på et kort kursus.",
        "Vi øver start, stop og kurver på parkeringspladsen og tager derefter en kort tur "
        "sammen. En cykelsmed fortæller om vedligeholdelse. Tag din egen elcykel og cykelhjelm "
        "med – eller lån en af vores.",
        ("cykling", "bevaegelse"),
        (_s("ONCE 2027-04-21 10:00-13:00"),),
        capacity=12,
        full=True,
        host="Frank (turleder)",
        confirmed=44,
        registration="Tilmelding til Frank senest den 14. april",
    ),
    _offer(
        "syng-med-allerslev",
        "Syng med – salmer og sange",
        "allerslev-sogn",
        "lejre-allerslev-kirke",
        "Fællessang med salmer og kendte danske sange i sognehuset.",
        "Organisten spiller, og vi synger de sange, du ønsker. Der er kaffe og hjemmebag i "
        "pausen. Tag gerne en nabo med.",
        ("sang", "tro", "cafe"),
        (_s("MONTHLY 2TU 14:00-15:30", _SOMMER),),
        access=("koerestol", "teleslynge"),
        host="Jens (sognepræst)",
        confirmed=97,
    ),
    _offer(
        "pilgrimsvandring-allerslev",
        "Pilgrimsvandring fra Allerslev Kirke",
        "allerslev-sogn",
        "lejre-allerslev-kirke",
        "En stille vandring i naturen med små pauser til eftertanke.",
        "Vi går 8-10 km gennem skov og over marker og holder pauser med en tekst eller en "
        "salme. Noget af turen går vi i stilhed. Tag madpakke og gode sko med.",
        ("gaatur", "tro", "have"),
        (_s("MONTHLY 1SA 09:30-13:00", "11-01..03-31"),),
        host="Jens (sognepræst)",
        confirmed=97,
    ),
    _offer(
        "slaegtsforskning-lejre",
        "Slægtsforskning for begyndere",
        "bibliotekerne",
        "lejre-bibliotek",
        "Find dine forfædre i kirkebøger og folketællinger på nettet.",
        "En frivillig slægtsforsker viser, hvordan du søger i de gratis databaser. Du skal "
        "kunne bruge en computer lidt. Kurset holder pause, men starter igen til efteråret.",
        ("historie", "it"),
        (_s("BIWEEKLY WE 13:00-15:00"),),
        access=("koerestol", "teleslynge"),
        status="paused",
        capacity=12,
        host="Marianne (bibliotekar)",
        confirmed=190,
    ),
    _offer(
        "lydboeger-lejre",
        "Lydbøger og e-bøger – vi hjælper",
        "bibliotekerne",
        "lejre-bibliotek",
        "Lær at låne og lytte til lydbøger på din telefon eller tablet.",
        "Biblioteket hjælper dig i gang med eReolen og Netlydbog. Tag din telefon eller "
        "tablet med, og få også gode tips til bøger, der er værd at lytte til.",
        ("it", "foredrag"),
        (_s("MONTHLY 1MO 10:00-11:30", _SOMMER),),
        access=("koerestol", "teleslynge"),
        host="Marianne (bibliotekar)",
        confirmed=86,
    ),
    _offer(
        "motionsholdet-lejre",
        "Motionsholdet i Lejre Hallen",
        "aeldresagen-lejre-hvalsoe",
        "lejre-hallen",
        "Gymnastik og boldspil for friske seniorer.",
        "Vi varmer op til musik og spiller derefter bold eller laver styrkeøvelser. "
        "Instruktøren er selv pensionist og ved, hvad en krop på 70 kan holde til. Bagefter er "
        "der kaffe.",
        ("bevaegelse", "spil"),
        (_s("WEEKLY MO 09:30-11:00", _SOMMER),),
        price=300,
        price_note="300 kr. pr. sæson",
        host="Poul Erik (formand)",
        confirmed=39,
    ),
    _offer(
        "bordtennis-lejre",
        "Bordtennis for seniorer",
        "senioridraet",
        "lejre-hallen",
        "Bordtennis i hyggeligt tempo for begyndere og øvede.",
        "Vi spiller både single og double og skifter makker undervejs. Du kan låne bat. "
        "Bordtennis er god træning for balance og reaktion.",
        ("bevaegelse", "spil"),
        (_s("WEEKLY TH 13:00-15:00", _SOMMER),),
        price=250,
        price_note="Kontingent 250 kr. om året",
        min_age=60,
        host="Kurt (formand)",
        confirmed=245,
    ),
    _offer(
        "moedested-kirke-saaby",
        "Kirke Såby Mødested – kaffe og snak",
        "aeldresagen-lejre-hvalsoe",
        "kirke-saaby-forsamlingshus",
        "Et åbent mødested med kaffe, spil og snak hver tirsdag.",
        "Forsamlingshuset er åbent for alle i Kirke Såby og omegn. Vi drikker kaffe, spiller "
        "kort og planlægger små ture. Er du ny i byen, er det et godt sted at starte.",
        ("cafe", "spil", "samtale"),
        (_s("WEEKLY TU 13:30-16:00", _SOMMER),),
        access=("koerestol", "teleslynge", "foelgeven"),
        price=15,
        price_note="15 kr. for kaffe og kage",
        host="Kirsten (frivillig koordinator)",
        contact=1,
        confirmed=12,
    ),
    _offer(
        "faellesspisning-kirke-saaby",
        "Fællesspisning i Kirke Såby Forsamlingshus",
        "aeldresagen-lejre-hvalsoe",
        "kirke-saaby-forsamlingshus",
        "Middag i forsamlingshuset den sidste torsdag i måneden.",
        "Frivillige laver mad, og vi spiser sammen ved pyntede borde. Der er kørsel for dem, der "
        "ikke selv kan komme. Efter maden synger vi et par sange.",
        ("mad", "cafe"),
        (_s("MONTHLY -1TH 12:00-14:00", _SOMMER),),
        access=("koerestol", "teleslynge", "transport"),
        price=70,
        price_note="70 kr. inkl. kaffe",
        capacity=50,
        host="Kirsten (frivillig koordinator)",
        contact=1,
        confirmed=12,
        registration="Tilmelding til Kirsten senest mandagen før – sig til, hvis du skal hentes",
    ),
    _offer(
        "kalkmalerier-kirke-saaby",
        "Kalkmalerier i Kirke Såby Kirke – rundvisning",
        "kulturvennerne",
        "kirke-saaby-kirke",
        "Hør om kirkens gamle kalkmalerier og landsbyens historie.",
        "En lokal kirkeguide fortæller om kalkmalerierne og om livet i landsbyen gennem 800 år. "
        "Bagefter drikker vi kaffe i forsamlingshuset. Der er trin ved kirkedøren.",
        ("historie", "kultur", "tro"),
        (_s("ONCE 2027-06-17 14:00-16:00"),),
        price=40,
        price_note="40 kr. inkl. kaffe",
        capacity=30,
        host="Annelise (formand)",
        confirmed=7,
        registration="Tilmelding til Annelise",
    ),
    # ======================================================================= Hvalsø og Tølløse
    _offer(
        "traeningsholdet-kildehuset",
        "Træningsholdet – styrke og balance",
        "kildehuset",
        "hvalsoe-kildehuset",
        "Træning for dig, der er blevet lidt usikker på benene.",
        "En fysioterapeut og en frivillig hjælper leder holdet, og øvelserne tilpasses den "
        "enkelte. Du kan få kørsel, hvis du ikke selv kan komme til Kildehuset. Ring og få en "
        "snak om, om holdet passer til dig.",
        ("bevaegelse",),
        (_s("WEEKLY MO,TH 13:00-14:00", _JUL),),
        access=("koerestol", "teleslynge", "ekstra-stoette", "transport"),
        capacity=12,
        host="Jannie (daglig leder)",
        confirmed=10,
        registration="Ring til Kildehuset for en snak om holdet",
    ),
    _offer(
        "akvarel-kildehuset",
        "Billedkunst og akvarel",
        "kildehuset",
        "hvalsoe-kildehuset",
        "Mal akvarel og tegn sammen med andre i Kildehuset.",
        "Vi maler landskaber, blomster og portrætter, og de erfarne deler gerne ud af deres "
        "tricks. Begyndere er velkomne, og der er pensler og papir at låne.",
        ("haandarbejde", "kultur"),
        (_s("WEEKLY WE 09:30-12:00"),),
        access=("koerestol", "teleslynge"),
        price=25,
        price_note="25 kr. pr. gang til materialer",
        host="Jannie (daglig leder)",
        confirmed=78,
    ),
    _offer(
        "cafe-kildehuset",
        "Kildehusets café og avislæsning",
        "kildehuset",
        "hvalsoe-kildehuset",
        "Morgenkaffe, aviser og snak hver tirsdag.",
        "Caféen åbner tidligt, så du kan starte dagen i selskab med andre. Vi læser avisen, "
        "snakker om nyhederne og løser kryds og tværs. Kaffen er gratis.",
        ("cafe", "samtale"),
        (_s("WEEKLY TU 09:00-11:00"),),
        access=("koerestol", "teleslynge", "foelgeven"),
        host="Jannie (daglig leder)",
        confirmed=78,
    ),
    _offer(
        "vaevestuen-kildehuset",
        "Vævestuen",
        "kildehuset",
        "hvalsoe-kildehuset",
        "Væv tæpper, løbere og viskestykker på rigtige væve.",
        "Kildehuset har seks væve, og erfarne vævere hjælper nye i gang. Vævestuen holder "
        "pause, mens lokalet bliver renoveret.",
        ("haandarbejde",),
        (_s("WEEKLY FR 09:00-12:00"),),
        access=("koerestol",),
        status="paused",
        price=20,
        price_note="20 kr. pr. gang til garn",
        host="Jannie (daglig leder)",
        confirmed=160,
    ),
    _offer(
        "gamle-drenges-vaerksted",
        "Gamle Drenges Værksted",
        "gamle-drenge",
        "hvalsoe-vaerkstedet",
        "Træ- og metalværksted for mænd, der savner at lave noget med hænderne.",
        "Vi laver legetøj til børnehaver, bænke til plejecentret og alt muligt andet. Her er "
        "plads til både den erfarne tømrer og ham, der aldrig har holdt en høvl. Kaffen er på "
        "kanden kl. 10.00.",
        ("vaerksted", "cafe", "hjaelpe"),
        (_s("WEEKLY MO,WE 09:00-12:00"),),
        targets=("maend",),
        price=150,
        price_note="Kontingent 150 kr. om året",
        host="Niels (tovholder)",
        confirmed=63,
    ),
    _offer(
        "cykelvaerkstedet-hvalsoe",
        "Cykelværkstedet",
        "gamle-drenge",
        "hvalsoe-vaerkstedet",
        "Vi reparerer brugte cykler og giver dem videre.",
        "Lørdag formiddag satte vi gamle cykler i stand til nye ejere. Cykelværkstedet er "
        "lukket, fordi vi ikke længere har lokale til cyklerne.",
        ("vaerksted", "cykling", "hjaelpe"),
        (_s("WEEKLY SA 10:00-12:00"),),
        status="ended",
        host="Niels (tovholder)",
        confirmed=365,
    ),
    _offer(
        "vandregruppen-skoven",
        "Vandregruppen – onsdagstur i skoven",
        "vandregruppen-hvalsoe",
        "hvalsoe-skovparkering",
        "En to timers vandretur i skovene nord for Hvalsø.",
        "Vi går 7-9 km på skovveje og stier, op og ned ad bakkerne. Undervejs holder vi pause "
        "med kaffe og kage ved en sø. Turen er for dig, der er vant til at gå.",
        ("gaatur", "have"),
        (_s("WEEKLY WE 10:00-12:00"),),
        price=75,
        price_note="Kontingent 75 kr. om året",
        host="Tove (turleder)",
        confirmed=17,
    ),
    _offer(
        "den-korte-tur",
        "Den korte tur – for dig, der går langsomt",
        "vandregruppen-hvalsoe",
        "hvalsoe-kildehuset",
        "En rolig gåtur på en halv time, hvor vi går i dit tempo.",
        "Fredagsturen er for dig, der går med stok eller rollator eller lige er kommet op "
        "efter sygdom. Vi går en lille runde i byen og slutter med kaffe i Kildehuset. Hvis du "
        "vil, kan en frivillig hente dig hjemme den første gang.",
        ("gaatur", "cafe"),
        (_s("WEEKLY FR 10:00-11:00"),),
        access=("foelgeven", "ekstra-stoette"),
        host="Tove (turleder)",
        confirmed=17,
    ),
    _offer(
        "soendagskaffe-skovbrynet",
        "Søndagskaffe og brætspil på Skovbrynet",
        "pc-skovbrynet",
        "hvalsoe-skovbrynet",
        "Kaffe, kage og brætspil på plejecentret søndag eftermiddag.",
        "Frivillige og beboere spiller ludo, domino og kort i caféen. Pårørende og naboer er "
        "velkomne, og børnebørn må gerne komme med.",
        ("spil", "cafe", "generationer"),
        (_s("WEEKLY SU 14:30-16:00"),),
        access=("koerestol", "teleslynge", "demensvenlig"),
        price=15,
        price_note="15 kr. for kaffe og kage",
        host="Helle (aktivitetsmedarbejder)",
        confirmed=210,
    ),
    _offer(
        "cykling-uden-alder-skovbrynet",
        "Cykling uden alder i Hvalsø",
        "cykling-uden-alder",
        "hvalsoe-skovbrynet",
        "Rickshaw-ture gennem skoven for ældre, der ikke selv kan cykle.",
        "Frivillige piloter kører beboere og hjemmeboende ældre en tur til søen eller ind i "
        "skoven. Vi kan hente dig hjemme i Hvalsø, og piloten hjælper dig op i cyklen.",
        ("cykling", "have"),
        (_s("WEEKLY FR 13:00-15:00", "10-15..04-15", "Vi cykler fra april til oktober"),),
        access=("koerestol", "demensvenlig", "transport"),
        host="Michael (tovholder)",
        confirmed=40,
        registration="Book en tur hos Helle på Skovbrynet",
    ),
    _offer(
        "sloejd-skovvangskolen",
        "Generationsværksted i sløjd",
        "skovvangskolen",
        "hvalsoe-skovvangskolen",
        "Seniorer og elever bygger sammen i skolens sløjdlokale.",
        "Seniorer med håndværkserfaring hjælper elever i 6. klasse med at bygge skamler og "
        "fuglekasser. Eleverne er stolte af at lære af nogen, der kan håndværket. Du behøver "
        "ikke være uddannet tømrer – bare have lyst.",
        ("generationer", "vaerksted", "hjaelpe"),
        (_s("WEEKLY TH 09:00-11:00", _SOMMER, _SKOLEFERIE),),
        access=("koerestol",),
        host="Stine (lærer)",
        confirmed=34,
        registration="Kontakt Stine på skolen – vi skal bruge en børneattest",
    ),
    _offer(
        "unge-hjaelper-mobilen",
        "Unge hjælper ældre med mobilen",
        "skovvangskolen",
        "hvalsoe-bibliotek",
        "Elever fra 8. klasse hjælper dig med din mobiltelefon.",
        "Eleverne er eksperter i apps, billeder og beskeder og forklarer gerne flere gange. "
        "Tag din telefon med og en liste over det, du gerne vil lære. Vi slutter med kaffe og "
        "kage, som eleverne har bagt.",
        ("it", "generationer"),
        (_s("MONTHLY 2TU 14:00-15:30", _SOMMER, _SKOLEFERIE),),
        access=("koerestol", "teleslynge"),
        host="Stine (lærer)",
        confirmed=34,
    ),
    _offer(
        "hvalsoes-historie",
        "Historiefortælling: Hvalsø før og nu",
        "bibliotekerne",
        "hvalsoe-bibliotek",
        "Et aftenforedrag om Hvalsøs historie med gamle billeder.",
        "En lokalhistoriker fortæller om stationsbyens opståen, de gamle butikker og livet i "
        "skovene. Der bliver vist mange billeder, og publikum bidrager ofte med egne minder.",
        ("historie", "foredrag"),
        (_s("ONCE 2027-01-26 19:00-21:00"),),
        access=("koerestol", "teleslynge"),
        price=50,
        price_note="50 kr. inkl. kaffe",
        host="Marianne (bibliotekar)",
        confirmed=6,
    ),
    _offer(
        "brobygger-traeffetid-hvalsoe",
        "Brobygger-træffetid i Hvalsø",
        "forebyggelse",
        "hvalsoe-bibliotek",
        "Få en snak med en brobygger om fællesskaber i Hvalsø og Tølløse.",
        "Brobyggeren kender foreningerne og mødestederne i området og hjælper dig med at finde "
        "noget, der passer til dig. Du kan også ringe og aftale en tid, hvis tirsdag ikke "
        "passer. Samtalen er gratis og uforpligtende.",
        ("samtale",),
        (_s("WEEKLY TU 13:00-15:00", _JUL),),
        access=("koerestol", "teleslynge", "foelgeven", "ekstra-stoette"),
        host="Mette (forebyggelseskonsulent)",
        confirmed=4,
    ),
    _offer(
        "samtalegruppe-paaroerende-hvalsoe",
        "Samtalegruppe for pårørende",
        "hvalsoe-sogn",
        "hvalsoe-kirke",
        "En gruppe for dig, der passer på en syg ægtefælle eller forælder.",
        "Det kan være ensomt at være pårørende. I gruppen kan du dele dine tanker med andre i "
        "samme situation. Præsten og en frivillig sygeplejerske leder samtalen.",
        ("samtale",),
        (_s("BIWEEKLY MO 14:00-16:00", _SOMMER),),
        access=("koerestol", "teleslynge"),
        targets=("paaroerende",),
        capacity=10,
        host="Karin (sognepræst)",
        confirmed=47,
        registration="Ring til Karin, før du kommer første gang",
    ),
    _offer(
        "morgensang-hvalsoe",
        "Morgensang og kaffe i Hvalsø Kirke",
        "hvalsoe-sogn",
        "hvalsoe-kirke",
        "En kort morgensang efterfulgt af kaffe i sognegården.",
        "Vi synger to-tre salmer eller morgensange, og præsten siger et par ord. Bagefter er "
        "der kaffe og rundstykker i sognegården. Alle er velkomne.",
        ("sang", "tro", "cafe"),
        (_s("WEEKLY FR 09:00-09:45", _SOMMER),),
        access=("koerestol", "teleslynge"),
        host="Karin (sognepræst)",
        confirmed=47,
    ),
    _offer(
        "seniorkoret-sangglad",
        "Seniorkoret Sangglad",
        "sangglad",
        "toelloese-forsamlingshus",
        "Et seniorkor, hvor glæden ved at synge kommer før noderne.",
        "Vi synger danske sange, viser og lidt pop i flerstemmige arrangementer. Korlederen "
        "lærer os stemmerne ved at synge dem for. Koret er fuldt lige nu, men du kan komme på "
        "venteliste.",
        ("sang", "musik"),
        (_s("WEEKLY TH 10:00-12:00", _SOMMER),),
        access=("koerestol", "teleslynge"),
        price=250,
        price_note="Kontingent 250 kr. om året",
        capacity=35,
        full=True,
        host="Birthe (formand)",
        confirmed=59,
        registration="Kontakt Birthe for at komme på venteliste",
    ),
    _offer(
        "julekoncert-toelloese",
        "Julekoncert i Tølløse Kirke",
        "sangglad",
        "toelloese-kirke",
        "Seniorkoret Sangglad synger julen ind i kirken.",
        "Koret synger julesalmer og julesange, og publikum synger med på de kendte. Der er "
        "gløgg og æbleskiver i sognehuset bagefter. Fri entré.",
        ("sang", "musik", "tro"),
        (_s("ONCE 2026-12-13 15:00-16:00"),),
        access=("koerestol", "teleslynge"),
        host="Birthe (formand)",
        confirmed=59,
    ),
    _offer(
        "frokost-moedestedet-toelloese",
        "Mødestedet Tølløse – fælles frokost",
        "moedestedet-toelloese",
        "toelloese-forsamlingshus",
        "Frokost og selskab i forsamlingshuset hver onsdag.",
        "Frivillige dækker op til frokost med smørrebrød og en lun ret. Mange kommer alene og "
        "får hurtigt nogen at snakke med. Vi kan hjælpe med kørsel, hvis du bor uden for byen.",
        ("mad", "cafe"),
        (_s("WEEKLY WE 11:30-14:00", _SOMMER),),
        access=("koerestol", "teleslynge", "transport", "foelgeven"),
        price=45,
        price_note="45 kr. inkl. kaffe",
        capacity=45,
        host="Marianne (tovholder)",
        confirmed=15,
        registration="Tilmelding til Marianne senest mandag",
    ),
    _offer(
        "kreaklubben-toelloese",
        "Kreaklubben – strik, hækl og snak",
        "moedestedet-toelloese",
        "toelloese-forsamlingshus",
        "Strik, hækl og broder sammen med andre mandag eftermiddag.",
        "Tag dit eget projekt med, eller få hjælp til at komme i gang. Vi strikker også huer og "
        "tæpper til Røde Kors. Der er kaffe og hjemmebag.",
        ("haandarbejde", "cafe", "hjaelpe"),
        (_s("WEEKLY MO 13:00-15:30", _SOMMER),),
        access=("koerestol", "teleslynge"),
        price=10,
        price_note="10 kr. for kaffe",
        host="Marianne (tovholder)",
        confirmed=15,
    ),
    _offer(
        "tirsdagsgaaturen-toelloese",
        "Tirsdagsgåturen fra Tølløse Station",
        "moedestedet-toelloese",
        "toelloese-station",
        "En gåtur på 4 km i roligt tempo med kaffe bagefter.",
        "Vi går en tur gennem byen og ud ad markvejen og er tilbage ved forsamlingshuset til "
        "kaffe. Tempoet er roligt, og der er altid nogen at snakke med.",
        ("gaatur", "cafe"),
        (_s("WEEKLY TU 10:00-11:30"),),
        host="Arne (kasserer)",
        contact=1,
        confirmed=196,
    ),
    _offer(
        "sogneudflugt-soroe",
        "Sogneudflugt til Sorø",
        "toelloese-sogn",
        "toelloese-kirke",
        "En dag i Sorø med rundvisning i klosterkirken og frokost.",
        "Vi kører i bus fra kirken til Sorø, hvor vi ser Sorø Klosterkirke og spiser frokost "
        "ved søen. Bussen har lift, og der er god tid til pauser.",
        ("kultur", "tro", "historie"),
        (_s("ONCE 2027-06-10 09:00-16:00"),),
        access=("koerestol", "transport"),
        price=250,
        price_note="250 kr. inkl. bus og frokost",
        capacity=48,
        host="Henrik (sognepræst)",
        confirmed=3,
        registration="Tilmelding til kirkekontoret senest den 1. juni",
    ),
    _offer(
        "onsdagsklubben-toelloese",
        "Onsdagsklubben",
        "toelloese-sogn",
        "toelloese-kirke",
        "Foredrag, sang og kaffe for seniorer hver anden onsdag.",
        "Onsdagsklubben har plads til alle, der kan lide et godt foredrag og en snak over "
        "kaffen. Programmet spænder fra rejser og natur til tro og lokalhistorie.",
        ("foredrag", "tro", "cafe"),
        (_s("BIWEEKLY WE 14:00-16:00", "05-01..08-31"),),
        access=("koerestol", "teleslynge"),
        price=25,
        price_note="25 kr. inkl. kaffe",
        host="Henrik (sognepræst)",
        confirmed=52,
    ),
    _offer(
        "braetspilscafe-vaenge",
        "Brætspilscafé i Tølløse Vænge",
        "boligforeningen-fjordbo",
        "toelloese-vaenge",
        "Brætspil for alle aldre i beboerhuset torsdag eftermiddag.",
        "Børn fra boligområdet og seniorer spiller brætspil sammen, og de voksne hjælper de "
        "små med reglerne. Vi har over 100 spil. Der er saftevand og kaffe.",
        ("spil", "generationer"),
        (_s("WEEKLY TH 14:00-16:00", _SOMMER),),
        access=("koerestol",),
        host="Kaj (formand for beboerhuset)",
        contact=1,
        confirmed=69,
    ),
    _offer(
        "seniorfitness-toelloese",
        "Seniorfitness i Tølløse",
        "senioridraet",
        "toelloese-idraetscenter",
        "Styrketræning og kondition for seniorer to gange om ugen.",
        "Vi træner i idrætscentrets motionsrum med maskiner og frie vægte. Instruktøren lægger "
        "et program til dig og viser, hvordan maskinerne bruges. Efter træningen drikker vi "
        "kaffe sammen.",
        ("bevaegelse",),
        (_s("WEEKLY TU,FR 09:00-10:00"),),
        price=450,
        price_note="450 kr. pr. sæson",
        min_age=60,
        host="Jytte (instruktør)",
        contact=1,
        confirmed=26,
    ),
    _offer(
        "demensvenlig-gaatur-hvalsoe",
        "Demensvenlig gåtur",
        "demensteamet",
        "hvalsoe-kildehuset",
        "En kort, tryg gåtur for mennesker med demens og deres pårørende.",
        "Vi går en fast rute på en halv time, så det hele bliver genkendeligt fra gang til "
        "gang. En demenskoordinator og to frivillige går med. Bagefter er der kaffe i "
        "Kildehuset.",
        ("gaatur", "samtale"),
        (_s("WEEKLY TH 10:00-11:00"),),
        access=("demensvenlig", "ekstra-stoette", "foelgeven"),
        host="Louise (demenskoordinator)",
        confirmed=11,
    ),
)

# --------------------------------------------------------------------------- validation

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DAY = r"(?:MO|TU|WE|TH|FR|SA|SU)"
_TIME = r"(?P<opens>[0-2]\d:[0-5]\d)-(?P<closes>[0-2]\d:[0-5]\d)"
RULE_RE = re.compile(
    rf"^(?:(?P<freq>WEEKLY|BIWEEKLY) (?P<days>{_DAY}(?:,{_DAY})*)"
    rf"|MONTHLY (?P<pos>-1|[1-4])(?P<mday>{_DAY})"
    rf"|ONCE (?P<date>\d{{4}}-\d{{2}}-\d{{2}})) {_TIME}$"
)
PAUSE_RE = re.compile(r"^(?P<start>\d{2}-\d{2})\.\.(?P<end>\d{2}-\d{2})$")
ONCE_FIRST = date(2026, 12, 1)
ONCE_LAST = date(2027, 6, 30)

_PHONE_RE = re.compile(r"^\+45 \d{2} \d{2} \d{2} \d{2}$")
_EMAIL_RE = re.compile(r"^[a-z0-9.\-]+@[a-z0-9.\-]+\.example$")
_WEBSITE_RE = re.compile(r"^https://[a-z0-9.\-]+\.example(?:/[a-z0-9\-/]*)?$")
_KEY_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_STREET_RE = re.compile(r"^\D+ \d+[A-Z]?$")
_HOST_RE = re.compile(r"^\S.* \([^()]+\)$")
_CLOCK_WITH_COLON_RE = re.compile(r"\bkl\. \d{1,2}:\d{2}")


def parse_rule(rule: str) -> dict[str, object] | None:
    """Parse a schedule rule of the mini DSL; None if it does not parse.

    Returns ``{"freq": "WEEKLY"|"BIWEEKLY"|"MONTHLY"|"ONCE", "byday": "TU,TH" | "1TH" | "",
    "date": "YYYY-MM-DD" | "", "opens": "HH:MM", "closes": "HH:MM"}``.
    """
    match = RULE_RE.match(rule)
    if not match:
        return None
    if match["freq"]:
        freq, byday, when = match["freq"], match["days"], ""
    elif match["pos"]:
        freq, byday, when = "MONTHLY", f"{match['pos']}{match['mday']}", ""
    else:
        freq, byday, when = "ONCE", "", match["date"]
    return {
        "freq": freq,
        "byday": byday,
        "date": when,
        "opens": match["opens"],
        "closes": match["closes"],
    }


def _minutes(clock: str) -> int | None:
    hours, minutes = int(clock[:2]), int(clock[3:])
    if hours > 23:
        return None
    return hours * 60 + minutes


def _month_day_ok(value: str) -> bool:
    try:
        date(2027, int(value[:2]), int(value[3:]))  # 02-29 cannot recur every year
    except ValueError:
        return False
    return True


def _km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def _schedule_problems(where: str, schedule: ScheduleSpec) -> list[str]:
    problems: list[str] = []
    parsed = parse_rule(schedule.rule)
    if parsed is None:
        return [f"{where}: schedule rule {schedule.rule!r} does not parse"]
    opens, closes = _minutes(str(parsed["opens"])), _minutes(str(parsed["closes"]))
    if opens is None or closes is None or closes <= opens:
        problems.append(f"{where}: bad time range in {schedule.rule!r}")
    elif opens < 6 * 60 or closes > 23 * 60:
        problems.append(f"{where}: implausible hours in {schedule.rule!r}")
    if parsed["freq"] in ("WEEKLY", "BIWEEKLY"):
        days = str(parsed["byday"]).split(",")
        if len(set(days)) != len(days):
            problems.append(f"{where}: repeated weekday in {schedule.rule!r}")
    if parsed["freq"] == "ONCE":
        try:
            when = date.fromisoformat(str(parsed["date"]))
        except ValueError:
            problems.append(f"{where}: impossible date in {schedule.rule!r}")
        else:
            if not ONCE_FIRST <= when <= ONCE_LAST:
                problems.append(f"{where}: one-off date outside {ONCE_FIRST}..{ONCE_LAST}")
        if schedule.pause:
            problems.append(f"{where}: a one-off event cannot have a pause")
    if schedule.pause:
        pause = PAUSE_RE.match(schedule.pause)
        if not pause or not (_month_day_ok(pause["start"]) and _month_day_ok(pause["end"])):
            problems.append(f"{where}: pause {schedule.pause!r} is not MM-DD..MM-DD")
        elif pause["start"] == pause["end"]:
            problems.append(f"{where}: empty pause {schedule.pause!r}")
    return problems


def _contact_problems(where: str, contact: ContactSpec) -> list[str]:
    problems = []
    if not contact.name.strip() or not contact.title.strip():
        problems.append(f"{where}: contact without name or title")
    if not _EMAIL_RE.match(contact.email):
        problems.append(f"{where}: e-mail {contact.email!r} is not at an .example domain")
    if not _PHONE_RE.match(contact.phone):
        problems.append(f"{where}: phone {contact.phone!r} is not '+45 12 34 56 78'")
    return problems


def _duplicates(values: list[str]) -> list[str]:
    seen: set[str] = set()
    return sorted({v for v in values if v in seen or seen.add(v)})  # type: ignore[func-returns-value]


def validate() -> list[str]:
    """Check the demo content for internal consistency; return a list of problems (empty = ok)."""
    problems: list[str] = []

    # areas
    area_codes = [code for area in AREAS for code in area.postal_codes]
    for name in _duplicates([a.name for a in AREAS]):
        problems.append(f"area {name!r} defined twice")
    for code in _duplicates(area_codes):
        problems.append(f"postal code {code} belongs to more than one area")
    for area in AREAS:
        if not area.postal_codes or not area.description.strip():
            problems.append(f"area {area.name!r} lacks postal codes or a description")
        for code in area.postal_codes:
            if code not in POSTAL_TOWNS:
                problems.append(f"area {area.name!r}: postal code {code} has no known town")

    # locations
    for key in _duplicates([loc.key for loc in LOCATIONS]):
        problems.append(f"location key {key!r} is not unique")
    for loc in LOCATIONS:
        where = f"location {loc.key!r}"
        if not _KEY_RE.match(loc.key):
            problems.append(f"{where}: key is not a slug")
        if loc.kind not in LOCATION_KINDS:
            problems.append(f"{where}: unknown kind {loc.kind!r}")
        if loc.postal_code not in area_codes:
            problems.append(f"{where}: postal code {loc.postal_code} is in no area")
        if not _STREET_RE.match(loc.street):
            problems.append(f"{where}: street {loc.street!r} lacks a house number")
        if not loc.name.strip() or not loc.accessibility.strip():
            problems.append(f"{where}: missing name or accessibility text")
        if (loc.latitude is None) != (loc.longitude is None):
            problems.append(f"{where}: only one of latitude/longitude is given")
        elif loc.latitude is not None and loc.longitude is not None:
            town = POSTAL_TOWNS.get(loc.postal_code)
            if town is not None:
                km = _km_between(loc.latitude, loc.longitude, town[1], town[2])
                if km > MAX_KM_FROM_POSTAL_CENTROID:
                    problems.append(f"{where}: {km:.1f} km from the centre of {town[0]}")
    locations = {loc.key: loc for loc in LOCATIONS}

    # organisations
    for key in _duplicates([org.key for org in ORGANISATIONS]):
        problems.append(f"organisation key {key!r} is not unique")
    for name in _duplicates([org.name for org in ORGANISATIONS]):
        problems.append(f"organisation name {name!r} is not unique")
    for org in ORGANISATIONS:
        where = f"organisation {org.key!r}"
        if not _KEY_RE.match(org.key):
            problems.append(f"{where}: key is not a slug")
        if org.kind not in ORGANISATION_KINDS:
            problems.append(f"{where}: unknown kind {org.kind!r}")
        if not org.name.strip() or not org.description.strip():
            problems.append(f"{where}: missing name or description")
        if not _EMAIL_RE.match(org.email):
            problems.append(f"{where}: e-mail {org.email!r} is not at an .example domain")
        if not _PHONE_RE.match(org.phone):
            problems.append(f"{where}: phone {org.phone!r} is not '+45 12 34 56 78'")
        if org.website and not _WEBSITE_RE.match(org.website):
            problems.append(f"{where}: website {org.website!r} is not https://….example")
        if not 1 <= len(org.contacts) <= 2:
            problems.append(f"{where}: has {len(org.contacts)} contacts, expected 1-2")
        for contact in org.contacts:
            problems.extend(_contact_problems(where, contact))

    # offers
    for key in _duplicates([offer.key for offer in OFFERS]):
        problems.append(f"offer key {key!r} is not unique")
    used_orgs: set[str] = set()
    for offer in OFFERS:
        where = f"offer {offer.key!r}"
        if not _KEY_RE.match(offer.key):
            problems.append(f"{where}: key is not a slug")
        for field in ("title", "summary", "description", "price_note", "host", "registration"):
            if not str(getattr(offer, field)).strip():
                problems.append(f"{where}: empty {field}")
        for field in ("summary", "description", "price_note", "registration", "title"):
            if _CLOCK_WITH_COLON_RE.search(getattr(offer, field)):
                problems.append(f"{where}: write Danish clock times as 'kl. 10.00' in {field}")
        if not _HOST_RE.match(offer.host):
            problems.append(f"{where}: host {offer.host!r} is not 'Name (role)'")
        org = _ORG_BY_KEY.get(offer.organisation)
        if org is None:
            problems.append(f"{where}: unknown organisation {offer.organisation!r}")
        else:
            used_orgs.add(org.key)
            if offer.contact not in org.contacts:
                problems.append(f"{where}: contact is not one of {org.key!r}'s contacts")
        loc = locations.get(offer.location)
        if loc is None:
            problems.append(f"{where}: unknown location {offer.location!r}")
        else:
            if "koerestol" in offer.access and not loc.wheelchair:
                problems.append(f"{where}: wheelchair access claimed at {loc.key!r} which has none")
            if "teleslynge" in offer.access and not loc.hearing_loop:
                problems.append(f"{where}: hearing loop claimed at {loc.key!r} which has none")
        for field, vocab in (
            ("interests", INTEREST_CODES),
            ("access", ACCESS_CODES),
            ("targets", TARGET_CODES),
        ):
            codes = getattr(offer, field)
            if not isinstance(codes, tuple):
                problems.append(f"{where}: {field} must be a tuple")
                continue
            for code in codes:
                if code not in vocab:
                    problems.append(f"{where}: unknown {field} code {code!r}")
            for code in _duplicates(list(codes)):
                problems.append(f"{where}: {field} code {code!r} repeated")
        if not offer.interests:
            problems.append(f"{where}: no interests")
        if "maend" in offer.targets and "kvinder" in offer.targets:
            problems.append(f"{where}: targets both men and women")
        if not 1 <= len(offer.schedules) <= 2:
            problems.append(f"{where}: has {len(offer.schedules)} schedules, expected 1-2")
        for schedule in offer.schedules:
            problems.extend(_schedule_problems(where, schedule))
        if offer.price_kr is not None and (offer.price_kr <= 0 or "kr." not in offer.price_note):
            problems.append(
                f"{where}: price {offer.price_kr} needs a positive amount and a price note in kr."
            )
        if offer.price_kr is None and not offer.price_note.startswith("Gratis"):
            problems.append(f"{where}: free offer whose price note does not say 'Gratis'")
        if offer.capacity is not None and offer.capacity <= 0:
            problems.append(f"{where}: capacity must be positive")
        if offer.status not in OFFER_STATUSES:
            problems.append(f"{where}: unknown status {offer.status!r}")
        if offer.full and offer.status != "active":
            problems.append(f"{where}: only an active offer can be full")
        for age in (offer.min_age, offer.max_age):
            if age is not None and not 0 <= age <= 120:
                problems.append(f"{where}: implausible age limit {age}")
        if (
            offer.min_age is not None
            and offer.max_age is not None
            and offer.min_age > offer.max_age
        ):
            problems.append(f"{where}: minimum age above maximum age")
        if not 0 <= offer.confirmed_days_ago <= 3 * 365:
            problems.append(f"{where}: confirmed_days_ago {offer.confirmed_days_ago} is odd")
    for org in ORGANISATIONS:
        if org.key not in used_orgs:
            problems.append(f"organisation {org.key!r} has no offers")
    return problems
