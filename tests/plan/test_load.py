"""load.py: the real data, and broken copies of it, read without MkDocs."""

from pathlib import Path

import pytest

from plan import load

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


def _errors(data_dir):
    with pytest.raises(load.DataErrors) as info:
        load.load_plan(data_dir)
    return info.value.errors


def _replace(file: Path, old: str, new: str, count: int = 1):
    text = file.read_text(encoding="utf-8")
    assert old in text, old
    file.write_text(text.replace(old, new, count), encoding="utf-8")


def test_field_path_reads_like_the_file():
    assert load.field_path(("tavoitteet", 2, "mittarit", 0, "sv")) == "tavoitteet[2].mittarit[0].sv"
    assert load.field_path(()) == ""


def test_errors_name_the_key_line(data_copy):
    file = data_copy / "painopisteet" / "turvallisuus.yml"
    _replace(file, "  sv: Främjande av säkerheten\n", "")
    (error,) = _errors(data_copy)
    assert (error.line, error.column, error.field) == (5, 1, "otsikko.sv")


def test_preview_allows_missing_translations_and_lists_them(data_copy):
    file = data_copy / "painopisteet" / "turvallisuus.yml"
    _replace(file, "  sv: Främjande av säkerheten\n", "")
    loaded = load.load(data_copy, allow_untranslated=True)
    (missing,) = loaded.untranslated
    assert missing.field == "otsikko.sv" and missing.line == 5
    area = next(a for a in loaded.plan.painopisteet if a.id == "turvallisuus")
    assert not area.otsikko.translated("sv") and area.otsikko["sv"] == "Turvallisuuden edistäminen"


def test_preview_still_rejects_real_errors(data_copy):
    file = data_copy / "painopisteet" / "turvallisuus.yml"
    _replace(file, "  sv: Främjande av säkerheten\n", "")
    _replace(file, "luku: 6", "luku: kuusi")
    with pytest.raises(load.DataErrors) as info:
        load.load(data_copy, allow_untranslated=True)
    assert {e.field for e in info.value.errors} == {"luku"}  # the missing Swedish is no error here


def test_first_line_must_name_the_schema(data_copy):
    file = data_copy / "strategia.yml"
    file.write_text(file.read_text(encoding="utf-8").split("\n", 1)[1], encoding="utf-8")
    (error,) = _errors(data_copy)
    assert error.line == 1 and "# yaml-language-server: $schema=../schemas/strategia.schema.json" in error.message


def test_paths_are_shown_relative_to_the_working_directory(monkeypatch):
    monkeypatch.chdir(ROOT)
    error = load.DataError(ROOT / "data" / "strategia.yml", 3, 1, "nimi", "x")
    assert str(error) == "data/strategia.yml:3:1: nimi: x"


def test_yaml_problems_are_explained_in_finnish():
    message = load._yaml_message("mapping values are not allowed in this context")
    assert message.startswith("YAML-virhe: kaksoispiste") and "lainausmerkkeihin" in message
