"""The HTML report's network section: bars per year and the two-way share, inline SVG only."""

from __future__ import annotations

from typing import Any

from bs4 import BeautifulSoup

from presence_audit.demo import run_demo
from presence_audit.render.html import render as render_html
from presence_audit.render.network_chart import CHART_HEIGHT, LABEL_SPACE, bars, view


def growth(per_year: Any, **extra: Any) -> dict[str, Any]:
    return {"check_id": "network.growth", "outcome": "info", "message": "7 connections",
            "data": {"per_year": per_year, **extra}}


def follow(recent: Any, two_way: Any) -> dict[str, Any]:
    return {"check_id": "network.follow-through", "outcome": "warn",
            "data": {"recent": recent, "two_way": two_way, "window_days": 60}}


def test_bars_scale_to_the_busiest_year_and_keep_empty_years() -> None:
    drawn = bars({"2024": 2, "2025": 0, "2026": 4})
    assert [(b["year"], b["count"], b["height"]) for b in drawn] == [
        ("2024", 2, CHART_HEIGHT / 2), ("2025", 0, 0), ("2026", 4, CHART_HEIGHT)]
    assert drawn[2]["y"] == LABEL_SPACE  # the tallest reaches the top
    assert [b["label"] for b in drawn] == ["’24", "’25", "’26"]


def test_the_share_and_the_window_come_from_follow_through() -> None:
    shown = view({"results": [growth({"2026": 3}), follow(10, 3)]})
    assert shown is not None and shown["share"]["percent"] == 30
    assert shown["share"]["days"] == 60


def test_nothing_is_drawn_without_figures_or_from_nonsense() -> None:
    assert view({"results": []}) is None
    assert view({"results": [growth("lots")]}) is None
    assert view({"results": [growth({"2026": "x", "2025": -1})]}) is None
    assert view({"results": [growth({"2026": 2}), follow(0, 0)]})["share"] is None
    assert view({"results": [growth({"2026": 2}), follow(2, 5)]})["share"] is None


def test_the_demo_report_draws_the_section_with_no_script_and_no_remote_asset() -> None:
    _, outcome = run_demo()
    dom = BeautifulSoup(render_html(outcome.report.to_dict()), "html.parser")
    section = dom.select_one("section#network")
    assert section is not None
    years = section.select("svg.years rect")
    assert len(years) == 11  # 2016 to 2026
    assert years[-1].title.get_text() == "2026: 11"
    assert "3 of 10 (30%)" in section.get_text()
    assert section.select_one("svg.share rect.share-value")["width"] == "90.0"
    assert dom.find("script") is None
    assert not [tag for tag in section.find_all(True)
                if any(str(tag.get(attr, "")).startswith(("http:", "https:", "//"))
                       for attr in ("src", "href"))]
