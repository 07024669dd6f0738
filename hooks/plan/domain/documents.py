"""The plans and strategies as documents: their state on a date. Plain Python: no MkDocs here.

A document's period is whole years: it is current from 1 January of its first year to
31 December of its last, upcoming before and ended after. Like progress, the state is computed
for the build date ("today", from SOURCE_DATE_EPOCH), never written in the data.

Their pages' addresses are in urls.py (Paths), the checks across their files in load.py.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from plan.domain import model

# A current document says when its period ends during its last months.
ENDING_SOON_MONTHS = 6


class State(StrEnum):
    # Values are the label keys in labels/asiakirjat.yml and the open data's `state`.
    TULOSSA = "tulossa"
    VOIMASSA = "voimassa"
    PAATTYNYT = "paattynyt"


def state(doc: model.Asiakirja, as_of: dt.date) -> State:
    if as_of < doc.starts:
        return State.TULOSSA
    return State.PAATTYNYT if as_of > doc.ends else State.VOIMASSA


def ending_soon(doc: model.Asiakirja, as_of: dt.date) -> bool:
    """Current, and in its last ENDING_SOON_MONTHS months."""
    first_month = 12 - ENDING_SOON_MONTHS + 1
    return state(doc, as_of) is State.VOIMASSA and as_of >= dt.date(doc.kausi.loppu, first_month, 1)


def ended_on(doc: model.Asiakirja, as_of: dt.date) -> dt.date | None:
    """The day after the period's last day, once that day has come: the feeds' entry date."""
    after = doc.ends + dt.timedelta(days=1)
    return after if after <= as_of else None


def ordered(docs: list[model.Document], as_of: dt.date) -> list[model.Document]:
    """Current documents first (plans before strategies), then upcoming, then ended (newest first)."""
    rank = {State.VOIMASSA: 0, State.TULOSSA: 1, State.PAATTYNYT: 2}
    kinds = {"suunnitelma": 0, "strategia": 1}
    return sorted(docs, key=lambda d: (rank[state(d.meta, as_of)], -d.meta.kausi.loppu if state(d.meta, as_of) is State.PAATTYNYT else 0, kinds[d.meta.laji]))
