"""kildespor.tracking."""
