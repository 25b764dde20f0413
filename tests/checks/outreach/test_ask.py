"""outreach.ask: an invitation to talk, or a clear reason to connect."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest

from presence_audit.checks.outreach import ask
from presence_audit.core.artifacts import NOTE_ARTIFACT, Artifact
from presence_audit.core.model import Finding, Outcome, Result
from presence_audit.sources.note import NO_NOTE

Lint = Callable[..., Finding]
LintArtifact = Callable[[ModuleType, Artifact], Result]
LEAD = "Hi Jordan, we overlapped at Acme. I'm a data engineer. "


@pytest.mark.parametrize(
    ("ask_text", "found"),
    [
        ("Would you be up for a 20-minute call?", "call"),
        ("Could we grab a coffee next week?", "coffee"),
        ("Open to a quick video chat?", "video chat"),
        ("Would love to catch up sometime.", "catch up"),
        ("Podemos tomar um café?", "café"),
        ("Hätten Sie Zeit für ein kurzes Telefonat?", "Telefonat"),
    ],
)
def test_passes_with_an_invitation_to_talk(lint: Lint, ask_text: str, found: str) -> None:
    finding = lint(ask, LEAD + ask_text + " Thanks, Ada")
    assert finding.outcome is Outcome.PASS
    assert finding.message == f'Invites a conversation: "{found}"'
    assert finding.evidence[0].text == f'"{ask_text}"'


def test_passes_with_a_reason_to_connect(lint: Lint) -> None:
    finding = lint(ask, LEAD + "I'd love to hear how you moved into ML platforms. Thanks, Ada")
    assert finding.outcome is Outcome.PASS
    assert finding.message == 'Gives a reason to connect: "I\'d love to hear"'
    assert finding.data == {"conversation": [], "reasons": ["I'd love to hear"]}


def test_talk_as_a_noun_is_not_an_invitation(lint: Lint) -> None:
    finding = lint(ask, "Hi Jordan, I enjoyed your talk. I'm a data engineer. Thanks, Ada")
    assert finding.outcome is Outcome.FAIL


def test_fails_with_neither(lint: Lint) -> None:
    finding = lint(ask, LEAD + "Thanks, Ada")
    assert finding.outcome is Outcome.FAIL
    assert finding.message == "No invitation to talk and no reason to connect"
    assert "20-minute call" in finding.fix


def test_a_missing_note_skips(lint_artifact: LintArtifact) -> None:
    result = lint_artifact(ask, Artifact.skipped(NOTE_ARTIFACT, "config", NO_NOTE))
    assert result.outcome is Outcome.SKIP
