"""Selection under a budget: presets, explicit budgets, MMR (the news features are in :mod:`bisumm.rank.news`).

>>> resolve_budget(12, length="long")
Budget(sentences=3, words=None, chars=None, strict=True)
>>> resolve_budget(40, length="short")
Budget(sentences=2, words=None, chars=300, strict=False)
>>> resolve_budget(10, ratio=0.25)
Budget(sentences=3, words=None, chars=None, strict=True)
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from ..errors import BudgetError

if TYPE_CHECKING:  # pragma: no cover
    from .titles import TitleCover

__all__ = ["Budget", "resolve_budget", "mmr_select", "settled", "SHORT_CHARS", "TIE_DECIMALS"]

#: the ``length="short"`` preset: at most this many characters (unless one sentence is longer)
SHORT_CHARS = 300
_SHORT_SENTENCES = 2
_LONG_SENTENCES = 5
_LENGTHS = ("short", "long")


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


#: scores equal to this many decimals are ties (two copies of a sentence score the same however
#: the arithmetic -- dense or sparse, BLAS or not -- rounds the last bit); ties go to the earlier
TIE_DECIMALS = 12


def settled(values: np.ndarray) -> np.ndarray:
    """``values`` rounded to :data:`TIE_DECIMALS`, so float noise never decides between equals."""
    return np.round(np.asarray(values, dtype=np.float64), TIE_DECIMALS)


def mmr_select(scores: np.ndarray, X: Any, budget: Budget, words: Sequence[int], chars: Sequence[int],
               redundancy: float, title: TitleCover | None = None, title_coverage: float = 0.0) -> list[int]:
    """Greedy Maximal Marginal Relevance under ``budget``; indices in selection order.

    A candidate's value is ``score - redundancy * max cosine to the chosen ones`` (rows of
    ``X`` are L2-normalised); ties go to the earlier sentence. With a ``title``, from the second
    pick on ``title.later`` replaces ``scores`` (when set) and a candidate gains ``title_coverage × title.share ×`` the weighted share of the title terms it
    holds that no chosen sentence holds (:meth:`~bisumm.rank.titles.TitleCover.gain`). A sentence
    that would break the words/chars budget is skipped; if none fits, the best one is taken alone.
    """
    n = len(scores)
    if n == 0:
        return []
    limit = n if budget.sentences is None else min(n, budget.sentences)
    similar = _row_cosines(X) if redundancy else None
    chosen: list[int] = []
    closest = np.zeros(n)
    used_words = used_chars = 0
    available = np.ones(n, dtype=bool)
    covering = title is not None and title_coverage > 0
    covered = np.zeros(title.present.shape[1] if covering else 0, dtype=bool)
    while len(chosen) < limit:
        value = _current(scores, title, chosen) - redundancy * closest
        if covering and chosen:
            value = value + title_coverage * title.share * title.gain(covered)
        value = np.where(available, settled(value), -np.inf)
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
        if covering:
            covered |= title.present[best]
    if not chosen:
        chosen = [int(np.argmax(settled(scores)))]  # the best, the earliest of equals
    return chosen


def _current(scores: np.ndarray, title: TitleCover | None, chosen: list[int]) -> np.ndarray:
    """The scores a pick is made on: the title's ``later`` ones once a sentence is chosen."""
    return title.later if chosen and title is not None and title.later is not None else scores


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
