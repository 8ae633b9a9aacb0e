"""Compact search values and their exact DSL counterparts.

The search keeps every value as a small hashable tuple, so a value is its own exact
dedup key (bytes cache their hash; no collisions, nothing salted):

* GRID  ``(0, 0, 0, h, w, data)``: a DSL Grid; ``data`` is row-major bytes of colours 0-9.
* OBJ   ``(1, y, x, h, w, data)``: a DSL Object (frozenset of coloured cells) with its
  tight bounding box at row ``y``, column ``x``; cells outside the object hold ``ABSENT``.
* OBJS  ``(2, ids)``: a DSL Objects frozenset; ``ids`` are the members' value ids in the
  same input table, sorted (a set has no order).
* GRIDS ``(3, ids)``: a DSL tuple of grids (order matters), e.g. the result of ``hsplit``.
* PATCH ``(4, y, x, h, w, mask)``: DSL Indices (a frozenset of locations), a 0/1 byte per
  cell of its tight box; it may lie partly outside any grid, as Indices may.

Each kind maps one-to-one onto a DSL value (``to_dsl``), which is what makes every search
result checkable against the DSL itself.
"""

from __future__ import annotations

from typing import Any

GRID, OBJ, OBJS, GRIDS, PATCH = 0, 1, 2, 3, 4
KIND_NAMES = {GRID: "grid", OBJ: "object", OBJS: "objects", GRIDS: "grids", PATCH: "patch"}
ABSENT = 10

Img = tuple  # (kind, y, x, h, w, data) for GRID and OBJ
Value = tuple
DslGrid = tuple[tuple[int, ...], ...]


def grid_value(grid: DslGrid) -> Img:
    """The search value of a DSL grid."""
    h = len(grid)
    w = len(grid[0]) if h else 0
    return (GRID, 0, 0, h, w, bytes(v for row in grid for v in row))


def rows_of(img: Img) -> DslGrid:
    """The DSL grid (tuple of row tuples) of a GRID value's pixels."""
    _, _, _, h, w, data = img
    return tuple(tuple(data[r * w:(r + 1) * w]) for r in range(h))


def object_cells(img: Img) -> frozenset:
    """The DSL Object of an OBJ value: its present cells, absolute positions."""
    _, y, x, h, w, data = img
    return frozenset((v, (y + k // w, x + k % w)) for k, v in enumerate(data) if v != ABSENT)


def to_dsl(value: Value, values: list[Value]) -> Any:
    """The DSL value a search value stands for (`values` resolves member ids)."""
    kind = value[0]
    if kind == GRID:
        return rows_of(value)
    if kind == OBJ:
        return object_cells(value)
    if kind == OBJS:
        return frozenset(object_cells(values[m]) for m in value[1])
    if kind == GRIDS:
        return tuple(rows_of(values[m]) for m in value[1])
    if kind == PATCH:
        _, y, x, h, w, data = value
        return frozenset((y + k // w, x + k % w) for k, b in enumerate(data) if b)
    raise ValueError(f"unknown value kind {kind}")


def tight_object(y: int, x: int, h: int, w: int, data: bytes | bytearray) -> Img | None:
    """An OBJ value from a (possibly loose) box: shrink to the present cells, None if empty."""
    rows = [r for r in range(h) if data[r * w:(r + 1) * w].count(ABSENT) != w]
    if not rows:
        return None
    cols = [c for c in range(w) if any(data[r * w + c] != ABSENT for r in rows)]
    r0, r1, c0, c1 = rows[0], rows[-1], cols[0], cols[-1]
    if (r0, c0, r1, c1) == (0, 0, h - 1, w - 1):
        return (OBJ, y, x, h, w, bytes(data))
    nw = c1 - c0 + 1
    out = b"".join(bytes(data[r * w + c0:r * w + c0 + nw]) for r in range(r0, r1 + 1))
    return (OBJ, y + r0, x + c0, r1 - r0 + 1, nw, out)


def object_from_cells(cells: list[tuple[int, int, int]]) -> Img | None:
    """An OBJ value from (colour, row, col) cells (later cells overwrite earlier ones)."""
    if not cells:
        return None
    rows = [r for _, r, _ in cells]
    cols = [c for _, _, c in cells]
    y, x = min(rows), min(cols)
    h, w = max(rows) - y + 1, max(cols) - x + 1
    data = bytearray([ABSENT]) * (h * w)
    for v, r, c in cells:
        data[(r - y) * w + (c - x)] = v
    return (OBJ, y, x, h, w, bytes(data))


def colour_order(data: bytes) -> list[int]:
    """Distinct colours in first-occurrence (row-major) order."""
    return list(dict.fromkeys(data).keys())


def most_colour(data: bytes) -> int:
    """`mostcolor` of a grid, ties broken exactly as the DSL does (colour-set order)."""
    order = dict.fromkeys(data)
    if len(order) == 1:
        return data[0]
    counts = {c: data.count(c) for c in order}
    # a set filled one colour at a time in first-occurrence order, like the DSL's
    return max(set(order.keys()), key=counts.__getitem__)


def least_colour(data: bytes) -> int:
    """`leastcolor` of a grid, ties broken exactly as the DSL does."""
    order = dict.fromkeys(data)
    if len(order) == 1:
        return data[0]
    counts = {c: data.count(c) for c in order}
    return min(set(order.keys()), key=counts.__getitem__)


def present(img: Img) -> int:
    """Number of cells an OBJ holds (every cell of a GRID)."""
    data = img[5]
    return len(data) - data.count(ABSENT)


def value_pixels(value: Value) -> int:
    """Pixels a value stores (for the memory caps); lists count only their id slots."""
    return len(value[1]) if value[0] in (OBJS, GRIDS) else len(value[5])
