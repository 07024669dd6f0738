"""How each goal stands as of a date, computed only from its dated reports.

The method, also told to residents on the page "Miten edistymistä seurataan":
- A goal's status is its latest report's (by date; of two on one day, the later in the file).
  A goal with no report is "not reported": nothing is ever inferred.
- A goal is overdue when its deadline has passed (the deadline's last day is before the date)
  and its latest report says it was not started, is in progress or was not achieved. A goal that
  has not been reported is not called overdue, because nobody has said how it stands; its page
  only says that the deadline has passed.
- In summaries, an overdue goal that is not started or in progress counts as "late"; a goal
  reported as not achieved stays "not achieved".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Iterable

from plan import config
from plan.domain.model import Mittari, Raportti, Tavoite, ValtuustokaudenTavoite


class Status(StrEnum):
    # Values are the label keys in labels/*.yml and the CSS class suffixes.
    EI_RAPORTOITU = "ei-raportoitu"
    EI_ALOITETTU = "ei-aloitettu"
    KAYNNISSA = "kaynnissa"
    SAAVUTETTU = "saavutettu"
    EI_SAAVUTETTU = "ei-saavutettu"


class Category(StrEnum):
    """What a summary counts: a status, or "late" for an overdue goal still under way."""

    SAAVUTETTU = "saavutettu"
    KAYNNISSA = "kaynnissa"
    EI_ALOITETTU = "ei-aloitettu"
    MYOHASSA = "myohassa"
    EI_SAAVUTETTU = "ei-saavutettu"
    EI_RAPORTOITU = "ei-raportoitu"


_LATE_WHEN = {Status.EI_ALOITETTU, Status.KAYNNISSA, Status.EI_SAAVUTETTU}


def today() -> dt.date:
    """The build date as the settings give it (config.Settings.as_of: Helsinki's date of
    SOURCE_DATE_EPOCH, else of now). The check and the build pass it down; this is for callers
    that have no settings of their own."""
    return config.read().as_of


@dataclass(frozen=True)
class GoalProgress:
    status: Status
    reports: list[Raportti]  # newest first, only those dated on or before the date
    deadline_passed: bool
    overdue: bool

    @property
    def latest(self) -> Raportti | None:
        return self.reports[0] if self.reports else None

    @property
    def category(self) -> Category:
        if self.overdue and self.status in (Status.EI_ALOITETTU, Status.KAYNNISSA):
            return Category.MYOHASSA
        return Category(self.status.value)


def goal_progress(goal: Tavoite | ValtuustokaudenTavoite, as_of: dt.date) -> GoalProgress:
    dated = [(r.paivamaara, i, r) for i, r in enumerate(goal.raportit) if r.paivamaara <= as_of]
    reports = [r for _, _, r in sorted(dated, key=lambda x: (x[0], x[1]), reverse=True)]
    status = Status(reports[0].status_key) if reports else Status.EI_RAPORTOITU
    deadline = getattr(goal, "deadline", None)  # council-term goals have none in the strategy
    passed = bool(deadline and deadline.last_day and deadline.last_day < as_of)
    return GoalProgress(status, reports, passed, passed and status in _LATE_WHEN)


@dataclass(frozen=True)
class Summary:
    total: int
    counts: dict[Category, int]  # only categories with goals, in the order of `Category`


def summary(goals: Iterable[Tavoite | ValtuustokaudenTavoite], as_of: dt.date) -> Summary:
    categories = [goal_progress(g, as_of).category for g in goals]
    counts = {c: categories.count(c) for c in Category if c in categories}
    return Summary(len(categories), counts)


@dataclass(frozen=True)
class Point:
    period: int | str  # a year (2025) or a month ("2025-05")
    value: float | bool
    reported: dt.date


def indicator_series(goal: Tavoite, indicator: Mittari, as_of: dt.date) -> list[Point]:
    """An indicator's reported values over time, one per period (the newest report's), oldest first."""
    latest: dict[str, Point] = {}
    for report in reversed(goal_progress(goal, as_of).reports):  # oldest first, so newer ones win
        for value in report.arvot:
            if value.mittari == indicator.id:
                latest[value.jakso] = Point(value.period, value.value, report.paivamaara)
    return [latest[k] for k in sorted(latest)]


class Need(StrEnum):
    """What a goal needs from its reporters, most urgent first (the page "Raportoinnin tilanne").
    Values are the label keys in labels/raportointi.yml."""

    DEADLINE_PASSED = "maaraaika-mennyt"  # its deadline has passed and it has no report at all
    NOT_THIS_YEAR = "ei-tana-vuonna"  # no report dated this calendar year
    REPORTED = "raportoitu"  # reported this year


@dataclass(frozen=True)
class ReportingNeed:
    goal: Tavoite
    need: Need
    progress: GoalProgress


def reporting_needs(goals: Iterable[Tavoite], as_of: dt.date) -> list[ReportingNeed]:
    """Every goal with what it needs, by urgency: the group (Need's order), then the earliest
    deadline (none last), then the oldest latest report (none first), then the plan's order."""
    out = []
    for order, goal in enumerate(goals):
        p = goal_progress(goal, as_of)
        if p.latest is None and p.deadline_passed:
            need = Need.DEADLINE_PASSED
        elif p.latest is None or p.latest.paivamaara.year < as_of.year:
            need = Need.NOT_THIS_YEAR
        else:
            need = Need.REPORTED
        deadline = goal.deadline.last_day if goal.deadline and goal.deadline.last_day else dt.date.max
        latest = p.latest.paivamaara if p.latest else dt.date.min
        out.append(((list(Need).index(need), deadline, latest, order), ReportingNeed(goal, need, p)))
    return [item for _, item in sorted(out, key=lambda pair: pair[0])]
