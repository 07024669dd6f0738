"""The page register (pages.py) and the URL module (urls.py): one entry per page kind, every page
the renderer makes is of a registered kind, and only urls.py computes addresses (issue 25)."""

import datetime as dt
import re
from pathlib import Path

import pytest

from plan.domain import model
from plan.outputs import render
from plan.site import urls
from plan.site import pages as site_pages

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "hooks" / "plan" / "outputs" / "templates"


@pytest.fixture(scope="module")
def built(real_plan):
    return render.Renderer(real_plan, dt.date(2026, 12, 7)).pages()


@pytest.mark.parametrize("page, fi, sv", [
    ("index.md", "/", "/sv/"),
    ("strategia.md", "/strategia/", "/sv/strategia/"),
    ("painopisteet/turvallisuus.md", "/painopisteet/turvallisuus/", "/sv/painopisteet/turvallisuus/"),
    ("strategia-2026-2029/index.md", "/strategia-2026-2029/", "/sv/strategia-2026-2029/"),
    ("selkokieli/index.md", "/selkokieli/", "/sv/selkokieli/"),
    ("selkokieli/painopisteet/turvallisuus.md", "/selkokieli/painopisteet/turvallisuus/", "/sv/selkokieli/painopisteet/turvallisuus/"),
])
def test_an_address_and_its_page_are_each_other_s(page, fi, sv):
    assert (urls.address(page, "fi"), urls.address(page, "sv")) == (fi, sv)
    others = ["strategia.md", "index.md", "painopisteet/turvallisuus.md", "suunnitelma.md"]
    assert urls.page_of(fi, [*others, page]) == urls.page_of(sv, [*others, page]) == page
    assert urls.page_of(fi, [p for p in others if p != page]) is None


@pytest.mark.parametrize("page, lang, root, home", [
    ("index.md", "fi", "", ""),
    ("index.md", "sv", "../", ""),
    ("avoin-data.md", "fi", "../", "../"),
    ("saavutettavuusseloste/testiraportti.md", "sv", "../../../", "../../"),
    # A document's own page is its folder's index: one folder deep, not two.
    ("strategia-2026-2029/index.md", "fi", "../", "../"),
])
def test_relative_addresses_count_the_page_s_address_not_its_file(page, lang, root, home):
    assert urls.to_root(page, lang) == root
    assert urls.to_home(page) == home
    assert urls.from_page(page, "index.md") == home + "./"
    assert urls.from_page(page, "strategia.md", "arvot") == home + "strategia/#arvot"


def test_absolute_addresses_are_below_the_language_s_home():
    assert urls.absolute("https://example.org/h/", "mita-uutta/", "sv") == "https://example.org/h/sv/mita-uutta/"
    assert urls.absolute("https://example.org/h/", "feed.xml", "fi") == "https://example.org/h/feed.xml"


def test_every_generated_page_is_of_a_registered_kind(built, real_plan):
    single = {k.path for k in site_pages.KINDS if k.path}
    per_document = {p for d in real_plan.documents for p in site_pages.document_pages(d)}
    easy = {e.path for e in site_pages.easy_pages(real_plan)}
    made = {p.path for p in built}
    assert made <= single | per_document | easy
    assert made >= {k.path for k in site_pages.KINDS if k.path and k.template and k is not site_pages.REPORT and not k.easy}


@pytest.mark.parametrize("page", ["index.md", "seuranta.md", "painopisteet/turvallisuus.md", "strategia-2026-2029/index.md"])
def test_an_easy_page_is_its_standard_page_s_path_in_the_easy_folder(page):
    assert urls.standard(urls.easy(page)) == page
    assert urls.address(urls.easy(page), "sv") == "/sv/selkokieli" + urls.address(page, "fi")
    assert urls.standard(page) is None


