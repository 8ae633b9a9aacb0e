"""Type aliases of the DSL (annotations only; nothing is enforced at run time).

They match the names Hodel's arc-dsl uses, so solver files and the battery generator's
type checks can speak the same vocabulary.
"""

from collections.abc import Callable, Container, Iterable
from typing import Any, FrozenSet, List, Tuple, Union  # noqa: UP035 - re-exported names

Boolean = bool
Integer = int
IntegerTuple = Tuple[Integer, Integer]  # noqa: UP006
Numerical = Union[Integer, IntegerTuple]  # noqa: UP007
IntegerSet = FrozenSet[Integer]  # noqa: UP006
Grid = Tuple[Tuple[Integer]]  # noqa: UP006
Cell = Tuple[Integer, IntegerTuple]  # noqa: UP006
Object = FrozenSet[Cell]  # noqa: UP006
Objects = FrozenSet[Object]  # noqa: UP006
Indices = FrozenSet[IntegerTuple]  # noqa: UP006
IndicesSet = FrozenSet[Indices]  # noqa: UP006
Patch = Union[Object, Indices]  # noqa: UP007
Element = Union[Object, Grid]  # noqa: UP007
Piece = Union[Grid, Patch]  # noqa: UP007
TupleTuple = Tuple[Tuple]  # noqa: UP006
ContainerContainer = Container[Container]

__all__ = [
    "Any", "Callable", "Container", "FrozenSet", "Iterable", "List", "Tuple", "Union",
    "Boolean", "Integer", "IntegerTuple", "Numerical", "IntegerSet", "Grid", "Cell",
    "Object", "Objects", "Indices", "IndicesSet", "Patch", "Element", "Piece",
    "TupleTuple", "ContainerContainer",
]
