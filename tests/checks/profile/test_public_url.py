"""profile.public-url: a custom /in/ address with your name, not the generated one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from presence_audit.checks.profile import public_url
from presence_audit.core.artifacts.linkedin import LinkedInProfile
from presence_audit.core.model import Outcome, Result, Subject

Make = Callable[..., LinkedInProfile]
Run = Callable[..., Result]


def test_a_custom_url_with_your_name_passes(make_linkedin: Make,
                                            run_profile_check: Run) -> None:
    result = run_profile_check(public_url, make_linkedin("html"))
    assert result.outcome is Outcome.PASS
    assert result.message == ("Your public URL is custom and carries your name: "
                              "linkedin.com/in/ada-example")
    assert result.evidence[0].source == "LinkedIn (saved page)"


@pytest.mark.parametrize("url", [
    "https://www.linkedin.com/in/adaexample/",
    "https://www.linkedin.com/in/a-example/",
])
def test_name_variants_pass(make_linkedin: Make, run_profile_check: Run, url: str) -> None:
    assert run_profile_check(public_url, make_linkedin("html", public_url=url)).outcome \
        is Outcome.PASS


@pytest.mark.parametrize("url", [
    "https://www.linkedin.com/in/ada-example-7b3a2b1a8/",
    "https://www.linkedin.com/in/ada-example-482913655/",
    "https://www.linkedin.com/in/ACoAABx7dQ0BkG3p2vYcQ/",
    "https://www.linkedin.com/pub/ada-example/12/345/678",
])
def test_generated_urls_fail(make_linkedin: Make, run_profile_check: Run, url: str) -> None:
    result = run_profile_check(public_url, make_linkedin("html", public_url=url))
    assert result.outcome is Outcome.FAIL
    assert result.data["kind"] == "generated"
    assert "Edit your custom URL" in result.fix


def test_a_trailing_short_number_or_no_name_warns(make_linkedin: Make,
                                                  run_profile_check: Run) -> None:
    numbered = run_profile_check(public_url, make_linkedin(
        "html", public_url="https://www.linkedin.com/in/ada-example-2/"))
    assert numbered.outcome is Outcome.WARN
    assert numbered.data["kind"] == "numbered"
    nameless = make_linkedin("html", public_url="https://www.linkedin.com/in/pipeline-queen/")
    assert run_profile_check(public_url, nameless).data["kind"] == "custom-without-name"
    assert run_profile_check(public_url, nameless, require_name=False).outcome is Outcome.PASS


def test_the_configured_url_is_used_when_the_export_has_none(make_linkedin: Make,
                                                             run_profile_check: Run,
                                                             ada: Subject) -> None:
    result = run_profile_check(public_url, make_linkedin("export"), subject=replace(
        ada, linkedin_url="https://www.linkedin.com/in/ada-example-1b2c3d4e5"))
    assert result.outcome is Outcome.FAIL
    assert result.evidence[0].source == "configured (profiles.linkedin.url)"
    skipped = run_profile_check(public_url, make_linkedin("export"),
                                subject=replace(ada, linkedin_url=None))
    assert skipped.outcome is Outcome.SKIP


def test_blocked_is_an_error(make_blocked: Make, run_profile_check: Run) -> None:
    assert run_profile_check(public_url, make_blocked("url")).outcome is Outcome.ERROR


def test_a_chosen_word_with_digits_is_not_a_generated_hash(make_linkedin: Make,
                                                          run_profile_check: Run) -> None:
    # Not generated, but it still ends in a short number, which warns however it is joined.
    result = run_profile_check(public_url, make_linkedin(
        "html", public_url="https://www.linkedin.com/in/ada-example-dataeng2024/"))
    assert result.outcome is Outcome.WARN
    assert result.data["kind"] == "numbered"


@pytest.mark.parametrize("slug", ["ada-example-2", "adaexample7", "ada-example-dataeng24"])
def test_a_short_number_ending_warns_consistently(make_linkedin: Make, run_profile_check: Run,
                                                  slug: str) -> None:
    result = run_profile_check(public_url, make_linkedin(
        "html", public_url=f"https://www.linkedin.com/in/{slug}"))
    assert result.outcome is Outcome.WARN
    assert result.data["kind"] == "numbered"


@pytest.mark.parametrize(("slug", "name"), [
    ("aexample", "Ada Example"),
    ("amexample", "Ada Maria Example"),
    ("ada-m-example", "Ada Example"),
    ("adamexample", "Ada Example"),
    ("example-ada", "Ada Example"),
    ("exampleada", "Ada Example"),
    ("adamariaexample", "Ada Example"),
    ("kate-lovelace", "Katherine Lovelace"),
    ("jose-perez-garcia", "José Pérez García"),
    ("joaodasilva", "João da Silva"),
    ("lenavonberg", "Lena von Berg"),
])
def test_initials_middle_initials_reversed_order_and_short_forms_name_you(
    make_linkedin: Make, run_profile_check: Run, slug: str, name: str
) -> None:
    from presence_audit.core.model import Subject

    result = run_profile_check(public_url, make_linkedin(
        "html", public_url=f"https://www.linkedin.com/in/{slug}"), subject=Subject(name=name))
    assert result.outcome is Outcome.PASS, result.message


@pytest.mark.parametrize("slug", ["gutcheckguy", "ada-rocks", "examplefan"])
def test_a_custom_address_without_the_name_warns(make_linkedin: Make, run_profile_check: Run,
                                                 slug: str) -> None:
    result = run_profile_check(public_url, make_linkedin(
        "html", public_url=f"https://www.linkedin.com/in/{slug}"))
    assert result.outcome is Outcome.WARN


@pytest.mark.parametrize("url", ["https://www.linkedin.com/company/acme-analytics/",
                                 "https://adaexample.dev/in/ada-example"])
def test_a_configured_address_that_is_not_a_profile_is_an_error(
    make_linkedin: Make, run_profile_check: Run, ada: Subject, url: str
) -> None:
    result = run_profile_check(public_url, make_linkedin("export"),
                               subject=replace(ada, linkedin_url=url))
    assert result.outcome is Outcome.ERROR
    assert "is not a LinkedIn public profile address" in result.message
