"""The real data plus the test-only progress in tests/fixtures/progress.yml, written to a directory."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "progress.yml"


def _dump(file: Path, data: dict) -> None:
    modeline = file.read_text(encoding="utf-8").split("\n", 1)[0]
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    file.write_text(modeline + "\n" + body, encoding="utf-8")


def data_with_progress(target: Path) -> Path:
    """Copy data/ to target and add the fixture's reports, indicators and changes."""
    shutil.copytree(ROOT / "data", target)
    fixture = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    wanted = dict(fixture["tavoitteet"])
    for file in sorted((target / "painopisteet").glob("*.yml")):
        area = yaml.safe_load(file.read_text(encoding="utf-8"))
        for goal in area["tavoitteet"]:
            for key, items in wanted.pop(goal["id"], {}).items():
                goal[key] = goal.get(key, []) + items
        _dump(file, area)
    strategy_file = target / "strategia.yml"
    strategy = yaml.safe_load(strategy_file.read_text(encoding="utf-8"))
    council = dict(fixture["valtuustokauden_tavoitteet"])
    for line in strategy["linjaukset"]:
        for goal in line["tavoitteet"]:
            for key, items in council.pop(goal["id"], {}).items():
                goal[key] = goal.get(key, []) + items
    _dump(strategy_file, strategy)
    changes_file = target / "muutokset.yml"
    _dump(changes_file, {"muutokset": fixture["muutokset"]})
    assert not wanted and not council, f"fixture names goals the data lacks: {list(wanted) + list(council)}"
    return target
