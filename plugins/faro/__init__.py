"""Faro: accessible, bilingual cyber-security guidance built with MkDocs and Material."""

__version__ = "0.1.0"
