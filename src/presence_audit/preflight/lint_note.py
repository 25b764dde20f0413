"""Linting one connection note: the outreach checks on a ``note`` artifact, as a report.

The report is the same as ``run``'s — same model, renderers, scoring and exit codes — so
``presence-audit note`` can gate a script exactly as ``run`` does. It works without a config
file: the note carries its own limit and sender name.
"""

from __future__ import annotations

from presence_audit.checks.base import CheckSpec
from presence_audit.checks.registry import Registry
from presence_audit.config.plain import PlainSettings
from presence_audit.core.artifacts import NOTE_ARTIFACT, Artifact
from presence_audit.runner import RunOutcome, RunRequest, RunSettings, run

UNNAMED_SUBJECT = "Connection note"
"""The report's subject when neither a config nor ``--name`` says whose note it is."""


def standalone_config(sender_name: str | None) -> PlainSettings:
    """The defaults, for linting a note when there is no config file."""
    return PlainSettings.defaults(sender_name or UNNAMED_SUBJECT)


def lint_note(
    loaded: RunSettings, registry: Registry, note: Artifact, *, generated_at: str | None = None,
) -> RunOutcome:
    """Run the enabled outreach checks on ``note`` (a ``note`` artifact)."""
    request = RunRequest(select=["outreach"], generated_at=generated_at,
                         artifacts={NOTE_ARTIFACT: note})
    return run(loaded, registry, request, collectors={})


def outreach_specs(registry: Registry) -> list[CheckSpec]:
    return [spec for spec in registry if spec.category == "outreach"]
