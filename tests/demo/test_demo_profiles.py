"""The demo persona's profile sources and recordings: in sync, and a realistic mix."""

from __future__ import annotations

import json

from presence_audit.core.artifacts import Artifact
from presence_audit.demo import demo_folder, load_demo_config, run_demo
from presence_audit.sources.context import GatherContext
from presence_audit.sources.linkedin.collector import collect_linkedin


def recorded(name: str, folder: str = "artifacts") -> Artifact:
    path = demo_folder() / folder / f"{name}.json"
    return Artifact.from_dict(json.loads(path.read_text(encoding="utf-8")))


def test_the_recorded_linkedin_artifact_is_what_the_collector_reads_today() -> None:
    fresh = collect_linkedin(GatherContext(load_demo_config(), use_cache=False))
    saved = recorded("linkedin")
    assert fresh.data == saved.data
    assert (fresh.status, fresh.source, fresh.detail) == (saved.status, saved.source,
                                                          saved.detail)


def test_the_later_recording_differs_only_in_the_headline() -> None:
    first, later = recorded("linkedin").data, recorded("linkedin", "artifacts-later").data
    assert first["headline"] == "Data Engineer at Acme Analytics"
    assert later["headline"] == "Data engineer helping analytics teams ship trustworthy pipelines"
    assert {k: v for k, v in first.items() if k != "headline"} == {
        k: v for k, v in later.items() if k != "headline"}


def test_the_demo_shows_a_realistic_mix_of_profile_outcomes() -> None:
    _, outcome = run_demo()
    profile = {r.check_id: r.outcome.value for r in outcome.report.results
               if r.category == "profile"}
    assert profile == {
        "profile.photo": "pass",
        "profile.headline": "warn",
        "profile.summary": "warn",
        "profile.recommendations": "warn",
        "profile.public-url": "pass",
        "profile.website-link": "pass",
        "profile.consistency": "warn",
        "profile.github-bio": "warn",
    }
    _, later = run_demo(snapshot="later")
    headline = next(r for r in later.report.results if r.check_id == "profile.headline")
    assert headline.outcome.value == "pass"
