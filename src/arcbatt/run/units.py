"""Units of work and what comes back from them: plain, picklable values."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from arcbatt.data.model import SampleKind


@dataclass(frozen=True, slots=True, order=True)
class WorkUnit:
    """One battery call: a task's demo or test sample, by position."""

    task_id: str
    kind: SampleKind
    index: int


@dataclass(frozen=True, slots=True)
class SampleResult:
    """The battery's answer on one sample, or why there is none."""

    unit: WorkUnit
    status: str  # ok | error | timeout | memory | crashed
    outputs: tuple = ()  # (t_n, evo, candidate id, grid or None)
    differs: tuple = ()  # (t_n, candidate id or None, differ name, (score, detail) or None)
    cpu_s: float = 0.0
    wall_s: float = 0.0
    detail: str = ""


@dataclass(frozen=True, slots=True)
class ValidationUnit:
    """Run one normalised program text alone on every demo sample of one task."""

    task_id: str
    md5: str
    text: str


@dataclass(frozen=True, slots=True)
class ValidationResult:
    unit: ValidationUnit
    status: str
    matches: int = 0
    outputs: tuple[Any, ...] = ()
    cpu_s: float = 0.0
    wall_s: float = 0.0
    detail: str = ""
