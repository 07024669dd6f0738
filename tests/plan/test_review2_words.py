"""The accessibility statement's and the test report's words after the second language review
(issues 23 and 24): the sentences as written out by hand in both languages, a failing check of any
kind as a barrier in the reader's words, and the phrases the review quoted as wrong gone."""

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from checks import CHECKS
from plan.domain import a11y_report, model, wcag_coverage
from plan.outputs import render
from plan.site import pages as site_pages
from plan.labels import Labels

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
TODAY = dt.date(2026, 11, 23)


def _pages(plan, report) -> dict[tuple[str, str], str]:
    return {(p.lang, p.path): p.markdown for p in render.Renderer(plan, TODAY, report).pages()}


def _plain(markdown: str) -> str:
    """A page's words as a reader sees them: no Markdown escapes, no tags, single spaces."""
    text = BeautifulSoup(markdown.replace("\\", ""), "html.parser").get_text(" ")
    return " ".join(text.split())


def _evaluated(plan):
    (data,) = yaml.safe_load((FIXTURES / "kasiarviointi.yml").read_text(encoding="utf-8"))["arvioinnit"]
    return plan.model_copy(update={"kasiarviointi": model.Kasiarviointi.model_validate(data)})


def _without_problems(plan):
    data = plan.sivusto.saavutettavuus.model_copy(update={"puutteet": []})
    return plan.model_copy(update={"sivusto": plan.sivusto.model_copy(update={"saavutettavuus": data})})


# The statement of the real data, with the fixture report: (said, no longer said).
STATEMENT = {
    "fi": (["Seloste perustuu itsearvioon. Sen laativat sivuston kehittäjät.",  # fi-G1
            "Niiden sisältö on myös sivuston tavallisilla sivuilla: Mitä uutta -sivulla sekä suunnitelman ja strategian sivuilla."],  # fi-S7
           ["Selosteen laati", "itsearviointina"]),
    "sv": (["Utlåtandet bygger på en självbedömning som webbplatsens utvecklare har gjort.",  # sv-G2
            "Samma innehåll finns också på webbplatsens vanliga sidor: på sidan Aktuellt och på planens och strategins sidor.",  # sv-S4
            "Kommunikationsenheten läser nya och ändrade texter före publicering",  # sv-S2
            "Sedan den 1 januari 2025 övervakar Traficom de digitala tjänsternas tillgänglighet."],  # sv-S11
           ["utarbetades av:", "som självbedömning", "Kommunikationen läser", "från och med 1.1.2025",
            "finns också på sidorna, på sidan"]),
}


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_statement_s_sentences(real_plan, lang):
    report, _ = a11y_report.load(FIXTURES / "a11y-report.json")
    text = _plain(_pages(real_plan, report)[(lang, "saavutettavuusseloste.md")])
    said, gone = STATEMENT[lang]
    for sentence in said:
        assert sentence in text, (lang, sentence)
    for phrase in gone:
        assert phrase not in text, (lang, phrase)


# sv-G6: nothing listed, with a passing report or with none.
NONE_LISTED = {
    ("sv", True): "De automatiska testerna hittade inga brister, och inga andra brister är kända. Webbplatsen har ännu inte bedömts manuellt, så det kan finnas brister som vi inte känner till.",
    ("sv", False): "Den här versionen av webbplatsen har inte testats automatiskt, och webbplatsen har inte bedömts manuellt. Inga brister har antecknats, men det kan finnas brister som vi inte känner till.",
    ("fi", True): "Automaattiset testit eivät löytäneet puutteita, eikä muita puutteita ole tiedossa. Sivustoa ei ole vielä arvioitu käsin, joten kaikkia puutteita ei välttämättä tunneta.",
    ("fi", False): "Tätä sivuston versiota ei ole testattu automaattisesti, eikä sivustoa ole arvioitu käsin. Puutteita ei ole kirjattu, mutta kaikkia puutteita ei välttämättä tunneta.",
}


@pytest.mark.parametrize("lang, tested", list(NONE_LISTED), ids=[f"{k[0]}-{'report' if k[1] else 'none'}" for k in NONE_LISTED])
def test_nothing_listed_says_that_unknown_problems_may_exist(real_plan, lang, tested):
    report = None
    if tested:
        report, _ = a11y_report.load(FIXTURES / "a11y-report.json")
        report = report.model_copy(update={"checks": [c.model_copy(update={"failed": 0}) for c in report.checks], "failures": []})
    text = _plain(_pages(_without_problems(real_plan), report)[(lang, "saavutettavuusseloste.md")])
    assert NONE_LISTED[lang, tested] in text
    assert "kanske inte kända" not in text


