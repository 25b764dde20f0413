"""Search through the Brave Search API with a key read from the environment.

``GET https://api.search.brave.com/res/v1/web/search?q=…&count=1..20&offset=…`` with the
headers ``X-Subscription-Token: <key>`` and ``Accept: application/json``; results are in
``web.results[]`` (``url``, ``title``, ``description``). ``offset`` counts pages of ``count``
results (at most 9), so up to 50 results take three calls.

The key is a credential: it comes from the environment variable named by
``search.brave_api_key_env``, is sent only to the API host, never with a redirect followed
(requests would forward the header to wherever the redirect points), and never appears in a
message, an artifact or a log.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from presence_audit.core.artifacts.serps import SearchResult
from presence_audit.sources.search.base import SearchError

if TYPE_CHECKING:
    from presence_audit.sources.http import FetchError, HttpClient

ENDPOINT = "https://api.search.brave.com/res/v1/web/search"
ENGINE = "brave"
MAX_COUNT = 20
MAX_OFFSET = 9
SAFESEARCH = {"off": "off", "moderate": "moderate", "on": "strict"}


class BraveApiProvider:
    """A ``SearchProvider`` over the Brave Search API; it offers the ``brave`` engine only."""

    name = "brave-api"
    scope = "brave-api"

    @staticmethod
    def index_of(engine: str) -> str:
        """The Brave Search API answers from Brave's own index."""
        return "brave"

    def __init__(self, http: HttpClient, api_key: str, key_env: str,
                 endpoint: str | None = None) -> None:
        self.http = http
        self._key = api_key
        self.key_env = key_env
        self.endpoint = endpoint or ENDPOINT

    def __repr__(self) -> str:
        return f"BraveApiProvider(key from ${self.key_env})"

    def search(
        self, query: str, *, engine: str, region: str, safesearch: str, max_results: int,
        sample: int = 1,
    ) -> list[SearchResult]:
        """Up to ``max_results`` results, one call per page of up to 20."""
        if engine != ENGINE:
            raise SearchError("config", f"the Brave Search API searches Brave only, not "
                                        f"{engine!r}: use engines: [brave]")
        count = min(max_results, MAX_COUNT)
        results: list[SearchResult] = []
        seen: set[str] = set()
        for offset in range(MAX_OFFSET + 1):
            found = self._page(query, region, safesearch, count, offset)
            for title, url, snippet in found:
                if url not in seen and len(results) < max_results:
                    seen.add(url)
                    results.append(SearchResult(len(results) + 1, title, url, snippet))
            if len(found) < count or len(results) >= max_results:
                break
        if not results:
            raise SearchError("blocked", "the Brave Search API returned no web results; an "
                                         "empty answer is never read as \"not found\"")
        return results

    def _page(self, query: str, region: str, safesearch: str, count: int,
              offset: int) -> list[tuple[str, str, str]]:
        from presence_audit.sources.http import FetchError

        params = {"q": query, "count": str(count), "offset": str(offset),
                  "safesearch": SAFESEARCH.get(safesearch, "moderate"), **_locale(region)}
        url = f"{self.endpoint}?{urlencode(params)}"
        try:
            response = self.http.get(
                url, accept=("application/json",),
                headers={"X-Subscription-Token": self._key, "Accept": "application/json"},
                check_robots=False, follow_redirects=False,
            )
        except FetchError as exc:
            raise self._fetch_error(exc) from exc
        if 300 <= response.status < 400:
            raise SearchError("provider-error", _redirect_message(response.status))
        try:
            document: Any = json.loads(response.text())
        except ValueError as exc:
            raise SearchError("provider-error",
                              f"the Brave Search API answered with malformed JSON: {exc}") from exc
        if not isinstance(document, dict):
            raise SearchError("provider-error", "the Brave Search API answered JSON that is "
                                                "not an object")
        web = document.get("web")
        items = web.get("results") if isinstance(web, dict) else None
        if not isinstance(items, list):
            # No "web" section is how the API answers a query with no web results.
            return []
        return [
            (str(item.get("title") or ""), str(item["url"]), str(item.get("description") or ""))
            for item in items
            if isinstance(item, dict)
            and str(item.get("url") or "").lower().startswith(("http://", "https://"))
        ]

    def _fetch_error(self, exc: FetchError) -> SearchError:
        kind, status = exc.kind, exc.status
        if kind == "bad-status" and status in (401, 403):
            return SearchError("config", f"the Brave Search API refused the key in "
                                         f"${self.key_env} ({status}): check the key and "
                                         "your plan at https://api-dashboard.search.brave.com")
        if kind == "bad-status" and status == 422:
            return SearchError("config", "the Brave Search API rejected the request (422): "
                                         "check search.region and search.results")
        if kind == "bad-status" and status == 429:
            return SearchError("rate-limited", "the Brave Search API is rate-limiting (429): "
                                                "your plan's requests per second or month ran "
                                                "out", retried=True)
        if kind == "bad-status" and status is not None and 300 <= status < 400:
            return SearchError("provider-error", _redirect_message(status))
        if kind in ("timeout", "deadline"):
            return SearchError("timeout", f"the Brave Search API did not answer in time: "
                                          f"{self._redact(exc.message)}")
        return SearchError("provider-error",
                           f"the Brave Search API failed: {self._redact(exc.message)}")

    def _redact(self, text: str) -> str:
        # The HTTP layer's messages may quote a request header, as is or as a Python repr;
        # the key must never show either way.
        for form in (self._key, repr(self._key)[1:-1]):
            text = text.replace(form, f"${self.key_env}")
        return text


def _redirect_message(status: int) -> str:
    return (f"the Brave Search API answered with a redirect ({status}); it was not followed, "
            "so the key was not sent anywhere else")


def _locale(region: str) -> dict[str, str]:
    """``us-en`` → country ``US``, language ``en``; ``wt-wt`` → every country."""
    parts = region.lower().split("-")
    if len(parts) == 2 and all(len(p) == 2 for p in parts) and parts != ["wt", "wt"]:
        return {"country": parts[0].upper(), "search_lang": parts[1]}
    return {"country": "ALL"}
