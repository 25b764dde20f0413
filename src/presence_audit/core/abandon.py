"""Calls that may be abandoned: the run's deadline is kept even when a callee hangs.

A search provider runs its own HTTP client (ddgs uses primp), which the tool's HTTP deadline
cannot reach; a hung call would hold the whole run. So such calls run in a daemon thread and
are waited for only until the deadline: past it the caller reports the overrun and goes on,
and the thread, if it ever returns, is ignored (a daemon thread does not keep the process
alive).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class OverrunError(Exception):
    """The call did not return within the time it was given."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"no answer within {seconds:.3g} s")
        self.seconds = seconds


class Pending(Generic[T]):
    """A call running in a daemon thread, whose result may be waited for, or given up on."""

    def __init__(self, call: Callable[[], T], name: str) -> None:
        self._done = threading.Event()
        self._value: T | None = None
        self._error: BaseException | None = None
        self._call = call
        threading.Thread(target=self._run, name=name, daemon=True).start()

    def _run(self) -> None:
        try:
            self._value = self._call()
        except BaseException as exc:  # handed to the waiting thread, which re-raises it
            self._error = exc
        finally:
            self._done.set()

    def result(self, seconds: float) -> T:
        """The call's result or exception; ``OverrunError`` if it is still running after
        ``seconds`` (it is then left running, unobserved)."""
        if not self._done.wait(max(0.0, seconds)):
            raise OverrunError(seconds)
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]


def call_within(seconds: float, call: Callable[[], T], *, name: str = "abandonable") -> T:
    """``call()``'s result, or its exception; ``OverrunError`` when it takes longer than
    ``seconds``."""
    return Pending(call, name).result(seconds)
