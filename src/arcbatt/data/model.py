"""Tasks and samples as immutable values: grids are the DSL's tuples of row tuples."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Grid = tuple[tuple[int, ...], ...]
SampleKind = Literal["demo", "test"]


@dataclass(frozen=True, slots=True)
class Sample:
    """One input grid and, when known, the grid it should become."""

    input: Grid
    output: Grid | None


@dataclass(frozen=True, slots=True)
class Task:
    """An ARC task: demonstration pairs and test samples (whose outputs may be unknown)."""

    id: str
    demo: tuple[Sample, ...]
    test: tuple[Sample, ...]

    def samples(self, kind: SampleKind) -> tuple[Sample, ...]:
        """The demo or test samples, by kind name."""
        return self.demo if kind == "demo" else self.test

    @property
    def pairs(self) -> tuple[tuple[Grid, Grid], ...]:
        """The demo samples as (input, output) pairs: what task-aware programs receive as S."""
        return tuple((s.input, s.output) for s in self.demo if s.output is not None)

    def to_json(self) -> dict:
        """The original ARC JSON layout (lists of lists), test outputs included when known."""

        def enc(s: Sample) -> dict:
            d: dict = {"input": [list(r) for r in s.input]}
            if s.output is not None:
                d["output"] = [list(r) for r in s.output]
            return d

        return {"train": [enc(s) for s in self.demo], "test": [enc(s) for s in self.test]}


def grid_shape(grid: Grid) -> tuple[int, int]:
    """(height, width) of a validated grid."""
    return len(grid), (len(grid[0]) if grid else 0)
