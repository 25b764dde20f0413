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

The page is parsed once with lxml (``presence_audit.sources.html_tree``) and read with XPath
expressions compiled when this module is imported, each anchored on an element name or on
the sections' ``data-section`` attribute, so no field costs a walk of the whole tree in
Python; within a section the searches stay inside it.
"""

from __future__ import annotations

import html as html_entities
import json
import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

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
from presence_audit.sources import html_tree
from presence_audit.sources.html_tree import Document, Element, first, has_class, xpath

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


# Compiled once per process. Names mirror the CSS selectors of the markup notes (REFERENCE §1).
_METAS = xpath("//meta")
_TITLES = xpath("//title")
_CANONICALS = xpath("//link[contains(concat(' ', normalize-space(@rel), ' '), ' canonical ')]")
_JSON_LD = xpath("//script[@type='application/ld+json']")
_TOP_TITLE = xpath(f"//h1[{has_class('top-card-layout__title')}]")
_HEADLINE = xpath(f"//h2[{has_class('top-card-layout__headline')}]")
_MARKED = xpath("//*[@data-section]")
_PROFILE_IMAGE = xpath(f"//img[{has_class('top-card__profile-image')}]")
_IMAGE_CONTAINER_IMG = xpath(
    f"//*[{has_class('top-card-layout__entity-image-container')}]//img")
# The count sentence and the location line sit in known elements (<p>/<span>, <h3>) in every
# capture seen; any element is searched only when those are not there.
_RECOMMENDERS = xpath("//p[@data-test-id='recommendations__recommenders'] | "
                      f"//span[{has_class('recommendations__count')}]")
_ANY_RECOMMENDERS = xpath("//*[@data-test-id='recommendations__recommenders'] | "
                          f"//*[{has_class('recommendations__count')}]")
_FIRST_SUBLINE = xpath(f"//h3[{has_class('top-card-layout__first-subline')}]")
_ANY_FIRST_SUBLINE = xpath(f"//*[{has_class('top-card-layout__first-subline')}]")
_EDUCATION_ITEMS = xpath(f"//li[{has_class('education__list-item')}]")

# Searches inside one element (a section, a list item): descendants only, as CSS does.
_IMG = xpath(".//img")
_ANCESTOR_BLURRED = xpath(f"ancestor-or-self::*[{has_class('blur')}]")
_SUMMARY_MORE = xpath(f".//*[{has_class('show-more-less-text__text--more')}]")
_SUMMARY_CONTENT = xpath(f".//*[{has_class('core-section-container__content')}]")
_ENDORSEMENT_CARDS = xpath(f".//*[{has_class('endorsement-card')}]")
_RECOMMENDATION_ITEMS = xpath(f".//li[{has_class('recommendations__list-item')}]")
_LINKS = xpath(".//a[@href]")
_URL_TEXT = xpath(f".//*[{has_class('websites__url-text')}]")
_SUBLINE_ITEMS = xpath(f".//*[{has_class('top-card__subline-item')}]")
_MIDDOT_SPANS = xpath(f".//*[{has_class('not-first-middot')}]/span")
_SPANS_DIVS = xpath(".//span | .//div")
_ITEMS = xpath(".//li")
_CARD_TITLE = xpath(f".//*[{has_class('profile-section-card__title')} or "
                    f"{has_class('experience-item__title')}]")
_CARD_SUBTITLE = xpath(f".//*[{has_class('profile-section-card__subtitle')} or "
                       f"{has_class('experience-item__subtitle')}]")
_DATE_RANGE = xpath(f".//*[{has_class('date-range')}]")
_LOCATION = xpath(".//*[contains(@class, '__location')]")
_TIMES = xpath(".//time")
_DEGREES = xpath(f".//*[{has_class('education__item--degree-info')}]")
_SCHOOL_NAME = xpath(f".//*[{has_class('profile-section-card__title')} or self::h3]")
_CARD_ITEMS = xpath(f".//li[{has_class('profile-section-card')}]")
_PARAGRAPHS = xpath(".//p")
_CURRENT_EMPLOYER = xpath(f".//*[{has_class('top-card-link__description')}]")


def parse_profile_html(page: str | bytes, *, source: str = HTML,
                       url: str | None = None) -> LinkedInProfile:
    """The profile shown on a LinkedIn public profile page (``url``: where it was fetched)."""
    return read_profile(html_tree.parse(page), source=source, url=url)


def read_profile(document: Document, *, source: str = HTML,
                 url: str | None = None) -> LinkedInProfile:
    """The profile on an already parsed page (for readers that want more from the same tree)."""
    root = document.root
    head = _Head(root)
    person = json_ld_person(root)
    top = first(_TOP_TITLE(root))
    if top is None and person is None and _blocked(document, head):
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
    reader = _Reader(root, head, person, top, source)
    profile = reader.read(url)
    return profile.mark_sources()


def skill_names(document: Document) -> list[str]:
    """The names in the skills section (the profile itself only counts them); masked ones
    (``****``) are left out."""
    section = _marked(document.root)[1].get("skills")
    names = []
    for item in _ITEMS(section) if section is not None else []:
        name = " ".join(html_tree.text(item, " ").split())
        if name and "*" not in name:
            names.append(name)
    return names


def _marked(root: Element) -> tuple[dict[str, Element], dict[str, Element]]:
    """The first element, and the first ``<section>``, of each ``data-section`` name, found
    in one search of the tree."""
    anything: dict[str, Element] = {}
    sections: dict[str, Element] = {}
    for element in _MARKED(root):
        name = element.get("data-section", "")
        anything.setdefault(name, element)
        if element.tag == "section":
            sections.setdefault(name, element)
    return anything, sections


class _Head:
    """The page's ``<title>`` and meta tags, entities decoded."""

    def __init__(self, root: Element) -> None:
        self.meta: dict[str, str] = {}
        for tag in _METAS(root):
            key = tag.get("property") or tag.get("name")
            content = tag.get("content")
            if key is not None and content is not None:
                self.meta.setdefault(key.strip().lower(), unescape(content))
        title = first(_TITLES(root))
        self.title = clean(html_tree.text(title)) if title is not None else None
        canonical = first(_CANONICALS(root))
        self.canonical = canonical.get("href") if canonical is not None else None

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


