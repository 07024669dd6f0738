"""The site's controls as the control contract (issue 12) names them, and how a keyboard user
reaches and works them: a page opened fresh, Tab pressed from its top, keys sent to what has focus.

Nothing here looks at CSS classes: controls are found by role and name in the accessibility tree.
"""

import re
import time
from contextlib import contextmanager

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from ax_tree import AXNode, AXTree
from browser import tab
from sitebuild import page_lang

LANGS = ("fi", "sv")
HOME = {"fi": "", "sv": "sv/"}
THEME = {"fi": "Tumma teema", "sv": "Mörkt tema"}
MENU = {"fi": "Valikko", "sv": "Meny"}
SEARCH = {"fi": "Haku", "sv": "Sökning"}
SKIP = {"fi": "Siirry sisältöön", "sv": "Gå till innehållet"}
LANGUAGE_SWITCH = {"fi": "Svenska", "sv": "Suomi"}
# The result count in the page's language ("3 tulosta", "1 tulos", "Ei tuloksia"; "3 träffar",
# "1 träff", "Inga träffar"), as a live region says it (4.1.3).
RESULT_COUNT = {"fi": re.compile(r"\b(\d+ tulos(ta)?|Ei tuloksia)\b"),
                "sv": re.compile(r"\b(\d+ träff(ar)?|Inga träffar)\b")}
DARK, LIGHT = "slate", "default"  # body data-md-color-scheme
SCHEMES = {"light": LIGHT, "dark": DARK}  # the system preference and the scheme it gives
DESKTOP, PHONE = 1280, 320
HEIGHT = {DESKTOP: 900, PHONE: 640}
MAX_TABS = 40  # the header's controls come long before this many stops


def cdp(browser, command: str, **params):
    return browser.execute_cdp_cmd(command, params)


def set_width(browser, width: int) -> None:
    """The viewport in CSS pixels at one device pixel each (screenshots map 1:1 to the layout)."""
    cdp(browser, "Emulation.setDeviceMetricsOverride", width=width, height=HEIGHT[width], deviceScaleFactor=1,
        mobile=False)


def reset_width(browser) -> None:
    cdp(browser, "Emulation.clearDeviceMetricsOverride")


@contextmanager
def viewport(browser, width: int):
    set_width(browser, width)
    try:
        yield
    finally:
        reset_width(browser)


def prefer_scheme(browser, scheme: str | None) -> None:
    """The system's colour scheme ("light" / "dark"), or none emulated."""
    cdp(browser, "Emulation.setEmulatedMedia",
        features=[{"name": "prefers-color-scheme", "value": scheme}] if scheme else [])


def forget_choices(browser, server) -> None:
    """A first visit: nothing remembered from earlier tests (the theme choice is in localStorage)."""
    cdp(browser, "Storage.clearDataForOrigin", origin=server.url.rstrip("/"), storageTypes="local_storage")


def open_fresh(browser, server, page: str) -> None:
    """The page as a first-time visitor opens it: loaded anew, focus at the top of the document."""
    forget_choices(browser, server)
    browser.get(server.url + page)


def open_in_scheme(browser, server, page: str, name: str) -> None:
    """The page fresh, in the scheme a reader would have: the system's (emulated) and, when the
    page does not follow it, chosen with the theme button and then reloaded (the choice is kept);
    only if neither works is the scheme set on <body> directly, so that focus is still measured."""
    prefer_scheme(browser, name)
    open_fresh(browser, server, page)
    if scheme(browser) == SCHEMES[name]:
        return
    button = toggle(AXTree(browser), THEME[page_lang(page)])
    if button is not None:
        button.element().click()
        browser.get(server.url + page)
    if scheme(browser) != SCHEMES[name]:
        browser.execute_script("document.body.setAttribute('data-md-color-scheme', arguments[0])", SCHEMES[name])


