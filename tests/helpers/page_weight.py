"""What a visit to a page loads, in gzip'd bytes of the site's own files (issues 7 and 12: budgets).

The browser's resource list says which files a page loaded; sizes are those files gzip'd at level 9,
so they are the same on every machine. Shared by tests/site/test_budgets.py and the benchmark.
"""

from __future__ import annotations

import gzip
import time
from pathlib import Path

from selenium.webdriver.support.ui import WebDriverWait

HTML_BUDGET = 15 * 1024  # any page's HTML
FIRST_VISIT_BUDGET = 40 * 1024  # everything a first visit loads (issue 12)

_RESOURCES = "return [location.href, ...performance.getEntriesByType('resource').map(e => e.name)]"


def gz(data: bytes) -> int:
    return len(gzip.compress(data, 9, mtime=0))


def _settled(driver, quiet: float = 0.5, limit: float = 10) -> list[str]:
    """The page's resource list once no new resource has started for `quiet` seconds."""
    WebDriverWait(driver, limit).until(lambda d: d.execute_script("return document.readyState") == "complete")
    names, since, started = driver.execute_script(_RESOURCES), time.monotonic(), time.monotonic()
    while time.monotonic() - since < quiet and time.monotonic() - started < limit:
        time.sleep(0.05)
        now = driver.execute_script(_RESOURCES)
        if len(now) != len(names):
            names, since = now, time.monotonic()
    return names


def visit(driver, base_url: str, site: Path, path: str, search: bool = False) -> dict:
    """{"html_gz", "total_gz", "files": {site path: gz bytes}} for a visit to `path` with an empty
    cache; with `search`, after the reader has also opened search (which loads its index)."""
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    try:
        driver.get(base_url + path)
        names = _settled(driver)
        if search:
            driver.execute_script("document.querySelector('.search-toggle').click()")
            names = _settled(driver)
    finally:
        driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": False})
    files: dict[str, int] = {}
    for url in dict.fromkeys(names):
        rel = url.removeprefix(base_url).split("#")[0].split("?")[0]
        file = site / (rel + "index.html" if rel == "" or rel.endswith("/") else rel)
        if file.is_file():
            files[rel or "/"] = gz(file.read_bytes())
    return {"html_gz": gz((site / (path + "index.html")).read_bytes()), "total_gz": sum(files.values()), "files": files}
