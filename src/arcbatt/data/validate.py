"""Turn parsed ARC JSON into Task values, rejecting bad input with a located message.

Checks: required keys, grid rectangularity, colours 0..9 (ints, not bools), sizes 1..30.
"""

from __future__ import annotations

from typing import Any

from arcbatt.data.errors import DataError
from arcbatt.data.model import Grid, Sample, Task

MAX_SIDE = 30


def parse_grid(raw: Any, *, file: str | None, task: str, where: str) -> Grid:
    """Validate one grid (list of equal-length lists of ints 0..9, sides 1..30)."""

    def fail(msg: str) -> DataError:
        return DataError(msg, file=file, task=task, where=where)

    if not isinstance(raw, list):
        raise fail(f"grid must be a list of rows, got {type(raw).__name__}")
    if not 1 <= len(raw) <= MAX_SIDE:
        raise fail(f"grid height {len(raw)} is outside 1..{MAX_SIDE}")
    rows = []
    width = None
    for r, row in enumerate(raw):
        if not isinstance(row, list):
            raise fail(f"row {r} must be a list, got {type(row).__name__}")
        if width is None:
            width = len(row)
            if not 1 <= width <= MAX_SIDE:
                raise fail(f"grid width {width} is outside 1..{MAX_SIDE}")
        elif len(row) != width:
            raise fail(f"grid is not rectangular: row {r} has {len(row)} cells, row 0 has {width}")
        for c, v in enumerate(row):
            if type(v) is not int or not 0 <= v <= 9:
                raise fail(f"value {v!r} at row {r}, column {c} is not a colour 0..9")
        rows.append(tuple(row))
    return tuple(rows)


def parse_task(
    task_id: str, raw: Any, *, file: str | None = None, solutions: list | None = None
) -> Task:
    """Validate one task dict {"train": [...], "test": [...]}.

    `solutions`, when given (Kaggle layout), supplies the test outputs in order.
    """
    if not isinstance(raw, dict):
        raise DataError(f"task must be a JSON object, got {type(raw).__name__}", file=file,
                        task=task_id)
    for key in ("train", "test"):
        if key not in raw:
            raise DataError(f"missing key '{key}'", file=file, task=task_id)
        if not isinstance(raw[key], list):
            raise DataError(f"'{key}' must be a list", file=file, task=task_id)
    if not raw["train"]:
        raise DataError("'train' has no demonstration pairs", file=file, task=task_id)
    if not raw["test"]:
        raise DataError("'test' has no samples", file=file, task=task_id)
    if solutions is not None and len(solutions) != len(raw["test"]):
        raise DataError(
            f"solutions give {len(solutions)} outputs for {len(raw['test'])} test inputs",
            file=file, task=task_id,
        )

    def sample(kind: str, i: int, item: Any, need_output: bool) -> Sample:
        where = f"{kind} sample {i}"
        if not isinstance(item, dict):
            raise DataError("sample must be a JSON object", file=file, task=task_id, where=where)
        if "input" not in item:
            raise DataError("missing key 'input'", file=file, task=task_id, where=where)
        grid_in = parse_grid(item["input"], file=file, task=task_id, where=f"{where} input")
        out_raw = item.get("output")
        if kind == "test" and solutions is not None:
            out_raw = solutions[i]
        if out_raw is None:
            if need_output:
                raise DataError("missing key 'output'", file=file, task=task_id, where=where)
            return Sample(grid_in, None)
        grid_out = parse_grid(out_raw, file=file, task=task_id, where=f"{where} output")
        return Sample(grid_in, grid_out)

    demo = tuple(sample("train", i, s, True) for i, s in enumerate(raw["train"]))
    test = tuple(sample("test", i, s, False) for i, s in enumerate(raw["test"]))
    return Task(task_id, demo, test)
