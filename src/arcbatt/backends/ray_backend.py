"""Run units on a Ray cluster, for when one machine is not enough.

Work goes out per task, not per unit: the payloads are grouped by their `task_id`, and one
Ray call per task runs that task's units one after another in a Ray worker process, so the
per-call cost of Ray is paid once per task. The initializer runs once per worker process
(cached there, keyed by what it was given) before the first task it serves.

A cluster's nodes need not share this machine's files: for the run's initializer
(`run.worker.init_worker`) the battery is shipped as text and written to a temporary file
on the remote side, a bundled dataset is re-loaded there by name, and any other dataset is
shipped as the loaded object (`ray.put`). Every node needs arcbatt itself installed.

Deadlines are enforced by the driver, per task: a call gets `timeout` seconds for each of
its units plus a start-up slack; past that it is cancelled (its worker process is killed)
and every unit of the task is recorded as timed out. A worker that dies costs the units of
its task ("crashed"); a unit whose handler raises costs only that unit ("error").
Only the driver ever writes results anywhere; workers only compute and return them.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import tempfile
import time
import traceback
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from arcbatt.backends.local import Outcome, PoolError

MISSING_RAY = "the Ray backend needs `pip install 'arcbatt[ray]'`"
START_TIMEOUT = 120.0  # seconds for the first calls to come back (cold workers, autoscaling)
BASE_SLACK = 3.0  # seconds added to each task's deadline, on top of the measured start-up


class RayUnavailableError(ImportError):
    """Ray is not installed in this environment."""


def _import_ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise RayUnavailableError(MISSING_RAY) from exc
    return ray


# -- the remote side: runs inside Ray worker processes ---------------------------------
@dataclass(frozen=True)
class _Recipe:
    """What a remote worker needs to run the initializer without the driver's files."""

    initializer: Callable[..., None] | None
    init_args: tuple
    battery: tuple[str, str] | None = None  # (file name, text) for arcbatt's init_worker
    dataset: Any = None  # a loaded Dataset, for a spec that names a file on the driver
    arcbatt: bool = False  # init_args are (battery path, data spec, solutions)


_REMOTE: dict[str, Any] = {"key": None}


def _install(recipe: _Recipe) -> None:
    """Run the initializer here, from the shipped battery text and dataset if any."""
    if not recipe.arcbatt:
        if recipe.initializer is not None:
            recipe.initializer(*recipe.init_args)
        return
    from arcbatt.run import worker

    battery_path, spec, solutions = recipe.init_args
    if recipe.dataset is not None:
        worker.install_dataset(spec, solutions, recipe.dataset)
    assert recipe.initializer is not None
    if recipe.battery is None:
        recipe.initializer(battery_path, spec, solutions)
        return
    # the initializer loads the battery from a file: write the text to a temporary one,
    # removed at once (Ray kills its workers at the end, so nothing would clean up later)
    name, text = recipe.battery
    with tempfile.TemporaryDirectory(prefix="arcbatt-ray-") as folder:
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8")
        recipe.initializer(str(path), spec, solutions)


def _vm_bytes() -> int | None:
    """This process's address-space size (Linux), or None where it cannot be read."""
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


@contextlib.contextmanager
def _memory_cap(max_memory_mb: int | None) -> Iterator[None]:
    """Cap what the code inside may add to the address space, then lift the cap again.

    A Ray worker maps gigabytes of its own (object store, threads) before any unit runs,
    so the cap is `max_memory_mb` above the current size rather than an absolute size, and
    only the soft limit is touched, so the worker process is unchanged afterwards.
    """
    base = _vm_bytes() if max_memory_mb else None
    if base is None or max_memory_mb is None:
        yield
        return
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = base + max_memory_mb * 1024 * 1024
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _run_unit(handler: Callable[[Any], Any], position: int, payload: Any,
              max_memory_mb: int | None) -> tuple:
    c0, w0 = time.thread_time(), time.perf_counter()
    value: Any = None
    detail = ""
    try:
        with _memory_cap(max_memory_mb):
            value = handler(payload)
        status = "ok"
    except MemoryError:
        status, detail = "memory", "MemoryError: the worker's memory cap was reached"
    except RecursionError as exc:
        status, detail = "error", f"RecursionError: {exc}"
    except BaseException as exc:
        status, detail = "error", f"{type(exc).__name__}: {exc}"[:500]
    return position, status, value, detail, time.thread_time() - c0, time.perf_counter() - w0


