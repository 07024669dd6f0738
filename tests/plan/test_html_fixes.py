"""html_fixes.py: fixes to Material's generated HTML."""

import pytest

from plan.postbuild import html_fixes

# As Material 9.8.1's base.html writes them, outside any block.
MATERIAL_BODY = """
    <input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
    <input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">
    <label class="md-overlay" for="__drawer"></label>
    <div data-md-component="skip">
        <a href="#x" class="md-skip">
          Hyppää sisältöön
        </a>
    </div>
    <header>…</header>
    <main class="md-main" data-md-component="main">
      <div class="md-main__inner md-grid">
        <nav>menu</nav>
        <main class="md-content"><article>text</article></main>
      </div>
    </main>
"""


def test_material_toggles_and_skip_link_are_dropped():
    fixed = html_fixes.drop_material_toggles(MATERIAL_BODY)
    assert "md-toggle" not in fixed and "md-overlay" not in fixed and "md-skip" not in fixed
    assert "<header>…</header>" in fixed


def test_outer_main_becomes_a_div_and_the_content_main_stays():
    fixed = html_fixes.main_holds_content_only(MATERIAL_BODY)
    assert fixed.count("<main") == 1 and fixed.count("</main>") == 1
    assert '<main class="md-content"><article>text</article></main>' in fixed
    assert '<div class="md-main">' in fixed
    assert fixed.rstrip().endswith("</div>")


@pytest.mark.parametrize("fix", html_fixes.FIXES, ids=lambda f: f.__name__)
def test_each_fix_fails_loudly_when_material_no_longer_writes_its_markup(fix):
    with pytest.raises(html_fixes.HtmlFixError, match=fix.__name__):
        fix("<!doctype html><html><body><main><article>x</article></main></body></html>")


def test_fix_page_applies_every_fix():
    fixed = html_fixes.fix_page(f"<!doctype html><html><body>{MATERIAL_BODY}</body></html>")
    assert "md-toggle" not in fixed and fixed.count("<main") == 1


def test_a_fixed_page_is_kept_and_a_changed_page_fixed_anew():
    # The preview rebuilds every page on each save: an unchanged page is not fixed again.
    fixed = html_fixes.fix_page(MATERIAL_BODY)
    assert html_fixes.fix_page(MATERIAL_BODY) is fixed
    changed = MATERIAL_BODY.replace("</main>", "<p>uusi</p></main>")
    assert html_fixes.fix_page(changed) == html_fixes.fix_page.__wrapped__(changed) != fixed
