"""Easy-language texts in the data (issue 27): the site-level file's promises match a strategy's,
and an area with an easy page has an easy text for every goal."""

import copy

import yaml

from plan.data import load
from plan_edits import data_errors, replace_in

EASY = """# yaml-language-server: $schema=../schemas/selkokieli.schema.json
tarkistettu: false
etusivu: {fi: Etusivu., sv: Startsida.}
strategia: palvelujen-uudistamisen-strategia-2026-2029
strategia_johdanto: {fi: Strategia., sv: Strategi.}
lupaukset:
%s
seuranta: {fi: Seuranta., sv: Uppföljning.}
palaute: {fi: Palaute., sv: Respons.}
"""


def _easy_file(data_dir, promises: int, strategy: str = "palvelujen-uudistamisen-strategia-2026-2029"):
    text = EASY % "\n".join("  - {fi: Lupaus., sv: Löfte.}" for _ in range(promises))
    (data_dir / load.EASY_FILE).write_text(text.replace("strategia: palvelujen-uudistamisen-strategia-2026-2029", f"strategia: {strategy}"), encoding="utf-8")


def test_the_promises_are_one_for_each_of_the_strategy_s(data_copy):
    if (data_copy / load.EASY_FILE).exists():
        (data_copy / load.EASY_FILE).unlink()
    _easy_file(data_copy, 6)
    assert load.load_plan(data_copy).selkokieli.lupaukset[5].fi == "Lupaus."
    _easy_file(data_copy, 5)
    [error] = data_errors(data_copy)
    assert error.field == "lupaukset" and "6 muutoslupausta, selkokielisiä lupauksia on 5" in error.message


def test_the_promises_name_a_listed_strategy(data_copy):
    _easy_file(data_copy, 6, strategy="ei-ole")
    [error] = data_errors(data_copy)
    assert error.field == "strategia" and "strategiaa 'ei-ole' ei ole" in error.message


def test_an_area_with_an_easy_page_has_an_easy_text_for_every_goal(data_copy):
    area = data_copy / "painopisteet" / "turvallisuus.yml"
    lines = area.read_text(encoding="utf-8").split("\n", 1)
    data = yaml.safe_load(lines[1])
    data["selkokieli"] = data.get("selkokieli") or {
        "tarkistettu": False, "otsikko": {"fi": "Turvallisuus", "sv": "Trygghet"},
        "johdanto": {"fi": "Johdanto.", "sv": "Inledning."}}
    easy_goal = {"tavoite": {"fi": "Haluamme.", "sv": "Vi vill."}, "teot": {"fi": "Teemme.", "sv": "Vi gör."},
                 "tekijat": {"fi": "Hyvinvointialue.", "sv": "Välfärdsområdet."}}
    for goal in data["tavoitteet"]:
        goal.setdefault("selkokieli", copy.deepcopy(easy_goal))  # no YAML aliases: the check refuses them
    del data["tavoitteet"][0]["selkokieli"]
    area.write_text(lines[0] + "\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    errors = data_errors(data_copy)
    assert any("näiltä tavoitteilta puuttuu selkokieli-kohta: vakivaltatyon-verkostot" in e.message for e in errors)
