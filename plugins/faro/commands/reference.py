"""`faro reference`: the configuration reference (docs/configuration.md).

Rendered from the plugins' options as `faro.config` reads them from the typed
config classes, so the reference cannot drift from what MkDocs validates: every
option with its type, default and the comment above it in `config.py`.
`faro reference > docs/configuration.md` rewrites it; a test fails when it is
out of date.
"""

from __future__ import annotations

import json

from faro.config import Option, plugin_options

# What `enabled` means is the same for every plugin.
ENABLED = "false switches the plugin off without removing it from mkdocs.yml."


def _default(option: Option) -> str:
    return "—" if option.default is None else f"`{json.dumps(option.default, ensure_ascii=False)}`"


def _rows(options: tuple[Option, ...], prefix: str = "") -> list[tuple[str, str, str, str]]:
    rows = []
    for option in options:
        meaning = option.comment or (ENABLED if option.name == "enabled" else "")
        rows.append((prefix + option.name, option.kind, _default(option), meaning.replace("|", "\\|")))
        if option.shape in ("mapping", "list"):
            name = option.name + ("[]" if option.shape == "list" else "")
            rows += _rows(option.options, f"{prefix}{name}.")
    return rows


def _example_lines(options: tuple[Option, ...], indent: str) -> list[str]:
    lines = []
    for option in options:
        if option.shape == "list":
            item = _example_lines(option.options, indent + "    ")
            item = [f"{indent}  - {item[0].strip()}"] + item[1:] if item else []
            lines += [f"{indent}{option.name}:"] + item
        elif option.shape == "mapping":
            inner = _example_lines(option.options, indent + "  ")
            lines += [f"{indent}{option.name}:"] + inner if inner else []
        elif option.default is not None and option.shape != "dict":
            lines.append(f"{indent}{option.name}: {json.dumps(option.default, ensure_ascii=False)}")
        elif option.required:
            lines.append(f"{indent}{option.name}: <{option.kind}>")
    return lines


def _example(name: str, options: tuple[Option, ...]) -> str:
    lines = _example_lines(options, "      ")
    return "\n".join(["plugins:", f"  - {name}:", *lines]) if lines else f"plugins:\n  - {name}"


def render_reference() -> str:
    parts = [
        "# Configuration reference",
        "",
        "Every option of every Faro plugin, as `mkdocs.yml` takes it. Generated from the",
        "plugins' typed configuration (`plugins/faro/*/config.py`) by",
        "`faro reference > docs/configuration.md`; do not edit by hand.",
        "The examples show each option at its default.",
    ]
    for name, options in plugin_options().items():
        parts += ["", f"## `{name}`", "", "| option | type | default | meaning |", "|---|---|---|---|"]
        for option, kind, default, meaning in _rows(options):
            parts.append(f"| `{option}` | {kind} | {default} | {meaning} |")
        parts += ["", "```yaml", _example(name, options), "```"]
    return "\n".join(parts) + "\n"


def register(subparsers) -> None:
    parser = subparsers.add_parser("reference", help="print the configuration reference of every "
                                   "Faro plugin (docs/configuration.md)")
    parser.set_defaults(func=lambda args: print(render_reference(), end="") or 0)
