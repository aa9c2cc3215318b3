"""kildespor.evaluation."""
