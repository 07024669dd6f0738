"""Each page template gets exactly the names it uses (contexts.py), and the view helpers the
templates call work on their own (render.PageViews)."""

import dataclasses
import datetime as dt

import pytest
from jinja2 import meta, nodes

from plan.outputs import contexts, render
from plan.site import urls
from plan.site import pages as site_pages

ENV = render._environment()


def _tree(name: str) -> nodes.Template:
    return ENV.parse(ENV.loader.get_source(ENV, name)[0])


def _family(name: str, seen: list[str] | None = None) -> list[str]:
    """The template and every template it includes, directly or not."""
    seen = [] if seen is None else seen
    if name not in seen:
        seen.append(name)
        for ref in meta.find_referenced_templates(_tree(name)):
            if ref:
                _family(ref, seen)
    return seen


def names_used(template: str) -> set[str]:
    """The names a page template reads from its context: those its family reads and none of them
    sets (`set`, `with`, `for`, macro arguments), without those that may be missing (`is defined`, `| default`)."""
    family = [_tree(t) for t in _family(template)]
    read = set().union(*(meta.find_undeclared_variables(t) for t in family))
    set_here = {n.name for t in family for n in t.find_all(nodes.Name) if n.ctx in ("store", "param")}
    optional = {n.node.name for t in family for n in [*t.find_all(nodes.Test), *t.find_all(nodes.Filter)]
                if n.name in ("defined", "default") and isinstance(n.node, nodes.Name)}
    return read - set_here - optional


@pytest.mark.parametrize("template", sorted(contexts.BY_TEMPLATE))
def test_a_template_gets_exactly_the_names_it_uses(template):
    given = {f.name for f in dataclasses.fields(contexts.BY_TEMPLATE[template])}
    used = names_used(template)
    assert not used - given, f"{template} uses names its context lacks: {sorted(used - given)}"
    assert not given - used, f"{template}'s context has names it never uses: {sorted(given - used)}"


def test_every_registered_template_has_a_context():
    assert {k.template for k in site_pages.KINDS if k.template} == set(contexts.BY_TEMPLATE)


@pytest.fixture(scope="module")
def views(real_plan):
    renderer = render.Renderer(real_plan, dt.date(2026, 12, 7))
    paths = urls.Paths(real_plan.documents[0].meta)
    return {lang: render.PageViews(renderer, "painopisteet/turvallisuus.md", lang, reviewed=False, plan=real_plan,
                                   doc=None, paths=paths) for lang in ("fi", "sv")}


def test_views_link_from_the_page_s_own_place(views):
    assert views["fi"].link("seuranta.md") == "../seuranta.md"
    assert views["sv"].site_root == "../../../" and views["fi"].site_root == "../../"
    assert views["fi"].feed == "../../feed.xml"


def test_views_write_front_matter_and_sentences_escaped(views):
    assert views["fi"].meta(title="A & <b>") == '---\ntitle: A &amp; &lt;b&gt;\n---\n'
    assert "\\*" in views["fi"].sentence("goal_deadline_passed", deadline="*x*")


def test_the_translation_notice_is_on_unreviewed_swedish_pages_only(views):
    assert views["fi"].translation_notice == ""
    assert views["sv"].translation_notice != ""


def test_views_of_a_goal(views, real_plan):
    area = real_plan.painopisteet[0]
    goal = area.tavoitteet[0]
    assert views["fi"].area_path(area) == f"painopisteet/{area.id}.md"
    assert views["fi"].goal_deadline(goal)
    assert 'class="status' in views["sv"].badge("ei-raportoitu")


@pytest.fixture(scope="module")
def easy_views(progress_plan):
    renderer = render.Renderer(progress_plan, dt.date(2026, 11, 23))
    paths = urls.Paths(progress_plan.documents[0].meta)
    return {lang: render.PageViews(renderer, "selkokieli/painopisteet/turvallisuus.md", lang, reviewed=True,
                                   plan=progress_plan, doc=progress_plan.documents[0], paths=paths) for lang in ("fi", "sv")}


def test_views_of_an_easy_page(easy_views, views):
    assert easy_views["fi"].standard_page == "painopisteet/turvallisuus.md" and views["fi"].standard_page is None
    # The statuses in easy words on an easy page, in the standard words elsewhere.
    assert "Työ ei ole vielä alkanut." in easy_views["fi"].badge("ei-aloitettu")
    assert "Arbetet har inte börjat ännu." in easy_views["sv"].badge("ei-aloitettu")
    assert "Ei aloitettu" in views["fi"].badge("ei-aloitettu")
    assert easy_views["fi"].easy_state == ""  # the plan is in force on 2026-11-23
    assert easy_views["fi"].items(easy_views["fi"].plan.painopisteet[0].otsikko)
