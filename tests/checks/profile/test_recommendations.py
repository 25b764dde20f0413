"""profile.recommendations: visible recommendations received, against a minimum."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from presence_audit.checks.profile import recommendations
from presence_audit.core.artifacts.linkedin import LinkedInProfile
from presence_audit.core.model import Outcome, Result
from presence_audit.sources.linkedin.collector import artifact_of

Make = Callable[..., LinkedInProfile]
Run = Callable[..., Result]


def test_enough_recommendations_pass(make_linkedin: Make, run_profile_check: Run) -> None:
    result = run_profile_check(recommendations, make_linkedin(recommendations=4))
    assert result.outcome is Outcome.PASS
    assert result.message == "4 visible recommendations on your profile"
    assert result.data == {"count": 4, "hidden": 0, "minimum": 3, "source": "export"}


def test_fewer_than_the_minimum_warn_and_name_a_past_colleague(
    make_linkedin: Make, run_profile_check: Run
) -> None:
    result = run_profile_check(recommendations, make_linkedin(recommendations=1,
                                                              recommendations_hidden=1))
    assert result.outcome is Outcome.WARN
    assert result.message == ("1 visible recommendation, fewer than 3 (1 hidden one not "
                              "counted)")
    assert result.score == 1 / 3
    assert result.fix.startswith("Ask someone you worked closely with at Brightside Retail "
                                 "while you were Data Analyst")
    assert "You also have 1 hidden" in result.fix
    assert [e.text for e in result.evidence[1:]] == [
        "You worked at Brightside Retail as Data Analyst",
        "You worked at Acme Analytics as Data Engineer"]


def test_none_fails(make_linkedin: Make, run_profile_check: Run) -> None:
    result = run_profile_check(recommendations, make_linkedin("html", recommendations=0,
                                                              positions=[]))
    assert result.outcome is Outcome.FAIL
    assert result.message == "No visible recommendations on your profile"
    assert result.fix.startswith("Ask a former manager, teammate or client")


def test_the_minimum_is_an_option(make_linkedin: Make, run_profile_check: Run) -> None:
    result = run_profile_check(recommendations, make_linkedin(recommendations=1), minimum=1)
    assert result.outcome is Outcome.PASS


def test_an_unknown_count_is_an_error(make_linkedin: Make, make_blocked: Make,
                                      run_profile_check: Run) -> None:
    partly = run_profile_check(recommendations, [make_linkedin("html", recommendations=None),
                                                 make_blocked("url")])
    assert partly.outcome is Outcome.ERROR
    assert "the saved page did not show it" in partly.message
    assert any(e.text.startswith("live page: blocked") for e in partly.evidence)
    assert run_profile_check(recommendations, make_blocked("url")).outcome is Outcome.ERROR


def test_a_count_of_the_wrong_type_in_a_saved_artifact_is_unknown(
    make_linkedin: Make, run_profile_check: Run
) -> None:
    artifact = artifact_of([make_linkedin("html")])
    artifact.data["recommendations"] = "3"
    result = run_profile_check(recommendations, {"linkedin": artifact})
    assert result.outcome is Outcome.ERROR
    assert result.message.startswith("Could not read your LinkedIn recommendations")


def test_a_basic_archive_without_the_file_skips_and_never_fails(run_profile_check: Run) -> None:
    from presence_audit.sources.linkedin.export import read_export

    basic = Path(__file__).resolve().parents[2] / "fixtures" / "linkedin" / "network" / "basic"
    result = run_profile_check(recommendations, read_export(basic))
    assert result.outcome is not Outcome.FAIL
    assert result.outcome is Outcome.SKIP
    assert result.message.startswith("Your LinkedIn recommendations are unknown: your data "
                                     "export (a Basic archive) has no "
                                     "Recommendations_Received.csv")
    assert "Complete archive" in result.message


def test_a_saved_page_fills_in_what_the_basic_archive_lacks(
    make_linkedin: Make, run_profile_check: Run
) -> None:
    from presence_audit.sources.linkedin.export import read_export

    basic = Path(__file__).resolve().parents[2] / "fixtures" / "linkedin" / "network" / "basic"
    page = make_linkedin(source="html", recommendations=2)
    result = run_profile_check(recommendations, [read_export(basic), page])
    assert result.outcome is Outcome.WARN
    assert result.data["count"] == 2 and result.data["source"] == "html"
