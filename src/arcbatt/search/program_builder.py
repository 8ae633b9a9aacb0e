"""Build straight-line DSL programs from macros: shared lines, no dead code, checked format.

Every call goes through `call`, which returns the variable of an identical earlier call
instead of repeating it (the format forbids repeated call text), and `program` keeps only
the lines the output needs, numbers them x1..xn with the last one `O`, and runs the
result through the corpus format checker.
"""

from __future__ import annotations

import re

from arcbatt.corpus.parse import parse_program
from arcbatt.corpus.program import Program
from arcbatt.search.transform import Macro

_TASK_ID = re.compile(r"^[0-9a-f]{8}$")
_CONST_INT = {0: "ZERO", 1: "ONE", 2: "TWO", 3: "THREE", 4: "FOUR", 5: "FIVE", 6: "SIX",
              7: "SEVEN", 8: "EIGHT", 9: "NINE", 10: "TEN", -1: "NEG_ONE", -2: "NEG_TWO"}
_CONST_PAIR = {(0, 0): "ORIGIN", (1, 1): "UNITY", (1, 0): "DOWN", (0, 1): "RIGHT",
               (-1, 0): "UP", (0, -1): "LEFT", (-1, -1): "NEG_UNITY", (-1, 1): "UP_RIGHT",
               (1, -1): "DOWN_LEFT", (0, 2): "ZERO_BY_TWO", (2, 0): "TWO_BY_ZERO",
               (2, 2): "TWO_BY_TWO", (3, 3): "THREE_BY_THREE"}


class ProgramBuilder:
    """Accumulates DSL lines; `program(out)` turns the lines `out` depends on into a Program."""

    def __init__(self) -> None:
        self.lines: list[tuple[str, str, tuple[str, ...]]] = []
        self._seen: dict[tuple[str, tuple[str, ...]], str] = {}

    def call(self, callee: str, *args: str) -> str:
        key = (callee, args)
        var = self._seen.get(key)
        if var is None:
            var = f"v{len(self.lines)}"
            self.lines.append((var, callee, args))
            self._seen[key] = var
        return var

    def macro(self, macro: Macro, x: str) -> str:
        """Emit a transform's macro with its placeholder bound to variable `x`."""
        local: list[str] = []

        def bind(name: str) -> str:
            if name == "x":
                return x
            if name.startswith("$"):
                return local[int(name[1:])]
            return name

        for callee, args in macro:
            local.append(self.call(bind(callee), *(bind(a) for a in args)))
        return local[-1]

    def integer(self, n: int) -> str:
        """A DSL expression (constant name or variable) for the integer n."""
        if n in _CONST_INT:
            return _CONST_INT[n]
        if n < 0:
            return self.call("invert", self.integer(-n))
        for a in range(10, 1, -1):
            if n % a == 0 and n // a <= 10:
                return self.call("multiply", _CONST_INT[a], _CONST_INT[n // a])
        return self.call("add", self.integer(n - 10), "TEN")

    def pair(self, a: int, b: int) -> str:
        """A DSL expression for the vector (a, b)."""
        if (a, b) in _CONST_PAIR:
            return _CONST_PAIR[(a, b)]
        return self.call("astuple", self.integer(a), self.integer(b))

    def program(self, out: str, task_id: str) -> Program:
        """The checked program computing variable `out` (dead lines dropped, renumbered)."""
        if out == "I":
            out = self.call("identity", "I")
        defs = {var: (callee, args) for var, callee, args in self.lines}
        needed: set[str] = set()
        stack = [out]
        while stack:
            v = stack.pop()
            if v in needed or v not in defs:
                continue
            needed.add(v)
            callee, args = defs[v]
            stack.append(callee)
            stack.extend(args)
        rename: dict[str, str] = {}
        body: list[str] = []
        kept = [(var, callee, args) for var, callee, args in self.lines if var in needed]
        for k, (var, callee, args) in enumerate(kept, start=1):
            rename[var] = "O" if var == out else f"x{k}"
            if var == out and k != len(kept):
                raise AssertionError("the output line must come last")
            ca = rename.get(callee, callee)
            body.append(f"    {rename[var]} = {ca}({', '.join(rename.get(a, a) for a in args)})")
        name = task_id if _TASK_ID.match(task_id) else "00000000"  # format needs 8 hex
        text = f"def solve_{name}(I):\n" + "\n".join(body) + "\n    return O\n"
        return parse_program(text, file=f"<search {task_id}>")
