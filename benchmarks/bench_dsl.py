"""Per-primitive timing of the DSL on grids taken from real ARC training tasks.

Every one of the 160 primitives of ``arcbatt.dsl.PRIMITIVES`` is called, timeit-style, with
arguments derived by the DSL itself from a fixed, deterministic sample of grids (the first
demo input of the first N tasks of ``arc1-train``): the grid, its objects, its largest and
smallest object, their indices, its background and least colour, and so on. Higher-order
primitives get plain primitives (``size``, ``portrait``, ``add``...) as their functions.
A few polymorphic primitives also get a second row for their patch/object path, named
``name@variant``. Inputs on which a primitive raises are skipped and counted.

Modes:

    .venv/bin/python benchmarks/bench_dsl.py                    # table, slowest first
    .venv/bin/python benchmarks/bench_dsl.py --grids 60 --top 15 --json out.json
    .venv/bin/python benchmarks/bench_dsl.py --compare          # reference vs current
    .venv/bin/python benchmarks/bench_dsl.py --verify           # identical-output check

``--compare`` times the pre-optimisation versions kept in ``benchmarks/dsl_reference.py``
against the current primitives on the same inputs, interleaved, and prints the ratio
reference/current (a ratio, because the machine is shared and absolute times are noisy).
``--verify`` checks that every kept reference and its current primitive give identical
results (value, concrete type, frozenset iteration order and table size, raised exception
type) on every grid of the 400 training tasks, inputs and outputs, and on random
hypothesis grids and patches.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import arcbatt.dsl as D  # noqa: E402
import dsl_reference  # noqa: E402
from arcbatt.data import load_dataset  # noqa: E402

# --------------------------------------------------------------------------------------
# Inputs


class Ctx:
    """Values derived from one grid with the DSL, used as primitive arguments."""

    def __init__(self, g: tuple) -> None:
        self.g = g
        self.h, self.w = len(g), len(g[0])
        self.bg = D.mostcolor(g)
        self.fg = D.leastcolor(g)
        self.pal = D.palette(g)
        objs = D.objects(g, True, False, True)
        if not objs:  # a uniform grid: take it whole
            objs = D.objects(g, True, False, False)
        self.objs = objs
        self.obj = D.argmax(objs, D.size)  # largest (first in iteration order on ties)
        self.obj2 = D.argmin(objs, D.size)  # smallest
        self.col = D.color(self.obj)
        self.ind = D.toindices(self.obj)
        self.ind2 = D.toindices(self.obj2)
        self.loc = D.ulcorner(self.obj)
        self.loc2 = D.lrcorner(self.obj2)
        self.row = g[0]
        self.flat = tuple(itertools.chain.from_iterable(g))
        self.g180 = D.rot180(g)
        self.locs = tuple(sorted(self.ind))
        self.objt = D.order(objs, D.size)
        self.pick = D.matcher(D.size, len(self.obj))
        self.fns = (D.ulcorner, D.lrcorner, D.center)


Builder = Callable[[Ctx], tuple]

# (row name, primitive name, argument builder); the first row of each primitive is its
# main case, rows named "name@variant" exercise another input kind of the same primitive.
CASES: list[tuple[str, str, Builder]] = []


def case(name: str, build: Builder, variant: str = "") -> None:
    CASES.append((f"{name}@{variant}" if variant else name, name, build))


# §4.1 scalars, vectors and logic
case("identity", lambda c: (c.g,))
case("add", lambda c: (c.loc, c.loc2))
case("subtract", lambda c: (c.loc, c.loc2))
case("multiply", lambda c: (c.loc, 2))
case("divide", lambda c: ((c.h, c.w), 2))
case("invert", lambda c: (c.loc,))
case("even", lambda c: (c.h,))
case("double", lambda c: (c.loc,))
case("halve", lambda c: (c.loc,))
case("flip", lambda c: (c.h > c.w,))
case("equality", lambda c: (c.g, c.g180))
case("greater", lambda c: (c.h, c.w))
case("both", lambda c: (c.h > 3, c.w > 3))
case("either", lambda c: (c.h > 3, c.w > 3))
case("increment", lambda c: (c.loc,))
case("decrement", lambda c: (c.loc,))
case("crement", lambda c: (D.subtract(c.loc, c.loc2),))
case("sign", lambda c: (D.subtract(c.loc, c.loc2),))
case("positive", lambda c: (c.h - c.w,))
case("toivec", lambda c: (c.h,))
case("tojvec", lambda c: (c.w,))
case("astuple", lambda c: (c.h, c.w))
case("branch", lambda c: (c.h > c.w, c.g, c.g180))
# §4.2 containers
case("contained", lambda c: (c.loc, c.ind))
case("combine", lambda c: (c.ind, c.ind2))
case("intersection", lambda c: (c.ind, D.backdrop(c.obj2)))
case("difference", lambda c: (D.asindices(c.g), c.ind))
case("dedupe", lambda c: (c.flat,))
case("order", lambda c: (c.objs, D.size))
case("repeat", lambda c: (c.row, 3))
case("size", lambda c: (c.objs,))
case("merge", lambda c: (c.objs,))
case("maximum", lambda c: (c.pal,))
case("minimum", lambda c: (c.pal,))
case("valmax", lambda c: (c.objs, D.size))
case("valmin", lambda c: (c.objs, D.size))
case("argmax", lambda c: (c.objs, D.size))
case("argmin", lambda c: (c.objs, D.size))
case("mostcommon", lambda c: (c.flat,))
case("leastcommon", lambda c: (c.flat,))
case("initset", lambda c: (c.obj,))
case("sfilter", lambda c: (c.objs, D.portrait))
case("mfilter", lambda c: (c.objs, D.portrait))
case("extract", lambda c: (c.objs, c.pick))
case("totuple", lambda c: (c.objs,))
case("first", lambda c: (c.objs,))
case("last", lambda c: (c.objs,))
case("insert", lambda c: (c.loc2, c.ind))
case("remove", lambda c: (c.obj, c.objs))
case("other", lambda c: (c.objs, c.obj))
case("interval", lambda c: (0, c.w, 1))
case("product", lambda c: (c.pal, c.pal))
case("pair", lambda c: (c.row, c.g[-1]))
# §4.3 combinators
case("compose", lambda c: (D.size, D.merge))
case("chain", lambda c: (D.size, D.merge, D.identity))
case("matcher", lambda c: (D.size, 3))
case("rbind", lambda c: (D.add, c.loc))
case("lbind", lambda c: (D.crop, c.g))
case("power", lambda c: (D.rot90, 2))
case("fork", lambda c: (D.add, D.ulcorner, D.lrcorner))
case("apply", lambda c: (D.size, c.objs))
case("rapply", lambda c: (c.fns, c.obj))
case("mapply", lambda c: (D.toindices, c.objs))
case("papply", lambda c: (D.add, c.locs, c.locs[::-1]))
case("mpapply", lambda c: (D.astuple, c.row, c.g[-1]))
case("prapply", lambda c: (D.astuple, c.pal, c.pal))
# §4.4 colours
case("mostcolor", lambda c: (c.g,))
case("mostcolor", lambda c: (c.obj,), "object")
case("leastcolor", lambda c: (c.g,))
case("colorcount", lambda c: (c.g, c.bg))
case("colorfilter", lambda c: (c.objs, c.fg))
case("sizefilter", lambda c: (c.objs, 1))
case("palette", lambda c: (c.g,))
case("palette", lambda c: (c.obj,), "object")
case("numcolors", lambda c: (c.g,))
case("color", lambda c: (c.obj,))
# §4.5 extent (on the largest object)
for _name in ("height", "width", "shape", "portrait", "square", "vline", "hline",
              "ulcorner", "urcorner", "llcorner", "lrcorner", "uppermost", "lowermost",
              "leftmost", "rightmost", "center", "centerofmass"):
    case(_name, lambda c: (c.obj,))
# §4.6 patches
case("asindices", lambda c: (c.g,))
case("ofcolor", lambda c: (c.g, c.col))
case("toindices", lambda c: (c.obj,))
case("recolor", lambda c: (c.fg, c.ind))
case("shift", lambda c: (c.obj, (1, 1)))
case("shift", lambda c: (c.ind, (1, 1)), "indices")
case("normalize", lambda c: (c.obj,))
case("toobject", lambda c: (c.ind, c.g))
case("asobject", lambda c: (c.g,))
case("dneighbors", lambda c: (c.loc,))
case("ineighbors", lambda c: (c.loc,))
case("neighbors", lambda c: (c.loc,))
case("corners", lambda c: (c.obj,))
case("connect", lambda c: (c.loc, (c.loc[0] + c.h - 1, c.loc[1] + c.h - 1)))
case("shoot", lambda c: (c.loc, (1, 1)))
case("vfrontier", lambda c: (c.loc,))
case("hfrontier", lambda c: (c.loc,))
case("backdrop", lambda c: (c.obj,))
case("delta", lambda c: (c.obj,))
case("box", lambda c: (c.obj,))
case("inbox", lambda c: (c.obj,))
case("outbox", lambda c: (c.obj,))
# §4.7 relations
case("hmatching", lambda c: (c.obj, c.obj2))
case("vmatching", lambda c: (c.obj, c.obj2))
case("manhattan", lambda c: (c.obj, c.obj2))
case("adjacent", lambda c: (c.obj, c.obj2))
case("bordering", lambda c: (c.obj, c.g))
case("position", lambda c: (c.obj, c.obj2))
case("gravitate", lambda c: (c.obj2, c.obj))
case("occurrences", lambda c: (c.g, c.obj2))
# §4.8 segmentation
case("objects", lambda c: (c.g, True, False, True))
case("objects", lambda c: (c.g, False, True, True), "multicolour-diagonal")
case("objects", lambda c: (c.g, True, True, False), "with-background")
case("partition", lambda c: (c.g,))
case("fgpartition", lambda c: (c.g,))
case("frontiers", lambda c: (c.g,))
# §4.9 grids
for _name in ("rot90", "rot180", "rot270", "hmirror", "vmirror", "dmirror", "cmirror"):
    case(_name, lambda c: (c.g,))
for _name in ("hmirror", "vmirror", "dmirror", "cmirror"):
    case(_name, lambda c: (c.obj,), "object")
case("crop", lambda c: (c.g, (1, 1), (c.h // 2, c.w // 2)))
case("subgrid", lambda c: (c.obj, c.g))
case("hconcat", lambda c: (c.g, c.g180))
case("vconcat", lambda c: (c.g, c.g180))
case("hsplit", lambda c: (c.g, 2))
case("vsplit", lambda c: (c.g, 2))
for _name in ("tophalf", "bottomhalf", "lefthalf", "righthalf", "trim", "compress"):
    case(_name, lambda c: (c.g,))
case("hupscale", lambda c: (c.g, 2))
case("vupscale", lambda c: (c.g, 2))
case("upscale", lambda c: (c.g, 2))
case("upscale", lambda c: (c.obj, 2), "object")
case("downscale", lambda c: (c.g, 2))
case("canvas", lambda c: (c.bg, (c.h, c.w)))
case("index", lambda c: (c.g, c.loc))
case("cellwise", lambda c: (c.g, c.g180, c.bg))
case("replace", lambda c: (c.g, c.bg, c.fg))
case("switch", lambda c: (c.g, c.bg, c.fg))
# §4.10 drawing
case("fill", lambda c: (c.g, c.fg, c.ind))
case("paint", lambda c: (c.g, D.shift(c.obj, (1, 1))))
case("underfill", lambda c: (c.g, c.fg, D.backdrop(c.obj)))
case("underpaint", lambda c: (c.g, D.shift(c.obj, (1, 1))))
case("cover", lambda c: (c.g, c.obj))
case("move", lambda c: (c.g, c.obj, (1, 1)))
# §4.11 periodicity
case("hperiod", lambda c: (c.obj,))
case("vperiod", lambda c: (c.obj,))


def sample_grids(n: int) -> list[tuple]:
    """The first demo input of each of the first n tasks (then second demo inputs, ...)."""
    tasks = list(load_dataset("arc1-train"))
    grids: list[tuple] = []
    for k in itertools.count():
        added = False
        for task in tasks:
            if len(grids) == n:
                return grids
            if k < len(task.demo):
                grids.append(task.demo[k].input)
                added = True
        if not added:
            return grids
    return grids


def all_task_grids() -> list[tuple]:
    """Every input and known output grid of the 400 training tasks."""
    grids = []
    for task in load_dataset("arc1-train"):
        for s in (*task.demo, *task.test):
            grids.append(s.input)
            if s.output is not None:
                grids.append(s.output)
    return grids


def build_args(ctxs: list[Ctx], build: Builder) -> list[tuple | None]:
    out: list[tuple | None] = []
    for c in ctxs:
        try:
            out.append(build(c))
        except Exception:  # a derived argument does not exist for this grid
            out.append(None)
    return out


# --------------------------------------------------------------------------------------
# Timing


def _loop(fn: Callable, args: tuple, reps: int) -> float:
    perf = time.perf_counter
    t0 = perf()
    for _ in itertools.repeat(None, reps):
        fn(*args)
    return perf() - t0


def time_call(fn: Callable, args: tuple, target: float, repeat: int) -> float:
    """Seconds per call: best of `repeat` loops, each sized to take about `target` s."""
    t = _loop(fn, args, 1)
    reps = max(1, min(5000, int(target / max(t, 1e-7))))
    return min(_loop(fn, args, reps) for _ in range(repeat)) / reps


def bench(ctxs: list[Ctx], target: float, repeat: int) -> list[dict]:
    rows = []
    gc_was = gc.isenabled()
    gc.disable()
    try:
        for row, name, build in CASES:
            fn = D.PRIMITIVES[name]
            per_call: list[float] = []
            skipped = 0
            for args in build_args(ctxs, build):
                if args is None:
                    skipped += 1
                    continue
                try:
                    fn(*args)
                except Exception:
                    skipped += 1
                    continue
                per_call.append(time_call(fn, args, target, repeat))
            us = [t * 1e6 for t in per_call]
            rows.append({
                "name": row,
                "primitive": name,
                "mean_us": statistics.fmean(us) if us else None,
                "median_us": statistics.median(us) if us else None,
                "max_us": max(us) if us else None,
                "inputs": len(us),
                "skipped": skipped,
            })
    finally:
        if gc_was:
            gc.enable()
    return rows


def compare(ctxs: list[Ctx], target: float, rounds: int) -> list[dict]:
    """Reference vs current on the same inputs, interleaved; ratio = reference / current."""
    rows = []
    gc_was = gc.isenabled()
    gc.disable()
    try:
        for row, name, build in CASES:
            ref = dsl_reference.REFERENCE.get(name)
            if ref is None:
                continue
            cur = D.PRIMITIVES[name]
            t_ref = t_cur = 0.0
            n = mismatches = 0
            for args in build_args(ctxs, build):
                if args is None:
                    continue
                a, b = _outcome(ref, args), _outcome(cur, args)
                if a != b:
                    mismatches += 1
                if a[0] == "raise":
                    continue
                t = _loop(cur, args, 1)
                reps = max(1, min(5000, int(target / max(t, 1e-7))))
                best_ref = best_cur = float("inf")
                for _ in range(rounds):  # alternate so drift in machine load hits both
                    best_ref = min(best_ref, _loop(ref, args, reps))
                    best_cur = min(best_cur, _loop(cur, args, reps))
                t_ref += best_ref / reps
                t_cur += best_cur / reps
                n += 1
            rows.append({
                "name": row,
                "reference_us": t_ref / n * 1e6 if n else None,
                "current_us": t_cur / n * 1e6 if n else None,
                "ratio": t_ref / t_cur if n and t_cur else None,
                "inputs": n,
                "mismatches": mismatches,
            })
    finally:
        if gc_was:
            gc.enable()
    return rows


# --------------------------------------------------------------------------------------
# Identity of results


def canon(x: object) -> object:
    """A comparable picture of a value: its repr (types, items in iteration order) and the
    table size of every frozenset in it (which decides the order of later copies)."""
    if callable(x):
        return ("callable",)
    sizes: list[int] = []
    _set_sizes(x, sizes)
    return (type(x).__name__, repr(x), sizes)


def _set_sizes(x: object, out: list[int]) -> None:
    t = type(x)
    if t is frozenset or t is set:
        out.append(sys.getsizeof(x))
    elif t is not tuple:
        return
    for e in x:  # type: ignore[attr-defined]
        te = type(e)
        if te is frozenset or te is set or (te is tuple and e and type(e[0]) is not int):
            _set_sizes(e, out)


def _outcome(fn: Callable, args: tuple) -> tuple:
    try:
        return ("ok", canon(fn(*args)))
    except Exception as exc:  # the same exception type must be raised
        return ("raise", type(exc).__name__)


def _extra_cases(c: Ctx) -> list[tuple[str, tuple]]:
    """Inputs beyond the benchmark rows: other flags, off-grid and empty patches."""
    g, obj, ind = c.g, c.obj, c.ind
    off = D.shift(obj, (-2, c.w - 2))
    out: list[tuple[str, tuple]] = []
    for flags in itertools.product((True, False), repeat=3):
        out.append(("objects", (g, *flags)))
    for v in sorted(c.pal | {c.bg + 1}):
        out += [("ofcolor", (g, v)), ("replace", (g, v, c.fg))]
    for p in (obj, ind, off, D.toindices(off), c.obj2, frozenset()):
        out += [("shift", (p, (-1, 3))), ("fill", (g, c.bg, p)), ("hmirror", (p,)),
                ("vmirror", (p,)), ("dmirror", (p,)), ("cmirror", (p,)),
                ("paint", (g, D.recolor(c.fg, p))), ("upscale", (p, 3)),
                ("mostcolor", (p,)), ("palette", (p,)), ("toindices", (p,)),
                ("normalize", (p,)), ("backdrop", (p,)), ("toobject", (p, g))]
    ragged = D.vconcat(g, D.lefthalf(g))
    twice = ((c.fg, c.loc), (c.bg, c.loc), *((c.fg, loc) for loc in c.locs))
    for name, args in (("fill", (ragged, 1, ind)), ("ofcolor", (ragged, c.bg)),
                       ("asobject", (ragged,)), ("compress", (ragged,)),
                       ("replace", (ragged, c.bg, 1)), ("cellwise", (ragged, ragged, 0))):
        out.append((name, args))
    for p in (c.locs + c.locs, twice, D.backdrop(obj), D.outbox(obj)):
        out += [("underfill", (g, c.fg, p)), ("underpaint", (g, D.recolor(c.fg, p))),
                ("fill", (g, c.fg, p)), ("cover", (g, p))]
    out += [("underpaint", (g, twice)), ("paint", (g, twice)), ("move", (g, obj, (-1, 2))),
            ("cellwise", (g, g, 0)), ("cellwise", (g, D.replace(g, c.fg, c.bg), c.bg)),
            ("cellwise", (g, D.tophalf(g), 0)), ("cellwise", (D.tophalf(g), g, 0)),
            ("switch", (g, c.fg, 10)), ("switch", (g, c.bg, c.bg)), ("switch", (g, 11, 12))]
    for p in (*objs_sample(c), D.asobject(g), ind, frozenset(), off):
        out += [("hperiod", (p,)), ("vperiod", (p,))]
    sample = objs_sample(c)
    for p in (*sample[::3], ind, off, c.locs, frozenset()):
        for q in (obj, c.obj2, D.toindices(off), D.box(obj), frozenset()):
            out.append(("manhattan", (p, q)))
    for f in (0, 1, 3, -1):
        out += [("hupscale", (g, f)), ("upscale", (g, f)), ("upscale", (obj, f))]
    out += [("paint", (g, off)), ("paint", (g, c.locs)), ("fill", (g, 7, c.locs)),
            ("crop", (g, (c.h // 3, 1), (c.h, 3))), ("crop", (g, (0, 0), (0, 0))),
            ("hconcat", (g, D.tophalf(g))), ("hconcat", (D.tophalf(g), g)),
            ("vconcat", (g, D.lefthalf(g))), ("downscale", (g, 3)), ("downscale", (g, -2)),
            ("upscale", (g, 3)), ("upscale", (g, 0)), ("mostcolor", (c.locs,)),
            ("palette", (c.ind,)), ("mostcolor", (c.flat,))]
    for name in ("partition", "fgpartition", "rot90", "rot180", "rot270", "trim",
                 "asobject", "compress", "leastcolor", "numcolors", "asindices"):
        out.append((name, (g,)))
    return out


def _compare_one(name: str, args: tuple, failures: dict[str, list[str]]) -> None:
    """Records a mismatch between the reference and the current primitive on `args`."""
    a = _outcome(dsl_reference.REFERENCE[name], args)
    b = _outcome(D.PRIMITIVES[name], args)
    if a != b:
        examples = failures.setdefault(name, [])
        examples.append(f"{args!r:.300}")


def objs_sample(c: Ctx) -> list:
    """Up to 12 objects of each connectivity and colour rule."""
    out: list = []
    for univalued, diagonal in ((True, False), (False, True)):
        out += sorted(D.objects(c.g, univalued, diagonal, True), key=len)[-12:]
    return out


def _check(ctx_or_grid: Ctx | tuple, failures: dict[str, list[str]]) -> int:
    try:
        c = ctx_or_grid if isinstance(ctx_or_grid, Ctx) else Ctx(ctx_or_grid)
    except Exception:
        return 0
    items = [(name, build(c)) for _, name, build in CASES
             if name in dsl_reference.REFERENCE and _safe(build, c)]
    items += [(n, a) for n, a in _extra_cases(c) if n in dsl_reference.REFERENCE]
    for name, args in items:
        _compare_one(name, args, failures)
    return len(items)


def _safe(build: Builder, c: Ctx) -> bool:
    try:
        build(c)
    except Exception:
        return False
    return True


def verify(examples: int) -> bool:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    failures: dict[str, list[str]] = {}
    grids = all_task_grids()
    checks = sum(_check(g, failures) for g in grids)
    print(f"task grids: {len(grids)} grids, {checks} calls per implementation")

    @st.composite
    def grid(draw):
        h, w = draw(st.integers(1, 30)), draw(st.integers(1, 30))
        colours = draw(st.lists(st.integers(0, 9), min_size=1, max_size=10, unique=True))
        cell = st.sampled_from(colours)
        return tuple(tuple(draw(cell) for _ in range(w)) for _ in range(h))

    loc = st.tuples(st.integers(-3, 33), st.integers(-3, 33))
    count = [0, 0]

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(grid(), st.lists(st.tuples(st.integers(0, 9), loc), max_size=40), loc)
    def random_inputs(g, cells, vec):
        count[0] += 1
        count[1] += _check(g, failures)
        obj = frozenset(cells)
        ind = frozenset(loc for _, loc in cells)
        c_obj = frozenset(cells[: len(cells) // 2]) or frozenset({(1, vec)})
        tile = D.crop(g, (0, 0), (3, 3))
        band = D.hconcat(D.hconcat(tile, tile), tile)
        periodic = D.asobject(D.vconcat(band, D.vconcat(band, band)))
        for name, args in (("shift", (obj, vec)), ("shift", (ind, vec)), ("paint", (g, obj)),
                           ("fill", (g, 3, ind)), ("hmirror", (obj,)), ("vmirror", (ind,)),
                           ("dmirror", (obj,)), ("cmirror", (ind,)), ("dmirror", (ind,)),
                           ("cmirror", (obj,)), ("upscale", (obj, 2)),
                           ("mostcolor", (obj,)), ("palette", (obj,)),
                           ("crop", (g, vec, (5, 7))), ("toobject", (ind, g)),
                           ("hperiod", (obj,)), ("vperiod", (obj,)),
                           ("manhattan", (obj, ind)), ("manhattan", (ind, D.shift(ind, vec))),
                           ("manhattan", (obj, c_obj)), ("manhattan", (D.shift(c_obj, vec), ind)),
                           ("hperiod", (periodic,)), ("vperiod", (periodic,))):
            if name in dsl_reference.REFERENCE:
                _compare_one(name, args, failures)
                count[1] += 1

    random_inputs()
    print(f"random: {count[0]} hypothesis examples, {count[1]} calls per implementation")
    for name, examples in sorted(failures.items()):
        print(f"MISMATCH {name}: {len(examples)} inputs, e.g. {examples[0]}")
    print("verify:", "identical" if not failures else f"{len(failures)} primitives differ")
    return not failures


# --------------------------------------------------------------------------------------
# Command line


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--grids", type=int, default=60, help="number of sample grids (60)")
    p.add_argument("--top", type=int, default=0, help="print only the K slowest rows")
    p.add_argument("--json", metavar="OUT", help="write the results as JSON")
    p.add_argument("--target-ms", type=float, default=0.25,
                   help="time per timing loop and input, in ms (0.25)")
    p.add_argument("--repeat", type=int, default=3, help="timing loops per input, best kept")
    p.add_argument("--compare", action="store_true",
                   help="time benchmarks/dsl_reference.py versions against the current ones")
    p.add_argument("--verify", action="store_true",
                   help="check reference and current give identical results, then exit")
    p.add_argument("--examples", type=int, default=300, help="hypothesis examples (--verify)")
    a = p.parse_args(argv)

    missing = sorted(set(D.PRIMITIVES) - {name for _, name, _ in CASES})
    if missing:
        print("no benchmark case for:", ", ".join(missing), file=sys.stderr)
        return 2
    if a.verify:
        return 0 if verify(a.examples) else 1

    t0 = time.perf_counter()
    ctxs = [Ctx(g) for g in sample_grids(a.grids)]
    report: dict = {
        "grids": len(ctxs),
        "python": sys.version.split()[0],
        "target_ms": a.target_ms,
        "repeat": a.repeat,
    }
    if a.compare:
        rows = compare(ctxs, a.target_ms / 1000, max(a.repeat, 5))
        rows.sort(key=lambda r: -(r["ratio"] or 0))
        print(f"{'primitive':<30}{'reference us':>14}{'current us':>12}{'ratio':>8}  inputs")
        for r in rows:
            if r["ratio"] is None:
                print(f"{r['name']:<30}{'-':>14}{'-':>12}{'-':>8}  0")
                continue
            bad = f"  MISMATCHES: {r['mismatches']}" if r["mismatches"] else ""
            print(f"{r['name']:<30}{r['reference_us']:>14.2f}{r['current_us']:>12.2f}"
                  f"{r['ratio']:>7.2f}x  {r['inputs']}{bad}")
        report["compare"] = rows
    else:
        rows = bench(ctxs, a.target_ms / 1000, a.repeat)
        rows.sort(key=lambda r: -(r["mean_us"] or 0))
        shown = rows[: a.top] if a.top else rows
        print(f"{'rank':>4}  {'primitive':<34}{'mean us':>10}{'median us':>11}{'max us':>10}"
              f"  inputs  skipped")
        for k, r in enumerate(shown, 1):
            if r["mean_us"] is None:
                print(f"{k:>4}  {r['name']:<34}{'-':>10}{'-':>11}{'-':>10}  {0:>6}"
                      f"  {r['skipped']:>7}")
                continue
            print(f"{k:>4}  {r['name']:<34}{r['mean_us']:>10.2f}{r['median_us']:>11.2f}"
                  f"{r['max_us']:>10.1f}  {r['inputs']:>6}  {r['skipped']:>7}")
        report["results"] = rows
    report["seconds"] = round(time.perf_counter() - t0, 2)
    print(f"{len(ctxs)} grids, {len(rows)} rows, {report['seconds']} s")
    if a.json:
        Path(a.json).write_text(json.dumps(report, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
