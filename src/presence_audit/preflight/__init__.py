"""``preflight``: one go / no-go checklist minutes before you send a connection request.

Built from the same checks as ``run`` — your profile, your presence in search, your note —
read from the artifacts of the last ``run`` when they are fresh, so it answers in about a
second; plus, optionally, a reading of the person you are about to contact.
"""

from presence_audit.preflight.acks import AckError, AckStore
from presence_audit.preflight.checklist import Checklist, Item, Mark
from presence_audit.preflight.run import PreflightRequest, run_preflight

__all__ = [
    "AckError",
    "AckStore",
    "Checklist",
    "Item",
    "Mark",
    "PreflightRequest",
    "run_preflight",
]
