"""outreach.context: a compliment or shared context in the opening, not a stock line."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest

from presence_audit.checks.outreach import context
from presence_audit.core.artifacts import NOTE_ARTIFACT, Artifact
from presence_audit.core.model import Finding, Outcome, Result
from presence_audit.sources.note import NO_NOTE

Lint = Callable[..., Finding]
LintArtifact = Callable[[ModuleType, Artifact], Result]
REST = " I'm a data engineer in Lisbon. Could we chat? Thanks, Ada"


@pytest.mark.parametrize(
    ("opening", "kind", "found"),
    [
        ("Hi Jordan, I enjoyed your post on data contracts.", "a compliment", "I enjoyed"),
        ("Hello Marco — fellow University of Porto alum here.", "shared context", "fellow"),
        ("Hi Sam,\nwe met at PyData Lisbon last spring.", "shared context", "we met"),
        ("Dear Priya, Sam suggested I reach out.", "shared context", "suggested I reach out"),
        ("Hi Jordan! We worked at Yahoo at the same time.", "shared context", "We worked"),
        ("Congrats on the new role, Jordan!", "a compliment", "Congrats on"),
        ("Olá Joana, gostei muito da sua palestra.", "a compliment", "gostei muito da sua"),
    ],
)
def test_passes_when_the_opening_has_context(lint: Lint, opening: str, kind: str,
                                             found: str) -> None:
    finding = lint(context, opening + REST)
    assert finding.outcome is Outcome.PASS
    assert finding.message == f'Opens with {kind}: "{found}"'
    assert finding.data["found"] == found


def test_a_short_first_sentence_is_read_with_the_next(lint: Lint) -> None:
    finding = lint(context, "Hi Jordan, quick one. I enjoyed your dbt talk." + REST)
    assert finding.outcome is Outcome.PASS


def test_warns_when_the_context_comes_late(lint: Lint) -> None:
    finding = lint(context, "Hi Jordan, I'm a data engineer in Lisbon. I loved your post on "
                   "testing. Could we chat? Thanks, Ada")
    assert finding.outcome is Outcome.WARN
    assert finding.message == ('Has a compliment ("I loved") but opens with "I\'m a data '
                               'engineer in Lisbon."')
    assert finding.fix.startswith("Move it to the first line")
    assert [e.text for e in finding.evidence] == [
        'opening: "I\'m a data engineer in Lisbon."', '"I loved your post on testing."']


def test_fails_on_a_stock_opening(lint: Lint) -> None:
    finding = lint(context, "Hi Jordan, I'd like to add you to my professional network." + REST)
    assert finding.outcome is Outcome.FAIL
    assert finding.message.startswith(
        'Opens with "I\'d like to add you to my professional network" — a stock line')


def test_fails_without_context(lint: Lint) -> None:
    finding = lint(context, "Hi Jordan, I'm a data engineer in Lisbon. Could we chat? Thanks")
    assert finding.outcome is Outcome.FAIL
    assert finding.message == ('Opens with "I\'m a data engineer in Lisbon." — no compliment '
                               "or shared context")
    assert finding.fix.startswith("Open with one specific line")


def test_shared_context_from_the_target_passes_wherever_it_is_used(lint: Lint) -> None:
    note = "Hi Jordan, I'm a data engineer in Lisbon and was at Acme Analytics too. Chat? Ada"
    finding = lint(context, note, shared=("acme analytics", "University of Porto"))
    assert finding.outcome is Outcome.PASS
    assert finding.message == 'Uses context you share with them: "Acme Analytics"'
    assert finding.data["shared_context_used"] == ["Acme Analytics"]


def test_shared_context_after_a_stock_opening_warns(lint: Lint) -> None:
    note = ("I'd like to add you to my professional network. I'm a data engineer in Lisbon. "
            "Thanks, Ada")
    finding = lint(context, note, shared=("Lisbon",))
    assert finding.outcome is Outcome.WARN
    assert finding.message == ('Uses context you share with them ("Lisbon") but opens with '
                               '"I\'d like to add you to my professional network" — a stock line')
    assert finding.evidence[0].text.startswith('opening: "I\'d like to add you')


def test_unused_shared_context_is_suggested_in_the_fix(lint: Lint) -> None:
    finding = lint(context, "Hi Jordan, I'm a data engineer. Chat? Ada",
                   shared=("Acme Analytics", "Lisbon"))
    assert finding.outcome is Outcome.FAIL
    assert finding.fix.startswith("Open with what you share with them: Acme Analytics, Lisbon.")


def test_a_missing_note_skips(lint_artifact: LintArtifact) -> None:
    result = lint_artifact(context, Artifact.skipped(NOTE_ARTIFACT, "config", NO_NOTE))
    assert result.outcome is Outcome.SKIP


@pytest.mark.parametrize("note", [
    "Hi Jordan, thanks for connecting. If you're looking for a data engineer, I'm around. Ada",
    "Hola Jordan, gracias. Si estás buscando una analista, aquí estoy. Ada",
])
def test_a_supposition_about_the_reader_is_not_context(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Jordan, if by chance your team is hiring analysts, I'd be glad to talk. Ada",
    "Hola Jordan, si en tu equipo surge una vacante, piensa en mí. Ada",
    "Olá Jordan, se por acaso a sua equipe estiver contratando, lembre de mim. Ada",
    "Hallo Jordan, falls Ihr Team Verstärkung sucht, melde ich mich gern. Ada",
    "Bonjour Jordan, si jamais votre équipe recrute, pensez à moi. Ada",
])
def test_the_readers_things_inside_a_condition_are_not_context(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Jordan, if you have a minute: your dbt talk changed how I test. Ada",
    "Hola Jordan, si tienes un momento, tu charla sobre dbt me encantó. Ada",
])
def test_the_condition_ends_with_its_clause(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Jordan, great meeting you at the career fair today. Thanks, Ada",
    "Hi Jordan, it was good to talk at the meetup. Thanks, Ada",
    "Hola Jordan, vi tu publicación sobre dbt. Gracias, Ada",
    "Olá Jordan, vi que você também está participando do evento. Obrigada, Ada",
    "Hallo Jordan, ich folge Ihrer Berichterstattung über Daten. Danke, Ada",
    "Bonjour Jordan, j'ai lu votre article sur dbt. Merci, Ada",
])
def test_an_opening_about_the_reader_or_something_shared_passes_in_every_language(
    lint: Lint, note: str
) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Jordan, I believe your expertise could help our team. Thanks, Ada",
    "Hi Jordan, I'd love to learn about dbt from your perspective. Thanks, Ada",
    "Hola Jordan, me encantaría conocer tu perspectiva sobre dbt. Gracias, Ada",
    "Olá Jordan, adoraria ouvir a sua visão sobre dbt. Obrigada, Ada",
    "Hallo Jordan, Ihre Einschätzung zu dbt würde mir helfen. Danke, Ada",
    "Bonjour Jordan, votre regard sur dbt m'aiderait beaucoup. Merci, Ada",
])
def test_asking_for_the_readers_insight_is_not_context(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.FAIL


def test_what_of_theirs_you_read_is_context_beside_the_request(lint: Lint) -> None:
    finding = lint(context, "Hi Jordan, I'd value your perspective after your dbt talk." + REST)
    assert finding.outcome is Outcome.PASS
    assert finding.data["found"] == "your dbt talk"


@pytest.mark.parametrize(("note", "found"), [
    ("Hi Jordan, not sure we managed to connect at Commerce Roundtable.", "connect at"),
    ("Hi Jordan, we were chatting at the Data Council booth.", "chatting at"),
    ("Hola Jordi, fue bueno verte en la PyConES.", "verte en"),
    ("Olá Joana, foi bom te ver na Python Brasil.", "te ver na"),
    ("Hallo Jonas, schön, Sie beim Data Festival gesehen zu haben.", "Sie beim"),
    ("Bonjour Julie, nous nous sommes croisés au Salon VivaTech.", "croisés au"),
])
def test_meeting_at_a_named_event_is_shared_context(lint: Lint, note: str, found: str) -> None:
    finding = lint(context, note + REST)
    assert finding.outcome is Outcome.PASS
    assert finding.message == f'Opens with shared context: "{found}"'


@pytest.mark.parametrize("note", [
    "Hi Jordan, happy to connect at your convenience.",
    "Hi Jordan, would be great to connect at some point.",
    "Hola Jordi, verte en tantas fotos de datos es curioso.",
    "Hallo Jonas, lass uns auf der nächsten Seite weitermachen.",
])
def test_meeting_words_without_a_named_event_are_not_context(lint: Lint, note: str) -> None:
    assert lint(context, note + REST).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Jordan, since we are in the same industry, I thought we should connect.",
    "Hola Jordan, como estamos en el mismo sector, quise conectar.",
    "Olá Jordan, como atuamos na mesma área, quis me conectar.",
    "Hallo Jordan, da wir in der gleichen Branche sind, wollte ich mich melden.",
    "Bonjour Jordan, comme nous sommes dans le même secteur, je me permets de vous écrire.",
])
def test_working_in_the_same_field_is_not_shared_context(lint: Lint, note: str) -> None:
    assert lint(context, note + " Thanks, Ada").outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Jordan, I'd like to connect since you are a member of the dbt Slack. Ada",
    "Hi Jordan, following up on my earlier message about the meetup. Ada",
    "Hola Jordan, vi que formas parte de la comunidad de dbt. Ada",
    "Olá Jordan, vi que você faz parte da comunidade dbt. Ada",
    "Hallo Jordan, ich sehe, Sie sind Mitglied der dbt-Community. Ada",
    "Bonjour Jordan, je vois que vous faites partie de la communauté dbt. Ada",
])
def test_the_same_group_or_an_earlier_message_is_shared_context(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Jordan, thanks for the like on my post about dbt tests. Ada",
    "Hi Jordan, thank you for commenting on my article yesterday. Ada",
    "Hola Jordan, gracias por tu comentario en mi publicación sobre dbt. Ada",
    "Olá Jordan, obrigada por curtir meu post sobre dbt. Ada",
    "Hallo Jordan, danke für Ihren Kommentar zu meinem Beitrag über dbt. Ada",
    "Bonjour Jordan, merci d'avoir commenté mon article sur dbt. Ada",
])
def test_the_readers_reaction_to_your_post_is_shared_context(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Jordan, I would like to connect with you. Ada",
    "Hola Jordan, me gustaría conectar contigo. Ada",
    "Bonjour Jordan, j'aimerais me connecter avec vous. Ada",
])
def test_liking_to_connect_is_not_a_reaction_to_a_post(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Jordan, saw you speak at PyData Berlin last week. Ada",
    "Hi Jordan, Pat mentioned you are the person to ask about dbt. Ada",
    "Hi Jordan, we were in the same cohort at Le Wagon. Ada",
    "Hi Jordan, I also graduated from TU Delft. Ada",
    "Hi Jordan, thanks for the answer in the dbt Slack. Ada",
    "Hola Jordan, te escuché en la charla de PyData Madrid. Ada",
    "Hola Jordan, estuvimos en la misma promoción del máster. Ada",
    "Olá Jordan, te vi no TDC falando de dados. Ada",
    "Olá Jordan, fomos da mesma turma na USP. Ada",
    "Hallo Jordan, ich habe Sie auf der PyCon sprechen gehört. Ada",
    "Hallo Jordan, wir waren im gleichen Jahrgang an der TU. Ada",
    "Bonjour Jordan, je vous ai entendu à Devoxx. Ada",
    "Bonjour Jordan, nous étions dans la même promo à l'EPITA. Ada",
])
def test_seeing_them_a_mutual_mention_or_the_same_cohort_is_shared_context(
        lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Jordan, I saw you viewed my profile. Ada",
    "Hi Jordan, your name came up in my suggestions. Ada",
    "Hi Jordan, I'm looking for the answer to a dbt question. Ada",
    "Hola Jordan, quedo atenta, espero por tu respuesta. Ada",
    "Bonjour Jordan, merci d'avance pour votre réponse. Ada",
])
def test_a_profile_view_a_suggestion_list_or_an_awaited_answer_is_not_shared_context(lint: Lint,
                                                                   note: str) -> None:
    assert lint(context, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Jordan, I see that you lead the data team at Acme. Ada",
    "Hi Jordan, I found your profile through the dbt Slack community. Ada",
    "Hola Jordan, vi que eres directora de compras en Acme. Ada",
    "Olá Jordan, vi que você é CTO na Acme. Ada",
    "Hallo Jordan, ich sehe, du arbeitest bei Acme. Ada",
    "Bonjour Jordan, je vois que vous dirigez l'IT chez Acme. Ada",
])
def test_what_you_saw_of_the_reader_or_a_shared_community_is_shared_context(
        lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hallo Jordan, ich bin beeindruckt von Ihrem Team. Ada",
    "Bonjour Jordan, vos réflexions sur l'architecture sont captivantes. Ada",
    "Bonjour Jordan, votre commentaire sur la gouvernance m'a interpellé. Ada",
    "Hola Jordan, me impresionó tu charla en PyData. Ada",
    "Olá Jordan, parabéns pela promoção. Ada",
    "Hi Jordan, really excited by all the innovation at Chartboost. Ada",
    "Hi Jordan, kudos on shipping the new pricing page. Ada",
    "Hola Jordan, me fascinó cómo explicaste la arquitectura. Ada",
    "Olá Jordan, fiquei impressionada com o lançamento da semana passada. Ada",
    "Hallo Jordan, fand ich sehr spannend, wie ihr das gelöst habt. Ada",
    "Bonjour Jordan, j'ai beaucoup aimé la démo de mardi. Ada",
    "Hi Jordan, a friend of mine is a big fan of you. Ada",
    "Hi Jordan, I truly admire your work on the payments team. Ada",
    "Hola Jordan, admiro mucho tu trabajo en datos abiertos. Ada",
    "Olá Jordan, admiro muito seu trabalho com dados abertos. Ada",
    "Bonjour Jordan, j'admire beaucoup votre travail sur les données ouvertes. Ada",
])
def test_compliments_in_every_language(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hola Jordan, trabajo en la Comunidad de Madrid. Ada",
    "Bonjour Jordan, je suis actif dans la communauté data. Ada",
])
def test_a_region_or_a_field_called_community_is_not_shared_context(lint: Lint,
                                                                     note: str) -> None:
    assert lint(context, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Jordan, thanks for your interest in the workshop. Ada",
    "Hi Jordan, thanks for endorsing me for data modelling! Ada",
    "Hi Jordan, I notice you are moving into analytics engineering. Ada",
    "Hi Jordan, I found your profile through my colleague Pat. Ada",
    "Hola Jordan, gracias por tu interés en el taller. Ada",
    "Hola Jordan, te encontré a través de mi colega Pat. Ada",
    "Olá Jordan, obrigada pelo seu interesse no workshop. Ada",
    "Olá Jordan, notei que você está a mudar para analytics. Ada",
    "Hallo Jordan, danke für Ihr Interesse am Workshop. Ada",
    "Hallo Jordan, ich habe Sie über meinen Kollegen Pat gefunden. Ada",
    "Bonjour Jordan, merci pour votre intérêt pour l'atelier. Ada",
    "Bonjour Jordan, j'ai remarqué que vous passez à l'analytics. Ada",
])
def test_their_interest_or_endorsement_what_you_notice_or_a_mutual_person_is_context(
        lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Jordan, thanks for connecting. Ada",
    "Hola Jordan, gracias por aceptar mi solicitud. Ada",
    "Olá Jordan, obrigada por aceitar o convite. Ada",
    "Hallo Jordan, danke für die Vernetzung. Ada",
    "Bonjour Jordan, merci d'avoir accepté mon invitation. Ada",
])
def test_thanks_for_connecting_alone_is_not_context(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Jordan, thanks for the talk on dbt tests at PyData. Ada",
    "Hi Jordan, thanks for posting this opportunity. Ada",
    "Hola Jordan, gracias por la charla sobre dbt. Ada",
    "Olá Jordan, obrigado pela palestra sobre dbt. Ada",
    "Hallo Jordan, danke für den spannenden Vortrag über dbt. Ada",
    "Bonjour Jordan, merci pour la présentation sur dbt. Ada",
])
def test_thanks_for_their_talk_or_post_is_context(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Jordan, we share an interest in technology. Ada",
    "Hi Jordan, I see both of us have similar interests. Ada",
    "Hola Jordan, también tengo interés en los datos. Ada",
    "Olá Jordan, também tenho interesse em dados. Ada",
    "Hallo Jordan, wir haben gemeinsame Interessen. Ada",
    "Bonjour Jordan, nous avons aussi une passion pour les données. Ada",
])
def test_a_shared_interest_in_a_field_is_not_context(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Jordan, I saw that we are part of the same Data Science group. Ada",
    "Hola Jordan, formamos parte del mismo grupo de datos. Ada",
    "Olá Jordan, fazemos parte do mesmo grupo de dados. Ada",
    "Hallo Jordan, wir sind in derselben Gruppe für Datenanalyse. Ada",
    "Bonjour Jordan, nous sommes dans le même groupe data. Ada",
])
def test_the_same_group_is_context(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Jordan, we offer staff augmentation to scale your team. Ada",
    "Hi Jordan, our audit could be beneficial for your company. Ada",
    "Hi Jordan, I can add a lot of value to your professional career. Ada",
    "Hi Jordan, could you refer me to openings in your company? Ada",
    "Hola Jordan, podemos ayudar a tu equipo con la migración. Ada",
    "Olá Jordan, podemos ajudar sua equipe com a migração. Ada",
    "Hallo Jordan, wir bieten an, Ihr Team bei der Migration zu unterstützen. Ada",
    "Bonjour Jordan, nous pouvons accompagner votre équipe sur la migration. Ada",
])
def test_their_team_as_the_target_of_an_offer_or_a_request_is_not_context(
        lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Jordan, your team's talk on dbt helped us a lot. Ada",
    "Hi Jordan, I loved the migration guide your team published. Ada",
])
def test_their_team_named_for_what_it_did_is_still_context(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize(("note", "outcome"), [
    ("Hi Jordan, nice to meet you. I'm a data engineer. Ada", Outcome.FAIL),
    ("Hi Jordan, nice to meet you on LinkedIn. Ada", Outcome.FAIL),
    ("Hi Jordan, it was nice to meet you at PyData. Ada", Outcome.PASS),
    ("Hi Jordan, great to meet you today at the career fair. Ada", Outcome.PASS),
    ("Hi Jordan, great meeting you at the career fair. Ada", Outcome.PASS),
])
def test_nice_to_meet_you_is_a_greeting_unless_it_says_when_or_where(
        lint: Lint, note: str, outcome: Outcome) -> None:
    assert lint(context, note).outcome is outcome


def test_a_reference_in_a_condition_after_in_case_is_not_context(lint: Lint) -> None:
    note = "Hi Jordan, I build bots. Feel free to reply in case your answer is yes. Ada"
    assert lint(context, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Connecting with you through LGM-SOC'21",
    "Hi Jordan, a friend from SUSE :)",
    "Hola Jordan, te encontré a través de PyData Madrid. Ada",
    "Olá Jordan, te conheci através do Women in Data. Ada",
    "Hallo Jordan, wir kennen uns über Data Council. Ada",
    "Bonjour Jordan, je vous ai trouvé via Data Club Paris. Ada",
])
def test_finding_them_through_a_named_programme_or_group_is_context(
        lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Jordan, connecting with you through LinkedIn. Ada",
    "Hi Jordan, I found you through Google. Ada",
    "Hola Jordan, te encontré a través de LinkedIn. Ada",
    "Hallo Jordan, wir sind über XING vernetzt. Ada",
    "Bonjour Jordan, je vous ai trouvé via LinkedIn. Ada",
])
def test_finding_them_on_a_site_anyone_uses_is_not_context(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Jordan, I saw you answered my poll on data contracts. Ada",
    "Hola Jordan, vi que respondiste mi encuesta sobre dbt. Ada",
    "Olá Jordan, vi que respondeu minha enquete sobre dbt. Ada",
    "Hallo Jordan, Sie haben auf meine Umfrage geantwortet. Ada",
    "Bonjour Jordan, vous avez répondu à mon sondage sur dbt. Ada",
])
def test_their_answer_to_your_poll_is_context(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hola Jordan, soy Juan, alumno suyo de la FRSN. Ada",
    "Olá Jordan, fui seu aluno na USP. Ada",
    "Hi Jordan, long time no see! Ada",
    "Hallo Jordan, schön, dich getroffen zu haben! Ada",
    "Bonjour Jordan, ça fait longtemps ! Ada",
])
def test_a_former_student_or_an_old_acquaintance_is_context(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


def test_what_you_saw_of_them_in_spanish_later_in_the_note_warns(lint: Lint) -> None:
    note = "Hola Jordan, ¿cómo estás? Gracias por conectar. Vi que hiciste cursos de datos. Ada"
    assert lint(context, note).outcome is Outcome.WARN


@pytest.mark.parametrize("note", [
    "Hi Jordan, I saw you're in the software development space. Ada",
    "Hey Jordan, noticed we share a similar stack. Ada",
    "Hola Jordan, vi que estás en el sector de la logística. Ada",
])
def test_working_in_the_same_field_is_not_context(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Jordan, I loved the talk you gave at PyData. Ada",
    "Hola Jordan, me gustó la charla que diste en PyConES. Ada",
    "Olá Jordan, gostei da publicação que você fez sobre dbt. Ada",
    "Hallo Jordan, danke für den Beitrag. Der Vortrag, den Sie gehalten haben, war gut. Ada",
    "Bonjour Jordan, j'ai aimé le post que vous avez partagé sur dbt. Ada",
])
def test_their_work_named_by_what_they_did_is_context(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


def test_a_role_offered_to_them_is_not_their_work(lint: Lint) -> None:
    note = "Hi Jordan, I am recruiting for a quant role you might like. Ada"
    assert lint(context, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Jordan, thank you for your engagement on my post. Ada",
    "Hi Jordan, it looks like Pat connected us today. Ada",
    "Olá Jordan, vi seu perfil através do Pat, que compartilhou um comentário seu. Ada",
])
def test_their_reaction_a_mutual_introduction_or_how_you_found_them_is_context(
        lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Olá Jordan, não nos conhecemos pessoalmente. Ada",
    "Hi Jordan, we have not met yet. Ada",
    "Hallo Jordan, wir haben nicht zusammengearbeitet. Ada",
])
def test_a_negated_meeting_is_not_context(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Jordan, I saw u were a data intern at Acme. Ada",
    "Hi Jordan, I noticed on Slack that your team moved to dbt. Ada",
    "Hola Jordan, vi que eres CTO en Acme. Ada",
    "Olá Jordan, vi que você lidera a equipe de dados da Acme. Ada",
    "Hallo Jordan, ich habe gesehen, dass Sie bei Acme arbeiten. Ada",
    "Bonjour Jordan, j'ai vu que vous dirigez l'équipe data d'Acme. Ada",
])
def test_what_you_saw_read_or_heard_of_them_is_context_in_every_language(
        lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Jordan, I came across you on LinkedIn. Ada",
    "Hi Jordan, I noticed you visited my profile. Ada",
    "Hi Jordan, I saw your profile. Ada",
    "Hi Jordan, your profile stood out. Open to connecting?",
    "Hola Jordan, vi tu perfil en LinkedIn. Ada",
    "Bonjour Jordan, j'ai vu votre profil. Ada",
    "Hi Jordan, I saw you're also a data enthusiast like me. Ada",
])
def test_seeing_their_profile_them_on_a_site_or_a_shared_passion_is_not_context(
        lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Jordan, I am your student from the Data Analytics course. Ada",
    "Hi Jordan, as your Acme rep for Lisbon, I thought we should connect. Ada",
    "Hi Jordan, I'm a student from your 'Fullstack Data Analytics 2.0' course. Ada",
    "Hola Jordan, soy tu alumna del curso de datos. Ada",
    "Olá Jordan, sou seu aluno do curso de dados. Ada",
    "Hallo Jordan, ich bin Ihr Ansprechpartner bei Acme. Ada",
    "Bonjour Jordan, je suis votre étudiante du cours data. Ada",
])
def test_what_you_are_to_them_is_context_in_every_language(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Jordan, thank you for the call today, very helpful. Ada",
    "Hi Jordan, thanks for our quick chat at lunch. Ada",
    "Hola Jordan, muchas gracias por la llamada de ayer. Ada",
    "Olá Jordan, obrigado pela conversa de hoje. Ada",
    "Hallo Jordan, danke für das nette Gespräch heute. Ada",
    "Bonjour Jordan, merci pour l'appel de ce matin. Ada",
])
def test_thanks_for_a_conversation_you_had_is_context(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Jordan, thanks for considering a call. Ada",
    "Hi Jordan, thank you for your time. Ada",
])
def test_thanks_for_what_is_not_a_conversation_you_had_is_not_context(
        lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Jordan, I'm also pursuing the MSc in Data Science at Bits. Ada",
    "Hi Jordan, I applied to the data engineer role at Acme. Ada",
])
def test_the_same_programme_or_their_opening_you_applied_to_is_context(
        lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


def test_applying_to_companies_in_general_is_not_context(lint: Lint) -> None:
    note = "Hi Jordan, I'm a data analyst who has applied to various companies. Ada"
    assert lint(context, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Jordan, we know each other from the Lisbon data meetup. Ada",
    "Hola Jordan, nos conocemos de la universidad. Ada",
    "Olá Jordan, nos conhecemos na faculdade. Ada",
    "Hallo Jordan, wir kennen uns aus dem Studium. Ada",
    "Bonjour Jordan, on se connaît depuis l'école. Ada",
])
def test_knowing_each_other_is_context_in_every_language(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Jordan, thank you for sharing your story at the meetup today. Ada",
    "Hola Jordan, gracias por compartir tu experiencia en la charla. Ada",
    "Olá Jordan, obrigado por compartilhar sua experiência no evento. Ada",
    "Hallo Jordan, danke fürs Teilen deiner Erfahrungen. Ada",
    "Bonjour Jordan, merci pour le partage de votre expérience. Ada",
])
def test_thanks_for_sharing_is_context_in_every_language(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Jordan, I noticed that we're connected to some of the same people. Ada",
    "Hallo Jordan, ich habe gesehen, dass wir beide bei Acme waren. Ada",
    "Bonjour Jordan, j'ai vu que nous étions tous les deux à l'EPITA. Ada",
])
def test_what_you_saw_of_the_two_of_you_is_context(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


def test_how_you_got_their_contact_through_a_named_group_is_context(lint: Lint) -> None:
    note = "Hi Jordan, I got your contact from the WomenTech Network Slack. Ada"
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Jordan, can see that you have moved from banking to software. Ada",
    "Hi Jordan, I've been using your mautrix bridge for Teams. Ada",
    "Pleasure to find you as a paytm intern. Can you share how you got in?",
    "Hola Jordan, he usado tu librería de dbt en producción. Ada",
    "Olá Jordan, usei sua biblioteca de testes no meu projeto. Ada",
    "Hallo Jordan, ich nutze Ihre Bibliothek seit einem Jahr. Ada",
    "Bonjour Jordan, j'utilise votre bibliothèque depuis un an. Ada",
])
def test_having_seen_or_used_their_work_is_context(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "I am your fan, accept me pls",
    "Hi Jordan, I am from Odisha too. Ada",
    "Hola Jordan, también soy de Rosario. Ada",
    "Olá Jordan, também sou de Recife. Ada",
    "Hallo Jordan, ich komme auch aus Köln. Ada",
    "Bonjour Jordan, je suis aussi de Lyon. Ada",
])
def test_being_their_fan_or_from_the_same_place_is_context(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Jordan, I'm a student of your batch at Acme Academy. Ada",
    "Hi Jordan, I am a big fan of yours since the PyData talk. Ada",
    "Hola Jordan, soy alumna de tu curso de datos. Ada",
    "Olá Jordan, sou aluno do seu curso de dados. Ada",
    "Hallo Jordan, ich bin ein Fan von Ihnen seit dem Vortrag. Ada",
    "Bonjour Jordan, je suis étudiante de votre cours data. Ada",
])
def test_what_you_are_to_them_tied_by_of_is_context_in_every_language(
        lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Jordan, I came across Acme Robotics's website last week. Ada",
    "Hi Jordan, I've seen Acme is looking for data engineers. Ada",
    "Hi Jordan, I came across the Acme blog on pricing. Ada",
    "Hola Jordan, conocí Acme en la feria de Lima. Ada",
    "Olá Jordan, conheci a Acme pelo blog de vocês. Ada",
    "Bonjour Jordan, j'ai découvert Acme grâce à un ami. Ada",
])
def test_their_company_or_product_named_after_a_verb_of_seeing_is_context(
        lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Jordan, I came across LinkedIn Learning last week. Ada",
    "Hi Jordan, we use Jira and Confluence every day. Ada",
    "Hi Jordan, it is hard to find Python developers these days. Ada",
    "Hi Jordan, I learned SQL last year. Ada",
    "Hi Jordan, I saw I could write to you here. Ada",
    "Hola Jordan, uso Excel todos los días. Ada",
    "Bonjour Jordan, j'utilise Excel tous les jours. Ada",
])
def test_a_platform_a_tool_you_use_or_a_lower_case_word_is_not_a_name_you_saw(
        lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Jordan, I am attending the data analytics boot camp 2.0 this month. Ada",
    "Hi Jordan, I got selected for the SUSE Cloud Scholarship Program. Ada",
    "Hola Jordan, participé en el evento de datos de Acme. Ada",
    "Olá Jordan, participei do evento de dados da Acme. Ada",
    "Hallo Jordan, ich habe an der Konferenz in Berlin teilgenommen. Ada",
    "Bonjour Jordan, j'ai participé à la conférence data de Lyon. Ada",
])
def test_taking_part_in_an_event_or_programme_is_context_in_every_language(
        lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Jordan, we host seminars on Flutter every month. Ada",
    "Hi Jordan, I plan to pursue a data science program next year. Ada",
    "Hi Jordan, I am attending my first seminar on Flutter. Ada",
    "Hola Jordan, participé en nuestro evento anual. Ada",
    "Bonjour Jordan, j'ai participé à notre programme interne. Ada",
])
def test_hosting_planning_or_your_own_event_is_not_taking_part_in_a_shared_one(
        lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Jordan, please how did you go about getting this certification? Ada",
    "Hi Jordan, were you the teacher of MAT 364 at SDU? Ada",
    "Hola Jordan, ¿dónde estudiaste ciencia de datos? Ada",
    "Olá Jordan, você estudou na USP? Ada",
    "Hallo Jordan, waren Sie 2019 bei der PyCon in Berlin? Ada",
    "Bonjour Jordan, étiez-vous à la conférence data de Lyon ? Ada",
])
def test_a_question_about_what_they_did_or_were_is_context_in_every_language(
        lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Jordan, did you know that most teams waste a day a week? Ada",
    "Hi Jordan, did you have a good weekend? Ada",
    "Hi Jordan, I wonder what you did not like. Ada",
    "Hola Jordan, ¿sabías que la mitad de los equipos pierde datos? Ada",
    "Olá Jordan, você sabia que metade das equipes perde dados? Ada",
    "Hallo Jordan, wussten Sie, dass die Hälfte der Teams Daten verliert? Ada",
    "Bonjour Jordan, saviez-vous que la moitié des équipes perd des données ? Ada",
])
def test_a_rhetorical_or_small_talk_question_is_not_about_them(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hola Jordan, vi que empezaste en Producto en Acme. Ada",
    "Hola Jordan, noté que trabajaste en Acme. Ada",
])
def test_a_verb_whose_ending_says_you_is_what_you_saw_of_them(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


def test_a_short_word_with_the_same_ending_is_not_the_reader(lint: Lint) -> None:
    assert lint(context, "Hola Jordan, vi que existe una vacante. Ada").outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Thanks Jordan for the call today, very helpful. Ada",
    "Thanks, Jordan, for requesting my proposal. Ada",
    "Gracias Jordan por la llamada de ayer. Ada",
    "Obrigado Jordan pela conversa de hoje. Ada",
    "Danke Jordan für das nette Gespräch heute. Ada",
    "Merci Jordan pour l'appel de ce matin. Ada",
])
def test_their_name_inside_a_thank_you_does_not_hide_what_it_thanks_for(
        lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


def test_a_name_after_a_thank_you_that_ends_its_sentence_is_not_read_into_the_next(
        lint: Lint) -> None:
    note = "Thanks Jordan. For the record, I sell audits. Ada"
    assert lint(context, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Jordan, I came across the project PixleVibe last week. Ada",
    "Hola Jordan, vi la empresa Acme en la feria. Ada",
    "Olá Jordan, vi a empresa Acme no evento. Ada",
    "Bonjour Jordan, j'ai découvert la société Acme grâce à un ami. Ada",
])
def test_their_company_named_past_an_article_and_a_word_for_it_is_context(
        lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


def test_a_name_seen_is_quoted_without_the_full_stop_after_it(lint: Lint) -> None:
    finding = lint(context, "Hi Jordan, I came across the project PixleVibe. Ada")
    assert finding.data["found"] == "came across the project PixleVibe"


@pytest.mark.parametrize("note", [
    "Hola Jordan, vi un post tuyo sobre pricing. Ada",
    "Hola Jordan, leí un artículo suyo sobre datos. Ada",
    "Olá Jordan, vi um post seu sobre dados. Ada",
])
def test_their_work_with_its_possessive_after_it_is_context(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Olá Jordan, vi que temos interesses em comum. Ada",
    "Hola Jordan, veo que tenemos intereses en común. Ada",
])
def test_interests_in_common_are_not_context_however_the_words_nest(
        lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Jordan, I'd love to connect and learn more about your experience at Acme. Ada",
    "Hola Jordan, me encantaría conectar y conocer más sobre tu experiencia en Acme. Ada",
    "Olá Jordan, adoraria saber mais sobre sua experiência na Acme. Ada",
    "Bonjour Jordan, j'aimerais en savoir plus sur votre parcours chez Acme. Ada",
])
def test_asking_to_learn_about_their_experience_is_not_context(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.FAIL


def test_what_you_do_is_context_in_the_plural_of_spain_too(lint: Lint) -> None:
    note = "Hola Jordan, me ha parecido interesante lo que hacéis. Ada"
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Jordan, since you have worked with Acme, could you tell me about it? Ada",
    "Hola Jordan, veo que has trabajado en logística durante años. Ada",
    "Olá Jordan, sei que você trabalhou na Acme. Ada",
    "Hallo Jordan, Sie waren bei Acme im Vertrieb, richtig? Ada",
    "Bonjour Jordan, vous avez travaillé chez Acme, je crois. Ada",
])
def test_what_they_have_worked_on_is_context_in_every_language(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


def test_what_they_may_have_worked_on_is_a_supposition(lint: Lint) -> None:
    note = "Hi Jordan, if you have worked with dbt, I'd love to hear how. Ada"
    assert lint(context, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Jordan, you told me to write once I started on AI. Ada",
    "Hola Jordan, me dijiste que te escribiera cuando empezara con IA. Ada",
    "Olá Jordan, você me disse para escrever quando começasse. Ada",
    "Hallo Jordan, du hast mir gesagt, ich soll mich melden. Ada",
    "Bonjour Jordan, vous m'avez dit de vous écrire en septembre. Ada",
])
def test_what_they_told_you_means_you_know_each_other(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hola Jordan, el trabajo de Acme en logística es muy interesante. Ada",
    "Olá Jordan, o trabalho da Acme em logística é incrível. Ada",
    "Bonjour Jordan, la croissance de Acme à Lyon m'impressionne. Ada",
    "Hallo Jordan, die Arbeit von Acme in der Logistik gefällt mir. Ada",
])
def test_the_work_of_their_company_named_is_context(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hola Jordan, soy Alex, del equipo de Acme. Ada",
    "Hola Jordan, busco cubrir un puesto de Analista en Lima. Ada",
])
def test_your_own_team_or_a_role_after_of_is_not_their_companys_work(
        lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hallo Jordan, ich bin auf Ihr Profil aufmerksam geworden. Ada",
    "Hi Jordan, it's great to connect. I see we share a similar past. Ada",
])
def test_noticing_their_profile_or_a_similar_past_is_not_context(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Jordan, I just applied to Data Analyst at Acme. Ada",
    "Hola Jordan, me postulé a la vacante de Analista en Acme. Ada",
    "Olá Jordan, apliquei para Cloud Engineer na Acme. Ada",
    "Bonjour Jordan, j'ai postulé chez Acme la semaine dernière. Ada",
])
def test_their_opening_you_applied_to_named_is_context(lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS


def test_applying_to_companies_named_by_no_name_is_not_context(lint: Lint) -> None:
    note = "Hi Jordan, I have applied to various companies but no luck. Ada"
    assert lint(context, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hola Jordan, estuve en el curso de Acme sobre ventas. Ada",
    "Hola Jordan, formamos parte del grupo de Matcheando. Ada",
    "Olá Jordan, obrigado pelo contato! Ada",
    "Hola Jordan, estoy viendo tu curso de ventas en Udemy. Ada",
    "Opa Jordan, obrigado pela conexão! Acompanho o que seu time constrói na Acme. Ada",
])
def test_a_course_a_group_their_contact_or_their_course_is_context(
        lint: Lint, note: str) -> None:
    assert lint(context, note).outcome is Outcome.PASS
