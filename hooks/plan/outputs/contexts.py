"""What each page template gets: one dataclass per template, with exactly the names it uses
(tests/plan/test_contexts.py compares them with the templates). The values and helpers come from
the page's own context (Renderer._context_<kind>, the document's pages) and from render.PageViews.

Helpers are typed by what they return: `Text` for markup made from data or labels (render.Md),
`Link` for a link target. Plain Python: no Jinja here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Callable

from plan.domain import model, progress, statement
from plan.site import pages, urls
from plan.labels import Labels

Text = Callable[..., str]  # a helper that returns markup (render.Md)
Link = Callable[[str], str]  # a page's source path → a link target from this page


@dataclass(frozen=True)
class _Every:
    """Every page: its words and its front matter."""

    L: Labels
    meta: Text


@dataclass(frozen=True)
class _Content(_Every):
    """Every page with data text, and the notice of a Swedish text not yet reviewed."""

    t: Text
    translation_notice: str


@dataclass(frozen=True)
class HomePage(_Content):
    link: Link
    P: dict[str, str]
    plan: model.Plan
    paths: urls.Paths
    documents: list[model.Document]
    home_plan: model.Document
    home_strategy: model.Document
    earlier_page: str
    as_of: dt.date
    md: Text
    doc_line: Text
    doc_sentence: Text
    doc_path: Link
    area_path: Link
    area_summary: Text
    summary_of: Text


@dataclass(frozen=True)
class _DocumentPage(_Content):
    """The pages of one document: the notice of its period on top."""

    doc_notice: str


@dataclass(frozen=True)
class PlanPage(_DocumentPage):
    link: Link
    plan: model.Plan
    md: Text
    approval: Text
    area_path: Link


@dataclass(frozen=True)
class _GoalsPage(_DocumentPage):
    """Pages that show goals (goal.md.j2) with their status, deadline, reports and indicators."""

    link: Link
    P: dict[str, str]
    area_path: Link
    area_summary: Text
    badge: Text
    goal_deadline: Text
    indicator_blocks: Text
    progress_of: Callable[[Any], progress.GoalProgress]
    source: Text
    goal_texts: Callable[..., Any]  # an area → render.GoalTexts, its goal texts with their footnote links


@dataclass(frozen=True)
class AreaPage(_GoalsPage):
    lang: str
    area: model.Painopiste
    paths: urls.Paths
    md: Text
    noted: Callable[[model.Painopiste], set[int]]
    note_id: Callable[[model.Painopiste, int], str]
    note_ref_id: Callable[[model.Painopiste, int], str]


@dataclass(frozen=True)
class WholePlanPage(_GoalsPage):
    plan: model.Plan
    as_of: dt.date
    summary_of: Text


@dataclass(frozen=True)
class WithdrawnAreaPage(_DocumentPage):
    link: Link
    lang: str
    paths: urls.Paths
    record: model.PoistettuPainopiste
    sentence: Text


@dataclass(frozen=True)
class StrategyPage(_DocumentPage):
    plan: model.Plan
    md: Text
    council_goals: Text


@dataclass(frozen=True)
class DocumentPage(_DocumentPage):
    lang: str
    doc: model.Document
    approval: Text


@dataclass(frozen=True)
class EarlierPage(_Content):
    link: Link
    ended: list[model.Document]
    doc_path: Link
    successor_of: Callable[[model.Document], model.Document | None]
    link_to: Text
    sentence_of: Text
    source: Text


@dataclass(frozen=True)
class WhatsNewPage(_Content):
    link: Link
    P: dict[str, str]
    entries: list
    left_out: int
    feed: str
    badge: Text
    link_to: Text
    sentence: Text
    source: Text


@dataclass(frozen=True)
class ReportingPage(_Content):
    link: Link
    lang: str
    as_of: dt.date
    needs: list[progress.ReportingNeed]
    groups: list[progress.Need]
    placed: dict[str, dict]
    site_root: str
    goal_deadline: Text
    sentence: Text


@dataclass(frozen=True)
class OpenDataPage(_Content):
    link: Link
    P: dict[str, str]
    lang: str
    plan: model.Plan
    as_of: dt.date
    site_root: str


@dataclass(frozen=True)
class StatementPage(_Every):
    """The statement is the one the law requires in each language: no translation notice."""

    link: Link
    t: Text
    lang: str
    plan: model.Plan
    statement: statement.Statement
    site_url: str | None
    report_page: str
    report_earl: str
    md: Text
    sentence: Text
    law_count: Text
    page_title: Text


@dataclass(frozen=True)
class ReportPage(_Every):
    link: Link
    P: dict[str, str]
    part: Text


@dataclass(frozen=True)
class _EasyPage(_Every):
    """The easy-language pages (easy_top.md.j2): the notice until an expert has checked the text,
    the state of a plan or strategy not in force, and the link to the standard page."""

    checked: bool
    easy_state: str
    link: Link
    standard_page: str
    sentence: Text
    md: Text
    P: dict[str, str]


@dataclass(frozen=True)
class EasyHomePage(_EasyPage):
    t: Text
    easy: model.Selkokieli
    areas: list[pages.EasyPage]
    strategy: pages.EasyPage


@dataclass(frozen=True)
class EasyAreaPage(_EasyPage):
    t: Text
    lang: str
    area: model.Painopiste
    items: Text
    badge: Text
    progress_of: Callable[[Any], progress.GoalProgress]


@dataclass(frozen=True)
class EasyStrategyPage(_EasyPage):
    t: Text
    easy: model.Selkokieli
    doc: model.Document


@dataclass(frozen=True)
class EasyFollowUpPage(_EasyPage):
    easy: model.Selkokieli


BY_TEMPLATE: dict[str, type] = {
    "home.md.j2": HomePage,
    "plan.md.j2": PlanPage,
    "area.md.j2": AreaPage,
    "withdrawn_area.md.j2": WithdrawnAreaPage,
    "whole_plan.md.j2": WholePlanPage,
    "strategy.md.j2": StrategyPage,
    "document.md.j2": DocumentPage,
    "earlier.md.j2": EarlierPage,
    "whats_new.md.j2": WhatsNewPage,
    "reporting.md.j2": ReportingPage,
    "open_data.md.j2": OpenDataPage,
    "statement.md.j2": StatementPage,
    "a11y_report.md.j2": ReportPage,
    "easy_home.md.j2": EasyHomePage,
    "easy_area.md.j2": EasyAreaPage,
    "easy_strategy.md.j2": EasyStrategyPage,
    "easy_follow_up.md.j2": EasyFollowUpPage,
}
