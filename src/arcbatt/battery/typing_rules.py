"""What type a program value has, and whether it may stand where a parameter expects another.

The DSL's aliases are loose (`Container`, `Piece`, `Any`), so checking is gradual: a value
fits a parameter when one type contains the other, and is rejected only when the two are
provably disjoint (an `Integer` where a `Grid` is expected). Mutations are stricter still:
they only swap in values of exactly the original type.
"""

from __future__ import annotations

from arcbatt.dsl import CONSTANTS

UNKNOWN = "Unknown"  # e.g. the result of calling a closure held in a variable

# alias -> the aliases whose values it contains (besides itself)
CONTAINS: dict[str, frozenset[str]] = {
    "Any": frozenset({"*"}),
    "Numerical": frozenset({"Integer", "IntegerTuple", "Boolean"}),
    "Integer": frozenset({"Boolean"}),
    "Piece": frozenset({"Grid", "Patch", "Object", "Indices"}),
    "Patch": frozenset({"Object", "Indices"}),
    "Element": frozenset({"Object", "Grid"}),
    "FrozenSet": frozenset({"IntegerSet", "Object", "Objects", "Indices", "IndicesSet", "Patch"}),
    "Tuple": frozenset({"Grid", "TupleTuple", "IntegerTuple", "Samples"}),
    "TupleTuple": frozenset({"Grid", "Samples"}),
    # every patch is a set of cells or index pairs, themselves tuples: a container of containers
    "ContainerContainer": frozenset({
        "Objects", "IndicesSet", "Grid", "TupleTuple", "Samples", "Piece", "Element",
    }),
    "Container": frozenset({
        "Grid", "Tuple", "TupleTuple", "FrozenSet", "IntegerSet", "Object", "Objects",
        "Indices", "IndicesSet", "Patch", "Piece", "Element", "ContainerContainer",
        "IntegerTuple", "Samples",
    }),
}


def _closure() -> dict[str, frozenset[str]]:
    out = {k: set(v) for k, v in CONTAINS.items()}
    changed = True
    while changed:
        changed = False
        for v in out.values():
            for member in list(v):
                extra = out.get(member, set()) - v
                if extra:
                    v |= extra
                    changed = True
    return {k: frozenset(v) for k, v in out.items()}


_SUPER = _closure()


def subtype(a: str, b: str) -> bool:
    """True when every value of alias `a` is a value of alias `b`."""
    return a == b or b == "Any" or a in _SUPER.get(b, frozenset())


def members(a: str) -> frozenset[str]:
    """Alias `a` and every alias whose values it contains."""
    return _SUPER.get(a, frozenset()) | {a}


def compatible(arg: str, param: str) -> bool:
    """Gradual check: unknown or overlapping types pass; provably disjoint ones do not.

    Two aliases overlap when one contains the other or both contain a common alias (a
    `Piece` argument fits an `Element` parameter: both hold grids and objects).
    """
    if UNKNOWN in (arg, param) or "Any" in (arg, param):
        return True
    return bool(members(arg) & members(param))


def constant_type(name: str) -> str:
    """The alias of a named constant's value."""
    value = CONSTANTS[name]
    if isinstance(value, bool):
        return "Boolean"
    if isinstance(value, int):
        return "Integer"
    return "IntegerTuple"


def constant_family(name: str) -> list[str]:
    """The constants a mutation may put in this one's place (same type, itself excluded)."""
    kind = constant_type(name)
    return [c for c in CONSTANTS if c != name and constant_type(c) == kind]
