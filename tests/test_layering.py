"""Engines stand alone: only the adapters import MkDocs, only the commands import the
command layer, and the language builds do not reach back into the run that drives them."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "plugins" / "faro"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def _modules(folder: Path = PACKAGE):
    return [(path.relative_to(PACKAGE).as_posix(), _imports(path)) for path in sorted(folder.rglob("*.py"))]


def _reaches(imports: set[str], module: str) -> bool:
    return any(name == module or name.startswith(module + ".") for name in imports)


def test_only_the_commands_and_the_entry_point_import_the_command_layer():
    offenders = [name for name, imports in _modules() if _reaches(imports, "faro.commands")
                 and not name.startswith("commands/") and name != "__main__.py"]
    assert offenders == []
    assert not any(_reaches(imports, "faro.cli") for _, imports in _modules())


def test_the_language_builds_do_not_import_the_site_run():
    assert [name for name, imports in _modules(PACKAGE / "i18n") if _reaches(imports, "faro.build")] == []


def test_only_the_adapters_import_mkdocs():
    """Engines take Markdown, records or HTML and give findings; MkDocs is met only in a
    plugin, a plugin's config schema, or the build that drives MkDocs."""
    adapters = {"plugin.py", "config.py", "build.py"}
    assert [name for name, imports in _modules() if _reaches(imports, "mkdocs")
            and name.rsplit("/", 1)[-1] not in adapters] == []


def test_the_rule_catches_an_import_of_the_command_layer(tmp_path):
    module = tmp_path / "engine.py"
    module.write_text("from faro.commands.output import report_lines\n", encoding="utf-8")
    assert _reaches(_imports(module), "faro.commands")
    module.write_text("from faro.build_warnings import warning_findings\n", encoding="utf-8")
    assert not _reaches(_imports(module), "faro.build")
