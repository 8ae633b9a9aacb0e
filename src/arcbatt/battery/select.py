"""Choosing the programs a battery starts from: weighted, reproducible draws."""

from __future__ import annotations

import random
from dataclasses import dataclass

from arcbatt.corpus.program import Program


@dataclass(frozen=True, slots=True)
class Source:
    """A program offered to the battery, with its draw weight and where it came from."""

    program: Program
    weight: float = 1.0
    origin: str = "corpus"  # "corpus" or "store"
    md5: str | None = None


def draw(sources: list[Source], count: int, rng: random.Random) -> list[Source]:
    """`count` sources: distinct ones first (weighted, without replacement), then repeats.

    Weighted sampling without replacement uses keys u^(1/w) (Efraimidis-Spirakis); ties and
    order are fixed by the rng and the input order, so a seed reproduces the draw.
    """
    if not sources or count <= 0:
        return []
    keyed = sorted(
        ((rng.random() ** (1.0 / max(s.weight, 1e-9)), i) for i, s in enumerate(sources)),
        reverse=True,
    )
    chosen = [sources[i] for _, i in keyed[:count]]
    weights = [max(s.weight, 1e-9) for s in sources]
    while len(chosen) < count:
        chosen.append(rng.choices(sources, weights=weights, k=1)[0])
    return chosen
