"""outreach.sign-off: a thank-you or sign-off and the sender's name in the ending."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest

from presence_audit.checks.outreach import sign_off
from presence_audit.core.artifacts import NOTE_ARTIFACT, Artifact
from presence_audit.core.model import Finding, Outcome, Result
from presence_audit.sources.note import NO_NOTE

Lint = Callable[..., Finding]
LintArtifact = Callable[[ModuleType, Artifact], Result]
BODY = "Hi Jordan, we overlapped at Acme. Would you be up for a short call? "


@pytest.mark.parametrize(
    ("ending", "sign", "name"),
    [
        ("Thanks, Ada", "Thanks", "Ada"),
        ("Best,\nAda", "Best", "Ada"),
        ("Thank you — Ada Example", "Thank you", "Example"),
        ("Looking forward to it. Ada", "Looking forward", "Ada"),
        ("Obrigada, Ada", "Obrigada", "Ada"),
        ("Viele Grüße\nAda", "Viele Grüße", "Ada"),
        ("thanks, ada", "thanks", "ada"),
        ("kr Ada", "kr", "Ada"),
        ("Have a great day,\nAda", "Have a great day", "Ada"),
        ("Belle journée, Ada", "Belle journée", "Ada"),
        ("Tenha um bom dia, Ada", "Tenha um bom dia", "Ada"),
        ("Einen schönen Tag, Ada", "Einen schönen Tag", "Ada"),
    ],
)
def test_passes_with_a_sign_off_and_the_name(lint: Lint, ending: str, sign: str,
                                              name: str) -> None:
    finding = lint(sign_off, BODY + ending)
    assert finding.outcome is Outcome.PASS
    assert finding.data == {"sign_off": sign, "name": name, "sender_name": "Ada Example"}
    assert finding.message == f'Ends with "{sign}" and your name ({name})'


def test_accents_in_the_name_are_ignored(lint: Lint) -> None:
    finding = lint(sign_off, BODY + "Obrigado, Joao", sender="João Silva")
    assert finding.outcome is Outcome.PASS
    assert finding.data["name"] == "Joao"


def test_warns_without_the_name(lint: Lint) -> None:
    finding = lint(sign_off, BODY + "Thanks!")
    assert finding.outcome is Outcome.WARN
    assert finding.message == 'Ends with a thank-you ("Thanks") but not your name (Ada Example)'
    assert finding.fix == 'Sign with your name after the thank-you: "Thanks, Ada".'
    assert finding.evidence[0].text.startswith("ending: ")


def test_warns_without_the_thank_you(lint: Lint) -> None:
    finding = lint(sign_off, BODY + "— Ada")
    assert finding.outcome is Outcome.WARN
    assert finding.fix == 'Add a thank-you before your name: "Thanks, Ada".'


def test_warns_at_most_with_neither(lint: Lint) -> None:
    # LinkedIn shows the sender's name and photo beside the note: a missing sign-off is worth
    # improving, never a failure.
    finding = lint(sign_off, BODY.strip())
    assert finding.outcome is Outcome.WARN
    assert finding.data["sign_off"] is None and finding.data["name"] is None
    assert "Thanks, Ada" in finding.fix


def test_a_thank_you_early_in_a_long_note_is_not_the_ending(lint: Lint) -> None:
    note = "Thanks for your talk, Ada here. " + "x" * 100 + " Could we chat?"
    assert lint(sign_off, note).outcome is Outcome.WARN


@pytest.mark.parametrize(
    "ending",
    ["Could we chat about best practices for dbt? Ada",
     "Any thoughts on what regards the testing side? Ada"],
)
def test_a_sign_off_word_inside_a_sentence_is_not_a_sign_off(lint: Lint, ending: str) -> None:
    finding = lint(sign_off, "Hi Jordan, I'm a data engineer. " + ending)
    assert finding.outcome is Outcome.WARN
    assert finding.data["sign_off"] is None
    assert finding.message == "Ends with your name (Ada) but no thank-you or sign-off"


def test_a_sign_off_may_follow_a_word_or_two(lint: Lint) -> None:
    finding = lint(sign_off, BODY + "I really appreciate it. Ada")
    assert finding.outcome is Outcome.PASS
    assert finding.data["sign_off"] == "appreciate it"


def test_the_ending_length_is_an_option(lint: Lint) -> None:
    note = "Thanks, Ada. I also loved the slides you shared after the meetup, by the way."
    assert lint(sign_off, note, ending=30).outcome is Outcome.WARN
    assert lint(sign_off, note, ending=80).outcome is Outcome.PASS


def test_without_a_sender_name_a_capitalised_word_after_the_sign_off_counts(lint: Lint) -> None:
    finding = lint(sign_off, BODY + "Cheers, Ada", sender=None)
    assert finding.outcome is Outcome.PASS
    assert finding.data == {"sign_off": "Cheers", "name": "Ada", "sender_name": None}
    assert "--name" in finding.message


def test_without_a_sender_name_a_bare_thank_you_warns(lint: Lint) -> None:
    finding = lint(sign_off, BODY + "Thanks!", sender=None)
    assert finding.outcome is Outcome.WARN
    assert lint(sign_off, BODY.strip(), sender=None).outcome is Outcome.WARN


def test_a_missing_note_skips(lint_artifact: LintArtifact) -> None:
    result = lint_artifact(sign_off, Artifact.skipped(NOTE_ARTIFACT, "config", NO_NOTE))
    assert result.outcome is Outcome.SKIP


@pytest.mark.parametrize(
    ("sender", "ending"),
    [
        ("Geoffrey Hinton", "Thanks, Geoff"),
        ("Katherine Lee", "Best, Kate"),
        ("Edward Phelps", "Cheers Ed"),
        ("Bhargav Rao", "Thanks & Regards Bhargav"),
        ("María José Pérez", "Saludos, María José"),
        ("João da Silva", "Abraços, João"),
        ("Lena von Berg", "Viele Grüße Lena"),
        ("Camille Dubois", "Bien à vous, Camille"),
    ],
)
def test_short_forms_ampersands_and_no_comma_sign(lint: Lint, sender: str, ending: str) -> None:
    assert lint(sign_off, BODY + ending, sender=sender).outcome is Outcome.PASS


def test_a_name_particle_is_never_the_name(lint: Lint) -> None:
    note = BODY + "Fico à disposição para falar de dados."
    finding = lint(sign_off, note, sender="Mauricio Esquivel de Siqueira")
    assert finding.outcome is Outcome.WARN
    assert finding.data["name"] is None


@pytest.mark.parametrize(("ending", "sender"), [
    ("Thanks, Ada. P.S. I also loved the slides you shared after the meetup.", "Ada Example"),
    ("Regards, Ada.  (Note: my profile has more about the project I mentioned above)", "Ada"),
    ("Saludos, Ada. PD: te dejo también el enlace a mi repositorio de ejemplos", "Ada"),
    ("Abraço, Ada. Obs.: também posso mandar o material da palestra se quiser", "Ada"),
    ("Viele Grüße, Ada. PS: Die Folien vom Treffen schicke ich gerne auch noch", "Ada"),
    ("Bien à vous, Ada. P.-S. : je peux aussi vous envoyer les diapositives", "Ada"),
])
def test_a_postscript_after_the_signature_does_not_hide_it(
        lint: Lint, ending: str, sender: str) -> None:
    assert lint(sign_off, BODY + ending, sender=sender).outcome is Outcome.PASS


@pytest.mark.parametrize(("ending", "sender"), [
    ("Best regards, [Pavan sai]", "Pavansai"),
    ("Best regards, Pavansai", "Pavan Sai"),
    ("Thanks, Dina", "Dinakaran"),
    ("Reach us ,  Thanks Yasmin", "Yasmin"),
    ("Greetings, Aditya", "Aditya"),
    ("Good Luck  Akhilesh", "Akhilesh"),
    ("Mucha suerte, Ana", "Ana"),
    ("Boa sorte, Ana", "Ana"),
    ("Herzlichst Mato", "Mato"),
    ("Bonne continuation, Léa", "Léa"),
])
def test_more_ways_to_sign(lint: Lint, ending: str, sender: str) -> None:
    assert lint(sign_off, BODY + ending, sender=sender).outcome is Outcome.PASS


def test_a_name_part_is_not_found_inside_another_word(lint: Lint) -> None:
    # "Dina" is a short form of Dinakaran; "Din" is too short to be one.
    assert lint(sign_off, BODY + "Thanks, Din", sender="Dinakaran").outcome is Outcome.WARN


def test_a_sign_off_right_before_the_name_counts_where_the_ending_starts_after_it(
        lint: Lint) -> None:
    note = BODY + "Many thanks, Ada, Talent Partner, Acme"
    assert lint(sign_off, note, sender="Ada", ending=25).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Gracias por aceptar la invitación. ¿Cómo va todo en Acme?",
    "Thanks for connecting! How are things at Acme?",
])
def test_a_name_inside_a_last_question_is_no_signature(lint: Lint, note: str) -> None:
    finding = lint(sign_off, note, sender=None)
    assert finding.outcome is Outcome.WARN
    assert finding.data["name"] is None


def test_a_site_after_a_thank_you_is_no_signature(lint: Lint) -> None:
    finding = lint(sign_off, "Sam, merci de m'ajouter à votre réseau LinkedIn", sender=None)
    assert finding.outcome is Outcome.WARN
    assert finding.data["name"] is None
