"""portfolio.contact-route: email, contact page, form or phone."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from presence_audit.checks.portfolio import contact_route
from presence_audit.core.model import Finding, JSONDict, Outcome

Run = Callable[..., Finding]
Data = Callable[..., JSONDict]
Page = Callable[..., str]


def test_passes_with_an_email(check_portfolio: Run, portfolio: Data) -> None:
    finding = check_portfolio(contact_route, portfolio())
    assert finding.outcome is Outcome.PASS
    assert finding.message == "Visitors can reach you: email hello@adaexample.dev"
    assert finding.data == {"email": 1, "contact page": 0, "form": 0, "phone": 0}


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ('<a href="/contact">Get in touch</a>', "contact page"),
        ('<a href="https://cal.com/ada/intro">Book 20 minutes</a>', "contact page"),
        ('<form action="/send" method="post"><textarea name="message"></textarea></form>',
         "form"),
        ('<a href="tel:+351912345678">Call</a>', "phone"),
    ],
)
def test_other_routes_count(check_portfolio: Run, portfolio: Data, page: Page, body: str,
                            kind: str) -> None:
    finding = check_portfolio(contact_route, portfolio(page(body=body)))
    assert finding.outcome is Outcome.PASS
    assert finding.data[kind] == 1


def test_many_routes_are_summarised(check_portfolio: Run, portfolio: Data, page: Page) -> None:
    body = "".join(f'<a href="mailto:a{i}@adaexample.dev">mail</a>' for i in range(5))
    finding = check_portfolio(contact_route, portfolio(page(body=body)))
    assert finding.message.endswith("email a2@adaexample.dev and 2 more")
    assert len(finding.evidence) == 5


def test_fails_without_any(check_portfolio: Run, portfolio: Data, page: Page) -> None:
    body = ('<form role="search" action="/search"><input type="search" name="q"></form>'
            '<a href="/about">About</a>')
    finding = check_portfolio(contact_route, portfolio(page(body=body)))
    assert finding.outcome is Outcome.FAIL
    assert finding.message == "https://adaexample.dev/ offers no way to contact you"
    assert "mailto" in finding.fix


def test_error_when_the_page_was_not_fetched(check_portfolio: Run, blocked: JSONDict) -> None:
    assert check_portfolio(contact_route, blocked).outcome is Outcome.ERROR
