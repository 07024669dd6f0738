"""Model → the Markdown of every generated page, in both languages, through Jinja templates.

Escaping is the default: every value a template prints is escaped for Markdown and HTML
unless it is `Md` (markup this module made itself). Data text never becomes markup.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import string
from dataclasses import dataclass
from pathlib import Path

import yaml
from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined

from . import a11y_report, charts, feeds, model, open_data, progress
from .labels import Labels

TEMPLATES = Path(__file__).with_name("templates")

# The characters Python-Markdown (with the tables extension) lets a backslash escape, except
# `>`, which HTML escaping turns into `&gt;` like `<` and `&`. Only plain Markdown extensions are enabled, so no
# other character starts markup.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")


class Md(str):
    """Markdown or HTML made by this module: printed as it is."""


def escape(text: str) -> Md:
    """Plain text → Markdown that shows exactly that text."""
    text = re.sub(r"\s+", " ", str(text))  # a plain text is one line: no accidental blocks
    text = _MD_SPECIAL.sub(r"\\\1", text)
    # After the backslashes, so that no entity gets one.
    return Md(html.escape(text, quote=False))


def _finalize(value: object) -> object:
    if isinstance(value, Md) or value is None:
        return value if value is not None else ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return escape(str(value))


def _lang_span(lang: str, content: str, page_lang: str) -> str:
    return content if lang == page_lang else f'<span lang="{lang}">{content}</span>'


def plain(text: model.Teksti, lang: str) -> Md:
    """A plain-text field in `lang`, with `[[fi:…]]` marks turned into lang spans."""
    shown = lang if text.translated(lang) else model.LANGUAGES[0]
    out = marked(text[shown], shown)
    if shown == lang:
        return out
    # Preview only (a published build refuses missing translations): show what is missing.
    marker = escape(Labels(lang)["untranslated"])
    return Md(f'<span lang="{shown}">{out}</span> <span class="untranslated">{marker}</span>')


def marked(value: str, lang: str) -> Md:
    """Plain text in `lang` (data or interface words), with `[[fi:…]]` marks turned into lang spans."""
    value = value.strip()
    out, pos = [], 0
    for m in model.LANG_MARK.finditer(value):
        out.append(escape(value[pos : m.start()]))
        out.append(_lang_span(m.group(1), escape(m.group(2).strip()), lang))
        pos = m.end()
    out.append(escape(value[pos:]))
    return Md("".join(out))


def with_keys(value: str, lang: str) -> Md:
    """Interface words in `lang` in which `backticked` parts are keys of the open-data files, shown
    language-neutral as <code translate="no"> (the same in both languages, never translated)."""
    parts = value.strip().split("`")
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append(f'<code translate="no">{escape(part)}</code>')
        elif part.strip():
            out.append(f'{" " if part[:1].isspace() else ""}{marked(part, lang)}{" " if part[-1:].isspace() else ""}')
    return Md("".join(out))


def markdown(text: model.MarkdownTeksti, lang: str, first_paragraph: bool = False) -> Md:
    """A Markdown field in `lang`: Markdown syntax works, raw HTML is shown as text."""
    shown = lang if text.translated(lang) else model.LANGUAGES[0]
    value = text[shown].strip()
    if first_paragraph:
        value = value.split("\n\n", 1)[0]
    value = value.replace("&", "&amp;").replace("<", "&lt;")
    value = model.LANG_MARK.sub(lambda m: _lang_span(m.group(1), m.group(2), shown), value)
    if shown == lang:
        return Md(value.strip())
    notice = escape(Labels(lang)["untranslated_block"])
    return Md(
        f'<div class="untranslated" markdown="1">\n\n{notice}\n{{: .untranslated__notice }}\n\n'
        f'<div lang="{shown}" markdown="1">\n\n{value.strip()}\n\n</div>\n</div>'
    )


@dataclass(frozen=True)
class GeneratedPage:
    path: str  # the same in both languages, e.g. "painopisteet/turvallisuus.md"
    lang: str
    markdown: str


@dataclass(frozen=True)
class GeneratedFile:
    """A file of the site that is no page (open data, feeds), written as it is."""

    path: str  # in the site, e.g. "data/plan.json" or "sv/feed.xml"
    content: bytes


# Compiling the templates took half of our data work per build (issue 7); Jinja keeps them compiled
# in the system's temporary folder, keyed by each template's source, so a changed one is recompiled.
_COMPILED = FileSystemBytecodeCache()


def _html_environment() -> Environment:
    # For fragments that stand as raw HTML blocks, where Markdown escapes would show.
    return Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
        trim_blocks=True, lstrip_blocks=True, bytecode_cache=_COMPILED,
    )


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        finalize=_finalize,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # `finalize` escapes for Markdown instead
        bytecode_cache=_COMPILED,
    )
    env.filters["deadline"] = _deadline
    env.filters["anchor"] = _anchor
    env.filters["url"] = lambda u: _link(u, u)
    env.filters["mailto"] = lambda e: _link(e, "mailto:" + e)
    env.filters["tel"] = lambda p: _link(p, "tel:" + "".join(c for c in p if c.isdigit() or c == "+"))
    env.filters["striplangmarks"] = lambda s: model.LANG_MARK.sub(lambda m: m.group(2), s)
    env.filters["marked"] = marked
    env.filters["with_keys"] = with_keys
    env.filters["heading"] = lambda level: Md("#" * int(level))  # a Markdown heading of that level
    env.filters["indent_md"] = lambda s, n=4: Md(s.replace("\n", "\n" + " " * n))
    return env


def _anchor(slug: str) -> Md:
    # Ids are checked slugs; escaping their hyphens would break attr_list and anchor checks.
    if not re.fullmatch(model.SLUG_PATTERN, slug):
        raise ValueError(f"not a slug: {slug!r}")
    return Md(slug)


def _link(text: str, href: str) -> Md:
    # The schema admits no spaces or quotes in addresses; brackets would end the Markdown link.
    target = href.replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")
    return Md(f"[{escape(text)}]({target})")


def sentence(words: str, **parts: object) -> Md:
    """Interface words with {placeholders} as Markdown: the words escaped, each part put in its
    place as `_finalize` prints it (so an `Md` part, e.g. a link, stays markup)."""
    out = []
    for literal, field, _, _ in string.Formatter().parse(words):
        out.append(escape(literal))
        if field is not None:
            out.append(str(_finalize(parts[field])))
    return Md("".join(out))


def _deadline(goal: model.Tavoite, labels: Labels, lang: str) -> Md:
    d = goal.deadline
    if d is None:
        return escape(labels["goal_deadline_none"])
    if d.kind == "jakso":
        return plain(d.text, lang)
    if d.kind == "vuosi":
        return escape(str(d.last_day.year))
    if d.kind == "kuukausi":
        return escape(labels.month(d.last_day))
    return escape(labels.date(d.last_day))


class Renderer:
    """Renders every generated page of a checked plan as of one date."""

    def __init__(self, plan: model.Plan, as_of: dt.date, report: a11y_report.Report | None = None):
        self.plan = plan
        self.as_of = as_of
        self.report = report
        self.env = _environment()
        self.html = _html_environment()
        self._progress_cache: dict[str, progress.GoalProgress] = {}

    def pages(self) -> list[GeneratedPage]:
        pages = []
        news, left_out = feeds.newest(self.plan, self.as_of)
        for lang in model.LANGUAGES:
            pages.append(self._page("index.md", "home.md.j2", lang, reviewed=self._all_reviewed()))
            pages.append(self._page("suunnitelma.md", "plan.md.j2", lang, reviewed=self.plan.suunnitelma.ruotsinnos_tarkistettu))
            pages.append(self._page("strategia.md", "strategy.md.j2", lang, reviewed=self.plan.strategia.ruotsinnos_tarkistettu))
            pages.append(self._page("saavutettavuusseloste.md", "statement.md.j2", lang, reviewed=self.plan.sivusto.ruotsinnos_tarkistettu))
            if self.report:
                pages.append(self._page(REPORT_PAGE, "a11y_report.md.j2", lang, reviewed=True))
            for area in self.plan.painopisteet:
                pages.append(
                    self._page(area_path(area), "area.md.j2", lang, reviewed=area.ruotsinnos_tarkistettu, area=area)
                )
            pages.append(self._page(WHOLE_PLAN_PAGE, "whole_plan.md.j2", lang, reviewed=self._all_reviewed()))
            pages.append(self._page(OPEN_DATA_PAGE, "open_data.md.j2", lang, reviewed=self.plan.sivusto.ruotsinnos_tarkistettu))
            pages.append(
                self._page(feeds.WHATS_NEW_PAGE, "whats_new.md.j2", lang, reviewed=self._all_reviewed(),
                           entries=news, left_out=left_out)
            )
        return pages

    def files(self, site_url: str | None = None) -> list[GeneratedFile]:
        """The site's files that are no pages (open data, feeds), as of the same date as the pages.
        With the site's public address the feeds' links are absolute."""
        made = [*open_data.files(self.plan, self.as_of), *feeds.files(self.plan, self.as_of, site_url)]
        return [GeneratedFile(path, content) for path, content in made]

    def _all_reviewed(self) -> bool:
        p = self.plan
        return p.suunnitelma.ruotsinnos_tarkistettu and p.strategia.ruotsinnos_tarkistettu and all(
            a.ruotsinnos_tarkistettu for a in p.painopisteet
        )

    def _page(self, path: str, template: str, lang: str, *, reviewed: bool, **context) -> GeneratedPage:
        labels = Labels(lang)
        depth = path.count("/")
        # Raw HTML links are relative to the page's URL (directory URLs), not to its file.
        url_depth = (0 if path == "index.md" else depth + 1) + (0 if lang == model.LANGUAGES[0] else 1)
        body = self.env.get_template(template).render(
            plan=self.plan,
            lang=lang,
            report=self.report,
            report_page=REPORT_PAGE,
            report_json=Md("../" * url_depth + a11y_report.JSON_NAME),
            checks_table=lambda: self._checks_table(labels),
            L=labels,
            t=lambda text: plain(text, lang),
            md=lambda text, first=False: markdown(text, lang, first),
            meta=lambda **m: front_matter(**{k: html.escape(v, quote=True) for k, v in m.items()}),
            link=lambda target: Md("../" * depth + target),
            link_to=_link,
            sentence=lambda key, **parts: sentence(labels[key], **parts),
            area_path=area_path,
            progress_of=self._progress,
            badge=lambda key: self._badge(key, labels),
            summary_of=lambda goals: self._summary(goals, labels),
            area_summary=lambda area: self._summary(area.tavoitteet, labels),
            source=lambda lahde: self._source(lahde, lang),
            goal_deadline=lambda goal: self._goal_deadline(goal, labels, lang),
            indicator_text=lambda item: plain(item.nimi if isinstance(item, model.Mittari) else item, lang),
            indicator_blocks=lambda goal, level: Md(
                charts.indicator_blocks(goal, self.as_of, lang, self.html, heading_level=level)
            ),
            as_of=self.as_of,
            translation_notice=Md(self._notice(labels) if lang != "fi" and not reviewed else ""),
            **context,
        )
        return GeneratedPage(path, lang, body)

    def _progress(self, goal) -> progress.GoalProgress:
        if goal.id not in self._progress_cache:
            self._progress_cache[goal.id] = progress.goal_progress(goal, self.as_of)
        return self._progress_cache[goal.id]

    def _badge(self, key: str, labels: Labels) -> Md:
        return Md(self.html.get_template("status.html.j2").render(key=str(key), L=labels).strip())

    def _summary(self, goals: list, labels: Labels) -> Md:
        result = progress.summary(goals, self.as_of)
        return Md(self.html.get_template("summary.html.j2").render(summary=result, L=labels).strip())

    def _source(self, lahde: model.Lahde, lang: str) -> Md:
        return _link(lahde.nimi[lang], lahde.osoite) if lahde.osoite else plain(lahde.nimi, lang)

    def _goal_deadline(self, goal: model.Tavoite, labels: Labels, lang: str) -> Md:
        shown = _deadline(goal, labels, lang)
        if self._progress(goal).deadline_passed:
            return Md(labels.format("goal_deadline_passed", deadline=shown))
        return shown

    def _checks_table(self, labels: Labels) -> Md:
        return Md(self.html.get_template("a11y_checks.html.j2").render(report=self.report, L=labels).strip())

    def _notice(self, labels: Labels) -> str:
        official = self.plan.sivusto.suomenkielinen_versio_virallinen
        return self.env.get_template("translation_notice.md.j2").render(L=labels, finnish_official=official)


REPORT_PAGE = "saavutettavuusseloste/testiraportti.md"
WHOLE_PLAN_PAGE = "koko-suunnitelma.md"
OPEN_DATA_PAGE = "avoin-data.md"


def area_path(area: model.Painopiste) -> str:
    return f"painopisteet/{area.id}.md"


def nav(plan: model.Plan, with_report: bool = False) -> list:
    """The site navigation as MkDocs `nav` config (language-neutral paths; titles from pages)."""
    return [
        "index.md",
        "suunnitelma.md",
        {"Painopisteet": [area_path(a) for a in plan.painopisteet]},
        WHOLE_PLAN_PAGE,
        "strategia.md",
        feeds.WHATS_NEW_PAGE,
        "seuranta.md",
        OPEN_DATA_PAGE,
        "saavutettavuusseloste.md",
        *([REPORT_PAGE] if with_report else []),
    ]


def front_matter(**meta: str) -> Md:
    return Md("---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=True, width=1000) + "---\n")
