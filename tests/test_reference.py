"""docs/configuration.md is generated from the plugins' config schemas and must be current."""

from faro.commands.reference import render_reference
from faro.config import faro_plugins
from tests.support import ROOT


def test_configuration_reference_is_up_to_date():
    committed = (ROOT / "docs/configuration.md").read_text(encoding="utf-8")
    assert committed == render_reference(), "run: faro reference > docs/configuration.md"


def test_every_option_of_every_plugin_is_in_the_reference():
    reference = render_reference()
    declared = [line.split("=")[0].strip().strip('"') for line in
                (ROOT / "pyproject.toml").read_text(encoding="utf-8").splitlines()
                if line.startswith('"faro/')]
    assert sorted(faro_plugins()) == sorted(set(declared)) and len(set(declared)) >= 10
    for name, config_class in faro_plugins().items():
        assert f"## `{name}`" in reference
        for option, _ in config_class._schema:
            assert f"| `{option}` |" in reference
    assert "| `pt.martins_warn` | whole number or number | `60` |" in reference
