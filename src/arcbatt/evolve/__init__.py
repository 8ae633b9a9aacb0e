"""The evolution loop: card -> run rounds that grow the store within a time budget."""

from arcbatt.evolve.budget import parse_duration
from arcbatt.evolve.loop import EvolveConfig, RoundSummary, evolve

__all__ = ["EvolveConfig", "RoundSummary", "evolve", "parse_duration"]
