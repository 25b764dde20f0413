"""`inspect linkedin SOURCE` as users and scripts see it."""

from __future__ import annotations

import json
import shutil
import textwrap
from pathlib import Path
from typing import Any

import pytest
import responses
from click.testing import CliRunner

from helpers import FIXTURES
from presence_audit.cli import main
from presence_audit.demo import demo_folder

LINKEDIN = FIXTURES / "linkedin"
CONTRACT = {"source", "status", "detail", "name", "headline", "summary", "photo",
            "recommendations", "websites", "public_url", "location", "positions", "education",
            "skills"}


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["inspect", *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def inspect_json(source: Path | str) -> tuple[int, dict[str, Any]]:
    code, out, _ = invoke("linkedin", str(source), "--format", "json")
    return code, json.loads(out)


@pytest.mark.parametrize(("source", "name", "headline", "summary", "photo", "recommendations"), [
    ("page-2026-complete.html", "Lena Fischer",
     "Analytics engineer helping SaaS teams trust their metrics | R&D at Northwind", True, True, 8),
    ("page-2026-bare.html", "Sam Rivera", None, False, False, 0),
    ("page-2023-complete.html", "Priya Nair",
     "I help platform teams ship safely | Engineering Manager at Contoso", True, True, 1),
    ("page-2023-bare.html", "Oliver Grant", None, False, False, 0),
])
def test_pages_of_both_eras(source: str, name: str, headline: str | None, summary: bool,
                            photo: bool, recommendations: int) -> None:
    code, profile = inspect_json(LINKEDIN / source)
    assert code == 0
    assert set(profile) >= CONTRACT
    assert profile["source"] == "html" and profile["status"] == "ok"
    assert profile["name"] == name
    assert profile["headline"] == headline
    assert (profile["summary"] is not None) is summary
    assert profile["photo"]["present"] is photo
    assert profile["recommendations"] == recommendations


def test_a_real_shaped_export_folder_and_zip(tmp_path: Path) -> None:
    folder = demo_folder() / "linkedin-export"
    code, profile = inspect_json(folder)
    assert code == 0
    assert set(profile) >= CONTRACT
    assert (profile["source"], profile["name"]) == ("export", "Ada Example")
    assert profile["headline"] == "Data Engineer at Acme Analytics"
    assert profile["photo"] == {"present": None, "url": None}  # unknown, not absent
    assert profile["recommendations"] == 1
    assert profile["skills"] == 7
    archive = Path(shutil.make_archive(str(tmp_path / "Basic_LinkedInDataExport_11-14-2026"),
                                       "zip", folder))
    code, zipped = inspect_json(archive)
    assert code == 0
    assert zipped["archive"] == "basic" and profile["archive"] == "unknown"  # by its name
    assert {k: v for k, v in zipped.items() if k not in ("detail", "sources", "archive")} == {
        k: v for k, v in profile.items() if k not in ("detail", "sources", "archive")}


def test_the_terminal_view_says_unknown_and_none_apart() -> None:
    code, out, _ = invoke("linkedin", str(LINKEDIN / "page-2026-bare.html"))
    assert code == 0
    lines = {line.split()[0]: " ".join(line.split()[1:]) for line in out.splitlines() if line}
    assert lines["headline"] == "none"
    assert lines["photo"] == "no (placeholder)"
    assert lines["skills"] == "unknown"


def test_an_auth_wall_exits_3_with_guidance() -> None:
    code, profile = inspect_json(LINKEDIN / "authwall.html")
    assert code == 3
    assert profile["status"] == "blocked"
    assert "profiles.linkedin.export" in profile["detail"]
    assert profile["photo"]["present"] is None


def test_a_broken_export_exits_3_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "Positions.csv").write_text("Company,Role\nAcme,Engineer\n", encoding="utf-8")
    code, profile = inspect_json(tmp_path)
    assert code == 3
    assert profile["status"] == "error"
    assert profile["detail"].startswith("Positions.csv: no header row")


@pytest.mark.parametrize(("source", "message"), [
    ("missing.zip", "no such file or folder"),
    ("notes.txt", "neither a data export"),
    ("https://example.com/in/ada", "is not a LinkedIn public profile URL"),
])
def test_bad_sources_exit_2(tmp_path: Path, source: str, message: str) -> None:
    (tmp_path / "notes.txt").write_text("hi", encoding="utf-8")
    target = source if source.startswith("https") else str(tmp_path / source)
    code, out, err = invoke("linkedin", target)
    assert code == 2
    assert message in err
    assert out == ""


@responses.activate
def test_a_url_that_linkedin_refuses_exits_3(tmp_path: Path) -> None:
    responses.get("https://www.linkedin.com/robots.txt", status=404)
    responses.get("https://www.linkedin.com/in/ada-example/", status=999)
    config = tmp_path / "presence-audit.yaml"
    config.write_text(textwrap.dedent("""\
        person: {name: Ada Example}
        network: {cache: false, retries: 0, min_interval_seconds: 0}
    """), encoding="utf-8")
    code, out, _ = invoke("linkedin", "https://www.linkedin.com/in/ada-example/",
                          "--format", "json", "-c", str(config))
    assert code == 3
    profile = json.loads(out)
    assert (profile["source"], profile["status"]) == ("url", "blocked")
    assert "999" in profile["detail"]


def test_json_tells_a_missing_headline_from_an_unread_one() -> None:
    _, bare = inspect_json(LINKEDIN / "page-2026-bare.html")
    assert bare["headline"] is None and "headline" in bare["absent"]
    assert bare["skills"] is None and "skills" not in bare["absent"]
    _, masked = inspect_json(LINKEDIN / "page-2026-masked.html")
    assert masked["summary"] is None and "summary" not in masked["absent"]
