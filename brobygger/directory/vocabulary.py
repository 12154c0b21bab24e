"""The starting taxonomy (docs/matching.md). Administrators can add terms in the admin."""

TAXONOMIES: list[tuple[str, str, str, list[tuple[str, str, str]]]] = [
    (
        "interest",
        "Interesser",
        "Interests",
        [
            ("bevaegelse", "Bevægelse og motion", "Exercise and movement"),
            ("gaatur", "Gåture og vandring", "Walks and hiking"),
            ("dans", "Dans", "Dance"),
            ("svoemning", "Svømning og vandtræning", "Swimming and water exercise"),
            ("cykling", "Cykling", "Cycling"),
            ("sang", "Sang og kor", "Singing and choirs"),
            ("musik", "Musik", "Music"),
            ("spil", "Kort- og brætspil", "Card and board games"),
            ("haandarbejde", "Håndarbejde og kreativitet", "Crafts and creativity"),
            ("vaerksted", "Værksted og reparation", "Workshop and repairs"),
            ("have", "Have og natur", "Gardening and nature"),
            ("mad", "Madlavning og fællesspisning", "Cooking and shared meals"),
            ("cafe", "Café og samvær", "Café and company"),
            ("foredrag", "Foredrag, læsning og litteratur", "Talks, reading and literature"),
            ("historie", "Lokalhistorie", "Local history"),
            ("it", "IT og digital hjælp", "IT and digital help"),
            ("kultur", "Kultur og udflugter", "Culture and outings"),
            ("tro", "Kirke og tro", "Church and faith"),
            ("dyr", "Dyr", "Animals"),
            ("hjaelpe", "Hjælpe andre som frivillig", "Helping others as a volunteer"),
            ("samtale", "Samtale- og sorggrupper", "Conversation and grief groups"),
            ("generationer", "Mellem generationer", "Between generations"),
        ],
    ),
    (
        "access",
        "Tilgængelighed og støtte",
        "Accessibility and support",
        [
            ("koerestol", "Kørestolsvenligt", "Wheelchair accessible"),
            ("teleslynge", "Teleslynge", "Hearing loop"),
            ("demensvenlig", "Demensvenligt", "Dementia-friendly"),
            (
                "ekstra-stoette",
                "Plads til dig, der har brug for ekstra støtte",
                "Room for people who need extra support",
            ),
            ("foelgeven", "Følgeven første gang", "A companion on the first visit"),
            ("transport", "Hjælp til transport", "Help with transport"),
        ],
    ),
    (
        "target",
        "Målgrupper",
        "Target groups",
        [
            ("maend", "For mænd", "For men"),
            ("kvinder", "For kvinder", "For women"),
            ("paaroerende", "For pårørende", "For relatives and carers"),
            ("sorg", "For dig i sorg", "For the bereaved"),
        ],
    ),
    (
        "status",
        "Status",
        "Status",
        [
            ("fuldt", "Fuldt lige nu", "Full at the moment"),
        ],
    ),
]

ACCESS_NEEDS = ("koerestol", "demensvenlig", "teleslynge", "ekstra-stoette")
