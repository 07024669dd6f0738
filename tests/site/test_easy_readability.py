"""Every easy-language page of the built site reads as easy language (issue 27 item 4): Finnish mean
sentence length <= 10 words, longest sentence <= 15 words, words of 13 or more letters <= 5 %,
passive verb forms in at most one sentence in ten (Voikko); Swedish LIX <= 30; no unexplained
abbreviation in either. The figures of every easy page are printed as a table (`pytest -s`) and
stand in the failure's message. The rules of counting: tests/helpers/readability.py.

`python tests/helpers/readability.py <site-dir>` prints the same figures for the easy pages beside
the standard ones."""

import readability
from plan.site import urls
from sitebuild import page_lang


def test_the_register_s_easy_pages_are_built(site):
    kinds = readability.easy_kinds()
    # Not a skip: a readability gate that finds nothing to measure is no gate.
    assert kinds, "the page register (hooks/plan/site/pages.py) has no easy-language page kinds (issue 27)"
    built = readability.easy_pages(site.dir)
    for lang in ("fi", "sv"):
        assert [p for p in built if page_lang(p) == lang], (
            f"the register has easy page kinds ({', '.join(k.name for k in kinds)}) but the built site has no "
            f"easy page in {lang} (below {urls.easy('')})")
    # Every page marked as easy (its article's class) is measured: none lies outside the easy folder.
    assert sorted(readability.marked_easy_pages(site.dir)) == sorted(built)
    for kind in kinds:
        if kind.path:  # a page of one each: built in both languages
            page = readability.built_path(kind.path)
            assert {page, "sv/" + page} <= set(built), (kind.name, page)


def test_every_easy_page_is_within_the_readability_limits(site):
    easy = readability.easy_pages(site.dir)
    assert easy, "no easy page to measure (test_the_register_s_easy_pages_are_built says why)"
    rows = [(f"/{path}", readability.easy_page_figures(site.dir, path)) for path in easy]
    figures_table = readability.table(rows)
    print("\n" + figures_table)
    over = [f"{path} ({f.lang}): {'; '.join(f.over_limits())}" for path, f in rows if f.over_limits()]
    assert not over, "Selkokielen rajat ylittyvät / lättläst-gränserna överskrids:\n" + "\n".join(over) + "\n\n" + figures_table


def test_the_measured_text_leaves_out_the_notice_and_the_link_to_the_standard_text(site):
    # What the easy pages say about themselves is not the text measured; it must be found to be left out.
    easy = readability.easy_pages(site.dir)
    assert easy, "no easy page to measure (test_the_register_s_easy_pages_are_built says why)"
    for path in easy:
        soup = site.soup(path)
        kept = readability.main_text(soup)
        measured = readability.easy_main_text(soup, page_lang(path))
        left_out = readability.easy_page_words(page_lang(path))
        assert left_out["to_standard"] in kept and left_out["to_standard"] not in measured, path
        assert left_out["not_checked"] not in measured, path
