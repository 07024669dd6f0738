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
