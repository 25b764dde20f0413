"""“What a stranger sees”: page 1 per engine with each result's label, and the link preview."""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import zlib
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from presence_audit.cli import main
from presence_audit.render import render
from presence_audit.render.stranger import view

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
)


def demo_report() -> dict[str, Any]:
    result = CliRunner().invoke(main, ["demo", "--format", "json"], catch_exceptions=False)
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def png(width: int, height: int) -> bytes:
    """A real PNG, solid blue: what a link previewer would have fetched as og:image."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")
    rows = b"".join(b"\x00" + b"\x10\x60\xd0" * width for _ in range(height))
    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + b"\x08\x02\x00\x00\x00"
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))


def with_preview_image(report: dict[str, Any]) -> dict[str, Any]:
    for result in report["results"]:
        if result["check_id"] == "portfolio.link-preview":
            image = result["data"].get("image") or {}
            image["data_url"] = "data:image/png;base64," + base64.b64encode(png(40, 21)).decode()
            result["data"]["image"] = image
    return report


def test_the_view_lists_page_one_per_engine_with_labels_and_index() -> None:
    shown = view(demo_report())
    headings = [page.heading for page in shown.pages]
    assert headings == ["Bing (via DuckDuckGo)", "Brave"]
    first = shown.pages[0].results[0]
    assert (first.rank, first.label, first.label_text) == (1, "owned", "yours")
    assert first.display_url == "www.linkedin.com › in › ada-example"
    assert len(shown.pages[0].results) == 10
    # The demo's og:image answers 404: its absence is shown, not a broken picture.
    assert shown.preview is not None and shown.preview.image is None
    assert shown.preview.image_note == "no image: og:image does not load"


def test_only_data_urls_of_raster_images_are_embedded() -> None:
    report = demo_report()
    for result in report["results"]:
        if result["check_id"] == "portfolio.link-preview":
            result["data"]["image"] = {"data_url": "https://tracker.example/pixel.png",
                                       "loads": True}
    shown = view(report)
    assert shown.preview is not None and shown.preview.image is None


def test_terminal_and_markdown_show_one_line_per_result_with_its_label() -> None:
    report = demo_report()
    text = render(report, "terminal")
    assert "What a stranger sees" in text
    assert "Bing (via DuckDuckGo)" in text
    markdown = render(report, "markdown")
    section = markdown.split("### What a stranger sees", 1)[1]
    assert "1. **yours** · Ada Example - Data Engineer - Acme Analytics | LinkedIn" in section
    assert "3. **namesake** · Ada Example | Contemporary Painter | Melbourne" in section


@pytest.mark.skipif(not CHROMIUM.exists(),
                    reason="needs Debian's chromium at /usr/bin/chromium")
def test_the_picture_renders_in_headless_chromium(tmp_path: Path) -> None:
    report = with_preview_image(demo_report())
    page = tmp_path / "report.html"
    page.write_text(render(report, "html"), encoding="utf-8")
    profile = tmp_path / "chromium-profile"
    shutil.rmtree(profile, ignore_errors=True)
    dumped = subprocess.run(
        [str(CHROMIUM), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom",
         page.as_uri()], capture_output=True, text=True, timeout=120, check=False)
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    dom = BeautifulSoup(dumped.stdout, "html.parser")
    section = dom.select_one("#stranger")
    assert section is not None
    serp = section.select_one("#serp-duckduckgo")
    assert " ".join(serp.select_one(".serp-engine").get_text().split()) == "Bing (via DuckDuckGo)"
    items = serp.select("li.serp-result")
    assert len(items) == 10
    first = items[0]
    assert first.select_one(".serp-label").get_text(strip=True) == "yours"
    assert "label-owned" in first.select_one(".serp-label")["class"]
    assert first.select_one(".serp-title").get_text(strip=True).startswith("Ada Example - Data")
    assert first.select_one(".serp-url").get_text(strip=True) == \
        "www.linkedin.com › in › ada-example"
    assert {i.select_one(".serp-label").get_text(strip=True) for i in items} >= {
        "yours", "namesake", "about you"}
    image = section.select_one("#link-preview img.preview-image")
    assert image is not None and image["src"].startswith("data:image/png;base64,")
    # The page still loads nothing from outside: the image is inside the file.
    assert not dom.select("img[src^=http]")
