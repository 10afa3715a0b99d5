"""Per-language search that loads its index only when a reader first searches."""
