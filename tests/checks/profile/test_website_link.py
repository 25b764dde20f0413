"""profile.website-link: LinkedIn's websites include the portfolio."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from presence_audit.checks.profile import website_link
from presence_audit.core.artifacts.linkedin import LinkedInProfile
from presence_audit.core.model import Outcome, Result, Subject

Make = Callable[..., LinkedInProfile]
Run = Callable[..., Result]


@pytest.mark.parametrize("site", ["https://adaexample.dev", "adaexample.dev/projects",
                                  "https://blog.adaexample.dev/"])
def test_a_link_to_the_portfolio_site_passes(make_linkedin: Make, run_profile_check: Run,
                                             site: str) -> None:
    result = run_profile_check(website_link, make_linkedin(websites=["https://acme.example",
                                                                     site]))
    assert result.outcome is Outcome.PASS
    assert result.data["linked"] == site


def test_mentioned_only_in_the_about_text_warns(make_linkedin: Make,
                                                run_profile_check: Run) -> None:
    result = run_profile_check(website_link, make_linkedin(
        websites=[], absent={"websites"}, summary="My work: www.adaexample.dev."))
    assert result.outcome is Outcome.WARN
    assert "mentioned in your About section" in result.message


def test_no_link_fails(make_linkedin: Make, run_profile_check: Run) -> None:
    result = run_profile_check(website_link, make_linkedin(
        websites=["https://notadaexample.dev"], summary="See notadaexample.dev"))
    assert result.outcome is Outcome.FAIL
    assert result.message == ("Your LinkedIn profile does not link to adaexample.dev "
                              "(websites: https://notadaexample.dev)")
    assert "https://adaexample.dev" in result.fix


def test_skips_without_a_portfolio(make_linkedin: Make, run_profile_check: Run,
                                   ada: Subject) -> None:
    result = run_profile_check(website_link, make_linkedin(),
                               subject=replace(ada, portfolio_url=None))
    assert result.outcome is Outcome.SKIP


def test_unknown_websites_are_an_error(make_linkedin: Make, make_blocked: Make,
                                       run_profile_check: Run) -> None:
    assert run_profile_check(website_link, make_linkedin("html", websites=[])).outcome \
        is Outcome.ERROR
    assert run_profile_check(website_link, make_blocked("url")).outcome is Outcome.ERROR