def _failing(check_id: str) -> a11y_report.Report:
    """The fixture report with only `check_id` failing, once, on the ended strategy's Finnish page."""
    report, _ = a11y_report.load(FIXTURES / "a11y-report.json")
    info = CHECKS[check_id]
    criteria = info["criteria"] or (["1.4.3"] if check_id in ("axe", "htmlcs") else [])  # an engine's: its rule's
    check = a11y_report.Check(id=check_id, criteria=info["criteria"], fi=info["fi"], sv=info["sv"], passed=1, failed=1)
    others = [c.model_copy(update={"failed": 0}) for c in report.checks if c.id != check_id]
    failure = a11y_report.Failure(check=check_id, criteria=criteria, page="/strategia/", lang="fi", width=320,
                                  message="the tool's message")
    return report.model_copy(update={"checks": [*others, check], "failures": [failure]})


WORDS = {
    "fi": ("Sivut: Hyvinvointialuestrategia 2023–2025", "Ketä haittaa: ", "Näin saat tiedon toisin: "),
    "sv": ("Sidor: Hyvinvointialuestrategia 2023–2025", "Vem det hindrar: ", "Så får du informationen på annat sätt: "),
}
ENGINES = ("axe", "htmlcs", "progress")  # what failed depends on the rule or the view: no barrier of their own


@pytest.mark.parametrize("check_id", list(CHECKS))
@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_failing_check_is_listed_as_a_barrier_never_by_its_name(real_plan, lang, check_id):
    """sv-M7: what the barrier is, on which page by its title, whom it hinders (where the check
    tells) and how to get the content meanwhile; never the check's name or goal."""
    page = _pages(_without_problems(real_plan), _failing(check_id))[(lang, "saavutettavuusseloste.md")]
    issues = _plain(page[page.index("#vaatimukset"):page.index("#kohtuuton-rasite")])
    where, who, meanwhile = WORDS[lang]
    assert where in issues and meanwhile in issues, issues
    assert (who in issues) is (check_id not in ENGINES), issues
    assert CHECKS[check_id][lang] not in issues
    assert check_id in ENGINES or check_id in Labels(lang)["statement_barrier"]


def test_the_statement_keeps_no_label_of_a_failed_check_s_name():
    for lang in ("fi", "sv"):
        assert "statement_issue_failed_check" not in Labels(lang).words


def _report_page(plan, lang: str) -> BeautifulSoup:
    report, _ = a11y_report.load(FIXTURES / "a11y-report.json")
    reviews = model.AxeTarkistukset.model_validate(
        yaml.safe_load((FIXTURES / "axe-tarkistettavat.yml").read_text(encoding="utf-8"))).tarkistetut
    plan = plan.model_copy(update={"axe_tarkistukset": reviews})
    return BeautifulSoup(_pages(plan, report)[(lang, site_pages.REPORT.path)], "html.parser")


