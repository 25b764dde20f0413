"""The Brave Search API provider against a local server: the key goes to the API host only."""

from __future__ import annotations

from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response as ServerResponse

from presence_audit.core.artifacts.serps import SearchResult
from presence_audit.sources.http import HttpClient
from presence_audit.sources.search.base import SearchError
from presence_audit.sources.search.brave_api import BraveApiProvider
from presence_audit.sources.search.providers import make_provider

KEY = "BSAtestkey-0123456789abcdef"


def web(*urls: str) -> dict[str, Any]:
    """A Brave web-search answer in the API's shape."""
    return {
        "type": "search",
        "query": {"original": "Ada Example", "more_results_available": True},
        "web": {"type": "search", "family_friendly": True, "results": [
            {"title": f"Title of {url}", "url": url, "description": f"About {url}",
             "is_source_local": False, "language": "en", "type": "search_result",
             "profile": {"name": "Example", "url": url}}
            for url in urls
        ]},
    }


@pytest.fixture
def provider(api_server: HTTPServer, http_client: HttpClient) -> BraveApiProvider:
    return BraveApiProvider(http_client, KEY, "BRAVE_API_KEY",
                            endpoint=api_server.url_for("/res/v1/web/search"))


def search(provider: BraveApiProvider, max_results: int = 10, region: str = "us-en",
           engine: str = "brave") -> list[SearchResult]:
    return provider.search("Ada Example", engine=engine, region=region, safesearch="on",
                           max_results=max_results)


def test_sends_the_key_and_reads_web_results(
    api_server: HTTPServer, provider: BraveApiProvider
) -> None:
    api_server.expect_request(
        "/res/v1/web/search",
        headers={"X-Subscription-Token": KEY, "Accept": "application/json"},
        query_string={"q": "Ada Example", "count": "10", "offset": "0", "safesearch": "strict",
                      "country": "US", "search_lang": "en"},
    ).respond_with_json(web("https://adaexample.dev/", "ftp://odd.example/",
                            "https://github.com/ada-example"))
    assert search(provider) == [
        SearchResult(1, "Title of https://adaexample.dev/", "https://adaexample.dev/",
                     "About https://adaexample.dev/"),
        SearchResult(2, "Title of https://github.com/ada-example",
                     "https://github.com/ada-example", "About https://github.com/ada-example"),
    ]


def test_more_than_twenty_results_take_pages(
    api_server: HTTPServer, provider: BraveApiProvider
) -> None:
    api_server.expect_ordered_request("/res/v1/web/search").respond_with_json(
        web(*(f"https://a.example/{n}" for n in range(20))))
    api_server.expect_ordered_request("/res/v1/web/search").respond_with_json(
        web(*(f"https://b.example/{n}" for n in range(20))))
    found = search(provider, max_results=25, region="wt-wt")
    assert len(found) == 25
    assert found[-1] == SearchResult(25, "Title of https://b.example/4", "https://b.example/4",
                                     "About https://b.example/4")
    assert [(r.args["count"], r.args["offset"], r.args["country"])
            for r, _ in api_server.log] == [("20", "0", "ALL"), ("20", "1", "ALL")]


@pytest.mark.parametrize("status", [401, 403])
def test_a_refused_key_is_a_configuration_error_that_names_the_variable_only(
    api_server: HTTPServer, provider: BraveApiProvider, status: int
) -> None:
    api_server.expect_request("/res/v1/web/search").respond_with_json(
        {"type": "ErrorResponse", "error": {"code": "SUBSCRIPTION_TOKEN_INVALID"}},
        status=status)
    with pytest.raises(SearchError) as caught:
        search(provider)
    assert caught.value.kind == "config"
    assert "$BRAVE_API_KEY" in caught.value.message
    assert KEY not in caught.value.message


