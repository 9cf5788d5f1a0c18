"""Russian quotation grammar: indirect speech, speakers and bodies, names in the nominative (reporting
verbs, author words and names in marks: :mod:`.ru_marks`).

Every indirect rule returns :class:`~bisumm.quotation.clauses.Raw` candidates: the content
span, the span to look for the speaker in, and the rule's name. Regexes are bounded (no nested
quantifiers) and run on one block at a time, so they stay linear.

>>> from bisumm.lang import get_language
>>> grammar = get_language("ru").quote_grammar
>>> grammar.is_cue("заявила"), grammar.is_cue("сообщили"), grammar.is_cue("поблагодарил"), grammar.is_cue("дом")
(True, True, False, False)
>>> t = "По словам министра Айрата Рахматуллина, число вызовов выросло."
>>> [(t[r.start:r.stop], r.pattern) for r in grammar.indirect(t, 0, len(t))]
[('число вызовов выросло', 'ru.po_slovam')]
"""

from __future__ import annotations

import re

from ..quotation.clauses import Raw
from ..entities.grammar import MentionFound
from ..quotation.grammar import QuoteGrammar
from ..entities.mentions import Mention, Tok, is_org_head, org_chain
from ..entities.titles import is_state_org, is_title_word
from ..tokens import WORD_PATTERN
from . import ru_bodies, ru_name_cases, ru_names, ru_roles
from .ru_titles import CAPITALS, RU_TITLES
from .ru import POSSESSIVES
from .ru_indirect import indirect_speech
from .ru_media import MEDIUM_WRITERS, is_medium_role, medium_before, medium_named
from .ru_translit import as_written, spelled_in, spells
from .ru_marks import is_cue, is_manner_verb, naming_after, opens_author

#: the press service of a body named before (``сообщила пресс-служба предприятия``, ``в пресс-центре ведомства``)
_PRESS_OF_GENERIC = re.compile(r"пресс-(?:служб|центр)\w*\s+(?:ведомств|предприяти|компани|министерств|учреждени|"
                               r"организаци|концерн|корпораци|банк|посольств|диппредставительств)\w*$")

__all__ = ["RussianQuotes", "is_cue"]

#: nouns before a place name (``в селе Красный Яр``): the next capitalised word names no person
PLACE_NOUNS = ("сел", "деревн", "поселк", "посёлк", "улиц", "проспект", "река", "реке", "реки", "станиц")
#: nouns of media whose name follows them (``газете La Repubblica``, ``агентства Reuters``): no person
NAMED_MEDIA = ("газет", "издани", "телеканал", "агентств", "радиостанци", "таблоид")


#: ``в`` / ``во`` right before a capitalised word: a place (``в Хургаде``), no person
_IN_PLACE = re.compile(r"(?i)(?<!\w)во?\s+$")
#: ``из`` before the body a group of people comes from (``ученые из Университета …``)
_FROM = re.compile(r"\s+из\s+")

#: prepositions that put the name after them in an oblique case
_PREPOSITIONS = frozenset({"в", "во", "на", "с", "со", "о", "об", "обо", "к", "ко", "у", "от", "до", "для", "без",
                           "при", "про", "за", "над", "под", "перед", "через", "между", "против", "после"})

#: words that make a title a former one (``бывший министр``): no office held now
FORMER = RU_TITLES.former_prefixes

#: roles that keep their source unnamed (``— рассказал источник ТАСС``)
ANONYMOUS_ROLES = ("источник", "собеседник")
#: words that open a role of one more person (``один из заключённых``, ``другая женщина``): never the person named
ANOTHER_PERSON = ("один из ", "одна из ", "другой ", "другая ", "ещё один ", "еще один ", "ещё одна ", "еще одна ")

#: ``слова X`` / ``цитирует X`` in author words: X's words through a medium
_WORDS_OF = re.compile(r"(?i)\b(?:слова|высказывание|цитату|со\s+ссылкой\s+на)\s+")
#: ``его слова``: the words of the person named before, whoever quotes them
_POSSESSIVE_BEFORE = re.compile(r"(?i)(?<!\w)(его|её|ее)\s+$")


