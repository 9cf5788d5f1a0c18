"""Centrality on TF-IDF sentence vectors: TextRank, LexRank, centroid.

Similarity is one sparse matrix product ``X·Xᵀ`` (rows are L2-normalised, so it is the
cosine); PageRank is a power iteration, so 2,000 sentences take milliseconds.
Every function takes the ``X`` of :func:`bisumm.rank.vectors.tfidf` and returns one
score per sentence (a numpy array); all are deterministic.

>>> from bisumm.rank.vectors import tfidf
>>> X, _ = tfidf([("уфа", "город"), ("город", "река"), ("река", "белый"), ("уфа", "река")])
>>> [round(float(s), 3) for s in textrank(X)]
[0.249, 0.291, 0.168, 0.291]
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["cosine", "pagerank", "textrank", "lexrank", "centroid", "DAMPING"]

#: PageRank damping factor (the TextRank and LexRank papers use 0.85)
DAMPING = 0.85


def cosine(X: Any, self_loops: bool = False) -> Any:
    """Sparse cosine similarity of the rows of ``X`` (diagonal zeroed unless ``self_loops``)."""
    S = (X @ X.T).tocsr()
    if not self_loops:
        S.setdiag(0.0)
        S.eliminate_zeros()
    return S


def pagerank(W: Any, damping: float = DAMPING, tol: float = 1e-8, max_iter: int = 200) -> np.ndarray:
    """Stationary distribution of a random walk on the weighted graph ``W`` (sums to 1).

    Rows without edges jump uniformly (dangling nodes); power iteration until the L1
    change is below ``tol``.
    """
    from scipy.sparse import diags

    n = W.shape[0]
    if n == 0:
        return np.zeros(0)
    out_weight = np.asarray(W.sum(axis=1)).ravel()
    dangling = out_weight <= 0
    P = diags(np.where(dangling, 0.0, 1.0 / np.where(dangling, 1.0, out_weight))) @ W
    PT = P.T.tocsr()
    p = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        spread = damping * (PT @ p + p[dangling].sum() / n) + (1.0 - damping) / n
        spread /= spread.sum()
        if np.abs(spread - p).sum() < tol:
            return spread
        p = spread
    return p


def textrank(X: Any, damping: float = DAMPING) -> np.ndarray:
    """TextRank: PageRank on the weighted cosine graph of the sentences."""
    return pagerank(cosine(X), damping)


def lexrank(X: Any, threshold: float | None = 0.1, damping: float = DAMPING) -> np.ndarray:
    """LexRank (Erkan & Radev 2004) on IDF-weighted cosine.

    With a ``threshold`` the graph keeps unweighted edges of similarity above it
    (thresholded LexRank); ``threshold=None`` keeps every edge with its cosine weight
    (continuous LexRank, the same walk as :func:`textrank`).
    """
    S = cosine(X)
    if threshold is not None:
        S.data = (S.data > threshold).astype(np.float64)
        S.eliminate_zeros()
    return pagerank(S, damping)


def centroid(X: Any) -> np.ndarray:
    """Cosine of each sentence to the centroid (sum) of all sentence vectors."""
    n = X.shape[0]
    if n == 0:
        return np.zeros(0)
    c = np.asarray(X.sum(axis=0)).ravel()
    norm = float(np.sqrt(c @ c))
    if norm == 0.0:
        return np.zeros(n)
    return np.asarray(X @ (c / norm)).ravel()
