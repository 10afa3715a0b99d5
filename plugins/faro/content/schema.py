"""Front-matter schemas per content type, with findings that point at the line.

Schemas are JSON Schema documents kept as YAML data in `schemas/`, one per
content type; `type:` in the front matter picks one (default `page`). Errors
name the field, the allowed values and the line of the offending key.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from faro.content.pages import SourcePage
from faro.findings import Finding
from faro.yaml_data import SAFE_LOADER, load_yaml

SCHEMA_DIR = "schemas"


@cache
def _registry() -> Registry:
    schemas = []
    for entry in resources.files(__package__).joinpath(SCHEMA_DIR).iterdir():
        if entry.name.endswith(".yml"):
            schema = load_yaml(entry.read_text(encoding="utf-8"))
            schemas.append((entry.name, Resource.from_contents(schema, default_specification=DRAFT202012)))
    return Registry().with_resources(schemas)


@cache
def content_types() -> list[str]:
    names = resources.files(__package__).joinpath(SCHEMA_DIR).iterdir()
    return sorted(e.name[:-4] for e in names if e.name.endswith(".yml"))


@cache
def _validator(content_type: str) -> Draft202012Validator:
    registry = _registry()
    schema = registry.contents(f"{content_type}.yml")
    return Draft202012Validator(schema, registry=registry, format_checker=FormatChecker())


def key_lines(front_matter: str, first_line: int = 2) -> dict[tuple, int]:
    """Line of every key and list item in a YAML block, by path (('sources', 0, 'url'): 14)."""
    lines: dict[tuple, int] = {}

    def walk(node, path: tuple) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                lines[path + (key.value,)] = key.start_mark.line + first_line
                walk(value, path + (key.value,))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                lines[path + (index,)] = item.start_mark.line + first_line
                walk(item, path + (index,))

    try:
        walk(yaml.compose(front_matter, Loader=SAFE_LOADER), ())
    except yaml.YAMLError:
        pass  # malformed YAML is reported by the front-matter parser already
    return lines


def _finding_for(error, page_path: str, lines: dict[tuple, int], content_type: str) -> Finding:
    path = tuple(error.absolute_path)
    if error.validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return Finding("content.schema-missing-field", page_path, 1, 1,
                       {"field": ".".join(map(str, path + (missing,))), "type": content_type})
    line = 1
    for depth in range(len(path), 0, -1):
        if path[:depth] in lines:
            line = lines[path[:depth]]
            break
    allowed = error.schema.get("enum") or error.schema.get("const")
    if allowed is None and error.validator == "type":
        allowed = error.validator_value
    return Finding("content.schema-invalid", page_path, line, 1, {
        "field": ".".join(map(str, path)) or "(front matter)",
        "problem": error.message,
        "allowed": allowed if allowed is not None else "-",
    })


def validate_page(page: SourcePage, display_path: str) -> list[Finding]:
    """Schema findings for one page, sorted by line."""
    content_type = page.meta.get("type") or "page"
    if content_type not in content_types():
        lines = key_lines(page.front_matter)
        return [Finding("content.schema-unknown-type", display_path, lines.get(("type",), 1), 1,
                        {"type": content_type, "allowed": ", ".join(content_types())})]
    errors = list(_validator(content_type).iter_errors(page.meta))
    if not errors:
        return []
    lines = key_lines(page.front_matter)  # only pages with errors pay for line numbers
    findings = [_finding_for(e, display_path, lines, content_type) for e in errors]
    return sorted(findings, key=lambda f: (f.line or 0, f.rule_id, str(f.args)))
