"""Search in real Chromium: each language finds its own pages, also by inflected forms that no page
contains (Pagefind's Finnish and Swedish stemming), says how many it found, and a result opens
its page with the found words marked."""

import os
from urllib.parse import parse_qs, urlparse

import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

COUNT = {"fi": ("tulos", "tulosta"), "sv": ("träff", "träffar")}


def result_links(browser) -> list[str]:
    return [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, ".site-search__results a")]


def result_paths(browser) -> list[str]:
    return [urlparse(href).path for href in result_links(browser)]


def search(browser, server, page: str, query: str, expected: str) -> list[str]:
    """Open search, type the query and wait until the expected page is among the results (or time out)."""
    browser.get(server.url + page)
    browser.find_element(By.CSS_SELECTOR, ".search-toggle").click()
    box = browser.switch_to.active_element
    assert box.get_attribute("type") == "search"
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
    lang = "sv" if swedish else "fi"
    status = browser.find_element(By.CSS_SELECTOR, ".site-search [role=status]").text
    n = len(results)
    assert status == f"{n} {COUNT[lang][0 if n == 1 else 1]}", status
    # The result opens its page with the words that were found marked wherever they occur.
    link = next(href for href in result_links(browser) if urlparse(href).path.startswith(expected))
    (found,) = parse_qs(urlparse(link).query)["h"]
    words = set(found.split())
    assert words and all(len(os.path.commonprefix([query, w])) >= 5 for w in words), (query, words)
    browser.get(link)
    marks = WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "article mark"))
    assert {mark.text.replace("\u00ad", "").lower() for mark in marks} <= words and marks, (words, [m.text for m in marks])


def test_result_titles_have_no_soft_hyphens(browser, server):
    # The headings carry U+00AD for narrow screens; the titles in the results are plain words.
    search(browser, server, "", "hyvinvointialuestrategiassa", "/strategia/")
    titles = [a.text for a in browser.find_elements(By.CSS_SELECTOR, ".site-search__results a")]
    assert "Hyvinvointialuestrategia 2023–2025" in titles and not [t for t in titles if "\u00ad" in t], titles


def test_a_query_that_finds_nothing_says_so(browser, server):
    search(browser, server, "sv/", "xyzzyqwerty", "/never/")
    WebDriverWait(browser, 10).until(
        lambda d: d.find_element(By.CSS_SELECTOR, ".site-search [role=status]").text == "Inga träffar")
    assert not result_links(browser)
