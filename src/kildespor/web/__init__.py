"""kildespor.web."""
