"""Object transforms: segmentation, picking by a criterion, filters, and back to grids.

Segmentations follow the DSL's `objects`/`partition` exactly (background = `mostcolor`
with its tie rule). Picks mirror `argmax`/`argmin`, whose ties the DSL breaks by frozenset
iteration order: a pick with a tied extremum fails instead, so every kept program means
the same thing on any interpreter.
"""

from __future__ import annotations

from collections.abc import Callable

from arcbatt.search.transform import COLOUR_NAMES, Transform, line
from arcbatt.search.values import (
    ABSENT,
    GRID,
    OBJ,
    OBJS,
    most_colour,
    present,
)

MAX_OBJECTS = 64
_NB: dict[tuple[int, int, bool], list[tuple[int, ...]]] = {}
_ZERO_ABSENT = bytes(0 if k == ABSENT else k for k in range(256))


def neighbours(h: int, w: int, diagonal: bool) -> list[tuple[int, ...]]:
    """Flat neighbour indices of every cell of an h x w grid (4 or 8 neighbours), cached."""
    key = (h, w, diagonal)
    nb = _NB.get(key)
    if nb is None:
        steps = [(-1, 0), (1, 0), (0, -1), (0, 1)]
        if diagonal:
            steps += [(-1, -1), (-1, 1), (1, -1), (1, 1)]
        nb = []
        for p in range(h * w):
            r, c = divmod(p, w)
            nb.append(tuple((r + dr) * w + c + dc for dr, dc in steps
                            if 0 <= r + dr < h and 0 <= c + dc < w))
        _NB[key] = nb
    return nb


