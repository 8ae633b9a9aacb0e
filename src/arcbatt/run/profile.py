"""Where the time went: per-phase wall time, CPU time, and their ratio.

Worker phases add up the CPU the workers reported for their units; driver phases measure
the driver's own CPU. Every figure is a total over the whole run (all tasks), never the
last task's value.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

PHASES = ("loading", "demo scoring", "test scoring", "aggregation", "normalisation",
          "validation", "store")


@dataclass
class Phase:
    wall_s: float = 0.0
    cpu_s: float = 0.0
    units: int = 0

    @property
    def ratio(self) -> float:
        return self.cpu_s / self.wall_s if self.wall_s > 0 else 0.0


@dataclass
class Profile:
    phases: dict[str, Phase] = field(default_factory=lambda: {p: Phase() for p in PHASES})
    total_wall_s: float = 0.0
    workers: int = 1
    tasks: int = 0
    samples: int = 0

    @contextmanager
    def driver(self, name: str) -> Iterator[Phase]:
        """Time a phase that runs in the driver process (its own CPU counts)."""
        phase = self.phases.setdefault(name, Phase())
        w0, c0 = time.perf_counter(), time.process_time()
        try:
            yield phase
        finally:
            phase.wall_s += time.perf_counter() - w0
            phase.cpu_s += time.process_time() - c0

    def add_worker(self, name: str, wall_s: float, cpu_s: float, units: int) -> None:
        """Record a phase run in workers: its wall time and the workers' summed CPU."""
        phase = self.phases.setdefault(name, Phase())
        phase.wall_s += wall_s
        phase.cpu_s += cpu_s
        phase.units += units

    def to_json(self) -> dict:
        return {
            "total_wall_s": round(self.total_wall_s, 6), "workers": self.workers,
            "tasks": self.tasks, "samples": self.samples,
            "phases": {n: {"wall_s": round(p.wall_s, 6), "cpu_s": round(p.cpu_s, 6),
                           "ratio": round(p.ratio, 3), "units": p.units}
                       for n, p in self.phases.items()},
        }

    def write_json(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_json(), indent=2) + "\n", encoding="utf-8")

    def table(self) -> str:
        lines = [f"{'phase':<16}{'wall s':>10}{'cpu s':>10}{'cpu/wall':>10}{'units':>8}"]
        for name, p in self.phases.items():
            lines.append(f"{name:<16}{p.wall_s:>10.3f}{p.cpu_s:>10.3f}{p.ratio:>10.2f}"
                         f"{p.units:>8}")
        per_task = self.total_wall_s / self.tasks if self.tasks else 0.0
        lines.append(f"{'total':<16}{self.total_wall_s:>10.3f}   "
                     f"({self.tasks} tasks, {self.samples} samples, {self.workers} workers, "
                     f"{per_task * 1000:.1f} ms per task)")
        return "\n".join(lines)
