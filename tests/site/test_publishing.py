"""Publishing rules: the site reaches GitHub Pages only from main, and only after the data
check, every test and the strict build have passed; the pre-commit hook checks the data."""

import re
import stat
from pathlib import Path

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
