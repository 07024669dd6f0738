"""The editor at /admin/ in headless Chromium: it follows the browser's language (Finnish or
Swedish), loads nothing from another host, lets the reader zoom, and axe-core (the gate's, pinned
in package-lock.json) finds nothing on the collection list or the editor. It is not a page of the
site: noindex, no link to it, not in search or the sitemap."""

import json
import time
from urllib.parse import urlparse

import pytest
from axe_selenium_python import Axe

import cms
import engines
from page_weight import gz

AREA_EDITOR = "admin/#/collections/painopisteet/entries/terveet-elintavat"


@pytest.fixture(scope="module", params=["fi", "sv"])
def editor(request, server):
    driver = cms.editor_browser(request.param)
    cms.requested_urls(driver)
    cms.open_local_repository(driver, server.url, cms.repository_files())
    yield request.param, driver
    driver.quit()


def _settle(driver, seconds: float = 2.0) -> None:
    time.sleep(seconds)  # Sveltia renders lists as they come into view and fades panels in


def test_the_interface_is_in_the_browsers_language(editor):
    lang, driver = editor
    _settle(driver)
    assert driver.execute_script("return document.documentElement.lang") == lang
    words = {"fi": "Kokoelmat", "sv": "Samlingar"}[lang]
    assert words in driver.find_element("css selector", "body").text


def _axe(driver, view: str) -> list[dict]:
    axe = Axe(driver, script_url=str(engines.AXE_SCRIPT))
    axe.inject()
    result = driver.execute_async_script(
        "const [options, done] = arguments; axe.run(document, JSON.parse(options)).then(done, e => done({error: String(e)}));",
        engines.AXE_OPTIONS,
    )
    assert "error" not in result, result
    violations = [{"id": v["id"], "impact": v["impact"], "nodes": [(n["target"], n["html"][:150]) for n in v["nodes"]][:5]} for v in result["violations"]]
    print(view, "axe", result["testEngine"]["version"], "violations:", json.dumps(violations),
          "incomplete:", [i["id"] for i in result["incomplete"]])
    return violations


# Known, not fixed: the library's splitter between the collection menu and the list (a focusable
# role=separator of Sveltia's) is outside both landmarks, and no ARIA role on our side can take it
# in without another rule failing (main inside a region, or a role main may not have). `region` is
# one of axe's best practices, not a WCAG criterion; everything else must be clean.
KNOWN = [{"id": "region", "impact": "moderate", "nodes": [([".page-root"], '<div role="none" class="page-root svelte-1a6c577">')]}]


def test_axe_finds_nothing_on_the_collection_list_but_the_splitter(editor, server):
    lang, driver = editor
    driver.get(server.url + "admin/#/collections/painopisteet")
    _settle(driver)
    assert _axe(driver, f"{lang} collection list") in ([], KNOWN)


def test_axe_finds_nothing_in_the_editor(editor, server):
    lang, driver = editor
    driver.get(server.url + AREA_EDITOR)
    cms.field(driver, "tavoitteet.0.id")
    _settle(driver)
    assert _axe(driver, f"{lang} editor") == []


def test_the_reader_can_zoom(editor, server):
    _, driver = editor
    contents = driver.execute_script("return [...document.querySelectorAll('meta[name=viewport]')].map(m => m.content)")
    assert contents and not [c for c in contents if "maximum-scale" in c or "user-scalable=no" in c], contents


def test_nothing_is_loaded_from_another_host(editor, server, site):
    lang, driver = editor
    driver.get(server.url + AREA_EDITOR)
    cms.field(driver, "tavoitteet.0.id")
    _settle(driver, 3)
    urls = cms.requested_urls(driver)
    own = urlparse(server.url).netloc
    assert urls and not [u for u in urls if urlparse(u).scheme in ("http", "https", "ws", "wss") and urlparse(u).netloc != own]
    # What the editor loads, gzip'd as GitHub Pages sends it (reported, not a budget: not a page of the site).
    files = sorted({urlparse(u).path for u in urls if urlparse(u).netloc == own and urlparse(u).path.startswith("/admin/")})
    sizes = {f: gz((site.dir / f.lstrip("/").removesuffix("/")).read_bytes() if not f.endswith("/") else (site.dir / "admin/index.html").read_bytes()) for f in files}
    print(lang, "admin load, gzip'd:", sum(sizes.values()), "bytes in", len(sizes), "files;", sorted(sizes.items(), key=lambda kv: -kv[1])[:6])


def test_the_editor_is_not_a_page_of_the_site(site):
    page = (site.dir / "admin" / "index.html").read_text(encoding="utf-8")
    assert '<meta name="robots" content="noindex, nofollow">' in page
    assert "data-pagefind-body" not in page  # Pagefind indexes only the articles that have it
    for path in site.pages():
        soup = site.soup(path)
        assert not [a["href"] for a in soup.find_all("a", href=True) if "admin" in a["href"].split("/")], path
    sitemap = site.dir / "sitemap.xml"
    assert not sitemap.exists() or "/admin/" not in sitemap.read_text(encoding="utf-8")
