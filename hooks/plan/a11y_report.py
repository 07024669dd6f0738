"""The accessibility test report (written by tests/a11y) as the site publishes it.

The test run writes reports/accessibility/report.json; the build reads it, renders a readable
page in each language and publishes the JSON itself beside it. Without a report the
accessibility statement says that none has been produced, instead of linking to nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

JSON_NAME = "saavutettavuustestit.json"  # published at the site root, shared by both languages


class Check(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str
    criteria: list[str]
    fi: str
    sv: str
    passed: int = Field(ge=0)
    failed: int = Field(ge=0)

    @property
    def ok(self) -> bool:
        return self.failed == 0 and self.passed > 0


class AxeRule(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str
    help: str
    nodes: list[dict] = []


class AxeView(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    page: str
    scheme: str
    width: int
    violations: list[AxeRule] = []
    incomplete: list[AxeRule] = []


class Report(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    generated: dt.datetime
    commit: str
    uncommitted_changes: bool = False
    axe_core: str
    chromium: str
    pages: int
    views: int
    checks: list[Check]
    axe: list[AxeView]

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def needs_review(self) -> list[tuple[AxeRule, int]]:
        """axe's "incomplete" rules (a person must look), with how many views raised each."""
        seen: dict[str, tuple[AxeRule, int]] = {}
        for view in self.axe:
            for rule in view.incomplete:
                first, count = seen.get(rule.id, (rule, 0))
                seen[rule.id] = (first, count + 1)
        return sorted(seen.values(), key=lambda item: item[0].id)


def load(file: Path) -> tuple[Report, str] | None:
    """The report and its JSON text, or None when no test run has written one."""
    if not file.exists():
        return None
    text = file.read_text(encoding="utf-8")
    return Report.model_validate(json.loads(text)), text
