"""Extractive summaries: Document → ranked sentences → a budgeted selection → Summary.

>>> text = ("Глава Башкортостана Радий Хабиров провёл совещание о ремонте дорог в Уфе. "
...         "В этом году в Уфе отремонтируют сорок километров дорог. "
...         "Погода в выходные будет солнечной.")
>>> summary = summarize(text, sentences=1)
>>> summary.text
'Глава Башкортостана Радий Хабиров провёл совещание о ремонте дорог в Уфе.'
>>> text[summary.sentences[0].start:summary.sentences[0].stop] == summary.text
True
>>> [s.index for s in rank(text)]
[0, 1, 2]
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .document import Document
from .rank import NEWS, NewsParams, check_method
from .rank.news import ContextParams
from .rank.select import Budget, mmr_select, resolve_budget, settled
from .rank.vectors import Idf
from .types import Quote, ScoredSentence, Summary

if TYPE_CHECKING:  # pragma: no cover
    from .rank.titles import TitleCover

__all__ = ["summarize", "rank", "Summarizer", "QUOTE_CONFIDENCE", "MAX_QUOTES"]

#: quotes attached with ``quotes=True``: officials' quotes at least this confident
QUOTE_CONFIDENCE = 0.5
#: at most this many quotes are attached
MAX_QUOTES = 3


class Summarizer:
    """A reusable summariser: settings and resources load once; safe to share between threads.

    ``method`` is one of :data:`bisumm.rank.METHODS`; ``lang`` is ``"auto"``, ``"ba"`` or
    ``"ru"``; ``idf`` is an :class:`~bisumm.rank.vectors.Idf` or the path of a saved one
    (default: the document's own IDF); ``favour_quotes`` lifts sentences that carry an
    official's quotation.

    >>> summarizer = Summarizer(lang="ru")
    >>> summarizer("Первое предложение о бюджете республики. Второе предложение о бюджете.",
    ...            length="long").text
    'Первое предложение о бюджете республики.'
    """

    def __init__(self, *, method: str = "auto", lang: str = "auto", idf: Idf | str | Path | None = None,
                 favour_quotes: bool = False, params: NewsParams = NEWS) -> None:
        self.method = check_method(method)
        if lang != "auto":
            from .lang import get_language

            get_language(lang)  # UnknownLanguageError now rather than on the first call
        self.lang = lang
        self.idf = Idf.load(idf) if isinstance(idf, (str, Path)) else idf
        self.favour_quotes = favour_quotes
        self.params = params

    def __repr__(self) -> str:
        return f"Summarizer(method={self.method!r}, lang={self.lang!r})"

    def document(self, text: str | Document) -> Document:
        """``text`` as a :class:`Document` (segmented and routed once)."""
        return text if isinstance(text, Document) else Document.from_text(text, self.lang)

    def rank(self, text: str | Document, *, title: str | None = None) -> list[ScoredSentence]:
        """Every sentence, best first (ties: earlier first), with score and rank (with a title, the
        scores the picks after the first are made on)."""
        doc = self.document(text)
        values, _, _, cover = self._scores(doc, _check_title(title))
        return list(self._ranked(doc, cover.later if cover is not None and cover.later is not None else values))

    def __call__(self, text: str | Document, *, length: str = "short", sentences: int | None = None,
                 ratio: float | None = None, words: int | None = None, chars: int | None = None,
                 quotes: bool = False, title: str | None = None) -> Summary:
        """Summary of ``text`` under the budget (see :func:`summarize`)."""
        resolve_budget(0, length=length, sentences=sentences, ratio=ratio, words=words, chars=chars)
        title = _check_title(title)
        doc = self.document(text)
        n = len(doc.sentences)
        if n == 0:
            return Summary((), doc.lang, self.method, (), ())
        budget = resolve_budget(n, length=length, sentences=sentences, ratio=ratio, words=words, chars=chars)
        found = self._quotes(doc) if (quotes or self.favour_quotes) else []
        values, X, event, cover = self._scores(doc, title)
        if self.favour_quotes and found:
            values = _boost(doc, values, found, self.params.context, undo_context=self.method == "auto")
        ranked = self._ranked(doc, values)
        chosen = self._select(doc, values, X, budget, cover)
        # a short-preset summary (the one budget that is not strict) of a text whose order carries
        # nothing opens with the sentence stating the event
        lede = event if not budget.strict else None
        picked = tuple(sorted((ranked[r] for r in chosen), key=lambda s: (s.index != lede, s.index)))
        attached = tuple(found) if quotes else ()
        return Summary(picked, doc.lang, self.method, ranked, attached)

    # -- steps ---------------------------------------------------------------------------

    def _scores(self, doc: Document, title: str | None = None) -> tuple[np.ndarray, Any, int | None, TitleCover | None]:
        """Scores, TF-IDF matrix, the event sentence of an order-free text and the title terms each
        sentence holds (:func:`bisumm.rank.ranking`)."""
        from .rank import ranking

        return ranking(doc, self.method, self.idf, self.params, title)

    def _select(self, doc: Document, values: np.ndarray, X: Any, budget: Budget,
                cover: TitleCover | None = None) -> list[int]:
        """Ranks (positions in the ranked tuple) of the chosen sentences (``cover``: see :func:`~bisumm.rank.select.mmr_select`)."""
        words = [len(doc.words(i)) for i in range(len(doc.sentences))]
        chars = [len(s.text) for s in doc.sentences]
        redundancy = self.params.redundancy if self.method == "auto" else 0.0
        indices = mmr_select(values, X, budget, words, chars, redundancy, cover, self.params.title_coverage)
        order = _order(values)
        position = {index: r for r, index in enumerate(order)}
        return [position[i] for i in indices]

    @staticmethod
    def _ranked(doc: Document, values: np.ndarray) -> tuple[ScoredSentence, ...]:
        out = []
        for r, i in enumerate(_order(values)):
            s = doc.sentences[i]
            out.append(ScoredSentence(s.start, s.stop, s.text, s.lang, s.paragraph, s.index,
                                      score=float(values[i]), rank=r))
        return tuple(out)

    @staticmethod
    def _quotes(doc: Document) -> list[Quote]:
        from .quotation import quotes as find_quotes

        good = [q for q in find_quotes(doc) if q.official and q.confidence >= QUOTE_CONFIDENCE]
        best = sorted(good, key=lambda q: (-q.confidence, q.start))[:MAX_QUOTES]
        return sorted(best, key=lambda q: (q.start, q.stop))


def _check_title(title: object) -> str | None:
    """``title`` stripped (``None`` when absent or blank); ``TypeError`` for a non-string."""
    if title is None:
        return None
    if not isinstance(title, str):
        raise TypeError(f"title must be str or None, not {type(title).__name__}")
    return title.strip() or None


def _order(values: np.ndarray) -> list[int]:
    """Sentence indices best first; ties (equal to :data:`~bisumm.rank.select.TIE_DECIMALS`) keep document order."""
    return np.argsort(-settled(values), kind="stable").tolist()


def _boost(doc: Document, values: np.ndarray, found: list[Quote], params: ContextParams,
           undo_context: bool) -> np.ndarray:
    """``values`` with sentences that carry one of ``found`` lifted by ``params.quote_boost`` of the top score.

    With ``undo_context`` the news ranker's context penalty (first person, back-references)
    is undone for them first: in an official's quote those words are the point.
    """
    from .rank.news import context_factors

    lift = params.quote_boost * float(np.max(np.abs(values))) if len(values) else 0.0
    context = context_factors(doc, params) if undo_context else np.ones(len(values))
    out = values.copy()
    for i, s in enumerate(doc.sentences):
        if any(q.start < s.stop and s.start < q.stop for q in found):
            out[i] = (out[i] / context[i] if out[i] > 0 else out[i]) + lift
    return out


def summarize(text: str | Document, *, length: str = "short", sentences: int | None = None,
              ratio: float | None = None, words: int | None = None, chars: int | None = None,
              method: str = "auto", lang: str = "auto", quotes: bool = False,
              title: str | None = None) -> Summary:
    """Extractive summary of ``text`` (Bashkir, Russian or both mixed).

    ``length="short"`` gives one or two sentences within ~300 characters (a longer single
    best sentence is kept whole); ``"long"`` about five sentences or a quarter of the text,
    whichever is smaller. One explicit budget -- ``sentences``, ``ratio`` (of sentences),
    ``words`` or ``chars`` -- overrides the preset. Sentences come back in document order (a
    short preset summary of a text whose order carries nothing, as the ``auto`` ranker finds,
    opens with the sentence that states the event when it is chosen), each a verbatim span with
    score, rank and language;
    ``Summary.ranked`` holds them all.
    ``quotes=True`` attaches up to three officials' quotations. ``title`` is the article's
    headline: it is not part of the text and is never picked, it lifts the sentences that
    share its terms (``method="auto"`` only).

    >>> text = ("Погода в Уфе в выходные будет солнечной. "
    ...         "Глава республики провёл совещание о ремонте дорог. "
    ...         "Синоптики обещают до плюс двадцати градусов.")
    >>> summarize(text, sentences=1, title="Совещание о ремонте дорог").text
    'Глава республики провёл совещание о ремонте дорог.'

    Raises :class:`~bisumm.errors.BudgetError` for invalid or conflicting budgets,
    :class:`~bisumm.errors.UnknownLanguageError` for an unknown ``lang``, ``ValueError``
    for an unknown ``method`` and ``TypeError`` for a title that is not a string. Empty
    text gives an empty summary.
    """
    return Summarizer(method=method, lang=lang)(text, length=length, sentences=sentences, ratio=ratio,
                                                words=words, chars=chars, quotes=quotes, title=title)


def rank(text: str | Document, *, method: str = "auto", lang: str = "auto",
         title: str | None = None) -> list[ScoredSentence]:
    """Every sentence of ``text`` with its score, best first (the full ranking); ``title`` as in :func:`summarize`."""
    return Summarizer(method=method, lang=lang).rank(text, title=title)
