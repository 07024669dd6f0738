"""open_data.py: plan.json, its schema and goals.csv, and the page that explains them. No MkDocs here."""

import csv
import datetime as dt
import io
import json

import jsonschema
import markdown as md_lib
import pytest
from bs4 import BeautifulSoup

from plan.domain import model, progress
from plan.outputs import open_data, render
from plan.labels import Labels
from plan_edits import with_goal

EXTENSIONS = ["toc", "attr_list", "admonition", "tables", "def_list", "md_in_html"]
BOM = b"\xef\xbb\xbf"


def plan_data(plan, as_of) -> dict:
    return json.loads(open_data.plan_json(plan, as_of).decode("utf-8"))


def goals_of(data: dict) -> dict[str, dict]:
    return {g["id"]: g for a in data["plan"]["areas"] for g in a["goals"]}


def council_goals_of(data: dict) -> dict[str, dict]:
    return {g["id"]: g for line in data["strategy"]["lines"] for g in line["goals"]}


def csv_rows(plan, as_of) -> list[dict]:
    text = open_data.goals_csv(plan, as_of).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def validator():
    schema = json.loads(open_data.plan_json_schema())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def page_html(plan, as_of, lang) -> str:
    page = render.Renderer(plan, as_of)._page(
        "avoin-data.md", "open_data.md.j2", lang, reviewed=plan.sivusto.ruotsinnos_tarkistettu
    )
    assert page.markdown.startswith("---\n")  # front matter first, as on every page
    return md_lib.markdown(page.markdown.split("---\n", 2)[2], extensions=EXTENSIONS)


def with_licence(plan):
    """The plan with a decided licence (the real data has none yet)."""
    licence = model.Lisenssi(
        nimi=model.Teksti(
            fi="Creative Commons Nimeä 4.0 (CC BY 4.0)", sv="Creative Commons Erkännande 4.0 (CC BY 4.0)"
        ),
        osoite="https://creativecommons.org/licenses/by/4.0/",
    )
    return plan.model_copy(update={"sivusto": plan.sivusto.model_copy(update={"avoimen_datan_lisenssi": licence})})


# --- plan.json ---------------------------------------------------------------------------------


def test_plan_json_has_the_whole_plan_and_strategy(real_plan, as_of):
    data = plan_data(real_plan, as_of)
    assert list(data) == ["generated", "licence", "documents", "plan", "strategy", "later_plans", "later_strategies", "changes"]
    assert data["generated"] == "2026-11-23"
    assert [a["id"] for a in data["plan"]["areas"]] == [a.id for a in real_plan.painopisteet]
    assert len(data["plan"]["areas"]) == 7
    assert list(goals_of(data)) == [g.id for g in real_plan.goals] and len(goals_of(data)) == 19
    assert list(council_goals_of(data)) == [g.id for g in real_plan.council_goals]
    assert len(council_goals_of(data)) == 22
    assert data["plan"]["name"] == real_plan.suunnitelma.nimi.model_dump()
    assert data["plan"]["period"] == {"start": 2024, "end": 2026}
    assert data["strategy"]["period"] == {"start": 2023, "end": 2025}
    assert len(data["strategy"]["lines"]) == len(real_plan.strategia.linjaukset)


def test_real_data_has_no_progress_and_no_licence(real_plan, as_of):
    # Never invent progress: the real data has no reports, so nothing else may be claimed.
    data = plan_data(real_plan, as_of)
    for goal in [*goals_of(data).values(), *council_goals_of(data).values()]:
        assert goal["status"] == "ei-raportoitu" and goal["latest_report"] is None and goal["reports"] == []
    for goal in goals_of(data).values():
        assert goal["overdue"] is False and goal["late"] is False
    assert data["licence"] is None and data["changes"] == []


def test_every_goal_keeps_its_texts_in_both_languages(real_plan, as_of):
    goals = goals_of(plan_data(real_plan, as_of))
    for goal in real_plan.goals:
        out = goals[goal.id]
        assert out["text"] == {"fi": goal.tavoite.fi, "sv": goal.tavoite.sv}
        assert [a["fi"] for a in out["actions"]] == [t.fi for t in goal.toimenpiteet]
        assert [r["sv"] for r in out["responsible"]] == [t.sv for t in goal.vastuutahot]
        assert len(out["indicators"]) == len(goal.mittarit)


