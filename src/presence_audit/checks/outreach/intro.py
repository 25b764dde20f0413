"""Checks that the note briefly introduces you.

What it checks
--------------
A first-person statement of your role or work, in any supported language, from the phrase files'
``intros``: "I'm a data engineer…", "myself Ada, a data engineer…", "I lead…", "I research…", "I'm
currently studying…", "I'm Ada, a …", "I am Ada working at…", "I'm Ada, graduated in…", "my name is
Ada, a data engineer…", "as the data lead at…", "we help…", "we at Acme train…", "Ada here, working
at…", "soy…", "atuo como…", "ich arbeite als…", "je travaille…", or a first-person subject with a
verb of doing ("I partner with founders…", "we offer audits…", "I'm currently mentoring…", "I have
been preparing for…", "I recently started a project…", "I got accepted into…", "our experience in…",
"ich betreue…", "j'anime…", "trabajo montando sistemas…", what you have done: "I have built…",
"we've helped…", "hemos ayudado…", "j'ai accompagné…" — not "I have a question" or "I have noticed";
``activity_subjects``, ``perfect_subjects``, ``progressive_subjects``), or in Spanish and
Portuguese, where the subject is left out, a verb with a first-person plural ending opening a
sentence or clause ("Fabricamos dispositivos…", "Nos dedicamos a…", "Trabalhamos com…";
``subjectless_endings``) — not a verb of feeling, wanting, seeing or of the note itself ("I hope",
"I noticed", "I'm reaching out", "je vous écris"; ``not_activity_verbs``), nor one whose object is
the reader's ("I take your session", "eu acompanho seu trabalho"), nor one in a condition, a
question or another clause ("if we work together", "can we help?", "how I review models"), or your
own experience or background in a field ("drawing on my experience in data contracts", "mi
experiencia en…", "meine Erfahrung als…", "mon expérience en…"; the reader's experience does not
count), or a role written as a headline is, without its subject, opening a clause and followed by
where ("data engineer at Acme here", "final year CS student at MIT", "analista de datos en Acme por
aquí", "Entwicklerin bei Acme hier", "actuellement consultante data chez Acme"; ``role_nouns``,
``headline_prepositions``, ``here_words``) — but not someone else's ("the data engineer at Acme told
me", ``not_self_words``). Right after a possessive or an article the same words are a noun, not an
introduction ("seu trabalho há anos", "tu trabajo en Acme"). A role after a first-person subject or
"as" counts, German compounds too ("I'm a passionate data scientist", "als Einkaufsleiter", "als
Fellow-Gründer"; ``role_subjects``, ``role_endings``) — but not after "as" in a clause about the
reader ("you popped up as an Acme colleague"). A name alone ("I'm Ada", "my name is Ada") is not an
introduction, nor are the phrases under ``not_intros`` ("I'm a big fan…", "I'm currently looking
for…", being part of a group: "fazemos parte da…", "formamos parte de…", "ambos somos…") or a role
after one in the same clause: the role you are looking for ("I'm looking for a role as a data
engineer", "je suis à la recherche d'une alternance en tant que…"). When the note shows the two of
you already know each other — met, talked, worked together, or a conversation you already had or
thank them for ("thanks for the call today", "danke für das Gespräch"), or that you know each other
("we know each other from…", "wir kennen uns aus…"), or their message or interest in you ("great
meeting you", "as we discussed", "thanks for your message", "fue un placer conocerte", "danke für
Ihre Nachricht", "suite à notre échange", ``known``; not one the note denies: "we have never met",
``negations``) — no introduction is needed: ``pass``. Otherwise ``pass`` when there is one and the
first sentence that holds it takes at most ``max_length`` characters (160 by default; what follows
about your work is the pitch, not more introduction) — counted from the introduction on when a
greeting or pleasantry runs into it after a comma ("Hi, hope you are well, I am …"); ``warn`` when
it takes more; ``fail`` when there is none.

Known limits: a name with an employer and no role ("Shruti from Acme.") is not found, nor is
a role without where ("Data engineer."); "Naveen here." is a name alone. The German perfect,
whose participle ends the clause ("ich habe einen Artikel geschrieben"), is not read as one, and
a French participle counts only when the phrase files list it ("accompagné", "développé").

Why it matters
--------------
The recipient decides whether to accept from the note and your name alone. One line about
who you are and what you do tells them why a stranger is writing — more than that crowds out
the reason to connect.

How to fix
----------
Add one short sentence about you that matters to them, e.g. "I'm a data engineer in Lisbon
working on streaming pipelines." If the introduction runs long, keep the role and the one
detail that links you to them.

Example
-------
``Hi Jordan, I enjoyed your dbt talk. Would you be up for a call? Thanks, Ada`` gives
``fail``: ``No self-introduction: the note does not say who you are``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presence_audit.checks.base import CheckContext, Option
from presence_audit.checks.outreach import _note
from presence_audit.core.model import Evidence, Finding, Outcome
from presence_audit.text.folding import fold
from presence_audit.text.phrases import Hit, present
from presence_audit.text.quoting import quote

ID = "outreach.intro"
TITLE = "Note briefly introduces you"
CATEGORY = "outreach"
SEVERITY = "low"
WEIGHT = 1
REQUIRES = ("note",)
OPTIONS = {
    "max_length": Option(int, 160,
                         "Most characters the introduction may take and still be brief."),
}


def introductions(note: _note.Note) -> list[Hit]:
    """First-person statements of role or work, minus those inside a ``not_intros`` phrase or
    after one in the same clause: "I'm looking for a role as a data engineer" names the role
    sought, not yours.

    A name alone ("I'm Ada") is not an introduction: it says who, not what you do."""
    excluded = note.find("not_intros")
    found = (note.find("intros") + _role_statements(note) + _self_descriptions(note)
             + _activity_statements(note) + _subjectless_statements(note))
    hits = [h for h in found
            if not any(x.start <= h.start < x.end or _governs(note, x, h) for x in excluded)
            and not _after_a_determiner(note, h)]
    return sorted(hits, key=lambda h: h.start)


def _governs(note: _note.Note, phrase: Hit, hit: Hit) -> bool:
    """True when ``phrase`` comes before ``hit`` in the same clause of the same sentence."""
    return phrase.end <= hit.start and note.sentence_of(phrase) == note.sentence_of(hit) and \
        not _note.CLAUSE_BREAK.search(note.text[phrase.end:hit.start])


def _after_a_determiner(note: _note.Note, hit: Hit) -> bool:
    """True when ``hit`` opens with a word that is also a noun of work (``reader_work``:
    "trabalho", "trabajo") and a possessive or an article (``possessives``,
    ``not_self_words``) comes right before it: then it is the noun ("seu trabalho há anos",
    "tu trabajo en Acme") — the reader's work or someone's — not the sender's "I work"."""
    book = note.phrases
    words = fold(hit.text).split()
    if not words or words[0] not in book.get("reader_work"):
        return False
    return note.word_before(hit) in {*book.get("possessives"), *book.get("not_self_words")}


