"""Normal form and content address of a program.

Two programs are the same when they compute the same expression: conceptually, inline every
variable into one expression for `O` and hash that text. Inlining can grow exponentially
where a value is used many times, so the same identity is computed on the shared form: a
depth-first, post-order walk from `O` (callee first, then arguments left to right) that
numbers each distinct sub-expression once. Dead steps, variable names, line order and
repeated calls all disappear; the canonical text and its md5 follow from the expression alone.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from arcbatt.corpus.parse import parse_program
from arcbatt.corpus.program import Program, Step


@dataclass(frozen=True, slots=True)
class Normalised:
    """A program in canonical form: its steps, text (function `solve_<md5[:8]>`) and md5."""

    md5: str
    params: tuple[str, ...]
    steps: tuple[Step, ...]

    @property
    def name(self) -> str:
        return f"solve_{self.md5[:8]}"

    def text(self) -> str:
        lines = [f"def {self.name}({', '.join(self.params)}):"]
        lines += [f"    {s.line()}" for s in self.steps]
        return "\n".join([*lines, "    return O"]) + "\n"

    def program(self, task_id: str, origin: str = "") -> Program:
        """The checked Program for one task (the text goes through the format checker)."""
        p = parse_program(self.text(), file=origin or f"<store {self.md5}>")
        return Program(name=f"solve_{task_id}", task_id=task_id, params=p.params,
                       steps=p.steps, source=p.source, origin=p.origin)


def _body(params: tuple[str, ...], steps: list[Step]) -> str:
    return f"({', '.join(params)})\n" + "\n".join(s.line() for s in steps)


def normalise(program: Program) -> Normalised:
    """The canonical form of `program` (see the module docstring)."""
    defs = {s.target: s for s in program.steps}
    names: dict[str, str] = {p: p for p in program.params}
    out: list[Step] = []
    seen: dict[tuple[str, tuple[str, ...]], str] = {}

    def visit(var: str) -> str:
        # iterative post-order walk: programs can be long, recursion depth is not a worry
        # at ARC sizes, but an explicit stack keeps it safe for any input
        stack: list[tuple[str, bool]] = [(var, False)]
        while stack:
            v, expanded = stack.pop()
            if v in names:
                continue
            st = defs[v]
            deps = [x for x in (st.func, *st.args) if x in defs]
            if not expanded:
                stack.append((v, True))
                for d in reversed(deps):
                    if d not in names:
                        stack.append((d, False))
                continue
            key = (names.get(st.func, st.func), tuple(names.get(a, a) for a in st.args))
            if key in seen:
                names[v] = seen[key]
                continue
            target = f"x{len(out) + 1}"
            out.append(Step(target, *key))
            seen[key] = target
            names[v] = target
        return names[var]

    final = visit("O")
    steps = list(out)
    if final in program.params or not steps:
        raise ValueError(f"{program.name}: output is a parameter, not a computed value")
    # the last step computes O; name it so
    last = steps[-1]
    if last.target != final:
        raise AssertionError("post-order walk must end at O")
    steps[-1] = Step("O", last.func, last.args)
    renamed = [Step(s.target, s.func, s.args) for s in steps]
    md5 = hashlib.md5(_body(program.params, renamed).encode()).hexdigest()
    return Normalised(md5, program.params, tuple(renamed))
