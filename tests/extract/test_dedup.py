"""Deduplicator: exact copies and near-copies of a story, grouped under the first appearance."""

from __future__ import annotations

from kildespor.extract.dedup import Deduplicator
from kildespor.records import Article, Paragraph

# An invented wire story, long enough for MinHash.
STORY = [
    "Et opdigtet rederi har meddelt, at det lukker tre færgeruter mellem øerne i det sydfynske øhav fra næste år.",
    "Ifølge rederiet er passagertallet faldet med en fjerdedel på fire år, og brændstofpriserne er steget markant.",
    "Borgmesteren kalder beslutningen et alvorligt slag mod øsamfundene og vil bede ministeren om at gribe ind.",
    "Rederiet oplyser, at de ansatte vil blive tilbudt job på de ruter, der fortsætter, så ingen bliver fyret.",
]


def _article(paragraphs: list[str], title: str, url: str) -> Article:
    offset, blocks = 0, []
    for text in paragraphs:
        blocks.append(Paragraph(text=text, start=offset, end=offset + len(text)))
        offset += len(text) + 2
    return Article(id=url, text="\n\n".join(paragraphs), title=title, paragraphs=blocks, url=url)


def test_deduplicator_exact_copy_with_other_title() -> None:
    dedup = Deduplicator()
    assert dedup.check(_article(STORY, "Rederi lukker ruter", "https://a.example/1")) is None
    match = dedup.check(_article(STORY, "Tre færgeruter lukker", "https://b.example/2"))
    assert match is not None and match.kind == "exact" and match.original_id == "https://a.example/1"


def test_deduplicator_near_copy_with_edits() -> None:
    dedup = Deduplicator()
    dedup.check(_article(STORY, "a", "https://a.example/1"))
    edited = [*STORY[:3], STORY[3].replace("fyret", "afskediget"), "Rederiet har ikke ønsket at uddybe."]
    match = dedup.check(_article(edited, "b", "https://c.example/3"))
    assert match is not None and match.kind == "near"
    assert 0.6 <= match.similarity < 1.0


def test_deduplicator_different_stories_are_originals() -> None:
    dedup = Deduplicator()
    other = [p.replace("færgeruter", "busruter").replace("rederi", "trafikselskab") for p in reversed(STORY)]
    other = [" ".join(reversed(p.split())) for p in other]
    assert dedup.check(_article(STORY, "a", "https://a.example/1")) is None
    assert dedup.check(_article(other, "b", "https://b.example/2")) is None
    assert dedup.groups() == []


def test_deduplicator_groups_list_every_appearance() -> None:
    dedup = Deduplicator()
    for n in range(5):
        dedup.check(_article(STORY, f"titel {n}", f"https://site{n}.example/"))
    [group] = dedup.groups()
    assert group.original_url == "https://site0.example/"
    assert [url for _, url, _ in group.members] == [f"https://site{n}.example/" for n in range(1, 5)]
