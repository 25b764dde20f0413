"""search.google-position: Google's own average position for the name, from Search Console."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from presence_audit.checks.base import CheckContext, CheckSpec
from presence_audit.checks.search import google_position
from presence_audit.core.artifacts import Artifact, ArtifactStatus
from presence_audit.core.model import Finding, Outcome, Subject
from presence_audit.sources.search.console import read_export

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "console"
ADA = Subject(name="Ada Example", aliases=("A. Example",))


def run(data: dict[str, Any], subject: Subject = ADA, **options: Any) -> Finding:
    spec = CheckSpec.from_module(google_position)
    artifact = Artifact(name="console", status=ArtifactStatus.OK, source="search-console",
                        data=data)
    ctx = CheckContext(subject=subject, artifacts={"console": artifact},
                       options=spec.resolve_options(options))
    return spec.run(ctx)


def export(*rows: tuple[str, int, int, float]) -> dict[str, Any]:
    return {"queries": [{"query": q, "clicks": c, "impressions": i, "ctr": None,
                         "position": p} for q, c, i, p in rows],
            "period": {"label": "Last 3 months", "start": "2025-01-01", "end": "2025-03-31"},
            "filters": []}


def test_the_real_format_fixture_passes_within_the_top_3() -> None:
    finding = run(read_export(FIXTURES / "en-2025").to_dict())
    assert finding.outcome is Outcome.PASS
    assert '"ada example" at average position 2.4' in finding.message
    assert "Last 3 months, 2025-01-01 – 2025-03-31" in finding.message
    # Every query naming you is evidence, with its figures; others are not.
    texts = [e.text for e in finding.evidence]
    wanted = '"ada example data engineer": 19 impressions, 12 clicks'
    assert any(t.startswith(wanted) for t in texts)
    assert not any("pipeline" in t for t in texts)


@pytest.mark.parametrize(("position", "outcome"), [
    (1.0, Outcome.PASS), (3.0, Outcome.PASS), (3.4, Outcome.WARN), (10.0, Outcome.WARN),
    (10.2, Outcome.FAIL), (34.7, Outcome.FAIL),
])
def test_top_n_passes_page_one_warns_beyond_fails(position: float, outcome: Outcome) -> None:
    assert run(export(("Ada Example", 1, 40, position))).outcome is outcome


def test_top_is_an_option() -> None:
    assert run(export(("ada example", 1, 40, 4.5)), top=5).outcome is Outcome.PASS


def test_an_alias_alone_counts_as_the_name_query() -> None:
    finding = run(export(("a. example", 2, 9, 1.5), ("ada example talk", 0, 3, 8.0)))
    assert finding.outcome is Outcome.PASS


def test_a_name_missing_from_the_export_warns_and_says_why_not_a_rank() -> None:
    finding = run(export(("ada example berlin", 1, 3, 4.0), ("dbt models", 0, 40, 20.0)))
    assert finding.outcome is Outcome.WARN
    assert "withholds queries with very few impressions" in finding.message
    assert finding.data.get("name_query") is None


def test_a_filtered_export_says_so() -> None:
    finding = run(read_export(FIXTURES / "en-2026").to_dict())
    assert finding.outcome is Outcome.WARN
    assert "filtered (Page: +/blog/)" in finding.message


def test_spanish_export_reads_the_same() -> None:
    finding = run(read_export(FIXTURES / "es-2025").to_dict())
    assert finding.outcome is Outcome.FAIL
    assert "11.3" in finding.message and "beyond page 1" in finding.message