def _role_statements(note: _note.Note) -> list[Hit]:
    """"I'm a passionate data scientist", "soy ingeniera", "je suis consultante", "als
    Einkaufsleiter…": a first-person subject (``role_subjects``) followed within four words by
    a role (``role_nouns``, ``student_words``, or a compound that ends in one of
    ``role_endings``: "Einkaufsleiter", "Fellow-Gründer")."""
    folded = note.folded.folded
    book = note.phrases
    pattern = _role_pattern(present(book.get("role_subjects"), folded), present(
        (*book.get("role_nouns"), *book.get("student_words")), folded),
        present(book.get("role_endings"), folded))
    if pattern is None:
        return []
    hits = [note.folded.hit(m) for m in pattern.finditer(note.folded.folded)]
    return [h for h in hits if not _said_of_the_reader(note, h)]


def _said_of_the_reader(note: _note.Note, hit: Hit) -> bool:
    """True when a role after "as" ("als", "como", "comme") is said of the reader: a word for
    them comes before it in its clause ("You popped up as an Aetna colleague", "te escribo como
    a una experta"), so the role is theirs or how they see you, not your introduction."""
    first = _note.folded_words(hit.text)[:1]
    if not first or first[0] not in _AS_WORDS:
        return False
    readers = set(note.phrases.get("second_person"))
    return any(w in readers for w in _note.folded_words(note.clause_before(hit)))


