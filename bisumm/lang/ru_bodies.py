"""Russian bodies that speak: ``в Кремле заявили``, ``в сообщении ведомства``, ``по данным Росстата``,
``приводит ТАСС сообщение прокуратуры``; each found as an organisation mention in the nominative.

>>> t = "как подчеркнули в Министерстве обороны России"
>>> body_in(t, 0, len(t)).name
'Министерство обороны России'
>>> body_at("в Минфине", 2, 9).name
'Минфин'
"""

from __future__ import annotations

import re

from ..entities.mentions import Mention
from ..tokens import WORD_PATTERN
from . import ru_names
from .ru_media import medium_named
from .ru_titles import CAPITALS

__all__ = ["body_at", "body_in", "document_body", "statement_of", "genitive_body", "noun_source", "organisation_name",
           "BODY_HEADS", "GENERIC_BODIES", "STATE_BODY_NOUNS"]

#: ``пресс-службе`` and its other cases: the head of a press service, put in the nominative
_PRESS_SERVICE = re.compile(r"(?i)(пресс-служб)[аеуыи]$")
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

#: ``сообщение X`` / ``заявление X`` after the verb: the words are X's statement (``приводит ТАСС сообщение …``)
_STATEMENT_OF = re.compile(r"(?i)\b(?:сообщение|заявление)\s+")

#: a document a body speaks through (``в заявлении правоохранительных органов``)
_DOCUMENT_OF = re.compile(r"(?i)\bв\s+(?:заявлении|сообщении|докладе|отч[её]те|документе|исследовании|материалах)\s+")

#: ``по данным`` / ``согласно информации`` opening the author words: the body is the genitive after it
_DATA_OF = re.compile(r"(?i)(?:по|согласно)\s+(?:данным|информации|сведениям|подсч[её]там|оценкам)\s+")

#: state bodies named by a common noun (``в полиции сообщили``), in the base form
STATE_BODY_NOUNS = frozenset({"полиция", "прокуратура", "генпрокуратура", "правительство", "министерство", "мэрия",
                              "администрация", "суд", "посольство", "консульство", "генконсульство", "кабмин",
                              "парламент", "сенат", "конгресс", "минобороны", "госдума", "следствие"})
#: nouns that refer back to a body named before (``говорится в сообщении ведомства``)
GENERIC_BODIES = ("ведомств", "сообщени", "заявлени", "доклад", "документ", "релиз", "пресс-релиз", "клуб", "агентств",
                  "организаци", "компани")


def statement_of(text: str, start: int, stop: int) -> Mention | None:
    """``— приводит ТАСС сообщение федеральной прокуратуры``: the body whose statement it is (a medium
    named right after it is the one quoting, not part of the body)."""
    m = _STATEMENT_OF.search(text, start, stop)
    body = genitive_body(text, m.end(), stop) if m is not None else None
    if body is None:
        return None
    words = body.surface.split()
    if len(words) > 1 and medium_named(" " + words[-1], 0, len(words[-1]) + 1) is not None:
        phrase = body.surface[:body.surface.rindex(words[-1])].rstrip()
        return Mention(body.start, body.start + len(phrase), "org", ru_names.phrase_nominative(phrase), None,
                       surface=phrase)
    return body


def body_at(text: str, start: int, stop: int) -> Mention | None:
    """``в Кремле`` → ``Кремль``, ``в Минфине`` → ``Минфин`` (a known noun put in the nominative)."""
    word = WORD_PATTERN.match(text, start)
    if word is None:
        return None
    if word.group().lower().startswith(GENERIC_BODIES):  # в сообщении (ведомства): the body named before
        return Mention(start, stop, "org", organisation_name(text[start:stop]), None,
                       surface=text[start:stop])
    nominative = ru_names.noun_nominative(word.group().lower()).replace("ё", "е")
    if nominative in CAPITALS:  # в Вашингтоне (заявили): the state speaking through its capital
        return Mention(start, word.end(), "org", nominative.title(), None, surface=word.group())
    if not word.group()[:1].isupper():
        if nominative in STATE_BODY_NOUNS:  # в полиции, в правительстве (сообщили)
            return Mention(start, word.end(), "org", nominative, None, surface=word.group())
        return None
    top = ru_names.parse(word.group())[:1]
    if top and "Geox" in top[0].tag:
        return None
    if top and top[0].is_known:
        if "NOUN" not in top[0].tag or "anim" in top[0].tag:
            return None  # в Украине is a place, not who speaks; в Иванове neither
        name = ru_names.noun_nominative(word.group())
    else:
        name = word.group()[:-1] if word.group().endswith("е") else word.group()  # в Минфине
    name = name[:1].upper() + name[1:]
    return Mention(start, word.end(), "org", name, None, surface=word.group())


def document_body(text: str, start: int, stop: int) -> Mention | None:
    """``В заявлении правоохранительных органов (отмечается)``, ``— утверждается в докладе центра
    «Общество Генри Джексона»``, ``по данным Анкары``, ``согласно информации спецслужб``: the body
    whose document or data it is, in the base form."""
    m = _DOCUMENT_OF.search(text, start, stop) or _DATA_OF.match(text, start, stop)
    if m is None:
        return None
    return genitive_body(text, m.end(), stop)


def body_in(text: str, start: int, stop: int) -> Mention | None:
    """``в Кремле (заявили)``, ``как подчеркнули в ведомстве``: the body the words come from; a body
    named by a common noun, its adjectives and the words after it (``в командовании американским
    флотом``, ``во Всемирной организации здравоохранения``) in the nominative."""
    m = _IN_BODY.search(text, start, stop)
    word = WORD_PATTERN.match(text, m.end()) if m is not None else None
    if word is None:
        return None
    return named_body(text, word.start(), stop) or body_at(text, word.start(), word.end())


def named_body(text: str, start: int, stop: int) -> Mention | None:
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


def organisation_name(phrase: str) -> str:
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


def genitive_body(text: str, start: int, stop: int) -> Mention | None:
    """The run of capitalised or genitive words from ``start`` (a noun among them, or one capitalised
    word), closing marks it opened, as an organisation in the base form."""
    words = list(WORD_PATTERN.finditer(text, start, stop))[:8]
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


def noun_source(text: str, start: int, stop: int) -> Mention | None:
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
