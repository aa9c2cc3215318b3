"""Entities across spellings: group names by a transliteration-aware key plus fuzzy matching.

People are grouped by surname key; within a surname, names whose first names
disagree (Mette / Anders Frederiksen) stay apart, and a bare surname joins a
group only when exactly one person with that surname is known.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from kildespor.tracking.transliteration import fold_letters, name_tokens, skeleton, strip_genitive

PERSON = "PER"
# Fuzzy thresholds (rapidfuzz ratio, 0-100) chosen on the spelling pairs in the tests:
# Svetlana/Sviatlana = 82 must merge, Peter/Petra = 80 and Anders/Andreas = 77 must not.
_FIRST_NAME_SAME_SKELETON = 81.0
_FIRST_NAME_ANY = 90.0
_SURNAME_FUZZY = 90.0
# Within one consonant skeleton the vowels may differ (Lukasjenko / Lukaşenka = 89), but not much:
# Skat / Sket and Men / Mon share a skeleton and are different names (short names must be equal),
# and Sigrid / Sigurd = 83 must stay apart.
_SAME_SKELETON = 85.0
_SHORT_NAME = 4
_VOWEL_ENDINGS = frozenset("aeiouyjæøå")


@dataclass(frozen=True)
class NameVariant:
    """One spelling as stored: an entity row (id) or a source name from an attribution (id None)."""

    name: str
    label: str
    weight: int = 1
    id: int | None = None


@dataclass
class EntityGroup:
    """One real-world entity: every spelling that resolves to it."""

    key: str
    label: str
    variants: list[NameVariant] = field(default_factory=list)

    @property
    def id(self) -> int | None:
        """The smallest entity row id among the spellings (stable as new spellings arrive)."""
        ids = [v.id for v in self.variants if v.id is not None]
        return min(ids) if ids else None

    @property
    def name(self) -> str:
        """Display name: the most mentioned spelling, preferring full names."""
        best = max(self.variants, key=lambda v: (len(name_tokens(v.name)) > 1, v.weight, -len(v.name)))
        return best.name

    @property
    def spellings(self) -> list[str]:
        return sorted({v.name for v in self.variants})


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


def first_names_compatible(a: str, b: str) -> bool:
    """Same person by first name: equal, an initial, or a transliteration variant (Aleksandr/Alexander)."""
    fa, fb = fold_letters(a).rstrip("."), fold_letters(b).rstrip(".")
    if fa == fb:
        return True
    if len(fa) == 1 or len(fb) == 1:
        return fa[0] == fb[0]
    ratio = fuzz.ratio(fa, fb)
    return ratio >= _FIRST_NAME_ANY or (skeleton(a) == skeleton(b) and ratio >= _FIRST_NAME_SAME_SKELETON)


@dataclass(frozen=True)
class _Keyed:
    """A variant's blocking key (consonant skeleton) and its folded surface form for fuzzy checks."""

    key: str
    surface: str


def _keyed_variants(variants: list[NameVariant]) -> list[_Keyed]:
    """Key and surface of each name; a genitive `-s` is dropped when the bare form is also known.

    People are keyed by surname, other entities by every word.
    """
    token_lists = [name_tokens(v.name) for v in variants]
    known = {skeleton(tokens[-1]) for tokens in token_lists if tokens}
    keyed = []
    for variant, tokens in zip(variants, token_lists, strict=True):
        if not tokens:
            keyed.append(_Keyed("", fold_letters(variant.name)))
            continue
        last = tokens[-1]
        stripped = strip_genitive(last)
        if stripped != last and skeleton(stripped) in known:
            last = stripped
        words = [last] if variant.label == PERSON else [*tokens[:-1], last]
        keyed.append(_Keyed(" ".join(skeleton(w) for w in words), fold_letters(" ".join(words))))
    return keyed


def surfaces_match(a: str, b: str, threshold: float) -> bool:
    """Folded spellings close enough to be one name; short names (≤ 4 letters) must be equal."""
    if a == b:
        return True
    if min(len(a), len(b)) <= _SHORT_NAME:
        return False
    # A vowel ending against a consonant ending is another name (Aleksander / Aleksandra, Christian /
    # Christiania), while vowel-for-vowel endings are transliteration (Lukasjenko / Lukaşenka).
    if (a[-1] in _VOWEL_ENDINGS) != (b[-1] in _VOWEL_ENDINGS):
        return False
    return fuzz.ratio(a, b) >= threshold