_AS_WORDS = frozenset({"as", "als", "como", "comme"})
"""The role subjects that have no subject of their own: whose role it is comes before them."""


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split()))
                    for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=64)
def _role_pattern(subjects: tuple[str, ...], roles: tuple[str, ...],
                  endings: tuple[str, ...] = ()) -> re.Pattern[str] | None:
    if not subjects or not (roles or endings):
        return None
    # The words between are the role's own ("a passionate data"), not an activity ("seeking
    # opportunities in …", "looking for a …").
    gap = r"(?!\w*ing\b|for\b|in\b)[\w'&/()-]+[,\s]+"
    role = "|".join(filter(None, (
        _alternation(roles),
        # A compound is one word that ends in a role: "einkaufsleiter", "fellow-grunder".
        rf"[^\W\d_][\w-]*?(?:{_alternation(endings)})" if endings else "")))
    return re.compile(rf"(?<!\w)(?:{_alternation(subjects)})\s+(?:{gap}){{0,4}}?"
                      rf"(?:{role})(?!\w)")


def _self_descriptions(note: _note.Note) -> list[Hit]:
    """"Data engineer at Acme here.", "final year CS student at MIT", "actuellement consultante
    data chez Acme": a role (``role_nouns``, ``student_words``) that opens a clause, written as
    a headline is, without its subject — after at most three words, none of which makes it
    someone else's (``not_self_words``, ``possessives``: "the data engineer at Acme told me",
    "your recruiter at Acme"), the opening applied to (``application_verbs``: "apliquei para Cloud
    Engineer na Acme") or a greeting — and followed within four words by an employer's
    preposition (``headline_prepositions``) or a word such as "here" (``here_words``)."""
    folded = note.folded.folded
    book = note.phrases
    roles = present((*book.get("role_nouns"), *book.get("student_words")), folded)
    after = present((*book.get("headline_prepositions"), *book.get("here_words")), folded)
    if not roles or not after:
        return []
    # Only the words the note holds can stand before a role: the rest need not be compiled.
    others = present((*book.get("not_self_words"), *book.get("possessives"),
                      *book.get("greetings"), *book.get("application_verbs")), folded)
    return [note.folded.hit(m, group="said")
            for m in _self_pattern(roles, after, others).finditer(folded)]


@lru_cache(maxsize=64)
def _self_pattern(roles: tuple[str, ...], after: tuple[str, ...],
                  others: tuple[str, ...]) -> re.Pattern[str]:
    # A clause opens at the start, after sentence or clause punctuation, or after " - ".
    # A full stop must be followed by a space to end anything: ".net developer" is a word.
    start = r"(?:^|(?<=[,;:\n—–])|(?<=[.!?])(?=\s)|(?<=\s-))[ \t]*"
    excluded = "|".join(filter(None, (_alternation(others), "for|in")))
    before = rf"(?:(?!(?:{excluded})(?!\w))\w[\w'&/()-]*[ \t]+){{0,3}}?"
    # A full stop only inside a word ("B.V.", "Node.js"): a sentence's end is not crossed.
    rest = r"(?:[ \t,]+[\w'&/()-]+(?:\.[\w'&/()-]+)*){0,3}?[ \t,]+"
    return re.compile(rf"{start}(?P<said>{before}(?:{_alternation(roles)})s?(?!\w)"
                      rf"{rest}(?:{_alternation(after)})(?:(?<=@)|(?!\w)))")


