"""The site's controls as a keyboard and screen-reader user meets them (2.1.1, 2.4.3, 4.1.2, 4.1.3).

Each control is found in Chromium's accessibility tree by its role and name (the control contract,
issue 12), reached by pressing Tab from the top of a freshly loaded page, and worked with the keys
its pattern promises (WAI-ARIA Authoring Practices: button, disclosure). What is asserted is what
the tree then says: its state, where focus is, what the live region announces.
"""

from urllib.parse import urlparse

import pytest
from selenium.webdriver.common.keys import Keys

from ax_tree import AXTree
from controls import (DARK, DESKTOP, HOME, LANGS, LIGHT, MENU, PHONE, RESULT_COUNT, SEARCH, THEME, banner_button,
                      open_fresh, prefer_scheme, press, scheme, tab_to, toggle, type_text, viewport, wait_tree)
from sitebuild import easy_part, page_lang, planned_pages

pytestmark = pytest.mark.a11y_check("controls")

# Inflected forms that no page contains as such (tests/site/test_search_browser.py): found only by stemming.
QUERIES = [
    ("fi", "kulttuurihyvinvointisuunnitelmalla", "/painopisteet/mielen-hyvinvointi/"),
    ("fi", "väkivaltatyölle", "/painopisteet/turvallisuus/"),
    ("sv", "utredningens", "/sv/painopisteet/"),
    ("sv", "bostadslösheten", "/sv/painopisteet/hyvinvointi-ja-terveyserot/"),
]
# A page of each kind the menu is tried on: home and an area page.
MENU_PAGES = [f"{HOME[lang]}{page}" for lang in LANGS for page in ("", "painopisteet/turvallisuus/")]


@pytest.fixture
def fresh(browser, server):
    """A desktop-width window in the light system scheme; put back after the test."""
    if browser.get_window_size()["width"] != DESKTOP:
        browser.set_window_size(DESKTOP, 900)
    prefer_scheme(browser, "light")
    yield browser
    prefer_scheme(browser, None)


# --- theme (4.1.2: name, role, state; 2.1.1) ---------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_theme_button_is_reached_by_tab_and_toggles_with_enter_space_and_click(fresh, server, lang):
    browser = fresh
    open_fresh(browser, server, HOME[lang])
    button = banner_button(AXTree(browser), THEME[lang])
    assert button.pressed == "false", f"{button}: the light scheme is on, so aria-pressed must be false"
    assert scheme(browser) == LIGHT

    tabs = tab_to(browser, button)
    focused = AXTree(browser).focused()
    assert (focused.role, focused.name) == ("button", THEME[lang]), f"Tab {tabs} focuses {focused}"

    for key, pressed, expected in ((Keys.ENTER, "true", DARK), (Keys.SPACE, "false", LIGHT), (Keys.SPACE, "true", DARK)):
        press(browser, key)
        node = toggle(AXTree(browser), THEME[lang])
        assert node is not None and node.pressed == pressed, f"after {key!r}: {node}, expected aria-pressed={pressed}"
        assert scheme(browser) == expected, f"after {key!r}: body data-md-color-scheme={scheme(browser)}"
        assert AXTree(browser).focused().name == THEME[lang], "focus left the theme button"

    button.element().click()  # a pointer works it the same
    node = toggle(AXTree(browser), THEME[lang])
    assert node.pressed == "false" and scheme(browser) == LIGHT, f"after a click: {node}, scheme {scheme(browser)}"


@pytest.mark.parametrize("lang", LANGS)
def test_theme_choice_is_remembered_on_the_next_page(fresh, server, lang):
    browser = fresh
    open_fresh(browser, server, HOME[lang])
    tab_to(browser, banner_button(AXTree(browser), THEME[lang]))
    press(browser, Keys.ENTER)
    assert scheme(browser) == DARK
    browser.get(server.url + HOME[lang] + "strategia/")  # the next page, in the same browser
    button = banner_button(AXTree(browser), THEME[lang])
    assert scheme(browser) == DARK, f"the next page is {scheme(browser)}: the dark choice was forgotten"
    assert button.pressed == "true", f"{button}: the dark scheme is on, so aria-pressed must be true"


# --- menu below the desktop width (4.1.2, 2.1.1, 2.4.3) ----------------------------------------

def _names_what_it_controls(browser, button) -> bool:
    """aria-controls names an element of the page. (While that element is hidden, Chromium's tree
    leaves the relation out, so the attribute is read; once open the tree must have it.)"""
    return browser.execute_script(
        "const ids = (arguments[0].getAttribute('aria-controls') || '').split(/\\s+/).filter(Boolean);"
        "return ids.length > 0 && ids.every(id => document.getElementById(id));", button.element())


