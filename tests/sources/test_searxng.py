"""The SearXNG provider against a local server answering in SearXNG's JSON shape."""

from __future__ import annotations

from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from presence_audit.config.schema import NetworkConfig
from presence_audit.core.artifacts.serps import SearchResult
from presence_audit.sources.http import HttpClient
from presence_audit.sources.search.base import SearchError
from presence_audit.sources.search.providers import make_provider
from presence_audit.sources.search.searxng import SearxngProvider, searxng_language


def result(url: str, engine: str = "duckduckgo", title: str = "", content: str = "",
           position: int = 1) -> dict[str, Any]:
    """One item of ``results[]`` as SearXNG 2025 serialises it."""
    return {"url": url, "title": title or url, "content": content, "engine": engine,
            "engines": [engine], "positions": [position], "score": 1.0 / position,
            "category": "general", "template": "default.html", "parsed_url": [],
            "publishedDate": None, "thumbnail": "", "priority": ""}


def answer(*results: dict[str, Any], unresponsive: list[list[str]] | None = None,
           query: str = "Ada Example") -> dict[str, Any]:
    return {"query": query, "number_of_results": 0, "results": list(results), "answers": [],
            "corrections": [], "infoboxes": [], "suggestions": [],
            "unresponsive_engines": unresponsive or []}


def search(provider: SearxngProvider, engine: str = "duckduckgo",
           max_results: int = 10) -> list[SearchResult]:
    return provider.search("Ada Example", engine=engine, region="pt-pt", safesearch="off",
                           max_results=max_results)


@pytest.fixture
def provider(api_server: HTTPServer, http_client: HttpClient) -> SearxngProvider:
    return SearxngProvider(api_server.url_for("/"), http_client)


def test_asks_for_json_with_one_pinned_engine_and_keeps_its_order(
    api_server: HTTPServer, provider: SearxngProvider
) -> None:
    api_server.expect_request("/search", query_string={
        "q": "Ada Example", "format": "json", "language": "pt-PT", "pageno": "1",
        "safesearch": "0", "engines": "duckduckgo",
    }).respond_with_json(answer(
        result("https://www.linkedin.com/in/ada-example", title="Ada Example | LinkedIn",
               content="Data engineer"),
        result("https://mixed.example/", engine="google"),
        result("javascript:alert(1)"),
        result("https://adaexample.dev/", position=2),
    ))
    assert search(provider, max_results=2) == [
        SearchResult(1, "Ada Example | LinkedIn", "https://www.linkedin.com/in/ada-example",
                     "Data engineer"),
        SearchResult(2, "https://adaexample.dev/", "https://adaexample.dev/", ""),
    ]
    assert provider.scope == f"searxng {api_server.url_for('/').rstrip('/')}"


def test_results_found_by_several_engines_count_for_the_pinned_one(
    api_server: HTTPServer, provider: SearxngProvider
) -> None:
    merged = result("https://adaexample.dev/", engine="brave")
    merged["engines"] = ["brave", "duckduckgo"]
    api_server.expect_request("/search").respond_with_json(answer(merged))
    assert [r.url for r in search(provider)] == ["https://adaexample.dev/"]


def test_fetches_further_pages_until_enough(
    api_server: HTTPServer, provider: SearxngProvider
) -> None:
    first = [result(f"https://a.example/{n}") for n in range(8)]
    second = [result("https://a.example/7")] + [result(f"https://b.example/{n}")
                                                for n in range(8)]
    api_server.expect_ordered_request("/search").respond_with_json(answer(*first))
    api_server.expect_ordered_request("/search").respond_with_json(answer(*second))
    found = search(provider, max_results=12)
    assert [r.rank for r in found] == list(range(1, 13))
    assert [r.url for r in found][7:9] == ["https://a.example/7", "https://b.example/0"]
    assert [request.args["pageno"] for request, _ in api_server.log] == ["1", "2"]


def test_a_short_second_page_ends_the_paging(
    api_server: HTTPServer, provider: SearxngProvider
) -> None:
    api_server.expect_ordered_request("/search").respond_with_json(
        answer(result("https://a.example/")))
    api_server.expect_ordered_request("/search").respond_with_json(answer())
    assert [r.url for r in search(provider, max_results=20)] == ["https://a.example/"]


def test_json_disabled_is_a_configuration_error_with_the_fix(
    api_server: HTTPServer, provider: SearxngProvider
) -> None:
    api_server.expect_request("/search").respond_with_data("Forbidden", status=403)
    with pytest.raises(SearchError) as caught:
        search(provider)
    assert caught.value.kind == "config"
    assert "search: formats: [html, json]" in caught.value.message
    assert "settings.yml" in caught.value.message


