"""Evaluation against gold files in the ANNOTATION.md schema: annotate, then score."""

from kildespor.evaluation.annotate import annotate_records, load_records, to_gold_schema
from kildespor.evaluation.scorer import score

__all__ = ["annotate_records", "load_records", "score", "to_gold_schema"]