def test_language_marks_are_not_part_of_the_published_text(real_plan, as_of):
    text = open_data.plan_json(real_plan, as_of).decode("utf-8")
    assert "[[" not in text and "Lähellä.fi" in text
    assert "[[" not in open_data.goals_csv(real_plan, as_of).decode("utf-8-sig")


def test_every_deadline_form(real_plan, as_of):
    goals = goals_of(plan_data(real_plan, as_of))
    assert goals["kulttuurihyvinvointisuunnitelma"]["deadline"] == {"kind": "kuukausi", "value": "2025-05"}
    assert goals["vakivaltatyon-verkostot"]["deadline"] == {"kind": "paiva", "value": "2024-12-31"}
    assert goals["lahisuhdevakivallan-tunnistaminen"]["deadline"] == {"kind": "vuosi", "value": 2026}
    assert goals["vaikutusten-ennakkoarviointi"]["deadline"] == {
        "kind": "jakso", "value": {"fi": "valtuustokauden loppuun mennessä", "sv": "senast vid utgången av fullmäktigeperioden"},
    }
    assert goals["sosiaalisen-tiedon-valittyminen"]["deadline"] is None
    rows = {r["id"]: r for r in csv_rows(real_plan, as_of)}
    assert rows["kulttuurihyvinvointisuunnitelma"]["maaraaika"] == "2025-05"
    assert rows["vakivaltatyon-verkostot"]["maaraaika"] == "2024-12-31"
    assert rows["lahisuhdevakivallan-tunnistaminen"]["maaraaika"] == "2026"
    assert rows["vaikutusten-ennakkoarviointi"]["maaraaika"] == "valtuustokauden loppuun mennessä"
    assert rows["sosiaalisen-tiedon-valittyminen"]["maaraaika"] == ""


def test_plan_json_is_valid_against_its_schema(real_plan, progress_plan, as_of):
    check = validator()
    check.validate(plan_data(real_plan, as_of))
    check.validate(plan_data(progress_plan, as_of))


def test_schema_refuses_what_plan_json_never_has(real_plan, as_of):
    check = validator()
    data = plan_data(real_plan, as_of)
    first = data["plan"]["areas"][0]["goals"][0]
    for broken in (
        {**data, "extra": 1},
        {**data, "generated": "23.11.2026"},
        {**data, "licence": {"name": {"fi": "x", "sv": "y"}}},
    ):
        assert not check.is_valid(broken)
    for key, value in (("status", "valmis"), ("overdue", "no"), ("deadline", {"kind": "vuosi", "value": "2026"})):
        goal = {**first, key: value}
        area = {**data["plan"]["areas"][0], "goals": [goal]}
        assert not check.is_valid({**data, "plan": {**data["plan"], "areas": [area]}}), key
    goal = {k: v for k, v in first.items() if k != "late"}
    area = {**data["plan"]["areas"][0], "goals": [goal]}
    assert not check.is_valid({**data, "plan": {**data["plan"], "areas": [area]}})


def test_schema_is_draft_2020_12_with_descriptions():
    schema = json.loads(open_data.plan_json_schema())
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["description"] and schema["additionalProperties"] is False
    for name, definition in schema["$defs"].items():
        if "properties" in definition:
            assert definition.get("description"), name
            for field, sub in definition["properties"].items():
                assert sub.get("description"), f"{name}.{field}"
    assert open_data.plan_json_schema() == open_data.plan_json_schema()


def test_plan_json_bytes_are_deterministic(real_plan, progress_plan, as_of):
    first = open_data.plan_json(progress_plan, as_of)
    assert first == open_data.plan_json(progress_plan, as_of)
    assert first.endswith(b"}\n") and not first.endswith(b"\n\n")
    text = first.decode("utf-8")
    assert "ä" in text and "\\u00e4" not in text  # ensure_ascii=False
    assert open_data.goals_csv(progress_plan, as_of) == open_data.goals_csv(progress_plan, as_of)
    # A copy of the same data (another object) gives the same bytes.
    assert open_data.plan_json(real_plan.model_copy(deep=True), as_of) == open_data.plan_json(real_plan, as_of)


