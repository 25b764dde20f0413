"""What the outreach checks share: the note, its opening and ending, and quoting it.

The note comes from the ``note`` artifact (see ``presence_audit.sources.note``): its text as
it will be sent, the character limit, the sender's name, terms of context shared with the
person it is for (when a target was read) and any phrases the user added.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple

from presence_audit.checks.base import CheckContext
from presence_audit.core.artifacts import NOTE_ARTIFACT
from presence_audit.text.folding import fold
from presence_audit.text.phrases import (
    FoldedText,
    Hit,
    Phrasebook,
    bundled,
    parse_phrase_file,
    phrase_pattern,
    present,
)
from presence_audit.text.quoting import quote
from presence_audit.text.sentences import lines as split_lines
from presence_audit.text.sentences import split as split_sentences

# After a greeting, up to three words of name and what closes the salutation: punctuation
# ("Hi Jordan,", "Hello Marco —"), or a run of spaces where a line break was flattened
# ("Hi Sam  Love your work"); without either, one capitalised name before a lower-case or
# first-person word ("Hi Sam hope", "Hi Sam I sell"); otherwise only the greeting is skipped.
_SALUTATION_REST = re.compile(
    r"(?P<spaced>(?:[ \t]+[^\s,!.:;—–-]+){1,3}?[ \t]{2,}(?=\S))"
    r"|[ \t]*,?(?:[ \t]+[^\s,!.:;—–-]+){0,3}?[ \t]*(?:[,!.:;\n—–]+|[ \t]-[ \t])"
    r"|[ \t]+(?P<name>[^\W\d_a-z][^\s,!.:;]*)(?=[ \t]+(?P<next>[^\s,!.:;]+))")
_GREETING_PUNCTUATION = re.compile(r"[ \t]*[,!.:;—–]+")
_TITLE_END = re.compile(r"([^\W\d_]+)\.$")
_SHORT_OPENING = 25
"""An opening sentence shorter than this ("Quick one.") is read together with the next."""
_MIN_NAME_PART = 2
_PLEASANTRY_SLACK = 3
"""Words besides a greeting question ("how are you?") that make the question a real one."""
_SENTENCE_END = frozenset(".?!")
ARTICLE = 3
"""Longest word taken for an article before what a note names ("a", "the", "la", "das")."""
_TOPIC_GAP = re.compile(r"\s+(?:[^\W\d_]+\s+){0,3}")
"""Between an exchange and what it is about: up to three words ("ideas with you on")."""
_INVERSION_SLACK = 3
"""Words that may come before an unmarked question's "are you" in its clause ("Bro, right
now are u…")."""
_NOT_A_NAME = ("intros", "sign_offs", "pleasantry_openers", "compliments", "known",
               "mass_openers")
"""Kinds of phrase that open the note itself when they follow the greeting: not a name."""
CLAUSE_BREAK = re.compile(r"[,;:—–]|\s-\s")


def folded_words(text: str) -> list[str]:
    """The folded words of ``text``, apostrophes and hyphens kept inside them."""
    return re.findall(r"[\w'’-]+", fold(text))


class Span(NamedTuple):
    start: int
    end: int


