"""progress.py: status, overdue and summaries, from the real data and from test-only reports."""

import datetime as dt

from plan.domain import progress
from plan.domain.progress import Category, Status


def _goal(plan, goal_id):
    return next(g for g in plan.goals + plan.council_goals if g.id == goal_id)


def test_real_data_claims_no_progress(real_plan, as_of):
    for goal in real_plan.goals + real_plan.council_goals:
        p = progress.goal_progress(goal, as_of)
        assert p.status is Status.EI_RAPORTOITU and not p.reports and not p.overdue, goal.id
    assert progress.summary(real_plan.goals, as_of) == progress.Summary(19, {Category.EI_RAPORTOITU: 19})
    assert progress.summary(real_plan.council_goals, as_of).total == 22


def test_every_status_from_the_latest_report(progress_plan, as_of):
    expected = {
        "vakivaltatyon-verkostot": (Status.KAYNNISSA, True, Category.MYOHASSA),
        "lahisuhdevakivallan-tunnistaminen": (Status.KAYNNISSA, False, Category.KAYNNISSA),  # English key
        "hairiotilanteiden-toimintakortit": (Status.SAAVUTETTU, False, Category.SAAVUTETTU),
        "hyte-maaritelma": (Status.EI_SAAVUTETTU, True, Category.EI_SAAVUTETTU),
        "vaikutusten-ennakkoarviointi": (Status.EI_ALOITETTU, False, Category.EI_ALOITETTU),  # named period
        "vammaisten-hyte-tietoisuus": (Status.EI_ALOITETTU, True, Category.MYOHASSA),
        "sosiaalisen-tiedon-valittyminen": (Status.EI_RAPORTOITU, False, Category.EI_RAPORTOITU),
        "kulttuurihyvinvointisuunnitelma": (Status.EI_RAPORTOITU, False, Category.EI_RAPORTOITU),  # no report
    }
    for goal_id, (status, overdue, category) in expected.items():
        p = progress.goal_progress(_goal(progress_plan, goal_id), as_of)
        assert (p.status, p.overdue, p.category) == (status, overdue, category), goal_id


def test_overdue_depends_on_the_build_date(progress_plan):
    goal = _goal(progress_plan, "vakivaltatyon-verkostot")  # deadline 2024-12-31, in progress since 2024-09-15
    assert not progress.goal_progress(goal, dt.date(2024, 12, 31)).overdue  # the last day still counts
    assert progress.goal_progress(goal, dt.date(2025, 1, 1)).overdue


def test_unreported_goal_past_its_deadline_is_not_called_late(progress_plan, as_of):
    goal = _goal(progress_plan, "kulttuurihyvinvointisuunnitelma")  # "2025-05", never reported
    p = progress.goal_progress(goal, as_of)
    assert p.deadline_passed and not p.overdue and p.category is Category.EI_RAPORTOITU


def test_reports_newest_first_and_none_from_after_the_date(progress_plan):
    goal = _goal(progress_plan, "vakivaltatyon-verkostot")
    p = progress.goal_progress(goal, dt.date(2026, 1, 1))
    assert [r.paivamaara for r in p.reports] == [dt.date(2024, 9, 15), dt.date(2024, 3, 1)]
    before = progress.goal_progress(goal, dt.date(2024, 6, 1))
    assert before.status is Status.EI_ALOITETTU and len(before.reports) == 1


def test_area_summaries_count_each_category(progress_plan, as_of):
    areas = {a.id: a for a in progress_plan.painopisteet}
    turvallisuus = progress.summary(areas["turvallisuus"].tavoitteet, as_of)
    assert turvallisuus.counts == {Category.SAAVUTETTU: 1, Category.KAYNNISSA: 1, Category.MYOHASSA: 1}
    tiedolla = progress.summary(areas["tiedolla-johtaminen"].tavoitteet, as_of)
    assert tiedolla.counts == {
        Category.EI_ALOITETTU: 1, Category.MYOHASSA: 1, Category.EI_SAAVUTETTU: 1, Category.EI_RAPORTOITU: 1,
    }
    whole = progress.summary(progress_plan.goals, as_of)
    assert whole.total == 19 and sum(whole.counts.values()) == 19
    assert progress.summary(areas["digitaaliset-hyte-palvelut"].tavoitteet, as_of) == progress.Summary(0, {})


def test_council_goals_have_reports_but_no_deadline(progress_plan, as_of):
    p = progress.goal_progress(_goal(progress_plan, "asiakastyytyvaisyys-paranee"), as_of)
    assert p.status is Status.KAYNNISSA and not p.deadline_passed and not p.overdue


def test_indicator_series_oldest_first(progress_plan, as_of):
    goal = _goal(progress_plan, "liikuntapalvelujen-asiakasohjaus")
    by_id = {m.id: m for m in goal.indicators}
    series = progress.indicator_series(goal, by_id["ohjatut-asiakkaat"], as_of)
    assert [(p.period, p.value) for p in series] == [(2024, 164), (2025, 231)]
    assert [p.value for p in progress.indicator_series(goal, by_id["ohjausmalli-kaytossa"], as_of)] == [False, True]
    assert progress.indicator_series(goal, by_id["kaatumiset"], dt.date(2025, 1, 1))[-1].value == 12.5


def test_today_from_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01T00:00:00Z
    assert progress.today() == dt.date(2026, 1, 1)



def test_reporting_needs_put_the_most_urgent_first(progress_plan):
    """Issue 26, part 3: deadline passed without any report, then no report this year (none before
    an older one), then reported this year; within a group the earliest deadline first."""
    day = dt.date(2026, 12, 7)
    needs = progress.reporting_needs(progress_plan.goals, day)
    assert sorted(n.goal.id for n in needs) == sorted(g.id for g in progress_plan.goals)
    order = list(progress.Need)
    assert [order.index(n.need) for n in needs] == sorted(order.index(n.need) for n in needs)
    for n in needs:
        p = progress.goal_progress(n.goal, day)
        assert (n.need is progress.Need.DEADLINE_PASSED) == (p.latest is None and p.deadline_passed), n.goal.id
        assert (n.need is progress.Need.REPORTED) == bool(p.latest and p.latest.paivamaara.year == 2026), n.goal.id
    passed = [n.goal.deadline.last_day for n in needs if n.need is progress.Need.DEADLINE_PASSED]
    assert passed == sorted(passed)
    reported_before = [n for n in needs if n.need is progress.Need.NOT_THIS_YEAR and n.progress.latest]
    assert reported_before, "the test progress has goals last reported before 2026"
    assert {n.need for n in needs} == {progress.Need.DEADLINE_PASSED, progress.Need.NOT_THIS_YEAR}
    a_year_earlier = progress.reporting_needs(progress_plan.goals, dt.date(2025, 12, 31))
    assert {n.need for n in a_year_earlier} == set(progress.Need)  # the test progress reports in 2025
    assert a_year_earlier[-1].need is progress.Need.REPORTED
