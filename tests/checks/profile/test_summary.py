"""profile.summary: present, long enough, first person, an offer and a way to reach you."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from presence_audit.checks.profile import summary
from presence_audit.core.artifacts.linkedin import LinkedInProfile
from presence_audit.core.model import Outcome, Result

Make = Callable[..., LinkedInProfile]
Run = Callable[..., Result]

THIRD_PERSON = (
    "Ada Example is a data engineer at Acme Analytics. She builds data pipelines for the "
    "analytics teams and her work cut the time from raw events to dashboards from a day to "
    "under an hour. She studied at the University of Porto and is based in Lisbon, where she "
    "helps organise the local dbt meetup. Contact her at ada@adaexample.dev for consulting."
)


def test_a_complete_summary_passes(make_linkedin: Make, run_profile_check: Run) -> None:
    result = run_profile_check(summary, make_linkedin())
    assert result.outcome is Outcome.PASS
    assert result.data["problems"] == []
    assert result.data["length"] > 300
    assert result.evidence[0].text.startswith("About (")


@pytest.mark.parametrize(("text", "codes"), [
    ("I like data. Email me: ada@adaexample.dev", ["too-short", "no-offer"]),
    ("I build data pipelines. Email me: ada@adaexample.dev", ["too-short"]),
    (THIRD_PERSON, ["not-first-person"]),
])
def test_shortcomings_warn(make_linkedin: Make, run_profile_check: Run, text: str,
                           codes: list[str]) -> None:
    result = run_profile_check(summary, make_linkedin(summary=text))
    assert result.outcome is Outcome.WARN
    assert result.data["problems"] == codes


def test_third_person_is_named_as_such(make_linkedin: Make, run_profile_check: Run) -> None:
    result = run_profile_check(summary, make_linkedin(summary=THIRD_PERSON))
    assert result.message.startswith("Your About section is written in the third person")
    assert result.fix.startswith("Rewrite it in the first person")


@pytest.mark.parametrize("text", [
    "Je construis des pipelines de données pour les équipes produit. Écrivez-moi.",
    "Trabajo con equipos de datos y mi foco es la calidad. Escríbeme cuando quieras.",
    "Atuo como engenheira de dados e ajudo equipes a confiar nos seus números.",
    "Ich baue Datenpipelines für Produktteams und helfe ihnen, ihren Zahlen zu vertrauen.",
    "Creo en los datos bien cuidados: trabajo en Lisboa con equipos de producto.",
])
def test_first_person_is_recognised_in_every_language(make_linkedin: Make,
                                                      run_profile_check: Run, text: str) -> None:
    result = run_profile_check(summary, make_linkedin(summary=text))
    assert "not-first-person" not in result.data["problems"]


@pytest.mark.parametrize(("text", "reachable"), [
    ("I build pipelines. Write to ada@adaexample.dev", True),
    ("I build pipelines. Call +351 912 345 678", True),
    ("I build pipelines. Book a call: https://calendly.com/ada-example", True),
    ("I build pipelines. More on https://adaexample.dev", True),
    ("I build pipelines. Message me here.", True),
    ("I build pipelines. I wrote for https://www.fintechmagazine.com last year.", False),
    ("I build pipelines. Read https://github.com/dbt-labs/dbt-core", False),
])
def test_a_way_to_reach_you_is_contact_not_any_link(make_linkedin: Make, run_profile_check: Run,
                                                    text: str, reachable: bool) -> None:
    result = run_profile_check(summary, make_linkedin(summary=text))
    assert ("no-contact" not in result.data["problems"]) is reachable


def test_no_way_to_reach_you_warns(make_linkedin: Make, run_profile_check: Run) -> None:
    text = ("I build and run the data pipelines that analytics teams depend on, and I help "
            "teams that are drowning in one-off SQL scripts turn them into something they can "
            "trust. " * 3)
    result = run_profile_check(summary, make_linkedin(summary=text))
    assert result.outcome is Outcome.WARN
    assert result.data["problems"] == ["no-contact"]
    assert "gives no way to reach you" in result.message
    assert "how to reach you" in result.fix


def test_length_limits_are_options(make_linkedin: Make, run_profile_check: Run) -> None:
    assert run_profile_check(summary, make_linkedin(), max_length=100).data["problems"] == [
        "too-long"]
    assert run_profile_check(summary, make_linkedin(), min_length=2000).data["problems"] == [
        "too-short"]


def test_no_about_section_fails(make_linkedin: Make, run_profile_check: Run) -> None:
    result = run_profile_check(summary, make_linkedin(summary=None, absent={"summary"}))
    assert result.outcome is Outcome.FAIL
    assert result.message == "Your LinkedIn profile has no About section"
    assert "first person" in result.fix


def test_a_blurred_summary_is_unknown_not_missing(make_linkedin: Make,
                                                  run_profile_check: Run) -> None:
    result = run_profile_check(summary, make_linkedin("html", summary=None))
    assert result.outcome is Outcome.ERROR
    assert "blurred" in result.message


def test_blocked_is_an_error(make_blocked: Make, run_profile_check: Run) -> None:
    assert run_profile_check(summary, make_blocked("url")).outcome is Outcome.ERROR


def test_the_us_is_a_place_not_the_first_person(make_linkedin: Make,
                                                run_profile_check: Run) -> None:
    text = THIRD_PERSON.replace("based in Lisbon", "based in the US")
    assert "the US" in text
    result = run_profile_check(summary, make_linkedin(summary=text))
    assert result.data["problems"] == ["not-first-person"]


def test_dedicated_to_providing_solutions_is_not_an_offer(make_linkedin: Make,
                                                          run_profile_check: Run) -> None:
    text = ("I am a results-driven professional dedicated to providing solutions. "
            "Email me: ada@adaexample.dev")
    result = run_profile_check(summary, make_linkedin(summary=text))
    assert "no-offer" in result.data["problems"]


def test_a_first_person_about_section_in_french_is_in_the_first_person(
    make_linkedin: Make, run_profile_check: Run
) -> None:
    text = ("Je suis ingénieure data à Lisbonne. J'aide les équipes produit à fiabiliser leurs "
            "chiffres. Écrivez-moi : ada@adaexample.dev")
    result = run_profile_check(summary, make_linkedin(summary=text))
    assert "not-first-person" not in result.data["problems"]
