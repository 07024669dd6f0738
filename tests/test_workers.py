"""The test workers (pytest-xdist, as scripts/test starts them): what a test module makes once for
its tests (a module-scoped fixture: the Nu checker's run over every page, the refused builds, the
preview, a walk two tests read) is made once in the whole run, not once per worker."""

import os
import re
import shlex
import subprocess
import sys

from sitebuild import ROOT

MODULE = '''
import os
import pytest

@pytest.fixture(scope="module")
def made_once():
    with open(os.environ["MADE_LOG"], "a") as log:
        log.write(os.environ.get("PYTEST_XDIST_WORKER", "main") + "\\n")

@pytest.mark.parametrize("n", range(8))
def test_reads_it(made_once, n):
    pass
'''


def worker_options() -> list[str]:
    """The options scripts/test gives pytest for its workers ("-n \"$workers\" --dist …")."""
    line = next(l for l in (ROOT / "scripts" / "test").read_text(encoding="utf-8").splitlines() if l.startswith("exec "))
    return re.findall(r"-n \S+|--dist \S+", line)


def test_a_module_s_fixture_is_made_once_with_the_workers_scripts_test_starts(tmp_path):
    options = [part for option in worker_options() for part in shlex.split(option)]
    assert "-n" in options and "--dist" in options, options
    for module in ("test_one.py", "test_two.py"):
        (tmp_path / module).write_text(MODULE, encoding="utf-8")
    log = tmp_path / "made.log"
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "2",
                           *options[options.index("--dist"):][:2], str(tmp_path)],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300, env={**os.environ, "MADE_LOG": str(log)})
    assert done.returncode == 0, done.stdout + done.stderr
    made = log.read_text().split()
    assert len(made) == 2, f"two modules' fixtures made {len(made)} times, by {made}"
