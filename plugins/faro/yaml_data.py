"""YAML for Faro's own data files and front matter, with libyaml's fast parser.

PyYAML's pure-Python parser takes about a third of a focused `faro check`;
its C loader gives the same values (and line marks for errors) much faster.
"""

from __future__ import annotations

import yaml

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str):
    return yaml.load(text, Loader=SAFE_LOADER)
