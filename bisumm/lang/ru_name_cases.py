"""Russian person names in the nominative: the case read from the context, then word by word (pymorphy3).

>>> name_nominative(["Андрея", "Назарова"], context="по словам ")
('Андрей Назаров', 'm')
>>> name_nominative(["Ленара", "Иванова"], after="сообщила")
('Ленара Иванова', 'f')
>>> name_nominative(["Евгения", "Мишина"], context="», — пояснила ")
('Евгения Мишина', 'f')
>>> name_nominative(["Цекова"], context="», — цитирует ")
('Цеков', '')
>>> name_nominative(["Ирине"]), name_nominative(["Дутерте"])
(('Ирина', 'f'), ('Дутерте', ''))
"""

from __future__ import annotations

import re

from .ru_names import is_oblique_first_name, match_case, parse

__all__ = ["name_nominative", "male_genitive_surname"]

#: endings of male surnames (``Иванов``, ``Грибовский``) and of female ones in the nominative
_MALE_SURNAME = re.compile(r"(ов|ев|ёв|ин|ын|ский|цкий|ой|ый)$")
_FEMALE_SURNAME = re.compile(r"(ова|ева|ёва|ина|ая|ына)$")
#: the same for a name of unclear case (``-ёва``, rarely written, left out)
_FEMALE_WRITTEN = re.compile(r"(ова|ева|ина|ая|ына)$")


def name_nominative(words: list[str], context: str = "", title_case: str | None = None,
                    after: str = "") -> tuple[str, str]:
    """Nominative form and gender (``m``/``f``) of a person name given as words.

    The case comes from the context (``по словам`` → genitive), the title's case, or a following
    past-tense verb; a name of unclear case stays as written.
    """
    case, gender = _name_case(words, context, title_case, after)
    if len(words) == 3 and all(len(w) <= 3 and len(_VOWEL.findall(w.lower())) == 1 for w in words[:2]):
        # Ким Чен Ына → Ким Чен Ын (a Korean name: three syllables, the last declined)
        return " ".join(words[:2] + [_syllable_nominative(words[2], case)]), gender
    if case is None:
        last = words[-1].lower()
        gender = gender or ("f" if _FEMALE_WRITTEN.search(last) else
                            "m" if _MALE_SURNAME.search(last) else "")
        return " ".join(words), gender
    if not gender:
        gender = _gender(words, case)
    return " ".join(_word_nominative(w, case, gender) for w in words), gender


#: prepositions right before a name and the case they govern (``с Николом Пашиняном``)
_PREP_CASES = (("с", "ablt"), ("со", "ablt"), ("к", "datv"), ("ко", "datv"), ("о", "loct"), ("об", "loct"),
               ("при", "loct"))
_PREP_CASE = dict(_PREP_CASES)
_PREP_AT_END = re.compile(rf"\b({'|'.join(prep for prep, _ in _PREP_CASES)})\s+$")
#: words and prepositions right before a name that govern the genitive (``по словам``, ``у``)
_GENITIVE_BEFORE = re.compile(r"(словам|мнению|служба|службы|слова|позиции|данным|наблюдениям|оценкам|оценке|сведениям|"
                              r"информации|версии|подсч[её]там|прогнозу|заявлению|\bу|\bот|\bдля|\bбез|\bиз)\s*$")

#: a form of ``цитировать`` right before a name, which governs the accusative (``— цитирует Цекова РИА Новости``)
_ACCUSATIVE_BEFORE = re.compile(r"\b(?:про)?цитир\w*\s+$")


