"""Reading the person you will contact: saved pages, public URLs, preferences, shared context."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from presence_audit.config.load import parse_config
from presence_audit.config.schema import NetworkConfig
from presence_audit.core.artifacts import Artifact, ArtifactStatus
from presence_audit.demo import demo_folder
from presence_audit.preflight.target import (
    Affiliation,
    Facts,
    TargetError,
    TextBlock,
    find_preferences,
    my_facts,
    opening_lines,
    read_target,
    shared_context,
    terms_of,
)
from presence_audit.preflight.target.shared import org_key, same_org
from presence_audit.sources.http import HttpClient, Response

JORDAN = demo_folder() / "target" / "jordan-rivera.html"

PERSONAL_SITE = """<!DOCTYPE html>
<html lang="en"><head>
  <title>Sam Okafor — data platform engineer</title>
  <meta name="description" content="Sam builds data platforms in Berlin.">
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@type": "Person", "name": "Sam Okafor",
   "jobTitle": "Data Platform Engineer",
   "address": {"@type": "PostalAddress", "addressLocality": "Berlin"},
   "worksFor": {"@type": "Organization", "name": "Initech GmbH"},
   "alumniOf": [{"@type": "EducationalOrganization", "name": "Universidad de Granada",
                 "member": {"@type": "Role", "startDate": "2011", "endDate": "2015"}},
                {"@type": "Organization", "name": "Acme Analytics, Inc.",
                 "member": {"@type": "Role", "startDate": "2016-02", "endDate": "2019-06"}}],
   "knowsAbout": ["Kafka", "data contracts", "Rust"]}
  </script>
  <style>p { color: red }</style>
</head><body>
  <nav><p>Home · Blog · Talks · Contact</p></nav>
  <h1>Hi, I'm Sam</h1>
  <p>I build data platforms and write about streaming.</p>
  <h2>Contact</h2>
  <p>DMs are open on Mastodon. Recruiters: please do not contact me about crypto roles.</p>
  <ul><li><a href="https://calendly.com/sam-okafor/30min">Book 30 minutes with me</a></li>
      <li><a href="https://github.com/samokafor">GitHub</a></li></ul>
