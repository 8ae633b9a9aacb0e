"""The ARC Prize `submission.json`: writing it, reading it back strictly, and scoring it.

Format: {task_id: [{"attempt_1": grid, "attempt_2": grid}, ...]} with one dict per test
input, in order; both attempts always present. Scoring is pass@2: a test output counts when
either attempt equals it exactly; a task counts when all its test outputs do.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from arcbatt.data import Dataset, Grid
from arcbatt.data.validate import parse_grid

Attempts = list[tuple[Grid, Grid]]


class SubmissionError(ValueError):
    """A malformed submission; the message names the file, task and position."""


def to_json(predictions: dict[str, Attempts]) -> dict[str, list[dict[str, list]]]:
    return {
        task_id: [{"attempt_1": [list(r) for r in a1], "attempt_2": [list(r) for r in a2]}
                  for a1, a2 in attempts]
        for task_id, attempts in predictions.items()
    }


def write_submission(predictions: dict[str, Attempts], path: str | Path) -> Path:
    """Write atomically (a half-written submission is worse than none)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(to_json(predictions), separators=(",", ":")) + "\n",
                   encoding="utf-8")
    os.replace(tmp, path)
    return path


def read_submission(path: str | Path, dataset: Dataset) -> dict[str, Attempts]:
    """Parse and check a submission against the dataset's tasks and test inputs."""
    path = Path(path)
    where = str(path)
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SubmissionError(f"{where}: cannot read ({exc.strerror})") from None
    except json.JSONDecodeError as exc:
        raise SubmissionError(f"{where}: unreadable JSON at line {exc.lineno}, column "
                              f"{exc.colno}: {exc.msg}") from None
    if not isinstance(raw, dict):
        raise SubmissionError(f"{where}: must be a JSON object of task ids")
    unknown = sorted(set(raw) - set(dataset.ids))
    if unknown:
        raise SubmissionError(f"{where}: task {unknown[0]} is not in dataset {dataset.name}"
                              f"{f' (and {len(unknown) - 1} more)' if len(unknown) > 1 else ''}")
    out: dict[str, Attempts] = {}
    for task in dataset:
        if task.id not in raw:
            raise SubmissionError(f"{where}: task {task.id} is missing")
        entries = raw[task.id]
        if not isinstance(entries, list) or len(entries) != len(task.test):
            got = len(entries) if isinstance(entries, list) else type(entries).__name__
            raise SubmissionError(f"{where}: task {task.id} has {got} entries for "
                                  f"{len(task.test)} test inputs")
        attempts: Attempts = []
        for i, entry in enumerate(entries):
            if not isinstance(entry, dict):
                raise SubmissionError(f"{where}: task {task.id} test {i}: expected an object")
            pair = []
            for key in ("attempt_1", "attempt_2"):
                if key not in entry:
                    raise SubmissionError(f"{where}: task {task.id} test {i}: missing {key}")
                try:
                    pair.append(parse_grid(entry[key], file=where, task=task.id,
                                           where=f"test {i} {key}"))
                except ValueError as exc:
                    raise SubmissionError(str(exc)) from None
            attempts.append((pair[0], pair[1]))
        out[task.id] = attempts
    return out


@dataclass
class ScoreReport:
    outputs_total: int = 0
    outputs_correct: int = 0
    tasks_total: int = 0
    tasks_solved: list[str] = field(default_factory=list)
    unscored_tasks: list[str] = field(default_factory=list)  # no known test outputs

    @property
    def output_accuracy(self) -> float:
        return self.outputs_correct / self.outputs_total if self.outputs_total else 0.0

    @property
    def task_accuracy(self) -> float:
        return len(self.tasks_solved) / self.tasks_total if self.tasks_total else 0.0

    def text(self) -> str:
        return (f"pass@2: {self.outputs_correct}/{self.outputs_total} test outputs "
                f"({100 * self.output_accuracy:.1f}%), {len(self.tasks_solved)}/"
                f"{self.tasks_total} tasks ({100 * self.task_accuracy:.1f}%)")


def score(predictions: dict[str, Attempts], dataset: Dataset) -> ScoreReport:
    """pass@2 per test output and per task; tasks without known outputs are listed apart."""
    rep = ScoreReport()
    for task in dataset:
        truths = [s.output for s in task.test]
        if any(t is None for t in truths):
            rep.unscored_tasks.append(task.id)
            continue
        rep.tasks_total += 1
        hits = [truth in pair for truth, pair in zip(truths, predictions[task.id], strict=True)]
        rep.outputs_total += len(hits)
        rep.outputs_correct += sum(hits)
        if all(hits):
            rep.tasks_solved.append(task.id)
    return rep
