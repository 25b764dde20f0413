"""Config for search providers, retries, the day cache, namesakes and the watchlist."""

from __future__ import annotations

from pathlib import Path

import pytest

from presence_audit.config.errors import ConfigError
from presence_audit.config.load import parse_config


def load(text: str) -> object:
    return parse_config("person:\n  name: Ada Example\n" + text, Path("p.yaml")).config


def test_defaults_pace_retry_and_cache_politely() -> None:
    config = parse_config("person: {name: Ada}\n").config
    search = config.search
    assert (search.provider, search.engines) == ("ddgs", ["duckduckgo", "brave"])
    assert (search.retries, search.retry_backoff_seconds, search.cache) == (2, 30.0, True)
    assert search.brave_api_key_env == "BRAVE_API_KEY"


def test_the_brave_provider_searches_brave_without_saying_so_twice() -> None:
    config = parse_config("person: {name: Ada}\nsearch: {provider: brave}\n").config
    assert config.search.engines == ["brave"]


def test_searxng_takes_the_engines_its_instance_names() -> None:
    config = parse_config("person: {name: Ada}\nsearch:\n  provider: searxng\n"
                          "  searxng_url: http://localhost:8888\n"
                          "  engines: [startpage, qwant, google news]\n").config
    assert config.search.engines == ["startpage", "qwant", "google news"]


def test_person_not_me_and_watchlist_reach_the_subject() -> None:
    config = parse_config(
        "person:\n  name: Ada\n  not_me: [painter.example, 'https://x.com/adaexample_art']\n"
        "  watchlist: [adaexample_dev_2009]\n").config
    subject = config.subject()
    assert subject.not_me == ("painter.example", "https://x.com/adaexample_art")
    assert subject.watchlist == ("adaexample_dev_2009",)


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        pytest.param("search: {provider: brave, engines: [duckduckgo]}\n",
                     ["p.yaml:3", "search.engines", "use engines: [brave]"], id="brave-engines"),
        pytest.param("search: {provider: searxng}\n",
                     ["p.yaml:3", "search.searxng_url", "http://localhost:8888"],
                     id="searxng-without-url"),
        pytest.param("search: {provider: searxng, searxng_url: 'localhost:8888'}\n",
                     ["search.searxng_url", "http"], id="searxng-url-scheme"),
        pytest.param("search: {provider: searxng, searxng_url: 'http://a', engines: [Bing!]}\n",
                     ["search.engines", "not an engine name"], id="searxng-engine-name"),
        pytest.param("search: {provider: bingo}\n", ["search.provider", "searxng"],
                     id="unknown-provider"),
        pytest.param("search: {retries: 5}\n", ["search.retries", "2"], id="too-many-retries"),
        pytest.param("search: {retry_backoff_seconds: 5}\n", ["search.retry_backoff_seconds",
                                                              "30"], id="short-backoff"),
        pytest.param("  not_me: ['not a domain']\n", ["person.not_me", "neither a domain"],
                     id="not-me"),
        pytest.param("  watchlist: ['  ']\n", ["person.watchlist", "empty term"],
                     id="blank-watch-term"),
    ],
)
def test_mistakes_name_the_key(text: str, fragments: list[str]) -> None:
    with pytest.raises(ConfigError) as caught:
        load(text)
    for fragment in fragments:
        assert fragment in str(caught.value)


@pytest.mark.parametrize("value", ["BSAq1w2e3r4t5y6u7i8o9p0", "my_lower_key", "MY KEY"])
def test_a_key_pasted_where_its_variable_name_goes_is_refused_and_never_echoed(
    value: str,
) -> None:
    with pytest.raises(ConfigError) as caught:
        load(f"search: {{brave_api_key_env: '{value}'}}\n")
    assert "search.brave_api_key_env" in str(caught.value)
    assert "NAME of an environment variable" in str(caught.value)
    assert value not in str(caught.value)


def test_a_searxng_address_with_a_password_is_refused_and_never_echoed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SEARX_PASSWORD", "s3cret-pw")
    with pytest.raises(ConfigError) as caught:
        load("search:\n  provider: searxng\n"
             "  searxng_url: https://ada:${SEARX_PASSWORD}@searx.example\n")
    assert "search.searxng_url" in str(caught.value)
    assert "user name or password" in str(caught.value)
    assert "s3cret-pw" not in str(caught.value)
