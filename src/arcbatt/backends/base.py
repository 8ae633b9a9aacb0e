"""The one seam between scoring and where work runs.

A backend is opened and closed by one owner (a `with` block) and answers
`imap_unordered(payloads)` with `(position, Outcome)` pairs in any order; callers aggregate
by position, so results never depend on completion order or on the backend.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

from arcbatt.backends.local import LocalPool, Outcome


class Backend(Protocol):
    workers: int
    overhead_s: float

    def __enter__(self) -> Backend: ...

    def __exit__(self, *exc: object) -> None: ...

    def close(self) -> None: ...

    def imap_unordered(self, payloads: Iterable[Any],
                       deadline: float | None = None) -> Iterator[tuple[int, Outcome]]: ...


def open_backend(
    name: str,
    handler: Callable[[Any], Any],
    *,
    workers: int,
    timeout: float | None,
    max_memory_mb: int | None,
    initializer: Callable[..., None] | None,
    init_args: tuple,
    address: str | None = None,
) -> Backend:
    """A backend by name: "local" (process pool, the default) or "ray" (a Ray cluster)."""
    if name == "local":
        return LocalPool(handler, workers=workers, timeout=timeout, max_memory_mb=max_memory_mb,
                         initializer=initializer, init_args=init_args)
    if name == "ray":
        from arcbatt.backends.ray_backend import RayBackend

        return RayBackend(handler, workers=workers, timeout=timeout,
                          max_memory_mb=max_memory_mb, initializer=initializer,
                          init_args=init_args, address=address)
    raise ValueError(f"unknown backend '{name}' (choose local or ray)")
