"""The site's public address (SITE_URL, set by the publish workflow) makes the sitemap, canonical
links and feed links absolute; a build without it writes no sitemap rather than a wrong one."""

import xml.etree.ElementTree as ET

import feedparser
import pytest

from sitebuild import PUBLIC_URL

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


@pytest.fixture(scope="module")
def published(published_site):
    return published_site


def test_without_the_address_no_sitemap_is_written(site):
    assert not (site.dir / "sitemap.xml").exists() and not (site.dir / "sitemap.xml.gz").exists()
    assert "None" not in " ".join(str(a) for a in site.soup("").find_all("link"))


def test_sitemap_lists_every_page_by_its_address_with_both_languages(published):
    urls = ET.parse(published.dir / "sitemap.xml").getroot().findall("s:url", NS)
    pages = [p for p in published.pages() if not p.endswith("404.html")]
    assert sorted(u.findtext("s:loc", namespaces=NS) for u in urls) == sorted(PUBLIC_URL + p for p in pages)
    for url in urls:
        alternates = {a.get("hreflang"): a.get("href") for a in url.findall("x:link", NS)}
        assert set(alternates) == {"fi", "sv"}
        assert url.findtext("s:loc", namespaces=NS) in alternates.values()
        assert all(href.startswith(PUBLIC_URL) for href in alternates.values()), alternates


@pytest.mark.parametrize("page", ["", "strategia/", "sv/", "sv/strategia/"])
def test_pages_name_their_canonical_address(published, page):
    assert published.soup(page).find("link", rel="canonical")["href"] == PUBLIC_URL + page


@pytest.mark.parametrize("page", ["", "strategia/", "sv/", "sv/strategia/", "404.html", "sv/404.html"])
def test_language_alternates_are_absolute(published, page):
    alternates = {a["hreflang"]: a["href"] for a in published.soup(page).find_all("link", rel="alternate", hreflang=True)}
    base = page.removeprefix("sv/")
    expected = ({"fi": PUBLIC_URL, "sv": PUBLIC_URL + "sv/"} if base == "404.html"
                else {"fi": PUBLIC_URL + base, "sv": PUBLIC_URL + "sv/" + base})
    assert alternates == expected


@pytest.mark.parametrize("home", ["", "sv/"])
def test_feed_links_are_absolute(published, home):
    feed = feedparser.parse((published.dir / home / "feed.xml").read_bytes())
    assert feed.feed.link == PUBLIC_URL + home + "mita-uutta/"
    assert feed.entries and all(entry.link.startswith(PUBLIC_URL + home) for entry in feed.entries)
