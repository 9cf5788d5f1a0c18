"""The :class:`Keyword` record: a key word or phrase of a text with every place it occurs.

>>> from bisumm.types import Span
>>> kw = Keyword("Радий Хабиров", "радий хабиров", 0.5, "name", "ru", (Span(6, 19, "Радий Хабиров"),))
>>> kw.start, kw.stop, kw.count
(6, 19, 1)
>>> kw.to_dict()["occurrences"]
[{'start': 6, 'stop': 19, 'text': 'Радий Хабиров'}]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..types import Span

__all__ = ["Keyword", "KINDS"]

#: what a keyword is: a person or place name, a noun phrase, or a single content word
KINDS = ("name", "phrase", "word")


@dataclass(frozen=True, slots=True)
class Keyword:
    """A keyword: readable ``text``, its ``lemma`` (lemmas or stems joined by spaces), a
    ``score`` (higher is more central; the best keyword of a text scores 1), a ``kind``
    (``"name"``, ``"phrase"`` or ``"word"``), the language and every occurrence as a
    :class:`~bisumm.types.Span` of the original text (in text order; a surname alone
    counts as an occurrence of the full name it folds into).
    """

    text: str
    lemma: str
    score: float
    kind: str
    lang: str
    occurrences: tuple[Span, ...] = ()

    @property
    def start(self) -> int:
        """Start of the first occurrence (``-1`` when there is none)."""
        return self.occurrences[0].start if self.occurrences else -1

    @property
    def stop(self) -> int:
        """End of the first occurrence (``-1`` when there is none)."""
        return self.occurrences[0].stop if self.occurrences else -1

    @property
    def count(self) -> int:
        """How many times the keyword occurs."""
        return len(self.occurrences)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict with a stable key order."""
        return {"text": self.text, "lemma": self.lemma, "score": round(self.score, 6), "kind": self.kind,
                "lang": self.lang, "occurrences": [o.to_dict() for o in self.occurrences]}
