"""A solver program as data: a named, straight-line list of DSL calls.

Programs are parsed and checked before anything runs (see `parse`); `compile_program`
then turns the checked steps into a Python function. Only names that were checked against
the DSL, the constants and the program's own variables ever reach generated code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Grid = tuple[tuple[int, ...], ...]
Solver = Callable[..., Any]


@dataclass(frozen=True, slots=True)
class Step:
    """One line: `target = func(arg, ...)`; every name is a variable, DSL name or constant."""

    target: str
    func: str
    args: tuple[str, ...]

    def line(self) -> str:
        return f"{self.target} = {self.func}({', '.join(self.args)})"


@dataclass(frozen=True, slots=True)
class Program:
    """A checked straight-line solver; `params` is ("I",) or ("S", "I") for task-aware ones."""

    name: str
    task_id: str
    params: tuple[str, ...]
    steps: tuple[Step, ...]
    source: str = ""
    origin: str = ""

    @property
    def uses_demos(self) -> bool:
        return self.params[0] == "S"

    def canonical(self, name: str | None = None) -> str:
        """The program in the standard layout: def line, one call per line, `return O`."""
        lines = [f"def {name or self.name}({', '.join(self.params)}):"]
        lines += [f"    {s.line()}" for s in self.steps]
        lines.append("    return O")
        return "\n".join(lines) + "\n"

    def primitives(self) -> list[str]:
        """The DSL names this program calls or passes, in order of use."""
        from arcbatt.corpus.parse import NAMESPACE

        return [n for s in self.steps for n in (s.func, *s.args) if n in NAMESPACE.primitives]


def compile_program(program: Program) -> Solver:
    """A callable `f(I, S=None)` computing the program's output (exceptions propagate)."""
    from arcbatt.dsl import CONSTANTS, PRIMITIVES

    env: dict[str, Any] = {**PRIMITIVES, **CONSTANTS}
    body = "\n".join(f"    {s.line()}" for s in program.steps)
    code = f"def _solver(I, S=None):\n{body}\n    return O\n"
    exec(compile(code, f"<program {program.name}>", "exec"), env)  # checked names only
    return env["_solver"]


def run_program(program: Program, grid: Grid, demos: tuple | None = None) -> Any:
    """Run a program once on one input grid (with the demo pairs for task-aware programs)."""
    return compile_program(program)(grid, demos)
