"""search.saved: each saved page becomes a result list like any engine's."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from presence_audit.sources.search.base import SearchQuery
from presence_audit.sources.search.saved import saved_lists

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "serp"


def copy(tmp_path: Path, *names: str) -> None:
    for name in names:
        shutil.copy(FIXTURES / f"{name}.html", tmp_path / f"{name}.html")


def test_a_page_answering_a_configured_query_takes_its_template_and_the_file_time(
        tmp_path: Path) -> None:
    copy(tmp_path, "google-2017-desktop")
    os.utime(tmp_path / "google-2017-desktop.html", (1_700_000_000, 1_700_000_000))
    [item] = saved_lists(["*.html"], tmp_path.joinpath,
                         [SearchQuery("Narendra Modi", "{name}")])
    assert (item.engine, item.query, item.template, item.provider) == (
        "google", "narendra modi", "{name}", "saved")
    assert item.index == "google"
    assert item.fetched_at == "2023-11-14T22:13:20Z"
    assert item.ok and item.results[0].rank == 1
    assert item.source == str(tmp_path / "google-2017-desktop.html")


def test_two_pages_of_one_engine_and_query_are_two_samples(tmp_path: Path) -> None:
    copy(tmp_path, "google-2021-desktop", "google-2023-desktop")
    lists = saved_lists(["google-*.html"], tmp_path.joinpath, [])
    assert [(i.engine, i.query, i.sample) for i in lists] == [
        ("google", "google", 1), ("google", "google", 2)]
    assert {i.template for i in lists} == {"google"}


def test_a_block_is_a_failed_list_with_its_advice(tmp_path: Path) -> None:
    copy(tmp_path, "google-2026-captcha")
    [item] = saved_lists(["google-2026-captcha.html"], tmp_path.joinpath, [])
    assert not item.ok and item.results == []
    assert item.error is not None and item.error["kind"] == "blocked"
    assert "CAPTCHA" in item.error["message"] and "save the page again" in item.error["message"]


def test_a_pattern_naming_no_file_is_a_failed_list(tmp_path: Path) -> None:
    [item] = saved_lists(["nothing-*.html"], tmp_path.joinpath, [])
    assert not item.ok
    assert item.error == {"kind": "saved-missing",
                          "message": "search.saved: 'nothing-*.html' names no file"}
