"""Ordinary words for needs, wishes and target groups (matched by stem).

"form, form, form": {concept: weight}, as in :mod:`.interest_words`. The concepts are
``need:…``, ``wish:…`` and ``target:…`` (see the package's docstring).
"""

SUPPORT_WORDS: dict[str, dict[str, float]] = {
    # --- need:koerestol ----------------------------------------------------------------------
    "kørestol, kørestolen, kørestole, kørestolsbruger, kørestolsbrugere, elkørestol": {
        "need:koerestol": 1.0
    },
    "kørestolsvenlig, kørestolsvenligt, kørestolsegnet, el-kørestol": {"need:koerestol": 1.0},
    "handicapvenlig, handicapvenligt, handicaptoilet, handicapadgang, niveaufri, trinfri": {
        "need:koerestol": 0.6
    },
    "elevator, elevatoren, rampe, rampen, tilgængelig, tilgængeligt": {"need:koerestol": 0.3},
    "trinløs, trinløst, kørestolsrampe, handicapparkering, personlift, loftlift": {
        "need:koerestol": 0.6
    },
    "elscooter, el-scooter, kabinescooter, handicapscooter": {
        "need:koerestol": 0.5,
        "need:gangbesvaeret": 0.6,
    },
    # --- need:gangbesvaeret ------------------------------------------------------------------
    "rollator, rollatoren, rollatorer, gangstativ, krykker, krykke": {"need:gangbesvaeret": 1.0},
    "gangbesværet, gangbesværede, gangbesvær, dårligtgående": {"need:gangbesvaeret": 1.0},
    "hofte, hoften, hofter, hofteoperation, knæoperation, knæene, knæet": {
        "need:gangbesvaeret": 0.4
    },
    "gigt, slidgigt, leddegigt": {"need:gangbesvaeret": 0.5, "need:ekstra-stoette": 0.2},
    "svimmel, svimmelhed": {"need:gangbesvaeret": 0.5},
    "trapper, trappen, trappe, trappetrin": {"need:gangbesvaeret": 0.3, "need:koerestol": 0.2},
    # --- need:teleslynge ---------------------------------------------------------------------
    "teleslynge, teleslyngen, teleslyngeanlæg, høreslynge, høreapparat, høreapparater": {
        "need:teleslynge": 1.0
    },
    "høreapparatet, høreapparaterne, hørehæmmet, hørehæmmede, tunghør, tunghørt": {
        "need:teleslynge": 1.0
    },
    "hørenedsættelse, høretab, døvhed": {"need:teleslynge": 1.0},
    "døv, døve": {"need:teleslynge": 0.8},
    "hørehandicap, hørehandicappet, høreapparatbruger, mundaflæsning, tegnsprog": {
        "need:teleslynge": 0.9
    },
    "tinnitus": {"need:teleslynge": 0.5},
    # --- need:demensvenlig -------------------------------------------------------------------
    "dement, demente, demensramt, demensramte, demenssygdom, demensvenlig, demensvenligt": {
        "need:demensvenlig": 1.0
    },
    "alzheimer, alzheimers, hukommelsesproblemer, hukommelsestab, hukommelsessvækkelse": {
        "need:demensvenlig": 1.0
    },
    "demenscafé, demenscafe, demenskor, demensvenlige": {"need:demensvenlig": 1.0, "cafe": 0.6},
    "glemsom, glemsomme, glemsomhed": {"need:demensvenlig": 0.7},
    "demensven, demensvenner, hukommelsesklinik, hukommelsesbesvær, demenskoordinator": {
        "need:demensvenlig": 0.9
    },
    "glemmer, glemte, glemme": {"need:demensvenlig": 0.4},
    "hukommelse, hukommelsen": {"need:demensvenlig": 0.6},
    "forvirret, forvirring, forvirrede": {"need:demensvenlig": 0.5},
    "kognitiv, kognitive, kognitivt": {"need:demensvenlig": 0.5},
    # --- need:ekstra-stoette -----------------------------------------------------------------
    "hjemmehjælp, hjemmehjælpen, hjemmepleje, hjemmeplejen, plejepersonale": {
        "need:ekstra-stoette": 0.5
    },
    "plejehjem, plejehjemmet, plejecenter, plejecentret, plejecentre, plejebolig": {
        "need:ekstra-stoette": 0.5
    },
    "handicap, handicappet, handicappede, funktionsnedsættelse, bevægelseshandicap": {
        "need:ekstra-stoette": 0.7
    },
    "udviklingshæmmet, udviklingshæmning, hjerneskade, hjerneskadet, erhvervet hjerneskade": {
        "need:ekstra-stoette": 0.8
    },
    "apopleksi, blodprop, hjerneblødning, sklerose, parkinson, parkinsons, als": {
        "need:ekstra-stoette": 0.7
    },
    "blind, blinde, svagsynet, svagsynede, synshandicap, synshandicappet": {
        "need:ekstra-stoette": 0.6
    },
    "skrøbelig, skrøbelige": {"need:ekstra-stoette": 0.4, "bevaegelse": 0.2},
    "iltapparat, iltflaske, kol": {"need:ekstra-stoette": 0.5},
    "støtte, støtten": {"need:ekstra-stoette": 0.4},
    "tryg, trygt, trygge, tryghed, trygheden": {
        "need:ekstra-stoette": 0.3,
        "wish:foelgeven": 0.2,
    },
    "utryg, utrygt, utrygge, utryghed, usikker": {
        "wish:foelgeven": 0.4,
        "need:ekstra-stoette": 0.3,
    },
    "personale, plejepersonalet": {"need:ekstra-stoette": 0.2},
    # --- wish:foelgeven ----------------------------------------------------------------------
    "følgeven, følgevenner, følgevennen, følgeordning, følgeordningen": {"wish:foelgeven": 1.0},
    "ledsager, ledsagere, ledsagelse, ledsage, ledsaget": {
        "wish:foelgeven": 0.8,
        "need:ekstra-stoette": 0.3,
    },
    # --- wish:transport ----------------------------------------------------------------------
    "transport, transporten, kørsel, kørslen, befordring, kørselsordning, afhentning": {
        "wish:transport": 0.8
    },
    "flextur, flexture, flexturen, handicapkørsel, telekørsel, kørestolstaxa": {
        "wish:transport": 1.0
    },
    "taxa, taxi, taxaen": {"wish:transport": 0.5},
    "kørekort, kørekortet": {"wish:transport": 0.5},
    # --- target:maend ------------------------------------------------------------------------
    "mænd, mændene, mændenes": {"target:maend": 0.7},
    "mandefællesskab, mandeklub, mandegruppe, mandeforening, mandeaften, mandesnak": {
        "target:maend": 1.0
    },
    "herreklub, herreklubben, herrefrokost, herrer, herrerne, gutterne, gutter": {
        "target:maend": 0.7
    },
    "mandfolk, karle, herregymnastik, mandehørm": {"target:maend": 0.6},
    # --- target:kvinder ----------------------------------------------------------------------
    "kvindefællesskab, kvindeklub, kvindegruppe, kvindenetværk, kvindeforening": {
        "target:kvinder": 1.0
    },
    "damefrokost, dameklub, dameklubben": {"target:kvinder": 0.7},
    "kvindehøjskole, kvindegymnastik, damegymnastik, husmoderforening, husmødre": {
        "target:kvinder": 0.8
    },
    # --- target:sorg -------------------------------------------------------------------------
    "sorg, sorgen, sorgfuld, sørge, sørger, sørgede, sorgramt, sorgramte, sorgproces": {
        "target:sorg": 1.0,
        "samtale": 0.5,
    },
    "enke, enker, enken, enkemand, enkemænd, enkefrue, enkestand, enkeliv, enkemanden": {
        "target:sorg": 0.9
    },
    "efterlevende": {"target:sorg": 0.8},
    "døde, død, døden, dødsfald, dødsfaldet, begravelse, begravelsen, bisættelse": {
        "target:sorg": 0.6
    },
    "mistede, mistet, miste, mister": {"target:sorg": 0.3},
    # --- target:paaroerende ------------------------------------------------------------------
    "pårørende, pårørendes, pårørendeforening, pårørenderådgivning": {"target:paaroerende": 1.0},
    "omsorgsgiver, omsorgsgivere, aflastning, aflastningen, aflastningsophold": {
        "target:paaroerende": 0.7
    },
    "pårørendekonsulent, pårørendestøtte, pårørendeforeningen, omsorgsperson": {
        "target:paaroerende": 0.9
    },
}
