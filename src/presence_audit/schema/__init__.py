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


def config_schema_text() -> str:
    """The JSON Schema of ``presence-audit.yaml``, generated from the config models.

    Editors with a YAML language server use it for completion and inline errors; the copy
    shipped as ``config.schema.json`` is kept equal to this by a test.
    """
    from presence_audit.config.schema import Config

    schema = Config.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "presence-audit configuration"
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
