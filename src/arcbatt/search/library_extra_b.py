"""Grid -> grid clean-ups by rows and columns: line majorities, dedupe, neighbour denoising.

Noise tasks often paint a striped picture (every row or every column one colour) and then
sprinkle stray pixels over it; the answer is each line's majority colour, along whichever
axis the stripes run (`stripe_majority` picks the axis that changes fewer cells). Other
tasks ask for a picture with its repeated rows or columns collapsed (icecuber's
`compress3`, the DSL's `dedupe`), or for the stray pixels of a picture made of thick shapes
removed (`denoise_nbrs`: a cell survives when at least two of its four neighbours share its
colour). The fast functions fail (None) where the DSL's answer would depend on set
iteration order (tied majorities) or where nothing changes.
"""

from __future__ import annotations

import numpy as np

from arcbatt.search.library_grid import arr, grid_of
from arcbatt.search.transform import Transform, line
from arcbatt.search.values import GRID


def _majorities(a: np.ndarray) -> tuple[np.ndarray | None, int]:
    """Every row replaced by its most common colour (None on a tied row), and the number
    of cells that changes (the same whichever tied colour wins, so always exact)."""
    h, w = a.shape
    out: np.ndarray | None = np.empty_like(a)
    changed = 0
    for r in range(h):
        counts = np.bincount(a[r], minlength=10)
        top = int(counts.max())
        changed += w - top
        if out is not None:
            if int((counts == top).sum()) > 1:
                out = None  # `mostcommon` would pick by set order
            else:
                out[r] = int(counts.argmax())
    return out, changed


def _line_majority(a: np.ndarray) -> np.ndarray | None:
    """Every row replaced by its most common colour; None on a tied row."""
    return _majorities(a)[0]


def _stripe_majority(t, v: tuple) -> tuple | None:
    """Row or column majority, whichever changes fewer cells (equal counts fail)."""
    a = arr(v)
    _, d_rows = _majorities(a)
    _, d_cols = _majorities(a.T)
    if d_rows == d_cols or min(d_rows, d_cols) == 0:
        return None  # the DSL takes the columns on a tie; no stripe axis to speak of
    if d_rows < d_cols:
        out = _line_majority(a)
    else:
        out = _line_majority(a.T)
        out = None if out is None else out.T
    return None if out is None else grid_of(np.ascontiguousarray(out))


_ROW_MACRO = (
    line("apply", "mostcommon", "x"),
    line("width", "x"),
    line("rbind", "repeat", "$1"),
    line("apply", "$2", "$0"),
)


def _col_lines(start: int, src: str) -> list:
    """Column majority of `src` as macro lines numbered from `start` (result: last line)."""
    s = start
    return [
        line("dmirror", src),
        line("apply", "mostcommon", f"${s}"),
        line("width", f"${s}"),
        line("rbind", "repeat", f"${s + 2}"),
        line("apply", f"${s + 3}", f"${s + 1}"),
        line("dmirror", f"${s + 4}"),
    ]


# rows: $0..$3; columns: $4..$9; changed cells of each: cellwise against x with TEN where they
# differ, counted; the branch takes the rows when the columns change more cells
_STRIPE_MACRO = (
    *_ROW_MACRO,
    *_col_lines(4, "x"),
    line("cellwise", "x", "$3", "TEN"),
    line("colorcount", "$10", "TEN"),
    line("cellwise", "x", "$9", "TEN"),
    line("colorcount", "$12", "TEN"),
    line("greater", "$13", "$11"),
    line("branch", "$14", "$3", "$9"),
)


def _dedupe_rows(a: np.ndarray) -> np.ndarray:
    """Rows without repeats, each kept at its first occurrence."""
    seen: set[bytes] = set()
    keep = []
    for r in range(a.shape[0]):
        k = a[r].tobytes()
        if k not in seen:
            seen.add(k)
            keep.append(r)
    return a[keep]


def _dedupe(rows: bool, cols: bool):
    def fn(t, v: tuple) -> tuple | None:
        a = arr(v)
        out = a
        if rows:
            out = _dedupe_rows(out)
        if cols:
            out = _dedupe_rows(out.T).T
        if out.shape == a.shape:
            return None
        return grid_of(np.ascontiguousarray(out))
    return fn


# rows first, then columns (the order matters for neither result: both keep first copies)
_DEDUPE_MACRO = (line("dedupe", "x"), line("dmirror", "$0"), line("dedupe", "$1"),
                 line("dmirror", "$2"))


def _denoise(t, v: tuple) -> tuple | None:
    """Zero every non-zero cell with fewer than two same-coloured 4-neighbours."""
    a = arr(v)
    h, w = a.shape
    p = np.full((h + 2, w + 2), 255, dtype=np.uint8)
    p[1:-1, 1:-1] = a
    same = ((p[:-2, 1:-1] == a).astype(np.uint8) + (p[2:, 1:-1] == a)
            + (p[1:-1, :-2] == a) + (p[1:-1, 2:] == a))
    drop = (a != 0) & (same < 2)
    if not drop.any() or drop.sum() == (a != 0).sum():
        return None
    out = a.copy()
    out[drop] = 0
    return grid_of(out)


# keep = non-zero cells whose same-coloured 4-neighbours number more than one
_DENOISE_MACRO = (
    line("asindices", "x"),
    line("ofcolor", "x", "ZERO"),
    line("difference", "$0", "$1"),
    line("lbind", "index", "x"),
    line("lbind", "ofcolor", "x"),
    line("compose", "$4", "$3"),
    line("fork", "intersection", "dneighbors", "$5"),
    line("compose", "size", "$6"),
    line("rbind", "greater", "ONE"),
    line("compose", "$8", "$7"),
    line("sfilter", "$2", "$9"),
    line("difference", "$2", "$10"),
    line("fill", "x", "ZERO", "$11"),
)


def extra_b_transforms() -> list[Transform]:
    """Stripe majority, neighbour denoising and row/column dedupe (all grid -> grid).

    Row-only and column-only majorities, dedupes and per-cell gravity were tried too: they
    fired on most grids, solved nothing more on training and cost ~10% more CPU."""
    G = GRID
    return [
        Transform("stripe_majority", G, G, _stripe_majority, _STRIPE_MACRO),
        Transform("denoise_nbrs", G, G, _denoise, _DENOISE_MACRO),
        Transform("dedupe_rc", G, G, _dedupe(True, True), _DEDUPE_MACRO),
    ]
