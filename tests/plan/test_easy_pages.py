"""The easy-language pages (issue 27) as the renderer makes them, in both languages: a page only where
its texts are written, a heading that says it is easy language, the notice until an expert has
checked the text, the link to the standard page, and each goal's status in easy words from the
same progress as the standard pages (progress_plan: the data with test progress, which gives the
easy areas every status)."""

import datetime as dt
import re

import pytest

from plan.domain import model, progress
from plan.labels import Labels
from plan.outputs import render
from plan.site import pages as site_pages
from plan.site import urls

AS_OF = dt.date(2026, 11, 23)


def _pages(plan, as_of=AS_OF) -> dict[tuple[str, str], str]:
    return {(p.lang, p.path): p.markdown for p in render.Renderer(plan, as_of).pages()}


@pytest.fixture(scope="module")
def made(progress_plan):
    return _pages(progress_plan)


@pytest.fixture(scope="module")
def easy(progress_plan):
    return site_pages.easy_pages(progress_plan)


def _h1(markdown: str) -> str:
    return next(line[2:] for line in markdown.splitlines() if line.startswith("# "))


def _link_targets(markdown: str) -> list[str]:
    return re.findall(r"\]\(([^)#]+)", markdown)


def _resolve(page: str, target: str) -> str:
    """A Markdown link's target from `page`, as a source path (MkDocs resolves them the same way)."""
    parts = page.split("/")[:-1]
    for step in target.split("/"):
        if step == "..":
            parts.pop()
        elif step != ".":
            parts.append(step)
    return "/".join(parts)


def test_no_easy_page_without_the_easy_texts(real_plan):
    plan = real_plan.model_copy(update={"selkokieli": None})
    assert site_pages.easy_pages(plan) == []
    assert not [p for (_, p) in _pages(plan) if urls.standard(p) is not None]


def test_each_easy_kind_is_made_where_its_texts_are(progress_plan, easy, made):
    areas_with_texts = [a.id for a in progress_plan.painopisteet if a.selkokieli]
    assert [e.kind for e in easy] == [site_pages.EASY_HOME, *[site_pages.EASY_AREA] * len(areas_with_texts),
                                      site_pages.EASY_STRATEGY, site_pages.EASY_FOLLOW_UP]
    assert [e.subject.id for e in easy if e.kind is site_pages.EASY_AREA] == areas_with_texts
    assert [e.path for e in easy] == [
        "selkokieli/index.md", *(f"selkokieli/painopisteet/{a}.md" for a in areas_with_texts),
        "selkokieli/strategia-2026-2029/index.md", "selkokieli/seuranta.md"]
    for lang in model.LANGUAGES:
        assert {p for (lg, p) in made if lg == lang and urls.standard(p) is not None} == {e.path for e in easy}


@pytest.mark.parametrize("lang, says", [("fi", " selkosuomeksi"), ("sv", " på lätt svenska")])
def test_every_easy_page_says_in_its_heading_that_it_is_easy_language(made, easy, lang, says):
    for page in easy:
        assert _h1(made[lang, page.path]).endswith(says), page.path
        assert f"title: {_h1(made[lang, page.path])}" in made[lang, page.path]  # the page's title too


@pytest.mark.parametrize("lang", model.LANGUAGES)
def test_every_easy_page_links_to_its_standard_page(made, easy, lang):
    words = Labels(lang)["easy_to_standard"]
    for page in easy:
        markdown = made[lang, page.path]
        link = re.search(rf"\[{re.escape(words)}\]\(([^)]+)\)", markdown)
        assert link, page.path
        standard = _resolve(page.path, link.group(1))
        assert standard == urls.standard(page.path), page.path
        assert (lang, standard) in made or standard == site_pages.FOLLOW_UP.path, page.path  # that one is hand-written


@pytest.mark.parametrize("lang", model.LANGUAGES)
def test_the_not_checked_notice_is_there_until_the_text_is_checked(progress_plan, easy, made, lang):
    notice = render.escape(Labels(lang)["easy_not_checked"])
    assert all(notice in made[lang, e.path] for e in easy)
    # Checked: an area's own flag for its page, data/selkokieli.yml's for the others.
    area = next(a for a in progress_plan.painopisteet if a.selkokieli)
    checked = area.model_copy(update={"selkokieli": area.selkokieli.model_copy(update={"tarkistettu": True})})
    plan = progress_plan.model_copy(update={
        "painopisteet": [checked if a.id == area.id else a for a in progress_plan.painopisteet],
        "selkokieli": progress_plan.selkokieli.model_copy(update={"tarkistettu": True})})
    now = _pages(plan)
    still = [e.path for e in easy if notice in now[lang, e.path]]
    assert still == [e.path for e in easy if e.kind is site_pages.EASY_AREA and e.subject.id != area.id]


