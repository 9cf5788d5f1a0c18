"""Person names in the nominative: Russian case forms via pymorphy3, Bashkir case endings dropped.

>>> normalize_name(["Андрея", "Назарова"], "ru", context="по словам ")
('Андрей Назаров', 'm')
>>> ba_strip_case("Алтынбаевҡа")
'Алтынбаев'
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["normalize_name", "ba_strip_case", "ba_role", "ru_parse"]

_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая|енко|ко|ук|юк|ич|ян|дзе|швили)"
                      r"(?:а|у|ым|ом|е|ой|ую|ого|ому)?$")
_BA_SUFFIXES = tuple(sorted((
    "ҡа", "ға", "кә", "гә", "тың", "тең", "дың", "дең", "ҙың", "ҙең", "ның", "нең", "ты", "те", "ды", "де",
    "ҙы", "ҙе", "ны", "не", "та", "тә", "да", "дә", "ҙа", "ҙә", "нда", "ндә", "тан", "тән", "дан", "дән",
    "ҙан", "ҙән", "нан", "нән"), key=len, reverse=True))
_PATRONYMIC = re.compile(r"(?:вич|вна|ична|улы|ҡыҙы)(?:а|у|ем|ом|е|ой|ы)?$")
_SURNAME_BASE = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|ская|ко|ич|ян)$")


def ba_strip_case(word: str) -> str:
    """Drop a Bashkir case ending from a surname (``Хәмитовҡа`` → ``Хәмитов``)."""
    low = word.lower()
    for suffix in _BA_SUFFIXES:
        if low.endswith(suffix) and _SURNAME_BASE.search(low[: -len(suffix)]):
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=16384)
def ru_parse(word: str) -> tuple:
    """pymorphy3 parses of ``word``; ``()`` when pymorphy3 fails on it (letters without a Unicode name)."""
    from ..lang import get_language

    try:
        return tuple(get_language("ru").morph.parse(word))
    except ValueError:
        return ()


_BA_ROLE_CASE = re.compile(r"(?<=\w\w\w)(?:ның|нең|тың|тең|дың|дең|ҙың|ҙең|ға|гә|ҡа|кә)$")


def ba_role(role: str) -> str:
    """A Bashkir role in its base form: genitive/dative ending of the head dropped, lower-cased head.

    >>> ba_role("Иҡтисадсыларҙың")
    'иҡтисадсылар'
    """
    words = role.split()
    if not words:
        return role
    words[-1] = _BA_ROLE_CASE.sub("", words[-1])
    if len(words) == 1:
        words[0] = words[0][:1].lower() + words[0][1:]
    return " ".join(words)


def _ru_nominative(word: str) -> str:
    parses = ru_parse(word)
    if not parses:
        return word
    parse = parses[0]
    if "NOUN" in parse.tag and "nomn" not in parse.tag:
        form = parse.inflect({"nomn"})
        if form is not None:
            return form.word
    return word


def _ru_case(word: str) -> str | None:
    """Grammatical case of a title head word (``главы`` → ``gent``), ``None`` when unclear."""
    parses = [p for p in ru_parse(word.lower())[:4] if "NOUN" in p.tag]
    if not parses:
        return None
    if any(p.tag.case == "nomn" for p in parses):
        return "nomn"
    return parses[0].tag.case


def _ru_title(title: str) -> str:
    words = title.split(" ", 1)
    words[0] = _match_case(words[0], _ru_nominative(words[0].lower()))
    return " ".join(words)


def _match_case(original: str, new: str) -> str:
    return new[:1].upper() + new[1:] if original[:1].isupper() else new


def normalize_name(words: list[str], lang: str, context: str = "", title_case: str | None = None,
                   after: str = "") -> tuple[str, str]:
    """Nominative form and gender (``m``/``f``/``""``) of a person name given as words.

    >>> normalize_name(["Радия", "Хабирова"], "ru", context="по словам ")
    ('Радий Хабиров', 'm')
    >>> normalize_name(["Ленара", "Иванова"], "ru", after="сообщила")
    ('Ленара Иванова', 'f')
    >>> normalize_name(["Рөстәм", "Хәмитовҡа"], "ba")
    ('Рөстәм Хәмитов', '')
    """
    if lang != "ru":
        return " ".join(words[:-1] + [ba_strip_case(words[-1])]), ""
    return _ru_name(words, context, title_case, after)


def _ru_name(words: list[str], context: str, title_case: str | None = None,
             after: str = "") -> tuple[str, str]:
    case, gender = _ru_name_case(words, context, title_case, after)
    if case is None:
        last = words[-1].lower()
        gender = gender or ("f" if re.search(r"(ова|ева|ина|ая|ына)$", last) else "m")
        return " ".join(words), gender
    if not gender:
        gender = _ru_gender(words, case)
    return " ".join(_ru_word_nominative(w, case, gender) for w in words), gender


def _ru_name_case(words: list[str], context: str, title_case: str | None,
                  after: str) -> tuple[str | None, str]:
    """Case of a name from its context: ``по словам`` → gent, the title's case, a following verb."""
    if re.search(r"(словам|мнению|служба|службы|слова|позиции)\s*$", context):
        return "gent", ""
    if after:
        for p in ru_parse(after.lower())[:2]:
            if "VERB" in p.tag and "past" in p.tag and title_case in (None, "nomn"):
                return "nomn", ("f" if "femn" in p.tag else "m" if "masc" in p.tag else "")
    if title_case:
        return title_case, ""
    if len(words) > 1:
        parses = [p for p in ru_parse(words[0])[:4] if "Name" in p.tag]
        if parses:
            return parses[0].tag.case, ("f" if "femn" in parses[0].tag else "m")
    return None, ""


def _ru_gender(words: list[str], case: str) -> str:
    if case == "nomn" and re.search(r"(ова|ева|ёва|ина|ая|ына)$", words[-1].lower()):
        return "f"
    if len(words) > 1:
        for p in ru_parse(words[0])[:4]:
            if "Name" in p.tag and p.tag.case == case:
                return "f" if "femn" in p.tag else "m"
    return "m"


def _ru_word_nominative(word: str, case: str, gender: str) -> str:
    if case == "nomn":
        return word
    for p in ru_parse(word)[:5]:
        if {"Name", "Surn", "Patr"} & set(p.tag.grammemes) and p.tag.case == case:
            form = p.inflect({"nomn"})
            if form is not None:
                new = form.word if "ё" in word.lower() else form.word.replace("ё", "е")
                return _match_case(word, new)
    return _ru_surname_rule(word, case, gender)


def _ru_surname_rule(word: str, case: str, gender: str) -> str:
    rules_m = {"gent": ("а", ""), "accs": ("а", ""), "datv": ("у", ""), "ablt": ("ым", ""), "loct": ("е", "")}
    rules_f = {"gent": ("ой", "а"), "datv": ("ой", "а"), "ablt": ("ой", "а"), "loct": ("ой", "а"), "accs": ("у", "а")}
    rule = (rules_f if gender == "f" else rules_m).get(case)
    if rule and word.endswith(rule[0]) and len(word) > len(rule[0]) + 2:
        return word[: len(word) - len(rule[0])] + rule[1]
    return word