def test_files_are_the_three_published_paths(real_plan, as_of):
    files = dict(open_data.files(real_plan, as_of))
    assert list(files) == ["data/plan.json", "data/goals.csv", "data/plan.schema.json"]
    assert files[open_data.PLAN_JSON] == open_data.plan_json(real_plan, as_of)
    assert files[open_data.GOALS_CSV] == open_data.goals_csv(real_plan, as_of)
    assert files[open_data.PLAN_SCHEMA] == open_data.plan_json_schema()


# --- progress in plan.json and goals.csv -------------------------------------------------------


def test_status_dates_and_flags_match_progress(progress_plan, as_of):
    data = plan_data(progress_plan, as_of)
    goals, rows = goals_of(data), {r["id"]: r for r in csv_rows(progress_plan, as_of)}
    for goal in progress_plan.goals:
        p = progress.goal_progress(goal, as_of)
        latest = p.latest.paivamaara.isoformat() if p.latest else None
        late = p.category is progress.Category.MYOHASSA
        out = goals[goal.id]
        assert out["status"] == p.status.value and out["latest_report"] == latest
        assert out["overdue"] is p.overdue and out["deadline_passed"] is p.deadline_passed and out["late"] is late
        assert [r["date"] for r in out["reports"]] == [r.paivamaara.isoformat() for r in p.reports]
        row = rows[goal.id]
        assert row["tila"] == p.status.value
        assert row["myohassa"] == ("true" if late else "false")
        assert row["viimeisin_raportti"] == (latest or "")
    for goal in progress_plan.council_goals:
        p = progress.goal_progress(goal, as_of)
        out = council_goals_of(data)[goal.id]
        assert out["status"] == p.status.value
        assert out["latest_report"] == (p.latest.paivamaara.isoformat() if p.latest else None)


def test_every_status_and_both_kinds_of_lateness_appear(progress_plan, as_of):
    goals = goals_of(plan_data(progress_plan, as_of))
    assert {g["status"] for g in goals.values()} == {s.value for s in progress.Status}
    # In progress past the deadline: overdue and late ("Myöhässä" on the site and in the CSV).
    assert goals["vakivaltatyon-verkostot"]["status"] == "kaynnissa"
    assert goals["vakivaltatyon-verkostot"]["overdue"] and goals["vakivaltatyon-verkostot"]["late"]
    # Not achieved past the deadline: overdue, but "not achieved" is what the site says, not "late".
    assert goals["hyte-maaritelma"]["overdue"] and not goals["hyte-maaritelma"]["late"]
    # A named period never passes.
    assert not goals["vaikutusten-ennakkoarviointi"]["deadline_passed"]
    rows = {r["id"]: r for r in csv_rows(progress_plan, as_of)}
    assert rows["vakivaltatyon-verkostot"]["myohassa"] == "true"
    assert rows["hyte-maaritelma"]["myohassa"] == "false"
    assert council_goals_of(plan_data(progress_plan, as_of))["asiakastyytyvaisyys-paranee"]["status"] == "kaynnissa"


def test_reports_are_newest_first_with_note_and_source(progress_plan, as_of):
    goal = goals_of(plan_data(progress_plan, as_of))["vakivaltatyon-verkostot"]
    assert [r["date"] for r in goal["reports"]] == ["2024-09-15", "2024-03-01"]
    assert [r["status"] for r in goal["reports"]] == ["kaynnissa", "ei-aloitettu"]
    assert goal["latest_report"] == "2024-09-15"
    newest, oldest = goal["reports"]
    assert newest["note"] == {"fi": "Verkostokartoitus on käynnissä.", "sv": "Kartläggningen av nätverken pågår."}
    assert newest["source"] == {
        "name": {"fi": "Hyvinvointikertomus 2024", "sv": "Välfärdsberättelse 2024"}, "url": "https://www.luvn.fi/",
    }
    assert oldest["source"]["url"] is None and oldest["values"] == []