def _menu(browser, tree, lang):
    button = banner_button(tree, MENU[lang])
    assert button.expanded is False, f"{button}: closed, so aria-expanded must be false"
    assert _names_what_it_controls(browser, button), f"{button} has no aria-controls naming the drawer"
    return button


def _assert_open_with_focus_inside(browser, lang, how):
    tree = wait_tree(browser, lambda t: (b := toggle(t, MENU[lang])) is not None and b.expanded is True,
                     f"after {how} the menu button does not say aria-expanded=true")
    drawer = toggle(tree, MENU[lang]).controls()
    focused = tree.focused()
    assert drawer, f"after {how} the drawer named by aria-controls is not in the accessibility tree"
    assert focused.role == "link" and any(focused in d.descendants() for d in drawer), \
        f"after {how} focus is on {focused}, not on the first link in the drawer"
    first = next(n for d in drawer for n in d.find("link"))
    assert focused is first or focused.id == first.id, f"after {how} focus is on {focused}, not the first link {first}"


def _assert_closed_with_focus_back(browser, lang):
    tree = wait_tree(browser, lambda t: (b := toggle(t, MENU[lang])) is not None and b.expanded is False,
                     "after Escape the menu button does not say aria-expanded=false")
    focused = tree.focused()
    assert (focused.role, focused.name) == ("button", MENU[lang]), f"after Escape focus is on {focused}, not the menu button"


@pytest.mark.parametrize("page", MENU_PAGES, ids=lambda p: "/" + p)
def test_menu_at_320_px_opens_with_enter_space_and_click_and_escape_returns_focus(fresh, server, page):
    browser, lang = fresh, page_lang(page)
    with viewport(browser, PHONE):
        open_fresh(browser, server, page)
        button = _menu(browser, AXTree(browser), lang)
        tab_to(browser, button)
        for key in (Keys.ENTER, Keys.SPACE):
            press(browser, key)
            _assert_open_with_focus_inside(browser, lang, repr(key))
            press(browser, Keys.ESCAPE)
            _assert_closed_with_focus_back(browser, lang)
        button.element().click()
        _assert_open_with_focus_inside(browser, lang, "a click")
        press(browser, Keys.ESCAPE)
        _assert_closed_with_focus_back(browser, lang)


@pytest.mark.parametrize("page", MENU_PAGES, ids=lambda p: "/" + p)
def test_menu_button_is_absent_at_1280_px_where_the_sidebar_shows_the_menu(fresh, server, page):
    browser, lang = fresh, page_lang(page)
    open_fresh(browser, server, page)
    tree = AXTree(browser)
    assert not tree.find("button", MENU[lang]), f'a button "{MENU[lang]}" is offered at {DESKTOP} px'
    navs = [n for n in tree.find("navigation") if not n.inside("main")]
    assert any(n.find("link") for n in navs), "no navigation with links outside main at 1280 px:\n" + tree.describe()


# --- search (4.1.2, 4.1.3, 2.1.1, 2.4.3) -------------------------------------------------------

def _search_panel(tree, lang):
    button = toggle(tree, SEARCH[lang])
    panel = button.controls() if button else []
    return button, panel


@pytest.mark.parametrize("lang, query, expected", QUERIES, ids=[q for _, q, _ in QUERIES])
def test_search_by_keyboard_announces_the_count_and_escape_returns_focus(fresh, server, lang, query, expected):
    browser = fresh
    open_fresh(browser, server, HOME[lang])
    button = banner_button(AXTree(browser), SEARCH[lang])
    assert button.expanded is False, f"{button}: closed, so aria-expanded must be false"
    assert _names_what_it_controls(browser, button), f"{button} has no aria-controls naming the search panel"
    tab_to(browser, button)
    press(browser, Keys.ENTER)

    tree = wait_tree(browser, lambda t: (f := t.focused()) is not None and f.role == "searchbox",
                     "after Enter on the search button focus is not in a search field")
    opened, panel = _search_panel(tree, lang)
    assert opened.expanded is True, f"{opened}: open, so aria-expanded must be true"
    assert panel, f"{opened}: open, but the accessibility tree has no panel it controls (aria-controls)"
    field = tree.focused()
    form = [a for a in field.ancestors() if a.role == "search"]
    assert form and form[0].name == SEARCH[lang], \
        f'the field {field} is not in a search landmark named "{SEARCH[lang]}": {[str(a) for a in form]}'
    assert field.name, "the search field has no label"
    assert field.prop("required") is not True, f"{field} is required: it is announced so for no reason"
    assert form[0].find("button"), "the search form has no submit button"
    # The live region is there before anything is typed, or it would not be announced (4.1.3).
    status = [n for n in tree.find("status") if n.prop("live") == "polite"]
    assert status, "no polite live region (role=status) for the result count when search opens"

    type_text(browser, query)

    def answered(t):
        live = [n for n in t.find("status") if n.prop("live") == "polite"]
        _, p = _search_panel(t, lang)
        links = [urlparse(a.prop("url") or "").path for d in p for lst in d.find("list") for a in lst.find("link")]
        return any(RESULT_COUNT[lang].search(n.text() or n.name) for n in live) and any(
            path.startswith(expected) for path in links)

    tree = wait_tree(browser, answered, f'"{query}": no result count in {lang} in the live region, or no result '
                                        f"link to {expected} in a list in the search panel")
    _, panel = _search_panel(tree, lang)
    paths = [urlparse(a.prop("url") or "").path for d in panel for lst in d.find("list") for a in lst.find("link")]
    assert all(p.startswith("/sv/") == (lang == "sv") for p in paths), f"results in the other language: {paths}"

    press(browser, Keys.ESCAPE)
    tree = wait_tree(browser, lambda t: (f := t.focused()) is not None and (f.role, f.name) == ("button", SEARCH[lang]),
                     "after Escape focus is not back on the search button (2.4.3)")
    assert tree.focused().expanded is False, f"{tree.focused()}: closed, so aria-expanded must be false"


