"""Search through ``ddgs``, one pinned engine per call, no API key.

``ddgs``'s default ``backend="auto"`` shuffles engines, merges their answers and re-ranks them,
so its order is no engine's rank: every call here names exactly one engine. ``ddgs`` still sorts
a single engine's answer into buckets (Wikipedia first, then results naming the query in title
and snippet, …) while keeping the engine's order inside each bucket; for name queries, where
nearly every result names the person, that rarely moves a rank, but it is why every result
list records its provider next to its engine.

``ddgs`` also answers a ``backend`` it does not offer (unknown, or disabled in that release, as
``bing``, ``google`` and ``yandex`` are in 9.16) by quietly searching ``"auto"`` instead. So
the engine is checked against the installed ``ddgs``'s own engine table before each call, and
the same table says which index each engine serves (``startpage`` → Google, ``duckduckgo``
and ``yahoo`` → Bing), which every result list records.

``ddgs`` fetches with its own HTTP client (primp, impersonating browsers): not this tool's
User-Agent, robots.txt handling or address guard. The README says so.
"""

from __future__ import annotations

import math
from typing import Any

from presence_audit.core.artifacts.serps import BLOCKED_MESSAGE, SearchResult
from presence_audit.sources.search.base import SearchError, summary
from presence_audit.text.engines import ddgs_engines

# What ddgs raises instead of returning [] — after an empty page, or when the engine had not
# answered within the timeout (ddgs cannot tell those apart, so neither can we).
_DDGS_EMPTY_ANSWER = "No results found."


class DdgsProvider:
    """A ``SearchProvider`` backed by ``ddgs.DDGS().text`` with ``backend`` pinned."""

    name = "ddgs"
    scope = "ddgs"

    def __init__(self, timeout: float = 10, proxy: str | None = None) -> None:
        self.timeout = timeout
        self.proxy = proxy

    def search(
        self, query: str, *, engine: str, region: str, safesearch: str, max_results: int,
        sample: int = 1,
    ) -> list[SearchResult]:
        """Ask ``engine`` for ``query``; every call is a fresh sample, so ``sample`` is unused."""
        available = available_engines()
        if engine not in available:
            raise SearchError(
                "config",
                f"the installed ddgs offers no {engine!r} engine (disabled upstream) and would "
                f"mix engines instead; use one of {', '.join(available) or 'none'}",
            )
        # Imported here so that start-up and commands that never search do not load ddgs.
        from ddgs import DDGS
        from ddgs.exceptions import DDGSException

        try:
            # ddgs declares its timeout in whole seconds; rounding up never cuts a call short.
            raw = DDGS(proxy=self.proxy, timeout=math.ceil(self.timeout)).text(
                query, region=region, safesearch=safesearch, max_results=max_results,
                backend=engine,
            )
        except DDGSException as exc:
            raise _search_error(exc, engine) from exc
        results = _results(raw)
        if not results:
            raise SearchError("blocked", BLOCKED_MESSAGE)
        return results


    def index_of(self, engine: str) -> str | None:
        """Whose results ``engine`` serves, from the installed ddgs's table."""
        return (ddgs_engines() or {}).get(engine)


def available_engines() -> tuple[str, ...]:
    """The text engines the installed ``ddgs`` really offers, from its own table."""
    offered = ddgs_engines()
    if offered is None:
        # Without ddgs's table a pinned engine cannot be told from a silent "auto".
        raise SearchError("provider-error", "cannot list the engines of the installed ddgs")
    return tuple(offered)


def _results(raw: Any) -> list[SearchResult]:
    """Results ranked 1..n in the order returned; an item without an http(s) link is none."""
    items = [
        item for item in raw or []
        if isinstance(item, dict)
        and str(item.get("href") or "").lower().startswith(("http://", "https://"))
    ]
    return [
        SearchResult(
            rank=rank,
            title=str(item.get("title") or ""),
            url=str(item["href"]),
            snippet=str(item.get("body") or ""),
        )
        for rank, item in enumerate(items, start=1)
    ]


def _search_error(exc: Exception, engine: str) -> SearchError:
    from ddgs.exceptions import RatelimitException, TimeoutException

    if isinstance(exc, TimeoutException):
        return SearchError("timeout", f"{engine} did not answer in time: {summary(exc)}")
    if isinstance(exc, RatelimitException):
        return SearchError("rate-limited", f"{engine} is rate-limiting: {summary(exc)}")
    if str(exc).strip() == _DDGS_EMPTY_ANSWER:
        return SearchError(
            "blocked", f"{engine} gave no results in time — engines answer an empty page when "
                       "they block automated queries; try later or another engine",
        )
    text = str(exc)
    # ddgs wraps its HTTP client's errors in long reprs; name the cause in a few words.
    if "DNSError" in text or "error resolving DNS" in text:
        return SearchError("connection", f"could not reach {engine}: its host name does not "
                                         "resolve (no network or DNS?)")
    if "ConnectError" in text or "error sending request" in text:
        return SearchError("connection", f"could not connect to {engine}: {summary(exc)}")
    return SearchError("provider-error", f"ddgs failed on {engine}: {summary(exc)}")