def test_reports_after_the_date_are_left_out(progress_plan):
    earlier = dt.date(2024, 6, 1)
    goal = goals_of(plan_data(progress_plan, earlier))["vakivaltatyon-verkostot"]
    assert [r["date"] for r in goal["reports"]] == ["2024-03-01"] and goal["status"] == "ei-aloitettu"
    assert plan_data(progress_plan, earlier)["generated"] == "2024-06-01"


def test_indicators_with_levels_and_reported_values(progress_plan, as_of):
    out = goals_of(plan_data(progress_plan, as_of))["liikuntapalvelujen-asiakasohjaus"]
    indicators = {i["id"]: i for i in out["indicators"] if "id" in i}
    assert {i["kind"] for i in indicators.values()} == {"prosentti", "lukumaara", "per-1000", "kylla-ei"}
    count = indicators["ohjatut-asiakkaat"]
    assert count["unit"] == {"fi": "asiakasta", "sv": "klienter"}
    assert count["baseline"] == {"value": 120, "period": 2023} and count["target"] == {"value": 300, "period": 2026}
    assert indicators["kaatumiset"]["baseline"] is None and indicators["kaatumiset"]["unit"] is None
    assert any(set(i) == {"text"} for i in out["indicators"])  # the plan's own text indicators stay
    newest = out["reports"][0]
    assert {"indicator": "ohjausmalli-kaytossa", "value": True, "period": 2025} in newest["values"]
    assert {"indicator": "liikkuvien-osuus", "value": 45.0, "period": 2025} in newest["values"]
    goal = next(g for g in progress_plan.goals if g.id == "liikuntapalvelujen-asiakasohjaus")
    for indicator in goal.indicators:
        series = progress.indicator_series(goal, indicator, as_of)
        published = sorted(
            (v["period"], v["value"]) for r in out["reports"] for v in r["values"] if v["indicator"] == indicator.id
        )
        assert published == [(p.period, p.value) for p in series]
        assert all(type(v) is type(p.value) for (_, v), p in zip(published, series))  # true stays true, not 1


def test_changes_are_newest_first_and_not_from_the_future(progress_plan, as_of):
    changes = plan_data(progress_plan, as_of)["changes"]
    assert [c["date"] for c in changes] == ["2025-11-01", "2025-06-15"]
    assert changes[0]["target"] == "liikuntapalvelujen-asiakasohjaus"
    assert changes[0]["text"]["sv"].startswith("Rapporterade värden")
    future = model.Muutos(paivamaara=dt.date(2027, 1, 1), kuvaus=model.Teksti(fi="Tuleva", sv="Kommande"))
    plan = progress_plan.model_copy(update={"muutokset": [*progress_plan.muutokset, future]})
    assert [c["date"] for c in plan_data(plan, as_of)["changes"]] == ["2025-11-01", "2025-06-15"]


def test_licence_when_decided(real_plan, as_of):
    plan = with_licence(real_plan)
    assert plan_data(plan, as_of)["licence"] == {
        "name": {"fi": "Creative Commons Nimeä 4.0 (CC BY 4.0)", "sv": "Creative Commons Erkännande 4.0 (CC BY 4.0)"},
        "url": "https://creativecommons.org/licenses/by/4.0/",
    }
    validator().validate(plan_data(plan, as_of))


# --- goals.csv ---------------------------------------------------------------------------------


def test_csv_is_utf8_with_bom_and_crlf(real_plan, as_of):
    raw = open_data.goals_csv(real_plan, as_of)
    assert raw.startswith(BOM) and not raw.startswith(BOM + BOM)
    text = raw[len(BOM):].decode("utf-8")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    header = text.split("\r\n", 1)[0]
    assert header == ",".join(open_data.CSV_COLUMNS)
    assert header == (
        "id,painopiste,tavoite_fi,tavoite_sv,vastuutahot_fi,vastuutahot_sv,mittarit_fi,mittarit_sv,"
        "maaraaika,tila,myohassa,viimeisin_raportti,asiakirja"
    )


