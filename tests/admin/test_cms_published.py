"""Nothing published disappears by one click in the browser editor (issue 26), in headless Chromium
in both interface languages: a published goal's id cannot be typed over and an area's id is
read-only; a goal's ✕ asks first, and a published goal removed all the same, or its id changed
all the same, is refused by the check in the editor's language; the area list shows each area's
goals and reports.

On the code before, one click on a goal's ✕ removed the goal with its reports, the save passed the
check, and the goal's id could be typed over (the editors' review, section 4)."""

import subprocess
import time

import pytest
import yaml
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions

import cms
from progress_fixture import data_with_progress
from sitebuild import ROOT, SOURCE_DATE_EPOCH, copy_project

AREA_ID = "terveet-elintavat"
AREA = f"data/painopisteet/{AREA_ID}.yml"
GOAL = "liikuntapalvelujen-asiakasohjaus"  # the area's first goal, in data/julkaistut.yml
AREA_EDITOR = f"admin/#/collections/painopisteet/entries/{AREA_ID}"
SAVE = {"fi": "Tallenna", "sv": "Spara"}
GOAL_REMOVE = '[data-key-path="tavoitteet"] .item-list .item > .header > .end > button:not([aria-haspopup])'


@pytest.fixture(params=["fi", "sv"])
def editor(request, server):
    driver = cms.editor_browser(request.param)
    yield request.param, driver
    driver.quit()


def run_check(tmp_path, saved: str, lang: str) -> subprocess.CompletedProcess:
    project = copy_project(tmp_path / "project")
    (project / AREA).write_text(saved, encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, "PYTHONPATH": str(ROOT / "hooks")}
    return subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-m", "plan.editor.check", str(project / "data"), "--kieli", lang],
                          capture_output=True, text=True, env=env, cwd=project, timeout=60)


# The check's line for the goal gone, in the editor's language only (the place by the form's labels).
REFUSED = {
    "fi": ("Terveiden elintapojen edistäminen › tavoitteet: tavoite 'liikuntapalvelujen-asiakasohjaus' on julkaistu "
           "osoitteessa /painopisteet/terveet-elintavat/#liikuntapalvelujen-asiakasohjaus, mutta se puuttuu"),
    "sv": ("Främjande av hälsosamma levnadsvanor › mål: målet 'liikuntapalvelujen-asiakasohjaus' är publicerat "
           "på /sv/painopisteet/terveet-elintavat/#liikuntapalvelujen-asiakasohjaus, men det saknas"),
}
OTHER_LANGUAGE = {"fi": "På svenska", "sv": "on julkaistu"}


def _saved_after(driver, lang: str, original: str) -> str:
    cms.click(driver, cms.button(driver, SAVE[lang]))
    return cms.saved(driver, AREA, original)


def test_a_published_goals_id_cannot_be_typed_over_and_a_forced_change_is_refused(editor, server, tmp_path):
    lang, driver = editor
    cms.open_local_repository(driver, server.url, cms.repository_files())
    driver.get(server.url + AREA_EDITOR)
    area_id = cms.field(driver, "id")
    assert area_id.get_attribute("readonly") == "true"  # an area's id is its file's name and address
    cms.open_first_goal(driver)
    goal_id = cms.field(driver, "tavoitteet.0.id")
    assert goal_id.get_attribute("value") == GOAL
    assert goal_id.get_attribute("readonly") == "true" and goal_id.get_attribute("aria-readonly") == "true"
    cms.click(driver, goal_id)
    goal_id.send_keys("-uusi")
    time.sleep(0.5)
    assert goal_id.get_attribute("value") == GOAL
    original = cms.read_file(driver, AREA)
    # Were the id changed all the same (a script, a hand edit), the check refuses it, naming the new one.
    cms.set_value(driver, goal_id, "liikuntapalvelut")
    saved = _saved_after(driver, lang, original)
    assert "  - id: liikuntapalvelut\n" in saved
    checked = run_check(tmp_path, saved, lang)
    out = checked.stdout + checked.stderr
    print(out)
    assert checked.returncode == 1
    assert REFUSED[lang] in out and {"fi": "uusi tunniste liikuntapalvelut", "sv": "nya id:t liikuntapalvelut"}[lang] in out
    assert OTHER_LANGUAGE[lang] not in out


