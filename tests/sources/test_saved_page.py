"""Saved results pages: every real fixture read with the organic ranks read off it by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import html

from presence_audit.sources.search.saved_page import read_page

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "serp"
PAGES = sorted(FIXTURES.glob("*.html"))


def expected(page: Path) -> dict[str, object]:
    document: dict[str, object] = json.loads(
        page.with_name(page.stem + ".expected.json").read_text(encoding="utf-8"))
    return document


def test_the_fixture_set_covers_five_engines_three_google_eras_and_blocks() -> None:
    wanted = [expected(page) for page in PAGES]
    engines = {str(e["engine"]) for e in wanted if e["status"] == "ok"}
    assert {"google", "bing", "duckduckgo", "brave", "yahoo"} <= engines
    google_years = {page.stem.split("-")[1] for page in PAGES
                    if page.stem.startswith("google-") and expected(page)["status"] == "ok"}
    assert len(google_years) >= 3
    assert sum(1 for e in wanted if e["status"] == "blocked") >= 2


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_each_saved_page_reads_as_read_by_hand(page: Path) -> None:
    want = expected(page)
    got = read_page(page.read_bytes())
    assert (got.engine, got.query, got.status) == (want["engine"], want["query"], want["status"])
    assert [{"rank": r.rank, "url": r.url, "title": r.title} for r in got.results] == \
        want["results"]
    if got.status != "ok":
        assert got.detail and got.advice


def test_snippets_are_running_text_not_the_title_or_url_line() -> None:
    page = read_page((FIXTURES / "bing-2020-desktop.html").read_bytes())
    first = page.results[0]
    assert first.snippet.startswith("In keyword-driven tests")
    assert first.title not in first.snippet


def test_a_consent_page_without_results_is_blocked_not_empty() -> None:
    # The real 2023 page with its consent dialog, minus the result list under it.
    root = html.document_fromstring((FIXTURES / "google-2023-desktop.html").read_bytes())
    for rso in root.xpath("//*[@id='rso']"):
        rso.drop_tree()
    page = read_page(html.tostring(root))
    assert page.status == "blocked"
    assert "consent" in page.detail
    assert page.results == []


def test_a_page_of_another_site_is_an_error_that_says_so() -> None:
    page = read_page(b"<html><head><title>Ada Example</title></head><body><h1>Hi</h1></body>")
    assert page.status == "error"
    assert page.engine is None
    assert "not a results page" in page.detail


def test_a_known_engine_page_without_a_result_list_is_an_error_not_empty() -> None:
    root = html.document_fromstring((FIXTURES / "brave-2023-desktop.html").read_bytes())
    for results in root.xpath("//div[@id='results']"):
        results.drop_tree()
    page = read_page(html.tostring(root))
    assert (page.engine, page.status) == ("brave", "error")
    assert "no recognisable" in page.detail


def test_an_undeclared_charset_is_read_as_utf8() -> None:
    # Older Google pages declare no charset; their bytes are UTF-8.
    body = (FIXTURES / "google-2015-desktop.html").read_bytes()
    assert b"charset" not in body[:4096].lower()
    titles = [r.title for r in read_page(body).results]
    assert "Goo (Album) – Wikipedia" in titles
