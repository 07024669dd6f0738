"""Model → the Markdown of every generated page, in both languages, through Jinja templates.

Escaping is the default: every value a template prints is escaped for Markdown and HTML
unless it is `Md` (markup this module made itself). Data text never becomes markup.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import string
import dataclasses
from dataclasses import dataclass
from typing import Callable
from pathlib import Path

import yaml
from jinja2 import BytecodeCache, Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined
from jinja2.bccache import Bucket
from markupsafe import Markup

from plan.domain import a11y_report, documents, model, progress, statement, wcag_coverage, wcag_names
from plan.markup import data_markdown
from plan.outputs import charts, contexts, earl, feeds, footnotes, open_data
from plan.site import urls
from plan.site import pages as register
from plan.markup import text as data_text
from plan.labels import Labels, in_sentence

TEMPLATES = Path(__file__).with_name("templates")

class Md(str):
    """Markdown or HTML made by this module: printed as it is."""


def escape(text: str) -> Md:
    """Plain text → Markdown that shows exactly that text."""
    return Md(data_text.markdown_escape(text))


def _finalize(value: object) -> object:
    if isinstance(value, Md) or value is None:
        return value if value is not None else ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return escape(str(value))


def plain(text: model.Teksti, lang: str, escape: Callable[[str], str] = data_text.markdown_escape) -> Md:
    """A plain-text field in `lang`, with `[[fi:…]]` marks turned into lang spans; the words
    between them made Markdown by `escape` (footnotes.Markers' also turn the footnote markers)."""
    shown = lang if text.translated(lang) else model.LANGUAGES[0]
    out = marked(text[shown], shown, escape)
    if shown == lang:
        return out
    # Preview only (a published build refuses missing translations): show what is missing.
    marker = escape(Labels(lang)["untranslated"])
    return Md(f'<span lang="{shown}">{out}</span> <span class="untranslated">{marker}</span>')


def marked(value: str, lang: str, escape: Callable[[str], str] = data_text.markdown_escape) -> Md:
    """Plain text in `lang` (data or interface words), with `[[fi:…]]` marks turned into lang spans."""
    return Md(data_text.with_lang_spans(value.strip(), lang, escape))


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


def markdown(text: model.MarkdownTeksti, lang: str, first_paragraph: bool = False, page: str = urls.HOME) -> Md:
    """A Markdown field in `lang` as finished HTML (data_markdown: plain Markdown, then the
    sanitiser), standing as a raw HTML block that the page's Markdown stashes and never re-parses.
    `page`: the source path of the page it stands on, which its links are relative to."""
    shown = lang if text.translated(lang) else model.LANGUAGES[0]
    value = text[shown].strip()
    if first_paragraph:
        value = value.split("\n\n", 1)[0]
    value = data_markdown.to_html(value, shown, lambda link: _data_link(link, page)).strip()
    if shown == lang:
        return Md(value)
    notice = html.escape(Labels(lang)["untranslated_block"], quote=False)
    return Md(
        f'<div class="untranslated">\n<p class="untranslated__notice">{notice}</p>\n'
        f'<div lang="{shown}">\n{value}\n</div>\n</div>'
    )


def _data_link(link: data_markdown.Link, page: str) -> str:
    # Raw HTML is not rewritten by MkDocs: the address is made here, relative to the page's.
    return html.escape(urls.from_page(page, link.page, link.anchor), quote=True)


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


class CompiledInMemory(BytecodeCache):
    """Compiled templates kept in this process: Material's theme templates, which MkDocs compiles
    anew in every build (twice per preview refresh, once per language). Jinja recompiles a template
    whose source changed; the environment's extensions are part of the key, as they change the code."""

    def __init__(self) -> None:
        self._code: dict[tuple, bytes] = {}

    @staticmethod
    def _key(bucket: Bucket) -> tuple:
        env = bucket.environment
        return bucket.key, tuple(sorted(env.extensions)), getattr(env, "newstyle_gettext", None)

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._code.get(self._key(bucket))
        if code is not None:
            bucket.bytecode_from_string(code)  # reset when the source's checksum differs

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[self._key(bucket)] = bucket.bytecode_to_string()


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
    env.filters["striplangmarks"] = data_text.strip_marks
    env.filters["in_sentence"] = lambda s: type(s)(in_sentence(s))  # Md stays Md
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

    def __init__(self, plan: model.Plan, as_of: dt.date, report: a11y_report.Report | None = None,
                 site_url: str | None = None, edit_address: Callable[[str], str | None] | None = None):
        self.plan = plan
        self.as_of = as_of
        self.report = report
        self.site_url = site_url or None  # the public address, when the build knows it
        # A data file's address in the browser editor (cms_config.entry_address), for the reporting page.
        self.edit_address = edit_address
        self.titles: dict[str, str] = {}  # a page's address ("/sv/strategia/") -> its title
        self.env = _environment()
        self.html = _html_environment()
        self._progress_cache: dict[str, progress.GoalProgress] = {}
        # The register's pages by kind (templates link them as `P.<kind>`), and the strategy at the first addresses.
        first_strategy = next(d.meta for d in plan.documents if d.meta.laji == "strategia" and d.meta.osoite is None)
        self.page_paths = {**{k.name: k.path for k in register.KINDS if k.path}, "strategy": urls.Paths(first_strategy).main}

    def pages(self) -> list[GeneratedPage]:
        pages = []
        for lang in model.LANGUAGES:
            pages.append(self._kind_page(register.HOME, lang))
            for doc in self.plan.documents:
                pages.extend(self._document_pages(doc, lang))
            pages += [self._kind_page(kind, lang) for kind in register.GENERATED_SINGLE]
            pages += [self._easy_page(easy, lang) for easy in register.easy_pages(self.plan)]
        # The statement and the report name pages by their titles, so they come after the others.
        self.titles = {**page_titles(register.DOCS), **{urls.address(p.path, p.lang): _front_title(p.markdown) for p in pages}}
        for lang in model.LANGUAGES:
            pages.append(self._kind_page(register.STATEMENT, lang))
            if self.report:
                pages.append(self._kind_page(register.REPORT, lang))
        return pages

    def _kind_page(self, kind: register.Kind, lang: str) -> GeneratedPage:
        """A page of one of the register's kinds that the site has once, with its context."""
        return self._page(kind.path, kind.template, lang, **getattr(self, f"_context_{kind.name}")())

    def _context_home(self) -> dict:
        home_plan, home_strategy = self._home_documents()
        return dict(reviewed=self._all_reviewed(), view=self.plan.for_document(home_plan).for_document(home_strategy),
                    documents=documents.ordered(self.plan.documents, self.as_of), home_plan=home_plan,
                    home_strategy=home_strategy)

    def _context_earlier(self) -> dict:
        shown = documents.ordered(self.plan.documents, self.as_of)
        return dict(reviewed=self._all_reviewed(),
                    ended=[d for d in shown if documents.state(d.meta, self.as_of) is documents.State.PAATTYNYT])

    def _context_open_data(self) -> dict:
        return dict(reviewed=self.plan.sivusto.ruotsinnos_tarkistettu)

    def _context_whats_new(self) -> dict:
        news, left_out = feeds.newest(self.plan, self.as_of)
        return dict(reviewed=self._all_reviewed(), entries=news, left_out=left_out)

    def _context_statement(self) -> dict:
        # The Swedish statement is the statement the law requires in Swedish, not a translation notice's page.
        return dict(reviewed=True, statement=statement.of(self.plan, self.report))

    def _context_report(self) -> dict:
        return dict(reviewed=True)

    def _easy_page(self, easy: register.EasyPage, lang: str) -> GeneratedPage:
        # Easy pages carry their own notice until an expert has checked the text, not the translation notice.
        context = getattr(self, f"_context_{easy.kind.name}")(easy)
        return self._page(easy.path, easy.kind.template, lang, reviewed=True, **context)

    def _context_easy_home(self, page: register.EasyPage) -> dict:
        # The areas of the plan the home page presents; those of an ended plan stay at their addresses.
        home_plan = self._home_documents()[0]
        shown = register.easy_pages(self.plan)
        return dict(checked=page.subject.tarkistettu, easy=page.subject,
                    areas=[e for e in shown if e.kind is register.EASY_AREA and e.doc.id == home_plan.id],
                    strategy=next(e for e in shown if e.kind is register.EASY_STRATEGY))

    def _context_easy_area(self, page: register.EasyPage) -> dict:
        return dict(checked=page.subject.selkokieli.tarkistettu, area=page.subject, doc=page.doc)

    def _context_easy_strategy(self, page: register.EasyPage) -> dict:
        return dict(checked=self.plan.selkokieli.tarkistettu, easy=self.plan.selkokieli, doc=page.subject)

    def _context_easy_follow_up(self, page: register.EasyPage) -> dict:
        return dict(checked=page.subject.tarkistettu, easy=page.subject)

    def page_title(self, address: str) -> str:
        """A page's title by its address, or the address itself for a page the site does not know."""
        return self.titles.get(address, address)

    def page_name(self, address: str, lang: str) -> Md:
        """A page's title as text of a page in `lang`: a Finnish page's title on a Swedish page is
        marked Finnish (WCAG 3.1.2)."""
        page_lang = next((code for code in model.LANGUAGES[1:] if address.startswith(f"/{code}/")), model.LANGUAGES[0])
        return Md(data_text.lang_span(page_lang, escape(self.page_title(address)), lang))

    def _home_documents(self) -> tuple[model.Document, model.Document]:
        """The plan and the strategy the home page presents: the current ones that have their
        content on the site, otherwise those at the site's first addresses."""
        def pick(laji: str) -> model.Document:
            with_content = [d for d in self.plan.documents if d.meta.laji == laji and (d.suunnitelma or d.strategia)]
            current = [d for d in with_content if documents.state(d.meta, self.as_of) is documents.State.VOIMASSA]
            return (current or [d for d in with_content if d.meta.osoite is None])[0]
        return pick("suunnitelma"), pick("strategia")

    def _document_pages(self, doc: model.Document, lang: str) -> list[GeneratedPage]:
        paths = urls.Paths(doc.meta)
        view = self.plan.for_document(doc)
        # Each page's notice follows the review of the file its text comes from, as before issue 16.
        common = dict(view=view, doc=doc, paths=paths)
        if doc.suunnitelma:
            whole_reviewed = doc.suunnitelma.ruotsinnos_tarkistettu and all(a.ruotsinnos_tarkistettu for a in doc.painopisteet)
            return [
                self._page(paths.main, "plan.md.j2", lang, reviewed=doc.suunnitelma.ruotsinnos_tarkistettu, **common),
                *(self._page(paths.area(area), "area.md.j2", lang, reviewed=area.ruotsinnos_tarkistettu, **common, area=area)
                  for area in doc.painopisteet),
                # The old address of a withdrawn area says when and why (issue 26).
                *(self._page(paths.area(record), "withdrawn_area.md.j2", lang, reviewed=doc.suunnitelma.ruotsinnos_tarkistettu,
                             **common, record=record)
                  for record in doc.suunnitelma.poistetut_painopisteet),
                self._page(paths.whole, "whole_plan.md.j2", lang, reviewed=whole_reviewed, **common),
            ]
        if doc.strategia:
            return [self._page(paths.main, "strategy.md.j2", lang, reviewed=doc.strategia.ruotsinnos_tarkistettu, **common)]
        return [self._page(paths.main, "document.md.j2", lang, reviewed=doc.reviewed, **common)]

    def _context_reporting(self) -> dict:
        """The page "Raportoinnin tilanne": the current plans' goals by what they need, and where each
        is shown and edited."""
        placed, goals = {}, []
        for doc in self.plan.documents:
            if not doc.suunnitelma or documents.state(doc.meta, self.as_of) is not documents.State.VOIMASSA:
                continue
            paths = urls.Paths(doc.meta)
            folder = Path("data", doc.meta.sisalto or "").parent / "painopisteet"
            for area in doc.painopisteet:
                file = (folder / f"{area.id}.yml").as_posix()
                for goal in area.tavoitteet:
                    goals.append(goal)
                    edit = self.edit_address(file) if self.edit_address else None
                    placed[goal.id] = dict(area=area, page=paths.area(area), file=file, edit=Md(html.escape(edit, quote=True)) if edit else None)
        return dict(reviewed=self._all_reviewed(), needs=progress.reporting_needs(goals, self.as_of),
                    groups=list(progress.Need), placed=placed)

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

    def _page(self, path: str, template: str, lang: str, *, reviewed: bool, view: model.Plan | None = None,
              doc: model.Document | None = None, paths: urls.Paths | None = None, **context) -> GeneratedPage:
        views = PageViews(self, path, lang, reviewed=reviewed, plan=view or self.plan, doc=doc,
                          paths=paths or urls.Paths(self._home_documents()[0].meta))
        kind = contexts.BY_TEMPLATE[template]
        # Each name the template uses, and no other: the page's own values first, then the views'.
        values = kind(**{f.name: context[f.name] if f.name in context else getattr(views, f.name)
                         for f in dataclasses.fields(kind)})
        body = self.env.get_template(template).render(**{f.name: getattr(values, f.name) for f in dataclasses.fields(kind)})
        return GeneratedPage(path, lang, body)

    def _doc_line(self, doc: model.Document, labels: Labels, name: Md | None = None) -> Md:
        """When a document is in force, after its name and a dash, or as a sentence with `name`."""
        m = doc.meta
        st = documents.state(m, self.as_of).value
        dates = dict(start=labels.date(m.starts), end=labels.date(m.ends))
        if name is None:
            return escape(labels["doc_line"][st].format(**dates))
        return sentence(labels["doc_sentence"][st], name=name, **dates)

    def _doc_notice(self, doc: model.Document, views: PageViews) -> str:
        """What the top of a document's pages says about its period, if anything (issue 16)."""
        m = doc.meta
        st = documents.state(m, self.as_of)
        successor = self._successor(doc)
        return self.env.get_template("document_notice.md.j2").render(
            L=views.L, m=m, state=st.value, ending_soon=documents.ending_soon(m, self.as_of),
            period=_period(m.kausi), successor=successor, link=views.link,
            successor_path=urls.Paths(successor.meta).main if successor else None,
            outside=m.korvaaja if m.korvaaja and not successor else None,
            t=views.t, source=views.source, sentence=views.sentence, sentence_of=sentence,
            link_to=_link, has_goals=bool(doc.goals or doc.council_goals),
            has_reports=any(g.raportit for g in [*doc.goals, *doc.council_goals]),
        )

    def _successor(self, doc: model.Document) -> model.Document | None:
        replaced = doc.meta.korvaaja
        return self.plan.document(replaced.asiakirja) if replaced and replaced.asiakirja else None

    def _approval(self, approval: model.Hyvaksynta, labels: Labels, lang: str) -> str:
        day = model.maaraaika_of(approval.paivamaara)
        when = labels.date(day.last_day) if day.kind == "paiva" else labels.month(day.last_day)
        return labels.format("plan_approved_by", body=approval.elin[lang], date=when)

    def _progress(self, goal) -> progress.GoalProgress:
        if goal.id not in self._progress_cache:
            self._progress_cache[goal.id] = progress.goal_progress(goal, self.as_of)
        return self._progress_cache[goal.id]

    def _badge(self, key: str, labels: Labels) -> Md:
        return Md(self.html.get_template("status.html.j2").render(key=str(key), L=labels).strip())

    def _council_goals(self, goals: list, labels: Labels, lang: str) -> Md:
        html = self.html.get_template("council_goals.html.j2").render(
            goals=goals, progress_of=self._progress, L=labels, lang=lang,
            badge=lambda key: Markup(self._badge(key, labels)), text=lambda text: charts.html_text(text, lang),
        )
        return Md(html.strip())

    def _summary(self, goals: list, labels: Labels, legend: bool = False) -> Md:
        """The counts in words and a row of shapes; with `legend` (a page's first), what the shapes mean."""
        result = progress.summary(goals, self.as_of)
        return Md(self.html.get_template("summary.html.j2").render(summary=result, L=labels, legend=legend).strip())

    def _source(self, lahde: model.Lahde, lang: str) -> Md:
        return _link(lahde.nimi[lang], lahde.osoite) if lahde.osoite else plain(lahde.nimi, lang)

    def _goal_deadline(self, goal: model.Tavoite, labels: Labels, lang: str) -> Md:
        shown = _deadline(goal, labels, lang)
        if self._progress(goal).deadline_passed:
            return Md(labels.format("goal_deadline_passed", deadline=shown))
        return shown

    def law_required(self) -> list[str]:
        """The WCAG 2.1 A and AA criteria Finnish law (306/2019) requires: all but its exceptions."""
        names = self.criterion_names()
        target = self.report.coverage.groups()["target"] if self.report else wcag_coverage.load().groups()["target"]
        return [c.id for c in target if names is None or names.required_by_law(c.id)]

    def criterion_names(self) -> wcag_names.Names | None:
        # None only until wcag_names.yml exists: the report then shows WCAG's English names, marked so.
        return wcag_names.load() if wcag_names.FILE.exists() else None

    def _report_part(self, name: str, labels: Labels, site_root: str) -> Md:
        """One part of the test report page (templates/a11y_report_part.html.j2)."""
        return Md(self.html.get_template("a11y_report_part.html.j2").render(
            names=self.criterion_names(), law_required=self.law_required(), categories=wcag_coverage.CATEGORIES,
            axe_help=self.report.axe_help(), F=lambda key, **values: Markup.escape(labels[key]).format(**values),
            part=name, report=self.report, reviews=self.plan.axe_tarkistukset, evaluation=self.plan.kasiarviointi, L=labels,
            report_json=site_root + a11y_report.JSON_NAME, report_earl=site_root + earl.EARL_NAME,
            site_root=site_root, page_title=lambda address: Markup(self.page_name(address, labels.lang)),
        ).strip())

    def _notice(self, labels: Labels) -> str:
        official = self.plan.sivusto.suomenkielinen_versio_virallinen
        return self.env.get_template("translation_notice.md.j2").render(L=labels, finnish_official=official)


class PageViews:
    """What a page's template may use, for one page (its source path) in one language: values and
    the helpers the templates call. contexts.py says which of them each template gets."""

    def __init__(self, renderer: Renderer, path: str, lang: str, *, reviewed: bool, plan: model.Plan,
                 doc: model.Document | None, paths: urls.Paths):
        self.r, self.path, self.lang, self.reviewed = renderer, path, lang, reviewed
        self.plan, self.doc, self.paths = plan, doc, paths
        labels = Labels(lang)
        ended = bool(doc and documents.state(doc.meta, renderer.as_of) is documents.State.PAATTYNYT)
        self.standard_page = urls.standard(path)  # the page an easy-language page is the counterpart of
        if self.standard_page is not None:  # the statuses in easy words, from the same progress
            words = {**labels["easy_status"], **({"ei-raportoitu": labels["easy_status_not_reported_in_period"]} if ended else {})}
            labels = labels.with_status(**{k.replace("-", "_"): v for k, v in words.items()})
        elif ended:
            labels = labels.with_status(ei_raportoitu=labels["status_not_reported_in_period"])
        self.L = labels
        self.as_of = renderer.as_of
        self.site_url = renderer.site_url
        self.P = renderer.page_paths
        self.earlier_page = register.EARLIER.path
        self.report_page = register.REPORT.path
        # Raw HTML links are relative to the page's address: the site's root from here (/admin/ is only there).
        self.site_root = Md(urls.to_root(path, lang))
        self.feed = Md(urls.to_home(path) + feeds.FEED_NAME)
        self.report_json = Md(self.site_root + a11y_report.JSON_NAME)
        self.report_earl = Md(self.site_root + earl.EARL_NAME)
        self.link_to = _link
        self.sentence_of = sentence
        self.progress_of = renderer._progress
        self.successor_of = renderer._successor
        self.note_id = footnotes.note_id
        self.note_ref_id = footnotes.note_ref_id

    @property
    def doc_notice(self) -> Md:
        return Md(self.r._doc_notice(self.doc, self) if self.doc else "")

    @property
    def easy_state(self) -> Md:
        """On an easy page of a plan or strategy not in force: when it begins or that it ended."""
        if self.doc is None or (st := documents.state(self.doc.meta, self.as_of)) is documents.State.VOIMASSA:
            return Md("")
        m = self.doc.meta
        return escape(self.L[f"easy_doc_{st.value}"][m.laji].format(start=m.kausi.alku, end=m.kausi.loppu))

    @property
    def translation_notice(self) -> Md:
        return Md(self.r._notice(self.L) if self.lang != model.LANGUAGES[0] and not self.reviewed else "")

    def link(self, target: str) -> Md:
        """A Markdown link target to another page's source file (MkDocs makes it an address)."""
        return Md(urls.between_sources(self.path) + target)

    def t(self, text: model.Teksti) -> Md:
        return plain(text, self.lang)

    def md(self, text: model.MarkdownTeksti, first: bool = False) -> Md:
        return markdown(text, self.lang, first, self.path)

    def meta(self, **values: str) -> Md:
        return front_matter(**{k: html.escape(v, quote=True) for k, v in values.items()})

    def sentence(self, key: str, **parts: object) -> Md:
        return sentence(self.L[key], **parts)

    def doc_line(self, doc: model.Document) -> Md:
        return self.r._doc_line(doc, self.L)

    def doc_sentence(self, doc: model.Document) -> Md:
        return self.r._doc_line(doc, self.L, name=plain(doc.meta.nimi, self.lang))

    def doc_path(self, doc: model.Document) -> str:
        return urls.Paths(doc.meta).main

    def approval(self, approval: model.Hyvaksynta) -> str:
        return self.r._approval(approval, self.L, self.lang)

    def law_count(self) -> str:
        return self.L.number(len(self.r.law_required()))

    def part(self, name: str) -> Md:
        return self.r._report_part(name, self.L, self.site_root)

    def page_title(self, address: str) -> Md:
        return self.r.page_name(address, self.lang)

    def area_path(self, area: model.Painopiste) -> str:
        return self.paths.area(area)

    def badge(self, key: str) -> Md:
        return self.r._badge(key, self.L)

    def summary_of(self, goals: list, legend: bool = False) -> Md:
        return self.r._summary(goals, self.L, legend)

    def area_summary(self, area: model.Painopiste, legend: bool = False) -> Md:
        return self.r._summary(area.tavoitteet, self.L, legend)

    def source(self, lahde: model.Lahde) -> Md:
        return self.r._source(lahde, self.lang)

    def goal_deadline(self, goal: model.Tavoite) -> Md:
        return self.r._goal_deadline(goal, self.L, self.lang)

    def goal_texts(self, area: model.Painopiste, page: str = "") -> GoalTexts:
        """The area's goal texts for goal.md.j2, their footnote markers linked to the notes on the
        area page `page` (empty: this page)."""
        return GoalTexts(footnotes.Markers(area, self.L, page), self.lang)

    def noted(self, area: model.Painopiste) -> set[int]:
        return footnotes.noted(area, self.lang)

    def council_goals(self, goals: list) -> Md:
        return self.r._council_goals(goals, self.L, self.lang)

    def items(self, text: model.Teksti) -> Md:
        """A plain text of several lines as a list, one item a line, for easy reading; else as it is."""
        return easy_items(text, self.lang)

    def indicator_blocks(self, goal: model.Tavoite, level: int) -> Md:
        return Md(charts.indicator_blocks(goal, self.as_of, self.lang, self.r.html, heading_level=level))


@dataclass(frozen=True)
class GoalTexts:
    """The data texts of an area's goals on one page (each goal, its actions, responsible bodies
    and indicators) as Markdown, each footnote marker in them a link to its note; in a goal's
    heading the star is only drawn and the template puts its links, below(), under the heading
    (footnotes.py). One for all the area's goals, so that a note links back to its first marker."""

    markers: footnotes.Markers
    lang: str

    def text(self, text: model.Teksti) -> Md:
        return plain(text, self.lang, self.markers.linked)

    def heading(self, text: model.Teksti) -> Md:
        return plain(text, self.lang, self.markers.drawn)

    def below(self) -> list[Md]:
        return [Md(line) for line in self.markers.below()]


def easy_items(text: model.Teksti, lang: str) -> Md:
    """`text` in `lang` as a Markdown list when it is written on several lines (one thing a line, as
    an editor lists them), else as it is: a sentence that explains a word belongs to the one before it."""
    if not text.translated(lang):
        return plain(text, lang)  # the preview's marked Finnish fallback, whole
    lines = [line.strip().removeprefix("- ").removeprefix("• ").strip() for line in text[lang].strip().splitlines()]
    lines = [line for line in lines if line]
    if len(lines) < 2:
        return plain(text, lang)
    return Md("\n".join(f"- {marked(line, lang)}" for line in lines))


def _front_title(markdown: str) -> str:
    """The title in a generated page's front matter (see front_matter)."""
    if markdown.startswith("---\n"):
        meta = yaml.safe_load(markdown[4:markdown.index("\n---\n", 4)])
        if isinstance(meta, dict) and meta.get("title"):
            return str(meta["title"])
    return ""


def page_titles(docs: Path) -> dict[str, str]:
    """The titles of the hand-written pages (their first "# " heading), by address."""
    titles = {}
    for lang in model.LANGUAGES:
        for file in sorted((docs / lang).rglob("*.md")):
            heading = next((line[2:].strip() for line in file.read_text(encoding="utf-8").splitlines()
                            if line.startswith("# ")), "")
            if heading:
                titles[urls.address(file.relative_to(docs / lang).as_posix(), lang)] = heading
    return titles


def _period(kausi: model.Kausi) -> str:
    return f"{kausi.alku}–{kausi.loppu}"


def front_matter(**meta: str) -> Md:
    return Md("---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=True, width=1000) + "---\n")
