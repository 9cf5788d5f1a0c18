"""Records shared by every stage: spans of the original text with offsets.

Every record with ``start``/``stop`` satisfies ``text[start:stop] == record.text``
for the *original* text it came from, so highlighting and JSON map back exactly.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["Span", "Sentence", "Token", "Detection", "ScoredSentence", "Quote", "Summary"]


@dataclass(frozen=True, slots=True)
class Span:
    """A slice ``[start, stop)`` of the original text."""

    start: int
    stop: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict, keys in a stable order."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Sentence(Span):
    """A sentence: its span, language (ISO 639-1 or ``"und"``), paragraph and position."""

    lang: str = "und"
    paragraph: int = 0
    index: int = 0


@dataclass(frozen=True, slots=True)
class Token(Span):
    """A word token; ``term`` is its ranking term (lemma or stem), ``None`` for stop words."""

    term: str | None = None


@dataclass(frozen=True, slots=True)
class Detection:
    """Result of :func:`bisumm.detect`: the language and a confidence in ``[0, 1]``.

    ``scores`` maps candidate languages to normalised scores (they sum to 1).
    """

    lang: str
    confidence: float
    scores: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"lang": self.lang, "confidence": round(self.confidence, 4),
                "scores": {k: round(v, 4) for k, v in self.scores.items()}}


@dataclass(frozen=True, slots=True)
class ScoredSentence(Sentence):
    """A sentence with its ranking score (higher is more central) and rank (0 = best)."""

    score: float = 0.0
    rank: int = 0


@dataclass(frozen=True, slots=True)
class Quote(Span):
    """A quotation: ``text`` is the quoted words only; the speaker mention is a span too.

    ``speaker`` is the person's fullest name in the text (or the body, or a role nobody named),
    ``None`` when unattributed or unresolved; ``mention`` is the words the text used for the speaker
    at this quote (``министр``, ``он``, ``Путин``), ``text[speaker_start:speaker_stop]``; ``title``
    is the fullest title the text gives the speaker; ``official`` is decided on the resolved person.
    ``kind`` is ``"direct"`` or ``"indirect"``.
    """

    speaker: str | None = None
    speaker_start: int | None = None
    speaker_stop: int | None = None
    title: str | None = None
    official: bool = False
    kind: str = "direct"
    confidence: float = 0.0
    lang: str = "und"
    pattern: str = ""
    mention: str | None = None


@dataclass(frozen=True, slots=True)
class Summary:
    """An extractive summary: selected sentences in document order, plus the full ranking.

    (A short preset summary of a text whose order carries nothing opens with the sentence that
    states the event, when it is chosen.)

    ``ranked`` holds every sentence of the document, best first.
    """

    sentences: tuple[ScoredSentence, ...] = ()
    lang: str = "und"
    method: str = "auto"
    ranked: tuple[ScoredSentence, ...] = ()
    quotes: tuple[Quote, ...] = ()

    @property
    def text(self) -> str:
        """The selected sentences joined by single spaces (each is a verbatim span)."""
        return " ".join(s.text for s in self.sentences)

    def __bool__(self) -> bool:
        return bool(self.sentences)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict with a stable key order (see docs/cli.md for the schema)."""
        return {
            "lang": self.lang,
            "method": self.method,
            "text": self.text,
            "sentences": [_sentence_dict(s) for s in self.sentences],
            "quotes": [q.to_dict() for q in self.quotes],
        }


def _sentence_dict(s: ScoredSentence) -> dict[str, Any]:
    return {"start": s.start, "stop": s.stop, "text": s.text, "lang": s.lang,
            "paragraph": s.paragraph, "index": s.index, "score": round(s.score, 6), "rank": s.rank}
