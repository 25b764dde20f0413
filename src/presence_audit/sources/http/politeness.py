"""How many requests may be in flight, overall and per host, and how often one host is asked.

Sources gather side by side, so several threads fetch at once; this is what keeps that polite.
A request first takes one of its host's slots (``per_host`` at most), then one of the run's
``workers`` slots, and then starts no sooner than ``min_interval`` after the previous start to
the same host. Start times are reserved under a lock, so two threads of one host cannot both
see the interval as elapsed and start together.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from presence_audit.sources.http.timing import Clock, Deadline


class _HostGate:
    def __init__(self, per_host: int, min_interval: float, clock: Clock) -> None:
        self._per_host = per_host
        self._min_interval = min_interval
        self._clock = clock
        self._in_flight = 0
        self._next_start = float("-inf")
        self._changed = threading.Condition()

    def enter(self, deadline: Deadline) -> bool:
        """Take one of the host's slots; False if the deadline passes first."""
        with self._changed:
            while self._in_flight >= self._per_host:
                remaining = deadline.remaining()
                if remaining <= 0.0:
                    return False
                self._changed.wait(timeout=remaining)
            self._in_flight += 1
            return True

    def leave(self) -> None:
        with self._changed:
            self._in_flight -= 1
            self._changed.notify()

    def reserve_start(self) -> float:
        """Seconds to wait before starting, with the start after that booked for this host."""
        with self._changed:
            now = self._clock.monotonic()
            start = max(now, self._next_start)
            self._next_start = start + self._min_interval
            return start - now


class Politeness:
    """Per-host and global limits on requests in flight, and a minimum interval per host."""

    def __init__(self, *, workers: int, per_host: int, min_interval: float, clock: Clock,
                 deadline: Deadline) -> None:
        self._workers = threading.BoundedSemaphore(workers)
        self._per_host = per_host
        self._min_interval = min_interval
        self._clock = clock
        self._deadline = deadline
        self._gates: dict[str, _HostGate] = {}
        self._lock = threading.Lock()

    def _gate(self, host: str) -> _HostGate:
        with self._lock:
            gate = self._gates.get(host)
            if gate is None:
                gate = self._gates[host] = _HostGate(self._per_host, self._min_interval,
                                                     self._clock)
            return gate

    @contextmanager
    def slot(self, host: str, url: str) -> Iterator[None]:
        """Hold the right to have one request to ``host`` in flight; raise on the deadline."""
        gate = self._gate(host.lower())
        if not gate.enter(self._deadline):
            raise self._deadline.error(url, "waiting for a free connection to")
        try:
            if not self._workers.acquire(timeout=max(self._deadline.remaining(), 0.001)):
                raise self._deadline.error(url, "waiting for a free connection to")
            try:
                wait = gate.reserve_start()
                if wait > self._deadline.remaining():
                    raise self._deadline.error(url, "pacing requests to")
                if wait > 0.0:
                    self._clock.sleep(wait)
                yield
            finally:
                self._workers.release()
        finally:
            gate.leave()
