"""Time as the HTTP layer sees it: an injectable clock and the run's network deadline.

Politeness intervals, retry back-off and the deadline all read one ``Clock``, so tests can
replace waiting with a record of the waits.
"""

from __future__ import annotations

import time
from typing import Protocol

from presence_audit.sources.http.errors import FetchError


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never goes back, for intervals and deadlines."""

    def time(self) -> float:
        """Seconds since the epoch, for HTTP dates (``Retry-After``)."""

    def sleep(self, seconds: float) -> None: ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def time(self) -> float:
        return time.time()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class Deadline:
    """The point after which no more network work is started in this run."""

    def __init__(self, clock: Clock, seconds: float) -> None:
        self.seconds = seconds
        self._clock = clock
        self._at = clock.monotonic() + seconds

    def remaining(self) -> float:
        return max(0.0, self._at - self._clock.monotonic())

    def expired(self) -> bool:
        return self.remaining() <= 0.0

    def error(self, url: str, doing: str = "fetching") -> FetchError:
        return FetchError(
            "deadline",
            f"the run's {self.seconds:g} s network time budget (network.deadline_seconds) ran "
            f"out while {doing} {url}",
            url,
        )

    def check(self, url: str) -> None:
        if self.expired():
            raise self.error(url)