def _blurred(element: Element) -> bool:
    return bool(_ANCESTOR_BLURRED(element))


def text_of(element: Element | None) -> str | None:
    """The cleaned text of an element, or ``None`` when missing, empty, blurred or masked."""
    if element is None or _blurred(element):
        return None
    return clean(html_tree.text(element, " "))


def multiline_text(element: Element) -> str | None:
    """Text with ``<br>`` and paragraphs kept as line breaks (summaries are prose); the
    "see more" buttons' labels are not part of it."""
    if _blurred(element):
        return None
    paragraphs = _PARAGRAPHS(element) or [element]
    lines: list[str] = []
    for paragraph in paragraphs:
        for line in unescape("".join(_prose_pieces(paragraph))).split("\n"):
            lines.append(" ".join(line.split()))
    text = "\n".join(lines).strip()
    text = re.sub(r"\n{3,}", "\n\n", text)
    return None if not text or masked(text) else text


def _prose_pieces(element: Element) -> list[str]:
    """Text pieces with each ``<br>`` as a line break, buttons and code left out."""
    found: list[str] = []

    def walk(node: Element) -> None:
        if node.text:
            found.append(node.text)
        for child in node:
            tag = child.tag
            if tag == "br":
                found.append("\n")
            elif isinstance(tag, str) and tag != "button" and tag not in html_tree.NOT_TEXT:
                walk(child)
            if child.tail:
                found.append(child.tail)

    walk(element)
    return found


def _blocked(document: Document, head: _Head) -> bool:
    key = head.page_key.lower()
    if any(marker in key for marker in BLOCKING_PAGE_KEYS):
        return True
    title = (head.title or "").lower()
    if any(title.startswith(marker) for marker in BLOCKING_TITLES) and "linkedin" in title:
        return True
    if head.is_profile:
        return False
    body = document.text.lower()
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


def json_ld_person(root: Element) -> JSONDict | None:
    """The profile's own ``Person`` node: the one with ``jobTitle`` or ``address``."""
    candidates: list[JSONDict] = []
    for script in _JSON_LD(root):
        try:
            document = json.loads(script.text or "", strict=False)
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


def photo_from_img(img: Element) -> tuple[bool | None, str | None]:
    """Real photo or ghost, by rule: ghost classes, delayed URL equal to the ghost URL, or a
    static asset; a real photo carries ``--real-image`` or a ``media.licdn.com`` photo URL."""
    classes = html_tree.classes(img)
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


def _attr(element: Element, name: str) -> str | None:
    value = element.get(name)
    return (unescape(value).strip() or None) if value is not None else None


