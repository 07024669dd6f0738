"""load.py: the real data, and broken copies of it, read without MkDocs."""

import datetime as dt
from pathlib import Path

import pytest

from plan.data import load
from plan_edits import data_errors, replace_in

ROOT = Path(__file__).resolve().parents[2]


def test_real_data_counts(real_plan):
    assert len(real_plan.painopisteet) == 7
    assert [len(a.tavoitteet) for a in real_plan.painopisteet if a.tavoitteet] == [2, 2, 6, 4, 3, 2]
    assert len(real_plan.goals) == 19
    assert len(real_plan.strategia.linjaukset) == 4
    assert [len(line.tavoitteet) for line in real_plan.strategia.linjaukset] == [6, 7, 4, 5]
    assert len(real_plan.council_goals) == 22
    assert len(real_plan.strategia.arvot.arvot) == 3


def test_digital_area_has_no_published_goals(real_plan):
    digital = [a for a in real_plan.painopisteet if not a.tavoitteet_julkaistu]
    assert [a.id for a in digital] == ["digitaaliset-hyte-palvelut"]
    assert digital[0].tavoitteet == [] and digital[0].luku is None


def test_every_goal_is_complete(real_plan):
    for goal in real_plan.goals:
        assert goal.toimenpiteet and goal.vastuutahot and goal.mittarit, goal.id


def test_ids_unique(real_plan):
    ids = [g.id for g in real_plan.goals] + [g.id for g in real_plan.council_goals]
    assert len(ids) == len(set(ids))


def test_no_pdf_artefacts_in_data():
    for file in (ROOT / "data").rglob("*.yml"):
        # Comments may quote the source's wording: they record each repair (OHJEET.md).
        lines = file.read_text(encoding="utf-8").splitlines()
        text = "\n".join(line for line in lines if not line.lstrip().startswith("#"))
        assert "\ufffd" not in text, file
        assert "kansalainvälistä" not in text, file
        assert "entisestään ja entisestään" not in text, file


def test_field_path_reads_like_the_file():
    assert load.field_path(("tavoitteet", 2, "mittarit", 0, "sv")) == "tavoitteet[2].mittarit[0].sv"
    assert load.field_path(()) == ""


def test_errors_name_the_key_line(data_copy):
    file = data_copy / "painopisteet" / "turvallisuus.yml"
    replace_in(file, "  sv: Främjande av säkerheten\n", "")
    (error,) = data_errors(data_copy)
    assert (error.line, error.column, error.field) == (5, 1, "otsikko.sv")


def test_preview_allows_missing_translations_and_lists_them(data_copy):
    file = data_copy / "painopisteet" / "turvallisuus.yml"
    replace_in(file, "  sv: Främjande av säkerheten\n", "")
    loaded = load.load(data_copy, allow_untranslated=True)
    (missing,) = loaded.untranslated
    assert missing.field == "otsikko.sv" and missing.line == 5
    area = next(a for a in loaded.plan.painopisteet if a.id == "turvallisuus")
    assert not area.otsikko.translated("sv") and area.otsikko["sv"] == "Turvallisuuden edistäminen"


def test_preview_still_rejects_real_errors(data_copy):
    file = data_copy / "painopisteet" / "turvallisuus.yml"
    replace_in(file, "  sv: Främjande av säkerheten\n", "")
    replace_in(file, "luku: 6", "luku: kuusi")
    with pytest.raises(load.DataErrors) as info:
        load.load(data_copy, allow_untranslated=True)
    assert {e.field for e in info.value.errors} == {"luku"}  # the missing Swedish is no error here


def test_first_line_must_name_the_schema(data_copy):
    file = data_copy / "strategia.yml"
    file.write_text(file.read_text(encoding="utf-8").split("\n", 1)[1], encoding="utf-8")
    (error,) = data_errors(data_copy)
    assert error.line == 1 and "# yaml-language-server: $schema=../schemas/strategia.schema.json" in error.message


def test_paths_are_shown_relative_to_the_working_directory(monkeypatch):
    monkeypatch.chdir(ROOT)
    error = load.DataError(ROOT / "data" / "strategia.yml", 3, 1, "nimi", "x")
    assert str(error) == "data/strategia.yml:3:1: nimi: x"


def test_yaml_problems_are_explained_in_finnish():
    message = load._yaml_message("mapping values are not allowed in this context")
    assert message.startswith("YAML-virhe: kaksoispiste") and "lainausmerkkeihin" in message


# Issue 22: an unclosed [, {, " or ' is reported where it opens, naming where YAML noticed it.
_DOCS, _AREA = "asiakirjat.yml", "painopisteet/turvallisuus.yml"
_DOC_NAME, _AREA_TITLE = "      fi: Alueellinen hyvinvointisuunnitelma 2024–2026", "  fi: Turvallisuuden edistäminen"
_OPENERS = {"[": "hakasulku", "{": "aaltosulku", '"': "lainausmerkki", "'": "heittomerkki"}


