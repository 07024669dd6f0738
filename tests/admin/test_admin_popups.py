"""The editor's popups (a select's options, a field's menu) in headless Chromium: opened and used
by keyboard, each is a dialog named as the control that opened it, and axe finds nothing while it
is open. Sveltia's own markup had an unnamed listbox, a presentational <dialog> and menu items
with aria-checked; admin/main.js repairs them."""

import time

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

import cms
from ax_tree import AXTree

REPORT = "tavoitteet.0.raportit.0"


@pytest.fixture(scope="module")
def report_form(server):
    """The first goal of a priority area with a new, empty report, in the Finnish editor."""
    driver = cms.editor_browser("fi")
    cms.open_local_repository(driver, server.url, cms.repository_files())
    driver.get(server.url + "admin/#/collections/painopisteet/entries/terveet-elintavat")
    cms.click(driver, cms.button(driver, "Lisää Raportit", '[data-key-path="tavoitteet.0.raportit"]'))
    yield driver
    driver.quit()


def _keys(driver, *keys) -> AXTree:
    ActionChains(driver).send_keys(*keys).perform()
    time.sleep(0.6)  # Sveltia opens and closes popups with a transition
    return AXTree(driver)


def _focus(driver, key_path: str, tag: str):
    """Brings the field's control into view (Sveltia renders it afresh there) and focuses it."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", cms.field(driver, key_path, tag))
    time.sleep(0.5)
    driver.execute_script("arguments[0].focus()", control := cms.field(driver, key_path, tag))
    return control


def test_a_choice_is_made_by_keyboard_in_a_named_popup(report_form):
    driver = report_form
    _focus(driver, f"{REPORT}.tila", "[role=combobox]")
    tree = _keys(driver)
    assert str(tree.focused()).startswith('combobox "Tila"'), tree.describe()
    tree = _keys(driver, Keys.ENTER)
    assert [n.name for n in tree.find("dialog")] == ["Tila"], tree.describe()
    assert [n.name for n in tree.find("listbox")] == ["Tila"]
    assert tree.focused().role == "searchbox"  # the options can be filtered by typing
    options = [n.name for n in tree.find("option")]
    assert "käynnissä" in options, options
    assert cms.axe_findings(driver, "select open") == []
    tree = _keys(driver, Keys.ARROW_DOWN, Keys.ENTER)
    assert not tree.find("dialog") and str(tree.focused()).startswith('combobox "Tila"'), tree.describe()
    chosen = cms.field(driver, f"{REPORT}.tila", "[role=combobox]").text.strip()
    assert chosen and chosen in options, chosen


def test_a_fields_menu_opens_by_keyboard_and_closes_with_escape(report_form):
    driver = report_form
    menu_button = _focus(driver, f"{REPORT}.tila", "header button[aria-haspopup=menu]")
    name = menu_button.get_attribute("aria-label")
    tree = _keys(driver, Keys.ENTER)
    assert [n.name for n in tree.find("dialog")] == [name], tree.describe()
    assert tree.find("menu") and tree.focused().role in ("menuitem", "menuitemcheckbox"), tree.describe()
    assert cms.axe_findings(driver, "field menu open") == []
    tree = _keys(driver, Keys.ESCAPE)
    assert not tree.find("dialog") and tree.focused().name == name, tree.describe()
