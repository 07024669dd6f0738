"""The page register: every kind of page the site has, in the order of the site's menu.

A kind is one entry: its name, its source path (the same in both languages; None for the pages
each document has, whose paths urls.Paths gives), its template in templates/ (None for a page
written by hand in docs/), whether the menu lists it and whether it is an easy-language page (the
counterpart of a standard page, urls.easy). The renderer builds a kind's context in
`Renderer._context_<name>`. The reserved folders (which no document's address may take), the
pages a data text may link to, the menu and the easy-language pages are derived from here.
Plain Python: no MkDocs here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from plan.domain import model
from plan.site import urls


@dataclass(frozen=True)
class Kind:
    name: str
    path: str | None  # None: one page per document (urls.Paths)
    template: str | None  # None: written by hand in docs/<lang>/
    in_menu: bool = True
    easy: bool = False  # an easy-language page (selkokieli, lätt svenska): see easy_pages


HOME = Kind("home", urls.HOME, "home.md.j2")
PLAN = Kind("plan", None, "plan.md.j2")
AREA = Kind("area", None, "area.md.j2")
WITHDRAWN_AREA = Kind("withdrawn_area", None, "withdrawn_area.md.j2", in_menu=False)
WHOLE_PLAN = Kind("whole_plan", None, "whole_plan.md.j2")
STRATEGY = Kind("strategy", None, "strategy.md.j2")
DOCUMENT = Kind("document", None, "document.md.j2")
EARLIER = Kind("earlier", "aiemmat-suunnitelmat-ja-strategiat.md", "earlier.md.j2")
WHATS_NEW = Kind("whats_new", "mita-uutta.md", "whats_new.md.j2")
FOLLOW_UP = Kind("follow_up", "seuranta.md", None)
# For editors mostly, and in the menu for residents too: which goals lack a report is as public as
# the goals' own pages, and a page of the site that no menu names is found only by chance.
REPORTING = Kind("reporting", "raportoinnin-tilanne.md", "reporting.md.j2")
OPEN_DATA = Kind("open_data", "avoin-data.md", "open_data.md.j2")
STATEMENT = Kind("statement", "saavutettavuusseloste.md", "statement.md.j2")
REPORT = Kind("report", "saavutettavuusseloste/testiraportti.md", "a11y_report.md.j2")  # only with a test report
# The easy-language pages (issue 27), each the counterpart of a standard page (urls.easy). Not in the
# menu: the header's entry beside the language switch leads to them from every page, as on Finnish
# public sites, and the easy start page lists them; in the menu they would double it in another form
# of the language.
EASY_HOME = Kind("easy_home", urls.easy(HOME.path), "easy_home.md.j2", in_menu=False, easy=True)
EASY_AREA = Kind("easy_area", None, "easy_area.md.j2", in_menu=False, easy=True)
EASY_STRATEGY = Kind("easy_strategy", None, "easy_strategy.md.j2", in_menu=False, easy=True)
EASY_FOLLOW_UP = Kind("easy_follow_up", urls.easy(FOLLOW_UP.path), "easy_follow_up.md.j2", in_menu=False, easy=True)

KINDS = (HOME, PLAN, AREA, WITHDRAWN_AREA, WHOLE_PLAN, STRATEGY, DOCUMENT, EARLIER, WHATS_NEW, FOLLOW_UP,
         REPORTING, OPEN_DATA, STATEMENT, REPORT, EASY_HOME, EASY_AREA, EASY_STRATEGY, EASY_FOLLOW_UP)
# The site's pages of one each that the renderer makes, in the order it makes them: the statement and
# the report name other pages by their titles, so they come last.
GENERATED_SINGLE = (EARLIER, OPEN_DATA, REPORTING, WHATS_NEW)

# Folders of the site that hold no page of the register: open data, the Swedish pages, the theme's
# files, the search index and the browser editor.
_OTHER_FOLDERS = {"data", *model.LANGUAGES[1:], "assets", "search", "pagefind", "admin"}

DOCS = Path(__file__).resolve().parents[3] / "docs"


def reserved_folders() -> set[str]:
    """The first segments of the site's own addresses, which no document's address may take."""
    paths = [k.path for k in KINDS if k.path and k.path != urls.HOME] + list(urls.FIRST_ADDRESSES)
    return {p.split("/")[0].removesuffix(".md") for p in paths} | _OTHER_FOLDERS


def document_pages(doc: model.Document) -> list[str]:
    """The pages one document has (withdrawn areas' notices included)."""
    paths = urls.Paths(doc.meta)
    if doc.suunnitelma:
        return [paths.main, *(paths.area(a) for a in doc.painopisteet),
                *(paths.area(r) for r in doc.suunnitelma.poistetut_painopisteet), paths.whole]
    return [paths.main]


@dataclass(frozen=True)
class EasyPage:
    kind: Kind
    path: str
    subject: object  # what it shows: the easy texts (model.Selkokieli), an area or the strategy's document
    doc: model.Document | None = None  # the plan an area page is of


def easy_pages(plan: model.Plan) -> list[EasyPage]:
    """The easy-language pages the site has, each only where its texts are written: none without
    data/selkokieli.yml (the easy part's start page), then the start page, a page for each area with
    `selkokieli:` of every plan (an ended plan's easy pages stay at their addresses, as its standard
    pages do), the strategy of the promises and the follow-up."""
    texts = plan.selkokieli
    if texts is None:
        return []
    strategy = plan.document(texts.strategia)
    areas = [EasyPage(EASY_AREA, urls.easy(urls.Paths(doc.meta).area(a)), a, doc)
             for doc in plan.documents if doc.suunnitelma for a in doc.painopisteet if a.selkokieli]
    return [
        EasyPage(EASY_HOME, EASY_HOME.path, texts),
        *areas,
        EasyPage(EASY_STRATEGY, urls.easy(urls.Paths(strategy.meta).main), strategy),
        EasyPage(EASY_FOLLOW_UP, EASY_FOLLOW_UP.path, texts),
    ]


def easy_links(paths: Iterable[str]) -> dict:
    """For the theme (the header's entry, the standard pages' link, the easy pages' layout): each
    language's easy start page, and each easy page and its standard page both ways, from a page's
    source ("fi/painopisteet/x.md") to the other's address below the site's root. Empty when the
    site has no easy pages."""
    easy = {p: std for p in paths if (std := urls.standard(p)) is not None}
    if not easy:
        return {}
    return {
        "home": {lang: urls.site_path(EASY_HOME.path, lang) for lang in model.LANGUAGES},
        "to_easy": {f"{lang}/{std}": urls.site_path(e, lang) for lang in model.LANGUAGES for e, std in easy.items()},
        "to_standard": {f"{lang}/{e}": urls.site_path(std, lang) for lang in model.LANGUAGES for e, std in easy.items()},
    }


def linkable(document_pages: Iterable[str], docs: Path = DOCS / model.LANGUAGES[0]) -> set[str]:
    """The pages a data text may link to: the register's standard pages of one each, the documents'
    pages (`document_pages`) and those written by hand, as source paths. Not the easy-language pages,
    which exist only while their texts do; the templates link them."""
    written = {p.relative_to(docs).as_posix() for p in docs.rglob("*.md")} if docs.is_dir() else set()
    return {k.path for k in KINDS if k.path and not k.easy} | set(document_pages) | written


def menu(plan: model.Plan, with_report: bool = False) -> list:
    """The site's menu as MkDocs `nav` config (language-neutral paths; titles from the pages). The
    documents at the site's first addresses keep their places; every further document adds its own
    page, from which its other pages are linked."""
    first, strategy = (urls.Paths(next(d.meta for d in plan.documents if d.meta.laji == laji and d.meta.osoite is None))
                       for laji in ("suunnitelma", "strategia"))
    further = [urls.Paths(d.meta).main for d in plan.documents if d.meta.osoite is not None]
    by_document = {
        PLAN: [first.main],
        AREA: [{"Painopisteet": [first.area(a) for a in plan.painopisteet]}],
        WHOLE_PLAN: [first.whole],
        STRATEGY: [strategy.main],
        DOCUMENT: further,
    }
    items: list = []
    for kind in KINDS:
        if not kind.in_menu or (kind is REPORT and not with_report):
            continue
        items += by_document[kind] if kind.path is None else [kind.path]
    return items
