"""Centrality on TF-IDF sentence vectors: TextRank, LexRank, centroid.

Similarity is one matrix product ``X·Xᵀ`` (rows are L2-normalised, so it is the cosine):
dense for news-sized documents (up to :data:`DENSE_LIMIT` sentences, where scipy's sparse
overhead would dominate), sparse beyond; PageRank is a power iteration, so 2,000 sentences
take milliseconds.
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

__all__ = ["cosine", "similarity", "pagerank", "textrank", "lexrank", "centroid", "scaled", "DAMPING", "DENSE_LIMIT"]

#: PageRank damping factor (the TextRank and LexRank papers use 0.85)
DAMPING = 0.85
#: up to this many sentences similarity and PageRank use dense numpy arrays
DENSE_LIMIT = 400


def cosine(X: Any, self_loops: bool = False) -> Any:
    """Sparse cosine similarity of the rows of ``X`` (diagonal zeroed unless ``self_loops``)."""
    S = (X @ X.T).tocsr()
    if not self_loops:
        S.setdiag(0.0)
        S.eliminate_zeros()
    return S


def similarity(X: Any) -> Any:
    """Cosine of the rows of ``X`` without self-loops: a dense array up to :data:`DENSE_LIMIT` rows.

    >>> from scipy.sparse import csr_matrix
    >>> similarity(csr_matrix([[1.0, 0.0], [0.6, 0.8]])).tolist()
    [[0.0, 0.6], [0.6, 0.0]]
    """
    if X.shape[0] > DENSE_LIMIT:
        return cosine(X)
    D = X.toarray() if hasattr(X, "toarray") else np.asarray(X, dtype=np.float64)
    S = D @ D.T
    np.fill_diagonal(S, 0.0)
    return S


def pagerank(W: Any, damping: float = DAMPING, tol: float = 1e-8, max_iter: int = 200) -> np.ndarray:
    """Stationary distribution of a random walk on the weighted graph ``W`` (sums to 1).

    ``W`` is a dense array or a scipy sparse matrix. Rows without edges jump uniformly
    (dangling nodes); power iteration until the L1 change is below ``tol``.
    """
    n = W.shape[0]
    if n == 0:
        return np.zeros(0)
    out_weight = np.asarray(W.sum(axis=1)).ravel()
    dangling = out_weight <= 0
    inverse = np.where(dangling, 0.0, 1.0 / np.where(dangling, 1.0, out_weight))
    if isinstance(W, np.ndarray):
        PT = (W * inverse[:, None]).T.copy()
    else:
        from scipy.sparse import diags

        PT = (diags(inverse) @ W).T.tocsr()
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
    return pagerank(similarity(X), damping)


def lexrank(X: Any, threshold: float | None = 0.1, damping: float = DAMPING) -> np.ndarray:
    """LexRank (Erkan & Radev 2004) on IDF-weighted cosine.

    With a ``threshold`` the graph keeps unweighted edges of similarity above it
    (thresholded LexRank); ``threshold=None`` keeps every edge with its cosine weight
    (continuous LexRank, the same walk as :func:`textrank`).
    """
    S = similarity(X)
    if threshold is not None:
        if isinstance(S, np.ndarray):
            S = (S > threshold).astype(np.float64)
        else:
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


def scaled(values: np.ndarray) -> np.ndarray:
    """``values`` divided by their maximum (unchanged when it is not positive)."""
    top = values.max() if len(values) else 0.0
    return values / top if top > 0 else values
