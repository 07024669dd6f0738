"""html_fixes.py: fixes to Material's generated HTML."""

import pytest

from plan import html_fixes

# The two toggles exactly as Material 9.8.1's base.html writes them.
MATERIAL_TOGGLES = (
    '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">\n'
    '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">\n'
)


def test_drops_autocomplete_from_checkboxes_only():
    search = '<input type="text" class="md-search__input" autocomplete="off" required>'
    fixed = html_fixes.drop_checkbox_autocomplete(MATERIAL_TOGGLES + search)
    assert fixed == (
        '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">\n'
        '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search">\n'
        + search
    )


def test_attribute_order_and_valueless_form_do_not_matter():
    html = '<input autocomplete id="a" type="checkbox"><input autocomplete="off" type="checkbox"/>'
    assert html_fixes.drop_checkbox_autocomplete(html) == '<input id="a" type="checkbox"><input type="checkbox"/>'


def test_leaves_text_and_other_attributes_alone():
    html = (
        '<input data-type="checkbox" autocomplete="off">'
        '<p>&lt;input type="checkbox" autocomplete="off"&gt;</p>'
        '<input type="checkbox" data-autocomplete="x" autocomplete="off">'
    )
    assert html_fixes.drop_checkbox_autocomplete(html) == (
        '<input data-type="checkbox" autocomplete="off">'
        '<p>&lt;input type="checkbox" autocomplete="off"&gt;</p>'
        '<input type="checkbox" data-autocomplete="x">'
    )


def test_fails_loudly_when_material_no_longer_writes_it():
    with pytest.raises(html_fixes.HtmlFixError, match="drop_checkbox_autocomplete"):
        html_fixes.drop_checkbox_autocomplete('<input class="md-toggle" type="checkbox" id="__drawer">')


def test_fix_page_applies_every_fix():
    page = f"<!doctype html><html><body>{MATERIAL_TOGGLES}</body></html>"
    assert "autocomplete" not in html_fixes.fix_page(page)
    with pytest.raises(html_fixes.HtmlFixError):
        html_fixes.fix_page("<!doctype html><html><body></body></html>")
