"""statement.py, the statement page and the data behind it: the list of non-accessible content is
fed by the data, the automated report and the manual evaluation, and says no more than they do."""

import datetime as dt
from pathlib import Path

import yaml

from plan.domain import a11y_report, model, statement
from plan.outputs import render
from plan.site import pages as site_pages
from plan_edits import data_errors, replace_in

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "tests" / "fixtures" / "a11y-report.json"
EVALUATION = ROOT / "tests" / "fixtures" / "kasiarviointi.yml"
TODAY = dt.date(2026, 12, 1)


def fixture_evaluation(**changes) -> model.Kasiarviointi:
    (data,) = yaml.safe_load(EVALUATION.read_text(encoding="utf-8"))["arvioinnit"]
    return model.Kasiarviointi.model_validate({**data, **changes})


def passed_everything() -> model.Kasiarviointi:
    evaluation = fixture_evaluation()
    results = [r for r in evaluation.tulokset if r.tulos != "hylatty"]
    return evaluation.model_copy(update={"tulokset": results})


def statement_page(plan, report, lang="fi") -> str:
    pages = render.Renderer(plan, TODAY, report).pages()
    return next(p.markdown for p in pages if p.path == "saavutettavuusseloste.md" and p.lang == lang)


def with_site(plan, **changes):
    data = plan.sivusto.saavutettavuus.model_copy(update=changes)
    return plan.model_copy(update={"sivusto": plan.sivusto.model_copy(update={"saavutettavuus": data})})


def test_real_data_without_a_report_claims_nothing(real_plan):
    s = statement.of(real_plan, None)
    assert [p.lahde for p in s.problems] == ["tiedossa"] and s.status == "osittain" and not s.none_known
    for lang, untested, known in (("fi", "Tätä sivuston versiota ei ole testattu automaattisesti", "Emme tiedä"),
                                  ("sv", "Den här versionen av webbplatsen har inte testats automatiskt", "Vi känner inte till")):
        page = statement_page(real_plan, None, lang)
        assert untested in page.replace("\\", "") and known not in page
        assert "testiraportti.md" not in page  # no promise of a report the build does not have


def test_real_data_with_a_passing_report_says_no_manual_evaluation_was_done(real_plan):
    report, _ = a11y_report.load(REPORT)
    passing = report.model_copy(update={"checks": [c.model_copy(update={"failed": 0}) for c in report.checks]})
    page = statement_page(with_site(real_plan, puutteet=[]), passing).replace("\\", "")
    assert "Automaattiset testit eivät löytäneet puutteita" in page
    assert "Sivustoa ei ole vielä arvioitu käsin" in page and "Emme tiedä" not in page
    assert "testiraportti.md" in page


def test_a_failing_check_is_listed_as_non_accessible_content(real_plan):
    report, _ = a11y_report.load(REPORT)  # the fixture's reflow check failed
    (problem,) = [p for p in statement.of(real_plan, report).problems if p.lahde == "testit"]
    assert problem.kriteerit == ["1.4.10"]
    page = statement_page(real_plan, report).replace("\\", "")
    assert "WCAG-kriteerit: 1.4.10" in page
    # A failure keeps "fully compliant" off the page, whatever the data says.
    assert statement.of(with_site(real_plan, tila="taysin"), report).status == "osittain"


def test_a_failed_check_is_described_as_the_barrier_on_a_titled_page(real_plan):
    """Review 2, B1/C2: what the barrier is, on which page (by title), whom it hinders and how to
    get the content meanwhile; never the check's name or goal, never a bare address."""
    report, _ = a11y_report.load(REPORT)
    for lang, words, goal in (
        ("fi", ["#### Sivu ei mahdu kapealle näytölle", "Sivut: Hyvinvointialuestrategia 2023–2025",
                "Ketä haittaa: Näytönsuurennusta", "Näin saat tiedon toisin: Vieritä sivua"], "Sisältö mukautuu"),
        ("sv", ["#### Sidan ryms inte på en smal skärm", 'Sidor: <span lang="fi">Hyvinvointialuestrategia 2023–2025</span>',
                "Vem det hindrar: Personer som förstorar", "Så får du informationen på annat sätt: Rulla sidan"],
         "Innehållet anpassar sig"),
    ):
        page = statement_page(real_plan, report, lang).replace("\\", "")
        for word in words:
            assert word in page, (lang, word)
        issues = page[page.index("#vaatimukset"):page.index("#kohtuuton-rasite")]
        assert goal not in issues and "`/strategia/`" not in issues


