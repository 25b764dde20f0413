"""A run that sees Google only through what the user saved: pages and a Search Console export.

No engine is asked (``search.engines: []``) and the test conftest refuses the network, so every
``search.*`` result here comes from the saved files.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from click.testing import CliRunner

from presence_audit.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def run(config: Path) -> tuple[int, dict[str, object]]:
    result = CliRunner().invoke(main, ["run", "-c", str(config), "--format", "json",
                                       "--select", "search", "--no-cache"],
                                catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout)


def test_saved_pages_and_a_console_export_give_measured_search_results(tmp_path: Path) -> None:
    export = tmp_path / "export"
    export.mkdir()
    (export / "Queries.csv").write_text(
        "Top queries,Clicks,Impressions,CTR,Position\n"
        "narendra modi,9120,40211,22.68%,1.1\nnarendra modi speech,310,5120,6.05%,3.9",
        encoding="utf-8")
    config = tmp_path / "presence-audit.yaml"
    config.write_text(textwrap.dedent(f"""\
        person: {{name: Narendra Modi, context: [Prime Minister]}}
        portfolio: {{url: "http://www.narendramodi.in/"}}
        search:
          engines: []
          saved: ["{FIXTURES / 'serp' / 'google-2017-*.html'}",
                  "{FIXTURES / 'serp' / 'google-2016-captcha.html'}"]
          console: export
    """), encoding="utf-8")
    code, report = run(config)
    results = {r["check_id"]: r for r in report["results"]}  # type: ignore[union-attr]

    names = results["search.name-results"]
    assert names["outcome"] == "info"
    listed = names["data"]["results"]["google"]["narendra modi"]
    assert [r["url"] for r in listed][:2] == ["http://www.narendramodi.in/",
                                              "https://en.wikipedia.org/wiki/Narendra_Modi"]
    assert results["search.portfolio-rank"]["outcome"] == "pass"
    position = results["search.google-position"]
    assert position["outcome"] == "pass"
    assert "average position 1.1" in position["message"]
    # The CAPTCHA page is a measurement that failed, named as such, not "not found".
    serps = next(s for s in report["sources"] if s["artifact"] == "serps")  # type: ignore[union-attr]
    assert "2 of 3 result lists" in serps["detail"]
    measured = {r["check_id"] for r in report["results"]  # type: ignore[union-attr]
                if r["outcome"] not in ("error", "skip")}
    assert {"search.name-results", "search.portfolio-rank", "search.owned-share",
            "search.google-position"} <= measured
    assert code in (0, 1)  # judged: ready or not, never "could not measure"