def test_csv_has_one_row_per_goal(real_plan, as_of):
    rows = csv_rows(real_plan, as_of)
    assert len(rows) == 19
    assert [r["id"] for r in rows] == [g.id for g in real_plan.goals]
    area_of = {g.id: a.id for a in real_plan.painopisteet for g in a.tavoitteet}
    for row, goal in zip(rows, real_plan.goals):
        assert row["painopiste"] == area_of[goal.id]
        assert row["tavoite_fi"] == goal.tavoite.fi and row["tavoite_sv"] == goal.tavoite.sv
        assert row["vastuutahot_sv"] == " | ".join(t.sv for t in goal.vastuutahot)
        assert row["mittarit_fi"].count(" | ") == len(goal.mittarit) - 1
        assert (row["tila"], row["myohassa"], row["viimeisin_raportti"]) == ("ei-raportoitu", "false", "")


def test_csv_cells_never_start_a_formula(real_plan, as_of):
    goal = real_plan.goals[0]
    plan = with_goal(
        real_plan, goal.id,
        tavoite=model.Teksti(fi="=HYPERLINK(\"https://example.org\";\"x\")", sv="@SUM(A1:A9)"),
        vastuutahot=[model.Teksti(fi="+358 29 000", sv="-2+3")],
        mittarit=[model.Mittari(nimi=model.Teksti(fi="Osuus = 50 %", sv="a-b"))],
    )
    row = next(r for r in csv_rows(plan, as_of) if r["id"] == goal.id)
    assert row["tavoite_fi"] == "'=HYPERLINK(\"https://example.org\";\"x\")"
    assert row["tavoite_sv"] == "'@SUM(A1:A9)"
    assert row["vastuutahot_fi"] == "'+358 29 000" and row["vastuutahot_sv"] == "'-2+3"
    assert row["mittarit_fi"] == "Osuus = 50 %" and row["mittarit_sv"] == "a-b"  # only a cell's first character
    for r in csv_rows(plan, as_of):
        assert not any(v.startswith(("=", "+", "-", "@")) for v in r.values())
    # plan.json is data for programs, not a spreadsheet: its texts stay exactly as written.
    assert goals_of(plan_data(plan, as_of))[goal.id]["text"]["sv"] == "@SUM(A1:A9)"


# --- the page ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_page_without_licence_says_so_and_names_the_publisher(real_plan, as_of, lang):
    html = page_html(real_plan, as_of, lang)
    soup = BeautifulSoup(html, "html.parser")
    text = " ".join(soup.get_text().split())
    L = Labels(lang)
    assert L["open_data_licence_none"] in text
    org = real_plan.sivusto.organisaatio
    assert org.nimi[lang] in text
    hrefs = {a["href"] for a in soup.find_all("a")}
    website = org.verkkosivu_sv if lang == "sv" else org.verkkosivu  # a Swedish page links the Swedish site
    assert "mailto:" + org.sahkoposti in hrefs and website in hrefs
    assert L["open_data_licence"] not in text


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_page_with_licence_names_it_and_links_its_text(real_plan, as_of, lang):
    plan = with_licence(real_plan)
    soup = BeautifulSoup(page_html(plan, as_of, lang), "html.parser")
    text = " ".join(soup.get_text().split())
    L = Labels(lang)
    licence = plan.sivusto.avoimen_datan_lisenssi
    assert f"{L['open_data_licence']} {licence.nimi[lang]}." in text
    assert licence.osoite in {a["href"] for a in soup.find_all("a")}
    assert L["open_data_licence_none"] not in text


@pytest.mark.parametrize("lang, prefix", [("fi", "../"), ("sv", "../../")])
def test_page_links_the_files_from_its_url(real_plan, as_of, lang, prefix):
    # /avoin-data/ and /sv/avoin-data/ → the files at the site root, shared by both languages.
    soup = BeautifulSoup(page_html(real_plan, as_of, lang), "html.parser")
    files = {a["href"]: a["type"] for a in soup.find_all("a", type=True)}
    assert files == {
        prefix + open_data.PLAN_JSON: "application/json",
        prefix + open_data.GOALS_CSV: "text/csv",
        prefix + open_data.PLAN_SCHEMA: "application/schema+json",
    }
    assert "seuranta.md" in {a["href"] for a in soup.find_all("a")}


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_page_structure_and_words(real_plan, as_of, lang):
    soup = BeautifulSoup(page_html(real_plan, as_of, lang), "html.parser")
    levels = [int(h.name[1]) for h in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:]))  # no skipped levels
    headings = [h.get_text() for h in soup.find_all(["h2", "h3"])]
    assert len(headings) == len(set(headings))  # each heading says where the reader is
    L = Labels(lang)
    assert soup.h1.get_text() == L["open_data_title"]
    text = " ".join(soup.get_text().split())
    assert L.format("open_data_generated", date=L.date(as_of)) in text
    codes = [c.get_text() for c in soup.find_all("code")]
    for key in progress.Status:
        assert key.value in codes and L["status"][key.value] in text
    for column in open_data.CSV_COLUMNS:
        assert column in codes
    assert "\\" not in text  # no Markdown escape shows