_WORD = re.compile(r"[^\W\d_][\w'-]*")
_FOLLOWING = re.compile(r"[^\W_][\w'+-]*")
"""What may follow a verb of doing: a word or a number ("I bring 15+ years of…")."""
_ADVERBS_BETWEEN = 2


def _activity_statements(note: _note.Note) -> list[Hit]:
    """"I partner with founders…", "we offer audits", "I'm currently building…", "j'accompagne
    des PME", "ich betreue…", "estoy creando…": a first-person subject (``activity_subjects``;
    with a progressive one, ``progressive_subjects``, the verb must have its ending: "i'm -ing")
    and, after at most two adverbs (``activity_adverbs``), a verb that says what you do. The
    verbs of feeling, wanting, perceiving, and of the note itself are not that
    (``not_activity_verbs``: "I hope", "I saw", "we should", "I'm reaching out"); nor is a
    verb in a condition ("if we work together…"), a question ("can we help…") or a clause a
    wh-word opens ("how I review models"), nor a verb whose object is the reader's ("I take
    your session", "eu acompanho seu trabalho": ``possessives``). After a perfect subject
    ("I have", "we've", ``perfect_subjects``) the participle says what you did ("I have built
    data platforms", "we've helped 40 banks") unless it is one of those verbs (``_did``). An
    entry starting with "-" is an ending ("-ly", "-ed")."""
    book = note.phrases
    folded = note.folded.folded
    adverbs = _note.words_of(book.get("activity_adverbs"))
    possessives = set(book.get("possessives"))
    excluded = _note.words_of(book.get("not_activity_verbs"))
    participles = frozenset(book.get("not_activity_participles"))
    irregular = frozenset(book.get("irregular_participles"))
    participle_endings = _note.words_of(book.get("participle_endings")).endings
    hits = []
    for match, endings in _subject_matches(note):
        perfect = endings == _PERFECT
        position, verb = match.end(), None
        for _ in range(_ADVERBS_BETWEEN + 1):
            word = _WORD.match(folded, position)
            if word is None:
                break
            if adverbs.holds(word.group()) and not excluded.holds(word.group()):
                position = _skip_space(folded, word.end())
                continue
            verb = word
            break
        if verb is None:
            continue
        if perfect:
            if not _did(verb.group(), excluded, participles, irregular, participle_endings):
                continue
        elif excluded.holds(verb.group()) or (endings and not verb.group().endswith(endings)):
            continue
        following = _FOLLOWING.match(folded, _skip_space(folded, verb.end()))
        if not following:
            continue  # a verb with nothing after it ("… as I do.") says nothing of the work
        if following.group() in possessives:
            continue  # what I do with yours ("I take your session") is about them, not my work
        start, end = note.folded.span(match.start(), verb.end())
        hit = Hit(start, end, note.text[start:end], match.group())
        # After an auxiliary the subject is inverted: a question ("can we extend…?", "may I
        # ask…"); after a wh-word it is another clause's ("how I review models"). Neither is
        # a statement of what you do.
        if not note.conditional(hit) and not excluded.holds(note.word_before(hit) or ""):
            hits.append(hit)
    return hits


_CLAUSE_OPENING = re.compile(r"(?:^|[,;:—–(]\s*|\s(?:y|e)\s+)(?:nos\s+)?(?P<verb>[^\W\d_]+)")


