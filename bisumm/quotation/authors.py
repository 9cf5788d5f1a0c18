"""The author's words of a quotation: after it (``«П», — сказал X``), before it (``X: «П»``).

Each reader returns :class:`~bisumm.quotation.records.AuthorWords` (span, speaker mention, rule
name, passive) or ``None``; the verb is recognised by the language's grammar.

>>> from bisumm.lang import get_language
>>> t = "«Работаем», — сказал министр Иван Петров."
>>> a = author_after(t, 11, len(t), get_language("ru").quote_grammar)
>>> a.rule, a.mention.name, a.attributes
('after', 'Иван Петров', True)
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .clauses import clause_begin, last_non_space, sentence_end, skip_space
from .records import AuthorWords
from ..marks import OPENERS
from ..entities.mentions import WORD, Mention, find_mentions, first_mention, subject_mention
from ..entities.titles import lexicon

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable

    from .grammar import QuoteGrammar

__all__ = ["author_after", "author_stop", "read_author", "author_before", "words_of", "with_verb_gender", "DASHES",
           "AUTHOR_WINDOW"]

DASHES = "—–-"
_AUTHOR_END = re.compile(r",\s*[—–-]\s|[.!?…]\s+[—–-]\s")
#: the author's words after a quote are read this far at most (keeps the work linear)
AUTHOR_WINDOW = 240


def words_of(text: str, start: int, stop: int) -> list[re.Match[str]]:
    """Word matches of ``text[start:stop]``."""
    return list(WORD.finditer(text, start, stop))


def author_after(text: str, pos: int, stop: int, g: QuoteGrammar) -> AuthorWords | None:
    """Author words after a quote, read from ``pos``, or ``None``."""
    i = skip_space(text, pos, stop)
    comma = i < stop and text[i] == ","
    if comma:
        i = skip_space(text, i + 1, stop)
    dash = i < stop and text[i] in DASHES
    if dash:
        i = skip_space(text, i + 1, stop)
    window = min(stop, i + AUTHOR_WINDOW)
    words = words_of(text, i, window)
    first = words[0].group().lower() if words else ""
    if not words or (not dash and first not in g.quotatives and not (comma and first in g.comma_quotatives)):
        return None
    a_stop = author_stop(text, i, window)
    words = [w for w in words if w.end() <= a_stop]
    if not words:
        return None
    return read_author(text, i, a_stop, words, g, dash)


def author_stop(text: str, start: int, stop: int) -> int:
    """End of author words read from ``start``: their sentence's end, or the dash of the next part."""
    a_stop = sentence_end(text, start, stop)
    brk = _AUTHOR_END.search(text, start, a_stop)
    if brk:
        a_stop = brk.start() if text[brk.start()] == "," else brk.start() + (text[brk.start()] != ".")
    return a_stop


def read_author(text: str, a_start: int, a_stop: int, words: list[re.Match[str]], g: QuoteGrammar,
                dash: bool) -> AuthorWords | None:
    """The author words ``text[a_start:a_stop]`` (their ``words``): the verb, then the speaker."""
    verb = None
    for w in words[:3]:
        if g.is_cue(w.group()) and not g.is_converb(w.group()):
            verb = w
            break
    manner = verb is None and dash and text[a_start - 1:a_start].isspace() and g.is_manner_verb(words[0].group())
    if manner:
        verb = words[0]  # «…», — улыбался Каррера: any finite verb right after the dash, if someone follows it
    converb = g.is_converb(words[0].group())
    if converb:
        verb = next((w for w in words[1:6] if g.converb_verb(w.group())), None)
        if verb is None:
            return None
        verb = _run_end(words, verb, g.is_cue)  # хәбәр итте, һыҙыҡ өҫтөнә алды
    report = verb
    if verb is not None:
        verb = _run_end(words, verb, g.is_auxiliary)  # тип әйтә алам, — ти торғайны
    if verb is None:
        mention = first_mention(text, a_start, a_stop, g) if dash else None
        if mention is not None and mention.kind == "name" and mention.start == a_start and \
                not text[mention.stop:a_stop].strip(" .,!?…"):
            return AuthorWords(a_start, a_stop, mention, "signature", False)
        return None
    if g.is_passive(verb.group()) or g.is_passive(report.group()):  # тип яҙылған була
        return AuthorWords(a_start, a_stop, None, "tip", True)
    if g.first_or_second_person(verb.group()):  # «П», — тип әйткәйнем, … студенттар: I said it, nobody named after
        return AuthorWords(a_start, a_stop, None, "tip" if converb else g.after_rule, False)
    mention = g.words_reported_of(text, verb.end(), a_stop) or _subject(_subject_after(text, verb.end(), a_stop, g), g)
    if mention is None and verb.start() > a_start:
        mention = _subject(first_mention(text, a_start, verb.start(), g), g)
    if mention is None:
        mention = _subject(_generic(text, verb.end(), a_stop, g), g) or g.document_body(text, verb.end(), a_stop)
    if mention is None and g.surnames_near_verb and not manner:
        mention = _after_listener(text, verb.end(), a_stop, g) or _surname_near(text, verb.end(), a_stop, g)
    if manner and (mention is None or mention.kind == "role" and
                   g.title_nominative(mention.surface).lower() != mention.surface.lower()):
        return None  # Партия власти – «Единая Россия» – монополизировала думу: a predicate and its object
    mention = with_verb_gender(text, mention, g)  # — добавила дипломат: a woman
    pattern = "tip" if converb else g.after_rule
    if mention is not None and mention.kind == "org":
        pattern = "press"
    return AuthorWords(a_start, a_stop, mention, pattern, False)


