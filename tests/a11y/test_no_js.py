"""Without JavaScript every page still works: content, navigation and the language link.

A Chromium of its own with JavaScript turned off (WebDriver's own scripts still run, the
page's do not). "Reachable" means a pointer can hit it: inside the window and not covered.
"""

import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from ax_tree import AXTree
from browser import chromium
from controls import LANGUAGE_SWITCH, MENU, SEARCH, THEME
from plan.labels import Labels
from sitebuild import easy_part, page_lang, planned_pages

pytestmark = pytest.mark.a11y_check("no-js")

PAGES = planned_pages()

# For each element, why a pointer cannot hit it ("" when it can), checked near its left edge
# where a link's text begins; first scrolled into view if asked (sidebars scroll on their own).
HIT_TEST = """
const [elements, scroll] = arguments;
return elements.map(el => {
  if (scroll) el.scrollIntoView({block: "center", inline: "nearest"});
  const r = el.getBoundingClientRect();
  if (r.width < 1 || r.height < 1) return "it has no size";
  const x = r.left + Math.min(r.width / 2, 8), y = r.top + r.height / 2;
  if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight)
    return `it is outside the window, at ${Math.round(r.left)},${Math.round(r.top)}`;
  const hit = document.elementFromPoint(x, y);
  return hit && (hit === el || el.contains(hit)) ? "" : "it is covered by " + (hit ? hit.outerHTML.slice(0, 80) : "nothing");
});
"""


@pytest.fixture(scope="session")
def nojs_browser():
    driver = chromium(javascript=False)
    yield driver
    driver.quit()



def _counterpart(page: str) -> str:
    if page.endswith("404.html"):  # an error page's counterpart is the other language's home
        return "" if page_lang(page) == "sv" else "sv/"
    return page.removeprefix("sv/") if page_lang(page) == "sv" else "sv/" + page


def _open(driver, server, page: str, width: int):
    if driver.get_window_size()["width"] != width:
        driver.set_window_size(width, 900)
    driver.get(server.url + page)
    assert "no-js" in driver.find_element(By.TAG_NAME, "html").get_attribute("class").split(), \
        "the page's JavaScript ran: this browser must have it off"


def _unreachable(driver, named: dict, scroll=True) -> dict[str, str]:
    """{name: why it cannot be hit} for those of the named elements that cannot be."""
    reasons = driver.execute_script(HIT_TEST, list(named.values()), scroll)
    return {name: why for name, why in zip(named, reasons) if why}


def _wait_reachable(driver, named: dict, where: str):
    """Waits out CSS transitions (the drawer slides) until every named element can be hit."""
    try:
        WebDriverWait(driver, 10, poll_frequency=0.05).until(lambda d: not _unreachable(d, named))
    except TimeoutException:
        failed = _unreachable(driver, named)
        pytest.fail(f"/{where}: cannot be reached:\n" + "\n".join(f"  {n}: {why}" for n, why in failed.items()))


def _nav_links(driver, site, server, page: str) -> dict:
    """The menu's page links ({address #n: element}): the links in the navigation landmarks outside
    main that the accessibility tree shows (a hidden drawer is not shown); together they link every page but the
    easy-language ones, which the header's easy entry leads to (`_easy_entry`) and no menu lists."""
    tree = AXTree(driver)
    links = [a for nav in tree.find("navigation") if not nav.inside("main") for a in nav.find("link")]
    hrefs = {(a.prop("url") or "").split("#")[0] for a in links}
    expected = {server.url + p for p in site.pages(page_lang(page)) if not p.endswith("404.html") and easy_part(p) is None}
    assert expected <= hrefs, f"/{page}: the navigation shown does not link {sorted(expected - hrefs)}"
    menu = [a for a in links if (a.prop("url") or "").split("#")[0] in expected]
    return {f"{a.prop('url')} #{n}": element for n, (a, element) in enumerate(zip(menu, tree.elements(menu)), 1)}


def _check_content(driver, page: str):
    main = driver.find_element(By.TAG_NAME, "main")
    assert main.is_displayed() and main.text.strip(), f"/{page}: the main content is not shown"
    h1 = main.find_element(By.TAG_NAME, "h1")
    _wait_reachable(driver, {"the main heading": h1}, page)


def _language_link(driver, page: str):
    (link,) = [a for a in AXTree(driver).find("link", LANGUAGE_SWITCH[page_lang(page)]) if a.inside("banner")]
    return link.element()


def _easy_entry(driver, site, page: str):
    """The header's link to the easy-language pages, when the site has them (issue 27)."""
    if not [p for p in site.pages(page_lang(page)) if easy_part(p) is not None]:
        return {}
    (link,) = [a for a in AXTree(driver).find("link", Labels(page_lang(page))["easy_entry"]) if a.inside("banner")]
    return {"easy-language link": link.element()}


@pytest.mark.parametrize("width", [1280, 320])
@pytest.mark.parametrize("page", PAGES, ids=lambda p: "/" + p)
def test_content_and_navigation_can_be_reached(nojs_browser, server, site, page, width):
    """At 320 px without JavaScript the menu is not a drawer but a list at the foot of the page."""
    driver = nojs_browser
    _open(driver, server, page, width)
    _check_content(driver, page)
    header_links = {"language link": _language_link(driver, page), **_easy_entry(driver, site, page)}
    assert not (failed := _unreachable(driver, header_links)), f"/{page}: {failed}"
    assert not (failed := _unreachable(driver, _nav_links(driver, site, server, page))), \
        f"/{page} at {width} px: menu links cannot be reached: {failed}"


@pytest.mark.parametrize("page", [p for p in PAGES if p in ("", "sv/", "strategia/", "sv/strategia/", "404.html")],
                         ids=lambda p: "/" + p)
def test_no_control_is_offered_that_needs_javascript(nojs_browser, server, page):
    """The theme, menu and search buttons work only with JavaScript: without it they are not there,
    so there is no Tab stop that does nothing (4.1.2)."""
    driver = nojs_browser
    for width in (1280, 320):
        _open(driver, server, page, width)
        tree = AXTree(driver)
        lang = page_lang(page)
        offered = [str(n) for name in (THEME[lang], MENU[lang], SEARCH[lang]) for n in tree.find("button", name)]
        offered += [str(n) for n in tree.find("radio") + tree.find("switch") + tree.find("checkbox")]
        assert not offered, f"/{page} at {width} px without JavaScript offers {offered}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: "/" + p)
def test_language_link_leads_to_the_counterpart(nojs_browser, server, page):
    driver = nojs_browser
    _open(driver, server, page, 1280)
    switch = _language_link(driver, page)
    _wait_reachable(driver, {"the language link": switch}, page)
    other = "fi" if page_lang(page) == "sv" else "sv"
    switch.click()
    WebDriverWait(driver, 10).until(lambda d: d.current_url != server.url + page)
    assert driver.current_url == server.url + _counterpart(page)
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == other
