"""When to try a request again, and how long to wait first."""

from __future__ import annotations

import datetime as dt
import email.utils

_FIRST_BACKOFF_SECONDS = 1.0
_LONGEST_BACKOFF_SECONDS = 30.0


def is_retryable_status(status: int) -> bool:
    """429 (rate limited) and 5xx (server trouble) may pass; other statuses will not change."""
    return status == 429 or 500 <= status <= 599


def backoff_seconds(attempt: int, jitter: float) -> float:
    """Exponential back-off with "equal jitter": 0.5–1 s, then 1–2 s, 2–4 s, …

    ``attempt`` counts from 0; ``jitter`` is uniform in [0, 1). Half of each wait is random so
    that threads that failed together do not all come back at the same moment.
    """
    ceiling = min(_FIRST_BACKOFF_SECONDS * 2.0 ** attempt, _LONGEST_BACKOFF_SECONDS)
    return ceiling / 2 + ceiling / 2 * jitter


def retry_after_seconds(value: str | None, now: float) -> float | None:
    """A ``Retry-After`` header as seconds from ``now`` (epoch seconds); None if absent or bad.

    The header is either a number of seconds or an HTTP date; a date in the past means "now".
    """
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return max(0.0, when.timestamp() - now)
