"""The arc-dsl compatible DSL: 160 small pure primitives, 28 constants and the type aliases.

`from arcbatt.dsl import *` gives a solver file everything it needs, exactly as Hodel's
`from dsl import *` plus `from constants import *` did. The primitives are grouped by
concern into the sibling modules; `PRIMITIVES` maps each name to its function.
"""

from arcbatt.dsl.arith import *
from arcbatt.dsl.colours import *
from arcbatt.dsl.combinators import *
from arcbatt.dsl.constants import *
from arcbatt.dsl.containers import *
from arcbatt.dsl.drawing import *
from arcbatt.dsl.extent import *
from arcbatt.dsl.grids import *
from arcbatt.dsl.patches import *
from arcbatt.dsl.periodicity import *
from arcbatt.dsl.relations import *
from arcbatt.dsl.segment import *
from arcbatt.dsl.types import *
from arcbatt.dsl import (
    arith as _arith,
    colours as _colours,
    combinators as _combinators,
    containers as _containers,
    drawing as _drawing,
    extent as _extent,
    grids as _grids,
    patches as _patches,
    periodicity as _periodicity,
    relations as _relations,
    segment as _segment,
)
from arcbatt.dsl.constants import CONSTANTS

_MODULES = (
    _arith, _containers, _combinators, _colours, _extent, _patches, _relations, _segment,
    _grids, _drawing, _periodicity,
)

PRIMITIVES: dict = {name: getattr(m, name) for m in _MODULES for name in m.__all__}
"""Every DSL primitive by name, in the order of the specification's sections."""
