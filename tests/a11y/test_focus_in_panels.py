"""No state hides focus (2.4.11, 2.4.7): every Tab and Shift+Tab stop reachable while a panel is open.

A panel is what a header button opens over the page: search (with results) and, below 76.25em,
the menu drawer. The panel is opened by keyboard, then focus is walked with Tab from where opening
put it, and with Shift+Tab from the panel's last stop, until it leaves the document, comes back to
where it started, or the panel has been closed for a few stops (from there on the page is in its
ordinary state, which test_focus_pixels.py and test_interaction.py walk). At every stop, after the
browser has scrolled to it, what is on top at the centre and inset corners of each of the focused
element's boxes must be the element or inside it, and its ring must pass the pixel test
(tests/helpers/focus_pixels.py). Escape closes an open panel wherever focus is.
"""

import functools

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from ax_tree import AXTree
from browser import run_js
from controls import (DESKTOP, HOME, LANGS, MENU, PHONE, SCHEMES, SEARCH, banner_button, is_focused, open_in_scheme, prefer_scheme,
                      press, reset_width, shift_tab, result_links, set_width, tab_to, toggle, type_text, wait_tree)
from focus_pixels import FOCUSED_JS, check_stop, focused
from sitebuild import page_lang

PANELS = {"search": SEARCH, "menu": MENU}
# A word with many results in each language (16 and 17), so that they reach past the window at 1280 px too.
QUERY = {"fi": "hyvinvointi", "sv": "välfärd"}
MIN_RESULTS = 10
PAGES = ("", "painopisteet/turvallisuus/")  # the home page and an area page
# The menu button is there below 76.25em only (at 1280 the sidebar is the menu: test_controls.py).
STATES = [(panel, width, scheme, f"{HOME[lang]}{page}")
          for panel, widths in (("search", (DESKTOP, PHONE)), ("menu", (PHONE,)))
          for width in widths for scheme in SCHEMES for lang in LANGS for page in PAGES]
IDS = [f"{panel}-{width}px-{scheme}-/{page}" for panel, width, scheme, page in STATES]
MAX_STOPS = 80  # a bound on each walk: more than a panel and the header hold
PAST_CLOSE = 2  # stops walked after the panel has closed: where focus landed, and the next

# The focused element's boxes sampled where a person looks for it: at every sample inside the window,
# what is on top must be the element or inside it. A cover that ignores the pointer counts; a fully
# transparent one (Material's empty md-dialog) does not.
COVERED_JS = r"""
const el = document.activeElement;
document.getAnimations().forEach(a => { try { a.finish(); } catch (e) {} });
const style = document.createElement('style');
style.textContent = '* { pointer-events: auto !important; }';
document.head.append(style);
const clear = n => { for (; n; n = n.parentElement) if (getComputedStyle(n).opacity === '0') return true; return false; };
const describe = n => `<${n.tagName.toLowerCase()}${n.id ? '#' + n.id : ''}${typeof n.className === 'string' && n.className.trim() ? '.' + n.className.trim().split(/\s+/).join('.') : ''}>`;
const misses = [];
let inView = 0;
for (const r of [...el.getClientRects()].slice(0, 4)) {
  for (const [fx, fy] of [[0.5, 0.5], [0.2, 0.2], [0.8, 0.2], [0.2, 0.8], [0.8, 0.8]]) {
    const x = r.left + r.width * fx, y = r.top + r.height * fy;
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
    inView++;
    const top = document.elementsFromPoint(x, y).find(n => el.contains(n) || !clear(n));
    if (!top || !el.contains(top)) misses.push(`${top ? describe(top) : 'nothing'} at ${Math.round(x)},${Math.round(y)}`);
  }
}
style.remove();
return {inView, misses};
"""
# The panel's state and where focus is; the first call of a walk marks where it began. The panel's
# button is kept on the page (BUTTON_JS) so that this runs without WebDriver (browser.run_js).
BUTTON_JS = "window.__walkButton = arguments[0]"
STATE_JS = r"""
const [begin] = arguments, button = window.__walkButton, el = document.activeElement;
if (begin) window.__walkStart = el;
return {open: button.getAttribute('aria-expanded') === 'true', again: !begin && el === window.__walkStart,
        body: !el || el === document.body || el === document.documentElement};
"""
# The panel's last Tab stop: where the Shift+Tab walk starts.
LAST_IN_PANEL_JS = r"""
const panel = document.getElementById(arguments[0].getAttribute('aria-controls'));
const all = [...panel.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
  .filter(el => el.tabIndex >= 0 && !el.disabled && el.checkVisibility({visibilityProperty: true}));
return all[all.length - 1];
"""


