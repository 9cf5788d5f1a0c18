"""bisumm's sentences, words, stems and stop words in sumy's protocol.

sumy needs NLTK data for Russian sentences and words (it fails offline) and has no
Bashkir at all. These objects plug bisumm's segmenter, tokenizer, Russian lemmatiser,
Bashkir stemmer and stop lists into any sumy summariser::

    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lsa import LsaSummarizer
    from bisumm.integrations.sumy import Stemmer, Tokenizer, stop_words

    parser = PlaintextParser.from_string(text, Tokenizer("ba"))
    lsa = LsaSummarizer(Stemmer("ba"))
    lsa.stop_words = stop_words("ba")
    for sentence in lsa(parser.document, 3):
        print(sentence)

``bisumm.summarize(text, method="sumy-lsa")`` does the same through bisumm and returns a
normal :class:`~bisumm.types.Summary` (with spans). sumy is imported only when used.

>>> Tokenizer("ru").to_words("Премьер-министр Башкирии Андрей Назаров, 2023 год.")
('Премьер-министр', 'Башкирии', 'Андрей', 'Назаров', '2023', 'год')
>>> Stemmer("ba")("Республикаларҙа")
'республика'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import numpy as np

from ..lang import FALLBACK_LANGUAGE, MODULES, get_language, marked_language
from ..normalize import match_form
from ..segment import split_sentences
from ..tokens import iter_words

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document

__all__ = ["Tokenizer", "Stemmer", "stop_words", "make_summarizer", "sumy_scores", "SUMMARIZERS"]

#: bisumm method suffix -> (sumy module, class)
SUMMARIZERS: dict[str, tuple[str, str]] = {
    "lsa": ("lsa", "LsaSummarizer"),
    "lexrank": ("lex_rank", "LexRankSummarizer"),
    "textrank": ("text_rank", "TextRankSummarizer"),
    "luhn": ("luhn", "LuhnSummarizer"),
    "kl": ("kl", "KLSummarizer"),
    "sum-basic": ("sum_basic", "SumBasicSummarizer"),
    "reduction": ("reduction", "ReductionSummarizer"),
    "random": ("random", "RandomSummarizer"),
}


class Tokenizer:
    """sumy's tokenizer protocol (``to_sentences``, ``to_words``) on bisumm's rules; offline."""

    def __init__(self, lang: str = "auto") -> None:
        if lang != "auto":
            get_language(lang)
        self.language = lang

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(paragraph[s:e] for s, e in split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(m.group() for m in iter_words(sentence))

    def __repr__(self) -> str:
        return f"Tokenizer({self.language!r})"


class Stemmer:
    """sumy's stemmer protocol: a callable word → term (Russian lemma, Bashkir stem).

    With ``lang="auto"`` a word with a language's marker letters (Bashkir's ``ҙ ҡ ҫ``…) goes to that
    language, others to ``FALLBACK_LANGUAGE`` (Russian).
    """

    def __init__(self, lang: str = "auto") -> None:
        if lang != "auto":
            get_language(lang)
        self.language = lang

    def __call__(self, word: str) -> str:
        code = self.language
        if code == "auto":
            code = marked_language(word) or FALLBACK_LANGUAGE
        form = match_form(word)
        if not any(ch.isalpha() for ch in form):
            return form
        return get_language(code).base_form(form)

    def __repr__(self) -> str:
        return f"Stemmer({self.language!r})"


def stop_words(lang: str = "auto") -> frozenset[str]:
    """bisumm's stop words for ``lang`` (``"auto"``: Bashkir and Russian together)."""
    codes = sorted(MODULES) if lang == "auto" else [lang]
    words: set[str] = set()
    for code in codes:
        words |= get_language(code).stopwords
    return frozenset(words)


def make_summarizer(name: str, lang: str = "auto") -> Any:
    """A sumy summariser (``"lsa"``, ``"lexrank"``, ``"textrank"``, ``"luhn"``, ...) with
    bisumm's stemmer and stop words for ``lang``."""
    if name not in SUMMARIZERS:
        raise ValueError(f"unknown sumy summariser {name!r}; choose one of: {', '.join(SUMMARIZERS)}")
    module, cls = SUMMARIZERS[name]
    summarizer = getattr(importlib.import_module(f"sumy.summarizers.{module}"), cls)(Stemmer(lang))
    if hasattr(summarizer, "stop_words"):
        summarizer.stop_words = stop_words(lang)
    return summarizer


def sumy_scores(doc: Document, name: str) -> np.ndarray:
    """One score per sentence of ``doc`` from sumy summariser ``name`` (its internal rating).

    Sentences and words are bisumm's, so the scores line up with ``doc.sentences``.
    ``random`` is seeded from the text, so it is deterministic too.
    """
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    n = len(doc.sentences)
    if n == 0:
        return np.zeros(0)
    lang = doc.lang if doc.lang in MODULES else "auto"
    tokenizer = Tokenizer("auto")
    paragraphs: list[list[Any]] = [[] for _ in doc.paragraphs]
    units = []
    for s in doc.sentences:
        unit = Sentence(s.text, tokenizer)
        paragraphs[s.paragraph].append(unit)
        units.append(unit)
    model = ObjectDocumentModel(tuple(Paragraph(p) for p in paragraphs if p))
    summarizer = make_summarizer(name, lang)
    captured: dict[str, Any] = {}

    def capture(sentences: Any, count: Any, rating: Any, *args: Any, **kwargs: Any) -> tuple:
        captured["rate"] = (lambda s: rating[s]) if isinstance(rating, dict) else (
            lambda s: rating(s, *args, **kwargs))
        return ()

    summarizer._get_best_sentences = capture
    if name == "random":
        import random

        state = random.getstate()
        random.seed(doc.text)
        try:
            summarizer(model, n)
        finally:
            random.setstate(state)
    else:
        summarizer(model, n)
    rate = captured.get("rate")
    if rate is None:
        return np.zeros(n)
    return np.array([float(rate(u)) for u in units], dtype=np.float64)
