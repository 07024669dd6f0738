"""The way off MkDocs stays open: ProperDocs (a maintained fork of MkDocs 1.6.1), in its own
virtualenv without MkDocs, builds the same site from the same mkdocs.yml, hooks and theme. The one
difference is the generator tag Material writes into every page, which names the engine.

Slow: the first run installs .venv-properdocs from PyPI (requirements-properdocs.txt)."""

from importlib import metadata

import pytest

import properdocs_venv
from sitebuild import build_published, build_real, differences, published_site, session_site, site_files

pytestmark = pytest.mark.build


def _generator(engine_version: str) -> bytes:
    # Material's base.html: content="mkdocs-{{ mkdocs_version }}, mkdocs-material-…"; ProperDocs
    # sets mkdocs_version to "ProperDocs <version>".
    return f'<meta name="generator" content="mkdocs-{engine_version}, '.encode()


MKDOCS_TAG = _generator(metadata.version("mkdocs"))
PROPERDOCS_TAG = _generator(f"ProperDocs {properdocs_venv.pins()['properdocs']}")


@pytest.fixture(scope="module")
def properdocs():
    python = properdocs_venv.python()
    assert "mkdocs" not in properdocs_venv.installed(python), "MkDocs got into .venv-properdocs"
    drift = properdocs_venv.differing_from_test_env()
    assert not drift, ("requirements-properdocs.txt must pin what .venv has, or the two builds differ "
                       f"for another reason than the engine: {drift}")
    return python, "properdocs"


@pytest.mark.parametrize(("mkdocs_build", "build"), [(session_site, build_real), (published_site, build_published)],
                         ids=["real", "published-with-progress"])
def test_properdocs_builds_the_same_site(properdocs, mkdocs_build, build, tmp_path):
    ours = mkdocs_build().dir
    theirs = build(tmp_path / "properdocs", engine=properdocs).dir
    with_tag = [n for n in site_files(ours) if MKDOCS_TAG in (ours / n).read_bytes()]
    assert with_tag, "Material no longer writes the generator tag: what else names the engine?"
    beyond_tagged = [n for n in differences(ours, theirs) if n not in with_tag]
    assert not beyond_tagged, "differ in other files than the pages with a generator tag"
    changed = [n for n in with_tag if (ours / n).read_bytes().replace(MKDOCS_TAG, PROPERDOCS_TAG) != (theirs / n).read_bytes()]
    assert not changed, "differ by more than the generator tag (or not at all: was it ProperDocs?)"
