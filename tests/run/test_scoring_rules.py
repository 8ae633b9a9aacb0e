"""Scoring rules: o_score counts demo samples only, test outputs never select or store,
d_score sums clamped differ scores over demo samples, and profile figures are run totals."""

from __future__ import annotations

import random

import pytest

from arcbatt.battery.table import CallTable
from arcbatt.run import RunConfig, run_battery
from arcbatt.run.scoring import score_task
from arcbatt.run.units import SampleResult, WorkUnit
from arcbatt.store import Store

TASK = "007bbfb7"


def _cid(battery, parent_task: str) -> str:
    table = CallTable.load(battery.with_suffix(".json"))
    (cid,) = [c.id for c in table.candidates if c.parent_task == parent_task]
    return cid


# -- the pure aggregation ------------------------------------------------------------------
def _result(task, kind: str, i: int, grid, extra=()) -> SampleResult:
    return SampleResult(WorkUnit(task.id, kind, i), "ok", ((1, False, "c0", grid),), extra)


def test_score_task_counts_demo_matches_only_in_any_order(dataset) -> None:
    task = dataset.get(TASK)
    # right on every demo and test sample: o_score is the demo count, not demo + test
    results = [_result(task, "demo", i, s.output) for i, s in enumerate(task.demo)]
    results += [_result(task, "test", i, s.output) for i, s in enumerate(task.test)]
    for seed in range(3):
        random.Random(seed).shuffle(results)
        ts = score_task(task, results)
        c = ts.candidates["c0"]
        assert (c.o_score, c.test_correct) == (len(task.demo), len(task.test))
        assert (c.demo_seen, c.test_seen) == (len(task.demo), len(task.test))
    # right on test only: nothing for o_score
    wrong = [_result(task, "demo", i, s.input) for i, s in enumerate(task.demo)]
    wrong += [_result(task, "test", i, s.output) for i, s in enumerate(task.test)]
    c = score_task(task, wrong).candidates["c0"]
    assert (c.o_score, c.test_correct) == (0, len(task.test))


def test_score_task_records_failed_and_missing_samples(dataset) -> None:
    task = dataset.get(TASK)
    results = [_result(task, "demo", i, s.output) for i, s in enumerate(task.demo)]
    results[2] = SampleResult(WorkUnit(TASK, "demo", 2), "timeout", detail="stopped")
    ts = score_task(task, results)  # the test sample has no result at all
    assert sorted(ts.failed_samples) == [("demo", 2, "timeout", "stopped"),
                                         ("test", 0, "missing", "no result")]
    assert ts.candidates["c0"].o_score == len(task.demo) - 1


def test_differ_scores_are_clamped_and_summed_over_demo_samples(dataset) -> None:
    task = dataset.get(TASK)
    items = ((1, "c0", "big", (5000, None)), (1, "c0", "neg", (-3, None)),
             (1, "c0", "flag", (True, None)), (1, "c0", "junk", "nope"),
             (1, "c0", "short", (7,)), (1, "c0", "float", (2.5, None)),
             (0, None, "big", (10, None)))
    results = [_result(task, "demo", i, s.input, items) for i, s in enumerate(task.demo)]
    results += [_result(task, "test", i, s.input, items) for i, s in enumerate(task.test)]
    ts = score_task(task, results)
    c = ts.candidates["c0"]
    n, m = len(task.demo), len(task.test)
    assert c.d_score == 1000 * n
    assert c.differ == {"big": 1000 * n, "neg": 0}
    assert c.s_score == 1000 * m  # test samples: their own score, never d_score
    assert ts.baseline == {"big": 10 * n}  # the baseline comes from demo samples only


# -- whole runs with hand-made batteries -----------------------------------------------------
@pytest.mark.parametrize("right_on", ["test", "demo"])
def test_test_outputs_never_select_or_store(right_on, small_battery, dataset, tmp_path,
                                            wrap) -> None:
    """The 007bbfb7 solver is made wrong (it returns its input) on demo or on test samples."""
    solver = _cid(small_battery, TASK)
    wrong_when = "C is not None" if right_on == "test" else "C is None"
    body = f"""
    o, _ = _real_batt(task_id, S, I, C, log_path)
    out = []
    for t, evo, cid, g in o:
        if cid == {solver!r} and task_id == {TASK!r} and {wrong_when}:
            g = I
        out.append((t, evo, cid, g))
    return out, _differs(S, I, C, out)
    """
    path = wrap(small_battery, tmp_path / "b.py", body)
    store = tmp_path / "store"
    report = run_battery(RunConfig(battery=path, task_ids=[TASK], workers=2, timeout=5.0,
                                   store=store), dataset)
    task = dataset.get(TASK)
    (ts,) = report.tasks
    c = ts.candidates[solver]
    stored = {(p.cid, p.o_score) for p in report.stored}
    with Store(store) as s:
        rows = {(e.md5, e.o_score, e.demo_total) for e in s.entries(TASK)}
    if right_on == "test":
        assert (c.o_score, c.test_correct) == (0, len(task.test))
        # its output on demos is the input itself: no more differ credit than doing nothing
        assert c.d_score == ts.baseline_total
        assert solver not in {cid for cid, _ in stored}
        assert all(o == 0 for _, o, _ in rows)
        assert not [r for r in report.rejected if r[1] == solver]
    else:
        assert (c.o_score, c.test_correct) == (len(task.demo), 0)
        assert (solver, len(task.demo)) in stored
        assert any(o == len(task.demo) == d for _, o, d in rows)