def _name_case(words: list[str], context: str, title_case: str | None,
               after: str) -> tuple[str | None, str]:
    """Case of a name from its context: ``по словам`` → gent, the title's case, a following verb."""
    if _GENITIVE_BEFORE.search(context):
        return "gent", ""
    if _ACCUSATIVE_BEFORE.search(context) and any("Surn" in p.tag and p.tag.case == "accs" for p in parse(words[-1])[:4]):
        return "accs", ""  # (not a guess for a word pymorphy does not know: цитирует Моуринью)
    prep = _PREP_AT_END.search(context)
    if prep is not None:
        return _PREP_CASE[prep.group(1)], ""
    if (_female_verb_before(context) or _female_verb_as_said(context)) and _reads_female_nominative(words):
        return "nomn", "f"  # «…», — пояснила Евгения Мишина: not Евгений Мишин's genitive
    if after and not (len(words) > 1 and is_oblique_first_name(words[0])):  # (дом Елены Самошиной находился)
        for p in parse(after.lower())[:2]:
            if "VERB" in p.tag and "past" in p.tag and title_case in (None, "nomn"):
                return "nomn", ("f" if "femn" in p.tag else "m" if "masc" in p.tag else "")
    if title_case:
        return title_case, ""
    if len(words) > 1:
        parses = [p for p in parse(words[0])[:4] if "Name" in p.tag]
        if parses:
            gender = "f" if "femn" in parses[0].tag else "m"
            oblique = _oblique_case(words[-1]) if "Fixd" in parses[0].tag else None
            if oblique and oblique != "loct":  # (Антонио Конте: the prepositional needs its preposition, read above)
                return oblique, gender  # Джо Байдена, Эндрю Олдриджа: the surname shows the case
            nominative = next((p for p in parses if p.tag.case == "nomn"), None)
            if nominative is not None and parses[0].tag.case != "nomn" and _reads_nominative_only(words[-1]):
                return "nomn", ("f" if "femn" in nominative.tag else "m")  # Александра Тиман: not Александра Тимана
            return parses[0].tag.case, gender
    known = [p for p in parse(words[0]) if "Name" in p.tag and p.tag.number == "sing" and p.is_known]
    if len(words) == 1 and known and is_oblique_first_name(words[0]):  # Ирине достаётся: Ирина (not a guess:
        return known[0].tag.case, ("f" if "femn" in known[0].tag else "m")  # Дутерте, Луческу)
    surnames = [p for p in parse(words[-1])[:4] if "Surn" in p.tag and p.tag.number != "plur"]  # (Цеков: no Цеки)
    if surnames and all(p.tag.case != "nomn" for p in surnames):  # в организм Крушельницкого
        return surnames[0].tag.case, ("f" if "femn" in surnames[0].tag else "m")
    return None, ""


#: a past-tense verb right before a name, after a dash, comma or quote (``», — пояснила ``)
_VERB_BEFORE = re.compile(r"(?:^|[,—–«»\"])\s*(\w+)\s+$")


def male_genitive_surname(words: list[str], verb_genders: tuple[str, ...]) -> bool:
    """A lone surname that reads as a man's in the genitive (``Путина``, ``Медведева``) next to a masculine
    past-tense verb and no feminine one: after a title it complements the title (``Пресс-секретарь Путина
    заявил``), it is no woman holding it.

    >>> male_genitive_surname(["Путина"], ("", "m")), male_genitive_surname(["Путина"], ("", "f"))
    (True, False)
    """
    if len(words) != 1 or "m" not in verb_genders or "f" in verb_genders:
        return False
    return any("Surn" in p.tag and p.tag.case == "gent" and "masc" in p.tag for p in parse(words[0])[:3])


def _female_verb_before(context: str) -> bool:
    """The name follows a feminine past-tense verb that opens its clause: the name is that verb's subject."""
    m = _VERB_BEFORE.search(context)
    return m is not None and any("VERB" in p.tag and "past" in p.tag and "femn" in p.tag
                                 for p in parse(m.group(1).lower())[:2])


#: ``как`` and the verb opening the clause that ends at a name (``Как пояснила «Газете.Ru» акушер ``)
_AS_SAID = re.compile(r"\bкак\s+(\w+)\s+[^,;:!?—–()]*$")


def _female_verb_as_said(context: str) -> bool:
    """``Как пояснила «Газете.Ru» акушер-гинеколог Евгения Мишина``: a feminine past-tense verb after ``как``
    opens the clause the name ends, with no comma between: the name is that verb's subject."""
    m = _AS_SAID.search(context.lower())
    return m is not None and any("VERB" in p.tag and "past" in p.tag and "femn" in p.tag
                                 for p in parse(m.group(1))[:2])


def _reads_female_nominative(words: list[str]) -> bool:
    """Every word of the name reads as a woman's name or surname in the nominative (``Евгения Мишина``)."""
    return all(any({"Name", "Surn"} & set(p.tag.grammemes) and p.tag.case == "nomn" and "femn" in p.tag
                   for p in parse(w)[:5]) or _FEMALE_SURNAME.search(w.lower()) for w in words)


