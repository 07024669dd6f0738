"""The accessibility test report (written by tests/a11y) as the site publishes it.

The test run writes reports/accessibility/report.json; the build reads it, renders a readable
page in each language and publishes the JSON itself beside it, with the coverage map
(wcag_coverage.py) and an EARL version (earl.py). Without a report the accessibility statement says
that none has been produced, instead of linking to nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from plan.domain import model, wcag_coverage

JSON_NAME = "saavutettavuustestit.json"  # published at the site root, shared by both languages
SITES = ("real", "progress")  # the real data, and the real data with test-only progress (never published)
Site = Literal["real", "progress"]


class _Read(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class Note(_Read):
    fi: str
    sv: str


class PageResult(_Read):
    """One check's tests on one page (page None: tests of the whole site, such as title uniqueness)."""

    site: Site = "real"
    page: str | None = None
    passed: int = Field(default=0, ge=0)
    failed: int = Field(default=0, ge=0)


class Check(_Read):
    id: str
    criteria: list[str]
    fi: str
    sv: str
    note: Note | None = None
    passed: int = Field(ge=0)
    failed: int = Field(ge=0)
    by_page: list[PageResult] = []

    @property
    def ok(self) -> bool:
        return self.failed == 0 and self.passed > 0


class Failure(_Read):
    """Where a check failed: the page view, the element and what was wrong."""

    check: str
    criteria: list[str] = []
    site: Site = "real"
    page: str | None = None
    lang: str | None = None
    scheme: str | None = None  # light, dark
    width: int | None = None
    element: str = ""  # the CSS selector
    role: str = ""  # the element's role, as Chromium computes it
    name: str = ""  # its accessible name or visible text, in the page's language
    message: str
    test: str = ""


class AxeNode(_Read):
    target: list = []
    html: str = ""
    summary: str = ""

    @property
    def selector(self) -> str:
        return " ".join(str(t) for t in self.target)


class AxeRule(_Read):
    id: str
    help: str
    tags: list[str] = []
    nodes: list[AxeNode] = []


class AxeView(_Read):
    site: Site = "real"
    page: str
    scheme: str
    width: int
    passes: list[str] = []  # rule ids
    inapplicable: list[str] = []
    violations: list[AxeRule] = []
    incomplete: list[AxeRule] = []

    @property
    def lang(self) -> str:
        return "sv" if self.page.startswith("/sv/") else "fi"


class Environment(_Read):
    chromium: str = ""
    chromedriver: str = ""
    axe_core: str = ""
    html_codesniffer: str = ""
    nu_checker: str = ""
    os: str = ""
    python: str = ""
    repository: str = ""  # the repository's public address, when the run knew it (GitHub Actions)

    def commit_url(self, commit: str) -> str | None:
        return f"{self.repository}/commit/{commit}" if self.repository and commit else None


class Sample(_Read):
    real: list[str] = []  # every built page of the real site, both languages
    progress: list[str] = []  # pages of the site built with test-only progress


@dataclass(frozen=True)
class ReviewItem:
    """One "needs review" element of axe on one page, over the views that raised it, with the
    outcome a person recorded in data/axe-tarkistettavat.yml (None: open)."""

    rule: str
    help: str
    page: str
    element: str
    views: tuple[tuple[str, int], ...]  # (scheme, width)
    outcome: model.AxeTarkistus | None

    @property
    def open(self) -> bool:
        return self.outcome is None


