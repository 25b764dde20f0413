"""outreach.generic: templates, mass-mail openers, placeholders, flattery and exclamations."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest

from presence_audit.checks.outreach import generic
from presence_audit.core.artifacts import NOTE_ARTIFACT, Artifact
from presence_audit.core.model import Finding, Outcome, Result
from presence_audit.sources.note import NO_NOTE

Lint = Callable[..., Finding]
LintArtifact = Callable[[ModuleType, Artifact], Result]
GOOD = ("Hi Jordan, I enjoyed your post on data contracts. I'm a data engineer in Lisbon. "
        "Could we chat? Thanks, Ada")


def test_passes_a_note_written_for_one_person(lint: Lint) -> None:
    finding = lint(generic, GOOD)
    assert finding.outcome is Outcome.PASS
    assert finding.data == {"templates": [], "mass_openers": [], "placeholders": [],
                            "empty": False, "superlatives": [], "exclamation_marks": 0}


@pytest.mark.parametrize(
    ("note", "key", "found"),
    [
        ("I'd like to add you to my professional network on LinkedIn.", "templates",
         "I'd like to add you to my professional network"),
        ("I’d like to join your LinkedIn network.", "templates",
         "I’d like to join your LinkedIn network"),
        ("Dear Sir or Madam, please connect.", "mass_openers", "Dear Sir or Madam"),
        ("Hi, I came across your profile and was impressed.", "mass_openers",
         "I came across your profile"),
        ("I hope this message finds you well.", "mass_openers",
         "I hope this message finds you well"),
        ("Hi [Name], nice to meet you.", "placeholders", "[Name]"),
        ("Hi [First Name], nice to meet you.", "placeholders", "[First Name]"),
        ("Your work at {company} is great.", "placeholders", "{company}"),
        ("Hi {{first_name}}!", "placeholders", "{{first_name}}"),
        ("Your work at <Company> is great.", "placeholders", "<Company>"),
        ("Hi %FIRSTNAME%, hello.", "placeholders", "%FIRSTNAME%"),
        ("I loved your talk at [EVENT].", "placeholders", "[EVENT]"),
        ("I loved your talk at XXX.", "placeholders", "XXX"),
        ("Estimado [nombre], hola.", "placeholders", "[nombre]"),
        ("Olá, gostaria de adicioná-lo à minha rede profissional.", "templates",
         "gostaria de adicioná-lo à minha rede profissional"),
        ("I work in data. Kindly accept my invitation.", "templates",
         "Kindly accept my invitation"),
        ("I'm a student of FSDA. Please accept to add me to your network.", "templates",
         "Please accept to add me"),
        ("Bonjour, je serais ravi de vous ajouter à mon réseau.", "templates",
         "je serais ravi de vous ajouter à mon réseau"),
        ("Hola, soy analista. Acepta mi solicitud, por favor.", "templates",
         "Acepta mi solicitud"),
        ("Olá, sou analista. Aceite meu convite, por favor.", "templates", "Aceite meu convite"),
        ("Hallo, ich bin Analyst. Nimm meine Anfrage an.", "templates", "Nimm meine Anfrage an"),
        ("Bonjour, j'ai attentivement regardé votre profil, j'ai un poste.", "mass_openers",
         "regardé votre profil"),
        ("Hi, I have gone through your profile and have a role for you.", "mass_openers",
         "gone through your profile"),
        ("Hi, I hope you are doing awesome, would like to discuss an opportunity.",
         "mass_openers", "hope you are doing awesome"),
        ("Happened to go through your profile. I work in banking.", "mass_openers",
         "go through your profile"),
    ],
)
def test_fails_on_template_text(lint: Lint, note: str, key: str, found: str) -> None:
    finding = lint(generic, note)
    assert finding.outcome is Outcome.FAIL
    assert found in finding.data[key]
    assert finding.message.startswith("Reads as a template: ")
    assert any(f'"{found}"' in e.text for e in finding.evidence)


def test_brackets_that_hide_an_address_are_not_placeholders(lint: Lint) -> None:
    assert lint(generic, "ada [at] example [dot] com, example[.]com").data["placeholders"] == []


def test_brackets_around_ordinary_words_are_not_placeholders(lint: Lint) -> None:
    assert lint(generic, GOOD + " [sorry for the short note]").outcome is Outcome.PASS


def test_warns_on_flattery_overload(lint: Lint) -> None:
    note = GOOD.replace("your post", "your amazing, incredible, outstanding post")
    finding = lint(generic, note)
    assert finding.outcome is Outcome.WARN
    assert finding.data["superlatives"] == ["amazing", "incredible", "outstanding"]
    assert finding.message == ('Reads as a pitch: superlative "amazing", "incredible", '
                               '"outstanding"')
    assert lint(generic, note, max_superlatives=3).outcome is Outcome.PASS


@pytest.mark.parametrize("run", ["!!", "?!", "!!!", "¡¡"])
def test_warns_on_exclamation_runs(lint: Lint, run: str) -> None:
    finding = lint(generic, f"Hi Jordan{run} Loved your dbt post. Coffee? Thanks, Ada")
    assert finding.outcome is Outcome.WARN
    assert finding.message.startswith("Reads as a pitch: exclamation marks")


def test_two_separate_exclamation_marks_are_not_over_excitement(lint: Lint) -> None:
    assert lint(generic, "Hi Jordan! Loved your post! Coffee?").outcome is Outcome.PASS


def test_warns_on_too_many_exclamation_marks(lint: Lint) -> None:
    note = "Hi Jordan! Loved your post! Great demo! Coffee soon! Ada"
    finding = lint(generic, note)
    assert finding.outcome is Outcome.WARN
    assert finding.data["exclamation_marks"] == 4
    assert finding.message == 'Reads as a pitch: exclamation marks "4 × !"'
    assert lint(generic, note, max_exclamations=4).outcome is Outcome.PASS


def test_a_failing_note_also_names_the_softer_problems(lint: Lint) -> None:
    finding = lint(generic, "Dear [Name], amazing!!")
    assert finding.outcome is Outcome.FAIL
    assert "; also exclamation marks" in finding.message


def test_a_missing_note_skips(lint_artifact: LintArtifact) -> None:
    result = lint_artifact(generic, Artifact.skipped(NOTE_ARTIFACT, "config", NO_NOTE))
    assert result.outcome is Outcome.SKIP


@pytest.mark.parametrize("note", [
    "Hi Jordan, I hope you're doing well. I lead data at Acme. Coffee? Ada",
    "Hola Jordan, espero que estés bien. Lidero datos en Acme. ¿Un café? Ada",
    "Olá Jordan, espero que esteja bem. Lidero dados na Acme. Um café? Ada",
    "Hallo Jordan, ich hoffe, es geht Ihnen gut. Ich leite Daten bei Acme. Ada",
    "Bonjour Jordan, j'espère que vous allez bien. Je dirige la data chez Acme. Ada",
    # The common wishes for the reader's well-being, not only "hope you are well".
    "Hi Jordan, trust you are doing great. I lead data at Acme. Coffee? Ada",
    "Good morning Jordan, I trust you are well. I lead data at Acme. Coffee? Ada",
    "Hi Jordan, hope your weekend was great. I lead data at Acme. Coffee? Ada",
    "Hi Jordan, I hope you and your family are safe. I lead data at Acme. Ada",
    "Hola Jordan, espero que todo vaya bien. Lidero datos en Acme. ¿Un café? Ada",
    "Hola Jordan, espero que estés muy bien. Lidero datos en Acme. ¿Un café? Ada",
    "Olá Jordan, espero que esteja tudo bem. Lidero dados na Acme. Um café? Ada",
    "Hallo Jordan, ich hoffe, Ihnen geht es gut. Ich leite Daten bei Acme. Ada",
    "Hallo Jordan, ich hoffe, du bist wohlauf. Ich leite Daten bei Acme. Ada",
    "Bonjour Jordan, j'espère que tout va bien. Je dirige la data chez Acme. Ada",
    "Bonjour Jordan, j'espère que vous vous portez bien. Je dirige la data chez Acme. Ada",
])
def test_an_opening_pleasantry_is_a_mass_opener_in_every_language(lint: Lint, note: str) -> None:
    finding = lint(generic, note)
    assert finding.outcome is Outcome.FAIL
    assert finding.data["mass_openers"]


@pytest.mark.parametrize("note", [
    "Hi Jordan, I trust your judgement on dbt tests after your PyData talk. Ada",
    "Hi Jordan, I hope to learn how your team tests models; your post helped me. Ada",
    "Hola Jordan, espero que tu charla en PyData se publique: me ayudó mucho. Ada",
    "Hallo Jordan, ich hoffe, Ihr Vortrag bei der PyData wird veröffentlicht. Ada",
    "Bonjour Jordan, j'espère que votre talk à PyData sera en ligne, il m'a aidée. Ada",
])
def test_a_hope_about_something_else_is_not_a_pleasantry(lint: Lint, note: str) -> None:
    assert lint(generic, note).data["mass_openers"] == []


def test_a_closing_pleasantry_is_not_a_mass_opener(lint: Lint) -> None:
    note = "Hi Jordan, we met at PyData and I loved your talk. Hope all is going well! Ada"
    assert lint(generic, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", ["Hi", ".", "Congratulations", "Let's connect!", "Hola Jordan"])
def test_a_note_with_nothing_to_say_fails(lint: Lint, note: str) -> None:
    finding = lint(generic, note, sender=None)
    assert finding.outcome is Outcome.FAIL
    assert finding.data["empty"] is True


@pytest.mark.parametrize("note", [
    "Hello! I would like to connect with you.",
    "Kindly add me to your connections!",
    "Hola, me gustaría conectar contigo.",
    "Olá! Gostaria de me conectar com você.",
    "Hallo, ich würde mich gerne mit Ihnen vernetzen.",
    "Bonjour, j'aimerais me connecter avec vous.",
    # The name the greeting greets is not content either.
    "Hi Sam, happy to connect with you",
    "Hola Sam, me gustaría conectar contigo.",
    "Olá Sam, gostaria de me conectar com você.",
    "Hallo Sam, ich würde mich gerne mit Ihnen vernetzen.",
    "Bonjour Sam, j'aimerais me connecter avec vous.",
])
def test_a_note_that_only_asks_to_connect_says_nothing(lint: Lint, note: str) -> None:
    finding = lint(generic, note, sender=None)
    assert finding.outcome is Outcome.FAIL
    assert finding.data["empty"] is True


@pytest.mark.parametrize("note", [
    "Hello! I would like to connect with you about dbt tests.",
    "Hola, me gustaría conectar contigo: vi tu charla en PyData.",
    "Bonjour, j'aimerais me connecter avec vous, votre article m'a plu.",
])
def test_a_connect_request_with_anything_else_is_not_empty(lint: Lint, note: str) -> None:
    assert lint(generic, note, sender=None).data["empty"] is False


@pytest.mark.parametrize("note", [
    "Hi Jordan, I have gone through your profile and it impresses me. Ada",
    "Hola Jordan, me topé con tu perfil y me gustó. Ada",
    "Olá Jordan, descobri seu perfil e gostei. Ada",
    "Hallo Jordan, ich bin auf Ihr Profil aufmerksam geworden. Ada",
    "Bonjour Jordan, j'ai découvert votre profil et il m'a plu. Ada",
])
def test_having_looked_at_their_profile_is_a_mass_opener_in_every_language(
        lint: Lint, note: str) -> None:
    finding = lint(generic, note)
    assert finding.outcome is Outcome.FAIL
    assert finding.data["mass_openers"]


@pytest.mark.parametrize("note", [
    "Hi Sam, it's great to connect with you!",
    "Hi Sam, How are you? Hope you & your family is safe and doing well 😊",
    "Hi Sam, It's great connecting with you. How have you been?",
    "Hola Sam, ¿cómo estás? Espero que estés bien.",
    "Olá Sam, tudo bem? Espero que esteja bem.",
    "Hallo Sam, wie geht's? Ich hoffe, es geht Ihnen gut.",
    "Bonjour Sam, comment allez-vous ? J'espère que vous allez bien.",
])
def test_a_note_of_pleasantries_only_says_nothing(lint: Lint, note: str) -> None:
    finding = lint(generic, note, sender=None)
    assert finding.outcome is Outcome.FAIL
    assert finding.data["empty"] is True


@pytest.mark.parametrize("note", [
    "Hi Sam, I found your profile through my brother Pat. I lead data at Acme.",
    "Hi Sam, I found your profile through the Coding Minutes discord server. I lead data.",
    "Hola Sam, encontré tu perfil a través de mi colega Pat. Dirijo datos en Acme.",
    "Olá Sam, encontrei seu perfil através do meu colega Pat. Lidero dados na Acme.",
    "Hallo Sam, ich bin über meinen Kollegen Pat auf Ihr Profil gestoßen. Ich leite Daten.",
    "Bonjour Sam, j'ai trouvé votre profil via mon collègue Pat. Je dirige la data.",
])
def test_a_profile_found_through_someone_named_is_no_mass_opener(lint: Lint, note: str) -> None:
    assert lint(generic, note, sender=None).data["mass_openers"] == []


@pytest.mark.parametrize("note", [
    "Hi Sam, I found your profile through LinkedIn. I lead data at Acme.",
    "Hi Sam, I found your profile through a search. I lead data at Acme.",
    "Bonjour Sam, j'ai trouvé votre profil via LinkedIn. Je dirige la data.",
])
def test_a_profile_found_through_a_site_anyone_uses_is_still_a_mass_opener(
        lint: Lint, note: str) -> None:
    assert lint(generic, note, sender=None).data["mass_openers"]


@pytest.mark.parametrize("note", [
    "Oii dei uma olhada no seu perfil, achei muito interessante. Trabalho com dados.",
    "Olá Sam, sou advogado. Gostaria que aceitasse meu pedido de conexão.",
    "Hola Sam, soy abogado. Te agradecería que aceptes mi solicitud de conexión.",
])
def test_portuguese_and_spanish_stock_lines_are_templates(lint: Lint, note: str) -> None:
    assert lint(generic, note, sender=None).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hola Sam, gracias por aceptar mi solicitud de conexión. Soy desarrollador.",
    "Olá Sam, obrigado por aceitar meu pedido de conexão. Sou desenvolvedor.",
])
def test_thanks_for_accepting_is_no_stock_request(lint: Lint, note: str) -> None:
    assert lint(generic, note, sender=None).data["templates"] == []


@pytest.mark.parametrize("note", [
    "Hola Sam, he visto tu perfil y me parece interesante. Soy ingeniera de datos.",
    "Hola Sam, he revisado su perfil. Soy ingeniera de datos.",
])
def test_the_perfect_tense_of_a_spanish_mass_opener_is_one_too(lint: Lint, note: str) -> None:
    assert lint(generic, note, sender=None).data["mass_openers"]


@pytest.mark.parametrize("note", [
    "Hola Sam, Es un placer añadirte a mi red de contactos.",
    "Bonjour, J'aimerais beaucoup rejoindre votre réseau :)",
    "Olá Sam, tudo bem? Obrigado pela conexão.",
    "Hey Sam, magst du dich nicht mit mir vernetzen?",
    "I'm always looking to build my network and would be delighted to have you in it.",
])
def test_nothing_but_words_that_ask_to_connect_is_no_content_in_every_language(
        lint: Lint, note: str) -> None:
    assert lint(generic, note, sender=None).outcome is Outcome.FAIL
