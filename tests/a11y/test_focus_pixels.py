"""Focus is visible on every Tab stop, measured in pixels (2.4.7, 1.4.11).

Every Tab stop of one page of each kind, and the site-wide controls at the top of every page (skip
link, theme, menu, search, language switch: the stops before the main content), in both
languages, in the light and the dark scheme, at 1280 and 320 px. Each stop is reached by Tab from
the top of the page and compared with itself unfocused (tests/helpers/focus_pixels.py). No
sleeps: transitions are run to their end before each screenshot.
"""

import pytest
from selenium.webdriver.common.keys import Keys

from ax_tree import AXTree
from controls import DARK, DESKTOP, LIGHT, PHONE, THEME, open_fresh, prefer_scheme, press, scheme, set_width, reset_width
from focus_pixels import check_stop, focused
from sitebuild import page_lang, session_site

pytestmark = pytest.mark.a11y_check("focus-visible")

# One page of each kind (tests/helpers/sitebuild.py builds them all), in both languages.
PAGE_KINDS = ["", "suunnitelma/", "painopisteet/turvallisuus/", "strategia/", "koko-suunnitelma/", "seuranta/",
              "mita-uutta/", "avoin-data/", "saavutettavuusseloste/", "saavutettavuusseloste/testiraportti/",
              "404.html"]
SCHEMES = {"light": LIGHT, "dark": DARK}
WIDTHS = (DESKTOP, PHONE)
MAX_STOPS = 600  # more than any page has; a cycle that does not end is the keyboard test's failure

_pages = session_site().pages()
WALKED = [f"{lang}{p}" for lang in ("", "sv/") for p in PAGE_KINDS if f"{lang}{p}" in _pages]
HEADER_ONLY = [p for p in _pages if p not in WALKED]


# (width, scheme, page, only the stops up to the main content)
VIEWS = [(w, s, p, header) for header, pages in ((False, WALKED), (True, HEADER_ONLY))
         for w in WIDTHS for s in SCHEMES for p in pages]
IDS = [f"{'site-controls' if header else 'every-stop'}-{w}px-{s}-/{p}" for w, s, p, header in VIEWS]


def _open_in_scheme(browser, server, page: str, name: str) -> None:
    """The page fresh, in the scheme a reader would have: the system's (emulated) and, when the
    page does not follow it, chosen with the theme button and then reloaded (the choice is kept);
    only if neither works is the scheme set on <body> directly, so that focus is still measured."""
    prefer_scheme(browser, name)
    open_fresh(browser, server, page)
    if scheme(browser) == SCHEMES[name]:
        return
    button = AXTree(browser).one("button", THEME[page_lang(page)])
    if button is not None:
        button.element().click()
        browser.get(server.url + page)
    if scheme(browser) != SCHEMES[name]:
        browser.execute_script("document.body.setAttribute('data-md-color-scheme', arguments[0])", SCHEMES[name])


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
    _open_in_scheme(browser, server, page, name)
    problems = _walk(browser, header_only)
    assert not problems, "\n".join(problems)
