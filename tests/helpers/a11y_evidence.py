"""The accessibility evidence: the report a full test run writes (a pytest plugin).

The report (reports/accessibility/report.json) is what the site publishes: when and on which
commit the run was made, in which environment (browser, driver, engines, operating system,
Python), which pages (the real site, and the site with test-only progress), each check (tests
marked `a11y_check`, wherever they live) with its WCAG criteria and result per page, every failure
with its page view, element and message, axe's rule ids per view, and the coverage map. Only a run
in which every check ran writes it, so a partial run never replaces it.

A test gives the details of its failure with `record_failure(element=..., message=...)` before it
fails; otherwise the assertion's message is recorded. The view (page, language, scheme, width) comes
from the test's parameters.

What a test records travels on its report (`report.a11y_evidence`), which pytest-xdist sends from
the worker that ran the test to the main process; only the main process counts it and writes the
report, so a run on several workers gives the same report as a run on one.
"""

import datetime as dt
import json
import platform
import re
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest

from checks import CHECKS
from plan import config
from plan.domain import wcag_coverage
from sitebuild import ROOT, page_lang, planned_pages

_settings = config.read()  # checked by scripts/test before the run
REPORT_FILE = _settings.a11y_report_out

# Counted in the main process, from the reports.
_outcomes: dict[str, dict[str, int]] = defaultdict(lambda: {"passed": 0, "failed": 0})
_by_page: dict[tuple[str, str, str | None], dict[str, int]] = defaultdict(lambda: {"passed": 0, "failed": 0})
_failures: list[dict] = []
_axe_views: list[dict] = []
_versions: dict[str, str] = {}
_progress_pages: set[str] = set()
# Given by the running test, in the process that runs it; sent on its report.
_pending: list[dict] = []  # failure details
_pending_views: list[dict] = []
_pending_versions: dict[str, str] = {}
_main = True  # this process counts and writes the report (not an xdist worker)

SCHEMES = {"default": "light", "slate": "dark", "light": "light", "dark": "dark"}


def record_axe_view(view: dict) -> None:
    _pending_views.append(view)


def record_versions(**versions: str) -> None:
    _pending_versions.update({k: v for k, v in versions.items() if v})


def record_failure(*, element: str, message: str, criteria: list[str] | None = None, role: str = "", name: str = "") -> None:
    """One failure of the running test, in detail (call before the test fails): `element` is the CSS
    selector; `role` and `name` (from `element_of`) let the report name it as a reader sees it."""
    _pending.append({"element": element, "message": message, **({"criteria": criteria} if criteria else {}),
                     **({"role": role} if role else {}), **({"name": name} if name else {})})


def element_of(browser, selector: str) -> dict[str, str]:
    """The role and the accessible name (else the visible text) of the element a selector finds,
    as Chromium computes them, for `record_failure`; nothing when the selector finds none."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By

    try:
        found = browser.find_element(By.CSS_SELECTOR, selector)
        name = " ".join((found.accessible_name or found.text or "").split())
        return {"role": found.aria_role or "", "name": name[:80] + ("…" if len(name) > 80 else "")}
    except WebDriverException:
        return {}


def axe_criteria(tags: list[str]) -> list[str]:
    """WCAG criteria from axe's tags ("wcag1412" → "1.4.12")."""
    found = [re.fullmatch(r"wcag(\d)(\d)(\d+)", t) for t in tags]
    return [f"{m[1]}.{m[2]}.{m[3]}" for m in found if m]


def htmlcs_criteria(code: str) -> list[str]:
    """The WCAG criterion in an HTML_CodeSniffer code ("WCAG2AA.Principle1.Guideline1_1.1_1_1.H37" → "1.1.1")."""
    m = re.search(r"Guideline\d_\d+\.(\d+)_(\d+)_(\d+)", code)
    return [f"{m[1]}.{m[2]}.{m[3]}"] if m else []


def view_of(item) -> dict:
    """The site, page, language, scheme and width a test ran on, from its parameters."""
    params = getattr(getattr(item, "callspec", None), "params", {})
    view: dict = {"site": "progress" if {"progress_site", "progress_server"} & set(item.fixturenames) else "real",
                  "page": None, "lang": None, "scheme": None, "width": None}
    for key in ("page_view", "view"):
        value = params.get(key)
        if isinstance(value, tuple) and len(value) >= 3:  # (width, scheme, page, …)
            view.update(width=value[0], scheme=SCHEMES.get(value[1], value[1]), page=value[2])
    if isinstance(params.get("page"), str):
        view["page"] = params["page"]
    for key in ("scheme", "name"):
        if params.get(key) in SCHEMES:
            view["scheme"] = SCHEMES[params[key]]
    if isinstance(params.get("width"), int):
        view["width"] = params["width"]
    if view["page"] is not None:
        view["page"] = "/" + view["page"].lstrip("/")
        view["lang"] = page_lang(view["page"].lstrip("/"))
    elif params.get("lang") in ("fi", "sv"):
        view["lang"] = params["lang"]
    return view


