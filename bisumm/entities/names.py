"""Shapes of person names, from the endings every language gives (Russified surnames, patronymics).

>>> bool(name_pattern("SURNAME").search("хабирова")), bool(name_pattern("PATRONYMIC").search("ғәлиәҫкәр улы"))
(True, True)
>>> is_capitalised("ГИБДД")
False
"""

from __future__ import annotations

import re
from functools import lru_cache, wraps
from typing import Callable, TypeVar

from ..lang import generation
from ..lang.lexicon import TitleLexicon
from .titles import lexicon

__all__ = ["name_pattern", "is_capitalised", "expand_abbreviation", "word_memo"]

_T = TypeVar("_T")
_MISS = object()
#: the most words (argument tuples) a :func:`word_memo` keeps before it starts afresh
WORD_MEMO_SIZE = 100_000


def word_memo(fn: Callable[..., _T]) -> Callable[..., _T]:
    """``fn`` (a pure test of words, reading the title lexicon) remembered per arguments: dropped
    when the lexicon is rebuilt (a language registered) or :data:`WORD_MEMO_SIZE` is reached, so
    memory stays flat on huge text. Mention finding asks the same words over and over.

    >>> calls = []
    >>> twice = word_memo(lambda w: calls.append(w) or w * 2)
    >>> twice("а"), twice("а"), calls
    ('аа', 'аа', ['а'])
    """
    memo: dict[tuple, _T] = {}
    built: list[object] = [None]

    @wraps(fn)
    def remembered(*args: object) -> _T:
        now = generation()  # (the lexicon is rebuilt when this changes)
        if now != built[0]:
            memo.clear()
            built[0] = now
        found = memo.get(args, _MISS)
        if found is _MISS:
            if len(memo) >= WORD_MEMO_SIZE:
                memo.clear()
            found = memo[args] = fn(*args)
        return found  # type: ignore[return-value]

    return remembered



@lru_cache(maxsize=8)
def _patterns(lex: TitleLexicon) -> dict[str, re.Pattern[str]]:
    def ending(endings: tuple[str, ...], cases: tuple[str, ...] = ()) -> re.Pattern[str]:
        tail = f"(?:{'|'.join(cases)})?" if cases else ""
        return re.compile(f"(?:{'|'.join(endings) or '(?!)'}){tail}$")
    return {"SURNAME": ending(lex.surname_endings, lex.surname_cases), "SURNAME_BASE": ending(lex.surname_bases),
            "PATRONYMIC": ending(lex.patronymic_endings, lex.patronymic_cases)}


def name_pattern(kind: str) -> re.Pattern[str]:
    """``SURNAME`` (surname endings with their case endings), ``SURNAME_BASE`` (a surname without
    any case ending) or ``PATRONYMIC`` (Russian ``-вич/-вна``, Bashkir ``улы/ҡыҙы``), from the
    endings of every language's :class:`~bisumm.lang.lexicon.TitleLexicon`."""
    return _patterns(lexicon())[kind]


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
