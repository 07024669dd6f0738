"""The examples on the follow-up method page (docs/{fi,sv}/seuranta.md, issue 24) are what
progress.py computes: each row is a small goal with its deadline, reports and the site's update day,
and the status, the late mark (category myöhässä) and the passed deadline the page states are goal_progress's results."""

import datetime as dt
import re
from pathlib import Path

import pytest
from babel.dates import get_month_names

from plan.domain import model, progress
from plan.labels import Labels

DOCS = Path(__file__).resolve().parents[2] / "docs"
YES = {"fi": "kyllä", "sv": "ja"}
NO_REPORT = {"fi": "ei raporttia", "sv": "ingen rapport"}
NAMED = {"fi": "valtuustokauden loppuun mennessä", "sv": "senast vid utgången av fullmäktigeperioden"}


def _rows(lang: str) -> list[list[str]]:
    text = (DOCS / lang / "seuranta.md").read_text(encoding="utf-8")
    table = text.split("\n## ")[-1]  # the last section: the examples, an HTML table with a caption
    body = table.split("<tbody>")[1].split("</tbody>")[0]
    return [re.findall(r"<td>(.*?)</td>", row) for row in re.findall(r"<tr>.*?</tr>", body)]


def _day(text: str) -> dt.date:
    d, m, y = (int(x) for x in text.split("."))
    return dt.date(y, m, d)


def _deadline(text: str, lang: str) -> dict:
    if text == NAMED[lang]:
        return {"maaraaika": None, "maaraaika_nimi": model.Teksti(fi=NAMED["fi"], sv=NAMED["sv"])}
    if re.fullmatch(r"\d{4}", text):
        return {"maaraaika": text}
    if re.fullmatch(r"\d+\.\d+\.\d{4}", text):
        return {"maaraaika": _day(text).isoformat()}
    month, year = text.split(" ")
    months = {v: k for k, v in get_month_names("wide", "stand-alone", locale=Labels(lang).locale).items()}
    return {"maaraaika": f"{year}-{months[month]:02d}"}


def _goal(template: model.Tavoite, deadline: str, reports: str, lang: str) -> model.Tavoite:
    words = {v.lower(): k for k, v in Labels(lang)["status"].items()}
    finnish = {k: v.lower() for k, v in Labels("fi")["status"].items()}
    raportit = []
    if reports != NO_REPORT[lang]:
        for report in reports.split("; "):
            day, status = report.split(": ")
            raportit.append(model.Raportti.model_validate({
                "paivamaara": _day(day), "tila": finnish[words[status]],
                "kuvaus": {"fi": "Esimerkki", "sv": "Exempel"}, "lahde": {"nimi": {"fi": "Esimerkki", "sv": "Exempel"}},
            }))
    return template.model_copy(update={**_deadline(deadline, lang), "raportit": raportit})


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_each_example_is_what_progress_computes(real_plan, lang):
    rows = _rows(lang)
    assert len(rows) >= 8, "the page's examples are the last section's table"
    status_names = Labels(lang)["status"]
    for deadline, reports, updated, status, late, passed in rows:
        result = progress.goal_progress(_goal(real_plan.goals[0], deadline, reports, lang), _day(updated))
        said = (status, late == YES[lang], passed == YES[lang])
        late_mark = result.category is progress.Category.MYOHASSA  # the mark goal.md.j2 shows beside the status
        assert said == (status_names[result.status.value], late_mark, result.deadline_passed), (lang, deadline, reports, updated)


def test_both_languages_give_the_same_examples():
    fi, sv = _rows("fi"), _rows("sv")
    assert [(r[2], r[4] == "kyllä", r[5] == "kyllä") for r in fi] == [(r[2], r[4] == "ja", r[5] == "ja") for r in sv]
