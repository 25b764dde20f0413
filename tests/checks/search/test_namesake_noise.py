"""search.namesake-noise: namesakes outnumbering the results about you on page 1."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from presence_audit.checks.search import namesake_noise
from presence_audit.core.model import Finding, JSONDict, Outcome, Subject

Run = Callable[..., Finding]
Described = Callable[..., JSONDict]
Serp = Callable[..., JSONDict]

MINE = [
    ("https://adaexample.dev/", "Ada Example — Data engineer", ""),
    ("https://www.linkedin.com/in/ada-example", "Ada Example | LinkedIn", ""),
    ("https://meetup.example/talk", "Ada Example at Lisbon Data", "Acme Analytics"),
]
OTHERS = [
    ("https://painter.example/", "Ada Example | Painter | Melbourne", "oil landscapes"),
    ("https://dentist.example/dr-ada", "Dr Ada Example - Dentist in Brighton", ""),
    ("https://www.legacy.com/obituaries/ada-example", "Ada Example Obituary", "Springfield"),
    ("https://au.linkedin.com/in/ada-example-7b3", "Ada Example - Melbourne", "Painter"),
]
NOISE = [("https://ada.gov/", "ADA compliance", "")]


def test_passes_when_you_outnumber_namesakes(check_serps: Run, described_list: Described) -> None:
    finding = check_serps(namesake_noise, [
        described_list("duckduckgo", *MINE, *OTHERS[:2], *NOISE),
        described_list("brave", *OTHERS[:1], *MINE),
    ])
    assert finding.outcome is Outcome.PASS
    assert finding.message == ("Results about you outnumber namesakes on every engine measured "
                               "— duckduckgo: 2 namesakes, 3 about you · brave: 1 namesake, "
                               "3 about you")
    assert finding.data["counts"] == {"duckduckgo": {"Ada Example": {"yours": 3, "namesakes": 2}},
                                      "brave": {"Ada Example": {"yours": 3, "namesakes": 1}}}
    assert [n["url"] for n in finding.data["namesakes"]["duckduckgo"]["Ada Example"]] == [
        "https://painter.example/", "https://dentist.example/dr-ada"]
    assert finding.data["engines"] == {"duckduckgo": "pass", "brave": "pass"}


def test_warns_with_the_namesakes_and_a_qualifier(
    check_serps: Run, described_list: Described
) -> None:
    finding = check_serps(namesake_noise, [
        described_list("duckduckgo", *MINE, *OTHERS[:1]),
        described_list("brave", *OTHERS, MINE[0]),
    ])
    assert finding.outcome is Outcome.WARN
    assert finding.message.startswith("Namesakes outnumber you on brave — ")
    assert finding.score == 0.5
    assert '"Ada Example, data engineer"' in finding.fix
    assert finding.data["qualifier"] == "Ada Example, data engineer"
    brave = [e for e in finding.evidence if e.source == "brave"]
    assert [e.url for e in brave] == [url for url, _, _ in OTHERS]
    assert "nothing of yours" in brave[0].text
    assert finding.data["engines"] == {"duckduckgo": "pass", "brave": "fail"}


def test_fails_when_namesakes_win_everywhere_and_shows_the_qualified_query_helps(
    check_serps: Run, described_list: Described
) -> None:
    qualified = {"query": "Ada Example data engineer", "template": "{name} {profession}"}
    finding = check_serps(namesake_noise, [
        described_list("duckduckgo", *OTHERS, MINE[0]),
        described_list("brave", *OTHERS[:2], *NOISE),
        described_list("duckduckgo", *MINE, **qualified),
        described_list("brave", *OTHERS, **qualified),
    ])
    assert finding.outcome is Outcome.FAIL
    assert finding.score is None
    assert "namesakes no longer outnumber you on duckduckgo" in finding.fix
    assert "brave" not in finding.fix.split("outnumber you on")[1]


def test_an_alias_with_a_middle_initial_is_the_qualifier(
    check_serps: Run, described_list: Described, ada: Subject
) -> None:
    finding = check_serps(namesake_noise, [described_list("brave", *OTHERS)],
                          subject=replace(ada, aliases=("A. Example", "Ada B. Example")))
    assert finding.data["qualifier"] == "Ada B. Example"
    assert '"Ada B. Example"' in finding.fix


def test_results_marked_not_me_are_namesakes(
    check_serps: Run, described_list: Described, ada: Subject
) -> None:
    finding = check_serps(namesake_noise, [
        described_list("brave", ("https://ada.example/", "Ada Example, Lisbon", ""), MINE[0]),
    ], subject=replace(ada, not_me=("ada.example",)))
    assert finding.data["counts"]["brave"]["Ada Example"] == {"yours": 1, "namesakes": 1}
    assert "not_me: ada.example" in finding.evidence[0].text


def test_the_median_of_samples_is_judged(check_serps: Run, described_list: Described) -> None:
    finding = check_serps(namesake_noise, [
        described_list("brave", *OTHERS, sample=1),
        described_list("brave", *MINE, sample=2),
        described_list("brave", *MINE, sample=3),
    ])
    assert finding.outcome is Outcome.PASS
    assert finding.data["counts"]["brave"]["Ada Example"] == {"yours": 3, "namesakes": 0}


def test_an_engine_that_failed_is_named_not_counted(
    check_serps: Run, described_list: Described, serp_list: Serp
) -> None:
    finding = check_serps(namesake_noise, [
        described_list("duckduckgo", *MINE),
        serp_list("brave", error=("blocked", "empty page")),
    ])
    assert finding.outcome is Outcome.PASS
    assert finding.message.endswith("could not measure on brave: blocked — empty page")
    assert finding.data["engines"] == {"duckduckgo": "pass", "brave": "error"}


def test_error_when_nothing_could_be_measured(check_serps: Run, serp_list: Serp) -> None:
    finding = check_serps(namesake_noise, [serp_list("brave", error=("timeout", "slow"))])
    assert finding.outcome is Outcome.ERROR


def test_skips_when_nothing_tells_you_apart(check_serps: Run, described_list: Described) -> None:
    finding = check_serps(namesake_noise, [described_list("brave", *OTHERS)],
                          subject=Subject(name="Ada Example",
                                          portfolio_url="https://adaexample.dev"))
    assert finding.outcome is Outcome.SKIP
    assert "person.profession" in finding.message


def test_the_demo_persona_warns_on_brave(check_serps: Run, demo_lists: list[JSONDict]) -> None:
    from presence_audit.demo import load_demo_config

    finding = check_serps(namesake_noise, demo_lists,
                          subject=load_demo_config().config.subject())
    assert finding.outcome is Outcome.WARN
    assert finding.data["engines"] == {"duckduckgo": "pass", "brave": "fail"}
    brave = finding.data["namesakes"]["brave"]["Ada Example"]
    assert "https://github.com/adaexample" in [n["url"] for n in brave]


def test_results_with_no_evidence_either_way_are_not_counted_as_namesakes(
    check_serps: Run, described_list: Described
) -> None:
    unsure = [("https://people.example/ada", "Ada Example", "Profile and photos"),
              ("https://dir.example/ae", "Ada Example - Directory", ""),
              ("https://x.example/ada", "Ada Example (@ada)", "")]
    finding = check_serps(namesake_noise, [described_list("duckduckgo", *MINE[:1], *unsure)])
    assert finding.outcome is Outcome.PASS
    assert finding.data["counts"] == {"duckduckgo": {"Ada Example": {"yours": 1, "namesakes": 0}}}
