"""The tiers (tests/helpers/tiers.py): collecting the tests builds nothing and starts nothing, the fast
tier (`./scripts/test --fast`) asks for no build, browser or Node, and a test that builds or starts
Chromium without its marker fails instead of slipping into the fast tier."""

import json
import subprocess
import sys

import pytest

import tiers
from sitebuild import ROOT, build_site, planned_pages

# What gives a test a build, a browser or the npm packages, named here and not taken from tiers.py.
NEEDS_MORE = {"site", "progress_site", "published_site", "second_plan_site", "dated_site", "build", "build_each",
              "server", "browser", "node_modules"}


def test_collecting_builds_nothing_and_the_fast_tier_needs_no_build_browser_or_node(tmp_path):
    assert f'-m "{tiers.FAST}"' in (ROOT / "scripts" / "test").read_text(encoding="utf-8")  # `--fast`
    report = tmp_path / "tiers.json"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", "-m", tiers.FAST,
         f"--tiers-report={report}"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]  # a build while collecting is an error
    selected = json.loads(report.read_text(encoding="utf-8"))
    ids = {t["id"].split("[")[0] for t in selected}
    assert "tests/site/test_data_errors.py::test_check_rejects" in ids
    for test in selected:
        assert not test["id"].startswith(("tests/a11y/", "tests/admin/")), test["id"]
        assert not NEEDS_MORE & set(test["fixtures"]), test
        assert not test["markers"], test


@pytest.mark.parametrize("start", ["build", "preview", "chromium", "editor", "engines"])
def test_a_test_without_the_marker_cannot_build_or_start_chromium(start, tmp_path):
    def go():
        if start == "build":
            build_site(ROOT, tmp_path / "site")
        elif start == "preview":
            from preview import Preview
            Preview(ROOT)
        elif start == "chromium":
            from browser import chromium
            chromium()
        elif start == "editor":
            import cms
            cms.editor_browser()
        else:
            import engines
            engines.axe(None)

    with pytest.raises(tiers.TierError, match="in a test not marked"):
        go()
    assert not (tmp_path / "site").exists()


def test_nothing_is_built_while_the_tests_are_collected(request, tmp_path):
    tiers.running(None)  # as between tests and while collecting
    try:
        with pytest.raises(tiers.TierError, match="while the tests are collected"):
            build_site(ROOT, tmp_path / "site")
    finally:
        tiers.running(request.node.nodeid, set())


def test_the_pages_named_before_the_build_are_the_built_pages(site):
    assert planned_pages() == site.pages()
    assert planned_pages("sv") == site.pages("sv") and planned_pages("fi") == site.pages("fi")
