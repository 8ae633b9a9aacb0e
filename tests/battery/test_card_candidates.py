"""A candidate rebuilt from the call table, run alone, gives what the battery gave for it.

And a battery of the whole corpus without mutation reproduces every corpus program on its
own task. That second check runs the ~1,700-call battery once per sample (a few foreign
programs take seconds on large grids), so by default it uses the smallest sample of each
task, which still checks every program; ARCBATT_FULL_BATTERY_TEST=1 runs every demo and test
sample (about 1,100 samples, a few minutes).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from battery_helpers import load

from arcbatt.battery import Source, make_battery
from arcbatt.battery.runtime import as_grid
from arcbatt.corpus import Corpus, compile_program
from arcbatt.data import Dataset, Task

# small and mid-size arc1-train tasks (a mutated program of another task can be slow on
# large grids); the candidates are drawn from the whole corpus, so mostly foreign programs
TASKS = ["007bbfb7", "0d3d703e", "25ff71a9", "6150a2bd", "feca6190", "3aa6fb7a", "a5313dff",
         "05f2a901", "1cf80156", "d5d6de2d"]
CONFIGS = [(1, 0.0), (2, 0.0), (3, 0.03), (4, 0.05), (5, 0.1), (6, 0.1), (7, 0.2), (8, 0.3),
           (9, 0.3), (10, 0.3), (11, 0.5), (12, 0.6)]


def _alone(solver: Any, grid: Any, pairs: Any) -> Any:
    """What a candidate run on its own gives: its grid, or None when it raises or is no grid."""
    try:
        out = solver(grid, pairs)
    except Exception:
        return None
    return as_grid(out)


@pytest.mark.parametrize(("seed", "rate"), CONFIGS)
def test_rebuilt_candidates_match_the_battery(corpus_sources: list[Source], data: Dataset,
                                              tmp_path: Path, seed: int, rate: float) -> None:
    bat = make_battery(corpus_sources, 32, seed, rate)
    batt = load(bat, tmp_path).batt
    table = bat.table
    solvers = {c.id: compile_program(table.program(c.id)) for c in table.candidates}
    ids = [c.id for c in table.candidates]
    grids = nones = 0
    for task_id in TASKS:
        task: Task = data.get(task_id)
        for sample in (*task.demo, *task.test):
            o, _ = batt(task.id, task.pairs, sample.input, sample.output, None)
            assert [cid for _, _, cid, _ in o] == ids
            for t_n, evo, cid, out in o:
                cand = table.candidate(cid)
                assert (t_n, evo) == (cand.t, cand.evo)
                alone = _alone(solvers[cid], sample.input, task.pairs)
                assert alone == out, (cid, task_id, table.program(cid).canonical())
                if out is None:
                    nones += 1
                else:
                    grids += 1
                    assert as_grid(out) is out
    assert grids > 0
    if rate >= 0.3:
        assert nones > 0  # heavy mutation breaks some candidates, and that is checked too


def test_none_means_raises_or_no_grid(tmp_path: Path, data: Dataset) -> None:
    """Both ways of giving no answer: a raised exception and a value that is not a grid."""
    from battery_helpers import program

    raising = program("""
def solve_007bbfb7(I):
    x1 = height(I)
    x2 = divide(x1, ZERO)
    O = upscale(I, x2)
    return O
""")
    not_grid = program("""
def solve_0d3d703e(I):
    x1 = vmirror(I)
    O = height(x1)
    return O
""")
    bat = make_battery([Source(raising), Source(not_grid)], 2, 0, 0.0)
    batt = load(bat, tmp_path).batt
    task = data.get("007bbfb7")
    sample = task.demo[0]
    o, _ = batt(task.id, task.pairs, sample.input, sample.output, None)
    assert [out for *_, out in o] == [None, None]
    for cand in bat.table.candidates:
        solver = compile_program(bat.table.program(cand.id))
        if cand.parent == raising.name:
            with pytest.raises(ZeroDivisionError):
                solver(sample.input, task.pairs)
        else:
            assert solver(sample.input, task.pairs) == 3  # an int: no answer
            assert as_grid(solver(sample.input, task.pairs)) is None


def _samples(task: Task, full: bool) -> list:
    known = [s for s in (*task.demo, *task.test) if s.output is not None]
    if full:
        return known
    return [min(known, key=lambda s: len(s.input) * len(s.input[0]))]


def test_whole_corpus_battery_reproduces_every_program(corpus: Corpus, data: Dataset,
                                                       tmp_path: Path) -> None:
    full = os.environ.get("ARCBATT_FULL_BATTERY_TEST") == "1"
    sources = [Source(p) for p in corpus]
    bat = make_battery(sources, len(corpus), 0, 0.0)
    table = bat.table
    assert len(table.candidates) == len(corpus)
    assert {c.parent for c in table.candidates} == set(corpus.programs)
    module = load(bat, tmp_path)
    module._differs = lambda S, I, C, o: []  # only `o` is checked here; differs have their own
    by_task: dict[str, list[str]] = {}
    for cand in table.candidates:
        by_task.setdefault(cand.parent_task, []).append(cand.id)
    checked: set[str] = set()
    for task_id, cids in by_task.items():
        task = data.get(task_id)
        for sample in _samples(task, full):
            o, _ = module.batt(task.id, task.pairs, sample.input, sample.output, None)
            outputs = {cid: out for _, _, cid, out in o}
            for cid in cids:
                assert outputs[cid] == sample.output, (table.candidate(cid).parent, task_id)
                checked.add(table.candidate(cid).parent)
    assert checked == set(corpus.programs)
