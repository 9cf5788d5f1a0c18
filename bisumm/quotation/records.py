"""Typed records the quote rules pass around: blocks, author words, candidates, claims.

>>> claims = Claims()
>>> claims.add(5, 10)
>>> claims.hit(4), claims.hit(5), claims.hit(9), claims.hit(10)
(False, True, True, False)
>>> groups = Groups()
>>> groups.new(), groups.new()
(1, 2)
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # pragma: no cover
    from .grammar import QuoteGrammar
    from ..entities.mentions import Mention

__all__ = ["Block", "AuthorWords", "Cand", "Claims", "Groups"]


class AuthorWords(NamedTuple):
    """The author's words of a quote (``— сказал министр``): span, speaker mention, rule, passive."""

    start: int
    stop: int
    mention: Mention | None
    rule: str
    passive: bool

    @property
    def attributes(self) -> bool:
        """They name a speaker, or say there is none (a passive report)."""
        return self.mention is not None or self.passive


class Groups:
    """Numbers shared by the parts of one quotation (``«П, — а, — п»`` gives two parts)."""

    def __init__(self) -> None:
        self.last = 0

    def new(self) -> int:
        self.last += 1
        return self.last


class Claims:
    """Disjoint claimed spans of a block, so later rules skip text already used."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.stops: list[int] = []

    def add(self, start: int, stop: int) -> None:
        """Claim ``start:stop``; spans inside it merge into it (a quote over a name in marks claimed before)."""
        i = bisect_right(self.starts, start)
        while i < len(self.starts) and self.starts[i] < stop and self.stops[i] <= stop:
            del self.starts[i], self.stops[i]
        self.starts.insert(i, start)
        self.stops.insert(i, stop)

    def remove(self, start: int, stop: int) -> None:
        """Give back the span ``start:stop`` claimed before."""
        for i in range(bisect_right(self.starts, start) - 1, -1, -1):
            if (self.starts[i], self.stops[i]) == (start, stop):
                del self.starts[i], self.stops[i]
                return

    def hit(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.starts[i] <= pos < self.stops[i]


@dataclass
class Block:
    """One block being read: the text, its span and index, its grammar, and what is claimed."""

    text: str
    start: int
    stop: int
    index: int
    grammar: QuoteGrammar
    groups: Groups
    claims: Claims = field(default_factory=Claims)


@dataclass
class Cand:
    """A candidate quotation and what is known about its speaker."""

    start: int
    stop: int
    pattern: str
    block: int
    kind: str = "direct"
    mention: Mention | None = None
    attributed: bool = False
    passive: bool = False
    end: int = 0                    # end of the quote's author words (or closing mark)
    at_block_start: bool = False
    dialogue: bool = False
    question: bool = False
    unclosed: bool = False
    group: int = -1                 # parts of one quotation share a group
    speaker: str | None = None
    title: str | None = None
    official: bool = False
    confidence: float = 0.0
