"""a11y_report.py and its pages: the published evidence, or an honest "not yet"."""

import datetime as dt
import re
import json
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

from plan.domain import a11y_report, model, wcag_names
from plan.outputs import render
from plan.site import pages as site_pages

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE = FIXTURES / "a11y-report.json"
TODAY = dt.date(2026, 11, 23)


def fixture_reviews() -> list[model.AxeTarkistus]:
    data = yaml.safe_load((FIXTURES / "axe-tarkistettavat.yml").read_text(encoding="utf-8"))
    return model.AxeTarkistukset.model_validate(data).tarkistetut


def test_fixture_report_loads_and_summarises():
    report, text = a11y_report.load(FIXTURE)
    assert report.pages == 4 and report.views == 16
    assert not report.ok  # the fixture has one failed reflow test
    assert [c.id for c in report.checks if not c.ok] == ["reflow"]
    assert report.environment.os.startswith("Debian") and report.environment.nu_checker == "20.6.30"
    assert report.sample.progress == ["/painopisteet/turvallisuus/", "/sv/painopisteet/turvallisuus/"]
    # The published JSON carries the coverage map even when the run's report did not.
    published = json.loads(text)
    assert len(published["coverage"]["criteria"]) == len(report.coverage.criteria) == 53


def test_failures_say_page_view_element_and_message():
    report, _ = a11y_report.load(FIXTURE)
    (failure,) = report.failed()
    assert (failure.check, failure.criteria, failure.page, failure.lang, failure.width) == ("reflow", ["1.4.10"], "/strategia/", "fi", 320)
    assert failure.element == "#linjaukset" and "412 px" in failure.message
    assert (failure.role, failure.name) == ("heading", "Strategiset linjaukset")


def test_needs_review_items_are_open_until_a_person_records_an_outcome():
    report, _ = a11y_report.load(FIXTURE)
    items = report.needs_review()
    assert [(i.rule, i.page, i.element, len(i.views)) for i in items] == [
        ("color-contrast", "/", ".md-nav__title", 2), ("target-size", "/sv/", ".md-footer__link", 1)]
    assert all(i.open for i in items)
    reviewed = report.needs_review(fixture_reviews())
    assert [i.open for i in reviewed] == [False, True]
    assert reviewed[0].outcome.tulos == "lapaisty" and reviewed[0].outcome.paivamaara == dt.date(2026, 11, 20)
    assert [i.rule for i in report.open_needs_review(fixture_reviews())] == ["target-size"]


def test_real_data_records_no_review():
    # Nobody has reviewed axe's items: the real data must not pretend otherwise.
    from plan.data import load

    assert load.load_plan(Path(__file__).resolve().parents[2] / "data").axe_tarkistukset == []


def test_axe_results_per_rule_and_per_view():
    report, _ = a11y_report.load(FIXTURE)
    rules = {r["id"]: r for r in report.axe_rules()}
    assert rules["color-contrast"] == {"id": "color-contrast", "passes": 14, "inapplicable": 0, "incomplete": 2, "violations": 0}
    assert rules["video-caption"]["inapplicable"] == 16
    groups = report.axe_view_groups()
    assert sum(len(views) for views, _ in groups) == 16 and len(groups) == 3


def test_missing_report_is_none(tmp_path):
    assert a11y_report.load(tmp_path / "none.json") is None


def pages(plan, report):
    return {(p.lang, p.path): p.markdown for p in render.Renderer(plan, TODAY, report).pages()}


def test_statement_links_the_report_or_says_there_is_none(real_plan):
    report, _ = a11y_report.load(FIXTURE)
    with_report = pages(real_plan, report)
    assert ("fi", site_pages.REPORT.path) in with_report and ("sv", site_pages.REPORT.path) in with_report
    assert "testiraportti.md" in with_report[("fi", "saavutettavuusseloste.md")]
    without = pages(real_plan, None)
    assert ("fi", site_pages.REPORT.path) not in without
    assert "testiraportti.md" not in without[("fi", "saavutettavuusseloste.md")]
    assert site_pages.REPORT.path in site_pages.menu(real_plan, with_report=True)
    assert site_pages.REPORT.path not in site_pages.menu(real_plan)


