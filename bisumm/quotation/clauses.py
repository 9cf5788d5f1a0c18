"""Clause and sentence bounds inside a block, shared by every language's quote rules.

>>> t = "Л.Н. Гумилев писал об этом. Ещё одно."
>>> sentence_end(t, 0, len(t)), t[clause_begin(t, 30, 0):30]
(26, 'Ещ')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..marks import is_initial

__all__ = ["Raw", "sentence_end", "is_initial", "clause_begin", "clause_start", "skip_space"]


@dataclass(frozen=True, slots=True)
class Raw:
    """A candidate quotation from a rule: content span, speaker search span, rule name."""

    start: int
    stop: int
    author_start: int
    author_stop: int
    pattern: str
    kind: str = "indirect"
    #: an impersonal report (``сообщается, что``): kept with no speaker when none is named
    speakerless: bool = False


_SENT_END = re.compile(r"[.!?…](?=[\s»\"”]|$)")


def sentence_end(text: str, pos: int, stop: int) -> int:
    """Offset of the end of the sentence that contains ``pos`` (before its final period)."""
    m = _SENT_END.search(text, pos, stop)
    while m and is_initial(text, m.start()):
        m = _SENT_END.search(text, m.end(), stop)
    if not m:
        return stop
    return m.start() if text[m.start()] == "." else m.end()


def clause_begin(text: str, pos: int, start: int) -> int:
    """Start of the sentence holding ``pos`` (bounded to the block)."""
    i = pos
    lower = max(start, pos - 300)
    while i > lower:
        ch = text[i - 1]
        if ch in ".!?…\n" and not is_initial(text, i - 1):
            break
        i -= 1
    return skip_space(text, i, pos)


def clause_start(text: str, pos: int, start: int) -> bool:
    """Whether ``pos`` opens a clause (block start, or after sentence punctuation, a dash or a mark)."""
    before = text[start:pos].rstrip()
    return not before or before[-1] in ".!?…:;\n—–-«\"" or before.endswith(("»", "\"", "”"))


def skip_space(text: str, i: int, stop: int) -> int:
    """The first non-space offset from ``i`` (at most ``stop``)."""
    while i < stop and text[i].isspace():
        i += 1
    return i