def _run_task(key: str, recipe_box: list, handler: Callable[[Any], Any],
              max_memory_mb: int | None, items: list[tuple[int, Any]]) -> tuple:
    """One task's units, in order: ("ok", init_s, wall_s, results) or ("init-error", tb)."""
    t0 = time.perf_counter()
    if _REMOTE["key"] != key:
        try:
            import ray

            _REMOTE["key"] = None
            _install(ray.get(recipe_box[0]))
            _REMOTE["key"] = key
        except BaseException:
            return "init-error", traceback.format_exc(limit=8), 0.0, []
    init_s = time.perf_counter() - t0
    results = [_run_unit(handler, pos, payload, max_memory_mb) for pos, payload in items]
    return "ok", init_s, time.perf_counter() - t0, results


# -- the driver side -------------------------------------------------------------------
@dataclass
class _Call:
    label: str
    items: list[tuple[int, Any]]
    submitted: float
    deadline: float
    budget: float | None


def _short(exc: BaseException) -> str:
    """One line for a Ray exception (whose text often carries a whole remote traceback)."""
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
    text = lines[-1] if lines else ""
    return f"{type(exc).__name__}: {text}"[:500]


class RayBackend:
    """Units of work on a Ray instance: a local one it starts, or a cluster at `address`.

    The same contract as `LocalPool`: `imap_unordered(payloads)` yields `(position,
    Outcome)` for every payload in completion order; `workers` is how many tasks run at
    once (default: the local cores, or the cluster's CPUs when connecting to one).
    """

    def __init__(
        self,
        handler: Callable[[Any], Any],
        *,
        workers: int = 0,
        timeout: float | None = None,
        max_memory_mb: int | None = None,
        initializer: Callable[..., None] | None = None,
        init_args: tuple = (),
        address: str | None = None,
        start_timeout: float = START_TIMEOUT,
    ) -> None:
        self._ray = _import_ray()
        self.handler = handler
        self._auto_workers = workers <= 0
        self.workers = workers if workers > 0 else (os.cpu_count() or 1)
        self.timeout = timeout
        self.max_memory_mb = max_memory_mb
        self.initializer = initializer
        self.init_args = tuple(init_args)
        self.address = address
        self.start_timeout = start_timeout
        self.overhead_s = 0.0  # per task: driver round trip less the remote wall time
        self.completed = 0  # units answered by a remote worker
        self.slack_s = BASE_SLACK
        self._owned = False  # this backend started the Ray instance (and stops it)
        self._remote: Any = None
        self._box: list = []
        self._key = ""
        self._inflight: dict[Any, _Call] = {}

    # -- lifecycle ---------------------------------------------------------------------
    def __enter__(self) -> RayBackend:
        try:
            self._connect()
            self._key, recipe = self._recipe()
            self._box = [self._ray.put(recipe)]
            self._remote = self._ray.remote(_run_task).options(num_cpus=1, max_retries=0)
            self._warm_up()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Cancel whatever is still running; stop the Ray instance if this backend started it."""
        for ref in list(self._inflight):
            self._cancel(ref)
        self._inflight.clear()
        self._remote = None
        self._box = []
        if self._owned:
            self._owned = False
            self._ray.shutdown()

    def _connect(self) -> None:
        ray = self._ray
        if not ray.is_initialized():
            quiet = {"log_to_driver": False, "logging_level": logging.WARNING}
            if self.address is None:
                ray.init(num_cpus=self.workers, include_dashboard=False, **quiet)
                self._owned = True
            else:
                ray.init(address=self.address, **quiet)
        if self._auto_workers:
            cpus = int(ray.cluster_resources().get("CPU", 0))
            self.workers = max(1, cpus) if cpus else self.workers

    def _recipe(self) -> tuple[str, _Recipe]:
        """What to ship for the initializer, and a key naming it in the workers' cache."""
        from arcbatt.run import worker

        if self.initializer is not worker.init_worker:
            return uuid.uuid4().hex, _Recipe(self.initializer, self.init_args)
        from arcbatt.data import BUNDLED

        battery_path, spec, solutions = self.init_args
        h = hashlib.sha256(repr((spec, solutions)).encode())
        battery = None
        if battery_path is not None:
            path = Path(battery_path)
            text = path.read_text(encoding="utf-8")
            battery = (path.name, text)
            h.update(path.name.encode() + b"\0" + text.encode())
        data = None
        if spec not in BUNDLED:  # a file on this machine: ship what the driver loaded
            data = worker.dataset(spec, solutions)
            h.update(data.content_hash.encode())
        recipe = _Recipe(self.initializer, self.init_args, battery, data, arcbatt=True)
        return h.hexdigest(), recipe

    def _submit(self, items: list[tuple[int, Any]]) -> Any:
        return self._remote.remote(self._key, self._box, self.handler, self.max_memory_mb,
                                   items)

    def _warm_up(self) -> None:
        """Initialise workers before timing anything; measure the start-up for the slack.

        An initializer that fails fails here, once, as a PoolError (as in the local pool).
        """
        t0 = time.monotonic()
        refs = [self._submit([]) for _ in range(self.workers)]
        ready, pending = self._ray.wait(refs, num_returns=len(refs),
                                        timeout=self.start_timeout)
        if pending:
            for ref in pending:
                self._cancel(ref)
            raise PoolError(f"Ray workers did not start within {self.start_timeout:g} s "
                            "(does the cluster have free CPUs?)")
        for ref in ready:
            try:
                status, info, *_ = self._ray.get(ref)
            except self._ray.exceptions.RayError as exc:
                raise PoolError(f"a Ray worker failed to start: {_short(exc)}") from None
            if status == "init-error":
                raise PoolError(f"a Ray worker failed to initialise:\n{info}")
        self.slack_s = BASE_SLACK + 2 * (time.monotonic() - t0)

    def _cancel(self, ref: Any) -> None:
        with contextlib.suppress(Exception):
            self._ray.cancel(ref, force=True)

    # -- work --------------------------------------------------------------------------
    def imap_unordered(self, payloads: Iterable[Any],
                       deadline: float | None = None) -> Iterator[tuple[int, Outcome]]:
        """Yield (position in `payloads`, Outcome) as tasks finish, in completion order.

        Past `deadline` (a `time.monotonic()` value) no task is submitted any more; its
        units come back "skipped" (tasks already submitted run within their own limit).
        """
        if self._remote is None:
            raise PoolError("the Ray backend is not open: use it inside a `with` block")
        groups: dict[Any, list[tuple[int, Any]]] = {}
        for position, payload in enumerate(payloads):
            task_id = getattr(payload, "task_id", None)
            label = ("task", task_id) if task_id is not None else ("unit", position)
            groups.setdefault(label, []).append((position, payload))
        queue = deque(groups.items())
        inflight = self._inflight
        ray = self._ray
        try:
            while queue or inflight:
                if deadline is not None and queue and time.monotonic() >= deadline:
                    for _, items in queue:
                        for position, _payload in items:
                            yield position, Outcome("skipped", None,
                                                    "the run's deadline was reached")
                    queue.clear()
                    if not inflight:
                        break
                while queue and len(inflight) < self.workers:
                    (_, label), items = queue.popleft()
                    now = time.monotonic()
                    budget = self.timeout * len(items) + self.slack_s if self.timeout else None
                    deadline = now + budget if budget is not None else float("inf")
                    inflight[self._submit(items)] = _Call(str(label), items, now, deadline,
                                                          budget)
                next_deadline = min(c.deadline for c in inflight.values())
                wait_s = None if next_deadline == float("inf") else max(
                    0.0, next_deadline - time.monotonic())
                refs = list(inflight)
                ready, _ = ray.wait(refs, num_returns=1, timeout=wait_s)
                if ready and len(refs) > 1:
                    ready, _ = ray.wait(refs, num_returns=len(refs), timeout=0)
                for ref in ready:
                    yield from self._collect(ref, inflight.pop(ref))
                now = time.monotonic()
                for ref, call in list(inflight.items()):
                    if now >= call.deadline:
                        del inflight[ref]
                        self._cancel(ref)
                        yield from self._lost(call, "timeout",
                                              f"task {call.label} stopped after "
                                              f"{call.budget:.1f} s ({len(call.items)} units "
                                              f"x {self.timeout:g} s + start-up slack)")
        finally:
            for ref in list(inflight):
                self._cancel(ref)
            inflight.clear()

    def _collect(self, ref: Any, call: _Call) -> Iterator[tuple[int, Outcome]]:
        ray = self._ray
        try:
            status, info, remote_wall, results = ray.get(ref)
        except ray.exceptions.RayError as exc:
            oom = getattr(ray.exceptions, "OutOfMemoryError", ())
            kind = "memory" if oom and isinstance(exc, oom) else "crashed"
            yield from self._lost(call, kind, f"Ray worker lost: {_short(exc)}")
            return
        if status == "init-error":
            raise PoolError(f"a Ray worker failed to initialise:\n{info}")
        self.overhead_s += (time.monotonic() - call.submitted) - remote_wall
        for position, ustatus, value, detail, cpu, wall in results:
            self.completed += 1
            yield position, Outcome(ustatus, value, detail, cpu, wall)

    def _lost(self, call: _Call, status: Any, detail: str) -> Iterator[tuple[int, Outcome]]:
        """Every unit of a call that never came back (cancelled, or its worker died)."""
        wall = (time.monotonic() - call.submitted) / len(call.items)
        for position, _payload in call.items:
            yield position, Outcome(status, None, detail, 0.0, wall)

    def map(self, payloads: Iterable[Any]) -> list[Outcome]:
        """All outcomes in the order of `payloads` (independent of completion order)."""
        items = list(payloads)
        out: list[Outcome | None] = [None] * len(items)
        for index, outcome in self.imap_unordered(items):
            out[index] = outcome
        return [o for o in out if o is not None]
