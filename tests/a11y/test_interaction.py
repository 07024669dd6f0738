"""What axe cannot see, checked in real Chromium on every built page in both languages.

reduced-motion (2.3.3), reflow (1.4.10), text-spacing (1.4.12), forced-colors (1.4.11) and
keyboard (2.1.1, 2.1.2, 2.4.1, 2.4.3, 2.4.11). Each test takes one page (its id is the page's
path) in the one shared browser and puts back any emulation it changed. The tests run page by
page; the first three hand the page on as loaded, the forced-colours and keyboard checks load it
afresh. Controls are worked through the control contract (issue 12: the menu and search buttons
with aria-expanded), never through a theme's markup; whether focus can be seen is measured in
pixels (test_focus_pixels.py), in forced colours here too.
"""

from contextlib import contextmanager

import pytest
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.keys import Keys

from controls import MENU, SEARCH, SKIP as SKIP_TEXT, press
from focus_pixels import check_stop, focused
from sitebuild import page_lang, planned_pages

DESKTOP = (1280, 900)
# 320 CSS px: a 320 px wide screen, and 1280 px at 400 % zoom (scale 4), the WCAG 1.4.10 case.
NARROW = [(320, 640, 1), (320, 225, 4)]
TEXT_SPACING_CSS = """
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
"""  # the WCAG 1.4.12 text-spacing bookmarklet; paragraph spacing applies to paragraphs, as in 1.4.12


def pytest_generate_tests(metafunc):
    if "page" in metafunc.fixturenames:
        pages = planned_pages()
        # Page by page (scope="module" groups the tests by page), so that the checks that leave the
        # page as it loaded can hand it on to the next check without loading it again.
        metafunc.parametrize("page", pages, ids=[f"/{p}" for p in pages], scope="module")



def _cdp(browser, command: str, **params):
    return browser.execute_cdp_cmd(command, params)


