"""profile.consistency: the profiles agree on name, role and photo."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from presence_audit.checks.profile import consistency
from presence_audit.core.artifacts import Artifact, ArtifactStatus
from presence_audit.core.artifacts.linkedin import LinkedInProfile
from presence_audit.core.model import Outcome, Result, Subject
from presence_audit.sources.linkedin.collector import artifact_of

Make = Callable[..., LinkedInProfile]
MakeArtifact = Callable[..., Artifact]
MakePage = Callable[..., dict[str, Any]]
Run = Callable[..., Result]

SPEAKERDECK = "https://speakerdeck.com/adaexample"


def artifacts(linkedin: LinkedInProfile | Artifact, github: Artifact, portfolio: Artifact,
              pages: Artifact) -> dict[str, Artifact]:
    if isinstance(linkedin, LinkedInProfile):
        linkedin = artifact_of([linkedin])
    return {"linkedin": linkedin, "github": github, "portfolio": portfolio,
            "profile_pages": pages}


def speaker_page(make_page: MakePage, **fields: Any) -> dict[str, Any]:
    return {"url": SPEAKERDECK, "label": "speakerdeck.com/adaexample", "error": None,
            "page": make_page(url=SPEAKERDECK, **fields)}


def test_profiles_that_agree_pass(make_linkedin: Make, make_github: MakeArtifact,
                                  make_portfolio: MakeArtifact, make_page: MakePage,
                                  make_profile_pages: MakeArtifact,
                                  run_profile_check: Run) -> None:
    result = run_profile_check(consistency, artifacts(
        make_linkedin("html"), make_github(), make_portfolio(),
        make_profile_pages(speaker_page(make_page, name=None, job_title=None, image=None,
                                        title="Ada Example (@adaexample) on Speaker Deck"))))
    assert result.outcome is Outcome.PASS
    assert result.message == ("Your profiles agree on your name, role and photo (LinkedIn, "
                              "GitHub, Portfolio, speakerdeck.com/adaexample)")
    assert result.evidence[0].text.startswith('LinkedIn: name "Ada Example" · role "Data '
                                              'engineer helping')
    assert result.data["profiles"][3]["name"] == "Ada Example"


def test_a_role_that_does_not_mention_the_profession_warns(
    make_linkedin: Make, make_github: MakeArtifact, make_portfolio: MakeArtifact,
    make_profile_pages: MakeArtifact, run_profile_check: Run
) -> None:
    result = run_profile_check(consistency, artifacts(
        make_linkedin("html"), make_github(bio="Pipelines, dbt and coffee. Lisbon."),
        make_portfolio(), make_profile_pages()))
    assert result.outcome is Outcome.WARN
    assert result.message == ("Your profiles disagree: GitHub's role does not mention data "
                              "engineer")
    assert "same words" in result.fix


def test_a_missing_name_and_a_photo_gap_warn(make_linkedin: Make, make_github: MakeArtifact,
                                             make_portfolio: MakeArtifact,
                                             make_profile_pages: MakeArtifact,
                                             run_profile_check: Run) -> None:
    result = run_profile_check(consistency, artifacts(
        make_linkedin("html", photo_present=False), make_github(name=None),
        make_portfolio(), make_profile_pages()))
    assert result.outcome is Outcome.WARN
    assert result.data["problems"] == ["GitHub shows no name",
                                       "LinkedIn shows no photo while Portfolio does"]


def test_somebody_elses_name_fails(make_linkedin: Make, make_github: MakeArtifact,
                                   make_portfolio: MakeArtifact, make_page: MakePage,
                                   make_profile_pages: MakeArtifact,
                                   run_profile_check: Run) -> None:
    result = run_profile_check(consistency, artifacts(
        make_linkedin("html"), make_github(name="A. Example"),
        make_portfolio(make_page(name="Ada Smith")), make_profile_pages()))
    assert result.outcome is Outcome.FAIL
    assert 'Portfolio shows the name "Ada Smith"' in result.message


def test_without_a_profession_linkedins_job_title_is_the_reference(
    make_linkedin: Make, make_github: MakeArtifact, make_portfolio: MakeArtifact,
    make_page: MakePage, make_profile_pages: MakeArtifact, run_profile_check: Run, ada: Subject
) -> None:
    result = run_profile_check(consistency, artifacts(
        make_linkedin("html", headline="Helping analytics teams"), make_github(),
        make_portfolio(make_page(job_title="Designer")), make_profile_pages()),
        subject=replace(ada, profession=None))
    assert result.data["problems"] == ["Portfolio's role does not mention your LinkedIn job "
                                       "title"]


def test_pages_that_could_not_be_read_are_listed_not_judged(
    make_linkedin: Make, make_github: MakeArtifact, make_portfolio: MakeArtifact,
    make_profile_pages: MakeArtifact, run_profile_check: Run
) -> None:
    failed = {"url": SPEAKERDECK, "label": "speakerdeck.com/adaexample", "page": None,
              "error": {"kind": "timeout", "message": "no answer in 15 s"}}
    result = run_profile_check(consistency, artifacts(
        make_linkedin("html"), make_github(),
        make_portfolio(fetch_error={"kind": "blocked-by-robots", "message": "disallowed"}),
        make_profile_pages(failed)))
    assert result.outcome is Outcome.PASS
    assert result.data["unread"] == {
        "Portfolio": "blocked-by-robots — disallowed",
        "speakerdeck.com/adaexample": "timeout — no answer in 15 s"}


def test_fewer_than_two_profiles_skip(make_linkedin: Make, make_portfolio: MakeArtifact,
                                      make_profile_pages: MakeArtifact,
                                      run_profile_check: Run) -> None:
    unconfigured = Artifact(name="github", status=ArtifactStatus.OK, source="config",
                            data={"configured": False, "login": None})
    result = run_profile_check(consistency, artifacts(
        make_linkedin("html"), unconfigured,
        make_portfolio(fetch_error={"kind": "timeout", "message": "slow"}),
        make_profile_pages()))
    assert result.outcome is Outcome.SKIP
    assert "Portfolio: timeout — slow" in result.message


def test_a_blocked_linkedin_is_an_error(make_blocked: Make, make_github: MakeArtifact,
                                        make_portfolio: MakeArtifact,
                                        make_profile_pages: MakeArtifact,
                                        run_profile_check: Run) -> None:
    result = run_profile_check(consistency, artifacts(
        make_blocked("url"), make_github(), make_portfolio(), make_profile_pages()))
    assert result.outcome is Outcome.ERROR


def test_a_linkedin_name_that_was_not_read_is_unknown_not_missing(
    make_linkedin: Make, make_github: MakeArtifact, make_portfolio: MakeArtifact,
    make_profile_pages: MakeArtifact, run_profile_check: Run
) -> None:
    result = run_profile_check(consistency, artifacts(
        make_linkedin("export", name=None), make_github(), make_portfolio(),
        make_profile_pages()))
    assert result.outcome is Outcome.PASS
    assert "LinkedIn shows no name" not in result.data["problems"]
    assert result.evidence[0].text.startswith("LinkedIn: name unknown ·")


def test_a_source_that_could_not_be_obtained_is_listed_and_the_rest_compared(
    make_linkedin: Make, make_portfolio: MakeArtifact, make_profile_pages: MakeArtifact,
    run_profile_check: Run
) -> None:
    # A rate-limited GitHub must not hide what LinkedIn and the portfolio say.
    limited = Artifact.failed("github", "github-api", "rate-limited — resets at 10:00 UTC")
    result = run_profile_check(consistency, artifacts(
        make_linkedin("html"), limited, make_portfolio(), make_profile_pages()))
    assert result.outcome is Outcome.PASS
    assert [p["label"] for p in result.data["profiles"]] == ["LinkedIn", "Portfolio"]
    assert result.data["unread"] == {"GitHub": "rate-limited — resets at 10:00 UTC"}


def test_sources_that_are_not_configured_are_left_out(
    make_linkedin: Make, make_github: MakeArtifact, run_profile_check: Run
) -> None:
    no_portfolio = Artifact.skipped("portfolio", "config", "portfolio.url is not set")
    result = run_profile_check(consistency, {
        "linkedin": artifacts(make_linkedin("html"), make_github(), no_portfolio,
                              no_portfolio)["linkedin"],
        "github": make_github(), "portfolio": no_portfolio})
    assert result.outcome is Outcome.PASS
    assert [p["label"] for p in result.data["profiles"]] == ["LinkedIn", "GitHub"]
    assert result.data["unread"] == {}
