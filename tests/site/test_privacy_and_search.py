"""Nothing loaded from another host; one search index per language, of the articles only."""

import json
import re

import pytest

LOADING = {"script": "src", "img": "src", "iframe": "src", "source": "src", "audio": "src", "video": "src",
           "embed": "src", "object": "data"}


def is_external(url: str) -> bool:
    return bool(re.match(r"^(https?:)?//", url.strip()))


def test_no_page_loads_anything_from_another_host(site):
    for path in site.pages():
        soup = site.soup(path)
        for tag, attr in LOADING.items():
            for el in soup.find_all(tag):
                assert not is_external(el.get(attr, "")), (path, str(el)[:200])
        for link in soup.find_all("link"):
            if set(link.get("rel", [])) & {"stylesheet", "icon", "preconnect", "preload", "prefetch", "dns-prefetch", "modulepreload", "manifest"}:
                assert not is_external(link.get("href", "")), (path, str(link))
        for style in soup.find_all(style=True):
            assert "url(" not in style["style"] or not re.search(r"url\(\s*['\"]?(https?:)?//", style["style"])


def test_no_stylesheet_or_script_refers_to_another_host(site):
    for file in list(site.dir.rglob("*.css")):
        text = file.read_text(encoding="utf-8")
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", text), file
        assert not re.search(r"@import\s+(url\()?['\"]?(https?:)?//", text), file
    for file in list(site.dir.rglob("*.js")) + list(site.dir.rglob("*.html")):
        text = file.read_text(encoding="utf-8")
        assert "fonts.googleapis.com" not in text and "fonts.gstatic.com" not in text, file
        assert "googletagmanager" not in text and "google-analytics" not in text, file


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_one_search_index_per_language(site, lang):
    # Pagefind writes one index per <html lang>; the browser picks the page's own.
    bundle = site.dir / "pagefind"
    assert list(bundle.glob(f"pagefind.{lang}_*.pf_meta")) and list(bundle.glob(f"index/{lang}_*.pf_index"))
    assert sorted(p.name.split("_")[0] for p in bundle.glob("*.pf_meta")) == ["pagefind.fi", "pagefind.sv"]


def test_search_indexes_the_article_only(site):
    # Menus and the 404 pages are not content: only articles are indexed (data-pagefind-body).
    for path in site.pages():
        soup = site.soup(path)
        bodies = soup.select("[data-pagefind-body]")
        if path.endswith("404.html"):
            assert not bodies, path
        else:
            assert [b.name for b in bodies] == ["article"], path
