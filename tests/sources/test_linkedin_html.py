"""Reading LinkedIn public profile pages of both markup eras, saved or fetched."""

from __future__ import annotations

import pytest

from helpers import FIXTURES
from presence_audit.core.artifacts.linkedin import LinkedInProfile
from presence_audit.demo import demo_folder
from presence_audit.sources import html_tree
from presence_audit.sources.linkedin.html import (
    clean,
    masked,
    parse_profile_html,
    photo_from_img,
    profile_url,
    unescape,
)

LINKEDIN = FIXTURES / "linkedin"


def read(name: str) -> LinkedInProfile:
    return parse_profile_html((LINKEDIN / name).read_bytes())


def test_2026_page_with_everything() -> None:
    profile = read("page-2026-complete.html")
    assert profile.ok
    assert profile.detail == "saved page (2026 markup)"
    assert profile.name == "Lena Fischer"
    assert profile.headline == ("Analytics engineer helping SaaS teams trust their metrics | "
                                "R&D at Northwind")
    assert profile.summary is not None
    assert profile.summary.startswith("I turn messy event data into metrics that product teams "
                                      "can trust.\n\nFor the last six years")
    assert profile.summary.endswith("write to lena@lenafischer.dev.")
    assert "Show more" not in profile.summary
    assert (profile.photo_present, profile.photo_url is not None) == (True, True)
    assert profile.recommendations == 8  # the sentence, not the two cards shown
    assert profile.websites == ["https://lenafischer.dev/", "https://blog.lenafischer.dev"]
    assert profile.public_url == "https://www.linkedin.com/in/lena-fischer-data/"
    assert profile.location == "Berlin, Berlin, Germany"
    assert [(p["title"], p["company"], p["current"]) for p in profile.positions] == [
        ("Analytics Engineer", "Northwind Traders", True),
        ("Senior Data Analyst", "Contoso", False),
        ("Data Analyst", "Contoso", False),
        ("Working Student", None, False),  # "**********" is masked: unknown, not a company
    ]
    assert profile.education == [{"school": "TU Berlin",
                                  "degree": "Master of Science - MS, Computer Science",
                                  "started_on": "2012", "finished_on": "2017"}]
    assert profile.absent == set()
    assert profile.field_sources["photo"] == "html"


def test_2026_page_without_headline_summary_or_recommendations() -> None:
    profile = read("page-2026-bare.html")
    assert profile.name == "Sam Rivera"
    # The title shows the employer in the headline's place: that is not a headline.
    assert profile.headline is None
    assert profile.summary is None
    assert {"headline", "summary", "websites", "education"} <= profile.absent
    assert profile.recommendations == 0
    assert profile.photo_present is False and profile.photo_url is None
    assert profile.public_url == "https://www.linkedin.com/in/sam-rivera-4b7a91c2/"
    assert profile.location == "Austin, Texas, United States"


def test_2023_page_with_json_ld() -> None:
    profile = read("page-2023-complete.html")
    assert profile.detail == "saved page (2023–2025 markup with JSON-LD)"
    assert profile.name == "Priya Nair"
    # The DOM headline, not the title's "Engineering Manager - Contoso".
    assert profile.headline == ("I help platform teams ship safely | Engineering Manager at "
                                "Contoso")
    assert profile.summary == ("I lead platform teams that make deploys boring.\n\nAsk me about "
                               "SRE hiring.")
    assert profile.photo_present is True
    assert profile.recommendations == 1
    assert profile.location == "Bengaluru, Karnataka, India"
    assert profile.public_url == "https://www.linkedin.com/in/priyanair/"
    assert [p["company"] for p in profile.positions] == ["Contoso", "Fabrikam"]
    assert profile.education[0]["school"] == "IIT Madras"  # from the JSON-LD Person


def test_2023_page_without_headline_summary_or_recommendations() -> None:
    profile = read("page-2023-bare.html")
    assert profile.name == "Oliver Grant"
    assert profile.headline is None and "headline" in profile.absent
    assert profile.summary is None and "summary" in profile.absent
    assert profile.recommendations == 0
    assert profile.photo_present is False  # --ghost-image, whatever the asset's hash


def test_json_ld_alone_finds_the_profile_person_not_an_author() -> None:
    profile = read("page-head-only-jsonld.html")
    assert profile.name == "Marco Bianchi"
    assert profile.summary == ("Backend engineer.\nI build payment APIs that do not wake anyone "
                               "at night.")
    assert profile.location == "Milan"
    assert profile.positions[0]["title"] == "Backend Engineer"
    assert profile.positions[0]["company"] == "Fabrikam"
    # "Marco Bianchi - Fabrikam": the employer stands where the headline would be.
    assert profile.headline is None and "headline" in profile.absent
    # Without a top card nothing says there are no recommendations: unknown.
    assert profile.recommendations is None
    assert profile.photo_present is None


def test_head_only_2026_uses_a_title_the_description_confirms() -> None:
    profile = read("page-head-only-2026.html")
    assert profile.headline == "Product designer making clinical software humane"
    assert profile.photo_present is True
    assert profile.location == "London"
    assert profile.detail == "saved page (page head only)"


def test_blurred_text_is_unknown_not_empty() -> None:
    profile = read("page-2026-masked.html")
    assert profile.summary is None
    assert "summary" not in profile.absent
    assert profile.headline == "Staff engineer building developer platforms"


