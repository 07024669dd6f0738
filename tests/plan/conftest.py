"""Fixtures of the plain modules' tests."""

from pathlib import Path

import pytest

from plan.domain import wcag_names

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def names_fixture(monkeypatch) -> wcag_names.Names:
    """The hand-made criterion names file (a few criteria) in place of hooks/plan/domain/wcag_names.yml."""
    monkeypatch.setattr(wcag_names, "FILE", FIXTURES / "wcag-names.yml")
    return wcag_names.load()


@pytest.fixture(autouse=True)
def every_data_error_is_in_swedish_too(monkeypatch):
    """Issue 26: a Swedish editor reads the check and the preview's notice in Swedish. Every data
    error any test here makes (tests/plan makes nearly every one the check knows) must carry its
    Swedish (messages.Message); one without fails the test that made it."""
    from plan import messages
    from plan.data import load

    made: list = []
    original = load.DataErrors.__init__

    def recording(self, errors):
        made.extend(errors)
        original(self, errors)

    monkeypatch.setattr(load.DataErrors, "__init__", recording)
    yield
    untranslated = sorted({str(e.message) for e in made if not messages.swedish(e.message)})
    assert not untranslated, f"data errors without Swedish (messages.Message): {untranslated}"
