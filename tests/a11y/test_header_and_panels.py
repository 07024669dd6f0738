"""The header, the menu drawer and the search panel as a person sees them at narrow widths and in
forced colours (review 2, C4 and C6): the site's name is shown at 320 and 640 px (a phone, 400 %
and 200 % zoom of a 1280 px window); in forced colours the open drawer and the search panel have
edges and the pressed theme button looks pressed.
"""

import io

import pytest
from PIL import Image, ImageChops

from sitebuild import page_lang

PAGES = ["", "sv/", "painopisteet/turvallisuus/", "sv/strategia/"]
SITE_NAME = {"fi": "Hyvinvointisuunnitelma ja strategia", "sv": "Välfärdsplan och strategi"}


def _cdp(browser, command, **params):
    return browser.execute_cdp_cmd(command, params)


def _open(browser, server, page, width, height=640, forced=False):
    _cdp(browser, "Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)
    _cdp(browser, "Emulation.setEmulatedMedia",
         features=[{"name": "forced-colors", "value": "active" if forced else "none"}])
    browser.get(server.url + page)
    browser.execute_script("localStorage.removeItem('theme')")


@pytest.fixture
def narrow(browser):
    yield browser
    _cdp(browser, "Emulation.setEmulatedMedia", features=[])
    _cdp(browser, "Emulation.clearDeviceMetricsOverride")


# The name's text as drawn: its boxes, whether it is clipped, and what lies beside it.
NAME_JS = r"""
const name = document.querySelector('header a[href] .md-ellipsis, header .site-title > span');
const link = name.closest('a');
const range = document.createRange();
range.selectNodeContents(name);
const lines = [...range.getClientRects()].filter(r => r.width > 0);
const style = getComputedStyle(name);
const controls = [...document.querySelectorAll('header button, header a[href]')]
  .filter(el => el !== link && el.getClientRects().length && !el.closest('#__site-search'));
const overlaps = controls.filter(el => {
  const r = el.getBoundingClientRect();
  return lines.some(l => l.left < r.right && r.left < l.right && l.top < r.bottom && r.top < l.bottom);
}).map(el => el.className || el.tagName);
return {text: name.textContent.replaceAll('\u00ad', ''), lines: lines.map(l => [l.left, l.right, l.top, l.bottom]),
        clip: style.clipPath, width: name.getBoundingClientRect().width, overlaps,
        scrollWidth: document.scrollingElement.scrollWidth, innerWidth};
"""


@pytest.mark.a11y_check("reflow")
@pytest.mark.parametrize("width", [320, 640])
@pytest.mark.parametrize("page", PAGES, ids=lambda p: "/" + p)
def test_the_site_name_shows_in_the_header_at_narrow_widths(narrow, server, page, width):
    """1.4.4, 1.4.10: below 45em the name was visually hidden, so a phone or 200 % zoom showed the
    icon alone (review 2, C4). It shows, within the window, beside the controls, not over them."""
    _open(narrow, server, page, width)
    seen = narrow.execute_script(NAME_JS)
    assert seen["text"] == SITE_NAME[page_lang(page)], seen
    assert seen["clip"] == "none" and seen["width"] > 40 and seen["lines"], (page, width, seen)
    assert all(0 <= left and right <= seen["innerWidth"] for left, right, _, _ in seen["lines"]), (page, width, seen)
    assert not seen["overlaps"], (page, width, seen)
    assert seen["scrollWidth"] <= seen["innerWidth"], (page, width, seen)


# The sides of an element that have a drawn edge in forced colours (where shadows are not drawn).
EDGES_JS = r"""
const el = arguments[0];
const cs = getComputedStyle(el);
return ['Top', 'Right', 'Bottom', 'Left'].filter(
  side => cs[`border${side}Style`] !== 'none' && parseFloat(cs[`border${side}Width`]) >= 1);
"""


def _click(browser, selector):
    browser.execute_script("document.querySelector(arguments[0]).click();"
                           "document.getAnimations().forEach(a => a.finish())", selector)


@pytest.mark.a11y_check("forced-colors")
@pytest.mark.parametrize("page", ["", "sv/"], ids=lambda p: "/" + p)
def test_forced_colours_give_the_open_drawer_and_search_panel_edges(narrow, server, page):
    """1.4.11: forced colours drop the overlay and the shadows: the open drawer at 320 px had no edge
    against the page text beside it, and the results panel no bottom edge (review 2, C6)."""
    _open(narrow, server, page, 320, forced=True)
    _click(narrow, ".site-menu-toggle")
    drawer = narrow.find_element("id", "__site-nav")
    assert "Right" in narrow.execute_script(EDGES_JS, drawer), "the open drawer has no right edge"
    _click(narrow, ".site-menu-toggle")
    _click(narrow, ".search-toggle")
    panel = narrow.find_element("id", "__site-search")
    assert "Bottom" in narrow.execute_script(EDGES_JS, panel), "the open search panel has no bottom edge"


@pytest.mark.a11y_check("forced-colors")
@pytest.mark.parametrize("width", [1280, 320])
def test_forced_colours_show_the_theme_button_pressed(narrow, server, width):
    """1.4.1, 1.4.11: in forced colours the pressed theme button looked the same as unpressed (its
    fill and inset shadow are dropped; review 2, C6). The two looks differ in a third of the
    button's pixels or more, as a fill does (rounded corners alone changed 32 of 1600)."""
    _open(narrow, server, "", width, height=640, forced=True)
    button = narrow.find_element("css selector", ".theme-toggle")

    def look(pressed):
        if (button.get_attribute("aria-pressed") == "true") != pressed:
            button.click()
        narrow.execute_script("document.activeElement.blur(); document.getAnimations().forEach(a => a.finish())")
        return Image.open(io.BytesIO(button.screenshot_as_png)).convert("RGB")

    unpressed, pressed = look(False), look(True)
    changed = sum(1 for p in ImageChops.difference(unpressed, pressed).get_flattened_data() if max(p) > 64)
    area = unpressed.width * unpressed.height
    assert changed >= area / 3, f"pressed and unpressed differ in {changed} of {area} pixels at {width} px"
