"""Nothing published disappears silently (issue 26): the register of what the site has published.

`data/julkaistut.yml` lists, per plan, every area, goal and report the site has published:
document id → area id → goal id → the dates of its reports. Its areas and goals are addresses
(`/painopisteet/<area>/`, `…/#<goal>`), so an id changed is an address gone. The check (`load.load`)
fails when something in the register is no longer in the data, unless the data records its
withdrawal on purpose: `poistetut_painopisteet` in the plan file, `poistetut_tavoitteet` in the
area's file, `poistetut_raportit` on the goal, each with a date and a reason in Finnish and Swedish;
the old address then tells readers what happened (render.py).

Nothing new makes the check fail: a goal or report added is simply not in the register yet. The
register only grows: `./scripts/check --paivita-julkaistut` adds what the data has now, and is
run by the publish workflow on main after each deployment (the job "julkaistut"), which commits
the file. Editors never edit it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plan.domain import model
from plan.messages import Message
from plan.site import urls

if TYPE_CHECKING:
    from plan.data.load import DataError, Source

FILE = "julkaistut.yml"
HEADER = (
    "# Sivustolla julkaistut painopisteet, tavoitteet ja raportit: suunnitelma → painopiste → tavoite →\n"
    "# raporttien päivämäärät. Tarkistus ei päästä näitä katoamaan huomaamatta (OHJEET.md, kohta 8).\n"
    "# Älä muokkaa käsin: julkaisu päivittää tiedoston (./scripts/check --paivita-julkaistut).\n"
)

Register = dict[str, dict[str, dict[str, list[dt.date]]]]


def _both(fi: str, sv: str) -> Message:
    # The check prints these in both languages unless one is chosen (DataError.both): issue 26.
    return Message(fi, sv)


def check(
    register: Register, register_src: Source, docs: model.Asiakirjat | None, docs_src: Source | None,
    plans: dict[str, tuple[Source | None, Any, dict[str, tuple[Source, model.Painopiste]]]],
    errors: list[DataError],
) -> None:
    """Every registered area, goal and report is in the data, or its withdrawal is recorded."""
    listed = {d.id: d for d in docs.asiakirjat} if docs else {}
    for doc_id, areas in register.items():
        if docs and doc_id not in listed:
            errors.append(register_src.error((doc_id,), _both(
                f"suunnitelman '{doc_id}' painopisteet on julkaistu, mutta suunnitelma puuttuu tiedostosta asiakirjat.yml: "
                "palauta se (päättynytkin suunnitelma pysyy sivustolla)",
                f"planen '{doc_id}' fokusområden är publicerade, men planen saknas i filen asiakirjat.yml: "
                "återställ den (också en plan som upphört finns kvar på webbplatsen)",
            ), both=True))
            continue
        if doc_id not in plans or not plans[doc_id][1]:
            continue  # not read (its own errors are listed), or a strategy: nothing to compare
        plan_src, plan, area_files = plans[doc_id]
        paths = urls.Paths(listed[doc_id]) if doc_id in listed else None
        withdrawn_areas = {a.id for a in plan.poistetut_painopisteet}
        _withdrawn_and_there(plan_src, "poistetut_painopisteet", plan.poistetut_painopisteet, set(area_files), errors)
        for area_id, goals in areas.items():
            page = paths.area(model.Painopiste.model_construct(id=area_id)) if paths else f"painopisteet/{area_id}.md"
            if area_id not in area_files:
                file = plan_src.file.parent / "painopisteet" / f"{area_id}.yml"
                if area_id not in withdrawn_areas and not file.exists():  # one that is there but not valid has its own errors
                    errors.append(plan_src.error(("painopisteet",), _both(
                        f"painopiste '{area_id}' on julkaistu osoitteessa {urls.address(page, 'fi')}, mutta sen tiedosto "
                        f"painopisteet/{area_id}.yml puuttuu. Jos poistit sen vahingossa tai muutit sen tunnistetta, palauta "
                        f"tiedosto ja tunniste '{area_id}'. Jos painopiste poistetaan tarkoituksella, lisää tähän tiedostoon "
                        f"kohta poistetut_painopisteet: - id: {area_id}, otsikko (fi, sv) ja poistettu: paivamaara ja syy (fi, sv)",
                        f"fokusområdet '{area_id}' är publicerat på {urls.address(page, 'sv')}, men dess fil "
                        f"painopisteet/{area_id}.yml saknas. Om du tog bort den av misstag eller ändrade dess id, återställ "
                        f"filen och id:t '{area_id}'. Om fokusområdet tas bort avsiktligt, lägg i den här filen till "
                        f"poistetut_painopisteet: - id: {area_id}, otsikko (fi, sv) och poistettu: paivamaara och syy (fi, sv)",
                    ), both=True))
                continue
            source, area = area_files[area_id]
            _check_area(source, area, goals, page, errors)


_TWICE = {
    "poistetut_painopisteet": ("painopiste '{id}' on sekä poistettu että suunnitelmassa: poista jompikumpi",
                               "fokusområdet '{id}' är både borttaget och med i planen: ta bort det ena"),
    "poistetut_tavoitteet": ("tavoite '{id}' on sekä poistettu että tavoitteissa: poista jompikumpi",
                             "målet '{id}' är både borttaget och bland målen: ta bort det ena"),
}


def _withdrawn_and_there(source: Source, field: str, records: list, ids: set[str], errors: list[DataError]) -> None:
    """A withdrawal record of something still in the data: one of them is a mistake (and one address, two contents)."""
    fi, sv = _TWICE[field]
    for i, record in enumerate(records):
        if record.id in ids:
            errors.append(source.error((field, i, "id"), _both(fi.format(id=record.id), sv.format(id=record.id)), both=True))


def _check_area(source: Source, area: model.Painopiste, goals: dict[str, list[dt.date]], page: str,
                errors: list[DataError]) -> None:
    live = {g.id: (i, g) for i, g in enumerate(area.tavoitteet)}
    withdrawn = {g.id for g in area.poistetut_tavoitteet}
    _withdrawn_and_there(source, "poistetut_tavoitteet", area.poistetut_tavoitteet, set(live), errors)
    new_ids = [g for g in live if g not in goals]
    for goal_id, dates in goals.items():
        if goal_id not in live:
            if goal_id not in withdrawn:
                renamed = f" (nyt tiedostossa on uusi tunniste {', '.join(new_ids)})" if new_ids else ""
                renamed_sv = f" (nu finns det nya id:t {', '.join(new_ids)} i filen)" if new_ids else ""
                errors.append(source.error(("tavoitteet",), _both(
                    f"tavoite '{goal_id}' on julkaistu osoitteessa {urls.address(page, 'fi')}#{goal_id}, mutta se puuttuu"
                    f"{renamed}. Jos poistit sen vahingossa tai muutit sen tunnistetta, palauta tavoite ja tunniste "
                    f"'{goal_id}'. Jos tavoite poistetaan tarkoituksella, lisää tähän tiedostoon kohta poistetut_tavoitteet: "
                    f"- id: {goal_id}, tavoite (fi, sv) ja poistettu: paivamaara ja syy (fi, sv)",
                    f"målet '{goal_id}' är publicerat på {urls.address(page, 'sv')}#{goal_id}, men det saknas{renamed_sv}. "
                    f"Om du tog bort det av misstag eller ändrade dess id, återställ målet och id:t '{goal_id}'. Om målet "
                    f"tas bort avsiktligt, lägg i den här filen till poistetut_tavoitteet: - id: {goal_id}, tavoite (fi, sv) "
                    f"och poistettu: paivamaara och syy (fi, sv)",
                ), both=True))
            continue
        index, goal = live[goal_id]
        have = Counter(r.paivamaara for r in goal.raportit) + Counter(r.raportin_paivamaara for r in goal.poistetut_raportit)
        for day, count in sorted(Counter(dates).items()):
            if have[day] < count:
                at = ("tavoitteet", index, "raportit") if goal.raportit else ("tavoitteet", index, "id")
                shown = day.isoformat()
                errors.append(source.error(at, _both(
                    f"tavoitteen '{goal_id}' raportti {shown} on julkaistu, mutta se puuttuu. Jos poistit sen vahingossa "
                    f"tai muutit sen päivämäärää, palauta se. Jos raportti poistetaan tarkoituksella, lisää tavoitteelle "
                    f"kohta poistetut_raportit: - raportin_paivamaara: {shown} ja poistettu: paivamaara ja syy (fi, sv)",
                    f"rapporten {shown} om målet '{goal_id}' är publicerad, men den saknas. Om du tog bort den av misstag "
                    f"eller ändrade dess datum, återställ den. Om rapporten tas bort avsiktligt, lägg för målet till "
                    f"poistetut_raportit: - raportin_paivamaara: {shown} och poistettu: paivamaara och syy (fi, sv)",
                ), both=True))


def current(plan: model.Plan) -> Register:
    """What the data publishes now: every plan's areas, goals and report dates."""
    out: Register = {}
    for doc in plan.documents:
        if doc.suunnitelma:
            out[doc.id] = {
                area.id: {goal.id: sorted(r.paivamaara for r in goal.raportit) for goal in area.tavoitteet}
                for area in doc.painopisteet
            }
    return out


