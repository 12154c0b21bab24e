"""Danish vocabulary for Brobygger's language understanding: plain data, meant to be extended.

Everything here is read once by ``brobygger.lib.danish`` when it is imported. No code needed to
add a word: find the right table, copy a line, change it, run the tests
(``uv run pytest tests/lib``).

Concepts
--------
A concept is what a word is about. The interest concepts are exactly the interest codes of the
matching contract (``sang``, ``gaatur``, ``haandarbejde`` …). The others are written with a
prefix:

- ``need:koerestol``, ``need:gangbesvaeret`` (walker, stick, bad legs), ``need:teleslynge``,
  ``need:demensvenlig``, ``need:ekstra-stoette``
- ``wish:foelgeven`` (someone to go with), ``wish:transport`` (cannot get there alone)
- ``target:maend``, ``target:kvinder``, ``target:sorg`` (bereaved), ``target:paaroerende``

Weights run from 0 to 1: 1.0 the word *is* the concept ("synge" → sang), 0.8 strong,
0.6 related, 0.4 a hint, 0.2 faint. Several hints add up (but never past 1.0).

The tables
----------
``WORDS``
    Ordinary words. The key lists one or more forms separated by commas. Every form is reduced
    to its stem (Snowball, Danish), so one form covers its regular inflections: "synge" also
    finds "synger", "syngende"; "hund" finds "hunde", "hunden", "hundene". Past tenses in
    -ede/-te/-t are found from an infinitive written here ("dansede" → "danse",
    "spiste" → "spise"). Irregular forms (sunget, gik, gået) must be written out, or put in
    ``LEMMAS``. A form with a space or hyphen in it ("tai chi", "e-boks") is matched as a fixed
    phrase. WORDS also count as parts of compounds ("strikke" in "strikkeaften").
    Before adding a short word, check what else shares its stem (``danish.stem``): "hænder"
    has the stem of "hændte" (happened), so it belongs in EXACT.
``EXACT``
    Same layout, but the forms match only exactly as written, never by stem. Use it for short
    or ambiguous words whose stem would catch other words: "dans" (stem "dan"), "kaffe" (stem
    "kaf"), "haven" (stem "hav", as in "havet", the sea), "dyr" (animal, but "dyre" = expensive).
    EXACT words do not count inside compounds unless also listed in ``COMPOUND_ONLY``.
``COMPOUND_ONLY``
    Words that count inside compounds: "have" (garden) in "fælleshave" (on its own "have" is
    the verb "to have"), "kor" in "kirkekor". "vand-" counts only as a first part, "-ven" only
    as the last.
``PLAIN_PARTS``
    Words with no concept of their own that often stand in compounds ("senior", "gruppe",
    "klub"), so that "seniorkoret" is understood as senior + kor.
``PHRASES``
    Several words. ``|`` separates alternatives for one place, ``…`` (or ``...``) lets up to
    three other words stand in between: "gå|går|gik … tur|ture" finds "går gerne en lille tur".
    Each word also matches its inflections (by stem); a word written with ``=`` in front
    ("=hjælpe") matches only as written (the verb, not the noun "hjælp"). A phrase with an
    empty ``{}`` only stops its words from counting on their own ("går til" gymnastik is not
    a walk). Words in a phrase are used up by it; the longest phrase wins.
``LEMMAS``
    Irregular forms and the dictionary form they belong to.
``STOPWORDS``
    Small words that never carry a concept and are left out of search terms (plain text).
``NEGATIONS`` …
    Words that negate what follows ("ikke"), and the helpers for negation (plain text; how they
    are used is described in ``danish.py``).
``CORE_WORDS``
    For each concept, the few words a search for it should also look for.
"""

