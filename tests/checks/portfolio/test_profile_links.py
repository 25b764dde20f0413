"""portfolio.profile-links: a link (or rel=me) to each configured profile."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from presence_audit.checks.portfolio import profile_links
from presence_audit.core.model import Finding, JSONDict, Outcome, Subject

Run = Callable[..., Finding]
Data = Callable[..., JSONDict]
Page = Callable[..., str]


def test_passes_when_every_profile_is_linked(check_portfolio: Run, portfolio: Data) -> None:
    finding = check_portfolio(profile_links, portfolio())
    assert finding.outcome is Outcome.PASS
    assert finding.message == "The page links all 3 profiles (1 with rel=me)"
    assert [e.text for e in finding.evidence] == [
        "Links linkedin: https://www.linkedin.com/in/ada-example/",
        "Links github: https://github.com/ada-example (rel=me)",
        "Links speakerdeck.com/adaexample: https://speakerdeck.com/adaexample",
    ]


def test_sub_pages_and_link_rel_me_count(check_portfolio: Run, portfolio: Data, page: Page
                                         ) -> None:
    head = '<link rel="me" href="https://github.com/ada-example">'
    body = ('<a href="https://uk.linkedin.com/in/ada-example">in</a>'
            '<a href="https://speakerdeck.com/adaexample/streaming-at-scale">A talk</a>')
    finding = check_portfolio(profile_links, portfolio(page(head=head, body=body)))
    assert finding.outcome is Outcome.PASS
    assert finding.data["profiles"]["github"] == {"url": "https://github.com/ada-example",
                                                  "rel_me": True}


def test_warns_when_some_are_missing(check_portfolio: Run, portfolio: Data, page: Page) -> None:
    body = ('<a href="https://www.linkedin.com/in/ada-example/">LinkedIn</a>'
            '<a href="https://github.com/ada-example-2">Not me</a>')
    finding = check_portfolio(profile_links, portfolio(page(body=body)))
    assert finding.outcome is Outcome.WARN
    assert finding.message == ("The page links 1 of 3 profiles; missing: github, "
                               "speakerdeck.com/adaexample")
    assert finding.score == 1 / 3
    assert '<a href="https://github.com/ada-example" rel="me">' in finding.fix
    assert "https://speakerdeck.com/adaexample" in finding.fix


def test_fails_when_none_is_linked(check_portfolio: Run, portfolio: Data, page: Page) -> None:
    finding = check_portfolio(profile_links, portfolio(page(body="<p>Hi</p>")))
    assert finding.outcome is Outcome.FAIL
    assert finding.message.startswith("The page links none of your 3 profiles")
    assert finding.data["linked"] == 0


def test_skips_without_configured_profiles(check_portfolio: Run, portfolio: Data,
                                           ada: Subject) -> None:
    subject = replace(ada, linkedin_url=None, github_login=None, other_profiles=())
    finding = check_portfolio(profile_links, portfolio(), subject=subject)
    assert finding.outcome is Outcome.SKIP


def test_error_when_the_page_was_not_fetched(check_portfolio: Run, blocked: JSONDict) -> None:
    assert check_portfolio(profile_links, blocked).outcome is Outcome.ERROR
