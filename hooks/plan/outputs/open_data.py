"""Open data: the plan, the strategy and the progress of their goals as files anyone can reuse.

- data/plan.json         everything in both languages, with stable ids and the computed status
- data/goals.csv         one row per plan goal, for spreadsheets (UTF-8 with BOM, RFC 4180)
- data/plan.schema.json  the JSON Schema (draft 2020-12) of plan.json, generated from the models below

The export models are separate from model.py on purpose: model.py describes what editors write
(Finnish keys), these describe what is published (English keys, stable once published). Status
is computed only by progress.py, as of the build date, exactly as the pages show it; nothing is
inferred and no field is added that the data does not have. Plain Python: no MkDocs here.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StringConstraints

from plan.domain import documents, model, progress
from plan.site import urls
from plan.markup import text as data_text

PLAN_JSON = "data/plan.json"
GOALS_CSV = "data/goals.csv"
PLAN_SCHEMA = "data/plan.schema.json"

# The column names of goals.csv: stable once published (scripts and spreadsheets rely on them).
CSV_COLUMNS = (
    "id", "painopiste", "tavoite_fi", "tavoite_sv", "vastuutahot_fi", "vastuutahot_sv",
    "mittarit_fi", "mittarit_sv", "maaraaika", "tila", "myohassa", "viimeisin_raportti",
    "asiakirja",  # added last (issue 16), so that the earlier columns keep their places
)
LIST_SEPARATOR = " | "

StatusKey = Literal[tuple(s.value for s in progress.Status)]  # type: ignore[valid-type]
Month = Annotated[str, StringConstraints(pattern=model.MONTH_PATTERN)]
Number = Union[StrictBool, float]


class Export(BaseModel):
    """Every key is always present (null where the data has nothing); unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


class Text(Export):
    """A text in Finnish (fi) and Swedish (sv), shown as it is (plain text, no markup)."""

    fi: str
    """Finnish."""
    sv: str | None
    """Swedish (null only in an unpublished preview that lacks the translation)."""


class Period(Export):
    """A period of whole years."""

    start: int
    """First year."""
    end: int
    """Last year."""


class Level(Export):
    """A baseline or target level of an indicator."""

    value: Number
    """A number, or true/false for a yes/no indicator."""
    period: int | Month
    """The year (2025) or month ("2025-05") the value is for."""


class TextIndicator(Export):
    """An indicator or follow-up method given only as text."""

    text: Text
    """The indicator as the plan states it."""


class Indicator(Export):
    """An indicator for which values are reported."""

    id: str
    """Stable id within the goal; report values refer to it."""
    name: Text
    """Name of the indicator."""
    kind: Literal["prosentti", "lukumaara", "per-1000", "kylla-ei"]
    """prosentti (percent), lukumaara (count), per-1000 (cases per thousand) or kylla-ei (yes/no)."""
    unit: Text | None
    """Unit of a count, or null."""
    baseline: Level | None
    """Baseline level, if the plan gives one."""
    target: Level | None
    """Target level, if the plan gives one."""
    better: Literal["suurempi", "pienempi"] | None
    """Which value is better, if the plan says so: suurempi (higher) or pienempi (lower); else null."""


class YearDeadline(Export):
    """A deadline at the end of a year."""

    kind: Literal["vuosi"]
    """vuosi: a year."""
    value: int
    """The year, e.g. 2026 (met if done by 31 December)."""


class MonthDeadline(Export):
    """A deadline at the end of a month."""

    kind: Literal["kuukausi"]
    """kuukausi: a month."""
    value: Month
    """The month, e.g. "2025-05" (met if done by the month's last day)."""


class DateDeadline(Export):
    """A deadline on a date."""

    kind: Literal["paiva"]
    """paiva: a date."""
    value: dt.date
    """The date, e.g. "2025-12-31"."""


class PeriodDeadline(Export):
    """A deadline given as a named period without a date; it never passes."""

    kind: Literal["jakso"]
    """jakso: a named period."""
    value: Text
    """The period as the plan names it, e.g. "by the end of the council term"."""


Deadline = Annotated[
    Union[YearDeadline, MonthDeadline, DateDeadline, PeriodDeadline], Field(discriminator="kind")
]


