"""The pixel test itself (tests/helpers/focus_pixels.py): the window without focus, captured once and
reused for the next stops, is captured again once the page has changed or scrolled, so that a change
of the page is never taken for a focus indicator; and a stop measured from the kept window is
measured as from a capture of its own; and the pixels are counted as the WCAG formula counts
them, one by one."""

import pytest
from PIL import Image
from selenium.webdriver.common.keys import Keys

from controls import press
from focus_pixels import MIN_CONTRAST, compare, check_stop, focused, required

# Two buttons with the browser's focus ring, then one whose ring is taken away.
PAGE = """data:text/html,<!doctype html><html lang="en"><title>t</title>
<body style="margin:20px;background:white">
<button>Ring</button> <button>Ring too</button>
<div id="box" style="height:60px;width:200px;overflow:OVERFLOW;background:repeating-linear-gradient(black 0 4px, white 4px 8px) local">
<div style="height:200px;padding:20px"><button id="b" style="outline:none;border:none;background:transparent">No ring</button></div>
</div>"""

# The box scrolls with a scroll bar, or only from scripts and by focus (overflow hidden).
CHANGES = {
    "restyled": ("auto", "document.getElementById('b').style.color = 'red';"
                 "document.getElementById('box').style.background ="
                 " 'repeating-linear-gradient(white 0 4px, black 4px 8px)';"),
    "scrolled": ("auto", "document.getElementById('box').scrollTop = 3;"),
    "scrolled-overflow-hidden": ("hidden", "document.getElementById('box').scrollTop = 3;"),
}


def _next_stop(browser, name: str):
    """Tab on to the stop named `name`: the stop, and its problem and change in pixels."""
    press(browser, Keys.TAB)
    stop = focused(browser)
    assert f'"{name}"' in stop["what"], stop
    return stop, *check_stop(browser, stop)


def _no_ring_is_seen(browser):
    _, problem, change = _next_stop(browser, "No ring")
    assert problem is not None and "not visible enough" in problem, change


@pytest.mark.parametrize("change", CHANGES)
def test_a_change_of_the_page_is_not_taken_for_a_focus_ring(browser, change):
    overflow, script = CHANGES[change]
    browser.get(PAGE.replace("OVERFLOW", overflow))
    # The second stop in the same state keeps the whole window without focus.
    for name in ("Ring", "Ring too"):
        _, problem, _ = _next_stop(browser, name)
        assert problem is None, problem  # the browser's own ring
    browser.execute_script(script)
    _no_ring_is_seen(browser)


def test_a_box_that_becomes_scrollable_is_watched_from_then_on(browser):
    """A box that can scroll only from some stop on is watched from then on: it cannot when the
    walk begins, can after the first stop, and scrolls once the window without focus is kept."""
    browser.get(PAGE.replace("OVERFLOW", "visible").replace("<button>Ring too</button>",
                                                           "<button>Ring too</button> <button>Three</button>"))
    for name in ("Ring", "Ring too", "Three"):
        _, problem, _ = _next_stop(browser, name)
        assert problem is None, problem
        if name == "Ring":
            browser.execute_script("document.getElementById('box').style.overflow = 'hidden'")
    browser.execute_script("document.getElementById('box').scrollTop = 3")
    _no_ring_is_seen(browser)


# Three buttons with the browser's ring, then one without: from the third stop on, the window kept
# from the second gives the pixels without focus.
KEPT = """data:text/html,<!doctype html><html lang="en"><title>t</title>
<body style="margin:20px;background:white">
<button>One</button> <button>Two</button> <button>Three</button>
<button style="outline:none;border:none;background:transparent">No ring</button>"""


def test_a_stop_measured_from_the_kept_window_is_measured_as_from_its_own_capture(browser):
    browser.get(KEPT)
    for name in ("One", "Two", "Three"):
        stop, problem, change = _next_stop(browser, name)
        assert problem is None, problem
        assert change.strong >= required(stop), change
    _, problem, change = _next_stop(browser, "No ring")
    assert problem is not None and "not visible enough" in problem and change.changed == 0, (problem, change)
    # Focus came back to the stop each time: Tab goes on from it, round to the first.
    press(browser, Keys.TAB)
    press(browser, Keys.TAB)
    assert '"One"' in focused(browser)["what"]


def _wcag_contrast(a: tuple, b: tuple) -> float:
    """WCAG 2.1's contrast ratio of two sRGB colours, written out as the definition reads."""
    def luminance(rgb):
        lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (v / 255 for v in rgb)]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    x, y = sorted((luminance(a), luminance(b)), reverse=True)
    return (x + 0.05) / (y + 0.05)


def test_the_pixels_are_counted_as_the_wcag_formula_counts_them_one_by_one():
    # On white: a black ring, greys on both sides of 3:1 (#949494 3.03:1, #959595 2.96:1), red
    # (4.00:1), green (1.37:1) and blue (8.59:1), a change too faint to see, and pixels left as they were.
    before = Image.new("RGB", (40, 10), (255, 255, 255))
    after = before.copy()
    colours = ([(0, 0, 0)] * 30 + [(0x94,) * 3] * 7 + [(0x95,) * 3] * 5 + [(255, 0, 0)] * 4 + [(0, 255, 0)] * 6
               + [(0, 0, 255)] * 2 + [(254, 255, 255)] * 3)
    for n, colour in enumerate(colours):
        after.putpixel((n % 40, n // 40 * 3), colour)
    ratios = [_wcag_contrast(a, b) for a, b in zip(after.get_flattened_data(), before.get_flattened_data()) if a != b]
    change = compare(after, before)
    assert (change.changed, change.strong) == (len(ratios), sum(r >= MIN_CONTRAST for r in ratios)) == (57, 43)
    assert change.best == max(ratios) == 21.0
    assert compare(before, before.copy()).changed == 0
