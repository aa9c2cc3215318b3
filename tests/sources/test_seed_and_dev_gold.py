"""Quality gates on real Danish news: the seed article and the development gold (read from ../shared).

The development gold is stand-off in tests/evaluation/gold/ (offsets only; the
texts are loaded from ../shared at test time). Floors are pinned a little
below the scores measured when they were set; raise them, never lower them
without saying why.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kildespor.config import Settings
from kildespor.evaluation.annotate import annotate_records
from kildespor.evaluation.scorer import score

pytestmark = pytest.mark.shared
GOLD_DIR = Path(__file__).resolve().parents[1] / "evaluation" / "gold"
# measured 2026-11-25 (trained pipeline): cue 0.934, attribution 0.925, source name 0.980, markers 0.973,
# sentence macro-F1 0.978; after the tune-split round: cue 0.950, attribution 0.945, name 0.987,
# markers 0.973, sentence 0.978 (dev is optimistic: the rules were first tuned on it). Round nine: markers
# 0.935, the textbook hedge `mig bekendt` (as far as I know), unmarked in one dev article, marked in heldout6
DEV_FLOORS = {
    "cue": 0.92,
    "attribution": 0.91,
    "source_name": 0.95,
    "markers": 0.92,
    "sentence_macro_f1": 0.95,
}
# Independent splits annotated before the system was run on them (tests/evaluation/gold/dev_gold.py).
# `tune` was used for error analysis while improving the rules; `heldout` was only scored (baseline,
# once mid-way, final), never inspected for errors. Measured 2026-11-25, trained pipeline:
#   heldout baseline: cue 0.648, attribution 0.591, source name 1.000, markers 0.600, sentence 0.472
#   heldout final:    cue 0.759, attribution 0.707, source name 1.000, markers 0.600, sentence 0.472
#   tune baseline:    cue 0.795, attribution 0.773, source name 0.889, markers 0.927, sentence 0.926
#   tune final:       cue 0.915, attribution 0.894, source name 1.000, markers 0.977, sentence 0.992
# Second round (reporting-verb audit, coordination, clause colons, marker forms), measured 2026-11-25:
#   dev cue 0.953, attribution 0.943, name 0.994, markers 0.947, sentence 0.970
#   tune cue 0.949, attribution 0.928, name 1.000, markers 0.977, sentence 0.992
#   heldout (scored once, not inspected) cue 0.773, attribution 0.723, name 1.000, markers 0.600, sentence 0.472
# Third round (session 3, 2026-11-25): `heldout` was then opened for error analysis (it is a tune set
# from here on) and two new splits were annotated by hand before the system ran on them, each on
# 1990s DDT *train* sentences (a contiguous block, every sentence) plus 2015-19 DaNewsroom articles:
# `tune2` (154 attributions; used for error analysis) and `heldout2` (175 attributions; scored once
# at the end of the round, never inspected). Measured with the trained pipeline:
#   heldout (opened):  cue 0.773 → 0.867, attribution 0.723 → 0.833, markers 0.600 → 0.897, sentence 0.472 → 0.959
#   tune2:             cue 0.824 → 0.881, attribution 0.794 → 0.846, name 0.846 → 0.917, markers 0.701 → 0.816,
#                      sentence 0.761 → 0.848 (baseline taken after the first fixes of the round)
#   heldout2 (never inspected): cue 0.765, attribution 0.662, name 0.760, markers 0.600, sentence 0.701
# Later in the round two more tune splits were annotated the same way (tune3: 183 attributions, tune4:
# 170; used for error analysis) and the rules widened again; measured at the end of the round:
#   heldout 0.885 / 0.853 / 0.966 / 0.933 / 0.975   tune2 0.882 / 0.854 / 0.917 / 0.889 / 0.941
#   tune3 0.867 / 0.844 / 0.791 / 0.710 / 0.765     tune4 0.855 / 0.804 / 0.867 / 0.782 / 0.836
#   (cue / attribution / name / markers / sentence)
#   heldout2 (scored, never inspected): 0.780 / 0.687 / 0.795 / 0.600 / 0.701
# End of the round, with the retrained pipeline (issue 3):
#   dev 0.956 / 0.942 / 0.994 / 0.973 / 0.978   heldout 0.894 / 0.878 / 1.000 / 0.933 / 0.975
#   tune2 0.890 / 0.869 / 0.929 / 0.889 / 0.941   tune3 0.886 / 0.862 / 0.787 / 0.710 / 0.765
#   tune4 0.863 / 0.824 / 0.869 / 0.782 / 0.836   heldout2 0.784 / 0.691 / 0.795 / 0.600 / 0.701
# Fourth round (names of bodies, outlets and parties, appositions, coordination, single-mark quotes,
# marker contexts; the pipeline retrained with parameter averaging), measured at its end:
#   dev 0.958 / 0.944 / 0.994 / 0.973 / 0.978   heldout 0.913 / 0.866 / 1.000 / 0.933 / 0.975
#   tune2 0.907 / 0.887 / 0.943 / 0.900 / 0.947   tune3 0.900 / 0.882 / 0.872 / 0.771 / 0.782
#   tune4 0.879 / 0.841 / 0.921 / 0.809 / 0.851   heldout2 0.780 / 0.687 / 0.795 / 0.607 / 0.707
# The tune gains did not carry over to heldout2 (scored once this round, never inspected).
# heldout2 is the honest estimate and it is far below the targets: these floors guard against
# regressions, they do not bless.
# Fifth round: heldout2 was opened for error analysis (a tune split from here on) and a new blind split,
# heldout3 (26 DaNewsroom articles, 149 attributions, 33 markers), was annotated by two annotators from
# ANNOTATION.md alone. heldout3's errors were never read; its aggregate scores were taken at the start,
# after each group of changes and at the end, and one change that lowered them (regarding-as opinions,
# `ser X som Y`) was reverted, so it is a little less blind than heldout2 was. Rules now lean on the
# parse where word order fails (clausal fallback for listed verbs, inverted indefinite subjects,
# parsed subjects), teaser lines are read, split quotations joined:
#   heldout3 start 0.761 / 0.679 / 0.848 / 0.641 / 0.622 → end 0.777 / 0.711 / 0.884 / 0.691 / 0.698
#   heldout2 (opened) 0.780 / 0.687 / 0.795 / 0.607 / 0.707 → 0.849 / 0.771 / 0.870 / 0.756 / 0.840
#   dev 0.952 / 0.938 / 0.987 / 0.973 / 0.978   tune 0.970 / 0.950 / 1.000 / 0.977 / 0.992
#   tune2 0.922 / 0.902 / 0.944 / 0.914 / 0.955   tune3 0.910 / 0.886 / 0.874 / 0.771 / 0.782
#   tune4 0.893 / 0.862 / 0.923 / 0.837 / 0.857   (dev gained three teaser attributions its first
#   annotation had missed, ANNOTATION.md counts them)
# Sixth round: a new blind split, heldout4 (26 DaNewsroom articles + 250 DDT train sentences, 232
# attributions, 73 markers, three annotators from ANNOTATION.md and earlier gold only), was scored for
# the first time mid-round (the code at the round's start scored 0.774 / 0.730 / 0.826 / 0.644 / 0.590 on
# it, the code at that point 0.774 / 0.730 / 0.811 / 0.644 / 0.590); heldout3 was then opened for error
# analysis. heldout4's errors were never read. At the end of the round, with the retrained pipeline
# (tok2vec width 128, issue 3) — the same code with the previous pipeline in brackets:
#   heldout4 0.790 / 0.742 / 0.809 / 0.644 / 0.590   [previous pipeline, before the last two fixes: 0.783 / 0.740 / 0.816]
#   heldout3 (opened) 0.777 / 0.711 / 0.884 / 0.691 / 0.698 → 0.815 / 0.764 / 0.879 / 0.691 / 0.698 [name 0.889]
#   heldout2 0.849 / 0.771 / 0.870 / 0.756 / 0.840 → 0.868 / 0.798 / 0.905 / 0.769 / 0.867
#   dev 0.954 / 0.931 / 0.987 / 0.973 / 0.978   tune 0.970 / 0.950 / 1.000 / 0.977 / 0.992
#   heldout 0.898 / 0.850 / 1.000 / 0.933 / 0.975 [0.913 / 0.866]   tune2 0.926 / 0.912 / 0.945 / 0.914 / 0.955
#   tune3 0.916 / 0.893 / 0.876 / 0.771 / 0.782   tune4 0.893 / 0.874 / 0.952 / 0.837 / 0.857
# Seventh round: a new blind split, heldout5 (26 DaNewsroom articles + 250 DDT train sentences, 262
# attributions, 81 markers, three annotators from ANNOTATION.md and the earlier gold, never shown the
# system's output), scored at the start (0.790 / 0.726 / 0.861 / 0.667 / 0.719), twice mid-round and at
# the end; its errors were never read (one of its sentences was seen by accident in a pattern count).
# heldout4 was opened for error analysis. End of round (same pipeline, rules and word lists widened):
#   heldout5 0.793 / 0.729 / 0.861 / 0.695 / 0.728 (cue P 0.90, R 0.71)
#   heldout4 (opened) 0.790 / 0.742 / 0.809 / 0.644 / 0.590 → 0.828 / 0.780 / 0.858 / 0.785 / 0.837
#   heldout3 0.815 / 0.764 / 0.879 / 0.691 / 0.698 → 0.844 / 0.793 / 0.883 / 0.737 / 0.714
#   heldout2 0.868 / 0.798 / 0.905 / 0.769 / 0.867 → 0.873 / 0.802 / 0.916 / 0.821 / 0.932
#   dev 0.954 / 0.931 / 0.987 / 0.960 / 0.974   tune 0.970 / 0.950 / 1.000 / 0.977 / 0.992
#   heldout 0.898 / 0.850 / 1.000 / 0.903 / 0.946   tune2 0.933 / 0.919 / 0.957 / 0.914 / 0.955
#   tune3 0.922 / 0.899 / 0.877 / 0.828 / 0.813   tune4 0.893 / 0.874 / 0.952 / 0.851 / 0.861
# The fixes moved the opened splits by 0.02-0.25 and the blind one by 0.003-0.03: most errors left are
# constructions seen once, which a rule for that one case does not generalise from.
# Eighth round: a new blind split, heldout6 (26 DaNewsroom articles + DDT train-v2-1000..1249, 199
# attributions, 68 markers, three annotators from ANNOTATION.md and the earlier gold, never shown the
# system's output), scored six times: at the start (0.787 / 0.753 / 0.783 / 0.696 / 0.754), after the
# retrained pipeline, and four times at the end; its errors were never read. heldout5 was opened for error
# analysis. End of round (rules widened, pipeline retrained on the better converter, issue 3):
#   heldout6 0.785 / 0.751 / 0.783 / 0.707 / 0.758 (cue P 0.91, R 0.69)
#   heldout5 (opened) 0.793 / 0.729 / 0.861 / 0.695 / 0.728 → 0.834 / 0.780 / 0.908 / 0.727 / 0.738
#   heldout4 0.828 / 0.780 / 0.858 / 0.785 / 0.837 → 0.823 / 0.789 / 0.874 / 0.794 / 0.840
#   heldout3 0.844 / 0.793 / 0.883 / 0.737 / 0.714 → 0.836 / 0.785 / 0.922 / 0.737 / 0.714
#   heldout2 0.876 / 0.806 / 0.916 / 0.821 / 0.932   heldout 0.905 / 0.857 / 1.000 / 0.903 / 0.946
#   dev 0.947 / 0.929 / 0.987 / 0.947 / 0.970   tune 0.970 / 0.950 / 1.000 / 0.977 / 0.992
#   tune2 0.936 / 0.923 / 0.957 / 0.927 / 0.962   tune3 0.925 / 0.902 / 0.886 / 0.828 / 0.813
#   tune4 0.890 / 0.878 / 0.962 / 0.851 / 0.861   markers: 0.967 / 0.984
# Again the opened split moved (heldout5 +0.04 / +0.05 / +0.05 / +0.03 / +0.01) and the blind one did
# not (heldout6 -0.002 / -0.002 / 0 / +0.011 / +0.004).
# Ninth round: a new blind split, heldout7 (27 DaNewsroom articles drawn outside the 300 read unlabelled
# in round eight + DDT train-v2-1250..1499, 237 attributions, 68 markers, three annotators from
# ANNOTATION.md and the earlier gold, never shown the system's output). At the start:
#   heldout7 0.820 / 0.754 / 0.775 / 0.574 / 0.517 (cue P 0.94, R 0.73; markers P 0.78, R 0.46)
# heldout6 was opened for error analysis. heldout7 was scored three times (start, mid-round, end) and its
# errors never read. End of round (rules widened, no retrain):
#   heldout7 0.823 / 0.756 / 0.827 / 0.574 / 0.517 (news part 0.848 / 0.768, DDT part 0.740 / 0.720)
#   heldout6 (opened) 0.785 / 0.751 / 0.783 / 0.707 / 0.758 → 0.816 / 0.776 / 0.844 / 0.809 / 0.784
#   heldout5 0.834 / 0.780 / 0.908 / 0.727 / 0.738 → 0.839 / 0.785 / 0.928 / 0.727 / 0.738
# Only the speaker-name fixes (structural: `Per`/`Hans` as given names, named appositions, `jeg` in a
# dash paragraph, line-opening adjectives) moved the blind split (+0.052); the rest moved it by 0.003.
# Tenth round: heldout7 opened for error analysis; a new blind split, heldout8 (27 DaNewsroom articles
# drawn outside every earlier split and the 300 unlabelled ones + DDT train-v2-1750..1999, 259
# attributions, 64 markers, three annotators working from ANNOTATION.md and the earlier gold, never
# shown the system's output). At the start:
#   heldout8 0.749 / 0.699 / 0.759 / 0.574 / 0.464 (cue P 0.92, R 0.63; markers P 0.70, R 0.48)
# heldout7 was opened for error analysis; heldout8 scored five times, errors never read. End of round
# (rules widened, the gazetteer NER shipped):
#   heldout8 0.749 / 0.699 / 0.768 / 0.574 / 0.464 (news part 0.764 / 0.724, DDT part 0.689 / 0.600)
#   heldout7 (opened) 0.823 / 0.756 / 0.827 / 0.574 / 0.517 → 0.839 / 0.779 / 0.879 / 0.649 / 0.552
# None of the fixes fitted to heldout7's errors moved the blind split; the new NER moved its names by
# one (+0.009).
# Eleventh round: heldout8 opened for error analysis; a new blind split, heldout9 (27 DaNewsroom articles
# drawn outside every earlier split and the 300 unlabelled ones + DDT train-v2-2000..2249, 213
# attributions, 65 markers, three annotators as before). At the start:
#   heldout9 0.766 / 0.665 / 0.860 / 0.551 / 0.621 (cue P 0.96, R 0.64; markers P 0.82, R 0.42)
# The round's cues were chosen by their pooled rate over all opened gold (kept when gold annotates about
# half or more of a pattern's occurrences, the break-even for F1 near 0.8 with precision above 0.9).
# End of round: heldout9 0.773 / 0.667 / 0.861 / 0.551 / 0.621 (scored twice). Its two gained cues were
# lines the pooled-count script had displayed (it read heldout9 too until that was noticed), so the
# clean blind score is the start;
#   heldout8 (opened) 0.749 / 0.699 / 0.768 / 0.574 / 0.464 → 0.774 / 0.720 / 0.836 / 0.585 / 0.480
#   (names: a double surname's part and a short form of a longer name resolve to the full name,
#   `Morten` is a given name, `vi` in a quote is the body of the speaker's role). heldout9 was scored
#   seven times in all; at the end of the round (after precision rules for colon labels and modal
#   asides): 0.766 / 0.659 / 0.870 / 0.551 / 0.621.
# Twelfth round: heldout9 opened (first scored blind once more with the round's first rules: unchanged,
# 0.766 / 0.659 / 0.870 / 0.551 / 0.621); a new blind split, heldout10 (27 DaNewsroom articles drawn
# outside every earlier split and the 300 unlabelled ones + DDT train-v2-2250..2399 and 2700..2799,
# 271 attributions, 78 markers, three annotators as before). Scored five times, errors never read:
#   start 0.842 / 0.786 / 0.885 / 0.692 / 0.545; end 0.839 / 0.783 / 0.890 / 0.687 / 0.531
#   (news part 0.853 / 0.790, DDT part 0.797 / 0.763; cue P 0.92, R 0.77; markers P 0.82, R 0.59;
#   its two gold denials missed, so the denied class scores 0 in the sentence macro-F1).
# Opened splits, start → end: heldout9 0.766 / 0.659 / 0.870 / 0.551 / 0.621 → 0.781 / 0.691 / 0.921 /
#   0.647 / 0.670; heldout8 0.774 / 0.720 / 0.836 / 0.585 / 0.480 → 0.782 / 0.728 / 0.848 / 0.661 / 0.781;
#   heldout7 0.853 / 0.792 / 0.888 / 0.649 / 0.552 → 0.865 / 0.805 / 0.910 / 0.706 / 0.760.
# Thirteenth round: heldout10 opened; a new blind split, heldout11 (27 DaNewsroom articles drawn with
# random.Random(13) outside every earlier split and both unlabelled samples + DDT train-v2-2800..2999 and
# 3250..3299, 191 attributions, 62 markers, three annotators as before). Scored five times, errors never
# read: start 0.721 / 0.682 / 0.785 / 0.556 / 0.596, end 0.721 / 0.682 / 0.785 / 0.587 / 0.607 (cue P 0.97,
# R 0.58; markers P 0.90, R 0.44: its annotators took many feeling and finding verbs as reports).
# Opened heldout10: 0.839 / 0.783 / 0.890 / 0.687 / 0.531 → 0.858 / 0.818 / 0.928 / 0.743 / 0.542.
SPLIT_FLOORS = {
    "tune": (
        50,
        {"cue": 0.94, "attribution": 0.92, "source_name": 0.95, "markers": 0.95, "sentence_macro_f1": 0.95},
    ),
    "heldout": (
        66,
        {"cue": 0.88, "attribution": 0.84, "source_name": 0.95, "markers": 0.90, "sentence_macro_f1": 0.94},
    ),
    "tune2": (
        150,
        {"cue": 0.88, "attribution": 0.86, "source_name": 0.91, "markers": 0.87, "sentence_macro_f1": 0.92},
    ),
    "tune3": (
        180,
        {"cue": 0.87, "attribution": 0.85, "source_name": 0.84, "markers": 0.74, "sentence_macro_f1": 0.75},
    ),
    "tune4": (
        165,
        {"cue": 0.87, "attribution": 0.84, "source_name": 0.90, "markers": 0.81, "sentence_macro_f1": 0.83},
    ),
    "heldout2": (
        170,
        {"cue": 0.85, "attribution": 0.77, "source_name": 0.86, "markers": 0.74, "sentence_macro_f1": 0.84},
    ),
    "heldout3": (
        145,
        {"cue": 0.82, "attribution": 0.76, "source_name": 0.86, "markers": 0.70, "sentence_macro_f1": 0.68},
    ),
    "heldout4": (
        230,
        {"cue": 0.80, "attribution": 0.75, "source_name": 0.83, "markers": 0.75, "sentence_macro_f1": 0.80},
    ),
    "heldout5": (
        260,
        {"cue": 0.80, "attribution": 0.75, "source_name": 0.87, "markers": 0.69, "sentence_macro_f1": 0.71},
    ),
    "heldout6": (
        195,
        {"cue": 0.79, "attribution": 0.75, "source_name": 0.85, "markers": 0.77, "sentence_macro_f1": 0.75},
    ),
    "heldout7": (
        235,
        {"cue": 0.80, "attribution": 0.73, "source_name": 0.83, "markers": 0.66, "sentence_macro_f1": 0.70},
    ),
    "heldout8": (
        255,
        {"cue": 0.74, "attribution": 0.69, "source_name": 0.80, "markers": 0.61, "sentence_macro_f1": 0.70},
    ),
    "heldout9": (
        210,
        {"cue": 0.74, "attribution": 0.65, "source_name": 0.88, "markers": 0.60, "sentence_macro_f1": 0.63},
    ),
    "heldout10": (
        265,
        {"cue": 0.82, "attribution": 0.78, "source_name": 0.89, "markers": 0.69, "sentence_macro_f1": 0.50},
    ),
    "heldout11": (
        185,
        {"cue": 0.68, "attribution": 0.64, "source_name": 0.74, "markers": 0.53, "sentence_macro_f1": 0.56},
    ),
}
# The `markers` split annotates markers only (no attributions): marker F1 and sentence macro-F1 are gated.
# It was annotated before the system ran on it, then used to improve the marker rules (a tune set).
# Measured 2026-11-25: baseline markers 0.800 (P 0.98, R 0.68), sentence 0.814; after: markers 0.976,
# sentence 0.984.
MARKER_SPLIT_FLOORS = {"markers": 0.95, "sentence_macro_f1": 0.95}


def _dev_gold_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_gold", GOLD_DIR / "dev_gold.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def seed_scored(
    shared_dir: Path, settings: Settings
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    gold = {r["id"]: r for r in map(json.loads, (shared_dir / "eval" / "seed.jsonl").open(encoding="utf-8"))}
    pred = {r["id"]: r for r in annotate_records(gold, settings)}
    return gold, pred, score(gold, pred)


def test_seed_all_attributions_with_source_and_name(seed_scored: tuple[dict[str, Any], ...]) -> None:
    result = seed_scored[2]
    assert result["cue"]["tp"] == result["cue"]["gold"] == 6
    assert result["source_accuracy"] == 1.0
    assert result["source_name_accuracy"] == 1.0
    assert result["attribution"]["tp"] == 6


def test_seed_all_markers_and_sentences(seed_scored: tuple[dict[str, Any], ...]) -> None:
    _, _, result = seed_scored
    assert result["markers_all"]["tp"] == result["markers_all"]["gold"] == 6
    assert result["markers_all"]["f1"] >= 0.8
    assert result["sentence_accuracy"] >= 0.85


def test_seed_quote_relayed_via_tv2(seed_scored: tuple[dict[str, Any], ...]) -> None:
    record = next(iter(seed_scored[1].values()))
    text = record["text"]
    quotes = [a for a in record["attributions"] if a["kind"] == "direct"]
    assert [text[a["via"][0] : a["via"][1]] for a in quotes if a["via"]] == ["TV 2"]


def _measured(records: list[dict[str, Any]], settings: Settings) -> dict[str, float]:
    gold = {r["id"]: r for r in records}
    result = score(gold, {r["id"]: r for r in annotate_records(gold, settings)})
    return {
        "cue": result["cue"]["f1"],
        "attribution": result["attribution"]["f1"],
        "source_name": result["source_name_accuracy"],
        "markers": result["markers_all"]["f1"],
        "sentence_macro_f1": result["sentence_macro_f1"],
    }


def test_dev_gold_scores_above_floors(shared_dir: Path, settings: Settings) -> None:
    records = _dev_gold_module().build_gold(shared_dir)
    assert sum(len(r["attributions"]) for r in records) >= 200
    measured = _measured(records, settings)
    assert all(measured[k] >= floor for k, floor in DEV_FLOORS.items()), measured


@pytest.mark.parametrize("split", sorted(SPLIT_FLOORS))
def test_independent_split_scores_above_floors(shared_dir: Path, settings: Settings, split: str) -> None:
    minimum, floors = SPLIT_FLOORS[split]
    records = _dev_gold_module().build_gold(shared_dir, split)
    assert sum(len(r["attributions"]) for r in records) >= minimum
    measured = _measured(records, settings)
    assert all(measured[k] >= floor for k, floor in floors.items()), (split, measured)


def test_marker_split_scores_above_floors(shared_dir: Path, settings: Settings) -> None:
    records = _dev_gold_module().build_gold(shared_dir, "markers")
    gold_markers = [m["class"] for r in records for m in r["markers"]]
    assert len(gold_markers) >= 60 and set(gold_markers) == {"hedged", "hearsay", "contested", "denied"}
    measured = _measured(records, settings)
    assert all(measured[k] >= floor for k, floor in MARKER_SPLIT_FLOORS.items()), measured
