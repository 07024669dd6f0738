"""load.py: the real data, and broken copies of it, read without MkDocs."""

import shutil
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
        text = file.read_text(encoding="utf-8")
        assert "\ufffd" not in text, file
        assert "kansalainvälistä" not in text, file
        assert "entisestään ja entisestään" not in text, file


@pytest.fixture
def data_copy(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def _errors(data_dir):
    with pytest.raises(load.DataErrors) as info:
        load.load_plan(data_dir)
    return info.value.errors


def _replace(file: Path, old: str, new: str, count: int = 1):
    text = file.read_text(encoding="utf-8")
    assert old in text, old
    file.write_text(text.replace(old, new, count), encoding="utf-8")


def test_unknown_field_is_reported_with_line_and_path(data_copy):
    file = data_copy / "painopisteet" / "turvallisuus.yml"
    _replace(file, "    vastuutahot:", "    vastuutaho:")
    errors = _errors(data_copy)
    fields = {e.field for e in errors}
    assert "tavoitteet[0].vastuutaho" in fields
    assert "tavoitteet[0].vastuutahot" in fields  # and the real one is now missing
    unknown = next(e for e in errors if e.field == "tavoitteet[0].vastuutaho")
    line = file.read_text(encoding="utf-8").splitlines()[unknown.line - 1]
    assert "vastuutaho" in line or unknown.line > 1
    assert "tuntematon kenttä" in unknown.message
    assert str(unknown).startswith(f"{file}:{unknown.line}:")


def test_empty_translation_is_reported(data_copy):
    file = data_copy / "painopisteet" / "turvallisuus.yml"
    text = file.read_text(encoding="utf-8").splitlines()
    i = next(i for i, line in enumerate(text) if line.strip().startswith("sv:") and "tavoitteet" not in line)
    indent = text[i][: len(text[i]) - len(text[i].lstrip())]
    text[i] = f'{indent}sv: "   "'
    file.write_text("\n".join(text) + "\n", encoding="utf-8")
    errors = _errors(data_copy)
    assert any(e.field.endswith(".sv") and e.line == i + 1 and "tyhjä" in e.message for e in errors), errors


def test_all_problems_in_all_files_reported_at_once(data_copy):
    _replace(data_copy / "painopisteet" / "turvallisuus.yml", "luku: 6", "luku: kuusi")
    _replace(data_copy / "strategia.yml", "numero: 2", "numero: 3")
    errors = _errors(data_copy)
    files = {e.file.name for e in errors}
    assert {"turvallisuus.yml", "strategia.yml"} <= files


def test_duplicate_key_is_rejected(data_copy):
    file = data_copy / "painopisteet" / "turvallisuus.yml"
    _replace(file, "luku: 6", "luku: 6\nluku: 7")
    (error,) = _errors(data_copy)
    assert error.line == 4 and "kahteen kertaan" in error.message


def test_python_tag_is_rejected_without_running_it(data_copy):
    file = data_copy / "painopisteet" / "turvallisuus.yml"
    _replace(file, "luku: 6", "luku: !!python/object/apply:os.system ['echo pwned']")
    (error,) = _errors(data_copy)
    assert "tagi" in error.message


def test_alias_is_rejected(data_copy):
    file = data_copy / "painopisteet" / "turvallisuus.yml"
    _replace(file, "ruotsinnos_tarkistettu: false", "ruotsinnos_tarkistettu: &x false\nkopio: *x")
    (error,) = _errors(data_copy)
    assert "ankkurit" in error.message


def test_tab_and_bad_yaml_are_reported_with_line(data_copy):
    file = data_copy / "painopisteet" / "turvallisuus.yml"
    _replace(file, "luku: 6", "luku:\t6")
    (error,) = _errors(data_copy)
    assert error.line == 3 and "sarkain" in error.message
    _replace(file, "luku:\t6", "luku: [6")
    (error,) = _errors(data_copy)
    assert error.file == file and "YAML-virhe" in error.message


def test_not_utf8_is_rejected(data_copy):
    file = data_copy / "painopisteet" / "turvallisuus.yml"
    file.write_bytes(file.read_text(encoding="utf-8").encode("latin-1", errors="replace"))
    (error,) = _errors(data_copy)
    assert "UTF-8" in error.message


def test_area_missing_from_plan_list_and_unknown_area(data_copy):
    shutil.copy(data_copy / "painopisteet" / "turvallisuus.yml", data_copy / "painopisteet" / "uusi.yml")
    _replace(data_copy / "painopisteet" / "uusi.yml", "id: turvallisuus", "id: uusi")
    _replace(data_copy / "suunnitelma.yml", "  - turvallisuus\n", "  - turvalisuus\n")
    messages = [e.message for e in _errors(data_copy)]
    assert any("turvalisuus" in m and "puuttuu" in m for m in messages)
    assert any("ei ole suunnitelman luettelossa" in m for m in messages)


def test_duplicate_goal_id_is_rejected(data_copy):
    _replace(data_copy / "painopisteet" / "turvallisuus.yml", "- id: vakivaltatyon-verkostot", "- id: monimuotoisuuslupaus")
    errors = _errors(data_copy)
    assert any("monimuotoisuuslupaus" in e.message and "käytössä" in e.message for e in errors)


def test_raw_html_in_text_is_rejected(data_copy):
    file = data_copy / "painopisteet" / "turvallisuus.yml"
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace("fi: Turvallisuuden edistäminen", "fi: Turvallisuuden <script>alert(1)</script>", 1), encoding="utf-8")
    errors = _errors(data_copy)
    assert any(e.field == "otsikko.fi" and "HTML" in e.message for e in errors)
