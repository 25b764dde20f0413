"""Network facts built in tests, days counted back from ``AS_OF``, and a check run on them."""

from __future__ import annotations

from datetime import date, timedelta
from types import ModuleType
from typing import Any

from presence_audit.checks.base import CheckSpec
from presence_audit.core.artifacts import NETWORK_ARTIFACT, Artifact, ArtifactStatus
from presence_audit.core.artifacts.network import (
    ConnectionFact,
    ConversationFact,
    InvitationFact,
    NetworkFacts,
)
from presence_audit.core.model import Result, Subject
from presence_audit.runner import PlannedCheck, run_check

AS_OF = date(2026, 11, 12)
ADA = Subject(name="Ada Example")


def ago(days: int | None) -> date | None:
    return None if days is None else AS_OF - timedelta(days=days)


def connections(*talked: tuple[int, str | None]) -> list[ConnectionFact]:
    """``(days ago, talked)`` per connection."""
    return [ConnectionFact(ago(days), kind) for days, kind in talked]


def sent(*requests: tuple[int, bool, bool | None]) -> list[InvitationFact]:
    """``(days ago, with a note, accepted)`` per request you sent."""
    return [InvitationFact("OUTGOING", ago(days), note, accepted)
            for days, note, accepted in requests]


def conversations(*threads: tuple[int, str, bool | None]) -> list[ConversationFact]:
    """``(days since the last message, kind, awaiting your reply)`` per conversation."""
    return [ConversationFact(kind, ago(days), awaiting) for days, kind, awaiting in threads]


def facts(**fields: Any) -> NetworkFacts:
    fields.setdefault("as_of", AS_OF)
    fields.setdefault("archive", "complete")
    return NetworkFacts(**fields)


def run_network_check(module: ModuleType, network: NetworkFacts | Artifact,
                      **options: Any) -> Result:
    """The check as the runner runs it (a skipped or failed artifact shows as such)."""
    spec = CheckSpec.from_module(module)
    artifact = network if isinstance(network, Artifact) else Artifact(
        name=NETWORK_ARTIFACT, status=ArtifactStatus.OK, source="export",
        data=network.to_dict())
    planned = PlannedCheck(spec=spec, options=spec.resolve_options(options),
                           severity=spec.severity, weight=spec.weight)
    return run_check(planned, {NETWORK_ARTIFACT: artifact}, ADA)

