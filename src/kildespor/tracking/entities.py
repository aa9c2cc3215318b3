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


def _last_token_keys(variants: list[NameVariant]) -> list[str]:
    """Key of each name's last word; a genitive `-s` is dropped when the bare form is also known."""
    full = [skeleton(name_tokens(v.name)[-1]) if name_tokens(v.name) else "" for v in variants]
    known = set(full)
    keys = []
    for variant, key in zip(variants, full, strict=True):
        tokens = name_tokens(variant.name)
        stripped = skeleton(strip_genitive(tokens[-1])) if tokens else ""
        keys.append(stripped if stripped != key and stripped in known else key)
    return keys


def _variant_key(variant: NameVariant, last_key: str) -> str:
    """Surname key for people; all-words key for organisations and places."""
    if variant.label == PERSON:
        return last_key
    tokens = name_tokens(variant.name)
    return " ".join([*(skeleton(t) for t in tokens[:-1]), last_key])


def _merge_fuzzy_keys(variants: list[NameVariant], keys: list[str], groups: _UnionFind) -> None:
    """Join buckets whose folded final words are near-identical (same label)."""
    by_label: dict[str, dict[str, int]] = defaultdict(dict)
    for index, (variant, key) in enumerate(zip(variants, keys, strict=True)):
        by_label[variant.label].setdefault(key, index)
    for label_keys in by_label.values():
        items = list(label_keys.items())
        folded = [fold_letters(strip_genitive(name_tokens(variants[i].name)[-1])) for _, i in items]
        for a in range(len(items)):
            for b in range(a + 1, len(items)):
                if items[a][0][:1] == items[b][0][:1] and fuzz.ratio(folded[a], folded[b]) >= _SURNAME_FUZZY:
                    groups.union(items[a][1], items[b][1])


def _split_people(members: list[int], variants: list[NameVariant]) -> list[list[int]]:
    """Within one surname: people with compatible first names together; bare surnames to a lone match."""
    with_first = [i for i in members if len(name_tokens(variants[i].name)) > 1]
    bare = [i for i in members if len(name_tokens(variants[i].name)) <= 1]
    people: list[list[int]] = []
    for index in with_first:
        first = name_tokens(variants[index].name)[0]
        for person in people:
            if first_names_compatible(first, name_tokens(variants[person[0]].name)[0]):
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
    last_keys = _last_token_keys(variants)
    keys = [_variant_key(v, k) for v, k in zip(variants, last_keys, strict=True)]
    buckets = _UnionFind(len(variants))
    first_in_bucket: dict[tuple[str, str], int] = {}
    for index, (variant, key) in enumerate(zip(variants, keys, strict=True)):
        buckets.union(first_in_bucket.setdefault((variant.label, key), index), index)
    _merge_fuzzy_keys(variants, keys, buckets)
    members: dict[int, list[int]] = defaultdict(list)
    for index in range(len(variants)):
        members[buckets.find(index)].append(index)
    groups: list[EntityGroup] = []
    for root, indices in sorted(members.items()):
        label = variants[root].label
        parts = _split_people(indices, variants) if label == PERSON else [indices]
        for part_number, part in enumerate(parts):
            key = f"{label}:{keys[root]}:{part_number}"
            groups.append(EntityGroup(key=key, label=label, variants=[variants[i] for i in part]))
    return groups


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
