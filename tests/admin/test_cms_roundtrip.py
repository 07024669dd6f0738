"""The browser editor round trip: in headless Chromium, open a priority area in /admin/, add a
report in both languages and save; the saved file differs from the original by exactly the
report's lines, passes the check and the rebuilt page shows the report; axe finds nothing in the
form with the new report. The same report added and saved with the keyboard alone. A report dated
in the future is saved too, and the check names its line."""

import difflib
import subprocess
import time

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

import cms
from ax_tree import AXTree
from controls import press, type_text
from sitebuild import ROOT, SOURCE_DATE_EPOCH, build_site, copy_project

AREA = "data/painopisteet/terveet-elintavat.yml"
KUVAUS = ("Verkosto on perustettu, ja sen tapaamiset ovat alkaneet.", "Nätverket har grundats och dess möten har börjat.")
LAHDE = ("Hyvinvointikertomus 2026", "Välfärdsberättelsen 2026")


@pytest.fixture
def editor():
    # A browser of its own for each test: the editor keeps its state in the profile.
    driver = cms.editor_browser("fi")
    yield driver
    driver.quit()


def add_report(driver, site_url: str, day: str) -> str:
    """Adds a report to the area's first goal in the editor, saves, and returns the saved file."""
    cms.open_local_repository(driver, site_url, cms.repository_files())
    driver.get(site_url + "admin/#/collections/painopisteet/entries/terveet-elintavat")
    cms.click(driver, cms.button(driver, "Lisää Raportit", '[data-key-path="tavoitteet.0.raportit"]'))
    report = "tavoitteet.0.raportit.0"
    cms.choose(driver, f"{report}.tila", "käynnissä")
    for key, (fi, sv) in (("kuvaus", KUVAUS), ("lahde.nimi", LAHDE)):
        cms.set_value(driver, cms.field(driver, f"{report}.{key}.fi", "textarea"), fi)
        cms.set_value(driver, cms.field(driver, f"{report}.{key}.sv", "textarea"), sv)
    # The date last: set on the item just added, it was once lost when the item rendered again.
    cms.set_value(driver, cms.field(driver, f"{report}.paivamaara"), day)
    cms.wait_for(driver, lambda d: cms.field(d, f"{report}.paivamaara").get_attribute("value") == day, 5)
    original = cms.read_file(driver, AREA)
    # A new report's fields (a date, a choice, texts in both languages) are where the editor types.
    assert cms.axe_findings(driver, "editor with a new report") == []
    cms.click(driver, cms.button(driver, "Tallenna"))
    return cms.saved(driver, AREA, original)


def saved_project(tmp_path, text: str):
    project = copy_project(tmp_path / "project")
    (project / AREA).write_text(text, encoding="utf-8")
    return project


def run_check(project):
    env = {"PATH": "/usr/bin:/bin", "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, "PYTHONPATH": str(ROOT / "hooks")}
    return subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-m", "plan.check", str(project / "data")],
                          capture_output=True, text=True, env=env, cwd=project, timeout=60)


EXPECTED_REPORT = f"""\
    raportit:
      - paivamaara: {{day}}
        tila: käynnissä
        kuvaus:
          fi: {KUVAUS[0]}
          sv: {KUVAUS[1]}
        lahde:
          nimi:
            fi: {LAHDE[0]}
            sv: {LAHDE[1]}
"""


def added_lines(before: str, after: str) -> list[str]:
    diff = list(difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True), n=0))
    assert not [line for line in diff[2:] if line.startswith("-")], "".join(diff)  # nothing removed or changed
    return [line[1:] for line in diff[2:] if line.startswith("+")]


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


def test_a_report_dated_in_the_future_is_reported_at_its_line(editor, server, tmp_path):
    saved = add_report(editor, server.url, "2026-12-15")
    line = next(i for i, text in enumerate(saved.splitlines(), 1) if "paivamaara: 2026-12-15" in text)
    checked = run_check(saved_project(tmp_path, saved))
    assert checked.returncode == 1
    assert f"{AREA}:{line}:9: tavoitteet[0].raportit[0].paivamaara: päivämäärä 2026-12-15 on tulevaisuudessa" in checked.stdout + checked.stderr


def _tab_until(driver, wanted, limit: int = 300):
    """Presses Tab until the focused node of the accessibility tree is `wanted`; how many presses."""
    for count in range(1, limit + 1):
        press(driver, Keys.TAB)
        time.sleep(0.05)  # Chromium updates the tree's focus after the key event
        node = AXTree(driver).focused()
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
    cms.field(driver, "tavoitteet.0.id")
    time.sleep(2)  # Sveltia fades the editor in
    original = cms.read_file(driver, AREA)
    tabs = _tab_until(driver, _named("button", "Lisää Raportit"))  # the first goal's
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
