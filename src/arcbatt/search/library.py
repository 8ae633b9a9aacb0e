"""The transform library of one task: the fixed transforms plus colour-parametrised ones.

Colour parameters come from the task's own grids (input colours for filters, demo output
colours for recolouring), so the library stays small and every constant is a DSL name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from arcbatt.search.library_extra_a import extra_a_transforms
from arcbatt.search.library_extra_b import extra_b_transforms
from arcbatt.search.library_fill import fill_transforms
from arcbatt.search.library_grid import grid_transforms
from arcbatt.search.library_objects import object_transforms
from arcbatt.search.library_objects2 import objects2_transforms
from arcbatt.search.library_panels import panel_transforms
from arcbatt.search.library_patches import IDX, patch_transforms
from arcbatt.search.library_roles import role_transforms
from arcbatt.search.transform import Transform
from arcbatt.search.values import GRID, GRIDS, OBJ, OBJS


def colours_of(grids: Iterable[tuple]) -> list[int]:
    """Non-zero colours present in any of the grids, ascending."""
    seen: set[int] = set()
    for g in grids:
        for row in g:
            seen.update(row)
    seen.discard(0)
    return sorted(seen)


@dataclass(frozen=True)
class Library:
    """Transforms in a fixed order, and for each value kind the ids applicable to it."""

    transforms: tuple[Transform, ...]
    by_kind: dict[int, tuple[int, ...]]

    def __len__(self) -> int:
        return len(self.transforms)

    def index(self, name: str) -> int:
        for i, t in enumerate(self.transforms):
            if t.name == name:
                return i
        raise KeyError(name)


def build_library(in_colours: list[int], out_colours: list[int],
                  roles: bool = True) -> Library:
    """All transforms for a task with these input and output colours (and colour roles)."""
    ts = (grid_transforms(in_colours, out_colours) + object_transforms(in_colours)
          + panel_transforms(out_colours) + patch_transforms(in_colours, out_colours))
    if roles:
        ts += role_transforms(["least", "big_obj", "small_obj"])
    ts += fill_transforms(in_colours)
    ts += objects2_transforms(out_colours)
    ts += extra_a_transforms()
    ts += extra_b_transforms()
    by_kind = {k: tuple(i for i, t in enumerate(ts) if t.kind_in == k)
               for k in (GRID, OBJ, OBJS, GRIDS, IDX)}
    return Library(tuple(ts), by_kind)


def all_colours_library() -> Library:
    """The library with every colour as a parameter (used by tests and the benchmark)."""
    colours = list(range(1, 10))
    return build_library(colours, colours)
