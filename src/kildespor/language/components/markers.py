"""kildespor_markers: hedged / hearsay / contested / denied markers → `doc.spans["kildespor_markers"]`.

Word lists (da/hedges.py, hearsay.py, contested.py, denial.py) are matched
with one PhraseMatcher on lower-cased text; constructions that need context
(reportative `skulle`, `afviser, at` vs `afviser at stemme`, epistemic
`vel`) are decided by marker_rules.py. Overlapping matches keep the longest;
the span label is the marker class.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kildespor.language.components.marker_rules import TOKEN_RULES
from kildespor.language.components.token_strings import lower_strings
from kildespor.language.da.contested import ACCUSATION_NOUN_SUFFIXES, CONTESTED, CONTESTED_SUFFIXES
from kildespor.language.da.denial import DENIAL_SUFFIXES, DENIAL_WORDS
from kildespor.language.da.hearsay import HEARSAY, HEARSAY_SUFFIXES
from kildespor.language.da.hedges import HEDGES, NOT_HEDGES
from kildespor.language.da.quotation import QUOTATION_MARKS
from kildespor.language.extensions import register_extensions

SPANS_KEY = "kildespor_markers"
MARKER_LISTS: dict[str, tuple[str, ...]] = {
    "hedged": HEDGES,
    "hearsay": HEARSAY,
    "contested": CONTESTED,
    "denied": DENIAL_WORDS,
}
_RULE_TRIGGERS = frozenset(
    {
        *QUOTATION_MARKS,
        "skulle",
        "skal",
        "afviser",
        "afviste",
        "afvist",
        "afvises",
        "nægter",
        "nægtede",
        "nægtet",
        "nægtes",
        "vel",
        "vist",
        "nok",
        "sikkert",
        "tyder",
        "tydede",
        "peger",
        "pegede",
        "tyde",
        "såkaldt",
        "såkaldte",
        "såkaldet",
        "selvbestaltede",
        "kan",
        "kunne",
        "må",
        "synes",
        "syntes",
        "forekommer",
        "afvise",
        "nægte",
        "afvisning",
        "afvisningen",
        "benægtelse",
        "benægtelsen",
        "ser",
        "så",
        "se",
        "virker",
        "virkede",
    }
)
# words the context rules may fire on by their ending (accusation compounds, hearsay and denial forms)
_RULE_SUFFIXES = (*CONTESTED_SUFFIXES, *ACCUSATION_NOUN_SUFFIXES, *HEARSAY_SUFFIXES, *DENIAL_SUFFIXES)


class MarkerFinder:
    """Finds certainty markers by word list and by context rule."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for label, phrases in MARKER_LISTS.items():
            self.matcher.add(
                label,
                list(
                    nlp.tokenizer.pipe(  # type: ignore[union-attr]
                        phrases
                    )
                ),
            )
        self.exclusions = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exclusions.add(
            "not_marker",
            list(
                nlp.tokenizer.pipe(  # type: ignore[union-attr]
                    NOT_HEDGES
                )
            ),
        )

    def __call__(self, doc: Doc) -> Doc:
        found = [Span(doc, s, e, label=m) for m, s, e in self.matcher(doc)]
        for i, lower in enumerate(lower_strings(doc)):  # this loop sees every token
            if lower not in _RULE_TRIGGERS and not lower.endswith(_RULE_SUFFIXES):
                continue
            for label, rule in TOKEN_RULES:
                hit = rule(doc, i)
                if hit is not None:
                    found.append(Span(doc, hit[0], hit[1], label=label))
                    break
        excluded = [(s, e) for _, s, e in self.exclusions(doc)]
        if excluded:
            found = [m for m in found if not any(s <= m.start and m.end <= e for s, e in excluded)]
        doc.spans[SPANS_KEY] = sorted(filter_spans(found), key=lambda s: s.start)
        return doc


@Language.factory("kildespor_markers", assigns=["doc.spans"])
def make_marker_finder(nlp: Language, name: str) -> MarkerFinder:
    """Factory for `nlp.add_pipe("kildespor_markers")`."""
    register_extensions()
    return MarkerFinder(nlp)
