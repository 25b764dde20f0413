"""network.follow-through: recent connections that became two-way conversations."""

from __future__ import annotations

from collections.abc import Callable

from network_builders import connections, conversations, facts
from presence_audit.checks.network import follow_through
from presence_audit.core.model import Outcome, Result

Run = Callable[..., Result]


def test_half_in_a_two_way_conversation_passes(run_network: Run) -> None:
    result = run_network(follow_through, facts(
        connections=connections((3, "two-way"), (10, "two-way"), (20, "you"), (30, "none")),
        conversations=[]))
    assert result.outcome is Outcome.PASS
    assert result.message == ("2 of 4 connections made in the 90 days before 12 Nov 2026 "
                              "became a two-way conversation (50%)")
    assert result.data["only_you"] == 1 and result.data["none"] == 1


def test_few_warn_and_none_fail_naming_how_many_to_write_to(run_network: Run) -> None:
    three_of_ten = connections(*[(d, "two-way") for d in (1, 2, 3)],
                               *[(d, "none") for d in range(4, 11)])
    warned = run_network(follow_through, facts(connections=three_of_ten, conversations=[]))
    assert warned.outcome is Outcome.WARN
    assert warned.message.endswith("became a two-way conversation (30%)")
    assert warned.fix.startswith("Write to the 7 who have not had a conversation with you yet")
    assert "call, a video chat or a coffee" in warned.fix
    failed = run_network(follow_through, facts(
        connections=connections((1, "them"), (2, "you"), (3, "none"), (4, "none"), (5, "none")),
        conversations=[]))
    assert failed.outcome is Outcome.FAIL


def test_old_connections_and_hidden_dates_are_outside_the_window(run_network: Run) -> None:
    result = run_network(follow_through, facts(
        connections=connections((5, "two-way"), (91, "none"), (None, "none")),
        conversations=[]))
    assert (result.data["recent"], result.data["two_way"]) == (1, 1)


def test_a_match_by_name_is_said_to_be_weaker(run_network: Run) -> None:
    result = run_network(follow_through, facts(
        connections=connections((5, "two-way")), conversations=[], match="names"))
    assert "matched by name" in result.evidence[0].text


def test_skips_without_messages_or_new_connections(run_network: Run) -> None:
    basic = run_network(follow_through, facts(
        archive="basic", connections=connections((5, None)), missing=["messages.csv"]))
    assert basic.outcome is Outcome.SKIP
    assert "has no messages.csv" in basic.message
    assert "Complete archive" in basic.message
    quiet = run_network(follow_through, facts(connections=connections((300, "none")),
                                              conversations=conversations()))
    assert quiet.outcome is Outcome.SKIP
    assert quiet.message == "You made no new connection in the 90 days before 12 Nov 2026"
