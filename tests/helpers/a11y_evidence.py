"""The accessibility evidence: the report a full test run writes (a pytest plugin).

The report (reports/accessibility/report.json) is what the site publishes: when and on which
commit the run was made, with which axe-core and Chromium, how many pages and views, each check
(tests marked `a11y_check`, wherever they live) with its WCAG criteria and result, and axe's own
results per view. Only a run in which every check ran writes it, so a partial run never
replaces it.
"""

import datetime as dt
import json
import os
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest

from checks import CHECKS
from sitebuild import ROOT, session_site

REPORT_FILE = Path(os.environ.get("A11Y_REPORT_OUT", ROOT / "reports" / "accessibility" / "report.json"))

_outcomes: dict[str, dict[str, int]] = defaultdict(lambda: {"passed": 0, "failed": 0})
_axe_views: list[dict] = []
_versions: dict[str, str] = {}


def record_axe_view(view: dict) -> None:
    _axe_views.append(view)


def record_versions(**versions: str) -> None:
    _versions.update(versions)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    marker = item.get_closest_marker("a11y_check")
    if marker and (report.when == "call" or report.failed):
        check = marker.args[0]
        if check not in CHECKS:
            raise ValueError(f"unknown accessibility check {check!r}: add it to tests/helpers/checks.py")
        if report.when == "call" or report.failed:
            _outcomes[check]["failed" if report.failed else "passed"] += 1
    return report


def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def pytest_sessionfinish(session, exitstatus):
    if not _outcomes or set(CHECKS) - set(_outcomes):
        return  # not every check ran: keep the last complete report
    site = session_site()
    report = {
        "generated": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "commit": _git("rev-parse", "HEAD"),
        "uncommitted_changes": bool(_git("status", "--porcelain", "--untracked-files=no")),
        "axe_core": _versions.get("axe_core", ""),
        "html_codesniffer": _versions.get("html_codesniffer", ""),
        "chromium": _versions.get("chromium", ""),
        "pages": len(site.pages()),
        "views": len(_axe_views),
        "checks": [
            {"id": check, "criteria": info["criteria"], "fi": info["fi"], "sv": info["sv"], **_outcomes[check]}
            for check, info in CHECKS.items()
        ],
        "axe": sorted(_axe_views, key=lambda v: (v["page"], v["scheme"], v["width"])),
    }
    REPORT_FILE.parent.mkdir(parents=True, exist_ok=True)
    REPORT_FILE.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
