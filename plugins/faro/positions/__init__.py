"""State positions on international law in cyberspace: records, vocabularies, pages, open data."""
