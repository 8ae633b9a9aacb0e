"""Sharing (each expression computed once, a name never reused) and fault isolation."""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path

import pytest
from battery_helpers import load, program, replay, resolve

from arcbatt.battery import Source, make_battery
from arcbatt.battery.emit import SharedCalls, is_var, module_source
from arcbatt.corpus import Corpus, compile_program
from arcbatt.corpus.program import Program, Step
from arcbatt.data import Dataset
from arcbatt.run.worker import load_battery_module

LARGEST = program("""
def solve_007bbfb7(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    O = subgrid(x2, I)
    return O
""")
SMALLEST = program("""
def solve_0d3d703e(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, size)
    O = subgrid(x2, I)
    return O
""")


def _needed(calls: tuple, t: int) -> set[int]:
    out: set[int] = set()
    stack = [t]
    while stack:
        n = stack.pop()
        if n not in out:
            out.add(n)
            func, args = calls[n - 1]
            stack.extend(int(x[1:]) for x in (func, *args) if is_var(x))
    return out


@pytest.mark.parametrize(("seed", "rate"), [(0, 0.0), (1, 0.0), (2, 0.03), (3, 0.3)])
def test_each_expression_is_computed_once(corpus_sources: list[Source], corpus: Corpus,
                                          seed: int, rate: float) -> None:
    bat = make_battery(corpus_sources, 32, seed, rate)
    calls = bat.table.calls
    assert len(set(calls)) == len(calls)  # no (callee, args) twice
    steps = sum(len(corpus.programs[c.parent].steps) for c in bat.table.candidates)
    assert len(calls) < steps  # corpus programs share prefixes such as objects(I, T, F, T)
    # no dead code: every call is needed by some candidate
    used: set[int] = set()
    for c in bat.table.candidates:
        used |= _needed(calls, c.t)
    assert used == set(range(1, len(calls) + 1))
    # every candidate's steps are in the table (as itself, after its mutations)
    for c in bat.table.candidates:
        assert resolve(calls, replay(corpus.programs[c.parent], c.mutations)) == c.t


def test_module_binds_each_name_to_one_expression(corpus_sources: list[Source]) -> None:
    """In the emitted text, t<k> is only ever the k-th call (or the failure marker)."""
    bat = make_battery(corpus_sources, 32, 9, 0.3)
    tree = ast.parse(bat.source)
    (batt,) = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "batt"]
    bound: dict[str, set[str]] = {}
    order: list[tuple[int, str]] = []
    for node in ast.walk(batt):
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if not is_var(name):
                continue
            if isinstance(node.value, ast.Call):
                bound.setdefault(name, set()).add(ast.unparse(node.value))
                order.append((node.lineno, name))
            else:
                assert ast.unparse(node.value) == "_E"
    assert [name for _, name in sorted(order)] == [f"t{k}" for k in
                                                   range(1, len(bat.table.calls) + 1)]
    for k, (func, args) in enumerate(bat.table.calls, start=1):
        assert bound[f"t{k}"] == {f"{func}({', '.join(args)})"}


def test_repeated_program_shares_everything(corpus_sources: list[Source]) -> None:
    two = corpus_sources[:2]
    bat = make_battery(two, 6, 4, 0.0)
    ts = [c.t for c in bat.table.candidates]
    assert len(set(ts)) == 2 and len(ts) == 6
    steps = sum(len(s.program.steps) for s in two)
    assert len(bat.table.calls) <= steps


def test_same_first_line_is_shared() -> None:
    shared = SharedCalls()
    t_large = shared.add_program(LARGEST)
    t_small = shared.add_program(SMALLEST)
    assert shared.calls == [
        ("objects", ("I", "T", "F", "T")),
        ("argmax", ("t1", "size")),
        ("subgrid", ("t2", "I")),
        ("argmin", ("t1", "size")),
        ("subgrid", ("t4", "I")),
    ]
    assert (t_large, t_small) == (3, 5)
    assert shared.add_program(LARGEST) == 3  # the same program again adds nothing
    assert len(shared.calls) == 5


def _mutated_first_line(prog: Program) -> Program:
    first = prog.steps[0]
    return replace(prog, steps=(Step(first.target, first.func, ("I", "F", "F", "T")),
                                *prog.steps[1:]), source="")


