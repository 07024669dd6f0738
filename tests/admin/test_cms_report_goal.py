"""A goal's report list and each report block name the goal they are under (issue 26, item 4), in
headless Chromium in both interface languages: in an area of three goals, the second goal's report
list and a report added to it say "tavoite 2: ‘…’" / "mål 2: ‘…’", on screen and in their groups'
accessible names, and the save still adds only the report's lines, under that goal.

On the code before, every goal's list read "0 Raportit" / "1 raportti" and a report's block had no
name, so the editors' review filed a report under the wrong goal without noticing (section 3)."""

import time

import yaml
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions

import cms
from ax_tree import AXTree
from report_form import EXPECTED_REPORT, SAVE, add_report_block, added_lines, fill_in, open_area
from sitebuild import ROOT

AREA_ID = "turvallisuus"  # three goals
AREA = f"data/painopisteet/{AREA_ID}.yml"
# The second goal's text cut at a word within 40 characters, as the check's messages name a goal.
GOAL_2 = {"fi": "tavoite 2: ‘Länsi-Uudenmaan hyvinvointialueella on…’", "sv": "mål 2: ‘Västra Nylands välfärdsområde har…’"}
ONE_REPORT = {"fi": "1 raportti", "sv": "1 rapport"}
REPORT_1 = {"fi": "Raportti 1", "sv": "Rapport 1"}
REPORTS = "tavoitteet.1.raportit"


def _plain(text: str) -> str:
    return " ".join(text.replace("\u2068", "").replace("\u2069", "").split())  # Sveltia isolates its labels


def _list_bar(driver, reports: str = REPORTS) -> str:
    """The visible text of a report list's bar (its count, sticky above its reports)."""
    return _plain(driver.execute_script(f"return document.querySelector('[data-key-path=\"{reports}\"] .toolbar .summary')?.innerText ?? ''"))


def _bar_once(driver, wanted, reports: str = REPORTS) -> str:
    """The list's bar once `wanted(text)` holds, or after 10 s (a failure then quotes what it said)."""
    try:
        cms.wait_for(driver, lambda d: wanted(_list_bar(d, reports)), 10)
    except TimeoutException:
        pass
    return _list_bar(driver, reports)


def _group_around(driver, name: str, key_path: str):
    """The group a screen reader names `name`; it must hold the field at `key_path`."""
    groups = [n for n in AXTree(driver).find("group") if _plain(n.name) == name]
    names = [_plain(n.name) for n in AXTree(driver).find("group") if n.name]
    assert len(groups) == 1, (name, names)
    inside = cms.field(driver, key_path)
    assert driver.execute_script("return arguments[0].contains(arguments[1])", groups[0].element(), inside), (name, key_path)


def test_the_report_list_and_a_new_report_name_their_goal_and_the_save_is_the_reports_lines(editor, server):
    lang, driver = editor
    open_area(driver, server.url, AREA_ID)
    cms.open_goal(driver, 1)
    bar = _bar_once(driver, lambda text: text.endswith(f" – {GOAL_2[lang]}"))
    assert bar.endswith(f" – {GOAL_2[lang]}"), bar
    original = cms.read_file(driver, AREA)
    report = add_report_block(driver, 1, lang)
    names_goal = f"{ONE_REPORT[lang]} – {GOAL_2[lang]}"
    names_report = f"{REPORT_1[lang]} – {GOAL_2[lang]}"
    assert _bar_once(driver, lambda text: text == names_goal) == names_goal
    # The new report's block below its bar of buttons, as shown (innerText leaves out a hidden text): its
    # first line names the goal.
    block = _plain(driver.execute_script(
        "return arguments[0].closest('.item-body').innerText", cms.field(driver, f"{report}.paivamaara")))
    print(lang, "list:", _list_bar(driver), "| block:", block[:120])
    assert block.startswith(names_report), block
    # And to a screen reader: the list's group and the report's group, around the report's fields.
    _group_around(driver, names_goal, f"{report}.paivamaara")
    _group_around(driver, names_report, f"{report}.paivamaara")
    fill_in(driver, report, "2026-11-20")
    cms.click(driver, cms.button(driver, SAVE[lang]))
    saved = cms.saved(driver, AREA, original)
    assert "".join(added_lines(original, saved)) == EXPECTED_REPORT.format(day="2026-11-20")
    goals = yaml.safe_load(saved)["tavoitteet"]
    assert [len(goal.get("raportit", [])) for goal in goals] == [0, 1, 0]  # under the second goal


def _goal_button(driver, index: int, selector: str):
    return driver.find_element(By.CSS_SELECTOR, f'[data-key-path="tavoitteet"] > .field-wrapper > .sui.group > .inner > .item-list > '
                                                f'.item-wrapper:nth-child({index + 1}) > .item > .header {selector}')


def test_an_open_goal_is_named_by_its_text_when_removed_and_its_reports_follow_it_when_moved(editor, server):
    lang, driver = editor
    open_area(driver, server.url, AREA_ID)
    cms.open_goal(driver, 1)
    # Its ✕ asks by the goal's text (it named the goal by its actions' bar, "”1 toimenpide”").
    cms.click(driver, _goal_button(driver, 1, ".end > button:not([aria-haspopup])"))
    question = cms.wait_for(driver, expected_conditions.alert_is_present(), 5)
    text = yaml.safe_load((ROOT / AREA).read_text(encoding="utf-8"))["tavoitteet"][1]["tavoite"][lang]
    print(lang, question.text)
    assert f"”{text}”" in question.text
    question.dismiss()
    # Moved up, the goal is the first: its report list says so.
    cms.click(driver, _goal_button(driver, 1, "[data-action=move-up]"))
    time.sleep(1)
    cms.open_goal(driver, 0)
    first = " – " + GOAL_2[lang].replace(" 2:", " 1:")
    bar = _bar_once(driver, lambda text: text.endswith(first), "tavoitteet.0.raportit")
    assert bar.endswith(first), bar