def test_a_new_goals_id_can_be_typed(editor, server):
    lang, driver = editor
    cms.open_local_repository(driver, server.url, cms.repository_files())
    driver.get(server.url + AREA_EDITOR)
    cms.first_goal_toggle(driver)
    add = {"fi": "Lisää tavoite", "sv": "Lägg till mål"}[lang]
    cms.click(driver, cms.button(driver, add, '[data-key-path="tavoitteet"]'))
    new_id = cms.field(driver, "tavoitteet.2.id")
    cms.click(driver, new_id)
    new_id.send_keys("uusi-tavoite")
    assert new_id.get_attribute("value") == "uusi-tavoite" and new_id.get_attribute("readonly") is None


def test_removing_a_goal_asks_first_and_the_check_refuses_a_published_one(editor, server, tmp_path):
    lang, driver = editor
    cms.open_local_repository(driver, server.url, cms.repository_files())
    driver.get(server.url + AREA_EDITOR)
    cms.wait_for(driver, cms.first_goal_toggle)
    original = cms.read_file(driver, AREA)
    goals = lambda d: len(d.find_elements(By.CSS_SELECTOR, '[data-key-path="tavoitteet"] .item-list > .item-wrapper'))
    assert goals(driver) == 2
    remove = cms.wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, GOAL_REMOVE))[0]
    cms.click(driver, remove)
    question = cms.wait_for(driver, expected_conditions.alert_is_present(), 5)
    print(lang, question.text)
    title = {"fi": "”Sosiaali- ja terveyspalvelujen", "sv": "”Social- och hälsovårdstjänsternas"}[lang]
    assert title in question.text
    assert {"fi": "on julkaistu", "sv": "är publicerat"}[lang] in question.text
    assert {"fi": "Poistetut tavoitteet", "sv": "Borttagna mål"}[lang] in question.text
    question.dismiss()
    time.sleep(0.5)
    assert goals(driver) == 2  # one click did nothing
    cms.click(driver, driver.find_elements(By.CSS_SELECTOR, GOAL_REMOVE)[0])
    cms.wait_for(driver, expected_conditions.alert_is_present(), 5).accept()
    cms.wait_for(driver, lambda d: goals(d) == 1, 5)
    saved = _saved_after(driver, lang, original)
    assert f"id: {GOAL}\n" not in saved
    checked = run_check(tmp_path, saved, lang)
    out = checked.stdout + checked.stderr
    print(out)
    assert checked.returncode == 1
    assert REFUSED[lang] in out and OTHER_LANGUAGE[lang] not in out


def _expected_line(area: dict, lang: str) -> str:
    if not area["tavoitteet_julkaistu"]:
        return {"fi": "tavoitteita ei ole julkaistu", "sv": "inga mål har publicerats"}[lang]
    goals = len(area["tavoitteet"])
    dates = sorted(str(r["paivamaara"]) for g in area["tavoitteet"] for r in g.get("raportit", []))
    counted = {"fi": (f"{goals} tavoitetta" if goals != 1 else "1 tavoite"), "sv": f"{goals} mål"}[lang]
    if not dates:
        return f"{counted}, " + {"fi": "ei raportteja", "sv": "inga rapporter"}[lang]
    reports = {"fi": ("1 raportti" if len(dates) == 1 else f"{len(dates)} raporttia"),
               "sv": ("1 rapport" if len(dates) == 1 else f"{len(dates)} rapporter")}[lang]
    year, month, day = dates[-1].split("-")
    latest = {"fi": "viimeisin", "sv": "den senaste"}[lang]
    return f"{counted}, {reports} ({latest} {int(day)}.{int(month)}.{year})"


def test_the_area_list_shows_each_areas_goals_and_reports(editor, server, tmp_path):
    lang, driver = editor
    data = data_with_progress(tmp_path / "data")  # reports in three areas
    files = cms.repository_files(tmp_path)
    cms.open_local_repository(driver, server.url, files)
    driver.get(server.url + "admin/#/collections/painopisteet")
    rows = cms.wait_for(driver, lambda d: (t := d.execute_script(
        "return [...document.querySelectorAll('[role=row]')].map(r => r.innerText.replace(/\\s+/g, ' ').trim())")) and len(t) == 7 and t)
    print(lang, rows)
    for file in sorted((data / "painopisteet").glob("*.yml")):
        area = yaml.safe_load(file.read_text(encoding="utf-8"))
        assert f"{area['otsikko'][lang]} · {_expected_line(area, lang)}" in rows
    assert any("(" in row for row in rows) and any("ei raportteja" in row or "inga rapporter" in row for row in rows)