class Source(Export):
    """What a report is based on."""

    name: Text
    """Name of the document or decision."""
    url: str | None
    """Web address (https), or null."""


class Value(Export):
    """A reported value of an indicator."""

    indicator: str
    """Id of the goal's indicator."""
    value: Number
    """A number, or true/false for a yes/no indicator."""
    period: int | Month
    """The year (2025) or month ("2025-05") the value is for."""


class Report(Export):
    """A dated progress report."""

    date: dt.date
    """Date of the report."""
    status: StatusKey
    """Status the report gives: ei-raportoitu, ei-aloitettu, kaynnissa, saavutettu or ei-saavutettu."""
    note: Text
    """What was done or found."""
    source: Source
    """What the report is based on."""
    values: list[Value]
    """Indicator values the report gives (may be empty)."""


class Goal(Export):
    """A goal of the wellbeing plan, with its computed status."""

    id: str
    """Stable id."""
    document: str
    """Id of the plan (in `documents`) the goal belongs to."""
    text: Text
    """The goal as the plan states it."""
    actions: list[Text]
    """Actions towards the goal."""
    responsible: list[Text]
    """Bodies responsible for the goal."""
    indicators: list[Union[Indicator, TextIndicator]]
    """Indicators or follow-up methods, in the plan's order."""
    deadline: Deadline | None
    """Deadline, or null if the plan gives none."""
    status: StatusKey
    """Status as of `generated`: the latest report's status, or ei-raportoitu if there is none."""
    deadline_passed: bool
    """True if the deadline's last day is before `generated`."""
    overdue: bool
    """True if the deadline has passed and the latest report says ei-aloitettu, kaynnissa or ei-saavutettu."""
    late: bool
    """True if overdue and not started or in progress: shown as "Myöhässä" (late) on the site."""
    latest_report: dt.date | None
    """Date of the latest report, or null."""
    reports: list[Report]
    """Reports dated on or before `generated`, newest first."""


class Area(Export):
    """A priority area of the wellbeing plan."""

    id: str
    """Stable id."""
    number: int | None
    """Chapter number in the plan, or null."""
    title: Text
    """Title."""
    summary: Text | None
    """Short summary, or null."""
    goals_published: bool
    """False if the plan names the area but publishes no goals for it."""
    goals: list[Goal]
    """Goals in the plan's order."""


class PlanPart(Export):
    """A regional wellbeing plan with its goals."""

    document: str
    """Id of the plan in `documents`."""
    name: Text
    """Name of the plan."""
    period: Period
    """Plan period."""
    areas: list[Area]
    """Priority areas in the plan's order."""


class CouncilGoal(Export):
    """A council-term goal of the strategy, with its computed status."""

    id: str
    """Stable id."""
    document: str
    """Id of the strategy (in `documents`) the goal belongs to."""
    number: int
    """Number within its strategic line."""
    text: Text
    """The goal as the strategy states it."""
    status: StatusKey
    """Status as of `generated`: the latest report's status, or ei-raportoitu if there is none."""
    latest_report: dt.date | None
    """Date of the latest report, or null."""
    reports: list[Report]
    """Reports dated on or before `generated`, newest first."""


class Line(Export):
    """A strategic line of the strategy."""

    id: str
    """Stable id."""
    title: Text
    """Title."""
    goals: list[CouncilGoal]
    """Council-term goals in order."""


class StrategyPart(Export):
    """A strategy of the wellbeing services county with its goals."""

    document: str
    """Id of the strategy in `documents`."""
    name: Text
    """Name of the strategy."""
    period: Period
    """Strategy period."""
    lines: list[Line]
    """Strategic lines in order."""


class Approval(Export):
    """Who approved a document and when."""

    body: Text
    """The body that approved it, e.g. the regional council."""
    date: dt.date | Month
    """The date, or the month ("2025-10") where the source gives only that."""


class Successor(Export):
    """What replaced a document: another document here (`document`), or one published elsewhere."""

    document: str | None
    """Id of the replacing document in `documents`, or null if it is published elsewhere."""
    name: Text | None
    """Name of a replacing document published elsewhere, or null."""
    decision_date: dt.date | Month | None
    """When the replacing document published elsewhere was decided (the date, or the month where
    the source gives only that), or null."""
    source: Source | None
    """Where the replacing document published elsewhere is reported, or null."""


