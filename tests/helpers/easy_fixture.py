"""Test-only easy-language texts (tests/fixtures/selkokieli.yml) added to a copy of the data where
it has none: data/selkokieli.yml when it is missing, and an area's `selkokieli:` (and its goals')
where the area has none. Once the real texts are written, the real ones are built and checked."""

from __future__ import annotations

from pathlib import Path

import yaml

from plan.data import load

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "selkokieli.yml"


def add_easy_texts(data_dir: Path, write) -> list[str]:
    """Add the fixture's texts to `data_dir` with `write(data_dir, name, data)` (progress_fixture's
    writer); the files it changed."""
    fixture = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    changed = []
    if not (data_dir / load.EASY_FILE).exists():
        write(data_dir, load.EASY_FILE, fixture["selkokieli"])
        changed.append(load.EASY_FILE)
    for area_id, texts in fixture["painopisteet"].items():
        name = f"{load.AREA_DIR}/{area_id}.yml"
        area = yaml.safe_load((data_dir / name).read_text(encoding="utf-8"))
        if area.get("selkokieli"):
            continue
        area["selkokieli"] = texts["selkokieli"]
        for goal in area["tavoitteet"]:
            goal["selkokieli"] = texts["tavoitteet"][goal["id"]]
        write(data_dir, name, area)
        changed.append(name)
    return changed