@pytest.mark.parametrize("mutated_first", [True, False])
def test_mutated_line_never_shares_with_its_original(mutated_first: bool) -> None:
    """The seed keyed sharing by pre-mutation text; here the mutated objects(...) call and
    everything downstream of it get their own names, whichever program comes first."""
    mutated = _mutated_first_line(SMALLEST)
    order = [mutated, LARGEST, SMALLEST] if mutated_first else [LARGEST, SMALLEST, mutated]
    shared = SharedCalls()
    ts = dict(zip(("m", "l", "s") if mutated_first else ("l", "s", "m"),
                  (shared.add_program(p) for p in order), strict=True))
    index = {c: n for n, c in enumerate(shared.calls, start=1)}
    original = index[("objects", ("I", "T", "F", "T"))]
    changed = index[("objects", ("I", "F", "F", "T"))]
    assert original != changed
    # the unchanged text `argmin(x1, size)` resolves to two different calls
    assert ("argmin", (f"t{original}", "size")) in index
    assert ("argmin", (f"t{changed}", "size")) in index
    assert len({ts["m"], ts["s"], ts["l"]}) == 3
    assert len(shared.calls) == 8
    assert len(set(shared.calls)) == 8


def test_mutated_copy_keeps_its_own_value(data: Dataset, tmp_path: Path) -> None:
    """Emitted with the module writer, the original and the mutated copy each give the output
    they give alone (the mutation does not leak into the original, nor the other way)."""
    mutated = _mutated_first_line(SMALLEST)
    shared = SharedCalls()
    outputs = [(shared.add_program(p), p is mutated, cid, )
               for p, cid in ((SMALLEST, "c000"), (mutated, "c001"), (LARGEST, "c002"))]
    assert len({t for t, _, _ in outputs}) == 3
    path = tmp_path / "m.py"
    path.write_text(module_source(shared.calls, outputs, "handmade", "hand-made battery"))
    batt = load_battery_module(path).batt
    alone = [compile_program(p) for p in (SMALLEST, mutated, LARGEST)]
    task = data.get("0962bcdd")  # two multicolour shapes: univalued T and F part them apart
    for sample in task.demo:
        o, _ = batt(task.id, task.pairs, sample.input, None, None)
        assert [out for *_, out in o] == [f(sample.input) for f in alone]
        assert o[0][3] != o[1][3]  # the mutation matters on this task


# --------------------------------------------------------------------------------------------
# 6. isolation

FAILS = program("""
def solve_007bbfb7(I):
    x1 = height(I)
    x2 = divide(x1, ZERO)
    O = upscale(I, x2)
    return O
""")
SHARES_PREFIX = program("""
def solve_007bbfb7_square(I):
    x1 = height(I)
    x2 = astuple(x1, x1)
    O = canvas(ONE, x2)
    return O
""")
SHARES_FAULT = program("""
def solve_0d3d703e(I):
    x1 = height(I)
    x2 = divide(x1, ZERO)
    x3 = astuple(x2, x2)
    O = canvas(TWO, x3)
    return O
""")
CLOSURE_OF_FAULT = program("""
def solve_25ff71a9(I):
    x1 = height(I)
    x2 = divide(x1, ZERO)
    x3 = rbind(add, x2)
    x4 = x3(x1)
    x5 = astuple(x4, x4)
    O = canvas(THREE, x5)
    return O
""")
INDEPENDENT = program("""
def solve_6150a2bd(I):
    x1 = vmirror(I)
    O = hmirror(x1)
    return O
""")


def test_a_raising_step_fails_only_its_dependants(data: Dataset, tmp_path: Path) -> None:
    progs = [FAILS, SHARES_PREFIX, SHARES_FAULT, CLOSURE_OF_FAULT, INDEPENDENT]
    bat = make_battery([Source(p) for p in progs], len(progs), 0, 0.0)
    by_parent = {c.parent: c.id for c in bat.table.candidates}
    assert len(by_parent) == len(progs)  # every program drawn once
    batt = load(bat, tmp_path).batt
    task = data.get("007bbfb7")
    for sample in (*task.demo, *task.test):
        grid = sample.input
        o, s = batt(task.id, task.pairs, grid, sample.output, None)
        out = {cid: g for _, _, cid, g in o}
        h = len(grid)
        assert out[by_parent[FAILS.name]] is None
        assert out[by_parent[SHARES_FAULT.name]] is None
        assert out[by_parent[CLOSURE_OF_FAULT.name]] is None
        assert out[by_parent[SHARES_PREFIX.name]] == tuple((1,) * h for _ in range(h))
        assert out[by_parent[INDEPENDENT.name]] == tuple(tuple(r[::-1]) for r in grid[::-1])
        # failed candidates have no differ entries; the others do
        with_entries = {cid for _, cid, _, _ in s if cid is not None}
        assert with_entries == {by_parent[SHARES_PREFIX.name], by_parent[INDEPENDENT.name]}
    # the failing division is emitted once and shared by the three programs that use it
    divisions = [c for c in bat.table.calls if c[0] == "divide"]
    assert divisions == [("divide", ("t1", "ZERO"))]
