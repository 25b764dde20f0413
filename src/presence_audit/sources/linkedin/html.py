"""Read a LinkedIn public profile page: one the member saved from the browser, or a live fetch.

Both markup eras seen in real captures (2023 and 2026) are understood:

- the **page body** (2023 and 2026): the top card (``h1.top-card-layout__title``,
  ``h2.top-card-layout__headline``, the profile image), and sections marked ``data-section``
  (``summary``, ``experience``, ``recommendations``, ``websites`` …) that appear only when the
  member has content for them — so on a real public page a missing section is a measured
  "none";
- the **JSON-LD** ``Person`` of 2023 – mid-2025 captures, found by ``@type`` in ``@graph``
  (the node with ``jobTitle`` or ``address``: article authors are Persons too);
- the **head** (``<title>``, ``og:`` tags) as the last resort. The title reads
  ``"<Name> - <Headline> | LinkedIn"``, but when the member has no headline LinkedIn puts the
  current employer there, so the part after the dash is taken as the headline only when it
  is corroborated and is not the employer.

Blurred text shown to logged-out visitors (``****``) is unknown, never content. An auth wall
or a login/checkpoint page is ``blocked``; a page that is none of these is an ``error``.
"""

from __future__ import annotations

import html as html_entities
import json
import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

from bs4 import BeautifulSoup, Tag

from presence_audit.core.artifacts.linkedin import (
    BLOCKED,
    GUIDANCE,
    HTML,
    NOT_FOUND,
    NOT_LINKEDIN,
    SOURCE_LABELS,
    LinkedInProfile,
    position,
    school,
)
from presence_audit.core.model import JSONDict

PUBLIC_PAGE_KEY = "public_profile_v3_desktop"
BLOCKING_PAGE_KEYS = ("auth_wall", "authwall", "checkpoint", "login", "challenge", "uas")
BLOCKING_TITLES = ("auth wall", "sign up", "linkedin login", "log in", "sign in",
                   "security verification")
BLOCKING_MARKERS = ("authwall", "challenge-form", "security challenge")

AUTH_WALL_DETAIL = (
    "LinkedIn showed its sign-in wall instead of the profile, so nothing on it could be read. "
    + GUIDANCE
)

RECOMMENDED = re.compile(r"(\d[\d,.]*)\s+(?:people|person)\s+ha(?:ve|s)\s+recommended",
                         re.IGNORECASE)
