"""search.py: Pagefind's bundle, written the same way on every build."""

import json

from plan.postbuild import search


def test_bundle_has_the_script_an_index_per_language_and_no_unused_interface(tmp_path):
    for lang, text in (("fi", "Hyvinvointisuunnitelman tavoitteet"), ("sv", "Välfärdsplanens mål")):
        page = tmp_path / lang / "index.html"
        page.parent.mkdir()
        page.write_text(f'<!doctype html><html lang="{lang}"><body><article data-pagefind-body>'
                        f"<h1>{text}</h1></article></body></html>", encoding="utf-8")
    bundle = search.index_site(tmp_path)
    assert (bundle / "pagefind.js").is_file()
    entry = (bundle / "pagefind-entry.json").read_text(encoding="utf-8")
    assert list(json.loads(entry)["languages"]) == ["fi", "sv"]
    assert not list(bundle.glob("pagefind-ui.*")) and not list(bundle.glob("pagefind-highlight.js"))
