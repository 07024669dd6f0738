"""Page views for the engines' gate: every built page × palette × width."""

from sitebuild import planned_pages

SCHEMES = ("default", "slate")  # Material's light and dark palettes
WIDTHS = (1280, 320)


def page_views() -> list[tuple[int, str, str]]:
    """Every built page × palette × width, ordered so that the window is resized rarely and each
    page is loaded once per width (the palette switches without a reload)."""
    pages = planned_pages()
    return [(width, scheme, page) for width in WIDTHS for page in pages for scheme in SCHEMES]


def pytest_generate_tests(metafunc):
    if "page_view" in metafunc.fixturenames:
        views = page_views()
        # Grouped by view (scope="module"), so that both engines run on a page loaded once.
        metafunc.parametrize("page_view", views, ids=[f"{w}px-{s}-/{p}" for w, s, p in views], scope="module")
