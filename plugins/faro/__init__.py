"""Faro: accessible, multilingual cyber-security guidance built with MkDocs and Material."""

# Semantic versioning: see CHANGELOG.md; the wheel takes its version from here.
__version__ = "0.2.0"
