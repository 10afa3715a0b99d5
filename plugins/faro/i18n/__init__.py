"""Languages: per-language builds, translation pairs, interface strings (gettext)."""
