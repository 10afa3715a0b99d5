"""The configuration reference (docs/configuration.md), generated from the plugins' schemas.

Written from the typed `Config` classes themselves, so the reference cannot
drift from what MkDocs validates: every option with its type, default and the
comment above it in `config.py`. `faro reference > docs/configuration.md`
rewrites it; a test fails when it is out of date.
"""

from __future__ import annotations

import inspect
import json
import re
from importlib.metadata import entry_points

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

PREFIX = "faro/"
# What `enabled` means is the same for every plugin.
ENABLED = "false switches the plugin off without removing it from mkdocs.yml."
_OPTION_LINE = re.compile(r"^\s+(\w+)\s*=\s*c\.")


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


def _type_name(option: c.BaseConfigOption) -> str:
    if isinstance(option, c.Optional):
        return _type_name(option.option) + " (optional)"
    if isinstance(option, c.Choice):
        return "one of " + ", ".join(f"`{choice}`" for choice in option.choices)
    if isinstance(option, c.ListOfItems):
        return f"list of {_type_name(option.option_type)}"
    if isinstance(option, c.DictOfItems):
        return f"mapping of names to {_type_name(option.option_type)}"
    if isinstance(option, c.SubConfig):
        return "mapping (below)"
    if isinstance(option, c.Type):
        kinds = option._type if isinstance(option._type, tuple) else (option._type,)
        names = {"str": "text", "bool": "true/false", "int": "whole number", "float": "number"}
        return " or ".join(dict.fromkeys(names.get(kind.__name__, kind.__name__) for kind in kinds))
    return type(option).__name__


def _default(option: c.BaseConfigOption) -> str:
    default = option.default
    if isinstance(option, c.SubConfig) or default is None:
        return "—"
    return f"`{json.dumps(default, ensure_ascii=False)}`"


def _rows(config_class: type[Config], prefix: str = "") -> list[tuple[str, str, str, str]]:
    comments = _comments(config_class)
    rows = []
    for name, option in config_class._schema:
        meaning = comments.get(name) or (ENABLED if name == "enabled" else "")
        rows.append((prefix + name, _type_name(option), _default(option), meaning.replace("|", "\\|")))
        inner = option.config_class if isinstance(option, c.SubConfig) else None
        if isinstance(option, c.ListOfItems) and isinstance(option.option_type, c.SubConfig):
            inner, name = option.option_type.config_class, name + "[]"
        if inner is not None:
            rows += _rows(inner, f"{prefix}{name}.")
    return rows


def _example_lines(config_class: type[Config], indent: str) -> list[str]:
    lines = []
    for option_name, option in config_class._schema:
        if isinstance(option, c.ListOfItems) and isinstance(option.option_type, c.SubConfig):
            item = _example_lines(option.option_type.config_class, indent + "    ")
            item = [f"{indent}  - {item[0].strip()}"] + item[1:] if item else []
            lines += [f"{indent}{option_name}:"] + item
        elif isinstance(option, c.SubConfig):
            inner = _example_lines(option.config_class, indent + "  ")
            lines += [f"{indent}{option_name}:"] + inner if inner else []
        elif option.default is not None and not isinstance(option, c.DictOfItems):
            lines.append(f"{indent}{option_name}: {json.dumps(option.default, ensure_ascii=False)}")
        elif option.required and not isinstance(option, c.Optional):
            lines.append(f"{indent}{option_name}: <{_type_name(option)}>")
    return lines


def _example(name: str, config_class: type[Config]) -> str:
    lines = _example_lines(config_class, "      ")
    return "\n".join(["plugins:", f"  - {name}:", *lines]) if lines else f"plugins:\n  - {name}"


def faro_plugins() -> dict[str, type[Config]]:
    """Every `faro/...` MkDocs plugin the package registers, with its config class."""
    found = {}
    for entry in entry_points(group="mkdocs.plugins"):
        if entry.name.startswith(PREFIX):
            found[entry.name] = entry.load().config_class
    return dict(sorted(found.items()))


def render_reference() -> str:
    parts = [
        "# Configuration reference",
        "",
        "Every option of every Faro plugin, as `mkdocs.yml` takes it. Generated from the",
        "plugins' typed configuration (`plugins/faro/*/config.py`) by",
        "`faro reference > docs/configuration.md`; do not edit by hand.",
        "The examples show each option at its default.",
    ]
    for name, config_class in faro_plugins().items():
        parts += ["", f"## `{name}`", "", "| option | type | default | meaning |", "|---|---|---|---|"]
        for option, kind, default, meaning in _rows(config_class):
            parts.append(f"| `{option}` | {kind} | {default} | {meaning} |")
        parts += ["", "```yaml", _example(name, config_class), "```"]
    return "\n".join(parts) + "\n"


def register(subparsers) -> None:
    parser = subparsers.add_parser("reference", help="print the configuration reference of every "
                                   "Faro plugin (docs/configuration.md)")
    parser.set_defaults(func=lambda args: print(render_reference(), end="") or 0)
