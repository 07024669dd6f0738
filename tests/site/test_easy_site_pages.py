"""The easy-language pages in the built site (issue 27): reached from every page by the header's entry
beside the language switch, each standard page with an easy counterpart linking to it below its
heading and each easy page linking back, easy pages in their language with their own layout and no
soft hyphens, in the sitemap and found by search beside the standard pages.

Built from the data with test progress (tests/helpers/progress_fixture.py)."""

import xml.etree.ElementTree as ET
from urllib.parse import urljoin, urlparse

import pytest

from browser import SiteServer
from controls import result_links, search
from plan.labels import Labels
from plan.site import pages as site_pages
from plan.site import urls
from sitebuild import PUBLIC_URL, page_lang

EASY_FOLDER = urls.page_url(urls.easy(urls.HOME))  # "selkokieli/": the easy start page's address below a home


def _rest(path: str) -> tuple[str, str]:
    """A built page's language home and its path below it: "sv/strategia/" → ("sv/", "strategia/")."""
    home = urls.home_path(page_lang(path))
    return home, path.removeprefix(home)


def _easy(built: list[str]) -> list[str]:
    return [p for p in built if _rest(p)[1].startswith(EASY_FOLDER)]


def _target(page: str, href: str) -> str:
    """Where a link on a built page leads, as a built page's path."""
    return urlparse(urljoin("http://site/" + page, href)).path.lstrip("/")


def test_the_site_has_every_easy_kind_in_both_languages(progress_site):
    easy = _easy(progress_site.pages())
    for lang in ("fi", "sv"):
        home = urls.home_path(lang)
        assert {home + urls.page_url(k.path) for k in site_pages.KINDS if k.easy and k.path} <= set(easy)
        assert [p for p in easy if p.startswith(home + EASY_FOLDER + "painopisteet/")], lang
        assert [p for p in easy if p.startswith(home + EASY_FOLDER + "strategia")], lang


def test_every_page_has_the_easy_entry_beside_the_language_switch(progress_site):
    built = progress_site.pages()
    easy = set(_easy(built))
    for page in built:
        lang = page_lang(page)
        soup = progress_site.soup(page)
        entry = soup.select("header a.easy-entry__link")
        assert len(entry) == 1, page
        entry = entry[0]
        # Beside the language switch, in the page's own language, a link a keyboard reaches.
        assert entry.find_parent(class_="easy-entry").find_previous_sibling(class_="lang-switch"), page
        assert entry.get_text(strip=True) == Labels(lang)["easy_entry"] and not entry.has_attr("lang"), page
        home, rest = _rest(page)
        easy_home = home + EASY_FOLDER
        if page.endswith("404.html"):
            assert entry["href"] == "/" + easy_home, page  # a 404's links start at the site's root
            continue
        counterpart = home + EASY_FOLDER + rest
        expected = easy_home if page in easy else counterpart if counterpart in easy else easy_home
        assert _target(page, entry["href"]) == expected, page
        assert (entry.get("aria-current") == "page") == (page == easy_home), page


def test_standard_pages_link_to_their_easy_page_below_the_heading(progress_site):
    built = progress_site.pages()
    easy = set(_easy(built))
    linked = 0
    for page in built:
        home, rest = _rest(page)
        if page in easy or page.endswith("404.html"):
            continue
        link = progress_site.soup(page).select("article .easy-link a")
        counterpart = home + EASY_FOLDER + rest
        if counterpart not in easy:
            assert not link, page
            continue
        linked += 1
        assert len(link) == 1 and _target(page, link[0]["href"]) == counterpart, page
        assert link[0].get_text() == Labels(page_lang(page))["easy_from_standard"]
        paragraph = link[0].parent
        assert paragraph.find_previous_sibling().name == "h1" and paragraph.has_attr("data-pagefind-ignore"), page
    assert linked == len(easy)


def test_easy_pages_link_back_are_in_their_language_and_never_hyphenated(progress_site):
    built = set(progress_site.pages())
    for page in _easy(sorted(built)):
        lang = page_lang(page)
        soup = progress_site.soup(page)
        home, rest = _rest(page)
        assert soup.html["lang"] == lang
        article = soup.find("article")
        assert "easy-language" in article["class"], page
        back = article.select("p.easy-standard a")
        assert len(back) == 1 and back[0].get_text() == Labels(lang)["easy_to_standard"], page
        assert _target(page, back[0]["href"]) == home + rest.removeprefix(EASY_FOLDER) in built, page
        assert "\u00ad" not in article.get_text(), page


def test_the_sitemap_lists_the_easy_pages(published_site):
    published = published_site
    listed = {u.findtext("s:loc", namespaces={"s": "http://www.sitemaps.org/schemas/sitemap/0.9"})
              for u in ET.parse(published.dir / "sitemap.xml").getroot()}
    easy = _easy(published.pages())
    assert easy and {PUBLIC_URL + p for p in easy} <= listed
    entry = published.soup("sv/404.html").select_one("a.easy-entry__link")["href"]
    assert entry == urlparse(PUBLIC_URL).path + "sv/" + EASY_FOLDER


@pytest.fixture(scope="module")
def progress_server(progress_site):
    running = SiteServer(progress_site.dir)
    yield running
    running.close()


def _words(site, page: str) -> set[str]:
    article = site.soup(page).find("article")
    for skipped in article.select("[data-pagefind-ignore]"):
        skipped.decompose()
    return {w.strip(".,:;!?()–\"'").lower() for w in article.get_text(" ").replace("\u00ad", "").split()}


def _titles(browser, server, home: str, query: str, wanted: set[str]) -> dict[str, str]:
    """Search `query` on the language's home page: the result titles by their pages' paths, once `wanted` are found."""
    lang = page_lang(home)
    tree = search(browser, server, home, query, lambda found: wanted <= {urlparse(u).path for u in found})
    return {urlparse(a.prop("url")).path: a.name for a in result_links(tree, lang)}


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_search_finds_the_easy_page_beside_the_standard_one_told_apart_by_title(browser, progress_server, progress_site, lang):
    home = urls.home_path(lang)
    easy, standard = f"{home}{EASY_FOLDER}painopisteet/turvallisuus/", f"{home}painopisteet/turvallisuus/"
    suffix = Labels(lang)["easy_title"].format(title="")
    title = progress_site.soup(easy).h1.get_text()
    # The easy title's word ("turvallisuus", "trygghet"): the easy page, its title saying it is easy language.
    query = title.split()[0].lower()
    found = _titles(browser, progress_server, home, query, {"/" + easy})
    assert found["/" + easy] == title and title.endswith(suffix), found
    # A word both pages use, the one fewest pages of the language have: both, told apart by their titles.
    words = {p: _words(progress_site, p) for p in progress_site.pages(lang) if not p.endswith("404.html")}
    common = {w for w in words[easy] & words[standard] if len(w) >= 6 and w.isalpha()}
    assert common, "the easy page shares no word with its standard page"
    query = min(sorted(common), key=lambda w: sum(w in page_words for page_words in words.values()))
    found = _titles(browser, progress_server, home, query, {"/" + easy, "/" + standard})
    assert found["/" + easy].endswith(suffix) and not found["/" + standard].endswith(suffix), (query, found)
