"""Nothing loaded from another host; one search index per language with stemming."""

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


def load_index(site, lang):
    path = site.dir / ("search" if lang == "fi" else f"{lang}/search") / "search_index.json"
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_one_search_index_per_language_with_stemming(site, lang):
    index = load_index(site, lang)
    assert index["config"]["lang"] == [lang]
    assert "stemmer" in index["config"]["pipeline"]
    titles = {d["title"] for d in index["docs"]}
    assert {"fi": "Strategiset linjaukset", "sv": "Strategiska riktlinjer"}[lang] in titles
    assert {"sv": "Strategiset linjaukset", "fi": "Strategiska riktlinjer"}[lang] not in titles
    assert not any(d["location"].startswith("sv/") for d in index["docs"])


def test_swedish_pages_load_the_swedish_index(site):
    for path in site.pages():
        config = json.loads(site.soup(path).select_one("#__config").string)
        if path.startswith("sv/"):
            assert config["base"].endswith("sv/"), (path, config["base"])
        else:
            assert not config["base"].endswith("sv/"), path
