"""Reading the person you are about to contact from a saved page or a public URL.

A LinkedIn public profile page saved from the browser is read with the LinkedIn profile
parser (``presence_audit.sources.linkedin``): name, headline, About, positions and schools
with their dates; the skills section's names are read here. Any other page — their site,
their GitHub profile, a speaker page — is read with the page parser
(``presence_audit.sources.page``): title, descriptions, the schema.org ``Person`` (job,
employers, schools, city, topics), links, plus the visible text block by block, labelled with
the heading it sits under, for the contact preferences.

URLs are fetched once through the shared HTTP client, politely (robots.txt, identifying agent,
caps). LinkedIn refuses automated requests: a LinkedIn URL that is blocked says to save the
page from the browser instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from presence_audit.core.fileio import open_regular
from presence_audit.preflight.target.facts import Affiliation, Facts, TextBlock, year_of

if TYPE_CHECKING:
    from lxml.etree import XPath

    from presence_audit.core.artifacts.linkedin import LinkedInProfile
    from presence_audit.sources.html_tree import Document, Element
    from presence_audit.sources.http import HttpClient

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_BLOCKS = 300
MIN_BLOCK = 12
"""Shorter page text ("Home", "Menu", "©") cannot state a preference."""

LINKEDIN_PAGE = "saved LinkedIn page"
LINKEDIN_URL = "LinkedIn page"
WEB_PAGE = "web page"

_LINKEDIN_MARKERS = re.compile(
    r"top-card-layout|public_profile_v3|auth_wall_desktop|\|\s*LinkedIn\s*</title>",
    re.IGNORECASE)
_SAVE_IT = ("Open their profile in your browser, save the page (Ctrl/Cmd+S) and pass the file "
            "to --target.")


class TargetError(Exception):
    """The target could not be read; the message says why and what to do."""


def is_url(source: str) -> bool:
    return bool(re.match(r"^https?://", source, re.IGNORECASE))


def read_target(source: str, http: Callable[[], HttpClient] | None = None) -> Facts:
    """Read a saved page (a path) or a public page (an http(s) URL) into ``Facts``.

    ``http`` supplies the shared client, only when a URL is given.
    """
    if is_url(source):
        if http is None:
            raise TargetError(f"{source}: reading a URL needs network access")
        return _read_url(source, http())
    path = Path(source).expanduser()
    try:
        with open_regular(path) as handle:
            body = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise TargetError(f"{source}: no such file (give a saved page or an http(s) URL)") \
            from None
    except OSError as exc:
        raise TargetError(f"{source}: cannot read it: {exc.strerror or exc}") from None
    if len(body) > MAX_FILE_BYTES:
        raise TargetError(f"{source}: larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB — not "
                          "a saved profile page")
    return facts_from_html(body, url=None, source=str(path), base=path.resolve().as_uri())


def _read_url(url: str, http: HttpClient) -> Facts:
    from presence_audit.sources.http import FetchError
    from presence_audit.sources.linkedin.url import blocking_url

    linkedin = _is_linkedin_url(url)
    try:
        response = http.get(url, accept=("text/html",))
    except FetchError as exc:
        hint = f" LinkedIn refuses automated requests. {_SAVE_IT}" if linkedin else ""
        raise TargetError(f"could not fetch {url}: {exc.message}.{hint}") from None
    if linkedin and any(blocking_url(hop) for hop in (*response.redirects, response.url)):
        raise TargetError(f"LinkedIn answered {url} with its sign-in wall. {_SAVE_IT}")
    return facts_from_html(response.body, url=response.url, source=response.url,
                           headers=response.headers)


def _is_linkedin_url(url: str) -> bool:
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "").lower()
    return host == "linkedin.com" or host.endswith(".linkedin.com")


def facts_from_html(body: bytes | str, *, url: str | None, source: str,
                    headers: Mapping[str, str] | None = None, base: str | None = None) -> Facts:
    """Facts from one page's HTML: as a LinkedIn profile if it is one, else as a web page.

    ``url`` is where the page was fetched; a saved page has none, and ``base`` (its file's
    address) resolves its relative links — to nothing on the web, so they are left out.
    The page is parsed once, whichever reader reads it.
    """
    from presence_audit.sources import html_tree

    document = html_tree.parse(body, (headers or {}).get("content-type"))
    marked = _LINKEDIN_MARKERS.search(document.text[:200_000])
    if marked or (url and _is_linkedin_url(url)):
        facts = _from_linkedin(document, url=url, source=source)
        if facts is not None:
            return facts
    return _from_page(document, url=url or base or "file:///", source=source, headers=headers,
                      page_url=url)


def _from_linkedin(document: Document, *, url: str | None, source: str) -> Facts | None:
    """The LinkedIn profile on the page; None when the page turns out not to be one."""
    from presence_audit.core.artifacts.linkedin import BLOCKED, NOT_FOUND, OK
    from presence_audit.sources.linkedin.html import read_profile, skill_names

    profile = read_profile(document, url=url)
    if profile.status == BLOCKED:
        # The parser's own advice is about your profile (export, config keys); this is theirs.
        advice = _SAVE_IT if url else ("Save it again once your browser shows their profile, "
                                       "and pass that file to --target.")
        raise TargetError(f"{source}: LinkedIn showed its sign-in wall, not their profile. "
                          f"{advice}")
    if profile.status == NOT_FOUND:
        raise TargetError(f"{source}: {profile.detail}")
    if profile.status != OK:
        return None
    return Facts(
        source=LINKEDIN_URL if url else LINKEDIN_PAGE,
        url=profile.public_url or url,
        name=profile.name,
        headline=profile.headline,
        location=profile.location,
        employers=tuple(_positions(profile)),
        schools=tuple(_schools(profile)),
        topics=tuple(skill_names(document)),
        texts=tuple(_linkedin_texts(profile)),
        links=tuple(profile.websites),
    )


def _positions(profile: LinkedInProfile) -> Iterator[Affiliation]:
    for position in profile.positions:
        company = position.get("company")
        if company:
            yield Affiliation(str(company), year_of(position.get("started_on")),
                              year_of(position.get("finished_on")),
                              bool(position.get("current")))


def _schools(profile: LinkedInProfile) -> Iterator[Affiliation]:
    for entry in profile.education:
        school = entry.get("school")
        if school:
            yield Affiliation(str(school), year_of(entry.get("started_on")),
                              year_of(entry.get("finished_on")))


def _linkedin_texts(profile: LinkedInProfile) -> Iterator[TextBlock]:
    if profile.headline:
        yield TextBlock("LinkedIn headline", profile.headline)
    if profile.summary:
        yield TextBlock("LinkedIn About section", profile.summary)
    for position in profile.positions:
        if position.get("description"):
            yield TextBlock(f"LinkedIn experience: {position.get('company') or 'a position'}",
                            str(position["description"]))


def _from_page(document: Document, *, url: str, source: str,
               headers: Mapping[str, str] | None, page_url: str | None) -> Facts:
    from presence_audit.sources.page import read_page

    page = read_page(document, url=url, headers=headers)
    person: Mapping[str, Any] = (page.get("person") or {}).get("node") or {}
    og: Mapping[str, Any] = page.get("og") or {}
    texts = [TextBlock(where, str(value)) for where, value in (
        ("page title", page.get("title")),
        ("page description", page.get("meta_description")),
        ("link preview description", og.get("description")),
        ("structured data (schema.org Person)", _text(person.get("description"))),
    ) if value]
    texts += _page_blocks(document.root)
    employers, schools = _organisations(person)
    contact_pages = [p["url"] for p in (page.get("contact") or {}).get("pages", [])]
    return Facts(
        source=WEB_PAGE,
        url=page_url,
        name=_text(person.get("name")) or (page.get("h_card") or {}).get("name")
        or og.get("title") or page.get("title"),
        headline=_text(person.get("jobTitle")),
        location=_locality(person.get("address")),
        employers=tuple(employers),
        schools=tuple(schools),
        topics=tuple(_topics(person.get("knowsAbout"))),
        texts=tuple(texts),
        links=tuple(dict.fromkeys([*page.get("external_links", []), *contact_pages])),
    )


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        return ", ".join(t for t in (_text(v) for v in value) if t) or None
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value"))
    if isinstance(value, str):
        return " ".join(value.split()) or None
    return None


def _locality(address: Any) -> str | None:
    if isinstance(address, list):
        address = address[0] if address else None
    if isinstance(address, dict):
        return _text(address.get("addressLocality"))
    return _text(address)


def _organisations(person: Mapping[str, Any]) -> tuple[list[Affiliation], list[Affiliation]]:
    employers: list[Affiliation] = []
    schools: list[Affiliation] = []
    for key in ("worksFor", "alumniOf", "affiliation"):
        value = person.get(key)
        for org in value if isinstance(value, list) else [value]:
            name = _text(org)
            if not name:
                continue
            kinds = org.get("@type") if isinstance(org, dict) else None
            member = org.get("member") if isinstance(org, dict) else None
            start = year_of(member.get("startDate")) if isinstance(member, dict) else None
            end = year_of(member.get("endDate")) if isinstance(member, dict) else None
            entry = Affiliation(name, start, end, current=key == "worksFor" and end is None)
            is_school = "EducationalOrganization" in (kinds if isinstance(kinds, list)
                                                       else [kinds])
            (schools if is_school else employers).append(entry)
    return employers, schools


def _topics(value: Any) -> Iterator[str]:
    for item in value if isinstance(value, list) else [value]:
        text = _text(item)
        if text:
            yield text


def _page_blocks(root: Element) -> list[TextBlock]:
    """Visible paragraphs and list items, each labelled with the heading above it.

    ``read_page`` has already removed scripts, styles, templates and noscript fallbacks from
    the tree; navigation goes too, here: menus state no preferences.
    """
    from presence_audit.sources import html_tree

    html_tree.drop_invisible(root, ("nav",))
    heading: str | None = None
    blocks: list[TextBlock] = []
    for tag in _blocks()(root):
        text = " ".join(html_tree.text(tag, " ").split())
        if tag.tag in ("h1", "h2", "h3", "h4"):
            heading = text[:60] or heading
            continue
        if len(text) < MIN_BLOCK or _has_blocks(tag):
            continue
        blocks.append(TextBlock(f'page text under "{heading}"' if heading else "page text",
                                text))
        if len(blocks) >= MAX_BLOCKS:
            break
    return blocks


@cache
def _blocks() -> XPath:
    # Compiled on first use: `preflight` without --target never loads lxml.
    from presence_audit.sources.html_tree import xpath

    return xpath("//h1 | //h2 | //h3 | //h4 | //p | //li | //blockquote | //dd")


def _has_blocks(tag: Element) -> bool:
    return any(True for _ in tag.iterdescendants("p", "li"))
