"""Byte budgets on the real data: any page's HTML ≤ 15 KB and a first visit ≤ 40 KB in all,
gzip'd (issues 7 and 12); search (Pagefind's script, index and fragments) is loaded only when the
reader opens it."""

import pytest
from page_weight import FIRST_VISIT_BUDGET, HTML_BUDGET, gz, visit
from sitebuild import planned_pages

PAGES = [p for p in planned_pages() if not p.endswith("404.html")]


def test_every_html_page_is_within_the_html_budget(site):
    over = {p: gz((site.dir / (p if p.endswith(".html") else p + "index.html")).read_bytes()) for p in site.pages()}
    assert over and not {p: n for p, n in over.items() if n > HTML_BUDGET}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: "/" + p)
def test_first_visit_is_within_budget_and_loads_no_search(browser, server, site, page):
    loaded = visit(browser, server.url, site.dir, page)
    assert loaded["total_gz"] <= FIRST_VISIT_BUDGET, f"/{page}: {loaded['total_gz']} bytes: {loaded['files']}"
    assert not [f for f in loaded["files"] if f.startswith("pagefind/")], loaded["files"]
    assert not [f for f in loaded["files"] if f.endswith("sitemap.xml")], loaded["files"]


@pytest.mark.parametrize("page", ["", "sv/strategia/"], ids=lambda p: "/" + p)
def test_opening_search_loads_the_search_bundle(browser, server, site, page):
    loaded = visit(browser, server.url, site.dir, page, search=True)
    assert "pagefind/pagefind.js" in loaded["files"], loaded["files"]


def test_material_stylesheet_is_cut_to_three_quarters_or_less(site):
    import glob
    import os

    import material

    (original,) = glob.glob(os.path.join(os.path.dirname(material.__file__), "templates/assets/stylesheets/main.*.min.css"))
    (cut,) = (site.dir / "assets" / "stylesheets").glob("main.*.min.css")
    with open(original, "rb") as file:
        assert gz(cut.read_bytes()) <= 0.75 * gz(file.read())


def test_every_stylesheet_script_and_icon_a_page_links_exists(site):
    # The cut stylesheet has a new name: every page, the 404s too, must link the file that exists.
    missing = {}
    for path in site.pages():
        soup = site.soup(path)
        base = (site.dir / path).parent if path.endswith(".html") else site.dir / path
        for tag, attr in (("link", "href"), ("script", "src")):
            for el in soup.find_all(tag, attrs={attr: True}):
                url = el[attr]
                if "://" in url or url.startswith(("data:", "mailto:")) or (tag == "link" and "stylesheet" not in el.get("rel", []) and "icon" not in el.get("rel", [])):
                    continue
                target = (site.dir / url.lstrip("/")) if url.startswith("/") else (base / url.split("?")[0])
                if not target.resolve().is_file():
                    missing.setdefault(path, []).append(url)
    assert not missing