class Document(Export):
    """A plan or strategy with its period and its state as of `generated`."""

    id: str
    """Stable id."""
    kind: Literal["suunnitelma", "strategia"]
    """suunnitelma (wellbeing plan) or strategia (strategy)."""
    name: Text
    """Name."""
    period: Period
    """Period: from 1 January of the first year to 31 December of the last."""
    state: Literal[tuple(s.value for s in documents.State)]  # type: ignore[valid-type]
    """As of `generated`: tulossa (upcoming), voimassa (current) or paattynyt (ended)."""
    approval: Approval | None
    """Who approved it and when, or null if the sources do not say."""
    sources: list[Source]
    """Where the site's facts about the document come from."""
    promises: list[Text]
    """The strategy's change promises, where the sources give them."""
    goals_on_site: bool
    """False if the site does not (yet) have the document's goals."""
    page: str
    """Its page, relative to the site's root (Finnish; Swedish under sv/)."""
    successor: Successor | None
    """What replaced it, or null if not known."""


class Change(Export):
    """A change of content on the site."""

    date: dt.date
    """Date of the change."""
    text: Text
    """What changed."""
    target: str | None
    """Id of the area or goal changed, or null."""


class Licence(Export):
    """The licence of the open data."""

    name: Text
    """Name of the licence."""
    url: str
    """Text of the licence on the web."""


class PlanJson(Export):
    """The regional wellbeing plan and the strategy in Finnish and Swedish, with the status of every goal."""

    generated: dt.date
    """The date as of which statuses are computed (the build date)."""
    licence: Licence | None
    """The licence, or null if none has been decided yet."""
    documents: list[Document]
    """Every plan and strategy, with its period, state and successor."""
    plan: PlanPart
    """The wellbeing plan at the site's first addresses (the first in `documents`)."""
    strategy: StrategyPart
    """The strategy at the site's first addresses."""
    later_plans: list[PlanPart]
    """Further plans whose goals are on the site, in the order of `documents`."""
    later_strategies: list[StrategyPart]
    """Further strategies whose goals are on the site, in the order of `documents`."""
    changes: list[Change]
    """Content changes dated on or before `generated`, newest first."""


# --- model → export ---------------------------------------------------------------------------


def _plain(value: str | None) -> str | None:
    # `[[fi:Lähellä.fi]]` marks are the site's language markup, not part of the text.
    return None if value is None else data_text.strip_marks(value)


def _text(text: model.Teksti) -> Text:
    return Text(fi=_plain(text.fi), sv=_plain(text.sv))


def _opt_text(text: model.Teksti | None) -> Text | None:
    return None if text is None else _text(text)


def _period(kausi: model.Kausi) -> Period:
    return Period(start=kausi.alku, end=kausi.loppu)


def _level(taso: model.Taso | None) -> Level | None:
    return None if taso is None else Level(value=taso.value, period=taso.period)


def _indicator(item: model.Mittari) -> Indicator | TextIndicator:
    if item.reported:
        return Indicator(
            id=item.id, name=_text(item.nimi), kind=item.laji, unit=_opt_text(item.yksikko),
            baseline=_level(item.lahtotaso), target=_level(item.tavoitetaso), better=item.parempi,
        )
    return TextIndicator(text=_text(item.nimi))


def _deadline(goal: model.Tavoite):
    # The same four kinds as before issue 17 changed the data's shape: consumers see no change.
    d = goal.deadline
    if d is None:
        return None
    if d.kind == "jakso":
        return PeriodDeadline(kind="jakso", value=_text(d.text))
    if d.kind == "paiva":
        return DateDeadline(kind="paiva", value=d.last_day)
    if d.kind == "vuosi":
        return YearDeadline(kind="vuosi", value=d.last_day.year)
    return MonthDeadline(kind="kuukausi", value=goal.maaraaika)


def _day_or_month(value: str) -> dt.date | str:
    # A date in plan.json as before, or the month where only that is known.
    return dt.date.fromisoformat(value) if value.count("-") == 2 else value


def _approval(approval: model.Hyvaksynta) -> Approval:
    return Approval(body=_text(approval.elin), date=_day_or_month(approval.paivamaara))