def test_swedish_page_carries_the_review_notice_until_reviewed(real_plan, as_of):
    notice = Labels("sv")["translation_notice_title"]
    assert notice in page_html(real_plan, as_of, "sv")
    assert notice not in page_html(real_plan, as_of, "fi")


# --- the page documents every field ------------------------------------------------------------


def _documented_models():
    od = open_data
    return {
        (): od.PlanJson,
        ("licence",): od.Licence,
        ("plan",): od.PlanPart,
        ("plan.period", "strategy.period", "documents[].period"): od.Period,
        ("plan.areas[]",): od.Area,
        ("plan.areas[].goals[]",): od.Goal,
        ("plan.areas[].goals[].indicators[]",): (od.TextIndicator, od.Indicator),
        ("plan.areas[].goals[].indicators[].baseline", "plan.areas[].goals[].indicators[].target"): od.Level,
        ("plan.areas[].goals[].deadline",): (od.YearDeadline, od.MonthDeadline, od.DateDeadline, od.PeriodDeadline),
        ("plan.areas[].goals[].reports[]", "strategy.lines[].goals[].reports[]"): od.Report,
        ("plan.areas[].goals[].reports[].source", "strategy.lines[].goals[].reports[].source",
         "documents[].sources[]", "documents[].successor.source"): od.Source,
        ("plan.areas[].goals[].reports[].values[]", "strategy.lines[].goals[].reports[].values[]"): od.Value,
        ("strategy",): od.StrategyPart,
        ("strategy.lines[]",): od.Line,
        ("strategy.lines[].goals[]",): od.CouncilGoal,
        ("changes[]",): od.Change,
        ("documents[]",): od.Document,
        ("documents[].approval",): od.Approval,
        ("documents[].successor",): od.Successor,
    }


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_labels_describe_every_field_and_column(lang):
    expected = _documented_models()
    groups = Labels(lang)["open_data_json_fields"]
    assert [tuple(g["paths"]) for g in groups] == list(expected)
    for group in groups:
        classes = expected[tuple(group["paths"])]
        classes = classes if isinstance(classes, tuple) else (classes,)
        fields = list(dict.fromkeys(f for c in classes for f in c.model_fields))
        assert list(group["fields"]) == fields, group["paths"]
        assert all(isinstance(v, str) and v.strip() for v in group["fields"].values())
    # Every export model is described somewhere (Text is the {fi, sv} the intro explains).
    covered = {c for v in expected.values() for c in (v if isinstance(v, tuple) else (v,))}
    exported = {c for c in vars(open_data).values() if isinstance(c, type) and issubclass(c, open_data.Export)}
    assert exported - covered == {open_data.Export, open_data.Text}
    assert tuple(Labels(lang)["open_data_csv_columns"]) == open_data.CSV_COLUMNS


def test_both_languages_describe_the_same_fields():
    fi, sv = Labels("fi"), Labels("sv")
    assert [(g["paths"], list(g["fields"])) for g in fi["open_data_json_fields"]] == [
        (g["paths"], list(g["fields"])) for g in sv["open_data_json_fields"]
    ]
    assert [bool(g.get("intro")) for g in fi["open_data_json_fields"]] == [
        bool(g.get("intro")) for g in sv["open_data_json_fields"]
    ]
    words = {k for k in fi.words if k.startswith("open_data_")}
    assert words == {k for k in sv.words if k.startswith("open_data_")}
