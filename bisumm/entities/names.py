"""Shapes of person names shared by the languages of the region (Russified surnames, patronymics).

>>> bool(SURNAME.search("хабирова")), bool(PATRONYMIC.search("ғәлиәҫкәр улы")), is_capitalised("ГИБДД")
(True, True, False)
"""

from __future__ import annotations

import re

__all__ = ["SURNAME", "SURNAME_BASE", "PATRONYMIC", "is_capitalised"]

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
