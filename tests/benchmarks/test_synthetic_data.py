"""The benchmark's synthetic data (benchmarks/run.py `synthetic_data`) passes the project's loader and
renders in-process, without MkDocs or a browser: a model change that would break `./scripts/benchmark`
fails here instead of minutes into the benchmark."""

import datetime as dt

import pytest

import run
from plan.data import load
from plan.domain import documents, model
from plan.outputs import render
from plan.site import urls

SLICE = run.PERIODS  # the smallest scale that puts areas into every synthetic plan
AS_OF = dt.date(2026, 11, 23)  # the benchmark's build date (sitebuild.SOURCE_DATE_EPOCH)


@pytest.fixture(scope="module")
def plan(tmp_path_factory) -> model.Plan:
    data = run.synthetic_data(tmp_path_factory.mktemp("bench") / "data", SLICE)
    try:
        return load.load_plan(data)
    except load.DataErrors as exc:
        pytest.fail(f"the benchmark's synthetic data has {len(exc.errors)} errors:\n{exc}")


def test_synthetic_data_passes_the_loader(plan):
    real = load.load_plan(run.ROOT / "data")
    plans = [d for d in plan.documents if d.suunnitelma]
    assert len(plans) == run.PERIODS
    assert all(d.painopisteet for d in plans)
    assert sum(len(d.painopisteet) for d in plans) == SLICE * len(real.painopisteet)
    goals = [g for d in plans for g in d.goals]
    assert len(goals) == SLICE * len(real.goals)
    assert all(len(g.raportit) == run.REPORTS_PER_GOAL for g in goals)


def test_synthetic_data_renders(plan):
    renderer = render.Renderer(plan, AS_OF)
    pages = {(p.lang, p.path) for p in renderer.pages()}
    areas = {(lang, urls.Paths(d.meta).area(a)) for d in plan.documents for a in d.painopisteet
             for lang in model.LANGUAGES}
    assert areas <= pages
    assert renderer.files()