</body></html>
"""


@pytest.fixture
def site(tmp_path: Path) -> Path:
    path = tmp_path / "sam.html"
    path.write_text(PERSONAL_SITE, encoding="utf-8")
    return path


def test_a_saved_linkedin_page_is_read_with_dates_and_skills() -> None:
    them = read_target(str(JORDAN))
    assert them.source == "saved LinkedIn page"
    assert them.name == "Jordan Rivera"
    assert them.first_name == "Jordan"
    assert them.location == "Lisbon, Lisbon, Portugal"
    assert [(e.name, e.start, e.end, e.current) for e in them.employers] == [
        ("Northwind Data", 2024, None, True), ("Acme Analytics", 2021, 2023, False)]
    assert [(s.name, s.start, s.end) for s in them.schools] == [
        ("Universidade do Porto", 2012, 2016)]
    assert them.topics == ("dbt", "SQL", "Data Quality", "Data Contracts", "Looker")
    assert "https://cal.com/jordan-rivera/office-hours" in them.links


def test_contact_preferences_are_quoted_verbatim_with_where_they_were_found() -> None:
    preferences = find_preferences(read_target(str(JORDAN)))
    assert [(p.kind, p.text, p.where) for p in preferences] == [
        ("boundary", "I prefer email for first contact — no cold sales pitches, please.",
         "LinkedIn About section"),
        ("boundary", "If we haven't met, tell me how we know each other in your note.",
         "LinkedIn About section"),
        ("channel", "Office hours every other Friday: book a slot through the calendar link "
                    "on this profile.", "LinkedIn About section"),
        ("booking", "https://cal.com/jordan-rivera/office-hours", "link on the page"),
    ]


def test_any_web_page_gives_its_person_and_the_text_under_each_heading(site: Path) -> None:
    them = read_target(str(site))
    assert them.source == "web page"
    assert them.name == "Sam Okafor"
    assert them.headline == "Data Platform Engineer"
    assert them.location == "Berlin"
    assert [e.name for e in them.employers] == ["Initech GmbH", "Acme Analytics, Inc."]
    assert them.employers[1] == Affiliation("Acme Analytics, Inc.", 2016, 2019)
    assert [(s.name, s.start, s.end) for s in them.schools] == [
        ("Universidad de Granada", 2011, 2015)]
    assert them.topics == ("Kafka", "data contracts", "Rust")
    preferences = find_preferences(them)
    assert [(p.kind, p.text, p.where) for p in preferences] == [
        ("channel", "DMs are open on Mastodon.", 'page text under "Contact"'),
        ("boundary", "Recruiters: please do not contact me about crypto roles.",
         'page text under "Contact"'),
        ("booking", "https://calendly.com/sam-okafor/30min", "link on the page"),
    ]


def test_navigation_scripts_and_styles_are_not_page_text(site: Path) -> None:
    texts = " ".join(block.text for block in read_target(str(site)).texts)
    assert "Home · Blog" not in texts
    assert "color: red" not in texts


def test_a_page_with_nothing_stated_gives_no_preferences(tmp_path: Path) -> None:
    page = tmp_path / "plain.html"
    page.write_text("<html><head><title>Ana</title></head><body><p>I like maps and "
                    "trains.</p></body></html>", encoding="utf-8")
    assert find_preferences(read_target(str(page))) == []


def test_a_saved_sign_in_wall_is_not_read_as_a_profile(tmp_path: Path) -> None:
    page = tmp_path / "wall.html"
    page.write_text('<html><head><meta name="pageKey" content="auth_wall_desktop">'
                    "<title>Auth Wall | LinkedIn</title></head><body>authwall</body></html>",
                    encoding="utf-8")
    with pytest.raises(TargetError, match="wall"):
        read_target(str(page))


def test_a_missing_file_says_what_to_give(tmp_path: Path) -> None:
    with pytest.raises(TargetError, match="no such file"):
        read_target(str(tmp_path / "nope.html"))


def test_a_huge_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("presence_audit.preflight.target.read.MAX_FILE_BYTES", 100)
    page = tmp_path / "big.html"
    page.write_text("<p>" + "x" * 200 + "</p>", encoding="utf-8")
    with pytest.raises(TargetError, match="larger than"):
        read_target(str(page))


def _client() -> HttpClient:
    network = NetworkConfig(allow_private=True, min_interval_seconds=0.0, retries=0)
    return HttpClient(network, use_cache=False)


def test_a_url_is_fetched_once_through_the_http_client(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_oneshot_request("/about").respond_with_data(
        PERSONAL_SITE, content_type="text/html; charset=utf-8")
    client = _client()
    try:
        them = read_target(httpserver.url_for("/about"), lambda: client)
    finally:
        client.close()
    assert them.name == "Sam Okafor"
    assert them.url == httpserver.url_for("/about")
    assert [p.kind for p in find_preferences(them)] == ["channel", "boundary", "booking"]


def test_a_url_that_fails_is_a_target_error_in_words(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/gone").respond_with_data("no", status=404)
    client = _client()
    try:
        with pytest.raises(TargetError, match="could not fetch"):
            read_target(httpserver.url_for("/gone"), lambda: client)
    finally:
        client.close()


def test_a_url_without_network_access_is_refused() -> None:
    with pytest.raises(TargetError, match="needs network access"):
        read_target("https://example.org/")


class RefusingLinkedIn:
    """Stands in for the HTTP client: refuses the way LinkedIn's robots.txt makes it."""

    def get(self, url: str, **_: object) -> object:
        from presence_audit.sources.http import FetchError

        raise FetchError("blocked-by-robots", "robots.txt disallows it", url)


def test_a_blocked_linkedin_url_says_to_save_the_page() -> None:
    with pytest.raises(TargetError, match="save the page"):
        read_target("https://www.linkedin.com/in/jordan-rivera-data/",
                    RefusingLinkedIn)


AUTH_WALL = ('<html><head><meta name="pageKey" content="auth_wall_desktop">'
             "<title>Sign Up | LinkedIn</title></head><body>authwall</body></html>")


class AnsweringLinkedIn:
    """Stands in for the HTTP client: answers 200, with the sign-in wall, maybe by redirect."""

    def __init__(self, body: str, redirects: tuple[str, ...] = ()) -> None:
        self.body = body.encode("utf-8")
        self.redirects = redirects

    def get(self, url: str, **_: object) -> Response:
        final = "https://www.linkedin.com/authwall?trk=x" if self.redirects else url
        return Response(url=final, status=200, headers={"content-type": "text/html"},
                        body=self.body, content_type="text/html", encoding=None, elapsed_ms=1,
                        redirects=self.redirects, from_cache=False)


