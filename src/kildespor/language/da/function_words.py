"""Danish function words used to find clause and noun-phrase edges without a parser.

When the trained pipeline is absent, the attribution rules read these closed
classes instead of part-of-speech tags. Standard Danish closed-class word
lists (Hansen & Heltoft 2011; the DDT part-of-speech inventory).
"""

from __future__ import annotations

PREPOSITIONS: frozenset[str] = frozenset(
    {"i", "på", "til", "fra", "med", "om", "for", "af", "ved", "efter", "under", "over", "mod", "imod",
     "hos", "uden", "blandt", "gennem", "igennem", "siden", "indtil", "omkring", "inden", "foran", "bag",
     "mellem", "imellem", "langs", "trods", "via", "pr.", "per", "ifølge", "iflg.", "overfor", "udover",
     "angående", "vedrørende", "fremfor", "hen", "ud", "ind", "op", "ned"}
)
SUBORDINATORS: frozenset[str] = frozenset(
    {"at", "om", "hvis", "når", "da", "fordi", "selvom", "skønt", "mens", "før", "end", "idet", "eftersom",
     "såfremt", "medmindre", "hvorvidt", "hvor", "hvad", "hvem", "hvilket", "hvilken", "hvilke", "hvorfor",
     "hvordan", "hvornår", "hvorefter", "hvorpå", "hvoraf"}
)
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"der", "som", "hvis", "hvor", "hvilket", "hvilken", "hvilke"})
COORDINATORS: frozenset[str] = frozenset({"og", "men", "eller", "samt", "for"})
AUXILIARIES: frozenset[str] = frozenset(
    {"har", "havde", "er", "var", "blev", "bliver", "vil", "ville", "skal", "skulle", "kan", "kunne", "må",
     "måtte", "bør", "burde", "have", "være", "få", "får", "fik", "plejer", "plejede", "tør", "turde"}
)
DETERMINERS: frozenset[str] = frozenset(
    {"den", "det", "de", "en", "et", "denne", "dette", "disse", "hans", "hendes", "deres", "dens", "dets",
     "sin", "sit", "sine", "min", "mit", "mine", "vores", "jeres", "nogle", "flere", "mange", "alle", "begge",
     "hver", "hvert", "ingen", "intet", "enkelte", "adskillige", "visse", "samme", "første", "anden", "andet"}
)
# adverbs and adverbials that can stand between a verb and its subject or its `at`
ADVERBS: frozenset[str] = frozenset(
    {"ikke", "også", "dog", "nu", "igen", "selv", "heller", "derfor", "altså", "netop", "klart", "fortsat",
     "stadig", "endnu", "ligeledes", "desuden", "tidligere", "senere", "blot", "kun", "bare", "så",
     "nemlig", "faktisk", "jo", "vel", "nok", "gerne", "aldrig", "allerede", "ellers", "samtidig",
     "videre", "imidlertid", "dengang", "siden", "nærmest", "tydeligt", "åbent", "offentligt", "direkte",
     "kort", "ligefrem", "selvfølgelig", "naturligvis", "blandt", "andet", "bl.a.", "f.eks.", "her",
     "der", "da", "i", "dag", "går", "aftes", "morges", "fredags", "torsdags", "onsdags", "tirsdags",
     "mandags", "lørdags", "søndags", "søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag",
     "sidst", "først", "yderligere", "tilmed", "oven", "ovenikøbet", "flere", "gange", "ofte",
     "mere", "mindre", "ganske", "meget", "helt", "lidt", "tit", "en", "et", "overfor", "over", "for"}
)
SUBJECT_PRONOUNS: frozenset[str] = frozenset({"han", "hun", "de", "den", "det", "vi", "jeg", "du", "man", "I", "De"})
SENTENCE_END_PUNCT: frozenset[str] = frozenset({".", "!", "?", "..", "...", "…", "?!", "!?"})
# abbreviations ending in a full stop that do not end a sentence before a capital
NON_FINAL_ABBREVIATIONS: frozenset[str] = frozenset(
    {"kl.", "hr.", "fr.", "dr.", "st.", "nr.", "ca.", "jf.", "bl.a.", "f.eks.", "mr.", "mrs.", "ms.", "prof.",
     "sct.", "skt.", "pr.", "iflg.", "ang.", "vedr.", "evt.", "inkl.", "ekskl.", "gl.", "mht.", "vha.", "ift.",
     "pga.", "p.g.a.", "m.fl.", "cand.", "stud.", "mag.", "ph.d.", "dvs.", "t.", "jan.", "feb.", "aug.",
     "sep.", "sept.", "okt.", "nov.", "dec.", "mio.", "mia.", "mill.", "mr"}
)
