"""render.py: pages as Markdown, escaping, language marks. No MkDocs here."""

import datetime as dt

import markdown as md_lib
import pytest

from plan import model, render

TODAY = dt.date(2026, 11, 23)
EXTENSIONS = ["toc", "attr_list", "admonition", "tables", "def_list"]


def to_html(text: str) -> str:
    return md_lib.markdown(text, extensions=EXTENSIONS)


@pytest.mark.parametrize(
    "text",
    ["<script>alert(1)</script>", "*not emphasis* _nor this_", "# not a heading", "[not](a link)", "1. not a list",
     "a | b | c", "`code`", "&amp; stays &amp;", "back\\slash", "{ #id } and {: .class }", "12,5 % > 10 %"],
)
def test_plain_text_shows_exactly_itself(text):
    html = to_html(render.escape(text))
    assert "<script" not in html and "<em>" not in html and "<a " not in html and "<code>" not in html
    assert "<h1" not in html and "<ol>" not in html and "<table>" not in html
    from bs4 import BeautifulSoup

    assert BeautifulSoup(html, "html.parser").get_text() == text


def test_lang_marks_become_spans_only_in_the_other_language():
    text = model.Teksti(fi="Lähellä.fi-sivusto", sv="Webbplatsen [[fi:Lähellä.fi]] tas i bruk")
    assert render.plain(text, "sv") == 'Webbplatsen <span lang="fi">Lähellä\\.fi</span> tas i bruk'
    assert "span" not in render.plain(model.Teksti(fi="[[fi:x]] y", sv="z"), "fi")


def test_markdown_field_keeps_markdown_but_not_html():
    # The check refuses HTML; rendering escapes it anyway, in case something skips the check.
    text = model.MarkdownTeksti.model_construct(fi="Kappale *korostus*.\n\nToinen <b>lihava</b>.", sv="x")
    html = to_html(render.markdown(text, "fi"))
    assert "<em>korostus</em>" in html and "<b>" not in html and "&lt;b&gt;" in html


def test_markdown_rejects_script_links():
    with pytest.raises(ValueError):
        model.MarkdownTeksti(fi="[klikkaa](javascript:alert(1))", sv="x")


def test_every_page_in_both_languages(real_plan):
    pages = render.Renderer(real_plan, TODAY).pages()
    paths = {(p.lang, p.path) for p in pages}
    for lang in ("fi", "sv"):
        assert (lang, "index.md") in paths and (lang, "strategia.md") in paths
        assert (lang, "suunnitelma.md") in paths and (lang, "saavutettavuusseloste.md") in paths
        for area in real_plan.painopisteet:
            assert (lang, f"painopisteet/{area.id}.md") in paths
    assert len(pages) == 2 * (7 + 7)  # home, plan, strategy, statement, whole plan, open data, news; 7 areas


def test_area_page_lists_every_goal_with_its_parts(real_plan):
    pages = {(p.lang, p.path): p.markdown for p in render.Renderer(real_plan, TODAY).pages()}
    for area in real_plan.painopisteet:
        for lang in ("fi", "sv"):
            html = to_html(pages[(lang, f"painopisteet/{area.id}.md")].split("---\n", 2)[2])
            for goal in area.tavoitteet:
                assert f'id="{goal.id}"' in html
                for item in goal.toimenpiteet + goal.vastuutahot + goal.mittarit:
                    assert to_html(render.plain(item, lang))[3:-4] in html


def test_swedish_pages_carry_the_review_notice_until_reviewed(real_plan):
    pages = {(p.lang, p.path): p.markdown for p in render.Renderer(real_plan, TODAY).pages()}
    notice = "Översättningen väntar på granskning"
    assert notice in pages[("sv", "strategia.md")]
    assert notice not in pages[("fi", "strategia.md")]
    reviewed = real_plan.strategia.model_copy(update={"ruotsinnos_tarkistettu": True})
    plan = real_plan.model_copy(update={"strategia": reviewed})
    pages = {(p.lang, p.path): p.markdown for p in render.Renderer(plan, TODAY).pages()}
    assert notice not in pages[("sv", "strategia.md")]


def test_the_review_notice_says_only_that_unless_the_site_data_says_finnish_is_official(real_plan):
    def notice(plan):
        page = next(p for p in render.Renderer(plan, TODAY).pages() if (p.lang, p.path) == ("sv", "strategia.md"))
        return page.markdown.split("Översättningen väntar på granskning", 1)[1].split("\n\n", 2)[1].strip().replace("\\", "")

    assert not real_plan.sivusto.suomenkielinen_versio_virallinen  # off by default: the county decides
    assert notice(real_plan) == "Den svenska texten på den här sidan är en översättning från finska och har ännu inte granskats."
    official = real_plan.sivusto.model_copy(update={"suomenkielinen_versio_virallinen": True})
    assert notice(real_plan.model_copy(update={"sivusto": official})).endswith(
        "har ännu inte granskats. Den finska versionen är den officiella."
    )


def test_open_data_keys_in_running_text_are_language_neutral_code():
    out = render.with_keys("läget är `ei-aloitettu` eller `kaynnissa`, annars `null`.", "sv")
    html = to_html(out)
    assert html == ('<p>läget är <code translate="no">ei-aloitettu</code> eller '
                    '<code translate="no">kaynnissa</code>, annars <code translate="no">null</code>.</p>')


def test_deadlines_in_locale(real_plan):
    goal = real_plan.goals[0].model_copy(update={"maaraaika": dt.date(2024, 12, 31)})
    from plan.labels import Labels

    assert render._deadline(goal, Labels("fi"), "fi") == "31\\. joulukuuta 2024"
    assert render._deadline(goal, Labels("sv"), "sv") == "31 december 2024"
    month = goal.model_copy(update={"maaraaika": "2025-05"})
    assert render._deadline(month, Labels("fi"), "fi") == "toukokuu 2025"
    assert render._deadline(month, Labels("sv"), "sv") == "maj 2025"
    none = goal.model_copy(update={"maaraaika": None})
    assert "ei mainittu" in render._deadline(none, Labels("fi"), "fi")


def test_front_matter_is_escaped():
    fm = render.front_matter(title=render.html.escape('A "quoted" <b>', quote=True))
    assert "<b>" not in fm and "&quot;" in fm


def test_nav_follows_the_plan_order(real_plan):
    nav = render.nav(real_plan)
    areas = next(item["Painopisteet"] for item in nav if isinstance(item, dict))
    assert areas == [f"painopisteet/{a.id}.md" for a in real_plan.painopisteet]
