"""portfolio.title-has-name: the <title> carries the name, near its start."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from presence_audit.checks.portfolio import title_has_name
from presence_audit.core.model import Finding, JSONDict, Outcome

Run = Callable[..., Finding]
Data = Callable[..., JSONDict]
Page = Callable[..., str]


def titled(page: Page, title: str) -> str:
    return page(head=f"<title>{title}</title>")


def test_passes_with_the_full_name(check_portfolio: Run, portfolio: Data) -> None:
    finding = check_portfolio(title_has_name, portfolio())
    assert finding.outcome is Outcome.PASS
    assert finding.message == 'The title names you: "Ada Example" (exact match of "Ada Example")'
    assert finding.evidence[0].text == "<title>: Ada Example — Data engineer in Lisbon"
    assert finding.data["kind"] == "exact"
    assert finding.data["position"] == 0


@pytest.mark.parametrize("title", ["ADA EXAMPLE | Data", "Portfolio of Ada M. Example",
                                   "Âda Example", "A. Example, data engineer"])
def test_passes_with_case_accents_middle_names_and_aliases(
    check_portfolio: Run, portfolio: Data, page: Page, title: str
) -> None:
    assert check_portfolio(title_has_name, portfolio(titled(page, title))).outcome is Outcome.PASS


def test_warns_on_initials_only(check_portfolio: Run, portfolio: Data, page: Page, ada: object
                                ) -> None:
    from dataclasses import replace

    subject = replace(ada, aliases=())  # type: ignore[type-var]
    finding = check_portfolio(title_has_name, portfolio(titled(page, "A. Example — data")),
                              subject=subject)
    assert finding.outcome is Outcome.WARN
    assert finding.message == 'The title names you only as "A. Example" (initials of "Ada Example")'
    assert "full name" in finding.fix


def test_warns_on_a_misspelling(check_portfolio: Run, portfolio: Data, page: Page) -> None:
    finding = check_portfolio(title_has_name, portfolio(titled(page, "Ada Exampel")))
    assert finding.outcome is Outcome.WARN
    assert finding.data["kind"] == "fuzzy"


def test_warns_when_the_name_comes_late(check_portfolio: Run, portfolio: Data, page: Page
                                        ) -> None:
    title = "Streaming pipelines, dbt models and data quality tests, a blog by Ada Example"
    finding = check_portfolio(title_has_name, portfolio(titled(page, title)))
    assert finding.outcome is Outcome.WARN
    assert finding.message.startswith("The title names you only from character 67")
    relaxed = check_portfolio(title_has_name, portfolio(titled(page, title)), within=80)
    assert relaxed.outcome is Outcome.PASS


def test_fails_without_the_name(check_portfolio: Run, portfolio: Data, page: Page) -> None:
    finding = check_portfolio(title_has_name, portfolio(titled(page, "Home")))
    assert finding.outcome is Outcome.FAIL
    assert finding.message == 'The title "Home" does not name you'
    assert "<title>Ada Example — your role</title>" in finding.fix


def test_fails_without_a_title(check_portfolio: Run, portfolio: Data, page: Page) -> None:
    finding = check_portfolio(title_has_name, portfolio(page(head="")))
    assert finding.outcome is Outcome.FAIL
    assert finding.message == "https://adaexample.dev/ has no <title>"


def test_error_when_the_page_was_not_fetched(check_portfolio: Run, blocked: JSONDict) -> None:
    assert check_portfolio(title_has_name, blocked).outcome is Outcome.ERROR