def merged(old: Register, now: Register) -> Register:
    """The register grown by what is published now: nothing is ever dropped (a withdrawn goal
    stays, so that its record cannot be removed silently either)."""
    out: Register = {}
    for doc_id in sorted({*old, *now}):
        areas_old, areas_now = old.get(doc_id, {}), now.get(doc_id, {})
        out[doc_id] = {}
        for area_id in sorted({*areas_old, *areas_now}):
            goals_old, goals_now = areas_old.get(area_id, {}), areas_now.get(area_id, {})
            out[doc_id][area_id] = {
                goal_id: sorted((Counter(goals_old.get(goal_id, [])) | Counter(goals_now.get(goal_id, []))).elements())
                for goal_id in sorted({*goals_old, *goals_now})
            }
    return out


def text(register: Register) -> str:
    """The register as written: one line per goal, its report dates in a flow list."""
    lines = [HEADER.rstrip("\n"), "asiakirjat:" + ("" if register else " {}")]
    for doc_id, areas in register.items():
        lines.append(f"  {doc_id}:" + ("" if areas else " {}"))
        for area_id, goals in areas.items():
            lines.append(f"    {area_id}:" + ("" if goals else " {}"))
            for goal_id, dates in goals.items():
                lines.append(f"      {goal_id}: [{', '.join(d.isoformat() for d in dates)}]")
    return "\n".join(lines) + "\n"


def counts(register: Register) -> tuple[int, int, int]:
    """(areas, goals, reports) in a register."""
    areas = [goals for doc in register.values() for goals in doc.values()]
    goals = [dates for area in areas for dates in area.values()]
    return len(areas), len(goals), sum(len(d) for d in goals)