def _report(report: model.Raportti) -> Report:
    return Report(
        date=report.paivamaara,
        status=report.status_key,
        note=_text(report.kuvaus),
        source=_source(report.lahde),
        values=[Value(indicator=v.mittari, value=v.value, period=v.period) for v in report.arvot],
    )


def _goal(goal: model.Tavoite, doc_id: str, as_of: dt.date) -> Goal:
    p = progress.goal_progress(goal, as_of)
    return Goal(
        id=goal.id,
        document=doc_id,
        text=_text(goal.tavoite),
        actions=[_text(t) for t in goal.toimenpiteet],
        responsible=[_text(t) for t in goal.vastuutahot],
        indicators=[_indicator(m) for m in goal.mittarit],
        deadline=_deadline(goal),
        status=p.status.value,
        deadline_passed=p.deadline_passed,
        overdue=p.overdue,
        late=p.category is progress.Category.MYOHASSA,
        latest_report=p.latest.paivamaara if p.latest else None,
        reports=[_report(r) for r in p.reports],
    )


def _council_goal(goal: model.ValtuustokaudenTavoite, doc_id: str, as_of: dt.date) -> CouncilGoal:
    p = progress.goal_progress(goal, as_of)
    return CouncilGoal(
        id=goal.id, document=doc_id, number=goal.numero, text=_text(goal.teksti), status=p.status.value,
        latest_report=p.latest.paivamaara if p.latest else None, reports=[_report(r) for r in p.reports],
    )


def _changes(plan: model.Plan, as_of: dt.date) -> list[Change]:
    dated = [(c.paivamaara, i, c) for i, c in enumerate(plan.muutokset) if c.paivamaara <= as_of]
    newest_first = [c for _, _, c in sorted(dated, key=lambda x: (x[0], x[1]), reverse=True)]
    return [Change(date=c.paivamaara, text=_text(c.kuvaus), target=c.kohde) for c in newest_first]


def _source(lahde: model.Lahde) -> Source:
    return Source(name=_text(lahde.nimi), url=lahde.osoite)


def _document(doc: model.Document, as_of: dt.date) -> Document:
    m = doc.meta
    replaced = m.korvaaja
    return Document(
        id=m.id, kind=m.laji, name=_text(m.nimi), period=_period(m.kausi), state=documents.state(m, as_of).value,
        approval=_approval(m.hyvaksynta) if m.hyvaksynta else None,
        sources=[_source(s) for s in m.lahteet], promises=[_text(t) for t in m.muutoslupaukset],
        goals_on_site=bool(doc.suunnitelma or doc.strategia),
        page=urls.page_url(urls.Paths(m).main),
        successor=None if replaced is None else Successor(
            document=replaced.asiakirja, name=_opt_text(replaced.nimi), decision_date=_day_or_month(replaced.paatospaiva) if replaced.paatospaiva else None,
            source=_source(replaced.lahde) if replaced.lahde else None,
        ),
    )


def _plan_part(doc: model.Document, as_of: dt.date) -> PlanPart:
    return PlanPart(
        document=doc.id,
        name=_text(doc.suunnitelma.nimi),
        period=_period(doc.suunnitelma.kausi),
        areas=[
            Area(
                id=a.id, number=a.luku, title=_text(a.otsikko), summary=_opt_text(a.tiivistelma),
                goals_published=a.tavoitteet_julkaistu, goals=[_goal(g, doc.id, as_of) for g in a.tavoitteet],
            )
            for a in doc.painopisteet
        ],
    )


def _strategy_part(doc: model.Document, as_of: dt.date) -> StrategyPart:
    return StrategyPart(
        document=doc.id,
        name=_text(doc.strategia.nimi),
        period=_period(doc.strategia.kausi),
        lines=[
            Line(id=line.id, title=_text(line.otsikko), goals=[_council_goal(g, doc.id, as_of) for g in line.tavoitteet])
            for line in doc.strategia.linjaukset
        ],
    )


