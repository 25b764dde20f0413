"""“What a stranger sees”: page 1 for your name, per engine, and the link preview of your site.

Built from the report alone (``search.name-results`` lists each engine's page 1 with every
result's class; ``portfolio.link-preview`` has the Open Graph card), so every format draws the
same picture: the HTML report as results pages and a preview card, the terminal and Markdown
reports as one line per result with its label.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from presence_audit.render.common import LINK_PREVIEW, NAME_RESULTS

LABELS: dict[str, str] = {
    "owned": "yours",
    "about-you": "about you",
    "unsure": "unsure",
    "namesake": "namesake",
    "unrelated": "unrelated",
}
"""How each class reads next to a result, in every format."""

_DATA_IMAGE = ("data:image/png;base64,", "data:image/jpeg;base64,", "data:image/gif;base64,",
               "data:image/webp;base64,")


@dataclass(frozen=True)
class ShownResult:
    rank: int
    title: str
    url: str
    display_url: str
    snippet: str
    label: str
    label_text: str
    why: str


@dataclass(frozen=True)
class ShownPage:
    engine: str
    heading: str
    query: str
    results: tuple[ShownResult, ...]


@dataclass(frozen=True)
class Preview:
    url: str
    host: str
    title: str | None
    description: str | None
    image: str | None
    image_note: str


@dataclass(frozen=True)
class StrangerView:
    pages: tuple[ShownPage, ...]
    preview: Preview | None

    @property
    def empty(self) -> bool:
        return not self.pages and self.preview is None


def view(report: Mapping[str, Any]) -> StrangerView:
    results = {str(r.get("check_id")): r for r in report.get("results") or []
               if isinstance(r, Mapping)}
    return StrangerView(pages=tuple(_pages(results.get(NAME_RESULTS))),
                        preview=_preview(results.get(LINK_PREVIEW)))


def display_url(url: str) -> str:
    """``https://www.example.com/a/b/`` → ``www.example.com › a › b``, as results pages show."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    crumbs = [p for p in parts.path.split("/") if p]
    return " › ".join([parts.hostname or url, *crumbs[:3]])


def _pages(result: Mapping[str, Any] | None) -> list[ShownPage]:
    if not result or result.get("outcome") != "info":
        return []
    page_one = (result.get("data") or {}).get("page_one") or {}
    pages: list[ShownPage] = []
    for engine, page in page_one.items():
        if not isinstance(page, Mapping):
            continue
        pages.append(ShownPage(
            engine=str(engine),
            heading=str(page.get("label") or engine),
            query=str(page.get("query") or ""),
            results=tuple(_shown(item) for item in page.get("results") or []
                          if isinstance(item, Mapping)),
        ))
    return pages


def _shown(item: Mapping[str, Any]) -> ShownResult:
    label = str(item.get("class") or "")
    url = str(item.get("url") or "")
    return ShownResult(
        rank=int(item.get("rank") or 0),
        title=str(item.get("title") or url),
        url=url,
        display_url=display_url(url),
        snippet=str(item.get("snippet") or ""),
        label=label,
        label_text=LABELS.get(label, label or "not classified"),
        why=str(item.get("why") or ""),
    )


def _preview(result: Mapping[str, Any] | None) -> Preview | None:
    if not result or result.get("outcome") in ("skip", None):
        return None
    data = result.get("data") or {}
    url = str(data.get("url") or "")
    if not url:
        return None
    probe = data.get("image") or {}
    image = probe.get("data_url") if isinstance(probe, Mapping) else None
    embedded = image if isinstance(image, str) and image.startswith(_DATA_IMAGE) else None
    return Preview(
        url=url,
        host=urlsplit(url).hostname or url,
        title=_text(data.get("og_title")),
        description=_text(data.get("og_description")),
        image=embedded,
        image_note=_image_note(data, probe, embedded),
    )


def _image_note(data: Mapping[str, Any], probe: Any, embedded: str | None) -> str:
    if embedded:
        return "og:image, as the preview shows it"
    if not data.get("og_image"):
        return "no image: the page has no og:image"
    if isinstance(probe, Mapping) and probe.get("loads") is False:
        return "no image: og:image does not load"
    if isinstance(probe, Mapping) and probe.get("loads"):
        return "og:image loads but is too large to embed here"
    return "whether og:image loads is unknown"


def _text(value: Any) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None
