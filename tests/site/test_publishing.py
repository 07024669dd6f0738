"""Publishing rules: the site reaches GitHub Pages only from main, and only after the data
check, every test and the strict build have passed; the pre-commit hook checks the data."""

import datetime as dt
import os
import re
import shutil
import stat
import subprocess
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "publish.yml"
PRE_COMMIT = ROOT / ".pre-commit-config.yaml"


def load(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def triggers(workflow):
    # YAML 1.1 (PyYAML) reads the bare key `on` as the boolean True.
    return workflow.get("on", workflow.get(True))


def build_steps():
    return load(WORKFLOW)["jobs"]["check-test-build"]["steps"]


def hooks():
    return [hook for repo in load(PRE_COMMIT)["repos"] for hook in repo["hooks"]]


def called_scripts():
    commands = [step.get("run", "") for job in load(WORKFLOW)["jobs"].values() for step in job["steps"]]
    commands += [hook["entry"] for hook in hooks()]
    return sorted({m.removeprefix("./") for c in commands for m in re.findall(r"\./scripts/[\w.-]+", c)})


def test_workflow_runs_on_every_push():
    assert "push" in triggers(load(WORKFLOW))


def test_build_job_checks_then_tests_then_builds_strictly():
    runs = [step.get("run", "") for step in build_steps()]

    def index(command):
        found = [i for i, run in enumerate(runs) if command in run]
        assert found, f"no step runs {command}"
        return found[0]

    assert index("./scripts/check") < index("./scripts/test") < index("mkdocs build --strict")


def test_published_build_knows_the_public_address():
    (build,) = [s for s in build_steps() if "mkdocs build --strict" in s.get("run", "")]
    assert build.get("env", {}).get("SITE_URL") == "${{ vars.SITE_URL }}"
    # hooks/site.py sets site_url from the checked settings (hooks/plan/config.py), not mkdocs.yml
    assert "site_url" not in yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))


def test_site_is_uploaded_only_from_main():
    uploads = [s for s in build_steps() if s.get("uses", "").startswith("actions/upload-pages-artifact")]
    assert len(uploads) == 1
    assert "refs/heads/main" in uploads[0].get("if", "")


def test_deploy_needs_the_build_and_runs_only_on_main():
    deploy = load(WORKFLOW)["jobs"]["deploy"]
    needs = deploy["needs"]
    assert "check-test-build" in ([needs] if isinstance(needs, str) else needs)
    assert "refs/heads/main" in deploy["if"]
    assert any(s.get("uses", "").startswith("actions/deploy-pages") for s in deploy["steps"])


def test_pre_commit_hook_checks_the_data_without_file_names():
    hook = next(h for h in hooks() if h["id"] == "tarkista-data")
    assert hook["entry"] == "./scripts/check"
    assert hook["pass_filenames"] is False


@pytest.mark.parametrize("script", called_scripts())
def test_called_script_exists_and_is_executable(script):
    path = ROOT / script
    note = ""
    if script == "scripts/check":
        note = " (scripts/check is being added alongside this workflow; it must exist before commit)"
    assert path.is_file() and path.stat().st_mode & stat.S_IXUSR, f"{script} is missing or not executable{note}"


# --- the daily rebuild (issue 22) -------------------------------------------------------------

DAILY = ROOT / ".github" / "workflows" / "daily.yml"


def run_step(step, cwd, now=None, **env):
    """Runs a workflow step's `run` script as GitHub does (bash -e -o pipefail) and returns what it
    wrote to $GITHUB_OUTPUT. `now` (epoch seconds) fixes the clock that `date` reads."""
    output = cwd / "github-output"
    output.write_text("")
    path = os.environ["PATH"]
    if now is not None:  # a `date` that answers for the given moment; TZ still applies
        shim = cwd / "shim"
        shim.mkdir(exist_ok=True)
        (shim / "date").write_text(f'#!/bin/sh\nexec {shutil.which("date")} -d @{now} "$@"\n')
        (shim / "date").chmod(0o755)
        path = f"{shim}:{path}"
    proc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
                          cwd=cwd, env={"PATH": path, "GITHUB_OUTPUT": str(output), **env},
                          capture_output=True, text=True, timeout=30)
    assert proc.returncode == 0, proc.stderr
    return dict(line.split("=", 1) for line in output.read_text().splitlines())


def step_with_id(steps, step_id):
    (step,) = [s for s in steps if s.get("id") == step_id]
    return step