class _Reader:
    """Reads each field from the body, then JSON-LD, then the head, as available."""

    def __init__(self, root: Element, head: _Head, person: JSONDict | None,
                 top: Element | None, source: str) -> None:
        self.root = root
        self.head = head
        self.person = person
        self.top = top
        self.marked, self.sections = _marked(root)
        self.profile = LinkedInProfile(source=source)

    def section(self, name: str) -> Element | None:
        return self.sections.get(name)

    def marked_block(self, name: str) -> Element | None:
        """The first element of any kind with ``data-section=name``."""
        return self.marked.get(name)

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
        first_name = self.head.meta.get("profile:first_name")
        last_name = self.head.meta.get("profile:last_name")
        from_meta = (clean(" ".join(p for p in (first_name, last_name) if p))
                     if first_name or last_name else None)
        self.profile.name = (text_of(self.top) or clean(self._person_str("name")) or from_meta
                             or self.head.title_parts()[0])

    def employer(self) -> str | None:
        block = self.marked_block("currentPositionsDetails")
        link = first(_CURRENT_EMPLOYER(block)) if block is not None else None
        current = self.profile.current_employers()
        keyed = self.head.description_segments()[1]
        return text_of(link) or (current[0] if current else None) or keyed.get("experience")

    def read_headline(self) -> None:
        if self.top is not None:
            headline = first(_HEADLINE(self.root))
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
            found = _SUMMARY_MORE(summary) or _SUMMARY_CONTENT(summary)
            content = found[0] if found else summary
            self.profile.summary = multiline_text(content)
            return
        description = self._person_str("description")
        if description:
            self.profile.summary = multiline_text(html_tree.parse_fragment(description))
            return
        text = self.head.meta.get("og:description") or ""
        marker = " | Learn more about "
        if marker in text:
            self.profile.summary = multiline_text(
                html_tree.parse_fragment(text.split(marker, 1)[0]))

    def read_photo(self) -> None:
        img = first(_PROFILE_IMAGE(self.root))
        picture = self.marked_block("picture")
        if img is None and picture is not None:
            img = first(_IMG(picture))
        if img is None:
            img = first(_IMAGE_CONTAINER_IMG(self.root))
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
        sentence = first(_RECOMMENDERS(self.root) or _ANY_RECOMMENDERS(self.root))
        # The sentence first: the section's text (every recommendation in full) only if needed.
        for element in (sentence, section):
            if element is None:
                continue
            match = RECOMMENDED.search(" ".join(html_tree.text(element, " ").split()))
            if match:
                self.profile.recommendations = int(re.sub(r"\D", "", match.group(1)))
                return
        if section is not None:
            cards = _ENDORSEMENT_CARDS(section) or _RECOMMENDATION_ITEMS(section)
            self.profile.recommendations = len(cards) or None
        elif self.top is not None:
            # Sections appear only when the member has content: no section is zero shown.
            self.profile.recommendations = 0

    def read_websites(self) -> None:
        block = self.marked_block("websites")
        if block is None:
            if self.top is not None:
                self.profile.absent.add("websites")
            return
        sites: list[str] = []
        for link in _LINKS(block):
            site = _website_of(link)
            if site and site not in sites:
                sites.append(site)
        self.profile.websites = sites

    def read_location(self) -> None:
        subline = first(_FIRST_SUBLINE(self.root) or _ANY_FIRST_SUBLINE(self.root))
        if subline is not None:
            items = (_SUBLINE_ITEMS(subline) or _MIDDOT_SPANS(subline)
                     or _SPANS_DIVS(subline))
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
            self.profile.skills = len(_ITEMS(section)) or None

    def read_positions(self) -> None:
        section = self.section("experience")
        if section is not None:
            for item in _ITEMS(section):
                if "experience-group" in html_tree.classes(item) or not _CARD_TITLE(item):
                    continue
                self.profile.positions.append(_position_item(item))
        elif self.person is not None:
            self.profile.positions = _person_positions(self.person)
        if not self.profile.positions and self.top is not None and section is None:
            self.profile.absent.add("positions")

    def read_education(self) -> None:
        schools = self.section("educationsDetails")
        items = _EDUCATION_ITEMS(self.root) or (
            _CARD_ITEMS(schools) if schools is not None else [])
        for item in items:
            degrees = [text_of(d) for d in _DEGREES(item)]
            dates = _dates(item)
            self.profile.education.append(school(
                school_name=text_of(first(_SCHOOL_NAME(item))),
                degree=", ".join(d for d in degrees if d) or None,
                started_on=dates[0], finished_on=dates[1],
            ))
        if not items and self.person is not None:
            self.profile.education = _person_schools(self.person)
        if not self.profile.education and self.top is not None:
            self.profile.absent.add("education")


def _website_of(link: Element) -> str | None:
    """Where a websites link leads: LinkedIn's redirect target, a direct outside link, or
    the address shown as its text — never a label ("Websites", "Company website")."""
    href = (link.get("href") or "").strip()
    target = _redirect_target(href)
    if target:
        return target
    parts = urlsplit(href)
    host = (parts.hostname or "").lower()
    if parts.scheme in ("http", "https") and host and not (
            host == "linkedin.com" or host.endswith(".linkedin.com")):
        return href
    shown = first(_URL_TEXT(link))
    text = text_of(link if shown is None else shown)
    return text if text and _ADDRESS.fullmatch(text) else None


def _redirect_target(href: str) -> str | None:
    """The destination of a ``linkedin.com/redir/redirect?url=…`` link."""
    parts = urlsplit(href)
    if "redirect" not in parts.path:
        return None
    target = parse_qs(parts.query).get("url")
    return target[0] if target else None


def _dates(item: Element) -> tuple[str | None, str | None]:
    times = [text_of(t) for t in _TIMES(item)]
    start = times[0] if times else None
    end = times[1] if len(times) > 1 else None
    return start, end


def _position_item(item: Element) -> JSONDict:
    start, end = _dates(item)
    date_range = text_of(first(_DATE_RANGE(item))) or ""
    current = "present" in date_range.lower() or "currentPositionsDetails" in (
        item.get("data-section") or "")
    return position(
        title=text_of(first(_CARD_TITLE(item))),
        company=text_of(first(_CARD_SUBTITLE(item))),
        location=text_of(first(_LOCATION(item))),
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
