"""Neighbour-language trees as syntax-only training data."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.training import Example

from kildespor.language.training.neighbours import DANISH_RELATIONS, danish_relation, neighbour_docbin

_CONLLU = """# sent_id = 1
# text = Dommer Finn Eilertsen avstår.
1\tDommer\tdommer\tNOUN\t_\tGender=Masc\t4\tnsubj:pass\t_\t_
2\tFinn\tFinn\tPROPN\t_\t_\t1\tflat:name\t_\t_
3\tEilertsen\tEilertsen\tPROPN\t_\t_\t1\tflat:name\t_\t_
4\tavstår\tavstå\tVERB\t_\tMood=Ind\t0\troot\t_\tSpaceAfter=No
5\t.\t$.\tPUNCT\t_\t_\t4\tpunct\t_\t_

"""


@pytest.mark.parametrize(
    ("relation", "expected"),
    [
        ("nsubj", "nsubj"),
        ("acl:relcl", "acl:relcl"),
        ("flat:name", "flat"),
        ("nsubj:pass", "nsubj"),
        ("aux:pass", "aux"),
        ("csubj", "nsubj"),
        ("dislocated", "dep"),
        ("compound", "dep"),
    ],
)
def test_relations_map_onto_the_danish_label_set(relation: str, expected: str) -> None:
    assert danish_relation(relation) == expected
    assert expected in DANISH_RELATIONS


def test_neighbour_docs_carry_only_the_tree(tmp_path: Path) -> None:
    (tmp_path / "no_test.conllu").write_text(_CONLLU, encoding="utf-8")
    nlp = spacy.blank("da")
    docbin, count = neighbour_docbin(nlp, tmp_path, ("no_test.conllu", "missing.conllu"))
    assert count == 1
    (doc,) = list(docbin.get_docs(nlp.vocab))
    assert [t.dep_ for t in doc] == ["nsubj", "flat", "flat", "ROOT", "punct"]
    assert [t.head.i for t in doc] == [3, 0, 0, 3, 3]
    # no tags, lemmas or entities: spaCy treats them as missing, so the tagger, lemmatizer and NER
    # do not learn Norwegian values from these documents
    assert not doc.has_annotation("POS")
    assert not doc.has_annotation("LEMMA")
    assert not doc.has_annotation("ENT_IOB")
    example = Example(nlp.make_doc(doc.text), doc)
    assert example.get_aligned("LEMMA", as_string=True) == ["", "", "", "", ""]
