"""The Tab key of the focus walks (browser.tab, sent straight to Chromium through the DevTools
protocol) is a keyboard's Tab as WebDriver's key actions send it: the page hears the same key
events with the same fields, and focus moves along the same stops and scrolls the same, forward
with Tab and back with Shift+Tab."""

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from browser import tab

# Stops far enough apart that Tab scrolls, a field, and a listener that keeps every key event.
PAGE = """data:text/html,<!doctype html><html lang="en"><title>t</title><body>
<a href="%23a">a</a><div style="height:1500px"></div><button>b</button><input aria-label="c">
<div style="height:1500px"></div><a href="%23d">d</a>
<script>
window.heard = [];
for (const type of ['keydown', 'keypress', 'keyup'])
  document.addEventListener(type, e => heard.push([type, e.key, e.code, e.keyCode, e.which, e.charCode,
    e.shiftKey, e.location, e.repeat, e.isTrusted]), true);
</script>"""
# The page's four stops. Past them focus leaves the page for the window, and headless Chromium gives
# it back to the page in its own time: WebDriver's next command came after that, a DevTools one before.
STOPS = 4


def _walk(browser, key) -> tuple[list, list]:
    browser.get(PAGE)
    stops = []
    for _ in range(STOPS):
        key()
        stops.append(browser.execute_script(
            "const e = document.activeElement; return [e.tagName, e.textContent || e.ariaLabel, scrollY]"))
    return stops, browser.execute_script("return heard")


@pytest.mark.parametrize("shift", [False, True], ids=["Tab", "Shift+Tab"])
def test_the_walks_tab_is_webdrivers_tab(browser, shift):
    if shift:
        ours = _walk(browser, lambda: tab(browser, shift=True))
        webdriver = _walk(browser, lambda: ActionChains(browser).key_down(Keys.SHIFT).send_keys(Keys.TAB)
                          .key_up(Keys.SHIFT).perform())
    else:
        ours = _walk(browser, lambda: tab(browser))
        webdriver = _walk(browser, lambda: ActionChains(browser).send_keys(Keys.TAB).perform())
    assert ours[1] == webdriver[1], "the page hears other key events"
    assert ours[0] == webdriver[0], "focus moves otherwise"
    assert len({s[2] for s in ours[0]}) > 1, "the page did not scroll: the walk proves too little"