def _merge_similar(variants: list[NameVariant], keyed: list[_Keyed], groups: _UnionFind) -> None:
    """Join names that share a skeleton and look alike, and near-identical names across skeletons."""
    by_label: dict[str, list[int]] = defaultdict(list)
    for index, variant in enumerate(variants):
        by_label[variant.label].append(index)
    for indices in by_label.values():
        buckets: dict[str, list[int]] = defaultdict(list)
        for index in indices:
            buckets[keyed[index].key].append(index)
        for members in buckets.values():
            for position, a in enumerate(members):
                for b in members[position + 1 :]:
                    if surfaces_match(keyed[a].surface, keyed[b].surface, _SAME_SKELETON):
                        groups.union(a, b)
        representatives = [members[0] for members in buckets.values()]
        for position, a in enumerate(representatives):
            for b in representatives[position + 1 :]:
                same_start = keyed[a].surface[:1] == keyed[b].surface[:1]
                if same_start and surfaces_match(keyed[a].surface, keyed[b].surface, _SURNAME_FUZZY):
                    groups.union(a, b)


def _given_names_compatible(a: list[str], b: list[str]) -> bool:
    """First names agree, and middle names too when both have them (Lars Løkke ≠ Lars Aslan)."""
    if not first_names_compatible(a[0], b[0]):
        return False
    middle_a, middle_b = a[1:], b[1:]
    if middle_a and middle_b:
        return first_names_compatible(middle_a[0], middle_b[0])
    return True


def _split_people(members: list[int], variants: list[NameVariant]) -> list[list[int]]:
    """Within one surname: people with compatible given names together; bare surnames to a lone match."""
    given = {i: name_tokens(variants[i].name)[:-1] for i in members}
    with_given = [i for i in members if given[i]]
    bare = [i for i in members if not given[i]]
    people: list[list[int]] = []
    for index in with_given:
        for person in people:
            if all(_given_names_compatible(given[index], given[other]) for other in person):
                person.append(index)
                break
        else:
            people.append([index])
    if len(people) == 1:
        people[0].extend(bare)
    elif bare:
        people.append(bare)
    return people


def group_entities(variants: list[NameVariant]) -> list[EntityGroup]:
    """Resolve spellings to entities; each variant lands in exactly one group."""
    if not variants:
        return []
    keyed = _keyed_variants(variants)
    groups = _UnionFind(len(variants))
    _merge_similar(variants, keyed, groups)
    members: dict[int, list[int]] = defaultdict(list)
    for index in range(len(variants)):
        members[groups.find(index)].append(index)
    result: list[EntityGroup] = []
    for root, indices in sorted(members.items()):
        label = variants[root].label
        parts = _split_people(indices, variants) if label == PERSON else [indices]
        for part_number, part in enumerate(parts):
            key = f"{label}:{keyed[root].key}:{part_number}"
            result.append(EntityGroup(key=key, label=label, variants=[variants[i] for i in part]))
    return result


class EntityResolver:
    """Look up the group of any known spelling."""

    def __init__(self, variants: list[NameVariant]) -> None:
        self.groups = group_entities(variants)
        self._by_name: dict[tuple[str, str], EntityGroup] = {}
        self._by_id: dict[int, EntityGroup] = {}
        for group in self.groups:
            for variant in group.variants:
                self._by_name.setdefault((variant.name, variant.label), group)
                if variant.id is not None:
                    self._by_id[variant.id] = group

    def by_id(self, entity_id: int) -> EntityGroup | None:
        """The group containing the stored entity spelling with this id."""
        return self._by_id.get(entity_id)

    def by_name(self, name: str, label: str | None = None) -> EntityGroup | None:
        """The group of a known spelling; any label when none is given (people first)."""
        if label is not None:
            return self._by_name.get((name, label))
        for candidate in (PERSON, "ORG", "LOC", "MISC"):
            group = self._by_name.get((name, candidate))
            if group is not None:
                return group
        return None
