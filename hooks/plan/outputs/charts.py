"""An indicator of a goal as an HTML fragment: its facts, and its reported values as a chart and
a table with the same figures.

- Numeric kinds (prosentti, lukumaara, per-1000) get an inline SVG bar chart made here at build
  time (no JavaScript, no libraries) and a data table beside it; the yes/no kind gets the table only.
- The chart tells nothing by colour or hovering: each bar has its period written above it and its
  value at its end; baseline and target are dashed lines with their words. It is one image
  (`role="img"`) whose name says what it shows and that the table has the figures.
- Bars run across, one row per period, so that any number of periods fits a 320 px wide screen
  with text of at least 12 px: the chart grows in height, never in width. Values too long to sit
  at the bars' ends (a long unit) go under the bars, in lines; long labels wrap likewise.
- Numbers are in the reader's locale with Babel. All values of one indicator are shown with the
  same number of decimals (those of the most precise value, at most 3): 43,2 % and 45,0 %, not 45 %.

Plain Python: no MkDocs. The fragment comes from `indicator.html.j2` in an autoescaping Jinja
environment, so data text is always escaped.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from babel.numbers import format_decimal
from jinja2 import Environment
from markupsafe import Markup, escape

from plan.domain import model, progress
from plan.markup import text as data_text
from plan.labels import Labels

NUMERIC_KINDS = ("prosentti", "lukumaara", "per-1000")
TEMPLATE = "indicator.html.j2"
MAX_DECIMALS = 3

# Chart geometry in SVG user units. The viewBox is WIDTH wide; drawn 288 px wide (the text column
# of a 320 px screen) a FONT of 16 units is 12.8 px.
WIDTH = 360
FONT = 16
CHAR = 0.6 * FONT  # a generous estimate of one character's width (bold digits are about 0.56 em)
PAD = 4
ROW = 50  # per period: its text, then its bar (values at the bars' ends)
BAR = 20
GAP = 6  # between a bar's end and its value
LINE = FONT + 4  # between the lines of a wrapped text


@dataclass(frozen=True)
class Row:
    period: str
    value: str  # as in the table cell and on the bar
    reported: str
    number: float | None  # None for the yes/no kind


@dataclass(frozen=True)
class Level:
    """A baseline or target: its word, its value and period as shown, and the number."""

    key: str  # "baseline" | "target"
    word: str  # "Lähtötaso"
    value: str
    period: str
    number: float | bool


@dataclass(frozen=True)
class Text:
    """A text of the chart; a long one in lines (joined, they are the text: a line ends in its space)."""

    x: float
    y: float
    lines: list[str]
    anchor: str = "start"

    @property
    def text(self) -> str:
        return "".join(self.lines)


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    period: Text
    value: Text


@dataclass(frozen=True)
class RefLine:
    key: str
    x: float
    y1: float
    y2: float
    label: Text


@dataclass(frozen=True)
class Chart:
    title_id: str
    title: str  # the image's name: what it shows
    desc_id: str
    desc: str  # its description, never the name again: the lines, which way is better, the table
    width: int
    height: float
    font: int
    line: int  # between the lines of a wrapped text
    axis_x: float
    axis_y1: float
    axis_y2: float
    bars: list[Bar]
    lines: list[RefLine]


def indicator_block(
    goal: model.Tavoite, indicator: model.Mittari, as_of: dt.date, lang: str, env: Environment,
    *, heading_level: int | None = None,
) -> str:
    """One indicator of `goal` as an HTML fragment in `lang`: name, kind, baseline and target,
    and the values reported by `as_of` as a chart (numeric kinds) and a table.

    `heading_level` (2–6) makes the indicator's name a heading of that level; without it the
    name is a paragraph. `env` is an autoescaping environment with the templates (render.py's
    `Renderer.html`)."""
    if heading_level is not None and not 2 <= heading_level <= 6:
        raise ValueError(f"heading level must be 2–6, not {heading_level}")
    labels = Labels(lang)
    points = progress.indicator_series(goal, indicator, as_of)
    decimals = _decimals([p.value for p in points] + [lv.value for lv in (indicator.lahtotaso, indicator.tavoitetaso) if lv])
    fmt = _Formatter(labels, indicator, decimals)
    rows = [Row(fmt.period(p.period), fmt.value(p.value), labels.date(p.reported), _number(p.value)) for p in points]
    levels = [
        Level(key, labels[word], fmt.value(lv.value), fmt.period(lv.period), lv.value)
        for key, word, lv in (("baseline", "indicator_baseline", indicator.lahtotaso), ("target", "indicator_target", indicator.tavoitetaso))
        if lv is not None
    ]
    block_id = f"mittari-{goal.id}-{indicator.id}"
    name_plain = _plain(indicator.nimi, lang)
    chart = None
    if rows and indicator.laji in NUMERIC_KINDS:
        chart = _chart(rows, levels, labels, name_plain, f"{block_id}-kaavio", indicator.parempi)
    return env.get_template(TEMPLATE).render(
        id=block_id,
        name=html_text(indicator.nimi, lang),
        caption=escape(labels["indicator_table_caption"]).format(name=html_text(indicator.nimi, lang)),
        kind=fmt.kind(),
        levels=levels,
        better=labels["indicator_better_values"][indicator.parempi] if indicator.parempi else None,
        rows=rows,
        chart=chart,
        heading_level=heading_level,
        L=labels,
    ).strip()


def indicator_blocks(goal: model.Tavoite, as_of: dt.date, lang: str, env: Environment, *, heading_level: int | None = None) -> str:
    """Every indicator of `goal` that has an id (`goal.indicators`), one block after another."""
    return "\n".join(indicator_block(goal, i, as_of, lang, env, heading_level=heading_level) for i in goal.indicators)


# --- Words and numbers -----------------------------------------------------------------------


class _Formatter:
    def __init__(self, labels: Labels, indicator: model.Mittari, decimals: int):
        self.labels = labels
        self.indicator = indicator
        self.decimals = decimals
        self.unit = _plain(indicator.yksikko, labels.lang) if indicator.yksikko else None

    def kind(self) -> str:
        kind = self.labels["indicator_kinds"][self.indicator.laji]
        return self.labels.format("indicator_kind_unit", kind=kind, unit=self.unit) if self.unit else kind

    def value(self, value: float | bool) -> str:
        if isinstance(value, bool):
            return self.labels["indicator_yes" if value else "indicator_no"]
        n = format_decimal(value, format="#,##0" + ("." + "0" * self.decimals if self.decimals else ""), locale=self.labels.locale)
        forms = self.labels["indicator_value"]
        kind = self.indicator.laji
        if kind == "lukumaara" and self.unit:
            return forms["lukumaara_unit"].format(n=n, unit=self.unit)
        return forms[kind].format(n=n)

    def period(self, period: int | str) -> str:
        if isinstance(period, int):
            return str(period)
        year, month = (int(x) for x in period.split("-"))
        return self.labels.month(dt.date(year, month, 1))


def _decimals(values: list[float | bool]) -> int:
    """The decimals of the most precise value, at most MAX_DECIMALS: one precision for a whole indicator."""
    places = [max(0, -Decimal(repr(float(v))).normalize().as_tuple().exponent) for v in values if not isinstance(v, bool)]
    return min(max(places, default=0), MAX_DECIMALS)


def _number(value: float | bool) -> float | None:
    return None if isinstance(value, bool) else float(value)


def _plain(text: model.Teksti, lang: str) -> str:
    """A text in `lang` as plain words (language marks dropped): for the SVG and the values."""
    return data_text.strip_marks(text[lang]).strip()


def html_text(text: model.Teksti, lang: str) -> Markup:
    """A text in `lang` as escaped HTML, with `[[fi:…]]` marks as lang spans (like render.plain)."""
    shown = lang if text.translated(lang) else model.LANGUAGES[0]
    value = re.sub(r"\s+", " ", text[shown].strip())
    html = Markup(data_text.with_lang_spans(value, shown, escape))
    if shown == lang:
        return html
    # Preview only: a published build refuses missing translations.
    return Markup('<span lang="{}">{}</span> <span class="untranslated">{}</span>').format(
        shown, html, Labels(lang)["untranslated"]
    )


# --- The chart ---------------------------------------------------------------------------------


def _width(text: str) -> float:
    return len(text) * CHAR


def _wrap(text: str, width: float) -> list[str]:
    """`text` in lines that fit `width`, broken at ordinary spaces (not at no-break spaces); a
    word longer than a line is cut. Each line but the last keeps its space: joined, they are `text`."""
    fits = max(int(width // CHAR), 1)
    lines: list[str] = []
    line = ""
    for word in re.split(r"(?<= )", text):  # words with their following space
        if line and len((line + word).rstrip()) > fits:
            lines.append(line)
            line = ""
        while len(word.rstrip()) > fits:
            lines.append(word[:fits])
            word = word[fits:]
        line += word
    return lines + [line] if line else lines


def _chart(rows: list[Row], levels: list[Level], labels: Labels, name: str, title_id: str, better: str | None) -> Chart:
    periods = rows[0].period if len(rows) == 1 else labels.format("chart_periods", first=rows[0].period, last=rows[-1].period)
    title = labels.format("chart_name", name=name, periods=periods)
    desc = " ".join(
        [labels.format(f"chart_{lv.key}_line", value=lv.value, period=lv.period) for lv in levels]
        + ([labels["chart_better"][better]] if better else [])
        + [labels["chart_table_note"]]
    )
    numbers = [r.number for r in rows] + [float(lv.number) for lv in levels]
    low, high = min(0.0, *numbers), max(0.0, *numbers)
    if high == low:
        high = low + 1
    # Values are written at the bars' ends when the longest fits in under half the width;
    # otherwise every value goes under its bar, in lines, and the bars have the whole width.
    longest = max(_width(r.value) for r in rows)
    at_end = longest <= WIDTH * 0.45
    x0 = PAD + 1
    x1 = WIDTH - PAD - (longest + GAP if at_end else 1)
    text_width = WIDTH - 2 * PAD - 4

    def x(v: float) -> float:
        return x0 + (v - low) / (high - low) * (x1 - x0)

    words = {
        lv.key: _wrap(labels.format("chart_level_label", level=lv.word, value=lv.value, period=lv.period), WIDTH - 2 * PAD)
        for lv in levels
    }
    top = PAD + (len(words["baseline"]) * LINE + 6 if "baseline" in words else 0)
    zero = x(0.0)

    bars = []
    y = top
    for r in rows:
        text_y = y + FONT
        bar_y = y + FONT + 6
        end = x(r.number)
        left, right = min(zero, end), max(zero, end)
        if at_end:
            value = Text(right + GAP, bar_y + BAR / 2 + FONT * 0.35, [r.value])
            y += ROW
        else:
            lines = _wrap(r.value, text_width)
            value = Text(x0 + 4, bar_y + BAR + FONT + 2, lines)
            y += FONT + 6 + BAR + 2 + len(lines) * LINE + 6
        bars.append(Bar(left, bar_y, max(right - left, 0.0), BAR, Text(x0 + 4, text_y, [r.period]), value))
    bottom = y

    lines_ = []
    for lv in levels:
        lx = x(float(lv.number))
        label = words[lv.key]
        # One line is centred on its line as far as the edges allow; more start at the left edge.
        start = max(min(lx - _width(label[0]) / 2, WIDTH - PAD - _width(label[0])), PAD) if len(label) == 1 else PAD
        if lv.key == "baseline":
            lines_.append(RefLine(lv.key, lx, top - 6, bottom, Text(start, PAD + FONT, label)))
        else:
            lines_.append(RefLine(lv.key, lx, top, bottom + 6, Text(start, bottom + 6 + FONT + 2, label)))
    height = bottom + (len(words["target"]) * LINE + 10 if "target" in words else 0) + PAD

    return Chart(
        title_id=title_id, title=title, desc_id=title_id + "-kuvaus", desc=desc, width=WIDTH, height=height, font=FONT, line=LINE,
        axis_x=zero, axis_y1=top, axis_y2=bottom, bars=bars, lines=lines_,
    )
