"""DDT (CDT `.tag`) to UD conversion, aligned to the UD tokenisation of each sentence."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

from kildespor.language.training.alignment import Alignment
from kildespor.language.training.cdt import CdtSentence
from kildespor.language.training.conllu import UdSentence, UdToken, mark_spaces
from kildespor.language.training.labels import (
    LabelTables,
    default_rel,
    default_upos,
    feats_keys,
    lemma_keys,
    rel_keys,
    upos_keys,
)
from kildespor.language.training.multiword import MultiwordTable, apply_multiwords, split_groups
from kildespor.language.training.punctuation import fix_punctuation
from kildespor.language.training.restructure import UD_PREFIX, Node, restructure

_CONTEXT_RELS = ("vobj", "preds", "nobj", "possd")


@dataclass
class ConvertedWord:
    """A CDT word after conversion; `head` is 0-based within the CDT sentence, -1 for root."""

    node: Node
    context: str
    ddt_rel: str  # the word's own DDT relation, before restructuring
    upos: str = "X"
    feats: str = "_"
    lemma: str = "_"
    deprel: str = "dep"


def _contexts(sentence: CdtSentence) -> list[str]:
    """Own DDT relation plus the function-word relations below each word, before conversion."""
    below: list[set[str]] = [set() for _ in sentence.words]
    for word in sentence.words:
        if 0 <= word.head < len(below) and word.rel in _CONTEXT_RELS:
            below[word.head].add(word.rel)
    return [f"{w.rel}>{'+'.join(sorted(b))}" for w, b in zip(sentence.words, below, strict=True)]


def restructured(sentence: CdtSentence) -> list[ConvertedWord]:
    """The sentence's words with UD-shaped heads, labels not yet assigned."""
    nodes = [Node(w.form, w.lemma or w.form, w.msd, w.head, w.rel) for w in sentence.words]
    contexts = _contexts(sentence)
    restructure(nodes)
    return [
        ConvertedWord(node, f"{node.rel}/{ctx}", w.rel)
        for node, ctx, w in zip(nodes, contexts, sentence.words, strict=True)
    ]


def relation_keys(words: list[ConvertedWord], word: ConvertedWord) -> tuple[Hashable, ...]:
    """The relation table's keys for `word` (UPOS already assigned to all `words`)."""
    n = word.node
    head_upos = words[n.head].upos if n.head >= 0 else "ROOT"
    return rel_keys(n.rel, word.upos, head_upos, n.form, n.msd, word.ddt_rel)


def label_words(words: list[ConvertedWord], tables: LabelTables) -> None:
    """Assign UPOS, features, lemma and relation from the tables (with defaults)."""
    for w in words:
        n = w.node
        w.upos = tables.upos.get(upos_keys(n.msd, n.form, w.context)) or default_upos(n.msd)
        w.feats = tables.feats.get(feats_keys(n.msd, n.form, w.upos)) or "_"
        w.lemma = tables.lemma.get(lemma_keys(n.lemma, n.form, w.upos)) or n.lemma
    for w in words:
        n = w.node
        if n.rel.startswith(UD_PREFIX):
            w.deprel = n.rel[len(UD_PREFIX) :]
            continue
        head_upos = words[n.head].upos if n.head >= 0 else "ROOT"
        w.deprel = tables.rel.get(relation_keys(words, w)) or default_rel(n.rel, w.upos, head_upos)
        if n.head < 0:
            w.deprel = "root"


def convert_sentence(sentence: CdtSentence, tables: LabelTables) -> list[ConvertedWord]:
    """One CDT sentence converted to UD (heads within the CDT sentence)."""
    words = restructured(sentence)
    label_words(words, tables)
    return words


def _token_head(
    alignment: Alignment,
    converted: dict[int, list[ConvertedWord]],
    index: int,
    position: dict[tuple[int, int], int],
) -> int:
    ref = alignment.words[index]
    head = converted[ref.sentence][ref.word].node.head
    return position.get((ref.sentence, head), 0) if head >= 0 else 0


def project(
    alignment: Alignment, converted: dict[int, list[ConvertedWord]], multiwords: MultiwordTable | None = None
) -> UdSentence:
    """The UD sentence with the converted annotation of the CDT words under its tokens."""
    position: dict[tuple[int, int], int] = {}
    for i, ref in enumerate(alignment.words, start=1):
        position.setdefault((ref.sentence, ref.word), i)
    tokens: list[UdToken] = []
    for i, ref in enumerate(alignment.words):
        word = converted[ref.sentence][ref.word]
        head = _token_head(alignment, converted, i, position)
        first = position[(ref.sentence, ref.word)]
        if first != i + 1:  # a CDT word split into several UD tokens
            head, deprel = first, "fixed"
        else:
            deprel = word.deprel if head else "root"
        tokens.append(UdToken(alignment.ud.tokens[i].form, word.lemma, word.upos, word.feats, head, deprel))
    apply_multiwords(tokens, split_groups(alignment), multiwords or MultiwordTable())
    _single_root(tokens)
    result = UdSentence(alignment.ud.sent_id, alignment.ud.text, tokens)
    mark_spaces(result)
    fix_punctuation(result)
    return result


def _single_root(tokens: list[UdToken]) -> None:
    """Where a CDT sentence was split, several tokens lost their head: keep one root."""
    roots = [i for i, t in enumerate(tokens) if t.head == 0]
    if len(roots) <= 1:
        return
    main = next((i for i in roots if tokens[i].upos in ("VERB", "AUX")), roots[0])
    for i in roots:
        if i != main:
            tokens[i].head = main + 1
            tokens[i].deprel = "punct" if tokens[i].upos == "PUNCT" else "parataxis"
        else:
            tokens[i].deprel = "root"
