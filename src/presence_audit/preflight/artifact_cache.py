"""The artifacts of the last ``run``, kept so that ``preflight`` answers in about a second.

Every ``run`` that gathered leaves its artifacts in the user cache folder, one folder per
configuration: ``<user cache>/presence-audit/artifacts/<key>/<name>.json`` where the key is a
hash of the config file's path and contents and of the tool's version (a changed config
gathers different things, so it never reads another config's artifacts). ``preflight`` reads
what is fresh — obtained within ``--max-age`` and obtained successfully — and gathers the rest.

The cache only saves time: failing to write it never fails a run, and an unreadable or
stale entry is simply gathered again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

from presence_audit import __version__
from presence_audit.config.load import LoadedConfig
from presence_audit.core.artifacts import Artifact, ArtifactStatus
from presence_audit.core.userdirs import cache_folder
from presence_audit.runner import save_artifacts

DEFAULT_MAX_AGE = dt.timedelta(hours=24)


def cache_root() -> Path:
    """``<user cache folder>/presence-audit/artifacts`` (``platformdirs``)."""
    return cache_folder() / "artifacts"


def config_key(loaded: LoadedConfig) -> str:
    """A short, stable hash of where the config is, what it says and the tool's version.

    A hash, so the folder name reveals nothing of the config; the version, because another
    release may shape its artifacts differently.
    """
    where = str(loaded.path.resolve()) if loaded.path else "<no file>"
    text = f"{__version__}\0{where}\0{loaded.config.model_dump_json()}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def folder_for(loaded: LoadedConfig, root: Path | None = None) -> Path:
    return (root or cache_root()) / config_key(loaded)


def remember(loaded: LoadedConfig, artifacts: Mapping[str, Artifact],
             root: Path | None = None) -> None:
    """Keep a run's artifacts for ``preflight``; a cache that cannot be written is skipped."""
    try:
        save_artifacts(artifacts, folder_for(loaded, root))
    except OSError:
        # A read-only or full cache folder costs preflight some speed, never a run its report.
        return


def age_of(artifact: Artifact, now: dt.datetime) -> dt.timedelta | None:
    """How long ago the artifact was obtained, or None when its timestamp is unreadable."""
    try:
        obtained = dt.datetime.fromisoformat(artifact.obtained_at.replace("Z", "+00:00"))
    except ValueError:
        return None
    if obtained.tzinfo is None:
        return None
    return now - obtained


def recall(
    loaded: LoadedConfig, names: Sequence[str], max_age: dt.timedelta, *,
    root: Path | None = None, now: dt.datetime | None = None,
) -> dict[str, Artifact]:
    """The fresh, successfully obtained artifacts among ``names``; the rest are left out."""
    now = now or dt.datetime.now(dt.timezone.utc)
    folder = folder_for(loaded, root)
    fresh: dict[str, Artifact] = {}
    for name in names:
        try:
            artifact = Artifact.from_dict(
                json.loads((folder / f"{name}.json").read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            continue
        age = age_of(artifact, now)
        if (artifact.name == name and artifact.status is ArtifactStatus.OK
                and age is not None and dt.timedelta(0) <= age <= max_age):
            fresh[name] = artifact
    return fresh
