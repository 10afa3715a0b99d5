"""The options of every Faro plugin as plain data, read from their MkDocs config classes.

This is the one place that knows how MkDocs describes an option (its `config_options`
types); `faro reference` renders the result without MkDocs. Each option keeps the
comment written above it in its `config.py`, so the reference says what the code says.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass
from importlib.metadata import entry_points

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

PREFIX = "faro/"
_OPTION_LINE = re.compile(r"^\s+(\w+)\s*=\s*c\.")
_TYPE_NAMES = {"str": "text", "bool": "true/false", "int": "whole number", "float": "number"}


@dataclass(frozen=True)
class Option:
    name: str
    kind: str              # in words: "whole number", "one of `a`, `b`", "list of text"
    default: object        # None: no default shown (none, or a mapping of options below)
    shape: str             # "value", "dict" (names to values), "mapping" or "list" (of mappings)
    required: bool
    comment: str
    options: tuple[Option, ...] = ()  # of a mapping, or of each item of a list of mappings


def faro_plugins() -> dict[str, type[Config]]:
    """Every `faro/...` MkDocs plugin the package registers, with its config class."""
    found = {}
    for entry in entry_points(group="mkdocs.plugins"):
        if entry.name.startswith(PREFIX):
            found[entry.name] = entry.load().config_class
    return dict(sorted(found.items()))


def plugin_options() -> dict[str, tuple[Option, ...]]:
    """Every Faro plugin's options, by plugin name."""
    return {name: options_of(config_class) for name, config_class in faro_plugins().items()}


def options_of(config_class: type[Config]) -> tuple[Option, ...]:
    comments = _comments(config_class)
    return tuple(_option(name, option, comments.get(name, "")) for name, option in config_class._schema)


def _option(name: str, option: c.BaseConfigOption, comment: str) -> Option:
    required = bool(option.required) and not isinstance(option, c.Optional)
    if isinstance(option, c.SubConfig):
        return Option(name, _kind(option), None, "mapping", required, comment,
                      options_of(option.config_class))
    if isinstance(option, c.ListOfItems) and isinstance(option.option_type, c.SubConfig):
        return Option(name, _kind(option), option.default, "list", required, comment,
                      options_of(option.option_type.config_class))
    shape = "dict" if isinstance(option, c.DictOfItems) else "value"
    return Option(name, _kind(option), option.default, shape, required, comment)


def _comments(config_class: type[Config]) -> dict[str, str]:
    """The comment lines right above each option in the class's source."""
    found: dict[str, str] = {}
    pending: list[str] = []
    for line in inspect.getsource(config_class).splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            pending.append(stripped.lstrip("# ").strip())
            continue
        match = _OPTION_LINE.match(line)
        if match:
            found[match.group(1)] = " ".join(pending)
        pending = []
    return found


def _kind(option: c.BaseConfigOption) -> str:
    if isinstance(option, c.Optional):
        return _kind(option.option) + " (optional)"
    if isinstance(option, c.Choice):
        return "one of " + ", ".join(f"`{choice}`" for choice in option.choices)
    if isinstance(option, c.ListOfItems):
        return f"list of {_kind(option.option_type)}"
    if isinstance(option, c.DictOfItems):
        return f"mapping of names to {_kind(option.option_type)}"
    if isinstance(option, c.SubConfig):
        return "mapping (below)"
    if isinstance(option, c.Type):
        kinds = option._type if isinstance(option._type, tuple) else (option._type,)
        return " or ".join(dict.fromkeys(_TYPE_NAMES.get(kind.__name__, kind.__name__) for kind in kinds))
    return type(option).__name__
