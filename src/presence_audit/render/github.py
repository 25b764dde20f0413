"""The report as GitHub Actions workflow commands: one annotation per failure and warning.

``::error title=…::…`` for a failed check, ``::warning`` for a warning and for each reason
checks could not be measured, and a closing ``::notice`` with the score, so a scheduled job's
run page lists what to fix without opening the report. (The Markdown report still goes to the
job summary whenever ``GITHUB_STEP_SUMMARY`` is set.)

Report text is untrusted: it is cleaned of control characters and escaped as the Actions
toolkit does (``%``, CR and LF in messages; also ``:`` and ``,`` in properties), so no text
can end its annotation early or start a command of its own on a new line.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from presence_audit.render.common import headline, unmeasured_causes
from presence_audit.render.sanitize import clean_text

_LEVELS = {"fail": "error", "warn": "warning"}


def _message(value: Any) -> str:
    text = clean_text("" if value is None else str(value))
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(value: Any) -> str:
    return _message(value).replace(":", "%3A").replace(",", "%2C")


def _command(level: str, title: str, message: str) -> str:
    return f"::{level} title={_property(title)}::{_message(message)}"


def render(report: Mapping[str, Any]) -> str:
    """Render ``report`` (``Report.to_dict()``) as workflow commands, one a line."""
    lines: list[str] = []
    for result in report.get("results", []):
        level = _LEVELS.get(str(result.get("outcome")))
        if level is None:
            continue
        message = str(result.get("message") or "")
        if result.get("fix"):
            message += f" — Fix: {result.get('fix')}"
        title = f"{result.get('title')} ({result.get('check_id')})"
        lines.append(_command(level, title, message))
    for cause in unmeasured_causes(report):
        n = len(cause.checks)
        lines.append(_command(
            "warning", "presence-audit: not measured",
            f"{cause.text} — {n} check{'s' if n != 1 else ''} not measured: "
            f"{', '.join(cause.checks)}"))
    subject = (report.get("subject") or {}).get("name", "")
    lines.append(_command("notice", f"presence-audit: {subject}", headline(report)))
    return "\n".join(lines) + "\n"
