"""portfolio.link-preview: og:title, og:description and an og:image that loads."""

from __future__ import annotations

from collections.abc import Callable

from presence_audit.checks.portfolio import link_preview
from presence_audit.core.model import Finding, JSONDict, Outcome

Run = Callable[..., Finding]
Data = Callable[..., JSONDict]
Page = Callable[..., str]
Probe = Callable[..., JSONDict]

NOT_FOUND = {"kind": "bad-status",
             "message": "adaexample.dev answered HTTP 404 (Not Found) for "
                        "https://adaexample.dev/og-card.png"}


def test_passes_when_everything_is_there(check_portfolio: Run, portfolio: Data) -> None:
    finding = check_portfolio(link_preview, portfolio())
    assert finding.outcome is Outcome.PASS
    assert finding.message == ("A pasted link shows a title, a description and an image "
                               "(loads as image/png, 82 KB)")
    assert [e.text for e in finding.evidence] == [
        "og:title: Ada Example — Data engineer",
        "og:description: Streaming pipelines, dbt and tests.",
        "og:image: https://adaexample.dev/og-card.png — loads as image/png, 82 KB",
    ]
    assert finding.data["image"]["loads"] is True


def test_fails_when_the_image_does_not_load(check_portfolio: Run, portfolio: Data,
                                            probe: Probe) -> None:
    data = portfolio(og_image=probe(loads=False, status=404, content_type=None, bytes=None,
                                    final_url=None, error=NOT_FOUND))
    finding = check_portfolio(link_preview, data)
    assert finding.outcome is Outcome.FAIL
    assert finding.message == (
        "A pasted link shows no image: og:image https://adaexample.dev/og-card.png does not "
        "load (bad-status — adaexample.dev answered HTTP 404 (Not Found) for "
        "https://adaexample.dev/og-card.png)")
    assert "og:image" in finding.fix


def test_fails_when_the_image_is_a_page(check_portfolio: Run, portfolio: Data,
                                        probe: Probe) -> None:
    error = {"kind": "not-html", "message": "expected image/*, got text/html from "
                                            "https://adaexample.dev/og-card.png"}
    finding = check_portfolio(link_preview, portfolio(og_image=probe(loads=False, error=error)))
    assert finding.outcome is Outcome.FAIL
    assert "expected image/*, got text/html" in finding.message


def test_fails_without_og_image(check_portfolio: Run, portfolio: Data, page: Page) -> None:
    finding = check_portfolio(link_preview, portfolio(page(head="<title>Ada</title>")))
    assert finding.outcome is Outcome.FAIL
    assert finding.message == ("A pasted link shows no image: the page has no og:image; "
                               "og:title and og:description also missing")
    assert finding.data["image"] is None


def test_og_tags_written_with_name_count(check_portfolio: Run, portfolio: Data, page: Page
                                         ) -> None:
    head = ('<meta name="og:title" content="Ada"><meta name="og:description" content="Data">'
            '<meta name="og:image" content="https://adaexample.dev/og-card.png">')
    assert check_portfolio(link_preview, portfolio(page(head=head))).outcome is Outcome.PASS


def test_warns_when_title_or_description_is_missing(
    check_portfolio: Run, portfolio: Data, page: Page
) -> None:
    head = '<meta property="og:image" content="https://adaexample.dev/og-card.png">'
    finding = check_portfolio(link_preview, portfolio(page(head=head)))
    assert finding.outcome is Outcome.WARN
    assert finding.message == ("The link preview is incomplete: og:title, og:description "
                               "are missing")


def test_warns_on_a_relative_image(check_portfolio: Run, portfolio: Data, page: Page,
                                   probe: Probe) -> None:
    head = ('<meta property="og:title" content="Ada"><meta property="og:description" '
            'content="Data"><meta property="og:image" content="/og-card.png">')
    data = portfolio(page(head=head), og_image=probe(declared="/og-card.png", absolute=False))
    finding = check_portfolio(link_preview, data)
    assert finding.outcome is Outcome.WARN
    assert "og:image is a relative address (/og-card.png)" in finding.message


def test_error_when_the_image_could_not_be_checked(check_portfolio: Run, portfolio: Data,
                                                   probe: Probe) -> None:
    error = {"kind": "timeout", "message": "adaexample.dev did not answer within 15 s"}
    finding = check_portfolio(link_preview, portfolio(og_image=probe(loads=None, error=error)))
    assert finding.outcome is Outcome.ERROR
    assert finding.message == ("Could not check that og:image https://adaexample.dev/og-card.png "
                               "loads: timeout — adaexample.dev did not answer within 15 s")


def test_error_when_the_page_was_not_fetched(check_portfolio: Run, blocked: JSONDict) -> None:
    assert check_portfolio(link_preview, blocked).outcome is Outcome.ERROR


def test_a_warning_says_when_the_image_could_not_be_checked(
    check_portfolio: Run, portfolio: Data, page: Page, probe: Probe
) -> None:
    head = '<meta property="og:image" content="https://adaexample.dev/og-card.png">'
    error = {"kind": "timeout", "message": "adaexample.dev did not answer within 15 s"}
    finding = check_portfolio(link_preview, portfolio(page(head=head),
                                                      og_image=probe(loads=None, error=error)))
    assert finding.outcome is Outcome.WARN
    assert finding.message == (
        "The link preview is incomplete: og:title, og:description are missing; whether "
        "og:image loads is unknown (timeout — adaexample.dev did not answer within 15 s)")
