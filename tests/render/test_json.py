from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from presence_audit.render import json as json_render

ReportFactory = Callable[..., dict[str, Any]]


def test_round_trips(report: dict[str, Any]) -> None:
    assert json.loads(json_render.render(report)) == report


def test_keeps_key_order_and_ends_in_a_newline(report: dict[str, Any]) -> None:
    out = json_render.render(report)
    assert out.startswith('{\n  "schema_version": 1,\n  "tool": {')
    assert out.endswith("}\n")
    assert list(json.loads(out)) == list(report)


def test_writes_unicode_as_is(make_report: ReportFactory) -> None:
    out = json_render.render(make_report(subject_name="Zoë Ñandú 名前"))
    assert '"name": "Zoë Ñandú 名前"' in out


def test_escapes_del_and_c1_controls(make_report: ReportFactory) -> None:
    out = json_render.render(make_report(subject_name="a\x9b2Jb\x7fc\x1bd"))
    assert '"name": "a\\u009b2Jb\\u007fc\\u001bd"' in out
    assert json.loads(out)["subject"]["name"] == "a\x9b2Jb\x7fc\x1bd"


def test_every_commands_json_escapes_raw_control_characters() -> None:
    import json as stdlib_json

    from presence_audit.render.json import dumps

    text = dumps({"title": "a\x9b31mb\x7f"})
    assert "\x9b" not in text and "\x7f" not in text
    assert stdlib_json.loads(text) == {"title": "a\x9b31mb\x7f"}
