"""Other profile pages: fetched once, read with the page parser, failures kept as such."""

from __future__ import annotations

from pytest_httpserver import HTTPServer

from presence_audit.config.load import parse_config
from presence_audit.core.artifacts import ArtifactStatus
from presence_audit.sources.context import GatherContext
from presence_audit.sources.http import HttpClient
from presence_audit.sources.profile_pages import collect_profile_pages, profile_pages_artifact

SPEAKER_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Ada Example (@adaexample) on Speaker Deck</title>
<meta property="og:title" content="Ada Example (@adaexample) on Speaker Deck">
<meta property="og:image" content="https://files.speakerdeck.com/avatars/ada.jpg">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "ProfilePage",
 "mainEntity": {"@type": "Person", "name": "Ada Example", "jobTitle": "Data engineer",
 "image": "https://files.speakerdeck.com/avatars/ada.jpg",
 "sameAs": ["https://adaexample.dev"]}}</script>
</head><body>
<div class="h-card"><a class="p-name u-url" href="https://adaexample.dev">Ada Example</a></div>
<a rel="me" href="https://adaexample.dev">adaexample.dev</a>
</body></html>"""


def test_pages_are_read_and_failures_are_kept(httpserver: HTTPServer,
                                              http_client: HttpClient) -> None:
    httpserver.expect_request("/adaexample").respond_with_data(
        SPEAKER_PAGE, content_type="text/html; charset=utf-8")
    httpserver.expect_request("/@gone").respond_with_data("no", status=404)
    urls = [httpserver.url_for("/adaexample"), httpserver.url_for("/@gone")]
    artifact = profile_pages_artifact(http_client, urls)
    assert artifact.status is ArtifactStatus.OK
    assert artifact.detail == "1 of 2 profile pages read"
    read, failed = artifact.data["pages"]
    page = read["page"]
    assert page["person"]["name"] == "Ada Example"
    assert page["person"]["job_title"] == "Data engineer"
    assert "node" not in page["person"]
    assert page["h_card"]["name"] == "Ada Example"
    assert page["og"]["title"] == "Ada Example (@adaexample) on Speaker Deck"
    assert "privacy" not in page and "external_links" not in page
    assert read["final_url"] == urls[0] and read["error"] is None
    assert failed["page"] is None
    assert failed["error"]["kind"] == "bad-status"
    assert len(artifact.problems) == 1 and "bad-status" in artifact.problems[0]


def test_no_other_profiles_is_an_empty_list_without_any_request() -> None:
    context = GatherContext(parse_config("person: {name: Ada Example}\n"), use_cache=False)
    artifact = collect_profile_pages(context)
    assert artifact.status is ArtifactStatus.OK
    assert artifact.data == {"pages": []}
    assert "profiles.others" in artifact.detail