def with_verb_gender(text: str, mention: Mention | None, g: QuoteGrammar) -> Mention | None:
    """A role mention given the gender of the reporting verb right before or after it (``добавила
    дипломат``, ``Дипломат добавила, что``); other mentions unchanged."""
    if mention is None or mention.kind != "role" or mention.gender:
        return mention
    after = WORD.search(text, mention.stop, min(len(text), mention.stop + 30))
    before = words_of(text, max(0, mention.start - 30), mention.start)[-1:]
    for w in ([after] if after else []) + before:
        gender = g.verb_gender(w.group()) if g.is_cue(w.group()) else ""
        if gender:
            return replace(mention, gender=gender)
    return mention


def _run_end(words: list[re.Match[str]], verb: re.Match[str], joins: Callable[[str], bool]) -> re.Match[str]:
    """The last word of the run that starts at ``verb`` and goes on while the next word ``joins`` it."""
    k = words.index(verb)
    while k + 1 < len(words) and joins(words[k + 1].group()):
        k += 1
    return words[k]


def _subject(mention: Mention | None, g: QuoteGrammar) -> Mention | None:
    """``mention`` if it can be the subject of the reporting verb (no object or oblique case), else ``None``."""
    return mention if mention is not None and g.can_be_subject(mention) else None


def _subject_after(text: str, start: int, stop: int, g: QuoteGrammar) -> Mention | None:
    """The first mention after the verb, passing an object pronoun (``спросила его министр …``) or a mention in
    an object case before a name (``— ти уның тураһында агроном Азамат Кәримов`` "says about him …")."""
    mention = subject_mention(text, start, stop, g)
    if mention is not None and mention.kind == "pronoun" and mention.surface.lower() in lexicon().object_pronouns:
        after = first_mention(text, mention.stop, stop, g)
        if after is None and g.is_possessive(mention.surface):  # — сказала его жена: his wife, not him
            role = _generic(text, mention.stop, stop, g)
            if role is not None and role.kind == "role" and g.possessed_person(role.surface):
                return Mention(mention.start, role.stop, "role", surface=text[mention.start:role.stop])
        return after or mention
    if mention is not None and not g.can_be_subject(mention):  # — ти уның тураһында агроном Азамат Кәримов
        after = first_mention(text, mention.stop, stop, g)
        if after is not None and after.kind == "name" and g.can_be_subject(after):
            return after
    if mention is not None and mention.kind == "role" and g.qualifiers_first:
        return _named_role(text, mention, stop, g)
    if mention is not None and mention.kind == "name" and g.governed_at(text, mention.start):
        return _past_addressee(text, mention, stop, g)
    return mention


def _past_addressee(text: str, name: Mention, stop: int, g: QuoteGrammar) -> Mention:
    """``— обратился с вопросом к Никки Хейли дипломат``: a name a preposition governs (an indeclinable
    one looks like a subject) is whom the words were told; the subject after it speaks, if there is one."""
    after = first_mention(text, name.stop, stop, g) or _generic(text, name.stop, stop, g)
    if after is None or after.kind not in ("name", "role", "pronoun") or not g.can_be_subject(after):
        return name
    return after


