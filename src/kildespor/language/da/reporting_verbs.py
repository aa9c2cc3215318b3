"""REPORTING_VERBS: Danish verbs that introduce reported speech or thought, with the stance of the cue.

Each lemma lists its finite and participle forms (present, past, past
participle); infinitives are left out on purpose because `sige`, `skrive` etc.
in the infinitive are mostly idioms or plans (`det vil sige`, `så at sige`),
not reports. Stance follows ../shared/eval/ANNOTATION.md and issue 4:
neutral (`siger`), belief (`mener`), distancing (`hævder`), endorsing
(`bekræfter`, `erkender`), denial (`afviser`, `benægter`).

Sources: inflections per Retskrivningsordbogen (dsn.dk); the verb inventory
from reporting-verb lists in Danish grammar (Hansen & Heltoft 2011, on
"anføringsverber") and from reading Danish news.
"""

from __future__ import annotations

# lemma: (forms, stance)
REPORTING_VERBS: dict[str, tuple[tuple[str, ...], str]] = {
    "sige": (("siger", "sagde", "sagt"), "neutral"),
    "udtale": (("udtaler", "udtalte", "udtalt"), "neutral"),
    "fortælle": (("fortæller", "fortalte", "fortalt"), "neutral"),
    "oplyse": (("oplyser", "oplyste", "oplyst"), "neutral"),
    "skrive": (("skriver", "skrev", "skrevet"), "neutral"),
    "forklare": (("forklarer", "forklarede", "forklaret"), "neutral"),
    "tilføje": (("tilføjer", "tilføjede", "tilføjet"), "neutral"),
    "meddele": (("meddeler", "meddelte", "meddelt"), "neutral"),
    "berette": (("beretter", "berettede", "berettet"), "neutral"),
    "melde": (("melder", "meldte", "meldt"), "neutral"),
    "svare": (("svarer", "svarede", "svaret"), "neutral"),
    "rapportere": (("rapporterer", "rapporterede", "rapporteret"), "neutral"),
    "understrege": (("understreger", "understregede", "understreget"), "neutral"),
    "påpege": (("påpeger", "påpegede", "påpeget"), "neutral"),
    "pointere": (("pointerer", "pointerede", "pointeret"), "neutral"),
    "fremhæve": (("fremhæver", "fremhævede", "fremhævet"), "neutral"),
    "uddybe": (("uddyber", "uddybede", "uddybet"), "neutral"),
    "gentage": (("gentager", "gentog", "gentaget"), "neutral"),
    "advare": (("advarer", "advarede", "advaret"), "neutral"),
    "erklære": (("erklærer", "erklærede", "erklæret"), "neutral"),
    "annoncere": (("annoncerer", "annoncerede", "annonceret"), "neutral"),
    "spørge": (("spørger", "spurgte"), "neutral"),
    "råbe": (("råber", "råbte"), "neutral"),
    "tweete": (("tweeter", "tweetede", "tweetet"), "neutral"),
    "argumentere": (("argumenterer", "argumenterede"), "neutral"),
    "konstatere": (("konstaterer", "konstaterede", "konstateret"), "neutral"),
    "vise": (("viser", "viste"), "neutral"),
    "dokumentere": (("dokumenterer", "dokumenterede"), "neutral"),
    "foreslå": (("foreslår", "foreslog", "foreslået"), "neutral"),
    "kræve": (("kræver", "krævede", "krævet"), "neutral"),
    "begrunde": (("begrunder", "begrundede"), "neutral"),
    "henvise": (("henviser", "henviste"), "neutral"),
    "mumle": (("mumler", "mumlede"), "neutral"),
    "indvende": (("indvender", "indvendte"), "neutral"),
    "opfordre": (("opfordrer", "opfordrede"), "neutral"),
    # added after the tune split (issue 4): general Danish verbs of saying, writing and assessing
    "kritisere": (("kritiserer", "kritiserede", "kritiseret"), "neutral"),
    "efterlyse": (("efterlyser", "efterlyste", "efterlyst"), "neutral"),
    "beskrive": (("beskriver", "beskrev", "beskrevet"), "neutral"),
    "kalde": (("kalder", "kaldte"), "neutral"),
    "betegne": (("betegner", "betegnede", "betegnet"), "neutral"),
    "nævne": (("nævner", "nævnte", "nævnt"), "neutral"),
    "bemærke": (("bemærker", "bemærkede", "bemærket"), "neutral"),
    "betone": (("betoner", "betonede", "betonet"), "neutral"),
    "anføre": (("anfører", "anførte", "anført"), "neutral"),
    "afsløre": (("afslører", "afslørede", "afsløret"), "neutral"),
    "erfare": (("erfarer", "erfarede", "erfaret"), "neutral"),
    "fastholde": (("fastholder", "fastholdt"), "neutral"),
    "forsikre": (("forsikrer", "forsikrede"), "neutral"),
    "bedyre": (("bedyrer", "bedyrede"), "neutral"),
    "beklage": (("beklager", "beklagede"), "neutral"),
    "udtrykke": (("udtrykker", "udtrykte"), "neutral"),
    "indskyde": (("indskyder", "indskød"), "neutral"),
    "notere": (("noterer", "noterede"), "neutral"),
    "præcisere": (("præciserer", "præciserede", "præciseret"), "neutral"),
    "replicere": (("replicerer", "replicerede"), "neutral"),
    "signalere": (("signalerer", "signalerede"), "neutral"),
    "tilkendegive": (("tilkendegiver", "tilkendegav", "tilkendegivet"), "neutral"),
    "varsle": (("varsler", "varslede", "varslet"), "neutral"),
    "love": (("lover", "lovede"), "neutral"),
    "indikere": (("indikerer", "indikerede"), "belief"),
    "tænke": (("tænker", "tænkte"), "belief"),
    "føle": (("føler", "følte"), "belief"),
    "opleve": (("oplever", "oplevede"), "belief"),
    "tvivle": (("tvivler", "tvivlede"), "belief"),
    "forudsige": (("forudsiger", "forudsagde"), "belief"),
    "spå": (("spår", "spåede"), "belief"),
    "antyde": (("antyder", "antydede"), "belief"),
    "synes": (("synes", "syntes"), "belief"),
    "mene": (("mener", "mente"), "belief"),
    "tro": (("tror", "troede"), "belief"),
    "vurdere": (("vurderer", "vurderede"), "belief"),
    "forvente": (("forventer", "forventede"), "belief"),
    "skønne": (("skønner", "skønnede"), "belief"),
    "anslå": (("anslår", "anslog"), "belief"),
    "frygte": (("frygter", "frygtede"), "belief"),
    "håbe": (("håber", "håbede"), "belief"),
    "antage": (("antager", "antog"), "belief"),
    "formode": (("formoder", "formodede"), "belief"),
    "konkludere": (("konkluderer", "konkluderede", "konkluderet"), "belief"),
    "hævde": (("hævder", "hævdede", "hævdet"), "distancing"),
    "påstå": (("påstår", "påstod", "påstået"), "distancing"),
    "postulere": (("postulerer", "postulerede", "postuleret"), "distancing"),
    "bekræfte": (("bekræfter", "bekræftede", "bekræftet"), "endorsing"),
    "erkende": (("erkender", "erkendte", "erkendt"), "endorsing"),
    "indrømme": (("indrømmer", "indrømmede", "indrømmet"), "endorsing"),
    "medgive": (("medgiver", "medgav", "medgivet"), "endorsing"),
    "fastslå": (("fastslår", "fastslog", "fastslået"), "endorsing"),
    "tilstå": (("tilstår", "tilstod", "tilstået"), "endorsing"),
    "afvise": (("afviser", "afviste", "afvist"), "denial"),
    "benægte": (("benægter", "benægtede", "benægtet"), "denial"),
    "dementere": (("dementerer", "dementerede", "dementeret"), "denial"),
    "nægte": (("nægter", "nægtede", "nægtet"), "denial"),
}

