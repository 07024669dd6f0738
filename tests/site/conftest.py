"""The site built once per test session."""

import pytest

from sitebuild import ROOT, Build, build_site


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Build:
    built = build_site(ROOT, tmp_path_factory.mktemp("site"))
    assert built.returncode == 0, built.log
    return built


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
