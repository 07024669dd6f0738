"""charts.py: an indicator's chart and the table with the same figures; the chart and print styles.

The values come from tests/fixtures/progress.yml (goal liikuntapalvelujen-asiakasohjaus): two
yearly reports, 2024 and 2025, with an indicator of each kind.
"""

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from plan.domain import model
from plan.outputs import charts
from plan.labels import LABELS_DIR, Labels
from plan.outputs.render import _html_environment

ROOT = Path(__file__).resolve().parents[2]
STYLES = ROOT / "overrides" / "assets" / "stylesheets"
GOAL = "liikuntapalvelujen-asiakasohjaus"
NBSP = "\u00a0"
SVG_NS = "{http://www.w3.org/2000/svg}"

# The figures of the fixture, as the reader sees them: one precision per indicator (45,0 beside
# 43,2), integers without decimals, no-break spaces before "%" and inside "/ 1 000".
EXPECTED = {
    "fi": {
        "ohjatut-asiakkaat": ["164 asiakasta", "231 asiakasta"],
        "liikkuvien-osuus": [f"43,2{NBSP}%", f"45,0{NBSP}%"],
        "kaatumiset": [f"12,5{NBSP}/{NBSP}1{NBSP}000", f"11,8{NBSP}/{NBSP}1{NBSP}000"],
        "ohjausmalli-kaytossa": ["ei", "kyllä"],
    },
    "sv": {
        "ohjatut-asiakkaat": ["164 klienter", "231 klienter"],
        "liikkuvien-osuus": [f"43,2{NBSP}%", f"45,0{NBSP}%"],
        "kaatumiset": [f"12,5{NBSP}/{NBSP}1{NBSP}000", f"11,8{NBSP}/{NBSP}1{NBSP}000"],
        "ohjausmalli-kaytossa": ["nej", "ja"],
    },
}
NUMERIC = ["ohjatut-asiakkaat", "liikkuvien-osuus", "kaatumiset"]
REPORTED = {"fi": ["15. joulukuuta 2024", "10. joulukuuta 2025"], "sv": ["15 december 2024", "10 december 2025"]}


@pytest.fixture(scope="module")
def env():
    return _html_environment()


@pytest.fixture(scope="module")
def goal(progress_plan):
    return next(g for g in progress_plan.goals if g.id == GOAL)


def indicator(goal, indicator_id):
    return next(i for i in goal.indicators if i.id == indicator_id)