@contextmanager
def _viewport(browser, width: int, height: int, scale: float = 1):
    _cdp(browser, "Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=scale, mobile=False)
    try:
        yield
    finally:
        _cdp(browser, "Emulation.clearDeviceMetricsOverride")


@contextmanager
def _media(browser, **features: str):
    _cdp(browser, "Emulation.setEmulatedMedia",
         features=[{"name": name.replace("_", "-"), "value": value} for name, value in features.items()])
    try:
        yield
    finally:
        _cdp(browser, "Emulation.setEmulatedMedia", features=[])


_handed_back = {"page": None}  # the page the last check left as it loaded, if any


def _open(browser, server, page: str, *, reuse: bool = True):
    """Loads the page, or takes it over from the check before when that one handed it back."""
    if reuse and _handed_back["page"] == page and browser.current_url == server.url + page:
        _handed_back["page"] = None
        return
    _handed_back["page"] = None
    if browser.get_window_size()["width"] != DESKTOP[0]:
        browser.set_window_size(*DESKTOP)
    browser.get(server.url + page)


# Undoes what the checks do to a page: injected style, focus, an open menu or search (closed with
# its own button), scrolling.
RESET_JS = r"""
document.getElementById('__a11y-test-style')?.remove();
document.activeElement?.blur();
document.querySelectorAll('header button[aria-expanded="true"]').forEach(b => b.click());
window.scrollTo(0, 0);
document.getAnimations().forEach(a => a.finish());
"""


def _hand_back(browser, page: str):
    """Called last (emulation already undone): the page is as loaded again, for the next check."""
    try:
        browser.execute_script(RESET_JS)
    except WebDriverException:
        return  # the next check loads the page itself; this check's own error is the one to see
    _handed_back["page"] = page


# Shared by the scripts below: what is shown, colours, contrast.
JS_LIB = r"""
const shown = el => el.checkVisibility({visibilityProperty: true, opacityProperty: true})
  && el.getClientRects().length > 0;
const describe = el => {
  if (!el || el === document.body || el === document.documentElement) return '<body>';
  const id = el.id ? '#' + el.id : '';
  const cls = typeof el.className === 'string' && el.className.trim()
    ? '.' + el.className.trim().split(/\s+/).filter(c => c !== 'focus-visible').join('.') : '';
  const text = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('href') || '')
    .replace(/\s+/g, ' ').trim().slice(0, 50);
  return `<${el.tagName.toLowerCase()}${id}${cls}> "${text}"`;
};
const parseColor = s => {
  const m = /rgba?\(([^)]+)\)/.exec(s || '');
  if (!m) return null;
  const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
  return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
};
const over = (top, bottom) => [0, 1, 2].map(i => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);
const luminance = c => {
  const [r, g, b] = c.slice(0, 3).map(v => {
    v /= 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a, b) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};
// The colour seen at a point with `skip` (and what it contains) taken away: the backgrounds
// of what lies under the point, composited from the top down to an opaque one.
const backdropAt = (x, y, skip) => {
  const layers = [];
  for (const el of document.elementsFromPoint(x, y)) {
    if (skip && skip.contains(el)) continue;
    const c = parseColor(getComputedStyle(el).backgroundColor);
    if (c && c[3] > 0) {
      layers.push(c);
      if (c[3] >= 1) break;
    }
  }
  let color = [255, 255, 255, 1];
  for (const c of layers.reverse()) color = over(c, color);
  return color;
};
const interactive = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, '
  + 'iframe, [contenteditable=""], [contenteditable=true], [tabindex]:not([tabindex^="-"]), label[for]';
// The header's button of this accessible name (its text or aria-label), as the contract names them.
const headerButton = name => [...document.querySelectorAll('header button')].find(
  b => (b.getAttribute('aria-label') || b.textContent).replace(/\s+/g, ' ').trim() === name);
const settle = done => requestAnimationFrame(() => requestAnimationFrame(() => {
  document.getAnimations().forEach(a => a.finish());
  done();
}));
"""


# --- reduced motion (2.3.3) --------------------------------------------------------------------

MOTION_JS = JS_LIB + r"""
const moving = [];
const seconds = s => Math.max(...s.split(',').map(v => v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v)));
for (const el of [document.documentElement, ...document.documentElement.querySelectorAll('*')]) {
  for (const pseudo of [null, '::before', '::after']) {
    const cs = getComputedStyle(el, pseudo);
    if (pseudo && cs.content === 'none') continue;
    if (cs.animationName !== 'none' && seconds(cs.animationDuration) > 0.01 && cs.animationPlayState.includes('running'))
      moving.push(`${describe(el)}${pseudo || ''}: animation ${cs.animationName} ${cs.animationDuration}`);
    if (cs.transitionProperty !== 'none' && seconds(cs.transitionDuration) > 0.01)
      moving.push(`${describe(el)}${pseudo || ''}: transition ${cs.transitionProperty} ${cs.transitionDuration}`);
  }
}
for (const a of document.getAnimations())
  if (a.playState === 'running') moving.push(`running animation ${a.animationName || a.transitionProperty || a.id} on ${describe(a.effect && a.effect.target)}`);
return moving;
"""


@pytest.mark.a11y_check("reduced-motion")
def test_reduced_motion_stops_all_motion(browser, server, page):
    _open(browser, server, page)
    try:
        with _media(browser, prefers_reduced_motion="reduce"):
            press(browser, Keys.TAB)  # the skip link appears: its appearance must not animate
            moving = browser.execute_script(MOTION_JS)
    finally:
        _hand_back(browser, page)
    assert not moving, "\n".join(moving[:40])


# --- reflow (1.4.10) and text spacing (1.4.12) -------------------------------------------------

# What is cut off: shown text that lies outside a box that clips it (overflow hidden or clip),
# up to the nearest box that scrolls in that direction. Text that is not shown (transparent,
# hidden) is not cut off. Boxes of at most 1 px are visually hidden text for screen readers, shown
# to nobody by design: not text a reader loses (1.4.10, 1.4.12).
CLIPPED_JS = JS_LIB + r"""
const root = document.scrollingElement || document.documentElement;
const styles = new Map();
const overflowOf = el => {
  if (!styles.has(el)) {
    const cs = getComputedStyle(el);
    styles.set(el, {x: cs.overflowX, y: cs.overflowY});
  }
  return styles.get(el);
};
const cut = new Map();
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
const range = document.createRange();
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const text = node.textContent.trim();
  if (!text || !node.parentElement || !shown(node.parentElement)) continue;
  range.selectNodeContents(node);
  const rects = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0);
  if (!rects.length) continue;
  let checkX = true, checkY = true;
  for (let el = node.parentElement; el && el !== document.body && (checkX || checkY); el = el.parentElement) {
    const o = overflowOf(el);
    const clipX = checkX && /hidden|clip/.test(o.x), clipY = checkY && /hidden|clip/.test(o.y);
    if (/auto|scroll/.test(o.x)) checkX = false;
    if (/auto|scroll/.test(o.y)) checkY = false;
    if (!clipX && !clipY) continue;
    if (el.clientWidth <= 1 || el.clientHeight <= 1) break;
    const b = el.getBoundingClientRect();
    const left = b.left + el.clientLeft, top = b.top + el.clientTop;
    const right = left + el.clientWidth, bottom = top + el.clientHeight;
    const outside = rects.some(r => (clipX && (r.left < left - 1 || r.right > right + 1))
                                 || (clipY && (r.top < top - 1 || r.bottom > bottom + 1)));
    if (outside && !cut.has(el))
      cut.set(el, `${describe(el)} (${el.clientWidth}x${el.clientHeight} px) cuts off "${text.slice(0, 40)}"`);
  }
}
const wider = [];
if (root.scrollWidth > root.clientWidth) {
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.right > root.clientWidth + 1 && shown(el)) wider.push(`${describe(el)} right edge ${Math.round(r.right)}`);
  }
}
return {scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, clipped: [...cut.values()], wider: wider.slice(-5)};
"""

# The states a reader sees: the page as it opens, scrolled to its end (the header then names the
# page), and, where the navigation is a drawer, with the drawer opened by its menu button.
STATE_JS = JS_LIB + r"""
const [state, menuName, done] = arguments;
const menu = headerButton(menuName);
if (state === 'drawer open' && !menu) return done(`no menu button "${menuName}" to open the drawer with`);
if (menu && (menu.getAttribute('aria-expanded') === 'true') !== (state === 'drawer open')) menu.click();
window.scrollTo(0, state === 'scrolled to the end' ? document.documentElement.scrollHeight : 0);
settle(() => done(null));
"""


def _in_state(browser, state: str, lang: str) -> str | None:
    """Puts the page in the state; why it cannot be, or None."""
    return browser.execute_async_script(STATE_JS, state, MENU[lang])


def _layout_problems(browser, label: str, states: tuple[str, ...], lang: str) -> list[str]:
    problems = []
    for state in states:
        if cannot := _in_state(browser, state, lang):
            problems.append(f"{label}, {state}: {cannot}")
            continue
        found = browser.execute_script(CLIPPED_JS)
        problems += [f"{label}, {state}: text cut off: {c}" for c in found["clipped"]]
        if found["scrollWidth"] > found["clientWidth"]:
            problems.append(f"{label}, {state}: scrolls sideways, {found['scrollWidth']} px of content in "
                            f"{found['clientWidth']} px; widest: {found['wider']}")
    return problems


NARROW_STATES = ("as opened", "drawer open", "scrolled to the end")
WIDE_STATES = ("as opened", "scrolled to the end")


@pytest.mark.a11y_check("reflow")
def test_reflow_at_320_css_px(browser, server, page):
    problems = []
    (width, height, scale), zoomed = NARROW
    _open(browser, server, page)
    try:
        with _viewport(browser, width, height, scale):
            problems += _layout_problems(browser, f"{width} CSS px", NARROW_STATES, page_lang(page))
            _cdp(browser, "Emulation.setDeviceMetricsOverride", width=zoomed[0], height=zoomed[1],
                 deviceScaleFactor=zoomed[2], mobile=False)
            # The same CSS layout at four device pixels per CSS pixel: rounding may differ, not the states.
            problems += _layout_problems(browser, f"{zoomed[0]} CSS px at scale {zoomed[2]} (400 % zoom)",
                                         NARROW_STATES[:1], page_lang(page))
    finally:
        _hand_back(browser, page)
    assert not problems, "\n".join(problems)


@pytest.mark.a11y_check("text-spacing")
def test_text_spacing_loses_no_text(browser, server, page):
    _open(browser, server, page)
    try:
        browser.execute_script(
            "const s = document.createElement('style'); s.id = '__a11y-test-style'; s.textContent = arguments[0];"
            "document.head.append(s)",
            TEXT_SPACING_CSS)
        problems = _layout_problems(browser, f"text spacing at {DESKTOP[0]} px", WIDE_STATES, page_lang(page))
        width, height, scale = NARROW[0]
        with _viewport(browser, width, height, scale):
            problems += _layout_problems(browser, f"text spacing at {width} px", NARROW_STATES, page_lang(page))
    finally:
        _hand_back(browser, page)
    assert not problems, "\n".join(problems)


# --- forced colours (1.4.11) -------------------------------------------------------------------

# Borders and markers that carry meaning: the search field (opened with its button), notice boxes,
# status markers.
FORCED_COLORS_JS = JS_LIB + r"""
const [searchName] = arguments;
const problems = [];
const matches = matchMedia('(forced-colors: active)').matches;
if (!matches) return ['forced colours are not in effect'];
const bordered = el => {
  const cs = getComputedStyle(el);
  return ['Top', 'Right', 'Bottom', 'Left'].every(
    side => cs[`border${side}Style`] !== 'none' && parseFloat(cs[`border${side}Width`]) > 0);
};
const search = headerButton(searchName);
if (search) {
  search.click();
  document.getAnimations().forEach(a => a.finish());
  const field = document.querySelector('[role=search] input[type=search]');
  if (field && shown(field) && !bordered(field) && !bordered(field.form))
    problems.push(`the search field has no border: ${describe(field)}`);
  if (search.getAttribute('aria-expanded') === 'true') search.click();
}
for (const box of document.querySelectorAll('.admonition'))
  if (shown(box) && !bordered(box)) problems.push(`the notice box has no border: ${describe(box)}`);
for (const icon of document.querySelectorAll('.status__icon')) {
  const before = getComputedStyle(icon, '::before');
  if (!shown(icon) || before.content === 'none' || before.content === 'normal' || before.content === '""'
      || before.display === 'none' || before.visibility !== 'visible')
    problems.push(`status marker not drawn: ${describe(icon.closest('.status') || icon)} (content ${before.content})`);
}
return problems;
"""
FORCED_COLORS_CONTENT_STOPS = 8  # after the header's controls, the menu and the content begin


def _forced_focus_problems(browser) -> list[str]:
    """Focus in pixels (focus_pixels.py) on the stops from the top of the page: the skip link, the
    header's controls and the first stops after them."""
    problems, after_header = [], 0
    for n in range(1, 60):
        press(browser, Keys.TAB)
        stop = focused(browser)
        if stop["body"]:
            break
        if n > 1 and not stop["inHeader"]:
            after_header += 1
            if after_header > FORCED_COLORS_CONTENT_STOPS:
                break
        problem, _ = check_stop(browser, stop)
        if problem:
            problems.append(f"stop {n}: {problem}")
    return problems


@pytest.mark.a11y_check("forced-colors")
def test_forced_colors_keep_focus_borders_and_markers(browser, server, page):
    problems = []
    try:
        for scheme in ("light", "dark"):  # Windows has light and dark high-contrast themes
            with _media(browser, forced_colors="active", prefers_color_scheme=scheme):
                _open(browser, server, page, reuse=False)  # Tab from the top
                problems += [f"{scheme}: {p}" for p in _forced_focus_problems(browser)]
                browser.execute_script("document.activeElement.blur()")
                if cannot := _in_state(browser, "as opened", page_lang(page)):
                    problems.append(f"{scheme}: {cannot}")
                problems += [f"{scheme}: {p}" for p in browser.execute_script(FORCED_COLORS_JS, SEARCH[page_lang(page)])]
    finally:
        _hand_back(browser, page)
    assert not problems, "\n".join(problems)


# --- keyboard (2.1.1, 2.1.2, 2.4.1, 2.4.3, 2.4.11) ----------------------------------------------

# Before tabbing: every shown control (what a mouse user can use) and every element in the tab
# order, and a recorder that measures each focus stop when its Tab key comes back up (after the
# browser has moved focus and scrolled the element into view).
KEYBOARD_SETUP_JS = JS_LIB + r"""
const controls = [], ids = new Map();
const groupOf = el => el.type === 'radio' && el.name ? `radio:${el.form ? 'f' : ''}:${el.name}` : null;
const idOf = el => {
  const group = groupOf(el);
  const key = group || el;
  if (!ids.has(key)) ids.set(key, ids.size);
  return ids.get(key);
};
let tabbable = 0;
for (const el of document.querySelectorAll(interactive)) {
  if (el.tabIndex >= 0 && !el.disabled && el.checkVisibility({visibilityProperty: true})) tabbable++;
  if (el.disabled || el.closest('[inert]') || !shown(el)) continue;
  const r = el.getBoundingClientRect();
  if (r.width < 1 || r.height < 1 || getComputedStyle(el).pointerEvents === 'none') continue;
  if (el.tagName === 'LABEL') {
    // A label is a control when it toggles something and looks clickable (a caption with the
    // default cursor is none); it is reached with the control it names. A label whose control
    // Tab cannot reach (a hidden checkbox) is a pointer-only control: it must be reached itself.
    const target = el.control;
    if (!target || getComputedStyle(el).cursor !== 'pointer') continue;
    if (target.tabIndex >= 0 && target.checkVisibility()) {
      controls.push({id: idOf(target), what: describe(el)});
      continue;
    }
  }
  controls.push({id: idOf(el), what: describe(el)});
}
const positive = [...document.querySelectorAll('[tabindex]')].filter(el => el.tabIndex > 0).map(describe);
const header = document.querySelector('header');
let previous = null;
window.__stops = [];
window.__stopElements = [];
window.__measure = el => {
  if (!el || el === document.body || el === document.documentElement) return {what: '<body>', body: true};
  const host = el;
  const r = host.getBoundingClientRect();
  const stop = {what: describe(el), id: ids.has(groupOf(el) || el) ? ids.get(groupOf(el) || el) : null,
                inContent: !!el.closest('main'), shown: shown(host) && r.width >= 1 && r.height >= 1,
                inView: r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
                covered: null,
                follows: !previous || !!(previous.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)};
  if (stop.inView && header && !header.contains(el)) {
    // What is on top at the element's top edge and centre: it, or what contains it, or else
    // something covering it, such as the sticky header (2.4.11). A link that wraps is measured on
    // its first line (the middle of its whole box may be another element's text on that line); a
    // box taller than the window below the header (a table that scrolls sideways) at the top of
    // the part that shows below the header, since no scrolling can show all of it.
    const first = [...host.getClientRects()].find(b => b.width >= 1 && b.height >= 1) || r;
    const below = header.getBoundingClientRect().bottom;
    const tall = r.height > innerHeight - below;
    const cx = Math.min(Math.max(first.left + first.width / 2, 0), innerWidth - 1);
    const ys = tall ? [Math.max(r.top, below) + 1] : [first.top + 1, first.top + first.height / 2];
    for (const y of ys) {
      if (y < 0 || y >= innerHeight) continue;
      const top = document.elementFromPoint(cx, y);
      if (top && !host.contains(top) && !top.contains(host)) {
        stop.covered = `${describe(top)} at y=${Math.round(y)}, header bottom ${Math.round(header.getBoundingClientRect().bottom)}`;
        break;
      }
    }
  }
  previous = el;
  return stop;
};
// 2.4.11 going back up (Shift+Tab): each stop is first scrolled to the very top of its scroll box,
// under whatever sticks there, then focused; focus() scrolls as Tab does. It must come out uncovered.
// One that seems covered is tried again with time for the page to follow the scroll (a script may
// size sticky parts on scroll events), and only then counts.
const frame = () => new Promise(resolve => requestAnimationFrame(resolve));
const reachFromAbove = el => {
  document.activeElement.blur();
  let box = el.parentElement;
  while (box && box !== document.body && !/auto|scroll/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
  const top = el.getBoundingClientRect().top;
  if (box && box !== document.body) box.scrollTop += top - box.getBoundingClientRect().top - 2;
  else window.scrollBy(0, top - 2);
  el.focus();
};
window.__fromAbove = async count => {
  // Whatever the Tab walk left open (a menu or search panel) is closed with its own button first.
  await new Promise(resolve => setTimeout(resolve, 0));
  await frame();
  document.querySelectorAll('header button[aria-expanded="true"]').forEach(b => b.click());
  await frame();
  const covered = [];
  for (const el of window.__stopElements.slice(0, count)) {
    if (!el || el === document.body || (header && header.contains(el)) || getComputedStyle(el).position === 'fixed') continue;
    reachFromAbove(el);
    if (!window.__measure(el).covered) continue;
    reachFromAbove(el);
    await frame();
    await frame();
    document.getAnimations().forEach(a => a.finish());
    const stop = window.__measure(el);
    if (stop.covered) covered.push(`${stop.what}: hidden under ${stop.covered}`);
  }
  return covered;
};
document.addEventListener('keyup', e => {
  if (e.key !== 'Tab') return;
  document.getAnimations().forEach(a => a.finish());  // measure what is shown once transitions end
  const el = document.activeElement;
  window.__first = window.__first || el;
  window.__stopElements.push(el);
  window.__stops.push({...window.__measure(el), first: el === window.__first});
}, true);
return {controls, tabbable, positive};
"""

SKIP_JS = r"""
const link = document.activeElement;
const target = link && link.hash ? document.getElementById(decodeURIComponent(link.hash.slice(1))) : null;
return {href: link.getAttribute('href'), text: link.textContent.replace(/\s+/g, ' ').trim(),
        target: target ? target.tagName.toLowerCase() + (target.id ? '#' + target.id : '') : null,
        targetInContent: !!(target && target.closest('main'))};
"""


# Measures the focused element once the page has settled: 50 ms of tasks, a frame, transitions ended.
SETTLED_JS = r"""
const [n, done] = arguments;
setTimeout(() => requestAnimationFrame(() => {
  document.getAnimations().forEach(a => a.finish());
  done(document.activeElement === window.__stopElements[n] ? window.__measure(document.activeElement) : null);
}), 50);
"""
MAX_SETTLED = 10


def _stop_problems(stop: dict) -> list[str]:
    if not stop["shown"] or not stop["inView"]:
        return ["focus is on something not shown on screen (2.4.7)"]
    problems = []
    if stop["covered"]:
        problems.append(f"hidden under {stop['covered']} (2.4.11)")
    return problems  # whether the focus can be seen is measured in pixels: test_focus_pixels.py


@pytest.mark.a11y_check("keyboard")
def test_keyboard_reaches_everything_in_order_and_focus_is_not_hidden(browser, server, page):
    _open(browser, server, page, reuse=False)  # from the top of a freshly loaded page
    problems = _keyboard_problems(browser, page)
    assert not problems, "\n".join(problems)


@pytest.mark.a11y_check("keyboard")
def test_keyboard_at_320_css_px(browser, server, page):
    """The same at 320 CSS px (a phone, or 1280 px at 400 % zoom), where the menu is a drawer."""
    with _viewport(browser, 320, 640):
        _open(browser, server, page, reuse=False)
        problems = _keyboard_problems(browser, page)
    assert not problems, "\n".join(problems)


def _keyboard_problems(browser, page: str) -> list[str]:
    setup = browser.execute_script(KEYBOARD_SETUP_JS)
    limit = setup["tabbable"] + 5
    press(browser, Keys.TAB, limit)
    stops = browser.execute_script("return window.__stops")
    problems = [f"tabindex > 0 changes the order (2.4.3): {what}" for what in setup["positive"]]

    # 2.1.2: the cycle ends, by leaving the document or coming back to its first stop.
    end = next((i for i, s in enumerate(stops) if s.get("body") or (i and s["first"])), None)
    if end is None:
        problems.append(f"no way out after {limit} Tab presses (2.1.2); last stops: {[s['what'] for s in stops[-5:]]}")
        end = len(stops)
    cycle = stops[:end]
    # A stop that fails is measured again the way a person sees it: Tab from the stop before, then
    # let the page settle (a script may react to focus a few tasks later).
    for n in [n for n, stop in enumerate(cycle) if n and _stop_problems(stop)][:MAX_SETTLED]:
        browser.execute_script("window.__stopElements[arguments[0]].focus()", n - 1)
        press(browser, Keys.TAB)
        settled = browser.execute_async_script(SETTLED_JS, n)
        press(browser, Keys.TAB)  # and move on, as a person would
        if settled is not None:
            cycle[n] = {**settled, "follows": cycle[n]["follows"]}

    # 2.1.1: every shown link, button and field is reached.
    reached = {s["id"] for s in cycle if s.get("id") is not None}
    problems += [f"not reached with Tab (2.1.1): {c['what']}" for c in setup["controls"] if c["id"] not in reached]

    problems += [f"going back up (Shift+Tab): {p} (2.4.11)"
                 for p in browser.execute_async_script(
                     "window.__fromAbove(arguments[0]).then(arguments[1])", len(cycle))]
    for n, stop in enumerate(cycle, 1):
        where = f"stop {n} {stop['what']}"
        if not stop["follows"]:
            problems.append(f"{where}: goes back against the page order (2.4.3)")
        problems += [f"{where}: {p}" for p in _stop_problems(stop)]

    # 2.4.1: the first stop is a skip link to the main content, and using it takes focus there.
    if not cycle:
        problems.append("Tab reaches nothing")
    else:
        browser.execute_script("window.__first.focus()")
        skip = browser.execute_script(SKIP_JS)
        expected = SKIP_TEXT[page_lang(page)]
        if skip["text"] != expected or not (skip["href"] or "").startswith("#"):
            problems.append(f"first stop {cycle[0]['what']} is not the skip link \"{expected}\" (2.4.1)")
        elif not skip["targetInContent"]:
            problems.append(f"skip link {skip['href']} points at {skip['target']}, not the main content (2.4.1)")
        else:
            press(browser, Keys.ENTER)
            landed = browser.execute_script("return window.__measure(document.activeElement)")
            browser.execute_script("window.__stops = []")
            press(browser, Keys.TAB)
            after = browser.execute_script("return window.__stops")[0]
            if not landed.get("inContent") and not after.get("inContent"):
                problems.append(f"the skip link leaves focus on {landed['what']} and Tab then goes to "
                                f"{after['what']}, not into the main content (2.4.1)")
    return problems
