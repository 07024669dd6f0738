"""tests/helpers/a11y_evidence.py: the view and the criteria a failure is recorded with."""

from types import SimpleNamespace

from a11y_evidence import axe_criteria, htmlcs_criteria, view_of


def item(fixtures=(), **params):
    return SimpleNamespace(callspec=SimpleNamespace(params=params), fixturenames=list(fixtures))


def test_view_from_the_parametrised_page_view():
    assert view_of(item(page_view=(320, "slate", "sv/strategia/"))) == {
        "site": "real", "page": "/sv/strategia/", "lang": "sv", "scheme": "dark", "width": 320}
    assert view_of(item(["progress_server"], view=(1280, "default", ""))) == {
        "site": "progress", "page": "/", "lang": "fi", "scheme": "light", "width": 1280}
    assert view_of(item(lang="sv", name="dark", width=320)) == {
        "site": "real", "page": None, "lang": "sv", "scheme": "dark", "width": 320}
    assert view_of(SimpleNamespace(fixturenames=[]))["page"] is None  # a test of the whole site


def test_criteria_from_the_engines_codes():
    assert axe_criteria(["cat.color", "wcag2aa", "wcag143", "wcag1412", "EN-9.1.4.3"]) == ["1.4.3", "1.4.12"]
    assert htmlcs_criteria("WCAG2AA.Principle1.Guideline1_3.1_3_1.H42.2") == ["1.3.1"]
    assert htmlcs_criteria("WCAG2AA.Principle4.Guideline4_1.4_1_2.H91.A.NoContent") == ["4.1.2"]


# A run of tests of every check, one of which fails, as the suite marks them.
_RUN = '''
import pytest
from a11y_evidence import record_axe_view, record_failure, record_versions
from checks import CHECKS

for number, check in enumerate(CHECKS):
    @pytest.mark.a11y_check(check)
    @pytest.mark.parametrize("page", ["", "sv/strategia/", "painopisteet/turvallisuus/"])
    def one_check(page, check=check, number=number):
        record_axe_view({"site": "real", "page": "/" + page, "scheme": "light", "width": 320 + number})
        record_versions(chromium="1.2.3")
        if number == 2 and page:
            record_failure(element="main a", message=f"no name on {page}")
            assert False, "fails"
    globals()[f"test_{number}"] = one_check
'''


def _report(tmp_path, *options: str) -> dict:
    import json
    import os
    import subprocess
    import sys

    from sitebuild import ROOT

    (tmp_path / "test_run.py").write_text(_RUN, encoding="utf-8")
    (tmp_path / "pytest.ini").write_text("[pytest]\nmarkers = a11y_check(id): check\n", encoding="utf-8")
    out = tmp_path / "report.json"
    env = {**os.environ, "A11Y_REPORT_OUT": str(out),
           "PYTHONPATH": os.pathsep.join(str(ROOT / p) for p in ("hooks", "tests/helpers"))}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "a11y_evidence", "-p", "no:cacheprovider",
                           *options, str(tmp_path)], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 1 and out.exists(), done.stdout + done.stderr  # one test fails, on purpose
    report = json.loads(out.read_text(encoding="utf-8"))
    del report["generated"]
    out.unlink()
    return report


def test_the_report_from_parallel_workers_is_the_report_from_one(tmp_path):
    """With pytest-xdist, tests run in worker processes: what they record reaches the main process,
    which writes the report (before, the workers' records stayed in the workers and nothing was written)."""
    one = _report(tmp_path, "-p", "no:xdist")
    two = _report(tmp_path, "-n", "2")
    assert [(c["id"], c["passed"], c["failed"]) for c in one["checks"]][2][1:] == (1, 2)
    assert sorted(f["message"] for f in one["failures"]) == ["no name on painopisteet/turvallisuus/", "no name on sv/strategia/"]
    assert len(one["axe"]) == 3 * len(one["checks"]) and one["environment"]["chromium"] == "1.2.3"
    assert sorted(one["failures"], key=str) == sorted(two["failures"], key=str)
    one["failures"] = two["failures"] = None
    assert one == two
