"""The editor's popups (a choice of more than five options, a field's menu) in headless Chromium:
opened and used by keyboard, each is a dialog named as the control that opened it, the filter box
names the highlighted option for a screen reader, and axe finds nothing while the popup is open.
Sveltia's own markup had an unnamed listbox, a presentational <dialog>, no active option and
menu items with aria-checked; admin/main.js repairs them. (Five choices or fewer, such as a
report's status, are radio buttons: tests/admin/test_cms_roundtrip.py.)"""

import time

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

import cms
from ax_tree import AXTree

# The site's file: the list of details communications has not yet confirmed, 13 choices each.
CHOICE = "saavutettavuus.vahvistamatta.0"


_SCROLL_TOWARDS = """
const [path] = arguments;
if (document.querySelector(`[data-key-path="${path}"] [role=combobox]`)) return true;
const parts = path.split('.');
const known = parts.map((_, i) => parts.slice(0, i + 1).join('.')).filter(p => document.querySelector(`[data-key-path="${p}"]`)).at(-1);
const inside = [...document.querySelectorAll(`[data-key-path^="${known}."]`)];
(inside.at(-1) ?? document.querySelector(`[data-key-path="${known}"]`))?.scrollIntoView();
document.querySelector(`[data-key-path="${known}"] .item-wrapper .placeholder`)?.scrollIntoView();
return false;
"""


@pytest.fixture(scope="module")
def site_form(server):
    driver = cms.editor_browser("fi")
    cms.open_local_repository(driver, server.url, cms.repository_files())
    driver.get(server.url + "admin/#/collections/tiedostot/entries/sivusto")
    # Sveltia renders fields and list items as they come into view: walk down towards the choice.
    cms.wait_for(driver, lambda d: d.execute_script(_SCROLL_TOWARDS, CHOICE), 60)
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


def _active_option(tree: AXTree) -> list[str]:
    """The option the focused filter box names as active (aria-activedescendant), as read out."""
    ids = tree.focused().prop("activedescendant") or []
    return [n.name for n in tree.nodes if n.backend_id in ids]


def test_a_choice_is_made_by_keyboard_in_a_named_popup(site_form):
    driver = site_form
    _focus(driver, CHOICE, "[role=combobox]")
    tree = _keys(driver)
    assert str(tree.focused()).startswith('combobox "Vahvistamatta"'), tree.describe()
    tree = _keys(driver, Keys.ENTER)
    assert [n.name for n in tree.find("dialog")] == ["Vahvistamatta"], tree.describe()
    assert [n.name for n in tree.find("listbox")] == ["Vahvistamatta"]
    assert tree.focused().role == "searchbox"  # the options can be filtered by typing
    options = [n.name for n in tree.find("option")]
    assert "palautteen sähköposti" in options, options  # the choice's words, not the file's value (issue 26)
    assert cms.axe_findings(driver, "select open") == []
    tree = _keys(driver, Keys.ARROW_DOWN)
    active = _active_option(tree)
    assert len(active) == 1 and active[0] in options, "the highlighted option is not named to a screen reader"
    tree = _keys(driver, Keys.ENTER)
    assert not tree.find("dialog") and str(tree.focused()).startswith('combobox "Vahvistamatta"'), tree.describe()
    # The combobox shows the choice (after the popup's closing transition).
    cms.wait_for(driver, lambda d: d.execute_script("return document.activeElement.textContent.trim()") == active[0], 5)


def test_a_fields_menu_opens_by_keyboard_and_closes_with_escape(site_form):
    driver = site_form
    menu_button = _focus(driver, CHOICE, "header button[aria-haspopup=menu]")
    name = menu_button.get_attribute("aria-label")
    tree = _keys(driver, Keys.ENTER)
    assert [n.name for n in tree.find("dialog")] == [name], tree.describe()
    assert tree.find("menu") and tree.focused().role in ("menuitem", "menuitemcheckbox"), tree.describe()
    assert cms.axe_findings(driver, "field menu open") == []
    tree = _keys(driver, Keys.ESCAPE)
    assert not tree.find("dialog") and tree.focused().name == name, tree.describe()
