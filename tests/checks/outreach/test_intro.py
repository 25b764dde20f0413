"""outreach.intro: a brief self-introduction."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest

from presence_audit.checks.outreach import intro
from presence_audit.core.artifacts import NOTE_ARTIFACT, Artifact
from presence_audit.core.model import Finding, Outcome, Result

Lint = Callable[..., Finding]
LintArtifact = Callable[[ModuleType, Artifact], Result]


@pytest.mark.parametrize(
    ("note", "sentence"),
    [
        ("Hi Jordan, I'm a data engineer in Lisbon. Chat?", "I'm a data engineer in Lisbon."),
        ("Hi Jordan, I work on streaming pipelines at Acme.",
         "I work on streaming pipelines at Acme."),
        ("Hi, my name is Ada and I build data tools. Chat?",
         "my name is Ada and I build data tools."),
        ("Hi Jordan, I’m an analytics engineer. Chat?", "I’m an analytics engineer."),
        ("Hi Jordan, I'm Ada, a data engineer in Lisbon. Chat?",
         "I'm Ada, a data engineer in Lisbon."),
        ("Olá Joana, sou engenheira de dados. Café?", "sou engenheira de dados."),
        ("Hallo Jonas, ich arbeite bei Acme. Kaffee?", "ich arbeite bei Acme."),
    ],
)
def test_passes_with_a_short_introduction(lint: Lint, note: str, sentence: str) -> None:
    finding = lint(intro, note)
    assert finding.outcome is Outcome.PASS
    assert finding.message == f'Introduces you: "{sentence}"'
    assert finding.data == {"introduction": sentence, "length": len(sentence)}


@pytest.mark.parametrize(
    ("note", "sentence"),
    [
        ("Hi Jordan, I'd be glad to help, drawing on my experience in data contracts. Chat?",
         "I'd be glad to help, drawing on my experience in data contracts."),
        ("Hola Jordi, te escribo desde mi experiencia en analítica de datos. ¿Café?",
         "te escribo desde mi experiencia en analítica de datos."),
        ("Olá Joana, trago minha experiência em engenharia de dados. Café?",
         "trago minha experiência em engenharia de dados."),
        ("Hallo Jonas, meine Erfahrung als Data Engineer hilft hier. Kaffee?",
         "meine Erfahrung als Data Engineer hilft hier."),
        ("Bonjour Julie, mon expérience en data engineering peut vous servir. Un café ?",
         "mon expérience en data engineering peut vous servir."),
    ],
)
def test_your_own_experience_in_a_field_introduces_you(lint: Lint, note: str,
                                                       sentence: str) -> None:
    finding = lint(intro, note)
    assert finding.outcome is Outcome.PASS
    assert finding.message == f'Introduces you: "{sentence}"'


@pytest.mark.parametrize(
    "note",
    [
        "Hi Jordan, I'd love to hear about your experience in data contracts. Chat?",
        "Hola Jordi, me gustaría conocer tu experiencia en analítica. ¿Café?",
        "Olá Joana, gostaria de saber da sua experiência em dados. Café?",
        "Hallo Jonas, Ihre Erfahrung in der Analytik interessiert mich. Kaffee?",
        "Bonjour Julie, votre expérience en data m'intéresse. Un café ?",
    ],
)
def test_the_readers_experience_does_not_introduce_you(lint: Lint, note: str) -> None:
    assert lint(intro, note).outcome is Outcome.FAIL


def test_being_a_fan_is_not_an_introduction(lint: Lint) -> None:
    finding = lint(intro, "Hi Jordan, I'm a big fan of your posts. Could we chat? Thanks, Ada")
    assert finding.outcome is Outcome.FAIL
    assert finding.message == "No self-introduction: the note does not say what you do"
    assert finding.data == {"introduction": None, "length": 0}


def test_warns_when_the_introduction_is_long(lint: Lint) -> None:
    sentence = ("I'm a senior data engineer at Acme Analytics where for six years I have built "
                "streaming ingestion, dbt models, data contracts, CI for analytics and a data "
                "quality programme across twelve teams.")
    finding = lint(intro, f"Hi Jordan, I enjoyed your talk. {sentence} Coffee? Thanks, Ada")
    assert finding.outcome is Outcome.WARN
    assert finding.message == (
        f"The introduction takes {len(sentence)} characters (brief is up to 160)")
    assert finding.evidence[0].text.startswith('introduction: "I\'m a senior data engineer')


@pytest.mark.parametrize(
    ("lead", "introduction"),
    [
        ("Hi Jordan, hope you are doing well, ",
         "I'm a data engineer in Lisbon working on streaming pipelines and data contracts for "
         "retail analytics teams across Portugal and Spain."),
        ("Hola Jordi, espero que estés bien, ",
         "soy ingeniera de datos en Madrid y trabajo en canalizaciones de streaming y "
         "contratos de datos para equipos de analítica de comercio minorista."),
        ("Olá Joana, espero que esteja bem, ",
         "sou engenheira de dados em Lisboa e trabalho com pipelines de streaming e "
         "contratos de dados para equipas de analytics no retalho em Portugal."),
        ("Hallo Jonas, ich hoffe, es geht Ihnen gut, ",
         "ich arbeite als Data Engineer in Berlin an Streaming-Pipelines und Datenverträgen "
         "für Analytics-Teams im Einzelhandel in ganz Europa."),
        ("Bonjour Julie, j'espère que vous allez bien, ",
         "je travaille comme ingénieure data à Lyon sur des pipelines de streaming et des "
         "contrats de données pour la grande distribution."),
    ],
)
def test_a_pleasantry_run_into_the_introduction_does_not_count_towards_its_length(
        lint: Lint, lead: str, introduction: str) -> None:
    assert len(lead + introduction) > 160 >= len(introduction)
    finding = lint(intro, lead + introduction + " Coffee? Thanks, Ada")
    assert finding.outcome is Outcome.PASS
    assert finding.data == {"introduction": introduction, "length": len(introduction)}


def test_other_words_before_the_introduction_still_count(lint: Lint) -> None:
    sentence = ("After your talk on contracts at PyData Lisbon last spring, I'm a data engineer "
                "working on streaming pipelines, data contracts and CI for retail analytics teams "
                "in Portugal.")
    assert lint(intro, f"Hi Jordan, {sentence} Coffee? Thanks, Ada").outcome is Outcome.WARN


def test_max_length_is_an_option(lint: Lint) -> None:
    note = "Hi Jordan, I'm a data engineer in Lisbon working on streaming pipelines. Chat?"
    assert lint(intro, note, max_length=40).outcome is Outcome.WARN
    assert lint(intro, note, max_length=200).outcome is Outcome.PASS


def test_fails_without_an_introduction(lint: Lint) -> None:
    finding = lint(intro, "Hi Jordan, I enjoyed your talk. Could we chat? Thanks, Ada")
    assert finding.outcome is Outcome.FAIL
    assert "I'm a data engineer" in finding.fix


def test_an_unreadable_note_is_an_error(lint_artifact: LintArtifact) -> None:
    result = lint_artifact(intro, Artifact.failed(NOTE_ARTIFACT, "file", "n.txt: no such file"))
    assert result.outcome is Outcome.ERROR


@pytest.mark.parametrize(
    "note",
    [
        "Hi Jordan, I lead the data platform team at Acme. Could we chat? Thanks, Ada",
        "Hi Jordan, I research stream processing at Porto. Could we chat? Thanks, Ada",
        "Hi Jordan, I'm currently studying data science in Lisbon. Coffee? Thanks, Ada",
        "Hi Jordan, I'm Ada, a data engineer in Lisbon. Coffee? Thanks, Ada",
        "Hola Jordan, soy ingeniera de datos en Lisboa. ¿Un café? Gracias, Ada",
        "Olá Jordan, atuo como engenheira de dados em Lisboa. Um café? Obrigada, Ada",
        "Hallo Jordan, ich arbeite als Data Engineer in Lissabon. Kaffee? Danke, Ada",
        "Bonjour Jordan, je travaille comme ingénieure data à Lisbonne. Un café ? Merci, Ada",
    ],
)
def test_first_person_role_or_work_in_every_language(lint: Lint, note: str) -> None:
    assert lint(intro, note).outcome is Outcome.PASS


@pytest.mark.parametrize(
    "note",
    [
        "Hi Jordan, great meeting you at PyData yesterday! Coffee next week? Thanks, Ada",
        "Hi Jordan, it was good to talk at the meetup. Thanks, Ada",
        "Hola Jordan, fue un placer conocerte ayer. Gracias, Ada",
        "Olá Jordan, foi um prazer conhecer você ontem. Obrigada, Ada",
        "Bonjour Jordan, ravi de vous avoir rencontré hier. Merci, Ada",
    ],
)
def test_no_introduction_is_needed_when_they_already_met(lint: Lint, note: str) -> None:
    finding = lint(intro, note)
    assert finding.outcome is Outcome.PASS
    assert finding.message.startswith("You already know each other")


def test_a_name_alone_is_not_an_introduction(lint: Lint) -> None:
    assert lint(intro, "Hi Jordan, I'm Ada. Could we chat? Thanks, Ada").outcome is Outcome.FAIL


@pytest.mark.parametrize(("note", "outcome"), [
    ("Hi Jordan, I'm a passionate data scientist in Lisbon. Coffee? Thanks, Ada", Outcome.PASS),
    ("Hola Jordan, soy una ingeniera apasionada por los datos. ¿Un café? Gracias, Ada",
     Outcome.PASS),
    ("Hi Jordan, I am seeking opportunities in data analyst roles. Thanks, Ada", Outcome.FAIL),
    ("Hi Jordan, we are looking for a lead engineer in Lisbon. Thanks, Ada", Outcome.FAIL),
])
def test_a_first_person_subject_before_a_role_is_an_introduction(
    lint: Lint, note: str, outcome: Outcome
) -> None:
    assert lint(intro, note).outcome is outcome


def test_a_sentence_that_asks_does_not_count_towards_the_introductions_length(
    lint: Lint
) -> None:
    note = ("Hi Jordan, I'm a VP of Research at PolicyPartner, a fintech policy firm. We host "
            "discussions with policymakers, and I wanted to see if you would be open to a "
            "virtual discussion on your views about staking policy. Thanks, Ada")
    finding = lint(intro, note)
    assert finding.outcome is Outcome.PASS
    assert finding.data["introduction"].startswith("I'm a VP of Research")


@pytest.mark.parametrize("note", [
    "Hi Jordan, my name is Ada, a data engineer at Acme. Coffee? Thanks, Ada",
    "Hi Jordan, my name is Ada (Data Engineer) from Acme. Coffee? Thanks, Ada",
    "Dear Jordan, as the data platform lead at Acme, I follow your work. Thanks, Ada",
    "Hola Jordan, me llamo Ada y soy ingeniera de datos. ¿Un café? Gracias, Ada",
    "Hola Jordan, mi nombre es Ada, ingeniera de datos en Acme. ¿Un café? Ada",
    "Olá Jordan, meu nome é Ada, engenheira de dados na Acme. Um café? Ada",
    "Hallo Jordan, mein Name ist Ada, Data Engineer bei Acme. Kaffee? Danke, Ada",
    "Bonjour Jordan, mon nom est Ada, ingénieure data chez Acme. Un café ? Merci, Ada",
])
def test_a_name_with_a_role_introduces_you(lint: Lint, note: str) -> None:
    assert lint(intro, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Jordan, we at Acme train data engineers in Lisbon. Coffee? Thanks, Ada",
    "Hi Jordan, we've released a report on streaming costs. Coffee? Thanks, Ada",
    "Hi Jordan, Ada here, working at Acme on streaming. Coffee? Thanks, Ada",
    "Hi Jordan, I am sourcing for a data lead at a start-up. Coffee? Thanks, Ada",
    "Hola Jordan, ofrecemos formación en datos en Lisboa. ¿Un café? Gracias, Ada",
    "Olá Jordan, desenvolvemos plataformas de dados em Lisboa. Um café? Ada",
    "Hallo Jordan, wir bei Acme entwickeln Datenplattformen. Kaffee? Danke, Ada",
    "Bonjour Jordan, nous accompagnons les équipes data à Lisbonne. Merci, Ada",
])
def test_what_you_or_your_team_does_introduces_you(lint: Lint, note: str) -> None:
    assert lint(intro, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Jordan, it was a pleasure chatting with you at lunch. Thanks, Ada",
    "Hi Jordan, as we discussed, here is the idea. Thanks, Ada",
    "Hola Jordan, como hablamos, te escribo por el proyecto. Gracias, Ada",
    "Olá Jordan, como conversamos, escrevo sobre o projeto. Obrigada, Ada",
    "Hallo Jordan, danke für unser Gespräch gestern. Viele Grüße, Ada",
    "Bonjour Jordan, suite à notre échange d'hier, je reviens vers vous. Merci, Ada",
])
def test_a_conversation_you_already_had_needs_no_introduction(lint: Lint, note: str) -> None:
    assert lint(intro, note).message.startswith("You already know each other")


@pytest.mark.parametrize("note", [
    "Hi Jordan, my name is Ada. Could we chat? Thanks, Ada",
    "Hola Jordan, me llamo Ada. ¿Hablamos? Gracias, Ada",
    "Hallo Jordan, mein Name ist Ada. Kaffee? Danke, Ada",
])
def test_a_name_given_without_a_role_is_still_no_introduction(lint: Lint, note: str) -> None:
    assert lint(intro, note).outcome is Outcome.FAIL


@pytest.mark.parametrize(("note", "said"), [
    ("Hi Jordan, data engineer at Acme here. Chat?", "data engineer at Acme here"),
    ("Hi Jordan, final year CS student at MIT. Any advice?", "final year CS student at MIT"),
    ("Hi Jordan, recruiter @Acme, hiring for data roles. Chat?", "recruiter @"),
    ("Hi Jordan - recruiter at Acme here. Chat?", "recruiter at Acme here"),
    ("Hola Jordi, analista de datos en Acme por aquí. ¿Hablamos?", "analista de datos en"),
    ("Olá Joana, analista de dados na Acme aqui. Vamos conversar?", "analista de dados na"),
    ("Hallo Jonas, Entwicklerin bei Acme hier. Kaffee?", "Entwicklerin bei"),
    ("Bonjour Julie, actuellement consultante data chez Acme. Un café ?",
     "actuellement consultante data chez"),
])
def test_a_role_written_as_a_headline_introduces_you(lint: Lint, note: str, said: str) -> None:
    finding = lint(intro, note + " Thanks, Ada")
    assert finding.outcome is Outcome.PASS
    assert finding.evidence[0].text.startswith(f'introduction: "{said}')


@pytest.mark.parametrize("note", [
    "Hi Jordan, the data engineer at Acme told me about you. Chat?",
    "Hi Jordan, your recruiter at Acme mentioned you. Chat?",
    "Hi Jordan, hiring data engineers at Acme. Chat?",
    "Hi Jordan, looking for a data engineer role at Acme. Chat?",
    "Hola Jordi, el analista en Acme me habló de ti. ¿Hablamos?",
    "Olá Joana, o analista na Acme falou de você. Vamos conversar?",
    "Hallo Jonas, der Entwickler bei Acme hat von Ihnen erzählt. Kaffee?",
    "Bonjour Julie, le consultant chez Acme m'a parlé de vous. Un café ?",
])
def test_someone_elses_role_or_a_search_for_one_is_no_introduction(lint: Lint,
                                                                   note: str) -> None:
    assert lint(intro, note + " Thanks, Ada").outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Jordan, I handle partnerships at Acme. Chat?",
    "Hi Jordan, I've spent five years building payment systems. Chat?",
    "Hi Jordan, I'm in my final year of computer science. Chat?",
    "Hi Jordan, I can help, as I am a licensed immigration consultant. Chat?",
    "Hi Jordan, thank you I am a data engineer at Acme. Chat?",
    "Hola Jordi, estoy terminando mi carrera de ingeniería. ¿Hablamos?",
    "Hola Jordi, llevo cinco años trabajando en fintech. ¿Hablamos?",
    "Olá Joana, trabalho há cinco anos com dados. Vamos conversar?",
    "Olá Joana, estou terminando a faculdade de engenharia. Vamos conversar?",
    "Hallo Jonas, ich berate Start-ups zu Datenstrategie. Kaffee?",
    "Bonjour Julie, je termine mes études d'ingénieur. Un café ?",
])
def test_more_ways_of_saying_what_you_do_in_every_language(lint: Lint, note: str) -> None:
    assert lint(intro, note + " Thanks, Ada").outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Olá Joana, acompanho seu trabalho há anos. Vamos conversar?",
    "Olá Joana, o trabalho na Acme parece ótimo. Vamos conversar?",
    "Hola Jordi, admiro tu trabajo en Acme. ¿Hablamos?",
    "Hola Jordi, vi tu post sobre desarrollo web. ¿Hablamos?",
])
def test_work_as_a_noun_after_a_possessive_or_article_is_no_introduction(
        lint: Lint, note: str) -> None:
    assert lint(intro, note + " Thanks, Ada").outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Jordan, I'm building a small data tool for accountants. Chat?",
    "Hi Jordan, I am Saikat, mentor in SWOC. Chat?",
    "Hola Jordi, estoy construyendo una red de ingenieros hispanos. ¿Hablamos?",
    "Olá Joana, ajudo empresas de SaaS a reduzir o churn. Vamos conversar?",
    "Hallo Jonas, ich baue ein kleines Tool für Kanzleien. Kaffee?",
    "Bonjour Julie, j'aide les PME à structurer leurs données. Un café ?",
])
def test_what_you_are_building_or_whom_you_help_introduces_you(lint: Lint, note: str) -> None:
    assert lint(intro, note + " Thanks, Ada").outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hallo Jonas, ich bin beeindruckt von Acme. Kaffee?",
    "Bonjour Julie, je suis impressionnée par votre parcours. Un café ?",
    "Hola Jordi, soy nuevo en LinkedIn. ¿Hablamos?",
    "Olá Joana, sou novo no LinkedIn. Vamos conversar?",
    "Hi Jordan, I've spent hours reading your posts. Chat?",
])
def test_how_you_feel_is_not_what_you_do(lint: Lint, note: str) -> None:
    assert lint(intro, note + " Thanks, Ada").outcome is Outcome.FAIL


@pytest.mark.parametrize(("note", "said"), [
    ("Hi Jordan, I partner with founders on their first hires. Chat?",
     "I partner with founders on their first hires."),
    ("Hi Jordan, I currently advise two fintechs on data. Chat?",
     "I currently advise two fintechs on data."),
    ("Hi Jordan, we also offer audits for small data teams. Chat?",
     "we also offer audits for small data teams."),
    ("Hi Jordan, I'm currently mentoring three junior analysts. Chat?",
     "I'm currently mentoring three junior analysts."),
    ("Hola Jordi, yo coordino un equipo de datos en Sevilla. ¿Hablamos?",
     "yo coordino un equipo de datos en Sevilla."),
    ("Hola Jordi, estoy impartiendo un curso de dbt. ¿Hablamos?",
     "estoy impartiendo un curso de dbt."),
    ("Olá Joana, eu coordeno uma equipa de dados no Porto. Vamos conversar?",
     "eu coordeno uma equipa de dados no Porto."),
    ("Olá Joana, estou organizando um meetup de dados. Vamos conversar?",
     "estou organizando um meetup de dados."),
    ("Hallo Jonas, ich koordiniere derzeit ein Datenteam in Köln. Kaffee?",
     "ich koordiniere derzeit ein Datenteam in Köln."),
    ("Hallo Jonas, wir prüfen Datenmodelle für Kanzleien. Kaffee?",
     "wir prüfen Datenmodelle für Kanzleien."),
    ("Bonjour Julie, j'anime une communauté de data engineers. Un café ?",
     "j'anime une communauté de data engineers."),
    ("Bonjour Julie, nous formons des équipes produit. Un café ?",
     "nous formons des équipes produit."),
])
def test_a_first_person_verb_of_doing_introduces_you(lint: Lint, note: str, said: str) -> None:
    finding = lint(intro, note + " Thanks, Ada")
    assert finding.outcome is Outcome.PASS
    assert finding.data["introduction"] == said


@pytest.mark.parametrize("note", [
    "Hi Jordan, I really enjoyed your talk on contracts. Chat?",
    "Hi Jordan, I noticed your post on dbt tests. Chat?",
    "Hi Jordan, I hope your week is going well. Chat?",
    "Hi Jordan, I'm reaching out about the analyst role. Chat?",
    "Hi Jordan, I'm willing to relocate for the right team. Chat?",
    "Hi Jordan, can we extend our support to your team? Thanks",
    "Hi Jordan, if we work together the launch will go faster. Chat?",
    "Hola Jordi, yo quisiera conocer tu experiencia. ¿Hablamos?",
    "Hola Jordi, estoy buscando oportunidades en datos. ¿Hablamos?",
    "Olá Joana, eu gostaria de conhecer a sua equipa. Vamos conversar?",
    "Olá Joana, estou acompanhando as vagas da Acme. Vamos conversar?",
    "Hallo Jonas, ich schaue mir gerade Acme an. Kaffee?",
    "Hallo Jonas, ich wuerde mich ueber einen Austausch freuen. Kaffee?",
    "Bonjour Julie, je vous écris au sujet de votre annonce. Un café ?",
    "Bonjour Julie, j'aimerais découvrir votre équipe. Un café ?",
    "Hi Jordan, your dbt guide still shapes how I review models. Chat?",
    "Hola Jordi, tu guía cambió cómo yo reviso modelos. ¿Hablamos?",
    "Olá Joana, o seu guia mudou como eu reviso modelos. Vamos conversar?",
    "Hallo Jonas, Ihr Leitfaden prägt, wie ich Modelle prüfe. Kaffee?",
    "Bonjour Julie, votre guide a changé la façon dont je relis les modèles. Un café ?",
    # What I do with theirs is about them, not my work.
    "Hii, I take your session on personal branding. Chat?",
    "Hola Jordi, yo sigo tus publicaciones desde hace años. ¿Hablamos?",
    "Olá Joana, eu acompanho seu trabalho há anos. Vamos conversar?",
    "Hallo Jonas, ich verfolge Ihre Beiträge seit Jahren. Kaffee?",
    "Bonjour Julie, je suis vos publications depuis des années. Un café ?",
    # "I m" is "I'm" without its apostrophe: looking for someone is not a role.
    "Hi Jordan, I m looking for a candidate for the role of data engineer. Chat?",
])
def test_verbs_of_feeling_wanting_seeing_or_writing_are_no_introduction(
        lint: Lint, note: str) -> None:
    assert lint(intro, note + " Thanks, Ada").outcome is Outcome.FAIL


@pytest.mark.parametrize(("first", "rest"), [
    ("I'm a data engineer at Acme.",
     "We build streaming pipelines, data contracts and CI for retail analytics teams in "
     "Portugal and Spain, and we run workshops on data quality for their analysts."),
    ("Soy ingeniera de datos en Acme.",
     "Construimos canalizaciones de streaming y contratos de datos para equipos de analítica "
     "de comercio minorista en España y Portugal, y damos talleres de calidad."),
    ("Sou engenheira de dados na Acme.",
     "Construímos pipelines de streaming e contratos de dados para equipas de analytics no "
     "retalho em Portugal e Espanha, e damos workshops de qualidade de dados."),
    ("Ich bin Data Engineer bei Acme.",
     "Wir bauen Streaming-Pipelines und Datenverträge für Analytics-Teams im Einzelhandel "
     "in Deutschland und Österreich und geben Workshops zur Datenqualität."),
    ("Je suis ingénieure data chez Acme.",
     "Nous construisons des pipelines de streaming et des contrats de données pour la grande "
     "distribution en France et en Belgique, et animons des ateliers qualité."),
])
def test_only_the_first_sentence_that_introduces_you_counts_towards_its_length(
        lint: Lint, first: str, rest: str) -> None:
    assert len(f"{first} {rest}") > 160
    finding = lint(intro, f"Hi Jordan, {first} {rest} Coffee? Thanks, Ada")
    assert finding.outcome is Outcome.PASS
    assert finding.data == {"introduction": first, "length": len(first)}


@pytest.mark.parametrize(("note", "said"), [
    ("Hi I am Dinakaran working in TCS as a HR. Chat?", "I am Dinakaran working"),
    ("Hi, I'm Anusha, graduated from Computer Science. Chat?", "I'm Anusha, graduated"),
    ("Hi Jordan, I just graduated in statistics. Chat?", "I just graduated"),
    ("Hi Jordan, I m a data engineer in Lisbon. Chat?", "I m a"),
])
def test_a_name_then_work_or_a_degree_introduces_you(lint: Lint, note: str, said: str) -> None:
    finding = lint(intro, note + " Thanks, Ada")
    assert finding.outcome is Outcome.PASS
    assert said in finding.data["introduction"]


@pytest.mark.parametrize(("note", "said"), [
    ("Hallo Jonas, als Einkaufsleiter beschäftige ich mich mit Lieferketten. Kaffee?",
     "als Einkaufsleiter"),
    ("Hallo Jonas, als Fellow-Gründer finde ich Acme spannend. Kaffee?", "als Fellow-Gründer"),
    ("Hallo Jonas, ich bin Datenbankentwicklerin in Köln. Kaffee?",
     "ich bin Datenbankentwicklerin"),
    ("Hi Sam, This is Nitish currently pursuing B.Tech from VIIT. Chat?",
     "This is Nitish currently"),
    ("Hi Sam, I have 7+ years exp. in Shopify stores. Chat?", "I have 7+ years exp"),
    ("Hi Sam, Jose here, cofounder at Wagmind. Chat?", "cofounder at Wagmind"),
])
def test_a_german_compound_role_or_a_name_then_study_introduces_you(
        lint: Lint, note: str, said: str) -> None:
    finding = lint(intro, note + " Thanks, Ada")
    assert finding.outcome is Outcome.PASS
    assert said in finding.data["introduction"]


@pytest.mark.parametrize("note", [
    "Hallo Jonas, als Begleitung zur Messe schreibe ich Ihnen. Kaffee?",
    "Hallo Jonas, Ihr Einkaufsleiter hat mir von Ihnen erzählt. Kaffee?",
])
def test_a_word_that_only_looks_like_a_role_is_no_introduction(lint: Lint, note: str) -> None:
    assert lint(intro, note + " Thanks, Ada").outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Thanks for your interest. What are you looking for?",
    "Hola Jordi, gracias por tu mensaje. ¿Hablamos?",
    "Olá Joana, obrigada pela mensagem. Vamos conversar?",
    "Hallo Jonas, danke für Ihre Nachricht. Kaffee?",
    "Bonjour Julie, merci pour votre réponse. Un café ?",
])
def test_their_message_or_interest_shows_you_already_talk(lint: Lint, note: str) -> None:
    finding = lint(intro, note)
    assert finding.outcome is Outcome.PASS
    assert finding.data["known"]


@pytest.mark.parametrize(("note", "said"), [
    ("Hi Sam, I'm very interested in your intern position. With a strong background in data "
     "science, I'd like to discuss it. Chat?", "With a strong background in"),
    ("Hi Sam, as a data science graduate, I would appreciate the chance to connect. Chat?",
     "as a data science graduate"),
])
def test_your_background_or_degree_introduces_you(lint: Lint, note: str, said: str) -> None:
    finding = lint(intro, note + " Thanks, Ada")
    assert finding.outcome is Outcome.PASS
    assert said in finding.data["introduction"]


def test_a_call_you_already_had_means_no_introduction_is_needed(lint: Lint) -> None:
    finding = lint(intro, "Hi Sam, I work with Pat (we were on a call last week). Chat? Ada")
    assert finding.outcome is Outcome.PASS
    assert finding.data["known"] == "we were on a call"


@pytest.mark.parametrize(("note", "said"), [
    ("Hola Sam, fabricamos dispositivos para izaje de cargas. ¿Hablamos?", "fabricamos"),
    ("Hola Sam, gracias por conectar. Nos dedicamos a brindar servicios de ingeniería. "
     "¿Hablamos?", "dedicamos"),
    ("Olá Sam, trabalhamos com marketing digital em Curitiba. Vamos conversar?", "trabalhamos"),
    ("Hola Sam, somos una empresa de software en Lima. ¿Hablamos?", "somos una empresa"),
    ("Hola Sam, me encuentro cursando la carrera de datos. ¿Hablamos?",
     "me encuentro cursando"),
])
def test_a_spanish_or_portuguese_verb_without_its_subject_introduces_you(
        lint: Lint, note: str, said: str) -> None:
    finding = lint(intro, note + " Saludos, Ana")
    assert finding.outcome is Outcome.PASS
    assert said in finding.data["introduction"].casefold()


@pytest.mark.parametrize("note", [
    "Hola Sam, quedamos en contacto. Saludos, Ana",
    "Hola Sam, podemos ayudarte con la migración. Saludos, Ana",
    "Hola Sam, ¿hablamos el lunes sobre dbt? Saludos, Ana",
    "Olá Sam, entramos na quinta matéria ontem. Abraços, Ana",
    "Hola Sam, me encantó tu charla. Saludos, Ramos",
    "Hallo Sam, ich bin aktuell auf der Suche nach einem Senior Engineer. Kaffee? Grüße, Ana",
])
def test_staying_in_touch_being_able_a_past_step_or_a_search_is_no_introduction(
        lint: Lint, note: str) -> None:
    assert lint(intro, note).outcome is Outcome.FAIL


def test_two_others_meeting_is_not_you_knowing_them(lint: Lint) -> None:
    note = ("Hallo Sam, hier ist Robert. Pat und ich haben uns letzte Woche auf der Messe "
            "kennengelernt. Kaffee?")
    assert lint(intro, note).data.get("known") is None


@pytest.mark.parametrize("note", [
    "Olá Sam, estivemos juntos hoje numa reunião da Nexa. Vamos conversar?",
    "Olá Sam, nos falamos a pouco na LHH. Vamos conversar?",
    "Hola Sam, estuvimos juntos en la feria. ¿Hablamos?",
])
def test_having_been_together_means_no_introduction_is_needed(lint: Lint, note: str) -> None:
    assert lint(intro, note).data["known"]


@pytest.mark.parametrize("note", [
    "Olá Sam, não nos conhecemos pessoalmente, mas sigo seu trabalho. Vamos conversar?",
    "Hi Sam, we have never met but I follow your work. Chat?",
])
def test_a_negated_meeting_still_needs_an_introduction(lint: Lint, note: str) -> None:
    assert lint(intro, note).outcome is Outcome.FAIL


def test_what_you_were_doing_when_you_saw_them_is_no_introduction(lint: Lint) -> None:
    note = "Olá Sam, eu estava olhando o seu perfil e achei incrível. Vamos conversar?"
    assert lint(intro, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Sam, thank you for the call today, very helpful.",
    "Hola Sam, gracias por la reunión de ayer.",
    "Olá Sam, obrigada pela conversa de hoje.",
    "Hallo Sam, danke für das Telefonat.",
    "Bonjour Sam, merci pour l'appel.",
])
def test_thanks_for_a_conversation_you_had_means_no_introduction_is_needed(
        lint: Lint, note: str) -> None:
    assert lint(intro, note).outcome is Outcome.PASS


def test_thanks_for_their_talk_is_not_knowing_each_other(lint: Lint) -> None:
    assert lint(intro, "Hi Sam, thanks for the talk at PyCon.").outcome is Outcome.FAIL


def test_years_of_experience_written_short_introduce_you(lint: Lint) -> None:
    note = "Hi Sam. I have 4+ YOE in data analytics. Can I send my CV?"
    assert lint(intro, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hello, we are an ad fraud detection company. Is it ok if we connect?",
    "Hi Sam, we're an international resourcing company. Can we talk?",
    "Hola Sam, somos una pequeña empresa de software. ¿Hablamos?",
    "Olá Sam, somos uma consultoria de dados. Vamos conversar?",
    "Hallo Sam, wir sind ein kleines Unternehmen aus Köln. Lust auf einen Austausch?",
    "Bonjour Sam, nous sommes un cabinet de conseil. Un appel ?",
    "Hi Sam. I have enrolled in the Data Analytics 2.0 class. Thanks!",
    "Hi Sam iam taking the Full stack Data Analytics course",
])
def test_what_your_company_is_or_what_you_enrolled_in_introduces_you(
        lint: Lint, note: str) -> None:
    assert lint(intro, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi We have an opening for a .net developer, contact us for details.",
    "Bonjour Sam, nous pensons que le low-code offre de belles opportunités.",
    "Hi Sam, you popped up as an Acme colleague in my feed, so I'm requesting to add you.",
])
def test_an_opening_a_belief_or_a_role_said_of_the_reader_is_no_introduction(
        lint: Lint, note: str) -> None:
    assert lint(intro, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Sam, we know each other from the Lisbon meetup.",
    "Hallo Sam, wir kennen uns aus dem Studium.",
])
def test_knowing_each_other_means_no_introduction_is_needed(lint: Lint, note: str) -> None:
    assert lint(intro, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Sam, Myself Anand, freelancer, educator & coder. Can we talk?",
    "Hi Sam, I have been preparing for the UPSC exam for two years. Any advice?",
])
def test_myself_with_a_role_or_what_you_have_been_doing_introduces_you(
        lint: Lint, note: str) -> None:
    assert lint(intro, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Sam, I am currently exploring new work opportunities. Can we talk?",
    "Hey, Atharva here. Member of a club. Android developer enthusiast. A lot to learn from you.",
])
def test_a_job_search_or_a_role_read_across_a_full_stop_is_no_introduction(
        lint: Lint, note: str) -> None:
    assert lint(intro, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Sam, I think our experience in UI design could help. Can we talk?",
    "Hi Sam, I got accepted into the MEng CS at VT. Any advice?",
    "Hi Sam, I have recently started a project in Power BI. Can you help?",
    "Hola Sam, nuestra experiencia en logística puede servir. ¿Hablamos?",
    "Olá Sam, fui aprovado no mestrado da USP. Pode me dar dicas?",
    "Hallo Sam, unsere Erfahrung in der Logistik könnte helfen. Kurz telefonieren?",
    "Bonjour Sam, notre expérience en logistique pourrait vous servir. Un appel ?",
])
def test_your_teams_experience_an_admission_or_a_start_introduces_you(
        lint: Lint, note: str) -> None:
    assert lint(intro, note).outcome is Outcome.PASS


def test_cyrillic_look_alike_letters_read_as_the_latin_ones(lint: Lint) -> None:
    note = "Hі! Wе organize hugе Angular Global Summit online. Just add me."
    assert lint(intro, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Thanks Jordan for the call today. Would you send me the deck? Ada",
    "Gracias Jordan por la llamada de ayer. ¿Me mandas la presentación? Ada",
])
def test_thanks_for_a_call_with_their_name_inside_means_you_know_each_other(
        lint: Lint, note: str) -> None:
    assert lint(intro, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hola Sam! Trabajo con negocios como el tuyo en Málaga.",
    "Sam, vi un post tuyo. Trabajo montando sistemas de captación con IA.",
    "Olá Sam, trabalho desenvolvendo sistemas de dados para o varejo.",
])
def test_i_work_with_or_i_work_doing_introduces_you(lint: Lint, note: str) -> None:
    assert lint(intro, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Olá, fazemos parte da mentoria conquiste sua vaga!",
    "Hola, formamos parte del grupo de datos de Lima.",
    "Bonjour, nous faisons partie du même réseau d'anciens.",
])
def test_being_part_of_a_group_is_no_introduction(lint: Lint, note: str) -> None:
    assert lint(intro, note).outcome is Outcome.FAIL


@pytest.mark.parametrize("note", [
    "Hi Sam, I'm looking for a role as a data engineer in Lisbon.",
    "Hola Sam, estoy buscando trabajo como analista de datos.",
    "Olá Sam, estou procurando vaga como analista de dados.",
    "Hallo Sam, ich bin auf der Suche nach einer Stelle als Datenanalystin.",
    "Bonjour Sam, je suis à la recherche d'une alternance en tant que développeur web.",
])
def test_the_role_you_are_looking_for_is_not_your_introduction(lint: Lint, note: str) -> None:
    assert lint(intro, note).outcome is Outcome.FAIL


def test_a_role_before_the_search_still_introduces_you(lint: Lint) -> None:
    note = "Hi Sam, I'm a data engineer looking for a new role."
    assert lint(intro, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Saludos, Sam. ¿Conectamos y ampliamos nuestro círculo?",
    "Olá Sam, apliquei para Cloud Engineer na Acme.",
    "Hola Sam, coincidimos en el grupo de LATAM Commerce, estoy agregando personas a mi red.",
    "Hola, me gustaría agregarte, considero que podríamos hacer un excelente trabajo en equipo.",
    "Hola Sam, ambos somos miembros de Sales Hackers.",
    "Hola Sam, justo estoy viendo tu curso de ventas.",
])
def test_a_question_an_opening_applied_to_a_shared_group_or_what_you_watch_is_no_introduction(
        lint: Lint, note: str) -> None:
    assert lint(intro, note).outcome is Outcome.FAIL


def test_a_number_after_a_verb_of_doing_still_says_what_you_do(lint: Lint) -> None:
    note = "Hi Sam, I bring 15+ years leading transformation programmes."
    assert lint(intro, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Sam, I have built data platforms at three startups.",
    "Hi Sam, we've helped 40 banks move to the cloud.",
    "Hi Sam, I have recently completed a data science bootcamp.",
    "Hi Sam, I've taught SQL to analysts for ten years.",
    "Hola Sam, hemos ayudado a 40 bancos a migrar a la nube.",
    "Olá Sam, temos ajudado empresas de varejo com dados.",
    "Bonjour Sam, j'ai accompagné 30 PME dans leur transformation.",
])
def test_what_you_have_done_introduces_you(lint: Lint, note: str) -> None:
    assert lint(intro, note).outcome is Outcome.PASS


@pytest.mark.parametrize("note", [
    "Hi Sam, I have a question about the course.",
    "Hi Sam, we have common interests.",
    "Hi Sam, I have noticed your post on pricing.",
    "Hi Sam, I've watched your videos on SQL.",
    "Hi Sam, we've discovered a breakthrough for analysts.",
    "Hola Sam, hemos visto tu post sobre pagos.",
    "Olá Sam, tenho interesse na área de dados.",
    "Bonjour Sam, j'ai vu votre profil.",
    "Bonjour Sam, j'ai une question sur le cours.",
])
def test_what_you_have_or_have_seen_is_no_introduction(lint: Lint, note: str) -> None:
    assert lint(intro, note).outcome is Outcome.FAIL
