"""kildespor.api."""
