"""The real data plus the test-only second plan in tests/fixtures/second-plan.yml, written to a directory."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from progress_fixture import write_data_file

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "second-plan.yml"
REAL_PLAN_ID = "hyvinvointisuunnitelma-2024-2026"


def data_with_second_plan(target: Path) -> Path:
    """Copy data/ to target, add the second plan's document, plan file and areas, and let it
    replace the plan 2024–2026."""
    shutil.copytree(ROOT / "data", target)
    fixture = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    doc = fixture["asiakirja"]
    docs = yaml.safe_load((target / "asiakirjat.yml").read_text(encoding="utf-8"))
    for existing in docs["asiakirjat"]:
        if existing["id"] == REAL_PLAN_ID:
            existing["korvaaja"] = {"asiakirja": doc["id"]}
    docs["asiakirjat"].append(doc)
    write_data_file(target, "asiakirjat.yml", docs)
    folder = Path(doc["sisalto"]).parent
    (target / folder / "painopisteet").mkdir(parents=True)
    write_data_file(target, doc["sisalto"], fixture["suunnitelma"])
    for area in fixture["painopisteet"]:
        write_data_file(target, f"{folder}/painopisteet/{area['id']}.yml", area)
    return target
