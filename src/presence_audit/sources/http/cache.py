"""The HTTP cache: one SQLite file shared by every thread of a run, and by later runs.

Fresh responses are answered from the file without touching the network; stale ones that carry
an ``ETag`` or ``Last-Modified`` are revalidated with a conditional request, which costs a 304
and no body. Only GET responses are stored, never those of requests that carried credentials
(the client sends those around the cache), and entries are JSON rather than pickles, so a
tampered cache file cannot run code.
"""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path
from typing import Any

from requests import Response
from requests_cache import CachedSession
from requests_cache.backends.sqlite import SQLiteCache
from requests_cache.models.response import CachedResponse

from presence_audit.core.secrets import contains_secret
from presence_audit.core.userdirs import cache_folder

CACHE_FILE_NAME = "http-cache.sqlite"
# Answers worth keeping: pages and permanent redirects. A 404 or 410 is asked again on the next
# run, though RFC 9111 would allow storing it: people re-run the audit right after fixing a
# page, and a cached "not found" would report the broken page they just repaired.
CACHEABLE_STATUSES = (200, 203, 300, 301, 308)
# Request headers a cached answer must match: the same URL asked for JSON and for HTML may get
# different bodies.
MATCHED_HEADERS = ("Accept", "Accept-Language")


def default_cache_path() -> Path:
    return cache_folder() / CACHE_FILE_NAME


class _SerializedSQLiteCache(SQLiteCache):
    """The SQLite backend with every read serialised with every write.

    requests-cache shares one ``sqlite3`` connection between threads and locks only writes;
    reads running beside a write on that shared connection have failed with spurious
    ``DatabaseError``s and even crashed the interpreter (requests-cache issues #820, #1008).
    One lock around each access removes the overlap, and costs nothing at the rate an audit
    makes requests.
    """

    def __init__(self, db_path: Path, **kwargs: Any) -> None:
        self._access = threading.RLock()
        super().__init__(db_path, **kwargs)

    def get_response(self, key: str, default: Any = None) -> CachedResponse | None:
        with self._access:
            response: CachedResponse | None = super().get_response(key, default)
            return response

    def save_response(self, response: Response, cache_key: str | None = None,
                      expires: datetime | None = None) -> None:
        with self._access:
            super().save_response(response, cache_key, expires)

    def delete(self, *args: Any, **kwargs: Any) -> None:
        with self._access:
            super().delete(*args, **kwargs)


def open_cached_session(path: Path, ttl_seconds: int) -> CachedSession:
    """A session backed by the cache file at ``path`` (created with its folder if missing).

    Raises ``sqlite3.Error`` or ``OSError`` when the file cannot be opened.
    """
    backend = _SerializedSQLiteCache(path.expanduser(), serializer="json")
    return CachedSession(
        backend=backend,
        expire_after=ttl_seconds,
        allowable_codes=CACHEABLE_STATUSES,
        allowable_methods=("GET",),
        match_headers=MATCHED_HEADERS,
        # The configured TTL decides freshness, not the site's Cache-Control: a second run within
        # the TTL must not touch the network, whatever max-age the site chose.
        cache_control=False,
        # An answer that holds a secret (a token echoed into a redirect, a key reflected in a
        # page) is not written to disk at all.
        filter_fn=_holds_no_secret,
    )


def _holds_no_secret(response: Response) -> bool:
    request_url = response.request.url if response.request is not None else ""
    texts = [response.url or "", request_url or "", *response.headers.values()]
    return not any(contains_secret(text) for text in texts) and not contains_secret(
        response.content or b"")
