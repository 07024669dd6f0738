"""Changed copies of a checked plan or of its data files, for cases the real data does not have."""

from pathlib import Path

import pytest

from plan.data import load


def data_errors(data_dir: Path) -> list:
    """The errors the check finds in data_dir (which must have some)."""
    with pytest.raises(load.DataErrors) as info:
        load.load_plan(data_dir)
    return info.value.errors


def replace_in(file: Path, old: str, new: str, count: int = 1) -> None:
    """Edit a data file as an editor would; `old` must be there."""
    text = file.read_text(encoding="utf-8")
    assert old in text, old
    file.write_text(text.replace(old, new, count), encoding="utf-8")


def with_goal(plan, goal_id, **changes):
    """The plan with one plan goal's fields replaced."""
    areas = []
    for area in plan.painopisteet:
        goals = [g.model_copy(update=changes) if g.id == goal_id else g for g in area.tavoitteet]
        areas.append(area.model_copy(update={"tavoitteet": goals}))
    return plan.model_copy(update={"painopisteet": areas})
