"""axe-core in real Chromium on every page view: both languages, both palettes, 1280 and 320 px.

No rule is disabled and no element excluded. Every violation fails its view; axe's results,
"needs review" items included, go into the published report.
"""

import json

import pytest
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from a11y_evidence import record_axe_view, record_versions

AXE_OPTIONS = json.dumps({
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]},
    "rules": {"target-size": {"enabled": True}},
    "resultTypes": ["violations", "incomplete"],
})


def _slim(result: dict) -> list[dict]:
    return [
        {"id": r["id"], "impact": r.get("impact"), "tags": r["tags"], "help": r["help"], "helpUrl": r["helpUrl"],
         "nodes": [{"target": n["target"], "html": n["html"][:300], "summary": n.get("failureSummary", "")} for n in r["nodes"]]}
        for r in result
    ]


def axe_view(browser, url: str, width: int, scheme: str, ready: str | None = None) -> tuple[Axe, dict]:
    """axe's results for one page view; each page loads once per width, the palette switches in place.
    With `ready` (a CSS selector), axe waits until the loaded page has such an element."""
    if browser.get_window_size()["width"] != width:
        browser.set_window_size(width, 900)
    axe = Axe(browser)
    if browser.current_url != url or not browser.execute_script("return !!window.axe"):
        browser.get(url)
        if ready:
            WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ready))
        axe.inject()
    # What Material's palette toggle does: the scheme is an attribute on <body>.
    browser.execute_script("document.body.setAttribute('data-md-color-scheme', arguments[0])", scheme)
    # Colours fade between palettes: test the colours the reader ends up with.
    browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "Promise.all(document.getAnimations().map(a => a.finished)).then(() => done(), () => done());"
    )
    return axe, axe.run(options=AXE_OPTIONS)


@pytest.mark.a11y_check("axe")
def test_axe_finds_no_violations(browser, server, page_view):
    width, scheme, page = page_view
    axe, result = axe_view(browser, server.url + page, width, scheme)
    record_versions(axe_core=result["testEngine"]["version"], chromium=browser.capabilities.get("browserVersion", ""))
    record_axe_view({
        "page": "/" + page, "scheme": "dark" if scheme == "slate" else "light", "width": width,
        "violations": _slim(result["violations"]), "incomplete": _slim(result["incomplete"]),
        "passes": len(result.get("passes", [])),
    })
    assert not result["violations"], axe.report(result["violations"])


# Pages as opened from search results: the searched word's stem is marked wherever it occurs, on a
# background of its own that must keep the text readable in both palettes.
@pytest.mark.a11y_check("axe")
@pytest.mark.parametrize("scheme", ["default", "slate"])  # light, dark
@pytest.mark.parametrize("page", ["strategia/?h=turvallisuut", "sv/strategia/?h=s%C3%A4kerhet"])
def test_axe_finds_no_violations_with_search_words_marked(browser, server, page, scheme):
    # The marks come once the search index has loaded.
    axe, result = axe_view(browser, server.url + page, 1280, scheme, ready="mark[data-md-highlight]")
    assert len(browser.find_elements(By.CSS_SELECTOR, "mark[data-md-highlight]")) > 3
    assert not result["violations"], axe.report(result["violations"])
