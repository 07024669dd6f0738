"""Status of goals as of a date, and summaries of statuses.

The data holds no progress reports yet, so every goal is "not reported" ("ei raportoitu").
Reports, overdue flags and their computation arrive with the progress issue; the pages
already ask this module, so that they will show whatever it computes.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from enum import StrEnum
from typing import Iterable

from .model import Tavoite


class Status(StrEnum):
    # Values are the label keys in labels.yml and the CSS class suffixes.
    EI_RAPORTOITU = "ei-raportoitu"
    EI_ALOITETTU = "ei-aloitettu"
    KAYNNISSA = "kaynnissa"
    SAAVUTETTU = "saavutettu"
    EI_SAAVUTETTU = "ei-saavutettu"


def today() -> dt.date:
    """The build date: from SOURCE_DATE_EPOCH when set, so that builds are reproducible."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).date()
    return dt.date.today()


def goal_status(goal: Tavoite, as_of: dt.date) -> Status:
    """A goal with no report is not reported; nothing is ever inferred."""
    return Status.EI_RAPORTOITU


def summary(goals: Iterable[Tavoite], as_of: dt.date) -> Counter[Status]:
    """How many goals are in each status, in the order of `Status`."""
    counts = Counter(goal_status(g, as_of) for g in goals)
    return Counter({s: counts[s] for s in Status if counts[s]})
