"""The demo persona's network: recorded in sync with her export, and nobody's name leaks.

Her export (demo/linkedin-export) names 36 fictional connections and the people she invited
and wrote to. Reports, artifacts, the history and CI summaries may carry counts and shares of
them, never a name, a profile slug or a word of a message: this test reads every one of
those outputs and looks for each.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from presence_audit.cli import main
from presence_audit.core.artifacts import Artifact
from presence_audit.demo import demo_folder, load_demo_config, run_demo
from presence_audit.render import FORMATS, render
from presence_audit.sources.context import GatherContext
from presence_audit.sources.linkedin.network import collect_network, name_key, profile_slug

EXPORT = demo_folder() / "linkedin-export"


def _rows(name: str) -> list[dict[str, str]]:
    text = (EXPORT / name).read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.count(",") >= 4)
    return list(csv.DictReader(lines[start:]))


def other_people() -> set[str]:
    """Every other person's name, first name and profile slug in her export."""
    found: set[str] = set()
    for row in _rows("Connections.csv"):
        found |= {row["First Name"], row["Last Name"], profile_slug(row["URL"]) or ""}
        found.add(f"{row['First Name']} {row['Last Name']}".strip())
    for row in _rows("Invitations.csv"):
        other = row["To"] if row["Direction"] == "OUTGOING" else row["From"]
        url = row["inviteeProfileUrl" if row["Direction"] == "OUTGOING" else "inviterProfileUrl"]
        found |= {other, *other.split(), profile_slug(url) or ""}
    for row in _rows("messages.csv"):
        for name, url in ((row["FROM"], row["SENDER PROFILE URL"]),
                          (row["TO"], row["RECIPIENT PROFILE URLS"])):
            if name_key(name) != "ada example":
                found |= {name, *name.split(), profile_slug(url) or ""}
    # "LinkedIn Member" signs sponsored messages: LinkedIn, not a person.
    return {term for term in found if len(term) >= 3 and term not in {"LinkedIn", "Member"}}


def contents() -> set[str]:
    """Every note and message text of her export (none may leave it)."""
    notes = {row["Message"] for row in _rows("Invitations.csv")}
    return {text for text in notes | {row["CONTENT"] for row in _rows("messages.csv")}
            if len(text) > 12}


def leaks(text: str) -> list[str]:
    import re

    return sorted(term for term in other_people() | contents()
                  if re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text, re.IGNORECASE))


def test_the_recorded_network_artifact_is_what_the_collector_reads_today() -> None:
    fresh = collect_network(GatherContext(load_demo_config(), use_cache=False))
    saved = Artifact.from_dict(json.loads((demo_folder() / "artifacts" / "network.json")
                                          .read_text(encoding="utf-8")))
    assert fresh.data == saved.data, "demo/artifacts/network.json is stale: re-record it"
    assert (fresh.status, fresh.source, fresh.detail) == (saved.status, saved.source,
                                                          saved.detail)


def test_the_demo_shows_every_network_check_with_a_realistic_mix() -> None:
    _, outcome = run_demo()
    network = {r.check_id: r.outcome.value for r in outcome.report.results
               if r.category == "network"}
    assert network == {
        "network.personal-notes": "warn",
        "network.follow-through": "warn",
        "network.reciprocity": "warn",
        "network.pending-invitations": "pass",
        "network.growth": "info",
    }


def test_the_names_list_is_not_empty() -> None:
    # The test below is only as good as what it looks for.
    assert {"Mariana Lobo", "Mariana", "mariana-lobo", "Ole Brekke", "Tessa Wright",
            "Giménez"} <= other_people()
    assert any("data contracts" in text for text in contents())


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_other_person_appears_in_any_report_format(fmt: str) -> None:
    _, outcome = run_demo()
    text = render(outcome.report.to_dict(), fmt, color=False, width=100)
    assert leaks(text) == []


def test_no_other_person_appears_in_the_artifacts_history_or_step_summary(
    tmp_path: Path
) -> None:
    summary = tmp_path / "summary.md"
    runner = CliRunner()
    outputs = []
    # Gathered from her export (only the network checks, so nothing is fetched), then the
    # whole demo from its recordings: both recorded in the history, with a CI job summary.
    for args in (["--select", "network", "--save-artifacts", str(tmp_path / "saved")],
                 ["--from-artifacts", str(demo_folder() / "artifacts")]):
        result = runner.invoke(main, [
            "run", "-c", str(demo_folder() / "persona.yaml"), *args,
            "--history", str(tmp_path / "history.sqlite3"), "--format", "markdown"],
            env={"GITHUB_STEP_SUMMARY": str(summary), "GITHUB_ACTIONS": "true"},
            catch_exceptions=False)
        assert result.exit_code in (0, 1, 3), result.stderr
        outputs.append(result.stdout)
    written = [tmp_path / "history.sqlite3", summary, *sorted((tmp_path / "saved").iterdir())]
    assert [path.name for path in written if path.name.endswith(".json")] == ["network.json"]
    assert "network.follow-through" in summary.read_text(encoding="utf-8")
    for path in written:
        assert leaks(path.read_bytes().decode("utf-8", "replace")) == [], path.name
    assert all(leaks(text) == [] for text in outputs)
    assert leaks((demo_folder() / "artifacts" / "network.json").read_text(encoding="utf-8")) == []
