"""Russian names and titles in the nominative, through pymorphy3 (loaded on first use).

>>> title_nominative("главы администрации"), title_case("министру")
('глава администрации', 'datv')
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..entities.names import name_pattern

__all__ = ["parse", "is_first_name", "is_foreign_surname", "is_adjective_surname", "is_place_surname", "subject_phrase", "phrase_nominative", "is_participle", "is_gerund", "title_nominative", "title_case", "noun_nominative",
           "is_name_word", "is_surname_word", "is_plural_noun", "is_person_noun", "top_pos", "match_case"]


@lru_cache(maxsize=16384)
def parse(word: str) -> tuple:
    """pymorphy3 parses of ``word``; ``()`` when pymorphy3 fails on it (letters without a Unicode name)."""
    from . import get_language

    try:
        return tuple(get_language("ru").morph.parse(word))  # type: ignore[attr-defined]
    except ValueError:
        return ()


def top_pos(word: str) -> str | None:
    """The part of speech of pymorphy3's first parse of ``word`` (lower-cased); ``None`` without one."""
    top = parse(word.lower())[:1]
    return top[0].tag.POS if top else None


def noun_nominative(word: str) -> str:
    """A noun in the nominative (``главы`` → ``глава``); abbreviations (``МИД``) and other words unchanged."""
    if len(word) > 1 and word.isupper():
        return word
    parses = parse(word)
    if not parses:
        return word
    first = parses[0]
    if "NOUN" in first.tag and "nomn" not in first.tag:
        form = first.inflect({"nomn"})
        if form is not None:
            return form.word
    return word


def is_plural_noun(word: str) -> bool:
    """A noun in the plural (``эксперты``, ``исследователи``; not ``министр``), or a plural adjective that
    opens a noun phrase (``официальные СМИ``, ``американские эксперты``).

    >>> is_plural_noun("эксперты"), is_plural_noun("министр"), is_plural_noun("медик"), is_plural_noun("официальные")
    (True, False, False, True)
    """
    top = parse(word.lower())[:1]
    if top and top[0].tag.POS in ("ADJF", "PRTF"):
        return "plur" in top[0].tag
    parses = [p for p in parse(word.lower())[:3] if "NOUN" in p.tag]
    return bool(parses) and "plur" in parses[0].tag


