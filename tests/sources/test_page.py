"""Reading pages: hand-written sites of different quality, from rich to broken to huge."""

from __future__ import annotations

import json
from typing import Any

import pytest

from helpers import FIXTURES
from presence_audit.sources.page import decode_body, parse_page, robots_directives
from presence_audit.sources.privacy import phone_numbers, street_addresses

SITES = FIXTURES / "sites"
URL = "https://jorivera.dev/"


def site(name: str, **kwargs: Any) -> dict[str, Any]:
    return parse_page((SITES / name / "index.html").read_bytes(), url=URL, **kwargs)


@pytest.mark.parametrize("name", ["rich", "bare", "noindexed", "broken", "latin1", "demo"])
def test_every_site_gives_strict_json(name: str) -> None:
    page = site(name)
    assert json.loads(json.dumps(page, allow_nan=False)) == page


def test_rich_site_head() -> None:
    page = site("rich")
    assert page["title"] == "Jo Rivera — Backend engineer & speaker"
    assert page["meta_description"].startswith("Jo Rivera builds payment APIs")
    assert page["lang"] == "en-GB"
    assert page["charset"] == "utf-8"
    assert page["viewport"] == "width=device-width, initial-scale=1"
    assert page["canonical"] == URL
    assert page["canonical_count"] == 1
    assert page["h1"] == ["Jo Rivera", "Backend engineer"]
    assert page["robots"]["noindex"] is False
    assert [d["directive"] for d in page["robots"]["directives"]] == [
        "index", "follow", "max-image-preview:large"]


def test_open_graph_is_read_from_property_and_name() -> None:
    og = site("rich")["og"]
    assert og == {
        "title": "Jo Rivera — Backend engineer",
        "description": "Payment APIs, reliability, talks.",  # written as name="og:description"
        "image": "/img/card.png",
        "image_alt": "Jo smiling at a whiteboard",
        "url": "https://jorivera.dev/",
        "type": "profile",
        "site_name": "Jo Rivera",
    }
    twitter = site("rich")["twitter"]
    assert twitter["card"] == "summary_large_image"
    assert twitter["creator"] == "@jorivera"
    assert twitter["title"] is None


def test_the_owner_is_picked_among_persons_in_the_graph() -> None:
    page = site("rich")
    assert len(page["json_ld"]) == 2
    assert all("data" in block for block in page["json_ld"])
    assert page["persons_found"] == 2  # the article's author is a Person too
    person = page["person"]
    assert person["name"] == "Jo Rivera"
    assert person["job_title"] == "Backend engineer, Speaker"
    assert person["image"] == "https://jorivera.dev/img/jo.jpg"
    assert person["same_as"] == ["https://github.com/jorivera",
                                 "https://www.linkedin.com/in/jo-rivera/",
                                 "https://hachyderm.io/@jorivera"]
    assert person["node"]["@id"] == "https://jorivera.dev/#me"


@pytest.mark.parametrize(
    "json_ld",
    [
        '[{"@type": "WebPage"}, {"@type": "schema:Person", "name": "Jo Rivera"}]',
        '{"@type": "ProfilePage", "mainEntity": {"@type": "http://schema.org/Person", '
        '"name": "Jo Rivera"}}',
        '{"@graph": [[{"@type": ["Thing", "Person"], "name": ["Jo Rivera"]}]]}',
    ],
)
def test_a_person_is_found_at_any_depth(json_ld: str) -> None:
    html = f'<script type="application/ld+json">{json_ld}</script>'
    page = parse_page(html, url=URL)
    assert page["person"]["name"] == "Jo Rivera"


def test_links_are_classified() -> None:
    page = site("rich")
    assert page["rel_me"] == ["https://hachyderm.io/@jorivera", "https://github.com/jorivera"]
    assert [(p["site"], p["url"], p["rel_me"]) for p in page["profile_links"]] == [
        ("fediverse", "https://hachyderm.io/@jorivera", True),
        ("github", "https://github.com/jorivera", True),
        ("linkedin", "https://www.linkedin.com/in/jo-rivera/", False),
        ("bluesky", "https://bsky.app/profile/jorivera.dev", False),
        ("stackoverflow", "https://stackoverflow.com/users/1/jo", False),
        ("dev.to", "https://dev.to/jorivera", False),
        ("youtube", "https://www.youtube.com/@jorivera", False),
        ("x", "https://x.com/jorivera", False),
    ]
    texts = {p["site"]: p["text"] for p in page["profile_links"]}
    assert texts["linkedin"] == "LinkedIn"  # an icon link is named by its image's alt
    assert texts["fediverse"] == "Mastodon"  # …or by its aria-label
    assert "https://example.org/article" in page["external_links"]
    # The blog and the subdomain are the same site; javascript: is no link at all.
    assert not any("/blog/" in u or u.startswith("javascript") for u in page["external_links"])
    assert "https://blog.jorivera.dev/" not in page["external_links"]
    assert page["links_total"] == 19


def test_h_card_basics() -> None:
    assert site("rich")["h_card"] == {
        "name": "Jo Rivera",
        "url": URL,
        "photo": "https://jorivera.dev/img/jo.jpg",
    }


