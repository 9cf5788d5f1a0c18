"""TF-IDF sentence vectors over :attr:`Document.terms`, with scikit-learn as the reference.

Each sentence is one "document" of the TF-IDF model. By default the IDF comes from the
document itself and the weights equal ``TfidfVectorizer(analyzer=..., lowercase=False)``'s
(raw counts × smooth IDF ``ln((1+n)/(1+df)) + 1``, rows L2-normalised, columns in sorted
vocabulary order) -- computed with numpy so the per-document path never imports
scikit-learn (nor scipy, for news-sized documents: see ``dense``). A corpus IDF (:class:`Idf`) can be fitted with scikit-learn on an archive,
saved to a small UTF-8 JSON file and loaded again.

>>> X, vocab = tfidf([("уфа", "город"), ("город", "река"), ()])
>>> vocab
('город', 'река', 'уфа')
>>> [round(float(v), 4) for v in X.toarray()[0]]
[0.6053, 0.0, 0.796]
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["tfidf", "Idf", "fit_idf"]

_FORMAT = "bisumm-idf"


class Idf:
    """Inverse document frequencies fitted on a corpus (one article = one document).

    Terms absent from the corpus get the IDF of a term seen in no document,
    ``ln(1 + n) + 1`` (the highest possible), so new names still count.

    >>> idf = Idf({"город": 1.0, "уфа": 2.5}, n_documents=10)
    >>> idf["уфа"], round(idf["новое"], 4)
    (2.5, 3.3979)
    """

    def __init__(self, weights: dict[str, float], n_documents: int) -> None:
        self.weights = dict(weights)
        self.n_documents = int(n_documents)
        self.unseen = math.log(1.0 + self.n_documents) + 1.0

    def __getitem__(self, term: str) -> float:
        return self.weights.get(term, self.unseen)

    def __len__(self) -> int:
        return len(self.weights)

    def __repr__(self) -> str:
        return f"<Idf {len(self.weights)} terms, {self.n_documents} documents>"

    def save(self, path: str | Path) -> None:
        """Write the IDF as UTF-8 JSON (terms sorted, 6 significant decimals kept exact enough)."""
        data = {"format": _FORMAT, "version": 1, "n_documents": self.n_documents,
                "idf": {t: self.weights[t] for t in sorted(self.weights)}}
        Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> Idf:
        """Read a file written by :meth:`save`; ``ValueError`` if it is not one."""
        try:
            data: Any = json.loads(Path(path).read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}: not a bisumm IDF file ({exc})") from None
        if not isinstance(data, dict) or data.get("format") != _FORMAT:
            raise ValueError(f"{path}: not a bisumm IDF file")
        return cls({str(k): float(v) for k, v in data["idf"].items()}, int(data["n_documents"]))


def fit_idf(corpus: Iterable[object], lang: str = "auto") -> Idf:
    """Fit an :class:`Idf` with scikit-learn's ``TfidfVectorizer`` (smooth IDF).

    ``corpus`` items are texts or :class:`~bisumm.document.Document` objects; each is one
    document, its terms are bisumm's (lemmas, stems, stop words removed).
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    from ..document import Document

    bags = []
    for item in corpus:
        doc = item if isinstance(item, Document) else Document.from_text(str(item), lang)
        bags.append([t for sent in doc.terms for t in sent])
    if not any(bags):
        return Idf({}, len(bags))
    vectorizer = TfidfVectorizer(analyzer=_identity, lowercase=False)
    vectorizer.fit(bags)
    names = vectorizer.get_feature_names_out()
    return Idf({str(t): float(v) for t, v in zip(names, vectorizer.idf_)}, len(bags))


def _identity(terms: Sequence[str]) -> Sequence[str]:
    return terms


def tfidf(terms: Sequence[Sequence[str]], idf: Idf | None = None,
          dense: bool = False) -> tuple[Any, tuple[str, ...]]:
    """L2-normalised TF-IDF rows (``scipy.sparse.csr_matrix``) and the sorted vocabulary.

    Without ``idf`` the sentences themselves are the IDF corpus (scikit-learn's smooth IDF).
    A sentence without terms is a zero row. ``dense=True`` gives the same values as a numpy
    array (for news-sized documents: no scipy import, which costs a cold command ~0.2 s).

    >>> D, _ = tfidf([("уфа", "город"), ("город", "река"), ()], dense=True)
    >>> [round(float(v), 4) for v in D[0]]
    [0.6053, 0.0, 0.796]
    """
    vocab = tuple(sorted({t for sent in terms for t in sent}))
    n = len(terms)
    indptr, cols, counts = _bags(terms, vocab)
    data = counts.astype(np.float64)
    if idf is None:
        df = np.bincount(cols, minlength=len(vocab)).astype(np.float64)
        weights = np.log((1.0 + n) / (1.0 + df)) + 1.0
    else:
        weights = np.fromiter((idf[t] for t in vocab), dtype=np.float64, count=len(vocab))
    data *= weights[cols]
    _normalise_rows(data, indptr, n)
    if dense:
        matrix = np.zeros((n, len(vocab)))
        matrix[np.repeat(np.arange(n), np.diff(indptr)), cols] = data
        return matrix, vocab
    from scipy.sparse import csr_matrix

    return csr_matrix((data, cols, indptr), shape=(n, len(vocab))), vocab


def _bags(terms: Sequence[Sequence[str]], vocab: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """CSR ``indptr``, column indices (sorted within a row) and counts of each sentence's terms."""
    column = {t: i for i, t in enumerate(vocab)}
    width = max(1, len(vocab))
    lengths = np.fromiter((len(sent) for sent in terms), dtype=np.int64, count=len(terms))
    flat = np.fromiter((column[t] for sent in terms for t in sent), dtype=np.int64, count=int(lengths.sum()))
    rows = np.repeat(np.arange(len(terms), dtype=np.int64), lengths)
    keys, counts = np.unique(rows * width + flat, return_counts=True)  # sorted: by row, then column
    indptr = np.concatenate(([0], np.cumsum(np.bincount(keys // width, minlength=len(terms)))))
    return indptr.astype(np.int32), (keys % width).astype(np.int32), counts


def _normalise_rows(data: np.ndarray, indptr: np.ndarray, n: int) -> None:
    """In-place L2 normalisation of CSR rows given by ``data``/``indptr`` (zero rows stay zero)."""
    lengths = np.diff(indptr)
    rows = np.repeat(np.arange(n), lengths)
    norms = np.sqrt(np.bincount(rows, weights=data ** 2, minlength=n))
    data /= np.repeat(np.where(norms > 0, norms, 1.0), lengths)
