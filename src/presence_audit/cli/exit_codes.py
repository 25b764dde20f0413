"""Exit codes (a contract: docs/architecture.md) and how a report or a checklist maps to one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from presence_audit.core.model import Result
    from presence_audit.core.scoring import Thresholds
    from presence_audit.preflight.checklist import Checklist

EXIT_READY = 0
"""Ready: score at or above the bar, no blocking failure, everything measured."""
EXIT_NOT_READY = 1
"""Not ready, or a regression rule at level ``error`` fired."""
EXIT_USAGE = 2
"""A usage or configuration mistake; the message names the key and the line."""
EXIT_INCOMPLETE = 3
"""Nothing failed, but something could not be measured."""
EXIT_INTERRUPTED = 130
"""Interrupted with Ctrl-C, as shells report SIGINT."""


def of_report(score: int | None, results: Sequence[Result], thresholds: Thresholds,
              incomplete: bool, fail_under: int | None = None) -> int:
    """0 ready; 1 not ready (below the bar, a failure at the blocking severity, or a category
    below its ``scoring.min_category`` floor); 3 neither, but something could not be measured.

    ``fail_under`` replaces the ready threshold for this decision (``--fail-under``).
    """
    # Imported here: every command imports this module for the codes alone, `--help` too.
    from presence_audit.core.scoring import blocking_failures, category_shortfalls

    floor = thresholds.ready if fail_under is None else fail_under
    if (blocking_failures(results, thresholds) or category_shortfalls(results, thresholds)
            or (score is not None and score < floor)):
        return EXIT_NOT_READY
    if score is None or incomplete:
        return EXIT_INCOMPLETE
    return EXIT_READY


def of_checklist(checklist: Checklist) -> int:
    """GO is 0; something to fix is 1; nothing to fix but something unchecked is 3."""
    if checklist.to_fix:
        return EXIT_NOT_READY
    return EXIT_INCOMPLETE if checklist.unknown else EXIT_READY
