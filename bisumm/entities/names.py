"""Shapes of person names shared by the languages of the region (Russified surnames, patronymics).

>>> bool(SURNAME.search("хабирова")), bool(PATRONYMIC.search("ғәлиәҫкәр улы")), is_capitalised("ГИБДД")
(True, True, False)
"""

from __future__ import annotations

import re

__all__ = ["SURNAME", "SURNAME_BASE", "PATRONYMIC", "is_capitalised", "expand_abbreviation"]

#: surname endings, with the Russian case endings they take
SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая|енко|ко|ук|юк|ич|ян|дзе|швили)"
                     r"(?:а|у|ым|ом|е|ой|ую|ого|ому)?$")
#: a surname without any case ending (what is left when a case ending is dropped)
SURNAME_BASE = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|ская|ко|ич|ян)$")
#: patronymic endings (Russian ``-вич/-вна``, Bashkir ``улы/ҡыҙы``), with case endings
PATRONYMIC = re.compile(r"(?:вич|вна|ична|улы|ҡыҙы)(?:а|у|ем|ом|е|ой|ы)?$")


def is_capitalised(word: str) -> bool:
    """Capital first letter, not an all-capitals acronym."""
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


#: how far back (characters) an abbreviation's spelled-out name is looked for
ABBREVIATION_REACH = 5000


def expand_abbreviation(text: str, pos: int, abbr: str) -> str | None:
    """The words an all-capitals abbreviation stands for, spelled out before ``pos`` (the last such
    run of words whose initials make it, the first capitalised), or ``None``.

    >>> t = "Аудиторы Счетной палаты проверили смету. В отчете СП сказано …"
    >>> expand_abbreviation(t, t.index("СП "), "СП"), expand_abbreviation(t, 10, "ФНС")
    ('Счетной палаты', None)
    """
    if not (2 <= len(abbr) <= 6 and abbr.isupper() and abbr.isalpha()):
        return None
    letters = [re.escape(ch) for ch in abbr]
    pattern = re.compile(r"(?<![\w-])" + r"[\s-]+".join(f"(?i:{ch})[^\\W\\d_]*" for ch in letters) + r"(?![\w-])")
    found = None
    for m in pattern.finditer(text, max(0, pos - ABBREVIATION_REACH), pos):
        if m.group()[:1].isupper() and m.group() != abbr and " " in m.group() + "-" and len(m.group()) > 2 * len(abbr):
            found = m.group()
    return found
