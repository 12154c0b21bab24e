"""Plain word lists (small words, negation) and the core search words of each concept."""

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
