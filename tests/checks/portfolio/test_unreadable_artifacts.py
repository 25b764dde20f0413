"""Every portfolio check: artifact data not shaped as the collector records it is an error.

A saved artifact edited by hand, or written by another version, must not read as "the page
has no contact route" or "nothing personal shows".
"""

from __future__ import annotations

import copy
import importlib
from collections.abc import Callable
from typing import Any

import pytest

from presence_audit.checks.portfolio import MODULES
from presence_audit.core.model import Finding, JSONDict, Outcome

Run = Callable[..., Finding]
Data = Callable[..., JSONDict]

CHECKS = [importlib.import_module(f"presence_audit.checks.portfolio.{name}") for name in MODULES]


def without(path: str) -> Callable[[JSONDict], None]:
    def change(data: JSONDict) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for name in parents:
            target = target[name]
        del target[last]
    return change


def setting(path: str, value: Any) -> Callable[[JSONDict], None]:
    def change(data: JSONDict) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for name in parents:
            target = target[name]
        target[last] = value
    return change


CHANGES = {
    "page.privacy": (without("page.privacy"), "page.privacy is missing"),
    "page.contact.forms": (setting("page.contact.forms", None),
                           "page.contact.forms is null, not a list"),
    "page.og": (setting("page.og", []), "page.og is a list, not an object"),
    "page.person.same_as": (without("page.person.same_as"), "page.person.same_as is missing"),
    "page.robots.directives": (without("page.robots.directives"),
                               "page.robots.directives is missing"),
    "robots_txt.allowed": (setting("robots_txt.allowed", "yes"),
                           "robots_txt.allowed is text, not true or false or null"),
    "page": (setting("page", "<html>"), "page is text, not an object"),
}


@pytest.mark.parametrize("module", CHECKS, ids=lambda m: m.ID)
@pytest.mark.parametrize("change", list(CHANGES), ids=str)
def test_a_malformed_artifact_is_an_error_that_names_the_field(
    module: Any, change: str, check_portfolio: Run, portfolio: Data
) -> None:
    data = copy.deepcopy(portfolio())
    alter, said = CHANGES[change]
    alter(data)
    finding = check_portfolio(module, data)
    assert finding.outcome is Outcome.ERROR
    assert finding.message == f"The portfolio artifact cannot be read: {said}"
    assert "--from-artifacts" in finding.fix


def test_a_page_without_a_person_is_well_formed(check_portfolio: Run, portfolio: Data,
                                                page: Callable[..., str]) -> None:
    from presence_audit.checks.portfolio import person_schema

    finding = check_portfolio(person_schema, portfolio(page(head="<title>Ada</title>")))
    assert finding.outcome is Outcome.FAIL  # measured: no Person, not an unreadable artifact
