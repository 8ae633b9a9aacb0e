"""A pool of worker processes with a hard per-unit timeout and memory cap.

One pool is owned by one `with` block: it starts its workers on entry and kills whatever is
left on exit (also on errors and interrupts). Each unit of work is sent to one idle worker
over its own pipe; the driver waits on all pipes and process sentinels at once, so a unit
that runs past its deadline is stopped by killing that worker (threads cannot be killed),
and a worker that dies for any reason costs only the unit it held. A replacement worker is
started in its place. `workers=1` goes through exactly the same path, so sequential and
parallel runs share their semantics.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, Literal

Status = Literal["ok", "error", "timeout", "memory", "crashed", "skipped"]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one unit: its value, or why there is none."""

    status: Status
    value: Any = None
    detail: str = ""
    cpu_s: float = 0.0
    wall_s: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status == "ok"


class PoolError(RuntimeError):
    """The pool itself cannot work (e.g. every worker fails to initialise)."""


def _limit_memory(max_memory_mb: int | None) -> None:
    if not max_memory_mb:
        return
    import resource

    limit = max_memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _worker_main(
    conn: Connection,
    handler: Callable[[Any], Any],
    initializer: Callable[..., None] | None,
    init_args: tuple,
    max_memory_mb: int | None,
) -> None:
    """Worker loop: receive (index, payload), reply (index, status, value, detail, cpu, wall)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the driver owns interrupts
    try:
        if initializer is not None:
            initializer(*init_args)
        _limit_memory(max_memory_mb)
    except BaseException:
        conn.send(("init-error", traceback.format_exc(limit=5)))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        index, payload = msg
        c0, w0 = time.process_time(), time.perf_counter()
        detail = ""
        value: Any = None
        try:
            value = handler(payload)
            status = "ok"
        except MemoryError:
            status, detail = "memory", "MemoryError: the worker's memory cap was reached"
        except RecursionError as exc:
            status, detail = "error", f"RecursionError: {exc}"
        except BaseException as exc:
            status, detail = "error", f"{type(exc).__name__}: {exc}"[:500]
        reply = (index, status, value, detail, time.process_time() - c0, time.perf_counter() - w0)
        try:
            conn.send(reply)
        except MemoryError:
            conn.send((index, "memory", None, "MemoryError while sending the result",
                       reply[4], reply[5]))
        except Exception as exc:  # e.g. an unpicklable result
            conn.send((index, "error", None, f"cannot send result: {exc}"[:500],
                       reply[4], reply[5]))


@dataclass
class _Worker:
    process: mp.process.BaseProcess
    conn: Connection
    inflight: deque = field(default_factory=deque)  # (index, payload) sent, oldest first
    deadline: float = float("inf")  # for the unit at the head of `inflight`
    started: float = 0.0  # when the head unit started (as far as the driver can tell)

    @property
    def idle(self) -> bool:
        return not self.inflight


class LocalPool:
    """`workers` killable processes running `handler(payload)` for each unit.

    `timeout` (seconds, per unit) and `max_memory_mb` (address-space cap per worker) are
    hard limits; `initializer(*init_args)` runs once in every worker before its first unit.
    """

    def __init__(
        self,
        handler: Callable[[Any], Any],
        workers: int = 0,
        timeout: float | None = None,
        max_memory_mb: int | None = None,
        initializer: Callable[..., None] | None = None,
        init_args: tuple = (),
        start_timeout: float = 60.0,
        prefetch: int = 2,
    ) -> None:
        self.handler = handler
        self.workers = workers if workers > 0 else (os.cpu_count() or 1)
        self.timeout = timeout
        self.max_memory_mb = max_memory_mb
        self.initializer = initializer
        self.init_args = init_args
        self.start_timeout = start_timeout
        self.prefetch = max(1, prefetch)
        method = "fork" if sys.platform.startswith("linux") else "spawn"
        self._ctx = mp.get_context(method)
        self._pool: list[_Worker] = []
        self.replaced = 0  # workers started to replace killed or dead ones
        self.completed = 0  # units answered by a worker
        self.overhead_s = 0.0  # round-trip time not spent in the handler, summed

    # -- lifecycle ---------------------------------------------------------------------
    def __enter__(self) -> LocalPool:
        try:
            for _ in range(self.workers):
                self._pool.append(self._spawn())
            for w in self._pool:
                self._await_ready(w)
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop every worker: a polite sentinel to idle ones, a kill to busy ones."""
        for w in self._pool:
            try:
                if not w.idle:
                    w.process.kill()
                elif w.process.is_alive():
                    w.conn.send(None)
            except (OSError, ValueError):
                pass
        deadline = time.monotonic() + 1.0
        for w in self._pool:
            w.process.join(max(0.0, deadline - time.monotonic()))
            if w.process.is_alive():
                w.process.kill()
                w.process.join()
            w.conn.close()
        self._pool.clear()

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe(duplex=True)
        proc = self._ctx.Process(
            target=_worker_main,
            args=(child, self.handler, self.initializer, self.init_args, self.max_memory_mb),
            daemon=True,
        )
        proc.start()
        child.close()
        return _Worker(proc, parent)

    def _await_ready(self, w: _Worker) -> None:
        try:
            if not w.conn.poll(self.start_timeout):
                w.process.kill()
                raise PoolError(
                    f"a worker did not finish starting within {self.start_timeout:g} s")
            msg = w.conn.recv()
        except (EOFError, OSError):
            raise PoolError("a worker process died while starting") from None
        if msg[0] != "ready":
            raise PoolError(f"a worker failed to initialise:\n{msg[1]}")

    def _replace(self, w: _Worker) -> _Worker:
        if w.process.is_alive():
            w.process.kill()
        w.process.join()
        w.conn.close()
        fresh = self._spawn()
        self._await_ready(fresh)
        self._pool[self._pool.index(w)] = fresh
        self.replaced += 1
        return fresh

    # -- work --------------------------------------------------------------------------
    def _start_head(self, w: _Worker, now: float) -> None:
        w.started = now
        w.deadline = now + self.timeout if self.timeout else float("inf")

    def imap_unordered(self, payloads: Iterable[Any],
                       deadline: float | None = None) -> Iterator[tuple[int, Outcome]]:
        """Yield (position in `payloads`, Outcome) as units finish, in completion order.

        Past `deadline` (a `time.monotonic()` value) no unit is sent any more: units already
        sent finish (within their own time limit) and the rest come back "skipped".

        While more units wait than there are workers, each worker gets a second unit queued
        behind the one it runs, so it never waits for the driver between units. The time
        limit clock of a queued unit starts when the unit ahead of it is answered; if a
        worker is killed, the units queued behind the stopped one go back to the queue.
        """
        if not self._pool:
            raise PoolError("the pool is not open: use it inside a `with` block")
        queue = deque(enumerate(payloads))
        while queue or any(not w.idle for w in self._pool):
            now = time.monotonic()
            if deadline is not None and now >= deadline and queue:
                for index, _ in queue:  # units already sent still run, within their limit
                    yield index, Outcome("skipped", None, "the run's deadline was reached")
                queue.clear()
                if all(w.idle for w in self._pool):
                    break
            for w in self._pool:
                depth = self.prefetch if len(queue) > len(self._pool) else 1
                while queue and len(w.inflight) < depth:
                    item = queue.popleft()
                    if w.idle:
                        self._start_head(w, now)
                    w.inflight.append(item)
                    w.conn.send(item)
            busy = [w for w in self._pool if not w.idle]
            next_deadline = min(w.deadline for w in busy)
            wait_s = None if next_deadline == float("inf") else max(
                0.0, next_deadline - time.monotonic())
            handles: list[Any] = [w.conn for w in busy] + [w.process.sentinel for w in busy]
            ready = set(wait(handles, timeout=wait_s))
            for w in busy:
                if w.conn in ready:
                    yield from self._answers(w, queue)
                elif w.process.sentinel in ready:
                    yield self._lost(w, queue)
                elif time.monotonic() >= w.deadline:
                    index, _ = w.inflight.popleft()
                    wall = time.monotonic() - w.started
                    self._requeue(w, queue)
                    self._replace(w)
                    yield index, Outcome("timeout", None,
                                         f"stopped after {self.timeout:g} s", 0.0, wall)

    def _answers(self, w: _Worker, queue: deque) -> Iterator[tuple[int, Outcome]]:
        """Every answer waiting on a worker's pipe (its head unit, then the next ones)."""
        while w.inflight and w.conn.poll():
            try:
                index, status, value, detail, cpu, wall = w.conn.recv()
            except (EOFError, OSError):
                yield self._lost(w, queue)
                return
            head, _ = w.inflight.popleft()
            assert head == index, "a worker answered out of order"
            now = time.monotonic()
            self.completed += 1
            self.overhead_s += (now - w.started) - wall
            if w.inflight:
                self._start_head(w, now)
            yield index, Outcome(status, value, detail, cpu, wall)

    @staticmethod
    def _requeue(w: _Worker, queue: deque) -> None:
        """Units queued behind a stopped one never started: they go back to the queue."""
        while w.inflight:
            queue.appendleft(w.inflight.pop())

    def _lost(self, w: _Worker, queue: deque) -> tuple[int, Outcome]:
        """A worker died while holding a unit (killed by the OS, a segfault, os._exit...)."""
        index, _ = w.inflight.popleft()
        wall = time.monotonic() - w.started
        self._requeue(w, queue)
        w.process.join(0.5)
        code = w.process.exitcode
        self._replace(w)
        if code is not None and code < 0:
            why = f"worker killed by signal {-code}"
            if -code == signal.SIGKILL:
                why += " (the kernel's out-of-memory killer sends this)"
        else:
            why = f"worker exited with code {code}"
        return index, Outcome("crashed", None, why, 0.0, wall)

    def map(self, payloads: Iterable[Any]) -> list[Outcome]:
        """All outcomes in the order of `payloads` (independent of completion order)."""
        items = list(payloads)
        out: list[Outcome | None] = [None] * len(items)
        for index, outcome in self.imap_unordered(items):
            out[index] = outcome
        return [o for o in out if o is not None]