class Report(_Read):
    generated: dt.datetime
    commit: str
    uncommitted_changes: bool = False
    environment: Environment = Environment()
    pages: int
    views: int
    sample: Sample = Sample()
    checks: list[Check]
    failures: list[Failure] = []
    axe: list[AxeView]
    coverage: wcag_coverage.Coverage = Field(default_factory=wcag_coverage.load)

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def check(self, check_id: str) -> Check | None:
        return next((c for c in self.checks if c.id == check_id), None)

    def failed(self) -> list[Failure]:
        """Every recorded failure: check, criteria, page, language, scheme, width, element, message."""
        return list(self.failures)

    def needs_review(self, reviews: list[model.AxeTarkistus] = ()) -> list[ReviewItem]:
        """axe's "incomplete" elements on the published (real) pages, each with its outcome."""
        found: dict[tuple[str, str, str], tuple[AxeRule, list[tuple[str, int]]]] = {}
        for view in self.axe:
            if view.site != "real":
                continue
            for rule in view.incomplete:
                for node in rule.nodes or [AxeNode()]:
                    key = (rule.id, view.page, node.selector)
                    found.setdefault(key, (rule, []))[1].append((view.scheme, view.width))
        items = []
        for (rule_id, page, element), (rule, views) in sorted(found.items()):
            outcome = next((r for r in reviews if r.saanto == rule_id and r.sivu == page
                            and (r.kohde is None or r.kohde == element)), None)
            items.append(ReviewItem(rule_id, rule.help, page, element, tuple(views), outcome))
        return items

    def open_needs_review(self, reviews: list[model.AxeTarkistus] = ()) -> list[ReviewItem]:
        return [item for item in self.needs_review(reviews) if item.open]

    def axe_help(self) -> dict[str, str]:
        """axe's own (English) text of each rule that needed review or failed somewhere."""
        return {r.id: r.help for v in self.axe for r in [*v.incomplete, *v.violations]}

    def axe_rules(self, site: str = "real") -> list[dict]:
        """Per axe rule, in how many views of a site it passed, was inapplicable, needs review or failed."""
        rules: dict[str, dict] = {}
        views = [v for v in self.axe if v.site == site]
        for view in views:
            kinds = {"passes": view.passes, "inapplicable": view.inapplicable,
                     "incomplete": [r.id for r in view.incomplete], "violations": [r.id for r in view.violations]}
            for kind, ids in kinds.items():
                for rule_id in ids:
                    rules.setdefault(rule_id, {"id": rule_id, "passes": 0, "inapplicable": 0, "incomplete": 0, "violations": 0})[kind] += 1
        return sorted(rules.values(), key=lambda r: (-r["violations"], -r["incomplete"], r["id"]))

    def axe_view_groups(self, site: str = "real") -> list[tuple[list[AxeView], dict[str, list[str]]]]:
        """The views of a site grouped by their axe results, each group with the rules whose outcome
        varies between views (the others have one outcome in every view: `axe_rules` says which),
        by outcome: passes, inapplicable, incomplete, violations."""
        views = [v for v in self.axe if v.site == site]
        outcome = [{**{r: "passes" for r in v.passes}, **{r: "inapplicable" for r in v.inapplicable},
                    **{r.id: "incomplete" for r in v.incomplete}, **{r.id: "violations" for r in v.violations}}
                   for v in views]
        rules = sorted({r for o in outcome for r in o})
        varying = [r for r in rules if len({o.get(r) for o in outcome}) > 1]
        groups: dict[tuple, list[AxeView]] = {}
        for view, found in zip(views, outcome):
            groups.setdefault(tuple(found.get(r) for r in varying), []).append(view)
        kinds = ("violations", "incomplete", "passes", "inapplicable")
        return [(members, {kind: [r for r, o in zip(varying, key) if o == kind] for kind in kinds})
                for key, members in groups.items()]


def load(file: Path) -> tuple[Report, str] | None:
    """The report and its JSON text as published (with the coverage map), or None when no test
    run has written one, or only one in a shape this code no longer reads (a run before an update:
    publishing it would show results the page cannot tell; the next full test run writes anew)."""
    if not file.exists():
        return None
    text = file.read_text(encoding="utf-8")
    try:
        data = json.loads(text)
        report = Report.model_validate(data)
    except (ValueError, ValidationError):
        return None
    if "coverage" not in data:  # a report of an older run: the map of this build
        data["coverage"] = report.coverage.model_dump(exclude_defaults=True)
        text = json.dumps(data, ensure_ascii=False, indent=1)
    return report, text
