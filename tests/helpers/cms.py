"""The browser editor (/admin/) in headless Chromium, over a copy of the repository's data.

Sveltia CMS's local mode asks for the repository folder with `showDirectoryPicker`, which headless
Chromium cannot answer. Before the editor loads, the picker is replaced by one returning an
origin-private (OPFS) folder that holds a copy of data/; what the editor saves is read back from it."""

import json
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

import engines
import tiers
from browser import CHROME_BIN, CHROMEDRIVER_BIN, HEADLESS_FLAGS, QUIET_FLAGS
from sitebuild import ROOT

FOLDER = "repo"
PICKER = f"window.showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('{FOLDER}', {{create: true}});"

_WRITE = """
const [folder, files, done] = arguments;
(async () => {
  // A fresh editor: nothing remembered from an earlier test (Sveltia caches the repository in IndexedDB).
  localStorage.clear();
  for (const db of await indexedDB.databases()) await new Promise(ok => { const r = indexedDB.deleteDatabase(db.name); r.onsuccess = r.onerror = r.onblocked = ok; });
  const storage = await navigator.storage.getDirectory();
  await storage.removeEntry(folder, {recursive: true}).catch(() => {});
  const root = await storage.getDirectoryHandle(folder, {create: true});
  for (const [path, text] of Object.entries(files)) {
    const parts = path.split('/'); let dir = root;
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, {create: true});
    const out = await (await dir.getFileHandle(parts.at(-1), {create: true})).createWritable();
    await out.write(text); await out.close();
  }
  done('ok');
})().catch(e => done(String(e)));
"""

_READ = """
const [folder, path, done] = arguments;
(async () => {
  let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder);
  const parts = path.split('/');
  for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
  done(await (await (await dir.getFileHandle(parts.at(-1))).getFile()).text());
})().catch(e => done('ERROR ' + e));
"""

# The native setter, so that Svelte's input listener sees the value (a date input takes no keys
# in a locale-independent form).
_SET_VALUE = """
const [el, value] = arguments;
const proto = el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, value);
el.dispatchEvent(new Event('input', {bubbles: true}));
el.dispatchEvent(new Event('change', {bubbles: true}));
"""


def editor_browser(lang: str = "fi") -> webdriver.Chrome:
    """Headless Chromium in `lang`, logging every request (to tell whether any went to another host)."""
    tiers.need("browser")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROME_BIN
    for flag in (*HEADLESS_FLAGS, *QUIET_FLAGS, "--window-size=1280,900", f"--lang={lang}"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": lang})
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER_BIN))
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": PICKER})
    driver.set_script_timeout(60)
    return driver


def requested_urls(driver) -> list[str]:
    """Every URL the browser asked for since the last call (CDP Network.requestWillBeSent)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def repository_files(root: Path = ROOT) -> dict[str, str]:
    files = {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8") for p in (root / "data").rglob("*.yml")}
    files[".git/HEAD"] = "ref: refs/heads/main\n"  # the folder is a repository's root
    return files


def open_local_repository(driver, site_url: str, files: dict[str, str], before_picking=None) -> None:
    """Puts `files` into the origin's private folder, opens /admin/ and picks that folder."""
    driver.get(site_url + "admin/config.json")  # the same origin, without the editor running
    assert driver.execute_async_script(_WRITE, FOLDER, files) == "ok"
    driver.get(site_url + "admin/")
    local = wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "button"))[0]  # "Work with Local Repository"
    if before_picking:
        before_picking()
    local.click()
    wait_for(driver, lambda d: "#/collections/" in d.current_url)


def read_file(driver, path: str) -> str:
    return driver.execute_async_script(_READ, FOLDER, path)


def saved(driver, path: str, before: str) -> str:
    """The file at `path` once a save has changed it (a read while it is being written fails: wait on)."""
    return wait_for(driver, lambda d: (text := read_file(d, path)) != before and not text.startswith("ERROR ") and text)


def wait_for(driver, condition, timeout: float = 30):
    return WebDriverWait(driver, timeout, poll_frequency=0.2).until(condition)


