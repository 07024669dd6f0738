"""Focus is visible on every Tab stop, measured in pixels (2.4.7, 1.4.11).

Every Tab stop of one page of each kind, and the site-wide controls at the top of every page (skip
link, theme, menu, search, language switch: the stops before the main content), in both
languages, in the light and the dark scheme, at 1280 and 320 px. Each stop is reached by Tab from
the top of the page and compared with itself unfocused (tests/helpers/focus_pixels.py). No
sleeps: transitions are run to their end before each screenshot.
"""

import pytest
from selenium.webdriver.common.keys import Keys

from ax_tree import AXTree, focused_element_node
from controls import (DESKTOP, HOME, LANGS, MENU, PHONE, SCHEMES, banner_button, open_in_scheme, open_search,
                      prefer_scheme, press, reset_width, result_links, set_width, tab_to, toggle, type_text, wait_tree)
from focus_pixels import check_stop, focused
from sitebuild import planned_pages

pytestmark = pytest.mark.a11y_check("focus-visible")

# One page of each kind (tests/helpers/sitebuild.py builds them all), in both languages.
PAGE_KINDS = ["", "suunnitelma/", "painopisteet/turvallisuus/", "strategia/", "koko-suunnitelma/", "seuranta/",
              "mita-uutta/", "avoin-data/", "saavutettavuusseloste/", "saavutettavuusseloste/testiraportti/",
              "404.html"]
WIDTHS = (DESKTOP, PHONE)
MAX_STOPS = 600  # more than any page has; a cycle that does not end is the keyboard test's failure

_pages = planned_pages()
WALKED = [f"{lang}{p}" for lang in ("", "sv/") for p in PAGE_KINDS if f"{lang}{p}" in _pages]
HEADER_ONLY = [p for p in _pages if p not in WALKED]


# (width, scheme, page, only the stops up to the main content)
VIEWS = [(w, s, p, header) for header, pages in ((False, WALKED), (True, HEADER_ONLY))
         for w in WIDTHS for s in SCHEMES for p in pages]
IDS = [f"{'site-controls' if header else 'every-stop'}-{w}px-{s}-/{p}" for w, s, p, header in VIEWS]


def _walk(browser, header_only: bool) -> list[str]:
    problems, first = [], None
    for n in range(1, MAX_STOPS + 1):
        press(browser, Keys.TAB)
        stop = focused(browser)
        if stop["body"] or (first is not None and stop["what"] == first and n > 2):
            break
        first = first or stop["what"]
        if header_only and n > 1 and not stop["inHeader"]:
            break  # past the skip link and the header's controls
        problem, _ = check_stop(browser, stop)
        if problem:
            problems.append(f"stop {n}: {problem}")
    return problems


@pytest.fixture
def view(browser, request):
    width, name, page, header_only = request.param
    set_width(browser, width)
    yield name, page, header_only
    prefer_scheme(browser, None)
    reset_width(browser)


@pytest.mark.parametrize("view", VIEWS, ids=IDS, indirect=True)
def test_focus_is_visible_in_pixels(browser, server, view):
    name, page, header_only = view
    open_in_scheme(browser, server, page, name)
    problems = _walk(browser, header_only)
    assert not problems, "\n".join(problems)


# --- inside what the controls open: the menu drawer at 320 px, the search results --------------

def _check_stops_while(browser, inside, limit: int) -> list[str]:
    """Measures the stops from the focused one on, Tab by Tab, while `inside(AX node)` holds."""
    problems, n = [], 0
    while n < limit:
        node = focused_element_node(browser)
        if node is None or not inside(node):
            break
        n += 1
        problem, _ = check_stop(browser, focused(browser))
        if problem:
            problems.append(f"{node}: {problem}")
        press(browser, Keys.TAB)
    assert n, f"focus is not inside, but on {focused_element_node(browser)}"
    return problems


@pytest.mark.parametrize("name", SCHEMES)
@pytest.mark.parametrize("lang", LANGS)
def test_focus_is_visible_in_the_open_menu_at_320_px(browser, server, lang, name):
    set_width(browser, PHONE)
    try:
        open_in_scheme(browser, server, HOME[lang], name)
        button = banner_button(AXTree(browser), MENU[lang])
        tab_to(browser, button)
        press(browser, Keys.ENTER)
        tree = wait_tree(browser, lambda t: toggle(t, MENU[lang]).expanded is True, "the menu does not open")
        drawer = toggle(tree, MENU[lang]).controls()
        ids = {n.backend_id for d in drawer for n in [d, *d.descendants()]}
        problems = _check_stops_while(browser, lambda node: node.backend_id in ids, 60)
    finally:
        prefer_scheme(browser, None)
        reset_width(browser)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", SCHEMES)
@pytest.mark.parametrize("lang, query", [("fi", "turvallisuus"), ("sv", "säkerhet")])
def test_focus_is_visible_on_search_results(browser, server, lang, query, name, width):
    set_width(browser, width)
    try:
        open_in_scheme(browser, server, HOME[lang], name)
        open_search(browser, lang)
        type_text(browser, query)
        tree = wait_tree(browser, lambda t: len(result_links(t, lang)) >= 1, f'no results for "{query}"')
        ids = {a.backend_id for a in result_links(tree, lang)}
        for _ in range(10):  # from the field past its buttons to the first result
            press(browser, Keys.TAB)
            if focused_element_node(browser).backend_id in ids:
                break
        problems = _check_stops_while(browser, lambda node: node.backend_id in ids, 3)
    finally:
        prefer_scheme(browser, None)
        reset_width(browser)
    assert not problems, "\n".join(problems)
