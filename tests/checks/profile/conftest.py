"""Building the profile checks' inputs and running a check the way the runner does."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any

import pytest

from presence_audit.checks.base import CheckSpec
from presence_audit.core.artifacts import Artifact, ArtifactStatus
from presence_audit.core.artifacts.linkedin import (
    BLOCKED,
    EXPORT,
    URL,
    LinkedInProfile,
    position,
    school,
)
from presence_audit.core.model import Result, Subject
from presence_audit.runner import PlannedCheck, run_check
from presence_audit.sources.linkedin.collector import artifact_of

ADA = Subject(
    name="Ada Example",
    aliases=("A. Example",),
    profession="data engineer",
    location="Lisbon",
    context=("Acme Analytics", "University of Porto"),
    portfolio_url="https://adaexample.dev",
    linkedin_url="https://www.linkedin.com/in/ada-example/",
    github_login="ada-example",
)

SUMMARY = (
    "I build and run the data pipelines that analytics teams depend on. At Acme Analytics I "
    "moved our nightly batch jobs to dbt and Airflow and cut the time from a raw event to a "
    "dashboard from a day to under an hour.\n\nI help teams that are drowning in one-off SQL "
    "scripts turn them into something they can trust. Get in touch: ada@adaexample.dev."
)

BLOCKED_DETAIL = ("LinkedIn answered with its anti-automation status 999: it refuses automated "
                  "requests. Use your LinkedIn data export …")


def linkedin(source: str = EXPORT, **fields: Any) -> LinkedInProfile:
    """An ``ok`` profile read from ``source``, Ada's by default; ``fields`` override."""
    profile = LinkedInProfile(
        source=source,
        name="Ada Example",
        headline="Data engineer helping analytics teams ship trustworthy pipelines",
        summary=SUMMARY,
        photo_present=None if source == EXPORT else True,
        photo_url=None if source == EXPORT else
        "https://media.licdn.com/dms/image/v2/X/profile-displayphoto-shrink_200_200/0/1",
        recommendations=4,
        recommendations_hidden=0,
        websites=["https://adaexample.dev"],
        public_url=None if source == EXPORT else "https://www.linkedin.com/in/ada-example/",
        location="Lisbon, Portugal",
        positions=[
            position(title="Data Engineer", company="Acme Analytics", started_on="Mar 2022",
                     current=True),
            position(title="Data Analyst", company="Brightside Retail", started_on="Sep 2019",
                     finished_on="Feb 2022", current=False),
        ],
        education=[school(school_name="University of Porto")],
        skills=7 if source == EXPORT else None,
    )
    absent = set(fields.pop("absent", ()))
    for name, value in fields.items():
        setattr(profile, name, value)
    profile.absent = absent
    return profile.mark_sources()


def blocked(source: str = URL, detail: str = BLOCKED_DETAIL) -> LinkedInProfile:
    return LinkedInProfile.unavailable(source, BLOCKED, detail)


def run(module: ModuleType, artifacts: Mapping[str, Artifact] | LinkedInProfile
        | list[LinkedInProfile], *, subject: Subject = ADA, **options: Any) -> Result:
    """Run ``module`` through the runner: failed artifacts become ``error`` as in a real run."""
    if isinstance(artifacts, LinkedInProfile):
        artifacts = [artifacts]
    if isinstance(artifacts, list):
        artifacts = {"linkedin": artifact_of(artifacts)}
    spec = CheckSpec.from_module(module)
    planned = PlannedCheck(spec=spec, options=spec.resolve_options(options),
                           severity=spec.severity, weight=spec.weight)
    return run_check(planned, artifacts, subject)


def github(**fields: Any) -> Artifact:
    data: dict[str, Any] = {
        "configured": True, "login": "ada-example", "name": "Ada Example",
        "bio": "Data engineer: dbt, Airflow and data quality.", "blog": "https://adaexample.dev",
        "html_url": "https://github.com/ada-example",
        "avatar_url": "https://avatars.githubusercontent.com/u/1?v=4",
        "photo": {"present": None, "url": "https://avatars.githubusercontent.com/u/1?v=4"},
    }
    data.update(fields)
    return Artifact(name="github", status=ArtifactStatus.OK, source="github-api", data=data)


def page(name: str | None = "Ada Example", job_title: str | None = "Data engineer",
         image: str | None = "https://adaexample.dev/ada.jpg", url: str = "https://adaexample.dev/",
         **extra: Any) -> dict[str, Any]:
    """A page as ``parse_page`` reads it (only the parts the profile checks look at)."""
    person = None if name is None and job_title is None and image is None else {
        "name": name, "url": url, "image": image, "job_title": job_title, "same_as": []}
    return {"url": url, "title": extra.pop("title", None), "og": {"title": None},
            "person": person, "h_card": extra.pop("h_card", None), **extra}


def portfolio(page_data: dict[str, Any] | None = None,
              fetch_error: dict[str, str] | None = None) -> Artifact:
    data = {"page": page_data if page_data is not None or fetch_error else page(),
            "final_url": "https://adaexample.dev/", "fetch_error": fetch_error}
    return Artifact(name="portfolio", status=ArtifactStatus.OK, source="web", data=data)


def profile_pages(*pages: dict[str, Any]) -> Artifact:
    return Artifact(name="profile_pages", status=ArtifactStatus.OK, source="web",
                    data={"pages": list(pages)})


@pytest.fixture
def ada() -> Subject:
    return ADA


@pytest.fixture
def make_linkedin() -> Callable[..., LinkedInProfile]:
    """``make_linkedin(source="export"|"html"|"url", **fields)``: an ``ok`` profile."""
    return linkedin


@pytest.fixture
def make_blocked() -> Callable[..., LinkedInProfile]:
    """``make_blocked(source="url", detail=…)``: a source LinkedIn refused."""
    return blocked


@pytest.fixture
def run_profile_check() -> Callable[..., Result]:
    """``run_profile_check(module, profiles or {name: artifact}, subject=…, **options)``."""
    return run


@pytest.fixture
def make_github() -> Callable[..., Artifact]:
    return github


@pytest.fixture
def make_page() -> Callable[..., dict[str, Any]]:
    return page


@pytest.fixture
def make_portfolio() -> Callable[..., Artifact]:
    return portfolio


@pytest.fixture
def make_profile_pages() -> Callable[..., Artifact]:
    return profile_pages
