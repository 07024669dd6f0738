"""The pixel test itself (tests/helpers/focus_pixels.py): the window without focus, captured once and
reused for the next stops, is captured again once the page has changed or scrolled, so that a change
of the page is never taken for a focus indicator; and a stop measured from the kept window is
measured as from a capture of its own."""

import pytest
from selenium.webdriver.common.keys import Keys

from controls import press
from focus_pixels import check_stop, focused, required

# Two buttons with the browser's focus ring, then one whose ring is taken away.
PAGE = """data:text/html,<!doctype html><html lang="en"><title>t</title>
<body style="margin:20px;background:white">
<button>Ring</button> <button>Ring too</button>
<div id="box" style="height:60px;width:200px;overflow:auto;background:repeating-linear-gradient(black 0 4px, white 4px 8px) local">
<div style="height:200px;padding:20px"><button id="b" style="outline:none;border:none;background:transparent">No ring</button></div>
</div>"""

CHANGES = {
    "restyled": "document.getElementById('b').style.color = 'red';"
                "document.getElementById('box').style.background = 'repeating-linear-gradient(white 0 4px, black 4px 8px)';",
    "scrolled": "document.getElementById('box').scrollTop = 3;",
}


@pytest.mark.parametrize("change", CHANGES)
def test_a_change_of_the_page_is_not_taken_for_a_focus_ring(browser, change):
    browser.get(PAGE)
    for _ in range(2):  # the second stop in the same state keeps the whole window without focus
        press(browser, Keys.TAB)
        problem, _ = check_stop(browser, focused(browser))
        assert problem is None, problem  # the browser's own ring
    browser.execute_script(CHANGES[change])
    press(browser, Keys.TAB)
    stop = focused(browser)
    assert '"No ring"' in stop["what"], stop
    problem, change_seen = check_stop(browser, stop)
    assert problem is not None and "not visible enough" in problem, change_seen


# Three buttons with the browser's ring, then one without: from the third stop on, the window kept
# from the second gives the pixels without focus.
KEPT = """data:text/html,<!doctype html><html lang="en"><title>t</title>
<body style="margin:20px;background:white">
<button>One</button> <button>Two</button> <button>Three</button>
<button style="outline:none;border:none;background:transparent">No ring</button>"""


def test_a_stop_measured_from_the_kept_window_is_measured_as_from_its_own_capture(browser):
    browser.get(KEPT)
    for name in ("One", "Two", "Three"):
        press(browser, Keys.TAB)
        stop = focused(browser)
        assert f'"{name}"' in stop["what"], stop
        problem, change = check_stop(browser, stop)
        assert problem is None, problem
        assert change.strong >= required(stop), change
    press(browser, Keys.TAB)
    stop = focused(browser)
    problem, change = check_stop(browser, stop)
    assert problem is not None and "not visible enough" in problem and change.changed == 0, (problem, change)
    # Focus came back to the stop each time: Tab goes on from it, round to the first.
    press(browser, Keys.TAB)
    press(browser, Keys.TAB)
    assert '"One"' in focused(browser)["what"]
