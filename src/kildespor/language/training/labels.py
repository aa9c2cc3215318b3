"""Back-off tables from DDT annotation to UD labels: UPOS, features, lemma and relation.

The tables are fitted on the UD *dev* split (aligned to the CDT), never on test, and back off
from specific keys (PAROLE tag + word + syntactic context) to general ones (PAROLE tag alone),
ending in hand-written defaults for tags dev never shows.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

from kildespor.language.training.multiword import MultiwordTable
from kildespor.language.training.restructure import UD_PREFIX

# PAROLE category prefix -> UPOS, for tags the fitted tables never saw.
_UPOS_BY_PREFIX = (
    ("NC", "NOUN"),
    ("NP", "PROPN"),
    ("AC", "NUM"),
    ("AO", "ADJ"),
    ("AN", "ADJ"),
    ("A", "ADJ"),
    ("PP", "PRON"),
    ("PD", "DET"),
    ("PI", "PRON"),
    ("PO", "DET"),
    ("PT", "PRON"),
    ("PC", "PRON"),
    ("P", "PRON"),
    ("V", "VERB"),
    ("RG", "ADV"),
    ("R", "ADV"),
    ("SP", "ADP"),
    ("CC", "CCONJ"),
    ("CS", "SCONJ"),
    ("U", "PART"),
    ("I", "INTJ"),
    ("XP", "PUNCT"),
    ("XS", "SYM"),
    ("XF", "X"),
    ("XA", "NOUN"),
    ("X", "X"),
)
# DDT relation -> UD relation, when no fitted key matches (after the UD-decided ones).
_DEFAULT_REL = {
    "subj": "nsubj",
    "dobj": "obj",
    "iobj": "iobj",
    "pnct": "punct",
    "conj": "conj",
    "coord": "cc",
    "rel": "acl:relcl",
    "relr": "acl:relcl",
    "expl": "expl",
    "neg": "advmod",
    "appa": "appos",
    "appr": "appos",
    "preds": "xcomp",
    "vobj": "xcomp",
    "qobj": "ccomp",
    "list": "list",
    "voc": "vocative",
    "part": "compound:prt",
    "namel": "flat",
    "name": "flat",
    "ROOT": "root",
}
# DDT adverbial and modifier relations, which UD maps by part of speech (`obl`, `nmod`,
# `advmod`, `advcl`, `amod`) rather than by their semantic type.
ADJUNCT_RELS = frozenset(
    {
        "mod", "loc", "dir", "goal", "source", "man", "cause", "contr", "iter", "time", "modp",
        "inst", "cons", "focal", "other", "pobj", "lobj", "mcomp", "ex", "err", "eval", "add",
        "agent", "cond", "elab", "epi", "exem", "mods", "modo", "correl", "avobj",
    }
)  # fmt: skip
_ADVERBIAL_BY_UPOS = {"ADV": "advmod", "VERB": "advcl", "AUX": "advcl", "ADJ": "amod", "NUM": "nummod"}


class BackoffTable:
    """Most frequent value per key, tried from the most specific key to the least."""

    def __init__(self) -> None:
        self._counts: list[defaultdict[Hashable, Counter[str]]] = []

    def add(self, keys: Sequence[Hashable], value: str) -> None:
        """Count `value` under each of `keys` (most specific first)."""
        while len(self._counts) < len(keys):
            self._counts.append(defaultdict(Counter))
        for level, key in enumerate(keys):
            self._counts[level][key][value] += 1

    def get(self, keys: Sequence[Hashable]) -> str | None:
        """The most frequent value of the most specific key seen, or None.

        Ties are broken by the more general keys: a word seen once as `obj` and once as
        `ccomp` should follow its tag's majority, not whichever sentence came first. A tie
        that no key breaks gives None, so that the caller's hand-written default decides.
        """
        for level, key in enumerate(keys):
            if level < len(self._counts) and key in self._counts[level]:
                return self._best(keys, level)
        return None

    def _best(self, keys: Sequence[Hashable], level: int) -> str | None:
        counts = self._counts[level][keys[level]]
        top = max(counts.values())
        tied = [v for v, c in counts.items() if c == top]
        for general in range(level + 1, min(len(keys), len(self._counts))):
            if len(tied) == 1:
                break
            wider = self._counts[general].get(keys[general])
            if wider is not None:
                top = max(wider[v] for v in tied)
                tied = [v for v in tied if wider[v] == top]
        return tied[0] if len(tied) == 1 else None


def default_upos(msd: str) -> str:
    """UPOS from the PAROLE category alone."""
    return next((upos for prefix, upos in _UPOS_BY_PREFIX if msd.startswith(prefix)), "X")


def default_rel(ddt_rel: str, upos: str, head_upos: str) -> str:
    """UD relation from the DDT relation and the parts of speech, when tables are silent."""
    if ddt_rel in _DEFAULT_REL:
        return _DEFAULT_REL[ddt_rel]
    if upos == "PUNCT":
        return "punct"
    nominal_head = head_upos in ("NOUN", "PROPN", "PRON")
    if upos in ("NOUN", "PROPN", "PRON", "X"):
        return "nmod" if nominal_head else "obl"
    if upos == "ADJ" and not nominal_head:
        return "advmod"
    return _ADVERBIAL_BY_UPOS.get(upos, "dep")


@dataclass
class LabelTables:
    """The fitted tables used by the converter."""

    upos: BackoffTable = field(default_factory=BackoffTable)
    feats: BackoffTable = field(default_factory=BackoffTable)
    lemma: BackoffTable = field(default_factory=BackoffTable)
    rel: BackoffTable = field(default_factory=BackoffTable)
    multiwords: MultiwordTable = field(default_factory=MultiwordTable)


def upos_keys(msd: str, form: str, context: str) -> tuple[Hashable, ...]:
    """Back-off keys for UPOS: tag+word+context, tag+word+role, tag+word, tag+context, tag+role, tag.

    The role is the UD function restructuring gave the word (`ud:aux`, `ud:cop`, `ud:det`),
    or none: `har` is AUX as an auxiliary and VERB as a main verb, `andre` DET before a noun
    and PRON alone, whatever the rest of the (sparse) context says.
    """
    low = form.lower()
    role = context.split("/")[0] if context.startswith(UD_PREFIX) else ""
    return ((msd, low, context), (msd, low, role), (msd, low), (msd, context), (msd, role), (msd,))


def feats_keys(msd: str, form: str, upos: str) -> tuple[Hashable, ...]:
    """Back-off keys for features."""
    return ((msd, form.lower(), upos), (msd, upos), (msd,))


def lemma_keys(lemma: str, form: str, upos: str) -> tuple[Hashable, ...]:
    """Back-off keys for the UD lemma given the DDT lemma."""
    return ((lemma, form.lower(), upos), (lemma, upos))


def rel_keys(
    ddt_rel: str, upos: str, head_upos: str, form: str, msd: str, original_rel: str
) -> tuple[Hashable, ...]:
    """Back-off keys for the UD relation.

    `ddt_rel` is the relation after restructuring, `original_rel` the word's own DDT relation
    before it (`vobj` for a verb under `at` that took over the marker's `dobj`). Between the
    word-specific key and the relation alone come: the verb's mood and original relation
    (an infinitive object is `xcomp`/`obj`, a finite one `ccomp`), and the adjunct relations
    pooled, since DDT's fine adverbial types (`loc`, `goal`, `contr`, ...) split the
    evidence for `obl` vs `nmod`, which depends mostly on the head's part of speech.
    """
    fine = f"{upos}:{msd[2:3]}" if msd.startswith("V") else upos
    group = "adjunct" if ddt_rel in ADJUNCT_RELS else ddt_rel
    return (
        (ddt_rel, upos, head_upos, form.lower()),
        (ddt_rel, fine, original_rel, head_upos),
        (ddt_rel, upos, head_upos),
        (group, upos, head_upos),
        (ddt_rel, upos),
    )
