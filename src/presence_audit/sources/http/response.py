"""What a successful fetch returns: the final URL, status, headers and the whole (capped) body."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from presence_audit.sources.http import charset


@dataclass(frozen=True)
class Response:
    """A 2xx answer (or an unfollowed 3xx), body read in full and within its cap.

    ``url`` is the final URL and ``redirects`` every URL visited before it; ``headers`` has
    lower-cased names; ``content_type`` is the bare media type, lower-cased (``""`` when the
    server sent none) and ``encoding`` the header's charset, if any. ``elapsed_ms`` is the time
    spent on the network for this page — connecting, asking and reading, over every redirect
    hop — without robots.txt, politeness waits or retry back-off (near 0 for a cache hit);
    ``from_cache`` is true when the body came from the HTTP cache (revalidated with a 304 or
    not).
    """

    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    content_type: str
    encoding: str | None
    elapsed_ms: int
    redirects: tuple[str, ...]
    from_cache: bool

    def text(self) -> str:
        """The body as text, its encoding chosen as browsers do (``sources.http.charset``)."""
        return charset.decode(self.body, self.encoding)[0]


def media_type_allowed(media: str, accepted: Iterable[str]) -> bool:
    """Whether ``media`` is one of ``accepted``, where ``image/*`` stands for every image type."""
    kind = media.split("/", 1)[0]
    for given in accepted:
        pattern = given.strip().lower()
        if pattern in (media, "*/*") or (pattern.endswith("/*") and pattern[:-2] == kind):
            return True
    return False