def _open_panel(browser, server, panel: str, width: int, scheme: str, page: str):
    """The page fresh in the scheme, the panel opened by keyboard (search: the query typed and its
    results shown); the panel's button element."""
    lang = page_lang(page)
    set_width(browser, width)
    open_in_scheme(browser, server, page, scheme)
    name = PANELS[panel][lang]
    tab_to(browser, banner_button(AXTree(browser), name))
    press(browser, Keys.ENTER)
    tree = wait_tree(browser, lambda t: toggle(t, name).expanded is True, f"the {panel} panel does not open")
    if panel == "search":
        type_text(browser, QUERY[lang])
        wait_tree(browser, lambda t: len(result_links(t, lang)) >= MIN_RESULTS,
                   f'fewer than {MIN_RESULTS} results for "{QUERY[lang]}"')
    return toggle(tree, name).element()


# The three above in one call at each stop (a call costs a round trip and the page's time).
STOP_JS = f"""
const state = (() => {{{STATE_JS}}})(), stop = (() => {{{FOCUSED_JS}}})(), sampled = (() => {{{COVERED_JS}}})();
return {{state, stop, sampled}};
"""


def _stop_problems(browser, stop: dict, sampled: dict) -> tuple[str, str | None, str | None]:
    """The focused element; what covers it (2.4.11), or None; its ring's failure (2.4.7), or None."""
    covered = None
    if sampled["misses"]:
        covered = f"covered: {'; '.join(sampled['misses'][:3])} (2.4.11)"
    elif not sampled["inView"]:
        covered = "no part of it is in the window (2.4.11)"
    ring, _ = check_stop(browser, stop)
    return stop["what"], covered, ring


def _walk(browser, button, step) -> list[tuple]:
    """Moves focus with `step(browser)` stop by stop; each stop as (panel open, what has focus,
    covered problem, ring problem)."""
    stops, closed_for = [], 0
    browser.execute_script(BUTTON_JS, button)
    for n in range(MAX_STOPS):
        found = run_js(browser, STOP_JS, n == 0)
        state = found["state"]
        if state["body"] or state["again"]:
            break  # out of the page's tab order, or round to where the walk began
        what, covered, ring = _stop_problems(browser, found["stop"], found["sampled"])
        stops.append((state["open"], what, covered, ring))
        closed_for = 0 if state["open"] else closed_for + 1
        if closed_for >= PAST_CLOSE:
            break
        step(browser)
    return stops


@functools.cache
def _walks(browser, server, state: tuple) -> dict[str, list[tuple]]:
    """Both walks of one state, once for both tests that read them."""
    try:
        button = _open_panel(browser, server, *state)
        forward = _walk(browser, button, lambda b: press(b, Keys.TAB))
        button = _open_panel(browser, server, *state)
        _to_last_stop(browser, button)
        backward = _walk(browser, button, shift_tab)
    finally:
        prefer_scheme(browser, None)
        reset_width(browser)
    return {"Tab": forward, "Shift+Tab": backward}


def _problems(walks: dict, which: int) -> list[str]:
    return [f"{key} stop {n} ({'panel open' if stop[0] else 'panel closed'}): {stop[1]} {stop[which]}"
            for key, stops in walks.items() for n, stop in enumerate(stops, 1) if stop[which]]