FOLLOWERS = re.compile(r"\b(?:followers?|connections?)\b", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")
_TITLE_SUFFIX = re.compile(r"\s*\|\s*LinkedIn\s*$", re.IGNORECASE)
_DASH = re.compile(r"\s+[-–—]\s+")
_PROFILE_PATH = re.compile(r"^/in/([^/?#]+)")
_ADDRESS = re.compile(r"[^\s.]+(?:\.[^\s.]+)+")


def parse_profile_html(page: str | bytes, *, source: str = HTML,
                       url: str | None = None) -> LinkedInProfile:
    """The profile shown on a LinkedIn public profile page (``url``: where it was fetched)."""
    soup = BeautifulSoup(page, "lxml")
    head = _Head(soup)
    person = json_ld_person(soup)
    top = soup.select_one("h1.top-card-layout__title")
    if top is None and person is None and _blocked(soup, head):
        return LinkedInProfile.unavailable(source, BLOCKED, AUTH_WALL_DETAIL)
    if _not_found(head):
        return LinkedInProfile.unavailable(
            source, NOT_FOUND, "LinkedIn says this profile does not exist: check the URL")
    if top is None and person is None and not head.is_profile:
        return LinkedInProfile.unavailable(
            source, NOT_LINKEDIN,
            "not a LinkedIn public profile page (no profile top card, JSON-LD Person or "
            "profile meta tags); save the page you see at your public URL while signed out, "
            "e.g. in a private window")
    reader = _Reader(soup, head, person, top, source)
    profile = reader.read(url)
    return profile.mark_sources()


class _Head:
    """The page's ``<title>`` and meta tags, entities decoded."""

    def __init__(self, soup: BeautifulSoup) -> None:
        self.meta: dict[str, str] = {}
        for tag in soup.find_all("meta"):
            key = tag.get("property") or tag.get("name")
            content = tag.get("content")
            if isinstance(key, str) and isinstance(content, str):
                self.meta.setdefault(key.strip().lower(), unescape(content))
        title = soup.find("title")
        self.title = clean(title.get_text()) if isinstance(title, Tag) else None
        canonical = soup.find("link", rel="canonical")
        href = canonical.get("href") if isinstance(canonical, Tag) else None
        self.canonical = href if isinstance(href, str) else None

    @property
    def page_key(self) -> str:
        return self.meta.get("pagekey", "")

    @property
    def is_profile(self) -> bool:
        return self.page_key == PUBLIC_PAGE_KEY or self.meta.get("og:type") == "profile"

    def title_parts(self) -> tuple[str | None, str | None]:
        """Name and the rest of ``"Ada Example - Data engineer … | LinkedIn"``."""
        title = self.meta.get("og:title") or self.title
        if not title or not _TITLE_SUFFIX.search(title):
            return None, None
        parts = _DASH.split(_TITLE_SUFFIX.sub("", title), maxsplit=1)
        name = clean(parts[0])
        rest = clean(parts[1]) if len(parts) > 1 else None
        return name, rest

    def description_segments(self) -> tuple[list[str], dict[str, str]]:
        """The 2026 ``og:description``: free segments, and ``Experience:``-style ones by key."""
        text = self.meta.get("og:description") or self.meta.get("description") or ""
        if " · " not in text:
            return [], {}
        free: list[str] = []
        keyed: dict[str, str] = {}
        for segment in (s.strip() for s in text.split(" · ")):
            key, sep, value = segment.partition(":")
            if sep and key in ("Experience", "Education", "Location"):
                keyed[key.lower()] = value.strip()
            elif segment and not FOLLOWERS.search(segment):
                free.append(segment)
        return free, keyed


def unescape(text: str) -> str:
    """Decode entities, twice at most: LinkedIn double-escapes some (``&amp;amp;``)."""
    for _ in range(2):
        if not _ENTITY.search(text):
            break
        text = html_entities.unescape(text)
    return text


def masked(text: str) -> bool:
    """True for text blurred for logged-out visitors: mostly asterisks (``******* ****``)."""
    letters = re.sub(r"\s", "", text)
    stars = letters.count("*")
    return stars >= 3 and stars * 2 >= len(letters)


def clean(text: str | None) -> str | None:
    """One line of text, entities decoded and spaces collapsed; ``None`` if empty or masked."""
    if text is None:
        return None
    value = " ".join(unescape(text).split())
    return None if not value or masked(value) else value


def _blurred(tag: Tag) -> bool:
    return any("blur" in (parent.get("class") or []) for parent in (tag, *tag.parents)
               if isinstance(parent, Tag))


def text_of(tag: Tag | None) -> str | None:
    """The cleaned text of an element, or ``None`` when missing, empty, blurred or masked."""
    if tag is None or _blurred(tag):
        return None
    return clean(tag.get_text(" "))


def multiline_text(tag: Tag) -> str | None:
    """Text with ``<br>`` and paragraphs kept as line breaks (summaries are prose)."""
    if _blurred(tag):
        return None
    for button in tag.select("button"):
        button.decompose()
    for br in tag.find_all("br"):
        br.replace_with("\n")
    paragraphs = tag.find_all("p") or [tag]
    lines: list[str] = []
    for paragraph in paragraphs:
        for line in unescape(paragraph.get_text()).split("\n"):
            lines.append(" ".join(line.split()))
    text = "\n".join(lines).strip()
    text = re.sub(r"\n{3,}", "\n\n", text)
    return None if not text or masked(text) else text


def _blocked(soup: BeautifulSoup, head: _Head) -> bool:
    key = head.page_key.lower()
    if any(marker in key for marker in BLOCKING_PAGE_KEYS):
        return True
    title = (head.title or "").lower()
    if any(title.startswith(marker) for marker in BLOCKING_TITLES) and "linkedin" in title:
        return True
    if head.is_profile:
        return False
    body = str(soup).lower()
    return any(marker in body for marker in BLOCKING_MARKERS)


# LinkedIn's page for a missing member is titled "Profile Not Found | LinkedIn" and lives at
# linkedin.com/404/ (scrapers' fixtures); read as a profile it would name someone "Profile Not
# Found".
_NOT_FOUND_TITLES = ("page not found", "profile not found")


def _not_found(head: _Head) -> bool:
    title = _TITLE_SUFFIX.sub("", head.title or "").strip().lower()
    urls = (head.canonical or "", head.meta.get("og:url", ""))
    return ("404" in head.page_key or title in _NOT_FOUND_TITLES
            or any("linkedin.com/404" in url for url in urls))


def json_ld_person(soup: BeautifulSoup) -> JSONDict | None:
    """The profile's own ``Person`` node: the one with ``jobTitle`` or ``address``."""
    candidates: list[JSONDict] = []
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            document = json.loads(script.get_text(), strict=False)
        except ValueError:
            continue
        candidates.extend(_nodes(document))
    persons = [node for node in candidates if _is_person(node)]
    for node in persons:
        if "jobTitle" in node or "address" in node:
            return node
    return None


def _nodes(document: Any) -> list[JSONDict]:
    if isinstance(document, list):
        return [node for item in document for node in _nodes(item)]
    if not isinstance(document, dict):
        return []
    graph = document.get("@graph")
    if isinstance(graph, list):
        return [node for node in graph if isinstance(node, dict)]
    return [document]


def _is_person(node: JSONDict) -> bool:
    kind = node.get("@type")
    return kind == "Person" or (isinstance(kind, list) and "Person" in kind)


def profile_url(url: str | None) -> str | None:
    """``https://pt.linkedin.com/in/Ada-Example?trk=x`` → ``https://www.linkedin.com/in/ada-example/``."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    match = _PROFILE_PATH.match(parts.path)
    if not (host == "linkedin.com" or host.endswith(".linkedin.com")) or match is None:
        return None
    return f"https://www.linkedin.com/in/{match.group(1).lower()}/"


def photo_from_url(url: str | None) -> bool | None:
    """Real photos live on ``media.licdn.com`` (``profile-displayphoto``); the ghost image is
    a build asset on ``static.licdn.com`` whose hash changes, so the host decides, not the hash."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if not host.endswith(".licdn.com"):
        return None
    if host.startswith("static"):
        return False
    if host.startswith("media") and "profile-displayphoto" in parts.path:
        return True
    return None


def photo_from_img(img: Tag) -> tuple[bool | None, str | None]:
    """Real photo or ghost, by rule: ghost classes, delayed URL equal to the ghost URL, or a
    static asset; a real photo carries ``--real-image`` or a ``media.licdn.com`` photo URL."""
    classes = [str(c) for c in img.get("class") or []]
    delayed = _attr(img, "data-delayed-url") or _attr(img, "src")
    ghost = _attr(img, "data-ghost-url")
    if any(c.endswith(("--ghost", "--ghost-image")) for c in classes):
        return False, None
    if delayed and ghost and delayed == ghost:
        return False, None
    from_url = photo_from_url(delayed)
    if from_url is False:
        return False, None
    if from_url or "top-card__profile-image--real-image" in classes:
        return True, delayed
    return None, None


def _attr(tag: Tag, name: str) -> str | None:
    value = tag.get(name)
    return (unescape(value).strip() or None) if isinstance(value, str) else None


class _Reader:
    """Reads each field from the body, then JSON-LD, then the head, as available."""

    def __init__(self, soup: BeautifulSoup, head: _Head, person: JSONDict | None,
                 top: Tag | None, source: str) -> None:
        self.soup = soup
        self.head = head
        self.person = person
        self.top = top
        self.profile = LinkedInProfile(source=source)

    def section(self, name: str) -> Tag | None:
        return self.soup.select_one(f'section[data-section="{name}"]')

    def read(self, url: str | None) -> LinkedInProfile:
        profile = self.profile
        self.read_name()
        self.read_positions()
        self.read_education()
        self.read_headline()
        self.read_summary()
        self.read_photo()
        self.read_recommendations()
        self.read_websites()
        self.read_location()
        self.read_skills()
        profile.public_url = (profile_url(self.head.canonical)
                              or profile_url(self.head.meta.get("og:url"))
                              or profile_url(self._person_str("url")) or profile_url(url))
        era = ("2023–2025 markup with JSON-LD" if self.person is not None
               else "2026 markup" if self.top is not None else "page head only")
        profile.detail = f"{SOURCE_LABELS[profile.source]} ({era})"
        return profile

    def _person_str(self, key: str) -> str | None:
        value = (self.person or {}).get(key)
        return value if isinstance(value, str) else None

    def read_name(self) -> None:
        first = self.head.meta.get("profile:first_name")
        last = self.head.meta.get("profile:last_name")
        from_meta = clean(" ".join(p for p in (first, last) if p)) if first or last else None
        self.profile.name = (text_of(self.top) or clean(self._person_str("name")) or from_meta
                             or self.head.title_parts()[0])

    def employer(self) -> str | None:
        link = self.soup.select_one(
            '[data-section="currentPositionsDetails"] .top-card-link__description')
        current = self.profile.current_employers()
        keyed = self.head.description_segments()[1]
        return text_of(link) or (current[0] if current else None) or keyed.get("experience")

    def read_headline(self) -> None:
        if self.top is not None:
            headline = self.soup.select_one("h2.top-card-layout__headline")
            if headline is None:
                self.profile.absent.add("headline")
            else:
                self.profile.headline = text_of(headline)
            return
        _, rest = self.head.title_parts()
        if rest is None:
            return
        employer = self.employer()
        if employer is not None and rest.casefold() == employer.casefold():
            # LinkedIn shows the employer in the title only when there is no headline.
            self.profile.absent.add("headline")
            return
        free, _ = self.head.description_segments()
        if free and free[0].rstrip("…").casefold().startswith(rest.rstrip("…").casefold()):
            self.profile.headline = rest

    def read_summary(self) -> None:
        if self.top is not None:
            summary = self.section("summary")
            if summary is None:
                self.profile.absent.add("summary")
                return
            content = summary.select_one(".show-more-less-text__text--more") \
                or summary.select_one(".core-section-container__content") or summary
            self.profile.summary = multiline_text(content)
            return
        description = self._person_str("description")
        if description:
            fragment = BeautifulSoup(description, "lxml")
            self.profile.summary = multiline_text(fragment.body or fragment)
            return
        text = self.head.meta.get("og:description") or ""
        marker = " | Learn more about "
        if marker in text:
            fragment = BeautifulSoup(text.split(marker, 1)[0], "lxml")
            self.profile.summary = multiline_text(fragment.body or fragment)

    def read_photo(self) -> None:
        img = (self.soup.select_one("img.top-card__profile-image")
               or self.soup.select_one('[data-section="picture"] img')
               or self.soup.select_one(".top-card-layout__entity-image-container img"))
        present, url = photo_from_img(img) if img is not None else (None, None)
        if present is None:
            image = (self.person or {}).get("image")
            content = image.get("contentUrl") if isinstance(image, dict) else image
            candidate = content if isinstance(content, str) else self.head.meta.get("og:image")
            present = photo_from_url(candidate)
            url = candidate if present else None
        self.profile.photo_present = present
        self.profile.photo_url = url

    def read_recommendations(self) -> None:
        section = self.section("recommendations")
        sentence = self.soup.select_one(
            '[data-test-id="recommendations__recommenders"], .recommendations__count')
        texts = [t.get_text(" ") for t in (sentence, section) if t is not None]
        for text in texts:
            match = RECOMMENDED.search(" ".join(text.split()))
            if match:
                self.profile.recommendations = int(re.sub(r"\D", "", match.group(1)))
                return
        if section is not None:
            cards = section.select(".endorsement-card") or section.select(
                "li.recommendations__list-item")
            self.profile.recommendations = len(cards) or None
        elif self.top is not None:
            # Sections appear only when the member has content: no section is zero shown.
            self.profile.recommendations = 0

    def read_websites(self) -> None:
        block = self.soup.select_one('[data-section="websites"]')
        if block is None:
            if self.top is not None:
                self.profile.absent.add("websites")
            return
        sites: list[str] = []
        for link in block.select("a[href]"):
            site = _website_of(link)
            if site and site not in sites:
                sites.append(site)
        self.profile.websites = sites

    def read_location(self) -> None:
        subline = self.soup.select_one(".top-card-layout__first-subline")
        if subline is not None:
            items = (subline.select(".top-card__subline-item")
                     or subline.select(".not-first-middot > span")
                     or subline.select("span, div"))
            texts = [text_of(item) for item in items] or [text_of(subline)]
            for text in texts:
                if text and not FOLLOWERS.search(text):
                    self.profile.location = text.split(" · ")[0]
                    return
        address = (self.person or {}).get("address")
        locality = address.get("addressLocality") if isinstance(address, dict) else None
        self.profile.location = (clean(locality) if isinstance(locality, str) else None) \
            or self.head.description_segments()[1].get("location")

    def read_skills(self) -> None:
        section = self.section("skills")
        if section is not None:
            self.profile.skills = len(section.select("li")) or None

    def read_positions(self) -> None:
        section = self.section("experience")
        if section is not None:
            for item in section.select("li"):
                classes = [str(c) for c in item.get("class") or []]
                if "experience-group" in classes or not item.select_one(
                        ".profile-section-card__title, .experience-item__title"):
                    continue
                self.profile.positions.append(_position_item(item))
        elif self.person is not None:
            self.profile.positions = _person_positions(self.person)
        if not self.profile.positions and self.top is not None and section is None:
            self.profile.absent.add("positions")

    def read_education(self) -> None:
        items = self.soup.select("li.education__list-item") or self.soup.select(
            'section[data-section="educationsDetails"] li.profile-section-card')
        for item in items:
            degrees = [text_of(d) for d in item.select(".education__item--degree-info")]
            dates = _dates(item)
            self.profile.education.append(school(
                school_name=text_of(item.select_one(".profile-section-card__title, h3")),
                degree=", ".join(d for d in degrees if d) or None,
                started_on=dates[0], finished_on=dates[1],
            ))
        if not items and self.person is not None:
            self.profile.education = _person_schools(self.person)
        if not self.profile.education and self.top is not None:
            self.profile.absent.add("education")


def _website_of(link: Tag) -> str | None:
    """Where a websites link leads: LinkedIn's redirect target, a direct outside link, or
    the address shown as its text — never a label ("Websites", "Company website")."""
    href = str(link.get("href") or "").strip()
    target = _redirect_target(href)
    if target:
        return target
    parts = urlsplit(href)
    host = (parts.hostname or "").lower()
    if parts.scheme in ("http", "https") and host and not (
            host == "linkedin.com" or host.endswith(".linkedin.com")):
        return href
    text = text_of(link.select_one(".websites__url-text") or link)
    return text if text and _ADDRESS.fullmatch(text) else None


def _redirect_target(href: str) -> str | None:
    """The destination of a ``linkedin.com/redir/redirect?url=…`` link."""
    parts = urlsplit(href)
    if "redirect" not in parts.path:
        return None
    target = parse_qs(parts.query).get("url")
    return target[0] if target else None


def _dates(item: Tag) -> tuple[str | None, str | None]:
    times = [text_of(t) for t in item.select("time")]
    start = times[0] if times else None
    end = times[1] if len(times) > 1 else None
    return start, end


def _position_item(item: Tag) -> JSONDict:
    start, end = _dates(item)
    date_range = text_of(item.select_one(".date-range")) or ""
    current = "present" in date_range.lower() or "currentPositionsDetails" in str(
        item.get("data-section", ""))
    return position(
        title=text_of(item.select_one(".profile-section-card__title, .experience-item__title")),
        company=text_of(item.select_one(
            ".profile-section-card__subtitle, .experience-item__subtitle")),
        location=text_of(item.select_one('[class*="__location"]')),
        started_on=start,
        finished_on=None if current else end,
        current=current or (end is None and start is not None),
    )


def _role_dates(org: JSONDict) -> tuple[str | None, str | None]:
    member = org.get("member")
    if not isinstance(member, dict):
        return None, None
    start, end = member.get("startDate"), member.get("endDate")
    return (str(start) if start is not None else None), (str(end) if end is not None else None)


def _as_list(value: Any) -> list[Any]:
    """JSON-LD allows one value where a list is usual (``"jobTitle": "Engineer"``)."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _person_positions(person: JSONDict) -> list[JSONDict]:
    titles = [t.strip() for t in _as_list(person.get("jobTitle")) if isinstance(t, str)]
    works = [o for o in _as_list(person.get("worksFor")) if isinstance(o, dict)]
    past = [o for o in _as_list(person.get("alumniOf"))
            if isinstance(o, dict) and o.get("@type") == "Organization"]
    # jobTitle lists the current roles in worksFor's order; past roles carry no title.
    aligned = titles if len(titles) == len(works) else [None] * len(works)
    positions = []
    for org, title in [*zip(works, aligned, strict=True), *((o, None) for o in past)]:
        start, end = _role_dates(org)
        positions.append(position(
            title=clean(title), company=clean(str(org.get("name") or "")),
            location=clean(str(org.get("location") or "")), started_on=start,
            finished_on=end, current=end is None,
        ))
    return positions


def _person_schools(person: JSONDict) -> list[JSONDict]:
    schools = []
    for org in _as_list(person.get("alumniOf")):
        if isinstance(org, dict) and org.get("@type") == "EducationalOrganization":
            start, end = _role_dates(org)
            schools.append(school(school_name=clean(str(org.get("name") or "")),
                                  started_on=start, finished_on=end))
    return schools