# ---------------------------------------------------------------------------------------------
# Ordinary words (matched by stem). "form, form, form": {concept: weight}
# ---------------------------------------------------------------------------------------------
WORDS: dict[str, dict[str, float]] = {
    # --- bevaegelse: Bevægelse og motion -----------------------------------------------------
    "motion, motionere, motionerer, motionerede, motionist, motionister, motionsrum": {
        "bevaegelse": 1.0
    },
    "motionshold, motionsklub, motionscenter, motionstilbud": {"bevaegelse": 1.0},
    "træning, træne, træner, trænede, trænet, træningen, træningshold": {"bevaegelse": 1.0},
    "gymnastik, gymnastikken, gymnastikhold, seniorgymnastik, morgengymnastik": {"bevaegelse": 1.0},
    "stolegymnastik, siddegymnastik, stoletræning, stolemotion": {
        "bevaegelse": 1.0,
        "need:gangbesvaeret": 0.3,
    },
    "yoga, stoleyoga, senioryoga, yogahold": {"bevaegelse": 1.0},
    "pilates, qigong, tai chi, taichi": {"bevaegelse": 1.0},
    "fitness, seniorfitness, fitnesscenter, fitnesshold, motionscenter": {"bevaegelse": 1.0},
    "styrketræning, styrke, muskelstyrke, vægttræning, crossfit, cirkeltræning": {
        "bevaegelse": 0.9
    },
    "kondition, konditionstræning, kondi, cardio": {"bevaegelse": 0.9},
    "udstrækning, strækøvelser, øvelser, øvelse": {"bevaegelse": 0.7},
    "bevægelse, bevæge, bevæger, bevægede, bevægelighed": {"bevaegelse": 1.0},
    "idræt, idrætsforening, idrætshal, idrætsklub": {"bevaegelse": 0.9},
    "sport, sporten, sportsklub, motionsidræt, seniorsport": {"bevaegelse": 0.7},
    "muskler, muskel, musklerne": {"bevaegelse": 0.6},
    "balance, balancen": {"bevaegelse": 0.5, "need:gangbesvaeret": 0.4},
    "balancetræning, faldforebyggelse, faldtræning": {
        "bevaegelse": 1.0,
        "need:gangbesvaeret": 0.5,
    },
    "genoptræning, genoptræne, genoptræner, genoptrænet": {
        "bevaegelse": 0.9,
        "need:ekstra-stoette": 0.3,
    },
    "fysioterapi, fysioterapeut, fysioterapeuten, fysioterapeuter": {
        "bevaegelse": 0.6,
        "need:ekstra-stoette": 0.2,
    },
    "løbe, løber, løbet, jogge, jogger, jogging, motionsløb": {"bevaegelse": 0.8},
    "badminton, bordtennis, tennis, padel, floorball, håndbold, volleyball": {
        "bevaegelse": 0.8,
        "spil": 0.2,
    },
    "fodbold, gåfodbold, walking football, seniorfodbold": {"bevaegelse": 0.8, "spil": 0.2},
    "golf, golfklub, minigolf, discgolf": {"bevaegelse": 0.6, "spil": 0.4},
    "petanque, boccia, krolf, kroket, curling, kongespil": {"spil": 0.8, "bevaegelse": 0.5},
    "bowling, bowlinghal, keglebane": {"spil": 0.8, "bevaegelse": 0.4},
    "zumba": {"bevaegelse": 0.8, "dans": 0.6},
    "aerobic, aerobics, step": {"bevaegelse": 0.9, "dans": 0.2},
    "spinning, motionscykel, kondicykel, motionscykler": {"bevaegelse": 0.9, "cykling": 0.4},
    "roning, roklub, kajak, kano, kajakker": {"bevaegelse": 0.7, "have": 0.3},
    "sejle, sejler, sejlede, sejlads, sejlklub, sejlbåd, sejlbåde, sejlture": {
        "have": 0.4,
        "bevaegelse": 0.3,
        "kultur": 0.2,
    },
    "svedig, sveder, svedt": {"bevaegelse": 0.4},
    "pulsen": {"bevaegelse": 0.5},
    "vejrtrækning, åndedræt, åndedrættet": {"bevaegelse": 0.4},
    "meditation, mindfulness, afspænding": {"bevaegelse": 0.4, "tro": 0.2},
    "aktiv, aktive, aktivt": {"bevaegelse": 0.3},
    "stavgang, nordic walking, stavgangshold": {"gaatur": 0.8, "bevaegelse": 0.8},
    "skiløb, langrend, skøjteløb": {"bevaegelse": 0.7},
    # --- gaatur: Gåture og vandring ----------------------------------------------------------
    "gåtur, gåture, gåturen, gåturene": {"gaatur": 1.0, "bevaegelse": 0.4},
    "gåhold, gåholdet, gåklub, gågruppe, gåfællesskab, gåmakker, gåven, gåvenner": {
        "gaatur": 1.0,
        "bevaegelse": 0.3,
    },
    "vandre, vandrer, vandrede, vandret, vandring, vandringer, vandringen": {
        "gaatur": 1.0,
        "bevaegelse": 0.3,
    },
    "vandretur, vandreture, vandreturen, vandreklub, vandregruppe, vandrelaug, vandrehold": {
        "gaatur": 1.0,
        "bevaegelse": 0.3,
    },
    "vandresti, vandrestier, vandrerute, vandreruter, vandrestøvler": {"gaatur": 0.8},
    "spadsere, spadserer, spadserede, spadseret, spadseretur, spadsereture": {"gaatur": 1.0},
    "travetur, traveture, gå-tur": {"gaatur": 0.9},
    "slentre, slentrer, slentretur": {"gaatur": 0.6},
    "fodtur, fodture": {"gaatur": 0.9, "bevaegelse": 0.3},
    "skovtur, skovture": {"gaatur": 0.7, "have": 0.5, "kultur": 0.2},
    "strandtur, strandture": {"gaatur": 0.7, "have": 0.4},
    "naturvandring, naturvandringer, naturtur, naturture": {"gaatur": 0.9, "have": 0.6},
    "byvandring, byvandringer, byvandringen": {"gaatur": 0.7, "historie": 0.6, "kultur": 0.4},
    "tur, ture, turen, turene": {"gaatur": 0.5, "kultur": 0.3},
    "stier, stierne, stien": {"gaatur": 0.4, "have": 0.3},
    "hundeluftning": {"dyr": 1.0, "gaatur": 0.5},
    # --- dans --------------------------------------------------------------------------------
    "danse, danser, danset, dansende, dansen, dansene, dansere, danserne": {
        "dans": 1.0,
        "bevaegelse": 0.3,
        "musik": 0.2,
    },
    "gammeldans, seniordans, folkedans, folkedanser, folkedansere, selskabsdans": {
        "dans": 1.0,
        "bevaegelse": 0.3,
    },
    "linedance, line dance, squaredance, square dance, pardans, stoledans, turdans": {
        "dans": 1.0,
        "bevaegelse": 0.3,
    },
    "dansehold, danseklub, danseskole, danseaften, dansegulv, dansetime, danseforening": {
        "dans": 1.0
    },
    "valse, tango, foxtrot, salsa, rumba, quickstep, lancier, polka, jive, cha-cha": {"dans": 0.9},
    "swing": {"dans": 0.7, "musik": 0.4},
    "tedans, te dansant": {"dans": 1.0, "cafe": 0.3},
    "dansekursus, danseglad, danseglade, dansetrin, dansefest, danseopvisning, menuet": {
        "dans": 0.9
    },
    "ballet, balletten": {"kultur": 0.6, "dans": 0.5},
    # --- svoemning: Svømning og vandtræning --------------------------------------------------
    "svømning, svømme, svømmer, svømmede, svømmet, svømmetur, svømmeture": {
        "svoemning": 1.0,
        "bevaegelse": 0.4,
    },
    "svømmehal, svømmehallen, svømmeklub, svømmehold, seniorsvømning, svømmebad": {
        "svoemning": 1.0,
        "bevaegelse": 0.3,
    },
    "vandgymnastik, vandtræning, aquafitness, vandaerobic, vandaerobics, vandmotion": {
        "svoemning": 1.0,
        "bevaegelse": 0.7,
    },
    "aquagymnastik, aqua, aquajogging, vandgymnastikken": {"svoemning": 1.0, "bevaegelse": 0.7},
    "varmtvandsbassin, varmtvandsbassinet, bassin, bassinet, terapibassin": {"svoemning": 0.8},
    "vinterbadning, vinterbader, vinterbadere, vinterbade, vinterbadeklub": {
        "svoemning": 0.9,
        "bevaegelse": 0.3,
    },
    "havbad, havbade, havbadning, badetur, badeture, badning": {"svoemning": 0.7},
    "bade, bader, badede": {"svoemning": 0.5},
    "livredder, livredderen": {"svoemning": 0.5},
    "svømmeundervisning, svømmekursus, svømmeklubben, crawl, brystsvømning, rygsvømning": {
        "svoemning": 1.0
    },
    "badeanstalt, friluftsbad, søbad, badebassin, svømmebassin, svømmebassinet": {"svoemning": 0.8},
    "sauna, saunagus": {"svoemning": 0.4},
    # --- cykling -----------------------------------------------------------------------------
    "cykling, cykle, cykler, cyklede, cyklet, cyklen, cyklerne, cyklist, cyklister": {
        "cykling": 1.0
    },
    "cykel, cykeltur, cykelture, cykelturen, cykelklub, cykelhold, cykelrute": {"cykling": 1.0},
    "elcykel, elcykler, ladcykel, tandem, tandemcykel, trehjulet, trehjulede": {"cykling": 0.9},
    "rickshaw, rikscha, rickshawcykel, rickshawcykler, cykeltaxa": {
        "cykling": 0.9,
        "need:ekstra-stoette": 0.2,
    },
    "mountainbike, racercykel, landevejscykling": {"cykling": 1.0},
    "cykelklubben, cykelferie, cykelmotion, cykeltræning, motionscykling, cykelgruppe": {
        "cykling": 1.0
    },
    "cykelsti, cykelstier, cykelhjelm, cykelhjelme": {"cykling": 0.5},
    "pilot, piloter, piloterne": {"cykling": 0.4, "hjaelpe": 0.3},
    # --- sang: Sang og kor -------------------------------------------------------------------
    "sang, sange, sangen, sangene, sanger, sangere, sangerinde": {"sang": 1.0, "musik": 0.4},
    "synge, synger, syngende, sunget": {"sang": 1.0, "musik": 0.3},
    "fællessang, morgensang, aftensang, salmesang, allsang, korsang, solosang": {
        "sang": 1.0,
        "musik": 0.3,
    },
    "sangkor, seniorkor, mandskor, kvindekor, pigekor, sangkoret, korleder": {
        "sang": 1.0,
        "musik": 0.4,
    },
    "kirkekor, kirkekoret, kirkesanger": {"sang": 1.0, "musik": 0.4, "tro": 0.6},
    "sangaften, sangeftermiddag, syngeeftermiddag, sangcafé, sangcafe, sangtime": {
        "sang": 1.0,
        "cafe": 0.2,
    },
    "sangbog, sangbogen, sangbøger, højskolesang, højskolesange, højskolesangbogen": {"sang": 0.9},
    "sangglad, sangglade, syngeglad, syngeglade, sangfugl": {"sang": 0.9},
    "salme, salmer, salmerne, salmebog, salmebogen": {"sang": 0.9, "tro": 0.5},
    "visesang, viseaften, visesanger": {"sang": 0.9, "musik": 0.4},
    "nynne, nynner, nynnede": {"sang": 0.6},
    "gospel, gospelkor": {"sang": 0.9, "musik": 0.5, "tro": 0.3},
    "lovsang": {"sang": 0.8, "tro": 0.5},
    "stemmetræning": {"sang": 0.7},
    "a cappella, shantykor, barbershop": {"sang": 0.9, "musik": 0.4},
    "firstemmig, firstemmigt, flerstemmig, flerstemmigt, tostemmig": {"sang": 0.7, "musik": 0.3},
    # --- musik -------------------------------------------------------------------------------
    "musik, musikken, musiker, musikere, musikalsk, musikalske, musikalitet": {
        "musik": 1.0,
        "sang": 0.4,
    },
    "instrument, instrumenter, instrumentet": {"musik": 0.9},
    "klaver, klaveret, piano, pianoet, flygel": {"musik": 0.9},
    "pianist, pianisten, akkompagnere, akkompagnerer, akkompagnement": {
        "musik": 0.8,
        "sang": 0.2,
    },
    "guitar, guitaren, guitarer, harmonika, harmonikaen, trækharmonika, violin, violinen": {
        "musik": 0.9
    },
    "fløjte, blokfløjte, tværfløjte, trompet, trombone, saxofon, klarinet, cello, kontrabas": {
        "musik": 0.9
    },
    "trommer, tromme, trommesæt, ukulele, mandolin, banjo, keyboard, harpe, spillemand": {
        "musik": 0.9
    },
    "orkester, orkestret, orkestre, harmoniorkester, bigband, spillemænd": {"musik": 1.0},
    "spillemandsmusik, spillemandslaug, folkemusik, jazzmusik, dansemusik": {"musik": 1.0},
    "koncert, koncerter, koncerten, koncertsal": {"musik": 0.8, "kultur": 0.6},
    "jazz, jazzklub, blues, rock, operette, musical, musicals": {"musik": 0.8, "kultur": 0.3},
    "opera, operaen": {"kultur": 0.7, "musik": 0.7},
    "noder, nodekendskab, nodelæsning, nodestativ": {"musik": 0.7, "sang": 0.3},
    "melodi, melodier, melodien": {"musik": 0.7, "sang": 0.4},
    "rytme, rytmer, rytmen, rytmisk": {"musik": 0.6, "dans": 0.3},
    "grammofon, grammofonplader, vinyl, vinylplader": {"musik": 0.6},
    "dirigent, dirigenten, dirigere": {"musik": 0.6, "sang": 0.5},
    "organist, organisten": {"musik": 0.6, "tro": 0.4, "sang": 0.3},
    "komponist, komponere, sangskriver": {"musik": 0.8},
    # --- spil: Kort- og brætspil -------------------------------------------------------------
    "spil, spillet, spillene": {"spil": 1.0},
    "spille, spiller, spillede, spillet": {"spil": 0.7, "musik": 0.3},
    "kortspil, kortspillet, spillekort, kortklub": {"spil": 1.0},
    "brætspil, brætspillet, selskabsspil": {"spil": 1.0},
    "bridge, bridgeklub, bridgeklubben, bridgeturnering": {"spil": 1.0},
    "whist, whistklub, canasta, rommy, rummikub, gnav, kasino, sjavs, hjerterfri": {"spil": 1.0},
    "kabale, kabaler": {"spil": 0.8},
    "skak, skakklub, skakspil, backgammon, domino, yatzy, ludo, matador, scrabble": {"spil": 1.0},
    "trivial pursuit, bezzerwizzer, terningspil, terninger": {"spil": 1.0},
    "bingo, banko, bankospil, bankoaften, bingoaften": {"spil": 1.0, "cafe": 0.3},
    "dart, billard, billardklub, snooker, bordfodbold": {"spil": 0.9},
    "puslespil": {"spil": 0.8},
    "krydsord, kryds og tværs, sudoku, huskespil, hjernegymnastik": {
        "spil": 0.7,
        "foredrag": 0.2,
    },
    "quiz, quizzen, quizaften, musikquiz, pubquiz": {"spil": 0.9, "foredrag": 0.3},
    "spilleaften, spilleklub, spillecafé, spillecafe, spilledag, spilleeftermiddag": {
        "spil": 1.0,
        "cafe": 0.3,
    },
    # --- haandarbejde: Håndarbejde og kreativitet --------------------------------------------
    "håndarbejde, håndarbejdet, håndarbejder, håndarbejdsklub": {"haandarbejde": 1.0},
    "håndarbejdscafé, håndarbejdscafe, strikkecafé, strikkecafe, sycafé, sycafe": {
        "haandarbejde": 1.0,
        "cafe": 0.6,
    },
    "strikke, strikker, strikkede, strikket, strikning, strik, strikketøj": {"haandarbejde": 1.0},
    "strikkeklub, strikkeklubben, strikkepinde, strikkeopskrift": {"haandarbejde": 1.0},
    "hækle, hækler, hæklede, hæklet, hækling, hækletøj, hæklenål": {"haandarbejde": 1.0},
    "syning, sytøj, symaskine, symaskinen, systue, systuen, syklub, sykursus, syhold": {
        "haandarbejde": 1.0
    },
    "broderi, broderier, korssting, korsstingsbroderi": {"haandarbejde": 1.0},
    "patchwork, quilt, quilte, quilter, quilting": {"haandarbejde": 1.0},
    "vævning, vævestue, vævede, væver": {"haandarbejde": 0.9},
    "filte, filtning, filtede, kniple, knipling, kniplinger": {"haandarbejde": 0.9},
    "garn, garnet, uldgarn, strikkegarn": {"haandarbejde": 0.7},
    "maling, maleri, malerier, maleriet, malerkursus, malehold, maleklub, maleværksted": {
        "haandarbejde": 0.9,
        "kultur": 0.3,
    },
    "akvarel, akvareller, akvarelmaling, oliemaling, oliemaleri, croquis": {
        "haandarbejde": 0.9,
        "kultur": 0.3,
    },
    "tegneværksted, tegnehold, tegnekursus, skitse, skitser, skitsere": {
        "haandarbejde": 0.9,
        "kultur": 0.3,
    },
    "kreativ, kreative, kreativt, kreativitet, kreativiteten": {
        "haandarbejde": 0.9,
        "vaerksted": 0.2,
        "kultur": 0.2,
    },
    "keramik, keramiker, lerarbejde, pottemager, pottemageri, drejeskive": {"haandarbejde": 0.9},
    "glaskunst, glasperler, smykker, smykkefremstilling, sølvsmykker": {"haandarbejde": 0.7},
    "decoupage, collage, scrapbooking, papirklip, kortfremstilling": {"haandarbejde": 0.8},
    "julepynt, pynt, dekoration, dekorationer, juledekorationer, kranse, kransebinding": {
        "haandarbejde": 0.6
    },
    "blomsterbinding, blomsterdekoration": {"haandarbejde": 0.6, "have": 0.6},
    "kurvefletning, pileflet, fletning, flettede": {"haandarbejde": 0.7},
    "læderarbejde, skindarbejde": {"haandarbejde": 0.8, "vaerksted": 0.4},
    "hobby, hobbyer, hobbyen, hobbyerne, fritidsinteresse, fritidsinteresser": {
        "haandarbejde": 0.4,
        "vaerksted": 0.3,
    },
    "kunst, kunsten, kunstner, kunstnere, kunstnerisk, billedkunst": {
        "kultur": 0.7,
        "haandarbejde": 0.5,
    },
    "fingersnilde, fingerfærdig, fingerfærdige, nævenyttig, nævenyttige": {
        "haandarbejde": 0.8,
        "vaerksted": 0.7,
    },
    "sysler, syssel, sysle": {"haandarbejde": 0.4, "vaerksted": 0.3},
    # --- vaerksted: Værksted og reparation ---------------------------------------------------
    "værksted, værkstedet, værksteder, værkstedsfællesskab, hobbyværksted": {"vaerksted": 1.0},
    "snedker, snedkere, snedkerarbejde, snedkereri, snedkerværksted, tømrer, tømrerarbejde": {
        "vaerksted": 1.0
    },
    "træarbejde, træværksted, træsløjd, sløjd, sløjdlokale, trædrejning, drejebænk": {
        "vaerksted": 1.0
    },
    "snitte, snitter, snittede, snitning, træskærer, træskæring, knivsnitning": {
        "vaerksted": 0.9,
        "haandarbejde": 0.3,
    },
    "reparere, reparerer, reparerede, repareret, reparation, reparationer, reparationen": {
        "vaerksted": 1.0
    },
    "småreparationer, reparationscafé, reparationscafe, repair café": {"vaerksted": 1.0},
    "fikse, fikser, fiksede, fikset, fixe, fixer": {"vaerksted": 1.0},
    "værktøj, værktøjet, værktøjer, værktøjskasse": {"vaerksted": 1.0},
    "skrue, skruer, skruede, skruet, skruetrækker, skruemaskine": {"vaerksted": 0.6},
    "hammer, høvl, høvle, høvlede, slibe, slibning, boremaskine, stemmejern": {"vaerksted": 0.8},
    "svejse, svejser, svejsning, smed, smedje, smedearbejde": {"vaerksted": 0.9},
    "mekanik, mekaniker, motor, motorer, knallert, knallerter, veteranbil, veteranbiler": {
        "vaerksted": 0.8
    },
    "veterantraktor, veterantraktorer, veterankøretøjer, motorcykel, motorcykler": {
        "vaerksted": 0.7
    },
    "elektronik, elektriker": {"vaerksted": 0.6},
    "modelbygning, modeltog, modeljernbane, modelbane, modelfly, modelskibe, modelbyggeri": {
        "vaerksted": 0.9,
        "haandarbejde": 0.3,
    },
    "håndværk, håndværker, håndværkere, håndværksmæssig, håndværket": {
        "vaerksted": 0.9,
        "haandarbejde": 0.4,
    },
    "bygge, bygger, byggede, bygget": {"vaerksted": 0.5},
    "møbler, møbel, møbelpolstring, polstring, restaurere, restaurering, istandsætte": {
        "vaerksted": 0.7,
        "haandarbejde": 0.3,
    },
    "bådebygning, træbåd, træbåde, bådeværft": {"vaerksted": 0.9},
    "mandeværksted, mandeværkstedet": {"vaerksted": 1.0, "target:maend": 0.9},
    # --- have: Have og natur -----------------------------------------------------------------
    "havearbejde, havebrug, haveklub, haveselskab, havefællesskab, haveforening": {"have": 1.0},
    "køkkenhave, nyttehave, kolonihave, kolonihaven, fælleshave, fælleshaven, byhave": {
        "have": 1.0
    },
    "drivhus, drivhuset, højbed, højbede, kompost, plantebytte, frøbytte": {"have": 0.9},
    "gartner, gartneri, havemand, haveejer": {"have": 0.9},
    "plante, planter, plantede, plantet, planten, planterne, plantning": {"have": 0.8},
    "potteplanter, stueplanter, krukker": {"have": 0.6},
    "blomst, blomster, blomsterne, blomstre, blomstrer, blomstereng": {"have": 0.8},
    "grøntsager, grøntsag, urter, krydderurter, urtehave": {"have": 0.7, "mad": 0.3},
    "ukrudt, lugning, ukrudtet": {"have": 0.9},
    "beskære, beskærer, beskæring, hæk, hækken, hækklipning": {"have": 0.8},
    "dyrke, dyrker, dyrkede, dyrket, dyrkning": {"have": 0.6},
    "høst, høste, høster, høstede, høsten": {"have": 0.7},
    "skov, skoven, skove, skovene": {"have": 0.7, "gaatur": 0.4},
    "strand, stranden, strande": {"have": 0.5, "gaatur": 0.3, "svoemning": 0.2},
    "fjord, fjorden, kyst, kysten, søen, søer, mose, mosen, engen, enge": {
        "have": 0.4,
        "gaatur": 0.2,
    },
    "fugle, fugl, fuglen, fuglene, fuglekiggeri, fugleture, fugletur, fuglekasse": {
        "dyr": 0.7,
        "have": 0.5,
    },
    "svampe, svampetur, svampeture, svampejagt, bærplukning": {"have": 0.8, "gaatur": 0.4},
    "friluftsliv, udeliv, udeaktiviteter, naturoplevelser, naturoplevelse": {
        "have": 0.7,
        "gaatur": 0.4,
        "bevaegelse": 0.2,
    },
    "udendørs, udenfor": {"have": 0.4, "gaatur": 0.2},
    "biavl, biavler, bier, bistader": {"have": 0.6, "dyr": 0.5},
    "lystfiskeri, fiskeri, fiske, fisker, fiskede, fisketur": {"have": 0.6, "dyr": 0.2},
    "dyrehave, dyrehaven": {"have": 0.5, "gaatur": 0.5},
    "frilandsmuseum, frilandsmuseet": {"kultur": 0.8, "historie": 0.7},
    # --- mad: Madlavning og fællesspisning ---------------------------------------------------
    "madlavning, madlaver, madklub, madklubben, madhold, madkursus, madfællesskab, madskole": {
        "mad": 1.0
    },
    "fællesspisning, fællesspisningen, fællesspise, spisefællesskab, spiseklub, spisning": {
        "mad": 1.0,
        "cafe": 0.4,
    },
    "spise, spiser, spisende, spiseven, spisevenner": {"mad": 0.9, "cafe": 0.2},
    "måltid, måltider, måltidet, måltiderne": {"mad": 0.9, "cafe": 0.3},
    "middag, middagen, aftensmad, aftensmaden, frokost, frokosten, morgenmad, brunch": {
        "mad": 0.8,
        "cafe": 0.4,
    },
    "frokostklub, julefrokost, fællesfrokost, søndagsmiddag": {"mad": 0.9, "cafe": 0.5},
    "kok, kokken, kokke, kokkene, kokkeskole": {"mad": 0.8},
    "koge, koger, kogte, kogt, kogebog, kogebøger": {"mad": 0.8},
    "bage, bager, bagte, bagt, bagning, bagedag, bagehold": {"mad": 0.8, "cafe": 0.2},
    "køkken, køkkenet, fælleskøkken": {"mad": 0.6},
    "opskrift, opskrifter, opskriften": {"mad": 0.8},
    "menu, menuen, tre-retters, treretters": {"mad": 0.7},
    "grill, grillaften, grille, griller, grillet": {"mad": 0.7, "cafe": 0.3},
    "suppe, sylte, syltning, henkogning, smørrebrød, frikadeller, gryderet": {"mad": 0.7},
    "brød, rugbrød": {"mad": 0.5},
    "gastronomi, gourmet, vinsmagning, ølsmagning": {"mad": 0.7, "cafe": 0.4},
    "madpakke, madpakker": {"mad": 0.5},
    "kartofler, tomater": {"mad": 0.3, "have": 0.4},
    # --- cafe: Café og samvær ----------------------------------------------------------------
    "kaffeklub, kaffeklubben, kaffebord, kaffemik, kaffeslabberas, kirkekaffe": {"cafe": 0.9},
    "eftermiddagskaffe, formiddagskaffe, morgenkaffe, kaffepause": {"cafe": 0.8},
    "snak, snakke, snakker, snakkede, snakket, hyggesnak, sludre, sludrer, passiar": {
        "cafe": 0.7,
        "samtale": 0.4,
    },
    "sladder, sladre": {"cafe": 0.5},
    "hygge, hygger, hyggede, hygget, hyggelig, hyggeligt, hyggelige, hyggeaften": {"cafe": 0.8},
    "hyggeklub, hyggestund, hyggeeftermiddag": {"cafe": 0.9},
    "samvær, samværet, socialt samvær": {"cafe": 0.9, "samtale": 0.2},
    "selskab, selskabet": {"cafe": 0.7},
    "fællesskab, fællesskabet, fællesskaber, fællesskaberne": {"cafe": 0.5},
    "social, sociale, socialt": {"cafe": 0.5},
    "mødested, mødestedet, værested, værestedet, samlingssted": {"cafe": 0.8},
    "seniorklub, seniorklubben, pensionistklub, pensionistforening, ældreklub": {"cafe": 0.6},
    "ældreforening, seniorforening, seniorcenter, aktivitetscenter, aktivitetscentret": {
        "cafe": 0.5
    },
    "dagcenter, dagcentret, daghjem": {"cafe": 0.4, "need:ekstra-stoette": 0.3},
    "medborgerhus, medborgerhuset, forsamlingshus, forsamlingshuset, klubhus": {"cafe": 0.3},
    "ensom, ensomme, ensomt, ensomhed, ensomheden, isoleret": {"cafe": 0.6, "samtale": 0.4},
    "venner, vennerne, venskab, venskaber, veninde, veninder, kammerater": {"cafe": 0.5},
    "grine, griner, grinede, grin, latter": {"cafe": 0.4},
    "netværk, netværket": {"cafe": 0.3},
    "mødes, mødtes": {"cafe": 0.4},
    # --- foredrag: Foredrag, læsning og litteratur -------------------------------------------
    "foredrag, foredraget, foredragene, foredragsholder, foredragsrække, foredragsaften": {
        "foredrag": 1.0
    },
    "oplæg, oplægget, oplægsholder": {"foredrag": 0.6},
    "læse, læser, læste, læst, læsning, læsningen, læsekreds, læsekredsen, læsegruppe": {
        "foredrag": 1.0
    },
    "læseklub, bogklub, bogklubben, højtlæsning, oplæsning, læseglad": {"foredrag": 1.0},
    "bøger, bogen, bøgerne, roman, romaner, romanen, novelle, noveller": {"foredrag": 0.9},
    "litteratur, litteraturen, litterær, litterære, digte, digtet, digtning, poesi": {
        "foredrag": 0.9
    },
    "krimi, krimier, lydbog, lydbøger, forfatter, forfattere, forfatteraften": {"foredrag": 0.9},
    "bibliotek, biblioteket, biblioteker, bibliotekar": {"foredrag": 0.5},
    "undervisning, underviser, kursus, kurser, kurset, kurserne": {"foredrag": 0.5},
    "lære, lærer, lærte, lært": {"foredrag": 0.4},
    "studiekreds, studiekredse, folkeuniversitet, folkeuniversitetet, seniorhøjskole": {
        "foredrag": 1.0
    },
    "højskole, højskolen, højskoleophold, højskoledag": {
        "foredrag": 0.7,
        "kultur": 0.4,
        "sang": 0.3,
    },
    "debat, debatter, debattere, diskutere, diskuterer, diskussion, diskussioner": {
        "foredrag": 0.5,
        "samtale": 0.5,
    },
    "emneaften, temaaften, temadag": {"foredrag": 0.8},
    "bogcafé, bogcafe, debatcafé, debatcafe, fortællecafé, fortællecafe": {
        "foredrag": 0.8,
        "cafe": 0.6,
    },
    "nysgerrig, nysgerrighed, videbegærlig": {"foredrag": 0.5},
    "avis, aviser, avisen, dagblad, nyheder": {"foredrag": 0.4},
    "skrive, skriver, skrevet, skrivning, skrivekreds, skriveværksted, skrivegruppe": {
        "foredrag": 0.6
    },
    "sprog, sprogkursus, engelsk, tysk, fransk, spansk, italiensk": {"foredrag": 0.4},
    "filosofi, filosofisk, filosofiske": {"foredrag": 0.7, "samtale": 0.3},
    # --- historie: Lokalhistorie -------------------------------------------------------------
    "historie, historien, historisk, historiske, historiker, historikere": {"historie": 1.0},
    "historier": {"historie": 0.6, "foredrag": 0.3, "samtale": 0.3},
    "lokalhistorie, lokalhistorien, lokalhistorisk, lokalhistoriske, egnshistorie": {
        "historie": 1.0
    },
    "danmarkshistorie, danmarkshistorien, verdenshistorie, kulturhistorie, byhistorie": {
        "historie": 1.0
    },
    "arkiv, arkivet, arkiver, lokalarkiv, lokalarkivet, arkivarbejde, arkivalier": {
        "historie": 0.9
    },
    "slægt, slægten, slægtsforskning, slægtsforsker, slægtshistorie, stamtræ, aner": {
        "historie": 1.0
    },
    "kirkebøger, folketælling, folketællinger, anetavle": {"historie": 1.0},
    "fortid, fortiden, fortidsminder, oldtid, oldtiden, vikinger, vikingetid, middelalder": {
        "historie": 0.9
    },
    "erindring, erindringer, erindringsværksted, minder": {
        "historie": 0.5,
        "foredrag": 0.3,
        "samtale": 0.2,
    },
    "besættelsen, besættelsestiden, genforeningen": {"historie": 0.7},
    "tidsvidne, tidsvidner": {"historie": 0.8},
    "lokalhistoriker, historieforening, museumsforening, egnsarkiv, byarkiv, billedarkiv": {
        "historie": 1.0
    },
    "arkæologi, arkæologisk, udgravning, udgravninger, oldsager, fortidsminde, kulturarv": {
        "historie": 0.9,
        "kultur": 0.3,
    },
    "stednavne, veteraner, krigens, krigen": {"historie": 0.6},
    "fortælle, fortæller, fortalte, fortælling, fortællinger": {
        "historie": 0.3,
        "samtale": 0.3,
        "foredrag": 0.3,
    },
    # --- it: IT og digital hjælp -------------------------------------------------------------
    "computer, computeren, computere, bærbar, laptop, tablet, tablets, ipad, ipaden": {"it": 0.9},
    "iphone, smartphone, smartphones, mobiltelefon, mobiltelefonen, mobiltelefoner": {"it": 0.9},
    "mobil, mobilen": {"it": 0.8},
    "telefon, telefonen, telefoner": {"it": 0.7},
    "mitid, nemid, e-boks, eboks, netbank, netbanken, borger.dk, sundhed.dk, digital post": {
        "it": 1.0
    },
    "internet, internettet, online": {"it": 0.7},
    "mail, mails, mailen, e-mail, e-mails, email, emails": {"it": 0.8},
    "sms'er": {"it": 0.5},
    "facebook, messenger, instagram, skype, facetime, youtube, google": {"it": 0.7},
    "app, apps, appen, app'en, applikation": {"it": 0.8},
    "wifi, wi-fi, router, printer, printe, scanner": {"it": 0.7},
    "digital, digitale, digitalt, digitalisering, selvbetjening": {"it": 0.9},
    "it-hjælp, it-kursus, it-hjælpere, datastue, computerkursus": {"it": 1.0},
    "it-café, it-cafe, itcafé, itcafe": {"it": 1.0, "cafe": 0.5},
    "teknik, teknikken, teknologi, teknologien, teknisk, tekniske": {"it": 0.5},
    "adgangskode, adgangskoder, password, login": {"it": 0.6},
    "skærm, skærmen, tastatur, tastaturet": {"it": 0.5},
    "videoopkald, videomøde, videomøder, video": {"it": 0.5},
    "mobilepay, nethandel, netbutik": {"it": 0.9},
    "elektronisk, elektroniske": {"it": 0.4},
    # --- kultur: Kultur og udflugter ---------------------------------------------------------
    "kultur, kulturen, kulturel, kulturelle, kulturelt, kulturhus, kulturliv, kulturtilbud": {
        "kultur": 1.0
    },
    "udflugt, udflugter, udflugten, busudflugt, busudflugter, heldagsudflugt": {"kultur": 1.0},
    "bustur, busture, busturen": {"kultur": 0.9},
    "rejse, rejser, rejste, rejsen, rejsegruppe, rejseklub, rejseselskab": {"kultur": 0.6},
    "museum, museer, museet, museets, kunstmuseum, museumsbesøg": {
        "kultur": 0.9,
        "historie": 0.4,
    },
    "teater, teatret, teatre, teaterforestilling, forestilling, forestillinger": {"kultur": 0.9},
    "skuespil, skuespiller, revy, revyen, cirkus": {"kultur": 0.9},
    "biograf, biografen, film, filmen, filmklub, filmaften, biffen": {"kultur": 0.8},
    "udstilling, udstillinger, udstillingen, kunstudstilling, galleri, gallerier": {
        "kultur": 0.8,
        "haandarbejde": 0.2,
    },
    "kunstforening, kunstforeningen": {"kultur": 0.8, "haandarbejde": 0.3},
    "slot, slotte, slottet, slottene, herregård, herregårde, seværdighed, seværdigheder": {
        "kultur": 0.8
    },
    "sightseeing, arkitektur, oplevelse, oplevelser, opleve, oplever": {"kultur": 0.5},
    "festival, festivaler, marked, markeder, loppemarked": {"kultur": 0.4},
    "tivoli, zoologisk have": {"kultur": 0.5},
    # --- tro: Kirke og tro -------------------------------------------------------------------
    "tro, troen, troende": {"tro": 0.8},
    "kirke, kirken, kirker, kirkerne, kirkens, kirkelig, kirkelige, kirkeligt": {"tro": 1.0},
    "kirkegang, kirkegænger, sognekirke, domkirke, domkirken, valgmenighed": {"tro": 1.0},
    "gudstjeneste, gudstjenesten, gudstjenester, højmesse, messe, andagt, andagten": {"tro": 1.0},
    "præst, præsten, præster, provst, biskop, sognepræst": {"tro": 0.8},
    "diakoni, diakon, næstekærlighed": {"tro": 0.6, "hjaelpe": 0.4},
    "bøn, bønner, bønnen": {"tro": 0.8},
    "bibel, bibelen, biblen, bibelkreds, bibelstudie, bibeltime": {"tro": 1.0},
    "menighed, menigheden, menighedsråd, menighedshus, sogn, sognet, sognegård, sognehus": {
        "tro": 0.9
    },
    "jesus, kristus, kristen, kristne, kristendom, kristendommen": {"tro": 0.9},
    "åndelig, åndelige, åndelighed, spiritualitet, spirituel": {"tro": 0.7},
    "moske, moskeen, islam, muslim, muslimsk, koranen, synagoge, jødisk, katolsk": {"tro": 0.9},
    "frikirke, missionshus, missionshuset, pinsekirke, baptistkirke": {"tro": 0.9},
    "sjælesorg": {"tro": 0.7, "samtale": 0.7, "target:sorg": 0.5},
    "kirkegård, kirkegården": {"tro": 0.3, "target:sorg": 0.3},
    # --- dyr ---------------------------------------------------------------------------------
    "hund, hunde, hunden, hundene, hundehold, hundeklub, hundetræning": {"dyr": 1.0},
    "besøgshund, besøgshunde, besøgshundene, terapihund, terapihunde": {"dyr": 1.0},
    "katte, katten, kattene, killing, killinger": {"dyr": 1.0},
    "hest, heste, hesten, hestene, pony, ridning, rideskole, ridehold": {"dyr": 1.0},
    "kæledyr, kæledyret, husdyr, dyrehold, dyrevenner": {"dyr": 1.0},
    "undulat, undulater, papegøje, kanariefugl, høns, hønsene, høner": {"dyr": 0.8},
    "køer, kvæg, geder, grise, gris, kaniner, kanin, marsvin": {"dyr": 0.8},
    "bondegård, bondegården, landbrug, dyrepark, dyreinternat, dyreværn": {"dyr": 0.6},
    "akvarium, zoo": {"dyr": 0.6, "kultur": 0.3},
    "kæle, kæler, kælede, kælen": {"dyr": 0.6},
    "dyrlæge": {"dyr": 0.5},
    # --- hjaelpe: Hjælpe andre som frivillig -------------------------------------------------
    "frivilligjob, frivilligarbejde, frivilligcenter, frivilligjobbet": {"hjaelpe": 0.9},
    "frivillig, frivilligt": {"hjaelpe": 0.6},
    "frivillige": {"hjaelpe": 0.5},
    "besøgstjeneste, besøgstjenesten, vågetjeneste, vågekone, vågekoner": {
        "hjaelpe": 0.9,
        "samtale": 0.2,
    },
    # A "besøgsven" is both the volunteer and what a lonely citizen may wish for.
    "besøgsven, besøgsvenner, besøgsvennen": {"hjaelpe": 0.6, "cafe": 0.3, "samtale": 0.3},
    "velgørenhed, velgørende, indsamling, indsamlinger, indsamler": {"hjaelpe": 0.7},
    "genbrugsbutik, genbrugsbutikken, genbrugsbutikker": {"hjaelpe": 0.6},
    "lektiehjælp": {"hjaelpe": 0.7, "generationer": 0.7},
    "lektiecafé, lektiecafe": {"hjaelpe": 0.7, "generationer": 0.7, "cafe": 0.4},
    "mentor, mentorer, mentorordning": {"hjaelpe": 0.8, "generationer": 0.3},
    "bisidder, bisiddere": {"hjaelpe": 0.7},
    "meningsfuld, meningsfuldt, meningsfyldt": {"hjaelpe": 0.4},
    "hjælpsom, hjælpsomme": {"hjaelpe": 0.5},
    "tovholder, tovholdere, bestyrelsesarbejde, foreningsarbejde, frivilligforening": {
        "hjaelpe": 0.6
    },
    "medmenneske, medmenneskelig, medmenneskeligt, næstehjælp": {"hjaelpe": 0.4},
    "genbrugsforretning, velgørenhedsbutik, røde kors-butik": {"hjaelpe": 0.6},
    # --- samtale: Samtale- og sorggrupper ----------------------------------------------------
    "samtale, samtaler, samtalen, samtalegruppe, samtalegrupper, samtalesalon": {"samtale": 1.0},
    "samtalecafé, samtalecafe": {"samtale": 1.0, "cafe": 0.6},
    "sorggruppe, sorggrupper, sorggruppen, sorgstøtte, sorgrådgivning": {
        "samtale": 1.0,
        "target:sorg": 1.0,
    },
    "støttegruppe, netværksgruppe, selvhjælpsgruppe, erfaringsgruppe, erfaringsudveksling": {
        "samtale": 0.9
    },
    "sorgcafé, sorgcafe": {"samtale": 0.9, "target:sorg": 1.0, "cafe": 0.6},
    "pårørendecafé, pårørendecafe": {"samtale": 0.6, "target:paaroerende": 1.0, "cafe": 0.6},
    "pårørendegruppe, pårørendegrupper, pårørendenetværk": {
        "samtale": 0.8,
        "target:paaroerende": 1.0,
    },
    "lytte, lytter, lyttede, lyttende": {"samtale": 0.3},
    "fortrolig, fortrolige, fortrolighed": {"samtale": 0.6},
    "terapi, terapeut, psykolog, psykologen, krisehjælp": {
        "samtale": 0.7,
        "need:ekstra-stoette": 0.2,
    },
    "rådgivning, rådgiver, rådgiveren, vejledning": {"samtale": 0.5},
    "depression, depressiv, nedtrykt, nedtrykthed, tristhed": {
        "samtale": 0.6,
        "need:ekstra-stoette": 0.3,
    },
    "angst, ængstelig, ængstelse": {"need:ekstra-stoette": 0.4, "samtale": 0.3},
    "livshistorie, livshistorier": {"samtale": 0.4, "historie": 0.4},
    # --- generationer: Mellem generationer ---------------------------------------------------
    "generationer, generation, generationerne, generationsmøde, generationsmøder": {
        "generationer": 1.0
    },
    "tværgenerationel, tværgenerationelt, generationsprojekt": {"generationer": 1.0},
    "bedstevenner, bedsteven, plusbedste, plusbedstemor, plusbedstefar, reservebedste": {
        "generationer": 1.0
    },
    "børnene, barn, barnet": {"generationer": 0.4},
    "unge, ungdom, ungdommen, teenagere, studerende": {"generationer": 0.6},
    "elever, eleverne, skoleelever, skolebørn, skoleklasse, skoleklasser, skolebørnene": {
        "generationer": 0.8
    },
    "børnehave, børnehaven, børnehavebørn, vuggestue, dagpleje, dagplejen": {"generationer": 0.8},
    "børnebørn, børnebørnene, oldebørn": {"generationer": 0.2},
    "børnefamilier, legeplads, skolebesøg, ungdomsskole, efterskole, gymnasieelever": {
        "generationer": 0.7
    },
    "bedsteforældre, bedstemor, bedstefar, mormor, morfar, farmor, farfar, barnebarn": {
        "generationer": 0.2
    },
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

# ---------------------------------------------------------------------------------------------
# Word lists below are plain text: words separated by spaces or new lines.
# ---------------------------------------------------------------------------------------------
# Small words: no concept, not a search term. (Snowball's Danish list plus everyday fillers.)
STOPWORDS = """
og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om
vi min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv
her alle vil blev kunne ind når være dog noget ville jo deres efter ned skulle denne end
dette mit også under have dig anden hende mine alt meget sit sine vor mod disse hvis din
nogle hos blive mange ad bliver hendes været thi jer sådan kan får fik få fået så gerne
godt rigtig lidt helt bare kun lige nok mere mest nogen ingen intet ingenting hver hvert
igen altid aldrig stadig allerede endnu måske vel hvordan hvorfor hvem hvilken hvilke
hvilket hvornår hvorhen jeres dens dets vores ja nej okay ok tak
blevet gøre gør gjorde gjort siger sige sagde synes syntes tror troede tænker tænkte
ønsker ønske må måtte bør burde gider gad tør turde orker
ene enkelt ret mindre større lille store stor små god gode bedre bedst
ny nye gammel gamle sammen andre andet hinanden egen eget egne
fordi selvom mens ved mellem omkring uden gennem langs bag foran
både enten hverken samt plus via per pr
sidste første næste hele halve flere fleste
dag dage år uge uger gang gange tid
"""

# Negation.
# Words that negate what follows in the same clause ("ikke til sang", "aldrig danset").
NEGATIONS = "ikke ik ikk aldrig ingen intet ingenting hverken ej næppe"
# Words that reject what follows without "ikke" ("hader at danse").
DISLIKES = "hader hadede afskyr afskyede"
# Right after a negation these words undo it: "ikke kun sang", "ikke noget imod at synge".
NEGATION_UNDO_NEXT = "kun bare blot mindst imod vente"
# "ikke nogen at synge med" is about missing company, not about disliking singing.
NEGATION_COMPANY = """
nogen nogle andre venner veninder selskab folk mennesker kammerater familie ligesindede
"""
# "har ikke danset i mange år / siden …" says the person used to, not that they dislike it.
NEGATION_NOSTALGIA = "længe siden år årevis årtier"
# Words that end a negation's reach (a new thought begins).
NEGATION_STOP = """
men mens selvom skønt fordi derimod hellere dog alligevel vil gerne savner savnede
elsker elskede ønsker drømmer længes foretrækker mangler glæder
"""
# Words skipped when looking back from "ikke" for what it negates ("Dans gider jeg ikke").
NEGATION_LOOKBACK_SKIP = """
jeg du han hun vi i de man det den der her så mig dig sig os jer dem gider kan vil
orker tør må skal har er var synes bryder kunne ville gad
"""
# Words that split a sentence into clauses (phrases and negation stop there).
CLAUSE_WORDS = "men mens selvom skønt fordi derimod hvorimod"
# Longing words: "… ikke sunget længe, det savner jeg" turns a negation back into a wish.
LONGING = "savner savnede mangler længes drømmer"

# ---------------------------------------------------------------------------------------------
# Search: for each concept, the words a search that evokes it should also look for.
# ---------------------------------------------------------------------------------------------
CORE_WORDS: dict[str, list[str]] = {
    "bevaegelse": ["motion", "træning", "gymnastik", "bevægelse", "fitness", "yoga"],
    "gaatur": ["gåtur", "gåture", "vandre", "vandring", "vandretur", "spadseretur"],
    "dans": ["danse", "gammeldans", "linedance", "seniordans"],
    "svoemning": ["svømning", "svømme", "vandgymnastik", "svømmehal", "vandtræning"],
    "cykling": ["cykling", "cykel", "cykle", "cykeltur"],
    "sang": ["sang", "synge", "kor", "fællessang", "salmer", "morgensang"],
    "musik": ["musik", "koncert", "orkester", "instrument"],
    "spil": ["spil", "kortspil", "brætspil", "bridge", "whist"],
    "haandarbejde": ["håndarbejde", "strikke", "hækle", "kreativ", "maling"],
    "vaerksted": ["værksted", "reparation", "snedker", "værktøj", "træarbejde"],
    "have": ["havearbejde", "haven", "planter", "blomster", "natur"],
    "mad": ["madlavning", "fællesspisning", "spisning", "måltid"],
    "cafe": ["café", "kaffe", "samvær", "hygge"],
    "foredrag": ["foredrag", "læsekreds", "litteratur", "bøger", "oplæsning"],
    "historie": ["historie", "lokalhistorie", "arkiv", "slægtsforskning"],
    "it": ["computer", "mitid", "smartphone", "tablet", "digital"],
    "kultur": ["kultur", "udflugt", "museum", "teater"],
    "tro": ["kirke", "gudstjeneste", "præst", "salmer"],
    "dyr": ["dyr", "hunde", "kæledyr", "besøgshund"],
    "hjaelpe": ["frivillig", "besøgsven", "frivilligt"],
    "samtale": ["samtale", "samtalegruppe", "sorggruppe"],
    "generationer": ["generationer", "børn", "unge", "elever"],
    "need:koerestol": ["kørestol", "kørestolsvenlig", "handicapvenlig"],
    "need:gangbesvaeret": ["rollator", "gangbesværet"],
    "need:teleslynge": ["teleslynge", "høreapparat"],
    "need:demensvenlig": ["demens", "demensvenlig"],
    "need:ekstra-stoette": ["støtte", "hjælp"],
    "wish:foelgeven": ["følgeven", "følges"],
    "wish:transport": ["transport", "kørsel", "afhentning"],
    "target:maend": ["mænd", "mandefællesskab"],
    "target:kvinder": ["kvinder", "damer"],
    "target:sorg": ["sorg", "sorggruppe", "efterladte"],
    "target:paaroerende": ["pårørende", "pårørendegruppe"],
}
