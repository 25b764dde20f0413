"""The JSON Schema of ``presence-audit.yaml``, for editors (shipped as ``config.schema.json``)."""

from __future__ import annotations

import json

from presence_audit.config.schema import Config


def config_schema_text() -> str:
    """The JSON Schema of ``presence-audit.yaml``, generated from the config models.

    Editors with a YAML language server use it for completion and inline errors; the copy
    shipped as ``config.schema.json`` is kept equal to this by a test.
    """
    schema = Config.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "presence-audit configuration"
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
