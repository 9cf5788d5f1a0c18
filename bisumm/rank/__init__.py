"""The ranking core: method registry and the news ranker behind ``method="auto"``.

Every method maps a :class:`~bisumm.document.Document` to one score per sentence
(higher is better). ``auto`` combines centroid centrality with a position prior weighted
by how central the lead is, demotes boilerplate (:func:`~bisumm.rank.select.penalties`),
sentences that lean on their context (:func:`~bisumm.rank.select.context_factors`) and
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

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from .vectors import Idf

__all__ = ["METHODS", "NewsParams", "NEWS", "scores", "check_method"]


@dataclass(frozen=True)
class NewsParams:
    """The few tuned numbers of the news ranker (tuned on Gazeta dev and NTREX only).

    ``score = (w · prior + (1 − w) · centrality) · penalty · context
    − length_weight · max(0, chars − long_chars) / long_chars``, where ``centrality`` is the
    cosine to the document centroid (scaled to a maximum of 1), ``prior = 1 / (1 + index) ** decay``
    (index among sentences not demoted as boilerplate) and the position weight
    ``w = position_weight × centrality of the lead × context factor of the lead``: position is
    trusted as much as the lead is central and reads as a lead (a shuffled or anecdotal
    opening, or one that starts ``Минеңсә, был …`` or ``Он …``, gets little credit). Selection subtracts
    ``redundancy`` × the highest cosine to an already chosen sentence.
    """

    position_weight: float = 0.8
    decay: float = 1.0
    length_weight: float = 0.2
    long_chars: int = 200
    redundancy: float = 0.5


NEWS = NewsParams()

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
           params: NewsParams = NEWS) -> tuple[np.ndarray, Any]:
    """One score per sentence of ``doc`` and the TF-IDF matrix used (rows = sentences)."""
    from . import graph
    from .vectors import tfidf

    check_method(method)
    X, _ = tfidf(doc.terms, idf)
    n = len(doc.sentences)
    if n == 0:
        return np.zeros(0), X
    if method == "auto":
        return news_scores(doc, X, params), X
    if method == "lead":
        return 1.0 / (1.0 + np.arange(n, dtype=np.float64)), X
    if method.startswith("sumy-"):
        from ..integrations.sumy import sumy_scores

        return sumy_scores(doc, method[5:]), X
    if method == "textrank":
        return graph.textrank(X), X
    if method == "lexrank":
        return graph.lexrank(X), X
    if method == "lexrank-continuous":
        return graph.lexrank(X, threshold=None), X
    return graph.centroid(X), X


def news_scores(doc: Document, X: Any, params: NewsParams = NEWS) -> np.ndarray:
    """The ``auto`` score: centrality and an adaptive position prior, boilerplate and length penalties."""
    from .graph import centroid
    from .select import context_factors, penalties, position_prior

    n = len(doc.sentences)
    centrality = centroid(X)
    top = centrality.max() if n else 0.0
    centrality = centrality / top if top > 0 else centrality
    texts = [s.text for s in doc.sentences]
    factor = penalties(texts, doc.terms)
    # position counts content sentences only: site furniture above the lead does not push it down
    content = factor > 0.5
    position = np.cumsum(content) - content
    lead = int(np.argmax(content)) if content.any() else 0
    context = context_factors(doc)
    a = params.position_weight * float(centrality[lead]) * float(context[lead])
    base = a * position_prior(n, params.decay)[position] + (1.0 - a) * centrality
    base *= factor * context
    chars = np.fromiter((len(t) for t in texts), dtype=np.float64, count=n)
    over = np.maximum(chars - params.long_chars, 0.0) / params.long_chars
    return base - params.length_weight * over