_VOWEL = re.compile("[аеёиоуыэюя]")
#: the case endings a Korean name's last syllable takes (``Ына``, ``Ыну``, ``Ыном``, ``Ыне``)
_SYLLABLE_ENDINGS = {"gent": "а", "accs": "а", "datv": "у", "ablt": "ом", "loct": "е"}


def _syllable_nominative(word: str, case: str | None) -> str:
    """The last syllable of a Korean name without the case ending its case gives (``Ына`` → ``Ын``)."""
    ending = _SYLLABLE_ENDINGS.get(case or "", "")
    if ending and word.endswith(ending) and len(word) - len(ending) >= 2 and not _VOWEL.match(word[-len(ending) - 1]):
        return word[:-len(ending)]
    return word


def _oblique_case(word: str) -> str | None:
    """The oblique case a surname reads in when it reads in no nominative (``Байдена``, ``Олдриджа`` → gent)."""
    cases = [p.tag.case for p in parse(word)[:4] if p.tag.POS == "NOUN"]
    return cases[0] if cases and "nomn" not in cases and cases[0] != "accs" else None


def _reads_nominative_only(word: str) -> bool:
    """A surname whose person readings are all nominative (``Тиман``; not ``Тимана``, ``Иванова``)."""
    cases = {p.tag.case for p in parse(word)[:4] if p.tag.POS == "NOUN" and "Geox" not in p.tag}
    return cases == {"nomn"}


def _gender(words: list[str], case: str) -> str:
    if case == "nomn" and _FEMALE_SURNAME.search(words[-1].lower()):
        return "f"
    if len(words) > 1:
        for p in parse(words[0])[:4]:
            if "Name" in p.tag and p.tag.case == case and "Fixd" not in p.tag:  # Эммануэль, Хиллари: unsure
                return "f" if "femn" in p.tag else "m"
    if case != "nomn" and words[-1].lower().endswith("ой"):
        return "f"  # По словам Самошиной: a man's -ой surname declines (Толстого), a woman's keeps -ой
    return "m" if _MALE_SURNAME.search(words[-1].lower()) else ""


def _word_nominative(word: str, case: str, gender: str) -> str:
    if case == "nomn":
        return word
    for p in parse(word)[:5]:
        if {"Name", "Surn", "Patr"} & set(p.tag.grammemes) and p.tag.case == case and p.tag.number != "plur":
            form = p.inflect({"nomn"})
            if form is not None:
                new = form.word if "ё" in word.lower() else form.word.replace("ё", "е")
                return match_case(word, new)
    return _surname_rule(word, case, gender)


#: case endings of adjectival surnames after ``-ск-``/``-цк-`` (``Грибовского`` → ``Грибовский``)
_ADJ_ENDINGS_M = {"gent": "ого", "accs": "ого", "datv": "ому", "ablt": "им", "loct": "ом"}
_ADJ_ENDINGS_F = {"gent": "ой", "datv": "ой", "ablt": "ой", "loct": "ой", "accs": "ую"}
#: (case ending, its replacement) of the other surnames (``Петрова`` → ``Петров``, ``Петровой`` → ``Петрова``)
_RULES_M = {"gent": ("а", ""), "accs": ("а", ""), "datv": ("у", ""), "ablt": ("ом", ""), "loct": ("е", "")}
_RULES_F = {"gent": ("ой", "а"), "datv": ("ой", "а"), "ablt": ("ой", "а"), "loct": ("ой", "а"), "accs": ("у", "а")}


def _surname_rule(word: str, case: str, gender: str) -> str:
    ending = (_ADJ_ENDINGS_F if gender == "f" else _ADJ_ENDINGS_M).get(case)
    stem = word[:-len(ending)] if ending and word.endswith(ending) else ""
    if len(stem) > 3 and stem.endswith(("ск", "цк")):
        return stem + ("ая" if gender == "f" else "ий")  # Грибовского → Грибовский, Вишневской → Вишневская
    if case == "ablt" and gender != "f" and word.endswith("ым") and len(word) > 4:
        return word[:-2]  # Пашиняным is rare; Ивановым → Иванов
    rule = (_RULES_F if gender == "f" else _RULES_M).get(case)
    if rule and word.endswith(rule[0]) and len(word) > len(rule[0]) + 2:
        return word[: len(word) - len(rule[0])] + rule[1]
    return word