def test_the_known_problems_of_the_real_data_are_listed_as_barriers(real_plan):
    """Review 2, B1 and C7: "partially" stands over the known problems, each with whom it hinders."""
    s = statement.of(real_plan, None)
    assert s.status == "osittain" and s.problems
    (editor,) = [p for p in s.problems if "3.1.1" in p.kriteerit]
    assert editor.lahde == "tiedossa" and editor.ketka and editor.missa
    for lang, words in (("fi", ["#### Selainmuokkaimen aloitusnäkymä", "Ketä haittaa: Ruudunlukijan käyttäjiä",
                                "WCAG-kriteerit: 3.1.1, 1.3.1", "Korjauksen ajankohtaa ei ole vielä päätetty"]),
                        ("sv", ["#### Webbläsarredigerarens första vy", "Vem det hindrar: Personer som använder skärmläsare"])):
        page = statement_page(real_plan, None, lang).replace("\\", "")
        for word in words:
            assert word in page, (lang, word)
        assert "Tiedossa ei ole puutteita" not in page and "Inga brister är kända" not in page


def test_the_statement_names_the_site_s_address_when_the_build_knows_it(real_plan):
    """Review 2, B3: the statement says which site it covers, by its public address."""
    pages = render.Renderer(real_plan, TODAY, None, "https://hyvinvointi.example.fi/").pages()
    fi = next(p.markdown for p in pages if p.path == "saavutettavuusseloste.md" and p.lang == "fi")
    assert "Sivuston osoite on [" in fi and "](https://hyvinvointi.example.fi/)" in fi
    assert "Sivuston osoite" not in statement_page(real_plan, None)  # no address without the setting


def test_a_manual_failure_is_listed_with_its_pages_workaround_and_date(real_plan):
    plan = real_plan.model_copy(update={"kasiarviointi": fixture_evaluation()})
    (problem,) = [p for p in statement.of(plan, None).problems if p.lahde != "tiedossa"]
    assert problem.lahde == "kasiarviointi" and problem.kriteerit == ["1.4.11"]
    for lang, words in (("fi", ["Mittarikaavion viiva", "Sivut: Turvallisuuden edistäminen", "Samat luvut ovat", "31. maaliskuuta 2027",
                                "Testi Arvioija (Testijärjestö (testidata)) arvioi sivuston käsin 20. marraskuuta 2026",
                                "NVDA 2024.4 ja Firefox 133", "Otoksessa oli 3 sivua"]),
                        ("sv", ["Indikatordiagrammets linje", "Samma siffror", "31 mars 2027", "VoiceOver ja Safari (iOS 18)",
                                "Urvalet omfattade 3 sidor"])):
        page = statement_page(plan, None, lang).replace("\\", "")
        for word in words:
            assert word in page, (lang, word)


def test_texts_in_sentences_are_escaped_once(real_plan):
    plan = real_plan.model_copy(update={"kasiarviointi": fixture_evaluation()})
    page = statement_page(plan, None, "sv")
    # One Markdown escape each, shown as "(Testorganisationen (testdata))"; twice showed "\\(".
    assert "Testi Arvioija \\(Testorganisationen \\(testdata\\)\\)" in page
    assert "\\\\" not in page


def test_no_known_problems_only_after_a_manual_evaluation(real_plan):
    plan = with_site(real_plan, puutteet=[]).model_copy(update={"kasiarviointi": passed_everything()})
    s = statement.of(plan, None)
    assert s.none_known
    assert "Emme tiedä sisällöstä, joka ei olisi saavutettavaa" in statement_page(plan, None)
    assert "Vi känner inte till innehåll" in statement_page(plan, None, "sv")


def test_known_problems_from_data_show_every_field(real_plan):
    problem = model.Puute(
        kuvaus=model.Teksti(fi="Kaavion värit", sv="Diagrammets färger"), kriteerit=["1.4.11"],
        missa=model.Teksti(fi="Mittarisivut", sv="Indikatorsidorna"),
        kiertotie=model.Teksti(fi="Katso taulukko", sv="Se tabellen"), korjataan=dt.date(2027, 2, 1),
    )
    page = statement_page(with_site(real_plan, puutteet=[problem]), None, "sv").replace("\\", "")
    for word in ("#### Diagrammets färger", "Känd brist", "WCAG-kriterier: 1.4.11", "Var: Indikatorsidorna",
                 "Se tabellen", "Åtgärdas senast: 1 februari 2027"):
        assert word in page, word


def test_model_statement_sections_and_dates(real_plan):
    for lang, words in (("fi", ["### Kohtuuton rasite", "Emme vetoa kohtuuttomaan rasitteeseen",
                                "### Sisältö, joka ei kuulu lainsäädännön piiriin", "ei ole sisältöä, joka jäisi lain ulkopuolelle",
                                "syötteet (Atom)", "Seloste on laadittu 23. marraskuuta 2026",
                                "päivitetty viimeksi 1. joulukuuta 2026", "seuraavan kerran viimeistään 1. joulukuuta 2027",
                                "Vastaamme 14 päivän kuluessa", "https://www.saavutettavuusvaatimukset.fi/kayttajan-oikeudet/"]),
                        ("sv", ["### Oproportionell börda", "### Innehåll som inte omfattas av lagstiftningen",
                                "Vi svarar inom 14 dagar", "https://www.tillganglighetskrav.fi/dina-rattigheter/"])):
        page = statement_page(real_plan, None, lang).replace("\\", "")
        for word in words:
            assert word in page, (lang, word)
    assert "Översättningen" not in statement_page(real_plan, None, "sv")  # a statement in its own right