def test_report_page_links_the_json_and_the_earl_from_each_language(real_plan):
    report, _ = a11y_report.load(FIXTURE)
    built = pages(real_plan, report)
    assert 'href="../../saavutettavuustestit.json"' in built[("fi", site_pages.REPORT.path)]
    assert 'href="../../../saavutettavuustestit.json"' in built[("sv", site_pages.REPORT.path)]
    assert 'href="../../saavutettavuustestit.earl.jsonld"' in built[("fi", site_pages.REPORT.path)]
    assert 'href="../../../saavutettavuustestit.earl.jsonld"' in built[("sv", site_pages.REPORT.path)]


def test_report_page_shows_coverage_failures_and_reviews_in_both_languages(real_plan, names_fixture):
    report, _ = a11y_report.load(FIXTURE)
    plan = real_plan.model_copy(update={"axe_tarkistukset": fixture_reviews()})
    built = pages(plan, report)
    for lang, words in (("fi", ("Osittain automaattinen", "Avoin", "Tarkistettu", "koko sivusto")),
                        ("sv", ("Delvis automatisk", "Öppet", "Kontrollerad", "hela webbplatsen"))):
        soup = BeautifulSoup(built[(lang, site_pages.REPORT.path)], "html.parser")
        tables = soup.find_all("table")
        assert all(t.caption and t.caption.get_text(strip=True) for t in tables)
        assert all(th.get("scope") in ("col", "row") for t in tables for th in t.find_all("th"))
        coverage_rows = [tr for t in tables for tr in t.find_all("tr") if tr.get("id", "").startswith("wcag-")]
        assert len(coverage_rows) == 53
        rows = {tr["id"]: tr.th.get_text(" ", strip=True) for tr in coverage_rows}
        assert rows["wcag-1-1-1"].startswith("1.1.1 " + {"fi": "Ei-tekstuaalinen sisältö", "sv": "Icke-textuellt innehåll"}[lang])
        text = soup.get_text(" ")
        assert all(word in text for word in words[:3]), lang
        assert "#linjaukset" in text and "412 px" in text
        assert soup.find("samp", lang="en").find_parent("details")
        def check_row(check: str):  # the checks table names each check in its row header
            return next(th.parent for th in soup.find_all("th", scope="row") if th.find("code", string=check))

        assert re.search(r"2\.4\.11 [^;]*\(WCAG 2\.2\)", check_row("keyboard").get_text())
        assert re.search(r"2\.3\.3 [^;]*\(AAA", check_row("reduced-motion").get_text())
        assert "4.1.1 " in check_row("html").get_text() and "2.2" in check_row("html").get_text()
        assert "4.1.2" not in check_row("no-js").get_text()
        fixture_pages = soup.find(string=lambda t: t and "Testiversion sivut" in t or "Testversionens sidor" in t).find_next("ul")
        assert len(fixture_pages.find_all("li")) == 2 and "/" not in fixture_pages.get_text()  # listed apart, by title


def test_a_report_of_an_older_shape_counts_as_none(tmp_path):
    # A report left by a test run before an update must not break the editors' preview.
    old = tmp_path / "report.json"
    old.write_text('{"generated": "2026-11-23T15:00:00+00:00", "axe": [{"passes": 40}]}', encoding="utf-8")
    assert a11y_report.load(old) is None
    old.write_text("{not json", encoding="utf-8")
    assert a11y_report.load(old) is None