@pytest.mark.parametrize("lang", LANGS)
def test_search_opens_with_space_and_says_when_nothing_is_found(fresh, server, lang):
    browser = fresh
    open_fresh(browser, server, HOME[lang])
    button = banner_button(AXTree(browser), SEARCH[lang])
    tab_to(browser, button)
    press(browser, Keys.SPACE)
    wait_tree(browser, lambda t: (f := t.focused()) is not None and f.role == "searchbox",
              "after Space on the search button focus is not in a search field")
    type_text(browser, "qqzzxxyy")
    wait_tree(browser, lambda t: any(RESULT_COUNT[lang].search(n.text() or n.name) for n in t.find("status")),
              f"nothing found, and the live region does not say so in {lang}")
    press(browser, Keys.ESCAPE)
    wait_tree(browser, lambda t: (f := t.focused()) is not None and (f.role, f.name) == ("button", SEARCH[lang]),
              "after Escape focus is not back on the search button (2.4.3)")


# --- landmarks and the current page (1.3.1, 2.4.1, 1.4.1) --------------------------------------

def _current_page_links(tree, browser, url):
    """The links to this page that say aria-current=page (Chromium's tree does not expose it: the
    attribute of the element behind the node is read)."""
    return [a for a in tree.find("link") if (a.prop("url") or "").split("#")[0] == url
            and a.element().get_attribute("aria-current") == "page"]


@pytest.mark.a11y_check("structure")
@pytest.mark.parametrize("page", planned_pages(), ids=lambda p: "/" + p)
def test_landmarks_and_the_current_page_in_the_menu(fresh, server, page):
    browser = fresh
    browser.get(server.url + page)
    tree = AXTree(browser)
    counts = {role: len(tree.find(role)) for role in ("banner", "main", "contentinfo")}
    assert counts == {"banner": 1, "main": 1, "contentinfo": 1}, f"landmarks {counts}:\n" + tree.describe()
    navs = tree.find("navigation")
    in_main = [str(n) for n in navs if n.inside("main")]
    nested = [str(n) for n in navs if n.inside("navigation")]
    assert not in_main, f"navigation inside main (content starts late, a jump to main lands in a menu): {in_main}"
    assert not nested, f"navigation landmarks inside navigation: {nested}"
    assert len(navs) <= 2, f"{len(navs)} navigation landmarks; expected the menu and at most one contents list: " \
                           f"{[str(n) for n in navs]}"
    names = [n.name for n in navs]
    assert all(names) and len(set(names)) == len(names), f"navigation landmarks unnamed or named alike: {names}"
    if page.endswith("404.html"):
        return  # an error page is in no menu
    if easy_part(page) is not None:
        # The easy-language pages are in no menu (pages.py): the header's easy entry says where the
        # reader is, the start page as the current page, the others as the current part of the site.
        (entry,) = [a for a in tree.find("link") if a.inside("banner") and "easy-entry__link" in a.element().get_attribute("class")]
        assert entry.element().get_attribute("aria-current") == ("page" if easy_part(page) == "" else "true"), page
        return
    current = _current_page_links(tree, browser, server.url + page)
    assert any(a.inside("navigation") for a in current), \
        "no link to this page in the menu has aria-current=page (1.3.1: the current page by more than colour)"
