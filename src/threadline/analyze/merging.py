"""Checks before an analyst merge: two entities can only be one thing if their kinds agree."""
from __future__ import annotations

from threadline.errors import DecisionRefused
from threadline.model import Entity

MergeRefused = DecisionRefused


def merge_problem(keep: Entity, drop: Entity) -> str | None:
    """Why folding ``drop`` into ``keep`` is probably a mistake, or None.

    Refused: different kinds (a person absorbing an organization); places of
    different levels (a country absorbing a city); places in different
    countries; a place absorbing one located inside it, or the reverse.
    """
    if keep.id == drop.id:
        return f"{keep.name} ({keep.id}) is the same entity"
    what = f"{_label(keep)} cannot absorb {_label(drop)}"
    if keep.kind != drop.kind:
        return f"{what}: a {keep.kind} and a {drop.kind} are different kinds"
    if keep.kind != "place":
        return None
    if keep.level and drop.level and keep.level != drop.level:
        return f"{what}: a {keep.level} and a {drop.level} are different levels"
    if keep.country and drop.country and keep.country != drop.country:
        return f"{what}: they are in different countries ({keep.country}, {drop.country})"
    if drop.located_in == keep.id or keep.located_in == drop.id:
        return f"{what}: one is located inside the other"
    return None


def _label(e: Entity) -> str:
    return f"{e.kind} {e.name!r}" + (f" ({e.level})" if e.level else "")
