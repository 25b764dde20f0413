"""What one web page says about its owner, read from its HTML: pure, no network.

``parse_page`` turns a body (bytes as fetched, or text) into a JSON-serialisable dict: the
head (title, description, Open Graph and Twitter tags, canonical, robots directives,
viewport, language), every JSON-LD block and the schema.org ``Person`` among them, ``rel="me"``
links and the first h-card, links to profile sites, contact routes, ``h1`` headings and
personal details the page exposes (phone numbers, street addresses).

Pages are strangers' HTML: broken markup, wrong or missing charsets, invalid JSON-LD and
megabytes of text are all expected. Nothing here raises on bad input; a broken JSON-LD block
becomes an ``error`` entry. Every pass over the document is linear, and the lists kept are
capped, so a huge page costs time in proportion to its size and an artifact stays small.

The page is parsed once with lxml (``presence_audit.sources.html_tree``); each kind of
element is found by one XPath search compiled at import, anchored on its element name.
``read_page`` takes a parsed document, for readers that read more from the same tree.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

from presence_audit.core.model import JSONDict
from presence_audit.sources import html_tree, page_links, privacy
from presence_audit.sources.html_tree import Document, Element, attribute, xpath
from presence_audit.sources.http import charset

OG_FIELDS = ("title", "description", "image", "image:alt", "url", "type", "site_name")
TWITTER_FIELDS = ("card", "title", "description", "image", "site", "creator")
ROBOTS_AGENTS = frozenset({
    "robots", "googlebot", "googlebot-news", "bingbot", "msnbot", "slurp", "duckduckbot",
    "yandex", "baiduspider", "applebot",
})
MAX_H1 = 10
MAX_PERSONS_SCANNED = 50
MAX_JSON_DEPTH = 30

_SCHEMA_PREFIXES = ("http://schema.org/", "https://schema.org/", "schema:")

_SHOWN = "not(ancestor::noscript or ancestor::template)"
"""What a visitor's browser shows: not the fallback of <noscript>, not inert <template>s."""
_BASE = xpath("//base[@href]")
_METAS = xpath("//meta[@content]")
_SCRIPTS = xpath("//script")
_TITLES = xpath(f"//title[not(ancestor::svg)][{_SHOWN}]")
_LINKS_WITH_HREF = xpath(f"//link[@href][{_SHOWN}]")
_H1 = xpath(f"//h1[{_SHOWN}]")


def parse_page(
    body: bytes | str, *, url: str, headers: Mapping[str, str] | None = None
) -> JSONDict:
    """Everything the checks read from one page; see the module docstring for the fields."""
    header = {k.lower(): v for k, v in (headers or {}).items()}
    return read_page(html_tree.parse(body, header.get("content-type")), url=url,
                     headers=headers)


def read_page(document: Document, *, url: str,
              headers: Mapping[str, str] | None = None) -> JSONDict:
    """``parse_page`` on a parsed document. Script, style, template and noscript elements
    are removed from its tree at the end (``html_tree.drop_invisible``) to read the visible
    text."""
    header = {k.lower(): v for k, v in (headers or {}).items()}
    root = document.root
    base = _base_url(root, url)
    metas, robots_meta = _read_metas(root)
    json_ld = _json_ld_blocks(root)
    parsed_blocks = [block["data"] for block in json_ld if "data" in block]
    persons = list(_persons(parsed_blocks))
    links = page_links.read_links(root, base)
    h_card = page_links.read_h_card(root, base)
    canonicals = _canonicals(root, base)
    h1 = [h for h in (_collapse(html_tree.text(t, " ", html_tree.HIDDEN)) for t in _H1(root))
          if h][:MAX_H1]
    title = _title(root)
    html_tree.drop_invisible(root)
    visible = html_tree.visible_text(root)
    return {
        "url": url,
        "base_url": base,
        "charset": document.encoding,
        "lang": attribute(root, "lang") if root.tag == "html" else None,
        "title": title,
        "meta_description": metas.get("description"),
        "og": {field.replace(":", "_"): _og(metas, field) for field in OG_FIELDS},
        "twitter": {field: metas.get(f"twitter:{field}") for field in TWITTER_FIELDS},
        "canonical": canonicals[0] if canonicals else None,
        "canonical_count": len(canonicals),
        "robots": robots_directives(robots_meta, header.get("x-robots-tag")),
        "viewport": metas.get("viewport"),
        "h1": h1,
        "json_ld": json_ld,
        "person": _summarise_person(_best_person(persons), base) if persons else None,
        "persons_found": len(persons),
        "rel_me": links.rel_me,
        "h_card": h_card.summary if h_card else None,
        "profile_links": links.profile_links,
        "external_links": links.external_links,
        "links_total": links.total,
        "contact": links.contact,
        "privacy": privacy.scan(
            visible,
            tel_links=links.contact["phones"],
            json_ld=parsed_blocks,
            h_card_phones=h_card.phones if h_card else [],
            h_card_addresses=h_card.addresses if h_card else [],
        ),
    }


