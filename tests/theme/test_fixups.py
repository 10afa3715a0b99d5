"""Material's hidden state checkboxes leave the accessibility tree; other inputs are untouched."""

from faro.accessibility import check_page
from faro.theme.fixups import apply_fixups

PAGE = """<!doctype html><html lang="en"><head><title>Passwords - Faro</title></head><body>
<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">
<label class="md-overlay" for="__drawer"></label>
<label class="md-header__button md-icon" for="__drawer">
<svg viewBox="0 0 24 24"><path d="M3 6h18"/></svg></label>
<a href="#main" class="md-skip">Skip to content</a>
<main id="main"><article><h1>Passwords</h1>
<form role="search"><label for="q">Search</label><input id="q" type="search"></form>
</article></main></body></html>"""


def test_state_toggles_are_hidden_and_untabbable():
    fixed = apply_fixups(PAGE)
    assert '<input class="md-nav__toggle md-toggle" aria-hidden="true" tabindex="-1" type="checkbox"' in fixed
    assert '<input id="q" type="search">' in fixed
    assert '<svg aria-hidden="true" viewBox' in fixed
    assert apply_fixups(fixed) == fixed  # applying twice changes nothing


def test_fixup_removes_the_unlabelled_field_finding():
    rules = lambda html: {f.rule_id for f in check_page(html, "en")}  # noqa: E731
    assert "a11y.label" in rules(PAGE)
    assert "a11y.label" not in rules(apply_fixups(PAGE))
    assert "a11y.svg-alt" in rules(PAGE)
    assert "a11y.svg-alt" not in rules(apply_fixups(PAGE))


def test_drawer_checkbox_and_overlay_label_give_way_to_buttons():
    fixed = apply_fixups(PAGE)
    assert 'data-md-toggle="drawer"' not in fixed
    assert '<label class="md-overlay"' not in fixed
    assert '<div class="md-overlay"></div>' in fixed


def test_table_of_contents_title_is_no_label_for_a_missing_checkbox():
    page = ('<nav class="md-nav md-nav--secondary"><label class="md-nav__title" for="__toc">'
            '<span class="md-nav__icon md-icon"></span> Contents</label></nav>')
    fixed = apply_fixups(page)
    assert fixed == ('<nav class="md-nav md-nav--secondary"><div class="md-nav__title">'
                     '<span class="md-nav__icon md-icon"></span> Contents</div></nav>')
    with_toggle = '<input id="__toc" type="checkbox">' + page
    assert 'for="__toc"' in apply_fixups(with_toggle)