def _subjectless_statements(note: _note.Note) -> list[Hit]:
    """"Fabricamos dispositivos…", "Nos dedicamos a…", "Trabalhamos com…": in Spanish and
    Portuguese the subject is left out, and the verb's ending says who does it. A verb that
    opens a sentence or a clause with a first-person plural ending (``subjectless_endings``:
    "-amos", "-emos", "-imos") and is not a verb of feeling, wanting or of the note itself
    (``not_activity_verbs``: "podemos", "quedamos", "esperamos"), nor a proposal to talk
    (``proposals``, ``conversation``: "hablamos", "conversamos"), nor one in a question, says what
    you do."""
    book = note.phrases
    endings = tuple(e.lstrip("-") for e in book.get("subjectless_endings"))
    if not endings:
        return []
    excluded = _note.words_of(book.get("not_activity_verbs"))
    talk = {*book.get("proposals"), *book.get("conversation"), *book.get("invitations")}
    folded = note.folded.folded
    hits = []
    for sentence in note.sentences():
        if note.is_question(sentence):
            continue  # "¿Conectamos y ampliamos nuestro círculo?" proposes, it does not say
        start, end = note.folded_span(sentence)
        for match in _CLAUSE_OPENING.finditer(folded[start:end]):
            verb = match.group("verb")
            if (not verb.endswith(endings) or len(verb) <= max(map(len, endings)) + 1
                    or excluded.holds(verb) or verb in talk):
                continue
            if not _WORD.match(folded, _skip_space(folded, start + match.end())):
                continue  # nothing after the verb says what is done
            first, last = note.folded.span(start + match.start("verb"), start + match.end())
            if first > sentence.start and not note.text[first].islower():
                continue  # inside a sentence a capital is a name: "Saludos, Ramos"
            hit = Hit(first, last, note.text[first:last], verb)
            if not note.conditional(hit):
                hits.append(hit)
    return hits


def _skip_space(folded: str, position: int) -> int:
    while position < len(folded) and folded[position] in " \t":
        position += 1
    return position


_PERFECT = ("<perfect>",)
"""Stands for the endings of a perfect subject ("I have", "we've"): its verb is a participle."""


def _did(participle: str, excluded: _note.Words, participles: frozenset[str],
         irregular: frozenset[str], endings: tuple[str, ...]) -> bool:
    """True when ``participle`` after "I have" / "we've" is one that says what you did — a
    regular one, by its ending (``participle_endings``: "helped", "completed", "ayudado"), or
    one listed as a participle of doing (``irregular_participles``: "built", "led", "taught",
    and French ones such as "accompagné"), not a possession ("I have a question", "we have
    common interests") — and is not one of the verbs of feeling, seeing or of the note itself,
    whether listed as they are (``not_activity_participles``: "tried", "discovered") or as the
    verb they come from (``not_activity_verbs``: "noticed" from "notice", "wanted" from
    "want")."""
    if participle in participles or participle in excluded.words:
        return False
    regular = [e for e in endings if participle.endswith(e) and len(participle) > len(e) + 1]
    if not regular:
        return participle in irregular
    # The verb it comes from: "noticed" → "notic" or "notice".
    stems = {participle[:len(participle) - len(e) + k] for e in regular for k in (0, 1)}
    return not stems & excluded.words


def _subject_matches(note: _note.Note) -> list[tuple[re.Match[str], tuple[str, ...]]]:
    """Each first-person subject in the note with the endings its verb needs (none, the
    progressive's, or ``_PERFECT`` for a perfect subject, ``perfect_subjects``: "I have
    built…", "we've helped…"), in order."""
    book = note.phrases
    folded = note.folded.folded
    found: dict[int, tuple[re.Match[str], tuple[str, ...]]] = {}
    plain = present(book.get("activity_subjects"), folded)
    pattern = _subject_pattern(plain)
    if pattern is not None:
        for m in pattern.finditer(folded):
            found[m.start()] = (m, ())
    pattern = _subject_pattern(present(book.get("perfect_subjects"), folded))
    if pattern is not None:
        for m in pattern.finditer(folded):
            found[m.start()] = (m, _PERFECT)
    progressive = _progressive_endings(book.get("progressive_subjects"))
    pattern = _subject_pattern(present(tuple(progressive), folded))
    if pattern is not None:
        for m in pattern.finditer(folded):
            found[m.start()] = (m, progressive.get(" ".join(m.group().split()), ()))
    return [found[start] for start in sorted(found)]


