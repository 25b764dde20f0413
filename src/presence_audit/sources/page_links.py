"""Where a page points: profile sites, ``rel="me"``, contact routes and the first h-card.

One pass over the page's links classifies each: a known profile host (``github.com``,
``linkedin.com``, a Mastodon-style ``/@user`` path, …), a contact route (``mailto:``,
``tel:``, a contact or booking page), or just another site. Lists are capped; ``total``
says how many links there were in all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import unquote, urljoin, urlsplit

from presence_audit.core.model import JSONDict
from presence_audit.sources import html_tree
from presence_audit.sources.html_tree import Element, attribute, has_class, xpath
from presence_audit.text.urls import registrable_domain

MAX_LINKS = 200
MAX_PROFILE_LINKS = 100
MAX_CONTACTS = 20
MAX_TEXT = 200

# registrable domain (or host) → the site's label, as readers know it.
PROFILE_HOSTS: dict[str, str] = {
    "linkedin.com": "linkedin",
    "github.com": "github",
    "gitlab.com": "gitlab",
    "bitbucket.org": "bitbucket",
    "codeberg.org": "codeberg",
    "x.com": "x",
    "twitter.com": "x",
    "bsky.app": "bluesky",
    "stackoverflow.com": "stackoverflow",
    "stackexchange.com": "stackexchange",
    "medium.com": "medium",
    "dev.to": "dev.to",
    "hashnode.com": "hashnode",
    "substack.com": "substack",
    "youtube.com": "youtube",
    "youtu.be": "youtube",
    "speakerdeck.com": "speakerdeck",
    "slideshare.net": "slideshare",
    "kaggle.com": "kaggle",
    "huggingface.co": "huggingface",
    "orcid.org": "orcid",
    "researchgate.net": "researchgate",
    "behance.net": "behance",
    "dribbble.com": "dribbble",
    "codepen.io": "codepen",
    "instagram.com": "instagram",
    "facebook.com": "facebook",
    "threads.net": "threads",
    "tiktok.com": "tiktok",
    "twitch.tv": "twitch",
    "npmjs.com": "npm",
    "pypi.org": "pypi",
    "keybase.io": "keybase",
}
# Hosts whose registrable domain is shared with unrelated services.
PROFILE_EXACT_HOSTS: dict[str, str] = {"scholar.google.com": "google-scholar"}
SCHEDULING_HOSTS = frozenset({"calendly.com", "cal.com", "savvycal.com", "tidycal.com",
                              "zcal.co"})
FORM_SERVICES = ("formspree.io", "getform.io", "formsubmit.co", "usebasin.com",
                 "web3forms.com", "forms.gle", "typeform.com", "tally.so")

_FEDIVERSE_PATH = re.compile(r"^/@[\w.-]{1,64}/?$")
_CONTACT_WORDS = re.compile(
    r"\b(?:contact|kontakt|contacto|contato|get in touch|hire me|say hello|say hi|"
    r"write to me|work with me)\b",
    re.IGNORECASE,
)


_ANCHORS_AND_LINKS = xpath("//a | //link")
_FORMS = xpath("//form")
_FIELDS = xpath(".//input | .//textarea | .//select")
_H_CARD = xpath(f"//*[{has_class('h-card')}]")
_P_NAME = xpath(f".//*[{has_class('p-name')}]")
_U_URL = xpath(f".//*[{has_class('u-url')}]")
_U_PHOTO = xpath(f".//*[{has_class('u-photo')}]")
_P_TEL = xpath(f".//*[{has_class('p-tel')}]")
_P_STREET = xpath(f".//*[{has_class('p-street-address')}]")
_IMG = xpath(".//img")


@dataclass
class Links:
    """The page's links, classified."""

    rel_me: list[str] = field(default_factory=list)
    profile_links: list[JSONDict] = field(default_factory=list)
    external_links: list[str] = field(default_factory=list)
    contact: JSONDict = field(default_factory=lambda: {
        "emails": [], "phones": [], "pages": [], "forms": [],
    })
    total: int = 0


@dataclass
class HCard:
    """The first h-card's basics, and the personal details it marks up."""

    summary: JSONDict
    phones: list[str]
    addresses: list[str]


def read_links(root: Element, base: str) -> Links:
    links = Links()
    page_site = _domain(base)
    seen_external: set[str] = set()
    seen_rel_me: set[str] = set()
    profiles: dict[str, JSONDict] = {}
    for tag in _ANCHORS_AND_LINKS(root):
        href = attribute(tag, "href")
        if not href:
            continue
        rels = _rels(tag)
        if tag.tag == "link" and "me" not in rels:
            continue
        links.total += 1
        scheme = href.partition(":")[0].lower() if ":" in href else ""
        if scheme == "mailto":
            _add_emails(links, href)
            continue
        if scheme == "tel":
            _add_unique(links.contact["phones"], unquote(href[4:]).strip(), MAX_CONTACTS)
            continue
        url = absolute_url(base, href)
        if url is None:
            continue
        text = _link_text(tag)
        if "me" in rels:
            _add_unique(links.rel_me, url, MAX_LINKS, seen_rel_me)
        if _is_contact_page(url, text):
            pages = links.contact["pages"]
            if len(pages) < MAX_CONTACTS and all(p["url"] != url for p in pages):
                pages.append({"url": url, "text": text})
        if _domain(url) == page_site:
            continue
        _add_unique(links.external_links, url.split("#", 1)[0], MAX_LINKS, seen_external)
        site = profile_site(url)
        known = profiles.get(url)
        if known is not None:
            # The same profile linked twice (an icon and a <link rel="me">): keep the best of both.
            known["text"] = known["text"] or text
            known["rel_me"] = known["rel_me"] or "me" in rels
        elif site and len(links.profile_links) < MAX_PROFILE_LINKS:
            profiles[url] = {"url": url, "site": site, "text": text, "rel_me": "me" in rels}
            links.profile_links.append(profiles[url])
    links.contact["forms"] = _contact_forms(root, base)
    return links


