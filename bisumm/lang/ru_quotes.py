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
from . import ru_name_cases, ru_names, ru_roles
from .ru_titles import CAPITALS, RU_TITLES
from .ru import POSSESSIVES
from .ru_indirect import indirect_speech, medium_named
from .ru_marks import is_cue, is_manner_verb, naming_after, opens_author

__all__ = ["RussianQuotes", "is_cue"]

#: nouns before a place name (``в селе Красный Яр``): the next capitalised word names no person
PLACE_NOUNS = ("сел", "деревн", "поселк", "посёлк", "улиц", "проспект", "река", "реке", "реки", "станиц")
#: nouns of media whose name follows them (``газете La Repubblica``, ``агентства Reuters``): no person
NAMED_MEDIA = ("газет", "издани", "телеканал", "агентств", "радиостанци", "таблоид")
_PRESS_SERVICE = re.compile(r"(?i)(пресс-служб)[аеуыи]$")


#: ``в`` / ``во`` right before a capitalised word: a place (``в Хургаде``), no person
_IN_PLACE = re.compile(r"(?i)(?<!\w)во?\s+$")
#: ``в`` / ``на`` before the body the words come from (``в Кремле заявили``, ``отметили на телеканале``)
_IN_BODY = re.compile(r"(?i)\b(?:в[о]?|на)\s+(?=\w)")
#: heads of a body's name by a common noun (``в агентстве``, ``во Всемирной организации здравоохранения``)
BODY_HEADS = ("агентств", "организаци", "командовани", "комитет", "комисси", "миссии", "дипмисси", "представительств",
              "диппредставительств",
              "служб", "управлени", "издани", "журнал", "газет", "телеканал", "госкорпораци", "корпораци", "компани",
              "центр", "фонд", "союз", "федераци", "ассоциаци", "департамент", "штаб", "академи", "университет",
              "институт", "парти", "фракци", "движени", "холдинг", "концерн", "палат", "инспекци", "бюро", "разведк",
              "спецслужб", "профсоюз", "министерств", "ведомств", "лаборатори")
#: the most words of a body's name read after ``в`` (its head and the genitive words after it)
BODY_WORDS = 7
#: parts of speech that go on a body's name after its head (``… по контролю и профилактике заболеваний США``)
_NAME_TAIL = frozenset({"NOUN", "ADJF", "PREP", "CONJ", "NUMR", None})
#: punctuation between two words that ends a body's name (``Министерство обороны, …``)
_PHRASE_BREAK = re.compile(r"[,.;:!?()«»—–]")

#: ``из`` before the body a group of people comes from (``ученые из Университета …``)
_FROM = re.compile(r"\s+из\s+")

#: ``сообщение X`` / ``заявление X`` after the verb: the words are X's statement (``приводит ТАСС сообщение …``)
_STATEMENT_OF = re.compile(r"(?i)\b(?:сообщение|заявление)\s+")

#: a document a body speaks through (``в заявлении правоохранительных органов``)
_DOCUMENT_OF = re.compile(r"(?i)\bв\s+(?:заявлении|сообщении|докладе|отч[её]те|документе|исследовании|материалах)\s+")

#: ``по данным`` / ``согласно информации`` opening the author words: the body is the genitive after it
_DATA_OF = re.compile(r"(?i)(?:по|согласно)\s+(?:данным|информации|сведениям|подсч[её]там|оценкам)\s+")

#: prepositions that put the name after them in an oblique case
_PREPOSITIONS = frozenset({"в", "во", "на", "с", "со", "о", "об", "обо", "к", "ко", "у", "от", "до", "для", "без",
                           "при", "про", "за", "над", "под", "перед", "через", "между", "против", "после"})

#: words that make a title a former one (``бывший министр``): no office held now
FORMER = RU_TITLES.former_prefixes

#: nouns that refer back to a body named before (``говорится в сообщении ведомства``)
#: state bodies named by a common noun (``в полиции сообщили``), in the base form
STATE_BODY_NOUNS = frozenset({"полиция", "прокуратура", "генпрокуратура", "правительство", "министерство", "мэрия",
                              "администрация", "суд", "посольство", "консульство", "генконсульство", "кабмин",
                              "парламент", "сенат", "конгресс", "минобороны", "госдума", "следствие"})
