"""URL comparisons the checks rely on: same site, same profile.

Registrable domains come from the Public Suffix List snapshot bundled with ``tldextract``,
read by ``text.public_suffix``: never a fresher list from the network, never a cache written,
so audits give the same answer offline, in CI and from saved artifacts. PSL *private* suffixes
(``github.io``, ``netlify.app``, ``blogspot.com``) count as suffixes, so ``ada.github.io`` and
``someone-else.github.io`` are different sites.
"""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from presence_audit.text import public_suffix

WEB_SCHEMES = ("http", "https")

# "host:8080/path" is a host with a port; "mailto:ada@…" or "ftp:…" is a scheme we refuse.
_SCHEME_PREFIX = re.compile(r"^[a-z][a-z0-9+.-]*:(?!\d+(?:/|$))", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _host_of_url(url: str) -> str | None:
    """The lowercased host of an http(s) URL, or ``None`` for anything else.

    Cached: the checks over a run's search results ask about the same few hundred URLs
    thousands of times."""
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
    return public_suffix.registrable(host) or host


# Domains where many people publish. A portfolio there is its own path (medium.com/@ada) or
# its own subdomain (ada.wordpress.com), never the whole domain: otherwise every stranger's
# page on it would count as yours. (Hosts on the Public Suffix List's private section, such
# as github.io or netlify.app, are already told apart by their registrable domain.)
SHARED_SITES = frozenset({
    "about.me", "artstation.com", "behance.net", "bsky.app", "carrd.co", "codepen.io",
    "dev.to", "dribbble.com", "facebook.com", "github.com", "gitlab.com", "google.com",
    "hashnode.dev", "huggingface.co", "instagram.com", "kaggle.com", "linkedin.com",
    "linktr.ee", "mastodon.social", "medium.com", "notion.site", "read.cv", "slideshare.net",
    "speakerdeck.com", "squarespace.com", "stackoverflow.com", "substack.com", "tumblr.com",
    "twitter.com", "wixsite.com", "wordpress.com", "x.com", "youtube.com",
})
# On these shared domains the first path segment is a section, the second the person's own
# (sites.google.com/view/ada, stackoverflow.com/users/123).
_SECTION_SEGMENTS = frozenset({"view", "site", "users", "user", "u", "in", "pub", "p", "c"})


def site_key(url_or_site: str) -> str | None:
    """What counts as "the same site" as this address, as a comparable key.

    Usually the registrable domain (``https://blog.ada.dev/x`` → ``ada.dev``). On a shared
    domain (``SHARED_SITES``) it is the subdomain (``ada.wordpress.com``) or the person's own
    path (``medium.com/@ada``, ``sites.google.com/view/ada``). Keys are their own keys, so a
    key may be passed wherever an address is. ``None`` for non-web addresses.
    """
    text = url_or_site.strip()
    host = _host_of(text)
    if host is None:
        return None
    domain = registrable_domain(host)
    if domain not in SHARED_SITES:
        return domain
    bare = host.removeprefix("www.")
    if bare not in (domain, f"sites.{domain}"):
        return bare
    raw = text if "://" in text else "http://" + text.removeprefix("//")
    segments = [unquote(p) for p in urlsplit(raw).path.split("/") if p]
    take = 2 if segments and segments[0].lower() in _SECTION_SEGMENTS else 1
    own = segments[:take]
    return f"{bare}/{'/'.join(own)}".lower() if own else domain


def same_site(url: str, site: str) -> bool:
    """True when the http(s) ``url`` is on ``site`` (an address or a ``site_key``).

    ``blog.ada.dev/x`` is on ``ada.dev``; ``ada.dev.evil.io`` and ``notada.dev`` are not;
    ``medium.com/@ada/post`` is on ``medium.com/@ada`` and ``medium.com/@someone`` is not.
    """
    if _host_of_url(url) is None:
        return False
    wanted = site_key(site)
    found = site_key(url)
    if wanted is None or found is None:
        return False
    if "/" in wanted:
        return found == wanted
    if wanted != registrable_domain(wanted):
        # A subdomain of a shared site: only that host and the hosts below it.
        host = (_host_of_url(url) or "").removeprefix("www.")
        return host == wanted or host.endswith(f".{wanted}")
    return found == wanted or registrable_domain(url) == wanted


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
    # Profile names are case-insensitive on every site we know (x.com/AdaExample is
    # x.com/adaexample), and a configured address is often typed in another case.
    result, profile = result.casefold(), profile.casefold()
    return result == profile or result.startswith(profile + "/")


CREDENTIALS_IN_URL = (
    "search.searxng_url holds a user name or password, which are never sent (nor shown): "
    "use an address of the instance that needs none"
)


def has_credentials(url: str) -> bool:
    """True when ``url`` carries ``user:password@`` (which would end up in messages).

    Read from the text, not ``urlsplit``: a malformed address must be caught too.
    """
    return "@" in url.split("://", 1)[-1].split("/", 1)[0]
