"""Pieces: search nodes finished into grids of the predicted output size.

A finish turns a grid or object node into a target-size grid, optionally recoloured
first: as it is (already the size), embedded at the origin or in place on a zero canvas
of the target size (crop or pad), scaled up by a constant factor, or tiled a x b times.
Each finish is one short DSL macro on the node's program and the size expression, so a
stacked answer exports like any other program. Pieces are deduplicated by their pixels on
the demo outputs (the first, shallowest one is kept); full fits are kept apart, with their
test answers, since two of them can disagree on the test input.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from arcbatt.search.joint import JointSearch, Node
from arcbatt.search.program_builder import ProgramBuilder
from arcbatt.search.transform import COLOUR_NAMES
from arcbatt.search.values import ABSENT, GRID, OBJ, PATCH

_RECOLOUR_GRID = [bytes([0] + [c] * 255) for c in range(10)]
_RECOLOUR_OBJ = [bytes([c] * ABSENT + [ABSENT] + [c] * (255 - ABSENT)) for c in range(10)]


@dataclass(frozen=True, slots=True)
class Finish:
    """How a node becomes a piece; `depth` counts the node's steps plus the finish's."""

    node: Node
    how: str        # as_is | embed | embed_origin | upscale | tile | draw (patches)
    param: tuple    # (k,) for upscale, (a, b) for tile, () otherwise
    colour: int     # -1: keep colours; else every non-zero (present) cell -> colour
    depth: int
    node_kind: int = GRID


def _recolour(v: tuple, c: int) -> tuple:
    if c < 0:
        return v
    table = _RECOLOUR_GRID[c] if v[0] == GRID else _RECOLOUR_OBJ[c]
    return (v[0], v[1], v[2], v[3], v[4], v[5].translate(table))


def _place(v: tuple, h: int, w: int, y: int, x: int) -> bytes:
    """Paint the value's cells at offset (y, x) on a zero h x w canvas (clipped)."""
    vh, vw, data = v[3], v[4], v[5]
    out = np.zeros((h, w), np.uint8)
    src = np.frombuffer(data, np.uint8).reshape(vh, vw)
    r0, c0 = max(0, -y), max(0, -x)
    r1, c1 = min(vh, h - y), min(vw, w - x)
    if r1 <= r0 or c1 <= c0:
        return out.tobytes()
    part = src[r0:r1, c0:c1]
    dest = out[y + r0:y + r1, x + c0:x + c1]
    if v[0] == OBJ:
        np.copyto(dest, part, where=part != ABSENT)
    else:
        dest[...] = part
    return out.tobytes()


def _draw(v: tuple, h: int, w: int, c: int) -> bytes:
    """fill(canvas(ZERO, (h, w)), c, patch): the patch's in-grid cells in colour c."""
    out = np.zeros((h, w), np.uint8)
    m = np.frombuffer(v[5], np.uint8).reshape(v[3], v[4]).astype(bool)
    y, x = v[1], v[2]
    r0, c0 = max(0, -y), max(0, -x)
    r1, c1 = min(v[3], h - y), min(v[4], w - x)
    if r1 > r0 and c1 > c0:
        out[y + r0:y + r1, x + c0:x + c1][m[r0:r1, c0:c1]] = c
    return out.tobytes()


def finish_pixels(f: Finish, v: tuple, size: tuple[int, int]) -> bytes:
    """The piece's pixels on one input, given the node's value there."""
    h, w = size
    if f.how == "draw":
        return _draw(v, h, w, f.colour)
    v = _recolour(v, f.colour)
    if f.how == "as_is":
        return v[5]
    if f.how == "embed":  # in place (objects keep their position; grids sit at the origin)
        return _place(v, h, w, v[1], v[2])
    if f.how == "embed_origin":
        return _place(v, h, w, 0, 0)
    a = np.frombuffer(v[5], np.uint8).reshape(v[3], v[4])
    if f.how == "upscale":
        k = f.param[0]
        return np.repeat(np.repeat(a, k, 0), k, 1).tobytes()
    if f.how == "tile":
        return np.tile(a, f.param).tobytes()
    raise ValueError(f.how)


def emit_finish(f: Finish, b: ProgramBuilder, x: str, size_var) -> str:
    """DSL lines for the finish applied to variable `x`; `size_var()` emits the size."""
    if f.how == "draw":
        canvas = b.call("canvas", "ZERO", size_var())
        return b.call("fill", canvas, COLOUR_NAMES[f.colour], x)
    if f.colour >= 0:
        C = COLOUR_NAMES[f.colour]
        if f.node_kind == GRID:
            zeros = b.call("ofcolor", x, "ZERO")
            canvas = b.call("canvas", C, b.call("shape", x))
            x = b.call("fill", canvas, "ZERO", zeros)
        else:
            x = b.call("recolor", C, x)
    return _emit_shape(f, b, x, size_var)


