"""Type-correct mutations ("evo") of a straight-line program.

Three kinds, each drawn per slot with probability `rate`:
* constant: a constant argument becomes another constant of the same type;
* function: a primitive (as callee or passed as an argument) becomes another primitive with
  exactly the same parameter and return types;
* argument: a variable argument becomes an earlier variable (or the input) of exactly the
  same known type.
Exact type equality keeps every mutated call as well-typed as its original.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Literal

from arcbatt.battery.typing_rules import UNKNOWN, constant_family
from arcbatt.corpus.program import Program, Step
from arcbatt.dsl import CONSTANTS, PRIMITIVES
from arcbatt.dsl.signatures import SIGNATURES

MutationKind = Literal["constant", "function", "argument"]
PARAM_TYPES = {"I": "Grid", "S": "Samples"}


@dataclass(frozen=True, slots=True)
class Mutation:
    """One change: in step `step`, slot `position` (-1 = the callee) went from old to new."""

    kind: MutationKind
    step: int
    position: int
    old: str
    new: str

    def to_json(self) -> dict:
        return {"kind": self.kind, "step": self.step, "position": self.position,
                "old": self.old, "new": self.new}


def _same_signature() -> dict[str, list[str]]:
    groups: dict[tuple, list[str]] = defaultdict(list)
    for name in PRIMITIVES:
        sig = SIGNATURES[name]
        groups[(sig.params, sig.ret)].append(name)
    return {n: [m for m in groups[(s.params, s.ret)] if m != n] for n, s in SIGNATURES.items()}


SAME_SIGNATURE = _same_signature()


def variable_types(program: Program) -> dict[str, str]:
    """The alias type of every parameter and variable (UNKNOWN after a closure call)."""
    types = {p: PARAM_TYPES[p] for p in program.params}
    for st in program.steps:
        types[st.target] = SIGNATURES[st.func].ret if st.func in SIGNATURES else UNKNOWN
    return types


def mutate(
    program: Program, rate: float, rng: random.Random
) -> tuple[Program, tuple[Mutation, ...]]:
    """A mutated copy of `program` and the list of mutations applied (maybe none)."""
    if rate <= 0:
        return program, ()
    types = {p: PARAM_TYPES[p] for p in program.params}
    visible: list[str] = list(program.params)
    steps: list[Step] = []
    done: list[Mutation] = []
    for k, st in enumerate(program.steps):
        func = st.func
        if func in SIGNATURES and rng.random() < rate and SAME_SIGNATURE[func]:
            new = rng.choice(SAME_SIGNATURE[func])
            done.append(Mutation("function", k, -1, func, new))
            func = new
        args = list(st.args)
        for j, arg in enumerate(args):
            if rng.random() >= rate:
                continue
            choice: str | None = None
            kind: MutationKind
            if arg in CONSTANTS:
                kind, options = "constant", constant_family(arg)
            elif arg in PRIMITIVES:
                kind, options = "function", SAME_SIGNATURE[arg]
            else:
                kind = "argument"
                t = types.get(arg, UNKNOWN)
                options = [] if t == UNKNOWN else [
                    v for v in visible if v != arg and types.get(v) == t]
            if options:
                choice = rng.choice(options)
                done.append(Mutation(kind, k, j, arg, choice))
                args[j] = choice
        steps.append(Step(st.target, func, tuple(args)))
        types[st.target] = SIGNATURES[func].ret if func in SIGNATURES else UNKNOWN
        visible.append(st.target)
    if not done:
        return program, ()
    return replace(program, steps=tuple(steps), source=""), tuple(done)
