"""Looking for installed plugins: importlib.metadata only when some distribution declares them."""

from __future__ import annotations

import zipfile
from pathlib import Path

from presence_audit.checks.installed import declared

GROUP = "presence_audit.checks"


def distribution(folder: Path, name: str, entry_points: str | None) -> None:
    info = folder / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Name: {name}\nVersion: 1.0\n", encoding="utf-8")
    if entry_points is not None:
        (info / "entry_points.txt").write_text(entry_points, encoding="utf-8")


def test_a_distribution_declaring_the_group_is_seen(tmp_path: Path) -> None:
    distribution(tmp_path, "tool", "[console_scripts]\ntool = tool:main\n")
    distribution(tmp_path, "plugin", f"[console_scripts]\nx = y:z\n\n[{GROUP}]\nmine = a.b\n")
    assert declared(GROUP, [str(tmp_path)])


def test_no_declaration_means_none(tmp_path: Path) -> None:
    distribution(tmp_path, "tool", "[console_scripts]\ntool = tool:main\n")
    distribution(tmp_path, "bare", None)
    (tmp_path / "plain-folder").mkdir()
    assert not declared(GROUP, [str(tmp_path), str(tmp_path / "missing")])
    # The group named inside another section's text is not a declaration of it.
    distribution(tmp_path, "other", f"[console_scripts]\nx = {GROUP}:main\n")
    assert not declared(GROUP, [str(tmp_path)])


def test_egg_info_counts_like_dist_info(tmp_path: Path) -> None:
    info = tmp_path / "legacy.egg-info"
    info.mkdir()
    (info / "entry_points.txt").write_text(f"[ {GROUP} ]\nold = old.check\n", encoding="utf-8")
    assert declared(GROUP, [str(tmp_path)])


def test_a_zip_archive_on_the_path_is_left_to_importlib_metadata(tmp_path: Path) -> None:
    archive = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("plugin-1.0.dist-info/entry_points.txt", f"[{GROUP}]\na = b\n")
    assert declared(GROUP, [str(archive)])


def test_the_glance_agrees_with_importlib_metadata_here() -> None:
    from importlib.metadata import entry_points

    for group in ("console_scripts", GROUP, "pytest11"):
        if list(entry_points(group=group)):
            assert declared(group), group
