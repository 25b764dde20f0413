"""network.personal-notes: the share of requests sent with a note, free accounts' allowance."""

from __future__ import annotations

from collections.abc import Callable

from network_builders import facts, sent
from presence_audit.checks.network import personal_notes
from presence_audit.core.model import Outcome, Result

Run = Callable[..., Result]


def test_a_note_on_nearly_every_request_passes(run_network: Run) -> None:
    result = run_network(personal_notes, facts(invitations=sent(
        *[(d, True, True) for d in range(1, 10)], (12, False, True))))
    assert result.outcome is Outcome.PASS
    assert result.message == ("9 of 10 requests you sent in the 90 days before 12 Nov 2026 "
                              "had a note (90%)")
    assert result.data["sent"] == 10 and result.data["with_note"] == 9


def test_half_warns_and_fewer_fail_with_the_fix(run_network: Run) -> None:
    half = run_network(personal_notes, facts(invitations=sent(
        (1, True, None), (2, False, None), (3, True, None), (4, False, None))))
    assert half.outcome is Outcome.WARN
    assert half.score == 0.5
    few = run_network(personal_notes, facts(invitations=sent(
        (1, True, None), (2, False, None), (3, False, None))))
    assert few.outcome is Outcome.FAIL
    assert few.message.endswith("had a note (33%)")
    assert few.fix.startswith("Write a note for every request")


def test_only_the_window_counts_and_received_requests_do_not(run_network: Run) -> None:
    invitations = sent((5, True, True), (90, False, True), (400, False, False))
    from presence_audit.core.artifacts.network import InvitationFact
    invitations.append(InvitationFact("INCOMING", facts().as_of, False, True))
    result = run_network(personal_notes, facts(invitations=invitations))
    assert (result.data["sent"], result.data["with_note"]) == (1, 1)  # 90 days ago is out
    wider = run_network(personal_notes, facts(invitations=invitations), window_days=91)
    assert (wider.data["sent"], wider.data["with_note"]) == (2, 1)


def test_a_free_account_is_judged_against_its_monthly_allowance(run_network: Run) -> None:
    many = sent(*[(d, d <= 15, None) for d in range(1, 41)])  # 40 requests, 15 notes
    premium = run_network(personal_notes, facts(invitations=many, account="premium"))
    assert premium.outcome is Outcome.FAIL  # 15 of 40
    free = run_network(personal_notes, facts(invitations=many, account="free"))
    assert free.outcome is Outcome.PASS  # 5 a month: 15 notes is all 90 days allow
    assert free.message.endswith("(100% of the 15 a free account allows)")
    assert free.data["free_allowance"] == 15
    stingy = run_network(personal_notes, facts(invitations=many, account="free"),
                         free_notes_per_month=10)
    assert stingy.outcome is Outcome.WARN and stingy.data["free_allowance"] == 30


def test_skips_without_invitations_or_without_requests(run_network: Run) -> None:
    basic = run_network(personal_notes, facts(archive="basic", missing=["Invitations.csv"]))
    assert basic.outcome is Outcome.SKIP
    assert basic.message.startswith("Your data export (a Basic archive) has no "
                                    "Invitations.csv")
    none = run_network(personal_notes, facts(invitations=sent((200, True, True))))
    assert none.outcome is Outcome.SKIP
    assert none.message == "You sent no connection request in the 90 days before 12 Nov 2026"
