"""Export and page merged field by field, and the ``linkedin`` artifact built from config."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from helpers import FIXTURES
from presence_audit.config.load import parse_config
from presence_audit.core.artifacts import ArtifactStatus
from presence_audit.core.artifacts.linkedin import BLOCKED, LinkedInProfile
from presence_audit.demo import demo_folder
from presence_audit.sources.context import GatherContext
from presence_audit.sources.linkedin.collector import artifact_of, collect_linkedin
from presence_audit.sources.linkedin.html import parse_profile_html
from presence_audit.sources.linkedin.merge import merge

LINKEDIN = FIXTURES / "linkedin"
EXPORT = demo_folder() / "linkedin-export"
PAGE = demo_folder() / "linkedin-page.html"


def export() -> LinkedInProfile:
    from presence_audit.sources.linkedin.export import read_export

    return read_export(EXPORT)


def test_the_export_wins_for_what_you_wrote_and_the_page_for_what_visitors_see() -> None:
    page = parse_profile_html((LINKEDIN / "page-2026-complete.html").read_bytes())
    merged = merge([page, export()])
    assert merged.ok and merged.source == "export"
    assert merged.headline == "Data Engineer at Acme Analytics"  # the export's
    assert merged.recommendations == 1 and merged.recommendations_hidden == 1
    assert merged.photo_present is True  # the page's: the export has none
    assert merged.public_url == "https://www.linkedin.com/in/lena-fischer-data/"
    assert merged.field_sources == {
        "name": "export", "headline": "export", "summary": "export", "photo": "html",
        "recommendations": "export", "websites": "export", "public_url": "html",
        "location": "export", "positions": "export", "education": "export",
        "skills": "export", "connections": "export"}
    assert set(merged.sources) == {"export", "html"}


def test_a_field_the_export_lacks_comes_from_the_page() -> None:
    partial = LinkedInProfile(source="export", name="Ada Example", recommendations=0,
                              recommendations_hidden=0).mark_sources()
    page = parse_profile_html(PAGE.read_bytes())
    merged = merge([partial, page])
    assert merged.headline == "Data Engineer at Acme Analytics"
    assert merged.field_sources["headline"] == "html"
    assert merged.field_sources["recommendations"] == "export"
    assert merged.recommendations == 0


def test_absent_fields_stay_absent_and_known() -> None:
    bare = parse_profile_html((LINKEDIN / "page-2026-bare.html").read_bytes())
    merged = merge([bare, LinkedInProfile.unavailable("url", BLOCKED, "999")])
    assert "headline" in merged.absent
    assert merged.field_sources["headline"] == "html"


def test_a_blocked_fetch_next_to_the_export_is_a_problem_not_a_failure() -> None:
    artifact = artifact_of([export(), LinkedInProfile.unavailable("url", BLOCKED,
                                                                 "LinkedIn answered 999")])
    assert artifact.status is ArtifactStatus.OK
    assert artifact.problems == ["live page: LinkedIn answered 999"]
    assert artifact.data["photo"] == {"present": None, "url": None}
    assert artifact.data["sources"]["url"] == {"status": "blocked",
                                               "detail": "LinkedIn answered 999"}
    assert artifact.source == "export+url"


def test_every_source_blocked_is_an_error_artifact_that_keeps_the_profile() -> None:
    artifact = artifact_of([LinkedInProfile.unavailable("url", BLOCKED, "LinkedIn answered 999")])
    assert artifact.status is ArtifactStatus.ERROR
    assert artifact.detail == "LinkedIn answered 999"
    assert artifact.data["status"] == "blocked"
    assert artifact.data["headline"] is None


def context_for(folder: Path, linkedin: str) -> GatherContext:
    text = textwrap.dedent(f"""\
        person: {{name: Ada Example}}
        profiles:
          linkedin: {linkedin}
        """)
    return GatherContext(parse_config(text, folder / "presence-audit.yaml"), use_cache=False)


def test_paths_are_relative_to_the_config_file(tmp_path: Path) -> None:
    shutil.copytree(EXPORT, tmp_path / "export")
    shutil.copy(PAGE, tmp_path / "page.html")
    artifact = collect_linkedin(context_for(tmp_path, "{export: export, html: page.html}"))
    assert artifact.status is ArtifactStatus.OK
    assert artifact.detail == "Ada Example from the data export and saved page"
    assert artifact.data["field_sources"]["photo"] == "html"


def test_a_url_alone_is_not_fetched(tmp_path: Path) -> None:
    artifact = collect_linkedin(context_for(tmp_path, "https://www.linkedin.com/in/ada-example/"))
    assert artifact.status is ArtifactStatus.SKIPPED
    assert "profiles.linkedin.export" in artifact.detail
    assert "opt-in" in artifact.detail


def test_unreadable_sources_become_errors_with_the_reason(tmp_path: Path) -> None:
    artifact = collect_linkedin(context_for(tmp_path, "{export: missing.zip, html: absent.html}"))
    assert artifact.status is ArtifactStatus.ERROR
    assert "missing.zip: no such file or folder" in artifact.detail
    assert "cannot read" in artifact.detail


def test_an_export_path_that_cannot_be_entered_is_an_error_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from presence_audit.sources.linkedin import collector

    def refuse(path: Path) -> LinkedInProfile:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(collector, "read_export", refuse)
    profile = collector.load_export(tmp_path / "export")
    assert (profile.status, profile.source) == ("error", "export")
    assert profile.detail.endswith("export: Permission denied")
