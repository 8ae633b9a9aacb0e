"""The object-set -> grid transforms of library_objects2 on the training tasks they target."""

from __future__ import annotations

import pytest

from arcbatt.data import load_dataset
from arcbatt.search.library import all_colours_library
from arcbatt.search.library_objects2 import gravitate_offset
from arcbatt.search.table import Table
from arcbatt.search.transform import run_macro
from arcbatt.search.values import grid_value, rows_of, to_dsl

# (task, segmentation, transform): segment each input, apply, expect the output exactly
CASES = [
    ("08ed6ac7", "objects_1c4", "recolour_size_rank_desc"),
    ("05f2a901", "objects_1c4", "gravitate_to_smallest"),
    ("42a50994", "objects_1c8", "cover_singletons"),
    ("88a10436", "objects_mc4", "stamp_on_singletons"),
    ("f8ff0b80", "objects_1c8", "colour_column_desc"),
    ("22eb0ac0", "fgpartition", "connect_own_colour_h"),
    ("60b61512", "objects_1c8", "each_backdrop_underfill7"),
    ("b230c067", "objects_1c8", "odd_shape_1_2"),
    ("b2862040", "objects_1c4", "fill_holed8"),
    ("4347f46a", "objects_1c4", "each_interior_fill0"),
]


@pytest.fixture(scope="module")
def lib():
    return all_colours_library()


@pytest.mark.parametrize(("task_id", "seg", "name"), CASES)
def test_transform_solves_its_task(lib, task_id: str, seg: str, name: str) -> None:
    task = load_dataset("arc1-train").get(task_id)
    segment = lib.transforms[lib.index(seg)]
    f = lib.transforms[lib.index(name)]
    for pair in task.demo + task.test:
        table = Table(pair.input)
        objs = segment.fn(table, table.input)
        assert objs is not None
        got = f.fn(table, objs)
        assert got == grid_value(pair.output), (task_id, name)
        # the exported DSL definition agrees with the fast code
        want = run_macro(f.macro, to_dsl(objs, table.values), pair.input)
        assert want == rows_of(got)


def test_ties_fail_instead_of_hashing(lib) -> None:
    """Two equal-size objects have no size rank: the transform must fail, not guess."""
    grid = ((1, 0, 2), (0, 0, 0), (0, 0, 3))
    table = Table(grid)
    objs = lib.transforms[lib.index("objects_1c4")].fn(table, table.input)
    assert lib.transforms[lib.index("recolour_size_rank_desc")].fn(table, objs) is None
    assert lib.transforms[lib.index("gravitate_to_largest")].fn(table, objs) is None


def test_gravitate_matches_dsl() -> None:
    from arcbatt.dsl import PRIMITIVES

    src = {(0, 0), (0, 1)}
    dst = {(5, 1), (6, 1)}
    assert gravitate_offset(src, dst) == PRIMITIVES["gravitate"](frozenset(src),
                                                                 frozenset(dst))
