"""Shared fixtures: the real data, the built sites, a local server and one Chromium."""

from pathlib import Path

import pytest

# tiers marks every test with what it needs (browser, build, node); a11y_evidence counts the
# accessibility checks wherever their tests live and writes the evidence report.
pytest_plugins = ["tiers", "a11y_evidence"]

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


def pytest_configure(config):
    config.addinivalue_line("markers", "build: builds the site (slow tier; the fast one is tests/plan and tests/benchmarks)")


@pytest.fixture(scope="session")
def real_plan():
    from plan.data import load

    return load.load_plan(DATA)


@pytest.fixture
def data_copy(tmp_path):
    """A copy of data/ to break."""
    import shutil

    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


@pytest.fixture(scope="session")
def site():
    from sitebuild import session_site

    return session_site()


@pytest.fixture(scope="session")
def as_of():
    """The build date of every test build (sitebuild.SOURCE_DATE_EPOCH): 2026-11-23."""
    import datetime as dt

    return dt.date(2026, 11, 23)


@pytest.fixture(scope="session")
def progress_site():
    """The real data plus test-only progress reports (tests/fixtures/progress.yml), built once."""
    from sitebuild import progress_site

    return progress_site()


@pytest.fixture(scope="session")
def published_site():
    """The site with test progress as the publish workflow builds it (its public address known), built once."""
    from sitebuild import published_site

    return published_site()


@pytest.fixture(scope="session")
def second_plan_site():
    """The real data plus a second plan (tests/fixtures/second-plan.yml), built once."""
    from sitebuild import second_plan_site

    return second_plan_site()


@pytest.fixture(scope="session")
def dated_site():
    """The real site as of another day: `dated_site("2027-01-15")`, each day built once."""
    from sitebuild import dated_site

    return dated_site


@pytest.fixture
def build():
    """A build of its own: `build(project, out, **environment)` (sitebuild.build_site)."""
    from sitebuild import build_site

    return build_site


@pytest.fixture(scope="session")
def build_each():
    """Builds of their own, one after another in one process: `build_each([(project, out, environment), …])`."""
    from sitebuild import build_each

    return build_each


@pytest.fixture(scope="session")
def node_modules() -> Path:
    """The npm packages of package-lock.json (./scripts/test runs `npm ci`)."""
    import tiers

    tiers.need("node")
    if not (ROOT / "node_modules" / ".package-lock.json").is_file():
        pytest.fail("node_modules is missing: run ./scripts/test, which installs package-lock.json with npm ci")
    return ROOT / "node_modules"


@pytest.fixture(scope="session")
def progress_plan(tmp_path_factory):
    from plan.data import load
    from progress_fixture import data_with_progress

    return load.load_plan(data_with_progress(tmp_path_factory.mktemp("progress") / "data"))


@pytest.fixture(scope="session")
def server(site):
    from browser import SiteServer

    running = SiteServer(site.dir)
    yield running
    running.close()


@pytest.fixture(scope="session")
def _chromium():
    from browser import chromium

    driver = chromium()
    yield driver
    driver.quit()


@pytest.fixture
def browser(_chromium):
    """The worker's Chromium, with its page focused. A test that tabs past a page's last stop leaves
    focus in the window, and no navigation gives it back: the next test's page would have none."""
    _chromium.execute_cdp_cmd("Page.bringToFront", {})
    return _chromium
