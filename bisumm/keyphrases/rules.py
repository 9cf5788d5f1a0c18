"""What the keyword extractor knows about each language: small named tables.

These are facts of the languages (and of news pages), not learned numbers. They live here
until the Language face grows the matching fields (see docs/keywords.md).

>>> is_ba_possessive("химияһы", "химия"), is_ba_possessive("мәктәпте", "мәктәп")
(True, False)
>>> is_furniture("Также по теме"), is_furniture("Глава республики открыл школу.")
(True, False)
"""

from __future__ import annotations

import re

__all__ = ["ROMAN", "BA_POSSESSIVE", "BA_VERB_ENDINGS", "RU_NAME_GRAMMEMES", "RU_NOUNS", "RU_ADJECTIVES",
           "FURNITURE", "is_furniture", "is_ba_verb", "is_ba_possessive", "BA_NAME_ENDINGS", "ba_name_base", "ba_case_base",
           "BA_COMMON_SUPPORT", "is_ba_common_noun"]

#: the ending (after the stem) of a Bashkir 3rd-person possessive, the head of a noun chain
#: (``нефть химияһы``, ``Башҡортостан Республикаһының``), optionally followed by a case ending
#: (ba_suffixes: POSSESSIVES["3"], CASES)
BA_POSSESSIVE = re.compile(r"^(?:һ?[ые])(?:н|ның|нең|на|нә|нда|ндә|нан|нән|ндағы|ндәге)?$")

#: Bashkir verb forms that never name a topic: infinitive, definite future, participle in
#: -ған and its cases, converbs in -ғас/-ғансы, finite past plural (ba_suffixes: NONFINITE, DEF_FUTURE)
BA_VERB_ENDINGS = ("ырға", "ергә", "рға", "ргә", "аҫаҡ", "асаҡ", "әсәк", "ясаҡ", "йәсәк",
                   "ған", "гән", "ҡан", "кән", "ғанда", "гәндә", "ҡанда", "кәндә", "ғас", "гәс", "ҡас", "кәс",
                   "ғансы", "гәнсе", "ҙылар", "ҙеләр", "тылар", "теләр", "ҙыҡ", "ҙек")

#: Roman numerals (``XX Форум``, ``Николай II``) are numbers, not names
ROMAN = re.compile(r"^[IVXLCDM]+$|^[ІХ]+$")

#: pymorphy3 grammemes of proper names (first names, surnames, patronymics, places, organisations)
RU_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
#: pymorphy3 parts of speech that head a Russian keyword, and those that qualify one
RU_NOUNS = frozenset({"NOUN"})
RU_ADJECTIVES = frozenset({"ADJF", "PRTF"})

#: lines of a news page that are not the article: related links, credits, calls to share
FURNITURE = re.compile(
    r"^\W*(?:также по теме|читайте также|смотрите также|по теме|подробнее|источник|фото|видео|"
    r"подписывайтесь|поделиться|реклама|©|копирование|уҡығыҙ шулай уҡ|шулай уҡ уҡығыҙ|һүрәттә|фото:)\b",
    re.IGNORECASE)


def is_furniture(line: str) -> bool:
    """True for a line of page furniture (related links, photo credits)."""
    return bool(FURNITURE.match(line.strip()))


def is_ba_verb(folded: str) -> bool:
    """True when a folded Bashkir word ends like a verb form (see :data:`BA_VERB_ENDINGS`).

    >>> is_ba_verb("төҙөйәсәкбеҙ"), is_ba_verb("уҡыясаҡ"), is_ba_verb("мәктәп")
    (False, True, False)
    """
    return len(folded) > 4 and folded.endswith(BA_VERB_ENDINGS)


def is_ba_possessive(folded: str, stem: str) -> bool:
    """True when a folded Bashkir word is its ``stem`` plus a 3rd-person possessive ending.

    >>> is_ba_possessive("университеты", "университет"), is_ba_possessive("осрашты", "осраш")
    (True, False)
    """
    return len(folded) > len(stem) and bool(BA_POSSESSIVE.match(folded[len(stem):]))


#: case endings (and possessive + case) a Bashkir name takes: stripped from a name word to get
#: its base (``Ҡаҙағстандың`` → ``ҡаҙағстан``, ``Республикаһының`` → ``республика``); ba_suffixes: CASES
BA_NAME_ENDINGS = tuple(sorted({
    *(p + c for p in ("", "һы", "һе", "ы", "е") for c in (
        "ның", "нең", "тың", "тең", "дың", "дең", "ҙың", "ҙең", "ға", "гә", "ҡа", "кә", "на", "нә",
        "ны", "не", "ты", "те", "ды", "де", "ҙы", "ҙе", "да", "дә", "та", "тә", "ҙа", "ҙә", "ла", "лә",
        "нда", "ндә", "дан", "дән", "тан", "тән", "ҙан", "ҙән", "нан", "нән", "лан", "лән", "ндағы", "ндәге",
        "дағы", "дәге", "тағы", "тәге", "ҙағы", "ҙәге", "лағы", "ләге")),
    "һы", "һе", "һын", "һен", "ын", "ен"}, key=len, reverse=True))


def ba_name_base(folded: str, stem: str) -> tuple[str, bool]:
    """A folded Bashkir name word without its case ending, and whether it had one.

    The ending is only dropped down to the ``stem`` the stemmer gives (never below it: the
    ``-стан`` of ``Ҡаҙағстан`` is no ablative), and never down to fewer than three letters.

    >>> ba_name_base("ҡаҙағстандың", "ҡаҙағстан"), ba_name_base("ҡаҙағстан", "ҡаҙағстан")
    (('ҡаҙағстан', True), ('ҡаҙағстан', False))
    >>> ba_name_base("рөстәм", "рөст"), ba_name_base("республикаһының", "республика")
    (('рөстәм', False), ('республика', True))
    """
    for ending in BA_NAME_ENDINGS:
        base = folded[: -len(ending)]
        if folded.endswith(ending) and len(base) >= max(3, len(stem)):
            return base, True
    return folded, False


#: Bashkir case endings alone (no possessive before them), longest first
BA_CASE_ENDINGS = tuple(e for e in BA_NAME_ENDINGS if not e.startswith(("һы", "һе", "ы", "е")) or e in ("ы", "е"))


def ba_case_base(word: str) -> str:
    """A Bashkir name word without its case ending, possessives kept, spelling kept.

    >>> ba_case_base("Республикаһының"), ba_case_base("Хәмитовҡа"), ba_case_base("Ҡаҙағстан")
    ('Республикаһы', 'Хәмитов', 'Ҡаҙағстан')
    """
    from ..lang import stem

    folded = word.lower()
    floor = max(3, len(stem(folded, "ba")))
    for ending in BA_CASE_ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= floor:
            return word[: -len(ending)]
    return word


#: a Bashkir stem seen with this many different endings in the news corpus (the stem lexicon
#: of bisumm.lang.ba_stem) is a common noun even when capitalised (Республика, Рәсәй), not a first name
BA_COMMON_SUPPORT = 10


def is_ba_common_noun(lemma: str) -> bool:
    """True for a Bashkir stem common enough to be a noun rather than a person's first name.

    >>> is_ba_common_noun("республика"), is_ba_common_noun("рөстәм")
    (True, False)
    """
    from ..lang.ba_stem import lexicon

    return lexicon().get(lemma, 0) >= BA_COMMON_SUPPORT
