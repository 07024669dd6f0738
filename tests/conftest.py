"""Shared fixtures: the real data, the built site, a local server and one Chromium."""

from pathlib import Path

import pytest

# Counts the accessibility checks wherever their tests live, and writes the evidence report.
pytest_plugins = ["a11y_evidence"]

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


@pytest.fixture(scope="session")
def real_plan():
    from plan import load

    return load.load_plan(DATA)


@pytest.fixture(scope="session")
def site():
    from sitebuild import session_site

    return session_site()


@pytest.fixture(scope="session")
def server(site):
    from browser import SiteServer

    running = SiteServer(site.dir)
    yield running
    running.close()


@pytest.fixture(scope="session")
def browser():
    from browser import chromium

    driver = chromium()
    yield driver
    driver.quit()
