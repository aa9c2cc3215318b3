"""The CDT `.tag` reader on a tiny invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from kildespor.language.training.cdt import primary_arc, read_tag_file

# Invented sentence in DTAG format (not from the treebank): "Hun ser huset ."
TAG_TEXT = """<tei.2>
<s>
<W lemma="hun" msd="PP3CSN-NU" in="1:subj" out="">Hun</W>
<W lemma="se" msd="VADR=----A-" in="" out="-1:subj|1:dobj|2:pnct">ser</W>
<W lemma="hus" msd="NCNSU==D" in="-1:dobj|-2:[subj]" out="">huset</W>
<W lemma="." msd="XP" in="-2:pnct" out="">.</W>
</s>
</tei.2>
"""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("-1:attr", (-1, "attr")),
        ("2:[subj]|-3:dobj", (-3, "dobj")),
        ("1:&lt;mod&gt;|2:mod", (2, "mod")),
        ("", None),
        ("4:[subj]", None),
    ],
)
def test_primary_arc_skips_secondary_relations(value: str, expected: tuple[int, str] | None) -> None:
    assert primary_arc(value) == expected


def test_read_tag_file_gives_heads_and_root(tmp_path: Path) -> None:
    path = tmp_path / "9999-da.tag"
    path.write_text(TAG_TEXT, encoding="utf-8")
    [sentence] = list(read_tag_file(path))
    assert [w.form for w in sentence.words] == ["Hun", "ser", "huset", "."]
    assert [(w.head, w.rel) for w in sentence.words] == [(1, "subj"), (-1, "ROOT"), (1, "dobj"), (1, "pnct")]
    assert sentence.doc_id == "9999"
    assert sentence.text_key == "Hunserhuset."
