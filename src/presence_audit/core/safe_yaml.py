"""YAML data files read safely, with libyaml's C loader where PyYAML was built with it.

``yaml.safe_load`` uses the pure-Python loader: reading the bundled phrase files took ~33 ms
of every ``note`` and ``demo`` that way, ~3.5 ms with ``CSafeLoader``, which builds the same
plain values (mappings, lists, strings, numbers) under the same safe rules. PyYAML falls back
to the Python loader when libyaml is missing, and so does this.
"""

from __future__ import annotations

from typing import Any


def safe_load(text: str) -> Any:
    """``yaml.safe_load(text)``, through the C loader when there is one."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)