def _emit_shape(f: Finish, b: ProgramBuilder, x: str, size_var) -> str:
    kind = f.node_kind
    if f.how == "as_is":
        return x
    if f.how in ("embed", "embed_origin"):
        canvas = b.call("canvas", "ZERO", size_var())
        if kind == GRID:
            return b.call("paint", canvas, b.call("asobject", x))
        obj = x if f.how == "embed" else b.call("normalize", x)
        return b.call("paint", canvas, obj)
    if f.how == "upscale":
        return b.call("upscale", x, b.integer(f.param[0]))
    if f.how == "tile":
        a, c = f.param
        row = x
        for _ in range(c - 1):
            row = b.call("hconcat", row, x)
        out = row
        for _ in range(a - 1):
            out = b.call("vconcat", out, row)
        return out
    raise ValueError(f.how)


@dataclass
class PieceSet:
    """Unique pieces in rank order and their demo pixels; full single-piece fits apart."""

    finishes: list[Finish] = field(default_factory=list)
    demo_pixels: list[bytes] = field(default_factory=list)
    full_fits: list[Finish] = field(default_factory=list)
    considered: int = 0
    capped: bool = False


def _shape_finishes(kind: int, shapes: list[tuple[int, int]],
                    sizes: list[tuple[int, int]]) -> list[tuple[str, tuple]]:
    """The size finishes that make sense for a node with these shapes."""
    if kind == OBJ:
        return [("embed", ()), ("embed_origin", ())]
    if shapes == sizes:
        return [("as_is", ())]
    out: list[tuple[str, tuple]] = [("embed", ())]
    ratios = {(s[0] // v[0] if s[0] % v[0] == 0 else 0, s[1] // v[1] if s[1] % v[1] == 0 else 0)
              for v, s in zip(shapes, sizes, strict=True)}
    if len(ratios) == 1:
        a, c = ratios.pop()
        if a and c and (a, c) != (1, 1) and a <= 5 and c <= 5:
            if a == c:
                out.append(("upscale", (a,)))
            out.append(("tile", (a, c)))
    return out


def collect_pieces(search: JointSearch, sizes: list[tuple[int, int]], demo_idx: list[int],
                   target: bytes, colours: list[int], max_pieces: int = 30000,
                   deadline: float | None = None) -> PieceSet:
    """Pieces of every grid/object node, shallowest first, deduplicated on the demos."""
    import time

    candidates: list[Finish] = []
    n = len(search.tables)
    for node in search.nodes():
        kind = search.kind(node)
        if kind == PATCH:  # a patch becomes a piece drawn in one output colour
            depth = search.depth(node)
            for c in colours:
                candidates.append(Finish(node, "draw", (), c, depth + 1, kind))
            continue
        if kind not in (GRID, OBJ):
            continue
        depth = search.depth(node)
        shapes = [(v[3], v[4]) for v in (search.value(node, i) for i in range(n))]
        for how, param in _shape_finishes(kind, shapes, sizes):
            extra = 0 if how == "as_is" else 1
            candidates.append(Finish(node, how, param, -1, depth + extra, kind))
            for c in colours:
                candidates.append(Finish(node, how, param, c, depth + extra + 1, kind))
    candidates.sort(key=lambda f: f.depth)  # stable: discovery order within a depth
    out = PieceSet()
    seen: set[bytes] = set()
    for k, f in enumerate(candidates):
        if k & 255 == 0 and deadline is not None and time.process_time() > deadline:
            out.capped = True
            break
        px = b"".join(finish_pixels(f, search.value(f.node, i), sizes[i]) for i in demo_idx)
        out.considered += 1
        if px == target:
            out.full_fits.append(f)
        if px in seen:
            continue
        seen.add(px)
        out.finishes.append(f)
        out.demo_pixels.append(px)
        if len(out.finishes) >= max_pieces:
            out.capped = True
            break
    return out


def emit_node(search: JointSearch, b: ProgramBuilder, node: Node) -> str:
    """DSL lines computing `node` from I (its first, shallowest program)."""
    var = "I"
    for f in search.path(node):
        var = b.macro(search.lib.transforms[f].macro, var)
    return var


def test_pixels(search: JointSearch, f: Finish, i: int, size: tuple[int, int]) -> bytes:
    """The piece on input table i (used for test inputs, computed only when needed)."""
    return finish_pixels(f, search.value(f.node, i), size)
