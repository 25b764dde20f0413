"""The ``run_network`` fixture: a network check run through the runner on built facts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from network_builders import run_network_check
from presence_audit.core.model import Result


@pytest.fixture
def run_network() -> Callable[..., Result]:
    """``run_network(module, facts_or_artifact, **options)`` → the stamped result."""
    return run_network_check
