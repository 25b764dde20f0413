"""Reading the person you are about to contact: how they want to be contacted, what you share.

``read_target`` turns a saved page or a public URL into ``Facts``; ``find_preferences`` quotes
what they say about being contacted; ``shared_context`` compares them with you (``my_facts``)
and ``opening_lines`` turns what you share into first lines to adapt. ``preflight --target``
shows all of it and hands the shared terms to ``outreach.context``.
"""

from presence_audit.preflight.target.facts import Affiliation, Facts, TextBlock
from presence_audit.preflight.target.preferences import Preference, find_preferences
from presence_audit.preflight.target.read import TargetError, read_target
from presence_audit.preflight.target.shared import (
    Shared,
    my_facts,
    opening_lines,
    shared_context,
    terms_of,
)

__all__ = [
    "Affiliation",
    "Facts",
    "Preference",
    "Shared",
    "TargetError",
    "TextBlock",
    "find_preferences",
    "my_facts",
    "opening_lines",
    "read_target",
    "shared_context",
    "terms_of",
]