class RussianQuotes(QuoteGrammar):
    """Russian: ``«…», — сказал X``, ``по словам X, …``, ``X заявил, что …``; pymorphy3 cases."""

    place_nouns_before = PLACE_NOUNS + NAMED_MEDIA  # (газете La Repubblica: a medium's name, no person)
    role_names_last_person = True  # ru dev part of tests/data/quotes_real.jsonl: speaker acc 0.48 → 0.57
    name_after_body = True
    syllable_names = True  # Ким Чен Ын: 87 articles of ru/rt_dev name him (unannotated tally, see the commit)
    surnames_near_verb = True  # ru dev unchanged; 180 unannotated dev articles: see the commit

    def is_cue(self, word: str) -> bool:
        return is_cue(word)

    def indirect(self, text: str, start: int, stop: int) -> list[Raw]:
        """``по словам X, …``, ``как отметил X, …``, ``X заявил, что …``."""
        return indirect_speech(text, start, stop, is_cue)

    def words_reported_of(self, text: str, start: int, stop: int) -> Mention | None:
        """``— приводит РИА «Новости» слова Путина`` → ``Путин`` (the words are his, not the agency's)."""
        m = _WORDS_OF.search(text, start, stop)
        if m is None:
            body = ru_bodies.statement_of(text, start, stop)
            return None if body is not None and self._named_subject(text, start, body.start) else body
        if m.group().lower().startswith("со"):  # передает Интерфакс со ссылкой на синоптика → the forecaster
            from ..entities.mentions import first_mention

            found = first_mention(text, m.end(), stop, self) or self._named_before_marker(text, m.end(), stop)
            source = ru_bodies.noun_source(text, m.end(), stop)
            if found is None or found.kind == "org" and source is not None and source.start < found.start:
                return source  # со ссылкой на источник в органах управления: the source, not the body
            return found
        from ..entities.mentions import first_mention

        whose = _POSSESSIVE_BEFORE.search(text, max(start, m.start() - 5), m.start())
        if whose is not None:  # — приводит его слова пресс-служба: his words, not the press service's
            pronoun = whose.group(1)
            return Mention(whose.start(1), whose.end(1), "pronoun", gender=RU_TITLES.pronouns.get(pronoun.lower(), ""),
                           surface=pronoun)
        found = first_mention(text, m.end(), stop, self)
        word = WORD_PATTERN.match(text, m.end())
        if word is not None and (found is None or found.kind == "org" and found.start >= word.end()) and \
                word.end() <= stop and word.group()[:1].isupper() and self.name_like(word.group()) and \
                not is_title_word(word.group()):  # — приводит слова Сандерс агентство ТАСС: a lone surname
            w = word.group()
            name, gender = ru_name_cases.name_nominative([w], text[max(0, word.start() - 14):word.start()].lower())
            return Mention(word.start(), word.end(), "name", name, None, gender, w)
        return found

    def _named_subject(self, text: str, start: int, stop: int) -> bool:
        """A name in the base form within ``text[start:stop]`` (``— прокомментировал Молохов заявление
        чиновницы``: he comments on her statement; not ``— приводит ТАСС сообщение прокуратуры``)."""
        from ..entities.mentions import first_mention

        found = first_mention(text, start, stop, self)
        return found is not None and found.kind == "name" and found.in_base_form

    def speaker_before_marker(self, text: str, start: int, stop: int) -> Mention | None:
        """Who speaks when no titled name or pronoun was found: a medium or body named by a Latin,
        capitals or quoted word (``сообщает Bloomberg``), a lone surname (``Вильфанд подчеркнул``),
        a person noun as a role (``по словам синоптика``, ``Подросток рассказал``), else the noun
        phrase in the nominative (``спецслужбы сообщили``)."""
        found = self._named_before_marker(text, start, stop)
        phrase = ru_names.subject_phrase(text, start, stop)
        if found is None and phrase is None:
            return ru_bodies.document_body(text, start, stop) or ru_bodies.body_in(text, start, stop)
        body = ru_bodies.body_in(text, start, stop) if found is not None and found.kind == "org" else None
        if body is not None and body.start <= found.start and found.stop <= body.stop and \
                body.stop - body.start > found.stop - found.start:  # type: ignore[union-attr]
            return body  # отметили в Центре по контролю заболеваний США: the centre, not США
        oblique = found is not None and found.kind == "name" and not found.in_base_form
        if phrase is None or found is not None and not (
                found.kind == "org" and phrase[0] <= found.start and found.stop <= phrase[1] < stop + 1 and
                len(phrase[2]) > len(found.surface or "")) and not (oblique and phrase[1] <= found.start):
            return found  # (a body's fuller phrase wins over its abbreviation: Счетная палата РФ, not РФ;
            #             a subject wins over a lone name in an oblique case after it: источник … бюро Московского)
        a, b, words = phrase
        return Mention(a, b, "org", words, None, surface=words)

    def _named_before_marker(self, text: str, start: int, stop: int) -> Mention | None:
        found = medium_named(text, start, stop)
        if found is not None:
            return found
        for word in WORD_PATTERN.finditer(text, start, stop):
            w = word.group()
            if w[:1].isupper() and w.lower().replace("ё", "е") in CAPITALS:  # Вашингтон заявил
                return Mention(word.start(), word.end(), "org", w, None, surface=w)
            if w[:1].isupper() and len(w) > 3 and not w.isupper() and ru_names.is_name_word(w) \
                    and not is_title_word(w) and not _IN_PLACE.search(text, max(0, word.start() - 4), word.start()):
                context = text[max(0, word.start() - 14):word.start()].lower()
                if is_state_org(w):  # по данным Росстата: a state body, not a person
                    return Mention(word.start(), word.end(), "org", self.organisation_name(w), None, surface=w)
                name, gender = ru_name_cases.name_nominative([w], context)
                return Mention(word.start(), word.end(), "name", name, None, gender, w)
            if ru_names.is_person_noun(w):
                role, end = ru_names.noun_nominative(w.lower()), word.end()
                source = _FROM.match(text, end, stop)
                body = ru_bodies.genitive_body(text, source.end(), stop) if source is not None else None
                if body is not None and body.surface[:1].isupper():  # ученые из Университета Британской Колумбии
                    role, end = f"{role} {text[source.start():body.stop].split(None, 1)[0]} {body.surface}", body.stop
                return Mention(word.start(), end, "role", None, role, surface=text[word.start():end])
        return None

    body_at = staticmethod(ru_bodies.body_at)
    document_body = staticmethod(ru_bodies.document_body)
    organisation_name = staticmethod(ru_bodies.organisation_name)

    def name_like(self, word: str) -> bool:
        """:func:`ru_names.is_name_word`, and no adverbial participle pymorphy3 knows (``Запуская новый
        ледоход, Владимир Путин сказал``: a converb opening the sentence, though shaped like a surname)."""
        return ru_names.is_name_word(word) and not _known_gerund(word)

    def single_name_ok(self, word: str) -> bool:
        return ru_names.is_surname_word(word)

    def is_first_name(self, word: str) -> bool:
        return ru_names.is_first_name(word)

    def body_nominative(self, phrase: str) -> str:
        return ru_names.phrase_nominative(phrase)

    def surname_after(self, first: str, word: str) -> bool:
        return ru_names.is_first_name(first) and (ru_names.is_foreign_surname(word) or
                                                   ru_names.is_adjective_surname(first, word) or
                                                   ru_names.is_place_surname(first, word))

    def organisation_at(self, text: str, toks: list[Tok], i: int) -> MentionFound | None:
        word = toks[i].word
        if is_org_head(word) and not is_title_word(word):
            return org_chain(text, toks, i, self)
        return None

    def name_nominative(self, words: list[str], context: str = "", title_case: str | None = None,
                        after: str = "") -> tuple[str, str]:
        return ru_name_cases.name_nominative(words, context, title_case, after)

    def title_case(self, head: str) -> str | None:
        return ru_names.title_case(head)

    def title_nominative(self, title: str) -> str:
        return ru_names.title_nominative(title)

    def is_possessive(self, word: str) -> bool:
        return word.lower() in POSSESSIVES

    def possessed_person(self, phrase: str) -> bool:
        words = phrase.split()
        if not words or not ru_names.is_person_noun(words[0]):
            return False
        return ru_names.title_nominative(phrase).lower() == phrase.lower()

    role_gender = staticmethod(ru_roles.role_gender)
    verb_gender = staticmethod(ru_roles.verb_gender)
    speaker_in_genitive = staticmethod(ru_roles.speaker_in_genitive)
    person_gender = staticmethod(ru_roles.person_gender)
    is_oblique_first_name = staticmethod(ru_names.is_oblique_first_name)
    is_condition_role = staticmethod(ru_roles.is_condition_role)
    other_office = staticmethod(ru_roles.other_office)
    demonstrative_at = staticmethod(ru_roles.demonstrative_at)
    demonstratives = ru_roles.DEMONSTRATIVES
    opens_clause = staticmethod(ru_roles.opens_clause)

    def is_anonymous_role(self, role: str) -> bool:
        """``источник …``; ``его жена``: somebody of the person named; ``один из …``: one more person;
        ``газета``, ``британское издание``: a medium; never the person named."""
        words = role.split()
        low = role.lower()
        return bool(words) and (low.startswith(ANONYMOUS_ROLES + ANOTHER_PERSON) or words[0].lower() in POSSESSIVES or
                                _medium_head(words))

    def another_person_before(self, text: str, start: int) -> bool:
        return text[max(0, start - 12):start].lower().endswith(ANOTHER_PERSON)  # другая женщина, ещё один житель

    def name_in_title(self, head: str, name: list[str]) -> bool:
        return ru_names.only_nominative(head) and ru_names.is_oblique_first_name(name[0])

    def complement_surname(self, name: list[str], verb_genders: tuple[str, ...]) -> bool:
        return ru_name_cases.male_genitive_surname(name, verb_genders)

    def is_predicate_role(self, before: str, head: str) -> bool:
        """The instrumental (``являющийся депутатом``, ``назначен министром``) unless it is the agent of a
        short passive participle (``отмечено аудиторами``)."""
        if ru_names.title_case(head) != "ablt":
            return False
        parses = ru_names.parse(before.lower())[:1] if before else ()
        return not (parses and parses[0].tag.POS == "PRTS")

    def role_name(self, role: str) -> str:
        return ru_names.title_nominative(role)

    def is_manner_verb(self, word: str) -> bool:
        return is_manner_verb(word)

    def opens_author(self, text: str, start: int, stop: int) -> bool:
        return opens_author(text, start, stop)

    def ends_phrase(self, word: str) -> bool:
        """A verb form ends an organisation phrase (``Минобороны России опубликовало``)."""
        return ru_names.top_pos(word) in ("VERB", "INFN", "PRTS", "GRND") or is_cue(word)

    def naming_after(self, text: str, pos: int, stop: int) -> bool:
        return naming_after(text, pos, stop)

    def title_start(self, text: str, toks: list[Tok], i: int) -> int:
        """``бывший посол США``, ``кандидат в президенты``: a title keeps the word that makes it a former
        one or no office yet."""
        if i > 0 and toks[i - 1].word.lower().startswith(FORMER) and \
                not text[toks[i - 1].stop:toks[i].start].strip():
            return i - 1
        if i > 1 and toks[i - 1].word.lower() in ("в", "на") and toks[i - 2].word.lower().startswith(FORMER) and \
                not text[toks[i - 2].stop:toks[i - 1].start].strip() and not text[toks[i - 1].stop:toks[i].start].strip():
            return i - 2
        return i

    def is_generic_body(self, phrase: str) -> bool:
        """``ведомство``, ``ведомство Азербайджана``, ``сообщение``, ``пресс-служба предприятия``,
        a body named before, not by its name."""
        low = phrase.lower()
        return low.startswith(ru_bodies.GENERIC_BODIES) or _PRESS_OF_GENERIC.match(low) is not None

    def governed_at(self, text: str, start: int) -> bool:
        """``в Порошенко``, ``с Николом Пашиняном``: the word before the mention is a preposition."""
        words = list(WORD_PATTERN.finditer(text, max(0, start - 12), start))
        return bool(words) and not text[words[-1].end():start].strip() and words[-1].group().lower() in _PREPOSITIONS

    def complement_at(self, text: str, start: int) -> bool:
        """``сигнал Ким Чен Ына``: the word right before the mention is a lower-case inanimate noun
        (not an apposition: ``баскетболист Леброн Джеймс``)."""
        words = list(WORD_PATTERN.finditer(text, max(0, start - 30), start))
        if not words or text[words[-1].end():start].strip() or not words[-1].group().islower():
            return False
        parses = ru_names.parse(words[-1].group())[:1]
        return bool(parses) and parses[0].tag.POS == "NOUN" and parses[0].tag.animacy == "inan"

    def is_plural_role(self, role: str) -> bool:
        return ru_names.is_plural_noun(role.split()[0]) if role.split() else False

    spells = staticmethod(spells)
    medium_writers = MEDIUM_WRITERS

    def spelled_name(self, text: str, latin: str) -> str | None:
        found = spelled_in(text, latin)
        if found is None:
            return None
        start, stop, words = found
        if as_written(latin, words):
            return " ".join(words)
        return self.name_nominative(words, text[max(0, start - 30):start], after=text[stop:stop + 30])[0]
    medium_before = staticmethod(medium_before)

    def is_medium_role(self, role: str) -> bool:
        return is_medium_role(role, _medium_head)


#: nouns of media that speak or report (``— пишет газета``, ``сообщает британское издание``)
MEDIA_NOUNS = ("газет", "издани", "телеканал", "агентств", "журнал", "радиостанци", "таблоид", "телекомпани")


def _known_gerund(word: str) -> bool:
    """pymorphy3 knows the word first as a gerund of the present (``Запуская``; not a guess: ``Небензя``; not
    one in ``-в`` that a surname shares: ``Зверев``, ``Синев``)."""
    top = ru_names.parse(word.lower())[:1]
    return bool(top) and top[0].tag.POS == "GRND" and top[0].is_known and word.lower().endswith(("я", "а", "сь"))


def _medium_head(words: list[str]) -> bool:
    """The role's head (its first word, or the one after an adjective) is a medium noun."""
    head = (words[1] if len(words) > 1 and ru_names.top_pos(words[0]) in ("ADJF", "PRTF") else words[0]).lower()
    return head.startswith(MEDIA_NOUNS) and not head.startswith("журналист")  # (a journalist is a person)


