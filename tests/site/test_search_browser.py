"""Search in real Chromium: each language finds its own pages, also by inflected forms that no page
contains (Pagefind's Finnish and Swedish stemming), says how many it found, and a result opens
its page with the found words marked.

Search is worked as the control contract (issue 12) has it: the search button in the header, the
field that then has focus, the live region and the result links in the panel the button controls
(tests/helpers/controls.py), not through the panel's classes.
"""

import os
from urllib.parse import urlparse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from controls import result_links, search, wait_tree

COUNT = {"fi": ("tulos", "tulosta"), "sv": ("träff", "träffar")}
MIN_STEM = 5  # a marked word and the query share at least this much: the word's stem


def _status(tree) -> str:
    return " ".join(n.text() or n.name for n in tree.find("status") if n.prop("live") == "polite")


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
    lang = "sv" if page.startswith("sv/") else "fi"
    tree = search(browser, server, page, query, lambda urls: any(urlparse(u).path.startswith(expected) for u in urls))
    def counted(t):  # the count said is the number of result links (results come while typing)
        n = len(result_links(t, lang))
        return n and _status(t) == f"{n} {COUNT[lang][0 if n == 1 else 1]}"

    tree = wait_tree(browser, counted, f"the live region does not say how many results there are: {COUNT[lang]}")
    links = [a.prop("url") for a in result_links(tree, lang)]
    paths = [urlparse(u).path for u in links]
    assert any(path.startswith(expected) for path in paths), paths
    assert all(path.startswith("/sv/") == (lang == "sv") for path in paths), paths
    # The result opens its page with the words that were found marked wherever they occur.
    browser.get(next(u for u in links if urlparse(u).path.startswith(expected)))
    marks = WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "main mark"))
    words = {mark.text.replace("\u00ad", "").lower() for mark in marks}
    assert all(len(os.path.commonprefix([query, w])) >= MIN_STEM for w in words), (query, words)


def test_result_titles_have_no_soft_hyphens(browser, server):
    # The headings carry U+00AD for narrow screens (page_words.py); result titles are plain words.
    tree = search(browser, server, "", "hyvinvointialuestrategiassa",
                  lambda urls: any(urlparse(u).path.startswith("/strategia/") for u in urls))
    titles = [a.name for a in result_links(tree, "fi")]
    assert "Hyvinvointialuestrategia 2023–2025" in titles and not [t for t in titles if "\u00ad" in t], titles


def test_a_query_that_finds_nothing_says_so(browser, server):
    tree = search(browser, server, "sv/", "xyzzyqwerty", lambda urls: True)
    tree = wait_tree(browser, lambda t: _status(t) == "Inga träffar", 'the live region does not say "Inga träffar"')
    assert not result_links(tree, "sv")
