"""The GitHub Actions problem matcher (.github/check-problem-matcher.json) turns the check's real
`file:line:column: field: what to do` lines into annotations on the data file's line, and nothing
else the check prints."""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MATCHER = ROOT / ".github" / "check-problem-matcher.json"


def _pattern() -> dict:
    (matcher,) = json.loads(MATCHER.read_text(encoding="utf-8"))["problemMatcher"]
    (pattern,) = matcher["pattern"]
    return pattern


def _check_output(tmp_path: Path) -> str:
    shutil.copytree(ROOT / "data", tmp_path / "data")
    area = tmp_path / "data" / "painopisteet" / "terveet-elintavat.yml"
    text = area.read_text(encoding="utf-8")
    area.write_text(text.replace("    maaraaika: 2025-12-31\n", "    maaraaika: 2025-02-30\n", 1), encoding="utf-8")
    other = tmp_path / "data" / "muutokset.yml"
    other.write_text(other.read_text(encoding="utf-8") + "virhe: [\n", encoding="utf-8")
    return _run_check(tmp_path)


def _run_check(tmp_path: Path) -> str:
    """The check's output on tmp_path/data, which must have errors."""
    done = subprocess.run([sys.executable, "-m", "plan.editor.check", "data"], cwd=tmp_path, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT / "hooks"), "PATH": "/usr/bin:/bin"}, timeout=60)
    assert done.returncode == 1, done.stdout + done.stderr
    return done.stdout + done.stderr


def test_the_matcher_annotates_each_error_line_and_nothing_else(tmp_path):
    pattern = _pattern()
    regexp = re.compile(pattern["regexp"])
    output = _check_output(tmp_path)
    lines = output.splitlines()
    errors = [line for line in lines if ".yml:" in line]
    assert len(errors) == 2, output
    found = [regexp.match(line) for line in errors]
    assert all(found), output
    where = {(m[pattern["file"]], m[pattern["line"]], m[pattern["column"]]) for m in found}
    files = {w[0] for w in where}
    assert files == {"data/painopisteet/terveet-elintavat.yml", "data/muutokset.yml"}, where  # as the repository names them
    assert all(m[pattern["message"]] and not m[pattern["message"]].startswith(" ") for m in found)
    assert not [line for line in lines if line not in errors and regexp.match(line)], output


def test_an_unclosed_bracket_is_annotated_where_it_opens(tmp_path):
    # Issue 22: YAML notices it on the next line; the annotation goes where the editor must act.
    shutil.copytree(ROOT / "data", tmp_path / "data")
    docs = tmp_path / "data" / "asiakirjat.yml"
    text = docs.read_text(encoding="utf-8")
    docs.write_text(text.replace("    laji: suunnitelma\n", "    laji: [suunnitelma\n", 1), encoding="utf-8")
    opened = text[:text.index("    laji: suunnitelma\n")].count("\n") + 1
    pattern = _pattern()
    output = _run_check(tmp_path)
    (found,) = [m for line in output.splitlines() if (m := re.match(pattern["regexp"], line))]
    assert (found[pattern["file"]], found[pattern["line"]], found[pattern["column"]]) == ("data/asiakirjat.yml", str(opened), str(len("    laji: ") + 1))
    assert f"hakasulku [ jää sulkematta (huomattiin rivillä {opened + 1})" in found[pattern["message"]], output


def test_the_publish_workflow_adds_the_matcher_before_the_check():
    workflow = (ROOT / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8")
    assert workflow.index("::add-matcher::.github/check-problem-matcher.json") < workflow.index("./scripts/check")