def test_rate_limiting_is_reported_and_not_retried_on_top_of_the_http_layer(
    api_server: HTTPServer, provider: SearxngProvider
) -> None:
    api_server.expect_request("/search").respond_with_data("Too Many Requests", status=429)
    with pytest.raises(SearchError) as caught:
        search(provider)
    assert caught.value.kind == "rate-limited"
    assert caught.value.retried


@pytest.mark.parametrize(
    ("body", "content_type"),
    [('{"results": [', "application/json"), ('{"no": "results"}', "application/json"),
     ("[]", "application/json")],
    ids=["truncated", "no-results-key", "not-an-object"],
)
def test_malformed_json_is_a_provider_error(
    api_server: HTTPServer, provider: SearxngProvider, body: str, content_type: str
) -> None:
    api_server.expect_request("/search").respond_with_data(body, content_type=content_type)
    with pytest.raises(SearchError) as caught:
        search(provider)
    assert caught.value.kind == "provider-error"


def test_an_html_answer_is_a_provider_error(
    api_server: HTTPServer, provider: SearxngProvider
) -> None:
    api_server.expect_request("/search").respond_with_data("<html>login</html>",
                                                           content_type="text/html")
    with pytest.raises(SearchError) as caught:
        search(provider)
    assert caught.value.kind == "provider-error"


@pytest.mark.parametrize(
    ("reason", "kind"),
    [("timeout", "timeout"), ("CAPTCHA", "rate-limited"),
     ("Suspended: too many requests", "rate-limited"), ("HTTP error", "provider-error")],
)
def test_the_pinned_engine_unresponsive_is_recorded(
    api_server: HTTPServer, provider: SearxngProvider, reason: str, kind: str
) -> None:
    api_server.expect_request("/search").respond_with_json(
        answer(unresponsive=[["duckduckgo", reason]]))
    with pytest.raises(SearchError) as caught:
        search(provider)
    assert caught.value.kind == kind
    assert reason in caught.value.message
    assert caught.value.to_dict()["unresponsive_engines"] == [["duckduckgo", reason]]


def test_an_empty_answer_is_a_block_not_an_absence(
    api_server: HTTPServer, provider: SearxngProvider
) -> None:
    api_server.expect_request("/search").respond_with_json(answer())
    with pytest.raises(SearchError) as caught:
        search(provider)
    assert caught.value.kind == "blocked"


def test_an_engine_the_instance_does_not_offer_is_refused_not_mixed(
    api_server: HTTPServer, provider: SearxngProvider
) -> None:
    # SearXNG ignores an engine it does not have and answers with its default engines.
    api_server.expect_request("/search").respond_with_json(answer(
        result("https://a.example/", engine="google"), result("https://b.example/",
                                                              engine="bing")))
    with pytest.raises(SearchError) as caught:
        search(provider, engine="mojeek")
    assert caught.value.kind == "config"
    assert "'mojeek'" in caught.value.message
    assert "bing, google" in caught.value.message


def test_a_local_instance_needs_private_addresses_allowed(api_server: HTTPServer) -> None:
    with HttpClient(NetworkConfig(cache=False, retries=0), use_cache=False) as client:
        provider = SearxngProvider(api_server.url_for("/"), client)
        with pytest.raises(SearchError) as caught:
            search(provider)
    assert caught.value.kind == "config"
    assert "network.allow_private: loopback" in caught.value.message
    assert api_server.log == []


@pytest.mark.parametrize(
    ("region", "language"),
    [("us-en", "en-US"), ("pt-pt", "pt-PT"), ("wt-wt", "all"), ("de", "de")],
)
def test_regions_become_searxng_languages(region: str, language: str) -> None:
    assert searxng_language(region) == language


def test_make_provider_needs_the_address_and_the_client(http_client: HttpClient) -> None:
    with pytest.raises(ValueError, match=r"search\.searxng_url"):
        make_provider("searxng", timeout=5, http=http_client)
    with pytest.raises(ValueError, match="HTTP client"):
        make_provider("searxng", timeout=5, searxng_url="http://searx.example")
    made = make_provider("searxng", timeout=5, http=http_client,
                         searxng_url="http://searx.example/")
    assert (made.name, made.scope) == ("searxng", "searxng http://searx.example")


@pytest.mark.parametrize("url", ["https://ada:s3cret@searx.example/",
                                 "http://ada:s3cret@127.0.0.1:9:x/"])
def test_an_address_with_a_password_is_refused_without_showing_it(
    http_client: HttpClient, url: str
) -> None:
    with pytest.raises(ValueError, match="user name or password") as caught:
        make_provider("searxng", timeout=5, http=http_client, searxng_url=url)
    assert "s3cret" not in str(caught.value)