@pytest.mark.parametrize(
    "client",
    [AnsweringLinkedIn(AUTH_WALL),
     AnsweringLinkedIn("<html><body>Sign in</body></html>",
                       redirects=("https://www.linkedin.com/in/jordan-rivera-data/",))],
    ids=["wall-served-in-place", "redirect-to-the-wall"],
)
def test_a_linkedin_sign_in_wall_says_to_save_their_page(client: AnsweringLinkedIn) -> None:
    with pytest.raises(TargetError) as caught:
        read_target("https://www.linkedin.com/in/jordan-rivera-data/", lambda: client)
    message = str(caught.value)
    assert "sign-in wall" in message
    assert "save the page" in message
    assert "profiles.linkedin" not in message  # that advice is about your own profile


def test_a_saved_sign_in_wall_says_to_save_it_again(tmp_path: Path) -> None:
    page = tmp_path / "wall.html"
    page.write_text(AUTH_WALL, encoding="utf-8")
    with pytest.raises(TargetError, match="Save it again once your browser shows their profile"):
        read_target(str(page))


def test_preferences_keep_addresses_and_abbreviations_whole() -> None:
    them = Facts(source="web page", texts=(TextBlock(
        "About", "Please email me at jordan@example.com. No cold pitches, e.g. crypto.\n"
                 "DMs open on Mastodon (@jr@hachyderm.io)."),))
    assert [p.text for p in find_preferences(them)] == [
        "Please email me at jordan@example.com.",
        "No cold pitches, e.g. crypto.",
        "DMs open on Mastodon (@jr@hachyderm.io).",
    ]


def ada(**overrides: object) -> Facts:
    fields: dict[str, object] = {
        "source": "you", "name": "Ada Example", "location": "Lisbon",
        "employers": (Affiliation("Acme Analytics", 2022, None, current=True),
                      Affiliation("Brightside Retail", 2019, 2022)),
        "schools": (Affiliation("University of Porto", 2014, 2019),),
        "topics": ("data engineer",),
        "texts": (TextBlock("your summary", "I moved our batch jobs to dbt and added "
                                            "data-quality tests."),),
    }
    fields.update(overrides)
    return Facts(**fields)  # type: ignore[arg-type]


def test_shared_context_with_the_demo_target() -> None:
    shared = shared_context(ada(), read_target(str(JORDAN)), this_year=2026)
    assert [(s.kind, s.theirs, s.yours, s.overlap) for s in shared] == [
        ("employer", "Acme Analytics", "Acme Analytics", (2022, 2023)),
        ("school", "Universidade do Porto", "University of Porto", (2014, 2016)),
        ("city", "Lisbon, Lisbon, Portugal", "Lisbon", None),
        ("topic", "dbt", "dbt", None),
        ("topic", "Data Quality", "Data Quality", None),
    ]
    assert shared[0].detail == ("at the same time, 2022–2023 (you: 2022–now · them: "
                                "2021–2023)")


def test_opening_lines_use_what_is_shared() -> None:
    them = read_target(str(JORDAN))
    lines = opening_lines(shared_context(ada(), them, this_year=2026), them)
    assert lines == [
        "Hi Jordan, we overlapped at Acme Analytics (2022–2023) — …",
        "Hi Jordan, fellow Universidade do Porto alum here — we were there at the same time "
        "(2014–2016). …",
        "Hi Jordan, I'm also based in Lisbon — …",
        "Hi Jordan, I enjoyed reading about your work on dbt and Data Quality — …",
    ]


def test_years_that_do_not_overlap_are_said_so() -> None:
    them = Facts(source="web page", name="Sam", employers=(Affiliation("Acme Analytics", 2016,
                                                                        2019),))
    [shared] = shared_context(ada(), them, this_year=2026)
    assert shared.overlap is None
    assert shared.detail == "not at the same time (you: 2022–now · them: 2016–2019)"
    assert opening_lines([shared], them) == [
        "Hi Sam, I see we have both worked at Acme Analytics — …"]


