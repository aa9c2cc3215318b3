"""Scorer for the attribution and certainty schema of ANNOTATION.md.

A typed re-implementation of the reference scorer (../shared/eval/score.py);
a test checks that both agree to three decimals. Spans are [start, end).
"""

from __future__ import annotations

import re
from typing import Any

LABELS = ["firm", "hedged", "hearsay", "contested", "denied"]
CLASSES = LABELS[1:]
_TOKEN = re.compile(r"\w+", re.UNICODE)

Record = dict[str, Any]
SpanLike = list[int] | tuple[int, int] | None


def overlap(a: SpanLike, b: SpanLike) -> int:
    if not a or not b:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _tokens(text: str, span: SpanLike) -> set[tuple[int, str]]:
    if not span:
        return set()
    return {(m.start() + span[0], m.group().lower()) for m in _TOKEN.finditer(text[span[0] : span[1]])}


def token_f1(text: str, gold: SpanLike, pred: SpanLike) -> float:
    g, p = _tokens(text, gold), _tokens(text, pred)
    if not g and not p:
        return 1.0
    hit = len(g & p)
    if not hit:
        return 0.0
    prec, rec = hit / len(p), hit / len(g)
    return 2 * prec * rec / (prec + rec)


def match(golds: list[Record], preds: list[Record], key: str) -> list[tuple[Record, Record]]:
    """One-to-one greedy matching by overlap of span `key`."""
    pairs = sorted(
        ((overlap(g.get(key), p.get(key)), i, j) for i, g in enumerate(golds) for j, p in enumerate(preds)),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[Record, Record]] = []
    for ov, i, j in pairs:
        if ov <= 0:
            break
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((golds[i], preds[j]))
    return out


def _last_word(name: str | None) -> str | None:
    words = _TOKEN.findall(name or "")
    return words[-1].lower() if words else None


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": n_pred, "gold": n_gold}


class _Tally:
    def __init__(self) -> None:
        self.n_gold = self.n_pred = self.cue_tp = self.full_tp = 0
        self.src_ok = self.src_n = self.name_ok = self.name_n = 0
        self.content_sum = 0.0
        self.markers = {c: [0, 0, 0] for c in CLASSES}
        self.confusion = {g: dict.fromkeys(LABELS, 0) for g in LABELS}

    def attributions(self, text: str, ga: list[Record], pa: list[Record]) -> None:
        self.n_gold += len(ga)
        self.n_pred += len(pa)
        for g, p in match(ga, pa, "cue"):
            self.cue_tp += 1
            s_ok = (g.get("source") is None and p.get("source") is None) or overlap(
                g.get("source"), p.get("source")
            ) > 0
            self.src_n += 1
            self.src_ok += s_ok
            if g.get("source_name"):
                self.name_n += 1
                self.name_ok += _last_word(g["source_name"]) == _last_word(p.get("source_name"))
            cf = token_f1(text, g.get("content"), p.get("content"))
            self.content_sum += cf
            self.full_tp += bool(s_ok and cf >= 0.5)

    def marker_counts(self, gold: Record, pred: Record) -> None:
        for c in CLASSES:
            gm = [m for m in gold.get("markers", []) if m.get("class") == c]
            pm = [m for m in pred.get("markers", []) if m.get("class") == c]
            self.markers[c][0] += len(match(gm, pm, "span"))
            self.markers[c][1] += len(pm)
            self.markers[c][2] += len(gm)

    def sentences(self, gold: Record, pred: Record) -> None:
        ps = pred.get("sentences", [])
        for gs in gold.get("sentences", []):
            best = max(ps, key=lambda s: overlap(gs["span"], s.get("span")), default=None)
            label = best.get("label") if best and overlap(gs["span"], best.get("span")) > 0 else "firm"
            self.confusion[gs["label"]][label if label in LABELS else "firm"] += 1


def score(gold: dict[str, Record], pred: dict[str, Record]) -> dict[str, Any]:
    """Scores of `pred` against `gold` (both: id → record), micro-averaged over records."""
    t = _Tally()
    for rid, g in gold.items():
        p = pred.get(rid, {})
        text = g["text"]
        if p.get("text", text) != text:
            raise ValueError(f"{rid}: predicted text differs from gold text")
        t.attributions(text, g.get("attributions", []), p.get("attributions", []))
        t.marker_counts(g, p)
        t.sentences(g, p)
    conf = t.confusion
    total = sum(sum(r.values()) for r in conf.values())
    acc = sum(conf[lab][lab] for lab in LABELS) / total if total else 0.0
    f1s = []
    for lab in LABELS:
        ngold = sum(conf[lab].values())
        if ngold:
            f1s.append(float(prf(conf[lab][lab], sum(conf[g][lab] for g in LABELS), ngold)["f1"]))
    mk = t.markers
    return {
        "cue": prf(t.cue_tp, t.n_pred, t.n_gold),
        "source_accuracy": round(t.src_ok / t.src_n, 4) if t.src_n else None,
        "source_name_accuracy": round(t.name_ok / t.name_n, 4) if t.name_n else None,
        "content_token_f1": round(t.content_sum / t.cue_tp, 4) if t.cue_tp else None,
        "attribution": prf(t.full_tp, t.n_pred, t.n_gold),
        "markers": {c: prf(*mk[c]) for c in CLASSES},
        "markers_all": prf(*(sum(mk[c][i] for c in CLASSES) for i in range(3))),
        "sentence_accuracy": round(acc, 4),
        "sentence_macro_f1": round(sum(f1s) / len(f1s), 4) if f1s else None,
        "confusion": conf,
    }
