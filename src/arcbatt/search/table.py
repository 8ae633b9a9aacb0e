"""One input's value table: interned values, ids, and the memo of transform results.

The joint search keeps one table per input grid (every demo input and every test input).
Values are interned by exact key, so a transform is evaluated at most once per distinct
value of that input, whichever program reaches it.
"""

from __future__ import annotations

from arcbatt.search.values import Value, grid_value, value_pixels

FAIL = -1


class Table:
    """Values of one input, their ids, and `memo[id * n_transforms + f] -> child id`."""

    __slots__ = ("values", "index", "memo", "input", "pixels", "applied", "roles", "cache")

    def __init__(self, grid: tuple) -> None:
        self.values: list[Value] = []
        self.index: dict[Value, int] = {}
        self.memo: dict[int, int] = {}
        self.pixels = 0
        self.applied = 0  # transform evaluations (memo misses)
        self.roles: dict[str, int | None] = {}  # colour roles of the input (library_roles)
        self.cache: dict = {}  # analyses shared by several transforms of one value
        self.input = grid_value(grid)
        self.intern(self.input)

    def intern(self, value: Value) -> int:
        """The id of `value`, adding it when new."""
        i = self.index.get(value)
        if i is None:
            i = len(self.values)
            self.values.append(value)
            self.index[value] = i
            self.pixels += value_pixels(value)
        return i
