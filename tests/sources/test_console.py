"""Search Console exports: every era and language of the fixtures, ZIP or folder or one CSV."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from presence_audit.sources.search.console import ConsoleError, read_export

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "console"


def zipped(folder: Path, target: Path, prefix: str = "") -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(folder.iterdir()):
            archive.write(path, prefix + path.name)
    return target


def test_the_2025_english_folder_reads_numbers_as_numbers_and_the_period() -> None:
    export = read_export(FIXTURES / "en-2025")
    first = export.queries[0].to_dict()
    assert first == {"query": "ada example", "clicks": 41, "impressions": 87, "ctr": 0.4713,
                     "position": 2.4}
    assert export.period is not None
    assert export.period.to_dict() == {"label": "Last 3 months", "start": "2025-01-01",
                                       "end": "2025-03-31"}
    assert export.search_type == "Web"
    assert export.filters == []


def test_a_query_with_a_line_break_inside_quotes_is_one_row() -> None:
    queries = [q.query for q in read_export(FIXTURES / "en-2025").queries]
    assert "ada example portfolio" in queries
    assert len(queries) == 7


def test_the_2026_zip_with_chart_csv_oldest_first_and_a_page_filter(tmp_path: Path) -> None:
    export = read_export(zipped(FIXTURES / "en-2026", tmp_path / "perf.zip", "Performance/"))
    assert export.period is not None
    assert (export.period.start, export.period.end) == ("2026-09-01", "2026-10-15")
    assert export.period.label == "Last 16 months"
    assert export.filters == ["Page: +/blog/"]


def test_spanish_headers_and_decimal_commas() -> None:
    export = read_export(FIXTURES / "es-2025")
    assert export.queries[0].to_dict() == {"query": "ada example", "clicks": 5,
                                           "impressions": 48, "ctr": 0.1042, "position": 11.3}
    assert export.period is not None and export.period.label == "Últimos 28 días"


def test_queries_csv_alone_has_no_period() -> None:
    export = read_export(FIXTURES / "en-2025" / "Queries.csv")
    assert export.period is None
    assert len(export.queries) == 7


def test_an_export_without_a_queries_table_names_what_is_missing(tmp_path: Path) -> None:
    (tmp_path / "Pages.csv").write_text("Top pages,Clicks,Impressions,CTR,Position\n")
    with pytest.raises(ConsoleError, match="no queries table"):
        read_export(tmp_path)


def test_a_missing_column_is_named(tmp_path: Path) -> None:
    path = tmp_path / "Queries.csv"
    path.write_text("Top queries,Clicks,CTR\nada example,1,10%")
    with pytest.raises(ConsoleError, match="impressions, position"):
        read_export(path)


def test_a_zip_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Queries.csv", "Top queries,Clicks,Impressions,CTR,Position\n"
                         + "a" * (25 * 1024 * 1024))
    with pytest.raises(ConsoleError, match="larger than"):
        read_export(path)


def test_a_missing_path_is_an_error_not_an_empty_export(tmp_path: Path) -> None:
    with pytest.raises(ConsoleError, match="cannot read"):
        read_export(tmp_path / "absent.zip")
