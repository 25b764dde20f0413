"""The ``presence-audit`` console script.

``presence-audit --help`` (or ``-h``) on its own is answered from the command table
(``cli.quick_help``) without importing click, and so are ``note`` and ``demo`` with plain
arguments (``cli.direct``); everything else is click's.
"""

from __future__ import annotations

import os
import sys

HELP_FLAGS = (["--help"], ["-h"])


def main() -> None:
    # Only as the installed script: click names `python -m presence_audit` after the module.
    script = sys.argv[0].replace(os.sep, "/").rsplit("/", 1)[-1]
    if sys.argv[1:] in HELP_FLAGS and script == "presence-audit":
        from presence_audit.cli.quick_help import quick_help

        sys.stdout.write(quick_help())
        sys.stdout.flush()
        return
    from presence_audit.cli import direct

    if direct.run(sys.argv[1:]):
        return
    from presence_audit.cli.group import main as group

    group()
