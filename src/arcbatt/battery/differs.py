"""Built-in differs: partial credit for an output that is close to, but not, the answer.

A differ is `(S, I, C) -> (score, detail)` with `score` an int in 0..1000 (1000 = no
difference on that aspect) comparing a grid `I` with a grid `C`. They never raise on grids;
the battery guards them anyway, so a differ fault costs only its own entry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Grid = tuple[tuple[int, ...], ...]
Differ = Callable[[Any, Grid, Grid], tuple[int, Any]]


def _colours(grid: Grid) -> set[int]:
    return {v for row in grid for v in row}


def palette_extra(S: Any, I: Grid, C: Grid) -> tuple[int, Any]:
    """Colours of I missing from C cost 100 each; detail: those colours, sorted."""
    extra = sorted(_colours(I) - _colours(C))
    return max(0, 1000 - 100 * len(extra)), tuple(extra)


def palette_missing(S: Any, I: Grid, C: Grid) -> tuple[int, Any]:
    """Colours of C missing from I cost 100 each; detail: those colours, sorted."""
    missing = sorted(_colours(C) - _colours(I))
    return max(0, 1000 - 100 * len(missing)), tuple(missing)


def shape_match(S: Any, I: Grid, C: Grid) -> tuple[int, Any]:
    """1000 for equal dimensions, else the overlap ratio of the two sizes; detail: I's shape."""
    hi, wi = len(I), len(I[0]) if I else 0
    hc, wc = len(C), len(C[0]) if C else 0
    if not (hi and wi and hc and wc):
        return 0, (hi, wi)
    ratio = (min(hi, hc) / max(hi, hc)) * (min(wi, wc) / max(wi, wc))
    return int(1000 * ratio), (hi, wi)


def cell_match(S: Any, I: Grid, C: Grid) -> tuple[int, Any]:
    """Share of equal cells when the shapes agree (else 0); detail: count of unequal cells."""
    if len(I) != len(C) or not C or len(I[0]) != len(C[0]):
        return 0, -1
    total = len(C) * len(C[0])
    same = sum(a == b for ri, rc in zip(I, C, strict=True) for a, b in zip(ri, rc, strict=True))
    return (1000 * same) // total, total - same


def _singles(grid: Grid) -> set[tuple[int, int, int]]:
    """Cells with no orthogonal neighbour of the same colour: (colour, row, col)."""
    h, w = len(grid), len(grid[0]) if grid else 0
    out = set()
    for r in range(h):
        row = grid[r]
        for c in range(w):
            v = row[c]
            if (r and grid[r - 1][c] == v) or (r + 1 < h and grid[r + 1][c] == v) \
                    or (c and row[c - 1] == v) or (c + 1 < w and row[c + 1] == v):
                continue
            out.add((v, r, c))
    return out


def single_cells(S: Any, I: Grid, C: Grid) -> tuple[int, Any]:
    """Isolated cells present in one grid but not the other cost 100 each."""
    diff = _singles(I) ^ _singles(C)
    return max(0, 1000 - 100 * len(diff)), len(diff)


DIFFERS: dict[str, Differ] = {
    "palette_extra": palette_extra,
    "palette_missing": palette_missing,
    "shape_match": shape_match,
    "cell_match": cell_match,
    "single_cells": single_cells,
}
"""The built-in differs, by the name the battery reports them under."""