def absolute_url(base: str, href: str) -> str | None:
    """``href`` resolved against ``base`` if it is an http(s) URL with a host, else ``None``."""
    try:
        url = urljoin(base, href.strip())
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # e.g. "http://[::1" — strangers' markup
        return None
    if parts.scheme not in ("http", "https") or not host:
        return None
    return url


@lru_cache(maxsize=1024)
def _domain_of_host(host: str) -> str | None:
    return registrable_domain(host)


def _domain(url: str) -> str | None:
    # Pages repeat the same few hosts thousands of times; the suffix lookup is the slow part.
    host = urlsplit(url).hostname
    return _domain_of_host(host) if host else None


def profile_site(url: str) -> str | None:
    """The label of a known profile site for ``url`` (``github``), or ``None``."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    if host in PROFILE_EXACT_HOSTS:
        return PROFILE_EXACT_HOSTS[host]
    domain = _domain(url)
    if domain in PROFILE_HOSTS:
        return PROFILE_HOSTS[domain]
    if _FEDIVERSE_PATH.match(parts.path):
        # Mastodon, Pixelfed, PeerTube and friends all use /@user on their own hosts.
        return "fediverse"
    return None


def read_h_card(root: Element, base: str) -> HCard | None:
    """The first ``h-card``: ``p-name``, ``u-url``, ``u-photo`` (no full microformats parse)."""
    card = html_tree.first(_H_CARD(root))
    if card is None:
        return None
    name = html_tree.first(_P_NAME(card))
    return HCard(
        summary={
            "name": _text(name) if name is not None else None,
            "url": _link_of(html_tree.first(_U_URL(card)), base),
            "photo": _link_of(html_tree.first(_U_PHOTO(card)), base),
        },
        phones=[t for t in (_text(tag) for tag in _P_TEL(card)) if t],
        addresses=[t for t in (_text(tag) for tag in _P_STREET(card)) if t],
    )


def _link_of(tag: Element | None, base: str) -> str | None:
    if tag is None:
        return None
    value = attribute(tag, "href") or attribute(tag, "src")
    return absolute_url(base, value) if value else _text(tag)


def _rels(tag: Element) -> list[str]:
    return (tag.get("rel") or "").lower().split()


def _text(tag: Element) -> str | None:
    return " ".join(html_tree.text(tag, " ").split())[:MAX_TEXT] or None


def _link_text(tag: Element) -> str:
    text = _text(tag)
    if text:
        return text
    # Icon links: the accessible name is all a reader has.
    for name in ("aria-label", "title"):
        label = attribute(tag, name)
        if label:
            return label[:MAX_TEXT]
    alt = attribute(html_tree.first(_IMG(tag)), "alt")
    return (alt or "")[:MAX_TEXT]


def _add_unique(items: list[str], value: str, cap: int, seen: set[str] | None = None) -> None:
    known = seen if seen is not None else set(items)
    if value and value not in known and len(items) < cap:
        items.append(value)
        known.add(value)


def _add_emails(links: Links, href: str) -> None:
    addresses = unquote(href[len("mailto:"):].split("?", 1)[0])
    for address in addresses.split(","):
        _add_unique(links.contact["emails"], address.strip(), MAX_CONTACTS)


def _is_contact_page(url: str, text: str) -> bool:
    parts = urlsplit(url)
    if _domain(url) in SCHEDULING_HOSTS:
        return True
    where = f"{parts.path} {parts.fragment}".replace("-", " ").replace("_", " ").replace("/", " ")
    return bool(_CONTACT_WORDS.search(where) or _CONTACT_WORDS.search(text))


def _contact_forms(root: Element, base: str) -> list[JSONDict]:
    """Forms a visitor could write to you with; search and login forms are left out."""
    forms: list[JSONDict] = []
    for form in _FORMS(root):
        if len(forms) >= MAX_CONTACTS:
            break
        inputs = _FIELDS(form)
        fields = [(attribute(f, "type") or f.tag).lower() if f.tag == "input" else f.tag
                  for f in inputs]
        names = [attribute(f, "name") or "" for f in inputs]
        action = attribute(form, "action")
        described = " ".join(filter(None, (action, attribute(form, "id"),
                                           attribute(form, "class"), attribute(form, "name"))))
        contact_like = (
            "textarea" in fields
            or "email" in fields
            or "data-netlify" in form.attrib
            or any(service in (action or "") for service in FORM_SERVICES)
            or bool(_CONTACT_WORDS.search(described.replace("-", " ").replace("_", " ")))
        )
        if not contact_like or "password" in fields or (attribute(form, "role") == "search"):
            continue
        forms.append({
            "action": absolute_url(base, action) if action else None,
            "method": (attribute(form, "method") or "get").lower(),
            "fields": [n for n in names if n][:MAX_CONTACTS],
        })
    return forms
