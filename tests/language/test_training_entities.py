"""DaN+ nested tags reduced to flat outer entities."""

from __future__ import annotations

from pathlib import Path

import pytest

from kildespor.language.training.entities import outer_tag, read_danplus, repair_bio


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("B-PER", "B-PER"),
        ("I-ORG", "I-ORG"),
        ("B-ORGpart", "O"),
        ("I-LOCderiv", "O"),
        ("O", "O"),
        ("B-XYZ", "O"),
    ],
)
def test_outer_tag_maps_part_and_deriv_to_o(tag: str, expected: str) -> None:
    assert outer_tag(tag) == expected


@pytest.mark.parametrize(
    ("tags", "expected"),
    [(["O", "I-PER", "I-PER"], ["O", "B-PER", "I-PER"]), (["B-LOC", "I-ORG"], ["B-LOC", "B-ORG"])],
)
def test_repair_bio_opens_orphan_inside_tags(tags: list[str], expected: list[str]) -> None:
    assert repair_bio(tags) == expected


def test_read_danplus_reads_outer_column(tmp_path: Path) -> None:
    # Invented: "Anne bor i Århus-egnen ."
    path = tmp_path / "mini.tsv"
    path.write_text(
        "Anne\tB-PER\tO\nbor\tO\tO\ni\tO\tO\nÅrhus-egnen\tB-LOCpart\tO\n.\tO\tO\n\n", encoding="utf-8"
    )
    [sentence] = read_danplus(path)
    assert sentence.tags == ("B-PER", "O", "O", "O", "O")
    assert sentence.text_key == "AnneboriÅrhus-egnen."
