"""The browser editor round trip: in headless Chromium, open a priority area in /admin/, add a
report in both languages and save; the saved file differs from the original by exactly the
report's lines, passes the check and the rebuilt page shows the report; axe finds nothing in the
form with the new report. The same report added and saved with the keyboard alone. In both
interface languages (issue 26): a report dated after the build's day is refused in the form; an
error only the check knows reaches the editor in the editor's language, the place named by the
form's labels; goals show their titles, collapsed; the Swedish form's labels are Swedish."""

import difflib
import subprocess
import time

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

import cms
from ax_tree import AXTree, focused_element_node
from controls import press, type_text
from report_form import EXPECTED_REPORT, KUVAUS, LAHDE, SAVE, add_report_block, added_lines, fill_in, open_area
from sitebuild import ROOT, SOURCE_DATE_EPOCH, build_site, copy_project

AREA_ID = "terveet-elintavat"
AREA = f"data/painopisteet/{AREA_ID}.yml"


@pytest.fixture
def editor():
    # A browser of its own for each test: the editor keeps its state in the profile.
    driver = cms.editor_browser("fi")
    yield driver
    driver.quit()


def fill_report(driver, site_url: str, day: str, lang: str = "fi") -> str:
    """Adds a report to the area's first goal in the editor, unsaved; returns the file before."""
    open_area(driver, site_url, AREA_ID)
    report = add_report_block(driver, 0, lang)
    fill_in(driver, report, day)
    return cms.read_file(driver, AREA)


def add_report(driver, site_url: str, day: str, lang: str = "fi") -> str:
    """Adds a report to the area's first goal in the editor, saves, and returns the saved file."""
    original = fill_report(driver, site_url, day, lang)
    # A new report's fields (a date, a choice, texts in both languages) are where the editor types.
    assert cms.axe_findings(driver, f"editor with a new report ({lang})") == []
    cms.click(driver, cms.button(driver, SAVE[lang]))
    return cms.saved(driver, AREA, original)


def saved_project(tmp_path, text: str):
    project = copy_project(tmp_path / "project")
    (project / AREA).write_text(text, encoding="utf-8")
    return project


def run_check(project, *options: str):
    env = {"PATH": "/usr/bin:/bin", "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, "PYTHONPATH": str(ROOT / "hooks")}
    return subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-m", "plan.editor.check", str(project / "data"), *options],
                          capture_output=True, text=True, env=env, cwd=project, timeout=60)


def test_a_saved_report_is_exactly_its_lines_passes_the_check_and_is_published(editor, server, tmp_path):
    saved = add_report(editor, server.url, "2026-11-20")
    original = (ROOT / AREA).read_text(encoding="utf-8")
    print("".join(difflib.unified_diff(original.splitlines(True), saved.splitlines(True), AREA, AREA)))
    assert "".join(added_lines(original, saved)) == EXPECTED_REPORT.format(day="2026-11-20")
    assert saved.splitlines()[0] == original.splitlines()[0]  # the schema line stays line 1
    project = saved_project(tmp_path, saved)
    checked = run_check(project)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    built = build_site(project, tmp_path / "site")
    assert built.returncode == 0, built.log
    page = (tmp_path / "site" / "painopisteet" / "terveet-elintavat" / "index.html").read_text(encoding="utf-8")
    assert KUVAUS[0] in page and LAHDE[0] in page
    sv_page = (tmp_path / "site" / "sv" / "painopisteet" / "terveet-elintavat" / "index.html").read_text(encoding="utf-8")
    assert KUVAUS[1] in sv_page