def _named_role(text: str, role: Mention, stop: int, g: QuoteGrammar) -> Mention:
    """``— тине шағирә, Ҡоролтай Рәйесе урынбаҫары Йомабикә Ильясова``: a titled name in the base form set
    off by a comma right after the role is who the role is (a grammar whose titles end with their heads)."""
    if not text[role.stop:role.stop + 2].startswith(", "):
        return role
    named = first_mention(text, role.stop + 1, stop, g)
    if named is None or named.kind != "name" or not named.in_base_form or named.start != role.stop + 2:
        return role
    title = f"{role.title}, {named.title}" if named.title else role.title
    return replace(named, start=role.start, title=title, surface=text[role.start:named.stop])


#: a role after the verb holds at most this many words
ROLE_WORDS = 3


def _after_listener(text: str, start: int, stop: int, g: QuoteGrammar) -> Mention | None:
    """``— рассказал ТАСС источник в экстренных службах``, ``— пояснили RT в компании``: the speaker
    after the medium that heard the words (Latin or capitalised names right after the verb)."""
    words = words_of(text, start, stop)[:3]
    k = 0
    while k < len(words) and (words[k].group().isupper() or words[k].group()[:1].isascii() and
                              words[k].group()[:1].isalpha() or
                              k and words[k - 1].group().isupper() and words[k].group()[:1].isupper()):  # РИА Новости
        k += 1
    if k == 0 or k >= len(words) or not words[k].group().islower():
        return None
    return _subject_after(text, words[k].start(), stop, g) or _generic(text, words[k].start(), stop, g)


def _generic(text: str, start: int, stop: int, g: QuoteGrammar) -> Mention | None:
    """The speaker words right after the verb when no title or name was recognised.

    A capitalised word is a surname (``— сказал Паслер``, ``— говорил Вильфанд ранее``); one the
    language reads as no name (``Пушков``, ``Бутырская``, ``Украине``) is a ``surname`` mention, which
    speaks only as a person the text named before (:class:`~.speakers.Speakers`); a common noun with up to two complements that
    ends the clause is a role (``— спросила жительница Кугарчинского района``); ``в`` + a capitalised
    word is the body there (``— отметили в Кремле``, the language's :meth:`body_at`).
    """
    words = words_of(text, start, stop)
    if len(words) > 1 and text[words[0].end():words[1].start()].strip() == "," and words[0].group()[:1].isupper():
        words = words[:1]  # — ти Зарема, ҡыуанысын йәшерә алмай: a lone name before a comma
    if words and len(words) <= 3 and words[0].group().lower() in ("в", "во") and len(words) > 1:
        return g.body_at(text, words[1].start(), words[-1].end())
    if not words or len(words) > ROLE_WORDS + (len(words) > 1 and words[1].group().lower() in ("в", "во") and
                                               words[-1].group().islower()) or len(words[0].group()) < 4:
        return None  # (источник в экстренных службах: a place complement may take a fourth word)
    first = words[0]
    if first.group()[:1].isupper():
        lower_rest = all(w.group().islower() for w in words[1:]) and len(words) <= 2
        if (len(words) == 1 or lower_rest) and not first.group().isupper() and g.name_like(first.group()):
            return _lone_name(text, first, g)
        if len(words) == 1 and not first.group().isupper():  # (— подчеркнул Пушков: a noun's form too)
            return Mention(first.start(), first.end(), "surname", first.group(), None, surface=first.group())
        return None
    if text[words[-1].end():stop].strip(" .!?…"):
        return None
    last = words[-1]
    if len(words) > 1 and last.group()[:1].isupper() and not last.group().isupper() and g.name_like(last.group()) \
            and all(w.group().islower() for w in words[:-1]):  # — объяснил своё поведение Конте
        return _lone_name(text, last, g)
    return Mention(first.start(), words[-1].end(), "role", None, None, surface=text[first.start():words[-1].end()])


def _lone_name(text: str, word: re.Match[str], g: QuoteGrammar) -> Mention:
    """A lone surname after the verb in its base form as its context gives it (``слова Маассена`` → ``Маассен``)."""
    name, gender = g.name_nominative([word.group()], text[max(0, word.start() - 14):word.start()].lower())
    return Mention(word.start(), word.end(), "name", name, None, gender, word.group())


#: a capitalised word this many words after the verb at most may be a surname mention
SURNAME_REACH = 3