def is_person_noun(word: str) -> bool:
    """An animate common noun (``синоптика``, ``Подросток``, ``общественницы``), not a name.

    >>> is_person_noun("синоптика"), is_person_noun("Подросток"), is_person_noun("Вильфанд"), is_person_noun("дом")
    (True, True, False, False)
    """
    parses = parse(word.lower())[:2]
    return bool(parses) and parses[0].is_known and "NOUN" in parses[0].tag and "anim" in parses[0].tag and not any(
        {"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses)


def title_case(word: str) -> str | None:
    """Grammatical case of a title head word (``главы`` → ``gent``), ``None`` when unclear (an
    indeclinable ``замглавы``). A person's title is one person: its animate singular readings come first
    (``директора``, ``аналитика`` → ``gent``, not the plural or the inanimate nominative).

    >>> title_case("главы"), title_case("аналитика"), title_case("директор"), title_case("замглавы")
    ('gent', 'gent', 'nomn', None)
    """
    parses = [p for p in parse(word.lower())[:4] if "NOUN" in p.tag]
    if not parses:
        return None
    if "Fixd" in parses[0].tag:
        return None
    person = [p for p in parses if {"anim", "sing"} <= set(p.tag.grammemes)]
    parses = person or parses
    if any(p.tag.case == "nomn" for p in parses):
        return "nomn"
    return parses[0].tag.case


def title_nominative(title: str) -> str:
    """The head word of a title in the nominative (with its adjectives before it), the rest as written."""
    words = title.split(" ", 1)
    top = parse(words[0].lower())[:1]
    if top and top[0].tag.POS in ("ADJF", "PRTF") and top[0].tag.case not in (None, "nomn"):
        return phrase_nominative(title)  # официального представителя ведомства → официальный представитель ведомства
    words[0] = match_case(words[0], noun_nominative(words[0].lower()))
    return " ".join(words)


#: parts of speech of a capitalised word that opens a sentence or names a body, never a person
_NOT_NAME_POS = frozenset({"ADJF", "ADVB", "CONJ", "PRCL", "NPRO", "NUMR", "PREP", "INTJ", "PRED", "COMP"})


def _not_name_pos(top) -> bool:  # type: ignore[no-untyped-def]
    """A part of speech no name has; for a word pymorphy3 does not know, only a guessed adjective counts
    (its guessed adverbs are foreign surnames: Мутко, Бюхеле, Забияко)."""
    return top.tag.POS in _NOT_NAME_POS and (top.is_known or top.tag.POS == "ADJF")


def is_name_word(word: str) -> bool:
    """A capitalised word pymorphy3 knows as a name part, shaped like a surname, or unknown to it.

    >>> is_name_word("Колокольцев"), is_name_word("Лукашенко"), is_name_word("Украине"), is_name_word("Однако")
    (True, True, False, False)
    """
    parses = parse(word)
    if any({"Name", "Surn", "Patr"} & set(str(p.tag).replace(" ", ",").split(",")) for p in parses[:3]):
        return True
    personal = any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses[:4])
    if parses and not personal and (_not_name_pos(parses[0]) or parses[0].is_known and (
            "Geox" in parses[0].tag or {"inan", "plur"} <= set(parses[0].tag.grammemes))):
        return False  # Однако, Несколько, Олимпийская, Азербайджанский; Украине, Киеве, Штатов (not Макрон)
    if not personal and _oblique_thing(parses):
        return False  # Причиной, Виной, Словом: a known thing in an oblique case, though shaped like a surname
    if name_pattern("SURNAME").search(word.lower()):
        return True
    known = parses and parses[0].is_known
    return not known


#: cases in which a capitalised inanimate noun opening a sentence is no person (``Причиной стал``)
_THING_CASES = frozenset({"ablt", "datv", "loct"})


def _oblique_thing(parses: tuple) -> bool:
    """pymorphy3 knows the word first as an inanimate common noun in the instrumental, dative or
    locative."""
    top = parses[0] if parses else None
    return top is not None and top.is_known and top.tag.POS == "NOUN" and "inan" in top.tag and \
        top.tag.case in _THING_CASES


def is_first_name(word: str) -> bool:
    """pymorphy3 reads the capitalised word first as a first name (``Эммануэль``, ``Никол``)."""
    parses = parse(word)
    return word[:1].isupper() and bool(parses) and "Name" in parses[0].tag


def only_nominative(word: str) -> bool:
    """The word reads as a nominative and as no case but the accusative (``пресс-секретарь``,
    ``официальный``; not ``главы``, ``официального``).

    >>> only_nominative("пресс-секретарь"), only_nominative("главы"), only_nominative("официального")
    (True, False, False)
    """
    cases = {p.tag.case for p in parse(word.lower())[:6] if p.tag.POS in ("NOUN", "ADJF")}
    return "nomn" in cases and not cases & {"gent", "datv", "ablt", "loct"}


def is_oblique_first_name(word: str) -> bool:
    """A first name pymorphy3 reads only in an oblique case (``Владимира``, ``Олега``), not ``Дмитрий``.

    >>> [is_oblique_first_name(w) for w in ("Владимира", "Дмитрий", "Хезер", "Шушан", "Динар")]
    [True, False, False, False, False]
    """
    names = [p for p in parse(word) if "Name" in p.tag and p.tag.number == "sing"]  # (Шушан: a plural form of Шушана)
    cases = {p.tag.case for p in names}
    return "nomn" not in cases and bool(cases & {"gent", "datv", "accs", "ablt", "loct"})  # (not Динар: voct)


def is_foreign_surname(word: str) -> bool:
    """A capitalised noun after a first name that no place or body reads: a surname written like a
    common noun (``Эммануэль Макрон``), not ``Мария Москвы``; or a surname-shaped word a village name
    reads (``Павла Курьянова``: the neuter Курьяново; not the cities Саратова, Киева).

    >>> is_foreign_surname("Макрон"), is_foreign_surname("Москвы"), is_foreign_surname("Сказал")
    (True, False, False)
    >>> is_foreign_surname("Курьянова"), is_foreign_surname("Мутко"), is_foreign_surname("Хорошо"), is_foreign_surname("Коми")
    (True, True, False, True)
    >>> is_foreign_surname("Пью"), is_foreign_surname("Сказала")
    (True, False)
    """
    parses = parse(word)
    if parses and parses[0].tag.POS in ("ADVB", "ADJS"):  # Виталий Мутко, Юрий Бойко: not мутко, бойко
        return bool(name_pattern("SURNAME").search(word.lower()))
    if parses and parses[0].tag.POS == "VERB" and parses[0].tag.tense != "past" and len(word) > 2:
        return True  # Кэтрин Пью: a capitalised verb form no sentence opens after a first name (not Сказал)
    if not parses or parses[0].tag.POS != "NOUN":
        return False
    tags = set(parses[0].tag.grammemes)
    return not {"Geox", "Orgn"} & tags or "neut" in tags and bool(name_pattern("SURNAME").search(word.lower())) or \
        {"Geox", "Fixd"} <= tags  # Джеймс Коми: an indeclinable place name after a first name is a surname


def is_place_surname(first: str, word: str) -> bool:
    """A surname-shaped word that pymorphy3 reads only as a town (``Кашин``), after a first name in the
    case and gender it reads in: a surname (``Василий Кашин``; a woman's ``Анна Кашина`` reads as the
    town's genitive).

    >>> is_place_surname("Василий", "Кашин"), is_place_surname("Анна", "Кашина"), is_place_surname("Анна", "Кашин")
    (True, True, False)
    >>> is_place_surname("Мария", "Москвы")
    False
    """
    if not name_pattern("SURNAME").search(word.lower()):
        return False
    places = [p for p in parse(word)[:4] if p.tag.POS == "NOUN" and "Geox" in p.tag]
    names = [p for p in parse(first)[:4] if "Name" in p.tag]
    if any(n.tag.case == p.tag.case and n.tag.gender == p.tag.gender for n in names for p in places):
        return True
    return word.endswith("а") and any(n.tag.case == "nomn" and n.tag.gender == "femn" for n in names) and \
        any(p.tag.case == "gent" and p.tag.gender == "masc" for p in places)


#: the endings of an adjective-shaped surname (``Бутырская``, ``Трубецкого``)
_ADJECTIVE_SURNAME = re.compile(r"[сц]к(?:ий|ой|ая|ого|ому|им|ом|ую|ые|их|ими)$")


def is_adjective_surname(first: str, word: str) -> bool:
    """A capitalised ``-ский``/``-цкий`` adjective after a first name, in the same gender: a surname
    (``Ирина Бутырская``, ``Андрея Трубецкого``), not a place (``Мария Московская`` is Geox-free but rare).

    >>> is_adjective_surname("Ирина", "Бутырская"), is_adjective_surname("Ирина", "Бутырский")
    (True, False)
    """
    if not _ADJECTIVE_SURNAME.search(word.lower()):
        return False
    top = parse(word)[:1]
    names = [p for p in parse(first) if "Name" in p.tag]
    return bool(top and names) and top[0].tag.POS == "ADJF" and "Geox" not in top[0].tag and \
        any(p.tag.gender == top[0].tag.gender for p in names)


#: nouns of time and quantity that are never who speaks (``В тот же день``, ``200 человек``)
_NOT_SUBJECT = ("день", "год", "время", "раз", "человек", "неделя", "месяц", "час", "итог", "случай", "часть")
_NOUN_PHRASE_WORD = re.compile(r"[\w.-]+|[,;:.!?«»\"()—–]")


def subject_phrase(text: str, start: int, stop: int) -> tuple[int, int, str] | None:
    """The first noun phrase in the nominative of ``text[start:stop]`` (its adjectives before it,
    genitive and capitalised words after it, no prepositional phrase): who a reporting verb names
    when no person or organisation is there (``спецслужбы``, ``Федеральная полиция Германии``).

    >>> t = "Ранее спецслужбы Германии"
    >>> subject_phrase(t, 0, len(t))
    (6, 25, 'спецслужбы Германии')
    >>> subject_phrase("в тот же день", 0, 13) is None
    True
    """
    toks = [(m.start(), m.end(), m.group()) for m in _NOUN_PHRASE_WORD.finditer(text, start, stop)]
    for i, (a, _, w) in enumerate(toks):
        top = parse(w.lower())[:1]
        if not top or top[0].tag.POS != "NOUN" or top[0].tag.case != "nomn" or \
                top[0].normal_form in _NOT_SUBJECT or {"Name", "Surn", "Patr", "Geox"} & set(top[0].tag.grammemes):
            continue
        first = i
        while first > 0 and _agrees(toks[first - 1][2]):
            first -= 1
        if first > 0 and top_pos(toks[first - 1][2]) == "PREP":
            continue  # в тот же день, на сайте
        last = i
        while last + 1 < len(toks) and last - i < 5 and _complement(toks[last + 1][2]):
            last += 1
        return toks[first][0], toks[last][1], text[toks[first][0]:toks[last][1]]
    return None


def _agrees(word: str) -> bool:
    top = parse(word.lower())[:1]
    return bool(top) and top[0].tag.POS in ("ADJF", "PRTF") and top[0].tag.case == "nomn"


def _complement(word: str) -> bool:
    if word[:1].isupper() and word[:1].isalpha():
        return True
    top = parse(word.lower())[:1]
    return bool(top) and top[0].tag.POS in ("NOUN", "ADJF") and top[0].tag.case == "gent"


def is_participle(word: str) -> bool:
    """pymorphy3 reads the word first as a full participle (``подтвердившей``, ``сообщивший``)."""
    top = parse(word.lower())[:1]
    return bool(top) and top[0].tag.POS == "PRTF"


def phrase_nominative(phrase: str) -> str:
    """A body's name with its head (adjectives and first noun) in the nominative; the rest kept.

    >>> phrase_nominative("Московской торгово-промышленной палаты"), phrase_nominative("Счетной палаты РФ")
    ('Московская торгово-промышленная палата', 'Счетная палата РФ')
    """
    words = phrase.split()
    head = next((i for i, w in enumerate(words) if top_pos(w) == "NOUN"), None)
    if head is None or len(words[head]) > 1 and words[head].isupper():
        return phrase  # (МИД России: an abbreviation does not decline)
    noun = parse(words[head].lower())[0]
    if noun.tag.case == "nomn":
        return phrase
    form = noun.inflect({"nomn"})
    if form is None:
        return phrase
    words[head] = match_case(words[head], form.word if "ё" in words[head].lower() else form.word.replace("ё", "е"))
    agree = {"nomn", "plur"} if "plur" in form.tag else {"nomn", form.tag.gender or "masc"}
    for i in range(head):
        adj = next((p for p in parse(words[i].lower())[:4] if p.tag.POS in ("ADJF", "PRTF")), None)
        new = adj.inflect(agree) if adj is not None else None
        if new is not None:
            words[i] = match_case(words[i], new.word if "ё" in words[i].lower() else new.word.replace("ё", "е"))
    return " ".join(words)


def quoted_nominative(name: str) -> str:
    """A quoted name put in the nominative when its first word cannot be read as one (``«Вестей»`` →
    ``Вести``, ``«Известиям»`` → ``Известия``); ``«Вести»``, ``«Интерфакс»`` stay.

    >>> quoted_nominative("Вестей"), quoted_nominative("Вести"), quoted_nominative("Известиям")
    ('Вести', 'Вести', 'Известия')
    """
    first = name.split()[0] if name.split() else ""
    parses = parse(first.lower()) if first.isalpha() else ()
    if not parses or any(p.tag.case == "nomn" for p in parses):
        return name
    return phrase_nominative(name)


def is_addressee(word: str) -> bool:
    """A noun in the dative, whom words are told to (``рассказал следователям, что``)."""
    top = parse(word.lower())[:1]
    return bool(top) and top[0].tag.POS == "NOUN" and top[0].tag.case == "datv"


def is_gerund(word: str) -> bool:
    """pymorphy3 reads the word first as a gerund (``отвечая``, ``подчеркнув``)."""
    top = parse(word.lower())[:1]
    return bool(top) and top[0].tag.POS == "GRND"


def is_surname_word(word: str) -> bool:
    """pymorphy3 reads the word as a surname."""
    return any("Surn" in str(p.tag) for p in parse(word)[:2])


def match_case(original: str, new: str) -> str:
    return new[:1].upper() + new[1:] if original[:1].isupper() else new
