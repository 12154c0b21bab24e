"""Ordinary words for the interests (matched by stem). "form, form, form": {concept: weight}.

One section per interest code of :mod:`brobygger.vocabulary`; see the package's docstring for
how the forms are matched and what the weights mean.
"""

INTEREST_WORDS: dict[str, dict[str, float]] = {
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
}
