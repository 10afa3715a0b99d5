"""JSON Schemas of record pages: vocabulary markers filled in, and schema errors as findings.

A schema file marks closed lists with `x-vocabulary: NAME` (and a required key list
with `x-required-vocabulary: NAME`); each record type says what a name allows. Every
schema error becomes a finding of the record type's own rules, at the line of the key.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from jsonschema import Draft202012Validator, ValidationError

from faro.findings import Finding
from faro.records.pages import FieldPath, RecordPage, field_name

Allowed = Callable[[str], list[str] | None]  # None: leave the marker's node unrestricted


def restrict(node: object, allowed: Allowed) -> object:
    """The schema with every vocabulary marker turned into the vocabulary's values."""
    if isinstance(node, dict):
        restricted = {key: restrict(value, allowed) for key, value in node.items()}
        name = restricted.pop("x-vocabulary", None)
        if name and (values := allowed(name)) is not None:
            restricted["enum"] = values
        required = restricted.pop("x-required-vocabulary", None)
        if required and (values := allowed(required)) is not None:
            restricted["required"] = values
        return restricted
    if isinstance(node, list):
        return [restrict(item, allowed) for item in node]
    return node


def validator(schema: dict) -> Draft202012Validator:
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def finding(prefix: str, rule: str, page: RecordPage, path: FieldPath, /, **args) -> Finding:
    """A finding of rule `<prefix>.<rule>` at the line of the field (or its closest written parent)."""
    return Finding(f"{prefix}.{rule}", page.path, page.line(path), None,
                   {"field": field_name(path) or "front matter", **args})


def schema_findings(prefix: str, checker: Draft202012Validator, page: RecordPage) -> Iterator[Finding]:
    errors = checker.iter_errors(page.meta)
    for error in sorted(errors, key=lambda e: list(map(str, e.absolute_path))):
        yield _schema_finding(prefix, page, error)


def _schema_finding(prefix: str, page: RecordPage, error: ValidationError) -> Finding:
    path: FieldPath = tuple(error.absolute_path)
    if error.validator == "required":
        missing = next(name for name in error.validator_value if name not in error.instance)
        return finding(prefix, "missing-field", page, path + (missing,))
    if error.validator == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        extra = sorted(set(error.instance) - set(allowed))[0]
        return finding(prefix, "unknown-field", page, path + (extra,), allowed=", ".join(allowed))
    if error.validator == "enum":
        if "propertyNames" in error.schema_path:
            path = path + (error.instance,)
        return finding(prefix, "unknown-value", page, path, value=error.instance,
                       allowed=", ".join(map(str, error.validator_value)))
    return finding(prefix, "invalid-value", page, path, problem=error.message)
