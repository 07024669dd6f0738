"""The test tiers (a pytest plugin): what a test needs beyond Python and the pip packages, as a marker.

Every test is marked from the fixtures it uses (also through other fixtures) and the folder it is
in, so a new test is marked without anyone remembering. Where a build, a Chromium or node_modules is
about to be used, `need()` checks it: in a test without the marker, or while the tests are being
collected, it fails with what to do. The fast tier is the rest (`FAST`, `./scripts/test --fast`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

MARKERS = {
    "browser": "needs Chromium and its driver (a headless browser)",
    "build": "needs a site built with MkDocs, or the preview, which builds it",
    "node": "needs Node.js or the npm packages in node_modules (every build does: it bundles the editor)",
}
FAST = " and ".join(f"not {name}" for name in MARKERS)

# The fixtures that give a test what a marker names: one that builds or starts a Chromium goes here
# (`need` says so the first time it runs otherwise).
FIXTURES = {
    "build": {"site", "progress_site", "published_site", "second_plan_site", "dated_site", "build", "build_each",
              "preview"},
    "browser": {"browser", "nojs_browser"},
    "node": {"node_modules"},
}
# Folders in which every test needs these (the browser editor's tests make their own Chromium).
FOLDERS = {"a11y": {"build"}, "admin": {"build", "browser"}}
IMPLIED = {"build": {"node"}}  # a build bundles the editor with esbuild from node_modules

TESTS = Path(__file__).resolve().parents[1]


class TierError(RuntimeError):
    pass


_enforced = False
_running: tuple[str, frozenset[str]] | None = None  # the running test's id and markers


def needs(item) -> set[str]:
    """The markers a collected test gets: its own, its fixtures' and its folder's."""
    found = {m.name for m in item.iter_markers() if m.name in MARKERS}
    found |= {name for name, fixtures in FIXTURES.items() if fixtures & set(item.fixturenames)}
    path = Path(item.path).resolve()
    if path.is_relative_to(TESTS):
        found |= FOLDERS.get(path.relative_to(TESTS).parts[0], set())
    return found | {implied for name in found for implied in IMPLIED.get(name, ())}


def running(nodeid: str | None, markers: set[str] = frozenset()) -> None:
    """The test being run (None: none), whose markers `need` checks."""
    global _running
    _running = None if nodeid is None else (nodeid, frozenset(markers))


def need(what: str) -> None:
    """Called where a build, a Chromium or node_modules is about to be used."""
    if not _enforced:
        return  # the benchmark and the guide's screenshots use the same helpers outside pytest
    doing = {"build": "building the site", "browser": "starting Chromium", "node": "using node_modules"}[what]
    fixtures = ", ".join(f"`{f}`" for f in sorted(FIXTURES[what]))
    if _running is None:
        raise TierError(f"{doing} while the tests are collected: collecting must build and start nothing; "
                        f"do it in a fixture ({fixtures}) or in a test")
    nodeid, markers = _running
    if what not in markers:
        raise TierError(f"{nodeid}: {doing} in a test not marked `{what}`: use a fixture that gives it "
                        f"({fixtures}) or mark the test with pytest.mark.{what}")

def pytest_addoption(parser):
    parser.addoption("--tiers-report", metavar="FILE",
                     help="write the selected tests' markers and fixtures as JSON (tests/test_tiers.py)")


def pytest_configure(config):
    global _enforced
    for name, text in MARKERS.items():
        config.addinivalue_line("markers", f"{name}: {text}")
    _enforced = True


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(items):
    for item in items:
        for name in sorted(needs(item)):
            item.add_marker(name)


def pytest_collection_finish(session):
    if out := session.config.getoption("--tiers-report"):
        Path(out).write_text(json.dumps([
            {"id": item.nodeid, "markers": sorted(needs(item)), "fixtures": sorted(item.fixturenames)}
            for item in session.items]), encoding="utf-8")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    running(item.nodeid, {m.name for m in item.iter_markers()})
    try:
        return (yield)
    finally:
        running(None)
