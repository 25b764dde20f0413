"""Field tables of the inspect commands: scraped values printed literally, no padding."""

from __future__ import annotations

from presence_audit.render.fields import field_table, new_console, text_of


def test_values_are_cleaned_printed_literally_and_unpadded() -> None:
    console, buffer = new_console()
    console.print(field_table([("title", "\x1b[31mAda [bold]x[/bold]"), ("bio", None)],
                              title="Head"))
    text = text_of(buffer)
    assert "\x1b" not in text
    assert "Ada [bold]x[/bold]" in text
    assert "bio    —" in text
    assert all(line == line.rstrip() for line in text.splitlines())


def test_the_empty_marker_can_be_chosen() -> None:
    console, buffer = new_console()
    console.print(field_table([("blog", "")], empty="none"))
    assert text_of(buffer).strip() == "blog  none"
