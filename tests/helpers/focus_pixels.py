"""Focus visibility as a person sees it (2.4.7, 1.4.11): the pixels around the focused element,
focused and then with focus taken away, compared.

A screenshot is clipped through the DevTools protocol (Page.captureScreenshot) to the focused
element's box and a margin, in whole CSS pixels, where an outline, a ring or a changed background
would be drawn. Focus then leaves the element (blur) and the same part of the window is taken
without focus. The focus indicator is the pixels that changed; enough of them must differ from
what was there before by at least 3:1 (the non-text contrast of 1.4.11). Nothing reads the
`outline` property.

Each capture takes tens of milliseconds (the whole window about twice a clip's), so once the page
has stayed in one state for two stops, the window without focus is captured whole and each further
stop's part cut from it while the state lasts: the same document, nothing in it changed (a
MutationObserver counts), nothing scrolled, the same viewport and media, no animation running, one
device pixel per CSS pixel. Otherwise the clip is taken again without focus.
"""

import base64
import io
import math
from dataclasses import dataclass

import numpy
from PIL import Image

from browser import devtools, run_js

MARGIN = 6  # CSS px around the box: an outline with an offset is drawn there
MIN_CONTRAST = 3.0
MIN_CHANGED = 8  # pixels: even the smallest control's indicator is more than a speck

# What has focus now, after its transitions have run to their end (so that no sleep is needed).
FOCUSED_JS = r"""
document.getAnimations().forEach(a => { try { a.finish(); } catch (e) {} });
const el = document.activeElement;
if (!el || el === document.body || el === document.documentElement) return {body: true};
const r = el.getBoundingClientRect();
const text = (el.getAttribute('aria-label') || el.innerText || el.value || el.getAttribute('href') || '')
  .replace(/\s+/g, ' ').trim().slice(0, 50);
return {body: false, what: `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}> "${text}"`,
        x: r.left, y: r.top, width: r.width, height: r.height, rects: el.getClientRects().length,
        scrollX, scrollY, viewWidth: innerWidth, viewHeight: innerHeight,
        inHeader: !!el.closest('header'), inMain: !!el.closest('main')};
"""
# Focus leaves and comes back without the page's scripts hearing of it (a panel that closes when
# focus leaves would otherwise be measured closed): the focus events stop at the window.
_QUIET = r"""
const quiet = e => e.stopImmediatePropagation();
const types = ['blur', 'focusout', 'focus', 'focusin'];
types.forEach(t => window.addEventListener(t, quiet, true));
const settle = () => document.getAnimations().forEach(a => { try { a.finish(); } catch (e) {} });
const box = el => { const r = el.getBoundingClientRect(); return [r.left, r.top, r.width, r.height].map(Math.round).join(); };
"""
_REFOCUS = r"""
window.__pixelsFocused.focus({preventScroll: true});
settle();
types.forEach(t => window.removeEventListener(t, quiet, true));
"""
BLUR_JS = _QUIET + r"""
// What holds the element must stay put: an element may appear only while focused (a skip link),
// but a panel that closes when focus leaves would make any focus look visible.
const el = window.__pixelsFocused = document.activeElement;
const holder = el.parentElement || el;
const before = box(holder);
el.blur();
settle();
types.forEach(t => window.removeEventListener(t, quiet, true));
// The page's state without focus, as a key: the same key, the same pixels (null: do not reuse).
if (!window.__pixelsObserver) {
  window.__pixelsChanges = 0;
  window.__pixelsObserver = new MutationObserver(records => { window.__pixelsChanges += records.length; });
  window.__pixelsObserver.observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
}
window.__pixelsChanges += window.__pixelsObserver.takeRecords().length;
const scrolled = [];
document.querySelectorAll('*').forEach((e, i) => { if (e.scrollTop || e.scrollLeft) scrolled.push([i, e.scrollLeft, e.scrollTop]); });
const media = ['(prefers-color-scheme: dark)', '(forced-colors: active)', '(prefers-reduced-motion: reduce)',
               '(prefers-contrast: more)'].map(q => matchMedia(q).matches);
const still = document.getAnimations().every(a => a.playState !== 'running');
const whole = devicePixelRatio === 1 && visualViewport.scale === 1 && Number.isInteger(scrollX) && Number.isInteger(scrollY);
const stayed = before === box(holder);
const state = still && whole ? JSON.stringify([performance.timeOrigin, window.__pixelsChanges,
  scrollX, scrollY, innerWidth, innerHeight, media, scrolled]) : null;
// In the state whose whole window is kept (the argument), nothing more is captured without focus:
// focus comes back in this same call.
if (state === null || state !== arguments[0]) return {stayed, state, refocused: false};
types.forEach(t => window.addEventListener(t, quiet, true));
""" + _REFOCUS + r"""
return {stayed, state, refocused: true};
"""
REFOCUS_JS = _QUIET + _REFOCUS


def _linear(v: int) -> float:
    c = v / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


