"""Two rule engines in real Chromium on every page view: both languages, both palettes, 1280 and
320 px. axe-core and HTML_CodeSniffer (WCAG2AA, as pa11y runs it) at the versions pinned in
package-lock.json, injected into the page.

No rule is disabled and no element excluded. Every axe violation and every HTML_CodeSniffer error
fails its view (its warnings and notices ask a person to look); axe's results, "needs review"
items included, go into the published report.
"""

from urllib.parse import urlparse

import pytest
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

import engines
from a11y_evidence import axe_criteria, element_of, htmlcs_criteria, record_axe_view, record_failure, record_versions
from controls import result_links, search
from engines import AXE_OPTIONS


def _slim(result: dict) -> list[dict]:
    return [
        {"id": r["id"], "impact": r.get("impact"), "tags": r["tags"], "help": r["help"], "helpUrl": r["helpUrl"],
         "nodes": [{"target": n["target"], "html": n["html"][:300], "summary": n.get("failureSummary", "")} for n in r["nodes"]]}
        for r in result
    ]


def axe_record(result: dict, page: str, width: int, scheme: str, site: str = "real") -> dict:
    """One view's axe results for the report: the rule ids that passed and were inapplicable, and
    the rules that need review or failed with their elements."""
    return {
        "site": site, "page": "/" + page, "scheme": "dark" if scheme == "slate" else "light", "width": width,
        "passes": sorted(r["id"] for r in result.get("passes", [])),
        "inapplicable": sorted(r["id"] for r in result.get("inapplicable", [])),
        "violations": _slim(result["violations"]), "incomplete": _slim(result["incomplete"]),
    }


def record_axe_failures(result: dict, browser) -> None:
    """Each violating element as a failure of its own, with the rule's criteria and the element's
    role and name as the page shows it."""
    for rule in result["violations"]:
        for node in rule["nodes"]:
            selector = " ".join(map(str, node["target"]))
            record_failure(element=selector, criteria=axe_criteria(rule["tags"]), **element_of(browser, selector),
                           message=f"{rule['id']}: {rule['help']}. {node.get('failureSummary', '')}".strip())


def record_htmlcs_failures(errors: list[dict]) -> None:
    for e in errors:
        record_failure(element=e["element"], message=f"{e['code']}: {e['msg']}", criteria=htmlcs_criteria(e["code"]))


def open_view(browser, url: str, width: int, scheme: str, ready: str | None = None) -> None:
    """One page view with both engines injected; each page loads once per width, the palette
    switches in place. With `ready` (a CSS selector), waits until the loaded page has such an element."""
    if browser.get_window_size()["width"] != width:
        browser.set_window_size(width, 900)
    if browser.current_url != url or not engines.injected(browser):
        browser.get(url)
        if ready:
            WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ready))
        engines.inject(browser)
    # What Material's palette toggle does: the scheme is an attribute on <body>.
    browser.execute_script("document.body.setAttribute('data-md-color-scheme', arguments[0])", scheme)
    # Colours fade between palettes: test the colours the reader ends up with.
    browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "Promise.all(document.getAnimations().map(a => a.finished)).then(() => done(), () => done());"
    )


def axe_view(browser, url: str, width: int, scheme: str, ready: str | None = None) -> tuple[Axe, dict]:
    """axe's results for one page view (`open_view`)."""
    open_view(browser, url, width, scheme, ready)
    axe = engines.axe(browser)
    return axe, axe.run(options=AXE_OPTIONS)


def htmlcs_view(browser, url: str, width: int, scheme: str, ready: str | None = None) -> list[dict]:
    """HTML_CodeSniffer's WCAG2AA errors for one page view (`open_view`)."""
    open_view(browser, url, width, scheme, ready)
    return engines.htmlcs_errors(browser)


@pytest.mark.a11y_check("axe")
def test_axe_finds_no_violations(browser, server, page_view):
    width, scheme, page = page_view
    axe, result = axe_view(browser, server.url + page, width, scheme)
    record_versions(axe_core=result["testEngine"]["version"], chromium=browser.capabilities.get("browserVersion", ""),
                    chromedriver=browser.capabilities.get("chrome", {}).get("chromedriverVersion", "").split(" ")[0])
    record_axe_view(axe_record(result, page, width, scheme))
    record_axe_failures(result, browser)
    assert not result["violations"], axe.report(result["violations"])


@pytest.mark.a11y_check("htmlcs")
def test_html_codesniffer_finds_no_errors(browser, server, page_view):
    width, scheme, page = page_view
    errors = htmlcs_view(browser, server.url + page, width, scheme)
    record_versions(html_codesniffer=engines.htmlcs_version())
    record_htmlcs_failures(errors)
    assert not errors, engines.htmlcs_report(errors)


# Pages as opened from search results: the searched word's stem is marked wherever it occurs, on a
# background of its own that must keep the text readable in both palettes.
@pytest.mark.a11y_check("axe")
@pytest.mark.parametrize("scheme", ["default", "slate"])  # light, dark
@pytest.mark.parametrize("home, query", [("", "turvallisuus"), ("sv/", "säkerhet")])
def test_axe_finds_no_violations_with_search_words_marked(browser, server, home, query, scheme):
    strategy = f"/{home}strategia/"
    tree = search(browser, server, home, query, lambda urls: any(urlparse(u).path == strategy for u in urls))
    link = next(a.prop("url") for a in result_links(tree, "sv" if home else "fi") if urlparse(a.prop("url")).path == strategy)
    browser.get(link)
    # The marks come once the search index has loaded.
    axe, result = axe_view(browser, browser.current_url, 1280, scheme, ready="main mark")
    assert browser.find_elements(By.CSS_SELECTOR, "main mark")
    record_axe_failures(result, browser)
    assert not result["violations"], axe.report(result["violations"])
    errors = engines.htmlcs_errors(browser)
    record_htmlcs_failures(errors)
    assert not errors, engines.htmlcs_report(errors)
