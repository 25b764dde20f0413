"""The HTML report's network section: connections per year and the two-way share, as SVG.

Read from the results of ``network.growth`` (connections per year) and
``network.follow-through`` (how many recent connections became a two-way conversation) — counts
only, as every report carries. The geometry is worked out here, so the template draws plain
``<rect>`` and ``<text>`` elements: no script, nothing loaded from elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

BAR_WIDTH = 26
BAR_GAP = 8
CHART_HEIGHT = 80
LABEL_SPACE = 16
"""Room above the tallest bar for its count, and below the bars for the years."""
SHARE_WIDTH = 300
SHARE_HEIGHT = 14


def _result(results: Sequence[Mapping[str, Any]], check_id: str) -> Mapping[str, Any] | None:
    return next((r for r in results if r.get("check_id") == check_id), None)


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 \
        else None


def bars(per_year: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One bar per year, oldest first: x, y, height, and where its labels go."""
    years = [(str(year), _count(count)) for year, count in per_year.items()]
    counted = [(year, count) for year, count in years if count is not None]
    if not counted:
        return []
    tallest = max(count for _, count in counted) or 1
    drawn = []
    for index, (year, count) in enumerate(sorted(counted)):
        height = round(CHART_HEIGHT * count / tallest, 1)
        x = index * (BAR_WIDTH + BAR_GAP)
        drawn.append({"year": year, "label": f"’{year[-2:]}", "count": count, "x": x,
                      "y": round(LABEL_SPACE + CHART_HEIGHT - height, 1), "height": height,
                      "middle": x + BAR_WIDTH / 2})
    return drawn


def view(report: Mapping[str, Any]) -> dict[str, Any] | None:
    """What the template draws, or None when the report has no network figures."""
    results: list[Mapping[str, Any]] = [r for r in report.get("results", [])
                                        if isinstance(r, Mapping)]
    growth = _result(results, "network.growth")
    data = growth.get("data") if growth else None
    if not isinstance(data, Mapping) or not isinstance(data.get("per_year"), Mapping):
        return None
    drawn = bars(data["per_year"])
    if not drawn:
        return None
    width = len(drawn) * (BAR_WIDTH + BAR_GAP) - BAR_GAP
    view: dict[str, Any] = {
        "summary": str(growth.get("message", "")) if growth else "",
        "bars": drawn, "width": width, "height": LABEL_SPACE * 2 + CHART_HEIGHT,
        "bar_width": BAR_WIDTH, "base": LABEL_SPACE + CHART_HEIGHT,
        "share": None,
    }
    follow = _result(results, "network.follow-through")
    follow_data = follow.get("data") if follow else None
    if follow is not None and isinstance(follow_data, Mapping):
        recent, two_way = _count(follow_data.get("recent")), _count(follow_data.get("two_way"))
        if recent and two_way is not None and two_way <= recent:
            view["share"] = {
                "recent": recent, "two_way": two_way, "percent": round(100 * two_way / recent),
                "filled": round(SHARE_WIDTH * two_way / recent, 1), "width": SHARE_WIDTH,
                "height": SHARE_HEIGHT, "outcome": str(follow.get("outcome", "")),
                "days": _count(follow_data.get("window_days")) or 90,
            }
    return view
