"""kildespor.reports."""
