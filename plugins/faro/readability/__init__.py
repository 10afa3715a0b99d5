"""Readability engine: Markdown -> running text -> sentences, words, syllables -> scores.

Knows nothing of MkDocs except in `plugin.py` and `config.py`, the thin adapter.
"""
