"""network.reciprocity: two-way against one-sided conversations, and replies you owe."""

from __future__ import annotations

from collections.abc import Callable

from network_builders import conversations, facts
from presence_audit.checks.network import reciprocity
from presence_audit.core.model import Outcome, Result

Run = Callable[..., Result]


def test_mostly_two_way_with_nobody_waiting_passes(run_network: Run) -> None:
    result = run_network(reciprocity, facts(conversations=conversations(
        (1, "two-way", False), (5, "two-way", True), (9, "you", None), (30, "them", False))))
    assert result.outcome is Outcome.PASS
    assert result.message == ("2 of 3 conversations you wrote in over the 90 days before "
                              "12 Nov 2026 are two-way (67%)")
    assert result.data["only_them"] == 1 and result.data["unanswered"] == 0


def test_a_connection_left_unanswered_turns_a_pass_into_a_warning(run_network: Run) -> None:
    threads = conversations((1, "two-way", False), (2, "them", True))
    result = run_network(reciprocity, facts(conversations=threads))
    assert result.outcome is Outcome.WARN
    assert result.message.endswith("1 connection who wrote to you has no answer yet")
    assert result.fix.startswith("Answer the 1 connection waiting for you")
    assert run_network(reciprocity, facts(conversations=threads),
                       max_unanswered=1).outcome is Outcome.PASS


def test_one_sided_outreach_warns_then_fails(run_network: Run) -> None:
    third = conversations((1, "two-way", False), (2, "you", None), (3, "you", None))
    assert run_network(reciprocity, facts(conversations=third)).outcome is Outcome.WARN
    fifth = conversations((1, "two-way", False), *[(d, "you", None) for d in range(2, 6)])
    failed = run_network(reciprocity, facts(conversations=fifth))
    assert failed.outcome is Outcome.FAIL
    assert "propose a time to talk" in failed.fix


def test_only_recent_conversations_count(run_network: Run) -> None:
    result = run_network(reciprocity, facts(conversations=conversations(
        (10, "two-way", False), (120, "you", None), (400, "you", None))))
    assert result.outcome is Outcome.PASS
    assert (result.data["two_way"], result.data["only_you"]) == (1, 0)


def test_skips_without_messages_or_recent_conversations(run_network: Run) -> None:
    assert run_network(reciprocity, facts(
        missing=["messages.csv"])).outcome is Outcome.SKIP
    stale = run_network(reciprocity, facts(conversations=conversations((200, "two-way", False))))
    assert stale.outcome is Outcome.SKIP
