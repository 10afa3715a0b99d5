"""Published stylesheets carry the rules, not the contributors' comments."""

from __future__ import annotations

from faro.theme.css import strip_comments
from tests.support import ROOT


def test_comments_go_and_strings_stay():
    css = '/* ratio 9.1:1 */\na::after {\n  content: "/* not a comment */"; /* why */\n}\n\n\n/* end */\n'
    assert strip_comments(css) == 'a::after {\n  content: "/* not a comment */"; \n}\n'


def test_the_site_ships_faro_stylesheets_without_comments_and_lighter(real_site):
    source = (ROOT / "plugins/faro/theme_files/assets/faro/faro.css").read_text(encoding="utf-8")
    for name in ("faro.css", "positions.css"):
        published = (real_site / "assets/faro" / name).read_text(encoding="utf-8")
        assert "/*" not in published, name
    published = (real_site / "assets/faro/faro.css").read_text(encoding="utf-8")
    assert published == strip_comments(source) and len(published) < len(source)
