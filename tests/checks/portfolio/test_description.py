"""portfolio.description: a meta description of 50–160 characters."""

from __future__ import annotations

from collections.abc import Callable

from presence_audit.checks.portfolio import description
from presence_audit.core.model import Finding, JSONDict, Outcome

Run = Callable[..., Finding]
Data = Callable[..., JSONDict]
Page = Callable[..., str]


def described(page: Page, text: str) -> str:
    return page(head=f'<meta name="description" content="{text}">')


def test_passes_within_the_range(check_portfolio: Run, portfolio: Data) -> None:
    finding = check_portfolio(description, portfolio())
    assert finding.outcome is Outcome.PASS
    assert finding.message == "The meta description has 123 characters"
    assert finding.data["length"] == 123


def test_warns_when_short(check_portfolio: Run, portfolio: Data, page: Page) -> None:
    finding = check_portfolio(description, portfolio(described(page, "Data pipelines and talks.")))
    assert finding.outcome is Outcome.WARN
    assert finding.message == "The meta description is short (25 characters, fewer than 50)"
    assert "50–160 characters" in finding.fix
    assert finding.evidence[0].text == "Meta description (25 characters): Data pipelines and talks."


def test_warns_when_long(check_portfolio: Run, portfolio: Data, page: Page) -> None:
    finding = check_portfolio(description, portfolio(described(page, "word " * 40)))
    assert finding.outcome is Outcome.WARN
    assert finding.message.startswith("The meta description is long (199 characters")


def test_lengths_are_options(check_portfolio: Run, portfolio: Data, page: Page) -> None:
    data = portfolio(described(page, "Data pipelines and talks."))
    finding = check_portfolio(description, data, min_length=20, max_length=30)
    assert finding.outcome is Outcome.PASS


def test_fails_when_missing(check_portfolio: Run, portfolio: Data, page: Page) -> None:
    finding = check_portfolio(description, portfolio(page(head="<title>Ada</title>")))
    assert finding.outcome is Outcome.FAIL
    assert finding.message == "https://adaexample.dev/ has no meta description"


def test_says_when_only_og_description_is_there(
    check_portfolio: Run, portfolio: Data, page: Page
) -> None:
    head = '<meta property="og:description" content="Pipelines.">'
    finding = check_portfolio(description, portfolio(page(head=head)))
    assert finding.outcome is Outcome.FAIL
    assert "og:description" in finding.message


def test_error_when_the_page_was_not_fetched(check_portfolio: Run, blocked: JSONDict) -> None:
    assert check_portfolio(description, blocked).outcome is Outcome.ERROR
