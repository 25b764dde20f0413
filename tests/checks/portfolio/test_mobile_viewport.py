"""portfolio.mobile-viewport: width=device-width, zoom allowed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from presence_audit.checks.portfolio import mobile_viewport
from presence_audit.core.model import Finding, JSONDict, Outcome

Run = Callable[..., Finding]
Data = Callable[..., JSONDict]
Page = Callable[..., str]


def viewport(page: Page, content: str) -> str:
    return page(head=f'<meta name="viewport" content="{content}">')


def test_passes_with_device_width(check_portfolio: Run, portfolio: Data) -> None:
    finding = check_portfolio(mobile_viewport, portfolio())
    assert finding.outcome is Outcome.PASS
    assert finding.message == ("The page declares a mobile viewport (width=device-width, "
                               "initial-scale=1)")
    assert finding.data["settings"] == {"width": "device-width", "initial-scale": "1"}


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("width=1024", "it sets width=1024 instead of device-width"),
        ("initial-scale=1", "it sets width=(none) instead of device-width"),
        ("width=device-width, user-scalable=no", "it blocks zooming (user-scalable=no)"),
        ("width=device-width; maximum-scale=1.0", "it limits zooming (maximum-scale=1.0)"),
    ],
)
def test_warns_on_a_fixed_width_or_blocked_zoom(check_portfolio: Run, portfolio: Data,
                                                page: Page, content: str, problem: str) -> None:
    finding = check_portfolio(mobile_viewport, portfolio(viewport(page, content)))
    assert finding.outcome is Outcome.WARN
    assert finding.message == f"The viewport does not suit phones: {problem}"


def test_zoom_up_to_five_is_fine(check_portfolio: Run, portfolio: Data, page: Page) -> None:
    data = portfolio(viewport(page, "width=device-width, maximum-scale=5"))
    assert check_portfolio(mobile_viewport, data).outcome is Outcome.PASS


def test_fails_without_one(check_portfolio: Run, portfolio: Data, page: Page) -> None:
    finding = check_portfolio(mobile_viewport, portfolio(page(head="<title>Ada</title>")))
    assert finding.outcome is Outcome.FAIL
    assert "width=device-width" in finding.fix


def test_error_when_the_page_was_not_fetched(check_portfolio: Run, blocked: JSONDict) -> None:
    assert check_portfolio(mobile_viewport, blocked).outcome is Outcome.ERROR
