"""What a title tells the news ranker: its terms, which of them the text shares, which sentences echo it.

The title is not part of the text and is never picked; :func:`with_title` mixes each sentence's
closeness to it into the sentence's centrality (:func:`bisumm.rank.news.news_ranking`), and
:func:`title_cover` tells the selection step which title terms each sentence holds, so a later
pick can cover what the chosen ones left out (:func:`bisumm.rank.select.mmr_select`).

Tried and not kept (2026-12-07, 3-sentence summaries of RT dev articles 1,100–3,927 with titles,
ΔR-1/ΔR-L vs Lead-3 +1.68/+0.89 [halves +1.57 +1.78]): a penalty for restating the title (the share
of a sentence's squared TF-IDF norm in the title's columns, × 0.1–0.4, later picks or all) +1.47 to
+1.67; closeness or cover from the first one or two sentences holding each title term only (a
sentence that continues the headline) +1.58 to +1.67; closeness as a share of the title's weight
instead of scaled to 1 +1.56, squared +1.59, square root +1.70 [+1.56 +1.84]; title terms left out of,
or counted 1.5× or 2× in, the redundancy of the selection +1.53 to +1.69; for the picks after the
first, the first-person and back-reference factors softened (square root, or off) and ``quote_start``
0.8 or 1.0 +1.57 to +1.70; all of the best of these together +1.75 [+1.68 +1.81] but on the first
300 RT dev +2.39 → +2.41 with a half down (+2.65 → +2.53): within noise, not worth three knobs.
The same factors relaxed for every text (``first_person`` 0.8, ``quote_start`` 0.8) +1.74 with titles
but Gazeta dev +0.81 → +0.51 and NTREX ru +0.26 → −0.44; longer sentences (``length_weight`` 0.1,
``long_chars`` 300), ``position_weight`` 0.8, ``decay`` 0.7 or 1.5 and ``redundancy`` 0.4 or 0.6 lost
or held (+1.58 to +1.68).

>>> title_columns(("погода", "рынок", "школа"), ("новый", "школа"))
([2], 0.5)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

__all__ = ["title_terms", "title_columns", "title_weights", "title_closeness", "with_title", "TitleCover",
           "title_cover", "cover_of"]


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


def title_weights(vocab: Sequence[str], hits: Sequence[int], lang: str) -> np.ndarray:
    """A weight per title column ``hits``: the term's IDF in the shipped corpus of ``lang``
    (:func:`~bisumm.keyphrases.idf.default_idf`; 1 each where bisumm ships none)."""
    from ..keyphrases.idf import default_idf

    idf = default_idf(lang)
    if idf is None:
        return np.ones(len(hits))
    return np.array([idf[vocab[j]] for j in hits], dtype=np.float64)


def title_columns(vocab: Sequence[str], title: Sequence[str]) -> tuple[list[int], float]:
    """The columns of ``vocab`` holding a title term, and the share of the title's terms the text
    holds (a headline of wordplay shares few)."""
    if not title:
        return [], 0.0
    column = {t: j for j, t in enumerate(vocab)}
    return sorted({column[t] for t in title if t in column}), sum(t in column for t in title) / len(title)


def _present(X: Any, hits: Sequence[int]) -> np.ndarray:
    """``present[i, j]``: sentence ``i`` of ``X`` (dense or sparse) holds the title's column ``hits[j]``."""
    block = X[:, list(hits)] != 0
    return np.asarray(block.toarray() if hasattr(block, "toarray") else block)


def title_closeness(X: Any, hits: Sequence[int], weights: np.ndarray) -> np.ndarray | None:
    """Per row of ``X``, the ``weights`` of the title's columns ``hits`` it holds, summed and scaled to a
    maximum of 1: a sentence that names more of the headline, and its rarer words, is closer (the
    terms' flags, not their TF-IDF, so a short sentence is not closer for being short).

    ``None`` when no sentence holds one (the title cannot tell sentences apart).
    """
    from .graph import scaled

    if not len(hits):
        return None
    closeness = _present(X, hits).astype(np.float64) @ weights
    return scaled(closeness) if closeness.max() > 0 else None


def with_title(centrality: np.ndarray, X: Any, hits: Sequence[int], cover: float, weight: float,
               weights: np.ndarray) -> np.ndarray:
    """``(1 − t) · centrality + t · closeness`` with ``t = weight × cover``, the share of the title's terms
    the text reaches (``hits``, ``cover``: :func:`title_columns`; ``weights``: :func:`title_weights`;
    ``centrality`` itself without a title or when it reaches no sentence)."""
    closeness = title_closeness(X, hits, weights)
    if closeness is None:
        return centrality
    t = weight * cover
    return (1.0 - t) * centrality + t * closeness


@dataclass(frozen=True)
class TitleCover:
    """The title terms the text holds: ``present[i, j]`` when sentence ``i`` holds term ``j``,
    ``weights`` their IDF in the text, ``share`` the share of the title's terms the text holds;
    ``later`` the sentence scores with the title's lift, for the picks after the first (``None``:
    the ranking's scores hold it already)."""

    present: np.ndarray
    weights: np.ndarray
    share: float
    later: np.ndarray | None = None

    def gain(self, covered: np.ndarray) -> np.ndarray:
        """Per sentence, the weighted share of the title terms it holds that ``covered`` (one flag
        per term) does not.

        >>> cover = TitleCover(np.array([[True, False], [True, True]]), np.array([1.0, 3.0]), 1.0)
        >>> cover.gain(np.array([True, False])).tolist()
        [0.0, 0.75]
        """
        return (self.present[:, ~covered] @ self.weights[~covered]) / self.weights.sum()


def title_cover(X: Any, vocab: Sequence[str], title: Sequence[str]) -> TitleCover | None:
    """Which of the title's terms each sentence (row of ``X``) holds, weighted by the terms' IDF in
    the text (``ln((1 + n) / (1 + df)) + 1``); ``None`` when the text holds none of them."""
    return cover_of(X, *title_columns(vocab, title))


def cover_of(X: Any, hits: Sequence[int], share: float, later: np.ndarray | None = None) -> TitleCover | None:
    """:func:`title_cover` from the title's columns ``hits`` and ``share`` (:func:`title_columns`),
    with the ``later`` scores of :class:`TitleCover`."""
    if not hits:
        return None
    present = _present(X, hits)
    n = present.shape[0]
    weights = np.log((1.0 + n) / (1.0 + present.sum(axis=0))) + 1.0
    return TitleCover(present, weights, share, later)
