"""render.py: pages as Markdown, escaping, language marks. No MkDocs here."""

import datetime as dt

import jinja2
import jinja2.ext
import markdown as md_lib
import pytest

from plan.domain import model
from plan.outputs import render
from plan.site import pages as site_pages
from plan.site import urls

TODAY = dt.date(2026, 11, 23)
EXTENSIONS = ["toc", "attr_list", "admonition", "tables", "def_list", "md_in_html"]  # as mkdocs.yml


def to_html(text: str) -> str:
    return md_lib.markdown(text, extensions=EXTENSIONS)


def words(html: str) -> str:
    from bs4 import BeautifulSoup

    return " ".join(BeautifulSoup(html, "html.parser").get_text().split())


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
    # home, plan, strategy, statement, whole plan, open data, news, earlier documents, strategy 2026–2029,
    # reporting status (issue 26); 7 areas; in easy language (issue 27) the start page, 7 areas, the
    # strategy 2026–2029 and the follow-up
    assert len(pages) == 2 * (10 + 7 + 10)


def test_area_page_lists_every_goal_with_its_parts(real_plan):
    pages = {(p.lang, p.path): p.markdown for p in render.Renderer(real_plan, TODAY).pages()}
    for area in real_plan.painopisteet:
        for lang in ("fi", "sv"):
            html = to_html(pages[(lang, f"painopisteet/{area.id}.md")].split("---\n", 2)[2])
            text = words(html)  # as text: a footnote marker in an item is a link
            for goal in area.tavoitteet:
                assert f'id="{goal.id}"' in html
                for item in goal.toimenpiteet + goal.vastuutahot + [m.nimi for m in goal.mittarit]:
                    assert words(to_html(render.plain(item, lang))) in text


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
    goal = real_plan.goals[0].model_copy(update={"maaraaika": "2024-12-31"})
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
    nav = site_pages.menu(real_plan)
    areas = next(item["Painopisteet"] for item in nav if isinstance(item, dict))
    assert areas == [f"painopisteet/{a.id}.md" for a in real_plan.painopisteet]


def page_soup(plan, lang: str, path: str):
    from bs4 import BeautifulSoup

    pages = {(p.lang, p.path): p.markdown for p in render.Renderer(plan, TODAY).pages()}
    return BeautifulSoup(to_html(pages[(lang, path)].split("---\n", 2)[2]), "html.parser")


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_each_strategic_line_text_comes_before_its_goals_under_its_heading(real_plan, lang):
    # 1.3.1, 2.4.6: the line's own paragraphs belong under the line's heading, not after
    # "Valtuustokauden tavoitteet" and its list.
    soup = page_soup(real_plan, lang, "strategia.md")
    for line in real_plan.strategia.linjaukset:
        heading = soup.find("h3", id=line.id)
        section = []  # what stands under the line's heading, up to the next line or h2
        for element in heading.find_next_siblings():
            if element.name in ("h2", "h3"):
                break
            section.append(element)
        first_goals = next(i for i, e in enumerate(section) if e.name == "h4" and e.get_text() == render.Labels(lang)["strategy_council_goals"])
        texts = [" ".join(e.get_text().split()) for e in section]
        for para in line.kuvaus[lang].split("\n\n"):
            where = texts.index(" ".join(para.split()))
            assert where < first_goals, f"{line.id}: the line's text {para[:40]!r}… comes after its goals"


def status_items(meta) -> list[str]:
    return [" ".join(li.get_text(" ").split()) for li in meta.find_all("li")]


@pytest.mark.parametrize(("lang", "expected"), [
    ("fi", ["Tilanne: Käynnissä", "Myöhässä", "Viimeisin raportti: 15. syyskuuta 2024", "Määräaika: 31. joulukuuta 2024 (päättynyt)"]),
    ("sv", ["Läge: Pågår", "Försenat", "Senaste rapport: 15 september 2024", "Tidsfrist: 31 december 2024 (har gått ut)"]),
])
def test_goal_status_line_is_heard_as_separate_items(progress_plan, lang, expected):
    # 1.3.1: one run of spans was read "Tilanne: Käynnissä Myöhässä Viimeisin raportti: …"; as
    # list items each fact, and each of two statuses, is its own item.
    soup = page_soup(progress_plan, lang, "painopisteet/turvallisuus.md")
    meta = soup.find(id="vakivaltatyon-verkostot").find_next(class_="goal-meta")
    assert status_items(meta) == expected, meta


@pytest.mark.parametrize(("lang", "expected"), [
    ("fi", ["Tilanne: Käynnissä", "Viimeisin raportti: 1. maaliskuuta 2025"]),
    ("sv", ["Läge: Pågår", "Senaste rapport: 1 mars 2025"]),
])
def test_council_goal_status_line_is_heard_as_separate_items(progress_plan, lang, expected):
    soup = page_soup(progress_plan, lang, "strategia.md")
    meta = soup.find(id="asiakastyytyvaisyys-paranee").find_next(class_="goal-meta")
    assert status_items(meta) == expected, meta


