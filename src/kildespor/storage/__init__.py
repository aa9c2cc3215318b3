"""kildespor.storage."""
