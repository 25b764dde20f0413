"""The supported API for check plugins: import from here, and only from here.

A check plugin is a module with the constants ``ID``, ``TITLE``, ``CATEGORY``, ``SEVERITY``,
``WEIGHT``, ``REQUIRES`` (and optionally ``OPTIONAL``, ``OPTIONS``), a docstring with the
sections *What it checks / Why it matters / How to fix / Options / Example*, and a function
``check(ctx: CheckContext) -> Finding``. It is loaded from the ``presence_audit.checks`` entry
point group or from a folder listed under ``check_paths`` (see the README's plugin section).

Semantic versioning applies to the names below and nothing else: every other module of the
package may move or change between minor versions.
"""

from __future__ import annotations

from presence_audit.checks.base import CheckContext, Option
from presence_audit.core.artifacts import NOTE_ARTIFACT, SERPS_ARTIFACT, Artifact, ArtifactStatus
from presence_audit.core.artifacts.linkedin import LinkedInProfile
from presence_audit.core.artifacts.serps import ResultList, SearchResult, lists_from_artifact
from presence_audit.core.model import Evidence, Finding, Outcome, Severity, Subject
from presence_audit.text.classify import (
    ABOUT_YOU,
    CLASSES,
    NAMESAKE,
    OWNED,
    UNRELATED,
    UNSURE,
    Classification,
    Classifier,
    classify,
    mentions,
)
from presence_audit.text.names import NameMatch, match_name
from presence_audit.text.urls import profile_matches, registrable_domain, same_site

__all__ = [
    "ABOUT_YOU",
    "CLASSES",
    "NAMESAKE",
    "NOTE_ARTIFACT",
    "OWNED",
    "SERPS_ARTIFACT",
    "UNRELATED",
    "UNSURE",
    "Artifact",
    "ArtifactStatus",
    "CheckContext",
    "Classification",
    "Classifier",
    "Evidence",
    "Finding",
    "LinkedInProfile",
    "NameMatch",
    "Option",
    "Outcome",
    "ResultList",
    "SearchResult",
    "Severity",
    "Subject",
    "classify",
    "lists_from_artifact",
    "match_name",
    "mentions",
    "profile_matches",
    "registrable_domain",
    "same_site",
]
