"""Helpers for the battery tests: hand-written programs, loading batteries, type checking.

Type checking walks straight-line calls t1, t2, ... with one rule: a t-variable has the
return type of the primitive that defines it (Unknown after a closure call), constants their
constant type, `I` is a Grid, `S` the Samples, and a primitive passed as a value a Callable;
each argument type must be `typing_rules.compatible` with the parameter type.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

from arcbatt.battery import Battery
from arcbatt.battery.mutate import PARAM_TYPES
from arcbatt.battery.typing_rules import UNKNOWN, compatible, constant_type
from arcbatt.corpus import Program, parse_program
from arcbatt.corpus.program import Step
from arcbatt.dsl import CONSTANTS, PRIMITIVES
from arcbatt.dsl.signatures import SIGNATURES
from arcbatt.run.worker import load_battery_module

Call = tuple[str, tuple[str, ...]]

# Calls that the DSL's own annotations (inherited from arc-dsl) declare ill-typed although the
# bundled corpus uses them correctly. They are annotation quirks, not battery faults:
#   astuple(a: Integer, b: Integer) builds a pair of any two values (grids, pairs);
#   numcolors(...) -> IntegerSet returns an int, so decrement(numcolors(I)) looks wrong;
#   mpapply(...) -> Tuple returns a tuple of cells, which paint(grid, obj: Object) accepts.
# Keyed by (primitive, parameter index, argument type).
ANNOTATION_QUIRKS = {
    ("astuple", 0, "Grid"), ("astuple", 1, "Grid"),
    ("astuple", 0, "IntegerTuple"), ("astuple", 1, "IntegerTuple"),
    ("decrement", 0, "IntegerSet"),
    ("paint", 1, "Tuple"),
}


def program(text: str) -> Program:
    """A hand-written program, checked by the corpus format checker."""
    return parse_program(text.strip("\n") + "\n")


def load(battery: Battery, folder: Path, name: str = "b.py") -> ModuleType:
    """Write a battery (module and table) into `folder` and load it as the runner does."""
    module_path, _ = battery.write(folder / name)
    return load_battery_module(module_path)


def arg_type(token: str, types: dict[str, str]) -> str:
    """The alias type of one argument of a call."""
    if token in CONSTANTS:
        return constant_type(token)
    if token in PRIMITIVES:
        return "Callable"
    if token in PARAM_TYPES:
        return PARAM_TYPES[token]
    return types[token]


def call_faults(calls: Iterable[Call]) -> list[tuple[int, str, int, str, str]]:
    """Type faults of calls t1, t2, ...: (t-number, callee, slot, arg type, param type).

    Slot -1 (with the argument count and the arity as the two types) is a wrong arity.
    Calls of closures (callee a t-variable) are not checked; their result is Unknown.
    """
    types: dict[str, str] = {}
    faults: list[tuple[int, str, int, str, str]] = []
    for n, (func, args) in enumerate(calls, start=1):
        sig = SIGNATURES.get(func)
        if sig is not None:
            if len(args) != sig.arity:
                faults.append((n, func, -1, str(len(args)), str(sig.arity)))
            for j, (arg, param) in enumerate(zip(args, sig.params, strict=False)):
                t = arg_type(arg, types)
                if not compatible(t, param):
                    faults.append((n, func, j, t, param))
        types[f"t{n}"] = sig.ret if sig is not None else UNKNOWN
    return faults


def program_calls(prog: Program) -> list[Call]:
    """A program's steps as calls t1, t2, ... (its variables renamed)."""
    names: dict[str, str] = {}
    calls: list[Call] = []
    for n, st in enumerate(prog.steps, start=1):
        calls.append((names.get(st.func, st.func), tuple(names.get(a, a) for a in st.args)))
        names[st.target] = f"t{n}"
    return calls


def replay(parent: Program, mutations: Iterable[dict]) -> Program:
    """The parent with recorded mutations applied, checking each one's `old` value."""
    slots = [[st.func, *st.args] for st in parent.steps]
    for m in mutations:
        slot = 0 if m["position"] == -1 else m["position"] + 1
        assert slots[m["step"]][slot] == m["old"], m
        slots[m["step"]][slot] = m["new"]
    steps = tuple(Step(st.target, s[0], tuple(s[1:]))
                  for st, s in zip(parent.steps, slots, strict=True))
    return Program(parent.name, parent.task_id, parent.params, steps)


def live_steps(prog: Program) -> list[Step]:
    """The steps `O` depends on (a mutation can leave others unused)."""
    live = {"O"}
    for st in reversed(prog.steps):
        if st.target in live:
            live.update((st.func, *st.args))
    return [st for st in prog.steps if st.target in live]


def resolve(calls: Iterable[Call], prog: Program) -> int:
    """The t-number `prog`'s output is inside an existing call list (KeyError if a step the
    output needs is missing from it)."""
    index = {c: n for n, c in enumerate(calls, start=1)}
    env = {p: p for p in prog.params}
    for st in live_steps(prog):
        key = (env.get(st.func, st.func), tuple(env.get(a, a) for a in st.args))
        env[st.target] = f"t{index[key]}"
    return int(env["O"][1:])