def test_rate_limiting_is_reported(api_server: HTTPServer, provider: BraveApiProvider) -> None:
    api_server.expect_request("/res/v1/web/search").respond_with_json(
        {"type": "ErrorResponse", "error": {"code": "RATE_LIMITED"}}, status=429)
    with pytest.raises(SearchError) as caught:
        search(provider)
    assert (caught.value.kind, caught.value.retried) == ("rate-limited", True)


def test_malformed_json_is_a_provider_error(
    api_server: HTTPServer, provider: BraveApiProvider
) -> None:
    api_server.expect_request("/res/v1/web/search").respond_with_data(
        '{"web": {"results": [', content_type="application/json")
    with pytest.raises(SearchError) as caught:
        search(provider)
    assert caught.value.kind == "provider-error"
    assert "malformed JSON" in caught.value.message


def test_no_web_section_is_never_read_as_not_found(
    api_server: HTTPServer, provider: BraveApiProvider
) -> None:
    api_server.expect_request("/res/v1/web/search").respond_with_json(
        {"type": "search", "query": {"original": "Ada Example"}})
    with pytest.raises(SearchError) as caught:
        search(provider)
    assert caught.value.kind == "blocked"


def test_a_redirect_is_not_followed_with_the_key_attached(
    api_server: HTTPServer, provider: BraveApiProvider
) -> None:
    # "localhost" is another host name for the same server: following would leak the key.
    elsewhere = api_server.url_for("/collect").replace("127.0.0.1", "localhost")
    api_server.expect_request("/res/v1/web/search").respond_with_response(
        ServerResponse("", status=302, headers={"Location": elsewhere}))
    api_server.expect_request("/collect").respond_with_json(web("https://evil.example/"))
    with pytest.raises(SearchError) as caught:
        search(provider)
    assert caught.value.kind == "provider-error"
    assert "redirect" in caught.value.message
    assert [request.path for request, _ in api_server.log] == ["/res/v1/web/search"]
    assert KEY not in caught.value.message


def test_only_the_brave_engine(provider: BraveApiProvider, api_server: HTTPServer) -> None:
    with pytest.raises(SearchError) as caught:
        search(provider, engine="duckduckgo")
    assert caught.value.kind == "config"
    assert api_server.log == []


def test_the_key_comes_from_the_named_variable_and_never_shows(
    http_client: HttpClient,
) -> None:
    with pytest.raises(ValueError, match="MY_BRAVE_KEY") as caught:
        make_provider("brave", timeout=5, http=http_client, brave_key_env="MY_BRAVE_KEY",
                      environ={})
    assert "(search.brave_api_key_env)" in str(caught.value)
    made = make_provider("brave", timeout=5, http=http_client, brave_key_env="MY_BRAVE_KEY",
                         environ={"MY_BRAVE_KEY": KEY})
    assert KEY not in repr(made)
    assert KEY not in str(vars(made).get("scope", ""))


@pytest.mark.parametrize("value", [f"{KEY}\nX-Other: 1", f"{KEY} {KEY}", f"{KEY}é"])
def test_a_key_that_cannot_be_a_header_is_refused_without_showing_it(
    http_client: HttpClient, value: str
) -> None:
    with pytest.raises(ValueError, match="MY_BRAVE_KEY") as caught:
        make_provider("brave", timeout=5, http=http_client, brave_key_env="MY_BRAVE_KEY",
                      environ={"MY_BRAVE_KEY": value})
    assert KEY not in str(caught.value)


def test_an_http_error_quoting_the_header_never_shows_the_key(
    api_server: HTTPServer, http_client: HttpClient
) -> None:
    # requests refuses a header value with a line break and quotes it in its error.
    provider = BraveApiProvider(http_client, f"{KEY}\nX", "BRAVE_API_KEY",
                                endpoint=api_server.url_for("/res/v1/web/search"))
    with pytest.raises(SearchError) as caught:
        search(provider)
    assert KEY not in caught.value.message
    assert "$BRAVE_API_KEY" in caught.value.message
    assert api_server.log == []
