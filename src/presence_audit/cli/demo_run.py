"""What `demo` does, without click: audit the bundled persona and print the report.

Both the click command (``cli.audit``) and the direct start (``cli.direct``) call
``run_demo`` with the parsed options.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from presence_audit.cli.shared import announce, color_choice, emit, pick_format, render_report

if TYPE_CHECKING:
    from presence_audit.runner import RunSettings


def run_demo(fmt: str | None, output: Path | None, exit_code: bool, snapshot: str,
             history_file: Path | None, details: bool, color: str) -> None:
    """Audit the persona's ``snapshot``; with ``history_file``, compare and record it there."""
    from presence_audit.cli.exit_codes import of_report
    from presence_audit.demo import audit_demo, demo_settings, load_demo_config
    from presence_audit.runner import thresholds_of

    fmt = pick_format(fmt, output)
    if history_file is None:
        loaded: RunSettings = demo_settings()
        outcome = audit_demo(loaded, snapshot=snapshot)
        shown = outcome.report.to_dict()
    else:
        # Comparing with history reads the persona's regression rules: the whole config.
        from presence_audit.cli.tracking import Watch, WatchOptions

        watcher = Watch.start(None, WatchOptions(history=history_file))
        config = load_demo_config()
        loaded = config
        outcome = audit_demo(config, snapshot=snapshot)
        shown = watcher.finish(config, outcome, quiet=False).report
    emit(render_report(shown, fmt, output, color=color_choice(color), details=details), output)
    announce(output, shown)
    if exit_code:
        report = outcome.report
        sys.exit(of_report(report.score, report.results, thresholds_of(loaded),
                           report.incomplete))