TOMORROW = "2026-11-24"  # the test build's day is 2026-11-23 (sitebuild.SOURCE_DATE_EPOCH)


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_a_report_dated_tomorrow_is_refused_in_the_form(server, lang):
    # Issue 26: the form held no maximum, so the report was saved ("Merkintä tallennettu") and
    # only the check refused it.
    driver = cms.editor_browser(lang)
    try:
        original = fill_report(driver, server.url, TOMORROW, lang)
        date = cms.field(driver, "tavoitteet.0.raportit.0.paivamaara")
        assert date.get_attribute("max") == "2026-11-23"
        cms.click(driver, cms.button(driver, SAVE[lang]))
        cms.wait_for(driver, lambda d: date.get_attribute("aria-invalid") == "true", 10)
        time.sleep(2)
        assert cms.read_file(driver, AREA) == original  # nothing saved
        wrapper = driver.find_element(By.CSS_SELECTOR, '[data-key-path="tavoitteet.0.raportit.0.paivamaara"]')
        print(lang, "date field says:", wrapper.text)
        assert "2026" in wrapper.text and "11" in wrapper.text and "23" in wrapper.text  # the latest day allowed
    finally:
        driver.quit()


# Before the plan's period: only the check knows the periods (asiakirjat.yml).
BEFORE_PERIOD = "2019-05-02"
CHECKED = {
    "fi": ("Terveiden elintapojen edistäminen › tavoite 1 ‘Sosiaali- ja terveyspalvelujen…’ › raportti 1 › päivämäärä: "
           "päivämäärä 2019-05-02 on ennen strategiakauden 2023 alkua (2023-01-01): tarkista vuosi"),
    "sv": ("Främjande av hälsosamma levnadsvanor › mål 1 ‘Social- och hälsovårdstjänsternas…’ › rapport 1 › datum: "
           "datumet 2019-05-02 är före början av strategiperioden 2023 (2023-01-01): kontrollera året"),
}


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_an_error_only_the_check_knows_names_the_place_by_the_forms_labels_in_the_editors_language(server, tmp_path, lang):
    # Issue 26: the check said `tavoitteet[0].raportit[0].paivamaara`, in Finnish only.
    driver = cms.editor_browser(lang)
    try:
        original = fill_report(driver, server.url, BEFORE_PERIOD, lang)
        labels = driver.execute_script("return [...document.querySelectorAll('[data-key-path=\"tavoitteet.0.raportit.0.paivamaara\"] h4')].map(e => e.textContent)")
        cms.click(driver, cms.button(driver, SAVE[lang]))
        saved = cms.saved(driver, AREA, original)
    finally:
        driver.quit()
    line = next(i for i, text in enumerate(saved.splitlines(), 1) if f"paivamaara: {BEFORE_PERIOD}" in text)
    checked = run_check(saved_project(tmp_path, saved), "--kieli", lang)
    assert checked.returncode == 1
    assert f"{AREA}:{line}:9: {CHECKED[lang]}" in checked.stdout + checked.stderr, checked.stdout + checked.stderr
    # The place's last word is the label the editor saw on the field.
    assert [label.strip() for label in labels][:1] == [{"fi": "Päivämäärä", "sv": "Datum"}[lang]]


GOAL_TITLES = {
    "fi": ["Sosiaali- ja terveyspalvelujen", "LUVN toteuttaa"],
    "sv": ["Social- och hälsovårdstjänsternas", "LUVN genomför"],
}


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_goals_show_their_titles_collapsed_and_the_swedish_form_is_swedish(server, lang):
    driver = cms.editor_browser(lang)
    try:
        cms.open_local_repository(driver, server.url, cms.repository_files())
        driver.get(server.url + "admin/#/collections/painopisteet/entries/terveet-elintavat")
        cms.wait_for(driver, cms.first_goal_toggle)
        time.sleep(1)
        items = driver.execute_script("""return [...document.querySelectorAll('[data-key-path="tavoitteet"] .item-list > * .summary, [data-key-path="tavoitteet"] [data-key-path^="tavoitteet."] .summary')]
          .map(e => e.textContent.trim()).filter(t => t)""")
        print(lang, items)
        titles = [t for t in items if any(t.startswith(start) for start in GOAL_TITLES[lang])]
        assert len(titles) == 2, items
        # Collapsed: no goal's fields are shown until it is opened.
        assert not driver.find_elements(By.CSS_SELECTOR, '[data-key-path="tavoitteet.0.id"] input')
        words = {"fi": ("Tunniste", "Luku", "Otsikko", "Tavoitteet"), "sv": ("Beteckning", "Kapitel", "Rubrik", "Mål")}[lang]
        headings = [h.text.strip() for h in driver.find_elements(By.CSS_SELECTOR, "[data-key-path] > header h4")]
        for word in words:
            assert word in headings, (word, headings)
        if lang == "sv":
            assert not {"Tunniste", "Luku", "Otsikko", "Tavoitteet", "Ruotsinnos tarkistettu"} & set(headings), headings
    finally:
        driver.quit()


