"""profile.headline: says what you offer, not just where you work."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from presence_audit.checks.profile import headline
from presence_audit.core.artifacts.linkedin import LinkedInProfile
from presence_audit.core.model import Outcome, Result

Make = Callable[..., LinkedInProfile]
Run = Callable[..., Result]


def test_a_headline_that_says_what_you_offer_passes(make_linkedin: Make,
                                                    run_profile_check: Run) -> None:
    result = run_profile_check(headline, make_linkedin())
    assert result.outcome is Outcome.PASS
    assert result.message == ('Your headline says what you do: "Data engineer helping analytics '
                              'teams ship trustworthy pipelines"')
    assert result.data["problems"] == []
    assert result.evidence[0].source == "LinkedIn (data export)"


@pytest.mark.parametrize(("text", "code"), [
    ("", "missing"),
    ("   ", "missing"),
    ("—", "placeholder"),
    ("n/a", "placeholder"),
    ("Student at State University", "generated"),
    ("Attended University of Porto", "generated"),
    ("Estudiante en Universidad Nacional", "generated"),
    ("Étudiant à l'Université de Lyon", "generated"),
    ("Estudante na Universidade do Porto", "generated"),
    ("Student an der TU München", "generated"),
    ("Acme Analytics", "employer-only"),
    ("university of porto", "employer-only"),
    ("Data Engineer", "title-only"),
    ("Ingénieure data", "title-only"),
    ("Desarrolladora web", "title-only"),
    ("Software engineering student", "title-only"),
])
def test_nothing_said_fails(make_linkedin: Make, run_profile_check: Run,
                            text: str, code: str) -> None:
    if code == "missing":
        result = run_profile_check(headline, make_linkedin(headline=text or None,
                                                           absent={"headline"}))
        assert result.outcome is Outcome.FAIL
        return
    result = run_profile_check(headline, make_linkedin(headline=text))
    assert result.outcome is Outcome.FAIL
    assert result.data["problems"] == [code]


@pytest.mark.parametrize("text", [
    "Data Engineer at Acme Analytics",
    "Senior Software Engineer @ Contoso",
    "Data Engineer @Contoso",
    "Consultante Data Scientist chez Acme",
    "Ingeniera de datos en Acme",
    "Engenheira de dados na Acme",
    "Data Engineer bei Acme",
    "Lead Engineer at Acme Analytics",
    "Help Desk Analyst at Acme Analytics",
    "Growth Marketer at Brightside",
])
def test_a_title_at_an_employer_warns_in_every_language(make_linkedin: Make,
                                                       run_profile_check: Run, text: str) -> None:
    result = run_profile_check(headline, make_linkedin(headline=text))
    assert result.outcome is Outcome.WARN
    assert "title-at-employer" in result.data["problems"]


@pytest.mark.parametrize(("text", "code"), [
    ("Acme Analytics", "employer-only"),
    ("university of porto", "employer-only"),
])
def test_only_where_you_work_or_study_fails(make_linkedin: Make, run_profile_check: Run,
                                            text: str, code: str) -> None:
    result = run_profile_check(headline, make_linkedin(headline=text))
    assert result.outcome is Outcome.FAIL
    assert result.data["problems"] == [code]
    assert text in result.message
    assert "for whom" in result.fix


def test_a_title_at_an_employer_that_also_offers_something_is_not_a_bare_title(
    make_linkedin: Make, run_profile_check: Run
) -> None:
    result = run_profile_check(headline, make_linkedin(
        headline="Helping retailers forecast demand at Acme Analytics"))
    assert result.outcome is Outcome.PASS


@pytest.mark.parametrize(("text", "code"), [
    ("Data engineer for startups", "too-short"),
    ("For updates go to my newsletter", "no-offer"),
    ("Born curious and stayed that way", "no-offer"),
    ("DATA ENGINEER HELPING ANALYTICS TEAMS SHIP PIPELINES", "all-caps"),
    ("Data Engineer | Python | SQL | dbt | Airflow | Kafka | Spark", "keyword-stuffing"),
    ("Senior data engineer, analytics platform, Lisbon office", "no-offer"),
])
def test_weak_headlines_warn(make_linkedin: Make, run_profile_check: Run, text: str,
                             code: str) -> None:
    result = run_profile_check(headline, make_linkedin(headline=text))
    assert result.outcome is Outcome.WARN
    assert code in result.data["problems"]
    assert 0.25 <= result.score < 1


def test_a_bare_job_title_fails_as_only_a_title(make_linkedin: Make,
                                                run_profile_check: Run) -> None:
    result = run_profile_check(headline, make_linkedin(headline="Data Engineer"))
    assert result.outcome is Outcome.FAIL
    assert result.data["problems"] == ["title-only"]
    assert result.message == 'Your headline is just a job title: "Data Engineer"'


def test_longer_than_the_limit_warns_with_the_limit_in_the_fix(make_linkedin: Make,
                                                               run_profile_check: Run) -> None:
    long = "I help analytics teams ship trustworthy pipelines. " * 5
    result = run_profile_check(headline, make_linkedin(headline=long.strip()))
    assert result.outcome is Outcome.WARN
    assert result.data["problems"] == ["too-long"]
    assert result.fix.startswith("Shorten it to at most 220 characters.")
    assert run_profile_check(headline, make_linkedin(headline=long.strip()),
                             max_length=300).outcome is Outcome.PASS


def test_no_headline_fails_and_unknown_headline_is_an_error(
    make_linkedin: Make, run_profile_check: Run
) -> None:
    missing = run_profile_check(headline, make_linkedin("html", headline=None,
                                                        absent={"headline"}))
    assert missing.outcome is Outcome.FAIL
    assert missing.data["problems"] == ["missing"]
    unknown = run_profile_check(headline, make_linkedin("html", headline=None))
    assert unknown.outcome is Outcome.ERROR
    assert "saved page did not show it" in unknown.message


def test_blocked_is_an_error_never_a_fail(make_blocked: Make, run_profile_check: Run) -> None:
    result = run_profile_check(headline, make_blocked("url"))
    assert result.outcome is Outcome.ERROR
    assert "999" in result.message
