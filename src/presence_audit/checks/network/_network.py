"""What the network checks share: the facts of the ``network`` artifact, windows, and skips.

Every check judges a window that ends on the export's own date (``as_of``, the newest date in
its files), not on today: an export downloaded months ago is judged as of the day it describes.
A file the export lacks makes its checks ``skip`` with the reason — a Basic archive is not a
network without messages.
"""

from __future__ import annotations

import datetime as _dt

from presence_audit.checks.base import CheckContext, Option
from presence_audit.core.artifacts import NETWORK_ARTIFACT
from presence_audit.core.artifacts.network import NetworkFacts
from presence_audit.core.model import Finding, Outcome

WINDOW = Option(int, 90, "Days before the export's newest date that the check looks at.")


def load(ctx: CheckContext) -> NetworkFacts:
    return NetworkFacts.from_dict(ctx.artifact(NETWORK_ARTIFACT).data)


def skip(reason: str) -> Finding:
    return Finding(outcome=Outcome.SKIP, message=reason[:1].upper() + reason[1:])


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day(value: _dt.date | None) -> str:
    """``12 Nov 2026``, the way the export writes ``Connected On`` (in English whatever the
    locale, as the export itself)."""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}" if value else "an unknown day"


def share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def percent(value: float) -> str:
    # No space before the sign: a line break must not separate "30" from "%".
    return f"{round(value * 100)}%"


def window_words(days: int, facts: NetworkFacts) -> str:
    """``the 90 days before 12 Nov 2026`` (the newest date in your export)."""
    return f"the {days} days before {day(facts.as_of)}"


def no_dates(label: str) -> Finding:
    return Finding(outcome=Outcome.ERROR,
                   message=f"No date could be read in {label}, so the window cannot be placed",
                   fix="Re-download the export: the dates in this copy are not in a format "
                       "LinkedIn writes (a spreadsheet may have changed them).")


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"