def test_differ_credit_alone_can_store_and_is_demo_only(small_battery, dataset, tmp_path,
                                                        wrap) -> None:
    solver, other = _cid(small_battery, TASK), _cid(small_battery, "017c7c7b")
    body = f"""
    o, _ = _real_batt(task_id, S, I, C, log_path)
    s = [(0, None, "big", (10, None))] if C is not None else []
    for t, evo, cid, g in o:
        if cid == {other!r}:
            s += [(t, cid, "big", (5000, None)), (t, cid, "neg", (-3, None)),
                  (t, cid, "flag", (True, None)), (t, cid, "junk", "nope")]
    return o, s
    """
    path = wrap(small_battery, tmp_path / "b.py", body)
    store = tmp_path / "store"
    report = run_battery(RunConfig(battery=path, task_ids=[TASK], workers=1, timeout=5.0,
                                   store=store), dataset)
    task = dataset.get(TASK)
    (ts,) = report.tasks
    c = ts.candidates[other]
    assert c.o_score == 0
    assert c.d_score == 1000 * len(task.demo) and c.s_score == 1000 * len(task.test)
    assert c.differ == {"big": 1000 * len(task.demo), "neg": 0}
    assert ts.baseline_total == 10 * len(task.demo)
    # stored for its differ credit (validated alone: it matches no demo, as in the battery)
    by_cid = {p.cid: p for p in report.stored}
    assert by_cid[other].o_score == 0
    assert by_cid[solver].o_score == len(task.demo)
    with Store(store) as s:
        rows = {e.md5: e for e in s.entries(TASK)}
    assert rows[by_cid[other].md5].d_score == 1000 * len(task.demo)
    assert rows[by_cid[solver].md5].d_score == 0
    # the third candidate earned neither matches nor credit: not stored, not even tried
    (third,) = set(ts.candidates) - {solver, other}
    assert ts.candidates[third].o_score == 0 and ts.candidates[third].d_score == 0
    assert third not in by_cid and not [r for r in report.rejected if r[1] == third]


def test_profile_figures_are_totals_over_all_tasks(battery, dataset) -> None:
    ids = dataset.ids[:8]
    report = run_battery(RunConfig(battery=battery, task_ids=ids, workers=2, timeout=10.0),
                         dataset)
    demos = sum(len(dataset.get(t).demo) for t in ids)
    tests = sum(len(dataset.get(t).test) for t in ids)
    prof = report.profile
    assert (prof.tasks, prof.samples, report.units) == (len(ids), demos + tests, demos + tests)
    assert prof.phases["demo scoring"].units == demos
    assert prof.phases["test scoring"].units == tests
    assert prof.phases["demo scoring"].cpu_s == pytest.approx(
        sum(t.demo_cpu_s for t in report.tasks))
    assert prof.phases["test scoring"].cpu_s == pytest.approx(
        sum(t.test_cpu_s for t in report.tasks))
    data = prof.to_json()
    assert data["samples"] == demos + tests
    assert data["phases"]["demo scoring"]["units"] == demos
    # o_score never exceeds the demo count: test samples do not add to it
    for ts in report.tasks:
        assert all(c.o_score <= ts.demo_total for c in ts.candidates.values())


def test_a_spent_deadline_skips_every_sample_and_stores_nothing(battery, dataset,
                                                                 tmp_path) -> None:
    import time

    config = RunConfig(battery=battery, task_ids=["007bbfb7", "017c7c7b"], workers=2,
                       store=tmp_path / "store", deadline=time.monotonic())
    report = run_battery(config, dataset)
    total = sum(t.demo_total + t.test_total for t in report.tasks)
    assert report.failed_samples == total
    assert {s[2] for t in report.tasks for s in t.failed_samples} == {"skipped"}
    assert report.stored == []
