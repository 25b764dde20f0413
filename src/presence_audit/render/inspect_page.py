"""``inspect page``: everything the portfolio checks read in one page, as labelled sections.

Every scraped string is cleaned of control characters and printed as rich ``Text``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from presence_audit.render.fields import field_table, line, new_console, text_of

if TYPE_CHECKING:
    from rich.console import Console

    from presence_audit.core.artifacts import Artifact

Row = tuple[str, Any]
OG_LABELS = {"image_alt": "og:image:alt"}


def render(artifact: Artifact) -> str:
    """The artifact as labelled sections; every scraped string is cleaned and shown as Text."""
    console, buffer = new_console()
    data = artifact.data
    error = data.get("fetch_error")
    if error:
        console.print(line(f"Could not fetch {data.get('requested_url')}: "
                           f"{error.get('kind')} — {error.get('message')}"))
    page = data.get("page")
    if not isinstance(page, dict):
        if "robots_txt" in data:
            _section(console, "robots.txt", _robots_rows(data["robots_txt"]))
        return text_of(buffer)
    _section(console, "Fetch", _fetch_rows(data))
    _section(console, "Headers", list(data.get("headers", {}).items()))
    _section(console, "Head", _head_rows(page))
    _section(console, "Open Graph", [(OG_LABELS.get(k, f"og:{k}"), v)
                                     for k, v in page["og"].items()])
    _section(console, "og:image", _image_rows(data.get("og_image")))
    _section(console, "Twitter card", [(f"twitter:{k}", v) for k, v in page["twitter"].items()])
    _section(console, "JSON-LD", _json_ld_rows(page))
    _section(console, "Links to you", _identity_rows(page))
    _section(console, "Profile links", [
        (link["site"], f"{link['url']}" + (" (rel=me)" if link["rel_me"] else ""))
        for link in page["profile_links"]])
    _section(console, "Contact routes", _contact_rows(page["contact"]))
    _section(console, "Privacy", _privacy_rows(page["privacy"]))
    _section(console, "Links", [
        ("links on the page", page["links_total"]),
        ("to other sites", ", ".join(page["external_links"]) or None),
    ])
    return text_of(buffer)


def _fetch_rows(data: Mapping[str, Any]) -> list[Row]:
    redirects = data.get("redirects") or []
    timing = "from cache" if data.get("from_cache") else f"{data.get('elapsed_ms')} ms"
    return [
        ("requested", data.get("requested_url")),
        ("final URL", data.get("final_url")),
        ("status", data.get("status")),
        ("HTTPS", "yes" if data.get("https") else "no"),
        ("time", timing),
        ("redirects", " → ".join([*redirects, data["final_url"]]) if redirects else "none"),
        ("content type", data.get("content_type")),
        ("encoding", data.get("encoding")),
        ("bytes", data.get("bytes")),
        *_robots_rows(data.get("robots_txt") or {}),
    ]


def _robots_rows(robots: Mapping[str, Any]) -> list[Row]:
    if robots.get("allowed") is None:
        error = robots.get("error") or {}
        return [("robots.txt", f"unknown: {error.get('kind')} — {error.get('message')}")]
    verdict = "allowed" if robots["allowed"] else "disallowed"
    return [("robots.txt", f"{verdict}: {robots.get('reason')} ({robots.get('robots_url')})")]


def _head_rows(page: Mapping[str, Any]) -> list[Row]:
    robots = page["robots"]
    directives = ", ".join(
        f"{d['directive']} ({d['source']}{'' if d['agent'] == '*' else ', ' + d['agent']})"
        for d in robots["directives"])
    count = page["canonical_count"]
    return [
        ("title", page["title"]),
        ("meta description", page["meta_description"]),
        ("canonical", page["canonical"] if count <= 1 else f"{page['canonical']} "
                                                          f"(and {count - 1} more)"),
        ("robots", directives or None),
        ("noindex", "yes" if robots["noindex"] else "no"),
        ("nofollow", "yes" if robots["nofollow"] else "no"),
        ("viewport", page["viewport"]),
        ("lang", page["lang"]),
        ("charset", page["charset"]),
        ("h1", " | ".join(page["h1"]) or None),
    ]


def _image_rows(probe: Mapping[str, Any] | None) -> list[Row]:
    if not probe:
        return [("og:image", "none declared")]
    if probe["loads"]:
        verdict = f"loads: {probe['content_type']}, {probe['bytes']} bytes"
    elif probe["loads"] is False:
        verdict = "does not load: " + (probe.get("problem") or _error_words(probe["error"]))
    else:
        verdict = "could not check: " + _error_words(probe["error"])
    return [
        ("declared", probe["declared"]),
        ("address", probe["url"]),
        ("absolute", "yes" if probe["absolute"] else "no"),
        ("result", verdict),
    ]


def _error_words(error: Mapping[str, Any] | None) -> str:
    return f"{error['kind']} — {error['message']}" if error else "no reason recorded"


def _json_ld_rows(page: Mapping[str, Any]) -> list[Row]:
    rows: list[Row] = []
    for index, block in enumerate(page["json_ld"], start=1):
        if "error" in block:
            rows.append((f"block {index}", f"invalid: {block['error']}"))
        else:
            rows.append((f"block {index}", _describe_block(block["data"])))
    person = page["person"]
    if person:
        rows += [
            ("Person", person["name"]),
            ("  url", person["url"]),
            ("  image", person["image"]),
            ("  jobTitle", person["job_title"]),
            ("  sameAs", ", ".join(person["same_as"]) or None),
        ]
    else:
        rows.append(("Person", "none found"))
    return rows


def _describe_block(data: Any) -> str:
    nodes = data.get("@graph", [data]) if isinstance(data, dict) else data
    if not isinstance(nodes, list):
        nodes = [nodes]
    kinds = []
    for node in nodes:
        kind = node.get("@type") if isinstance(node, dict) else None
        kinds.append(", ".join(kind) if isinstance(kind, list) else str(kind or "?"))
    return "@type " + "; ".join(kinds) if kinds else "empty"


def _identity_rows(page: Mapping[str, Any]) -> list[Row]:
    card = page["h_card"]
    rows: list[Row] = [("rel=me", ", ".join(page["rel_me"]) or None)]
    if card:
        rows += [("h-card name", card["name"]), ("h-card url", card["url"]),
                 ("h-card photo", card["photo"])]
    else:
        rows.append(("h-card", "none"))
    return rows


def _contact_rows(contact: Mapping[str, Any]) -> list[Row]:
    return [
        ("email", ", ".join(contact["emails"]) or None),
        ("phone", ", ".join(contact["phones"]) or None),
        ("pages", ", ".join(f"{p['text']} ({p['url']})" for p in contact["pages"]) or None),
        ("forms", ", ".join(f"{f['method'].upper()} {f['action'] or '(this page)'}"
                            for f in contact["forms"]) or None),
    ]


def _privacy_rows(found: Mapping[str, Any]) -> list[Row]:
    def items(entries: Iterable[Mapping[str, Any]]) -> str | None:
        return ", ".join(f"{e['text']} ({', '.join(e['where'])})" for e in entries) or None

    return [("phone numbers", items(found["phones"])),
            ("street addresses", items(found["addresses"]))]


def _section(console: Console, title: str, rows: list[Row]) -> None:
    console.print(field_table(rows, title=title))
    console.print()