REPORT = {
    "fi": (["Taulukko kertoo, kuinka monessa näkymässä kukin axe-sääntö täyttyi, ei koskenut sivua, jäi käsin tarkistettavaksi tai ei täyttynyt.",
            "axe pystyy laskemaan kontrastin, kun tausta on yksivärinen",  # fi-M6 = sv-M9
            "axe löytää vain kentät, joilla on useita nimilappuja",
            "Tarkistus varmistaa, että hakutulosten määrä ilmoitetaan ruudunlukijalle",
            "Menetelmä: W3C:n menetelmä verkkosivustojen saavutettavuuden arviointiin (WCAG-EM)"],  # fi-L2
           ["ratkaisee tekstin", "löytää vain useat nimet", "kuulee", "Website Accessibility"]),
    "sv": (["Tabellen visar i hur många vyer varje axe-regel uppfylldes, inte var tillämplig, måste kontrolleras manuellt eller inte uppfylldes.",  # sv-G8
            "Inte testat",  # sv-G8
            "Inte kontrollerade: 1. Kontrollerade: 1.",  # sv-G7
            "axe kan räkna ut kontrasten för text på enfärgad bakgrund",  # sv-M9
            "axe hittar bara fält med flera etiketter",
            "Kontrollen säkerställer att antalet sökträffar meddelas till skärmläsare",
            "axe mäter klickytornas storlek och avstånd",  # sv-T3
            "kontrasten i knapparnas och reglagens kanter",  # sv-T4
            "webbplatsens knappar och andra reglage",
            "roll, namn och tillstånd",  # sv-T5
            "ikonknapparna och deras verktygstips",  # sv-T11
            "formulär utan knapp för att skicka",
            "Metod: W3C:s metod för att bedöma webbplatsers tillgänglighet (WCAG-EM)"],  # sv-L2
           ["avgör text", "hittar bara flera namn", "Testet hör", "målens storlek", "kontrollernas kanter",
            "webbplatsens kontroller", "namn och läge", "deras tips", "sändknapp", "Inte testad", "I hur många",
            "Öppna 1,", "Website Accessibility", "Den visar lägen"]),
}


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_report_s_sentences(real_plan, names_fixture, lang):
    text = " ".join(_report_page(_evaluated(real_plan), lang).get_text(" ").split())
    said, gone = REPORT[lang]
    for sentence in said:
        assert sentence in text, (lang, sentence)
    for phrase in gone:
        assert phrase not in text, (lang, phrase)


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_identifiers_only_in_the_check_table_and_the_rules_disclosure(real_plan, names_fixture, lang):
    """sv-L1: check ids, axe rule ids and HTML_CodeSniffer's sniff codes tell a reader nothing; the
    coverage table and the view groups name checks and rules in words (the ids are in the JSON)."""
    soup = _report_page(real_plan, lang)
    coverage = [tr for tr in soup.find_all("tr") if tr.get("id", "").startswith("wcag-")]
    assert coverage and not [code.get_text() for tr in coverage for code in tr.find_all("code")]
    groups = soup.find_all("dd")  # the axe results of each group of views
    assert groups and not [code.get_text() for dd in groups for code in dd.find_all("code")]
    assert "Principle1" not in soup.get_text()
    checks = soup.find(id="tarkistukset-otsikko").find_parent("table")
    assert {code.get_text() for code in checks.find_all("code")} >= {"axe", "reflow", "keyboard"}


def test_coverage_notes_name_a_check_as_a_check():
    """fi-T3: one word per concept. A note about a named check says tarkistus / kontroll, not testi / test."""
    for c in wcag_coverage.load().criteria:
        if c.note and c.category != "not-applicable":  # the no-media note's test is no named check
            for lang in ("fi", "sv"):
                assert not re.search(r"\b(Testi|Testit|Testet|Testerna|testi|testit|testet|testerna)\b", getattr(c.note, lang)), (c.id, lang)


ENGINE_HEADINGS = {
    ("fi", 0): "Automaattiset testit löysivät puutteen",
    ("fi", 1): "Automaattiset testit löysivät puutteen, joka koskee WCAG-kriteeriä 1.4.3",
    ("fi", 2): "Automaattiset testit löysivät puutteen, joka koskee WCAG-kriteerejä 1.4.3, 4.1.2",
    ("sv", 0): "De automatiska testerna hittade en brist",
    ("sv", 1): "De automatiska testerna hittade en brist som gäller WCAG-kriteriet 1.4.3",
    ("sv", 2): "De automatiska testerna hittade en brist som gäller WCAG-kriterierna 1.4.3, 4.1.2",
}


@pytest.mark.parametrize("lang, n", list(ENGINE_HEADINGS), ids=[f"{k[0]}-{k[1]}" for k in ENGINE_HEADINGS])
def test_an_engine_s_failure_is_headed_by_its_criteria_in_one_or_many(real_plan, lang, n):
    """A failure of axe carries its rule's criteria: none (a best-practice rule), one or several."""
    report = _failing("axe")
    failure = report.failures[0].model_copy(update={"criteria": ["1.4.3", "4.1.2"][:n]})
    page = _pages(_without_problems(real_plan), report.model_copy(update={"failures": [failure]}))[(lang, "saavutettavuusseloste.md")]
    headings = [line[5:].replace("\\", "") for line in page.splitlines() if line.startswith("#### ")]
    assert headings == [ENGINE_HEADINGS[lang, n]]
    plain = page.replace("\\", "")
    assert ("WCAG-kriteerit: " in plain or "WCAG-kriterier: " in plain) is (n > 0)


def test_the_coverage_categories_agree_with_the_criterion(real_plan, names_fixture):
    """sv-G8: a kriterium is neuter ("Inte testat", "Inte tillämpligt", as the manual outcome says)."""
    soup = _report_page(real_plan, "sv")
    counts = next(t for t in soup.find_all("table") if "enligt täckning" in t.caption.get_text())
    assert [th.get_text() for th in counts.find_all("th", scope="row")] == [
        "Automatisk", "Delvis automatisk", "Endast manuellt", "Inte tillämpligt", "Inte testat"]
