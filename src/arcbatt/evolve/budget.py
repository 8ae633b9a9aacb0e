"""Durations as users write them: 90, 30s, 10m, 1.5h."""

from __future__ import annotations

import re

_UNITS = {"": 1.0, "s": 1.0, "m": 60.0, "h": 3600.0}
_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*$")


def parse_duration(text: str) -> float:
    """Seconds in `text`; raises ValueError with the accepted forms when it cannot parse."""
    m = _RE.match(text)
    if not m or float(m.group(1)) <= 0:
        raise ValueError(f"cannot read duration '{text}': use e.g. 90, 30s, 10m or 1.5h")
    return float(m.group(1)) * _UNITS[m.group(2)]
