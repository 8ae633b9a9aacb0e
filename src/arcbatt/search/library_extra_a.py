"""Extra generic transforms: diagonal joins within objects, and gravity on a zero background.

* `connect_own_colour_d` / `connect_own_colour_all`: every pair of cells of one object that
  lies on a diagonal (or on any row, column or diagonal) is joined by a segment in the
  object's colour. Applied to a colour partition this draws the lines between same-coloured
  cells that many ARC tasks ask for; the row/column joins already exist in library_objects2.
* `gravity_<dir>`: every non-zero cell falls in one direction until it rests on the grid
  edge or on other non-zero cells (each column or row keeps its cell order). The DSL has
  no gravity primitive, so the macro moves each cell by the number of zero cells in its
  ray toward the edge, which is exactly that fall distance.

As elsewhere, the fast code refuses (None) where the DSL's answer would depend on set
iteration order (two colours painted onto one cell) or where nothing would change.
"""

from __future__ import annotations

import numpy as np

from arcbatt.search.library_grid import arr, grid_of
from arcbatt.search.library_objects2 import (
    MAX_CONNECT_CELLS,
    Cell,
    _cells,
    _colour,
    _connect_macro,
    _members,
    _paint_cells,
    _size,
)
from arcbatt.search.transform import Transform, line
from arcbatt.search.values import GRID, OBJS


# -- diagonal joins inside each object ----------------------------------------------------
def _segment(a: tuple[int, int], b: tuple[int, int], straight: bool
             ) -> list[tuple[int, int]]:
    """The DSL `connect` of two cells when it is diagonal (or any line if `straight`)."""
    (ai, aj), (bi, bj) = a, b
    di, dj = bi - ai, bj - aj
    if di == 0 or dj == 0:
        if not straight:
            return []
        n = max(abs(di), abs(dj))
        si = (di > 0) - (di < 0)
        sj = (dj > 0) - (dj < 0)
        return [(ai + k * si, aj + k * sj) for k in range(n + 1)]
    if abs(di) != abs(dj):
        return []
    si = 1 if di > 0 else -1
    sj = 1 if dj > 0 else -1
    return [(ai + k * si, aj + k * sj) for k in range(abs(di) + 1)]


def _connect_lines(straight: bool):
    """Each one-colour object's diagonal (and, if `straight`, row/column) pairs joined."""
    def fn(t, v):
        cells: list[Cell] = []
        added = diagonal = False
        for o in _members(t, v):
            col = _colour(o)
            if col is None or _size(o) > MAX_CONNECT_CELLS:
                return None
            locs = [(r, c) for _, r, c in _cells(o)]
            own = set(locs)
            cells += [(col, r, c) for r, c in locs]
            for k, a in enumerate(locs):
                for b in locs[k + 1:]:
                    seg = _segment(a, b, straight)
                    if len(seg) > 1 and a[0] != b[0] and a[1] != b[1]:
                        diagonal = True
                    for p in seg:
                        if p not in own:
                            added = True
                            cells.append((col, *p))
        if not added or not diagonal:
            return None  # nothing new, or what connect_own_colour_hv already draws
        return _paint_cells(t, cells)
    return fn


# segment tests: "$L" is a non-straight segment; `size` keeps every non-empty segment
_DIAG_TEST = (line("compose", "flip", "hline"), line("compose", "flip", "vline"),
              line("fork", "both", "$0", "$1"))


# -- gravity --------------------------------------------------------------------------------
# direction name -> (DSL ray direction, DSL vector maker, whether the shift is negative)
GRAVITY: dict[str, tuple[str, str, bool]] = {
    "down": ("DOWN", "toivec", False),
    "up": ("UP", "toivec", True),
    "right": ("RIGHT", "tojvec", False),
    "left": ("LEFT", "tojvec", True),
}


def _fall_down(a: np.ndarray) -> np.ndarray:
    """Non-zero cells of each column stacked at the bottom in their order (stable sort)."""
    idx = np.argsort(a != 0, axis=0, kind="stable")
    return np.take_along_axis(a, idx, axis=0)


def _falls(t, v: tuple) -> dict[str, np.ndarray] | None:
    """The grid after falling in each direction, or None when gravity should not apply.

    Refused: no zero or no non-zero cell, and grids already settled in some direction
    (typically another gravity's output: chained falls only made spurious fits).
    """
    key = ("gravity", v)
    if key in t.cache:
        return t.cache[key]
    t.cache[key] = None
    a = arr(v)
    zero = a == 0
    if zero.all() or not zero.any():
        return None
    outs = {"down": _fall_down(a), "up": _fall_down(a[::-1])[::-1],
            "right": _fall_down(a.T).T, "left": _fall_down(a[:, ::-1].T).T[:, ::-1]}
    if any(np.array_equal(o, a) for o in outs.values()):
        return None
    t.cache[key] = outs
    return outs


def _gravity(name: str):
    def fn(t, v):
        outs = _falls(t, v)
        return None if outs is None else grid_of(np.ascontiguousarray(outs[name]))
    return fn


def _gravity_macro(name: str) -> tuple:
    """Each non-zero cell shifted by the count of zero cells on its ray to the edge."""
    ray, vec, negative = GRAVITY[name]
    lines = [line("ofcolor", "x", "ZERO"), line("rbind", "shoot", ray),
             line("compose", "$1", "last"), line("lbind", "intersection", "$0"),
             line("chain", "size", "$3", "$2")]
    dist = "$4"
    if negative:
        lines.append(line("compose", "invert", "$4"))
        dist = "$5"
    k = len(lines)
    lines += [line("compose", vec, dist), line("fork", "shift", "initset", f"${k}"),
              line("asobject", "x"), line("recolor", "ZERO", "$0"),
              line("difference", f"${k + 2}", f"${k + 3}"),
              line("mapply", f"${k + 1}", f"${k + 4}"), line("shape", "x"),
              line("canvas", "ZERO", f"${k + 6}"), line("paint", f"${k + 7}", f"${k + 5}")]
    return tuple(lines)


def extra_a_transforms() -> list[Transform]:
    """Diagonal/any-line joins of object cells, and zero-background gravity."""
    ts = [
        Transform("connect_own_colour_d", OBJS, GRID, _connect_lines(False),
                  _connect_macro(_DIAG_TEST, "$L")),
        Transform("connect_own_colour_all", OBJS, GRID, _connect_lines(True),
                  _connect_macro((), "size")),
    ]
    for name in GRAVITY:
        ts.append(Transform(f"gravity_{name}", GRID, GRID, _gravity(name),
                            _gravity_macro(name)))
    return ts
