"""JSON Schemas shipped with the package, for users validating reports in their own tooling."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

REPORT_SCHEMA = "report-v1.schema.json"
CONFIG_SCHEMA = "config.schema.json"


def load_report_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``Report.to_dict()``, schema version 1."""
    text = files(__name__).joinpath(REPORT_SCHEMA).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
