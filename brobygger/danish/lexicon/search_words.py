"""What the public search box needs beyond the lexicon: everyday words for the directory's own
terms, words that never narrow a search, and words to correct typing errors towards.

``SEARCH_MEANINGS``
    "form, form, form" (or a phrase of several words, "uden trapper") → what a search for it
    means: ``words`` the offers may say instead, ``terms`` (taxonomy codes → weight in 0..1)
    whose offers match and are ranked first. With ``"own": True`` the entry is the word's whole
    meaning in search: the lexicon's concepts for it are not used ("ensom" is not "café").
    With ``"alone": True`` it applies only when it is the only word searched for ("have" is the
    garden, but "vil gerne have hjælp" is not).
``SEARCH_FILLERS``
    Words that say who is asking, not what they look for ("far", "ældre", "aktiviteter"):
    left out of the words every offer must contain.
``SEARCH_EXTRA_WORDS``
    Activities the lexicon has no concept for, so a typing error in them can still be corrected.
"""

_LONELY = {
    "words": ["alene", "ensomhed", "ensom", "selskab", "mødested", "netværkscafé"],
    "terms": {"access:foelgeven": 1.0, "interest:samtale": 0.6, "interest:cafe": 0.3},
    "own": True,
}

SEARCH_MEANINGS: dict[str, dict[str, object]] = {
    # --- broad words: the offers made for the need first -------------------------------------
    "ensom, ensomme, ensomt, ensomhed, ensomheden, alene, enlig, enlige": _LONELY,
    "selskab, selskabet, venner, veninder, bekendtskaber, keder, kede, kedsomhed": _LONELY,
    "sidder alene, bor alene, nye venner, nogen at snakke med, snakke med nogen": _LONELY,
    "nogen at tale med, tale med nogen": _LONELY,
    "mistet, miste, mistede, mister": {
        "words": ["mistet", "sorg", "sorggruppe", "enke", "enkemand"],
        "terms": {"target:sorg": 1.0},
        "own": True,
    },
    # --- access: walkers, stairs, hearing ----------------------------------------------------
    "rollator, rollatoren, rollatorer, gangstativ, gangbesværet, dårligtgående": {
        "words": ["rollator", "langsomt", "stol"],
        "terms": {"access:koerestol": 1.0, "access:ekstra-stoette": 0.6},
    },
    "svært ved at gå, dårligt gående, dårlige ben, går langsomt, går dårligt": {
        "words": ["rollator", "langsomt", "stol"],
        "terms": {"access:koerestol": 1.0, "access:ekstra-stoette": 0.6},
        "own": True,
    },
    "uden trapper, uden trappe, ingen trapper, trappefri, trappefrit, trinfri, trinfrit": {
        "words": ["niveaufri", "elevator", "kørestolsvenlig"],
        "terms": {"access:koerestol": 1.0},
        "own": True,
    },
    "niveaufri, niveaufrit, handicapvenlig, handicapvenligt, tilgængelig, tilgængeligt": {
        "words": ["niveaufri", "kørestolsvenlig"],
        "terms": {"access:koerestol": 1.0},
    },
    "trappefri adgang, niveaufri adgang, adgang uden trapper": {
        "words": ["niveaufri", "kørestolsvenlig"],
        "terms": {"access:koerestol": 1.0},
        "own": True,
    },
    "dårlig hørelse, hører dårligt, hører ikke godt, nedsat hørelse": {
        "words": ["teleslynge", "høreapparat"],
        "terms": {"access:teleslynge": 1.0},
        "own": True,
    },
    # --- everyday words for the directory's words ---------------------------------------------
    "bingo, bingoaften, bankospil, bankoaften": {
        "words": ["banko", "bingo"],
        "terms": {"interest:spil": 0.6},
        "own": True,
    },
    "have, haver, haven": {
        "words": ["have", "haven", "haver", "havearbejde", "drivhus", "køkkenhave"],
        "terms": {"interest:have": 1.0},
        "own": True,
        "alone": True,
    },
    "middag, middagsmad, aftensmad, frokost, spise, spise sammen, spisning": {
        "words": ["spisefællesskab", "fællesspisning", "middag", "middagsmad", "frokost"],
        "terms": {"interest:mad": 1.0},
    },
    "fitness, styrketræning, styrke, kondition, træningshold": {
        "words": ["fitness", "styrke", "træning", "kondition"],
        "terms": {"interest:bevaegelse": 0.6},
        "own": True,
    },
    "sy, syning, syr, symaskine": {
        "words": ["sy", "syklub", "patchwork"],
        "terms": {"interest:haandarbejde": 1.0},
        "own": True,
    },
    "kort, kortene, spille kort, spiller kort": {
        "words": ["kortspil", "bridge", "whist", "canasta", "kabale"],
        "terms": {"interest:spil": 0.8},
        "own": True,
    },
    "kafe, cafe, café, caféen, cafeen": {
        "words": ["café", "cafe", "caféen", "cafeen"],
        "terms": {"interest:cafe": 1.0},
        "own": True,
    },
    "fugle, fugl, fuglene, fugletur": {
        "words": ["fugle", "fugletur", "fuglekasser"],
        "terms": {"interest:dyr": 0.6},
        "own": True,
    },
    "natur, naturen, skoven, skov": {
        "words": ["natur", "naturen", "skov", "skoven", "fjorden"],
        "terms": {"interest:have": 0.6, "interest:gaatur": 0.6},
    },
    "mobil, mobilen, mobiltelefon, telefon, smartphone, ipad, tablet, computer, pc": {
        "words": ["mobil", "mobiltelefon", "tablet", "computer", "smartphone", "telefon"],
        "terms": {"interest:it": 1.0},
    },
    "kørsel, kørselsordning, transport, kan ikke selv køre, bus": {
        "words": ["transport", "kørsel", "afhentning", "bus"],
        "terms": {"access:transport": 1.0},
    },
    "kunst, billedkunst, akvarel, tegning, tegne, male": {
        "words": ["kunst", "billedkunst", "akvarel", "maling", "tegn"],
        "terms": {"interest:haandarbejde": 0.6, "interest:kultur": 0.4},
    },
}

SEARCH_FILLERS = """
far mor fars mors kone konen hustru ægtefælle ægtefællen mand manden
farmor farfar mormor morfar bedstemor bedstefar svigermor svigerfar
forældre forælder min mit mine hans hendes vores ældre ældres pensionist pensionister
senior seniorer noget nogle aktivitet aktiviteter aktiviteten tilbud tilbuddet
tilbuddene fællesskab fællesskaber arrangement arrangementer klub klubber hold
sted steder mulighed muligheder gerne vil kan derhjemme
"""

SEARCH_EXTRA_WORDS = """
petanque krolf kroket bordtennis pickleball badminton golf bowling billard skak
linedance stavgang vinterbadning harmonika akvarel keramik patchwork pileflet vævning
yoga pilates fitness gymnastik stolegymnastik vandgymnastik seniorfitness seniordans
siddedans folkedans motionsdans fællessang morgensang salmesang kortspil brætspil bridge
whist banko bingo spisefællesskab fællesspisning sorggruppe samtalegruppe pårørende
demens demenscafé besøgsven besøgshund følgeven læseklub læsekreds højtlæsning
foredrag lokalhistorie slægtsforskning erindringer rundvisning udflugt museum
vikingeskibsmuseet reparationscafé værksted træværksted sløjd svømning svømmehal
cykling cykel cykeltur rickshaw gåtur gåture vandretur vandregruppe tablet computer
mobiltelefon smartphone teleslynge kørestol rollator netværkscafé mødested
"""
