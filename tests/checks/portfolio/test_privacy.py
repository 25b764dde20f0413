"""portfolio.privacy: phone numbers and street addresses, for the user to decide about."""

from __future__ import annotations

from collections.abc import Callable

from presence_audit.checks.portfolio import privacy
from presence_audit.core.model import Finding, JSONDict, Outcome

Run = Callable[..., Finding]
Data = Callable[..., JSONDict]
Page = Callable[..., str]

FOOTER = ('<footer>Call me: +351 912 345 678 · Studio: Rua Augusta 25, Lisboa · '
          '<a href="mailto:hello@adaexample.dev">hello@adaexample.dev</a></footer>')


def test_passes_when_nothing_personal_shows(check_portfolio: Run, portfolio: Data) -> None:
    finding = check_portfolio(privacy, portfolio())
    assert finding.outcome is Outcome.PASS
    assert finding.message == "https://adaexample.dev/ shows no phone number or street address"


def test_warns_on_a_phone_and_an_address(check_portfolio: Run, portfolio: Data, page: Page
                                         ) -> None:
    finding = check_portfolio(privacy, portfolio(page(body=FOOTER)))
    assert finding.outcome is Outcome.WARN
    assert finding.message == ("The page exposes 1 phone number: +351 912 345 678 (text); "
                               "1 street address: Rua Augusta 25 (text)")
    assert [e.text for e in finding.evidence] == [
        "phone number: +351 912 345 678 (seen in: text)",
        "street address: Rua Augusta 25 (seen in: text)",
    ]
    assert "contact form" in finding.fix


def test_structured_data_counts(check_portfolio: Run, portfolio: Data, page: Page) -> None:
    head = ('<script type="application/ld+json">{"@type": "Person", "name": "Ada Example", '
            '"telephone": ["+351 912 345 678", "+351 213 000 000"]}</script>')
    finding = check_portfolio(privacy, portfolio(page(head=head)))
    assert finding.outcome is Outcome.WARN
    assert finding.message.startswith("The page exposes 2 phone numbers")


def test_deliberate_details_are_listed_as_info(check_portfolio: Run, portfolio: Data,
                                               page: Page) -> None:
    finding = check_portfolio(privacy, portfolio(page(body=FOOTER)), deliberate=True)
    assert finding.outcome is Outcome.INFO
    assert finding.message.endswith("(published on purpose)")
    assert finding.fix == ""


def test_error_when_the_page_was_not_fetched(check_portfolio: Run, blocked: JSONDict) -> None:
    assert check_portfolio(privacy, blocked).outcome is Outcome.ERROR
