"""The plans and strategies as documents: their checks across files, their state on a date and
their pages' addresses. Plain Python: no MkDocs here.

A document's period is whole years: it is current from 1 January of its first year to
31 December of its last, upcoming before and ended after. Like progress, the state is computed
for the build date ("today", from SOURCE_DATE_EPOCH), never written in the data.

Addresses last (issue 16): the documents with `osoite: null` keep the site's first addresses
(/suunnitelma/, /painopisteet/<id>/, /koko-suunnitelma/, /strategia/); every other document has
its own folder, e.g. /strategia-2026-2029/, so that a later document never takes an address that
was published for another one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from . import model

if TYPE_CHECKING:
    from .load import DataError, Source

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


# --- addresses --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Paths:
    """The .md paths (the same in both languages) of one document's pages."""

    doc: model.Asiakirja

    @property
    def _folder(self) -> str:
        return "" if self.doc.osoite is None else f"{self.doc.osoite}/"

    @property
    def main(self) -> str:
        """The document's own page: the plan's "about" page, the strategy page."""
        if self.doc.osoite is None:
            return "suunnitelma.md" if self.doc.laji == "suunnitelma" else "strategia.md"
        return f"{self.doc.osoite}/index.md"

    def area(self, area: model.Painopiste | model.PoistettuPainopiste) -> str:
        return f"{self._folder}painopisteet/{area.id}.md"

    @property
    def whole(self) -> str:
        return f"{self._folder}koko-suunnitelma.md"


# --- checks across files ------------------------------------------------------------------------


def check_list(source: Source, docs: model.Asiakirjat, errors: list[DataError]) -> None:
    """Ids and addresses unique, successors known, one document per kind at the first addresses."""
    ids = [d.id for d in docs.asiakirjat]
    addresses: dict[str, int] = {}
    first: dict[str, int] = {}
    for i, doc in enumerate(docs.asiakirjat):
        at = ("asiakirjat", i)
        if ids.index(doc.id) != i:
            errors.append(source.error(at + ("id",), f"tunniste '{doc.id}' on jo käytössä: valitse toinen"))
        if doc.osoite is None:
            if doc.laji in first:
                errors.append(source.error(at + ("osoite",), (
                    f"sivuston ensimmäiset osoitteet ovat jo asiakirjalla '{docs.asiakirjat[first[doc.laji]].id}': "
                    "anna tälle oma osoite, esim. sen tunniste"
                )))
            first.setdefault(doc.laji, i)
        elif doc.osoite in addresses or doc.osoite in _RESERVED:
            errors.append(source.error(at + ("osoite",), f"osoite '{doc.osoite}' on jo käytössä: valitse toinen"))
        else:
            addresses[doc.osoite] = i
        successor = doc.korvaaja.asiakirja if doc.korvaaja else None
        if successor is not None and successor not in ids:
            errors.append(source.error(at + ("korvaaja", "asiakirja"), (
                f"asiakirjaa '{successor}' ei ole: tunnisteet ovat {', '.join(ids)}"
            )))
        elif successor == doc.id:
            errors.append(source.error(at + ("korvaaja", "asiakirja"), "asiakirja ei voi korvata itseään"))
    for laji in ("suunnitelma", "strategia"):
        if laji not in first:
            errors.append(source.error(("asiakirjat",), (
                f"yhdellä {laji}lla pitää olla sivuston ensimmäiset osoitteet: kirjoita sille osoite: null"
            )))


# Folders of the site's own pages and files, which no document's address may take.
_RESERVED = {"painopisteet", "suunnitelma", "strategia", "koko-suunnitelma", "mita-uutta", "seuranta",
             "avoin-data", "saavutettavuusseloste", "aiemmat-suunnitelmat-ja-strategiat", "data", "sv",
             "assets", "search", "pagefind", "raportoinnin-tilanne", "admin"}


def check_content(
    source: Source, index: int, doc: model.Asiakirja, content_src: Source, content, errors: list[DataError]
) -> None:
    """A content file names the same document: its name and period (and a plan's approval) agree."""
    fields = ["nimi", "kausi"] + (["hyvaksynta"] if doc.laji == "suunnitelma" else [])
    for name in fields:
        if getattr(content, name) != getattr(doc, name):
            errors.append(content_src.error((name,), (
                f"{name} ei ole sama kuin asiakirjan '{doc.id}' tiedostossa asiakirjat.yml "
                f"(rivi {source.error(('asiakirjat', index, name), '').line}): korjaa toinen"
            )))
