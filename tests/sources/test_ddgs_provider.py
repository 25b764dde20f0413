"""The ddgs provider: one pinned engine per call, failures and empty answers as SearchError."""

from __future__ import annotations

import subprocess
import sys

import pytest
from ddgs.exceptions import DDGSException, RatelimitException, TimeoutException

from helpers import FakeDdgs
from presence_audit.core.artifacts.serps import SearchResult
from presence_audit.sources.search.base import SearchError
from presence_audit.sources.search.ddgs_provider import DdgsProvider, available_engines


def search(provider: DdgsProvider, engine: str = "duckduckgo") -> list[SearchResult]:
    return provider.search("Ada Example", engine=engine, region="pt-pt", safesearch="off",
                           max_results=7)


def test_pins_the_engine_and_passes_the_parameters(fake_ddgs: FakeDdgs) -> None:
    fake_ddgs.answer = [{"title": "Ada", "href": "https://adaexample.dev/", "body": "Hi"}]
    search(DdgsProvider(timeout=2.5, proxy="socks5://127.0.0.1:9050"), engine="brave")
    assert fake_ddgs.built == [{"proxy": "socks5://127.0.0.1:9050", "timeout": 3}]
    assert fake_ddgs.calls == [{"query": "Ada Example", "region": "pt-pt", "safesearch": "off",
                                "max_results": 7, "backend": "brave"}]


def test_maps_results_in_order_keeping_only_web_links(fake_ddgs: FakeDdgs) -> None:
    fake_ddgs.answer = [
        {"title": "Ada Example | LinkedIn", "href": "https://pt.linkedin.com/in/ada-example",
         "body": "Data engineer"},
        {"title": "no link", "href": ""},
        {"title": "odd", "href": "javascript:void(0)", "body": ""},
        {"title": None, "href": "HTTP://adaexample.dev/", "body": None},
    ]
    assert search(DdgsProvider()) == [
        SearchResult(1, "Ada Example | LinkedIn", "https://pt.linkedin.com/in/ada-example",
                     "Data engineer"),
        SearchResult(2, "", "HTTP://adaexample.dev/", ""),
    ]


@pytest.mark.parametrize("engine", ["auto", "all", "duckduckgo,bing", "google", ""])
def test_refuses_anything_but_one_known_engine(fake_ddgs: FakeDdgs, engine: str) -> None:
    with pytest.raises(SearchError) as caught:
        search(DdgsProvider(), engine=engine)
    assert caught.value.kind == "config"
    assert "duckduckgo" in caught.value.message
    assert fake_ddgs.calls == []


def test_available_engines_are_the_installed_ddgs_table() -> None:
    from ddgs.engines import ENGINES

    assert "duckduckgo" in available_engines()
    assert set(available_engines()) == set(ENGINES["text"])


def test_each_engine_records_the_index_it_serves() -> None:
    # ddgs 9.x: Startpage serves Google's results, DuckDuckGo and Yahoo Bing's.
    provider = DdgsProvider()
    assert provider.index_of("startpage") == "google"
    assert provider.index_of("duckduckgo") == "bing"
    assert provider.index_of("brave") == "brave"


