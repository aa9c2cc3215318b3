"""Back-off label tables and their keys, on small invented counts."""

from __future__ import annotations

from kildespor.language.training.labels import BackoffTable, rel_keys, upos_keys

_PRESENT = "VADR=----A-"
_INFINITIVE = "VAF-=----A-"


def test_tie_at_specific_key_is_broken_by_general_key() -> None:
    table = BackoffTable()
    table.add(("sige", "dobj"), "obj")
    table.add(("sige", "dobj"), "ccomp")
    table.add(("mene", "dobj"), "ccomp")
    # `sige` is tied 1-1; the relation's majority (ccomp 2, obj 1) decides.
    assert table.get(("sige", "dobj")) == "ccomp"


def test_tie_no_key_breaks_gives_none() -> None:
    table = BackoffTable()
    table.add(("rom", "list"), "list")
    table.add(("rom", "list"), "nmod")
    assert table.get(("rom", "list")) is None


def test_clear_majority_at_specific_key_wins() -> None:
    table = BackoffTable()
    for value in ("obj", "obj", "ccomp"):
        table.add(("sige", "dobj"), value)
    for _ in range(5):
        table.add(("mene", "dobj"), "ccomp")
    assert table.get(("sige", "dobj")) == "obj"


def test_upos_separates_auxiliary_from_main_verb_in_unseen_context() -> None:
    table = BackoffTable()
    for _ in range(3):
        table.add(upos_keys(_PRESENT, "har", "ud:aux/vobj>"), "AUX")
    table.add(upos_keys(_PRESENT, "har", "dobj/dobj>"), "VERB")
    # A main-verb `har` in a context dev never showed follows the main-verb role, not the
    # word's overall AUX majority.
    assert table.get(upos_keys(_PRESENT, "har", "rel/rel>")) == "VERB"
    assert table.get(upos_keys(_PRESENT, "har", "ud:aux/conj>vobj")) == "AUX"


def test_relation_pools_adjunct_types_by_head() -> None:
    table = BackoffTable()
    table.add(rel_keys("loc", "NOUN", "NOUN", "huset", "NCNSU==D", "nobj"), "nmod")
    table.add(rel_keys("loc", "NOUN", "VERB", "haven", "NCCSU==D", "nobj"), "obl")
    for _ in range(3):
        table.add(rel_keys("goal", "NOUN", "VERB", "byen", "NCCSU==D", "nobj"), "obl")
    # `goal` was only seen under verbs; under a noun, the pooled adjuncts say `nmod`.
    assert table.get(rel_keys("goal", "NOUN", "NOUN", "skolen", "NCCSU==D", "nobj")) == "nmod"
    # An adjunct type dev never showed takes the pooled label for its head.
    assert table.get(rel_keys("contr", "NOUN", "VERB", "stedet", "NCNSU==D", "nobj")) == "obl"
    assert table.get(rel_keys("contr", "NOUN", "NOUN", "stedet", "NCNSU==D", "nobj")) == "nmod"


def test_relation_distinguishes_verb_mood_under_same_relation() -> None:
    table = BackoffTable()
    for _ in range(2):
        table.add(rel_keys("dobj", "VERB", "VERB", "kommer", _PRESENT, "vobj"), "ccomp")
    for _ in range(3):
        table.add(rel_keys("dobj", "VERB", "VERB", "spise", _INFINITIVE, "vobj"), "obj")
    assert table.get(rel_keys("dobj", "VERB", "VERB", "går", _PRESENT, "vobj")) == "ccomp"
    assert table.get(rel_keys("dobj", "VERB", "VERB", "gå", _INFINITIVE, "vobj")) == "obj"
