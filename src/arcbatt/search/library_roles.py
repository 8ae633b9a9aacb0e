"""Colour roles: colours named by what they are in the input, not by their number.

Where the demos of a task use different colours for the same part (the rare colour, the
colour of the biggest object), a constant like THREE fits one demo only. A role is a DSL
expression on the program input I (`leastcolor(I)`, `color(argmax(objects(I, T, F, T),
size))`, ...), so a transform using it stays a straight-line DSL program; this is the
exportable stand-in for icecuber's per-input colour normalisation. A role whose extremum is
tied is undefined on that input and the transforms using it fail there.
"""

from __future__ import annotations

from collections.abc import Callable

from arcbatt.search.library_grid import _colshape, _erase, _fill_holes, _keep
from arcbatt.search.library_objects import (
    MAX_OBJECTS,
    _colour_filter,
    _on_merged,
    components,
)
from arcbatt.search.library_patches import IDX, _fill, _of_colour
from arcbatt.search.transform import Macro, Transform
from arcbatt.search.values import GRID, OBJ, OBJS, least_colour, most_colour, present


def _unique_extreme_colour(objs: list[tuple], largest: bool) -> int | None:
    if not objs:
        return None
    sizes = [present(o) for o in objs]
    best = max(sizes) if largest else min(sizes)
    hits = [o for o, s in zip(objs, sizes, strict=True) if s == best]
    if len(hits) != 1:
        return None
    cs = set(hits[0][5]) - {10}
    return cs.pop() if len(cs) == 1 else None


def _class_colour(largest: bool):
    """color(argmax/argmin(fgpartition(I), size)): the commonest/rarest non-background."""
    def fn(v: tuple) -> int | None:
        data = v[5]
        bg = most_colour(data)
        counts = {c: data.count(c) for c in dict.fromkeys(data) if c != bg}
        if not counts:
            return None
        best = max(counts.values()) if largest else min(counts.values())
        hits = [c for c, n in counts.items() if n == best]
        return hits[0] if len(hits) == 1 else None
    return fn


def _object_colour_role(largest: bool):
    def fn(v: tuple) -> int | None:
        objs = components(v, True, False, True)
        if len(objs) > MAX_OBJECTS:  # components() stops early: the set is incomplete
            return None
        return _unique_extreme_colour(objs, largest)
    return fn


# name -> (macro lines over I whose last line is the colour, fast function on the input)
ROLES: dict[str, tuple[Macro, Callable[[tuple], int | None]]] = {
    "least": ((("leastcolor", ("I",)),), lambda v: least_colour(v[5])),
    "big_class": ((("fgpartition", ("I",)), ("argmax", ("$0", "size")), ("color", ("$1",))),
                  _class_colour(True)),
    "small_class": ((("fgpartition", ("I",)), ("argmin", ("$0", "size")),
                     ("color", ("$1",))), _class_colour(False)),
    "big_obj": ((("objects", ("I", "T", "F", "T")), ("argmax", ("$0", "size")),
                 ("color", ("$1",))), _object_colour_role(True)),
    "small_obj": ((("objects", ("I", "T", "F", "T")), ("argmin", ("$0", "size")),
                   ("color", ("$1",))), _object_colour_role(False)),
}


def role_colour(t, name: str) -> int | None:
    """The role's colour on this table's input (computed once per table)."""
    roles = t.roles
    if name not in roles:
        roles[name] = ROLES[name][1](t.input)
    return roles[name]


def colour_macro(role: str, body: Macro) -> Macro:
    """The role's lines, then `body` with "C" bound to the role and its "$k" shifted."""
    pre = ROLES[role][0]
    n = len(pre)
    colour = f"${n - 1}"

    def bind(a: str) -> str:
        if a == "C":
            return colour
        if a.startswith("$"):
            return f"${int(a[1:]) + n}"
        return a

    return pre + tuple((bind(c), tuple(bind(a) for a in args)) for c, args in body)


def _by_role(role: str, factory: Callable[[int], Callable]):
    fns = [factory(c) for c in range(10)]

    def fn(t, v):
        c = role_colour(t, role)
        return None if c is None else fns[c](t, v)
    return fn


FAMILIES: list[tuple[str, int, int, Callable[[int], Callable], Macro]] = [
    ("keep", GRID, GRID, _keep, (("shape", ("x",)), ("canvas", ("C", "$0")),
                                 ("cellwise", ("x", "$1", "ZERO")))),
    ("erase", GRID, GRID, _erase, (("replace", ("x", "C", "ZERO")),)),
    ("colshape", GRID, GRID, _colshape, (
        ("ofcolor", ("x", "ZERO")), ("shape", ("x",)), ("canvas", ("C", "$1")),
        ("fill", ("$2", "ZERO", "$0")))),
    ("fill_holes", GRID, GRID, _fill_holes, (
        ("objects", ("x", "T", "F", "F")), ("colorfilter", ("$0", "ZERO")),
        ("rbind", ("bordering", "x")), ("compose", ("flip", "$2")),
        ("mfilter", ("$1", "$3")), ("fill", ("x", "C", "$4")))),
    ("ofcolor", GRID, IDX, _of_colour, (("ofcolor", ("x", "C")),)),
    ("fill", IDX, GRID, lambda c: _fill(c, False), (("fill", ("I", "C", "x")),)),
    ("underfill", IDX, GRID, lambda c: _fill(c, True), (("underfill", ("I", "C", "x")),)),
    ("obj_fill", OBJ, GRID, lambda c: _fill(c, False), (("fill", ("I", "C", "x")),)),
    ("colorfilter", OBJS, OBJS, _colour_filter, (("colorfilter", ("x", "C")),)),
    ("objects_fill", OBJS, GRID, lambda c: _on_merged(_fill(c, False)), (
        ("merge", ("x",)), ("fill", ("I", "C", "$0")))),
]


def role_transforms(roles: list[str] | None = None) -> list[Transform]:
    """Every colour-parametrised family once per role."""
    out = []
    for role in roles or list(ROLES):
        for name, kin, kout, factory, body in FAMILIES:
            out.append(Transform(f"{name}@{role}", kin, kout, _by_role(role, factory),
                                 colour_macro(role, body)))
    return out