_UNCLOSED_CASES = [
    (file, old, char) for file, old in ((_DOCS, "laji: suunnitelma"), (_DOCS, _DOC_NAME), (_AREA, "luku: 6"), (_AREA, _AREA_TITLE))
    for char in (("[", "{") if old.startswith(("laji", "luku")) else ('"', "'"))
]


@pytest.mark.parametrize("file, old, char", _UNCLOSED_CASES, ids=[f"{Path(f).stem}-{c}" for f, _, c in _UNCLOSED_CASES])
def test_an_unclosed_bracket_or_quote_is_reported_where_it_opens(data_copy, file, old, char):
    new = old.replace(": ", f": {char}", 1)
    replace_in(data_copy / file, old, new)
    text = (data_copy / file).read_text(encoding="utf-8")
    at = text.index(new) + new.index(char)
    line, column = text[:at].count("\n") + 1, at - text.rfind("\n", 0, at)
    if char in "[{":  # the next line's key cannot stand inside brackets
        noticed = f"rivillä {line + 1}"
    else:  # the quoted text runs on to the next such quote
        close = text.find(char, at + 1)
        noticed = "tiedoston lopussa" if close < 0 else f"rivillä {text[:close].count(chr(10)) + 1}"
    (error,) = data_errors(data_copy)
    assert (error.file.name, error.line, error.column, error.field) == (Path(file).name, line, column, "")
    assert f"{_OPENERS[char]} {char} jää sulkematta (huomattiin {noticed}): lisää " in error.message, error.message
    assert f" tai poista {'' if char in '[{' else 'alkava '}{char}" in error.message, error.message


@pytest.mark.parametrize("old, new, message", [
    ("luku: 6", "luku: 6 6: x", "YAML-virhe: kaksoispiste väärässä kohdassa"),  # no context
    ("luku: 6", 'luku: [6, "7" 8]', "YAML-virhe: hakasulkeista puuttuu ] tai pilkku"),  # noticed on the opening line
    (_AREA_TITLE, '  fi: "Turvallisuuden\\qedistäminen"', "YAML-virhe: lainausmerkeissä on tuntematon \\-koodi"),
], ids=["no-context", "closed-on-its-line", "unknown-escape"])
def test_other_yaml_errors_are_reported_where_noticed(data_copy, old, new, message):
    replace_in(data_copy / _AREA, old, new)
    text = (data_copy / _AREA).read_text(encoding="utf-8")
    (error,) = data_errors(data_copy)
    assert error.line == text[:text.index(new)].count("\n") + 1
    assert error.message.startswith(message) and "huomattiin" not in error.message, error.message


# Issue 17: each value has one type, so that a form can edit it; the shapes before it are
# refused with a message that says how to write the new one, at the line and field.
_FIRST_INDICATOR = "    mittarit:\n      - nimi:\n          fi: Selvitys valmistui"
_INDICATOR_TEXT = (
    "      - nimi:\n          fi: Selvitys valmistui/ei valmistunut vuoden 2024 loppuun mennessä\n"
    "          sv: Utredningen blev klar/blev inte klar senast vid utgången av 2024\n"
)
_OLD_SHAPES = [
    ("maaraaika: 2024-12-31", "maaraaika: 2024", "maaraaika: 2024", "tavoitteet[0].maaraaika", 'vuosi kirjoitetaan lainausmerkeissä: maaraaika: "2024"'),
    ("    maaraaika: 2024-12-31\n", "    maaraaika:\n      fi: vuoden loppuun\n      sv: före årets slut\n", "maaraaika:",
     "tavoitteet[0].maaraaika", "nimetty jakso kirjoitetaan kenttään maaraaika_nimi (sen alle fi: … ja sv: …)"),
    (_INDICATOR_TEXT, _INDICATOR_TEXT.replace("- nimi:\n          fi", "- fi").replace("          sv", "        sv"),
     "- fi: Selvitys valmistui", "tavoitteet[0].mittarit[0]", "mittarin teksti kirjoitetaan kentän nimi alle: - nimi: ja sen alle fi: … ja sv: …"),
]


def _line(data_copy, error) -> str:
    return (data_copy / "painopisteet" / "turvallisuus.yml").read_text(encoding="utf-8").split("\n")[error.line - 1]


@pytest.mark.parametrize("old, new, at, field, message", _OLD_SHAPES, ids=["year", "named-period", "indicator-text"])
def test_old_shapes_say_how_to_write_the_new_one(data_copy, old, new, at, field, message):
    replace_in(data_copy / "painopisteet" / "turvallisuus.yml", old, new)
    (error,) = data_errors(data_copy)
    assert at in _line(data_copy, error) and error.field == field and message in error.message, error


def _with_indicator(data_copy, indicator: str, values: str) -> None:
    """The first goal of turvallisuus.yml with one more indicator and a report giving `values`."""
    replace_in(data_copy / "painopisteet" / "turvallisuus.yml", "    maaraaika: 2024-12-31\n", (
        f"{indicator}    maaraaika: 2024-12-31\n    raportit:\n      - paivamaara: 2025-03-01\n        tila: käynnissä\n"
        "        kuvaus: {fi: Käynnissä., sv: Pågår.}\n        lahde: {nimi: {fi: Päätös 1/2025, sv: Beslut 1/2025}}\n"
        f"        arvot:\n          - {values}\n"
    ))


