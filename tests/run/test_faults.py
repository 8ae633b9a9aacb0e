"""Faults: each costs only the sample it hit, the run finishes, and the report says why."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from arcbatt.battery.table import BatteryError
from arcbatt.cli.main import main
from arcbatt.data.errors import DataError
from arcbatt.run import RunConfig, run_battery
from arcbatt.run import runner as runner_mod
from arcbatt.run.units import SampleResult, WorkUnit
from arcbatt.store import Store

TASKS = ["007bbfb7", "017c7c7b", "0520fde7"]
BAD = WorkUnit("007bbfb7", "demo", 1)


def _bad_input(dataset) -> tuple:
    task = dataset.get(BAD.task_id)
    grid = task.samples(BAD.kind)[BAD.index].input
    others = [s.input for k in ("demo", "test") for i, s in enumerate(task.samples(k))
              if (k, i) != (BAD.kind, BAD.index)]
    assert grid not in others  # the wrapper can recognise exactly this one sample
    return grid


def _faulty(wrap, battery: Path, out: Path, dataset, action: str) -> Path:
    body = f"""
    if task_id == {BAD.task_id!r} and I == _BAD_INPUT:
        {action}
    return _real_batt(task_id, S, I, C, log_path)
    """
    prelude = f"import os\n_BAD_INPUT = {_bad_input(dataset)!r}\n"
    return wrap(battery, out, body, prelude)


def _vm_mb() -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) // 1024
    raise AssertionError("no VmSize")


FAULTS = {
    "loop": ("while True:\n            pass", "timeout", "stopped after 1 s"),
    "hog": ("chunks = []\n        while True:\n            chunks.append(bytes(64 << 20))",
            "memory", "MemoryError"),
    "kill": ("os.kill(os.getpid(), 9)", "crashed", "signal 9"),
    "exit": ("os._exit(7)", "crashed", "exited with code 7"),
    "raise": ("raise RuntimeError('candidate blew up')", "error",
              "RuntimeError: candidate blew up"),
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_fault_costs_only_its_sample(fault, wrap, battery, dataset, tmp_path, reference) -> None:
    action, status, detail = FAULTS[fault]
    path = _faulty(wrap, battery, tmp_path / f"{fault}.py", dataset, action)
    memory = _vm_mb() + 600 if fault == "hog" else None
    config = RunConfig(battery=path, task_ids=TASKS, workers=2, timeout=1.0,
                       max_memory_mb=memory, store=tmp_path / "store")
    report = run_battery(config, dataset)

    bad_task = report.tasks[0]
    assert bad_task.task_id == BAD.task_id
    assert len(bad_task.failed_samples) == 1
    kind, index, got_status, got_detail = bad_task.failed_samples[0]
    assert (kind, index, got_status) == (BAD.kind, BAD.index, status)
    assert detail in got_detail
    assert report.failed_samples == 1
    assert all(not t.failed_samples for t in report.tasks[1:])

    # everything else is exactly what a clean, sequential, in-process loop gives
    fault_result = SampleResult(BAD, got_status, detail=got_detail)
    expected = reference(battery, dataset, TASKS, replace={BAD: fault_result})
    assert [t.summary() for t in report.tasks] == expected
    # the task lost one demo sample, so no candidate can match all its demos there
    assert bad_task.best_o_score < bad_task.demo_total
    # later phases ran in the same pool: the store holds the other tasks' programs
    with Store(tmp_path / "store") as store:
        assert {e.task_id for e in store.entries()} >= {"017c7c7b", "0520fde7"}


def test_a_failed_demo_sample_does_not_cost_a_correct_program_its_place(
        wrap, small_battery, dataset, tmp_path) -> None:
    """Validation runs the program alone on every demo: its own full count is what is stored."""
    path = _faulty(wrap, small_battery, tmp_path / "exit.py", dataset, "os._exit(7)")
    config = RunConfig(battery=path, task_ids=TASKS, workers=2, timeout=5.0,
                       store=tmp_path / "store")
    report = run_battery(config, dataset)
    assert report.tasks[0].best_o_score == len(dataset.get(BAD.task_id).demo) - 1
    with Store(tmp_path / "store") as store:
        best = store.best(BAD.task_id, 1)
    assert best, report.rejected
    assert best[0].o_score == best[0].demo_total == len(dataset.get(BAD.task_id).demo)


def test_malformed_battery_output_costs_only_its_sample(wrap, battery, dataset,
                                                        tmp_path) -> None:
    """A battery that returns junk (a differ naming an unknown candidate, a 2-tuple output)
    fails the sample it did that on, not the aggregation of the whole run."""
    prelude = f"_BAD_INPUT = {_bad_input(dataset)!r}\n"
    body = """
    o, s = _real_batt(task_id, S, I, C, log_path)
    if task_id == "007bbfb7" and I == _BAD_INPUT:
        s = list(s) + [(1, "no-such-candidate", "palette_extra", (5, None))]
    if task_id == "0520fde7" and C is None:
        o = list(o) + [("short", None)]
    return o, s
    """
    path = wrap(battery, tmp_path / "junk.py", body, prelude)
    report = run_battery(RunConfig(battery=path, task_ids=TASKS, workers=2, timeout=5.0),
                         dataset)
    failed = {(t.task_id, k, i, st) for t in report.tasks for k, i, st, _ in t.failed_samples}
    tests_0520 = len(dataset.get("0520fde7").test)
    assert failed == {(BAD.task_id, BAD.kind, BAD.index, "error")} | {
        ("0520fde7", "test", i, "error") for i in range(tests_0520)}
    assert report.tasks[1].failed_samples == []
    details = {(t.task_id, k): d for t in report.tasks for k, _i, _st, d in t.failed_samples}
    assert "unknown candidate 'no-such-candidate'" in details[(BAD.task_id, BAD.kind)]
    assert "is not (t, evo, id, grid)" in details[("0520fde7", "test")]


def _store_snapshot(root: Path) -> dict[str, tuple[int, float]]:
    return {str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime)
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture()
def prepared_store(battery, dataset, tmp_path) -> Path:
    store = tmp_path / "store"
    run_battery(RunConfig(battery=battery, task_ids=["017c7c7b"], workers=1, timeout=5.0,
                          store=store), dataset)
    with Store(store) as s:
        assert s.entries()
    return store


def _no_pool(*_a, **_k):
    raise AssertionError("no worker may start before the inputs are checked")


def test_syntax_error_in_battery_is_reported_before_any_work(battery, dataset, tmp_path,
                                                              prepared_store, monkeypatch,
                                                              capsys) -> None:
    bad = tmp_path / "broken.py"
    lines = battery.read_text(encoding="utf-8").splitlines()
    lines[11] = "    t1 = width(I"  # line 12 of the file
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    bad.with_suffix(".json").write_text(battery.with_suffix(".json").read_text())
    before = _store_snapshot(prepared_store)
    with Store(prepared_store) as s:
        digest = s.digest()

    monkeypatch.setattr(runner_mod, "open_backend", _no_pool)
    with pytest.raises(BatteryError) as err:
        run_battery(RunConfig(battery=bad, task_ids=TASKS, store=prepared_store), dataset)
    message = str(err.value)
    assert f"{bad}:" in message and ":12:" in message and "syntax error" in message

    code = main(["run", "-b", str(bad), "-i", *TASKS, "--store", str(prepared_store)])
    assert code == 2
    stderr = capsys.readouterr().err
    assert str(bad) in stderr and ":12:" in stderr

    assert _store_snapshot(prepared_store) == before
    with Store(prepared_store) as s:
        assert s.digest() == digest


def test_missing_call_table_is_a_battery_error(battery, tmp_path, dataset, monkeypatch) -> None:
    lone = tmp_path / "lone.py"
    lone.write_text(battery.read_text())
    monkeypatch.setattr(runner_mod, "open_backend", _no_pool)
    with pytest.raises(BatteryError, match="lone.json"):
        run_battery(RunConfig(battery=lone, task_ids=TASKS), dataset)


def test_unknown_task_id_suggests_and_does_no_work(battery, dataset, tmp_path, monkeypatch,
                                                   capsys) -> None:
    store = tmp_path / "store"
    monkeypatch.setattr(runner_mod, "open_backend", _no_pool)
    with pytest.raises(DataError, match="did you mean 007bbfb7"):
        run_battery(RunConfig(battery=battery, task_ids=["017c7c7b", "007bbfb8"],
                              store=store), dataset)
    code = main(["run", "-b", str(battery), "-i", "017c7c7b", "007bbfb8",
                 "--store", str(store)])
    assert code == 2
    captured = capsys.readouterr()
    assert "unknown task id '007bbfb8'" in captured.err and "007bbfb7" in captured.err
    assert captured.out == ""
    assert not store.exists()


# -- interrupts --------------------------------------------------------------------------------
def _children(pid: int) -> dict[int, str]:
    """Live child processes of `pid`: pid -> start time (to recognise them later)."""
    out = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        if int(fields[1]) == pid:
            out[int(entry.name)] = fields[19]
    return out


def _alive(pid: int, start: str) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    fields = stat[stat.rindex(")") + 2:].split()
    return fields[19] == start and fields[0] != "Z"


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "arcbatt.cli.main", "run", *args]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_interrupt_stops_cleanly_and_the_run_can_be_repeated(wrap, battery, tmp_path) -> None:
    calls = tmp_path / "calls.log"
    prelude = f"import time\n_CALLS = {str(calls)!r}\n"
    body = """
    with open(_CALLS, "a") as f:
        f.write(task_id + "\\n")
    time.sleep(0.1)
    return _real_batt(task_id, S, I, C, log_path)
    """
    slow = wrap(battery, tmp_path / "slow.py", body, prelude)
    store = tmp_path / "store"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    # a store with something in it already
    subprocess.run(_cli("-b", str(battery), "-i", "017c7c7b", "--workers", "1",
                        "--store", str(store)), check=True, env=env, capture_output=True)
    with Store(store) as s:
        digest = s.digest()
        assert s.entries()

    command = _cli("-b", str(slow), "-c", "8", "-t", "5", "--workers", "2",
                   "--store", str(store))
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            text=True)
    try:
        deadline = time.monotonic() + 60
        while (not calls.exists() or len(calls.read_text().split()) < 4) \
                and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = _children(proc.pid)
        assert proc.poll() is None, "the run ended before it could be interrupted"
        assert len(workers) >= 2  # the two workers (and nothing may outlive the run)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130, err
    assert "interrupted" in err
    assert "Traceback" not in err
    assert not [pid for pid, start in workers.items() if _alive(pid, start)]
    assert not _children(proc.pid)

    # the store is as it was, opens, and its index agrees with its files
    with Store(store) as s:
        assert s.digest() == digest
        entries = s.entries()
        assert s.stats()["entries"] == len(entries)
        for e in entries:
            s.read_program(e.md5, e.task_id)

    again = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert again.returncode == 0, again.stderr
    assert "8 tasks" in again.stdout
    with Store(store) as s:
        assert s.stats()["tasks"] > 1
        for e in s.entries():
            s.read_program(e.md5, e.task_id)


def test_profile_json_and_failures_are_reported_by_the_cli(wrap, battery, dataset, tmp_path,
                                                          capsys) -> None:
    path = _faulty(wrap, battery, tmp_path / "exit.py", dataset, "os._exit(7)")
    profile = tmp_path / "profile.json"
    code = main(["run", "-b", str(path), "-i", *TASKS, "-t", "2", "--workers", "2",
                 "--no-store", "--profile-json", str(profile)])
    assert code == 0
    out = capsys.readouterr().out
    assert "failed samples 1" in out
    assert "007bbfb7 demo 1: crashed worker exited with code 7" in out
    data = json.loads(profile.read_text())
    units = sum(len(dataset.get(t).demo) + len(dataset.get(t).test) for t in TASKS)
    assert data["samples"] == units and data["tasks"] == len(TASKS)
    assert data["phases"]["demo scoring"]["units"] + data["phases"]["test scoring"]["units"] \
        == units
