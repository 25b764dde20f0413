"""The report as JSON: the canonical, versioned form every other format is rendered from.

JSON's own string escaping is what neutralises untrusted text here: C0 controls (ESC
included) always come out as ``\\u`` escapes. ``ensure_ascii=False`` keeps names readable but
would let DEL and the C1 controls through raw, and U+009B is a CSI to some terminals, so
those are escaped too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

# Outside strings, JSON text is ASCII punctuation, digits and letters, so these can only
# occur inside strings, where a \u escape is equivalent.
_RAW_CONTROL = re.compile(r"[\x7f-\x9f]")


def render(report: Mapping[str, Any]) -> str:
    """Render ``report`` (``Report.to_dict()``) as indented JSON ending in a newline."""
    return dumps(report)


def dumps(value: Any) -> str:
    """Any JSON-able value as indented JSON ending in a newline, safe to print to a terminal.

    Every command's ``--format json`` goes through here, not only the report's.
    """
    text = json.dumps(value, indent=2, ensure_ascii=False, sort_keys=False)
    return _RAW_CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"