# The data's rules, as an editor meets them.

def test_fully_compliant_needs_a_manual_evaluation(data_copy):
    file = data_copy / "sivusto.yml"
    text = file.read_text(encoding="utf-8")
    known = text[text.index("  puutteet:\n"):text.index("  kohtuuton_rasite:")]
    file.write_text(text.replace(known, "  puutteet: []\n"), encoding="utf-8")  # "fully" with known problems is refused apart
    replace_in(file, "  tila: osittain", "  tila: taysin")
    (error,) = data_errors(data_copy)
    assert error.field == "saavutettavuus.tila" and "kasiarviointi.yml" in error.message and "osittain" in error.message


def test_evaluation_pages_and_dates_are_checked(data_copy):
    text = EVALUATION.read_text(encoding="utf-8").replace("/sv/\n", "/ei-ole/\n").replace("2026-11-20", "2999-01-01")
    (data_copy / "kasiarviointi.yml").write_text(text.replace("../../schemas", "../schemas"), encoding="utf-8")
    found = {e.field: e for e in data_errors(data_copy)}
    assert "tulevaisuudessa" in found["arvioinnit[0].paivamaara"].message
    assert "/ei-ole/" in found["arvioinnit[0].otos[2].osoite"].message


def test_a_failed_criterion_needs_its_finding(data_copy):
    text = EVALUATION.read_text(encoding="utf-8").replace("../../schemas", "../schemas")
    start = text.index("        havainto:")
    text = text[:start] + text[text.index("        kiertotie:"):]
    (data_copy / "kasiarviointi.yml").write_text(text, encoding="utf-8")
    (error,) = data_errors(data_copy)
    assert "havainto" in error.message and error.line > 1


def test_unconfirmed_values_must_exist(data_copy):
    replace_in(data_copy / "sivusto.yml", "    - palaute.sahkoposti\n", "    - palaute.puhelin\n")
    (error,) = data_errors(data_copy)
    assert "palaute.puhelin" in error.message and "poista" in error.message


def test_an_evaluated_criterion_must_be_in_the_coverage_map(data_copy):
    text = EVALUATION.read_text(encoding="utf-8").replace("../../schemas", "../schemas").replace("kriteeri: 2.1.1", "kriteeri: 2.1.3")
    (data_copy / "kasiarviointi.yml").write_text(text, encoding="utf-8")
    (error,) = data_errors(data_copy)
    assert error.field == "arvioinnit[0].tulokset[3].kriteeri" and "2.1.3" in error.message


def report_page(plan, lang):
    report, _ = a11y_report.load(REPORT)
    pages = render.Renderer(plan, TODAY, report).pages()
    # Raw: the manual evaluation is an HTML block, where a Markdown escape would show as "1\.4\.11".
    return next(p.markdown for p in pages if p.path == site_pages.REPORT.path and p.lang == lang)


def test_the_report_page_shows_the_manual_evaluation_beside_the_automated_results(real_plan):
    assert "Sivustoa ei ole vielä arvioitu käsin eikä apuvälineillä." in report_page(real_plan, "fi")
    assert "Webbplatsen har ännu inte bedömts manuellt" in report_page(real_plan, "sv")
    plan = real_plan.model_copy(update={"kasiarviointi": fixture_evaluation()})
    for lang, words in (("fi", ["## Käsin tehty arviointi", "Testi Arvioija, Testijärjestö (testidata)", "NVDA 2024.4 ja Firefox 133",
                                "\">Arvioinnin otos</caption>", "<th scope=\"row\">1.4.11</th><td>Ei täyty</td>",
                                "Mittarikaavion viiva erottuu taustasta heikosti (testidata). (<code>/painopisteet/turvallisuus/</code>)",
                                "<th scope=\"col\">WCAG-kriteeri</th>", "Käsin tehty arviointi: Ei sovellu"]),
                        ("sv", ["## Manuell bedömning", "\">Resultat per kriterium</caption>", "Uppfylls inte",
                                "Manuell bedömning: Inte kontrollerat"])):
        page = report_page(plan, lang)
        for word in words:
            assert word in page, (lang, word)


def test_the_statement_links_the_earl_file(real_plan):
    report, _ = a11y_report.load(REPORT)
    page = statement_page(real_plan, report)
    assert 'href="../saavutettavuustestit.earl.jsonld" type="application/ld+json"' in page
