"""Per-object operations over an object set, painted back into the input, and list joins.

Every transform here takes a set of objects (a segmentation of the input) to a grid in one
step, so "segment, then act on each object" fits in a depth-2 search: recolouring objects
by their size rank or by a predicate (single cells, touching the border, largest, smallest),
deleting such objects, drawing each object's own connecting lines, sliding objects until
they touch the largest or smallest one (`gravitate`), stamping the main object on every
marker cell, and listing object colours by size. Whenever the DSL's answer would depend on
frozenset iteration order (tied sort keys, two colours written to one cell, the colour of a
multi-coloured object) the fast function fails instead, so a kept program means the same
thing on any interpreter.
"""

from __future__ import annotations

from arcbatt.dsl.relations import gravitate
from arcbatt.search.library_objects import MAX_OBJECTS, components
from arcbatt.search.transform import COLOUR_NAMES, Transform, line
from arcbatt.search.values import ABSENT, GRID, OBJS, most_colour

Cell = tuple[int, int, int]  # (colour, row, col)
MAX_CONNECT_CELLS = 64  # per object: the macro builds every pair's segment
MAX_GRAVITATE_CELLS = 400  # all moving cells: the macro slides them one step at a time


def _cells(o: tuple) -> list[Cell]:
    _, y, x, h, w, data = o
    return [(v, y + k // w, x + k % w) for k, v in enumerate(data) if v != ABSENT]


def _colour(o: tuple) -> int | None:
    """The colour of a one-colour object; None where the DSL's `color` would be hashed."""
    cs = set(o[5])
    cs.discard(ABSENT)
    return cs.pop() if len(cs) == 1 else None


def _size(o: tuple) -> int:
    data = o[5]
    return len(data) - data.count(ABSENT)


def _members(t, v: tuple) -> list[tuple]:
    vals = t.values
    return [vals[m] for m in v[1]]


def _paint_cells(t, cells: list[Cell], base: bytes | None = None) -> tuple | None:
    """paint(grid, cells) over the input (or `base`); None if two colours share a cell."""
    inp = t.input
    ih, iw = inp[3], inp[4]
    out = bytearray(inp[5] if base is None else base)
    owner: dict[int, int] = {}
    for v, r, c in cells:
        if 0 <= r < ih and 0 <= c < iw:
            k = r * iw + c
            prev = owner.get(k)
            if prev is not None and prev != v:
                return None  # the DSL's paint order of a merged set is hashed
            owner[k] = v
            out[k] = v
    return (GRID, 0, 0, ih, iw, bytes(out))


def _fill_cells(t, colour: int, objs: list[tuple]) -> tuple:
    """fill(I, colour, merge(objs))."""
    inp = t.input
    ih, iw = inp[3], inp[4]
    out = bytearray(inp[5])
    for o in objs:
        for _, r, c in _cells(o):
            if 0 <= r < ih and 0 <= c < iw:
                out[r * iw + c] = colour
    return (GRID, 0, 0, ih, iw, bytes(out))


# -- predicates on one object (fast key, DSL macro lines building the predicate as "$k") -----
def _bordering(t, o: tuple) -> bool:
    inp = t.input
    return o[1] == 0 or o[2] == 0 or o[1] + o[3] == inp[3] or o[2] + o[4] == inp[4]


def _select(name: str, t, objs: list[tuple]) -> list[tuple]:
    if name == "singletons":
        return [o for o in objs if _size(o) == 1]
    if name == "bordering":
        return [o for o in objs if _bordering(t, o)]
    if name == "inner":
        return [o for o in objs if not _bordering(t, o)]
    if name.startswith("non"):  # the complement of a selection
        kept = {id(o) for o in _select(name[3:], t, objs)}
        return [o for o in objs if id(o) not in kept]
    sizes = [_size(o) for o in objs]
    best = max(sizes) if name == "largest" else min(sizes)
    return [o for o, s in zip(objs, sizes, strict=True) if s == best]


# macro lines (over x and I) whose last line is the merged selection
SELECT_MACROS: dict[str, tuple] = {
    "singletons": (line("sizefilter", "x", "ONE"), line("merge", "$0")),
    "bordering": (line("rbind", "bordering", "I"), line("mfilter", "x", "$0")),
    "inner": (line("rbind", "bordering", "I"), line("compose", "flip", "$0"),
              line("mfilter", "x", "$1")),
    "largest": (line("valmax", "x", "size"), line("matcher", "size", "$0"),
                line("mfilter", "x", "$1")),
    "smallest": (line("valmin", "x", "size"), line("matcher", "size", "$0"),
                 line("mfilter", "x", "$1")),
}
# the complements, used to delete everything but the selection
COMPLEMENT_MACROS: dict[str, tuple] = {
    "nonsingletons": (line("sizefilter", "x", "ONE"), line("difference", "x", "$0"),
                      line("merge", "$1")),
    "nonlargest": (line("valmax", "x", "size"), line("matcher", "size", "$0"),
                   line("compose", "flip", "$1"), line("mfilter", "x", "$2")),
    "nonsmallest": (line("valmin", "x", "size"), line("matcher", "size", "$0"),
                    line("compose", "flip", "$1"), line("mfilter", "x", "$2")),
}


def _fill_selected(name: str, colour: int):
    """fill(I, colour, selection): recolour the selected objects, leave the rest."""
    def fn(t, v):
        return _fill_cells(t, colour, _select(name, t, _members(t, v)))
    return fn


def _cover_selected(name: str):
    """cover(I, selection): delete the selected objects (background = mostcolor(I))."""
    def fn(t, v):
        return _fill_cells(t, most_colour(t.input[5]), _select(name, t, _members(t, v)))
    return fn


# -- size rank --------------------------------------------------------------------------
def _rank_recolour(descending: bool):
    """Object k in size order (no ties) gets colour k + 1: the k-th largest/smallest."""
    def fn(t, v):
        objs = _members(t, v)
        if not 2 <= len(objs) <= 9:
            return None
        sizes = [_size(o) for o in objs]
        if len(set(sizes)) != len(sizes):
            return None  # order() would keep tied objects in hashed order
        ranked = sorted(zip(sizes, range(len(objs)), strict=True), reverse=descending)
        cells = []
        for k, (_, i) in enumerate(ranked):
            cells += [(k + 1, r, c) for _, r, c in _cells(objs[i])]
        return _paint_cells(t, cells)
    return fn


def _after(pre: tuple, *tail: tuple[str, tuple[str, ...]]) -> tuple:
    """`pre` then `tail`; in the tail "$L" is pre's last line and "@k" the tail's line k."""
    n = len(pre)

    def bind(a: str) -> str:
        if a == "$L":
            return f"${n - 1}"
        return f"${n + int(a[1:])}" if a.startswith("@") else a

    return pre + tuple((c, tuple(bind(a) for a in args)) for c, args in tail)


def _size_order_macro(descending: bool) -> tuple:
    """Lines whose last is the objects as a tuple in size order."""
    if descending:
        return (line("compose", "invert", "size"), line("order", "x", "$0"))
    return (line("order", "x", "size"),)


def _rank_macro(descending: bool) -> tuple:
    return _after(_size_order_macro(descending), line("interval", "ONE", "TEN", "ONE"),
                  line("mpapply", "recolor", "@0", "$L"), line("paint", "I", "@1"))


def _colour_list(descending: bool, as_row: bool):
    """The objects' colours in size order as a one-column (or one-row) grid."""
    def fn(t, v):
        objs = _members(t, v)
        keyed = []
        for o in objs:
            col = _colour(o)
            if col is None:
                return None
            keyed.append((_size(o), col))
        keyed.sort(reverse=descending)
        for (s1, c1), (s2, c2) in zip(keyed, keyed[1:], strict=False):
            if s1 == s2 and c1 != c2:
                return None  # tied sizes, different colours: the order is hashed
        cols = bytes(c for _, c in keyed)
        n = len(cols)
        return (GRID, 0, 0, 1, n, cols) if as_row else (GRID, 0, 0, n, 1, cols)
    return fn


def _colour_list_macro(descending: bool, as_row: bool) -> tuple:
    tail = [line("apply", "color", "$L"), line("rbind", "repeat", "ONE"),
            line("apply", "@1", "@0")]
    if as_row:
        tail.append(line("dmirror", "@2"))
    return _after(_size_order_macro(descending), *tail)


# -- own-colour lines -------------------------------------------------------------------
def _connect_own_colour(rows_on: bool, cols_on: bool):
    """Each object's cells joined along rows (and/or columns), drawn in its own colour."""
    def fn(t, v):
        cells: list[Cell] = []
        for o in _members(t, v):
            col = _colour(o)
            if col is None or _size(o) > MAX_CONNECT_CELLS:
                return None
            rows: dict[int, list[int]] = {}
            cols: dict[int, list[int]] = {}
            for _, r, c in _cells(o):
                rows.setdefault(r, []).append(c)
                cols.setdefault(c, []).append(r)
                cells.append((col, r, c))  # connect(a, a) is the cell itself
            if rows_on:
                for r, cs in rows.items():
                    cells += [(col, r, c) for c in range(min(cs), max(cs) + 1)]
            if cols_on:
                for c, rs in cols.items():
                    cells += [(col, r, c) for r in range(min(rs), max(rs) + 1)]
        out = _paint_cells(t, cells)
        return out
    return fn


def _connect_macro(test: tuple, ref: str) -> tuple:
    """`test` lines (maybe none) then the drawing; `ref` names the segment test."""
    return _after(test, line("lbind", "prapply", "connect"),
                  line("fork", "@0", "toindices", "toindices"), line("rbind", "mfilter", ref),
                  line("compose", "@2", "@1"), line("fork", "recolor", "color", "@3"),
                  line("mapply", "@4", "x"), line("paint", "I", "@5"))


# -- regions around each object, drawn in one colour -------------------------------------
def _outline(top: int, left: int, bottom: int, right: int) -> list[tuple[int, int]]:
    return [(r, c) for r in range(top, bottom + 1) for c in range(left, right + 1)
            if r in (top, bottom) or c in (left, right)]


def _region(name: str, o: tuple) -> list[tuple[int, int]]:
    top, left, bottom, right = o[1], o[2], o[1] + o[3] - 1, o[2] + o[4] - 1
    if name == "backdrop":
        return [(r, c) for r in range(top, bottom + 1) for c in range(left, right + 1)]
    if name == "outbox":
        return _outline(top - 1, left - 1, bottom + 1, right + 1)
    if name == "box":
        return _outline(top, left, bottom, right)
    ai, aj, bi, bj = top + 1, left + 1, bottom - 1, right - 1  # interior: backdrop(inbox)
    return [(r, c) for r in range(min(ai, bi), max(ai, bi) + 1)
            for c in range(min(aj, bj), max(aj, bj) + 1)]


REGION_MACROS: dict[str, tuple] = {
    "backdrop": (line("mapply", "backdrop", "x"),),
    "outbox": (line("mapply", "outbox", "x"),),
    "box": (line("mapply", "box", "x"),),
    "interior": (line("compose", "backdrop", "inbox"), line("mapply", "$0", "x")),
}
# which regions are drawn only over the background (underfill) rather than over everything
REGION_UNDER = {"backdrop": True, "outbox": True, "box": False, "interior": False}


def _fill_regions(name: str, colour: int, under: bool):
    """(under)fill(I, colour, mapply(region, objs)): draw every object's region."""
    def fn(t, v):
        inp = t.input
        ih, iw = inp[3], inp[4]
        data = inp[5]
        bg = most_colour(data) if under else -1
        out = bytearray(data)
        for o in _members(t, v):
            for r, c in _region(name, o):
                if 0 <= r < ih and 0 <= c < iw:
                    k = r * iw + c
                    if not under or data[k] == bg:
                        out[k] = colour
        return (GRID, 0, 0, ih, iw, bytes(out))
    return fn


# -- moving objects ---------------------------------------------------------------------
def _unique_extreme(objs: list[tuple], largest: bool) -> int | None:
    sizes = [_size(o) for o in objs]
    best = max(sizes) if largest else min(sizes)
    hits = [i for i, s in enumerate(sizes) if s == best]
    return hits[0] if len(hits) == 1 else None


def _centre(locs: set[tuple[int, int]]) -> tuple[int, int]:
    rows = [r for r, _ in locs]
    cols = [c for _, c in locs]
    top, left = min(rows), min(cols)
    return top + (max(rows) - top + 1) // 2, left + (max(cols) - left + 1) // 2


def gravitate_offset(src: set, dst: set) -> tuple[int, int]:
    """The DSL's `gravitate` on two location sets (the macro's exact semantics)."""
    return gravitate(frozenset(src), frozenset(dst))


def _gravitate_to(largest: bool):
    """Every other object slid toward the largest (smallest) one until it touches it."""
    def fn(t, v):
        objs = _members(t, v)
        if len(objs) < 2:
            return None
        k = _unique_extreme(objs, largest)
        if k is None:
            return None
        others = objs[:k] + objs[k + 1:]
        if sum(_size(o) for o in others) > MAX_GRAVITATE_CELLS:
            return None
        dst = {(r, c) for _, r, c in _cells(objs[k])}
        base = _fill_cells(t, most_colour(t.input[5]), others)[5]
        cells: list[Cell] = []
        for o in others:
            oc = _cells(o)
            di, dj = gravitate_offset({(r, c) for _, r, c in oc}, dst)
            cells += [(col, r + di, c + dj) for col, r, c in oc]
        out = _paint_cells(t, cells, base)
        return out
    return fn


def _gravitate_macro(largest: bool) -> tuple:
    return (line("argmax" if largest else "argmin", "x", "size"), line("remove", "$0", "x"),
            line("rbind", "gravitate", "$0"), line("fork", "shift", "identity", "$2"),
            line("mapply", "$3", "$1"), line("merge", "$1"), line("cover", "I", "$5"),
            line("paint", "$6", "$4"))


def stamp_on_singletons(t, v):
    """The largest object copied so that its centre lies on every single-cell object."""
    objs = _members(t, v)
    k = _unique_extreme(objs, True)
    if k is None:
        return None
    main = _cells(objs[k])
    dots = [o for o in objs if _size(o) == 1]
    if not dots or len(main) == 1:
        return None
    ci, cj = _centre({(r, c) for _, r, c in main})
    cells = []
    for d in dots:
        di, dj = d[1] - ci, d[2] - cj
        cells += [(col, r + di, c + dj) for col, r, c in main]
    return _paint_cells(t, cells)


# -- objects that enclose a hole ----------------------------------------------------------
def _hole_cells(t) -> set[int] | None:
    """Cells of the input's background components that do not touch its frame (cached)."""
    key = "objects2_holes"
    if key not in t.cache:
        inp = t.input
        iw, data = inp[4], inp[5]
        comps = components(inp, True, False, False)
        if len(comps) > MAX_OBJECTS:  # components() stops early: the set is incomplete
            t.cache[key] = None
        else:
            bg = most_colour(data)
            holes: set[int] = set()
            for o in comps:
                if _colour(o) == bg and not _bordering(t, o):
                    holes.update(r * iw + c for _, r, c in _cells(o))
            t.cache[key] = holes
    return t.cache[key]


def _holed(t, objs: list[tuple]) -> list[tuple] | None:
    """The objects whose bounding box holds a cell of an enclosed background region."""
    holes = _hole_cells(t)
    if holes is None:
        return None
    iw = t.input[4]
    out = []
    for o in objs:
        _, y, x, h, w, data = o
        if any(data[k] == ABSENT and (y + k // w) * iw + x + k % w in holes
               for k in range(h * w)):
            out.append(o)
    return out


def _fill_holed(colour: int):
    def fn(t, v):
        chosen = _holed(t, _members(t, v))
        return None if chosen is None else _fill_cells(t, colour, chosen)
    return fn


HOLED_MACRO = (
    line("objects", "I", "T", "F", "F"), line("mostcolor", "I"),
    line("colorfilter", "$0", "$1"), line("rbind", "bordering", "I"),
    line("compose", "flip", "$3"), line("mfilter", "$2", "$4"), line("toindices", "$5"),
    line("rbind", "intersection", "$6"), line("chain", "positive", "size", "$7"),
    line("compose", "$8", "delta"), line("mfilter", "x", "$9"))


def _shape_key(o: tuple) -> tuple:
    return (o[3], o[4], o[5])


def _odd_shape(rest: int, odd: int):
    """Every object in colour `rest`, the one whose (normalised) shape is unique in `odd`."""
    def fn(t, v):
        objs = _members(t, v)
        keys = [_shape_key(o) for o in objs]
        counts: dict[tuple, int] = {}
        for k in keys:
            counts[k] = counts.get(k, 0) + 1
        least = min(counts.values())
        rare = [k for k, n in counts.items() if n == least]
        if least != 1 or len(rare) != 1 or len(objs) < 3:
            return None
        base = _fill_cells(t, rest, objs)[5]
        odd_obj = objs[keys.index(rare[0])]
        return _paint_cells(t, [(odd, r, c) for _, r, c in _cells(odd_obj)], base)
    return fn


def objects2_transforms(out_colours: list[int]) -> list[Transform]:
    """Object-set -> grid transforms: per-object recolouring, deletion, moves, lists."""
    S, G = OBJS, GRID
    ts: list[Transform] = []
    for desc, tag in ((True, "desc"), (False, "asc")):
        ts.append(Transform(f"recolour_size_rank_{tag}", S, G, _rank_recolour(desc),
                            _rank_macro(desc)))
    for desc, tag in ((True, "desc"), (False, "asc")):
        ts.append(Transform(f"colour_column_{tag}", S, G, _colour_list(desc, False),
                            _colour_list_macro(desc, False)))
        ts.append(Transform(f"colour_row_{tag}", S, G, _colour_list(desc, True),
                            _colour_list_macro(desc, True)))
    for tag, rows_on, cols_on, test, ref in (
            ("hv", True, True, (line("fork", "either", "hline", "vline"),), "$L"),
            ("h", True, False, (), "hline"), ("v", False, True, (), "vline")):
        ts.append(Transform(f"connect_own_colour_{tag}", S, G,
                            _connect_own_colour(rows_on, cols_on), _connect_macro(test, ref)))
    ts.append(Transform("gravitate_to_largest", S, G, _gravitate_to(True),
                        _gravitate_macro(True)))
    ts.append(Transform("gravitate_to_smallest", S, G, _gravitate_to(False),
                        _gravitate_macro(False)))
    ts.append(Transform("stamp_on_singletons", S, G, stamp_on_singletons, (
        line("argmax", "x", "size"), line("sizefilter", "x", "ONE"), line("center", "$0"),
        line("rbind", "subtract", "$2"), line("compose", "$3", "center"),
        line("lbind", "shift", "$0"), line("compose", "$5", "$4"),
        line("mapply", "$6", "$1"), line("paint", "I", "$7"))))
    for a in out_colours:
        for b in out_colours:
            if a != b:
                ts.append(Transform(f"odd_shape_{a}_{b}", S, G, _odd_shape(a, b), (
                    line("totuple", "x"), line("apply", "normalize", "$0"),
                    line("leastcommon", "$1"), line("matcher", "normalize", "$2"),
                    line("extract", "x", "$3"), line("merge", "x"),
                    line("fill", "I", COLOUR_NAMES[a], "$5"),
                    line("fill", "$6", COLOUR_NAMES[b], "$4"))))
    for name, pre in COMPLEMENT_MACROS.items():
        ts.append(Transform(f"keep_only_{name[3:]}", S, G, _cover_selected(name),
                            _after(pre, line("cover", "I", "$L"))))
    for name, pre in SELECT_MACROS.items():
        ts.append(Transform(f"cover_{name}", S, G, _cover_selected(name),
                            _after(pre, line("cover", "I", "$L"))))
        for c in out_colours:
            ts.append(Transform(f"fill_{name}{c}", S, G, _fill_selected(name, c),
                                _after(pre, line("fill", "I", COLOUR_NAMES[c], "$L"))))
    for c in out_colours:
        ts.append(Transform(f"fill_holed{c}", S, G, _fill_holed(c),
                            _after(HOLED_MACRO, line("fill", "I", COLOUR_NAMES[c], "$L"))))
    ts.append(Transform("each_interior_fill0", S, G, _fill_regions("interior", 0, False),
                        _after(REGION_MACROS["interior"], line("fill", "I", "ZERO", "$L"))))
    for name, pre in REGION_MACROS.items():
        under = REGION_UNDER[name]
        how = "underfill" if under else "fill"
        for c in out_colours:
            ts.append(Transform(f"each_{name}_{how}{c}", S, G, _fill_regions(name, c, under),
                                _after(pre, line(how, "I", COLOUR_NAMES[c], "$L"))))
    return ts

