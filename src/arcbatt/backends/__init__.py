"""Where work runs: a local pool of killable worker processes (default) or a Ray cluster."""

from arcbatt.backends.local import LocalPool, Outcome, PoolError

__all__ = ["LocalPool", "Outcome", "PoolError"]
