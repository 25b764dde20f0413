"""The artifacts `run` leaves for `preflight`: one folder per config, fresh ones only."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from presence_audit.config.load import LoadedConfig, parse_config
from presence_audit.core.artifacts import Artifact, ArtifactStatus
from presence_audit.preflight import artifact_cache

NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.timezone.utc)
DAY = dt.timedelta(hours=24)


def loaded(tmp_path: Path, name: str = "Ada Example") -> LoadedConfig:
    path = tmp_path / "presence-audit.yaml"
    return parse_config(textwrap.dedent(f"person: {{name: {name}}}\n"), path)


def artifact(name: str, obtained_at: str, status: ArtifactStatus = ArtifactStatus.OK) -> Artifact:
    return Artifact(name=name, status=status, source="test", data={"n": 1},
                    obtained_at=obtained_at)


def test_fresh_artifacts_come_back(tmp_path: Path) -> None:
    config = loaded(tmp_path)
    artifact_cache.remember(config, {"serps": artifact("serps", "2026-11-20T02:00:00Z")},
                            root=tmp_path)
    found = artifact_cache.recall(config, ["serps", "linkedin"], DAY, root=tmp_path, now=NOW)
    assert list(found) == ["serps"]
    assert found["serps"].data == {"n": 1}


@pytest.mark.parametrize(
    ("obtained_at", "status"),
    [
        ("2026-11-18T12:00:00Z", ArtifactStatus.OK),  # two days old
        ("2026-11-21T12:00:00Z", ArtifactStatus.OK),  # from the future
        ("yesterday", ArtifactStatus.OK),
        ("2026-11-20T11:00:00", ArtifactStatus.OK),  # no time zone
        ("2026-11-20T11:00:00Z", ArtifactStatus.ERROR),
        ("2026-11-20T11:00:00Z", ArtifactStatus.SKIPPED),
    ],
)
def test_stale_undated_or_failed_artifacts_are_not_reused(
    tmp_path: Path, obtained_at: str, status: ArtifactStatus
) -> None:
    config = loaded(tmp_path)
    artifact_cache.remember(config, {"serps": artifact("serps", obtained_at, status)},
                            root=tmp_path)
    assert artifact_cache.recall(config, ["serps"], DAY, root=tmp_path, now=NOW) == {}


def test_max_age_decides_freshness(tmp_path: Path) -> None:
    config = loaded(tmp_path)
    artifact_cache.remember(config, {"serps": artifact("serps", "2026-11-20T06:00:00Z")},
                            root=tmp_path)
    assert artifact_cache.recall(config, ["serps"], dt.timedelta(hours=5), root=tmp_path,
                                 now=NOW) == {}
    assert artifact_cache.recall(config, ["serps"], dt.timedelta(hours=7), root=tmp_path,
                                 now=NOW)


def test_each_config_has_its_own_folder(tmp_path: Path) -> None:
    ada, bea = loaded(tmp_path), loaded(tmp_path, "Bea Other")
    assert artifact_cache.config_key(ada) != artifact_cache.config_key(bea)
    assert artifact_cache.config_key(ada) == artifact_cache.config_key(loaded(tmp_path))
    artifact_cache.remember(ada, {"serps": artifact("serps", "2026-11-20T11:00:00Z")},
                            root=tmp_path)
    assert artifact_cache.recall(bea, ["serps"], DAY, root=tmp_path, now=NOW) == {}


def test_another_version_of_the_tool_has_its_own_folder(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    config = loaded(tmp_path)
    artifact_cache.remember(config, {"serps": artifact("serps", "2026-11-20T11:00:00Z")},
                            root=tmp_path)
    monkeypatch.setattr(artifact_cache, "__version__", "99.0")
    assert artifact_cache.recall(config, ["serps"], DAY, root=tmp_path, now=NOW) == {}


def test_the_folder_name_is_a_hash_not_the_config(tmp_path: Path) -> None:
    key = artifact_cache.config_key(loaded(tmp_path, "Ada Secretname"))
    assert len(key) == 16 and all(c in "0123456789abcdef" for c in key)


def test_an_artifact_saved_under_another_name_is_ignored(tmp_path: Path) -> None:
    config = loaded(tmp_path)
    artifact_cache.remember(config, {"serps": artifact("linkedin", "2026-11-20T11:00:00Z")},
                            root=tmp_path)
    assert artifact_cache.recall(config, ["serps"], DAY, root=tmp_path, now=NOW) == {}


def test_unreadable_entries_are_ignored(tmp_path: Path) -> None:
    config = loaded(tmp_path)
    folder = artifact_cache.folder_for(config, tmp_path)
    folder.mkdir(parents=True)
    (folder / "serps.json").write_text("{not json", encoding="utf-8")
    (folder / "linkedin.json").write_text('{"name": "serps", "status": "ok"}', encoding="utf-8")
    assert artifact_cache.recall(config, ["serps", "linkedin"], DAY, root=tmp_path, now=NOW) == {}


def test_a_cache_that_cannot_be_written_does_not_fail(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    artifact_cache.remember(loaded(tmp_path), {"serps": artifact("serps", "x")}, root=blocker)


def test_the_default_root_is_the_user_cache_folder(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert artifact_cache.cache_root() == tmp_path / "presence-audit" / "artifacts"
