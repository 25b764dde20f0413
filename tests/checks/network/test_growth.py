"""network.growth: connections per year, for the picture — never a judgement."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from network_builders import connections, facts
from presence_audit.checks.network import growth
from presence_audit.core.artifacts.network import ConnectionFact
from presence_audit.core.model import Outcome, Result

Run = Callable[..., Result]


def test_counts_per_year_with_empty_years_shown(run_network: Run) -> None:
    network = facts(connections=[
        ConnectionFact(date(2022, 3, 1), "two-way"), ConnectionFact(date(2024, 6, 1), "none"),
        ConnectionFact(date(2026, 11, 1), "two-way"), ConnectionFact(date(2026, 10, 1), "none"),
        ConnectionFact(None, None, hidden=True)], conversations=[])
    result = run_network(growth, network)
    assert result.outcome is Outcome.INFO
    assert result.data["per_year"] == {"2022": 1, "2023": 0, "2024": 1, "2025": 0, "2026": 2}
    assert result.data["undated"] == 1 and result.data["hidden"] == 1
    assert result.message == ("5 connections since 2022; 2 in the 90 days before "
                              "12 Nov 2026, 1 of them in a two-way conversation")
    assert [e.text for e in result.evidence][:2] == ["2026: 2", "2025: 0"]


def test_without_messages_the_recent_two_way_count_is_unknown(run_network: Run) -> None:
    result = run_network(growth, facts(connections=connections((5, None))))
    assert result.data["recent_two_way"] is None
    assert "two-way" not in result.message


def test_skips_without_connections(run_network: Run) -> None:
    assert run_network(growth, facts(missing=["Connections.csv"])).outcome is Outcome.SKIP
