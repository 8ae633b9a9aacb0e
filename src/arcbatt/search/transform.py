"""A search transform: a fast function on search values plus the DSL macro it stands for.

The macro is the definition; the fast function is an optimisation that must agree with
it (the differential tests check this on real ARC grids). A macro is a short list of DSL
lines over the placeholder ``x`` (the transform's argument). Arguments are ``x``, ``I``
(the program input, a frozen second argument), DSL constant or primitive names, or
``$k`` (the value of the macro's own line k). The last line is the result.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from arcbatt.search.values import KIND_NAMES

MacroLine = tuple[str, tuple[str, ...]]
Macro = tuple[MacroLine, ...]
FastFn = Callable[[Any, tuple], tuple | None]

COLOUR_NAMES = ("ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE")


@dataclass(frozen=True, slots=True)
class Transform:
    """`fn(table, value)` -> value or None (fails); `macro` is its DSL definition."""

    name: str
    kind_in: int
    kind_out: int
    fn: FastFn
    macro: Macro

    def __repr__(self) -> str:
        return (f"Transform({self.name}: {KIND_NAMES[self.kind_in]} -> "
                f"{KIND_NAMES[self.kind_out]})")


def line(callee: str, *args: str) -> MacroLine:
    """One macro line."""
    return (callee, tuple(args))


def run_macro(macro: Macro, x: Any, I: Any) -> Any:  # noqa: N803 - I is the DSL's input name
    """Evaluate a macro through the DSL itself (the reference the fast code must match)."""
    from arcbatt.dsl import CONSTANTS, PRIMITIVES

    results: list[Any] = []

    def resolve(name: str) -> Any:
        if name == "x":
            return x
        if name == "I":
            return I
        if name.startswith("$"):
            return results[int(name[1:])]
        if name in CONSTANTS:
            return CONSTANTS[name]
        return PRIMITIVES[name]

    for callee, args in macro:
        results.append(resolve(callee)(*(resolve(a) for a in args)))
    return results[-1]
