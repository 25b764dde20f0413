"""Search through your own SearXNG instance, one engine pinned per call, via its JSON API.

``GET {base}/search?q=…&format=json&language=…&pageno=…&safesearch=0|1|2&engines=<one>``
through the shared HTTP client. Facts this module is built on:

- JSON output must be enabled in the instance's ``settings.yml`` (``search: formats: [html,
  json]``); otherwise SearXNG answers 403, which is reported as a configuration error with
  that fix.
- ``unresponsive_engines`` (``[[engine, reason], …]``) says which engines failed; it is kept
  with a failed list. ``number_of_results`` is not relied on (removed upstream).
- An ``engines`` value the instance does not offer is ignored by SearXNG, which then answers
  with its default engines mixed together. Each result names the engines that found it, so
  results not from the pinned engine are dropped and an answer made only of them is refused.
- SearXNG's own robots.txt forbids ``/search`` to crawlers; the instance is the user's own,
  configured for this tool, so robots.txt is not consulted for it.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from presence_audit.core.artifacts.serps import SearchResult
from presence_audit.sources.search.base import SearchError

if TYPE_CHECKING:
    from presence_audit.sources.http import FetchError, HttpClient

SAFESEARCH_LEVELS = {"off": "0", "moderate": "1", "on": "2"}
MAX_PAGES = 5
JSON_DISABLED_FIX = (
    "enable JSON output in the instance's settings.yml — `search: formats: [html, json]` — "
    "and restart it"
)


class SearxngProvider:
    """A ``SearchProvider`` over one SearXNG instance's JSON API."""

    name = "searxng"

    def __init__(self, base_url: str, http: HttpClient) -> None:
        self.base_url = base_url.rstrip("/")
        self.http = http
        self.scope = f"searxng {self.base_url}"

    def search(
        self, query: str, *, engine: str, region: str, safesearch: str, max_results: int,
        sample: int = 1,
    ) -> list[SearchResult]:
        """Up to ``max_results`` results of ``engine``, fetching further pages as needed."""
        results: list[SearchResult] = []
        seen: set[str] = set()
        for page in range(1, MAX_PAGES + 1):
            document = self._page(query, engine, region, safesearch, page)
            found = _results_of(document, engine)
            if not found:
                if page == 1:
                    raise _empty_answer(document, engine)
                break
            for title, url, snippet in found:
                if url not in seen and len(results) < max_results:
                    seen.add(url)
                    results.append(SearchResult(len(results) + 1, title, url, snippet))
            if len(results) >= max_results:
                break
        return results

    def _page(self, query: str, engine: str, region: str, safesearch: str,
              page: int) -> dict[str, Any]:
        from presence_audit.sources.http import FetchError

        params = {"q": query, "format": "json", "language": searxng_language(region),
                  "pageno": str(page), "safesearch": SAFESEARCH_LEVELS.get(safesearch, "1"),
                  "engines": engine}
        url = f"{self.base_url}/search?{urlencode(params)}"
        try:
            response = self.http.get(url, accept=("application/json",), check_robots=False)
        except FetchError as exc:
            raise _fetch_error(exc, self.base_url, engine) from exc
        try:
            document: Any = json.loads(response.text())
        except ValueError as exc:
            raise SearchError("provider-error", f"SearXNG at {self.base_url} answered with "
                                                f"malformed JSON: {exc}") from exc
        if not isinstance(document, dict) or not isinstance(document.get("results"), list):
            raise SearchError("provider-error", f"SearXNG at {self.base_url} answered JSON "
                                                "without a results list")
        return document


def searxng_language(region: str) -> str:
    """``us-en`` (ddgs style, country-language) → ``en-US``; ``wt-wt`` (no region) → ``all``."""
    parts = region.lower().split("-")
    if region.lower() in ("wt-wt", "all", ""):
        return "all"
    if len(parts) == 2 and all(len(p) == 2 for p in parts):
        return f"{parts[1]}-{parts[0].upper()}"
    return region


def _results_of(document: dict[str, Any], engine: str) -> list[tuple[str, str, str]]:
    """(title, url, snippet) of the results the pinned engine found, in the order given."""
    found: list[tuple[str, str, str]] = []
    for item in document["results"]:
        if not isinstance(item, dict):
            continue
        url = str(item.get("url") or "")
        engines = item.get("engines")
        if item.get("engine") != engine and not (isinstance(engines, list)
                                                 and engine in engines):
            continue
        if url.lower().startswith(("http://", "https://")):
            found.append((str(item.get("title") or ""), url, str(item.get("content") or "")))
    if not found and document["results"]:
        others = sorted({str(item.get("engine")) for item in document["results"]
                         if isinstance(item, dict) and item.get("engine")})
        raise SearchError(
            "config",
            f"the SearXNG instance answered without {engine!r} (from {', '.join(others)}): "
            f"enable the {engine!r} engine in its settings.yml, or use an engine it offers",
        )
    return found


def _empty_answer(document: dict[str, Any], engine: str) -> SearchError:
    failures = [entry for entry in document.get("unresponsive_engines") or []
                if isinstance(entry, list) and entry]
    ours = [entry for entry in failures if entry[0] == engine]
    details = {"unresponsive_engines": failures} if failures else None
    if not ours:
        return SearchError("blocked", f"SearXNG returned no results from {engine} and "
                                      "reported no failure — engines answer an empty page "
                                      "when they block automated queries; try later",
                           details)
    reason = str(ours[0][1]) if len(ours[0]) > 1 else "no reason given"
    lowered = reason.lower()
    if "timeout" in lowered:
        kind = "timeout"
    elif any(word in lowered for word in ("too many requests", "captcha", "suspended",
                                          "access denied", "rate")):
        kind = "rate-limited"
    else:
        kind = "provider-error"
    return SearchError(kind, f"SearXNG reports {engine} unresponsive: {reason}", details)


def _fetch_error(exc: FetchError, base_url: str, engine: str) -> SearchError:
    kind, status = exc.kind, exc.status
    if kind == "bad-status" and status == 403:
        return SearchError("config", f"SearXNG at {base_url} refused JSON output (403): "
                                     f"{JSON_DISABLED_FIX}")
    if kind == "bad-status" and status == 429:
        return SearchError("rate-limited", f"SearXNG at {base_url} is rate-limiting (429): "
                                           "turn its limiter off for this client "
                                           "(server: limiter: false) or search less often",
                           retried=True)
    if kind in ("timeout", "deadline"):
        return SearchError("timeout", f"SearXNG at {base_url} did not answer in time "
                                      f"for {engine}: {exc.message}")
    if kind in ("refused-private-address", "bad-url", "blocked-by-robots"):
        return SearchError("config", f"cannot use the SearXNG instance at {base_url}: "
                                     f"{exc.message}" + (
                                         "; for an instance on this machine or your network "
                                         "set network.allow_private: loopback (or private)"
                                         if kind == "refused-private-address" else ""))
    return SearchError("provider-error", f"SearXNG at {base_url} failed: {exc.message}")
