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
