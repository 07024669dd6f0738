"""Without JavaScript every page still works: content, navigation and the language link.

A Chromium of its own with JavaScript turned off (WebDriver's own scripts still run, the
page's do not). "Reachable" means a pointer can hit it: inside the window and not covered.
"""

import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from browser import chromium
from sitebuild import page_lang, session_site

pytestmark = pytest.mark.a11y_check("no-js")

PAGES = session_site().pages()
PRIMARY_NAV = ".md-sidebar--primary nav.md-nav--primary"

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

# The primary navigation's page links (not the table of contents inside it). In the drawer each
# is a plain link, the current page's too (site.css lists every section open).
NAV_LINKS = """
const nav = document.querySelector(arguments[0]);
return [...nav.querySelectorAll("a.md-nav__link")].filter(a => !a.closest(".md-nav--secondary")).map(a => {
  const li = a.parentElement.closest("li.md-nav__item--nested");
  return {href: a.href, link: a, section: li ? li.querySelector(":scope > input.md-nav__toggle").id : "",
          in_drawer: a};
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


def _nav_links(driver, site, server, page: str) -> list[dict]:
    links = driver.execute_script(NAV_LINKS, PRIMARY_NAV)
    expected = {server.url + p for p in site.pages(page_lang(page)) if not p.endswith("404.html")}
    assert {link["href"] for link in links} == expected, f"/{page}: the navigation does not link every page"
    return links


def _check_content(driver, page: str):
    article = driver.find_element(By.CSS_SELECTOR, ".md-content article")
    assert article.is_displayed() and article.text.strip(), f"/{page}: the article is not shown"
    h1 = article.find_element(By.TAG_NAME, "h1")
    _wait_reachable(driver, {"the main heading": h1}, page)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: "/" + p)
def test_content_and_sidebar_nav_at_1280px(nojs_browser, server, site, page):
    driver = nojs_browser
    _open(driver, server, page, 1280)
    _check_content(driver, page)
    links = _nav_links(driver, site, server, page)
    assert not (failed := _unreachable(driver, {link["href"]: link["link"] for link in links})), \
        f"/{page}: nav links cannot be reached: {failed}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: "/" + p)
def test_content_and_nav_drawer_at_320px(nojs_browser, server, site, page):
    driver = nojs_browser
    _open(driver, server, page, 320)
    _check_content(driver, page)
    switch = driver.find_element(By.CSS_SELECTOR, "a.lang-switch__link")
    assert not (failed := _unreachable(driver, {"language link": switch})), f"/{page}: {failed}"
    links = _nav_links(driver, site, server, page)
    hidden = _unreachable(driver, {link["href"]: link["link"] for link in links}, scroll=False)
    assert len(hidden) == len(links), f"/{page}: the drawer is open before asked"

    button = driver.find_element(By.CSS_SELECTOR, 'label.md-header__button[for="__drawer"]')
    _wait_reachable(driver, {"the menu button": button}, page)
    button.click()
    # The drawer is one list with every section open (site.css): every page's link in it can be hit.
    _wait_reachable(driver, {link["href"]: link["in_drawer"] for link in links}, page)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: "/" + p)
def test_language_link_leads_to_the_counterpart(nojs_browser, server, page):
    driver = nojs_browser
    _open(driver, server, page, 1280)
    (switch,) = driver.find_elements(By.CSS_SELECTOR, "a.lang-switch__link")
    _wait_reachable(driver, {"the language link": switch}, page)
    other = "fi" if page_lang(page) == "sv" else "sv"
    switch.click()
    WebDriverWait(driver, 10).until(lambda d: d.current_url != server.url + page)
    assert driver.current_url == server.url + _counterpart(page)
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == other