_LIN = numpy.array([_linear(v) for v in range(256)])


def luminance(pixels: numpy.ndarray) -> numpy.ndarray:
    """The relative luminance (WCAG) of each RGB pixel of an array of them."""
    return 0.2126 * _LIN[pixels[:, 0]] + 0.7152 * _LIN[pixels[:, 1]] + 0.0722 * _LIN[pixels[:, 2]]


@dataclass
class Change:
    changed: int  # pixels that differ at all
    strong: int  # of those, pixels at >= 3:1 against the same pixel unfocused
    best: float  # the highest contrast of a changed pixel

    def __str__(self):
        return f"{self.changed} px changed, {self.strong} of them at >= {MIN_CONTRAST:g}:1 (best {self.best:.2f}:1)"


def compare(focused: Image.Image, unfocused: Image.Image) -> Change:
    """Each pixel that changed, its contrast against itself unfocused (numpy: at a stop, a tenth of
    the time a loop over the pixels took)."""
    after, before = numpy.asarray(focused), numpy.asarray(unfocused)
    changed = (after != before).any(axis=2)
    count = int(changed.sum())
    if not count:
        return Change(0, 0, 1.0)
    x, y = luminance(after[changed]), luminance(before[changed])
    ratio = (numpy.maximum(x, y) + 0.05) / (numpy.minimum(x, y) + 0.05)
    return Change(count, int((ratio >= MIN_CONTRAST).sum()), max(1.0, float(ratio.max())))


def screenshot(browser, clip: dict | None = None) -> Image.Image:
    """The clip (page coordinates, CSS px), or the whole window."""
    params = {"format": "png", "optimizeForSpeed": True, **({"clip": {**clip, "scale": 1}} if clip else {})}
    data = devtools(browser).send("Page.captureScreenshot", **params)["data"]
    return Image.open(io.BytesIO(base64.b64decode(data))).convert("RGB")


# Per browser: the last stop's state without focus, and the whole window in that state once captured.
_unfocused: dict[int, tuple[str | None, Image.Image | None]] = {}


def focused(browser) -> dict:
    return run_js(browser, FOCUSED_JS)


def required(stop: dict) -> int:
    """The least indicator: as many strong pixels as a 1 px line along half the perimeter of the
    part of the box that is in the window (a focusable box taller than the window, such as a table
    that scrolls sideways, shows only that part of its ring; the screenshot holds only that part)."""
    width = min(stop["x"] + stop["width"], stop["viewWidth"]) - max(stop["x"], 0)
    height = min(stop["y"] + stop["height"], stop["viewHeight"]) - max(stop["y"], 0)
    return max(MIN_CHANGED, round(width + height))


def check_stop(browser, stop: dict) -> tuple[str | None, Change | None]:
    """The focused element (`focused()`) measured in pixels: a problem, or None; and what changed."""
    if stop["rects"] == 0 or stop["width"] < 1 or stop["height"] < 1:
        return f"focus is on {stop['what']}, which has no box on screen (2.4.7)", None
    left, top = max(stop["x"] - MARGIN, 0), max(stop["y"] - MARGIN, 0)
    right = min(stop["x"] + stop["width"] + MARGIN, stop["viewWidth"])
    bottom = min(stop["y"] + stop["height"] + MARGIN, stop["viewHeight"])
    if right - left < 1 or bottom - top < 1:
        return (f"focus is on {stop['what']}, off screen at {round(stop['x'])},{round(stop['y'])} in a "
                f"{stop['viewWidth']}x{stop['viewHeight']} view (2.4.7)"), None
    # Whole pixels, so that the clip is the same pixels as that part of the whole window.
    left, top, right, bottom = math.floor(left), math.floor(top), math.ceil(right), math.ceil(bottom)
    clip = {"x": left + stop["scrollX"], "y": top + stop["scrollY"], "width": right - left, "height": bottom - top}
    with_focus = screenshot(browser, clip)  # as Tab left it
    last, window = _unfocused.get(id(browser), (None, None))
    blurred = run_js(browser, BLUR_JS, last if window is not None else None)
    state = blurred["state"]
    if blurred["refocused"]:  # still in the state of the kept window
        without = window.crop((left, top, right, bottom))
    else:
        if state is None or state != last:
            without = screenshot(browser, clip)
            _unfocused[id(browser)] = (state, None)
        else:  # the second stop in this state
            window = screenshot(browser)
            _unfocused[id(browser)] = (state, window)
            without = window.crop((left, top, right, bottom))
        run_js(browser, REFOCUS_JS)
    if not blurred["stayed"]:
        return f"what holds {stop['what']} moves or closes when focus leaves it: its focus cannot be compared", None
    change = compare(with_focus, without)
    if change.strong < required(stop):
        return (f"focus on {stop['what']} is not visible enough: {change}; at least {required(stop)} px at "
                f">= {MIN_CONTRAST:g}:1 needed (2.4.7, 1.4.11)"), change
    return None, change
