"""evolve grows the store and resumes; solve writes a full submission without test truth."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from arcbatt.cli.main import main
from arcbatt.data import Sample, Task, load_dataset
from arcbatt.evolve import EvolveConfig, evolve, parse_duration
from arcbatt.store import Store

TASKS = ["007bbfb7", "3c9b0459", "6150a2bd", "67a3c6ac"]


def test_parse_duration() -> None:
    assert parse_duration("90") == 90 and parse_duration("30s") == 30
    assert parse_duration("10m") == 600 and parse_duration("1.5h") == 5400
    for bad in ("", "ten", "-5s", "0"):
        with pytest.raises(ValueError, match="cannot read duration"):
            parse_duration(bad)


def test_evolve_records_rounds_and_resumes_with_new_seeds(tmp_path: Path) -> None:
    ds = load_dataset("arc1-train")
    cfg = EvolveConfig(store=tmp_path / "st", task_ids=TASKS, budget_s=300, count=12,
                       workers=2, timeout=5, max_rounds=2, mutation_rate=0.05)
    first = evolve(cfg, ds)
    assert [r.round for r in first] == [0, 1]
    second = evolve(cfg, ds)
    assert [r.round for r in second] == [2, 3]
    assert len({r.seed for r in first + second}) == 4
    with Store(tmp_path / "st") as store:
        assert [r["round"] for r in store.rounds()] == [0, 1, 2, 3]
        assert store.stats()["entries"] == sum(1 for e in store.entries())
        assert {e.task_id for e in store.entries()} <= set(TASKS)
    assert sum(r.new_programs for r in first) > 0


def test_evolve_stops_at_its_budget(tmp_path: Path) -> None:
    """A round in flight finishes; no new round starts once the budget is spent."""
    cfg = EvolveConfig(store=tmp_path / "st", task_ids=TASKS[:1], budget_s=0.001, count=4,
                       workers=1)
    assert len(evolve(cfg, load_dataset("arc1-train"))) <= 1


def test_solve_never_reads_test_outputs(tmp_path: Path) -> None:
    """Change every test output of a task: the submission must not change."""
    ds = load_dataset("arc1-train")
    tasks = {t: ds.get(t) for t in TASKS}
    blind = {t: Task(task.id, task.demo, tuple(Sample(s.input, ((9,),)) for s in task.test))
             for t, task in tasks.items()}
    files = []
    for name, tset in (("real", tasks), ("blind", blind)):
        folder = tmp_path / name
        folder.mkdir()
        for t, task in tset.items():
            (folder / f"{t}.json").write_text(json.dumps(task.to_json()))
        out = tmp_path / f"{name}.json"
        assert main(["solve", "--data", str(folder), "--budget-per-task", "0", "--out",
                     str(out), "--store", str(tmp_path / "nostore"), "--workers", "2"]) == 0
        files.append(out.read_text())
    assert files[0] == files[1]
    sub = json.loads(files[0])
    assert sorted(sub) == sorted(TASKS)
    # the bundled corpus solves these training tasks: the attempts carry the right answers
    for t, task in tasks.items():
        assert [e["attempt_1"] for e in sub[t]] == [[list(r) for r in s.output]
                                                   for s in task.test]


def test_solve_with_search_budget_then_score(tmp_path: Path, capsys) -> None:
    ds_dir = tmp_path / "data"
    ds_dir.mkdir()
    ds = load_dataset("arc1-train")
    for t in TASKS[:2]:
        (ds_dir / f"{t}.json").write_text(json.dumps(ds.get(t).to_json()))
    out = tmp_path / "submission.json"
    store = tmp_path / "store"
    assert main(["solve", "--data", str(ds_dir), "--budget-per-task", "1s", "--out", str(out),
                 "--store", str(store), "--workers", "2", "--count", "8"]) == 0
    printed = capsys.readouterr().out
    assert "searching: 2 tasks" in printed and "round 0" in printed
    assert main(["score", str(out), "--data", str(ds_dir), "--list"]) == 0
    assert "pass@2: 2/2 test outputs" in capsys.readouterr().out


def test_unknown_budget_and_task_errors(capsys) -> None:
    assert main(["evolve", "--budget", "soon", "--tasks", "007bbfb7"]) == 2
    assert "cannot read duration" in capsys.readouterr().err
    assert main(["evolve", "--budget", "1s", "--tasks", "007bbfb8"]) == 2
    assert "did you mean 007bbfb7" in capsys.readouterr().err
