"""outreach.ask: a question to the reader, an invitation to talk, or a clear reason to connect."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest

from presence_audit.checks.outreach import ask
from presence_audit.core.artifacts import NOTE_ARTIFACT, Artifact
from presence_audit.core.model import Finding, Outcome, Result
from presence_audit.sources.note import NO_NOTE

Lint = Callable[..., Finding]
LintArtifact = Callable[[ModuleType, Artifact], Result]
LEAD = "Hi Jordan, we overlapped at Acme. I'm a data engineer. "


def assert_reason(lint: Lint, note: str, found: str) -> None:
    """``note``, between a lead and a sign-off, passes with ``found`` as its reason."""
    finding = lint(ask, LEAD + note + " Thanks, Ada")
    assert finding.outcome is Outcome.PASS
    assert finding.message == f'Gives a reason to connect: "{found}"'


def assert_no_ask(lint: Lint, note: str) -> None:
    """``note``, between a lead and a sign-off, asks nothing."""
    assert lint(ask, LEAD + note + " Thanks, Ada").outcome is Outcome.FAIL


@pytest.mark.parametrize(
    ("ask_text", "found"),
    [
        ("Would love to catch up sometime.", "catch up"),
        ("Let's compare notes on dbt tests next week.", "Let's"),
        ("Happy to hop on a call whenever suits you.", "hop on"),
        ("Me encantaría tomar un café contigo.", "café"),
        ("On pourrait échanger autour d'un café.", "On pourrait"),
        ("Lass uns gern einen Kaffee trinken.", "Lass uns"),
    ],
)
def test_passes_with_an_invitation_to_talk(lint: Lint, ask_text: str, found: str) -> None:
    finding = lint(ask, LEAD + ask_text + " Thanks, Ada")
    assert finding.outcome is Outcome.PASS
    assert finding.message == f'Invites a conversation: "{found}"'
    assert finding.evidence[0].text == f'"{ask_text}"'


@pytest.mark.parametrize(
    "question",
    [
        "Would you be up for a 20-minute call?",
        "Could we grab a coffee next week?",
        "Would you be open to a quick chat about data contracts?",
        "¿Conversamos?",
        "Podemos tomar um café?",
        "Hätten Sie Zeit für ein kurzes Telefonat?",
        "Seriez-vous disponible pour un café ?",
    ],
)
def test_passes_with_a_question_to_the_reader(lint: Lint, question: str) -> None:
    finding = lint(ask, LEAD + question + " Thanks, Ada")
    assert finding.outcome is Outcome.PASS
    assert finding.message == f'Asks them a question: "{question}"'


@pytest.mark.parametrize(
    "greeting",
    ["How are you?", "¿Cómo estás?", "Tudo bem?", "Wie geht's?", "Comment allez-vous ?"],
)
def test_a_greeting_question_is_not_an_ask(lint: Lint, greeting: str) -> None:
    assert lint(ask, f"Hi Jordan, {greeting} I'm a data engineer. Thanks, Ada").outcome \
        is Outcome.FAIL


@pytest.mark.parametrize(
    ("note", "found"),
    [
        ("I'm reaching out about the platform role on your team.", "I'm reaching out"),
        ("I'm hiring for a senior analytics engineer.", "I'm hiring"),
        ("I'd value your advice on moving into ML platforms.", "I'd value"),
        ("Estoy interesado en la vacante de analista.", "Estoy interesado"),
        ("Estou buscando uma oportunidade em dados.", "Estou buscando"),
        ("Ich suche eine Stelle im Data Engineering.", "Ich suche"),
        ("Je recherche un premier poste en data.", "Je recherche"),
    ],
)
def test_passes_with_a_stated_reason_in_every_language(lint: Lint, note: str, found: str) -> None:
    assert_reason(lint, note, found)


@pytest.mark.parametrize(
    "note",
    [
        "I appreciate how you talk about hiring for early teams.",
        "Would love to connect!",
        "Un gusto conectar contigo.",
        "Gostaria de me conectar com você.",
        "Würde mich freuen, uns zu vernetzen.",
        "Ravi de rejoindre votre réseau.",
    ],
)
def test_compliments_and_connect_requests_are_not_asks(lint: Lint, note: str) -> None:
    assert_no_ask(lint, note)


@pytest.mark.parametrize(
    ("note", "found"),
    [
        ("Hiring SQL engineers for a remote team.", "Hiring"),
        ("Buscando prácticas en análisis de datos.", "Buscando"),
        ("Procurando uma vaga de analista de dados.", "Procurando"),
        ("Suche eine Werkstudentenstelle im Data Engineering.", "Suche"),
        ("Recherche un stage en data à Lyon.", "Recherche"),
    ],
)
def test_a_reason_without_its_subject_passes_where_it_opens_the_sentence(
        lint: Lint, note: str, found: str) -> None:
    assert_reason(lint, note, found)


@pytest.mark.parametrize(
    "note",
    [
        "I like how you write about hiring.",
        "Vi que tu equipo sigue contratando.",
        "Vi que a sua equipe está contratando.",
        "Ihr Team ist auf der Suche nach Verstärkung.",
        "Votre équipe recrute beaucoup en ce moment.",
    ],
)
def test_the_same_words_further_in_a_sentence_are_not_a_reason(lint: Lint, note: str) -> None:
    assert_no_ask(lint, note)


@pytest.mark.parametrize(
    "note",
    [
        "I'm looking to expand my network in data science.",
        "I'm always looking to connect with people in analytics.",
        "Estoy buscando ampliar mi red en análisis de datos.",
        "Estou buscando expandir minha rede na área de dados.",
        "Ich melde mich, da ich mein Netzwerk erweitern möchte.",
        "Je cherche à élargir mon réseau dans la data.",
    ],
)
def test_a_reason_that_is_only_to_connect_is_not_a_reason(lint: Lint, note: str) -> None:
    assert_no_ask(lint, note)


@pytest.mark.parametrize(
    ("note", "found"),
    [
        ("If you're hiring data engineers, I'd be glad to share my background.", "glad to"),
        ("Si necesitas apoyo en datos, me encantaría darte soporte.", "me encantaría"),
        ("Se precisar de ajuda com dados, posso dar uma mão.", "posso"),
        ("Wenn Sie Unterstützung brauchen, gerne würde ich helfen.", "gerne würde ich"),
        ("Si vous avez un besoin en data, je serais ravie de vous aider.", "je serais ravie de"),
    ],
)
def test_an_offer_on_a_condition_is_a_reason(lint: Lint, note: str, found: str) -> None:
    assert_reason(lint, note, found)


@pytest.mark.parametrize(
    "note",
    [
        "If you agree, happy to connect.",
        "I'd be glad to stay in touch.",
        "Si te parece, un gusto conectar contigo.",
    ],
)
def test_an_offer_only_to_connect_is_not_a_reason(lint: Lint, note: str) -> None:
    assert_no_ask(lint, note)


def test_passes_with_a_reason_to_connect(lint: Lint) -> None:
    finding = lint(ask, LEAD + "I'd love to hear how you moved into ML platforms. Thanks, Ada")
    assert finding.outcome is Outcome.PASS
    assert finding.message == 'Gives a reason to connect: "I\'d love to hear"'
    assert finding.data == {"ask": "reason",
                            "quote": "I'd love to hear how you moved into ML platforms."}


def test_talk_as_a_noun_is_not_an_invitation(lint: Lint) -> None:
    finding = lint(ask, "Hi Jordan, I enjoyed your talk. I'm a data engineer. Thanks, Ada")
    assert finding.outcome is Outcome.FAIL


def test_fails_with_neither(lint: Lint) -> None:
    finding = lint(ask, LEAD + "Thanks, Ada")
    assert finding.outcome is Outcome.FAIL
    assert finding.message == "No question, invitation to talk or reason to connect"
    assert "20-minute call" in finding.fix


def test_a_missing_note_skips(lint_artifact: LintArtifact) -> None:
    result = lint_artifact(ask, Artifact.skipped(NOTE_ARTIFACT, "config", NO_NOTE))
    assert result.outcome is Outcome.SKIP


@pytest.mark.parametrize(("note", "found"), [
    ("I'd like us to connect so that we can share job leads.", "so that we can"),
    ("I hope we partner with your team on this.", "partner with"),
    ("Me gustaría conectar para que podamos compartir ideas.", "para que podamos"),
    ("Como você fez a transição para dados.", "Como você fez"),
    ("Ich möchte mich vernetzen, damit wir Erfahrungen austauschen.", "damit wir"),
    ("Je souhaite me connecter afin que nous puissions échanger.", "afin que nous puissions"),
])
def test_a_purpose_a_collaboration_or_a_question_without_a_mark_is_a_reason(
        lint: Lint, note: str, found: str) -> None:
    assert_reason(lint, note, found)


@pytest.mark.parametrize(("note", "found"), [
    ("It would be a privilege to have a face to face discussion.", "discussion"),
    ("Sería un placer tomar un café contigo.", "café"),
    ("Seria um prazer tomar um café.", "café"),
    ("Es wäre toll, einen Kaffee zu trinken.", "Kaffee"),
    ("Ce serait un plaisir d'échanger autour d'un café.", "échanger"),
])
def test_it_would_be_a_pleasure_proposes_a_conversation(lint: Lint, note: str,
                                                        found: str) -> None:
    finding = lint(ask, LEAD + note + " Thanks, Ada")
    assert finding.outcome is Outcome.PASS
    assert finding.message == f'Invites a conversation: "{found}"'


@pytest.mark.parametrize("note", [
    "It would be great to connect.", "Sería genial conectar.", "Ce serait super de se connecter.",
])
def test_it_would_be_great_to_connect_is_still_no_ask(lint: Lint, note: str) -> None:
    assert_no_ask(lint, note)


@pytest.mark.parametrize(("note", "found"), [
    ("If you have open vacancies in your data team, my profile may fit.", "vacancies in your"),
    ("Should there be an opportunity in your logistics team, keep me in mind.", "opportunity"),
    ("Si en tu equipo surge una vacante, piensa en mí.", "vacante"),
    ("Se houver uma vaga na sua equipe, lembre de mim.", "vaga"),
    ("Sollten Sie offene Stellen im Team haben, denken Sie an mich.", "Stellen"),
    ("Si jamais vous avez un poste dans votre équipe, pensez à moi.", "poste"),
])
def test_a_request_about_an_opening_on_a_condition_is_a_reason(
        lint: Lint, note: str, found: str) -> None:
    assert_reason(lint, note, found)


@pytest.mark.parametrize("note", [
    # The opening word, but no condition: a statement, not a request.
    "I loved the role you played in the dbt community.",
    "Me encantó tu puesto sobre datos.",
    "J'ai aimé votre poste sur les données.",
    # A condition that asks nothing of the reader.
    "If you agree, happy to connect.",
])
def test_an_opening_word_needs_the_condition_to_be_a_reason(lint: Lint, note: str) -> None:
    assert_no_ask(lint, note)


@pytest.mark.parametrize(("note", "found"), [
    ("Hay alguna vacante para analistas en tu empresa.", "Hay alguna"),
    ("Tem alguma vaga para analistas na sua empresa.", "Tem alguma"),
])
def test_a_question_about_openings_without_its_mark_is_a_reason(
        lint: Lint, note: str, found: str) -> None:
    # Spanish and Portuguese questions keep the statement's word order: only the words say so.
    assert_reason(lint, note, found)


@pytest.mark.parametrize("question", [
    "Is there any opening in your team for a junior analyst.",
    "Please how did you go about passing the exam.",
    "Are you looking for a change.",
    "Right now are u working at any of the big firms.",
    "Haben Sie offene Stellen für Analysten.",
    "Hast du Lust auf einen Kaffee.",
    "Avez-vous des postes pour des analystes.",
    "Est-ce que vous recrutez en ce moment.",
])
def test_a_question_without_its_mark_is_a_question(lint: Lint, question: str) -> None:
    finding = lint(ask, LEAD + question + " Thanks, Ada")
    assert finding.outcome is Outcome.PASS
    assert finding.message == f'Asks them a question: "{question}"'


@pytest.mark.parametrize("note", [
    "How are you doing today.",
    "Thank you, I hope you are doing well.",
    "I wonder what you think, but I would like to connect anyway.",
])
def test_a_greeting_or_a_statement_without_a_mark_is_no_question(lint: Lint, note: str) -> None:
    assert_no_ask(lint, note)


@pytest.mark.parametrize("question", [
    "I am just curious, what made you connect with me?",
    "¿Por qué decidiste conectar conmigo?",
    "O que te levou a se conectar comigo?",
    "Warum wollten Sie sich mit mir vernetzen?",
    "Pourquoi avoir voulu vous connecter avec moi ?",
])
def test_a_question_about_connecting_asks_something(lint: Lint, question: str) -> None:
    finding = lint(ask, LEAD + question + " Thanks, Ada")
    assert finding.outcome is Outcome.PASS
    assert finding.message == f'Asks them a question: "{question}"'


@pytest.mark.parametrize(("note", "found"), [
    ("I have a great career opportunity for you.", "opportunity for you"),
    ("So I would like to join your team.", "join your team"),
    ("I m looking for a candidate for the role of data engineer.", "I m looking for"),
    ("Tengo una oportunidad para ti en Madrid.", "una oportunidad para"),
    ("Me gustaría unirme a tu equipo.", "unirme a tu equipo"),
    ("Seria ótimo fazer parte da sua equipe.", "fazer parte da sua equipe"),
    ("Ich möchte mich vernetzen, um mich kurz zum Projekt auszutauschen.",
     "um mich kurz zum Projekt auszutauschen"),
    ("J'aimerais rejoindre votre équipe.", "rejoindre votre équipe"),
])
def test_an_offer_to_them_or_a_wish_to_join_them_is_a_reason(lint: Lint, note: str,
                                                             found: str) -> None:
    assert_reason(lint, note, found)


@pytest.mark.parametrize(("note", "found"), [
    ("Any chance you have 15 minutes next week.", "Any chance you"),
    ("Hoping to learn from your experience with data contracts.", "Hoping to learn"),
    ("Me gustaría conocer tu experiencia con dbt.", "Me gustaría conocer"),
    ("Adoraria ouvir sua experiência com dbt.", "Adoraria ouvir"),
    ("Ich würde gern mehr über Ihre Arbeit mit dbt lernen.", "würde gern mehr"),
    ("J'aimerais comprendre comment vous testez vos modèles.", "J'aimerais comprendre"),
])
def test_wanting_to_learn_from_them_is_a_reason(lint: Lint, note: str, found: str) -> None:
    assert_reason(lint, note, found)


@pytest.mark.parametrize(("note", "found"), [
    ("Feel free to reach out if you ever want to chat.", "chat"),
    ("Ich würde mich über einen Austausch zu dbt freuen.", "Austausch"),
    ("Je serais ravie d'échanger avec vous sur dbt.", "échanger"),
])
def test_a_conversation_offered_openly_is_an_invitation(lint: Lint, note: str,
                                                        found: str) -> None:
    finding = lint(ask, LEAD + note + " Thanks, Ada")
    assert finding.outcome is Outcome.PASS
    assert finding.message == f'Invites a conversation: "{found}"'


@pytest.mark.parametrize("note", [
    "Feel free to connect.",
    "Ich würde mich über eine Vernetzung freuen.",
    "Au plaisir d'échanger.",
    "Hope to stay in touch.",
])
def test_an_open_offer_only_to_connect_is_still_no_ask(lint: Lint, note: str) -> None:
    assert_no_ask(lint, note)


@pytest.mark.parametrize("note", [
    "Would you like to connect?",
    "¿Conectamos?",
    "Conectamos?",
    "Lass uns connecten!",
    "On se connecte ?",
    "Würden Sie sich über eine Vernetzung freuen?",
])
def test_a_question_or_invitation_only_to_connect_asks_nothing(lint: Lint, note: str) -> None:
    assert_no_ask(lint, note)


@pytest.mark.parametrize("note", [
    "Would you like to connect and chat about dbt tests?",
    "¿Conectamos y hablamos de dbt?",
    "On se connecte pour échanger sur dbt ?",
])
def test_connecting_to_talk_is_still_an_ask(lint: Lint, note: str) -> None:
    assert lint(ask, LEAD + note + " Thanks, Ada").outcome is Outcome.PASS


@pytest.mark.parametrize(("note", "found"), [
    ("I'd like to connect and share insights on Web3 gaming.", "share insights"),
    ("Me gustaría intercambiar ideas sobre logística.", "intercambiar ideas"),
    ("Seria legal trocar ideias sobre aquisição orgânica.", "trocar ideias"),
    ("Ich freue mich auf einen Austausch über Lieferketten.", "Austausch"),
    ("J'aimerais échanger sur les défis de la production.", "échanger"),
])
def test_an_exchange_about_something_is_an_invitation(lint: Lint, note: str, found: str) -> None:
    finding = lint(ask, LEAD + note + " Thanks, Ada")
    assert finding.outcome is Outcome.PASS
    assert finding.message == f'Invites a conversation: "{found}"'


@pytest.mark.parametrize("note", [
    "Would love to add you to my network and exchange insights in the future.",
    "Me gustaría conectar para intercambiar ideas.",
    "Adoraria conectar pra trocar ideias.",
    "Ich würde mich über einen Austausch freuen.",
    "Je serais ravi d'échanger avec vous.",
])
def test_an_exchange_about_nothing_in_particular_is_no_ask(lint: Lint, note: str) -> None:
    assert_no_ask(lint, note)


@pytest.mark.parametrize(("note", "found"), [
    ("Hope you're well. should there be an opening in your team, keep me in mind.", "opening"),
    ("Just wanna know if you are open to new roles.", "wanna know"),
    ("I want to learn some extra knowledge from you.", "learn some extra knowledge from you"),
    ("Let's connect to explore growth for your community!", "to explore"),
    ("Gostaria de trocar ideias e explorar sinergias.", "explorar sinergias"),
    ("Me encantaría explorar sinergias entre nuestros equipos.", "explorar sinergias"),
    ("Gerne würde ich Synergien ausloten.", "Synergien ausloten"),
    ("J'aimerais explorer des synergies entre nos équipes.", "explorer des synergies"),
])
def test_a_wish_to_know_learn_or_explore_is_a_reason(lint: Lint, note: str, found: str) -> None:
    assert_reason(lint, note, found)


def test_connecting_and_then_talking_about_something_is_an_invitation(lint: Lint) -> None:
    finding = lint(ask, LEAD + "Would love to connect and grab a coffee on dbt. Thanks, Ada")
    assert finding.message == 'Invites a conversation: "coffee"'
    # Across a clause break the connect-only phrase proposes nothing: "meeting" is their event.
    note = LEAD + "I'd love to connect with you; what a great web meeting! Thanks, Ada"
    assert lint(ask, note).outcome is Outcome.FAIL


@pytest.mark.parametrize(("note", "found"), [
    ("I am connecting to talk regarding the data internship.", "to talk regarding"),
    ("I'd like to connect to learn from the best.", "to learn from"),
    ("I wanted to get some info regarding the MS programme.", "get some info"),
    ("Your input would be very valuable to me.", "Your input"),
    ("Looking forward to collaborating on healthcare projects.", "collaborating on"),
    ("We hope to move forward with bringing more value to the account.",
     "bringing more value to"),
    ("Quiero colaborar en un proyecto de datos.", "colaborar en"),
    ("Pretendo te apresentar a mecânica e tirar suas dúvidas.", "te apresentar"),
    ("Ich möchte mehr erfahren über den Studiengang.", "mehr erfahren über"),
    ("J'aimerais votre avis sur le programme.", "votre avis sur"),
])
def test_a_topic_to_talk_learn_or_work_on_is_a_reason(lint: Lint, note: str, found: str) -> None:
    assert_reason(lint, note, found)


@pytest.mark.parametrize("question", [
    "Consegue dividir comigo como foi essa experiência?!",
    "Would you be up for a chat?!",
])
def test_a_question_mark_before_an_exclamation_mark_is_a_question(lint: Lint,
                                                                  question: str) -> None:
    finding = lint(ask, LEAD + question + " Thanks, Ada")
    assert finding.message == f'Asks them a question: "{question}"'


def test_seeing_if_they_are_open_for_a_discussion_is_an_invitation(lint: Lint) -> None:
    note = LEAD + ("I wanted to connect to see if you're open for a discussion about lead "
                   "generation. Thanks, Ada")
    assert lint(ask, note).message == 'Invites a conversation: "discussion"'


@pytest.mark.parametrize("note", [
    "Great chatting with you last night, lets stay in touch!",
    "Sigamos en contacto.",
    "Vamos manter contato.",
    "Lass uns in Kontakt bleiben.",
    "Restons en contact.",
])
def test_staying_in_touch_is_no_ask(lint: Lint, note: str) -> None:
    assert_no_ask(lint, note)


@pytest.mark.parametrize("greeting", ["¿Cómo va?", "Como va?", "¿Cómo andás?"])
def test_a_spanish_greeting_question_is_no_ask(lint: Lint, greeting: str) -> None:
    assert lint(ask, f"Hola Sam, {greeting} Soy ingeniera. Saludos, Ana").outcome \
        is Outcome.FAIL


@pytest.mark.parametrize(("note", "found"), [
    ("My client is hiring for a DBT lead.", "My client is hiring"),
    ("Our team is looking to hire a data engineer.", "Our team is looking to hire"),
    ("Mi empresa está contratando analistas.", "Mi empresa está contratando"),
    ("Nossa equipe está contratando analistas.", "Nossa equipe está contratando"),
    ("Mein Kunde sucht eine Data Engineerin.", "Mein Kunde sucht"),
    ("Notre client recrute un data engineer.", "Notre client recrute"),
])
def test_hiring_by_your_own_team_or_client_is_a_reason(lint: Lint, note: str,
                                                       found: str) -> None:
    assert_reason(lint, note, found)


@pytest.mark.parametrize(("note", "found"), [
    ("If you can review it, it would be a great help.", "would be a great help"),
    ("Si puedes revisarlo, sería de gran ayuda.", "sería de gran ayuda"),
    ("Se puder revisar, seria de grande ajuda.", "seria de grande ajuda"),
    ("Wenn Sie es prüfen könnten, wäre das eine große Hilfe.", "wäre das eine große Hilfe"),
    ("Si vous pouviez le relire, ce serait d'une grande aide.", "serait d'une grande aide"),
    ("Let's connect and I'll share our learnings with you.", "I'll share"),
])
def test_a_request_for_help_or_an_offer_to_share_is_a_reason(lint: Lint, note: str,
                                                             found: str) -> None:
    assert_reason(lint, note, found)


@pytest.mark.parametrize(("note", "found"), [
    ("I'd like to see if we might be able to be a resource for you.", "be a resource for you"),
    ("Let me know how we can support your UX strategy.", "how we can support"),
    ("You might be interested in this role.", "might be interested in"),
    ("J'ai pensé que vous pourriez être intéressé par cette offre.",
     "pourriez être intéressé"),
    ("Pensé que podrías estar interesada en este puesto.", "podrías estar interesada"),
    ("Dachte, Sie könnten interessiert sein.", "könnten interessiert sein"),
    ("Acho que você poderia se interessar por esta vaga.", "poderia se interessar"),
])
def test_an_offer_of_help_or_their_interest_in_an_offer_is_a_reason(
        lint: Lint, note: str, found: str) -> None:
    assert_reason(lint, note, found)


def test_wanting_to_have_a_discussion_is_an_invitation(lint: Lint) -> None:
    note = LEAD + "I want to have a quick discussion about an opening. Regards, Ada"
    assert lint(ask, note).outcome is Outcome.PASS


def test_something_that_might_interest_them_is_no_reason_on_its_own(lint: Lint) -> None:
    assert_no_ask(lint, "J'ai un angle qui pourrait vous intéresser. On se connecte ?")


@pytest.mark.parametrize(("note", "found"), [
    ("Please contact me about the data role.", "Please"),
    ("Kindly assist with the referral.", "Kindly"),
    ("Envíame tu CV, por favor.", "por favor"),
    ("Por gentileza, me envie a vaga.", "Por gentileza"),
    ("Bitte senden Sie mir die Stellenbeschreibung.", "Bitte"),
    ("Veuillez me faire parvenir votre CV.", "Veuillez"),
])
def test_a_polite_request_is_a_reason_in_every_language(lint: Lint, note: str,
                                                         found: str) -> None:
    assert_reason(lint, note, found)


@pytest.mark.parametrize("note", [
    "Please accept my invitation.",
    "Please excuse the cold message.",
    "For more information, please visit our site.",
    "Acepta mi solicitud, por favor.",
    "Bitte akzeptieren Sie meine Anfrage.",
    "Veuillez accepter mon invitation.",
])
def test_please_to_connect_to_excuse_or_to_visit_a_page_is_no_request(lint: Lint,
                                                                      note: str) -> None:
    assert_no_ask(lint, note)


@pytest.mark.parametrize(("note", "found"), [
    ("My question is - what skills does the industry want", "My question is"),
    ("Mi pregunta es - qué habilidades pide la industria", "Mi pregunta es"),
    ("Minha pergunta é - quais habilidades o mercado pede", "Minha pergunta é"),
    ("Meine Frage ist - welche Fähigkeiten gefragt sind", "Meine Frage ist"),
    ("Ma question est - quelles compétences sont demandées", "Ma question est"),
])
def test_announcing_a_question_is_a_reason(lint: Lint, note: str, found: str) -> None:
    assert_reason(lint, note, found)


@pytest.mark.parametrize(("note", "found"), [
    ("I'm currently looking for a remote internship.", "I'm currently looking for"),
    ("I would love to connect, for your kind assistance in this regard.",
     "your kind assistance"),
    ("Our research could be relevant to your bank.", "could be relevant to"),
    ("I can provide you with samples of my writing.", "I can provide you"),
    ("Actualmente estoy buscando prácticas en datos.", "Actualmente estoy buscando"),
    ("Atualmente estou buscando um estágio.", "Atualmente estou buscando"),
    ("Unsere Studie könnte relevant sein für Ihre Bank.", "könnte relevant sein für"),
    ("Je recherche actuellement un stage en data.", "Je recherche actuellement"),
])
def test_a_search_with_an_adverb_an_offer_or_a_request_for_assistance_is_a_reason(
        lint: Lint, note: str, found: str) -> None:
    assert_reason(lint, note, found)


@pytest.mark.parametrize("note", [
    "We invite you to see our openings and leave your CV.",
    "Te invitamos a ver nuestras búsquedas.",
    "Te convido a conhecer nossas vagas.",
    "Ich lade Sie ein, unsere Stellen anzusehen.",
    "Je vous invite à découvrir nos offres.",
])
def test_an_invitation_to_something_is_an_ask_in_every_language(lint: Lint, note: str) -> None:
    assert lint(ask, LEAD + note + " Thanks, Ada").outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "I would like to invite you to LinkedIn friendship.",
    "Te invito a mi red.",
    "Je vous invite à rejoindre mon réseau.",
])
def test_an_invitation_only_to_your_network_is_no_ask(lint: Lint, note: str) -> None:
    assert_no_ask(lint, note)


@pytest.mark.parametrize("note", [
    "Olá Sam! Acompanho a Acme e queria trocar uma ideia sobre confiabilidade de ativos.",
    "Hola Sam, quería intercambiar opiniones sobre logística contigo.",
])
def test_a_wish_to_exchange_on_a_topic_is_an_ask(lint: Lint, note: str) -> None:
    assert lint(ask, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Sam, I wrote a short piece on logistics. I'm here to help if it's useful.",
    "Hola Sam, solo quería conectar por si algún día puedo echarte una mano.",
    "Olá Sam, escrevi um artigo sobre logística e adoraria o seu feedback.",
    "Hallo Sam, ich habe einen Artikel geschrieben. Würde mich über Ihr Feedback freuen!",
    "Bonjour Sam, j'ai écrit un article sur la logistique, votre retour m'intéresse.",
])
def test_an_offer_of_help_or_a_request_for_feedback_is_a_reason(lint: Lint, note: str) -> None:
    assert lint(ask, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Sam, I have recently applied to the Data Engineer role at Acme.",
    "Hola Sam, me postulé a Cloud Engineer en Acme.",
    "Olá Sam, apliquei para Cloud Engineer na Acme.",
    "Bonjour Sam, j'ai postulé chez Acme la semaine dernière.",
])
def test_their_opening_you_applied_to_is_a_reason(lint: Lint, note: str) -> None:
    assert lint(ask, note).outcome is Outcome.PASS


def test_applying_to_companies_in_general_is_no_reason(lint: Lint) -> None:
    assert lint(ask, "Hi Sam, I applied to various companies last month.").outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Sam, I would love to touch base about your move into data.",
    "Hola Sam, tengo interés en la herramienta que promueves.",
    "Olá Sam, tenho interesse em entender o produto da Acme.",
    "Bonjour, je suis à la recherche d'une alternance en développement web.",
])
def test_touching_base_an_interest_or_a_search_is_an_ask(lint: Lint, note: str) -> None:
    assert lint(ask, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi, I'm interested in connecting with you to expand my network.",
    "Saludos, Sam. Busco conectar con personas de diferentes áreas.",
    "Dear Sam, I'm Maxim. Please cast an eye on my map.",
])
def test_an_interest_only_in_connecting_or_a_look_at_your_page_is_no_ask(
        lint: Lint, note: str) -> None:
    assert lint(ask, note).outcome is Outcome.FAIL
