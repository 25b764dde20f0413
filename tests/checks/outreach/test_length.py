"""outreach.length: code points against the limit, with emoji counted twice as a warning."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from presence_audit.checks.outreach import length
from presence_audit.core.artifacts import NOTE_ARTIFACT, Artifact
from presence_audit.core.model import Finding, Outcome, Result
from presence_audit.sources.note import NO_NOTE

Lint = Callable[..., Finding]
LintArtifact = Callable[[ModuleType, Artifact], Result]


def test_passes_within_the_limit_and_says_how_much_is_left(lint: Lint) -> None:
    finding = lint(length, "a" * 280)
    assert finding.outcome is Outcome.PASS
    assert finding.message == "280 characters, within the limit of 300 (20 to spare)"
    assert finding.data == {"length": 280, "utf16_length": 280, "limit": 300, "over": 0}


def test_exactly_the_limit_passes_and_one_more_fails(lint: Lint) -> None:
    assert lint(length, "a" * 300).outcome is Outcome.PASS
    assert lint(length, "a" * 301).outcome is Outcome.FAIL


def test_fails_over_the_limit_saying_how_many_to_cut_and_quoting_the_overflow(lint: Lint) -> None:
    note = "x" * 195 + " and this part is cut off"
    finding = lint(length, note, limit=200)
    assert finding.outcome is Outcome.FAIL
    assert finding.message == "220 characters: 20 over the limit of 200 — cut at least 20"
    assert finding.fix.startswith("Cut 20 characters or more")
    assert [e.text for e in finding.evidence] == ['past the limit: "this part is cut off"']
    assert finding.data["over"] == 20


def test_newlines_count_and_windows_line_endings_count_once(lint: Lint) -> None:
    assert lint(length, "a\nb").data["length"] == 3
    assert lint(length, "a\r\nb\rc").data["length"] == 5


def test_surrounding_whitespace_is_not_part_of_the_note(lint: Lint) -> None:
    assert lint(length, "\n\n  Thanks, Ada \n").data["length"] == len("Thanks, Ada")


def test_combining_accents_count_as_the_code_points_they_are(lint: Lint) -> None:
    composed = "Jos\u00e9"  # é as one code point
    decomposed = "Jose\u0301"  # e + combining acute: looks the same, two code points
    assert lint(length, composed).data["length"] == 4
    assert lint(length, decomposed).data["length"] == 5
    assert lint(length, decomposed, limit=4).outcome is Outcome.FAIL


def test_emoji_count_once_but_warn_when_doubling_them_breaks_the_limit(lint: Lint) -> None:
    note = "a" * 198 + "👍"
    assert lint(length, note, limit=201).outcome is Outcome.PASS
    finding = lint(length, note, limit=199)
    assert finding.outcome is Outcome.WARN
    assert finding.score == 0.5
    assert finding.data == {"length": 199, "utf16_length": 200, "limit": 199, "over": 0}
    assert "200 if emoji count twice" in finding.message
    assert finding.evidence[0].text == 'counted twice by some forms: "👍"'


def test_an_emoji_with_a_skin_tone_is_two_code_points(lint: Lint) -> None:
    finding = lint(length, "👍🏽")
    assert finding.data["length"] == 2
    assert finding.data["utf16_length"] == 4


def test_utf16_length_counts_astral_characters_twice() -> None:
    assert length.utf16_length("a☕👋") == 4


def test_a_missing_note_skips(lint_artifact: LintArtifact) -> None:
    result = lint_artifact(length, Artifact.skipped(NOTE_ARTIFACT, "config", NO_NOTE))
    assert result.outcome is Outcome.SKIP
    assert "no note given" in result.message


def test_an_unreadable_note_is_an_error(lint_artifact: LintArtifact) -> None:
    result = lint_artifact(length, Artifact.failed(NOTE_ARTIFACT, "file", "note.txt: not UTF-8"))
    assert result.outcome is Outcome.ERROR
    assert "not UTF-8" in result.message