def _tab_until(driver, wanted, limit: int = 300):
    """Presses Tab until the focused node of the accessibility tree is `wanted`; how many presses."""
    for count in range(1, limit + 1):
        press(driver, Keys.TAB)
        time.sleep(0.05)  # Chromium updates the tree's focus after the key event
        node = focused_element_node(driver)
        if node is not None and wanted(node):
            return count
    raise AssertionError(f"not reached in {limit} Tab presses (WCAG 2.1.1)")


def _named(role: str, name: str):
    return lambda node: node.role == role and node.name.replace("\u2068", "").replace("\u2069", "") == name


def _group(node) -> str | None:
    group = next((a for a in node.ancestors() if a.role == "radiogroup" and not a.ignored), None)
    return group.name if group else None


def test_a_report_is_added_and_saved_with_the_keyboard_alone(editor, server):
    driver = editor
    cms.open_local_repository(driver, server.url, cms.repository_files())
    driver.get(server.url + "admin/#/collections/painopisteet/entries/terveet-elintavat")
    cms.wait_for(driver, cms.first_goal_toggle)
    driver.execute_script("window.scrollTo(0, 0); document.querySelectorAll('*').forEach(e => { if (e.scrollTop) e.scrollTop = 0; })")
    time.sleep(2)  # Sveltia fades the editor in
    original = cms.read_file(driver, AREA)
    # The goals are collapsed to their titles: the first goal's expand button, then its add-report button.
    _tab_until(driver, _named("button", "Näytä"))  # a collapsed item's expand button: the first goal's
    press(driver, Keys.ENTER)
    tabs = _tab_until(driver, _named("button", "Lisää raportti"))  # the first goal's
    press(driver, Keys.ENTER)
    # The date's parts, in the order the browser's locale gives them.
    _tab_until(driver, lambda node: node.role == "spinbutton" and node.name.split()[0] in ("Month", "Day", "Year"))
    spinbuttons = AXTree(driver).find("spinbutton")
    first = [n.focused for n in spinbuttons].index(True)
    for part in [n.name.split()[0] for n in spinbuttons[first:first + 3]]:
        type_text(driver, {"Year": "2026", "Month": "11", "Day": "20"}[part])
    # The status: five choices are radio buttons; the arrow keys move and choose.
    _tab_until(driver, lambda node: node.role == "radio" and _group(node) == "Tila")
    for _ in range(5):
        focused = AXTree(driver).focused()
        if focused.name == "käynnissä" and focused.prop("checked") == "true":
            break
        press(driver, Keys.ARROW_RIGHT)
        time.sleep(0.1)
    else:
        raise AssertionError(f"the arrow keys did not reach käynnissä: {focused}")
    for text in (*KUVAUS, *LAHDE):  # suomeksi, på svenska; then the source's name, both languages
        _tab_until(driver, lambda node: node.role == "textbox")
        type_text(driver, text)
    save = [n for n in AXTree(driver).find("button") if n.name == "Tallenna"]
    assert save and save[0].prop("keyshortcuts") == "Ctrl+S", save
    ActionChains(driver).key_down(Keys.CONTROL).send_keys("s").key_up(Keys.CONTROL).perform()
    saved = cms.saved(driver, AREA, original)
    print("Tab presses to the first goal's add-report button:", tabs)
    assert "".join(added_lines((ROOT / AREA).read_text(encoding="utf-8"), saved)) == EXPECTED_REPORT.format(day="2026-11-20")