# verbs that report an evaluation of a noun phrase (`kalder det "en trist placering"`,
# `beskriver sommeren som et godt år`): the object and its predicate are the content
EVALUATION_VERBS: dict[str, tuple[str, ...]] = {
    "kalde": ("for",),
    "betegne": ("som",),
    "beskrive": ("som",),
}

# transitive verbs that report only through a complement clause (`oplever, at …`, `kritiserer, at …`)
# or their evaluation frame: never as an inverted tag (`…, kalder X`) or with an anaphoric `Det`
COMPLEMENT_ONLY: frozenset[str] = frozenset(
    {
        "kalde",
        "betegne",
        "beskrive",
        "opleve",
        "føle",
        "tvivle",
        "efterlyse",
        "kritisere",
        "beklage",
        "love",
        "signalere",
        "varsle",
    }
)

# verbs that report speech only as a dialogue tag after the quotation (`- Ja, smiler han`) or before a colon
DIALOGUE_TAG_VERBS: dict[str, tuple[tuple[str, ...], str]] = {
    "fortsætte": (("fortsætter", "fortsatte"), "neutral"),
    "smile": (("smiler", "smilede"), "neutral"),
    "udbryde": (("udbryder", "udbrød"), "neutral"),
    "grine": (("griner", "grinede"), "neutral"),
    "sukke": (("sukker", "sukkede"), "neutral"),
    "hviske": (("hvisker", "hviskede"), "neutral"),
    "konkludere": (("konkluderer", "konkluderede"), "belief"),
}

# verbs that report only with their particle: `slår fast, at`, `lader forstå, at`, `regner med, at`
PARTICLE_VERBS: dict[str, tuple[tuple[str, ...], str, tuple[str, ...]]] = {
    "slå fast": (("slår", "slog", "slået"), "endorsing", ("fast",)),
    "lade forstå": (("lader", "lod"), "neutral", ("forstå",)),
    "regne med": (("regner", "regnede"), "belief", ("med",)),
    "gå ud fra": (("går", "gik"), "belief", ("ud", "fra")),
    "gøre gældende": (("gør", "gjorde"), "distancing", ("gældende",)),
    "satse på": (("satser", "satsede"), "belief", ("på",)),
    "nå frem til": (("når", "nåede", "nået"), "belief", ("frem", "til")),
    "lægge skjul på": (("lægger", "lagde", "lagt"), "neutral", ("skjul", "på")),
}

# infinitives that report when they take an `at`-clause after a modal (`vi må jo konstatere, at`)
REPORTING_INFINITIVES: dict[str, str] = {
    "sige": "neutral",
    "konstatere": "neutral",
    "understrege": "neutral",
    "fastslå": "endorsing",
    "erkende": "endorsing",
    "indrømme": "endorsing",
    "afvise": "denial",
    "benægte": "denial",
}
