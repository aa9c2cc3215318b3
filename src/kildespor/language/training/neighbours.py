"""Gold trees from Danish's neighbour languages as extra parser training data.

Norwegian Bokmål is the language closest to written Danish (the two share most function
words and word order), and `../shared/data/ud` holds its gold UD dev and test trees:
about 66,000 tokens, as many as the converted DDT train split, but hand-made rather than
converted. They teach the parser only: the Docs carry heads and relations and nothing else,
so the morphologizer, lemmatizer and NER see the tokens as unannotated (spaCy treats empty
POS+morph, empty lemmas and unset entities as missing, not as "no value"), and Norwegian
spellings, gender features and lemmas never leak into the Danish tagger.

Relations are mapped onto the Danish label set so the parser learns no label Danish UD
does not use: subtypes Danish lacks are dropped (`flat:name` → `flat`, `nsubj:pass` →
`nsubj`), and the few types Danish does not have at all become `dep`.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from kildespor.language.training.conllu import UdSentence, read_conllu

# Files under `data/ud` used as extra parser data, in order of closeness to Danish.
NEIGHBOUR_TREEBANKS: tuple[str, ...] = ("no_bokmaal-ud-dev.conllu", "no_bokmaal-ud-test.conllu")

# Relations of Danish UD-DDT (as in its dev split); anything else is mapped onto these.
DANISH_RELATIONS = frozenset(
    "acl acl:relcl advcl advmod advmod:lmod amod appos aux case cc ccomp compound:prt conj cop "
    "dep det discourse expl fixed flat iobj list mark nmod nmod:poss nsubj nummod obj obl "
    "obl:lmod obl:tmod parataxis punct root vocative xcomp".split()
)
_NEAREST = {"csubj": "nsubj", "compound": "dep", "dislocated": "dep", "reparandum": "dep", "orphan": "dep"}


def danish_relation(relation: str) -> str:
    """The Danish UD relation nearest to a neighbour treebank's relation."""
    if relation in DANISH_RELATIONS:
        return relation
    main = relation.split(":", 1)[0]
    if main in DANISH_RELATIONS:
        return main
    return _NEAREST.get(main, "dep")


def syntax_only_doc(nlp: Language, sentence: UdSentence) -> Doc:
    """A Doc with the sentence's tree (Danish relation labels) and no other annotation."""
    toks = sentence.tokens
    return Doc(
        nlp.vocab,
        words=[t.form for t in toks],
        spaces=[t.space_after for t in toks],
        heads=[t.head - 1 if t.head else i for i, t in enumerate(toks)],
        deps=["ROOT" if t.head == 0 else danish_relation(t.deprel) for t in toks],
        sent_starts=[i == 0 for i in range(len(toks))],
    )


def neighbour_docbin(
    nlp: Language, ud_folder: Path, files: tuple[str, ...] = NEIGHBOUR_TREEBANKS, per_doc: int = 8
) -> tuple[DocBin, int]:
    """Syntax-only training Docs from the neighbour treebanks found; returns them and the sentence count."""
    docbin = DocBin(store_user_data=False)
    count = 0
    for name in files:
        path = ud_folder / name
        if not path.is_file():
            continue
        sentences = read_conllu(path)
        for start in range(0, len(sentences), per_doc):
            group = [syntax_only_doc(nlp, s) for s in sentences[start : start + per_doc]]
            docbin.add(Doc.from_docs(group))
        count += len(sentences)
    return docbin, count
