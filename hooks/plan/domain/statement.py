"""The accessibility statement's facts: what is not accessible and what the status may say.

Three sources feed the list of non-accessible content (law 306/2019 §15, the EU model statement):
the problems an editor knows (`saavutettavuus.puutteet` in data/sivusto.yml), the checks the
automated report found failing, and the criteria the newest manual evaluation failed. Nothing is
listed that none of them says; and "no known problems" is said only when a manual evaluation
backs it (issue 15).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from plan.domain import a11y_report, model

Source = Literal["tiedossa", "testit", "kasiarviointi"]


@dataclass(frozen=True)
class Problem:
    """One item of non-accessible content, in the model statement's terms."""

    kuvaus: model.Teksti  # the problem in plain language
    kriteerit: list[str]
    lahde: Source
    missa: model.Teksti | None = None  # where, in words
    sivut: list[str] = field(default_factory=list)  # where, as site addresses
    ketka: model.Teksti | None = None  # whom it hinders
    kiertotie: model.Teksti | None = None
    korjataan: dt.date | None = None
    tarkistus: str | None = None  # the failed check's id (testit): the page describes its barrier


@dataclass(frozen=True)
class Statement:
    problems: list[Problem]
    status: str  # taysin / osittain / ei, as the page may say it
    evaluation: model.Kasiarviointi | None
    report: a11y_report.Report | None

    @property
    def none_known(self) -> bool:
        """Nothing is known to be inaccessible, and a person has evaluated the site."""
        return not self.problems and self.evaluation is not None


def of(plan: model.Plan, report: a11y_report.Report | None) -> Statement:
    data = plan.sivusto.saavutettavuus
    problems = [
        Problem(kuvaus=p.kuvaus, kriteerit=list(p.kriteerit), lahde="tiedossa", missa=p.missa,
                ketka=p.ketka, kiertotie=p.kiertotie, korjataan=p.korjataan)
        for p in data.puutteet
    ]
    problems += _automated(report)
    problems += _manual(plan.kasiarviointi)
    status = data.tila
    if status == "taysin" and (problems or plan.kasiarviointi is None):
        status = "osittain"  # load.py refuses this for data; a failing report can still make it so
    return Statement(problems, status, plan.kasiarviointi, report)


def _automated(report: a11y_report.Report | None) -> list[Problem]:
    """One item per failed check, with the criteria its failures broke and the published pages
    they were on (the report page tells each element and view)."""
    if report is None:
        return []
    problems = []
    failed = report.failed()
    for check in (c for c in report.checks if c.failed):
        failures = [f for f in failed if f.check == check.id]
        criteria = {c for f in failures for c in f.criteria} or set(check.criteria)
        pages = {f.page for f in failures if f.page and f.site == "real"}
        problems.append(Problem(kuvaus=model.Teksti(fi=check.fi, sv=check.sv), lahde="testit", tarkistus=check.id,
                                kriteerit=sorted(criteria, key=_number), sivut=sorted(pages)))
    return problems


def _number(criterion: str) -> tuple[int, ...]:
    return tuple(int(part) for part in criterion.split("."))


def _manual(evaluation: model.Kasiarviointi | None) -> list[Problem]:
    if evaluation is None:
        return []
    return [
        Problem(kuvaus=r.havainto, kriteerit=[r.kriteeri], lahde="kasiarviointi", sivut=list(r.sivut),
                kiertotie=r.kiertotie, korjataan=r.korjataan)
        for r in evaluation.tulokset
        if r.tulos == "hylatty" and r.havainto
    ]
