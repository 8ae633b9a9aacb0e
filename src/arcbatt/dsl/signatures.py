"""Each primitive's parameter and return types, by alias name, read from its annotations.

The battery generator uses these to keep mutations type-correct; they are derived from the
code, so they cannot drift from it. A parameter without annotation reads as "Any".
"""

from __future__ import annotations

import typing
from dataclasses import dataclass

from arcbatt.dsl import types as _types


@dataclass(frozen=True, slots=True)
class Signature:
    """Parameter names, their alias types, and the declared return alias."""

    names: tuple[str, ...]
    params: tuple[str, ...]
    ret: str

    @property
    def arity(self) -> int:
        return len(self.params)


def _alias_names() -> dict[object, str]:
    rev: dict[object, str] = {}
    for name in _types.__all__:
        value = getattr(_types, name)
        try:
            rev.setdefault(value, name)
        except TypeError:  # unhashable typing objects are not aliases we use
            continue
    return rev


def _alias(annotation: object, rev: dict[object, str]) -> str:
    try:
        return rev.get(annotation, "Any")
    except TypeError:
        return "Any"


def signature_of(fn: typing.Callable) -> Signature:
    """The Signature of one primitive."""
    rev = _alias_names()
    hints = typing.get_type_hints(fn)
    code = fn.__code__
    names = code.co_varnames[: code.co_argcount]
    params = tuple(_alias(hints[n], rev) if n in hints else "Any" for n in names)
    ret = _alias(hints["return"], rev) if "return" in hints else "Any"
    return Signature(tuple(names), params, ret)


def _build() -> dict[str, Signature]:
    from arcbatt.dsl import PRIMITIVES

    return {name: signature_of(fn) for name, fn in PRIMITIVES.items()}


SIGNATURES: dict[str, Signature] = _build()
"""Signature of every primitive, by name."""