@dataclass(frozen=True)
class Note:
    text: str
    limit: int
    sender_name: str | None
    shared_context: tuple[str, ...]
    phrases: Phrasebook

    @cached_property
    def folded(self) -> FoldedText:
        """The note folded, without the reader's name where it stands inside a thank-you
        ("Thanks Sam for the call" reads as "thanks for the call")."""
        folded = FoldedText.of(self.text)
        pattern = _vocative_pattern(present(self.phrases.get("thanks_for"), folded.folded))
        if pattern is None:
            return folded
        own = set(self.phrases.get("first_person"))
        names = [(m.end("lead"), m.start("rest") - 1) for m in pattern.finditer(folded.folded)
                 if self.text[folded.origin[m.start("name")]].isupper()
                 and m.group("name") not in own]
        return folded.without(names) if names else folded

    def find(self, kind: str, span: Span | None = None) -> list[Hit]:
        """Phrases of ``kind`` in the note, or in ``span`` of it."""
        if span is None:
            return self.phrases.find(kind, self.folded)
        return self.phrases.find(kind, self.folded, span.start, span.end)

    def find_terms(self, terms: tuple[str, ...], span: Span | None = None) -> list[Hit]:
        """Whole-word occurrences of arbitrary ``terms`` (names, employers, schools)."""
        pattern = phrase_pattern(fold(t) for t in terms if t.strip())
        if pattern is None:
            return []
        return within([self.folded.hit(m) for m in pattern.finditer(self.folded.folded)], span)

    def sentences(self) -> list[Span]:
        """Sentence spans after the salutation, trimmed (see ``presence_audit.text.sentences``)."""
        return list(self._sentences)

    @cached_property
    def _sentences(self) -> tuple[Span, ...]:
        start = self._salutation_end
        spans = []
        for sentence in split_sentences(self.text, self.phrases.get("abbreviations")):
            if sentence.end <= start:
                continue
            spans.append(self._trim(Span(max(sentence.start, start), sentence.end)))
        return tuple(s for s in spans if s.end > s.start)

    def window(self, count: int) -> Span:
        """The first ``count`` sentences after the salutation, as one span."""
        sentences = self.sentences()[:count]
        if not sentences:
            return Span(self._salutation_end, self._salutation_end)
        return Span(sentences[0].start, sentences[-1].end)

    def reader_references(self, span: Span | None = None) -> list[Hit]:
        """Where the note points at the reader's own work or situation: a second-person
        possessive, or thanks (``thanks_for``: "thanks for the", "danke für den"), followed
        within two words by a word from ``reader_work`` ("your recent post", "tu publicación",
        "Ihre Beiträge", "vos publications", "thanks for the talk", "danke für den spannenden
        Vortrag", "your 'Fullstack Data Analytics' course" — a quoted title may stand between),
        or by what you are to them (``reader_relations``: "I am your student", "as your Acme
        rep", "tu alumno", "Ihr Ansprechpartner"), or such a relation followed by a word that
        ties it to them (``relation_links``) and a word for them (``second_person``: "a student
        of your batch", "a big fan of yours", "alumna de tu curso", "aluno do seu curso"), or a
        word of their work followed by a possessive that comes after its noun
        (``postposed_possessives``: "un post tuyo", "um artigo seu"), or by a clause whose
        subject is them (``relative_you``: "the talk you gave", "a publicação que você fez")."""
        folded = self.folded.folded
        book = self.phrases
        leads = (*book.get("possessives"), *book.get("thanks_for"))
        work = present(book.get("reader_work"), folded)
        relations = present(book.get("reader_relations"), folded)
        pattern = _reader_pattern(present(leads, folded), (*work, *relations))
        hits = [] if pattern is None else [self.folded.hit(m) for m in pattern.finditer(folded)]
        of_them = _relation_of_pattern(relations, present(book.get("relation_links"), folded),
                                       present(words_of(book.get("second_person")).listed, folded))
        if of_them is not None:
            hits += [self.folded.hit(m) for m in of_them.finditer(folded)]
        after_work = _postposed_pattern(work, present(book.get("postposed_possessives"), folded))
        if after_work is not None:
            hits += [self.folded.hit(m) for m in after_work.finditer(folded)]
        after = _relative_pattern(work, present(self.phrases.get("relative_you"), folded))
        if after is not None:
            hits += [self.folded.hit(m) for m in after.finditer(folded)]
        return within(sorted(hits, key=lambda h: h.start), span)

    def known(self, span: Span | None = None) -> list[Hit]:
        """Signs that the two of you already know each other (``known``: "great meeting you",
        "as we discussed"), and thanks for a conversation you had: a thank-you
        (``thanks_for``) followed by a word for a conversation (``conversation``), past an
        article or a possessive and at most one more word ("thanks for the call today",
        "thank you for our quick chat", "gracias por la llamada", "obrigado pela conversa",
        "danke für das nette Gespräch"). Not a word that is also their work ("thanks for the
        talk" is for the talk they gave, ``reader_work``), nor a meeting the note denies
        (``negations``)."""
        folded = self.folded.folded
        book = self.phrases
        work = set(book.get("reader_work"))
        talks = tuple(w for w in present(book.get("conversation"), folded) if w not in work)
        pattern = _thanked_pattern(present(book.get("thanks_for"), folded), talks)
        hits = self.find("known", span)
        if pattern is not None:
            thanked = within([self.folded.hit(m) for m in pattern.finditer(folded)], span)
            hits = sorted(hits + thanked, key=lambda h: h.start)
        return [h for h in hits if not self.negated(h)]

    def perceived(self, span: Span | None = None) -> list[Hit]:
        """What you saw, read or heard of the reader: a verb of perceiving
        (``perception_verbs``: "I saw", "noticed", "vi", "gesehen", "j'ai vu") followed in its
        clause by a word for them (``second_person``: "you", "your", "você", "Sie", "vous") or
        for the two of you (``shared_subjects``: "we", "wir", "nous") — straight away, or past a
        "that" (``complementizers``) with up to three words or a comma before it: "I saw u were
        an intern at…", "I noticed on Slack that your team…", "I noticed that we're connected
        to…", "vi que você é CTO", "ich habe gesehen, dass Sie…", "j'ai vu que vous…". Not their
        profile, nor them on a site anyone finds anyone on ("I saw your profile", "I came across
        you on LinkedIn")."""
        folded = self.folded.folded
        book = self.phrases
        readers = (*book.get("second_person"), *book.get("shared_subjects"))
        seeing = present(book.get("perception_verbs"), folded)
        pattern = _perceived_pattern((*seeing, *present(book.get("use_verbs"), folded)),
                                     present(book.get("complementizers"), folded),
                                     present(words_of(readers).listed, folded),
                                     words_of(readers).endings)
        hits = [] if pattern is None else [self.folded.hit(m) for m in pattern.finditer(folded)]
        hits += self._names_perceived((*seeing, *present(book.get("application_verbs"), folded)))
        return within([h for h in hits
                       if not self.about_profile(h) and not self._on_a_platform(h)], span)

    def applications(self, span: Span | None = None) -> list[Hit]:
        """Applying to their opening, named (``application_verbs`` followed by a name as in
        ``_names_perceived``): "I just applied to Data Analyst at Acme", "me postulé a Cloud
        Engineer en Acme" — not "I applied to various companies"."""
        verbs = present(self.phrases.get("application_verbs"), self.folded.folded)
        return within(self._names_perceived(verbs) if verbs else [], span)

    def _names_perceived(self, verbs: tuple[str, ...]) -> list[Hit]:
        """A verb of perceiving (or of applying) followed by a name, past an article and a word
        for what is named: "I came across Bytus Technologies's website", "I've seen Acme is
        hiring", "conheci a Acme", "vi a empresa Acme", "j'ai découvert Acme", "I applied to
        Data Analyst at Acme" — their company, product, event or opening. Not a site anyone
        uses (``platforms``), nor "I" ("I saw I could…"); what is named must be written with a
        capital."""
        pattern = _named_pattern(verbs)
        if pattern is None:
            return []
        work = set(self.phrases.get("reader_work"))
        hits = []
        for match in pattern.finditer(self.folded.folded):
            group = self._name_group(match, work)
            if group is None:
                continue
            name = self.folded.hit(match, group=group)
            if not name.text[:1].isupper() or fold(name.text) in self.phrases.get("first_person"):
                continue
            if self.names_a_platform(fold(self.text[name.start:name.start + 40])):
                continue
            start, _ = self.folded.span(match.start(), match.end())
            hits.append(Hit(start, name.end, self.text[start:name.end], match.group("verb")))
        return hits

    def _name_group(self, match: re.Match[str], work: set[str]) -> str | None:
        """Which word after the verb may be the name: the first; past an article, the second
        ("I came across the Acme blog"); past an article and a word for what is named
        (``reader_work``), the third ("vi a empresa Acme", "the project PixleVibe")."""
        def capital(group: str) -> bool:
            return match.group(group) is not None and \
                self.folded.hit(match, group=group).text[:1].isupper()
        if capital("first"):
            return "first"
        if len(match.group("first")) > ARTICLE:
            return None
        if capital("second"):
            return "second"
        return "third" if match.group("second") in work and capital("third") else None

    def work_of_a_name(self, span: Span | None = None) -> list[Hit]:
        """A word of work tied by "of" to a name written with a capital (``reader_work``,
        ``relation_links``: "el trabajo de Acme", "la croissance de Acme", "the work of Acme",
        "o trabalho da Acme"): what a company does, named — theirs, unless a first-person word
        comes before it in its sentence ("soy Alex, del equipo de Acme" is the sender's team)
        or what is named is a role ("un puesto de Analista", ``role_nouns``)."""
        folded = self.folded.folded
        book = self.phrases
        pattern = _work_of_pattern(present(book.get("reader_work"), folded),
                                   present(book.get("relation_links"), folded))
        if pattern is None:
            return []
        own = set(book.get("first_person"))
        roles = {*book.get("role_nouns"), *book.get("student_words")}
        hits = []
        for match in pattern.finditer(folded):
            name = self.folded.hit(match, group="name")
            if not name.text[:1].isupper() or fold(name.text) in own | roles:
                continue  # not a name, or a role ("un puesto de Analista Jr.")
            hit = self.folded.hit(match)
            before = self.text[self.sentence_of(hit).start:hit.start]
            if not own.intersection(folded_words(before)):
                hits.append(hit)
        return within(hits, span)

    def profile_in_clause(self, hit: Hit) -> bool:
        """True when a word for a profile comes within the next four words of ``hit``'s clause
        ("I saw you viewed my profile", "I noticed you visited my profile"): a profile view is
        what anyone's notifications say, not something you know of them."""
        rest = re.split(r"[.!?]|" + CLAUSE_BREAK.pattern, self.text[hit.end:hit.end + 80])[0]
        words = folded_words(rest)[:4]
        return any(w in self.phrases.get("profile_words") for w in words)

    def _on_a_platform(self, hit: Hit) -> bool:
        """True when a site anyone uses follows ``hit`` past a preposition and an article ("…
        you on LinkedIn", "… te en LinkedIn", "… you through Google")."""
        words = fold(self.text[hit.end:hit.end + 60]).split()
        through = set(self.phrases.get("through_words"))
        for _ in range(2):
            if words and (len(words[0]) <= ARTICLE or words[0] in through):
                words = words[1:]
        return bool(words) and self.names_a_platform(" ".join(words).strip(",.!?"))

    def about_profile(self, hit: Hit) -> bool:
        """True when ``hit`` is followed by a word for the profile itself ("I saw your
        profile"), or comes right after one, as where the verb ends the clause ("ich bin auf
        Ihr Profil aufmerksam geworden"): looking at a profile is what every mass mailing
        says, not context."""
        words = self.phrases.get("profile_words")
        start = max(self.sentence_of(hit).start, hit.start - 40)
        before = folded_words(self.text[start:hit.start])
        if any(" ".join(before[-len(w.split()):]) == w for w in words):
            return True
        rest = folded_words(self.text[hit.end:hit.end + 40])
        if rest and rest[0] in self.phrases.get("possessives"):
            rest = rest[1:]
        return any(" ".join(rest[:len(w.split())]) == w for w in words) if rest else False

    def found_through(self, hit: Hit) -> bool:
        """True when right after ``hit`` the note names how the sender came to the reader
        (``through_words``: "… your profile through my brother", "… via the dbt Slack"), and
        that is not a site anyone uses (``platforms``: "through LinkedIn")."""
        rest = " ".join(fold(self.text[hit.end:hit.end + 80]).split())
        rest = rest.lstrip(",.:;— ")
        for word in sorted(self.phrases.get("through_words"), key=len, reverse=True):
            if rest.startswith(word + " "):
                named = rest[len(word) + 1:]
                first, _, after = named.partition(" ")
                if len(first) <= ARTICLE and after:  # past an article: "through a search"
                    named = after
                return bool(named) and not self.names_a_platform(named)
        return False

    def names_a_platform(self, folded: str) -> bool:
        """True when the folded words ``folded`` open with a site anyone finds anyone on
        (``platforms``: "linkedin", "google"): no shared event, group or person."""
        return any(folded == p or folded.startswith((p + " ", p + ".", p + ","))
                   for p in self.phrases.get("platforms"))

    def negated(self, hit: Hit) -> bool:
        """True when a negation comes right before ``hit`` (``negations``: "não nos
        conhecemos", "we have not met", "nous ne nous sommes jamais rencontrés"): the note
        says the opposite."""
        return self.word_before(hit) in self.phrases.get("negations")

    def word_before(self, hit: Hit) -> str | None:
        """The folded word right before ``hit``, if any."""
        before = fold(self.text[max(0, hit.start - 12):hit.start]).split()
        return before[-1] if before else None

    def conditional(self, hit: Hit) -> bool:
        """True when ``hit`` is part of a condition: right after "if" or "in case" ("if you're
        looking for a change", "reply in case your answer is yes") or in a clause that opens
        with one ("si en tu equipo surge una vacante, …", "should your team need…"): a
        supposition about the reader, not something known about them. The clause runs from
        its sentence's start or the last comma, semicolon, colon or dash before the hit."""
        conditions = self.phrases.get("conditionals")
        opening = " " + " ".join(fold(self.clause_before(hit)).split()) + " "
        return any(opening.startswith(f" {c} ") or opening.endswith(f" {c} ")
                   for c in conditions)

    def is_question(self, sentence: Span) -> bool:
        """A question to the reader: ends with "?" or opens with "¿", or opens a clause with an
        auxiliary before "you" (``inverted_questions``: "Are you looking for a change",
        "Right now are u working…", "Haben Sie Zeit…") — and is not a greeting such as "how
        are you?", "how are you doing" or "tudo bem?"."""
        text = self.text[sentence.start:sentence.end].strip()
        if not (marked_as_question(text) or text.startswith("¿")):
            inverted = [h for h in self.find("inverted_questions", sentence)
                        if self.opens_clause(h, _INVERSION_SLACK)]
            if not inverted:
                return False
            pleasant = self.find("pleasantries", sentence)
            return any(not any(p.start <= h.start < p.end for p in pleasant) for h in inverted)
        pleasant = self.find("pleasantries", sentence)
        if not pleasant:
            return True
        rest = fold(text)
        for hit in pleasant:
            rest = rest.replace(fold(hit.text), " ")
        return len(re.findall(r"[^\W\d_]{2,}", rest)) > _PLEASANTRY_SLACK

    def opens_clause(self, hit: Hit, slack: int = 0) -> bool:
        """True when at most ``slack`` words come before ``hit`` in its clause, which runs
        from its sentence's start or the last comma, semicolon, colon or dash."""
        return len(re.findall(r"\w+", self.clause_before(hit))) <= slack

    def clause_before(self, hit: Hit) -> str:
        """The text before ``hit`` in its clause: from its sentence's start or the last comma,
        semicolon, colon or dash."""
        return CLAUSE_BREAK.split(self.text[self.sentence_of(hit).start:hit.start])[-1]

    def last_clause_opens_with(self, kind: str, sentence: Span) -> bool:
        """True when the sentence's last clause opens with a phrase of ``kind`` ("I am just
        curious, what made you …?")."""
        return any(self.opens_clause(h) and not CLAUSE_BREAK.search(
            self.text[h.start:sentence.end]) for h in self.find(kind, sentence))

    def conversations(self, span: Span | None = None) -> list[Hit]:
        """Words for a conversation (``conversation``: "call", "coffee", "Gespräch"), and an
        exchange (``exchanges``: "exchange ideas", "Austausch", "échanger") where what it is
        about follows within three words (``topic_markers``: "share insights on Web3",
        "échanger sur la supply chain"): alone, "happy to exchange ideas" is a courtesy."""
        exchanges = self.find("exchanges", span)
        if exchanges:
            topics = self.find("topic_markers", span)
            exchanges = [h for h in exchanges if any(
                t.start >= h.end and _TOPIC_GAP.fullmatch(self.text[h.end:t.start])
                for t in topics)]
        return sorted(self.find("conversation", span) + exchanges, key=lambda h: h.start)

    def folded_span(self, span: Span) -> tuple[int, int]:
        """Where ``span`` of the original text lies in the folded text."""
        origin = self.folded.origin
        return bisect_left(origin, span.start), bisect_left(origin, span.end)

    def sentence_of(self, hit: Hit) -> Span:
        """The sentence a hit sits in (or starts in)."""
        for sentence in self.sentences():
            if sentence.start <= hit.start < sentence.end:
                return sentence
        return Span(hit.start, hit.end)

    def opening(self) -> Span:
        """The first sentence after any salutation ("Hi Jordan,"), or two if it is short."""
        sentences = self.sentences()
        if not sentences:
            start = self._salutation_end
            return Span(start, start)
        first = sentences[0]
        if first.end - first.start < _SHORT_OPENING and len(sentences) > 1:
            return Span(first.start, sentences[1].end)
        return first

    def salutation(self) -> Span:
        """The greeting and the name it greets ("Hi Jordan,"), empty when there is none."""
        return Span(self._salutation_start, max(self._salutation_start, self._salutation_end))

    def ending(self, chars: int, end: int | None = None) -> Span:
        """The last ``chars`` characters before ``end`` (the note's end unless given),
        widened to start at a word boundary."""
        end = len(self.text) if end is None else end
        start = max(0, len(self.text[:end].rstrip()) - chars)
        while 0 < start < end and not self.text[start - 1].isspace():
            start -= 1
        return self._trim(Span(start, end))

    def quote(self, span: Span | Hit) -> str:
        return quote(self.text[span.start:span.end], keep_end=True)

    @cached_property
    def _salutation_end(self) -> int:
        lead = self._salutation_start
        greetings = [h for h in self.find("greetings") if h.start == lead]
        if not greetings:
            return lead
        end = max(h.end for h in greetings)
        for _ in range(3):  # a title with its full stop ("Mr.") does not close the salutation
            rest = _SALUTATION_REST.match(self.text, end)
            if rest is None or not self._closes_salutation(rest):
                # No name to skip: the greeting's own punctuation still goes ("Hello, I'm …").
                punctuation = _GREETING_PUNCTUATION.match(self.text, end)
                end = punctuation.end() if punctuation else end
                break
            end = rest.end()
            title = _TITLE_END.search(self.text[:end].rstrip())
            if title is None or fold(title.group(1)) not in self.phrases.get("abbreviations"):
                break
        return end

    @property
    def _salutation_start(self) -> int:
        """Where a salutation may start: the note's first word, or the first word of its
        second line when the first is a subject line — one with no full stop, question or
        exclamation mark at its end, followed by a greeting ("Analytics Engineer – Remote ⏎
        Hi, hope you are well…")."""
        lead = len(self.text) - len(self.text.lstrip())
        lines = split_lines(self.text)
        if len(lines) < 2 or lines[0].start != lead:
            return lead
        heading = self.text[lines[0].start:lines[0].end].rstrip("*_ \t")
        second = lines[1].start
        if heading[-1:] in _SENTENCE_END or not any(
                h.start == second for h in self.find("greetings")):
            return lead
        return second

    def _closes_salutation(self, rest: re.Match[str]) -> bool:
        """False when what follows the greeting is not a name but the note itself: a
        first-person word, or the start of an introduction, a thank-you, a wish or a
        compliment ("Hi I am Ada, …", "Hi This is Sara from …", "Hello Thanks for posting …",
        "Hi Hope you are safe …"; ``_NOT_A_NAME``); after a bare name with nothing to close it,
        the next word must be lower-case or first-person ("Hi Sam hope …", "Hi Sam I sell …")."""
        first = re.search(r"[^\s,!.:;—–-]+", rest.group(0))
        if first is not None:
            start = rest.start() + first.start()
            word = fold(first.group(0))
            if word in self.phrases.get("first_person") or any(
                    h.start == start for kind in _NOT_A_NAME
                    if word in self.phrases.first_words(kind) for h in self.find(kind)):
                return False
        after = rest.group("next")
        if rest.group("name") is None or after is None:
            return True
        return after[:1].islower() or fold(after) in self.phrases.get("first_person")

    def _trim(self, span: Span) -> Span:
        text = self.text[span.start:span.end]
        start = span.start + len(text) - len(text.lstrip())
        end = span.end - (len(text) - len(text.rstrip()))
        return Span(start, max(start, end))


