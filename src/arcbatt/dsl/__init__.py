"""The arc-dsl compatible DSL: 160 small pure primitives, 28 constants and the type aliases.

`from arcbatt.dsl import *` gives a solver file everything it needs, exactly as Hodel's
`from dsl import *` plus `from constants import *` did. The primitives are grouped by
concern into the sibling modules; `PRIMITIVES` maps each name to its function.
"""

from arcbatt.dsl import (
    arith as _arith,
)
from arcbatt.dsl import (
    colours as _colours,
)
from arcbatt.dsl import (
    combinators as _combinators,
)
from arcbatt.dsl import (
    containers as _containers,
)
from arcbatt.dsl import (
    drawing as _drawing,
)
from arcbatt.dsl import (
    extent as _extent,
)
from arcbatt.dsl import (
    grids as _grids,
)
from arcbatt.dsl import (
    patches as _patches,
)
from arcbatt.dsl import (
    periodicity as _periodicity,
)
from arcbatt.dsl import (
    relations as _relations,
)
from arcbatt.dsl import (
    segment as _segment,
)
from arcbatt.dsl.arith import *
from arcbatt.dsl.colours import *
from arcbatt.dsl.combinators import *
from arcbatt.dsl.constants import *
from arcbatt.dsl.constants import CONSTANTS
from arcbatt.dsl.containers import *
from arcbatt.dsl.drawing import *
from arcbatt.dsl.extent import *
from arcbatt.dsl.grids import *
from arcbatt.dsl.patches import *
from arcbatt.dsl.periodicity import *
from arcbatt.dsl.relations import *
from arcbatt.dsl.segment import *
from arcbatt.dsl.types import *

_MODULES = (
    _arith, _containers, _combinators, _colours, _extent, _patches, _relations, _segment,
    _grids, _drawing, _periodicity,
)

PRIMITIVES: dict = {name: getattr(m, name) for m in _MODULES for name in m.__all__}
"""Every DSL primitive by name, in the order of the specification's sections."""
