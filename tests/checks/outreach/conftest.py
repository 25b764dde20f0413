"""Running an outreach check on a note given as text."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

import pytest

from presence_audit.checks.base import CheckContext, CheckSpec
from presence_audit.core.artifacts import Artifact
from presence_audit.core.model import Finding, Result, Subject
from presence_audit.runner import PlannedCheck, run_check
from presence_audit.sources.note import note_artifact

ADA = Subject(name="Ada Example")


def run_on_note(
    module: ModuleType, text: str, *, sender: str | None = "Ada Example", limit: int = 300,
    shared: Sequence[str] = (), phrases: dict[str, list[str]] | None = None, **options: Any,
) -> Finding:
    spec = CheckSpec.from_module(module)
    artifact = note_artifact(text, source="argument", origin="argument", limit=limit,
                             sender_name=sender, shared_context=shared, phrases=phrases)
    ctx = CheckContext(subject=ADA, artifacts={"note": artifact},
                       options=spec.resolve_options(options))
    return spec.run(ctx)


@pytest.fixture
def lint() -> Callable[..., Finding]:
    """``lint(module, text, sender=…, limit=…, shared=…, **options)`` → the check's finding."""
    return run_on_note


def run_with_artifact(module: ModuleType, artifact: Artifact) -> Result:
    """The check as the runner runs it, so a skipped or failed note shows as skip or error."""
    spec = CheckSpec.from_module(module)
    planned = PlannedCheck(spec=spec, options=spec.resolve_options({}),
                           severity=spec.severity, weight=spec.weight)
    return run_check(planned, {"note": artifact}, ADA)


@pytest.fixture
def lint_artifact() -> Callable[[ModuleType, Artifact], Result]:
    """``lint_artifact(module, artifact)`` → the stamped result, through the runner."""
    return run_with_artifact