def decode_body(body: bytes | str, content_type: str | None = None) -> tuple[str, str | None]:
    """The page as text and the encoding used (None for text given as ``str``), chosen from
    the body and its ``Content-Type`` header as browsers do (``sources.http.charset``)."""
    if isinstance(body, str):
        return body, None
    return charset.decode(body, charset.parse_content_type(content_type)[1])


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _base_url(root: Element, url: str) -> str:
    base = html_tree.first(_BASE(root))
    href = attribute(base, "href")
    joined = page_links.absolute_url(url, href) if href else None
    return joined or url


def _title(root: Element) -> str | None:
    # The document's first <title>, as browsers take it; an inline SVG's <title> names only
    # the picture.
    title = html_tree.first(_TITLES(root))
    if title is None:
        return None
    return _collapse(html_tree.text(title)) or None


def _read_metas(root: Element) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """First value of each ``name``/``property`` (lower-cased), and every robots meta.

    Open Graph is specified with ``property=`` but many sites (and LinkedIn in 2023) write
    ``name=``: both are read, and the first occurrence of a key wins.
    """
    metas: dict[str, str] = {}
    robots: list[tuple[str, str]] = []
    for tag in _METAS(root):
        content = _collapse(tag.get("content") or "")
        for name in ("property", "name"):
            key = attribute(tag, name)
            if not key:
                continue
            key = key.lower()
            metas.setdefault(key, content)
            if name == "name" and key in ROBOTS_AGENTS:
                robots.append(("*" if key == "robots" else key, content))
    return metas, robots


def _og(metas: Mapping[str, str], field: str) -> str | None:
    value = metas.get(f"og:{field}")
    if value is None and field == "image":
        value = metas.get("og:image:url") or metas.get("og:image:secure_url")
    return value or None


def robots_directives(meta: list[tuple[str, str]], header: str | None) -> JSONDict:
    """Robots directives from ``<meta name="robots|googlebot…">`` and ``X-Robots-Tag``.

    ``X-Robots-Tag`` may name an agent (``googlebot: noindex, nofollow``); the agent applies
    to the directives after it. ``none`` means ``noindex, nofollow``. A ``noindex`` for any
    agent counts: a page Google may not index does not rank on Google.
    """
    directives: list[JSONDict] = []
    for agent, content in meta:
        directives += [{"source": "meta", "agent": agent, "directive": d}
                       for d in _split_directives(content)]
    if header:
        agent = "*"
        for part in _split_directives(header):
            prefix, sep, rest = part.partition(":")
            directive = part
            if sep and rest.strip() and _is_agent(prefix):
                agent, directive = prefix.strip(), rest.strip()
            directives.append({"source": "header", "agent": agent, "directive": directive})
    names = {d["directive"].split(":")[0].strip() for d in directives}
    return {
        "meta": [content for _, content in meta],
        "x_robots_tag": header,
        "directives": directives,
        "noindex": bool(names & {"noindex", "none"}),
        "nofollow": bool(names & {"nofollow", "none"}),
    }


_VALUE_DIRECTIVES = frozenset({
    "max-snippet", "max-image-preview", "max-video-preview", "unavailable_after",
})


def _is_agent(prefix: str) -> bool:
    word = prefix.strip().lower()
    return bool(re.fullmatch(r"[a-z][a-z0-9_-]*", word)) and word not in _VALUE_DIRECTIVES


def _split_directives(content: str) -> list[str]:
    return [part.strip().lower() for part in content.split(",") if part.strip()]


def _canonicals(root: Element, base: str) -> list[str]:
    found = []
    for tag in _LINKS_WITH_HREF(root):
        rels = (tag.get("rel") or "").lower().split()
        href = attribute(tag, "href")
        resolved = page_links.absolute_url(base, href) if href else None
        if "canonical" in rels and resolved:
            found.append(resolved)
    return found


