"""portfolio.canonical: the canonical link points at the page itself."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from presence_audit.checks.portfolio import canonical
from presence_audit.core.model import Finding, JSONDict, Outcome

Run = Callable[..., Finding]
Data = Callable[..., JSONDict]
Page = Callable[..., str]


def pointing_at(page: Page, *hrefs: str) -> str:
    return page(head="".join(f'<link rel="canonical" href="{h}">' for h in hrefs))


@pytest.mark.parametrize("href", ["https://adaexample.dev/", "https://AdaExample.dev",
                                  "https://adaexample.dev:443/#top", "/"])
def test_passes_when_it_points_at_the_page(check_portfolio: Run, portfolio: Data, page: Page,
                                           href: str) -> None:
    finding = check_portfolio(canonical, portfolio(pointing_at(page, href)))
    assert finding.outcome is Outcome.PASS
    assert finding.message.startswith("The canonical link points at the page")


@pytest.mark.parametrize("href", ["http://adaexample.dev/", "https://staging.adaexample.dev/",
                                  "https://adaexample.dev/about"])
def test_fails_when_it_points_elsewhere(check_portfolio: Run, portfolio: Data, page: Page,
                                        href: str) -> None:
    finding = check_portfolio(canonical, portfolio(pointing_at(page, href)))
    assert finding.outcome is Outcome.FAIL
    assert finding.message == (f"The canonical link points at {href}, not at the page "
                               "(https://adaexample.dev/)")
    assert '<link rel="canonical" href="https://adaexample.dev/">' in finding.fix


def test_warns_on_a_trailing_slash(check_portfolio: Run, portfolio: Data, page: Page) -> None:
    data = portfolio(pointing_at(page, "https://adaexample.dev/about"),
                     final_url="https://adaexample.dev/about/")
    finding = check_portfolio(canonical, data)
    assert finding.outcome is Outcome.WARN
    assert "by a trailing slash" in finding.message


def test_warns_on_several(check_portfolio: Run, portfolio: Data, page: Page) -> None:
    finding = check_portfolio(canonical, portfolio(pointing_at(page, "/", "/")))
    assert finding.outcome is Outcome.WARN
    assert finding.message.startswith("The page declares 2 canonical links")


def test_warns_when_missing(check_portfolio: Run, portfolio: Data, page: Page) -> None:
    finding = check_portfolio(canonical, portfolio(page(head="<title>Ada</title>")))
    assert finding.outcome is Outcome.WARN
    assert finding.message == "https://adaexample.dev/ has no canonical link"
    assert finding.data["canonical"] is None


def test_error_when_the_page_was_not_fetched(check_portfolio: Run, blocked: JSONDict) -> None:
    assert check_portfolio(canonical, blocked).outcome is Outcome.ERROR