def pytest_runtest_setup(item):
    _pending.clear()
    _pending_views.clear()
    _pending_versions.clear()


def _message(report) -> str:
    crash = getattr(report.longrepr, "reprcrash", None)
    text = crash.message if crash else str(report.longrepr)
    return text[:1000]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Puts what the test recorded on its report (plain data, so that xdist can send it)."""
    report = yield
    evidence: dict = {}
    marker = item.get_closest_marker("a11y_check")
    if marker and (report.when == "call" or report.failed):
        check = marker.args[0]
        if check not in CHECKS:
            raise ValueError(f"unknown accessibility check {check!r}: add it to tests/helpers/checks.py")
        evidence.update(check=check, view=view_of(item), failed=report.failed)
        if report.failed:
            evidence["failures"] = list(_pending) or [{"element": "", "message": _message(report)}]
        _pending.clear()
    if report.when == "call":
        if _pending_views:
            evidence["axe_views"] = list(_pending_views)
        if _pending_versions:
            evidence["versions"] = dict(_pending_versions)
    if evidence:
        report.a11y_evidence = evidence
    return report


def pytest_configure(config):
    global _main
    _main = not hasattr(config, "workerinput")  # an xdist worker: its main process counts


def pytest_runtest_logreport(report):
    evidence = getattr(report, "a11y_evidence", None)
    if not _main or not evidence:
        return
    for view in evidence.get("axe_views", ()):
        _axe_views.append(view)
        if view.get("site") == "progress":
            _progress_pages.add(view["page"])
    _versions.update(evidence.get("versions", {}))
    if "check" not in evidence:
        return
    check, view = evidence["check"], evidence["view"]
    outcome = "failed" if evidence["failed"] else "passed"
    _outcomes[check][outcome] += 1
    _by_page[(check, view["site"], view["page"])][outcome] += 1
    if view["site"] == "progress" and view["page"]:
        _progress_pages.add(view["page"])
    for detail in evidence.get("failures", ()):
        _failures.append({"check": check, "criteria": CHECKS[check]["criteria"], **view, **detail,
                          "test": report.nodeid})


def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def operating_system() -> str:
    """The operating system as /etc/os-release names it, with the kernel."""
    try:
        fields = dict(line.split("=", 1) for line in Path("/etc/os-release").read_text().splitlines() if "=" in line)
        name = fields.get("PRETTY_NAME", "").strip('"')
    except OSError:
        name = ""
    return f"{name or platform.system()} ({platform.system()} {platform.release()}, {platform.machine()})"


def environment() -> dict:
    return {
        "chromium": _versions.get("chromium", ""),
        "chromedriver": _versions.get("chromedriver", ""),
        "axe_core": _versions.get("axe_core", ""),
        "html_codesniffer": _versions.get("html_codesniffer", ""),
        "nu_checker": _versions.get("nu_checker", ""),
        "os": operating_system(),
        "python": platform.python_version(),
        "repository": _settings.repository_url,
    }


def pytest_sessionfinish(session, exitstatus):
    if not _main or not _outcomes or set(CHECKS) - set(_outcomes):
        return  # not every check ran: keep the last complete report
    pages = planned_pages()  # as built (tests/test_tiers.py); the main process of xdist builds nothing
    real_views = [v for v in _axe_views if v.get("site", "real") == "real"]
    report = {
        "generated": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "commit": _git("rev-parse", "HEAD"),
        "uncommitted_changes": bool(_git("status", "--porcelain", "--untracked-files=no")),
        "environment": environment(),
        "pages": len(pages),
        "views": len(real_views),
        "sample": {"real": ["/" + p for p in pages], "progress": sorted(_progress_pages)},
        "checks": [
            {"id": check, "criteria": info["criteria"], "fi": info["fi"], "sv": info["sv"],
             **({"note": info["note"]} if "note" in info else {}), **_outcomes[check],
             "by_page": [{"site": s, "page": p, **counts} for (c, s, p), counts in
                         sorted(_by_page.items(), key=lambda kv: (kv[0][1], kv[0][2] or "")) if c == check]}
            for check, info in CHECKS.items()
        ],
        "failures": _failures,
        "axe": sorted(_axe_views, key=lambda v: (v.get("site", "real"), v["page"], v["scheme"], v["width"])),
        "coverage": wcag_coverage.load().model_dump(exclude_defaults=True),
    }
    REPORT_FILE.parent.mkdir(parents=True, exist_ok=True)
    REPORT_FILE.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
