"""kildespor.cli."""
