"""Search in real Chromium: each language finds its own pages, also by inflected forms, and a
result opens its page with the searched word highlighted."""

from urllib.parse import parse_qs, urlparse

import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait


def result_links(browser) -> list[str]:
    links = browser.find_elements(By.CSS_SELECTOR, ".md-search-result__item a.md-search-result__link")
    return [a.get_attribute("href") for a in links]


def result_paths(browser) -> list[str]:
    return [urlparse(href).path for href in result_links(browser)]


def search(browser, server, page: str, query: str, expected: str) -> list[str]:
    """Type the query and wait until the expected page is among the results (or time out)."""
    browser.get(server.url + page)
    box = WebDriverWait(browser, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, "input.md-search__input")))
    browser.execute_script("document.querySelector('label[for=__search]').click()")
    WebDriverWait(browser, 10).until(lambda d: box.is_displayed())
    box.send_keys(query)
    try:
        # Results update while the query is typed: wait for the answer to the whole query.
        WebDriverWait(browser, 10).until(lambda d: any(p.startswith(expected) for p in result_paths(d)))
    except TimeoutException:
        pass
    return result_paths(browser)


@pytest.mark.parametrize(
    "page, query, expected",
    [
        # Inflected forms that the pages do not contain as such: only stemming finds them.
        ("", "kulttuurihyvinvointisuunnitelmalla", "/painopisteet/mielen-hyvinvointi/"),
        ("", "väkivaltatyölle", "/painopisteet/turvallisuus/"),
        ("sv/", "utredningens", "/sv/painopisteet/"),
        ("sv/", "bostadslösheten", "/sv/painopisteet/hyvinvointi-ja-terveyserot/"),
    ],
)
def test_search_finds_inflected_forms_in_the_readers_language(browser, server, site, page, query, expected):
    text = " ".join(p.read_text(encoding="utf-8") for p in site.dir.rglob("*.html"))
    assert query not in text  # the form is not on any page: a match comes from stemming
    results = search(browser, server, page, query, expected)
    assert any(path.startswith(expected) for path in results), results
    swedish = page.startswith("sv/")
    assert results and all(path.startswith("/sv/") == swedish for path in results), results
    # The section that matched opens with the word's stem marked wherever it occurs.
    link = next(href for href in result_links(browser) if urlparse(href).path.startswith(expected) and "#" in href)
    (stem,) = parse_qs(urlparse(link).query, keep_blank_values=True)["h"]
    assert stem and query.startswith(stem), link
    browser.get(link)
    marks = WebDriverWait(browser, 10).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "article mark[data-md-highlight]")
    )
    assert {mark.text.lower() for mark in marks} == {stem}
