"""material_js.py: the checked patches to Material's JavaScript."""

import glob
import os
import re

import material
import pytest

from plan import material_js

SCRIPTS = os.path.join(os.path.dirname(material.__file__), "templates", "assets", "javascripts")


def _read(pattern: str) -> str:
    (path,) = glob.glob(os.path.join(SCRIPTS, pattern))
    with open(path, encoding="utf-8") as file:
        return file.read()


def test_worker_stems_query_terms_and_the_terms_it_reports_matched():
    original = _read("workers/search.*.min.js")
    patched = material_js.worker(original)
    assert material_js.WORKER_STEMMED_SEARCH in patched and "this.index.search(e)" not in patched
    assert "PROHIBITED)" + material_js.WORKER_STEMMED_TERMS in patched
    assert material_js.worker(patched) == patched  # a `--dirty` preview keeps patched files


def test_bundle_loads_search_on_first_use_and_fetches_no_sitemaps():
    original = _read("bundle.*.min.js")
    patched = material_js.bundle(original)
    assert 'location.protocol!=="file:"' not in patched  # the index waits for the search toggle
    assert not re.search(r"function \w+\(\w+,\w+=new Worker", patched)  # not made on page load,
    assert "this.w=new Worker(" in patched  # but on its first message
    assert '"search.highlight")&&new URL(location.href).searchParams.get("h")?' in patched
    assert '("link[rel=alternate][data-md-sitemap]")' in patched
    assert material_js.bundle(patched) == patched


@pytest.mark.parametrize(
    "patch, script",
    [pytest.param(patch, "bundle.*.min.js", id=patch.name) for patch in material_js.BUNDLE_PATCHES]
    + [pytest.param(patch, "workers/search.*.min.js", id=patch.name) for patch in material_js.WORKER_PATCHES],
)
def test_a_changed_script_fails_the_build_with_the_patch_named(patch, script):
    # Each patch's target removed: Material has changed and the patch must be looked at again.
    original = _read(script)
    changed = re.sub(patch.target, "/*changed*/", original)
    with pytest.raises(material_js.PatchError, match=patch.name):
        patch.apply(changed)


def test_a_worker_without_the_query_parser_fails_the_build():
    with pytest.raises(material_js.PatchError, match="STEMMED_QUERIES"):
        material_js.worker("function lx(){} this.index.search(e)")