def test_contact_routes() -> None:
    contact = site("rich")["contact"]
    assert contact["emails"] == ["jo@jorivera.dev"]
    assert contact["phones"] == ["+34612345678"]
    assert contact["pages"] == [
        {"url": "https://jorivera.dev/contact/", "text": "Contact"},
        {"url": "https://calendly.com/jorivera/30min", "text": "book a call"},
    ]
    # The search form is not a way to reach anyone.
    assert contact["forms"] == [
        {"action": "https://formspree.io/f/abc", "method": "post", "fields": ["email", "message"]},
    ]


def test_privacy_scan_merges_sources_and_ignores_code_and_numbers() -> None:
    privacy = site("rich")["privacy"]
    assert privacy["phones"] == [
        {"text": "+34 612 345 678", "where": ["tel link", "JSON-LD", "h-card", "text"]},
    ]
    assert privacy["addresses"] == [
        {"text": "Calle Mayor 5, Madrid", "where": ["JSON-LD"]},
        {"text": "221 Baker Street", "where": ["text"]},
    ]


def test_bare_site_has_unknowns_as_null_and_lists_empty() -> None:
    page = site("bare")
    assert page["title"] == "Home"
    assert page["meta_description"] is None
    assert set(page["og"].values()) == {None}
    assert page["canonical"] is None
    assert page["viewport"] is None
    assert page["person"] is None
    assert page["json_ld"] == []
    assert page["h_card"] is None
    assert page["profile_links"] == page["rel_me"] == page["h1"] == []
    assert page["contact"] == {"emails": [], "phones": [], "pages": [], "forms": []}
    assert page["privacy"] == {"phones": [], "addresses": []}


def test_noindexed_site() -> None:
    page = site("noindexed")
    robots = page["robots"]
    assert robots["noindex"] is True
    assert robots["nofollow"] is True  # googlebot: none
    assert robots["meta"] == ["NOINDEX, follow", "none"]
    assert {"source": "meta", "agent": "googlebot", "directive": "none"} in robots["directives"]
    assert page["canonical"] == "https://staging.adaexample.dev/"
    assert page["canonical_count"] == 2
    assert page["viewport"] == "width=1024"


@pytest.mark.parametrize(
    ("header", "noindex", "nofollow", "agents"),
    [
        ("noindex", True, False, ["*"]),
        ("googlebot: noindex, nofollow", True, True, ["googlebot", "googlebot"]),
        ("none", True, True, ["*"]),
        ("max-snippet: 20, index", False, False, ["*", "*"]),
        ("unavailable_after: 25 Jun 2030 15:00:00 PST", False, False, ["*"]),
        ("bingbot: noindex, otherbot: follow", True, False, ["bingbot", "otherbot"]),
    ],
)
def test_x_robots_tag_header(header: str, noindex: bool, nofollow: bool,
                             agents: list[str]) -> None:
    robots = robots_directives([], header)
    assert (robots["noindex"], robots["nofollow"]) == (noindex, nofollow)
    assert [d["agent"] for d in robots["directives"]] == agents
    assert robots["x_robots_tag"] == header


def test_header_directives_reach_the_page() -> None:
    page = site("bare", headers={"X-Robots-Tag": "noindex"})
    assert page["robots"]["noindex"] is True
    assert page["robots"]["directives"] == [
        {"source": "header", "agent": "*", "directive": "noindex"}]


def test_broken_html_is_read_as_a_browser_would() -> None:
    page = site("broken")
    assert page["title"] == "Sam Broken Markup"
    # The unclosed <meta> swallows the next one, as it does in a browser.
    assert page["og"]["title"] == "Sam's page"
    assert page["h1"] == ["Sam Broken"]
    assert page["json_ld"][0] == {
        "error": "invalid JSON at line 1 column 43: Expecting property name enclosed in "
                 "double quotes"}
    assert page["json_ld"][1] == {"error": "the block is empty"}
    assert page["json_ld"][3] == {"error": "invalid JSON: NaN is not allowed"}
    # A block wrapped in an HTML comment still counts; its relative url is resolved.
    assert page["person"]["name"] == "Sam Commented"
    assert page["person"]["url"] == URL
    assert [p["url"] for p in page["profile_links"]] == [
        "https://github.com/sambroken", "https://gitlab.com/sam"]
    assert page["contact"]["emails"] == []


def test_windows_1252_declared_as_latin1_in_a_meta() -> None:
    page = site("latin1")
    assert page["charset"] == "cp1252"
    assert page["title"] == "José Müller – Ingénieur données"
    assert "L’équipe «Données» de l’Hôpital" in page["meta_description"]
    assert page["privacy"]["phones"] == [{"text": "+41 22 123 45 67", "where": ["text"]}]
    assert page["privacy"]["addresses"] == [{"text": "12 rue de la Paix", "where": ["text"]}]