def test_unknown_years_never_claim_an_overlap() -> None:
    them = Facts(source="web page", employers=(Affiliation("Acme Analytics"),))
    [shared] = shared_context(ada(), them, this_year=2026)
    assert shared.overlap is None
    assert shared.detail == "years not known for both of you"
    assert opening_lines([shared], them)[0].startswith("Hi, I see we have both worked")


def test_nothing_shared_gives_no_lines() -> None:
    them = Facts(source="web page", name="Kim", location="Osaka",
                 employers=(Affiliation("Globex"),))
    assert shared_context(ada(), them, this_year=2026) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("University of Porto", "Universidade do Porto"),
        ("Acme Analytics", "Acme Analytics, Inc."),
        ("Acme Analytics", "ACME analytics Lda."),
        ("Universität Wien", "Universitat Wien"),
        ("Université de Montréal", "Universite de Montreal"),
    ],
)
def test_organisations_match_across_spelling(a: str, b: str) -> None:
    assert same_org(a, b)


@pytest.mark.parametrize(("a", "b"), [("Acme Analytics", "Acme Robotics"),
                                      ("University of Porto", "University of Lisbon")])
def test_different_organisations_do_not_match(a: str, b: str) -> None:
    assert not same_org(a, b)


def test_org_key_drops_legal_suffixes_and_stop_words() -> None:
    assert org_key("The Acme Analytics Company Ltd.") == "acme analytics"


def test_terms_of_gives_both_spellings_once() -> None:
    shared = shared_context(ada(), read_target(str(JORDAN)), this_year=2026)
    terms = terms_of(shared)
    assert "University of Porto" in terms and "Universidade do Porto" in terms
    assert terms.count("Acme Analytics") == 1


def test_my_facts_come_from_the_config_and_the_linkedin_artifact() -> None:
    loaded = parse_config(textwrap.dedent("""\
        person: {name: Ada Example, profession: data engineer, location: Lisbon,
                 context: [Acme Analytics, University of Porto]}
    """))
    linkedin = Artifact(name="linkedin", status=ArtifactStatus.OK, source="export", data={
        "headline": "Data Engineer at Acme Analytics", "summary": "dbt and data contracts",
        "location": "Lisbon, Portugal",
        "positions": [{"company": "Acme Analytics", "started_on": "Mar 2022",
                       "finished_on": None, "current": True, "description": "Kafka"}],
        "education": [{"school": "University of Porto", "started_on": "2014",
                       "finished_on": "2019"}]})
    mine = my_facts(loaded, linkedin)
    assert mine.employers[0] == Affiliation("Acme Analytics", 2022, None, current=True)
    assert mine.schools[0] == Affiliation("University of Porto", 2014, 2019)
    assert [t.where for t in mine.texts] == ["your headline", "your summary", "your experience"]
    assert mine.topics == ("Acme Analytics", "University of Porto", "data engineer")
    without = my_facts(loaded, None)
    assert without.employers == (Affiliation("Acme Analytics"),
                                 Affiliation("University of Porto"))
    assert without.texts == ()


def test_my_facts_skip_what_is_not_shaped_as_a_profile() -> None:
    loaded = parse_config("person: {name: Ada Example}\n")
    odd = Artifact(name="linkedin", status=ArtifactStatus.OK, source="saved", data={
        "positions": {"company": "Acme"}, "education": ["Porto", None,
                                                         {"school": "University of Porto"}],
        "location": ["Lisbon"]})
    mine = my_facts(loaded, odd)
    assert mine.employers == ()
    assert mine.schools == (Affiliation("University of Porto"),)
    assert mine.location is None


def test_facts_serialise_for_the_checklist() -> None:
    data = read_target(str(JORDAN)).to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["employers"][1] == {"name": "Acme Analytics", "start": 2021, "end": 2023,
                                    "current": False}


def test_a_page_that_only_mentions_linkedin_is_read_as_a_web_page(tmp_path: Path) -> None:
    page = tmp_path / "tips.html"
    page.write_text("<html><head><title>Ten networking tips | LinkedIn</title></head><body>"
                    "<p>Email me before connecting, please.</p><a href='/about'>About</a>"
                    "</body></html>", encoding="utf-8")
    them = read_target(str(page))
    assert them.source == "web page"
    assert [p.text for p in find_preferences(them)] == ["Email me before connecting, please."]
    assert them.links == ()  # a saved page's relative links lead nowhere
