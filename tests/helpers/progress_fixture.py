"""The real data plus the test-only progress in tests/fixtures/progress.yml (and the easy-language
texts of tests/fixtures/selkokieli.yml where the data has none), written to a directory."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from plan.data import load
from easy_fixture import add_easy_texts

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
    """Copy data/ to target and add the fixture's reports, indicators and changes."""
    shutil.copytree(ROOT / "data", target)
    shutil.copy(REVIEWS_FIXTURE, target / load.REVIEWS_FILE)
    fixture = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    wanted = dict(fixture["tavoitteet"])
    for file in sorted((target / "painopisteet").glob("*.yml")):
        area = yaml.safe_load(file.read_text(encoding="utf-8"))
        for goal in area["tavoitteet"]:
            for key, items in wanted.pop(goal["id"], {}).items():
                goal[key] = goal.get(key, []) + items
        write_data_file(target, f"painopisteet/{file.name}", area)
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
    assert not wanted and not council, f"fixture names goals the data lacks: {list(wanted) + list(council)}"
    add_easy_texts(target, write_data_file)  # the easy pages, with every status (issue 27)
    return target
