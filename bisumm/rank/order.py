"""The order detector: how likely a text is written lede-first rather than in an order that carries nothing.

A small logistic model over a handful of features of the text's content sentences (the lead's
centrality and its lead against later sentences, whether it opens with a back-reference, how many
names it carries and how long it is beside the others, how closely neighbours keep to a thread, and
whether names are introduced before they are reused: a text in order names a person in full
(``Радий Хәбиров``) before it uses the surname alone, shuffled text as often the other way round).
Its weights are a plain JSON file, ``bisumm/data/order_model.json``, written by
``python bench/train_order.py`` from development data only (Gazeta, RT, NG and NTREX dev articles
labelled "ordered", the same articles with their sentences shuffled labelled "order-free").

>>> import numpy as np
>>> from scipy.sparse import csr_matrix
>>> X = csr_matrix(np.eye(4))
>>> mentions = np.empty(4, dtype=object)
>>> mentions.fill(())
>>> round(ordered_probability(order_features(X, np.zeros(4, bool), np.zeros(4), np.full(4, 5.0), mentions)), 3) > 0
True
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = ["FEATURES", "MODEL_PATH", "order_features", "ordered_probability", "document_cues", "name_mentions",
           "introductions"]

#: the features, in the order of :func:`order_features` and of the weights in the model file
FEATURES = ("lead_centrality", "later_over_lead", "lead_back_reference", "log_coherence", "log_sentences",
            "log_coherence_x_log_sentences", "lead_names", "lead_length", "log_introductions",
            "log_reintroductions")
MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "order_model.json"


def order_features(X: Any, back_reference: np.ndarray, names: np.ndarray, lengths: np.ndarray,
                   mentions: np.ndarray) -> np.ndarray:
    """The :data:`FEATURES` of a text whose content sentences are the rows of ``X`` (L2-normalised
    TF-IDF), in text order; ``back_reference`` flags a sentence opening with a back-reference,
    ``names`` counts its capitalised words after the first, ``lengths`` its words, ``mentions``
    holds its name mentions (see :func:`name_mentions`).
    """
    from .graph import DENSE_LIMIT, centroid
    from .news import coherence

    n = X.shape[0]
    if n < 2:
        return np.zeros(len(FEATURES))
    if n <= DENSE_LIMIT and hasattr(X, "toarray"):  # one conversion serves both below (news-sized texts)
        X = X.toarray()
    centrality = centroid(X)
    top = float(centrality.max())
    centrality = centrality / top if top > 0 else centrality
    log_coherence = math.log(max(coherence(X), 0.0) + 1e-3)
    log_n = math.log(n)
    lead_names = (names[0] - names.mean()) / (names.std() + 1.0)
    lead_length = math.log((lengths[0] + 1.0) / (float(np.median(lengths)) + 1.0))
    introduced, reintroduced = introductions(mentions)
    return np.array([centrality[0], float(centrality[1:].max()) - centrality[0], float(back_reference[0]),
                     log_coherence, log_n, log_coherence * log_n, lead_names, lead_length,
                     math.log1p(introduced), math.log1p(reintroduced)])


def name_mentions(words: Sequence[str]) -> tuple[tuple[str, bool, bool], ...]:
    """The capitalised words of a sentence that look like names (``Хәбиров``, not ``ФСБ``), each as
    (its first five letters lower-cased, is it preceded by another name or an initial, does it open the sentence).

    >>> name_mentions(["Глава", "района", "Радий", "Хабиров", "приехал"])
    (('глава', False, True), ('радий', False, False), ('хабир', True, False))
    """
    out = []
    for j, word in enumerate(words):
        if len(word) < 3 or not word[0].isupper() or not word[1:].islower():
            continue
        before = words[j - 1] if j else ""
        full = j > 1 and before[:1].isupper() or (len(before) == 1 and before.isupper())
        out.append((word.lower()[:5], bool(full), j == 0))
    return tuple(out)


def introductions(mentions: Sequence[Sequence[tuple[str, bool, bool]]]) -> tuple[int, int]:
    """(names first met in full and later alone, names first met alone and later in full), over the
    sentences' :func:`name_mentions` in text order; a word seen only opening sentences is no name."""
    seen: dict[str, list[tuple[int, bool, bool]]] = {}
    for i, sentence in enumerate(mentions):
        for key, full, opening in sentence:
            seen.setdefault(key, []).append((i, full, opening))
    introduced = reintroduced = 0
    for uses in seen.values():
        if all(opening for _, _, opening in uses):
            continue
        first = uses[0][0]
        if first == uses[-1][0]:
            continue
        full_first = any(full for i, full, _ in uses if i == first)
        full_later = any(full for i, full, _ in uses if i > first)
        if full_first and not full_later and any(not full for i, full, _ in uses if i > first):
            introduced += 1
        elif full_later and not full_first:
            reintroduced += 1
    return introduced, reintroduced


def document_cues(doc: Any, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per sentence index in ``rows``: back-reference opening, capitalised words after the first, words,
    name mentions (an object array of :func:`name_mentions`)."""
    cues = doc.context_cues
    back = np.fromiter((cues[i][0] for i in rows), dtype=np.float64, count=len(rows))
    names = np.empty(len(rows))
    lengths = np.empty(len(rows))
    mentions = np.empty(len(rows), dtype=object)
    for j, i in enumerate(rows):
        words = doc.words(int(i))
        lengths[j] = len(words)
        names[j] = sum(1 for w in words[1:] if w[:1].isupper())
        mentions[j] = name_mentions(words)
    return back, names, lengths, mentions


@lru_cache(maxsize=1)
def _model(path: str = str(MODEL_PATH)) -> tuple[np.ndarray, float]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{path}: features {data['features']} differ from {FEATURES}")
    return np.asarray(data["weights"], dtype=np.float64), float(data["intercept"])


def ordered_probability(features: np.ndarray) -> float:
    """P(the text is written lede-first) under the shipped logistic model (fitted on as many
    shuffled texts as ordered ones)."""
    weights, intercept = _model()
    z = float(features @ weights) + intercept
    return 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0