def soup_of(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html5lib")


def svg_xml(html: str) -> ET.Element:
    """The SVG element as XML: it must be well-formed on its own."""
    (svg,) = re.findall(r"<svg\b.*?</svg>", html, flags=re.S)
    return ET.fromstring(svg)


def assert_texts_inside(svg: ET.Element, width: float, height: float) -> None:
    """Every line of text stays inside the picture (by a generous estimate of its width)."""
    for text in svg.iter(SVG_NS + "text"):
        y = float(text.get("y"))
        lines = list(text.iter(SVG_NS + "tspan")) or [text]
        for line in lines:
            y += float(line.get("dy", 0))
            x = float(line.get("x") or text.get("x"))
            length = len(line.text.rstrip()) * charts.CHAR
            start = x - length if text.get("text-anchor") == "end" else x
            assert 0 <= start and start + length <= width, line.text
            assert 0 < y <= height, line.text


def table_figures(soup: BeautifulSoup):
    (table,) = soup.find_all("table")
    rows = table.find("tbody").find_all("tr")
    periods = [r.find("th").get_text() for r in rows]
    values = [r.find_all("td")[0].get_text() for r in rows]
    reported = [r.find_all("td")[1].get_text() for r in rows]
    return table, periods, values, reported


@pytest.mark.parametrize("lang", ["fi", "sv"])
@pytest.mark.parametrize("indicator_id", NUMERIC)
def test_numeric_indicator_has_a_chart_and_a_table_with_the_same_figures(goal, env, as_of, lang, indicator_id):
    ind = indicator(goal, indicator_id)
    html = charts.indicator_block(goal, ind, as_of, lang, env)
    soup = soup_of(html)
    labels = Labels(lang)

    (svg,) = soup.find_all("svg")
    assert svg["role"] == "img"
    title = soup.find(id=svg["aria-labelledby"])
    assert title is not None and title.name == "title" and title.parent is svg
    name = ind.nimi[lang]
    desc = soup.find(id=svg["aria-describedby"])
    assert desc is not None and desc.name == "desc" and desc.parent is svg
    assert name in title.get_text() and labels["chart_table_note"] in desc.get_text()
    assert "2024–2025" in title.get_text()

    table, periods, values, reported = table_figures(soup)
    assert name in table.caption.get_text()
    headers = table.find("thead").find_all("th")
    assert [h.get_text() for h in headers] == [labels[k] for k in ("indicator_col_period", "indicator_col_value", "indicator_col_reported")]
    assert all(h["scope"] == "col" for h in headers)
    assert all(r.find("th")["scope"] == "row" for r in table.find("tbody").find_all("tr"))
    assert periods == ["2024", "2025"]
    assert values == EXPECTED[lang][indicator_id]
    assert reported == REPORTED[lang]

    # One written value per bar, the same text and order as the table; the period written by each bar.
    assert [t.get_text() for t in svg.select("text.chart__value")] == values
    assert [t.get_text() for t in svg.select("text.chart__period")] == periods
    assert len(svg.select("rect.chart__bar")) == len(values)


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_yes_no_indicator_has_a_table_and_no_chart(goal, env, as_of, lang):
    html = charts.indicator_block(goal, indicator(goal, "ohjausmalli-kaytossa"), as_of, lang, env)
    soup = soup_of(html)
    assert soup.find("svg") is None
    table, periods, values, _ = table_figures(soup)
    assert table.caption and periods == ["2024", "2025"]
    assert values == EXPECTED[lang]["ohjausmalli-kaytossa"]


@pytest.mark.parametrize("indicator_id", NUMERIC)
def test_svg_is_well_formed_and_scales_to_320_px(goal, env, as_of, indicator_id):
    html = charts.indicator_block(goal, indicator(goal, indicator_id), as_of, "fi", env)
    svg = svg_xml(html)
    assert svg.tag == SVG_NS + "svg"
    x, y, width, height = (float(v) for v in svg.get("viewBox").split())
    assert (x, y) == (0, 0) and width <= 360
    # Drawn in the 288 px text column of a 320 px screen, text is 12 px or more.
    assert float(svg.get("font-size")) * 288 / width >= 12
    assert_texts_inside(svg, width, height)
    # Colour comes from the text colour or from CSS classes: nothing is told by colour alone.
    for element in svg.iter():
        for attribute in ("fill", "stroke"):
            assert element.get(attribute) in (None, "currentColor", "none")


def test_baseline_and_target_are_labelled_dashed_lines(goal, env, as_of):
    both = soup_of(charts.indicator_block(goal, indicator(goal, "ohjatut-asiakkaat"), as_of, "fi", env))
    baseline, target = both.select("line.chart__ref--baseline"), both.select("line.chart__ref--target")
    assert len(baseline) == 1 and len(target) == 1
    assert all(line.get("stroke-dasharray") for line in baseline + target)
    labels = [t.get_text() for t in both.select("text.chart__ref-label")]
    assert labels == ["Lähtötaso 120 asiakasta (2023)", "Tavoitetaso 300 asiakasta (2026)"]
    desc = both.find("desc").get_text()
    assert "lähtötaso 120 asiakasta (2023)" in desc and "tavoitetaso 300 asiakasta (2026)" in desc
    facts = {dt_.get_text(): dt_.find_next_sibling("dd").get_text() for dt_ in both.select(".indicator__facts dt")}
    assert facts == {"Mittarin tyyppi": "Lukumäärä (asiakasta)", "Lähtötaso": "120 asiakasta (2023)", "Tavoitetaso": "300 asiakasta (2026)"}

    # The lines and bars share one scale from zero: 120 < 164 < 231 < 300.
    x_base, x_target = float(baseline[0]["x1"]), float(target[0]["x1"])
    axis = float(both.select_one("line.chart__axis")["x1"])
    ends = [float(r["x"]) + float(r["width"]) for r in both.select("rect.chart__bar")]
    assert axis < x_base < ends[0] < ends[1] < x_target
    assert (ends[1] - axis) / (ends[0] - axis) == pytest.approx(231 / 164, rel=0.01)
    assert (x_target - axis) / (x_base - axis) == pytest.approx(300 / 120, rel=0.01)

    only_baseline = soup_of(charts.indicator_block(goal, indicator(goal, "liikkuvien-osuus"), as_of, "sv", env))
    assert only_baseline.select("line.chart__ref--baseline") and not only_baseline.select("line.chart__ref--target")
    assert [t.get_text() for t in only_baseline.select("text.chart__ref-label")] == [f"Utgångsnivå 41,5{NBSP}% (2023)"]

    neither = soup_of(charts.indicator_block(goal, indicator(goal, "kaatumiset"), as_of, "fi", env))
    assert not neither.select("line.chart__ref") and not neither.select("text.chart__ref-label")
    assert [d.get_text() for d in neither.select(".indicator__facts dt")] == ["Mittarin tyyppi", "Toivottu suunta"]


@pytest.mark.parametrize("lang", ["fi", "sv"])
@pytest.mark.parametrize("indicator_id", NUMERIC)
def test_chart_name_and_description_are_different_texts(goal, env, as_of, lang, indicator_id):
    # 1.1.1: a name repeated as the description is read twice; the name says what the image is,
    # the description what else it shows.
    soup = soup_of(charts.indicator_block(goal, indicator(goal, indicator_id), as_of, lang, env))
    svg = soup.find("svg")
    name = soup.find(id=svg.get("aria-labelledby")).get_text()
    described = svg.get("aria-describedby")
    assert described, "the chart has no description of its own: its <title> is both name and description"
    desc = soup.find(id=described).get_text()
    assert desc and desc != name and name not in desc and desc not in name


@pytest.mark.parametrize(("lang", "words"), [
    ("fi", ("pienempi arvo on parempi", "Mitä pienempi arvo, sitä parempi.")),
    ("sv", ("ju lägre värde, desto bättre", "Ju lägre värde, desto bättre.")),
])
def test_chart_says_which_direction_is_better_where_the_plan_says_so(goal, env, as_of, lang, words):
    # Injuries (the fixture's kaatumiset, `parempi: pienempi`): fewer is better, in the facts and in
    # the chart's description. Where the data says nothing, nothing is said (never guessed).
    fact, sentence = words
    soup = soup_of(charts.indicator_block(goal, indicator(goal, "kaatumiset"), as_of, lang, env))
    facts = [d.get_text() for d in soup.select(".indicator__facts dd")]
    assert fact in facts, facts
    assert sentence in soup.find("svg").get_text(), soup.find("svg").get_text()
    other = soup_of(charts.indicator_block(goal, indicator(goal, "ohjatut-asiakkaat"), as_of, lang, env))
    assert fact not in other.get_text() and sentence not in other.get_text()


def test_data_text_is_escaped_everywhere(goal, env, as_of):
    # The check refuses HTML in data; the template escapes it anyway, in case something skips the check.
    bad = model.Teksti.model_construct(fi='<b>lihava</b> & "lainaus"', sv="<i>kursiv</i> & 'citat'")
    ind = indicator(goal, "ohjatut-asiakkaat").model_copy(update={"nimi": bad, "yksikko": bad})
    for lang in ("fi", "sv"):
        html = charts.indicator_block(goal, ind, as_of, lang, env, heading_level=5)
        soup = soup_of(html)
        assert soup.find("b") is None and soup.find("i") is None
        text = bad[lang]
        assert soup.find("h5").get_text() == text
        assert text in soup.find("caption").get_text()
        assert text in soup.find("title").get_text()
        assert all(v.get_text().endswith(text) for v in soup.select("text.chart__value"))
        svg_xml(html)  # still well-formed


def test_language_marks_become_lang_spans(goal, env, as_of):
    name = model.Teksti(fi="Käyttäjät palvelussa [[sv:Hälsokiosken]]", sv="Användare i tjänsten [[fi:Terveyskioski]]")
    ind = indicator(goal, "liikkuvien-osuus").model_copy(update={"nimi": name})
    soup = soup_of(charts.indicator_block(goal, ind, as_of, "sv", env))
    span = soup.select_one(".indicator__name span[lang=fi]")
    assert span is not None and span.get_text() == "Terveyskioski"
    assert soup.select_one("caption span[lang=fi]").get_text() == "Terveyskioski"
    assert "[[" not in soup.find("title").get_text()


def test_heading_level(goal, env, as_of):
    ind = indicator(goal, "kaatumiset")
    assert soup_of(charts.indicator_block(goal, ind, as_of, "fi", env, heading_level=5)).find("h5")
    plain = soup_of(charts.indicator_block(goal, ind, as_of, "fi", env))
    assert not plain.find(re.compile(r"^h\d$")) and plain.select_one("p.indicator__name strong")
    with pytest.raises(ValueError):
        charts.indicator_block(goal, ind, as_of, "fi", env, heading_level=7)


def test_no_values_yet(goal, env):
    before = dt.date(2024, 1, 1)  # before the first report
    for indicator_id in NUMERIC + ["ohjausmalli-kaytossa"]:
        soup = soup_of(charts.indicator_block(goal, indicator(goal, indicator_id), before, "fi", env))
        assert soup.find("svg") is None and soup.find("table") is None
        assert soup.select_one(".indicator__none").get_text() == Labels("fi")["indicator_no_values"]


def test_real_data_has_no_invented_values(real_plan, env, as_of):
    # The real data reports nothing: every indicator block, if any, says so.
    for goal in real_plan.goals:
        for ind in goal.indicators:
            soup = soup_of(charts.indicator_block(goal, ind, as_of, "fi", env))
            assert soup.find("svg") is None and soup.find("table") is None


def test_months_and_one_precision(goal, env, as_of):
    ind = indicator(goal, "liikkuvien-osuus").model_copy(update={"lahtotaso": None, "tavoitetaso": None})
    report = model.Raportti(
        paivamaara=dt.date(2025, 6, 1), tila="käynnissä",
        kuvaus=model.Teksti(fi="Kuukausiarvot.", sv="Månadsvärden."),
        lahde=model.Lahde(nimi=model.Teksti(fi="Lähde", sv="Källa")),
        arvot=[
            model.MittarinArvo(mittari=ind.id, arvo=12.0, jakso="2025-04"),
            model.MittarinArvo(mittari=ind.id, arvo=1234.25, jakso="2025-05"),
        ],
    )
    monthly = goal.model_copy(update={"raportit": [report], "mittarit": [ind]})
    for lang, periods, values in (
        ("fi", ["huhtikuu 2025", "toukokuu 2025"], [f"12,00{NBSP}%", f"1{NBSP}234,25{NBSP}%"]),
        ("sv", ["april 2025", "maj 2025"], [f"12,00{NBSP}%", f"1{NBSP}234,25{NBSP}%"]),
    ):
        soup = soup_of(charts.indicator_block(monthly, ind, as_of, lang, env))
        _, got_periods, got_values, _ = table_figures(soup)
        assert got_periods == periods and got_values == values
        assert [t.get_text() for t in soup.select("text.chart__value")] == values
        assert periods[0] + "–" + periods[1] in soup.find("title").get_text()


def test_many_periods_grow_the_chart_downwards_only(goal, env, as_of):
    ind = indicator(goal, "kaatumiset")
    values = [model.MittarinArvo(mittari=ind.id, arvo=float(v), jakso=f"2025-{m:02d}") for m, v in zip(range(1, 13), [-3, 0, 5, 12, 8, 20, 1, 2, 3, 4, 5, 6])]
    report = model.Raportti(
        paivamaara=dt.date(2025, 12, 31), tila="käynnissä", kuvaus=model.Teksti(fi="x", sv="x"),
        lahde=model.Lahde(nimi=model.Teksti(fi="x", sv="x")), arvot=values,
    )
    html = charts.indicator_block(goal.model_copy(update={"raportit": [report]}), ind, as_of, "fi", env)
    svg = svg_xml(html)
    _, _, width, height = (float(v) for v in svg.get("viewBox").split())
    assert width == charts.WIDTH and height > 12 * charts.ROW
    for rect in svg.iter(SVG_NS + "rect"):  # a negative value too stays inside
        assert 0 <= float(rect.get("x")) and float(rect.get("x")) + float(rect.get("width")) <= width
    assert len(list(svg.iter(SVG_NS + "rect"))) == 12


def test_long_words_wrap_inside_the_chart(goal, env, as_of):
    # A long unit puts every value under its bar, in lines; long reference labels wrap too.
    unit = model.Teksti(fi="asiakasta kuukaudessa liikuntaneuvonnan ryhmissä ja yksilöohjauksessa", sv="klienter")
    ind = indicator(goal, "ohjatut-asiakkaat").model_copy(update={"yksikko": unit})
    html = charts.indicator_block(goal, ind, as_of, "fi", env)
    svg = svg_xml(html)
    _, _, width, height = (float(v) for v in svg.get("viewBox").split())
    assert width == charts.WIDTH
    assert_texts_inside(svg, width, height)
    soup = soup_of(html)
    _, _, values, _ = table_figures(soup)
    assert [t.get_text() for t in soup.select("text.chart__value")] == values  # the lines join to the same words
    assert soup.select("text.chart__value tspan") and soup.select("text.chart__ref-label tspan")
    # Nothing overlaps: each value's lines are below its bar and above the next period.
    values_y = [float(t["y"]) for t in soup.select("text.chart__value")]
    periods_y = [float(t["y"]) for t in soup.select("text.chart__period")]
    bars = soup.select("rect.chart__bar")
    lines = [len(t.find_all("tspan")) or 1 for t in soup.select("text.chart__value")]
    assert float(bars[0]["y"]) + float(bars[0]["height"]) < values_y[0] - charts.FONT
    assert values_y[0] + (lines[0] - 1) * charts.LINE < periods_y[1] - charts.FONT


def test_fragment_stands_in_markdown_as_it_is(goal, env, as_of):
    # Pages are Markdown: the fragment is one raw HTML block that Python-Markdown leaves alone.
    import markdown

    html = charts.indicator_blocks(goal, as_of, "fi", env, heading_level=5)
    assert "\n\n" not in html
    page = markdown.markdown(
        f"#### Mittarit ja seuranta\n\n- teksti\n\n{html}\n\nSeuraava *kappale*.\n",
        extensions=["toc", "attr_list", "admonition", "tables", "def_list", "md_in_html"],
    )
    assert html in page and "<em>kappale</em>" in page


def test_ids_are_unique_on_a_page(progress_plan, env, as_of):
    html = "".join(charts.indicator_blocks(g, as_of, "fi", env) for g in progress_plan.goals)
    ids = [e["id"] for e in soup_of(html).find_all(id=True)]
    assert ids and len(ids) == len(set(ids))


def test_every_word_in_both_languages():
    words = yaml.safe_load((LABELS_DIR / "mittarit.yml").read_text(encoding="utf-8"))
    assert set(words) == {"fi", "sv"}

    def shape(value):
        return {k: shape(v) for k, v in value.items()} if isinstance(value, dict) else type(value)

    assert shape(words["fi"]) == shape(words["sv"])
    for lang in ("fi", "sv"):
        Labels(lang)["indicator_kinds"]  # loads beside the other label files, no key twice
        for kind in ("prosentti", "lukumaara", "per-1000", "kylla-ei"):
            assert Labels(lang)["indicator_kinds"][kind]


def _css(name: str) -> str:
    return re.sub(r"/\*.*?\*/", "", (STYLES / name).read_text(encoding="utf-8"), flags=re.S)


def test_print_stylesheet_is_for_print_only_and_hides_the_chrome():
    css = _css("print.css").strip()
    assert css.startswith("@media print {") and css.endswith("}")
    depth, opened = 0, len("@media print {") - 1
    for i, char in enumerate(css):  # the first block closes only at the very end
        depth += {"{": 1, "}": -1}.get(char, 0)
        assert i < opened or depth > 0 or i == len(css) - 1
    assert depth == 0
    hidden = css.split("display: none !important;")[0]
    for selector in (".md-header", ".md-sidebar", ".md-footer", ".md-search", ".md-tabs", ".md-skip", ".md-top", ".md-source"):
        assert re.search(re.escape(selector) + r"[\s,{]", hidden), selector
    assert 'a[href^="http"]::after' in css and 'attr(href)' in css
    assert "print-color-adjust: exact" in css
    for rule in (".md-typeset tr", ".md-typeset .goal-meta"):
        assert rule in css


def test_chart_styles_have_forced_colours_and_both_palettes():
    css = _css("charts.css")
    forced = css.split("@media (forced-colors: active)")[1]
    assert "CanvasText" in forced and "Canvas;" in forced
    assert '[data-md-color-scheme="slate"]' in css and '[data-md-color-scheme="default"]' in css
    assert not re.search(r"\bstroke:\s*#|\bfill:\s*#", css)  # colours by variables and keywords only
