"""The editor's tests' shared fixture: a browser of its own in each interface language."""

import pytest

import cms


@pytest.fixture(params=["fi", "sv"])
def editor(request, server):
    """(the interface language, Chromium in it); a module may define its own `editor` instead."""
    driver = cms.editor_browser(request.param)
    yield request.param, driver
    driver.quit()
