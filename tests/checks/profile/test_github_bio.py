"""profile.github-bio: name, bio and a link to the portfolio on GitHub."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from presence_audit.checks.profile import github_bio
from presence_audit.core.artifacts import Artifact, ArtifactStatus
from presence_audit.core.model import Outcome, Result, Subject

MakeGithub = Callable[..., Artifact]
Run = Callable[..., Result]


def test_a_complete_profile_passes(make_github: MakeGithub, run_profile_check: Run) -> None:
    result = run_profile_check(github_bio, {"github": make_github()})
    assert result.outcome is Outcome.PASS
    assert result.message == ("Your GitHub profile has your name, a bio and a link to "
                              "adaexample.dev")
    assert [e.text for e in result.evidence] == [
        "Name: Ada Example", "Bio: Data engineer: dbt, Airflow and data quality.",
        "Website: https://adaexample.dev"]


def test_a_missing_link_warns(make_github: MakeGithub, run_profile_check: Run) -> None:
    result = run_profile_check(github_bio, {"github": make_github(blog="")})
    assert result.outcome is Outcome.WARN
    assert result.message == ("Your GitHub profile does not link to adaexample.dev "
                              "(Website: none)")
    assert result.fix.endswith("Put https://adaexample.dev in URL.")


def test_somebody_elses_name_warns(make_github: MakeGithub, run_profile_check: Run) -> None:
    result = run_profile_check(github_bio, {"github": make_github(name="adaex")})
    assert result.outcome is Outcome.WARN
    assert 'shows the name "adaex", not yours' in result.message


def test_an_anonymous_profile_fails(make_github: MakeGithub, run_profile_check: Run) -> None:
    result = run_profile_check(github_bio, {"github": make_github(name=None, bio=None,
                                                                  blog=None)})
    assert result.outcome is Outcome.FAIL
    assert result.message == ("Your GitHub profile has no name, has no bio and does not link "
                              "to adaexample.dev (Website: none)")


def test_without_a_portfolio_any_website_counts(make_github: MakeGithub,
                                                run_profile_check: Run, ada: Subject) -> None:
    subject = replace(ada, portfolio_url=None)
    assert run_profile_check(github_bio, {"github": make_github(blog="ada.example.org")},
                             subject=subject).outcome is Outcome.PASS
    assert run_profile_check(github_bio, {"github": make_github(blog=None)},
                             subject=subject).outcome is Outcome.WARN


def test_skips_without_a_login(run_profile_check: Run) -> None:
    artifact = Artifact(name="github", status=ArtifactStatus.OK, source="config",
                        data={"configured": False, "login": None})
    assert run_profile_check(github_bio, {"github": artifact}).outcome is Outcome.SKIP


def test_a_rate_limited_api_is_an_error(run_profile_check: Run) -> None:
    artifact = Artifact(name="github", status=ArtifactStatus.ERROR, source="github-api",
                        detail="GitHub's API rate limit is used up until 10:00 UTC",
                        data={"login": "ada-example", "error": {"kind": "rate-limited"}})
    result = run_profile_check(github_bio, {"github": artifact})
    assert result.outcome is Outcome.ERROR
    assert "rate limit" in result.message