def test_the_demo_page_is_a_real_2026_page() -> None:
    profile = parse_profile_html((demo_folder() / "linkedin-page.html").read_bytes())
    assert (profile.name, profile.headline) == ("Ada Example", "Data Engineer at Acme Analytics")
    assert profile.photo_present is True
    assert profile.recommendations == 1
    assert profile.websites == ["https://adaexample.dev"]


def test_the_auth_wall_is_blocked_with_guidance() -> None:
    profile = read("authwall.html")
    assert profile.status == "blocked"
    assert "sign-in wall" in profile.detail
    assert "profiles.linkedin.export" in profile.detail
    assert profile.headline is None and profile.absent == set()


@pytest.mark.parametrize("page", [
    "<html><head><title>Auth Wall | LinkedIn</title></head><body></body></html>",
    '<html><head><meta name="pageKey" content="d_checkpoint_ch_captcha"></head></html>',
    '<html><body><form id="challenge-form">Let\'s do a quick security check</form></body></html>',
])
def test_other_walls_are_blocked(page: str) -> None:
    assert parse_profile_html(page).status == "blocked"


def test_not_found_and_not_a_profile() -> None:
    gone = parse_profile_html("<html><head><title>Page Not Found | LinkedIn</title></head></html>")
    assert gone.status == "not-found"
    other = parse_profile_html("<html><head><title>My blog</title></head><body>Hi</body></html>")
    assert other.status == "not-a-linkedin-page"
    assert "not a LinkedIn public profile page" in other.detail


def test_a_fetched_page_is_labelled_with_its_source() -> None:
    page = (LINKEDIN / "page-2023-bare.html").read_bytes()
    profile = parse_profile_html(page, source="url",
                                 url="https://uk.linkedin.com/in/oliver-grant-58b1a2103")
    assert profile.source == "url"
    assert profile.detail == "live page (2023–2025 markup with JSON-LD)"
    assert set(profile.field_sources.values()) == {"url"}


def img(attributes: str) -> html_tree.Element:
    tag = html_tree.parse(f"<img {attributes}>").root.find(".//img")
    assert tag is not None
    return tag


@pytest.mark.parametrize(("attributes", "present"), [
    # Real photos: a --real-image class, or a profile-displayphoto on media.licdn.com.
    ('class="top-card__profile-image top-card__profile-image--real-image"', True),
    ('class="top-card__profile-image" data-delayed-url="https://media.licdn.com/dms/image/v2/'
     'D4E/profile-displayphoto-shrink_400_400/0/1"', True),
    # Ghosts, whatever the asset's hash: ghost classes, delayed = ghost URL, a static asset.
    ('class="top-card__profile-image artdeco-entity-image--ghost" data-delayed-url="x"', False),
    ('class="top-card__profile-image--ghost-image"', False),
    ('data-delayed-url="https://static.licdn.com/aero-v1/sc/h/anyNewHash123" '
     'data-ghost-url="https://static.licdn.com/aero-v1/sc/h/anyNewHash123"', False),
    ('data-delayed-url="https://static-exp1.licdn.com/sc/h/zzz" data-ghost-url="other"', False),
    # Nothing to go on: unknown.
    ('class="top-card__profile-image" src="Ada_files/photo.jpg"', None),
    ('data-delayed-url="https://media.notlicdn.com/dms/image/profile-displayphoto-x/1"', None),
])
def test_photo_presence_is_decided_by_rule(attributes: str, present: bool | None) -> None:
    assert photo_from_img(img(attributes))[0] is present


def test_text_helpers() -> None:
    assert unescape("R&amp;amp;D") == "R&D"
    assert unescape("R&amp;D") == "R&D"
    assert unescape("AT&T") == "AT&T"
    assert masked("******* ****") and masked("**********")
    assert not masked("5* service, ** rated")
    assert clean("  a \n b ") == "a b"
    assert clean("*** ***") is None
    assert profile_url("https://pt.linkedin.com/in/Ada-Example?trk=x") == (
        "https://www.linkedin.com/in/ada-example/")
    assert profile_url("https://www.linkedin.com/company/acme") is None
    assert profile_url("https://evil.example/in/ada") is None


def test_json_ld_single_values_are_read_like_lists() -> None:
    page = """<html><head><title>Marco Bianchi - Fabrikam | LinkedIn</title>
    <script type="application/ld+json">{"@context": "http://schema.org", "@graph": [
      {"@type": "Person", "name": "Marco Bianchi", "jobTitle": "Backend Engineer",
       "worksFor": {"@type": "Organization", "name": "Fabrikam"},
       "alumniOf": {"@type": "EducationalOrganization", "name": "Politecnico di Milano"}}]}
    </script></head><body></body></html>"""
    profile = parse_profile_html(page)
    assert [(p["title"], p["company"]) for p in profile.positions] == [
        ("Backend Engineer", "Fabrikam")]
    assert [e["school"] for e in profile.education] == ["Politecnico di Milano"]


def test_websites_are_addresses_never_link_labels() -> None:
    page = """<html><head><meta name="pageKey" content="public_profile_v3_desktop"></head>
    <body><h1 class="top-card-layout__title">Ada Example</h1>
    <div data-section="websites">
      <a href="#" data-modal="websites">Websites</a>
      <a href="https://adaexample.dev/work">Portfolio</a>
      <a href="https://www.linkedin.com/company/acme">Company website</a>
      <a href="#"><span class="websites__url-text"> blog.adaexample.dev </span></a>
    </div></body></html>"""
    assert parse_profile_html(page).websites == ["https://adaexample.dev/work",
                                                 "blog.adaexample.dev"]