@pytest.mark.parametrize("lang", ["fi", "sv"])
@pytest.mark.parametrize("area_id", ["hyvinvointi-ja-terveyserot", "mielen-hyvinvointi"])
def test_footnote_markers_link_to_their_notes_and_back(real_plan, lang, area_id):
    # 1.3.1: "Monimuotoisuuslupauksen*" and its note under "Huomautukset" are tied by links, both ways.
    # In a heading the star is drawn and the link is the line below it (review 2, C8).
    soup = page_soup(real_plan, lang, f"painopisteet/{area_id}.md")
    refs = soup.select("a.footnote-ref")
    assert len(refs) == 1, f"the marker * is not a link: {[t for t in soup.find_all(string=lambda s: '*' in s)]}"
    ref = refs[0]
    note = soup.find(id=ref["href"].removeprefix("#"))
    assert note is not None and note.find_previous("h2").get_text() == render.Labels(lang)["footnotes_heading"]
    area = next(a for a in real_plan.painopisteet if a.id == area_id)
    assert area.alaviitteet[0][lang] in note.get_text()
    if ref.find_parent("li") is None:  # the line below a goal's heading
        assert ref.get_text() == render.Labels(lang).format("footnote_in_heading", n=1)
        assert ref.find_previous("h3").find(class_="footnote-mark")["data-mark"] == "*"
    else:
        assert ref.get_text() == "*" and ref["aria-label"] == render.Labels(lang).format("footnote_ref", n=1)
    back = note.find("a", href="#" + ref["id"])
    assert back is not None and back.get_text() == render.Labels(lang)["footnote_back"]


def test_footnote_markers_on_the_whole_plan_link_to_the_area_page(real_plan):
    soup = page_soup(real_plan, "fi", "koko-suunnitelma.md")
    hrefs = sorted(a["href"] for a in soup.select("a.footnote-ref"))
    assert hrefs == [
        "painopisteet/hyvinvointi-ja-terveyserot.md#hyvinvointi-ja-terveyserot-huomautus-1",
        "painopisteet/mielen-hyvinvointi.md#mielen-hyvinvointi-huomautus-1",
    ]


def test_a_marker_becomes_its_link_where_the_goal_s_data_text_becomes_markdown(real_plan):
    from bs4 import BeautifulSoup

    # The marker is read in the data text (footnotes.Markers), not in the Markdown made of it: in a
    # goal's heading the star is drawn and the link is a line below it; elsewhere the star is the link.
    area = next(a for a in real_plan.painopisteet if a.id == "hyvinvointi-ja-terveyserot")  # one note
    views = render.PageViews(render.Renderer(real_plan, TODAY), f"painopisteet/{area.id}.md", "fi", reviewed=True,
                             plan=real_plan, doc=None, paths=urls.Paths(real_plan.documents[0].meta))
    texts = views.goal_texts(area)
    note, back = f"#{area.id}-huomautus-1", f"{area.id}-viite-1"

    heading = texts.heading(model.Teksti(fi="Lupauksen* (a_b) lisääminen", sv="-"))
    assert heading == r'Lupauksen<span class="footnote-mark" data-mark="*" aria-hidden="true"></span> \(a\_b\) lisääminen'
    below = texts.below()
    assert below == [f'<span aria-hidden="true">&#42;</span> [Huomautus 1: otsikon tähdellä merkitty sana]({note})'
                     f'{{: #{back} .footnote-ref .footnote-below }}']
    assert texts.below() == []  # each heading's own lines

    item = texts.text(model.Teksti(fi="Tieto* ja [[sv:Löftet*]], ei 2. huomautusta**", sv="-"))
    link = f'[\\*]({note}){{: .footnote-ref aria-label="Huomautus 1" }}'  # no id: the line below the heading has it
    assert item == f'Tieto{link} ja <span lang="sv">Löftet{link}</span>, ei 2\\. huomautusta\\*\\*'

    soup = BeautifulSoup(to_html(f"### {heading} {{ #goal }}\n\n{below[0]}\n\n- {item}"), "html.parser")
    assert soup.h3.get_text() == "Lupauksen (a_b) lisääminen" and soup.h3.find(class_="footnote-mark")
    assert soup.select_one("p a.footnote-ref")["id"] == back
    assert [a["href"] for a in soup.select("li a.footnote-ref")] == [note, note]

    elsewhere = views.goal_texts(area, "painopisteet/a.md")  # the whole plan: to the note on the area page
    assert elsewhere.text(model.Teksti(fi="Tieto*", sv="-")) == (
        f'Tieto[\\*](painopisteet/a.md{note}){{: .footnote-ref aria-label="Huomautus 1" }}')


class _Renamed(jinja2.ext.Extension):
    """Changes the source before it is compiled: the same source, other code."""

    def preprocess(self, source, name, filename=None):
        return source.replace("old", "new")


def test_theme_templates_compiled_once_and_again_when_source_or_extensions_change():
    cache = render.CompiledInMemory()
    sources = {"page.html": "old {{ x }}"}
    stored = []
    dump = cache.dump_bytecode
    cache.dump_bytecode = lambda bucket: stored.append(bucket.key) or dump(bucket)

    def env(*extensions):
        return jinja2.Environment(loader=jinja2.DictLoader(sources), bytecode_cache=cache, extensions=extensions)

    assert env().get_template("page.html").render(x=1) == "old 1"
    assert env().get_template("page.html").render(x=2) == "old 2"
    assert len(stored) == 1  # the second environment used the compiled code
    assert env(_Renamed).get_template("page.html").render(x=3) == "new 3"
    assert env().get_template("page.html").render(x=4) == "old 4"
    assert len(stored) == 2
    sources["page.html"] = "changed {{ x }}"
    assert env().get_template("page.html").render(x=5) == "changed 5"
    assert len(stored) == 3
