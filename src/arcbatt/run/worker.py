"""What runs inside a worker process: load the battery once, then answer units.

Workers are forked from the driver, so the dataset the driver loaded (kept in `_DATA`) is
inherited without reloading; a spawned worker loads it itself from the same spec.
"""

from __future__ import annotations

import gc
import types
from pathlib import Path
from typing import Any

from arcbatt.corpus.parse import parse_program
from arcbatt.corpus.program import compile_program
from arcbatt.data import Dataset, load_dataset
from arcbatt.run.units import ValidationUnit, WorkUnit

_DATA: dict[tuple[str, str | None], Dataset] = {}
_STATE: dict[str, Any] = {}


def dataset(spec: str, solutions: str | None) -> Dataset:
    """The dataset for `spec`, loaded once per process."""
    key = (spec, solutions)
    if key not in _DATA:
        _DATA[key] = load_dataset(spec, solutions)
    return _DATA[key]


def install_dataset(spec: str, solutions: str | None, data: Dataset) -> None:
    """Use `data` for `spec` in this process (a remote worker that cannot read the file)."""
    _DATA[(spec, solutions)] = data


def load_battery_module(path: str | Path) -> types.ModuleType:
    """Execute a battery file into a fresh module (a module the user named with -b)."""
    path = Path(path)
    source = path.read_text(encoding="utf-8")
    module = types.ModuleType(f"arcbatt_battery_{path.stem}")
    module.__file__ = str(path)
    exec(compile(source, str(path), "exec"), module.__dict__)
    if not callable(getattr(module, "batt", None)):
        raise TypeError(f"{path} defines no batt(task_id, S, I, C, log_path) function")
    return module


def init_worker(battery_path: str | None, spec: str, solutions: str | None) -> None:
    """Pool initializer: the dataset and (for scoring pools) the battery function."""
    _STATE["data"] = dataset(spec, solutions)
    if battery_path is not None:
        _STATE["batt"] = load_battery_module(battery_path).batt
    # everything loaded so far lives for the whole worker: keep it out of every collection
    gc.freeze()


def score_unit(unit: WorkUnit) -> tuple[tuple, tuple]:
    """Run the battery on one sample; C is the expected output on demo samples only."""
    task = _STATE["data"].get(unit.task_id)
    sample = task.samples(unit.kind)[unit.index]
    expected = sample.output if unit.kind == "demo" else None
    gc.disable()  # DSL values hold no cycles; collecting mid-battery only costs time
    try:
        o, s = _STATE["batt"](unit.task_id, task.pairs, sample.input, expected, None)
    finally:
        gc.enable()
    return checked_answer(o, s)


def checked_answer(o: Any, s: Any) -> tuple[tuple, tuple]:
    """The battery's answer as tuples, checked here so that a malformed answer fails its own
    sample (status error) instead of the aggregation of the whole run."""
    outputs = tuple(tuple(x) for x in o)
    cids: set[str] = set()
    for item in outputs:
        if len(item) != 4 or not isinstance(item[2], str):
            raise ValueError(f"battery output {str(item)[:80]} is not (t, evo, id, grid)")
        if item[2] in cids:
            raise ValueError(f"battery output names candidate {item[2]!r} twice")
        cids.add(item[2])
    differs = tuple(tuple(x) for x in s)
    for item in differs:
        if len(item) != 4 or not isinstance(item[2], str):
            raise ValueError(f"battery differ entry {str(item)[:80]} is not "
                             "(t, id or None, differ name, result)")
        if item[1] is not None and item[1] not in cids:
            raise ValueError(f"battery differ entry names unknown candidate {item[1]!r}")
    return outputs, differs


def validate_unit(unit: ValidationUnit) -> tuple[int, tuple]:
    """Run one normalised program alone on every demo sample; count exact matches."""
    task = _STATE["data"].get(unit.task_id)
    program = parse_program(unit.text, file=f"<store candidate {unit.md5}>")
    solver = compile_program(program)
    matches = 0
    outputs = []
    for sample in task.demo:
        try:
            out = solver(sample.input, task.pairs)
        except Exception:
            out = None
        outputs.append(out if isinstance(out, tuple) else None)
        matches += out == sample.output
    return matches, tuple(outputs)
