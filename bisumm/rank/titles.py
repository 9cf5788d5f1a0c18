"""What a title tells the news ranker: its terms, which of them the text shares, which sentences echo it.

The title is not part of the text and is never picked; :func:`with_title` mixes each sentence's
closeness to it into the sentence's centrality (:func:`bisumm.rank.news.news_ranking`).

>>> title_columns(("погода", "рынок", "школа"), ("новый", "школа"))
([2], 0.5)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = ["title_terms", "title_columns", "title_closeness", "with_title"]


def title_terms(doc: Any, title: str | None) -> tuple[str, ...]:
    """The ranking terms of ``title`` in the document's language (``()`` without a title).

    >>> from bisumm.document import Document
    >>> title_terms(Document.from_text("Глава района открыл школу."), "Новая школа открыта")
    ('новый', 'школа', 'открыть')
    """
    from ..lang import MODULES, get_language
    from ..tokens import iter_words

    if not title or doc.lang not in MODULES:
        return ()
    term = get_language(doc.lang).term
    return tuple(t for t in (term(m.group()) for m in iter_words(title)) if t is not None)


def title_columns(vocab: Sequence[str], title: Sequence[str]) -> tuple[list[int], float]:
    """The columns of ``vocab`` holding a title term, and the share of the title's terms the text
    holds (a headline of wordplay shares few)."""
    if not title:
        return [], 0.0
    column = {t: j for j, t in enumerate(vocab)}
    return sorted({column[t] for t in title if t in column}), sum(t in column for t in title) / len(title)


def title_closeness(X: Any, hits: Sequence[int]) -> np.ndarray | None:
    """Each row of ``X`` summed over the title's columns ``hits``, scaled to a maximum of 1.

    ``None`` when no sentence holds one (the title cannot tell sentences apart).
    """
    from .graph import scaled

    if not len(hits):
        return None
    closeness = np.asarray(X[:, list(hits)].sum(axis=1)).ravel()
    return scaled(closeness) if closeness.max() > 0 else None


def with_title(centrality: np.ndarray, X: Any, vocab: Sequence[str], title: Sequence[str],
               weight: float) -> np.ndarray:
    """``(1 − t) · centrality + t · closeness`` with ``t = weight ×`` the share of the title's terms the text
    reaches (``centrality`` itself without a title or when it reaches no sentence)."""
    hits, cover = title_columns(vocab, title)
    closeness = title_closeness(X, hits)
    if closeness is None:
        return centrality
    t = weight * cover
    return (1.0 - t) * centrality + t * closeness
