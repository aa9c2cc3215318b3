"""kildespor.executors."""