def test_the_easy_language_mark_is_never_shown(made, easy):
    for lang in model.LANGUAGES:
        for page in easy:
            assert "selkotunnus" not in made[lang, page.path].lower() and "<img" not in made[lang, page.path]


@pytest.mark.parametrize("lang", model.LANGUAGES)
def test_each_goal_s_status_is_told_in_easy_words_from_progress(progress_plan, made, easy, lang):
    words = Labels(lang)["easy_status"]
    shown = set()
    for page in (e for e in easy if e.kind is site_pages.EASY_AREA):
        markdown = made[lang, page.path]
        sections = markdown.split("\n## ")[1:]
        assert len(sections) == len(page.subject.tavoitteet), page.path
        for goal, section in zip(page.subject.tavoitteet, sections):
            category = progress.goal_progress(goal, AS_OF).category
            assert f'status--{category}"' in section and f"{words[category]}</span>" in section, (goal.id, section)
            assert Labels(lang)["status"][category] not in section  # not the standard words
            shown.add(category)
    # The test progress gives the easy areas every category.
    assert shown == set(progress.Category), shown


def test_an_ended_plan_s_easy_page_says_so_and_not_reported_in_its_period(progress_plan):
    after = dt.date(2027, 3, 1)
    page = next(e for e in site_pages.easy_pages(progress_plan) if e.kind is site_pages.EASY_AREA)
    for lang in model.LANGUAGES:
        markdown = _pages(progress_plan, after)[lang, page.path]
        labels = Labels(lang)
        assert render.escape(labels["easy_doc_paattynyt"]["suunnitelma"].format(end=2026)) in markdown
        unreported = [g for g in page.subject.tavoitteet if progress.goal_progress(g, after).status is progress.Status.EI_RAPORTOITU]
        if unreported:
            assert labels["easy_status_not_reported_in_period"] in markdown


@pytest.mark.parametrize("lang", model.LANGUAGES)
def test_the_easy_start_page_leads_to_every_other_easy_page(made, easy, lang):
    start = made[lang, site_pages.EASY_HOME.path]
    targets = {_resolve(site_pages.EASY_HOME.path, t) for t in _link_targets(start)}
    assert {e.path for e in easy if e.kind is not site_pages.EASY_HOME} <= targets


@pytest.mark.parametrize("lang", model.LANGUAGES)
def test_the_strategy_page_has_the_promises_in_their_order(progress_plan, made, easy, lang):
    page = next(e for e in easy if e.kind is site_pages.EASY_STRATEGY)
    assert page.subject.id == progress_plan.selkokieli.strategia
    items = re.findall(r"^(\d+)\. (.+)$", made[lang, page.path], re.M)
    assert [int(n) for n, _ in items] == list(range(1, len(page.subject.meta.muutoslupaukset) + 1))
    assert [render.escape(p[lang]) for p in progress_plan.selkokieli.lupaukset] == [text for _, text in items]


@pytest.mark.parametrize("text, expected", [
    ("Teemme selvityksen.", "Teemme selvityksen\\."),
    # A second sentence may explain a word of the first: it stays with it.
    ("Teemme selvityksen. Selvitys kertoo asiasta.", "Teemme selvityksen\\. Selvitys kertoo asiasta\\."),
    ("Kunnat.\nJärjestöt.", "- Kunnat\\.\n- Järjestöt\\."),
    ("- Kunnat\n- Järjestöt\n", "- Kunnat\n- Järjestöt"),
])
def test_an_easy_text_written_on_several_lines_becomes_a_list(text, expected):
    assert render.easy_items(model.Teksti(fi=text, sv="x"), "fi") == expected


def test_a_later_plan_leaves_the_earlier_plan_s_easy_pages_where_they_are(tmp_path, real_plan):
    from second_plan_fixture import data_with_second_plan
    from plan.data import load

    plan = load.load(data_with_second_plan(tmp_path / "data"), as_of=dt.date(2027, 1, 15)).plan
    before = {e.path for e in site_pages.easy_pages(real_plan)}
    made = _pages(plan, dt.date(2027, 1, 15))
    for lang in model.LANGUAGES:
        assert before <= {p for (lg, p) in made if lg == lang}  # no published address changes
        first_area = next(p for p in sorted(before) if "/painopisteet/" in p)
        assert render.escape(Labels(lang)["easy_doc_paattynyt"]["suunnitelma"].format(end=2026)) in made[lang, first_area]
        # The easy start page lists the areas of the plan in force, which has no easy texts yet.
        start = made[lang, site_pages.EASY_HOME.path]
        assert not [t for t in _link_targets(start) if "painopisteet/" in t], start
