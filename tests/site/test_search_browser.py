"""Search in real Chromium: each language finds its own pages, also by inflected forms, and a
result opens its page with the searched word highlighted.

Search is worked as the control contract (issue 12) has it: the search button in the header, the
field that then has focus, the result links in the panel the button controls (tests/helpers/controls.py).
"""

import os
from urllib.parse import urlparse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from controls import result_links, search

MIN_STEM = 5  # the marked words and the query share at least this much: the word's stem


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
    links = [a.prop("url") for a in result_links(tree, lang)]
    paths = [urlparse(u).path for u in links]
    swedish = page.startswith("sv/")
    assert paths and all(path.startswith("/sv/") == swedish for path in paths), paths
    # The result opens its page with the word marked wherever it occurs, in all its forms.
    browser.get(next(u for u in links if urlparse(u).path.startswith(expected)))
    marks = WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "main mark"))
    words = {mark.text.lower() for mark in marks}
    stem = os.path.commonprefix([*words, query])
    assert len(stem) >= MIN_STEM, f"marked {sorted(words)} for {query!r}: not the searched word's forms"