#: roles that keep their source unnamed (``— рассказал источник ТАСС``)
ANONYMOUS_ROLES = ("источник", "собеседник")
#: words that open a role of one more person (``один из заключённых``, ``другая женщина``): never the person named
ANOTHER_PERSON = ("один из ", "одна из ", "другой ", "другая ", "ещё один ", "еще один ", "ещё одна ", "еще одна ")
GENERIC_BODIES = ("ведомств", "сообщени", "заявлени", "доклад", "документ", "релиз", "пресс-релиз", "клуб", "агентств",
                  "организаци", "компани")

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
            return self._statement_of(text, start, stop)
        if m.group().lower().startswith("со"):  # передает Интерфакс со ссылкой на синоптика → the forecaster
            from ..entities.mentions import first_mention

            found = first_mention(text, m.end(), stop, self) or self._named_before_marker(text, m.end(), stop)
            source = _noun_source(text, m.end(), stop)
            if found is None or found.kind == "org" and source is not None and source.start < found.start:
                return source  # со ссылкой на источник в органах управления: the source, not the body
            return found
        from ..entities.mentions import first_mention

        whose = _POSSESSIVE_BEFORE.search(text, max(start, m.start() - 5), m.start())
        if whose is not None:  # — приводит его слова пресс-служба: his words, not the press service's
            pronoun = whose.group(1)
            return Mention(whose.start(1), whose.end(1), "pronoun", gender=RU_TITLES.pronouns.get(pronoun.lower(), ""),
                           surface=pronoun)
        return first_mention(text, m.end(), stop, self)

    def _statement_of(self, text: str, start: int, stop: int) -> Mention | None:
        """``— приводит ТАСС сообщение федеральной прокуратуры``: the body whose statement it is (a medium
        named right after it is the one quoting, not part of the body)."""
        m = _STATEMENT_OF.search(text, start, stop)
        body = _genitive_body(text, m.end(), stop) if m is not None else None
        if body is None:
            return None
        words = body.surface.split()
        if len(words) > 1 and medium_named(" " + words[-1], 0, len(words[-1]) + 1) is not None:
            phrase = body.surface[:body.surface.rindex(words[-1])].rstrip()
            return Mention(body.start, body.start + len(phrase), "org", ru_names.phrase_nominative(phrase), None,
                           surface=phrase)
        return body

    def body_at(self, text: str, start: int, stop: int) -> Mention | None:
        """``в Кремле`` → ``Кремль``, ``в Минфине`` → ``Минфин`` (a known noun put in the nominative)."""
        word = WORD_PATTERN.match(text, start)
        if word is None:
            return None
        parses = ru_names.parse(word.group())
        if word.group().lower().startswith(GENERIC_BODIES):  # в сообщении (ведомства): the body named before
            return Mention(start, stop, "org", self.organisation_name(text[start:stop]), None,
                           surface=text[start:stop])
        nominative = ru_names.noun_nominative(word.group().lower()).replace("ё", "е")
        if nominative in CAPITALS:  # в Вашингтоне (заявили): the state speaking through its capital
            return Mention(start, word.end(), "org", nominative.title(), None, surface=word.group())
        if not word.group()[:1].isupper():
            if nominative in STATE_BODY_NOUNS:  # в полиции, в правительстве (сообщили)
                return Mention(start, word.end(), "org", nominative, None, surface=word.group())
            return None
        if parses and parses[0].is_known:
            if "NOUN" not in parses[0].tag or "anim" in parses[0].tag:
                return None  # в Украине is a place, not who speaks; в Иванове neither
            name = ru_names.noun_nominative(word.group())
        else:
            name = word.group()[:-1] if word.group().endswith("е") else word.group()  # в Минфине
        if "Geox" in str(parses[0].tag if parses else ""):
            return None
        name = name[:1].upper() + name[1:]
        return Mention(start, word.end(), "org", name, None, surface=word.group())

    def speaker_before_marker(self, text: str, start: int, stop: int) -> Mention | None:
        """Who speaks when no titled name or pronoun was found: a medium or body named by a Latin,
        capitals or quoted word (``сообщает Bloomberg``), a lone surname (``Вильфанд подчеркнул``),
        a person noun as a role (``по словам синоптика``, ``Подросток рассказал``), else the noun
        phrase in the nominative (``спецслужбы сообщили``)."""
        found = self._named_before_marker(text, start, stop)
        phrase = ru_names.subject_phrase(text, start, stop)
        if found is None and phrase is None:
            return self.document_body(text, start, stop) or self._body_in(text, start, stop)
        body = self._body_in(text, start, stop) if found is not None and found.kind == "org" else None
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

    def document_body(self, text: str, start: int, stop: int) -> Mention | None:
        """``В заявлении правоохранительных органов (отмечается)``, ``— утверждается в докладе центра
        «Общество Генри Джексона»``, ``по данным Анкары``, ``согласно информации спецслужб``: the body
        whose document or data it is, in the base form."""
        m = _DOCUMENT_OF.search(text, start, stop) or _DATA_OF.match(text, start, stop)
        if m is None:
            return None
        return _genitive_body(text, m.end(), stop)

    def _body_in(self, text: str, start: int, stop: int) -> Mention | None:
        """``в Кремле (заявили)``, ``как подчеркнули в ведомстве``: the body the words come from; a body
        named by a common noun, its adjectives and the words after it (``в командовании американским
        флотом``, ``во Всемирной организации здравоохранения``) in the nominative."""
        m = _IN_BODY.search(text, start, stop)
        word = WORD_PATTERN.match(text, m.end()) if m is not None else None
        if word is None:
            return None
        return self._named_body(text, word.start(), stop) or self.body_at(text, word.start(), word.end())

    def _named_body(self, text: str, start: int, stop: int) -> Mention | None:
        words = list(WORD_PATTERN.finditer(text, start, min(stop, start + 120)))[:BODY_WORDS]
        head = next((k for k, w in enumerate(words[:3]) if w.group().lower().startswith(BODY_HEADS)), None)
        if head is None or any(ru_names.top_pos(w.group()) != "ADJF" for w in words[:head]):
            return None
        end = words[head].end()
        for w in words[head + 1:]:
            pos = ru_names.top_pos(w.group())
            if _PHRASE_BREAK.search(text, end, w.start()) or pos not in _NAME_TAIL or \
                    pos in ("PREP", "CONJ") and w.group().lower() not in ("по", "и"):
                break
            end = w.end()
        phrase = text[start:end]
        return Mention(start, end, "org", ru_names.phrase_nominative(phrase), None, surface=phrase)

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
                body = _genitive_body(text, source.end(), stop) if source is not None else None
                if body is not None and body.surface[:1].isupper():  # ученые из Университета Британской Колумбии
                    role, end = f"{role} {text[source.start():body.stop].split(None, 1)[0]} {body.surface}", body.stop
                return Mention(word.start(), end, "role", None, role, surface=text[word.start():end])
        return None

    def name_like(self, word: str) -> bool:
        return ru_names.is_name_word(word)

    def single_name_ok(self, word: str) -> bool:
        return ru_names.is_surname_word(word)

    def is_first_name(self, word: str) -> bool:
        return ru_names.is_first_name(word)

    def body_nominative(self, phrase: str) -> str:
        return ru_names.phrase_nominative(phrase)

    def surname_after(self, first: str, word: str) -> bool:
        return ru_names.is_first_name(first) and (ru_names.is_foreign_surname(word) or
                                                   ru_names.is_adjective_surname(first, word))

    def organisation_at(self, text: str, toks: list[Tok], i: int) -> MentionFound | None:
        word = toks[i].word
        if is_org_head(word) and not is_title_word(word):
            return org_chain(text, toks, i, self)
        return None

    def organisation_name(self, phrase: str) -> str:
        """``пресс-службе Минздрава`` → ``пресс-служба Минздрава``; a lower-case head in the nominative."""
        words = phrase.split()
        if not words:
            return phrase
        head = _PRESS_SERVICE.sub(r"\1а", words[0])
        if head == words[0] and not words[0][:1].isupper():
            head = ru_names.noun_nominative(words[0])
        elif head == words[0] and not words[0].isupper():  # в Минфине → Минфин
            low = ru_names.noun_nominative(words[0].lower())
            head = low[:1].upper() + low[1:]
        words[0] = head
        return " ".join(words)

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
        """``ведомство``, ``ведомство Азербайджана``, ``сообщение``: a body named before, not by its name."""
        return phrase.lower().startswith(GENERIC_BODIES)

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


