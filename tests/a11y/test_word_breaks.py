"""No word of the test report breaks across lines without a hyphen at 320 CSS px (review 2, B4).

At 320 px (a phone, or 1280 px at 400 % zoom) the report's tables read letter by letter when long
words wrap anywhere ("Tarkistu|s", "Läpäi|sty"). Words of the report may break only where a
hyphen shows: at a soft hyphen (page_words.py puts them in long words), after a hyphen or a dash.
The test measures, in Chromium, every visible word whose characters sit on more than one line.
"""

import pytest

from sitebuild import page_lang

REPORT = "saavutettavuusseloste/testiraportti/"
PAGES = [REPORT, f"sv/{REPORT}"]

# Each visible word (a run of non-space characters in one text node) whose characters lie on more
# than one line, with the character before each break; what a closed <details> holds is not shown.
BREAKS_JS = r"""
const root = document.querySelector('main') || document.body;
const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
const range = document.createRange();
const found = [];
// A character's own box: a range over the character just after a break also reports an empty box
// at the end of the line before, which is not where the character is drawn.
const top = (node, i) => { range.setStart(node, i); range.setEnd(node, i + 1);
                            const r = [...range.getClientRects()].filter(b => b.width > 0);
                            return r.length ? r[r.length - 1].top : null; };
const folded = el => { const d = el.closest('details:not([open])'); return d && !el.closest('summary'); };
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  if (folded(node.parentElement)) continue;
  const text = node.data;
  for (const m of text.matchAll(/\S{2,}/g)) {
    range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
    const rects = [...range.getClientRects()].filter(r => r.width > 0);
    if (new Set(rects.map(r => Math.round(r.top))).size < 2) continue;
    let last = null;
    for (let i = m.index; i < m.index + m[0].length; i++) {
      const t = top(node, i);
      if (t === null) continue;
      if (last !== null && t > last + 2) found.push({word: m[0], before: text[i - 1], at: i - m.index});
      last = t;
    }
  }
}
return found;
"""
HYPHENS = "\u00ad-\u2010\u2013\u2014"  # soft hyphen, hyphen-minus, hyphen, en and em dash


def unhyphenated_breaks(browser, server, page: str) -> list[str]:
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": 320, "height": 640, "deviceScaleFactor": 1, "mobile": False})
    try:
        browser.get(server.url + page)
        found = browser.execute_script(BREAKS_JS)
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    return [f"{b['word'][:b['at']]}|{b['word'][b['at']:]}".replace("\u00ad", "")
            for b in found if b["before"] not in HYPHENS]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"/{p}")
def test_no_word_of_the_report_breaks_without_a_hyphen_at_320_css_px(browser, server, page):
    breaks = unhyphenated_breaks(browser, server, page)
    assert not breaks, f"{len(breaks)} words broken without a hyphen ({page_lang(page)}): " + ", ".join(breaks)
