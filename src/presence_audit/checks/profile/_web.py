"""Website fields as members type them: often without ``https://``."""

from __future__ import annotations

import re

from presence_audit.text.urls import same_site


def as_url(site: str) -> str:
    """``adaexample.dev/about`` → ``https://adaexample.dev/about``; URLs stay as they are."""
    return site if re.match(r"^https?://", site, re.IGNORECASE) else f"https://{site}"


def on_site(site: str, domain: str) -> bool:
    """True when a website field (with or without a scheme) is on ``domain``'s site."""
    return same_site(as_url(site.strip()), domain)