def _json_ld_blocks(root: Element) -> list[JSONDict]:
    blocks: list[JSONDict] = []
    for script in _SCRIPTS(root):
        kind = (attribute(script, "type") or "").split(";")[0].strip().lower()
        if kind != "application/ld+json":
            continue
        blocks.append(_parse_json_ld(script.text or ""))
    return blocks


def _parse_json_ld(raw: str) -> JSONDict:
    text = raw.strip()
    # Old CMS templates wrap the JSON in HTML comments or CDATA markers.
    for opening, closing in (("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")):
        if text.startswith(opening) and text.endswith(closing):
            text = text[len(opening):-len(closing)].strip()
    if not text:
        return {"error": "the block is empty"}
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        return {"error": f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"}
    except ValueError as exc:
        return {"error": f"invalid JSON: {exc}"}
    except RecursionError:
        return {"error": f"nested deeper than {MAX_JSON_DEPTH} levels"}
    if _depth_exceeds(data, MAX_JSON_DEPTH):
        # Real structured data is a few levels deep; deeper is a trap for recursive readers.
        return {"error": f"nested deeper than {MAX_JSON_DEPTH} levels"}
    return {"data": data}


def _depth_exceeds(data: Any, limit: int) -> bool:
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(node, dict):
            stack += [(child, depth + 1) for child in node.values()]
        elif isinstance(node, list):
            stack += [(child, depth + 1) for child in node]
    return False


def _reject_constant(name: str) -> Any:
    # NaN and Infinity are not JSON: kept, they would make the artifact unreadable.
    raise ValueError(f"{name} is not allowed")


def _types(node: Mapping[str, Any]) -> list[str]:
    kinds = node.get("@type")
    values = kinds if isinstance(kinds, list) else [kinds]
    names = []
    for value in values:
        if isinstance(value, str):
            name = value
            for prefix in _SCHEMA_PREFIXES:
                name = name.removeprefix(prefix)
            names.append(name)
    return names


def _persons(blocks: list[Any]) -> Iterator[tuple[int, Mapping[str, Any]]]:
    """Every ``Person`` node at any depth (``@graph``, lists, nested values) with its depth."""
    stack: list[tuple[Any, int]] = [(block, 0) for block in reversed(blocks)]
    found = 0
    while stack and found < MAX_PERSONS_SCANNED:
        node, depth = stack.pop()
        if isinstance(node, list):
            stack += [(child, depth + 1) for child in reversed(node)]
        elif isinstance(node, dict):
            if "Person" in _types(node):
                found += 1
                yield depth, node
            stack += [(child, depth + 1) for child in reversed(list(node.values()))]


_IDENTIFYING = ("sameAs", "url", "jobTitle", "image", "email", "description")


def _best_person(persons: list[tuple[int, Mapping[str, Any]]]) -> Mapping[str, Any]:
    """The node that describes the page's owner, not an article's co-author.

    The one with most identifying properties wins, then the shallowest, then the first.
    """
    ranked = sorted(
        enumerate(persons),
        key=lambda item: (-sum(k in item[1][1] for k in _IDENTIFYING), item[1][0], item[0]),
    )
    return ranked[0][1][1]


def _summarise_person(node: Mapping[str, Any], base: str) -> JSONDict:
    same_as = node.get("sameAs")
    values = same_as if isinstance(same_as, list) else [same_as]
    url, image = _url_value(node.get("url")), _url_value(node.get("image"))
    return {
        "name": _text_value(node.get("name")),
        "url": page_links.absolute_url(base, url) or url if url else None,
        "image": page_links.absolute_url(base, image) or image if image else None,
        "job_title": _text_value(node.get("jobTitle")),
        "same_as": [v.strip() for v in values if isinstance(v, str) and v.strip()],
        "node": dict(node),
    }


def _text_value(value: Any) -> str | None:
    if isinstance(value, list):
        texts = [t for t in (_text_value(v) for v in value) if t]
        return ", ".join(texts) or None
    if isinstance(value, dict):
        return _text_value(value.get("@value") or value.get("name"))
    if isinstance(value, str):
        return _collapse(value) or None
    return None


def _url_value(value: Any) -> str | None:
    if isinstance(value, list):
        return next((u for u in (_url_value(v) for v in value) if u), None)
    if isinstance(value, dict):
        return _url_value(value.get("url") or value.get("contentUrl") or value.get("@id"))
    if isinstance(value, str):
        return value.strip() or None
    return None
