"""Running the tests on several workers (pytest-xdist, `--dist loadgroup`; a pytest plugin).

Each worker builds the sites it needs and starts its own Chromium (session fixtures are per
process). What a module makes once for its tests (a module-scoped fixture: the Nu checker's run
over every page, the refused builds, the preview) would be made again by every worker that runs
one of them, so such a module's tests go to one worker together. A test that reads a result
cached by another test names the two as a group (`xdist_group`). Without xdist, nothing changes.
"""

import pytest

SHARED_SCOPES = {"module", "class", "package"}


def group_of(item) -> str | None:
    """The module's name when the test uses a fixture made once for the module; else None."""
    infos = getattr(item, "_fixtureinfo", None)
    if infos is None:
        return None
    for name in item.fixturenames:
        defs = infos.name2fixturedefs.get(name)
        if defs and defs[-1].scope in SHARED_SCOPES:
            return item.module.__name__
    return None


@pytest.hookimpl(tryfirst=True)  # before xdist turns the groups into the tests' ids
def pytest_collection_modifyitems(items):
    for item in items:
        if item.get_closest_marker("xdist_group") is None and (group := group_of(item)):
            item.add_marker(pytest.mark.xdist_group(group))


def plain_id(item) -> str:
    """The test's id without the group xdist appends to it ("…::test[x]@group")."""
    groups = sorted({str(m.args[0] if m.args else m.kwargs.get("name", "default"))
                     for m in item.iter_markers("xdist_group")})
    suffix = "@" + "_".join(groups) if groups else ""
    return item.nodeid.removesuffix(suffix) if suffix else item.nodeid


def pytest_configure(config):
    # Also when xdist is not loaded (`-p no:xdist`), so that --strict-markers accepts the groups.
    config.addinivalue_line("markers", "xdist_group(name): tests run on one worker together (pytest-xdist)")