def export(plan: model.Plan, as_of: dt.date) -> PlanJson:
    """The content of plan.json as of a date."""
    lisenssi = plan.sivusto.avoimen_datan_lisenssi
    plans = [d for d in plan.documents if d.suunnitelma]
    strategies = [d for d in plan.documents if d.strategia]
    first_plan = next(d for d in plans if d.meta.osoite is None)
    first_strategy = next(d for d in strategies if d.meta.osoite is None)
    return PlanJson(
        generated=as_of,
        licence=None if lisenssi is None else Licence(name=_text(lisenssi.nimi), url=lisenssi.osoite),
        documents=[_document(d, as_of) for d in plan.documents],
        plan=_plan_part(first_plan, as_of),
        strategy=_strategy_part(first_strategy, as_of),
        later_plans=[_plan_part(d, as_of) for d in plans if d is not first_plan],
        later_strategies=[_strategy_part(d, as_of) for d in strategies if d is not first_strategy],
        changes=_changes(plan, as_of),
    )


def _json_bytes(value: object) -> bytes:
    # Key order is the models' field order; `indent=1` keeps diffs between builds readable.
    return (json.dumps(value, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def plan_json(plan: model.Plan, as_of: dt.date) -> bytes:
    """plan.json: the same plan and date always give the same bytes."""
    return _json_bytes(export(plan, as_of).model_dump(mode="json"))


def _without_titles(node: object) -> object:
    # Titles pydantic derives from names ("Latest Report") add nothing to the descriptions.
    if isinstance(node, dict):
        return {
            k: (_without_titles(v) if k != "properties" else {n: _without_titles(s) for n, s in v.items()})
            for k, v in node.items()
            if not (k == "title" and isinstance(v, str))
        }
    if isinstance(node, list):
        return [_without_titles(v) for v in node]
    return node


def json_schema() -> dict:
    body = _without_titles(PlanJson.model_json_schema(mode="serialization"))
    head = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "plan.json"}
    return {**head, "description": body.pop("description"), **body}


def plan_json_schema() -> bytes:
    """data/plan.schema.json: the JSON Schema of plan.json, generated from the export models."""
    return _json_bytes(json_schema())


# --- goals.csv --------------------------------------------------------------------------------

# Spreadsheet programs treat a cell that starts with = + - or @ as a formula, even in a CSV file
# (also after a tab or carriage return). A text from the data such as "=HYPERLINK(...)" would then
# run in the reader's spreadsheet when they open the file ("CSV injection"). A leading apostrophe
# makes the program show the cell as text; the apostrophe is the convention OWASP recommends.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _deadline_cell(goal: model.Tavoite) -> str:
    if goal.maaraaika_nimi is not None:  # a named period has no date: its Finnish name
        return _plain(goal.maaraaika_nimi.fi)
    return goal.maaraaika or ""


def _in(text: model.Teksti, lang: str) -> str:
    # Empty, not the Finnish text, where an unpublished preview lacks the Swedish.
    return _plain(getattr(text, lang)) or ""


def _joined(items: list[model.Teksti], lang: str) -> str:
    return LIST_SEPARATOR.join(_in(item, lang) for item in items)


def goals_csv(plan: model.Plan, as_of: dt.date) -> bytes:
    """goals.csv: one row per plan goal; UTF-8 with a BOM so that Excel reads ä and å right."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180
    writer.writerow(CSV_COLUMNS)
    for doc, area in [(d, a) for d in plan.documents for a in d.painopisteet]:
        for goal in area.tavoitteet:
            p = progress.goal_progress(goal, as_of)
            names = [m.nimi for m in goal.mittarit]
            row = [
                goal.id, area.id,
                _in(goal.tavoite, "fi"), _in(goal.tavoite, "sv"),
                _joined(goal.vastuutahot, "fi"), _joined(goal.vastuutahot, "sv"),
                _joined(names, "fi"), _joined(names, "sv"),
                _deadline_cell(goal),
                p.status.value,
                "true" if p.category is progress.Category.MYOHASSA else "false",
                p.latest.paivamaara.isoformat() if p.latest else "",
                doc.id,
            ]
            writer.writerow([_cell(v) for v in row])
    return out.getvalue().encode("utf-8-sig")


def files(plan: model.Plan, as_of: dt.date) -> list[tuple[str, bytes]]:
    """Every open-data file as (path in the site, content), for the adapter to write."""
    return [
        (PLAN_JSON, plan_json(plan, as_of)),
        (GOALS_CSV, goals_csv(plan, as_of)),
        (PLAN_SCHEMA, plan_json_schema()),
    ]
