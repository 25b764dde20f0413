"""Which social account an address belongs to, from the site list shipped in the package.

The list (``social_hosts.json``) is data, not code, so a site is added without touching any
logic; it is read once.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import unquote, urlsplit

SITES_FILE = "social_hosts.json"
FEDIVERSE = "Mastodon-style"


class _Site(NamedTuple):
    site: str
    hosts: tuple[str, ...]
    path: str | None  # compiled when a host of the site is first met (`re` caches it)
    subdomains_of: tuple[str, ...]


class _Sites(NamedTuple):
    sites: tuple[_Site, ...]
    reserved: frozenset[str]
    fediverse: re.Pattern[str]


class Account(NamedTuple):
    """One account on one site: ``url`` is the account's own page."""

    site: str
    handle: str
    url: str
    instance: str | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        """What makes two addresses the same account (X and Twitter are one site)."""
        return (self.site, self.handle.casefold(), self.instance or "")

    @property
    def label(self) -> str:
        return f"{self.site} {self.url.removeprefix('https://')}"


@lru_cache(maxsize=1)
def _load() -> _Sites:
    # Beside this module, as the package ships it; `importlib.resources` costs 7 ms to import.
    text = Path(__file__).with_name(SITES_FILE)
    document: Any = json.loads(text.read_text(encoding="utf-8"))
    sites = tuple(
        _Site(
            site=str(entry["site"]),
            hosts=tuple(entry.get("hosts", ())),
            path=str(entry["path"]) if "path" in entry else None,
            subdomains_of=tuple(entry.get("subdomains_of", ())),
        )
        for entry in document["sites"]
    )
    return _Sites(sites=sites, reserved=frozenset(document["subdomain_reserved"]),
                  fediverse=re.compile(document["fediverse_path"]))


def _on(host: str, domain: str) -> bool:
    return host == domain or host.endswith(f".{domain}")


def account_of(url: str) -> Account | None:
    """The social account ``url`` shows or sits under, or ``None``."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").rstrip(".").removeprefix("www.")
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    path = unquote(parts.path) or "/"
    table = _load()
    listed = False
    for site in table.sites:
        for parent in site.subdomains_of:
            if host.endswith(f".{parent}"):
                listed = True
                label = host[: -len(parent) - 1]
                if "." not in label and label not in table.reserved:
                    return Account(site.site, label, f"https://{host}")
        if site.path is None or not any(_on(host, h) for h in site.hosts):
            continue
        listed = True
        found = re.match(site.path, path)
        if found is not None:
            instance = host if site.site == "Mastodon" else None
            return Account(site.site, found.group("handle"),
                           f"https://{host}{found.group(0)}", instance)
    if listed:
        return None
    found = table.fediverse.match(path)
    if found is None:
        return None
    return Account(FEDIVERSE, found.group("handle"), f"https://{host}{found.group(0)}", host)
