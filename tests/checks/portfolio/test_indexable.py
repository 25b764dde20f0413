"""portfolio.indexable: no noindex in the page or its headers; robots.txt allows the page."""

from __future__ import annotations

from collections.abc import Callable

from presence_audit.checks.portfolio import indexable
from presence_audit.core.model import Finding, JSONDict, Outcome

Run = Callable[..., Finding]
Data = Callable[..., JSONDict]
Page = Callable[..., str]


def test_passes_when_nothing_blocks(check_portfolio: Run, portfolio: Data) -> None:
    finding = check_portfolio(indexable, portfolio())
    assert finding.outcome is Outcome.PASS
    assert finding.message == ("https://adaexample.dev/ has no noindex in the page or its "
                               "headers, and robots.txt allows it")
    assert [(e.text, e.url) for e in finding.evidence] == [
        ("robots.txt allows / for presence-audit", "https://adaexample.dev/robots.txt")]
    assert finding.data == {"noindex": [], "nofollow": [], "robots_txt_allowed": True}


def test_fails_on_a_robots_meta(check_portfolio: Run, portfolio: Data, page: Page) -> None:
    head = '<meta name="robots" content="noindex, follow"><meta name="googlebot" content="none">'
    finding = check_portfolio(indexable, portfolio(page(head=head)))
    assert finding.outcome is Outcome.FAIL
    assert finding.message == (
        'Search engines are told not to index https://adaexample.dev/: noindex in '
        '<meta name="robots">, none in <meta name="googlebot">')
    assert finding.data["noindex"] == ['noindex in <meta name="robots">',
                                       'none in <meta name="googlebot">']
    assert "noindex" in finding.fix


def test_fails_on_the_header(check_portfolio: Run, portfolio: Data) -> None:
    finding = check_portfolio(indexable, portfolio(
        headers={"X-Robots-Tag": "googlebot: noindex"}))
    assert finding.outcome is Outcome.FAIL
    assert finding.message.endswith("noindex in the X-Robots-Tag header (googlebot)")


def test_fails_when_robots_txt_disallows(check_portfolio: Run, portfolio: Data) -> None:
    robots = {"allowed": False,
              "reason": "robots.txt of adaexample.dev disallows / for presence-audit",
              "robots_url": "https://adaexample.dev/robots.txt"}
    finding = check_portfolio(indexable, portfolio(robots_txt=robots))
    assert finding.outcome is Outcome.FAIL
    assert finding.message.endswith(
        "robots.txt disallows it (robots.txt of adaexample.dev disallows / for presence-audit)")
    assert finding.data["robots_txt_allowed"] is False


def test_fails_when_robots_kept_the_page_from_being_fetched(
    check_portfolio: Run, blocked: JSONDict
) -> None:
    finding = check_portfolio(indexable, blocked)
    assert finding.outcome is Outcome.FAIL
    assert "robots.txt disallows it" in finding.message


def test_warns_on_nofollow_alone(check_portfolio: Run, portfolio: Data, page: Page) -> None:
    finding = check_portfolio(indexable, portfolio(
        page(head='<meta name="robots" content="index, nofollow">')))
    assert finding.outcome is Outcome.WARN
    assert finding.message.endswith('not to follow its links: nofollow in <meta name="robots">')
    assert finding.score == 0.75


def test_error_when_robots_txt_could_not_be_read(check_portfolio: Run, portfolio: Data) -> None:
    robots = {"allowed": None, "error": {"kind": "deadline", "message": "out of time"}}
    finding = check_portfolio(indexable, portfolio(robots_txt=robots))
    assert finding.outcome is Outcome.ERROR
    assert finding.message == ("Could not read robots.txt for https://adaexample.dev/: "
                               "deadline — out of time")


def test_a_noindex_still_fails_when_robots_txt_is_unknown(
    check_portfolio: Run, portfolio: Data
) -> None:
    robots = {"allowed": None, "error": {"kind": "deadline", "message": "out of time"}}
    finding = check_portfolio(indexable, portfolio(headers={"X-Robots-Tag": "noindex"},
                                                   robots_txt=robots))
    assert finding.outcome is Outcome.FAIL


def test_a_search_crawler_kept_out_by_robots_txt_fails_even_when_we_may_fetch(
    check_portfolio: Run, portfolio: Data
) -> None:
    data = portfolio()
    data["robots_txt"]["crawlers"] = {
        "Googlebot": {"allowed": True, "reason": "robots.txt allows / for Googlebot"},
        "Bingbot": {"allowed": False, "reason": "robots.txt disallows / for Bingbot"},
    }
    finding = check_portfolio(indexable, data)
    assert finding.outcome is Outcome.FAIL
    assert "robots.txt disallows it (robots.txt disallows / for Bingbot)" in finding.message
    assert finding.data["robots_txt_allowed"] is False
