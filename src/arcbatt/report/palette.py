"""The canonical ARC palette (fchollet/ARC-AGI testing interface), shared by every renderer."""

from __future__ import annotations

PALETTE_HEX: tuple[str, ...] = (
    "#000000",  # 0 black
    "#0074D9",  # 1 blue
    "#FF4136",  # 2 red
    "#2ECC40",  # 3 green
    "#FFDC00",  # 4 yellow
    "#AAAAAA",  # 5 grey
    "#F012BE",  # 6 fuchsia
    "#FF851B",  # 7 orange
    "#7FDBFF",  # 8 teal
    "#870C25",  # 9 maroon
)


def rgb(colour: int) -> tuple[int, int, int]:
    """The (r, g, b) bytes of an ARC colour."""
    h = PALETTE_HEX[colour]
    return int(h[1:3], 16), int(h[3:5], 16), int(h[5:7], 16)
