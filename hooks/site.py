"""MkDocs adapter: the only module that imports MkDocs. Each event hands over to plain modules.

mkdocs-static-i18n runs one build per language and reorganises files at priority -100. It fails
on generated pages that already hold their content and drops files outside docs_dir, so generated
pages are added (with a source path inside docs_dir) above -100 and given their content below it.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sysconfig
import time
from pathlib import Path

import jinja2
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import File
from mkdocs.theme import Theme

from plan import (
    a11y_report, admin_site, assets, build, check, cms_config, config as settings_of, earl, html_fixes, languages, load, model, page_words, pages,
    places, preview, render, search, sitemap,
)
from plan.labels import all_labels

_settings: list[settings_of.Settings] = []  # read once per build, in on_config
_report_files: dict[str, str] = {}  # the report's JSON and EARL as published, for on_post_build
_pages: dict[str, str] = {}  # "fi/painopisteet/x.md" → Markdown, for this build
_error_pages: dict[str, str] = {}  # language → rendered 404 page
_nav: list = []  # the navigation of this build
_files: list[render.GeneratedFile] = []  # open data and feeds, for on_post_build
_preview: list[preview.LastGood] = []  # set under `mkdocs serve`
_theme_templates = render.CompiledInMemory()  # kept across the builds of both languages and every rebuild
# MkDocs polls the watched folders every 0.5 s, a quarter of a second's wait on average per save;
# a poll of data/, docs/, hooks/ and overrides/ takes under a millisecond.
PREVIEW_POLL_S = 0.1
# After a change MkDocs waits until 0.1 s pass with no further change before it rebuilds; a save,
# by hand or from the browser editor, arrives as one write (or a write and a rename) within a few
# milliseconds, so 20 ms is enough to take it whole.
PREVIEW_SETTLE_S = 0.02
_PACKAGES = {Path(sysconfig.get_path(p)).resolve() for p in ("purelib", "platlib")}  # installed themes
log = logging.getLogger("mkdocs.hooks.site")


def on_startup(command, dirty):
    _preview[:] = [preview.LastGood()] if command == "serve" else []
    if command == "serve" and not getattr(Theme.get_env, "lists_once", False):
        Theme.get_env = _listing_theme_files_once(Theme.get_env)


def _listing_theme_files_once(get_env):
    """Theme.get_env whose environment lists the installed theme's files once per process. MkDocs
    walks every theme folder and matches each of Material's ~14,500 files (mostly icons) against its
    patterns on every build, twice per preview refresh (a fifth of it); the installed theme does not
    change while the preview runs, the project's own overrides/ are still walked every time."""
    listed: dict[tuple[str, ...], list[str]] = {}
    verdicts: dict[str, bool] = {}  # MkDocs's filter looks only at the name

    def cached_get_env(theme):
        env = get_env(theme)
        installed = tuple(d for d in theme.dirs if any(Path(d).resolve().is_relative_to(p) for p in _PACKAGES))
        own = [d for d in theme.dirs if d not in installed]

        def list_templates(extensions=None, filter_func=None):
            if extensions is not None or filter_func is None:
                return jinja2.Environment.list_templates(env, extensions, filter_func)
            if installed not in listed:
                listed[installed] = jinja2.FileSystemLoader(installed).list_templates()
            names = sorted({*listed[installed], *jinja2.FileSystemLoader(own).list_templates()})
            for name in names:
                if name not in verdicts:
                    verdicts[name] = bool(filter_func(name))
            return [name for name in names if verdicts[name]]

        env.list_templates = list_templates
        return env

    cached_get_env.lists_once = True
    return cached_get_env


def on_serve(server, config, builder):
    # Watchdog sets the interval per emitter when a folder is scheduled, and MkDocs schedules
    # config.watch after this event: both the observer and the emitters made so far are set.
    server.observer._timeout = PREVIEW_POLL_S
    server.build_delay = PREVIEW_SETTLE_S
    for emitter in server.observer.emitters:
        emitter._timeout = PREVIEW_POLL_S
    return server


def on_config(config):
    # mkdocs-static-i18n builds each further language with the same config: the data is read
    # and every page rendered once per build, for both languages.
    if "data_errors" not in config.extra:
        try:
            _settings[:] = [settings_of.read()]
        except settings_of.SettingError as exc:
            raise PluginError(str(exc)) from None
        if config.site_url is None:  # not under `mkdocs serve`, which sets its own address
            config.site_url = _settings[0].site_url
        page_words.use_cache(_settings[0].compound_cache)
        _load_and_render(config, _settings[0])
    config.nav = _nav[0]
    config.extra["labels"] = all_labels()  # interface words for the theme overrides
    return config


_had_errors: list[bool] = []  # the preview's last rebuild showed data errors


def preview_notice(errors) -> list[dict]:
    """The preview's notice of data errors: per error, the place named by the browser editor's
    labels and the message, in each page language (places.py)."""
    if not errors:
        return []
    return [{lang: dataclasses.asdict(places.of(e, lang)) for lang in ("fi", "sv")} for e in errors.errors]


