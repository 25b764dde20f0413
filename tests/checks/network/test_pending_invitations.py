"""network.pending-invitations: requests unanswered for three weeks or more."""

from __future__ import annotations

from collections.abc import Callable

from network_builders import connections, facts, sent
from presence_audit.checks.network import pending_invitations
from presence_audit.core.model import Outcome, Result

Run = Callable[..., Result]


def test_a_few_pending_pass_and_recent_ones_do_not_count_yet(run_network: Run) -> None:
    result = run_network(pending_invitations, facts(
        connections=connections((5, None)),
        invitations=sent((5, True, True), (20, False, False), (21, False, False),
                         (301, False, False))))
    assert result.outcome is Outcome.PASS
    assert result.message == ("2 requests you sent are unanswered after 21 days or more "
                              "(the oldest for 301 days)")
    assert result.data == {"sent": 4, "pending": 2, "oldest_days": 301, "pending_days": 21,
                           "as_of": "2026-11-12"}


def test_many_pending_warn_and_very_many_fail(run_network: Run) -> None:
    many = sent(*[(30 + d, False, False) for d in range(25)])
    warned = run_network(pending_invitations, facts(connections=[], invitations=many))
    assert warned.outcome is Outcome.WARN
    assert warned.fix.startswith("Withdraw the requests you no longer expect an answer to")
    failed = run_network(pending_invitations, facts(connections=[], invitations=many),
                         fail_above=24)
    assert failed.outcome is Outcome.FAIL


def test_none_pending_says_so(run_network: Run) -> None:
    result = run_network(pending_invitations, facts(
        connections=[], invitations=sent((40, True, True))))
    assert result.outcome is Outcome.PASS
    assert result.message == "No request you sent is unanswered after 21 days"


def test_skips_without_connections_to_compare_with(run_network: Run) -> None:
    result = run_network(pending_invitations, facts(
        invitations=sent((40, True, None)), missing=["Connections.csv"]))
    assert result.outcome is Outcome.SKIP
    assert "has no Connections.csv" in result.message


def test_requests_matched_by_name_say_the_match_is_weaker(run_network: Run) -> None:
    result = run_network(pending_invitations, facts(
        connections=[], invitations=sent((40, False, False)), invitation_match="names"))
    assert "matched by name" in result.evidence[0].text
