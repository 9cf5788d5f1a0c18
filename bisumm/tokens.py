"""Word tokens with offsets into the original text.

A word is a run of letters that may contain soft hyphens, combining marks,
apostrophes and inner hyphens (``төбәк-ара``, ``Премьер-министр``); numbers
are tokens of their own.

>>> [t.text for t in word_tokens("Премьер-министр Рәсәй­ҙә 2023 йылда!")]
['Премьер-министр', 'Рәсәй\\xadҙә', '2023', 'йылда']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .types import Token

__all__ = ["word_tokens", "iter_words", "WORD_PATTERN"]

_LETTER = r"[^\W\d_]"
_INNER = r"[\w\u00ad\u0300-\u036f]"
WORD_PATTERN = re.compile(
    rf"{_LETTER}{_INNER}*(?:[-'’\u00ad]{_LETTER}{_INNER}*)*"   # words
    r"|\d+(?:[.,:]\d+)*"                                           # numbers, times, dates
)


def iter_words(text: str, start: int = 0, stop: int | None = None) -> Iterator[re.Match[str]]:
    """Regex matches of words in ``text[start:stop]`` (offsets are into ``text``)."""
    return WORD_PATTERN.finditer(text, start, len(text) if stop is None else stop)


def word_tokens(text: str, start: int = 0, stop: int | None = None) -> list[Token]:
    """Word tokens of ``text[start:stop]`` as :class:`~bisumm.types.Token` spans (no terms)."""
    return [Token(m.start(), m.end(), m.group()) for m in iter_words(text, start, stop)]
