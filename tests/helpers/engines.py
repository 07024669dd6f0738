"""The two rule engines of the gate, at the versions in package-lock.json (scripts/test runs `npm ci`):
axe-core and HTML_CodeSniffer, injected into the page under test and run there."""

import functools
import json
from pathlib import Path

from axe_selenium_python import Axe

import tiers
from sitebuild import ROOT

NODE_MODULES = ROOT / "node_modules"
AXE_SCRIPT = NODE_MODULES / "axe-core" / "axe.min.js"
HTMLCS_SCRIPT = NODE_MODULES / "html_codesniffer" / "build" / "HTMLCS.js"

# axe's WCAG A/AA rules up to 2.2 (wcag22aa holds target-size, 2.5.8) and its best practices.
AXE_OPTIONS = json.dumps({
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]},
    "rules": {"target-size": {"enabled": True}},
    "resultTypes": ["violations", "incomplete"],
})

HTMLCS_STANDARD = "WCAG2AA"  # as pa11y runs it
HTMLCS_ERROR = 1  # HTMLCS.ERROR; 2 warning and 3 notice ask a person to look, they are not failures


def _require(script: Path) -> Path:
    tiers.need("node")
    if not script.is_file():
        raise FileNotFoundError(f"{script} is missing: run ./scripts/test, which installs package-lock.json with npm ci")
    return script


def axe(browser) -> Axe:
    return Axe(browser, script_url=str(_require(AXE_SCRIPT)))


@functools.cache
def _htmlcs_source() -> str:
    return _require(HTMLCS_SCRIPT).read_text(encoding="utf-8")


def inject(browser) -> None:
    """Both engines into the loaded page (once per page load)."""
    axe(browser).inject()
    browser.execute_script(_htmlcs_source())


def injected(browser) -> bool:
    return browser.execute_script("return !!(window.axe && window.HTMLCS)")


HTMLCS_RUN_JS = r"""
const [standard, done] = arguments;
const describe = el => {
  if (!el || !el.tagName) return '(document)';
  const id = el.id ? '#' + el.id : '';
  const cls = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '';
  return `<${el.tagName.toLowerCase()}${id}${cls}> ${(el.outerHTML || '').replace(/\s+/g, ' ').slice(0, 160)}`;
};
HTMLCS.process(standard, document, () => {
  done(HTMLCS.getMessages().map(m => ({type: m.type, code: m.code, msg: m.msg, element: describe(m.element)})));
}, () => done([{type: 1, code: 'HTMLCS could not run', msg: '', element: ''}]), 'en');
"""


def htmlcs_errors(browser) -> list[dict]:
    """HTML_CodeSniffer's WCAG2AA errors on the current page (its warnings and notices left out)."""
    messages = browser.execute_async_script(HTMLCS_RUN_JS, HTMLCS_STANDARD)
    return [m for m in messages if m["type"] == HTMLCS_ERROR]


def htmlcs_report(errors: list[dict]) -> str:
    return "\n".join(f"{e['code']}: {e['msg']}\n  {e['element']}" for e in errors)


@functools.cache
def htmlcs_version() -> str:
    return json.loads((NODE_MODULES / "html_codesniffer" / "package.json").read_text(encoding="utf-8"))["version"]