def test_the_easy_pages_are_the_counterparts_of_the_site_s_standard_pages(progress_plan):
    easy = site_pages.easy_pages(progress_plan)
    standard = {p for d in progress_plan.documents for p in site_pages.document_pages(d)} | {
        k.path for k in site_pages.KINDS if k.path and not k.easy}
    assert {urls.standard(e.path) for e in easy} <= standard
    assert all(e.kind.easy and not e.kind.in_menu for e in easy)
    links = site_pages.easy_links(["index.md", "painopisteet/turvallisuus.md", *(e.path for e in easy)])
    assert links["home"] == {"fi": "selkokieli/", "sv": "sv/selkokieli/"}
    assert links["to_easy"]["sv/painopisteet/turvallisuus.md"] == "sv/selkokieli/painopisteet/turvallisuus/"
    assert links["to_easy"]["fi/seuranta.md"] == "selkokieli/seuranta/"  # a hand-written page's counterpart too
    assert links["to_standard"]["fi/selkokieli/index.md"] == ""
    assert links["to_standard"]["sv/selkokieli/strategia-2026-2029/index.md"] == "sv/strategia-2026-2029/"
    assert len(links["to_easy"]) == len(links["to_standard"]) == 2 * len(easy)
    assert site_pages.easy_links(["index.md", "seuranta.md"]) == {}


def test_each_kind_has_its_template_and_the_single_ones_their_context():
    for kind in site_pages.KINDS:
        if kind.template:
            assert (TEMPLATES / kind.template).is_file(), kind
        if kind.path and kind.template:
            assert callable(getattr(render.Renderer, f"_context_{kind.name}", None)), kind


def test_hand_written_pages_are_registered():
    for lang in model.LANGUAGES:
        written = {p.relative_to(ROOT / "docs" / lang).as_posix() for p in (ROOT / "docs" / lang).rglob("*.md")}
        assert written == {k.path for k in site_pages.KINDS if k.path and not k.template}, lang


def test_reserved_folders_are_the_register_s_and_the_site_s_files():
    assert site_pages.reserved_folders() == {
        "painopisteet", "suunnitelma", "strategia", "koko-suunnitelma", "mita-uutta", "seuranta", "avoin-data",
        "saavutettavuusseloste", "aiemmat-suunnitelmat-ja-strategiat", "data", "sv", "assets", "search", "pagefind",
        "raportoinnin-tilanne", "admin", "selkokieli",
    }


def test_a_data_text_may_link_to_every_registered_standard_page():
    # The reporting overview was missing from the old list of pages a data link may lead to.
    linkable = site_pages.linkable([])
    assert {k.path for k in site_pages.KINDS if k.path and not k.easy} <= linkable
    assert "raportoinnin-tilanne.md" in linkable
    # Not the easy pages: they exist only while their texts do.
    assert not {p for p in linkable if urls.standard(p) is not None}


def test_the_menu_lists_the_register_s_kinds_in_order(real_plan):
    menu = site_pages.menu(real_plan, with_report=True)
    flat = [p for item in menu for p in (item["Painopisteet"] if isinstance(item, dict) else [item])]
    assert flat[:2] == ["index.md", "suunnitelma.md"]
    assert flat[-4:] == ["raportoinnin-tilanne.md", "avoin-data.md", "saavutettavuusseloste.md",
                         "saavutettavuusseloste/testiraportti.md"]
    assert "seuranta.md" in flat and not any("poistettu" in p for p in flat)
    assert not [p for p in flat if urls.standard(p) is not None]  # the header's entry leads to the easy pages


def test_only_the_url_module_climbs_folders():
    """Addresses relative to a page ("../" per folder) are made in urls.py only."""
    climbing = re.compile(r"""["']\.\./["']\s*\*""")
    files = [*(ROOT / "hooks").rglob("*.py"), *TEMPLATES.glob("*.j2"), *(ROOT / "overrides").rglob("*.html")]
    found = [f.relative_to(ROOT).as_posix() for f in files if climbing.search(f.read_text(encoding="utf-8"))]
    assert found == ["hooks/plan/site/urls.py"]