def _load_and_render(config, settings: settings_of.Settings):
    started = time.perf_counter()
    as_of = settings.as_of
    # A published build stops on the first data error, before anything is written.
    try:
        loaded, errors = _preview[0].load(settings.data_dir, as_of) if _preview else (build.checked(settings.data_dir, as_of=as_of), None)
    except load.DataErrors as exc:
        raise PluginError(check.explain(exc)) from None
    except load.LoadBug as exc:
        raise PluginError(check.bug_message(exc)) from None
    if errors:  # only in the preview; INFO, because a warning would fail `strict` and stall serve
        log.info(check.explain(errors, preview=True))
    config.extra["data_errors"] = preview_notice(errors)
    config.extra["data_fixed"] = bool(_had_errors and not errors)  # "Data on taas kunnossa" once
    _had_errors[:] = [True] if errors else []
    for line in check.untranslated_notice(loaded.untranslated):
        log.info(line)
    plan = loaded.plan
    report = a11y_report.load(settings.a11y_report_file)
    _report_files.clear()
    if report:
        manual = earl.manual_results(plan.kasiarviointi)
        _report_files.update({a11y_report.JSON_NAME: report[1],
                              earl.EARL_NAME: earl.text(report[0], report[0].coverage, manual, config.site_url or None)})
    _pages.clear()
    renderer = render.Renderer(plan, as_of, report[0] if report else None, config.site_url or None, cms_config.entry_address)
    for page in renderer.pages():
        _pages[f"{page.lang}/{page.path}"] = page.markdown
    _files[:] = renderer.files(config.site_url)
    _nav[:] = [pages.menu(plan, with_report=bool(report))]
    config.extra["organisation"] = plan.sivusto.organisaatio.nimi.model_dump()
    if settings.timings_file:  # benchmarks/run.py: seconds of our own data work (load, check, progress, render)
        settings.timings_file.write_text(json.dumps({"data_work_s": time.perf_counter() - started}), encoding="utf-8")


@event_priority(-100)  # after the plugins' own: the extensions they add are part of the cache key
def on_env(env, config, files):
    env.bytecode_cache = _theme_templates
    return env


@event_priority(0)
def _add_generated(files, config):
    for uri in _pages:
        files.append(File.generated(config, uri, abs_src_path=str(Path(config.docs_dir) / uri)))
    missing = languages.missing_counterparts(
        (f.src_uri for f in files.documentation_pages()), model.LANGUAGES
    )
    if missing:
        raise PluginError("Sivulta puuttuu toisen kielen vastine: " + ", ".join(missing))
    return files


@event_priority(-110)
def _fill_generated(files, config):
    for file in files.documentation_pages():
        if file.src_uri in _pages:
            file.content_string = _pages[file.src_uri]
    return files


on_files = CombinedEvent(_add_generated, _fill_generated)


def on_page_content(html, page, config, files):
    return page_words.explain_abbreviations(html, config.theme["language"])


def on_post_page(output, page, config):
    return page_words.soft_hyphens(_fixed_html(output), config.theme["language"])


def on_pre_template(template, template_name, config):
    if template_name == "404.html":
        # The 404 is no page: its alternates go to the language homes, not to the last page built.
        # mkdocs-static-i18n sets `extra.alternate` as an attribute too, and templates read that.
        homes = languages.home_alternates(config.extra["alternate"], all_labels())
        config.extra["alternate"] = config.extra.alternate = homes
    return template


def on_post_template(output, template_name, config):
    if template_name == "404.html":
        # the stock 404 is a theme template, not a page
        output = page_words.soft_hyphens(_fixed_html(output), config.theme["language"])
        _error_pages[config.theme["language"]] = output
    return output


def _fixed_html(html):
    try:
        return html_fixes.fix_page(html)
    except html_fixes.HtmlFixError as exc:
        raise PluginError(str(exc)) from None


@event_priority(-110)  # after mkdocs-static-i18n's own post-build
def on_post_build(config):
    # mkdocs-static-i18n builds the other languages inside the first one's post-build, so this runs
    # once per language; the site is whole only in the last run (the plugin is no longer `building`).
    i18n = config.plugins.get("i18n")
    if getattr(i18n, "building", False):
        return
    site = Path(config.site_dir)
    for file in _files:
        target = site / file.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(file.content)
    for name, text in _report_files.items():
        (site / name).write_text(text, encoding="utf-8")
    for lang, html in _error_pages.items():
        target = site / ("404.html" if lang == model.LANGUAGES[0] else f"{lang}/404.html")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
    assets.remove_material_scripts(site)
    try:
        indexing = search.Indexing(site)
        # Beside Pagefind, which only reads the pages: the stylesheets are cut to what they use.
        assets.lighten_stylesheets(site, config.extra_css)  # it reads every page written above
        indexing.finish()
    except search.SearchIndexError as exc:
        raise PluginError(str(exc)) from None
    sitemap.remove_without_address(site, config.site_url)
    try:
        admin_site.write(site, _settings[0].cms_repo, _settings[0].cms_auth_url, today=_settings[0].as_of)  # after search and the stylesheets: the editor is not a page of the site
    except admin_site.AdminBuildError as exc:
        raise PluginError(str(exc)) from None
