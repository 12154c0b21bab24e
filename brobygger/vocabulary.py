"""The shared vocabulary: the taxonomy codes of the matching contract, listed once.

These are the HSDS attributes (``taxonomy_term.code``) of ``docs/matching.md`` in the shared
docs: ``interest:<code>``, ``access:<code>``, ``target:<code>`` and ``status:fuldt``. Every part
of Brobygger that needs a code reads it from here: the directory's starting taxonomy, Danish
language understanding (its interest concepts are exactly the interest codes) and the matching
engine. Plain data without Django, so any package may import it.

To add an interest: add its line below, then give it words in ``brobygger.danish.lexicon``
(``CORE_WORDS`` and a few ``WORDS``) and a phrase in ``brobygger.matching.engine.reasons``
(``INTEREST_PHRASES``); ``tests/matching/test_vocabulary.py`` names what is missing. Migration
0003 created the starting terms; a database that already exists needs the new term added (in
the admin, or by ``brobygger.directory.services.ensure_vocabulary``).
"""

Term = tuple[str, str, str]  # (code without prefix, Danish name, English name)
Taxonomy = tuple[str, str, str, list[Term]]  # (slug = code prefix, Danish, English, terms)

TAXONOMIES: list[Taxonomy] = [
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


def codes(slug: str) -> tuple[str, ...]:
    """The codes of one taxonomy, without the prefix, in the order above."""
    for taxonomy_slug, _name, _name_en, terms in TAXONOMIES:
        if taxonomy_slug == slug:
            return tuple(code for code, _term_name, _term_en in terms)
    raise KeyError(slug)


INTEREST_CODES: tuple[str, ...] = codes("interest")
ACCESS_CODES: tuple[str, ...] = codes("access")
TARGET_CODES: tuple[str, ...] = codes("target")
STATUS_CODES: tuple[str, ...] = codes("status")
# Hard rule 3 of the contract: a citizen with one of these needs is only matched to offers
# with ``access:<need>`` (in the contract's order; the engine's bit masks follow it).
ACCESS_NEEDS: tuple[str, ...] = ("koerestol", "demensvenlig", "teleslynge", "ekstra-stoette")
# Wishes, not rules: offers with ``access:<wish>`` are preferred, others not excluded.
ACCESS_WISHES: tuple[str, ...] = ("foelgeven", "transport")