#: nouns of media that speak or report (``— пишет газета``, ``сообщает британское издание``)
MEDIA_NOUNS = ("газет", "издани", "телеканал", "агентств", "журнал", "радиостанци", "таблоид", "телекомпани")


def _medium_head(words: list[str]) -> bool:
    """The role's head (its first word, or the one after an adjective) is a medium noun."""
    head = (words[1] if len(words) > 1 and ru_names.top_pos(words[0]) in ("ADJF", "PRTF") else words[0]).lower()
    return head.startswith(MEDIA_NOUNS) and not head.startswith("журналист")  # (a journalist is a person)


def _genitive_body(text: str, start: int, stop: int) -> Mention | None:
    """The run of capitalised or genitive words from ``start`` (a noun among them, or one capitalised
    word), closing marks it opened, as an organisation in the base form."""
    words = [w for w in WORD_PATTERN.finditer(text, start, stop)][:8]
    run, nouns = [], 0
    for w in words:
        top = ru_names.parse(w.group().lower())[:1]
        if not (w.group()[:1].isupper() or top and top[0].tag.case == "gent" and top[0].tag.POS in ("NOUN", "ADJF")):
            break
        run.append(w)
        nouns += bool(top) and top[0].tag.POS == "NOUN"
    if not run or not nouns and not (len(run) == 1 and run[0].group()[:1].isupper()):
        return None
    end = run[-1].end()
    if text.count("«", run[0].start(), end) > text.count("»", run[0].start(), end):
        close = text.find("»", end, stop)
        end = close + 1 if close > 0 else end
    phrase = text[run[0].start():end]
    return Mention(run[0].start(), end, "org", ru_names.phrase_nominative(phrase), None, surface=phrase)


def _noun_source(text: str, start: int, stop: int) -> Mention | None:
    """``со ссылкой на (собственные) источники``: the first noun with its adjectives, in the base form, as
    the text gives it (no earlier person is looked for: the source is unnamed)."""
    words = list(WORD_PATTERN.finditer(text, start, stop))[:3]
    for k, w in enumerate(words):
        top = ru_names.parse(w.group().lower())[:1]
        if not top or top[0].tag.POS not in ("NOUN", "ADJF", "PRTF"):
            return None
        if top[0].tag.POS == "NOUN":
            phrase = text[words[0].start():w.end()]
            return Mention(words[0].start(), w.end(), "org", ru_names.phrase_nominative(phrase), None, surface=phrase)
    return None