@lru_cache(maxsize=16)
def _progressive_endings(entries: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``("i'm -ing", "estoy -ando", "estoy -iendo")`` → each subject's verb endings."""
    endings: dict[str, tuple[str, ...]] = {}
    for entry in entries:
        subject, _, ending = entry.rpartition(" ")
        endings[subject] = (*endings.get(subject, ()), ending.lstrip("-"))
    return endings


@lru_cache(maxsize=64)
def _subject_pattern(subjects: tuple[str, ...]) -> re.Pattern[str] | None:
    if not subjects:
        return None
    # An elided subject ("j'") runs straight into its verb; any other needs a space after it.
    spaced = [s for s in subjects if not s.endswith("'")]
    elided = [s for s in subjects if s.endswith("'")]
    parts = []
    if spaced:
        parts.append(rf"(?:{_alternation(tuple(spaced))})[ \t]+")
    if elided:
        parts.append("|".join(map(re.escape, elided)))
    return re.compile(rf"(?<![\w'])(?:{'|'.join(parts)})")


def _asks(note: _note.Note, sentence: _note.Span) -> bool:
    if note.is_question(sentence) or note.find("invitations", sentence):
        return True
    return bool(note.conversations(sentence) and note.find("proposals", sentence))


_CLAUSE_END = re.compile(r"[,;:—–-]\s*$")


def _past_pleasantries(note: _note.Note, sentence: _note.Span, hits: list[Hit]) -> _note.Span:
    """The sentence from its introduction on when a greeting or a pleasantry comes before it,
    set off by a comma ("Hi, hope you are well, I am a data engineer …"): a run-on opening
    is not part of the introduction's length."""
    first = min((h.start for h in hits if sentence.start <= h.start < sentence.end),
                default=sentence.start)
    before = _note.Span(sentence.start, first)
    if first == sentence.start or not _CLAUSE_END.search(note.text[before.start:before.end]):
        return sentence
    polite = note.find("pleasantry_openers", before) + note.find("greetings", before)
    return _note.Span(first, sentence.end) if polite else sentence


def check(ctx: CheckContext) -> Finding:
    note = _note.load(ctx)
    known = note.known()
    if known:
        met = quote(known[0].text, keep_end=True)
        return Finding(
            Outcome.PASS, f"You already know each other ({met}): no introduction needed",
            evidence=[Evidence(note.quote(note.sentence_of(known[0])))],
            data={"introduction": None, "length": 0, "known": known[0].text})
    hits = introductions(note)
    if not hits:
        return Finding(
            Outcome.FAIL, "No self-introduction: the note does not say what you do",
            fix="Add one short sentence about you that matters to them, e.g. \"I'm a data "
                "engineer in Lisbon working on streaming pipelines.\"",
            data={"introduction": None, "length": 0},
        )
    sentences = list(dict.fromkeys(note.sentence_of(h) for h in hits))
    # The introduction is the first sentence that says who you are, unless it also asks ("We
    # host panels — would you be open to one?"): that is the ask. What follows about your work
    # is the pitch, not more introduction.
    brief = next((_past_pleasantries(note, s, hits) for s in sentences if not _asks(note, s)),
                 sentences[0])
    text = note.text[brief.start:brief.end]
    limit: int = ctx.options["max_length"]
    evidence = [Evidence(f"introduction: {note.quote(brief)}")]
    data = {"introduction": text, "length": len(text)}
    if len(text) > limit:
        return Finding(
            Outcome.WARN,
            f"The introduction takes {len(text)} characters (brief is up to {limit})",
            fix="Keep your role and the one detail that links you to them; the rest can wait "
                "for the conversation.",
            evidence=evidence, data=data, score=0.5,
        )
    return Finding(Outcome.PASS, f"Introduces you: {note.quote(brief)}",
                   evidence=evidence, data=data)