def press(browser, key: str, times: int = 1) -> None:
    """The key, as a keyboard sends it. Tab, the key of every focus walk, goes straight to Chromium
    (browser.tab); the others through WebDriver, which waits for a navigation they start."""
    if key == Keys.TAB:
        return tab(browser, times)
    chain = ActionChains(browser)
    for _ in range(times):
        chain.send_keys(key)
    chain.perform()


def shift_tab(browser) -> None:
    """Shift+Tab with Shift held down."""
    tab(browser, shift=True)


def type_text(browser, text: str) -> None:
    """Types into whatever has focus, as a keyboard does."""
    ActionChains(browser).send_keys(text).perform()


def is_focused(browser, element) -> bool:
    return browser.execute_script("return document.activeElement === arguments[0]", element)


def tab_to(browser, node: AXNode, limit: int = MAX_TABS) -> int:
    """Presses Tab from where focus is until the node's element has focus; the number of presses.
    Fails when it is not reached: no element.focus() shortcut."""
    element = node.element()
    for count in range(1, limit + 1):
        press(browser, Keys.TAB)
        if is_focused(browser, element):
            return count
    raise AssertionError(f"{node} is not reached by {limit} Tab presses from the top of the page (2.1.1)")


def scheme(browser) -> str | None:
    return browser.execute_script("return document.body.getAttribute('data-md-color-scheme')")


def wait_tree(browser, condition, what: str, timeout: float = 10) -> AXTree:
    """Reads the accessibility tree until `condition(tree)` is true; the tree that satisfied it."""
    deadline = time.monotonic() + timeout
    while True:
        tree = AXTree(browser)
        if condition(tree):
            return tree
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} (waited {timeout:g} s); focus on {tree.focused()}; the tree has:\n"
                                 + tree.describe())
        time.sleep(0.05)


def toggle(tree: AXTree, name: str) -> AXNode | None:
    """The button of this name that has a state (aria-pressed or aria-expanded): the control, not
    another button that a change might give the same name (the search form's submit button)."""
    found = tree.find("button", name)
    stated = [n for n in found if n.pressed is not None or n.expanded is not None]
    if len(stated) > 1:
        raise AssertionError(f'{len(stated)} toggle buttons "{name}": ' + ", ".join(map(str, stated)))
    return stated[0] if stated else (found[0] if len(found) == 1 else None)


def banner_button(tree: AXTree, name: str) -> AXNode:
    """The one control button of this name, which must be in the banner (the page header)."""
    node = toggle(tree, name)
    assert node is not None, f'no button "{name}" in the accessibility tree; it has:\n' + tree.describe()
    assert node.inside("banner"), f"{node} is not in the banner (the page header)"
    return node


def open_search(browser, lang: str) -> AXTree:
    """Opens search as a keyboard user does (Tab to the search button, Enter); the tree once focus
    is in the search field."""
    tab_to(browser, banner_button(AXTree(browser), SEARCH[lang]))
    press(browser, Keys.ENTER)
    return wait_tree(browser, lambda t: (f := t.focused()) is not None and f.role == "searchbox",
                     "after Enter on the search button focus is not in a search field")


def result_links(tree: AXTree, lang: str) -> list[AXNode]:
    """The result links: the links in lists inside what the search button controls."""
    button = toggle(tree, SEARCH[lang])
    panels = button.controls() if button else []
    return [a for panel in panels for lst in panel.find("list") for a in lst.find("link")]


def search(browser, server, page: str, query: str, found) -> AXTree:
    """Opens the page fresh, opens search, types the query; the tree once `found(result urls)`
    holds (results come while typing: the answer to the whole query is waited for)."""
    lang = "sv" if page.startswith("sv/") else "fi"
    open_fresh(browser, server, page)
    open_search(browser, lang)
    type_text(browser, query)
    return wait_tree(browser, lambda t: found([a.prop("url") or "" for a in result_links(t, lang)]),
                     f'searching "{query}" on /{page} does not give the expected results')
