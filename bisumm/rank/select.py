"""Selection under a budget: presets, explicit budgets, position prior, penalties, MMR.

>>> resolve_budget(12, length="long")
Budget(sentences=3, words=None, chars=None, strict=True)
>>> resolve_budget(40, length="short")
Budget(sentences=2, words=None, chars=300, strict=False)
>>> resolve_budget(10, ratio=0.25)
Budget(sentences=3, words=None, chars=None, strict=True)
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import BudgetError

__all__ = ["Budget", "resolve_budget", "position_prior", "penalties", "context_factors", "mmr_select",
           "SHORT_CHARS", "BACK_REFERENCE", "FIRST_PERSON"]

#: the ``length="short"`` preset: at most this many characters (unless one sentence is longer)
SHORT_CHARS = 300
_SHORT_SENTENCES = 2
_LONG_SENTENCES = 5
_LENGTHS = ("short", "long")
#: factor for a sentence that opens with a back-reference (``Он прошёл в Уфе.``)
BACK_REFERENCE = 0.8
#: factor for a sentence in the first person (an official's speech, not the report)
FIRST_PERSON = 0.6


@dataclass(frozen=True)
class Budget:
    """Upper limits of a summary; ``None`` means no limit of that kind.

    With ``strict=False`` the best sentence is taken even when it alone is over the
    words/chars limit (the ``short`` preset); otherwise it is skipped for one that fits.
    """

    sentences: int | None = None
    words: int | None = None
    chars: int | None = None
    strict: bool = True


def resolve_budget(n: int, *, length: str = "short", sentences: int | None = None, ratio: float | None = None,
                   words: int | None = None, chars: int | None = None) -> Budget:
    """The :class:`Budget` for a document of ``n`` sentences; an explicit budget overrides ``length``.

    Raises :class:`~bisumm.errors.BudgetError` (a ``ValueError``) for an unknown preset, a
    zero or negative budget, a ratio outside ``(0, 1]`` or more than one explicit budget.
    """
    given = {k: v for k, v in (("sentences", sentences), ("ratio", ratio), ("words", words),
                               ("chars", chars)) if v is not None}
    if len(given) > 1:
        raise BudgetError(f"give at most one of sentences=, ratio=, words=, chars= (got {', '.join(given)})")
    if not given:
        if length not in _LENGTHS:
            raise BudgetError(f"length must be 'short' or 'long', not {length!r}")
        if length == "short":
            return Budget(sentences=_SHORT_SENTENCES, chars=SHORT_CHARS, strict=False)
        return Budget(sentences=max(1, min(_LONG_SENTENCES, math.ceil(n / 4))))
    (name, value), = given.items()
    if name == "ratio":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 1:
            raise BudgetError(f"ratio must be a number in (0, 1], not {value!r}")
        return Budget(sentences=max(1, int(value * n + 0.5)))
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise BudgetError(f"{name} must be a positive integer, not {value!r}")
    return Budget(**{name: value})


def position_prior(n: int, decay: float) -> np.ndarray:
    """News position prior ``1 / (1 + i) ** decay`` (the lead matters most).

    >>> [round(float(p), 3) for p in position_prior(3, 2.0)]
    [1.0, 0.25, 0.111]
    """
    return 1.0 / (1.0 + np.arange(n, dtype=np.float64)) ** decay


_TERMINAL = re.compile(r"[.!?…»\"“”)][\s\"»”)]*$")
_QUOTE_START = re.compile(r"^[«\"“„'—–-]")
_FOOTER = re.compile(r"©|\bhttps?://|\bwww\.|@\w+\.\w|\b(?:18|16|12|6|0)\+(?!\d)")


def penalties(texts: Sequence[str], terms: Sequence[Sequence[str]], min_terms: int = 5) -> np.ndarray:
    """A factor in ``(0, 1]`` per sentence that demotes what rarely makes a summary.

    Boilerplate (copyright, links, age marks), headings and site furniture (no final
    punctuation), fragments with fewer than ``min_terms`` terms, sentences opening with
    direct speech, and repeats of an earlier sentence (duplicated headlines). A copyright
    mark in the second half of the text starts the site footer: everything from it on is
    demoted.

    >>> [float(f) for f in penalties(["Все новости", "Глава республики провёл совещание с министрами.",
    ...                                "Глава республики провёл совещание с министрами."],
    ...                               [("новость",), ("глава", "республика", "провести", "совещание", "министр"),
    ...                                ("глава", "республика", "провести", "совещание", "министр")])]
    [0.06, 1.0, 0.05]
    """
    out = np.ones(len(texts))
    seen: set[tuple[str, ...]] = set()
    for i, (text, sent_terms) in enumerate(zip(texts, terms)):
        text = text.strip()
        factor = 1.0
        if _FOOTER.search(text):
            factor *= 0.1
        if not _TERMINAL.search(text):
            factor *= 0.3
        if len(sent_terms) < min_terms:
            factor *= 0.5 if len(sent_terms) >= 2 else 0.2
        if _QUOTE_START.match(text):
            factor *= 0.6
        key = tuple(sorted(set(sent_terms)))
        if key and key in seen:
            factor *= 0.05
        seen.add(key)
        out[i] = factor
    footer = next((i for i in range(len(texts) // 2, len(texts)) if "©" in texts[i]), None)
    if footer is not None:
        out[footer:] = np.minimum(out[footer:], 0.1)
    return out


def context_factors(doc: Any) -> np.ndarray:
    """A factor in ``(0, 1]`` per sentence of ``doc`` for what reads badly out of context.

    A sentence opening with one of its language's ``back_references`` (``Он``, ``Это``,
    ``Был``) is multiplied by :data:`BACK_REFERENCE`; one holding a ``first_person`` word
    (``мы``, ``наш``, ``беҙ``, ``минеңсә``) by :data:`FIRST_PERSON`.

    >>> from bisumm.document import Document
    >>> doc = Document.from_text("Глава района открыл школу. Он прошёл по классам. Мы рады, сказал он.")
    >>> [float(f) for f in context_factors(doc)]
    [1.0, 0.8, 0.6]
    """
    out = np.ones(len(doc.sentences))
    for i, (back_reference, first_person) in enumerate(doc.context_cues):
        if back_reference:
            out[i] *= BACK_REFERENCE
        if first_person:
            out[i] *= FIRST_PERSON
    return out


def mmr_select(scores: np.ndarray, X: Any, budget: Budget, words: Sequence[int], chars: Sequence[int],
               redundancy: float) -> list[int]:
    """Greedy Maximal Marginal Relevance under ``budget``; indices in selection order.

    A candidate's value is ``score - redundancy * max cosine to the chosen ones`` (rows of
    ``X`` are L2-normalised); ties go to the earlier sentence. A sentence that would break
    the words/chars budget is skipped; if none fits, the best one is taken alone.
    """
    n = len(scores)
    if n == 0:
        return []
    limit = n if budget.sentences is None else min(n, budget.sentences)
    order = sorted(range(n), key=lambda i: (-scores[i], i))
    similar = _row_cosines(X) if redundancy else None
    chosen: list[int] = []
    closest = np.zeros(n)
    used_words = used_chars = 0
    available = np.ones(n, dtype=bool)
    while len(chosen) < limit:
        value = np.where(available, scores - redundancy * closest, -np.inf)
        best = int(np.argmax(value))  # argmax takes the first (earliest) maximum
        if not np.isfinite(value[best]):
            break
        available[best] = False
        first_free = not chosen and not budget.strict
        if not first_free and not _fits(budget, used_words + words[best], used_chars + chars[best], len(chosen)):
            continue
        chosen.append(best)
        used_words += words[best]
        used_chars += chars[best] + (1 if len(chosen) > 1 else 0)
        if redundancy:
            closest = np.maximum(closest, similar(best))
    if not chosen:
        chosen = [order[0]]
    return chosen


def _row_cosines(X: Any) -> Any:
    """``i → cosines of row i to every row`` (dense arithmetic for news-sized ``X``)."""
    from .graph import DENSE_LIMIT

    if X.shape[0] <= DENSE_LIMIT:
        D = X.toarray() if hasattr(X, "toarray") else np.asarray(X)
        return lambda i: D @ D[i]
    return lambda i: np.asarray((X @ X[i].T).todense()).ravel()


def _fits(budget: Budget, words: int, chars: int, already: int) -> bool:
    separator = 1 if already else 0
    if budget.words is not None and words > budget.words:
        return False
    return budget.chars is None or chars + separator <= budget.chars
