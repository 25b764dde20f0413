"""curation.public-accounts: social accounts in results about you, declared or not."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from presence_audit.checks.base import CheckContext, CheckSpec
from presence_audit.checks.curation import public_accounts
from presence_audit.checks.curation._social import account_of
from presence_audit.core.artifacts import Artifact, ArtifactStatus
from presence_audit.core.model import Finding, JSONDict, Outcome, Subject

ADA = Subject(
    name="Ada Example",
    profession="data engineer",
    location="Lisbon",
    context=("Acme Analytics",),
    portfolio_url="https://adaexample.dev",
    linkedin_url="https://www.linkedin.com/in/ada-example/",
    github_login="ada-example",
)
X = ("https://x.com/adaexample", "Ada Example (@adaexample) / X", "data engineer · Lisbon")
MEDIUM_POST = ("https://medium.com/@adaexample/backfilling-3f9c", "Backfilling | by Ada Example",
               "How we replayed 14 months of clickstream at Acme Analytics")
MASTODON = ("https://hachyderm.io/@ada", "Ada Example (@ada@hachyderm.io)", "data engineer")
LINKEDIN = ("https://pt.linkedin.com/in/ada-example", "Ada Example | LinkedIn", "")
TWEET_BY_OTHER = ("https://x.com/bob/status/1", "Bob on X: great talk by Ada Example",
                  "Lisbon Data Meetup")
NAMESAKE_IG = ("https://www.instagram.com/adaexample.art/", "Ada Example (@adaexample.art)",
               "Painter · Melbourne")


def run(lists: list[JSONDict], subject: Subject = ADA, **options: Any) -> Finding:
    spec = CheckSpec.from_module(public_accounts)
    artifact = Artifact(name="serps", status=ArtifactStatus.OK, source="ddgs",
                        data={"lists": lists})
    return spec.run(CheckContext(subject=subject, artifacts={"serps": artifact},
                                 options=spec.resolve_options(options)))


def page(engine: str, *results: tuple[str, str, str], template: str = "{name}",
         error: str | None = None) -> JSONDict:
    return {
        "query": "Ada Example", "template": template, "engine": engine, "provider": "ddgs",
        "region": "us-en", "safesearch": "moderate", "sample": 1, "fetched_at": "",
        "tool_version": "0", "status": "error" if error else "ok",
        "error": {"kind": "timeout", "message": error} if error else None,
        "results": [{"rank": i, "url": u, "title": t, "snippet": s}
                    for i, (u, t, s) in enumerate(results, start=1)],
    }


def test_passes_when_every_account_is_declared() -> None:
    subject = replace(ADA, other_profiles=("https://twitter.com/AdaExample",))
    finding = run([page("brave", LINKEDIN, X)], subject=subject)
    assert finding.outcome is Outcome.PASS
    assert finding.message == ("Every social account in the results about you is declared: "
                               "LinkedIn pt.linkedin.com/in/ada-example, "
                               "X (Twitter) x.com/adaexample")
    assert all(a["declared"] for a in finding.data["accounts"])


def test_warns_for_undeclared_accounts_and_lists_them_for_review() -> None:
    finding = run([page("duckduckgo", X, LINKEDIN, MEDIUM_POST), page("brave", X, MASTODON)])
    assert finding.outcome is Outcome.WARN
    assert finding.message == (
        "3 accounts in the results about you are not declared: "
        "Mastodon hachyderm.io/@ada, Medium medium.com/@adaexample, X (Twitter) x.com/adaexample")
    assert finding.score == pytest.approx(1 / 4)
    x_account = next(a for a in finding.data["accounts"] if a["site"] == "X (Twitter)")
    assert [s["engine"] for s in x_account["seen"]] == ["duckduckgo", "brave"]
    assert "profiles.others" in finding.fix
    assert finding.evidence[0].text == (
        "Mastodon hachyderm.io/@ada — not declared; seen on brave")


def test_posts_by_others_and_namesakes_accounts_are_not_yours() -> None:
    finding = run([page("brave", TWEET_BY_OTHER, NAMESAKE_IG)])
    assert finding.outcome is Outcome.PASS
    assert finding.message == "No social account appears in the results about you"


def test_a_result_marked_not_me_is_not_listed() -> None:
    finding = run([page("brave", X)], subject=replace(ADA, not_me=("https://x.com/adaexample",)))
    assert finding.data["accounts"] == []


def test_an_engine_that_failed_is_named() -> None:
    finding = run([page("brave", X), page("duckduckgo", error="slow")])
    assert finding.outcome is Outcome.WARN
    assert finding.message.endswith("could not measure on duckduckgo: timeout — slow")


def test_error_when_nothing_could_be_measured() -> None:
    finding = run([page("brave", error="slow")])
    assert finding.outcome is Outcome.ERROR


def test_only_the_chosen_queries() -> None:
    lists = [page("brave", LINKEDIN), page("brave", X, template="{name} {profession}")]
    assert run(lists, queries=["{name}"]).outcome is Outcome.PASS
    assert run(lists).outcome is Outcome.WARN


def test_the_demo_persona_warns_for_x_and_medium() -> None:
    import json

    from presence_audit.demo import demo_folder, load_demo_config

    document = json.loads((demo_folder() / "artifacts" / "serps.json").read_text("utf-8"))
    finding = run(document["data"]["lists"], subject=load_demo_config().config.subject())
    assert finding.outcome is Outcome.WARN
    assert {(a["site"], a["declared"]) for a in finding.data["accounts"]} == {
        ("X (Twitter)", False), ("Medium", False), ("LinkedIn", True), ("GitHub", True)}


@pytest.mark.parametrize(
    ("url", "site", "handle", "account"),
    [
        ("https://twitter.com/AdaExample/status/123", "X (Twitter)", "AdaExample",
         "https://twitter.com/AdaExample"),
        ("https://mobile.twitter.com/adaexample", "X (Twitter)", "adaexample",
         "https://mobile.twitter.com/adaexample"),
        ("https://www.instagram.com/ada.example/", "Instagram", "ada.example",
         "https://instagram.com/ada.example"),
        ("https://www.facebook.com/ada.example.75", "Facebook", "ada.example.75",
         "https://facebook.com/ada.example.75"),
        ("https://www.tiktok.com/@adaexample/video/1", "TikTok", "adaexample",
         "https://tiktok.com/@adaexample"),
        ("https://old.reddit.com/user/ada_example/comments", "Reddit", "ada_example",
         "https://old.reddit.com/user/ada_example"),
        ("https://www.youtube.com/@AdaExample", "YouTube", "AdaExample",
         "https://youtube.com/@AdaExample"),
        ("https://adaexample.medium.com/some-post-1", "Medium", "adaexample",
         "https://adaexample.medium.com"),
        ("https://bsky.app/profile/ada.bsky.social", "Bluesky", "ada.bsky.social",
         "https://bsky.app/profile/ada.bsky.social"),
        ("https://mastodon.social/@ada/1122", "Mastodon", "ada", "https://mastodon.social/@ada"),
        ("https://social.example.org/@ada", "Mastodon-style", "ada",
         "https://social.example.org/@ada"),
    ],
)
def test_accounts_are_recognised_from_the_shipped_site_list(
    url: str, site: str, handle: str, account: str
) -> None:
    found = account_of(url)
    assert found is not None
    assert (found.site, found.handle, found.url) == (site, handle, account)


@pytest.mark.parametrize(
    "url",
    ["https://x.com/search?q=ada", "https://x.com/i/flow/login",
     "https://www.instagram.com/p/Cx1/", "https://medium.com/tag/data",
     "https://help.medium.com/hc/en-us", "mailto:ada@example.com",
     "https://www.facebook.com/groups/123", "https://adaexample.dev/about"],
)
def test_addresses_that_are_not_accounts(url: str) -> None:
    assert account_of(url) is None


def test_x_and_twitter_are_the_same_account_but_instances_differ() -> None:
    x, twitter = account_of("https://x.com/AdaExample"), account_of("https://twitter.com/adaexample")
    assert x is not None and twitter is not None and x.key == twitter.key
    one, other = account_of("https://mastodon.social/@ada"), account_of("https://hachyderm.io/@ada")
    assert one is not None and other is not None and one.key != other.key
