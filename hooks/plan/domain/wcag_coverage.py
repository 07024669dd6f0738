"""The coverage map: what the accessibility gate decides of each WCAG success criterion.

Kept by hand in wcag_coverage.yml beside this module and checked here on loading (tests tie it to
tests/helpers/checks.py and to the engines' own rule lists). The test report shows it as a table and
carries it in its JSON; earl.py takes each criterion's W3C address from it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, model_validator

FILE = Path(__file__).with_name("wcag_coverage.yml")

CATEGORIES = ("automated", "partly", "manual", "not-applicable", "not-tested")
Category = Literal["automated", "partly", "manual", "not-applicable", "not-tested"]
TARGET = "2.1"  # the site's target: WCAG 2.1 level AA


class Note(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    fi: str
    sv: str


class Criterion(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    level: Literal["A", "AA", "AAA"]
    wcag: Literal["2.1", "2.2"]  # 2.2: new in WCAG 2.2, beyond the site's target
    name: str  # WCAG's official English name
    w3c_id: str
    category: Category
    checks: list[str] = []  # ids in tests/helpers/checks.py
    axe: list[str] = []  # axe-core rule ids
    htmlcs: list[str] = []  # HTML_CodeSniffer WCAG2AA sniffs
    note: Note | None = None
    obsolete_in_22: bool = False

    @model_validator(mode="after")
    def _consistent(self) -> Criterion:
        tested = bool(self.checks or self.axe or self.htmlcs)
        if self.category in ("automated", "partly") and not tested:
            raise ValueError(f"{self.id}: {self.category} needs the checks that test it")
        if self.category not in ("automated", "partly") and tested:
            raise ValueError(f"{self.id}: {self.category} names checks; is it partly automated?")
        if self.category in ("partly", "not-applicable") and self.note is None:
            raise ValueError(f"{self.id}: {self.category} needs a note (what a person judges, or why not applicable)")
        return self

    @property
    def iri(self) -> str:
        """The criterion's address in the W3C recommendation it belongs to."""
        return f"https://www.w3.org/TR/WCAG{self.wcag.replace('.', '')}/#{self.w3c_id}"

    @property
    def beyond_aa(self) -> bool:
        return self.level == "AAA"

    @property
    def in_target(self) -> bool:
        """One of the 50 WCAG 2.1 level A and AA criteria."""
        return self.wcag == TARGET and not self.beyond_aa

    @property
    def engine_checks(self) -> list[str]:
        """Every check id that decides part of this criterion, the engines included."""
        return [*self.checks, *(["axe"] if self.axe else []), *(["htmlcs"] if self.htmlcs else [])]


class Coverage(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    criteria: list[Criterion]

    @model_validator(mode="after")
    def _unique(self) -> Coverage:
        ids = [c.id for c in self.criteria]
        if len(ids) != len(set(ids)):
            raise ValueError(f"criteria listed twice: {sorted({i for i in ids if ids.count(i) > 1})}")
        return self

    def get(self, criterion: str) -> Criterion | None:
        return next((c for c in self.criteria if c.id == criterion), None)

    def groups(self) -> dict[str, list[Criterion]]:
        """The criteria in the order the report shows them: the target, then WCAG 2.2, then beyond AA."""
        return {
            "target": [c for c in self.criteria if c.in_target],
            "wcag22": [c for c in self.criteria if c.wcag == "2.2" and not c.beyond_aa],
            "beyond": [c for c in self.criteria if c.beyond_aa],
        }

    def counts(self, group: str = "target") -> dict[str, int]:
        """How many criteria of a group fall in each category (all categories, zeros too)."""
        members = self.groups()[group]
        return {cat: sum(1 for c in members if c.category == cat) for cat in CATEGORIES}

    def of_check(self, check: str) -> list[Criterion]:
        return [c for c in self.criteria if check in c.engine_checks]


@cache
def load(file: Path = FILE) -> Coverage:
    data = yaml.load(file.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return Coverage.model_validate(data)