def _surname_near(text: str, start: int, stop: int, g: QuoteGrammar) -> Mention | None:
    """A capitalised word (in the text's script, not in capitals, not in marks) right after the verb,
    past Latin or capitalised media names (at most :data:`SURNAME_REACH` words), as a ``surname``
    mention in its base form: it speaks only as a person the text named before (``— цитирует
    Bloomberg Росса``, ``— сказала Хейли 9 июля в эфире …``, ``— написал Сноуден в своём Twitter``)."""
    for w in words_of(text, start, stop)[:SURNAME_REACH]:
        word = w.group()
        if word.isupper() or word[:1].isascii():
            continue  # a medium between (Bloomberg, ТАСС)
        if not word[:1].isupper() or text[w.start() - 1:w.start()] in OPENERS:
            return None  # (заявлял будущий хозяин Белого дома: a capital inside a role)
        nxt = words_of(text, w.end(), stop)[:1]
        if g.name_like(word) and not g.is_first_name(word) and not (
                nxt and nxt[0].group()[:1].isupper() and not text[w.end():nxt[0].start()].strip()):
            return _lone_name(text, w, g)  # — написал Бэнкси на своём сайте: a name, named before or not
            #                                (not Марта of Марта Ватт, a name the finder missed)
        name = g.name_nominative([word], text[max(0, w.start() - 30):w.start()])[0]
        return Mention(w.start(), w.end(), "surname", name, None, surface=word)
    return None


def author_before(text: str, opener: int, block_start: int, g: QuoteGrammar) -> AuthorWords | None:
    """``А: «П»``: the clause before a colon that precedes the opening mark."""
    j = last_non_space(text, opener, block_start)
    if j < block_start or text[j] != ":":
        return None
    clause = clause_begin(text, j, block_start)
    mention = first_mention(text, clause, j, g)
    if mention is not None and not g.can_be_subject(mention, owner=True):  # X уға: «…» — the addressee first
        mention = next((m for m in find_mentions(text, mention.stop, j, g) if g.can_be_subject(m, owner=True)), None)
    words = words_of(text, clause, j)
    if mention is None:
        return _unnamed_before_colon(text, clause, j, words, g)
    if mention.start == clause and mention.stop >= (words[-1].end() if words else j):
        return AuthorWords(clause, j, mention, "headline", False)
    if any(g.is_cue(w.group()) for w in words):
        return AuthorWords(clause, j, mention, "colon", False)
    if mention.kind in ("name", "pronoun") and mention.name != "" and \
            len(words_of(text, clause, mention.start)) < SUBJECT_REACH and _base_form(mention):
        return AuthorWords(clause, j, mention, "colon", False)  # Сам Коронель обозначил позицию так: «…»
    last = (find_mentions(text, mention.stop, j, g)[-1:] or [mention])[0]
    if last.kind == "name" and not text[last.stop:j].strip() and g.can_be_subject(last, owner=True) and \
            (last.in_base_form or not g.can_be_subject(last)):  # (the case of whose the words are: Бабичтың:)
        return AuthorWords(clause, j, last, "colon", False)  # жюри ағзаһы булған Марсель Ҡотоев: «…»
    return None


def _unnamed_before_colon(text: str, clause: int, colon: int, words: list[re.Match[str]],
                          g: QuoteGrammar) -> AuthorWords | None:
    """``Венская полиция сообщила в своем Twitter: «…»``, ``Сам Коронель обозначил позицию так: «…»``: no
    name or title found before the colon, but a sentence that opens with a body or a lone surname (read as
    before an indirect marker) right before its reporting verb."""
    verb = next((w for w in words if g.is_cue(w.group()) and not g.is_converb(w.group())), None)
    stop = verb.start() if verb is not None else colon
    mention = g.speaker_before_marker(text, clause, stop) if stop > clause else None
    if mention is None or len(words_of(text, clause, mention.start)) >= SUBJECT_REACH:
        return None
    if mention.kind == "name" and mention.in_base_form or \
            verb is not None and mention.kind == "org" and not text[mention.stop:verb.start()].strip():
        return AuthorWords(clause, colon, mention, "colon", False)
    return None  # (через WhatsApp, в которых мужской голос говорит: not the sentence's subject)


#: a colon introduces the words of a person named (or a pronoun) within this many words of its sentence start
SUBJECT_REACH = 3


def _base_form(m: Mention) -> bool:
    """A pronoun, or a name written in its base form (the subject, not ``с Коронелем``)."""
    return m.kind == "pronoun" or m.in_base_form
