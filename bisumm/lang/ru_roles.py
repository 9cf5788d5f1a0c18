"""Russian role words: the gender a role or its reporting verb gives, and roles in a speaker's genitive.

>>> role_gender("британская актриса"), verb_gender("заявила"), verb_gender("сказали")
('f', 'f', '')
>>> reports_words_of("По словам ")
True
"""

from __future__ import annotations

import re

from .ru import POSSESSIVES
from .ru_names import parse

__all__ = ["speaks_for_body", "other_office", "role_gender", "person_gender", "is_condition_role", "opens_clause", "verb_gender", "reports_words_of", "speaker_in_genitive",
           "DEMONSTRATIVES", "demonstrative_at"]


def role_gender(role: str) -> str:
    """``f`` when the first person noun of a role is feminine (``актриса``, ``украинская чиновница``);
    ``""`` for masculine nouns, which women hold too (``министр``).

    >>> role_gender("британская актриса"), role_gender("министр"), role_gender("главы региона")
    ('f', '', '')
    """
    for word in role.split()[:4]:
        top = parse(word.lower())[:1]
        if top and top[0].tag.POS == "NOUN":
            return "f" if "anim" in top[0].tag and "femn" in top[0].tag and "Name" not in top[0].tag else ""
    return ""


#: nouns for a person who speaks for a body (its spokesperson), in their base form
SPOKESPERSON_HEADS = frozenset({"представитель", "пресс-секретарь", "спикер", "пресс-атташе"})
#: adjectives before a spokesperson's head (``официальный представитель``)
_SPOKESPERSON_QUALIFIERS = frozenset({"официальный", "официального", "официальная", "официальной", "постоянный",
                                      "постоянного"})


def speaks_for_body(role: str) -> bool:
    """A spokesperson of a body (``представитель полиции Ирландии``, ``представителя организации``): a
    person of that body, never whoever the text named last.

    >>> speaks_for_body("представитель полиции Ирландии"), speaks_for_body("представителя организации")
    (True, True)
    >>> speaks_for_body("представитель"), speaks_for_body("министр обороны")
    (False, False)
    """
    words = role.split()
    if len(words) < 2:
        return False
    while len(words) > 2 and words[0].lower() in _SPOKESPERSON_QUALIFIERS:
        words = words[1:]
    top = parse(words[0].lower())[:1]
    return bool(top) and top[0].normal_form in SPOKESPERSON_HEADS


def other_office(role: str, title: str | None) -> bool:
    """A spokesperson role (``представитель полиции``) cannot refer back to a person titled otherwise
    (a businessman, a minister): a body's spokesperson is its own person.

    >>> other_office("представитель полиции", "министр"), other_office("представитель Госдепа", "официальный представитель ведомства")
    (True, False)
    """
    return bool(title) and speaks_for_body(role) and not speaks_for_body(title + " X")


def person_gender(noun: str) -> str:
    """``m`` for ``мужчина``, ``f`` for ``женщина``: the grammatical gender of a noun for a person.

    >>> person_gender("мужчина"), person_gender("женщина"), person_gender("военный")
    ('m', 'f', '')
    """
    top = parse(noun.lower())[:1]
    return {"masc": "m", "femn": "f"}.get(top[0].tag.gender or "", "") if top and top[0].tag.POS == "NOUN" else ""


def is_condition_role(role: str) -> bool:
    """A participle for a person (``заключённый``, ``пострадавший``, ``подозреваемый``): what befell them,
    never an office.

    >>> is_condition_role("заключённый"), is_condition_role("управляющий"), is_condition_role("министр")
    (True, False, False)
    """
    top = parse(role.lower())[:1] if " " not in role else ()
    return bool(top) and top[0].tag.POS == "PRTF" and ("past" in top[0].tag or "pssv" in top[0].tag)


#: parts of speech that open a clause after a comma (a participle, a preposition, a conjunction, …)
_CLAUSE_POS = frozenset({"PRTF", "PRTS", "GRND", "CONJ", "PRCL", "PREP", "ADVB", "NPRO", "INTJ", "PRED", "VERB"})


def opens_clause(word: str) -> bool:
    """A word after a comma that opens a clause rather than one more title (``пожелавший``, ``в``,
    ``которого``, ``однако``; not ``доктор``, ``бывший``, ``экологии``).

    >>> opens_clause("пожелавший"), opens_clause("которого"), opens_clause("доктор"), opens_clause("бывший")
    (True, True, False, False)
    """
    top = parse(word.lower())[:1]
    return bool(top) and (top[0].tag.POS in _CLAUSE_POS or "Apro" in top[0].tag)


def verb_gender(verb: str) -> str:
    """The gender of a past-tense verb in the singular (``заявила`` → ``f``, ``добавил`` → ``m``), else ``""``."""
    top = parse(verb.lower())[:1]
    if not top or top[0].tag.POS != "VERB" or top[0].tag.tense != "past":
        return ""
    return {"femn": "f", "masc": "m"}.get(top[0].tag.gender or "", "")


#: ``по словам``, ``по мнению``, ``согласно данным`` right before a speaker: the genitive names who speaks
_WORDS_OF = re.compile(r"(?i)\b(?:по|согласно)\s+(?:(?:" + "|".join(sorted(POSSESSIVES)) + r")\s+)?(?:словам|мнению|оценкам?|данным|"
                       r"информации|сведениям|заявлению|прогнозу|подсч[её]там)\s+$")


def reports_words_of(before: str) -> bool:
    """``before`` ends with ``по словам`` and the like: a role after it in the genitive is the speaker."""
    return _WORDS_OF.search(before[-40:]) is not None


def speaker_in_genitive(text: str, start: int) -> bool:
    """A speaker mention at ``start`` follows ``по словам`` and the like."""
    return reports_words_of(text[max(0, start - 40):start])


#: demonstratives that stand for the person named last when they open a sentence as its subject (``Та заявила``)
DEMONSTRATIVES = {"тот": "m", "та": "f"}
_WORD_AT_END = re.compile(r"(\w+)$")
_NEXT_WORD = re.compile(r" (\w+)")


def demonstrative_at(text: str, stop: int) -> bool:
    """``тот``/``та`` ending at ``stop`` is a determiner (``Тот же``, ``Та модель``, ``в тот день``), no pronoun,
    unless it opens a sentence before a verb, a preposition or an adverb (``Тот в интервью признался``).

    >>> demonstrative_at("Он ушёл. Та заявила", 11), demonstrative_at("Он ушёл. Та модель", 11)
    (False, True)
    >>> demonstrative_at("Он ушёл. Тот же", 12), demonstrative_at("в тот день", 5), demonstrative_at("он", 2)
    (True, True, False)
    """
    word = _WORD_AT_END.search(text, max(0, stop - 4), stop)
    if word is None or word.group(1).lower() not in DEMONSTRATIVES:
        return False
    before = text[max(0, word.start() - 3):word.start()].rstrip()
    nxt = _NEXT_WORD.match(text, stop)
    if before and before[-1] not in ".!?" or nxt is None or nxt.group(1).lower() == "же":
        return True
    top = parse(nxt.group(1).lower())[:1]
    return not top or top[0].tag.POS not in ("VERB", "PREP", "ADVB")
