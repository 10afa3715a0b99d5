import pytest

from faro.accessibility.contrast import contrast_ratio, parse_colour, relative_luminance
from faro.accessibility.css_vars import Palette, custom_properties, resolve
from faro.accessibility.palette import check_palette_contrast


@pytest.mark.parametrize(("foreground", "background", "expected"), [
    ("#767676", "#ffffff", 4.54),   # the classic lightest grey that passes on white
    ("#777777", "#ffffff", 4.48),   # one step lighter fails
    ("#000", "#fff", 21.0),
    ("#fff", "#fff", 1.0),
    ("rgb(0, 0, 0)", "white", 21.0),
    ("#0000008a", "#ffffff", 4.61),  # Material secondary text: black at 54 % on white
    ("hsl(0, 0%, 46.27%)", "#ffffff", 4.54),
])
def test_contrast_ratio_matches_hand_computed_values(foreground, background, expected):
    ratio = contrast_ratio(parse_colour(foreground), parse_colour(background))
    assert ratio == pytest.approx(expected, abs=0.01)


def test_relative_luminance_of_primaries():
    assert relative_luminance(parse_colour("#ff0000")) == pytest.approx(0.2126)
    assert relative_luminance(parse_colour("#00ff00")) == pytest.approx(0.7152)


@pytest.mark.parametrize("text", ["#12345", "rgb(1,2)", "var(--x)", "currentcolor", "hsl(a,b,c)"])
def test_unparseable_colours_are_none(text):
    assert parse_colour(text) is None


def test_colour_syntaxes():
    assert parse_colour("#abc") == parse_colour("#aabbcc")
    assert parse_colour("rgb(10 20 30 / 50%)").alpha == 0.5
    assert parse_colour("rgba(10, 20, 30, .25)").alpha == 0.25
    assert parse_colour("hsla(225deg, 15%, 14%, 1)").hex() == "#1e2129"


THEME = """
:root,[data-md-color-scheme=default]{--md-hue:225deg;--md-default-fg-color:#000000de;
  --md-default-bg-color:#fff;--md-typeset-color:var(--md-default-fg-color);
  --md-typeset-a-color:var(--md-primary-fg-color)}
:root{--md-primary-fg-color:#4051b5;--md-primary-bg-color:#fff}
@media screen{[data-md-color-scheme=slate]{--md-default-fg-color:hsla(var(--md-hue),15%,90%,0.82);
  --md-default-bg-color:hsla(var(--md-hue),15%,14%,1)}}
@media print{:root{--md-default-fg-color:#eee}}
[data-md-color-primary=amber]{--md-primary-fg-color:#ffc105}
[data-md-color-scheme=slate][data-md-color-primary=indigo]{--md-typeset-a-color:#5488e8}
"""


def test_resolver_follows_palette_attributes_and_var_chains():
    slate = custom_properties([("theme.css", THEME)], Palette("slate", "indigo", "indigo"))
    assert resolve(slate["--md-typeset-a-color"].value, slate) == "#5488e8"
    assert resolve(slate["--md-typeset-color"].value, slate).startswith("hsla(225deg")
    default = custom_properties([("theme.css", THEME)], Palette())
    assert resolve(default["--md-default-fg-color"].value, default) == "#000000de"  # print ignored
    assert resolve("var(--missing, var(--md-primary-bg-color))", default) == "#fff"
    assert resolve("var(--missing)", default) is None


def test_project_override_wins_and_is_reported_where_it_is_written():
    override = "\n\n:root{--md-primary-fg-color: #ffc105}\n"
    findings = check_palette_contrast([("theme.css", THEME), ("extra.css", override)], [Palette()])
    links = [f for f in findings if f.args["pair"].startswith("--md-typeset-a-color")]
    header = [f for f in findings if f.args["pair"].startswith("--md-primary-bg-color")]
    assert links and header
    assert (header[0].path, header[0].line) == ("theme.css", 5)
    assert links[0].args["ratio"] == "1.63" and links[0].args["minimum"] == 4.5


def test_default_palette_of_the_sample_theme_passes():
    assert check_palette_contrast([("theme.css", THEME)], [Palette(), Palette("slate")]) == []


def test_amber_links_fail_on_white():
    findings = check_palette_contrast([("theme.css", THEME)], [Palette(primary="amber")])
    assert {f.args["palette"] for f in findings} == {"default/amber/indigo"}
