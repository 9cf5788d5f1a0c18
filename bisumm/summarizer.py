"""Summaries (placeholder: lead sentences; the ranking core replaces it, see issue 3)."""

from __future__ import annotations

from .document import Document
from .types import ScoredSentence, Summary

__all__ = ["summarize", "Summarizer"]


class Summarizer:
    """Reusable summariser; resources load once, safe to share between threads."""

    def __init__(self, *, method: str = "auto", lang: str = "auto") -> None:
        self.method = method
        self.lang = lang

    def __call__(self, text: str | Document, *, length: str = "short", sentences: int | None = None,
                 ratio: float | None = None, words: int | None = None, chars: int | None = None,
                 quotes: bool = False) -> Summary:
        doc = text if isinstance(text, Document) else Document.from_text(text, self.lang)
        n = sentences or (2 if length == "short" else 5)
        ranked = tuple(ScoredSentence(s.start, s.stop, s.text, s.lang, s.paragraph, s.index,
                                      score=1.0 / (1 + s.index), rank=s.index) for s in doc.sentences)
        return Summary(ranked[:n], doc.lang, self.method, ranked, ())


def summarize(text: str, *, length: str = "short", sentences: int | None = None,
              ratio: float | None = None, words: int | None = None, chars: int | None = None,
              method: str = "auto", lang: str = "auto", quotes: bool = False) -> Summary:
    """Extractive summary of ``text``."""
    return Summarizer(method=method, lang=lang)(text, length=length, sentences=sentences, ratio=ratio,
                                                words=words, chars=chars, quotes=quotes)
