"""The real data plus the test-only progress in tests/fixtures/progress.yml, written to a directory."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from plan.data import load

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "progress.yml"
EVALUATION_FIXTURE = ROOT / "tests" / "fixtures" / "kasiarviointi.yml"  # a manual evaluation nobody made
# One outcome of axe's "needs review" items that a person has recorded, for the report page's display.
REVIEWS_FIXTURE = ROOT / "tests" / "fixtures" / "axe-tarkistettavat.yml"


class _NoAliases(yaml.SafeDumper):
    # The loader refuses anchors (&id001): a value used twice is written out twice.
    def ignore_aliases(self, data):
        return True


def write_data_file(data_dir: Path, name: str, data: dict) -> None:
    """Write one data file (`name` relative to data_dir) as editors would: schema line, then YAML."""
    body = yaml.dump(data, Dumper=_NoAliases, allow_unicode=True, sort_keys=False, width=1000)
    (data_dir / name).write_text(load.modeline_of(name) + "\n" + body, encoding="utf-8")


def data_with_progress(target: Path) -> Path:
    """Copy data/ to target and add the fixture's reports, indicators, changes and withdrawals."""
    shutil.copytree(ROOT / "data", target)
    shutil.copy(REVIEWS_FIXTURE, target / load.REVIEWS_FILE)
    fixture = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    wanted = dict(fixture["tavoitteet"])
    withdrawn_goals = dict(fixture["poistetut_tavoitteet"])
    for file in sorted((target / "painopisteet").glob("*.yml")):
        area = yaml.safe_load(file.read_text(encoding="utf-8"))
        for goal in area["tavoitteet"]:
            for key, items in wanted.pop(goal["id"], {}).items():
                goal[key] = goal.get(key, []) + items
        area["poistetut_tavoitteet"] = area.get("poistetut_tavoitteet", []) + withdrawn_goals.pop(area["id"], [])
        write_data_file(target, f"painopisteet/{file.name}", area)
    plan = yaml.safe_load((target / "suunnitelma.yml").read_text(encoding="utf-8"))
    plan["poistetut_painopisteet"] = plan.get("poistetut_painopisteet", []) + fixture["poistetut_painopisteet"]
    write_data_file(target, "suunnitelma.yml", plan)
    strategy_file = target / "strategia.yml"
    strategy = yaml.safe_load(strategy_file.read_text(encoding="utf-8"))
    council = dict(fixture["valtuustokauden_tavoitteet"])
    for line in strategy["linjaukset"]:
        for goal in line["tavoitteet"]:
            for key, items in council.pop(goal["id"], {}).items():
                goal[key] = goal.get(key, []) + items
    write_data_file(target, "strategia.yml", strategy)
    write_data_file(target, "muutokset.yml", {"muutokset": fixture["muutokset"]})
    write_data_file(target, load.EVALUATION_FILE, yaml.safe_load(EVALUATION_FIXTURE.read_text(encoding="utf-8")))
    assert not wanted and not council and not withdrawn_goals, (
        f"fixture names goals or areas the data lacks: {list(wanted) + list(council) + list(withdrawn_goals)}")
    return target