def _component_value(data: bytes, w: int, comp: list[int]) -> tuple:
    rows = [p // w for p in comp]
    cols = [p % w for p in comp]
    y, x = min(rows), min(cols)
    hh, ww = max(rows) - y + 1, max(cols) - x + 1
    out = bytearray([ABSENT]) * (hh * ww)
    for p, r, c in zip(comp, rows, cols, strict=True):
        out[(r - y) * ww + c - x] = data[p]
    return (OBJ, y, x, hh, ww, bytes(out))


def components(v: tuple, univalued: bool, diagonal: bool, without_bg: bool) -> list[tuple]:
    """The DSL's `objects(grid, univalued, diagonal, without_bg)` as OBJ values."""
    h, w, data = v[3], v[4], v[5]
    bg = most_colour(data) if without_bg else -1
    nb = neighbours(h, w, diagonal)
    seen = bytearray(h * w)
    out = []
    for p in range(h * w):
        if seen[p]:
            continue
        seed = data[p]
        if seed == bg:
            continue
        seen[p] = 1
        stack, comp = [p], [p]
        while stack:
            q = stack.pop()
            for r in nb[q]:
                if not seen[r]:
                    u = data[r]
                    if (u == seed) if univalued else (u != bg):
                        seen[r] = 1
                        stack.append(r)
                        comp.append(r)
        out.append(_component_value(data, w, comp))
        if len(out) > MAX_OBJECTS:
            return out
    return out


def _objs(t, members: list[tuple]) -> tuple | None:
    if not members or len(members) > MAX_OBJECTS:
        return None
    return (OBJS, tuple(sorted({t.intern(m) for m in members})))


def _segment(univalued: bool, diagonal: bool):
    def fn(t, v):
        return _objs(t, components(v, univalued, diagonal, True))
    return fn


def _segment_all():
    def fn(t, v):
        return _objs(t, components(v, True, False, False))
    return fn


def _segment_nonzero(diagonal: bool):
    """objects(x, T, diagonal, F) without its zero-coloured components: background 0."""
    def fn(t, v):
        comps = components(v, True, diagonal, False)
        if len(comps) > MAX_OBJECTS:
            return None
        return _objs(t, [o for o in comps if _object_colour(o) != 0])
    return fn


def partition_nonzero(t, v):
    h, w, data = v[3], v[4], v[5]
    members = [_component_value(data, w, [p for p in range(h * w) if data[p] == c])
               for c in dict.fromkeys(data) if c != 0]
    return _objs(t, members)


def _partition(without_bg: bool):
    def fn(t, v):
        h, w, data = v[3], v[4], v[5]
        skip = most_colour(data) if without_bg else -1
        members = []
        for c in dict.fromkeys(data):
            if c == skip:
                continue
            comp = [p for p in range(h * w) if data[p] == c]
            members.append(_component_value(data, w, comp))
        return _objs(t, members)
    return fn


# -- picks -------------------------------------------------------------------------------
def _n_colours(o: tuple) -> int:
    return len(set(o[5]) - {ABSENT})


CRITERIA: dict[str, tuple[Callable[[tuple], int], tuple[str, ...]]] = {
    # name: (key on an OBJ value, macro lines that build the DSL key function as "$k")
    "size": (present, ()),
    "area": (lambda o: o[3] * o[4], (("compose", ("size", "backdrop")),)),
    "holes": (lambda o: o[3] * o[4] - present(o), (("compose", ("size", "delta")),)),
    "colours": (_n_colours, ()),
    "height": (lambda o: o[3], ()),
    "width": (lambda o: o[4], ()),
    "top": (lambda o: o[1], ()),
    "bottom": (lambda o: o[1] + o[3] - 1, ()),
    "left": (lambda o: o[2], ()),
    "right": (lambda o: o[2] + o[4] - 1, ()),
}
_KEY_NAME = {"size": "size", "colours": "numcolors", "height": "height", "width": "width",
             "top": "uppermost", "bottom": "lowermost", "left": "leftmost",
             "right": "rightmost"}


def _unique_extreme(t, v, key, largest: bool) -> int | None:
    vals = t.values
    best = None
    best_k = 0
    tie = False
    for m in v[1]:
        k = key(vals[m])
        if best is None or (k > best_k if largest else k < best_k):
            best, best_k, tie = m, k, False
        elif k == best_k:
            tie = True
    return None if tie else best


def _pick(key, largest: bool):
    def fn(t, v):
        m = _unique_extreme(t, v, key, largest)
        return None if m is None else t.values[m]
    return fn


def _remove_extreme(key, largest: bool):
    def fn(t, v):
        if len(v[1]) < 2:
            return None
        m = _unique_extreme(t, v, key, largest)
        if m is None:
            return None
        return (OBJS, tuple(i for i in v[1] if i != m))
    return fn


def _keep_extremes(key, largest: bool):
    def fn(t, v):
        vals = t.values
        ks = [key(vals[m]) for m in v[1]]
        best = max(ks) if largest else min(ks)
        kept = tuple(m for m, k in zip(v[1], ks, strict=True) if k == best)
        return (OBJS, kept) if len(kept) < len(ks) else v
    return fn


def _object_colour(o: tuple) -> int | None:
    """The colour of a one-colour object; None for several (DSL `color` would be ambiguous)."""
    cs = set(o[5])
    cs.discard(ABSENT)
    return cs.pop() if len(cs) == 1 else None


def _colour_filter(c: int):
    def fn(t, v):
        vals = t.values
        kept = []
        for m in v[1]:
            col = _object_colour(vals[m])
            if col is None:
                return None
            if col == c:
                kept.append(m)
        if not kept:
            return None
        return (OBJS, tuple(kept)) if len(kept) < len(v[1]) else v
    return fn


def _containing(c: int):
    """The one object that holds colour c (a marked object)."""
    def fn(t, v):
        vals = t.values
        hits = [m for m in v[1] if c in vals[m][5]]
        return vals[hits[0]] if len(hits) == 1 else None
    return fn


def drop_singletons(t, v):
    vals = t.values
    kept = tuple(m for m in v[1] if present(vals[m]) != 1)
    if not kept:
        return None
    return (OBJS, kept) if len(kept) < len(v[1]) else v


def keep_singletons(t, v):
    vals = t.values
    kept = tuple(m for m in v[1] if present(vals[m]) == 1)
    if not kept:
        return None
    return (OBJS, kept) if len(kept) < len(v[1]) else v


def frontier_objects(t, v):
    """DSL frontiers: every uniform full row and full column as an object."""
    h, w, data = v[3], v[4], v[5]
    members = []
    for r in range(h):
        row = data[r * w:(r + 1) * w]
        if row.count(row[0]) == w:
            members.append((OBJ, r, 0, 1, w, row))
    for c in range(w):
        col = data[c::w]
        if col.count(col[0]) == h:
            members.append((OBJ, 0, c, h, 1, col))
    return _objs(t, members)


def _symmetric(o: tuple, how: str) -> bool:
    _, _, _, h, w, data = o
    rows = [data[r * w:(r + 1) * w] for r in range(h)]
    if how == "v":
        return all(r == r[::-1] for r in rows)
    if how == "h":
        return rows == rows[::-1]
    return h == w and all(data[r * w + c] == data[c * w + r] for r in range(h) for c in range(w))


def _pick_symmetric(how: str, wanted: bool):
    def fn(t, v):
        vals = t.values
        hits = [m for m in v[1] if _symmetric(vals[m], how) == wanted]
        return vals[hits[0]] if len(hits) == 1 else None
    return fn


def fill_boxes_own_colour(t, v):
    """paint(I, mapply(fork(recolor, color, backdrop), objs)): each bbox in its colour."""
    vals = t.values
    inp = t.input
    ih, iw = inp[3], inp[4]
    out = bytearray(inp[5])
    owner = bytearray(ih * iw)  # colour + 1 of the box that wrote a cell
    for m in v[1]:
        o = vals[m]
        col = _object_colour(o)
        if col is None:
            return None
        for r in range(max(0, o[1]), min(ih, o[1] + o[3])):
            for c in range(max(0, o[2]), min(iw, o[2] + o[4])):
                k = r * iw + c
                if owner[k] and owner[k] != col + 1:
                    return None  # overlapping boxes of two colours: paint order is hashed
                owner[k] = col + 1
                out[k] = col
    return (GRID, 0, 0, ih, iw, bytes(out))


def unique_colour(t, v):
    """The one object whose colour no other object has (and that colour is the rarest)."""
    vals = t.values
    cols = []
    for m in v[1]:
        col = _object_colour(vals[m])
        if col is None:
            return None
        cols.append(col)
    counts: dict[int, int] = {}
    for col in cols:
        counts[col] = counts.get(col, 0) + 1
    least = min(counts.values())
    rare = [col for col, n in counts.items() if n == least]
    if least != 1 or len(rare) != 1:
        return None
    return vals[v[1][cols.index(rare[0])]]


def merge_objects(t, v):
    vals = t.values
    members = [vals[m] for m in v[1]]
    if len(members) == 1:
        return members[0]
    y = min(o[1] for o in members)
    x = min(o[2] for o in members)
    h = max(o[1] + o[3] for o in members) - y
    w = max(o[2] + o[4] for o in members) - x
    out = bytearray([ABSENT]) * (h * w)
    for _, oy, ox, oh, ow, data in members:
        for r in range(oh):
            row = data[r * ow:(r + 1) * ow]
            base = (oy - y + r) * w + ox - x
            for c, val in enumerate(row):
                if val != ABSENT:
                    k = base + c
                    if out[k] != ABSENT and out[k] != val:
                        return None  # two colours on one cell: the DSL's order is hashed
                    out[k] = val
    return (OBJ, y, x, h, w, bytes(out))


def _on_merged(op):
    """An object -> grid transform applied to the union of a set of objects."""
    def fn(t, v):
        merged = merge_objects(t, v)
        return None if merged is None else op(t, merged)
    return fn


def _each(op):
    """apply(op, objs) for an object -> object op that keeps every object non-empty."""
    def fn(t, v):
        return _objs(t, [op(t, t.values[m]) for m in v[1]])
    return fn


def _shape_key(o: tuple) -> tuple:
    return (o[3], o[4], o[5])


def pick_unique_shape(t, v):
    """The one object whose shape and colours (normalised) no other object has."""
    vals = t.values
    keys = [_shape_key(vals[m]) for m in v[1]]
    counts: dict[tuple, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    least = min(counts.values())
    rare = [k for k, n in counts.items() if n == least]
    if least != 1 or len(rare) != 1:
        return None
    return vals[v[1][keys.index(rare[0])]]


def most_common_shape(t, v):
    """The normalised object that occurs most often (unique maximum), at the origin."""
    vals = t.values
    counts: dict[tuple, int] = {}
    for m in v[1]:
        k = _shape_key(vals[m])
        counts[k] = counts.get(k, 0) + 1
    most = max(counts.values())
    top = [k for k, n in counts.items() if n == most]
    if len(top) != 1:
        return None
    h, w, data = top[0]
    return (OBJ, 0, 0, h, w, data)


# -- object -> grid and object -> object -------------------------------------------------
def crop_input(t, v):
    """subgrid(obj, I): the input grid under the object's bounding box (slice semantics)."""
    _, y, x, h, w, _ = v
    inp = t.input
    ih, iw = inp[3], inp[4]
    if y < 0 or x < 0 or y >= ih or x >= iw:
        return None
    hh, ww = min(y + h, ih) - y, min(x + w, iw) - x
    data = inp[5]
    return (GRID, 0, 0, hh, ww, b"".join(data[(y + r) * iw + x:(y + r) * iw + x + ww]
                                         for r in range(hh)))


def sprite(t, v):
    """The object alone on a zero canvas of its own size."""
    return (GRID, 0, 0, v[3], v[4], v[5].translate(_ZERO_ABSENT))


def paint_on_input_canvas(t, v):
    """The object painted in place on a zero canvas of the input's size."""
    inp = t.input
    ih, iw = inp[3], inp[4]
    out = bytearray(ih * iw)
    _paint(out, ih, iw, v)
    return (GRID, 0, 0, ih, iw, bytes(out))


def _paint(out: bytearray, ih: int, iw: int, v: tuple) -> None:
    _, y, x, h, w, data = v
    for r in range(h):
        rr = y + r
        if not 0 <= rr < ih:
            continue
        for c in range(w):
            val = data[r * w + c]
            if val != ABSENT and 0 <= x + c < iw:
                out[rr * iw + x + c] = val


def paint_on_input(t, v):
    """paint(I, obj): the object's cells written over the input."""
    inp = t.input
    out = bytearray(inp[5])
    _paint(out, inp[3], inp[4], v)
    return (GRID, 0, 0, inp[3], inp[4], bytes(out))


def cover_in_input(t, v):
    """cover(I, obj): the input with the object's cells set to the input's background."""
    inp = t.input
    ih, iw = inp[3], inp[4]
    bg = most_colour(inp[5])
    out = bytearray(inp[5])
    _, y, x, h, w, data = v
    for r in range(h):
        for c in range(w):
            if data[r * w + c] != ABSENT and 0 <= y + r < ih and 0 <= x + c < iw:
                out[(y + r) * iw + x + c] = bg
    return (GRID, 0, 0, ih, iw, bytes(out))


def obj_hmirror(t, v):
    _, y, x, h, w, data = v
    return (OBJ, y, x, h, w, b"".join(data[r * w:(r + 1) * w] for r in reversed(range(h))))


def obj_vmirror(t, v):
    _, y, x, h, w, data = v
    return (OBJ, y, x, h, w, b"".join(data[r * w:(r + 1) * w][::-1] for r in range(h)))


def obj_dmirror(t, v):
    _, y, x, h, w, data = v
    return (OBJ, y, x, w, h, bytes(data[c::w][r] for c in range(w) for r in range(h)))


def obj_cmirror(t, v):
    _, y, x, h, w, data = v
    rev = data[::-1]
    return (OBJ, y, x, w, h, bytes(rev[c::w][r] for c in range(w) for r in range(h)))


def _pick_macro(name: str, largest: bool) -> tuple:
    key, pre = CRITERIA[name]
    lines = [line(callee, *args) for callee, args in pre]
    fname = f"${len(lines) - 1}" if pre else _KEY_NAME[name]
    lines.append(line("argmax" if largest else "argmin", "x", fname))
    return tuple(lines)


def object_transforms(in_colours: list[int]) -> list[Transform]:
    """Segmentations, picks, filters and object -> grid transforms."""
    G, O, S = GRID, OBJ, OBJS
    x = "x"
    ts = [
        Transform("objects_1c4", G, S, _segment(True, False), (
            line("objects", x, "T", "F", "T"),)),
        Transform("objects_1c8", G, S, _segment(True, True), (
            line("objects", x, "T", "T", "T"),)),
        Transform("objects_mc4", G, S, _segment(False, False), (
            line("objects", x, "F", "F", "T"),)),
        Transform("objects_mc8", G, S, _segment(False, True), (
            line("objects", x, "F", "T", "T"),)),
        Transform("objects_1c4_all", G, S, _segment_all(), (
            line("objects", x, "T", "F", "F"),)),
        Transform("frontiers", G, S, frontier_objects, (line("frontiers", x),)),
        Transform("objects_1c4_nz", G, S, _segment_nonzero(False), (
            line("objects", x, "T", "F", "F"), line("colorfilter", "$0", "ZERO"),
            line("difference", "$0", "$1"))),
        Transform("objects_1c8_nz", G, S, _segment_nonzero(True), (
            line("objects", x, "T", "T", "F"), line("colorfilter", "$0", "ZERO"),
            line("difference", "$0", "$1"))),
        Transform("partition_nz", G, S, partition_nonzero, (
            line("partition", x), line("colorfilter", "$0", "ZERO"),
            line("difference", "$0", "$1"))),
        Transform("partition", G, S, _partition(False), (line("partition", x),)),
        Transform("fgpartition", G, S, _partition(True), (line("fgpartition", x),)),
    ]
    picks = [("size", True), ("size", False), ("area", True), ("area", False),
             ("holes", True), ("colours", True), ("colours", False), ("height", True),
             ("width", True), ("top", False), ("bottom", True), ("left", False),
             ("right", True)]
    for name, largest in picks:
        key = CRITERIA[name][0]
        tag = "max" if largest else "min"
        ts.append(Transform(f"pick_{tag}_{name}", S, O, _pick(key, largest),
                            _pick_macro(name, largest)))
    size_key = CRITERIA["size"][0]
    ts += [
        Transform("pick_unique_colour", S, O, unique_colour, (
            line("totuple", x), line("apply", "color", "$0"), line("leastcommon", "$1"),
            line("matcher", "color", "$2"), line("extract", x, "$3"))),
        Transform("merge", S, O, merge_objects, (line("merge", x),)),
        Transform("drop_largest", S, S, _remove_extreme(size_key, True), (
            line("argmax", x, "size"), line("remove", "$0", x))),
        Transform("drop_smallest", S, S, _remove_extreme(size_key, False), (
            line("argmin", x, "size"), line("remove", "$0", x))),
        Transform("keep_largest", S, S, _keep_extremes(size_key, True), (
            line("valmax", x, "size"), line("matcher", "size", "$0"), line("sfilter", x, "$1"))),
        Transform("drop_singletons", S, S, drop_singletons, (
            line("sizefilter", x, "ONE"), line("difference", x, "$0"))),
        Transform("keep_singletons", S, S, keep_singletons, (line("sizefilter", x, "ONE"),)),
        Transform("pick_unique_shape", S, O, pick_unique_shape, (
            line("totuple", x), line("apply", "normalize", "$0"), line("leastcommon", "$1"),
            line("matcher", "normalize", "$2"), line("extract", x, "$3"))),
        Transform("most_common_shape", S, O, most_common_shape, (
            line("totuple", x), line("apply", "normalize", "$0"),
            line("mostcommon", "$1"))),
        Transform("each_vmirror", S, S, _each(obj_vmirror), (line("apply", "vmirror", x),)),
        Transform("each_hmirror", S, S, _each(obj_hmirror), (line("apply", "hmirror", x),)),
        Transform("paint_objects", S, G, _on_merged(paint_on_input), (
            line("merge", x), line("paint", "I", "$0"))),
        Transform("cover_objects", S, G, _on_merged(cover_in_input), (
            line("merge", x), line("cover", "I", "$0"))),
        Transform("objects_in_place", S, G, _on_merged(paint_on_input_canvas), (
            line("merge", x), line("shape", "I"), line("canvas", "ZERO", "$1"),
            line("paint", "$2", "$0"))),
        Transform("fill_boxes_own_colour", S, G, fill_boxes_own_colour, (
            line("fork", "recolor", "color", "backdrop"), line("mapply", "$0", x),
            line("paint", "I", "$1"))),
    ]
    for how, mirror in (("v", "vmirror"), ("h", "hmirror"), ("d", "dmirror")):
        ts.append(Transform(f"pick_symmetric_{how}", S, O, _pick_symmetric(how, True), (
            line("fork", "equality", "identity", mirror), line("extract", x, "$0"))))
        ts.append(Transform(f"pick_asymmetric_{how}", S, O, _pick_symmetric(how, False), (
            line("fork", "equality", "identity", mirror), line("compose", "flip", "$0"),
            line("extract", x, "$1"))))
    for c in in_colours:
        ts.append(Transform(f"colorfilter{c}", S, S, _colour_filter(c), (
            line("colorfilter", x, COLOUR_NAMES[c]),)))
        ts.append(Transform(f"pick_containing{c}", S, O, _containing(c), (
            line("lbind", "contained", COLOUR_NAMES[c]), line("compose", "$0", "palette"),
            line("extract", x, "$1"))))
    ts += [
        Transform("crop_input", O, G, crop_input, (line("subgrid", x, "I"),)),
        Transform("sprite", O, G, sprite, (
            line("normalize", x), line("shape", "$0"), line("canvas", "ZERO", "$1"),
            line("paint", "$2", "$0"))),
        Transform("paint_in_place", O, G, paint_on_input_canvas, (
            line("shape", "I"), line("canvas", "ZERO", "$0"), line("paint", "$1", x))),
        Transform("cover_in_input", O, G, cover_in_input, (line("cover", "I", x),)),
        Transform("obj_hmirror", O, O, obj_hmirror, (line("hmirror", x),)),
        Transform("obj_vmirror", O, O, obj_vmirror, (line("vmirror", x),)),
        Transform("obj_dmirror", O, O, obj_dmirror, (line("dmirror", x),)),
        Transform("obj_cmirror", O, O, obj_cmirror, (line("cmirror", x),)),
    ]
    return ts
