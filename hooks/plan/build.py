"""The engine-neutral build: the site's pages and files from the data and the settings, and the
fixes of the built site. No MkDocs here: hooks/site.py hands `prepare`'s pages and menu to MkDocs,
passes each page's HTML through `page_html` and calls `finish` on the built folder. Another engine
that builds Markdown pages into a folder could drive the same three steps.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from plan import config
from plan.data import load
from plan.domain import a11y_report, model
from plan.outputs import earl, render
from plan.postbuild import admin_site, assets, html_fixes, page_words, search, sitemap
from plan.site import pages

# The preview's loader (preview.LastGood.load): the last good data and the errors of the newest.
Loader = Callable[[Path, dt.date], tuple[load.Loaded, "load.DataErrors | None"]]
# What `page_html` and `finish` raise when the theme's markup or the built site is not as expected.
BuildErrors = (html_fixes.HtmlFixError, search.SearchIndexError, admin_site.AdminBuildError)


@dataclass
class Site:
    """Everything a build makes before the engine runs."""

    loaded: load.Loaded
    errors: load.DataErrors | None  # only in the preview, which shows the last good data
    pages: dict[str, str]  # "<lang>/<source path>" → Markdown
    files: dict[str, bytes]  # path in the site → content: open data, feeds, the test report's JSON and EARL
    menu: list  # the MkDocs-shaped nav of pages.menu
    easy: dict = field(default_factory=dict)  # pages.easy_links: the easy-language pages for the theme
    error_pages: dict[str, str] = field(default_factory=dict)  # language → the finished 404 page


def checked(data_dir: Path, *, as_of: dt.date, allow_untranslated: bool = False) -> load.Loaded:
    """`load.load`, and the internal links with an anchor checked against the rendered pages;
    raises load.DataErrors with every problem."""
    loaded = load.load(data_dir, allow_untranslated=allow_untranslated, as_of=as_of)
    if loaded.anchored:  # rare: rendering the pages for their ids costs time
        made = {p.path: p.markdown for p in render.Renderer(loaded.plan, as_of).pages() if p.lang == model.LANGUAGES[0]}
        if errors := load.anchor_errors(loaded, made):
            raise load.DataErrors(errors)
    return loaded


def prepare(settings: config.Settings, site_url: str | None, *, loader: Loader | None = None,
            edit_address: Callable[[str], str | None] | None = None) -> Site:
    """The pages, files and menu as of the settings' date; raises load.DataErrors (or load.LoadBug)
    unless `loader` (the preview's) keeps the last good data."""
    started = time.perf_counter()
    as_of = settings.as_of
    if loader:
        loaded, errors = loader(settings.data_dir, as_of)
    else:
        loaded, errors = checked(settings.data_dir, as_of=as_of), None
    plan = loaded.plan
    report = a11y_report.load(settings.a11y_report_file)
    files: dict[str, bytes] = {}
    if report:
        manual = earl.manual_results(plan.kasiarviointi)
        files[a11y_report.JSON_NAME] = report[1].encode("utf-8")
        files[earl.EARL_NAME] = earl.text(report[0], report[0].coverage, manual, site_url or None).encode("utf-8")
    renderer = render.Renderer(plan, as_of, report[0] if report else None, site_url or None, edit_address)
    made = {f"{p.lang}/{p.path}": p.markdown for p in renderer.pages()}
    files = {**{f.path: f.content for f in renderer.files(site_url)}, **files}
    site = Site(loaded, errors, made, files, pages.menu(plan, with_report=bool(report)),
                pages.easy_links({p.split("/", 1)[1] for p in made}))
    if settings.timings_file:  # benchmarks/run.py: seconds of our own data work (load, check, progress, render)
        settings.timings_file.write_text(json.dumps({"data_work_s": time.perf_counter() - started}), encoding="utf-8")
    return site


def page_html(html: str, lang: str) -> str:
    """A built page (or the 404) made whole: the theme's markup fixed, long words given soft hyphens."""
    return page_words.soft_hyphens(html_fixes.fix_page(html), lang)


def finish(site_dir: Path, site: Site, settings: config.Settings, site_url: str | None, stylesheets: list[str]) -> None:
    """The built folder completed: the generated files and 404 pages written, the theme's unused
    scripts removed, the search index made, the stylesheets cut, the sitemap kept only with a public
    address, the browser editor written."""
    for path, content in site.files.items():
        target = site_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    for lang, html in site.error_pages.items():
        target = site_dir / ("404.html" if lang == model.LANGUAGES[0] else f"{lang}/404.html")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
    assets.remove_material_scripts(site_dir)
    indexing = search.Indexing(site_dir)
    # Beside Pagefind, which only reads the pages: the stylesheets are cut to what they use.
    assets.lighten_stylesheets(site_dir, stylesheets)  # it reads every page written above
    indexing.finish()
    sitemap.remove_without_address(site_dir, site_url)
    # After search and the stylesheets: the editor is not a page of the site.
    admin_site.write(site_dir, settings.cms_repo, settings.cms_auth_url, today=settings.as_of, data_dir=settings.data_dir)