def name_parts(name: str, particles: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The parts of a name worth finding on their own ("Ada", "Example"; not initials, and
    not particles such as "de" or "van", which are words in the note as often as names)."""
    parts = re.split(r"[\s,]+", name.strip())
    skip = {fold(p) for p in particles}
    return tuple(p for p in parts if len(p.strip(".")) >= _MIN_NAME_PART and fold(p) not in skip)


@lru_cache(maxsize=64)
def _reader_pattern(possessives: tuple[str, ...],
                    work: tuple[str, ...]) -> re.Pattern[str] | None:
    if not possessives or not work:
        return None
    own = "|".join(re.escape(p) for p in sorted(possessives, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{own})\s+(?:{_QUOTED_TITLE}\s+)?(?:[^\W\d_][\w'-]*\s+){{0,2}}?"
                      rf"(?:{_phrases_regex(work)})(?!\w)")


_QUOTED_TITLE = r"[\"'“‘«„][^\"'”’»“\n]{1,60}[\"'”’»“]"
"""A title in quotes between a possessive and what it names: "your 'Data Analytics 2.0' course"."""


def _phrases_regex(phrases: tuple[str, ...]) -> str:
    """An alternation of ``phrases``, longest first, any run of spaces between their words."""
    return "|".join(r"\s+".join(map(re.escape, p.split()))
                    for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=64)
def _vocative_pattern(thanks: tuple[str, ...]) -> re.Pattern[str] | None:
    """A thank-you with one name between its last word and the words before it ("thanks Sam
    for", "gracias, Sam, por", "merci Sam pour")."""
    split = [t.rsplit(" ", 1) for t in thanks if " " in t]
    if not split:
        return None
    leads = _phrases_regex(tuple({lead for lead, _ in split}))
    rests = _phrases_regex(tuple({last for _, last in split}))
    return re.compile(rf"(?<!\w)(?P<lead>{leads})[ \t]*,?[ \t]+(?P<name>[^\W\d_][\w'-]*)"
                      rf"[ \t]*,?[ \t]+(?P<rest>{rests})(?!\w)")


@lru_cache(maxsize=64)
def _work_of_pattern(work: tuple[str, ...], links: tuple[str, ...]) -> re.Pattern[str] | None:
    """A word of work, "of" (past an article) and the word after it."""
    if not work or not links:
        return None
    return re.compile(rf"(?<!\w)(?:{_phrases_regex(work)})[ \t]+(?:{_phrases_regex(links)})"
                      rf"(?:[ \t]+[^\W\d_]{{1,{ARTICLE}}})?[ \t]+(?P<name>[^\W\d_][\w&-]*)(?!\w)")


@lru_cache(maxsize=64)
def _postposed_pattern(work: tuple[str, ...],
                       possessives: tuple[str, ...]) -> re.Pattern[str] | None:
    """A word of their work with its possessive after it: "un post tuyo", "um artigo seu"."""
    if not work or not possessives:
        return None
    return re.compile(rf"(?<!\w)(?:{_phrases_regex(work)})\s+(?:{_phrases_regex(possessives)})"
                      r"(?!\w)")


@lru_cache(maxsize=64)
def _relation_of_pattern(relations: tuple[str, ...], links: tuple[str, ...],
                         readers: tuple[str, ...]) -> re.Pattern[str] | None:
    """What you are to them, then "of" and a word for them: "a student of your batch"."""
    if not relations or not links or not readers:
        return None
    return re.compile(rf"(?<!\w)(?:{_phrases_regex(relations)})\s+(?:{_phrases_regex(links)})"
                      rf"\s+(?:{_phrases_regex(readers)})(?!\w)")


@lru_cache(maxsize=64)
def _relative_pattern(work: tuple[str, ...],
                      relatives: tuple[str, ...]) -> re.Pattern[str] | None:
    """A word of their work followed by a clause whose subject is them: "the talk you gave",
    "a publicação que você fez", "le post que vous avez partagé"."""
    if not work or not relatives:
        return None
    return re.compile(rf"(?<!\w)(?:{_phrases_regex(work)})\s+(?:{_phrases_regex(relatives)})(?!\w)")


@lru_cache(maxsize=64)
def _thanked_pattern(thanks: tuple[str, ...], talks: tuple[str, ...]) -> re.Pattern[str] | None:
    """A thank-you, then an article or a possessive ("the", "our", "la", "das", "today's",
    "l'") and at most one more word, then a word for a conversation."""
    if not thanks or not talks:
        return None
    return re.compile(rf"(?<!\w)(?:{_phrases_regex(thanks)})"
                      rf"(?:\s+(?:[^\W\d_]{{1,{ARTICLE}}}|[^\W\d_]+['’]s)(?:\s+[^\W\d_][\w'-]*)?"
                      rf"\s+|\s+[^\W\d_]['’]|\s+)(?:{_phrases_regex(talks)})(?!\w)")


@lru_cache(maxsize=64)
def _named_pattern(verbs: tuple[str, ...]) -> re.Pattern[str] | None:
    """A verb and up to three words after it on its line, each with any "'s" it has."""
    if not verbs:
        return None
    word = r"[^\W\d_](?:[\w&.-]*\w)?(?:['’]s)?(?!\w)"
    return re.compile(rf"(?<!\w)(?P<verb>{_phrases_regex(verbs)})[ \t]+(?P<first>{word})"
                      rf"(?:[ \t]+(?P<second>{word})(?:[ \t]+(?P<third>{word}))?)?")


@lru_cache(maxsize=64)
def _perceived_pattern(verbs: tuple[str, ...], thats: tuple[str, ...],
                       readers: tuple[str, ...],
                       endings: tuple[str, ...] = ()) -> re.Pattern[str] | None:
    if not verbs or not (readers or endings):
        return None
    that = (rf"(?:\s+(?:[^\W\d_][\w'-]*\s+){{0,3}}?|\s*,\s*)(?:{_phrases_regex(thats)})\s+|"
            if thats else "")
    reader = "|".join(filter(None, (_phrases_regex(readers), _endings_regex(endings))))
    return re.compile(rf"(?<!\w)(?:{_phrases_regex(verbs)})(?:{that}\s*,\s*|\s+)"
                      rf"(?:{reader})(?!\w)")


ENDING_STEM = 3
"""Fewest letters before a verb ending that says who does it ("compart-iste"): shorter words
with the same ending are other words ("ex-iste", "p-aste")."""


def _endings_regex(endings: tuple[str, ...]) -> str:
    """Any word with one of ``endings`` after at least ``ENDING_STEM`` letters."""
    if not endings:
        return ""
    return rf"[^\W\d_]{{{ENDING_STEM},}}(?:{'|'.join(map(re.escape, endings))})"


@lru_cache(maxsize=16)
def ending_pattern(endings: tuple[str, ...]) -> re.Pattern[str]:
    """Whole words with one of ``endings`` (see ``ENDING_STEM``)."""
    return re.compile(rf"(?<!\w){_endings_regex(endings)}(?!\w)")


class Words(NamedTuple):
    """A word list whose entries starting with "-" are endings ("-ly", "-iste")."""

    listed: tuple[str, ...]
    """The entries that are words, in their order."""
    words: frozenset[str]
    endings: tuple[str, ...]

    def holds(self, word: str) -> bool:
        return word in self.words or (bool(self.endings) and word.endswith(self.endings))


@lru_cache(maxsize=32)
def words_of(entries: tuple[str, ...]) -> Words:
    listed = tuple(e for e in entries if not e.startswith("-"))
    return Words(listed, frozenset(listed),
                 tuple(e[1:] for e in entries if e.startswith("-") and len(e) > 1))


def within(hits: list[Hit], span: Span | None) -> list[Hit]:
    """``hits`` that lie in ``span`` (all of them without one)."""
    if span is None:
        return hits
    return [h for h in hits if h.start >= span.start and h.end <= span.end]


def marked_as_question(text: str) -> bool:
    """True when ``text`` ends with a question mark, past closing quotes, brackets and "!"."""
    return text.rstrip(")\"'”’! ").endswith("?")


class NoteArtifactError(ValueError):
    """A ``note`` artifact (e.g. a saved one, edited by hand) that is not shaped as written."""


def load(ctx: CheckContext) -> Note:
    """The note from the ``note`` artifact, with the bundled and the user's phrases.

    A field of the wrong type raises ``NoteArtifactError`` — the check becomes an ``error``
    — rather than being coerced: ``null`` read as the note "None", or a string of shared
    context read letter by letter, would be judged as if it had been written.
    """
    data = ctx.artifact(NOTE_ARTIFACT).data
    text, limit, sender = data.get("text"), data.get("limit"), data.get("sender_name")
    shared = data.get("shared_context") or []
    if not isinstance(text, str):
        raise NoteArtifactError("the note artifact has no text")
    if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
        raise NoteArtifactError(f"the note artifact's limit is not a positive number: {limit!r}")
    if sender is not None and not isinstance(sender, str):
        raise NoteArtifactError("the note artifact's sender_name is not text")
    if not isinstance(shared, list) or not all(isinstance(t, str) for t in shared):
        raise NoteArtifactError("the note artifact's shared_context is not a list of text")
    extra = parse_phrase_file(data.get("phrases") or {}, "the note artifact's phrases")
    return _note(text, limit, sender or None, tuple(shared),
                 tuple((kind, tuple(phrases)) for kind, phrases in sorted(extra.items())))


@lru_cache(maxsize=32)
def _note(text: str, limit: int, sender: str | None, shared: tuple[str, ...],
          extra: tuple[tuple[str, tuple[str, ...]], ...]) -> Note:
    # One Note per distinct note: every outreach check of a run reads the same one, and its
    # folded text and sentences are worth working out once. A Note never changes.
    return Note(text=text, limit=limit, sender_name=sender, shared_context=shared,
                phrases=bundled().merged(dict(extra)))