def test_the_report_and_the_statement_agree_on_pages_date_and_fix_timing(real_plan):
    """Review 2, B2 and C3: the report claims no page beyond those tested, promises no fix date the
    statement does not give, and both name the same run date and number of pages."""
    report, _ = a11y_report.load(FIXTURE)
    built = pages(real_plan, report)
    for lang, tested, date in (("fi", "Testit tarkistivat 4 sivua", "23. marraskuuta 2026"),
                               ("sv", "Testerna kontrollerade 4 sidor", "23 november 2026")):
        text = " ".join(BeautifulSoup(built[(lang, site_pages.REPORT.path)], "html.parser").get_text(" ").split())
        statement = " ".join(built[(lang, "saavutettavuusseloste.md")].replace("\\", "").split())
        assert tested in text and date in text and date in statement
        assert ("4 sivua" if lang == "fi" else "4 sidor") in statement
        for claim in ("jokaisen sivuston sivun", "ennen seuraavaa julkaisua", "varje sida på webbplatsen", "före nästa publicering"):
            assert claim not in text, claim
        # The statement tells the fix timing of each barrier; the report points there.
        assert ("Korjauksen ajankohtaa ei ole vielä päätetty" if lang == "fi" else "När bristen åtgärdas har ännu inte beslutats") in statement


def test_the_html_check_names_criterion_4_1_1_once(real_plan):
    """Review 2, C10: the row of the HTML check said twice that 4.1.1 was removed in WCAG 2.2."""
    report, _ = a11y_report.load(FIXTURE)
    built = pages(real_plan, report)
    for lang in ("fi", "sv"):
        soup = BeautifulSoup(built[(lang, site_pages.REPORT.path)], "html.parser")
        row = next(th.parent for th in soup.find_all("th", scope="row") if th.find("code", string="html"))
        criteria = row.find_all("td")[0].get_text()
        assert criteria.count("4.1.1") == 1 and criteria.count("2.2") == 1, criteria


def test_the_report_counts_the_criteria_the_law_requires_and_the_statement_agrees(real_plan, names_fixture):
    """Review 2, C3: law 306/2019 leaves out 1.2.4, so the report counts 49 criteria, cites the
    law, and the statement gives the same number."""
    report, _ = a11y_report.load(FIXTURE)
    built = pages(real_plan, report)
    for lang, count, statement_count in (
            ("fi", "49 lain edellyttämää A- ja AA-tason kriteeriä", "jokaisesta 49 lain edellyttämästä"),
            ("sv", "De 49 kriterier på nivå A och AA som lagen kräver", "de 49 kriterier på nivå A och AA som lagen kräver")):
        soup = BeautifulSoup(built[(lang, site_pages.REPORT.path)], "html.parser")
        counts = next(t for t in soup.find_all("table") if count in t.caption.get_text())
        assert sum(int(td.get_text()) for td in counts.find_all("td")) == 49
        law = soup.find("a", href=names_fixture.law_source(lang).osoite)
        assert law and "306/2019" in law.get_text() and "1.2.4" in law.parent.get_text()
        assert statement_count in " ".join(built[(lang, "saavutettavuusseloste.md")].replace("\\", "").split())


def test_the_report_names_the_source_of_every_criterion_name_with_the_criteria_it_names(real_plan):
    """Issue 23, item 3: a reader sees where each Finnish and each Swedish criterion name comes from
    (a Swedish name not from tillganglighetskrav.fi included): every source by its title, linked,
    followed by the criteria whose names it gives, in the page's language."""
    report, _ = a11y_report.load(FIXTURE)
    built = pages(real_plan, report)
    names = wcag_names.load()
    for lang in ("fi", "sv"):
        soup = BeautifulSoup(built[(lang, site_pages.REPORT.path)], "html.parser")
        listed = set()
        for source, ids in names.sources(lang):
            link = soup.find("a", href=source.osoite)
            assert link and link.get_text(strip=True) == source.otsikko[lang], (lang, source.osoite)
            assert link.parent.name == "li" and link.parent.get_text(strip=True).endswith(": " + ", ".join(ids)), lang
            listed |= set(ids)
        assert listed == {i for i in names.kriteerit if names.name(i, lang)}, lang
