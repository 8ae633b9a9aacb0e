"""The store as a run uses it: ranking and eviction, atomic files, relative content, and
several writers at once."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from arcbatt.corpus.parse import parse_program
from arcbatt.run import RunConfig, run_battery
from arcbatt.store import Provenance, Scores, Store, normalise
from arcbatt.store import index as index_mod


def prog(*calls: str) -> object:
    """A straight-line program from call texts: x1 = ..., ..., the last bound to O."""
    lines = [f"    x{i} = {c}" for i, c in enumerate(calls[:-1], start=1)]
    lines.append(f"    O = {calls[-1]}")
    return parse_program("def solve_0000aaaa(I):\n" + "\n".join(lines) + "\n    return O\n")


ONE_STEP = [prog("hmirror(I)"), prog("vmirror(I)"), prog("rot90(I)"), prog("rot180(I)"),
            prog("dmirror(I)")]
TWO_STEPS = prog("hmirror(I)", "vmirror(x1)")
PROV = Provenance("battery", "b0", 1)


def _add(store: Store, task: str, program, o: int, d: int) -> bool:
    return store.add(task, program, Scores(o, 3, d, 1.0), PROV, "data")


def _kept(store: Store, task: str) -> list[str]:
    return [e.md5 for e in store.entries(task)]


def _md5(program) -> str:
    return normalise(program).md5


@pytest.mark.parametrize("rule", ["o_score", "d_score", "steps", "md5"])
def test_eviction_drops_the_worst_by_each_rule_in_turn(rule, tmp_path) -> None:
    a, b = sorted(ONE_STEP[:2], key=_md5)  # a has the lower md5
    better, worse = {
        "o_score": ((ONE_STEP[2], 2, 0), (ONE_STEP[3], 1, 3000)),  # o first, whatever d says
        "d_score": ((ONE_STEP[2], 2, 900), (ONE_STEP[3], 2, 800)),
        "steps": ((ONE_STEP[0], 2, 900), (TWO_STEPS, 2, 900)),  # fewer steps is better
        "md5": ((a, 2, 900), (b, 2, 900)),
    }[rule]
    for i, order in enumerate(((better, worse), (worse, better))):
        root = tmp_path / str(i)
        with Store(root, cap=1) as store:
            kept = [_add(store, "0000aaaa", p, o, d) for p, o, d in order]
            assert _kept(store, "0000aaaa") == [_md5(better[0])]
            assert kept == [True, order[1] is better]
            # the loser's file went with its last row; the winner's is readable
            assert not store.path_of(_md5(worse[0])).exists()
            store.read_program(_md5(better[0]), "0000aaaa")


def test_cap_keeps_the_best_per_task_and_shared_files_survive(tmp_path) -> None:
    with Store(tmp_path / "s", cap=3) as store:
        for k, p in enumerate(ONE_STEP):  # scores rise with k
            _add(store, "0000aaaa", p, k % 3, 100 * k)
        _add(store, "0000bbbb", ONE_STEP[0], 0, 0)  # the worst one is also kept elsewhere
        assert _kept(store, "0000aaaa") == [_md5(ONE_STEP[k]) for k in (2, 4, 1)]
        assert store.path_of(_md5(ONE_STEP[0])).exists()  # still named by task 0000bbbb
        assert not store.path_of(_md5(ONE_STEP[3])).exists()
        # an update keeps the best figures seen, never lowers them
        _add(store, "0000aaaa", ONE_STEP[1], 0, 0)
        row = store.entries("0000aaaa")[-1]
        assert (row.md5, row.o_score, row.d_score) == (_md5(ONE_STEP[1]), 1, 100)


def test_files_are_written_whole_or_not_at_all(tmp_path, monkeypatch) -> None:
    root = tmp_path / "s"
    with Store(root) as store:
        _add(store, "0000aaaa", ONE_STEP[0], 1, 0)

        def fail(*_a: object) -> None:
            raise OSError("disk full")

        monkeypatch.setattr(index_mod.os, "replace", fail)
        with pytest.raises(OSError):
            _add(store, "0000aaaa", ONE_STEP[1], 2, 0)
        monkeypatch.undo()
        # no final file and no row for the failed program; the earlier one intact
        assert not store.path_of(_md5(ONE_STEP[1])).exists()
        assert _kept(store, "0000aaaa") == [_md5(ONE_STEP[0])]
        store.read_program(_md5(ONE_STEP[0]), "0000aaaa")
        # and the store still takes the program afterwards
        assert _add(store, "0000aaaa", ONE_STEP[1], 2, 0)
        store.read_program(_md5(ONE_STEP[1]), "0000aaaa")
    assert not [p for p in root.rglob("*.py") if p.name.startswith(".")]


def test_an_eviction_by_another_writer_never_leaves_a_row_without_its_file(tmp_path,
                                                                          monkeypatch) -> None:
    """Writer B adds program P for task T2 while writer A evicts P's last row (task T1).

    The window is between B's file write and B's commit; it is forced open here by running
    A's commit just before B starts its transaction.
    """
    root = tmp_path / "s"
    p, better = ONE_STEP[0], ONE_STEP[1]
    with Store(root, cap=1) as a, Store(root, cap=1) as b:
        _add(a, "0000aaaa", p, 0, 10)  # P is stored, for T1 only
        real = Store._transaction

        def interleaved(self):  # A's commit lands inside B's add
            if self is b:
                _add(a, "0000aaaa", better, 3, 0)  # evicts P from T1: its file goes
            return real(self)

        monkeypatch.setattr(Store, "_transaction", interleaved)
        assert _add(b, "0000bbbb", p, 1, 0)
        monkeypatch.undo()
        for e in a.entries():
            assert a.path_of(e.md5).is_file(), f"row {e.task_id}/{e.md5} has no file"
            a.read_program(e.md5, e.task_id)
        assert {(e.task_id, e.md5) for e in a.entries()} == {
            ("0000aaaa", _md5(better)), ("0000bbbb", _md5(p))}


def _all_store_bytes(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file())


def _all_rows(root: Path) -> list[tuple]:
    db = sqlite3.connect(root / "index.sqlite")
    try:
        tables = [t for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return [row for t in tables for row in db.execute(f"SELECT * FROM {t}")]  # noqa: S608
    finally:
        db.close()


def test_store_holds_no_absolute_paths(battery, dataset, tmp_path) -> None:
    store = tmp_path / "store"
    report = run_battery(RunConfig(battery=battery, task_ids=["007bbfb7", "017c7c7b"],
                                   workers=2, timeout=5.0, store=store), dataset)
    assert report.stored
    rows = _all_rows(store)
    assert len(rows) >= len(report.stored)
    needles = {str(tmp_path), str(battery.parent), str(Path.home()), os.getcwd()}
    for row in rows:
        for value in row:
            if isinstance(value, str):
                assert not any(n in value for n in needles), value
                assert not value.startswith("/"), value
    blob = _all_store_bytes(store)
    for n in needles:
        assert n.encode() not in blob
    # a moved store still works: every row's file is found relative to the new root
    moved = tmp_path / "elsewhere"
    store.rename(moved)
    with Store(moved) as s:
        entries = s.entries()
        assert len(entries) == len(report.stored)
        for e in entries:
            s.read_program(e.md5, e.task_id)


def _consistent(root: Path, cap: int) -> list:
    with Store(root, cap=cap) as s:
        entries = s.entries()
        per_task: dict[str, int] = {}
        for e in entries:
            per_task[e.task_id] = per_task.get(e.task_id, 0) + 1
            program = s.read_program(e.md5, e.task_id)  # raises unless it re-normalises to md5
            assert normalise(program).md5 == e.md5
        assert all(n <= cap for n in per_task.values())
        assert s.stats()["entries"] == len(entries)
        assert not list(root.rglob("*.tmp"))
        return entries


def test_two_runs_at_once_on_one_store_leave_it_consistent(battery, dataset, tmp_path) -> None:
    """Two `arcbatt run` processes with overlapping tasks and a small cap write one store at
    the same time; the result is what running them one after the other gives."""
    cap = 3
    ids_a = ["007bbfb7", "00d62c1b", "017c7c7b", "025d127b"]
    ids_b = ["017c7c7b", "025d127b", "045e512c", "0520fde7"]

    def cmd(ids: list[str], store: Path) -> list[str]:
        return [sys.executable, "-m", "arcbatt.cli.main", "run", "-b", str(battery), "-i",
                *ids, "--workers", "1", "-t", "5", "--cap", str(cap), "--store", str(store)]

    together = tmp_path / "together"
    procs = [subprocess.Popen(cmd(ids, together), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for ids in (ids_a, ids_b)]
    for proc in procs:
        _out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    entries = _consistent(together, cap)
    assert {e.task_id for e in entries} >= {"017c7c7b", "0520fde7"}

    apart = tmp_path / "apart"
    for ids in (ids_b, ids_a):
        run_battery(RunConfig(battery=battery, task_ids=ids, workers=1, timeout=5.0,
                              store=apart, store_cap=cap), dataset)
    _consistent(apart, cap)
    with Store(together) as t, Store(apart) as a:
        assert t.digest() == a.digest()
