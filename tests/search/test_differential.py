"""Every transform's fast code agrees with its DSL macro on real ARC-AGI-1 training grids."""

from __future__ import annotations

import pytest

from arcbatt.data import load_dataset
from arcbatt.search.library import build_library
from arcbatt.search.table import Table
from arcbatt.search.transform import run_macro
from arcbatt.search.values import ABSENT, GRID, GRIDS, OBJ, OBJS, PATCH, rows_of, to_dsl

TASKS = 30  # training tasks sampled (every 13th): inputs and outputs
PER_KIND = 6  # values of each kind checked per grid
# macros that are slow through the DSL on big patches (rays, pairwise segments, halos):
# checked here on patches of at most SLOW_CELLS cells; `bench_search.py --verify` checks all
SLOW = {"shoot_up", "shoot_down", "shoot_left", "shoot_right", "connect", "hlines", "vlines",
        "halo8", "nbr8", "nbr4", "nbrx", "shoot_down_right", "shoot_up_left", "shoot_up_right",
        "shoot_down_left"}
SLOW_CELLS = 40


def sample_grids(n_tasks: int = TASKS, step: int = 13) -> list[tuple]:
    ds = load_dataset("arc1-train")
    grids = []
    for task in list(ds)[::step][:n_tasks]:
        for s in task.demo + task.test:
            grids.append(s.input)
            if s.output is not None:
                grids.append(s.output)
    return grids


def values_of(table: Table, lib, per_kind: int = PER_KIND) -> list[int]:
    """Ids of the input grid, a few derived grids, and their objects, sets and panels."""
    seeds = [0]
    for name in ("crop_nonzero", "rot90", "objects_1c4", "objects_mc8", "partition",
                 "fgpartition", "hsplit2", "vsplit3", "objects_1c8", "compress",
                 "nonzero_cells", "least_cells", "ofcolor0", "quadrants2", "frontiers"):
        r = lib.transforms[lib.index(name)].fn(table, table.input)
        if r is not None:
            seeds.append(table.intern(r))
    for i in list(seeds):
        v = table.values[i]
        if v[0] in (OBJS, GRIDS):
            seeds.extend(v[1])
    for name in ("nbr8", "shoot_up", "each_delta", "pick_max_size", "outbox"):
        f = lib.transforms[lib.index(name)]
        for i in list(seeds):
            v = table.values[i]
            if v[0] == f.kind_in:
                r = f.fn(table, v)
                if r is not None:
                    seeds.append(table.intern(r))
    kept: dict[int, list[int]] = {}
    for i in sorted(set(seeds)):
        kept.setdefault(table.values[i][0], []).append(i)
    return sorted(i for ids in kept.values() for i in ids[:per_kind])


def check_value(value: tuple, table: Table) -> None:
    """Invariants: tight object boxes, sorted unique member ids, ids that exist."""
    kind = value[0]
    if kind == PATCH:
        _, y, x, h, w, data = value
        assert h > 0 and w > 0 and len(data) == h * w and set(data) <= {0, 1}
        assert any(data[:w]) and any(data[-w:]) and any(data[::w]) and any(data[w - 1::w])
    elif kind in (GRID, OBJ):
        _, y, x, h, w, data = value
        assert h > 0 and w > 0 and len(data) == h * w
        if kind == GRID:
            assert (y, x) == (0, 0) and ABSENT not in data
        else:
            rows = [data[r * w:(r + 1) * w] for r in range(h)]
            assert rows[0].count(ABSENT) < w and rows[-1].count(ABSENT) < w
            assert any(r[0] != ABSENT for r in rows) and any(r[-1] != ABSENT for r in rows)
    else:
        assert all(0 <= m < len(table.values) for m in value[1])
        if kind == OBJS:
            assert list(value[1]) == sorted(set(value[1])) and value[1]


@pytest.fixture(scope="module")
def tables():
    lib = build_library([1, 2, 3, 4, 5, 8], [1, 2, 3, 4, 8])
    out = []
    for g in sample_grids():
        t = Table(g)
        out.append((t, values_of(t, lib)))
    return lib, out


def check_library(lib, prepared, slow_cells: int | None = SLOW_CELLS) -> dict[str, int]:
    """Compare every transform with its macro on every prepared value; count the checks."""
    applied = {t.name: 0 for t in lib.transforms}
    for table, ids in prepared:
        I = rows_of(table.input)
        for vid in ids:
            value = table.values[vid]
            arg = to_dsl(value, table.values)
            big = value[0] == PATCH and sum(value[5]) > (slow_cells or 10**9)
            for f_id in lib.by_kind[value[0]]:
                f = lib.transforms[f_id]
                if big and f.name in SLOW:
                    continue
                got = f.fn(table, value)
                if got is None:
                    continue
                check_value(got, table)
                assert got[0] == f.kind_out, f.name
                expected = run_macro(f.macro, arg, I)
                assert to_dsl(got, table.values) == expected, (f.name, arg)
                applied[f.name] += 1
    return applied


def test_fast_transforms_match_their_dsl_macros(tables) -> None:
    lib, prepared = tables
    applied = check_library(lib, prepared)
    never = [n for n, k in applied.items() if k == 0]
    assert not never, f"transforms never exercised: {never}"
