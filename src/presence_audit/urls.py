"""URL comparisons the checks rely on: same site, same profile.

Registrable domains come from the Public Suffix List bundled with ``tldextract``. The extractor
is built so that it never downloads a fresher list and never writes a cache: audits must give
the same answer offline, in CI and from saved artifacts, and must not touch the network outside
the collectors. PSL *private* suffixes (``github.io``, ``netlify.app``, ``blogspot.com``) count
as suffixes, so ``ada.github.io`` and ``someone-else.github.io`` are different sites.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

if TYPE_CHECKING:
    from tldextract import TLDExtract

    from presence_audit.model import Subject

WEB_SCHEMES = ("http", "https")

# "host:8080/path" is a host with a port; "mailto:ada@…" or "ftp:…" is a scheme we refuse.
_SCHEME_PREFIX = re.compile(r"^[a-z][a-z0-9+.-]*:(?!\d+(?:/|$))", re.IGNORECASE)


@lru_cache(maxsize=1)
def _extractor() -> TLDExtract:
    # Imported here: tldextract pulls in requests, which start-up must not pay for.
    from tldextract import TLDExtract

    # No suffix-list URLs and no cache folder: the bundled snapshot is the only source, so
    # nothing is fetched and nothing is written.
    return TLDExtract(
        cache_dir=None,
        suffix_list_urls=(),
        fallback_to_snapshot=True,
        include_psl_private_domains=True,
    )


def _host_of_url(url: str) -> str | None:
    """The lowercased host of an http(s) URL, or ``None`` for anything else."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in WEB_SCHEMES or not host:
        return None
    return host.rstrip(".") or None


def _host_of(url_or_host: str) -> str | None:
    text = url_or_host.strip()
    if "://" in text:
        return _host_of_url(text)
    if _SCHEME_PREFIX.match(text):
        return None
    return _host_of_url("http://" + text.removeprefix("//"))


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def registrable_domain(url_or_host: str) -> str | None:
    """The registrable domain (``blog.ada.dev`` → ``ada.dev``) of an http(s) URL or a host.

    Hosts without a known public suffix (``localhost``, ``foo.example``, IP addresses) are
    their own site: the lowercased host is returned. Non-web URLs give ``None``.
    """
    host = _host_of(url_or_host)
    if host is None:
        return None
    if _is_ip(host):
        return host
    parts = _extractor()(host)
    if parts.domain and parts.suffix:
        return f"{parts.domain}.{parts.suffix}"
    return host


def same_site(url: str, domain: str) -> bool:
    """True when the http(s) ``url`` lives on the same registrable domain as ``domain``.

    ``blog.ada.dev/x`` is on ``ada.dev``; ``ada.dev.evil.io`` and ``notada.dev`` are not.
    ``domain`` may be a host or a URL; it is reduced to its registrable domain first.
    """
    if _host_of_url(url) is None:
        return False
    site = registrable_domain(url)
    wanted = registrable_domain(domain)
    return site is not None and site == wanted


def _is_linkedin(host: str) -> bool:
    return host == "linkedin.com" or host.endswith(".linkedin.com")


def normalize_profile_url(url: str) -> str | None:
    """A comparable ``host/path`` form of a profile URL, or ``None`` if it is not http(s).

    Scheme, ``www.``, query, fragment and trailing slash are dropped and the path is
    percent-decoded. LinkedIn country and mobile hosts (``uk.linkedin.com``) become
    ``linkedin.com`` and the path is lowercased, because LinkedIn vanity names are
    case-insensitive. GitHub keeps only the lowercased login: ``github.com/ada-example``
    stands for the profile and everything its owner publishes under it.
    """
    host = _host_of_url(url)
    if host is None:
        return None
    host = host.removeprefix("www.")
    path = unquote(urlsplit(url.strip()).path).strip("/")
    if _is_linkedin(host):
        return _join("linkedin.com", path.lower())
    if host == "github.com":
        return _join(host, path.split("/", 1)[0].lower())
    return _join(host, path)


def _join(host: str, path: str) -> str:
    return f"{host}/{path}" if path else host


def profile_matches(result_url: str, profile_url: str) -> bool:
    """True when a search result shows the profile itself or one of its sub-pages.

    Sub-pages count (``linkedin.com/in/ada-example/details/experience``, a repository under
    ``github.com/ada-example``) because a visitor who lands there sees the profile's name
    and is one click from it. A longer name is a different profile: ``/in/ada-example-2``
    does not match ``/in/ada-example``.
    """
    result = normalize_profile_url(result_url)
    profile = normalize_profile_url(profile_url)
    if result is None or profile is None:
        return False
    return result == profile or result.startswith(profile + "/")


def owned_by(subject: Subject) -> Callable[[str], bool]:
    """A test for "is this URL yours": on the portfolio's site or one of the profiles."""
    domain = registrable_domain(subject.portfolio_url) if subject.portfolio_url else None
    profiles = list(subject.profile_urls.values())

    def owned(url: str) -> bool:
        if domain is not None and same_site(url, domain):
            return True
        return any(profile_matches(url, profile) for profile in profiles)

    return owned
