"""Changed copies of a checked plan, for cases the real data does not have."""


def with_goal(plan, goal_id, **changes):
    """The plan with one plan goal's fields replaced."""
    areas = []
    for area in plan.painopisteet:
        goals = [g.model_copy(update=changes) if g.id == goal_id else g for g in area.tavoitteet]
        areas.append(area.model_copy(update={"tavoitteet": goals}))
    return plan.model_copy(update={"painopisteet": areas})
