"""What a generated battery module imports at run time: the failure marker and guards."""

from __future__ import annotations

from typing import Any

from arcbatt.battery.differs import DIFFERS


class _Failed:
    """Marks a step that raised; every step depending on it is skipped."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<failed>"


E = _Failed()


_COLOURS = frozenset(range(10))


def as_grid(value: Any) -> Any:
    """The value if it is an ARC grid (1..30 rows of 1..30 colours 0..9), else None."""
    if value is E or type(value) is not tuple or not 0 < len(value) <= 30:
        return None
    first = value[0]
    if type(first) is not tuple or not 0 < len(first) <= 30:
        return None
    width = len(first)
    for row in value:
        if type(row) is not tuple or len(row) != width:
            return None
        for v in row:
            if type(v) is not int or v not in _COLOURS:
                return None
    return value


def run_differs(S: Any, I: Any, C: Any, o: list) -> list:
    """Apply every built-in differ to the input (baseline) and to each distinct output.

    With a known expected grid C (demo samples) each output is compared with C and the
    baseline compares the input with C; without it (test samples) each output is compared
    with the sample input, and there is no baseline.
    """
    s: list = []
    if C is not None:
        for name, fn in DIFFERS.items():
            s.append((0, None, name, _guard(fn, S, I, C)))
    done: dict[int, list] = {}
    for t_n, _evo, cid, out in o:
        if out is None:
            continue
        if t_n not in done:
            pair = (out, C) if C is not None else (I, out)
            done[t_n] = [(name, _guard(fn, S, *pair)) for name, fn in DIFFERS.items()]
        for name, result in done[t_n]:
            s.append((t_n, cid, name, result))
    return s


def _guard(fn: Any, S: Any, a: Any, b: Any) -> Any:
    try:
        return fn(S, a, b)
    except Exception:
        return None