def test_schedule_is_in_a_file_of_its_own_that_calls_the_publish_workflow():
    # GitHub disables a scheduled workflow after 60 days without a commit, and its whole file with
    # it: the schedule must not sit in the file that publishes every push.
    publish, daily = triggers(load(WORKFLOW)), triggers(load(DAILY))
    assert "schedule" not in publish and {"push", "workflow_dispatch", "workflow_call"} <= set(publish)
    assert daily["schedule"] and "workflow_dispatch" in daily
    job = load(DAILY)["jobs"]["publish"]
    assert job["uses"] == "./.github/workflows/publish.yml"
    assert job["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}  # what deploy needs


def nightly_builds(days):
    """(Helsinki time of each scheduled run that builds, per Helsinki day) over `days` (UTC dates):
    every cron of daily.yml is fired at its UTC time and the job `due` decides."""
    crons = [entry["cron"] for entry in triggers(load(DAILY))["schedule"]]
    due = step_with_id(load(DAILY)["jobs"]["due"]["steps"], "season")
    helsinki = ZoneInfo("Europe/Helsinki")
    built: dict[dt.date, list[dt.datetime]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for day in days:
            for cron in crons:
                minute, hour, *rest = cron.split()
                assert rest == ["*", "*", "*"], "a daily schedule"
                moment = dt.datetime.combine(day, dt.time(int(hour), int(minute)), dt.timezone.utc)
                out = run_step(due, Path(tmp), now=int(moment.timestamp()),
                               GITHUB_EVENT_NAME="schedule", SCHEDULE=cron)
                if out["build"] == "true":
                    local = moment.astimezone(helsinki)
                    built.setdefault(local.date(), []).append(local)
    return built


def test_nightly_build_runs_once_a_day_shortly_after_midnight_in_helsinki():
    # Both changes of summer time in 2027 (28 March, 31 October), the days around them, and the
    # first of every month.
    days = {dt.date(2027, 3, 20) + dt.timedelta(n) for n in range(16)}
    days |= {dt.date(2027, 10, 23) + dt.timedelta(n) for n in range(16)}
    days |= {dt.date(2027, month, 1) for month in range(1, 13)}
    built = nightly_builds(sorted(days))
    expected = {d + dt.timedelta(1) for d in days}  # a day's UTC evening is the next day in Helsinki
    assert set(built) == expected, sorted(set(built) ^ expected)
    for day, runs in built.items():
        assert len(runs) == 1, (day, runs)
        assert dt.time(0, 0) <= runs[0].time() <= dt.time(1, 0), runs[0]


def test_manual_run_of_the_daily_workflow_always_builds(tmp_path):
    due = step_with_id(load(DAILY)["jobs"]["due"]["steps"], "season")
    assert run_step(due, tmp_path, GITHUB_EVENT_NAME="workflow_dispatch", SCHEDULE="")["build"] == "true"
    assert load(DAILY)["jobs"]["publish"]["if"] == "needs.due.outputs.build == 'true'"


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    """A repository whose last commit is from 2020-01-02 12:00 UTC."""
    path = tmp_path_factory.mktemp("repo")
    env = {**os.environ, "GIT_AUTHOR_DATE": "@1577966400 +0000", "GIT_COMMITTER_DATE": "@1577966400 +0000",
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    for command in (["git", "init", "-q"], ["git", "commit", "-q", "--allow-empty", "-m", "x"]):
        subprocess.run(command, cwd=path, env=env, check=True)
    return path


def test_a_push_builds_as_of_its_commit(repo):
    step = step_with_id(build_steps(), "build-date")
    assert run_step(step, repo, GITHUB_EVENT_NAME="push")["epoch"] == "1577966400"


@pytest.mark.parametrize("event", ["schedule", "workflow_dispatch"])
def test_a_scheduled_or_manual_run_builds_as_of_its_own_time(repo, event):
    step = step_with_id(build_steps(), "build-date")
    before = int(time.time())
    epoch = int(run_step(step, repo, GITHUB_EVENT_NAME=event)["epoch"])
    assert before <= epoch <= time.time()


def test_the_check_and_the_build_use_the_build_date_and_the_tests_their_own():
    steps = build_steps()
    dated = [s["name"] for s in steps if s.get("env", {}).get("SOURCE_DATE_EPOCH") == "${{ steps.build-date.outputs.epoch }}"]
    assert dated == [s["name"] for s in steps if "./scripts/check" in s.get("run", "") or "mkdocs build" in s.get("run", "")]
    names = [s.get("id") or s.get("name") for s in steps]
    assert names.index("build-date") < min(names.index(n) for n in dated)
    assert not any("SOURCE_DATE_EPOCH" in s.get("run", "") for s in steps)  # no second source of the date


def test_a_failed_nightly_run_opens_an_issue_and_keeps_the_schedule_enabled():
    jobs = load(DAILY)["jobs"]
    report = jobs["report-failure"]
    assert report["needs"] == "publish" and report["if"] == "failure()"
    assert report["permissions"] == {"issues": "write"}
    assert "gh issue create" in report["steps"][0]["run"]
    keep = jobs["keep-enabled"]
    assert keep["permissions"] == {"actions": "write"}
    assert "actions/workflows/daily.yml/enable" in keep["steps"][0]["run"]


def test_one_build_of_a_branch_at_a_time():
    # A nightly build of an older commit must not deploy after a push made while it ran.
    concurrency = load(WORKFLOW)["jobs"]["check-test-build"]["concurrency"]
    assert concurrency == {"group": "build-${{ github.ref }}", "cancel-in-progress": False}


def test_what_was_published_is_recorded_after_a_successful_publish_from_main():
    """Issue 26: the register of published areas, goals and reports grows after each deployment,
    in a workflow of its own (the publish workflow stays read-only, as daily.yml calls it so)."""
    record = load(ROOT / ".github" / "workflows" / "julkaistut.yml")
    run = triggers(record)["workflow_run"]
    assert run["workflows"] == [load(WORKFLOW)["name"]] and run["branches"] == ["main"]
    job = record["jobs"]["record"]
    assert "conclusion == 'success'" in job["if"]
    commands = " ".join(step.get("run", "") for step in job["steps"])
    assert "./scripts/check --paivita-julkaistut" in commands and "git push origin HEAD:main" in commands
    assert record["permissions"] == {"contents": "write"}
    assert load(WORKFLOW)["permissions"] == {"contents": "read"}
