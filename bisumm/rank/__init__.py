"""The ranking core: method registry and the news ranker behind ``method="auto"``.

Every method maps a :class:`~bisumm.document.Document` to one score per sentence
(higher is better). ``auto`` combines centroid centrality with a position prior weighted
by how central the lead is, demotes boilerplate (:func:`~bisumm.rank.unfit.penalties`),
sentences that lean on their context (:func:`~bisumm.rank.news.context_factors`) and
long sentences; the
selection step then removes redundancy (MMR). The other methods are the plain
algorithms, for comparison and for users who want them.

>>> from bisumm.document import Document
>>> doc = Document.from_text("Глава Башкирии провёл совещание о дорогах. Дороги отремонтируют к осени. "
...                          "Погода была хорошей.")
>>> [round(float(s), 3) for s in scores(doc, "lead")[0]]
[1.0, 0.5, 0.333]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from .news import NEWS, NewsParams, news_ranking

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from .titles import TitleCover
    from .vectors import Idf

__all__ = ["METHODS", "NewsParams", "NEWS", "scores", "ranking", "check_method"]

_PLAIN = ("textrank", "lexrank", "lexrank-continuous", "centroid", "lead")
_SUMY = ("sumy-lsa", "sumy-lexrank", "sumy-textrank", "sumy-luhn", "sumy-kl", "sumy-sum-basic",
         "sumy-reduction", "sumy-random")
#: every method name accepted by :func:`scores` and :func:`bisumm.summarize`
METHODS: tuple[str, ...] = ("auto",) + _PLAIN + _SUMY


def check_method(method: str) -> str:
    """``method`` if known, else ``ValueError`` listing the known ones."""
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; choose one of: {', '.join(METHODS)}")
    return method


def scores(doc: Document, method: str = "auto", idf: Idf | None = None,
           params: NewsParams = NEWS, title: str | None = None) -> tuple[np.ndarray, Any]:
    """One score per sentence of ``doc`` and the TF-IDF matrix used (rows = sentences).

    ``title`` (the document's headline, not part of its text) informs the ``auto`` ranker
    only; the plain algorithms ignore it.
    """
    return ranking(doc, method, idf, params, title)[:2]


def ranking(doc: Document, method: str = "auto", idf: Idf | None = None, params: NewsParams = NEWS,
            title: str | None = None) -> tuple[np.ndarray, Any, int | None, TitleCover | None]:
    """:func:`scores`; where the ``auto`` ranker found the text's order to carry nothing, the
    sentence that states the event (``None`` otherwise and for the other methods); and, for
    ``auto`` with a title the ranking used, which sentences hold which title terms
    (:func:`~bisumm.rank.titles.title_cover`, for the selection step)."""
    from . import graph
    from .vectors import tfidf

    check_method(method)
    n = len(doc.sentences)
    X, vocab = tfidf(doc.terms, idf, dense=n <= graph.DENSE_LIMIT)
    if n == 0:
        return np.zeros(0), X, None, None
    if method == "auto":
        from .titles import title_terms

        values, event, cover = news_ranking(doc, X, params, vocab, title_terms(doc, title))
        return values, X, event, cover
    return _plain(doc, method, X), X, None, None


def _plain(doc: Document, method: str, X: Any) -> np.ndarray:
    """The scores of a plain method (not ``auto``)."""
    from . import graph

    n = len(doc.sentences)
    if method == "lead":
        return 1.0 / (1.0 + np.arange(n, dtype=np.float64))
    if method.startswith("sumy-"):
        from ..integrations.sumy import sumy_scores

        return sumy_scores(doc, method[5:])
    if method == "textrank":
        return graph.textrank(X)
    if method == "lexrank":
        return graph.lexrank(X)
    if method == "lexrank-continuous":
        return graph.lexrank(X, threshold=None)
    return graph.centroid(X)
