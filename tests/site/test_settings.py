"""A bad setting (hooks/plan/config.py) stops the check, the build, the preview and the scripts
that run tests and the benchmark: one Finnish line naming the variable, status 1, no traceback."""

import os
import subprocess
import sys

import pytest

from preview import free_port
from sitebuild import ROOT

LINE = 'Asetus SOURCE_DATE_EPOCH="abc" ei kelpaa: odotetaan kokonaislukua'


def _run(command: list[str], **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **env}
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=environment, timeout=120)


def _assert_stopped(result: subprocess.CompletedProcess, line: str) -> None:
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert line in output and output.count("Asetus ") == 1, output
    assert "Traceback" not in output and "odottamatto" not in output, output


def test_the_check_stops():
    _assert_stopped(_run([str(ROOT / "scripts" / "check")], SOURCE_DATE_EPOCH="abc"), LINE)


@pytest.mark.parametrize("name, value", [
    ("SOURCE_DATE_EPOCH", "abc"),
    ("SITE_URL", "esimerkki.fi"),  # MkDocs's own English message came first
    ("PLAN_DATA_DIR", "/ei/ole"),
    ("CMS_AUTH_URL", "auth.example.dev"),
])
def test_the_build_stops_and_writes_nothing(build, name, value, tmp_path):
    built = build(ROOT, tmp_path / "site", **{name: value})
    result = subprocess.CompletedProcess([], built.returncode, built.log, "")
    _assert_stopped(result, f'ERROR   -  Asetus {name}="{value}" ei kelpaa: odotetaan ')
    assert "Aborted with a BuildError!" in built.log  # MkDocs's last line: nothing more
    assert not built.dir.exists()


def test_the_preview_stops():
    port = free_port()
    result = _run([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"], SOURCE_DATE_EPOCH="abc")
    _assert_stopped(result, LINE)


@pytest.mark.parametrize("script", ["test", "benchmark"])
def test_the_test_and_benchmark_scripts_stop_before_anything_runs(script, tmp_path):
    # Before: scripts/test tried to install Chromium with apt-get, and pytest ran.
    result = _run([str(ROOT / "scripts" / script), "--version"], CHROME_BIN=str(tmp_path / "chromium"))
    _assert_stopped(result, f'Asetus CHROME_BIN="{tmp_path}/chromium" ei kelpaa: odotetaan suoritettavan ohjelman polkua')
