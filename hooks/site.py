"""MkDocs adapter: the only module that imports MkDocs. Each event hands over to plain modules.
It runs unchanged under ProperDocs, the fork of MkDocs 1.6.1, which answers `mkdocs.*` imports itself.

mkdocs-static-i18n runs one build per language and reorganises files at priority -100. It fails
on generated pages that already hold their content and drops files outside docs_dir, so generated
pages are added (with a source path inside docs_dir) above -100 and given their content below it.
"""

from __future__ import annotations

import dataclasses
import logging
import sysconfig
from pathlib import Path

import jinja2
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import File
from mkdocs.theme import Theme

from plan import build, config as settings_of, languages
from plan.data import load
from plan.domain import model
from plan.editor import check, places, preview
from plan.outputs import cms_config, render
from plan.postbuild import page_words
from plan.labels import all_labels

_settings: list[settings_of.Settings] = []  # read once per build, in on_config
_site: list[build.Site] = []  # what this build makes (build.prepare), for the events below
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
    config.nav = _site[0].menu
    config.extra["easy"] = _site[0].easy  # the easy-language pages, for the theme (pages.easy_links)
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
    # A published build stops on the first data error, before anything is written.
    try:
        site = build.prepare(settings, config.site_url, loader=_preview[0].load if _preview else None,
                             edit_address=cms_config.entry_address)
    except load.DataErrors as exc:
        raise PluginError(check.explain(exc)) from None
    except load.LoadBug as exc:
        raise PluginError(check.bug_message(exc)) from None
    errors = site.errors
    if errors:  # only in the preview; INFO, because a warning would fail `strict` and stall serve
        log.info(check.explain(errors, preview=True))
    config.extra["data_errors"] = preview_notice(errors)
    config.extra["data_fixed"] = bool(_had_errors and not errors)  # "Data on taas kunnossa" once
    _had_errors[:] = [True] if errors else []
    for line in check.untranslated_notice(site.loaded.untranslated):
        log.info(line)
    _site[:] = [site]
    config.extra["organisation"] = site.loaded.plan.sivusto.organisaatio.nimi.model_dump()


@event_priority(-100)  # after the plugins' own: the extensions they add are part of the cache key
def on_env(env, config, files):
    env.bytecode_cache = _theme_templates
    return env


@event_priority(0)
def _add_generated(files, config):
    for uri in _site[0].pages:
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
        if file.src_uri in _site[0].pages:
            file.content_string = _site[0].pages[file.src_uri]
    return files


on_files = CombinedEvent(_add_generated, _fill_generated)


def on_page_content(html, page, config, files):
    return page_words.explain_abbreviations(html, config.theme["language"])


def on_post_page(output, page, config):
    return _page_html(output, config.theme["language"])


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
        output = _page_html(output, config.theme["language"])
        _site[0].error_pages[config.theme["language"]] = output
    return output


def _page_html(html, lang):
    try:
        return build.page_html(html, lang)
    except build.BuildErrors as exc:
        raise PluginError(str(exc)) from None


@event_priority(-110)  # after mkdocs-static-i18n's own post-build
def on_post_build(config):
    # mkdocs-static-i18n builds the other languages inside the first one's post-build, so this runs
    # once per language; the site is whole only in the last run (the plugin is no longer `building`).
    i18n = config.plugins.get("i18n")
    if getattr(i18n, "building", False):
        return
    try:
        build.finish(Path(config.site_dir), _site[0], _settings[0], config.site_url, config.extra_css)
    except build.BuildErrors as exc:
        raise PluginError(str(exc)) from None
