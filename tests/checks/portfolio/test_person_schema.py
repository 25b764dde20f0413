"""portfolio.person-schema: a JSON-LD Person that names you and lists your profiles."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from presence_audit.checks.portfolio import person_schema
from presence_audit.core.model import Finding, JSONDict, Outcome, Subject

Run = Callable[..., Finding]
Data = Callable[..., JSONDict]
Page = Callable[..., str]


def with_person(page: Page, node: str) -> str:
    return page(head=f'<script type="application/ld+json">{node}</script>')


def test_passes_with_name_and_every_profile(check_portfolio: Run, portfolio: Data) -> None:
    finding = check_portfolio(person_schema, portfolio())
    assert finding.outcome is Outcome.PASS
    assert finding.message == ('The schema.org Person "Ada Example" names you and lists all 3 '
                               "profiles in sameAs")
    assert finding.evidence[1].text == ('Name matched "Ada Example" (exact match of '
                                        '"Ada Example")')
    assert finding.data["listed"]["github"] == "https://github.com/ada-example"
    assert [e.text for e in finding.evidence[2:]] == [
        "sameAs lists linkedin: https://www.linkedin.com/in/ada-example/",
        "sameAs lists github: https://github.com/ada-example",
        "sameAs lists speakerdeck.com/adaexample",
    ]


def test_warns_when_same_as_misses_a_profile(check_portfolio: Run, portfolio: Data,
                                             page: Page) -> None:
    node = ('{"@context": "https://schema.org", "@graph": [{"@type": "WebSite"}, '
            '{"@type": "Person", "name": "Ada M. Example", "sameAs": '
            '["https://uk.linkedin.com/in/Ada-Example", "https://speakerdeck.com/adaexample/"]}]}')
    finding = check_portfolio(person_schema, portfolio(with_person(page, node)))
    assert finding.outcome is Outcome.WARN
    assert finding.message == ('The Person "Ada M. Example" lists 2 of 3 profiles in sameAs; '
                               "missing: github")
    assert finding.score is not None and 0.5 < finding.score < 1
    assert '"https://github.com/ada-example"' in finding.fix


def test_fails_without_a_person(check_portfolio: Run, portfolio: Data, page: Page) -> None:
    finding = check_portfolio(person_schema, portfolio(page(head="<title>Ada</title>")))
    assert finding.outcome is Outcome.FAIL
    assert finding.message == "https://adaexample.dev/ has no schema.org Person in JSON-LD"
    assert '"@type": "Person"' in finding.fix


def test_fails_naming_broken_json_ld(check_portfolio: Run, portfolio: Data, page: Page) -> None:
    finding = check_portfolio(person_schema, portfolio(
        with_person(page, '{"@type": "Person", "name": "Ada Example",}')))
    assert finding.outcome is Outcome.FAIL
    assert finding.message.endswith("; 1 JSON-LD block(s) are not valid JSON")
    assert finding.evidence[0].text.startswith("block 1: invalid JSON at line 1")


def test_fails_when_the_person_is_someone_else(check_portfolio: Run, portfolio: Data,
                                                page: Page) -> None:
    finding = check_portfolio(person_schema, portfolio(
        with_person(page, '{"@type": "Person", "name": "Theme Author"}')))
    assert finding.outcome is Outcome.FAIL
    assert finding.message == ('The schema.org Person is named "Theme Author", which does not '
                               "match you")


def test_passes_on_name_alone_without_configured_profiles(
    check_portfolio: Run, portfolio: Data, ada: Subject
) -> None:
    subject = replace(ada, linkedin_url=None, github_login=None, other_profiles=())
    finding = check_portfolio(person_schema, portfolio(), subject=subject)
    assert finding.outcome is Outcome.PASS
    assert finding.message.endswith("(no profiles configured to look for in sameAs)")


def test_error_when_the_page_was_not_fetched(check_portfolio: Run, blocked: JSONDict) -> None:
    assert check_portfolio(person_schema, blocked).outcome is Outcome.ERROR
