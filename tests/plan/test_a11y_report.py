"""a11y_report.py and its pages: the published evidence, or an honest "not yet"."""

import datetime as dt
from pathlib import Path

from plan import a11y_report, render

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "a11y-report.json"
TODAY = dt.date(2026, 11, 23)


def test_fixture_report_loads_and_summarises():
    report, text = a11y_report.load(FIXTURE)
    assert '"axe_core": "4.10.2"' in text
    assert report.pages == 26 and report.views == 104
    assert not report.ok  # the fixture has one failed reflow test
    assert [c.ok for c in report.checks] == [True, False]
    (rule, views), = report.needs_review()
    assert rule.id == "color-contrast" and views == 1


def test_missing_report_is_none(tmp_path):
    assert a11y_report.load(tmp_path / "none.json") is None


def pages(plan, report):
    return {(p.lang, p.path): p.markdown for p in render.Renderer(plan, TODAY, report).pages()}


def test_statement_links_the_report_or_says_there_is_none(real_plan):
    report, _ = a11y_report.load(FIXTURE)
    with_report = pages(real_plan, report)
    assert ("fi", render.REPORT_PAGE) in with_report and ("sv", render.REPORT_PAGE) in with_report
    assert "testiraportti.md" in with_report[("fi", "saavutettavuusseloste.md")]
    without = pages(real_plan, None)
    assert ("fi", render.REPORT_PAGE) not in without
    assert "testiraportti.md" not in without[("fi", "saavutettavuusseloste.md")]
    assert render.REPORT_PAGE in render.nav(real_plan, with_report=True)
    assert render.REPORT_PAGE not in render.nav(real_plan)


def test_report_page_links_the_json_from_each_language(real_plan):
    report, _ = a11y_report.load(FIXTURE)
    built = pages(real_plan, report)
    assert 'href="../../saavutettavuustestit.json"' in built[("fi", render.REPORT_PAGE)]
    assert 'href="../../../saavutettavuustestit.json"' in built[("sv", render.REPORT_PAGE)]
