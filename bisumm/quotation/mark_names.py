"""Words in quote marks that the pairing of a sentence-bound block takes for quotations but that name
something: a name with a case ending glued to its closing mark (``"Киске Өфө"гә``), a word cited.

>>> t = '"Хөкүмәт сәғәте"нә министрҙар саҡырылды.'
>>> p = name_before_case_ending(t, Pair(0, None, 1, len(t) - 1), len(t) - 1)
>>> t[p.inner_start:p.inner_stop], cited_word("«ярамай»", 1, 7)
('Хөкүмәт сәғәте', True)
"""

from __future__ import annotations

import re

from ..entities.mentions import WORD
from ..marks import Marks, Pair

__all__ = ["GLUED_CLOSER", "glued_names", "name_before_case_ending", "cited_word"]

#: a straight or right quote mark glued between a word and a lower-case letter (``"Киске Өфө"гә``,
#: ``"Ашҡаҙар"радиоһы``): it closes a name that a case ending or a noun follows (the pairing skips it)
GLUED_CLOSER = re.compile(r"(?<=[^\W_])[\"”»](?=-?[a-zа-яёәөүғҡңҙҫһ])")
_OPENER = re.compile(r"[«“„\"]")
#: the closer glued to a case ending that closes each kind of opener
_GLUED_FOR = {'"': '"', "“": "”"}


def name_before_case_ending(text: str, pair: Pair, stop: int) -> Pair:
    """An unclosed pair that holds, before ``stop``, a closer glued to a case ending with no opener before it:
    the name up to that closer (not an inner name's closer); else ``pair``."""
    glued = GLUED_CLOSER.search(text, pair.inner_start, stop)
    if glued is None or _OPENER.search(text, pair.inner_start, glued.start()):
        return pair
    return Pair(pair.open, glued.start(), pair.inner_start, glued.start())


def glued_names(text: str, marks: Marks) -> Marks:
    """``"Бәйләнештә"ге стенаһына … П"``: a pair opened by ``"`` or ``“`` that holds a closer of its kind glued
    to a case ending, no opener before it, is a name up to that closer; its own closer is a stray (the opener
    of the words it closes was shuffled away)."""
    pairs, strays = [], list(marks.strays)
    for p in marks.pairs:
        glued = GLUED_CLOSER.search(text, p.inner_start, p.inner_stop) if p.closed else None
        if glued is not None and _GLUED_FOR.get(text[p.open]) == glued.group() and \
                not _OPENER.search(text, p.inner_start, glued.start()):
            pairs.append(Pair(p.open, glued.start(), p.inner_start, glued.start()))
            strays.append(p.close)  # type: ignore[arg-type]
        else:
            pairs.append(p)
    return Marks(pairs, sorted(strays))


def cited_word(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` is one lower-case word with no sentence punctuation (``«ярамай» тигән һүҙ``)."""
    words = list(WORD.finditer(text, s, e))
    return len(words) == 1 and words[0].group()[:1].islower() and not re.search(r"[!?…]", text[s:e])
