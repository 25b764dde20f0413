"""profile.photo: a real photo passes, the ghost fails, unknown is never "no photo"."""

from __future__ import annotations

from collections.abc import Callable

from presence_audit.checks.profile import photo
from presence_audit.core.artifacts.linkedin import LinkedInProfile
from presence_audit.core.model import Outcome, Result
from presence_audit.sources.linkedin.collector import artifact_of

Make = Callable[..., LinkedInProfile]
Run = Callable[..., Result]


def test_a_real_photo_on_the_saved_page_passes(make_linkedin: Make,
                                               run_profile_check: Run) -> None:
    result = run_profile_check(photo, [make_linkedin("export"), make_linkedin("html")])
    assert result.outcome is Outcome.PASS
    assert result.message == "A real photo is on your public profile (saved page)"
    assert result.data["source"] == "html"
    assert result.evidence[0].source == "LinkedIn (saved page)"
    assert result.evidence[0].url == "https://www.linkedin.com/in/ada-example/"


def test_the_ghost_image_fails_with_a_fix(make_linkedin: Make, run_profile_check: Run) -> None:
    result = run_profile_check(photo, make_linkedin("html", photo_present=False,
                                                    photo_url=None))
    assert result.outcome is Outcome.FAIL
    assert "grey silhouette" in result.message
    assert "head-and-shoulders photo" in result.fix
    assert result.data["present"] is False


def test_export_only_is_skipped_by_default_and_can_warn(make_linkedin: Make,
                                                        run_profile_check: Run) -> None:
    skipped = run_profile_check(photo, make_linkedin("export"))
    assert skipped.outcome is Outcome.SKIP
    assert "data export has no photo" in skipped.message
    warned = run_profile_check(photo, make_linkedin("export"), unverified="warn")
    assert warned.outcome is Outcome.WARN
    assert "profiles.linkedin.html" in warned.fix


def test_a_blocked_fetch_alongside_the_export_is_an_error_not_a_fail(
    make_linkedin: Make, make_blocked: Make, run_profile_check: Run
) -> None:
    result = run_profile_check(photo, [make_linkedin("export"), make_blocked("url")])
    assert result.outcome is Outcome.ERROR
    assert result.message.startswith("Could not read your LinkedIn profile photo — live page: ")
    assert "999" in result.message
    assert "data export" in result.message


def test_a_blocked_only_source_makes_the_check_an_error(make_blocked: Make,
                                                       run_profile_check: Run) -> None:
    result = run_profile_check(photo, make_blocked("url"))
    assert result.outcome is Outcome.ERROR
    assert result.message.startswith("could not obtain linkedin: LinkedIn answered")


def test_a_page_whose_photo_could_not_be_told_is_an_error(make_linkedin: Make,
                                                          run_profile_check: Run) -> None:
    result = run_profile_check(photo, make_linkedin("html", photo_present=None,
                                                    photo_url=None))
    assert result.outcome is Outcome.ERROR


def test_an_unknown_unverified_option_is_an_error_not_a_silent_skip(
    make_linkedin: Make, run_profile_check: Run
) -> None:
    result = run_profile_check(photo, make_linkedin("export"), unverified="fail")
    assert result.outcome is Outcome.ERROR
    assert "skip or warn" in result.message


def test_a_photo_field_of_the_wrong_type_in_a_saved_artifact_is_unknown(
    make_linkedin: Make, run_profile_check: Run
) -> None:
    artifact = artifact_of([make_linkedin("html")])
    artifact.data["photo"] = "yes"
    result = run_profile_check(photo, {"linkedin": artifact})
    assert result.outcome is Outcome.ERROR
    assert result.message.startswith("Could not read your LinkedIn profile photo")


def test_a_saved_page_that_did_not_show_the_photo_is_blamed_not_a_blocked_fetch(
    make_linkedin: Make, make_blocked: Make, run_profile_check: Run
) -> None:
    result = run_profile_check(photo, [make_linkedin("html", photo_present=None,
                                                     photo_url=None), make_blocked("url")])
    assert result.outcome is Outcome.ERROR
    assert result.message.startswith("Could not read your LinkedIn profile photo — the saved "
                                     "page did not show it")
