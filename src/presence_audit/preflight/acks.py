"""Results you have reviewed: ``preflight --ack URL`` remembers them in the user data folder.

The file is small JSON, ``{"version": 1, "seen": {"<address>": "<when>"}}``, keyed by the same
address form the review list uses (no scheme, ``www.``, fragment or final slash), so
``--ack https://www.example.org/talk/`` covers ``http://example.org/talk``. It is replaced
atomically, so two preflights at once leave one complete file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from presence_audit.core.fileio import write_atomic
from presence_audit.core.model import utc_now
from presence_audit.core.userdirs import data_folder
from presence_audit.text.classify import address_key

FILE_NAME = "reviewed-results.json"
VERSION = 1


class AckError(Exception):
    """The file of reviewed results exists but cannot be read or written."""


def default_path() -> Path:
    """``<user data folder>/presence-audit/reviewed-results.json`` (``platformdirs``)."""
    return data_folder() / FILE_NAME


@dataclass(frozen=True)
class AckStore:
    path: Path

    def load(self) -> dict[str, str]:
        """Reviewed addresses and when each was marked; empty when there is no file yet."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise AckError(f"{self.path}: cannot read the reviewed results: {exc}") from None
        seen = data.get("seen") if isinstance(data, dict) else None
        if not isinstance(seen, dict):
            raise AckError(f"{self.path}: not a file of reviewed results")
        return {str(k): str(v) for k, v in seen.items()}

    def seen(self, url: str, known: dict[str, str] | None = None) -> bool:
        return address_key(url) in (self.load() if known is None else known)

    def add(self, urls: Iterable[str]) -> list[str]:
        """Mark ``urls`` reviewed; returns the addresses that were new."""
        seen = self.load()
        added = [key for key in dict.fromkeys(address_key(u) for u in urls) if key not in seen]
        if not added:
            return []
        now = utc_now()
        seen.update(dict.fromkeys(added, now))
        text = json.dumps({"version": VERSION, "seen": seen}, indent=2, ensure_ascii=False)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, text + "\n")
        except OSError as exc:
            raise AckError(f"{self.path}: cannot save the reviewed results: {exc}") from None
        return added