@pytest.mark.parametrize(
    ("body", "content_type", "text", "encoding"),
    [
        ("é".encode("utf-8-sig"), "text/html; charset=iso-8859-1", "é", "utf-8"),
        ("é".encode("cp1252"), "text/html; charset=windows-1252", "é", "cp1252"),
        ("é".encode(), "text/html; charset=ISO-8859-1", "Ã©", "cp1252"),
        (b'<meta charset="utf-8">' + "é".encode(), None, '<meta charset="utf-8">é', "utf-8"),
        ("é".encode(), "text/html; charset=no-such-charset", "é", "utf-8"),
        ("café".encode("cp1252"), None, "café", "cp1252"),
        (b"\xff\xfeh\x00i\x00", None, "hi", "utf-16"),
        ('<meta charset="utf-16">é'.encode(), None, '<meta charset="utf-16">é', "utf-8"),
    ],
)
def test_charset_from_bom_then_header_then_meta_then_sniffing(
    body: bytes, content_type: str | None, text: str, encoding: str
) -> None:
    assert decode_body(body, content_type) == (text, encoding)


@pytest.mark.parametrize(("html", "title"), [
    ("<body><svg><title>Menu</title></svg><h1>Jo</h1></body>", None),
    ("<head><title> Jo\n Rivera </title></head><body><svg><title>Menu</title></svg></body>",
     "Jo Rivera"),
    ("<body><svg><title>Menu</title></svg><title>Jo Rivera</title></body>", "Jo Rivera"),
])
def test_an_inline_svg_title_is_not_the_page_title(html: str, title: str | None) -> None:
    assert parse_page(html, url=URL)["title"] == title


def test_json_ld_nested_too_deeply_is_an_error_entry() -> None:
    name = "[" * 900 + '"Jo"' + "]" * 900
    html = f'<script type="application/ld+json">{{"@type": "Person", "name": {name}}}</script>'
    page = parse_page(html, url=URL)
    assert page["json_ld"] == [{"error": "nested deeper than 30 levels"}]
    assert page["person"] is None


def test_a_link_to_a_contact_section_is_a_contact_route() -> None:
    page = parse_page('<a href="#get-in-touch"><img src="mail.svg" alt=""></a>', url=URL)
    assert page["contact"]["pages"] == [{"url": URL + "#get-in-touch", "text": ""}]


def test_base_href_resolves_links() -> None:
    html = ('<base href="https://cdn.example/site/"><a href="contact.html">Contact</a>'
            '<link rel="canonical" href="index.html">')
    page = parse_page(html, url=URL)
    assert page["base_url"] == "https://cdn.example/site/"
    assert page["canonical"] == "https://cdn.example/site/index.html"
    assert page["contact"]["pages"][0]["url"] == "https://cdn.example/site/contact.html"


def test_huge_page_is_read_whole_and_lists_stay_capped() -> None:
    rich = (SITES / "rich" / "index.html").read_text(encoding="utf-8")
    head, body = rich.split("<body>", 1)
    section = body.split("</body>", 1)[0]
    many = "".join(
        section.replace("https://example.org/article", f"https://example.org/article/{i}")
        .replace("221 Baker Street", f"{i + 1} Baker Street")
        for i in range(1200)
    )
    html = f"{head}<body>{many}<h1>The very end</h1></body></html>"
    assert len(html) > 2_000_000
    page = parse_page(html.encode(), url=URL)
    assert page["title"] == "Jo Rivera — Backend engineer & speaker"
    assert page["h1"][:2] == ["Jo Rivera", "Backend engineer"]
    assert len(page["h1"]) == 10
    assert page["links_total"] == 1200 * 18 + 1  # every <a>, plus the <link rel="me">
    assert len(page["external_links"]) == 200
    assert len(page["privacy"]["addresses"]) == 10
    assert len(page["privacy"]["phones"]) == 1
    assert len(page["contact"]["forms"]) == 20


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Call +351 912 345 678 today", ["+351 912 345 678"]),
        ("0044 20 7946 0958", ["0044 20 7946 0958"]),
        ("Phone: (555) 123-4567.", ["(555) 123-4567"]),
        ("mobile 912 345 678", ["912 345 678"]),
        ("tel. 01 23 45 67 89", ["01 23 45 67 89"]),
        ("Timeline: 2019 2020 2021", []),
        ("1 000 000 000 requests", []),
        ("Released 2023-11-14, version 1.2.3", []),
        ("ISBN 978-0-13-110362-7", []),
        ("+1 23", []),
    ],
)
def test_phone_patterns(text: str, found: list[str]) -> None:
    assert list(phone_numbers(text)) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Office: 221 Baker Street, London", ["221 Baker Street"]),
        ("10 Downing St. is famous", ["10 Downing St."]),
        ("Rua Augusta 25, Lisboa", ["Rua Augusta 25"]),
        ("Avenida da Liberdade, 110", ["Avenida da Liberdade, 110"]),
        ("Hauptstraße 5, Berlin", ["Hauptstraße 5"]),
        ("3 avenue Victor Hugo", ["3 avenue Victor Hugo"]),
        ("I walked 5 miles down the road", []),
        ("Lisbon, Portugal", []),
    ],
)
def test_address_patterns(text: str, found: list[str]) -> None:
    assert list(street_addresses(text)) == found