def test_refuses_a_known_engine_that_ddgs_disabled(
    fake_ddgs: FakeDdgs, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ddgs would quietly answer a disabled backend with its merged "auto" ranking.
    import ddgs.engines

    monkeypatch.setattr(ddgs.engines, "ENGINES", {"text": {"duckduckgo": object, "brave": object}})
    with pytest.raises(SearchError) as caught:
        search(DdgsProvider(), engine="bing")
    assert caught.value.kind == "config"
    assert "duckduckgo, brave" in caught.value.message
    assert fake_ddgs.calls == []


def test_an_unreadable_engine_table_is_a_provider_error(
    fake_ddgs: FakeDdgs, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ddgs.engines

    monkeypatch.setattr(ddgs.engines, "ENGINES", {})
    with pytest.raises(SearchError) as caught:
        search(DdgsProvider())
    assert caught.value.kind == "provider-error"
    assert fake_ddgs.calls == []


@pytest.mark.parametrize(
    ("raised", "kind"),
    [
        (TimeoutException("https://html.duckduckgo.com/html 10s timed out"), "timeout"),
        (RatelimitException("202 Ratelimit"), "rate-limited"),
        (DDGSException("https://www.bing.com/search 403 Forbidden"), "provider-error"),
    ],
)
def test_maps_ddgs_exceptions(fake_ddgs: FakeDdgs, raised: Exception, kind: str) -> None:
    fake_ddgs.answer = raised
    with pytest.raises(SearchError) as caught:
        search(DdgsProvider())
    assert caught.value.kind == kind
    assert "duckduckgo" in caught.value.message
    assert str(raised).splitlines()[0] in caught.value.message


def test_long_provider_messages_are_summarised(fake_ddgs: FakeDdgs) -> None:
    fake_ddgs.answer = DDGSException("x" * 500 + "\nsecond line")
    with pytest.raises(SearchError) as caught:
        search(DdgsProvider())
    assert len(caught.value.message) < 260
    assert "second line" not in caught.value.message


@pytest.mark.parametrize(
    "answer", [[], [{"title": "no link"}], DDGSException("No results found.")],
)
def test_an_empty_answer_is_a_block_not_an_absence(
    fake_ddgs: FakeDdgs, answer: list[dict[str, str]] | Exception
) -> None:
    fake_ddgs.answer = answer
    with pytest.raises(SearchError) as caught:
        search(DdgsProvider())
    assert caught.value.kind == "blocked"
    assert "when they block automated queries; try later or another engine" in (
        caught.value.message)


def test_start_up_does_not_import_ddgs_or_tldextract() -> None:
    code = (
        "import sys\n"
        "import presence_audit.sources.search.providers, presence_audit.text.urls\n"
        "import presence_audit.sources.search.collector\n"
        "print(sorted(m for m in ('ddgs', 'tldextract', 'requests') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_through_the_collector_a_rate_limit_at_the_ddgs_boundary_backs_off_then_measures(
    fake_ddgs: FakeDdgs, monkeypatch: pytest.MonkeyPatch
) -> None:
    from presence_audit.sources.search.base import SearchQuery
    from presence_audit.sources.search.collector import SearchPlan, gather_serps

    answers: list[list[dict[str, str]] | Exception] = [
        RatelimitException("202 Ratelimit"), TimeoutException("slow"),
        [{"title": "Ada", "href": "https://adaexample.dev/", "body": ""}],
    ]

    def text(query: str, **kwargs: object) -> list[dict[str, str]]:
        fake_ddgs.calls.append({"query": query, **kwargs})
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    monkeypatch.setattr(fake_ddgs, "text", text)
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    plan = SearchPlan(engines=("duckduckgo",), region="us-en", safesearch="moderate",
                      results=10, samples=1, pace_seconds=3.0, jitter_seconds=0.0)
    artifact = gather_serps([SearchQuery("Ada Example", "{name}")], plan, DdgsProvider(),
                            sleep=sleep, clock=lambda: now[0], rand=lambda: 0.0)
    assert [call["backend"] for call in fake_ddgs.calls] == ["duckduckgo"] * 3
    assert slept == [30.0, 60.0]
    assert artifact.problems == []
    assert artifact.data["lists"][0]["results"][0]["url"] == "https://adaexample.dev/"


def test_through_the_collector_an_empty_answer_is_not_retried(fake_ddgs: FakeDdgs) -> None:
    from presence_audit.sources.search.base import SearchQuery
    from presence_audit.sources.search.collector import SearchPlan, gather_serps

    plan = SearchPlan(engines=("duckduckgo",), region="us-en", safesearch="moderate",
                      results=10, samples=1, pace_seconds=3.0, jitter_seconds=0.0)
    artifact = gather_serps([SearchQuery("Ada Example", "{name}")], plan, DdgsProvider(),
                            sleep=lambda s: None, clock=lambda: 0.0, rand=lambda: 0.0)
    assert len(fake_ddgs.calls) == 1
    assert artifact.data["lists"][0]["error"]["kind"] == "blocked"


def test_network_failures_are_named_in_a_few_words(fake_ddgs: FakeDdgs) -> None:
    # What ddgs 9 raises when there is no network: its HTTP client's error, wrapped.
    fake_ddgs.answer = DDGSException(
        "DNSError('error sending request for url (https://html.duckduckgo.com/html/) > "
        "error resolving DNS > DNS error: no records found for Query { name: Name(...) }')"
    )
    with pytest.raises(SearchError) as caught:
        search(DdgsProvider())
    assert caught.value.kind == "connection"
    assert caught.value.message == (
        "could not reach duckduckgo: its host name does not resolve (no network or DNS?)"
    )