@pytest.mark.a11y_check("keyboard")
@pytest.mark.parametrize("panel, width, scheme, page", STATES, ids=IDS)
def test_no_stop_is_covered_while_a_panel_is_open(browser, server, panel, width, scheme, page):
    walks = _walks(browser, server, (panel, width, scheme, page))
    assert all(walks.values()), f"a walk has no stops: {walks}"
    problems = _problems(walks, 2)
    assert not problems, "\n".join(problems)


@pytest.mark.a11y_check("focus-visible")
@pytest.mark.parametrize("panel, width, scheme, page", STATES, ids=IDS)
def test_focus_ring_shows_at_every_stop_while_a_panel_is_open(browser, server, panel, width, scheme, page):
    problems = _problems(_walks(browser, server, (panel, width, scheme, page)), 3)
    assert not problems, "\n".join(problems)


# --- Escape closes an open panel wherever focus is (2.1.2; the APG disclosure's Escape) ---------

# Text inside the panel that is no control: a click there leaves focus on nothing (<body>).
PLAIN_TEXT_JS = r"""
const panel = document.getElementById(arguments[0].getAttribute('aria-controls'));
const control = 'a[href], button, input, select, textarea, label, [tabindex]';
return [...panel.querySelectorAll('p, span, li, div')].find(n => !n.closest(control) && n.checkVisibility()
  && [...n.childNodes].some(c => c.nodeType === Node.TEXT_NODE && c.textContent.trim()));
"""
ESCAPE_STATES = [(panel, width, lang) for panel, width in (("search", DESKTOP), ("search", PHONE), ("menu", PHONE))
                 for lang in LANGS]


def _to_last_stop(browser, button) -> str:
    """Tab from where focus is to the panel's last stop (not past it: the walk would not end there)."""
    last = browser.execute_script(LAST_IN_PANEL_JS, button)
    for _ in range(MAX_STOPS):
        if is_focused(browser, last):
            break
        press(browser, Keys.TAB)
    return "its last stop"


def _to_button(browser, button) -> str:
    shift_tab(browser)  # from the search field, the first stop after the button
    return "its button"


def _to_nothing(browser, button) -> str:
    ActionChains(browser).click(browser.execute_script(PLAIN_TEXT_JS, button)).perform()
    return "nothing (text in the panel clicked)"


@pytest.mark.a11y_check("controls")
@pytest.mark.parametrize("panel, width, lang", ESCAPE_STATES, ids=[f"{p}-{w}px-{lang}" for p, w, lang in ESCAPE_STATES])
def test_escape_closes_an_open_panel_wherever_focus_is(browser, server, panel, width, lang):
    places = [lambda b, button: "where opening put it", _to_last_stop, _to_nothing]
    if panel == "search":
        places.insert(2, _to_button)
    problems = []
    try:
        button = _open_panel(browser, server, panel, width, "light", HOME[lang])
        for place in places:
            where = place(browser, button)
            if button.get_attribute("aria-expanded") != "true":
                problems.append(f"focus on {where} closed the panel before Escape")
            press(browser, Keys.ESCAPE)
            on_button = is_focused(browser, button)
            if button.get_attribute("aria-expanded") == "true":
                problems.append(f"Escape with focus on {where} leaves the {panel} panel open")
            elif not on_button:
                problems.append(f"Escape with focus on {where} closes the {panel} panel, but focus is on "
                                f"{focused(browser).get('what', '<body>')}, not on its button")
            if on_button and not problems:  # open again as a keyboard user would
                press(browser, Keys.ENTER)
                wait_tree(browser, lambda t: toggle(t, PANELS[panel][lang]).expanded is True, "Enter does not reopen it")
            else:
                button = _open_panel(browser, server, panel, width, "light", HOME[lang])
    finally:
        prefer_scheme(browser, None)
        reset_width(browser)
    assert not problems, "\n".join(problems)