def field(driver, key_path: str, tag: str = "input, textarea"):
    """The input of the field at `key_path` (Sveltia's data-key-path), rendered once scrolled to."""
    selector = f'[data-key-path="{key_path}"] :is({tag})'

    def shown(d):
        found = d.find_elements(By.CSS_SELECTOR, selector)
        if found:
            return found[0]
        # List items render when they come into view: bring the next placeholder there.
        d.execute_script("document.querySelector('.item-wrapper .placeholder')?.scrollIntoView()")
        return False

    return wait_for(driver, shown)


def goal_toggle(index: int) -> str:
    """The expand button of the goal at `index` while it is collapsed."""
    return f'[data-key-path="tavoitteet"] .item-list .item .header button[aria-expanded=false][aria-controls$="-item-{index}-body"]'


FIRST_GOAL_TOGGLE = goal_toggle(0)


def first_goal_toggle(driver):
    """The first goal's expand button, once the goals' list has come into view (it renders then)."""
    driver.execute_script("document.querySelector('[data-key-path=\"tavoitteet\"]')?.scrollIntoView()")
    return driver.find_elements(By.CSS_SELECTOR, FIRST_GOAL_TOGGLE)


def open_goal(driver, index: int = 0) -> None:
    """The goals are collapsed to their titles: opens the one at `index` and brings its reports into view."""
    def toggle(d):
        first_goal_toggle(d)  # the goals' list in view
        return d.find_elements(By.CSS_SELECTOR, goal_toggle(index)) or d.find_elements(By.CSS_SELECTOR, f'[data-key-path^="tavoitteet.{index}."]')

    found = wait_for(driver, toggle)[0]
    if found.tag_name == "button":  # (a form whose goals are open has nothing to open)
        click(driver, found)
    body = f'[data-key-path="tavoitteet"] [id$="-item-{index}-body"]'
    wait_for(driver, lambda d: d.execute_script(
        f"(document.querySelector('{body}') || document.querySelector('.item-wrapper .placeholder'))?.scrollIntoView({{block: 'end'}});"
        f"return !!document.querySelector('[data-key-path=\"tavoitteet.{index}.raportit\"]')"))


def open_first_goal(driver) -> None:
    open_goal(driver, 0)


def set_value(driver, element, value: str) -> None:
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    driver.execute_script(_SET_VALUE, element, value)


def button(driver, label_start: str, within: str = ""):
    """The first button whose data-label starts with `label_start` (Sveltia wraps names in isolates)."""
    def found(d):
        for b in d.find_elements(By.CSS_SELECTOR, f"{within} button[data-label]"):
            if b.get_attribute("data-label").replace("\u2068", "").replace("\u2069", "").startswith(label_start):
                return b
        d.execute_script("document.querySelector('.item-wrapper .placeholder')?.scrollIntoView()")
        return False

    return wait_for(driver, found)


def click(driver, element) -> None:
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    time.sleep(0.2)
    element.click()


def choose(driver, key_path: str, option: str) -> None:
    """Picks `option` in the choice field at `key_path`: Sveltia shows up to five choices as radio
    buttons, more as a combobox with a listbox."""
    control = field(driver, key_path, "[role=radio], [role=combobox]")
    if control.get_attribute("role") == "radio":
        radio = f'[data-key-path="{key_path}"] [role=radio][data-value="{option}"]'
        click(driver, wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, radio))[0])
        wait_for(driver, lambda d: d.find_element(By.CSS_SELECTOR, radio).get_attribute("aria-checked") == "true")
        return
    click(driver, control)
    # The listbox opens in a popup outside the field.
    wait_for(driver, lambda d: [o for o in d.find_elements(By.CSS_SELECTOR, "[role=option]")
                                if o.is_displayed() and o.text.strip() == option])[0].click()


def axe_findings(driver, view: str) -> list[dict]:
    """axe's violations and what it could not decide (needs review): the editor should have neither."""
    axe = engines.axe(driver)  # the gate's axe-core and options (tests/a11y/test_axe.py)
    axe.inject()
    result = axe.run(options=engines.AXE_OPTIONS)
    violations = [{"id": v["id"], "impact": v["impact"], "nodes": [(n["target"], n["html"][:150]) for n in v["nodes"]][:5]} for v in result["violations"]]
    review = [{"id": i["id"], "nodes": [(n["target"], n["html"][:150]) for n in i["nodes"]][:5]} for i in result["incomplete"]]
    print(view, "axe", result["testEngine"]["version"], "violations:", json.dumps(violations), "needs review:", json.dumps(review))
    return violations + review