_YES_NO = "      - {id: valmis, nimi: {fi: Valmis, sv: Klar}, laji: kylla-ei}\n"
_COUNT = "      - {id: verkostot, nimi: {fi: Verkostot, sv: Nätverk}, laji: lukumaara}\n"


def test_reported_values_of_each_type_load(data_copy):
    _with_indicator(data_copy, _YES_NO + _COUNT, '{mittari: valmis, kylla_ei: true, jakso: "2025"}\n'
                    '          - {mittari: verkostot, arvo: 4, jakso: "2025-02"}')
    goal = load.load_plan(data_copy).painopisteet[5].tavoitteet[0]
    assert [m.id for m in goal.indicators] == ["valmis", "verkostot"]
    assert [(v.value, v.period) for v in goal.raportit[0].arvot] == [(True, 2025), (4.0, "2025-02")]


@pytest.mark.parametrize("indicator, value, field, message", [
    (_YES_NO, '{mittari: valmis, arvo: true, jakso: "2025"}', "arvot[0].arvo", "kyllä/ei-arvo kirjoitetaan kenttään kylla_ei: kylla_ei: true"),
    (_YES_NO, '{mittari: valmis, arvo: 1, jakso: "2025"}', "arvot[0].arvo", "kyllä/ei-mittarin arvo kirjoitetaan kenttään kylla_ei"),
    (_COUNT, '{mittari: verkostot, kylla_ei: true, jakso: "2025"}', "arvot[0].kylla_ei", "kirjoita luku kenttään arvo"),
    (_COUNT, '{mittari: verkostot, arvo: 4, kylla_ei: true, jakso: "2025"}', "arvot[0]", "anna joko arvo"),
    (_COUNT, "{mittari: verkostot, arvo: 4, jakso: 2025}", "arvot[0].jakso", 'vuosi kirjoitetaan lainausmerkeissä: jakso: "2025"'),
    (_COUNT, '{mittari: verkostot, arvo: 4, jakso: "2025-13"}', "arvot[0].jakso", 'ajanjakso on vuosi "VVVV" tai kuukausi "VVVV-KK"'),
], ids=["yes-no-in-arvo", "number-for-yes-no", "yes-no-for-count", "both", "year-unquoted", "no-such-month"])
def test_values_and_periods_have_one_type_each(data_copy, indicator, value, field, message):
    _with_indicator(data_copy, indicator, value)
    (error,) = data_errors(data_copy)
    where = "tavoitteet[0].raportit[0]." + field
    assert error.field == where and "- {mittari:" in _line(data_copy, error) and message in error.message, error


@pytest.mark.parametrize("change, field, message", [
    (("maaraaika: 2024-12-31", 'maaraaika: "2024-12-31"\n    maaraaika_nimi: {fi: vuoden loppuun, sv: före årets slut}'),
     "tavoitteet[0]", "sekä maaraaika että maaraaika_nimi: anna vain toinen"),
    (("maaraaika: 2024-12-31", 'maaraaika: "2024-02-30"'), "tavoitteet[0].maaraaika", "päivämäärää 2024-02-30 ei ole olemassa"),
    (("maaraaika: 2024-12-31", 'maaraaika: "2024-13"'), "tavoitteet[0].maaraaika", 'kuukausi "VVVV-KK"'),
    (("maaraaika: 2024-12-31", 'maaraaika: "2028"'), "tavoitteet[0].maaraaika", "suunnitelmakauden 2024–2026 ulkopuolella"),
    ((_FIRST_INDICATOR, "    mittarit:\n      - laji: prosentti\n        nimi:\n          fi: Selvitys valmistui"),
     "tavoitteet[0].mittarit[0]", "mittarilla on laji mutta ei tunnistetta: lisää id tai poista laji"),
    ((_FIRST_INDICATOR, "    mittarit:\n      - id: selvitys\n        nimi:\n          fi: Selvitys valmistui"),
     "tavoitteet[0].mittarit[0]", "on oltava laji: prosentti, lukumaara, per-1000 tai kylla-ei"),
], ids=["two-deadlines", "no-such-day", "no-such-month", "outside-period", "kind-without-id", "id-without-kind"])
def test_deadline_and_indicator_rules(data_copy, change, field, message):
    replace_in(data_copy / "painopisteet" / "turvallisuus.yml", *change)
    (error,) = data_errors(data_copy)
    assert error.field == field and message in error.message, error


def test_a_quoted_or_unquoted_day_is_the_same_deadline(data_copy):
    # PyYAML reads 2024-12-31 as a date, YAML 1.2 tools and the CMS as text: the check takes both.
    before = load.load_plan(data_copy).painopisteet[5].tavoitteet[0].deadline
    replace_in(data_copy / "painopisteet" / "turvallisuus.yml", "maaraaika: 2024-12-31", 'maaraaika: "2024-12-31"')
    after = load.load_plan(data_copy).painopisteet[5].tavoitteet[0].deadline
    assert (before.kind, before.last_day) == (after.kind, after.last_day) == ("paiva", dt.date(2024, 12, 31))
