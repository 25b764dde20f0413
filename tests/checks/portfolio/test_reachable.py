"""portfolio.reachable: HTTPS, status 200, a sane redirect chain."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from presence_audit.checks.portfolio import reachable
from presence_audit.core.model import Finding, JSONDict, Outcome

Run = Callable[..., Finding]
Data = Callable[..., JSONDict]


def test_passes_over_https_with_200(check_portfolio: Run, portfolio: Data) -> None:
    finding = check_portfolio(reachable, portfolio())
    assert finding.outcome is Outcome.PASS
    assert finding.message == (
        "https://adaexample.dev/ answers 200 over HTTPS (184 ms, no redirects)")
    assert finding.evidence[0].text == "GET https://adaexample.dev → 200 (184 ms)"
    assert finding.data == {"final_url": "https://adaexample.dev/", "status": 200, "https": True,
                            "redirects": [], "elapsed_ms": 184}


def test_one_redirect_from_http_is_fine(check_portfolio: Run, portfolio: Data) -> None:
    finding = check_portfolio(reachable, portfolio(
        requested_url="http://adaexample.dev", redirects=["http://adaexample.dev/"],
        from_cache=True))
    assert finding.outcome is Outcome.PASS
    assert finding.message.endswith("(from cache, 1 redirect)")
    assert finding.evidence[1].text == "Redirects: http://adaexample.dev/ → https://adaexample.dev/"


def test_fails_on_plain_http(check_portfolio: Run, portfolio: Data) -> None:
    finding = check_portfolio(reachable, portfolio(final_url="http://adaexample.dev/"))
    assert finding.outcome is Outcome.FAIL
    assert finding.message == ("http://adaexample.dev/: it is served over plain HTTP "
                               "(http://adaexample.dev/)")
    assert "HTTPS" in finding.fix
    assert finding.data["https"] is False


def test_fails_on_a_downgrade_in_the_chain(check_portfolio: Run, portfolio: Data) -> None:
    finding = check_portfolio(reachable, portfolio(
        final_url="http://adaexample.dev/home",
        redirects=["https://adaexample.dev/"]))
    assert finding.outcome is Outcome.FAIL
    assert ("a redirect goes from HTTPS down to HTTP (https://adaexample.dev/ → "
            "http://adaexample.dev/home)") in finding.message
    assert "Never redirect from https:// to http://" in finding.fix


def test_warns_on_a_long_chain(check_portfolio: Run, portfolio: Data) -> None:
    chain = ["http://adaexample.dev", "https://adaexample.dev", "https://www.adaexample.dev/"]
    finding = check_portfolio(reachable, portfolio(redirects=chain))
    assert finding.outcome is Outcome.WARN
    assert finding.message == ("https://adaexample.dev/: it takes 3 redirects to reach "
                               "(more than 2)")
    assert check_portfolio(reachable, portfolio(redirects=chain),
                           max_redirects=3).outcome is Outcome.PASS


def test_warns_when_the_address_moved_to_another_site(
    check_portfolio: Run, portfolio: Data
) -> None:
    finding = check_portfolio(reachable, portfolio(
        requested_url="https://ada-old.example.com/", redirects=["https://ada-old.example.com/"]))
    assert finding.outcome is Outcome.WARN
    assert "https://ada-old.example.com/ redirects to another site" in finding.message
    assert "Point portfolio.url" in finding.fix


def test_warns_on_a_2xx_other_than_200(check_portfolio: Run, portfolio: Data) -> None:
    finding = check_portfolio(reachable, portfolio(status=203))
    assert finding.outcome is Outcome.WARN
    assert "it answers 203, not 200" in finding.message


def test_error_when_robots_kept_the_page_from_being_fetched(
    check_portfolio: Run, blocked: JSONDict
) -> None:
    finding = check_portfolio(reachable, blocked)
    assert finding.outcome is Outcome.ERROR
    assert finding.message == (
        "The portfolio page was not fetched: blocked-by-robots — robots.txt of adaexample.dev "
        "disallows / for presence-audit")


@pytest.mark.parametrize(("kind", "message", "status", "fix"), [
    ("tls", "no secure connection to adaexample.dev: certificate not trusted (certificate "
     "has expired)", None, "certificate"),
    ("bad-status", "adaexample.dev answered HTTP 404 (Not Found) for https://adaexample.dev/",
     404, "portfolio.url"),
    ("redirect-loop", "https://adaexample.dev redirects in a loop: https://adaexample.dev/ → "
     "https://www.adaexample.dev/ → https://adaexample.dev/", None, "redirect rules"),
])
def test_fails_when_the_site_fails_every_visitor(
    check_portfolio: Run, failed_site: Data, kind: str, message: str, status: int | None,
    fix: str,
) -> None:
    finding = check_portfolio(reachable, failed_site(kind, message, status))
    assert finding.outcome is Outcome.FAIL
    assert finding.message == f"https://adaexample.dev does not load for anyone: {kind} — {message}"
    assert fix in finding.fix
    assert finding.data["status"] == status


def test_other_checks_say_the_page_was_not_fetched_and_point_here(
    check_portfolio: Run, failed_site: Data,
) -> None:
    from presence_audit.checks.portfolio import indexable, title_has_name

    data = failed_site("tls", "no secure connection to adaexample.dev")
    for module in (title_has_name, indexable):
        finding = check_portfolio(module, data)
        assert finding.outcome is Outcome.ERROR
        assert finding.message == ("The portfolio page was not fetched: tls — no secure "
                                   "connection to adaexample.dev")
        assert "portfolio.reachable" in finding.fix
