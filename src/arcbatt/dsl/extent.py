"""Size, extent and reference points of pieces (spec §4.5).

Heights, widths, corners and centres are what solver programs use to crop, align and
compare shapes. A tuple argument is a grid; anything else is a patch, read as an
``Object`` when its first element's second component is a tuple and as ``Indices``
otherwise. Empty inputs follow arc-dsl's conventions (0, ``()`` or an error).
"""

from arcbatt.dsl.types import Boolean, Integer, IntegerTuple, Patch, Piece

__all__ = [
    "height", "width", "shape", "portrait", "square", "vline", "hline", "ulcorner",
    "urcorner", "llcorner", "lrcorner", "uppermost", "lowermost", "leftmost", "rightmost",
    "center", "centerofmass",
]


def _is_object(patch: Patch) -> Boolean:
    """Whether a non-empty patch holds coloured cells; error when it is empty."""
    for element in patch:
        return isinstance(element[1], tuple)
    raise ValueError("empty patch")


def _rows(patch: Patch) -> list:
    """Row of every element of a non-empty patch (duplicates harmless)."""
    if _is_object(patch):
        return [loc[0] for _, loc in patch]
    return [loc[0] for loc in patch]


def _cols(patch: Patch) -> list:
    """Column of every element of a non-empty patch (duplicates harmless)."""
    if _is_object(patch):
        return [loc[1] for _, loc in patch]
    return [loc[1] for loc in patch]


def _rows_cols(patch: Patch) -> tuple:
    """Rows and columns of every element of a non-empty patch."""
    if _is_object(patch):
        return [loc[0] for _, loc in patch], [loc[1] for _, loc in patch]
    return [loc[0] for loc in patch], [loc[1] for loc in patch]


def height(piece: Piece) -> Integer:
    """Number of grid rows, or bbox height of a patch; 0 when empty."""
    if len(piece) == 0:
        return 0
    if isinstance(piece, tuple):
        return len(piece)
    rows = _rows(piece)
    return max(rows) - min(rows) + 1


def width(piece: Piece) -> Integer:
    """Length of the first grid row, or bbox width of a patch; 0 when empty."""
    if len(piece) == 0:
        return 0
    if isinstance(piece, tuple):
        return len(piece[0])
    cols = _cols(piece)
    return max(cols) - min(cols) + 1


def _shape(piece: Piece) -> tuple:
    if len(piece) == 0:
        return 0, 0
    if isinstance(piece, tuple):
        return len(piece), len(piece[0])
    rows, cols = _rows_cols(piece)
    return max(rows) - min(rows) + 1, max(cols) - min(cols) + 1


def shape(piece: Piece) -> IntegerTuple:
    """``(height(piece), width(piece))``."""
    return _shape(piece)


def portrait(piece: Piece) -> Boolean:
    """Whether height is strictly greater than width."""
    h, w = _shape(piece)
    return h > w


def square(piece: Piece) -> Boolean:
    """Grid: rows equal first-row length. Patch: bbox square and completely filled."""
    if isinstance(piece, tuple):
        return len(piece) == len(piece[0])
    h, w = _shape(piece)
    return len(piece) == h * w and h == w


def vline(patch: Patch) -> Boolean:
    """Whether the patch is a gap-free vertical segment (width 1, height = size)."""
    h, w = _shape(patch)
    return h == len(patch) and w == 1


def hline(patch: Patch) -> Boolean:
    """Whether the patch is a gap-free horizontal segment (height 1, width = size)."""
    h, w = _shape(patch)
    return w == len(patch) and h == 1


def ulcorner(patch: Patch) -> IntegerTuple:
    """``(min row, min col)``; ``()`` for an empty patch."""
    if len(patch) == 0:
        return ()
    rows, cols = _rows_cols(patch)
    return (min(rows), min(cols))


def urcorner(patch: Patch) -> IntegerTuple:
    """``(min row, max col)``; ``()`` for an empty patch."""
    if len(patch) == 0:
        return ()
    rows, cols = _rows_cols(patch)
    return (min(rows), max(cols))


def llcorner(patch: Patch) -> IntegerTuple:
    """``(max row, min col)``; ``()`` for an empty patch."""
    if len(patch) == 0:
        return ()
    rows, cols = _rows_cols(patch)
    return (max(rows), min(cols))


def lrcorner(patch: Patch) -> IntegerTuple:
    """``(max row, max col)``; ``()`` for an empty patch."""
    if len(patch) == 0:
        return ()
    rows, cols = _rows_cols(patch)
    return (max(rows), max(cols))


def uppermost(patch: Patch) -> Integer:
    """Smallest row index; error when empty."""
    return min(_rows(patch))


def lowermost(patch: Patch) -> Integer:
    """Largest row index; error when empty."""
    return max(_rows(patch))


def leftmost(patch: Patch) -> Integer:
    """Smallest column index; error when empty."""
    return min(_cols(patch))


def rightmost(patch: Patch) -> Integer:
    """Largest column index; error when empty."""
    return max(_cols(patch))


def center(patch: Patch) -> IntegerTuple:
    """Centre of the bbox rounded toward the upper-left; error when empty."""
    rows, cols = _rows_cols(patch)
    top, left = min(rows), min(cols)
    return (top + (max(rows) - top + 1) // 2, left + (max(cols) - left + 1) // 2)


def centerofmass(patch: Patch) -> IntegerTuple:
    """Floored mean of the distinct locations (divided by the patch size); ``()`` if empty."""
    n = len(patch)
    if n == 0:
        return ()
    locs = frozenset([loc for _, loc in patch]) if _is_object(patch) else patch
    return tuple([sum(axis) // n for axis in zip(*locs, strict=False)])
